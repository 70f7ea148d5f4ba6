import os
import sys

from mistralai.client import Mistral, errors

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

try:
    response = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
    )
    print(response.choices[0].message.content)
except errors.MistralError as error:
    # What a 4xx needs to be diagnosed: the status, the body exactly as sent, and the request id.
    print("Status:", error.status_code)
    print("Body:", error.body or "(empty)")
    print("Request id:", error.headers.get("mistral-correlation-id"))
    sys.exit(1)

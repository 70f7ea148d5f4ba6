import os

from mistralai.client import Mistral, errors

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

try:
    response = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
    )
    print(response.choices[0].message.content)
except errors.SDKError as error:
    if error.status_code != 401:
        raise
    # A 401 does not go away on retry: stop, and log what support needs.
    print("Mistral rejected the API key (401).")
    print("Body:", error.body)
    print("Request id:", error.headers.get("mistral-correlation-id"))

import os
from datetime import datetime, timezone
from importlib import metadata

from mistralai.client import Mistral, errors

MODEL = "mistral-small-latest"
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

try:
    response = client.chat.complete(
        model=MODEL,
        messages=[{"role": "user", "content": "Say hello."}],
    )
    print(response.choices[0].message.content)
except errors.MistralError as error:
    # What Mistral support needs to find this request. Never add your API key.
    print("Time (UTC):", datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    print("mistral-correlation-id:", error.headers.get("mistral-correlation-id", "(not sent)"))
    print("x-kong-request-id:", error.headers.get("x-kong-request-id", "(not sent)"))
    print("Model:", MODEL)
    print("SDK: mistralai", metadata.version("mistralai"), "(Python)")
    print("Status:", error.status_code)
    print("Body:", error.body or "(empty)")
    raise SystemExit(1)

import json
import os
import sys

from mistralai.client import Mistral, errors

MODEL = "mistral-large-3-25-12"  # from your configuration: a docs page slug, not an API ID


def invalid_model_message(error: errors.SDKError) -> str | None:
    """The API's message if the error is a 400 invalid_model (code 1500), else None."""
    if error.status_code != 400:
        return None
    try:
        body = json.loads(error.body)
    except ValueError:
        return None  # not JSON: some other 400
    if isinstance(body, dict) and (body.get("type") == "invalid_model" or body.get("code") == "1500"):
        return str(body.get("message"))
    return None


client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
try:
    response = client.chat.complete(
        model=MODEL,
        messages=[{"role": "user", "content": "Say hello."}],
    )
except errors.SDKError as error:
    message = invalid_model_message(error)
    if message is None:
        raise
    # Not worth a retry: the name is wrong until you change it.
    sys.exit(f"The API does not serve the model '{MODEL}': {message}. Use an ID that GET /v1/models lists.")
print(response.choices[0].message.content)

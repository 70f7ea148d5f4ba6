import json
import os

from mistralai.client import Mistral, errors

MODELS = ["mistral-medium-latest", "mistral-small-latest"]  # your first choice, then the fallbacks
CAPACITY_MESSAGE = "Service tier capacity exceeded for this model."


def is_capacity_error(error: errors.SDKError) -> bool:
    """Mistral's capacity for the model (code 3505), not your own rate limit (code 1300)."""
    if error.status_code not in (429, 503):
        return False
    try:
        body = json.loads(error.body)
    except ValueError:
        return False
    return isinstance(body, dict) and (
        body.get("type") == "service_tier_capacity_exceeded"
        or body.get("code") == "3505"
        or body.get("message") == CAPACITY_MESSAGE  # the 2025 form: no type, no code
    )


client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

for model in MODELS:
    try:
        response = client.chat.complete(
            model=model,
            messages=[{"role": "user", "content": "Say hello."}],
        )
    except errors.SDKError as error:
        if not is_capacity_error(error) or model == MODELS[-1]:
            raise
        print(f"{model}: no capacity right now ({error.status_code}), trying the next model.")
        continue
    print(f"{model}: {response.choices[0].message.content}")
    break

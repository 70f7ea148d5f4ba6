import json
import os
import re
import sys

from mistralai.client import Mistral, errors

MODEL = "mistral-small-latest"
TOO_LONG = re.compile(r"Prompt contains (\d+) tokens.* with (\d+) maximum context length")


def invalid_args_message(error: errors.SDKError) -> str | None:
    """The message of a 400 with code "3051", else None."""
    if error.status_code != 400:
        return None
    try:
        body = json.loads(error.body)
    except ValueError:
        return None  # not JSON: another error
    if isinstance(body, dict) and body.get("code") == "3051":
        return str(body.get("message"))
    return None


client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
long_document = "word " * 300_000  # stands for your document or history

try:
    response = client.chat.complete(model=MODEL, messages=[{"role": "user", "content": long_document}])
except errors.SDKError as error:
    message = invalid_args_message(error)
    if message is None:
        raise
    if match := TOO_LONG.search(message):
        tokens, limit = (int(n) for n in match.groups())
        # The same prompt fails every time: shorten it or use a model with a larger window.
        sys.exit(f"The prompt has {tokens:,} tokens and {MODEL} takes {limit:,}: "
                 f"cut at least {tokens - limit:,}, plus room for the answer.")
    sys.exit(f"{MODEL} does not support an argument of this request: {message}")
print(response.choices[0].message.content)

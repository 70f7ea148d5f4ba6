import os

from mistralai.client import Mistral, errors

PREFERRED = "mistral-large-latest"
FALLBACK = "mistral-small-latest"  # a model your plan includes

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
messages = [{"role": "user", "content": "Say hello."}]

try:
    response = client.chat.complete(model=PREFERRED, messages=messages)
except errors.SDKError as error:
    if error.status_code != 403:
        raise
    # The key may not use this model: asking again will not help, another model may.
    print(f"{PREFERRED} is not available to this key (403): using {FALLBACK}.")
    response = client.chat.complete(model=FALLBACK, messages=messages)
print(f"{response.model}: {response.choices[0].message.content}")

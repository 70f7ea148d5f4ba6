import os

from mistralai.client import Mistral, errors

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
request = {"messages": [{"role": "user", "content": "Say hello."}], "prompt_mode": "reasoning"}
try:
    response = client.chat.complete(model="mistral-small-latest", **request)
except errors.SDKError as error:
    if error.status_code != 400 or "Reasoning prompt mode is not enabled" not in error.body:
        raise
    # This model does not take the reasoning prompt mode: ask one that reasons.
    print(f"mistral-small-latest: {error.status_code}, asking mistral-medium-latest instead")
    response = client.chat.complete(model="mistral-medium-latest", **request)
print(", ".join(chunk.type for chunk in response.choices[0].message.content))

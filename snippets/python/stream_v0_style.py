import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

with client.chat.stream(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
) as stream:
    for chunk in stream:
        # Code written for mistralai 0.x, or for OpenAI's SDK: the chunk is one level down.
        print(chunk.choices[0].delta.content or "", end="")

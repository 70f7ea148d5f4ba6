import os

from mistralai.client import Mistral

# Half a second: far too short for a model's answer, so you can see what a timeout looks like.
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"], timeout_ms=500)

response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
)
print(response.choices[0].message.content)

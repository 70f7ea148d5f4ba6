import os

from mistralai.client import Mistral

# The base URL without /v1: the SDK adds /v1/chat/completions itself.
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"], server_url="https://api.mistral.ai")

response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
)
print(response.choices[0].message.content)

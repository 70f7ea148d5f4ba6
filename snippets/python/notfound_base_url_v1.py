import os

from mistralai.client import Mistral

# Wrong: the SDK adds /v1/chat/completions itself, so this calls /v1/v1/chat/completions.
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"], server_url="https://api.mistral.ai/v1")

response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
)
print(response.choices[0].message.content)

import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# Python takes snake_case keyword arguments: maxTokens is refused before anything is sent.
response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
    maxTokens=64,
)
print(response.choices[0].message.content)

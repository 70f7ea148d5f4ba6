import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
    max_tokens=256,  # OpenAI: max_completion_tokens
    random_seed=42,  # OpenAI: seed
)
print(response.choices[0].message.content)

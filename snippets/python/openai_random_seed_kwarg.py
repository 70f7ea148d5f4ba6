import os

from openai import OpenAI

client = OpenAI(base_url="https://api.mistral.ai/v1", api_key=os.environ["MISTRAL_API_KEY"])

response = client.chat.completions.create(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
    random_seed=42,  # Mistral's name, but not an argument of the openai package
)
print(response.choices[0].message.content)

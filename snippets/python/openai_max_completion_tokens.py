import os

from openai import OpenAI

client = OpenAI(base_url="https://api.mistral.ai/v1", api_key=os.environ["MISTRAL_API_KEY"])

response = client.chat.completions.create(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
    max_completion_tokens=256,  # an OpenAI parameter: Mistral's is max_tokens
)
print(response.choices[0].message.content)

import os

from openai import OpenAI

client = OpenAI(base_url="https://api.mistral.ai/v1", api_key=os.environ["MISTRAL_API_KEY"])

response = client.chat.completions.create(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
    max_tokens=256,  # not max_completion_tokens
    # Mistral's own parameters are not arguments of create(): send them in extra_body.
    extra_body={"random_seed": 42, "safe_prompt": True},  # random_seed, not seed
)
print(response.choices[0].message.content)

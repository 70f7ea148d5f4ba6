from openai import OpenAI

# No api_key: the openai package reads OPENAI_API_KEY, not MISTRAL_API_KEY.
client = OpenAI(base_url="https://api.mistral.ai/v1")

response = client.chat.completions.create(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
)
print(response.choices[0].message.content)

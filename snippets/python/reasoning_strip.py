import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
response = client.chat.complete(
    model="mistral-medium-latest",
    reasoning_effort="high",
    messages=[{"role": "user", "content": "Say hello."}],
)
print(response.choices[0].message.content.strip())

import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# The 0.x method: client.chat(...) is now client.chat.complete(...).
response = client.chat(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
)
print(response.choices[0].message.content)

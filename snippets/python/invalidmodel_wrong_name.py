import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# "mistral-medium-3.5" is the model's name with a dot; its API ID is mistral-medium-3-5.
response = client.chat.complete(
    model="mistral-medium-3.5",
    messages=[{"role": "user", "content": "Say hello."}],
)
print(response.choices[0].message.content)

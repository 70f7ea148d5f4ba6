import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

messages = [
    {"role": "user", "content": "Say hello."},
    {"role": "assistant", "content": "Hello!"},
    # Nothing after the model's own answer: rejected.
]
response = client.chat.complete(model="mistral-small-latest", messages=messages)
print(response.choices[0].message.content)

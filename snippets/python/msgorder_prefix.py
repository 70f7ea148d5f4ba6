import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

messages = [
    {"role": "user", "content": "Write a haiku about Paris."},
    # A final assistant message is accepted only as the start of the answer: "prefix": True.
    {"role": "assistant", "content": "Rain on the Seine,", "prefix": True},
]
response = client.chat.complete(model="mistral-small-latest", messages=messages)
print(response.choices[0].message.content)

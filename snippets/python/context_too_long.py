import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# 300,000 words: more than mistral-small-latest's context window of 256k tokens.
long_document = "word " * 300_000
response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": long_document}],
)
print(response.choices[0].message.content)

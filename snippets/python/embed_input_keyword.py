import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# `input` is the JSON field of the HTTP API; the SDK's keyword is `inputs`.
response = client.embeddings.create(
    model="mistral-embed",
    input=["Embed this sentence.", "As well as this one."],
)
print(len(response.data), "vectors")

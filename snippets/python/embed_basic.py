import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

response = client.embeddings.create(
    model="mistral-embed",
    inputs=["Embed this sentence.", "As well as this one."],  # `inputs`: the SDK sends it as "input"
)
print(len(response.data), "vectors of", len(response.data[0].embedding), "dimensions")

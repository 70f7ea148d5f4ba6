import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# 40 chunks of about 500 words each: some 20,000 tokens in a single request.
chunks = [f"Chunk {n}: " + "The quick brown fox jumps over the lazy dog. " * 55 for n in range(40)]

response = client.embeddings.create(model="mistral-embed", inputs=chunks)
print(len(response.data), "vectors")

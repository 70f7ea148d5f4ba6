import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# 600 short sentences: few tokens, but more inputs than one request takes.
sentences = [f"Sentence number {n}." for n in range(600)]

response = client.embeddings.create(model="mistral-embed", inputs=sentences)
print(len(response.data), "vectors")

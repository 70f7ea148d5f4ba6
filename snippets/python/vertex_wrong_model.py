import os

from mistralai.gcp.client import MistralGCP

client = MistralGCP(
    project_id=os.environ["GOOGLE_CLOUD_PROJECT"],
    region=os.environ["GOOGLE_CLOUD_REGION"],
)

# "mistral-small-latest" is a La Plateforme alias: Vertex AI has no model of that name.
response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello in French."}],
)
print(response.choices[0].message.content)

import os

from mistralai.gcp.client import MistralGCP  # pip install "mistralai[gcp]"

# Credentials come from Application Default Credentials:
# `gcloud auth application-default login`, or GOOGLE_APPLICATION_CREDENTIALS.
client = MistralGCP(
    project_id=os.environ["GOOGLE_CLOUD_PROJECT"],
    region=os.environ["GOOGLE_CLOUD_REGION"],  # e.g. europe-west4
)

response = client.chat.complete(
    model="mistral-small-2503",  # Vertex's model name, not a La Plateforme alias
    messages=[{"role": "user", "content": "Say hello in French."}],
)
print(response.choices[0].message.content)

import os

from mistralai.client import Mistral

# The names your code or config sends as `model`.
WANTED = ["mistral-large-latest", "mistral-large", "mistral-medium-3.5"]

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
listed = sorted(model.id for model in client.models.list().data or [])

for name in WANTED:
    if name in listed:
        print(f"{name}: listed")
        continue
    # API IDs use hyphens only: look for listed IDs that start with the name, dots as hyphens.
    stem = name.replace(".", "-")
    close = [model_id for model_id in listed if model_id.startswith(stem)]
    print(f"{name}: NOT listed; listed IDs starting with '{stem}': {', '.join(close) or 'none'}")

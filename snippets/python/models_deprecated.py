import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

deprecated = []
for model in client.models.list().data or []:
    date = getattr(model, "deprecation", None)  # entries of an unknown type have no fields
    if date:
        deprecated.append((date.date().isoformat(), model.id, model.deprecation_replacement_model or "-"))

for date, model_id, replacement in sorted(deprecated):
    print(f"{date}  {model_id:<28} -> {replacement}")

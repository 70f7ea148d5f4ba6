import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
# Code written for an older SDK (mistralai 2.0.4 still had it): 3.x has no fine_tuning.
job = client.fine_tuning.jobs.create(
    model="open-mistral-7b",
    training_files=[{"file_id": "e85980c9-409e-4a46-9304-36588f6292b0", "weight": 1}],
)

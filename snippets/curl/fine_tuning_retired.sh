# The fine-tuning API is retired: this request (once the way to start a training job) gets 410.
curl -sS -i https://api.mistral.ai/v1/fine_tuning/jobs \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "open-mistral-7b", "training_files": [{"file_id": "e85980c9-409e-4a46-9304-36588f6292b0", "weight": 1}]}'

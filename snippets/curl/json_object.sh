curl -sS -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "mistral-small-latest",
    "response_format": {"type": "json_object"},
    "messages": [{"role": "user",
      "content": "Answer in JSON with the keys city and has_metro: does Paris have a metro?"}]
  }'

# A final assistant message is accepted only as the start of the answer: "prefix": true.
curl -sS -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "mistral-small-latest",
    "messages": [
      {"role": "user", "content": "Write a haiku about Paris."},
      {"role": "assistant", "content": "Rain on the Seine,", "prefix": true}
    ]
  }'

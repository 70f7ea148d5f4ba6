# The path is /v1/conversations (plural): /v1/conversation is no route.
curl -sS -i https://api.mistral.ai/v1/conversation \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-medium-latest", "inputs": "Name one French cheese."}'

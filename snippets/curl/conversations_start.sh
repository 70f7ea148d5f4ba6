# Start a conversation with a model (or "agent_id" instead of "model").
curl -sS https://api.mistral.ai/v1/conversations \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-medium-latest", "inputs": "Name one French cheese."}'

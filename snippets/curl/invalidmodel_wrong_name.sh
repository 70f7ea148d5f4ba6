# "mistral-medium-3.5" is the model's name with a dot; its API ID is mistral-medium-3-5.
curl -sS -i https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-medium-3.5", "messages": [{"role": "user", "content": "Say hello."}]}'

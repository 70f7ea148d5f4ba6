# open-mixtral-8x7b was retired on 2025-03-30.
curl -sS -i https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "open-mixtral-8x7b", "messages": [{"role": "user", "content": "Say hello."}]}'

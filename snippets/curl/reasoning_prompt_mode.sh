curl -sS -i https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "prompt_mode": "reasoning",
       "messages": [{"role": "user", "content": "Say hello."}]}'

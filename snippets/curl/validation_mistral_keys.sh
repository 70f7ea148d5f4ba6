# Mistral's names: max_tokens (not max_completion_tokens), random_seed (not seed); no store.
curl -sS -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "max_tokens": 256, "random_seed": 42,
       "messages": [{"role": "user", "content": "Say hello."}]}'

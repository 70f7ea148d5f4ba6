# store and max_completion_tokens are OpenAI parameters: the Mistral API does not accept them.
curl -sS -i https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "store": false, "max_completion_tokens": 256,
       "messages": [{"role": "user", "content": "Say hello."}]}'

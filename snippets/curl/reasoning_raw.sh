# With reasoning_effort "high", message.content is a list: a thinking chunk, then the answer.
curl -sS https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-medium-latest", "reasoning_effort": "high",
       "messages": [{"role": "user", "content": "Say hello."}]}'

# OpenAI's stream_options is not a Mistral parameter: the API refuses the whole request.
curl -sS -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "stream": true, "stream_options": {"include_usage": true},
       "messages": [{"role": "user", "content": "Say hello."}]}'

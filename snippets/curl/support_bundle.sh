# The time in UTC, then -i: the status line and the response headers (with
# mistral-correlation-id and x-kong-request-id) before the body. -v would also print your key.
date -u +"Time (UTC): %Y-%m-%dT%H:%M:%SZ"
curl -sS -i https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Say hello."}]}'

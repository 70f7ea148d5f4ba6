# -D - prints the response headers; grep keeps the status line and the rate-limit ones.
curl -sS -D - -o /dev/null https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Say hello."}]}' \
  | grep -i -E '^(HTTP/|x-ratelimit-|retry-after:)'

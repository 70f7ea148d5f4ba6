# The prefix /_mock/<run>/<scenario> picks the scenario for this request only.
curl -sS -N http://127.0.0.1:8080/_mock/try-curl/stream-cut/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "stream": true, "messages": [{"role": "user", "content": "Say hello."}]}'

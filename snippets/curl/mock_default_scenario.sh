# Three requests without a /_mock prefix: they follow the scenario the mock was started with.
for attempt in 1 2 3; do
  curl -sS -w " (HTTP %{http_code})\n" http://127.0.0.1:8080/v1/chat/completions \
    -H "Authorization: Bearer $MISTRAL_API_KEY" \
    -H "Content-Type: application/json" \
    -d '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Say hello."}]}'
done

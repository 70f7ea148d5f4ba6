curl -sS --fail-with-body -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Say hello."}]}' \
  || echo "curl exited with $? (22: the API answered with an HTTP error)"

# --connect-timeout: seconds to connect; --max-time: seconds for the whole call, answer included.
# One second here so you can see it fire; give a model's answer a minute or more.
curl -sS --connect-timeout 10 --max-time 1 https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Say hello."}]}' \
  || echo "curl exited with $? (28: timed out; 7: could not connect)"

# --retry 4: up to 4 more tries on 408, 429, 500, 502, 503 and 504, waiting as long as Retry-After
# says, else 1 s, 2 s, 4 s, ...; --fail-with-body: exit status 22 if the last try fails too.
# --stderr - keeps curl's messages in order with the bodies.
curl --no-progress-meter --stderr - --retry 4 --retry-max-time 120 --fail-with-body -w '\n' \
  https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Say hello."}]}'

# -N: print each event as it arrives instead of buffering the output.
curl -sS -N https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -H "Accept: text/event-stream" \
  -d '{"model": "mistral-small-latest", "stream": true, "messages": [{"role": "user", "content": "Say hello."}]}'

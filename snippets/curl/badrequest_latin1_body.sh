# A request file saved as Latin-1 (Windows-1252), not UTF-8: the "é" is the single byte 0xE9.
request="$(mktemp)"
printf '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Caf\xe9?"}]}' > "$request"
curl -sS -i https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  --data-binary @"$request"

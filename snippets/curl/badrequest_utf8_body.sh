request="$(mktemp)"
cat > "$request" <<'JSON'
{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Dis bonjour en français."}]}
JSON
# Stop before sending a file that is not valid UTF-8.
if ! iconv -f UTF-8 -t UTF-8 "$request" > /dev/null 2>&1; then
  echo "$request is not valid UTF-8: convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8" >&2
  exit 1
fi
# --data-binary sends the file byte for byte; the Content-Type tells the API it is JSON.
curl -sS -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  --data-binary @"$request"

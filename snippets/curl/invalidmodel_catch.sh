model="mistral-large-3-25-12"  # from your configuration: a docs page slug, not an API ID

response="$(curl -sS -w '\n%{http_code}' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d "{\"model\": \"$model\", \"messages\": [{\"role\": \"user\", \"content\": \"Say hello.\"}]}")"
status="${response##*$'\n'}"
body="${response%$'\n'*}"

if [ "$status" = 400 ] && printf '%s' "$body" | grep -Eq '"type": *"invalid_model"|"code": *"1500"'; then
  echo "The API does not serve the model '$model': $body" >&2
  exit 1
fi
echo "$body"

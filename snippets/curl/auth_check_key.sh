if [ -z "${MISTRAL_API_KEY+set}" ]; then
  echo "MISTRAL_API_KEY is not set in this shell." >&2
  exit 1
fi
# Drop spaces, newlines and quotes that came along with a copied key.
key="$(printf '%s' "$MISTRAL_API_KEY" | tr -d "[:space:]\"'")"
status="$(curl -sS -o /dev/null -w '%{http_code}' https://api.mistral.ai/v1/models \
  -H "Authorization: Bearer $key")"
if [ "$status" = 200 ]; then
  echo "Key accepted."
else
  echo "The API answered $status: the key ending in ${key: -4} was not accepted." >&2
  exit 1
fi

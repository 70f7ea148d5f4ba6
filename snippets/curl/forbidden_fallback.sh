reply="$(mktemp)"
# The model you want first, then one your plan includes.
for model in mistral-large-latest mistral-small-latest; do
  status="$(curl -sS -o "$reply" -w '%{http_code}' https://api.mistral.ai/v1/chat/completions \
    -H "Authorization: Bearer $MISTRAL_API_KEY" \
    -H "Content-Type: application/json" \
    -d "{\"model\": \"$model\", \"messages\": [{\"role\": \"user\", \"content\": \"Say hello.\"}]}")"
  if [ "$status" != 403 ]; then
    echo "$model answered $status:"
    cat "$reply"
    echo
    break
  fi
  echo "$model is not available to this key (403)."
done

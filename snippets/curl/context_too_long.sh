# 300,000 words: more than mistral-small-latest's context window of 256k tokens.
# The body is too big for a command-line argument, so curl reads it from stdin (@-).
long_document="$(yes word | head -n 300000 | tr '\n' ' ')"
printf '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "%s"}]}' "$long_document" \
  | curl -sS -w '\nHTTP status %{http_code}\n' https://api.mistral.ai/v1/chat/completions \
      -H "Authorization: Bearer $MISTRAL_API_KEY" \
      -H "Content-Type: application/json" \
      --data-binary @-

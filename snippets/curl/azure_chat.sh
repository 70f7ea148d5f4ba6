curl -sS "$AZURE_AI_ENDPOINT/models/chat/completions?api-version=2024-05-01-preview" \
  -H "Authorization: Bearer $AZURE_AI_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "'"$AZURE_AI_DEPLOYMENT"'",
       "messages": [{"role": "user", "content": "Say hello in French."}]}'

curl -sS https://api.mistral.ai/v1/embeddings \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-embed", "input": ["Embed this sentence.", "As well as this one."]}' \
  | grep -o '"embedding": *\[[^]]*\]' \
  | awk -F, '{ size = NF } END { print NR " vectors of " size " dimensions" }'

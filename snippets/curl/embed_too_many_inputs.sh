# 600 short sentences: few tokens, but more inputs than one request takes.
inputs="$(for n in $(seq 600); do printf '"Sentence number %s.",' "$n"; done)"

curl -sS -i https://api.mistral.ai/v1/embeddings \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d "{\"model\": \"mistral-embed\", \"input\": [${inputs%,}]}"

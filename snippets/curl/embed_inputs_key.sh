# "inputs" is the SDKs' name; the HTTP API's field is "input".
curl -sS -i https://api.mistral.ai/v1/embeddings \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-embed", "inputs": ["Embed this sentence.", "As well as this one."]}'

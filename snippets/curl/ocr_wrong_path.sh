# The endpoint is POST /v1/ocr: /v1/ocr/process is the SDK method's name, not a path.
curl -sS -i https://api.mistral.ai/v1/ocr/process \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-ocr-latest",
       "document": {"type": "document_url", "document_url": "https://arxiv.org/pdf/2201.04234"}}'

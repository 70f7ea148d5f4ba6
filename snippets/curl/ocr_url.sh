curl -sS https://api.mistral.ai/v1/ocr \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-ocr-latest",
       "document": {"type": "document_url", "document_url": "https://arxiv.org/pdf/2201.04234"}}'

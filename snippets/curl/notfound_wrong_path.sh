# /v1/ocr/process is not an endpoint: the OCR endpoint is POST /v1/ocr.
curl -sS -i https://api.mistral.ai/v1/ocr/process \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-ocr-latest", "document": {"type": "document_url", "document_url": "https://example.com/invoice.pdf"}}'

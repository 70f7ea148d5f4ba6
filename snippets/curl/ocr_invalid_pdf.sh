# The document is base64 of "Hello", not of a PDF.
curl -sS -i https://api.mistral.ai/v1/ocr \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-ocr-latest",
       "document": {"type": "document_url", "document_url": "data:application/pdf;base64,SGVsbG8="}}'

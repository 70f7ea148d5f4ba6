cd "$(mktemp -d)"
# A one-page PDF, written to a file so that the request below reads a local file like yours.
printf '%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' > sample.pdf

# base64 -w0 (GNU) writes one line; on macOS, use base64 -i sample.pdf.
printf '{"model": "mistral-ocr-latest", "document": {"type": "document_url", "document_url": "data:application/pdf;base64,%s"}}' \
  "$(base64 -w0 sample.pdf)" > request.json
curl -sS https://api.mistral.ai/v1/ocr \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d @request.json

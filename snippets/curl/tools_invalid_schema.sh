# exclusiveMinimum written as true (JSON Schema Draft 4): not valid Draft 7.
curl -sS -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "mistral-small-latest",
    "tools": [{"type": "function", "function": {"name": "read_page",
      "description": "Read one page of the document",
      "parameters": {"type": "object", "properties": {"page": {"type": "integer", "minimum": 0, "exclusiveMinimum": true}}}}}],
    "messages": [{"role": "user", "content": "Read page 2."}]
  }'

curl -sS -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "mistral-small-latest",
    "response_format": {"type": "json_schema", "json_schema": {
      "name": "city_fact",
      "schema": {"type": "object",
        "properties": {"city": {"type": "string"}, "has_metro": {"type": "boolean"}},
        "required": ["city", "has_metro"], "additionalProperties": false},
      "strict": true}},
    "messages": [{"role": "user", "content": "Answer in JSON: does Paris have a metro?"}]
  }'

# json_schema without its name: a 422 before anything is generated.
curl -sS -i https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "mistral-small-latest",
    "response_format": {"type": "json_schema", "json_schema": {
      "schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}},
    "messages": [{"role": "user", "content": "Answer in JSON: which city is the Eiffel Tower in?"}]
  }'

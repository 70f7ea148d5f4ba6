# The first request: the question and the tools. The answer carries the tool call.
curl -sS -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "mistral-small-latest",
    "tool_choice": "auto",
    "tools": [{"type": "function", "function": {"name": "get_weather",
      "description": "Get the current weather for a city",
      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}],
    "messages": [{"role": "user", "content": "What is the weather in Paris?"}]
  }'

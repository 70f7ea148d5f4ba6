# The second request: the same messages, then the assistant message with its tool call (as it
# came back) and one tool message per call, with that call's id.
curl -sS -w '\n' https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "mistral-small-latest",
    "tools": [{"type": "function", "function": {"name": "get_weather",
      "description": "Get the current weather for a city",
      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}],
    "messages": [
      {"role": "user", "content": "What is the weather in Paris?"},
      {"role": "assistant", "content": "", "tool_calls": [{"id": "XBMzRI5yI", "type": "function",
        "function": {"name": "get_weather", "arguments": "{\"city\": \"Paris\"}"}}]},
      {"role": "tool", "tool_call_id": "XBMzRI5yI", "name": "get_weather",
        "content": "{\"city\": \"Paris\", \"temp_c\": 21}"}
    ]
  }'

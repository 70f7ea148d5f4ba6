# A conversation recorded with another provider, whose tool call ids look like toolu_... .
curl -sS -i https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "mistral-small-latest",
    "tools": [{"type": "function", "function": {"name": "get_weather",
      "description": "Get the current weather for a city",
      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}],
    "messages": [
      {"role": "user", "content": "What is the weather in Paris?"},
      {"role": "assistant", "content": "", "tool_calls": [{"id": "toolu_01VpEm654HvfMoRcrE3Hgdc6",
        "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\": \"Paris\"}"}}]},
      {"role": "tool", "tool_call_id": "toolu_01VpEm654HvfMoRcrE3Hgdc6", "name": "get_weather",
        "content": "{\"temp_c\": 21}"}
    ]
  }'

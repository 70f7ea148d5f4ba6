# A function.call with no function.result: 400, code 3230 (an integer).
curl -sS -i https://api.mistral.ai/v1/conversations \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-medium-latest",
       "inputs": [
         {"type": "message.input", "role": "user", "content": "What is the weather in Paris?"},
         {"type": "function.call", "tool_call_id": "D681PevKs", "name": "get_weather",
          "arguments": "{\"city\": \"Paris\"}"}]}'

# "tools" belongs to the start of a conversation, not to an append: 422, code 3001.
curl -sS -i https://api.mistral.ai/v1/conversations/conv_0123456789abcdef0123456789abcdef \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"inputs": "And in Lyon?", "tools": []}'

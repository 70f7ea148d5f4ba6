# reasoning_content is another provider's field: sent back in the history, the API refuses it.
curl -sS -i https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-medium-latest", "messages": [
        {"role": "user", "content": "Say hello."},
        {"role": "assistant", "content": "Hello!", "reasoning_content": "The user greets me."},
        {"role": "user", "content": "Say it again."}]}'

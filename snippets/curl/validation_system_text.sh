# The same system prompt as Mistral takes it: a string (or text chunks without cache_control).
curl -sS https://api.mistral.ai/v1/chat/completions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "mistral-small-latest", "messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Say hello."}]}'

# A JSON body, as for the chat endpoints: this endpoint takes a form, not JSON.
curl -sS https://api.mistral.ai/v1/audio/transcriptions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "voxtral-mini-latest", "file_url": "https://docs.mistral.ai/audio/obama.mp3"}' \
  -w '\nHTTP %{http_code}\n'

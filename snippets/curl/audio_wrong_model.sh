cd "$(mktemp -d)"
printf 'RIFF\x24\x7d\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80\x3e\x00\x00\x00\x7d\x00\x00\x02\x00\x10\x00data\x00\x7d\x00\x00' > sample.wav
head -c 32000 /dev/zero >> sample.wav

# voxtral-small-latest is a chat model (audio in chat messages), not a transcription model.
curl -sS https://api.mistral.ai/v1/audio/transcriptions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -F model=voxtral-small-latest \
  -F file=@sample.wav \
  -w '\nHTTP %{http_code}\n'

cd "$(mktemp -d)"
# Not audio: an HTML page saved under a .wav name.
printf '<!DOCTYPE html><html><body>Access denied</body></html>' > recording.wav

curl -sS https://api.mistral.ai/v1/audio/transcriptions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -F model=voxtral-mini-latest \
  -F file=@recording.wav \
  -w '\nHTTP %{http_code}\n'

# What the file really is: a WAV file starts with RIFF.
head -c 15 recording.wav; echo

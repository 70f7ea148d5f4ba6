cd "$(mktemp -d)"
# One second of silence as a 16 kHz mono WAV file (a 44-byte header, then 32000 zero bytes).
printf 'RIFF\x24\x7d\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80\x3e\x00\x00\x00\x7d\x00\x00\x02\x00\x10\x00data\x00\x7d\x00\x00' > sample.wav
head -c 32000 /dev/zero >> sample.wav

# -F sends multipart/form-data; file=@ uploads the file's bytes.
curl -sS https://api.mistral.ai/v1/audio/transcriptions \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -F model=voxtral-mini-latest \
  -F file=@sample.wav \
  -F language=en \
  -F timestamp_granularities=segment

cd "$(mktemp -d)"
printf 'PK\003\004' > scans.zip   # the first bytes of a .zip archive

curl -sS https://api.mistral.ai/v1/files \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -F purpose=ocr \
  -F file=@scans.zip \
  -w '\nHTTP %{http_code}\n'

cd "$(mktemp -d)"
# The batch input: one JSON object per line, each with a custom_id and the request body.
cat > requests.jsonl <<'JSONL'
{"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "What is the best French cheese?"}]}}
{"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "What is the best French wine?"}]}}
JSONL

# Upload it (multipart form: the file and its purpose), then keep its id (jq reads the JSON).
file_id=$(curl -sS https://api.mistral.ai/v1/files \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -F purpose=batch \
  -F file=@requests.jsonl | jq -r .id)
echo "file $file_id"

curl -sS https://api.mistral.ai/v1/batch/jobs \
  -H "Authorization: Bearer $MISTRAL_API_KEY" \
  -H "Content-Type: application/json" \
  -d "{\"input_files\": [\"$file_id\"], \"model\": \"mistral-small-latest\", \"endpoint\": \"/v1/chat/completions\"}"

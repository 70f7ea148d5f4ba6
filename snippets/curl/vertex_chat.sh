MODEL="mistral-small-2503"
curl -sS "https://$GOOGLE_CLOUD_REGION-aiplatform.googleapis.com/v1/projects/$GOOGLE_CLOUD_PROJECT/locations/$GOOGLE_CLOUD_REGION/publishers/mistralai/models/$MODEL:rawPredict" \
  -H "Authorization: Bearer $(gcloud auth print-access-token)" \
  -H "Content-Type: application/json" \
  -d '{"model": "'"$MODEL"'",
       "messages": [{"role": "user", "content": "Say hello in French."}]}'

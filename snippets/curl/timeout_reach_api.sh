# Can this machine reach the API at all? Any HTTP status, even 401, means it can.
curl -sS -o /dev/null --connect-timeout 10 --max-time 30 -w 'HTTP %{http_code}: the API is reachable\n' \
  https://api.mistral.ai/v1/models -H "Authorization: Bearer $MISTRAL_API_KEY" \
  || echo "curl exited with $? (6: host not found; 7: could not connect; 28: timed out)"

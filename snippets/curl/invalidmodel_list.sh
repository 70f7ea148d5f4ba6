# The names your code or config sends as "model".
wanted="mistral-large-latest mistral-large mistral-medium-3.5"

listed="$(curl -sS https://api.mistral.ai/v1/models -H "Authorization: Bearer $MISTRAL_API_KEY" \
  | grep -o '"id": *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/' | sort)"
if [ -z "$listed" ]; then
  echo "GET /v1/models returned no model IDs: check the key first." >&2
  exit 1
fi

for name in $wanted; do
  if printf '%s\n' "$listed" | grep -qxF "$name"; then
    echo "$name: listed"
    continue
  fi
  # API IDs use hyphens only: look for listed IDs that start with the name, dots as hyphens.
  stem="${name//./-}"
  close="$(printf '%s\n' "$listed" | awk -v stem="$stem" 'index($0, stem) == 1' | paste -sd, - | sed 's/,/, /g')"
  echo "$name: NOT listed; listed IDs starting with '$stem': ${close:-none}"
done

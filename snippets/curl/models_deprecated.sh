# Each model's id, deprecation date and replacement, for the models that have a deprecation date.
curl -sS https://api.mistral.ai/v1/models -H "Authorization: Bearer $MISTRAL_API_KEY" \
  | grep -oE '"(id|deprecation|deprecation_replacement_model)": *("[^"]*"|null)' \
  | awk -F'"' '
      function flush() { if (date != "") printf "%s  %-28s -> %s\n", date, id, replacement }
      $2 == "id" { flush(); id = $4; date = ""; replacement = "-" }
      $2 == "deprecation" { date = substr($4, 1, 10) }
      $2 == "deprecation_replacement_model" && $4 != "" { replacement = $4 }
      END { flush() }' \
  | sort

import { Mistral } from "@mistralai/mistralai";

// The names your code or config sends as `model`.
const wanted = ["mistral-large-latest", "mistral-large", "mistral-medium-3.5"];

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const listed = ((await client.models.list()).data ?? [])
  .flatMap((model) => ("id" in model ? [model.id] : [])) // skips entries of an unknown type
  .sort();

for (const name of wanted) {
  if (listed.includes(name)) {
    console.log(`${name}: listed`);
    continue;
  }
  // API IDs use hyphens only: look for listed IDs that start with the name, dots as hyphens.
  const stem = name.replaceAll(".", "-");
  const close = listed.filter((id) => id.startsWith(stem));
  console.log(`${name}: NOT listed; listed IDs starting with '${stem}': ${close.join(", ") || "none"}`);
}

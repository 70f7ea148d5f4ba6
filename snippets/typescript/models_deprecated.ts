import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

const deprecated: string[] = [];
for (const model of (await client.models.list()).data ?? []) {
  if (!("deprecation" in model) || !model.deprecation) continue; // unknown entries have no fields
  const date = model.deprecation.toISOString().slice(0, 10);
  deprecated.push(`${date}  ${model.id.padEnd(28)} -> ${model.deprecationReplacementModel ?? "-"}`);
}
console.log(deprecated.sort().join("\n"));

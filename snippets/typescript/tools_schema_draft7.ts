import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

/** Draft 4's boolean exclusiveMinimum/exclusiveMaximum turned into Draft 7's numeric bounds. */
function toDraft7(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toDraft7);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, toDraft7(value)]));
  for (const [flag, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
    if (typeof out[flag] !== "boolean") continue;
    const exclusive = out[flag];
    delete out[flag];
    if (exclusive && bound in out) {
      out[flag] = out[bound];
      delete out[bound];
    }
  }
  return out;
}

// A schema written for JSON Schema Draft 4, as some generators still write them.
const parameters = {
  type: "object",
  properties: { page: { type: "integer", minimum: 0, exclusiveMinimum: true } },
  required: ["page"],
};
const fixed = toDraft7(parameters) as { properties: Record<string, unknown> };
console.log(fixed.properties["page"]);
const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Read page 2." }],
  tools: [{
    type: "function",
    function: { name: "read_page", description: "Read one page of the document", parameters: fixed },
  }],
});
for (const call of response.choices[0]?.message?.toolCalls ?? []) {
  console.log(call.function.name, call.function.arguments);
}

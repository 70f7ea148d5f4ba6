import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

/** The JSON Schema without its $schema and $id keywords, at every level. */
function withoutSchemaKeys(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutSchemaKeys);
  if (schema !== null && typeof schema === "object") {
    return Object.fromEntries(Object.entries(schema)
      .filter(([key]) => key !== "$schema" && key !== "$id")
      .map(([key, value]) => [key, withoutSchemaKeys(value)]));
  }
  return schema;
}

// A schema written for another tool, with $schema and $id.
const parameters = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://example.com/schemas/get_weather.json",
  type: "object",
  properties: { city: { type: "string" } },
  required: ["city"],
};
const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "What's the weather in Paris?" }],
  tools: [{
    type: "function",
    function: {
      name: "get_weather",
      description: "Get the current weather for a city",
      parameters: withoutSchemaKeys(parameters) as Record<string, unknown>,
    },
  }],
});
for (const call of response.choices[0]?.message?.toolCalls ?? []) {
  console.log(call.function.name, call.function.arguments);
}

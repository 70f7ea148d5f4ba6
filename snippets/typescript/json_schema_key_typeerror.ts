import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// "schema" is the wire name; the TypeScript SDK calls it schemaDefinition.
const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Answer in JSON: does Paris have a metro?" }],
  responseFormat: {
    type: "json_schema",
    jsonSchema: {
      name: "city_fact",
      schema: {
        type: "object",
        properties: { city: { type: "string" }, has_metro: { type: "boolean" } },
        required: ["city", "has_metro"],
      },
    },
  },
});
console.log(response.choices[0]?.message?.content);

import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Answer in JSON: does Paris have a metro?" }],
  responseFormat: {
    type: "json_schema",
    jsonSchema: {
      name: "city_fact",
      schemaDefinition: { // sent as "schema" on the wire
        type: "object",
        properties: { city: { type: "string" }, has_metro: { type: "boolean" } },
        required: ["city", "has_metro"],
        additionalProperties: false,
      },
      strict: true,
    },
  },
});
const content = response.choices[0]?.message?.content;
console.log("content:", content);
if (typeof content === "string") console.log("parsed:", JSON.parse(content));

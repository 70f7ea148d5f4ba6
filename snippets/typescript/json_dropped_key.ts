import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// Options built apart, with the wire name response_format: TypeScript does not check the extra
// key of a variable, and the SDK drops it without a word. JSON mode is off.
const options = {
  model: "mistral-small-latest",
  messages: [{ role: "user" as const, content: "Answer in JSON with the keys city and has_metro: does Paris have a metro?" }],
  response_format: { type: "json_object" },
};
const response = await client.chat.complete(options);
const content = response.choices[0]?.message?.content;
console.log("content:", content);
console.log("parsed:", JSON.parse(String(content)));

import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// `input` is the JSON field of the HTTP API; the SDK's option is `inputs`.
const response = await client.embeddings.create({
  model: "mistral-embed",
  input: ["Embed this sentence.", "As well as this one."],
});
console.log(response.data.length, "vectors");

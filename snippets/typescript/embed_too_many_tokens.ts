import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// 40 chunks of about 500 words each: some 20,000 tokens in a single request.
const chunks = Array.from(
  { length: 40 },
  (_, n) => `Chunk ${n}: ` + "The quick brown fox jumps over the lazy dog. ".repeat(55),
);

const response = await client.embeddings.create({ model: "mistral-embed", inputs: chunks });
console.log(response.data.length, "vectors");

import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// 300,000 words: more than mistral-small-latest's context window of 256k tokens.
const longDocument = "word ".repeat(300_000);
const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: longDocument }],
});
console.log(response.choices[0]?.message?.content);

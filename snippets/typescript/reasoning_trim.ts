import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const response = await client.chat.complete({
  model: "mistral-medium-latest",
  reasoningEffort: "high",
  messages: [{ role: "user", content: "Say hello." }],
});
const content = response.choices[0]?.message?.content as string; // assumes a string
console.log(content.trim());

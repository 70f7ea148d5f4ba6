import { Mistral } from "@mistralai/mistralai";

// The base URL without /v1: the SDK adds /v1/chat/completions itself.
const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"], serverURL: "https://api.mistral.ai" });

const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
});
console.log(response.choices[0]?.message?.content);

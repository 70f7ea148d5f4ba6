import { Mistral } from "@mistralai/mistralai";

// Wrong: the SDK adds /v1/chat/completions itself, so this calls /v1/v1/chat/completions.
const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"], serverURL: "https://api.mistral.ai/v1" });

const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
});
console.log(response.choices[0]?.message?.content);

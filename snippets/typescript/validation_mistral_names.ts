import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
  maxTokens: 256, // OpenAI: max_completion_tokens; sent as max_tokens
  randomSeed: 42, // OpenAI: seed; sent as random_seed
});
console.log(response.choices[0]?.message?.content);

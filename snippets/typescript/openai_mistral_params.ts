import OpenAI from "openai";

const client = new OpenAI({ baseURL: "https://api.mistral.ai/v1", apiKey: process.env["MISTRAL_API_KEY"] });

// Mistral's own parameters are not in the openai package's types; it sends them as they are.
const mistralParams = { random_seed: 42, safe_prompt: true }; // random_seed, not seed

const response = await client.chat.completions.create({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
  max_tokens: 256, // not max_completion_tokens
  ...mistralParams,
});
console.log(response.choices[0]?.message.content);

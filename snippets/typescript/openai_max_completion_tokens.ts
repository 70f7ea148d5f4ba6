import OpenAI from "openai";

const client = new OpenAI({ baseURL: "https://api.mistral.ai/v1", apiKey: process.env["MISTRAL_API_KEY"] });

const response = await client.chat.completions.create({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
  max_completion_tokens: 256, // an OpenAI parameter: Mistral's is max_tokens
});
console.log(response.choices[0]?.message.content);

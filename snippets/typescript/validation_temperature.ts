import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
  temperature: 2,
});
console.log(response.choices[0]?.message?.content);

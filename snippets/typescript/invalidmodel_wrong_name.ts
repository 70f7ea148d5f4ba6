import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// "mistral-medium-3.5" is the model's name with a dot; its API ID is mistral-medium-3-5.
const response = await client.chat.complete({
  model: "mistral-medium-3.5",
  messages: [{ role: "user", content: "Say hello." }],
});
console.log(response.choices[0]?.message?.content);

import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [
    { role: "user", content: "Write a haiku about Paris." },
    // A final assistant message is accepted only as the start of the answer: prefix: true.
    { role: "assistant", content: "Rain on the Seine,", prefix: true },
  ],
});
console.log(response.choices[0]?.message?.content);

import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// Mistake 1: iterating the call itself, without awaiting it first.
for await (const event of client.chat.stream({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
})) {
  console.log(event);
}

// Mistake 2: reading the chunk's fields on the event instead of on event.data.
const stream = await client.chat.stream({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
});
for await (const event of stream) {
  process.stdout.write(event.choices[0]?.delta.content ?? "");
}

import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// Await the call first: it resolves to the stream once the answer has started.
const stream = await client.chat.stream({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
});
for await (const event of stream) {
  const chunk = event.data; // each event wraps one chunk
  const content = chunk.choices[0]?.delta.content;
  if (typeof content === "string") process.stdout.write(content); // reasoning models can send a list of parts
  if (chunk.usage) {
    // the last chunk carries the usage
    const { promptTokens, completionTokens, totalTokens } = chunk.usage;
    console.log(`\n[${chunk.choices[0]?.finishReason}] prompt tokens: ${promptTokens},` +
      ` completion tokens: ${completionTokens}, total: ${totalTokens}`);
  }
}

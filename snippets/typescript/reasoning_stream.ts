import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const thinking: string[] = [];
const answer: string[] = [];
const stream = await client.chat.stream({
  model: "mistral-medium-latest",
  reasoningEffort: "high",
  messages: [{ role: "user", content: "Say hello." }],
});
for await (const event of stream) {
  const content = event.data.choices[0]?.delta.content;
  if (typeof content === "string") {
    answer.push(content); // answer text
  } else if (content) {
    for (const chunk of content) { // a list of chunks: thinking, or text
      if (chunk.type === "thinking") {
        for (const part of chunk.thinking) if ("text" in part && part.type === "text") thinking.push(part.text);
      } else if (chunk.type === "text") {
        answer.push(chunk.text);
      }
    }
  }
}
console.log("Thinking:", thinking.join(""));
console.log("Answer:", answer.join(""));

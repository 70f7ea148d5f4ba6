import { Mistral } from "@mistralai/mistralai";
import type { ChatCompletionRequest } from "@mistralai/mistralai/models/components";

type Message = ChatCompletionRequest["messages"][number];

const model = "mistral-small-latest";
const contextTokens = 256 * 1024; // mistral-small-latest: 256k (see the Models page)
const answerTokens = 4_096; // kept free for the answer, and sent as maxTokens

/** A crude ESTIMATE, not the API's count: about 4 characters per token, plus a few per message.
 * The real count depends on the model's tokenizer and on the text: keep a margin. */
function estimateTokens(messages: Message[]): number {
  return messages.reduce((sum, m) => {
    const text = typeof m.content === "string" ? m.content : JSON.stringify(m.content ?? "");
    return sum + Math.floor(text.length / 4) + 4;
  }, 0);
}

/** Drop the oldest turns until the estimate fits the budget; keep the leading system messages. */
function trimHistory(messages: Message[], budget: number): Message[] {
  let head = 0;
  while (head < messages.length && messages[head]?.role === "system") head++;
  const system = messages.slice(0, head);
  let rest = messages.slice(head);
  while (rest.length > 0 && estimateTokens([...system, ...rest]) > budget) {
    rest = rest.slice(1);
    // Start at a user message: an assistant or tool message cut off from its turn breaks the order.
    while (rest.length > 0 && rest[0]?.role !== "user") rest = rest.slice(1);
  }
  if (rest.length === 0) throw new Error("the last user message alone is over the budget: shorten or split it");
  return [...system, ...rest];
}

// A long chat: a system message, 20 turns with a 100,000-character note each, and a new question.
const history: Message[] = [{ role: "system", content: "You answer questions about the notes." }];
for (let turn = 0; turn < 20; turn++) {
  history.push({ role: "user", content: "word ".repeat(20_000) });
  history.push({ role: "assistant", content: "Noted." });
}
history.push({ role: "user", content: "Summarise the notes." });

const kept = trimHistory(history, contextTokens - answerTokens);
const n = (value: number) => value.toLocaleString("en-US");
console.log(`History: ${history.length} messages, about ${n(estimateTokens(history))} tokens (estimate)`);
console.log(`Sent:    ${kept.length} messages, about ${n(estimateTokens(kept))} tokens (estimate), ` +
  `starting with ${kept[0]?.role}, ${kept[1]?.role}`);

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const response = await client.chat.complete({ model, messages: kept, maxTokens: answerTokens });
console.log(`The API counted ${n(response.usage.promptTokens ?? 0)} prompt tokens.`);
console.log(response.choices[0]?.message?.content);

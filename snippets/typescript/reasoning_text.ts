import { Mistral } from "@mistralai/mistralai";
import type { ContentChunk } from "@mistralai/mistralai/models/components";

type Content = string | ContentChunk[] | null | undefined;

/** The answer in a message's content: a string, or (reasoning models) a list of chunks. */
function answerText(content: Content): string {
  if (content == null || typeof content === "string") return content ?? "";
  return content.map((chunk) => (chunk.type === "text" ? chunk.text : "")).join("");
}

/** The model's reasoning, if the content has any: the text inside its thinking chunks. */
function thinkingText(content: Content): string {
  if (content == null || typeof content === "string") return "";
  return content
    .flatMap((chunk) => (chunk.type === "thinking" ? chunk.thinking : []))
    .map((part) => ("text" in part && part.type === "text" ? part.text : ""))
    .join("");
}

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const response = await client.chat.complete({
  model: "mistral-medium-latest",
  reasoningEffort: "high",
  messages: [{ role: "user", content: "Say hello." }],
});
const message = response.choices[0]?.message;
console.log("Thinking:", thinkingText(message?.content));
console.log("Answer:", answerText(message?.content));

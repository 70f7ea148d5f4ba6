import { Mistral } from "@mistralai/mistralai";
import type { ChatCompletionRequest, ChatCompletionResponse } from "@mistralai/mistralai/models/components";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

/** The answer as JSON, or an Error that says why there is none. */
function jsonAnswer(response: ChatCompletionResponse): unknown {
  const choice = response.choices[0];
  const content = choice?.message?.content;
  // Reasoning models answer with thinking and text chunks.
  const text = typeof content === "string" ? content
    : (content ?? []).map((chunk) => (chunk.type === "text" ? chunk.text : "")).join("");
  if (choice?.finishReason !== "stop") { // "length": cut off at maxTokens, so the JSON is unfinished
    throw new Error(`answer cut off (finishReason ${choice?.finishReason}): ${JSON.stringify(text.slice(0, 80))}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`answer is not JSON (${String(error)}): ${JSON.stringify(text.slice(0, 80))}`);
  }
}

const request: ChatCompletionRequest = {
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Answer in JSON with the keys city and has_metro: does Paris have a metro?" }],
  responseFormat: { type: "json_object" },
  maxTokens: 500,
};
let answer: unknown;
for (const attempt of [1, 2]) { // one more try, then give up
  try {
    answer = jsonAnswer(await client.chat.complete(request));
    break;
  } catch (error) {
    console.log(`attempt ${attempt}: ${(error as Error).message}`);
  }
}
if (answer === undefined) throw new Error("no JSON answer");
console.log(answer);

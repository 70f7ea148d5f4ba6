import { createHash } from "node:crypto";
import { Mistral } from "@mistralai/mistralai";
import type { ChatCompletionRequest } from "@mistralai/mistralai/models/components";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
type Messages = ChatCompletionRequest["messages"];

/** The same 9 letters and digits for the same id, every time the history is replayed. */
function mistralId(foreignId: string): string {
  if (/^[a-zA-Z0-9]{9}$/.test(foreignId)) return foreignId;
  let number = BigInt("0x" + createHash("sha256").update(foreignId).digest("hex"));
  let id = "";
  for (let i = 0; i < 9; i++) {
    id += ALPHABET[Number(number % 62n)];
    number /= 62n;
  }
  return id;
}

/** A copy of the messages with every tool call id, in calls and in results, mapped. */
function withMistralIds(messages: Messages): Messages {
  return messages.map((message) => {
    if (message.role === "assistant" && message.toolCalls) {
      return { ...message, toolCalls: message.toolCalls.map((call) => ({ ...call, id: mistralId(call.id ?? "") })) };
    }
    if (message.role === "tool" && message.toolCallId) {
      return { ...message, toolCallId: mistralId(message.toolCallId) };
    }
    return message;
  });
}

const tools: ChatCompletionRequest["tools"] = [{
  type: "function",
  function: {
    name: "get_weather",
    description: "Get the current weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
}];
// A conversation recorded with another provider, whose tool call ids look like call_... .
const messages: Messages = [
  { role: "user", content: "What's the weather in Paris?" },
  {
    role: "assistant",
    content: "",
    toolCalls: [{ id: "call_0fypS1hVX", type: "function",
      function: { name: "get_weather", arguments: '{"city": "Paris"}' } }],
  },
  { role: "tool", toolCallId: "call_0fypS1hVX", name: "get_weather", content: '{"temp_c": 21}' },
];
console.log("call_0fypS1hVX ->", mistralId("call_0fypS1hVX"));
const response = await client.chat.complete({ model: "mistral-small-latest", messages: withMistralIds(messages), tools });
console.log(response.choices[0]?.message?.content);

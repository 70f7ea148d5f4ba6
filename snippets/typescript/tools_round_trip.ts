import { Mistral } from "@mistralai/mistralai";
import type { ChatCompletionRequest } from "@mistralai/mistralai/models/components";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const model = "mistral-small-latest";

const tools: ChatCompletionRequest["tools"] = [{
  type: "function",
  function: {
    name: "get_weather",
    description: "Get the current weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
}];

function getWeather(city: string): string {
  return JSON.stringify({ city, temp_c: 21 });
}

const messages: ChatCompletionRequest["messages"] = [{ role: "user", content: "What's the weather in Paris?" }];
const response = await client.chat.complete({ model, messages, tools, toolChoice: "auto" });
const choice = response.choices[0];
const answer = choice?.message;
if (answer === undefined) throw new Error("no answer");
console.log("finishReason:", choice?.finishReason);

// 1. The assistant message with the tool calls goes back unchanged.
messages.push({ ...answer, role: "assistant" });
// 2. One tool message per call (parallel calls come as several calls in this one message).
for (const call of answer.toolCalls ?? []) {
  const args = call.function.arguments; // a JSON string: parse it before you use it
  console.log(`tool call ${call.id}: ${call.function.name} ${typeof args === "string" ? args : JSON.stringify(args)}`);
  const { city } = (typeof args === "string" ? JSON.parse(args) : args) as { city: string };
  messages.push({
    role: "tool",
    toolCallId: call.id ?? null, // camelCase here; the SDK sends tool_call_id
    name: call.function.name,
    content: getWeather(city),
  });
}

// 3. The model answers with the results in front of it.
const final = await client.chat.complete({ model, messages, tools });
console.log("answer:", final.choices[0]?.message?.content);

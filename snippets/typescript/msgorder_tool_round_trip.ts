import { Mistral } from "@mistralai/mistralai";
import type { ChatCompletionRequest } from "@mistralai/mistralai/models/components";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

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

/** Add the user's message, then call the model until it answers with text. */
async function userTurn(messages: ChatCompletionRequest["messages"], text: string): Promise<void> {
  messages.push({ role: "user", content: text });
  for (let round = 0; round < 5; round++) { // at most five tool rounds per user message
    const response = await client.chat.complete({ model: "mistral-small-latest", messages, tools });
    const answer = response.choices[0]?.message;
    if (answer === undefined) throw new Error("no answer");
    // 1. The assistant message with the tool calls goes into the history first, unchanged.
    messages.push({ ...answer, role: "assistant" });
    if (!answer.toolCalls?.length) {
      console.log("Assistant:", answer.content);
      return;
    }
    // 2. Then one tool message per call, each with the id of its call.
    for (const call of answer.toolCalls) {
      const args = call.function.arguments;
      const { city } = (typeof args === "string" ? JSON.parse(args) : args) as { city: string };
      console.log(`Tool call: ${call.function.name}(${JSON.stringify({ city })})`);
      messages.push({ role: "tool", toolCallId: call.id ?? null, name: call.function.name, content: getWeather(city) });
    }
    // 3. And the model is called again: its answer, not the user, comes after the tool results.
  }
  throw new Error("the model kept calling tools");
}

const history: ChatCompletionRequest["messages"] = [];
await userTurn(history, "What's the weather in Paris?");
await userTurn(history, "And in Lyon?"); // only now, after the assistant's answer
console.log("Roles:", history.map((m) => m.role).join(", "));

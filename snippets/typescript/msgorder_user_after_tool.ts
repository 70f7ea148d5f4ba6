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
const messages: ChatCompletionRequest["messages"] = [
  { role: "user", content: "What's the weather in Paris?" },
  { role: "assistant", toolCalls: [
    { id: "abc123xyz", type: "function", function: { name: "get_weather", arguments: '{"city": "Paris"}' } },
  ] },
  { role: "tool", toolCallId: "abc123xyz", name: "get_weather", content: '{"temp_c": 21}' },
  // The next question, sent before the model has answered the tool result: rejected.
  { role: "user", content: "And in Lyon?" },
];
const response = await client.chat.complete({ model: "mistral-small-latest", messages, tools });
console.log(response.choices[0]?.message?.content);

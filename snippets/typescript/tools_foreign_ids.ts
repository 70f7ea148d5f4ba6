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
// A conversation recorded with another provider, whose tool call ids look like call_... .
const messages: ChatCompletionRequest["messages"] = [
  { role: "user", content: "What's the weather in Paris?" },
  {
    role: "assistant",
    content: "",
    toolCalls: [{ id: "call_0fypS1hVX", type: "function",
      function: { name: "get_weather", arguments: '{"city": "Paris"}' } }],
  },
  { role: "tool", toolCallId: "call_0fypS1hVX", name: "get_weather", content: '{"temp_c": 21}' },
];
const response = await client.chat.complete({ model: "mistral-small-latest", messages, tools });
console.log(response.choices[0]?.message?.content);

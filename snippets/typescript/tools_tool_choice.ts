import { Mistral } from "@mistralai/mistralai";
import type { ChatCompletionRequest } from "@mistralai/mistralai/models/components";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

type Tool = NonNullable<ChatCompletionRequest["tools"]>[number];

function tool(name: string, description: string): Tool {
  const parameters = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
  return { type: "function", function: { name, description, parameters } };
}

const tools = [tool("get_weather", "Get the current weather for a city"), tool("get_time", "Get the local time in a city")];
const messages: ChatCompletionRequest["messages"] = [{ role: "user", content: "What's the weather in Paris?" }];
const choices: Record<string, ChatCompletionRequest["toolChoice"]> = {
  auto: "auto", // the default: the model decides
  any: "any", // a tool call, whichever tool
  none: "none", // no tool call
  get_time: { type: "function", function: { name: "get_time" } }, // this tool
};
for (const [label, toolChoice] of Object.entries(choices)) {
  const response = await client.chat.complete({
    model: "mistral-small-latest", messages, tools, toolChoice, parallelToolCalls: false, // one call at most
  });
  const choice = response.choices[0];
  const calls = (choice?.message?.toolCalls ?? []).map((c) => `${c.function.name} ${c.function.arguments}`);
  console.log(`${label.padEnd(8)} -> ${choice?.finishReason}: ${calls.join("; ") || choice?.message?.content}`);
}

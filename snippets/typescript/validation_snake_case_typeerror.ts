import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// snake_case keys: plain JavaScript drops them without a word; TypeScript refuses to compile.
const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
  max_tokens: 64,
});
console.log(response.choices[0]?.message?.content);

const toolResult = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [
    { role: "user", content: "What is 6 times 7?" },
    {
      role: "assistant",
      content: "",
      toolCalls: [{ id: "D681PevKs", function: { name: "multiply", arguments: '{"a": 6, "b": 7}' } }],
    },
    { role: "tool", name: "multiply", tool_call_id: "D681PevKs", content: "42" },
  ],
});
console.log(toolResult.choices[0]?.message?.content);

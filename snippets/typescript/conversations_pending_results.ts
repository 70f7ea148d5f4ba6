import { Mistral } from "@mistralai/mistralai";
import type { InputEntries } from "@mistralai/mistralai/models/components";
import { SDKError } from "@mistralai/mistralai/models/errors";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

function getWeather(callId: string): string {
  return "22 C, sunny"; // your tool, run for the call with this id
}

let response = await client.beta.conversations.start({
  model: "mistral-medium-latest",
  inputs: "What is the weather in Paris?",
});
const conversationId = response.conversationId;
const question: InputEntries = { type: "message.input", role: "user", content: "And in Lyon?" };
try {
  // If the model asked for a function call, this append is missing its result.
  response = await client.beta.conversations.append({ conversationId, conversationAppendRequest: { inputs: [question] } });
} catch (error) {
  if (!(error instanceof SDKError)) throw error;
  const body = JSON.parse(error.body);
  if (error.statusCode !== 400 || String(body.code) !== "3001") throw error;
  console.log(`${error.statusCode} ${body.message}`);
  // The message ends with the waiting ids as a Python list: answer each, then ask again.
  const waiting: string[] = [...String(body.message).split("for: ").pop()!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const results: InputEntries[] = waiting.map((toolCallId) => (
    { type: "function.result", toolCallId, result: getWeather(toolCallId) }));
  response = await client.beta.conversations.append({
    conversationId,
    conversationAppendRequest: { inputs: [...results, question] },
  });
}
const output = response.outputs[0];
console.log(output?.type === "message.output" ? output.content : "");

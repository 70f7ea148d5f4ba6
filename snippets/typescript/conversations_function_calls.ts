import { Mistral } from "@mistralai/mistralai";
import type { InputEntries } from "@mistralai/mistralai/models/components";
import { SDKError } from "@mistralai/mistralai/models/errors";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const inputs: InputEntries[] = [
  { type: "message.input", role: "user", content: "What is the weather in Paris?" },
  { type: "function.call", toolCallId: "D681PevKs", name: "get_weather", arguments: '{"city": "Paris"}' },
  // No function.result answers D681PevKs.
];
let response;
try {
  response = await client.beta.conversations.start({ model: "mistral-medium-latest", inputs });
} catch (error) {
  if (!(error instanceof SDKError)) throw error;
  const body = JSON.parse(error.body);
  console.log(`code == "3230": ${body.code === "3230"}`); // misses it: the code is a number here
  // Compare as text: chat completions send "3230", the Conversations API sends 3230.
  if (error.statusCode !== 400 || String(body.code) !== "3230") throw error;
  console.log(`${error.statusCode} ${body.message} (code ${body.code})`);
  // Fix: one function.result per function.call, with the same toolCallId.
  inputs.push({ type: "function.result", toolCallId: "D681PevKs", result: "22 C, sunny" });
  response = await client.beta.conversations.start({ model: "mistral-medium-latest", inputs });
}
const output = response.outputs[0];
console.log(output?.type === "message.output" ? output.content : "");

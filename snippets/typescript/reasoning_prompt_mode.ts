import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const request = { messages: [{ role: "user" as const, content: "Say hello." }], promptMode: "reasoning" as const };
let response;
try {
  response = await client.chat.complete({ model: "mistral-small-latest", ...request });
} catch (error) {
  if (!(error instanceof SDKError) || error.statusCode !== 400 || !error.body.includes("Reasoning prompt mode is not enabled")) {
    throw error;
  }
  // This model does not take the reasoning prompt mode: ask one that reasons.
  console.log(`mistral-small-latest: ${error.statusCode}, asking mistral-medium-latest instead`);
  response = await client.chat.complete({ model: "mistral-medium-latest", ...request });
}
const content = response.choices[0]?.message?.content;
console.log(Array.isArray(content) ? content.map((chunk) => chunk.type).join(", ") : typeof content);

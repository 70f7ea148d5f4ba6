import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

const PREFERRED = "mistral-large-latest";
const FALLBACK = "mistral-small-latest"; // a model your plan includes

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const messages = [{ role: "user" as const, content: "Say hello." }];

let response;
try {
  response = await client.chat.complete({ model: PREFERRED, messages });
} catch (error) {
  if (!(error instanceof SDKError) || error.statusCode !== 403) throw error;
  // The key may not use this model: asking again will not help, another model may.
  console.log(`${PREFERRED} is not available to this key (403): using ${FALLBACK}.`);
  response = await client.chat.complete({ model: FALLBACK, messages });
}
console.log(`${response.model}: ${response.choices[0]?.message?.content}`);

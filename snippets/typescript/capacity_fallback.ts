import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

const MODELS = ["mistral-medium-latest", "mistral-small-latest"]; // your first choice, then the fallbacks
const CAPACITY_MESSAGE = "Service tier capacity exceeded for this model.";

/** Mistral's capacity for the model (code 3505), not your own rate limit (code 1300). */
function isCapacityError(error: SDKError): boolean {
  if (error.statusCode !== 429 && error.statusCode !== 503) return false;
  try {
    const body: unknown = JSON.parse(error.body);
    if (body === null || typeof body !== "object") return false;
    const { type, code, message } = body as Record<string, unknown>;
    // The 2025 form had no type and no code, only the message.
    return type === "service_tier_capacity_exceeded" || code === "3505" || message === CAPACITY_MESSAGE;
  } catch {
    return false;
  }
}

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

for (const model of MODELS) {
  try {
    const response = await client.chat.complete({
      model,
      messages: [{ role: "user", content: "Say hello." }],
    });
    console.log(`${model}: ${response.choices[0]?.message?.content}`);
    break;
  } catch (error) {
    if (!(error instanceof SDKError) || !isCapacityError(error) || model === MODELS.at(-1)) throw error;
    console.log(`${model}: no capacity right now (${error.statusCode}), trying the next model.`);
  }
}

import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

const model = "mistral-large-3-25-12"; // from your configuration: a docs page slug, not an API ID

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

function invalidModelMessage(error: unknown): string | undefined {
  if (!(error instanceof SDKError) || error.statusCode !== 400) return undefined;
  try {
    const body: unknown = JSON.parse(error.body);
    if (typeof body !== "object" || body === null) return undefined;
    const { type, code, message } = body as Record<string, unknown>;
    if (type !== "invalid_model" && code !== "1500") return undefined;
    return String(message);
  } catch {
    return undefined; // not JSON: some other 400
  }
}

try {
  const response = await client.chat.complete({
    model,
    messages: [{ role: "user", content: "Say hello." }],
  });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  const message = invalidModelMessage(error);
  if (message === undefined) throw error;
  // Not worth a retry: the name is wrong until you change it.
  console.error(`The API does not serve the model '${model}': ${message}. Use an ID that GET /v1/models lists.`);
  process.exit(1);
}

import { Mistral, SDK_METADATA } from "@mistralai/mistralai";
import { MistralError } from "@mistralai/mistralai/models/errors";

const model = "mistral-small-latest";
const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

try {
  const response = await client.chat.complete({
    model,
    messages: [{ role: "user", content: "Say hello." }],
  });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  if (!(error instanceof MistralError)) throw error;
  // What Mistral support needs to find this request. Never add your API key.
  console.log("Time (UTC):", new Date().toISOString().slice(0, 19) + "Z");
  console.log("mistral-correlation-id:", error.headers.get("mistral-correlation-id") ?? "(not sent)");
  console.log("x-kong-request-id:", error.headers.get("x-kong-request-id") ?? "(not sent)");
  console.log("Model:", model);
  console.log("SDK: @mistralai/mistralai", SDK_METADATA.sdkVersion, "(TypeScript)");
  console.log("Status:", error.statusCode);
  console.log("Body:", error.body || "(empty)");
  process.exit(1);
}

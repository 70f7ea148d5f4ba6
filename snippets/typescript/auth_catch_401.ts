import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

try {
  const response = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  if (!(error instanceof SDKError) || error.statusCode !== 401) throw error;
  // A 401 does not go away on retry: stop, and log what support needs.
  console.log("Mistral rejected the API key (401).");
  console.log("Body:", error.body);
  console.log("Request id:", error.headers.get("mistral-correlation-id"));
}

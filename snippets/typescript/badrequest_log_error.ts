import { Mistral } from "@mistralai/mistralai";
import { MistralError } from "@mistralai/mistralai/models/errors";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

try {
  const response = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  if (!(error instanceof MistralError)) throw error;
  // What a 4xx needs to be diagnosed: the status, the body exactly as sent, and the request id.
  console.log("Status:", error.statusCode);
  console.log("Body:", error.body || "(empty)");
  console.log("Request id:", error.headers.get("mistral-correlation-id"));
  process.exit(1);
}

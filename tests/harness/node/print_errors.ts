// For tests/test_sdk_text.py: calls GET /v1/models once per base URL given on stdin (one per line)
// and prints, as one JSON line each, what the TypeScript SDK's error says.
import { Mistral } from "@mistralai/mistralai";
import { MistralError } from "@mistralai/mistralai/models/errors";
import { createInterface } from "node:readline";

for await (const serverURL of createInterface({ input: process.stdin })) {
  const client = new Mistral({ apiKey: "test-key", serverURL });
  try {
    await client.models.list();
    console.log(JSON.stringify({ serverURL, error: null }));
  } catch (error) {
    const known = error instanceof MistralError;
    console.log(JSON.stringify({
      serverURL,
      error: known ? error.constructor.name : String(error),
      message: known ? error.message : null,
    }));
  }
}

import { randomUUID } from "node:crypto";
import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

const LOCAL_API = "http://127.0.0.1:8080"; // mistral-mock on your machine, not api.mistral.ai

// The code under test: one chat call, which the SDK retries on 429, 500, 502, 503 and 504.
async function ask(client: Mistral): Promise<string> {
  const response = await client.chat.complete(
    { model: "mistral-small-latest", messages: [{ role: "user", content: "Say hello." }] },
    {
      retries: {
        strategy: "backoff",
        backoff: { initialInterval: 500, maxInterval: 5_000, exponent: 1.5, maxElapsedTime: 10_000 },
        retryConnectionErrors: false,
      },
    },
  );
  return String(response.choices[0]?.message?.content);
}

for (const scenario of ["ok", "rate-limit-then-ok", "server-error-then-ok", "revoked-key", "model-not-on-plan"]) {
  // A new run name for each client: the mock counts requests per run, so each one starts afresh.
  const run = randomUUID();
  const client = new Mistral({
    apiKey: process.env["MISTRAL_API_KEY"],
    serverURL: `${LOCAL_API}/_mock/${run}/${scenario}`,
  });
  try {
    console.log(`${scenario}: ${await ask(client)}`);
  } catch (error) {
    if (!(error instanceof SDKError)) throw error;
    console.log(`${scenario}: failed with ${error.statusCode}: ${error.body}`);
  }
}

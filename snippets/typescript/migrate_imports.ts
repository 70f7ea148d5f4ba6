import { Mistral } from "@mistralai/mistralai";
// The error classes are not exported by the package root: import them from models/errors.
import { HTTPValidationError, SDKError } from "@mistralai/mistralai/models/errors";

const client = new Mistral({
  apiKey: process.env["MISTRAL_API_KEY"],
  // No retries unless you ask for them.
  retryConfig: {
    strategy: "backoff",
    backoff: { initialInterval: 500, maxInterval: 10_000, exponent: 1.5, maxElapsedTime: 60_000 },
    retryConnectionErrors: true,
  },
});

try {
  const response = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  if (error instanceof HTTPValidationError) {
    console.log("Invalid request:", JSON.stringify(error.detail)); // 422
  } else if (error instanceof SDKError) {
    console.log(`API error ${error.statusCode}: ${error.body}`); // every other 4xx and 5xx
  } else {
    throw error;
  }
}

import { Mistral } from "@mistralai/mistralai";
import { HTTPClient } from "@mistralai/mistralai/lib/http.js";
import { SDKError } from "@mistralai/mistralai/models/errors";

const NAMES = [
  "x-ratelimit-limit-req-minute",
  "x-ratelimit-remaining-req-minute",
  "x-ratelimit-limit-tokens-minute",
  "x-ratelimit-remaining-tokens-minute",
  "x-ratelimit-tokens-query-cost",
  "retry-after",
];

// The SDK returns no headers with a successful result: read them on every response here.
const httpClient = new HTTPClient();
httpClient.addHook("response", (response) => {
  console.log(`HTTP ${response.status}`);
  for (const name of NAMES) {
    const value = response.headers.get(name);
    if (value !== null) console.log(`  ${name}: ${value}`);
  }
});
const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"], httpClient });

try {
  const response = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  if (!(error instanceof SDKError) || error.statusCode !== 429) throw error;
  // On an error, the same headers are on the exception.
  if (error.headers.get("x-ratelimit-limit-req-minute") === "0") {
    console.log("This model is not on your plan (request limit 0): waiting will not help.");
  } else {
    console.log(`Rate limited. Retry-After: ${error.headers.get("retry-after") ?? "not sent"}`);
  }
}

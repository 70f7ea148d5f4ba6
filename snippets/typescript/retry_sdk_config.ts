import { Mistral } from "@mistralai/mistralai";

// Retries are off unless you pass a retryConfig. With one, the SDK retries every 429, 500, 502,
// 503 and 504, whatever the body says. It ignores a fractional Retry-After, and never waits
// longer than maxInterval.
const client = new Mistral({
  apiKey: process.env["MISTRAL_API_KEY"],
  retryConfig: {
    strategy: "backoff",
    backoff: { initialInterval: 1_000, maxInterval: 60_000, exponent: 2, maxElapsedTime: 120_000 }, // ms
    // Retries failed connections. A timeout is not retried usefully: one timeoutMs covers
    // the call and all its retries, so once it fires the later attempts fail at once.
    retryConnectionErrors: true,
  },
});

const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Say hello." }],
});
console.log(response.choices[0]?.message?.content);

import { Mistral } from "@mistralai/mistralai";
import { HTTPClient } from "@mistralai/mistralai/lib/http";
import { ConnectionError, RequestTimeoutError } from "@mistralai/mistralai/models/errors";

// Gives up when no data has arrived for this long: before the answer starts, or between two
// chunks of a stream. Half a second here so you can see it fire; use e.g. 120_000.
const IDLE_TIMEOUT_MS = 500;

// Each attempt gets its own timer, set in the fetcher: it fires reliably on Node 20, and a retry
// gets a fresh one. (This replaces the SDK's timeoutMs, which no longer applies.)
const httpClient = new HTTPClient({
  fetcher: async (input, init) => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
      }, IDLE_TIMEOUT_MS).unref(); // a pending timer does not keep Node running
    };
    restart();
    try {
      const response = await fetch(input, { ...init, signal: controller.signal });
      const body = response.body?.pipeThrough(
        new TransformStream({
          transform(chunk, output) {
            restart();
            output.enqueue(chunk);
          },
          flush() {
            clearTimeout(timer);
          },
        }),
      );
      restart();
      return new Response(body, response);
    } catch (error) {
      clearTimeout(timer);
      throw error;
    }
  },
});

const client = new Mistral({
  apiKey: process.env["MISTRAL_API_KEY"],
  httpClient,
  retryConfig: {
    strategy: "backoff",
    backoff: { initialInterval: 500, maxInterval: 5_000, exponent: 2, maxElapsedTime: 2_000 }, // ms
    retryConnectionErrors: true, // retry timeouts and refused connections too
  },
});

try {
  const stream = await client.chat.stream({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  for await (const event of stream) {
    const content = event.data.choices[0]?.delta.content;
    if (typeof content === "string") process.stdout.write(content);
  }
  console.log();
} catch (error) {
  if (error instanceof RequestTimeoutError) {
    console.error(`No answer in time, even after retrying: ${error.message}`);
  } else if (error instanceof ConnectionError) {
    console.error(`Could not connect to the API: ${error.message}`);
  } else if (error instanceof DOMException && error.name === "TimeoutError") {
    console.error(`\nThe stream stopped sending: ${error.message}`);
  } else if (error instanceof TypeError && error.message === "terminated") {
    console.error(`\nThe connection dropped in the middle of the answer: ${String(error.cause)}`);
  } else {
    throw error;
  }
  process.exit(1);
}

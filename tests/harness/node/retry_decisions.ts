// Test driver for snippets/typescript/retry_helper.ts, run by tests/test_retry_helpers.py as
// `node --import tsx tests/harness/node/retry_decisions.ts` with the cases as JSON on stdin.
// Each case becomes a real SDKError (or another error) thrown by a fake call; the helper runs with
// a fake sleep that only records the wait and a fixed random(), so nothing sleeps for real.
// Prints one JSON object per case: what the helper did. The expected values live in the Python test.
import { SDKError } from "@mistralai/mistralai/models/errors";

import { callWithRetries } from "../../../snippets/typescript/retry_helper.js";

interface Case {
  id: string;
  status: number;
  headers: [string, string][];
  body: string;
  failures: number; // how many calls fail before one succeeds
  maxAttempts?: number;
  random: number; // what random() returns
  error?: "sdk" | "other"; // "other": a plain Error, not from the SDK
}

interface Decision {
  id: string;
  attempts: number;
  waits_ms: number[];
  kinds: string[];
  outcome: "returned" | "raised";
  same_error: boolean;
}

function sdkError(c: Case): SDKError {
  const request = new Request("https://api.mistral.ai/v1/chat/completions", { method: "POST" });
  const response = new Response(c.body === "" ? null : c.body, { status: c.status, headers: c.headers });
  return new SDKError("API error occurred", { request, response, body: c.body });
}

async function decide(c: Case): Promise<Decision> {
  const error = c.error === "other" ? new Error("socket hang up") : sdkError(c);
  const decision: Decision = { id: c.id, attempts: 0, waits_ms: [], kinds: [], outcome: "returned", same_error: false };
  try {
    await callWithRetries(
      async () => {
        decision.attempts++;
        if (decision.attempts <= c.failures) throw error;
        return "ok";
      },
      {
        ...(c.maxAttempts === undefined ? {} : { maxAttempts: c.maxAttempts }),
        sleep: async (ms) => {
          decision.waits_ms.push(ms);
        },
        random: () => c.random,
        onRetry: (_error, kind) => {
          decision.kinds.push(kind);
        },
      },
    );
  } catch (thrown) {
    decision.outcome = "raised";
    decision.same_error = thrown === error;
  }
  return decision;
}

let input = "";
for await (const chunk of process.stdin) input += chunk;
const cases = JSON.parse(input) as Case[];
const decisions: Decision[] = [];
for (const c of cases) decisions.push(await decide(c));
console.log(JSON.stringify(decisions));

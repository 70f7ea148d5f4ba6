// Send a Mistral API call again when, and only when, waiting can help.
//
//   const response = await callWithRetries(() => client.chat.complete({ model, messages }));
import { pathToFileURL } from "node:url";

import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

export type RetryKind = "rate limit" | "capacity" | "server error";

// First and longest wait, in milliseconds, for each kind of error worth retrying.
export const BACKOFF_MS: Record<RetryKind, [first: number, longest: number]> = {
  "rate limit": [1_000, 60_000], // your own limit: 429, code 1300
  capacity: [5_000, 120_000], // Mistral's capacity for the model: 429 or 503, code 3505
  "server error": [1_000, 60_000], // 500, 502, 503, 504, Cloudflare's 520
};
export const MAX_RETRY_AFTER_MS = 60_000; // never wait longer than this, whatever Retry-After says
const SERVER_ERRORS = new Set([500, 502, 503, 504, 520]);
const CAPACITY_MESSAGE = "Service tier capacity exceeded for this model.";

/** "rate limit", "capacity" or "server error"; null when sending the call again cannot help. */
export function retryKind(error: SDKError): RetryKind | null {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(error.body);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      body = parsed as Record<string, unknown>;
    }
  } catch {
    // an empty body, or an HTML page from a proxy
  }
  const status = error.statusCode;
  const capacity =
    body["type"] === "service_tier_capacity_exceeded" ||
    body["code"] === "3505" ||
    body["message"] === CAPACITY_MESSAGE; // the 2025 form had no type and no code
  if ((status === 429 || status === 503) && capacity) return "capacity";
  if (status === 429) {
    // A limit of 0 means the model is not on your plan: no wait helps.
    if (error.headers.get("x-ratelimit-limit-req-minute") === "0") return null;
    return "rate limit"; // rate_limited (1300), the older gateway body, or any other 429
  }
  if (SERVER_ERRORS.has(status)) return "server error";
  return null; // 400, 401, 403, 404, 422 and the rest: fix the request or the key instead
}

/** Retry-After in milliseconds, if the answer has a usable one (seconds; an HTTP date is not used). */
export function retryAfterMs(error: SDKError): number | null {
  const value = error.headers.get("retry-after")?.trim();
  if (!value) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/** Milliseconds to wait before retry number `retry` (0 for the first). */
export function retryDelayMs(error: SDKError, kind: RetryKind, retry: number, random: () => number): number {
  const retryAfter = retryAfterMs(error);
  if (retryAfter !== null) return Math.min(retryAfter, MAX_RETRY_AFTER_MS);
  const [first, longest] = BACKOFF_MS[kind];
  // Exponential backoff with full jitter: anywhere between 0 and the current ceiling.
  return random() * Math.min(longest, first * 2 ** retry);
}

export interface RetryOptions {
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (error: SDKError, kind: RetryKind, waitMs: number) => void;
}

/** Resolve to call(), calling it up to maxAttempts times; throw the last error otherwise. */
export async function callWithRetries<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const {
    maxAttempts = 5,
    sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    random = Math.random,
    onRetry,
  } = options;
  if (maxAttempts < 1) throw new RangeError("maxAttempts must be at least 1");
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof SDKError)) throw error;
      const kind = retryKind(error);
      if (kind === null || attempt >= maxAttempts) throw error;
      const wait = retryDelayMs(error, kind, attempt - 1, random);
      onRetry?.(error, kind, wait);
      await sleep(wait);
    }
  }
}

// Runs only when this file is run itself, not when it is imported.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
  let attempts = 0;
  try {
    const response = await callWithRetries(
      () => {
        attempts++;
        return client.chat.complete({
          model: "mistral-small-latest",
          messages: [{ role: "user", content: "Say hello." }],
        });
      },
      {
        onRetry: (error, kind, waitMs) =>
          console.log(`Attempt ${attempts}: ${error.statusCode} (${kind}), retrying in ${(waitMs / 1000).toFixed(1)} s`),
      },
    );
    console.log(response.choices[0]?.message?.content);
    console.log(`Answered after ${attempts} attempt(s).`);
  } catch (error) {
    if (!(error instanceof SDKError)) throw error;
    console.error(`Stopped after ${attempts} attempt(s): ${error.message}`);
    process.exit(1);
  }
}

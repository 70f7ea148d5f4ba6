import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

const MODEL = "mistral-embed";
const MAX_INPUTS = 512; // inputs per request: more gets 3210 "Too many inputs in request"
const MAX_TOKENS = 16_000; // tokens per request: under the 16,384 that the API's older message named

// A CRUDE ESTIMATE, not Mistral's tokenizer: about 3 characters per token.
// It can be wrong either way, so embed() still splits a batch that the API refuses.
function estimateTokens(text: string): number {
  return Math.floor(text.length / 3) + 1;
}

// Consecutive slices of texts, each of at most MAX_INPUTS inputs and MAX_TOKENS estimated tokens.
function* batches(texts: string[]): Generator<string[]> {
  let batch: string[] = [];
  let tokens = 0;
  for (const text of texts) {
    const cost = estimateTokens(text);
    if (cost > MAX_TOKENS) {
      throw new Error(`one text alone is about ${cost} tokens: cut it into smaller chunks first`);
    }
    if (batch.length > 0 && (batch.length === MAX_INPUTS || tokens + cost > MAX_TOKENS)) {
      yield batch;
      batch = [];
      tokens = 0;
    }
    batch.push(text);
    tokens += cost;
  }
  if (batch.length > 0) yield batch;
}

// The message of a 400 that asks for smaller batches: code 3210, or its older form without a code.
function refusal(error: SDKError): string | undefined {
  if (error.statusCode !== 400) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(error.body);
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null) return undefined;
  const { code, message } = body as { code?: unknown; message?: unknown };
  const text = String(message);
  return code === "3210" || text.startsWith("Too many tokens") || text.startsWith("Too many inputs")
    ? text
    : undefined;
}

async function embed(client: Mistral, batch: string[]): Promise<number[][]> {
  try {
    const response = await client.embeddings.create({ model: MODEL, inputs: batch });
    return response.data.map((item) => item.embedding ?? []);
  } catch (error) {
    const message = error instanceof SDKError ? refusal(error) : undefined;
    if (message === undefined || batch.length === 1) throw error;
    console.log(`  refused: ${message} Sending the ${batch.length} inputs as two halves.`);
    const half = Math.floor(batch.length / 2);
    return [...(await embed(client, batch.slice(0, half))), ...(await embed(client, batch.slice(half)))];
  }
}

// One vector per text, in order; the requests go one after the other.
async function embedAll(client: Mistral, texts: string[]): Promise<number[][]> {
  const vectors: number[][] = [];
  let number = 0;
  for (const batch of batches(texts)) {
    number += 1;
    const tokens = batch.reduce((sum, text) => sum + estimateTokens(text), 0);
    console.log(`batch ${number}: ${batch.length} inputs, about ${tokens} tokens (estimate)`);
    vectors.push(...(await embed(client, batch)));
  }
  return vectors;
}

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
// 700 short texts and 19 long ones: too many inputs and too many tokens for one request.
const texts = Array.from({ length: 700 }, (_, n) => `Ticket ${n}: the customer cannot log in after a password reset.`);
for (let n = 0; n < 19; n++) {
  texts.push(`Manual page ${n}: ` + "Press the red button, then wait for the green light. ".repeat(170));
}

const vectors = await embedAll(client, texts);
console.log(`${vectors.length} vectors for ${texts.length} texts`);

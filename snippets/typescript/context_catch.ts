import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

const model = "mistral-small-latest";
const tooLong = /Prompt contains (\d+) tokens.* with (\d+) maximum context length/;

/** The message of a 400 with code "3051", else undefined. */
function invalidArgsMessage(error: unknown): string | undefined {
  if (!(error instanceof SDKError) || error.statusCode !== 400) return undefined;
  try {
    const body = JSON.parse(error.body) as { code?: unknown; message?: unknown } | null;
    return body?.code === "3051" ? String(body.message) : undefined;
  } catch {
    return undefined; // not JSON: another error
  }
}

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const longDocument = "word ".repeat(300_000); // stands for your document or history

try {
  const response = await client.chat.complete({ model, messages: [{ role: "user", content: longDocument }] });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  const message = invalidArgsMessage(error);
  if (message === undefined) throw error;
  const match = tooLong.exec(message);
  if (match) {
    const [tokens, limit] = [Number(match[1]), Number(match[2])];
    const n = (value: number) => value.toLocaleString("en-US");
    // The same prompt fails every time: shorten it or use a model with a larger window.
    console.error(`The prompt has ${n(tokens)} tokens and ${model} takes ${n(limit)}: ` +
      `cut at least ${n(tokens - limit)}, plus room for the answer.`);
  } else {
    console.error(`${model} does not support an argument of this request: ${message}`);
  }
  process.exit(1);
}

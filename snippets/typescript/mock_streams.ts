import { randomUUID } from "node:crypto";
import { Mistral } from "@mistralai/mistralai";

const LOCAL_API = "http://127.0.0.1:8080"; // mistral-mock on your machine, not api.mistral.ai

// The code under test: a streamed answer, accepted only if the stream says it is finished.
async function streamReply(client: Mistral): Promise<string> {
  const parts: string[] = [];
  let finishReason: string | null = null;
  const stream = await client.chat.stream({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  for await (const event of stream) {
    const choice = event.data.choices[0];
    if (typeof choice?.delta.content === "string") parts.push(choice.delta.content);
    finishReason = choice?.finishReason ?? finishReason;
  }
  if (finishReason === null) {
    throw new Error(`the stream ended without a finishReason, after ${JSON.stringify(parts.join(""))}`);
  }
  return parts.join("");
}

for (const scenario of ["ok", "stream-cut", "stream-error", "stream-stall"]) {
  const client = new Mistral({
    apiKey: process.env["MISTRAL_API_KEY"],
    serverURL: `${LOCAL_API}/_mock/${randomUUID()}/${scenario}`,
    timeoutMs: 1_000, // one timer for the whole call, the streamed body included
  });
  try {
    console.log(`${scenario}: ${await streamReply(client)}`);
  } catch (error) {
    const problem = error instanceof Error ? error : new Error(String(error));
    const text = problem.message.replace(/\s+/g, " ");
    console.log(`${scenario}: ${problem.name}: ${text.length > 90 ? `${text.slice(0, 90)}…` : text}`);
  }
}

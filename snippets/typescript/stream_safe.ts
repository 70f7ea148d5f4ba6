import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

let received = "";
let finishReason: string | null = null;
let totalTokens: number | undefined;
try {
  const stream = await client.chat.stream({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  for await (const event of stream) {
    const choice = event.data.choices[0];
    if (typeof choice?.delta.content === "string") {
      received += choice.delta.content;
      process.stdout.write(choice.delta.content);
    }
    finishReason = choice?.finishReason ?? finishReason;
    totalTokens = event.data.usage?.totalTokens ?? totalTokens;
  }
  console.log();
} catch (error) {
  if (error instanceof Error && error.name === "ZodError") {
    // An event that is not a chunk, such as an error object sent after the stream began.
    console.log(`\nThe stream sent something that is not a chunk: ${error.name}`);
  } else if (error instanceof TypeError && error.message === "terminated") {
    // The connection dropped in the middle of the answer.
    console.log(`\nThe connection failed mid-stream: ${String(error.cause)}`);
  } else {
    throw error;
  }
}

// Without a finishReason the answer is incomplete, whether or not an error said so.
if (finishReason === null) {
  console.error(`Incomplete answer: ${received.length} characters, no finishReason.`);
  process.exit(1);
}
if (finishReason !== "stop") {
  console.log(`The model stopped early: finishReason=${finishReason}`); // "length": raise maxTokens
}
console.log(`Total tokens: ${totalTokens ?? "not reported"}`);

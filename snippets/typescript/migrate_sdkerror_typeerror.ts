import { Mistral, SDKError } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

try {
  const response = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  if (!(error instanceof SDKError)) throw error;
  console.log("The API answered with an error:", String(error));
}

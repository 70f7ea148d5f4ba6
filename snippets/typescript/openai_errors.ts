import OpenAI from "openai";

const client = new OpenAI({
  baseURL: "https://api.mistral.ai/v1",
  apiKey: process.env["MISTRAL_API_KEY"],
  // Called for every answer, retries included; the error thrown at the end keeps no Mistral body.
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    const body = response.ok ? "" : ` ${await response.clone().text()}`;
    console.log(`HTTP ${response.status}${body}`);
    return response;
  },
});

try {
  const response = await client.chat.completions.create({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  console.log(response.choices[0]?.message.content);
} catch (error) {
  if (!(error instanceof OpenAI.APIError)) throw error;
  console.log(`${error.constructor.name}: ${error.message}`);
  process.exit(1);
}

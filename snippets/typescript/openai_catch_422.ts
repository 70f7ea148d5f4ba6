import OpenAI from "openai";

const client = new OpenAI({
  baseURL: "https://api.mistral.ai/v1",
  apiKey: process.env["MISTRAL_API_KEY"],
  // The openai package keeps only the "error" key of an error body, and Mistral's 422 has none:
  // print the body of every failed answer here, before the package reads it.
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    if (!response.ok) console.log(response.status, await response.clone().text());
    return response;
  },
});

try {
  const response = await client.chat.completions.create({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
    max_completion_tokens: 256, // OpenAI's names: Mistral refuses both
    store: false,
  });
  console.log(response.choices[0]?.message.content);
} catch (error) {
  if (!(error instanceof OpenAI.UnprocessableEntityError)) throw error;
  console.log(error.message); // only the status: the body is not in the error
  process.exit(1);
}

import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

const response = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{
    role: "user",
    // JSON mode is not enough on its own: ask for JSON, with the keys you want, in the prompt too.
    content: "Answer in JSON with the keys city and has_metro: does Paris have a metro?",
  }],
  responseFormat: { type: "json_object" }, // camelCase; the SDK sends response_format
});
const content = response.choices[0]?.message?.content;
console.log("content:", content);
if (typeof content === "string") console.log("parsed:", JSON.parse(content));

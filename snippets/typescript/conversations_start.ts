import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

// Start a conversation: a model (or an agentId) and the first inputs.
let response = await client.beta.conversations.start({
  model: "mistral-medium-latest",
  inputs: "Name one French cheese.",
});
console.log(response.outputs[0]?.type === "message.output" ? response.outputs[0].content : "");

// Continue it: only the new inputs, and the conversationId the API gave you.
response = await client.beta.conversations.append({
  conversationId: response.conversationId,
  conversationAppendRequest: { inputs: "And one from Italy?" },
});
console.log(response.outputs[0]?.type === "message.output" ? response.outputs[0].content : "");

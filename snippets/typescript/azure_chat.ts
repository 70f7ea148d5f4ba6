// Azure AI Foundry's model inference REST endpoint, with Node's own fetch.
// AZURE_AI_ENDPOINT is your Foundry resource: https://<resource>.services.ai.azure.com
const endpoint = process.env["AZURE_AI_ENDPOINT"];
const response = await fetch(`${endpoint}/models/chat/completions?api-version=2024-05-01-preview`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env["AZURE_AI_API_KEY"]}`,
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    model: process.env["AZURE_AI_DEPLOYMENT"], // your deployment's name
    messages: [{ role: "user", content: "Say hello in French." }],
  }),
});
if (!response.ok) {
  // Azure's own error body, e.g. {"error":{"code":"unknown_model",...}}
  console.error(`HTTP ${response.status}: ${await response.text()}`);
  process.exit(1);
}
const completion = (await response.json()) as { choices: { message: { content: string } }[] };
console.log(completion.choices[0].message.content);

import { execFileSync } from "node:child_process";

// Vertex AI's rawPredict endpoint for Mistral models, with Node's own fetch. The access token is
// the one `gcloud auth print-access-token` prints (it expires after a while: ask again per run).
const project = process.env["GOOGLE_CLOUD_PROJECT"];
const region = process.env["GOOGLE_CLOUD_REGION"]; // e.g. europe-west4
const model = "mistral-small-2503";
const token = execFileSync("gcloud", ["auth", "print-access-token"], { encoding: "utf8" }).trim();

const url =
  `https://${region}-aiplatform.googleapis.com/v1/projects/${project}/locations/${region}` +
  `/publishers/mistralai/models/${model}:rawPredict`;
const response = await fetch(url, {
  method: "POST",
  headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
  body: JSON.stringify({ model, messages: [{ role: "user", content: "Say hello in French." }] }),
});
if (!response.ok) {
  // Google's own error body, e.g. {"error":{"code":404,...,"status":"NOT_FOUND"}}
  console.error(`HTTP ${response.status}: ${await response.text()}`);
  process.exit(1);
}
const completion = (await response.json()) as { choices: { message: { content: string } }[] };
console.log(completion.choices[0].message.content);

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Mistral } from "@mistralai/mistralai";

// The batch input: one JSON object per line, each with a custom_id and the request body.
const path = join(mkdtempSync(join(tmpdir(), "batch-")), "requests.jsonl");
const questions = ["What is the best French cheese?", "What is the best French wine?"];
writeFileSync(path, questions.map((question, number) => JSON.stringify({
  custom_id: String(number),
  body: { max_tokens: 100, messages: [{ role: "user", content: question }] },
}) + "\n").join(""));

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const uploaded = await client.files.upload({
  file: { fileName: "requests.jsonl", content: readFileSync(path) },
  purpose: "batch",
});
console.log(`file ${uploaded.id}: ${uploaded.filename}, ${uploaded.numLines} lines, purpose ${uploaded.purpose}`);

const job = await client.batch.jobs.create({
  inputFiles: [uploaded.id],
  model: "mistral-small-latest",
  endpoint: "/v1/chat/completions",
});
console.log(`job ${job.id}: ${job.status}`);

import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
// Code written for an older SDK: @mistralai/mistralai 2.x has no fineTuning.
const job = await client.fineTuning.jobs.create({
  model: "open-mistral-7b",
  trainingFiles: [{ fileId: "e85980c9-409e-4a46-9304-36588f6292b0", weight: 1 }],
});
console.log(job.id);

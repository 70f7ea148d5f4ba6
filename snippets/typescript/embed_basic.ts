import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

const response = await client.embeddings.create({
  model: "mistral-embed",
  inputs: ["Embed this sentence.", "As well as this one."], // `inputs`: the SDK sends it as "input"
});
console.log(response.data.length, "vectors of", response.data[0]?.embedding?.length, "dimensions");

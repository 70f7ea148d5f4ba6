import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const response = await client.ocr.process({
  model: "mistral-ocr-latest",
  document: { type: "document_url", documentUrl: "https://arxiv.org/pdf/2201.04234" },
});
for (const page of response.pages) {
  console.log(`page ${page.index}:`);
  console.log(page.markdown);
}

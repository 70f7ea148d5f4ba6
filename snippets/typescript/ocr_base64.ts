import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Mistral } from "@mistralai/mistralai";

// A one-page PDF, written to a file so that the code below reads a local file like yours.
const path = join(mkdtempSync(join(tmpdir(), "ocr-")), "sample.pdf");
writeFileSync(path, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
  "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
  "3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\n" +
  "trailer<</Root 1 0 R>>\n%%EOF\n");

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const encoded = readFileSync(path).toString("base64");
const response = await client.ocr.process({
  model: "mistral-ocr-latest",
  document: { type: "document_url", documentUrl: `data:application/pdf;base64,${encoded}` },
});
console.log(`${response.usageInfo.pagesProcessed} page(s), ${response.usageInfo.docSizeBytes} bytes`);
console.log(response.pages[0]?.markdown);

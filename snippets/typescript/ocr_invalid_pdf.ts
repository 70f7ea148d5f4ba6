import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

// Not a PDF: here, an HTML error page, as a failed download may save under a .pdf name.
const data = Buffer.from("<!DOCTYPE html><html><body>Access denied</body></html>");

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
try {
  const response = await client.ocr.process({
    model: "mistral-ocr-latest",
    document: { type: "document_url", documentUrl: `data:application/pdf;base64,${data.toString("base64")}` },
  });
  console.log(response.pages[0]?.markdown);
} catch (error) {
  if (!(error instanceof SDKError) || error.statusCode !== 400 || !error.body.includes('"code":"3740"')) {
    throw error;
  }
  console.log(`${error.statusCode}: Document is not a valid PDF.`);
  // A PDF starts with %PDF-: look at what you actually sent.
  console.log(`the file starts with b'${data.subarray(0, 15).toString("latin1")}', not b'%PDF-'`);
}

import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

// The first bytes of a .zip archive: OCR does not read archives, so the upload is refused.
const archive = Buffer.from("PK\u0003\u0004", "latin1");

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
try {
  const uploaded = await client.files.upload({
    file: { fileName: "scans.zip", content: archive },
    purpose: "ocr",
  });
  console.log(`uploaded ${uploaded.id}`);
} catch (error) {
  if (!(error instanceof SDKError) || error.statusCode !== 422 || !error.body.includes("Invalid file format.")) {
    throw error;
  }
  console.log(`${error.statusCode}: Invalid file format.`);
  // Unpack the archive and upload its PDFs, images or .docx files one by one.
  console.log(JSON.parse(error.body).message.split(",")[0]);
}

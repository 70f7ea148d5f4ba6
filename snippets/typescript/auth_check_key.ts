import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

const rawKey = process.env["MISTRAL_API_KEY"];
if (rawKey === undefined) {
  console.error("MISTRAL_API_KEY is not set in this process's environment.");
  process.exit(1);
}
const apiKey = rawKey.trim().replace(/^["']|["']$/g, "");
if (apiKey === "") {
  console.error("MISTRAL_API_KEY is set but empty.");
  process.exit(1);
}
if (apiKey !== rawKey) {
  console.log("MISTRAL_API_KEY had spaces, a newline or quotes around it: using it without them.");
}

const client = new Mistral({ apiKey });
try {
  await client.models.list();
  console.log("Key accepted.");
} catch (error) {
  if (!(error instanceof SDKError) || error.statusCode !== 401) throw error;
  console.error(`The API rejected the key ending in ${apiKey.slice(-4)} (401 Unauthorized).`);
  process.exit(1);
}

import { Mistral } from "@mistralai/mistralai";
import { SDKError } from "@mistralai/mistralai/models/errors";

// Not audio: here, an HTML error page, as a failed download may save under a .wav name.
const data = Buffer.from("<!DOCTYPE html><html><body>Access denied</body></html>");

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
try {
  const response = await client.audio.transcriptions.complete({
    model: "voxtral-mini-latest",
    file: { fileName: "recording.wav", content: data },
  });
  console.log(response.text);
} catch (error) {
  if (!(error instanceof SDKError) || error.statusCode !== 400 || !error.body.includes('"code":"3310"')) {
    throw error;
  }
  console.log(`${error.statusCode}: Audio input could not be decoded.`);
  // A WAV file starts with RIFF, an MP3 file with ID3 or 0xFF: look at what you actually sent.
  console.log(`the file starts with b'${data.subarray(0, 15).toString("latin1")}'`);
}

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Mistral } from "@mistralai/mistralai";

// One second of silence as a 16 kHz mono WAV file, so that the code below reads a local file like yours.
const rate = 16000;
const samples = Buffer.alloc(rate * 2);
const header = Buffer.alloc(44);
header.write("RIFF", 0);
header.writeUInt32LE(36 + samples.length, 4);
header.write("WAVEfmt ", 8);
header.writeUInt32LE(16, 16); // fmt chunk size
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(rate, 24);
header.writeUInt32LE(rate * 2, 28); // bytes per second
header.writeUInt16LE(2, 32); // bytes per sample
header.writeUInt16LE(16, 34); // bits per sample
header.write("data", 36);
header.writeUInt32LE(samples.length, 40);
const path = join(mkdtempSync(join(tmpdir(), "audio-")), "sample.wav");
writeFileSync(path, Buffer.concat([header, samples]));

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });
const response = await client.audio.transcriptions.complete({
  model: "voxtral-mini-latest",
  file: { fileName: "sample.wav", content: readFileSync(path) },
  language: "en",
  timestampGranularities: ["segment"],
});
console.log(response.text);
// The SDK types start and end as number | null.
const seconds = (value: number | null) => (value === null ? "?" : value.toFixed(1));
for (const segment of response.segments ?? []) {
  console.log(`[${seconds(segment.start)}s - ${seconds(segment.end)}s] ${segment.text}`);
}
console.log(`audio seconds billed: ${response.usage.promptAudioSeconds}`);

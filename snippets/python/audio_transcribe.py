import os
import tempfile
import wave
from pathlib import Path

from mistralai.client import Mistral

# One second of silence as a 16 kHz mono WAV file, so that the code below reads a local file like yours.
path = Path(tempfile.mkdtemp()) / "sample.wav"
with wave.open(str(path), "wb") as audio:
    audio.setnchannels(1)
    audio.setsampwidth(2)
    audio.setframerate(16000)
    audio.writeframes(b"\x00\x00" * 16000)

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
with path.open("rb") as audio_file:
    response = client.audio.transcriptions.complete(
        model="voxtral-mini-latest",
        file={"file_name": path.name, "content": audio_file},
        language="en",
        timestamp_granularities=["segment"],
    )
print(response.text)
for segment in response.segments:
    print(f"[{segment.start}s - {segment.end}s] {segment.text}")
print(f"audio seconds billed: {response.usage.prompt_audio_seconds}")

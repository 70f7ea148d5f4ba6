import os

from mistralai.client import Mistral, errors

# Not audio: here, an HTML error page, as a failed download may save under a .wav name.
data = b"<!DOCTYPE html><html><body>Access denied</body></html>"

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
try:
    response = client.audio.transcriptions.complete(
        model="voxtral-mini-latest",
        file={"file_name": "recording.wav", "content": data},
    )
except errors.SDKError as error:
    if error.status_code != 400 or '"code":"3310"' not in error.body:
        raise
    print(f"{error.status_code}: Audio input could not be decoded.")
    # A WAV file starts with RIFF, an MP3 file with ID3 or 0xFF: look at what you actually sent.
    print(f"the file starts with {data[:15]!r}")
else:
    print(response.text)

"""docs/topics/audio.md."""

from snippet_runner import Run

RUNS = [
    # Transcribe a local WAV file, with the language and segment timestamps.
    Run("python/audio_transcribe.py", "audio_transcribe.txt"),
    Run("typescript/audio_transcribe.ts", "audio_transcribe.txt"),
    Run("curl/audio_transcribe.sh", "curl-audio_transcribe.txt"),
    # Bytes that are not audio: 400, invalid_request_file, code 3310, caught.
    Run("python/audio_undecodable.py", "audio_undecodable.txt"),
    Run("typescript/audio_undecodable.ts", "audio_undecodable.txt"),
    Run("curl/audio_undecodable.sh", "curl-audio_undecodable.txt"),
    # A chat model on the transcription endpoint: 400 Invalid model (1500).
    Run("curl/audio_wrong_model.sh", "curl-audio_wrong_model.txt"),
    # A JSON body instead of a form: 422.
    Run("curl/audio_json_body.sh", "curl-audio_json_body.txt"),
]

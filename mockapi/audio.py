"""POST /v1/audio/transcriptions: a multipart form, checked against the spec's AudioTranscriptionRequest.

The form's fields are validated with the model the spec describes (a missing `model` or a bad
`timestamp_granularities` value gets FastAPI's own 422, as elsewhere). Then: a model that is not a
transcription model gets invalid_model (observed for voxtral-small-latest); a body that is not a
form gets the 422 of `audio-not-multipart`; a file whose bytes are not audio gets 3310. A WAV file
is read for its duration; the transcription itself is fixed text.
"""

# No `from __future__ import annotations`, as in app.py.
import math
import struct
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from catalog import Catalog
from mockapi.responses import error_response, json_response
from mockapi.spec_models import SpecModels

TRANSCRIPTION_TEXT = "This is the mock Mistral API's transcription."
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
# First bytes of the other containers the docs name (mp3, flac, ogg, m4a/mp4): accepted unread.
OTHER_AUDIO = (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"OggS", b"fLaC")


class Undecodable(Exception):
    """The bytes are no audio the mock can read."""


def wav_seconds(data: bytes) -> float:
    """The duration of a RIFF/WAVE file, from its fmt and data chunks."""
    byte_rate, data_size, offset = None, None, 12
    while offset + 8 <= len(data):
        name, size = data[offset:offset + 4], struct.unpack("<I", data[offset + 4:offset + 8])[0]
        body = data[offset + 8:offset + 8 + size]
        if name == b"fmt " and len(body) >= 16:
            byte_rate = struct.unpack("<I", body[8:12])[0]
        elif name == b"data":
            data_size = len(body)  # a header that claims more than the file holds counts what is there
        offset += 8 + size + (size % 2)
    if not byte_rate or not data_size:  # no format, or no samples
        raise Undecodable
    return data_size / byte_rate


def audio_seconds(data: bytes) -> float | None:
    """Seconds of audio in a file: known for WAV, None for the other containers; else Undecodable."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return wav_seconds(data)
    if data.startswith(OTHER_AUDIO) or (len(data) > 12 and data[4:8] == b"ftyp"):
        return None
    raise Undecodable


def transcription(model: str, language: str | None, seconds: float | None, granularities: list[str]) -> dict[str, Any]:
    """A TranscriptionResponse with fixed text; one segment over the whole audio when timestamps are asked."""
    segments = []
    if granularities:
        segments = [{"type": "transcription_segment", "text": TRANSCRIPTION_TEXT,
                     "start": 0.0, "end": round(seconds or 0.0, 2)}]
    completion = len(TRANSCRIPTION_TEXT.split())
    usage = {"prompt_audio_seconds": None if seconds is None else math.ceil(seconds),
             "prompt_tokens": 4, "total_tokens": 4 + completion, "completion_tokens": completion}
    return {"model": model, "text": TRANSCRIPTION_TEXT, "language": language, "segments": segments, "usage": usage}


def add_audio_routes(app: FastAPI, catalog: Catalog, spec: SpecModels) -> None:
    schema = catalog.openapi["components"]["schemas"]["AudioTranscriptionRequest"]
    TranscriptionRequest = spec.model("AudioTranscriptionRequest")
    arrays = {name for name, prop in schema["properties"].items() if prop.get("type") == "array"}
    booleans = {name for name, prop in schema["properties"].items() if prop.get("type") == "boolean"}

    def fail(request: Request, error_id: str, **params: str) -> Response:
        return error_response(catalog, error_id, request_id=request.state.request_id, **params)

    @app.post("/v1/audio/transcriptions")
    async def transcriptions(request: Request) -> Response:
        if not request.headers.get("content-type", "").lower().startswith(FORM_TYPES):
            return fail(request, "audio-not-multipart")
        form = await request.form()
        try:
            fields: dict[str, Any] = {}
            uploads: dict[str, bytes] = {}
            for key in dict.fromkeys(form.keys()):
                values = []
                for value in form.getlist(key):
                    if isinstance(value, UploadFile):
                        if key == "file":
                            uploads[key] = await value.read()
                        # The spec's File is a binary string; any other field sent as a file is
                        # validated as its file name.
                        value = value.filename or key
                    elif key == "file":
                        uploads[key] = value.encode()  # a text part named file: its text is the file
                    if key in booleans and value.lower() in ("true", "false"):
                        value = value.lower() == "true"
                    values.append(value)
                fields[key] = values if key in arrays else values[-1]
        finally:
            await form.close()
        try:
            body = TranscriptionRequest.model_validate(fields)
        except ValidationError as invalid:
            raise RequestValidationError(
                [{**error, "loc": ("body", *error["loc"])} for error in invalid.errors(include_url=False)])
        payload = body.model_dump(mode="json", by_alias=True)
        model = catalog.models.resolve(payload["model"])
        if model is None or not model.served or "transcription" not in model.capabilities:
            return fail(request, "invalid-model", model=payload["model"])
        given = [name for name in ("file", "file_url", "file_id") if payload.get(name) is not None]
        if len(given) != 1:
            message = catalog.errors.get("audio-file-source").message("count", given=", ".join(given) or "none")
            raise RequestValidationError([{"type": "value_error", "loc": ("body",), "msg": message,
                                           "input": {k: v for k, v in payload.items() if v is not None}}])
        seconds = None
        if "file" in uploads:
            try:
                seconds = audio_seconds(uploads["file"])
            except Undecodable:
                message = catalog.errors.get("audio-undecodable").message("file")
                return fail(request, "audio-undecodable", message=message)
        answer = transcription(payload["model"], payload.get("language"), seconds,
                               payload.get("timestamp_granularities") or [])
        return json_response(answer)

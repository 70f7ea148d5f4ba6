"""The mock's POST /v1/audio/transcriptions on bad input: API-style errors, never a crash or a hang."""

from __future__ import annotations

import json

import pytest

from test_mock_openapi import one_second_wav, post_form, request

PATH = "/v1/audio/transcriptions"
MODEL = ("model", "voxtral-mini-latest")


def raw_post(base: str, content_type: str, body: bytes) -> tuple[int, bytes]:
    status, _, content = request(base, "POST", PATH, body, content_type)
    return status, content


@pytest.mark.parametrize("data", [
    b"",  # an empty upload
    one_second_wav()[:44],  # a WAV header with no samples
    b"RIFF\x00\x00\x00\x00WAVE",  # a RIFF header and nothing else
    b"<!DOCTYPE html><html></html>",
    bytes(range(256)),
], ids=["empty", "header-only", "riff-only", "html", "binary"])
def test_undecodable_file_is_3310(mock_url, data):
    status, content = post_form(mock_url, PATH, [MODEL], [("file", "x.wav", data)])
    assert status == 400
    body = json.loads(content)
    assert (body["type"], body["code"], body["message"]) == ("invalid_request_file", "3310", "Audio input could not be decoded. ")


def test_file_as_a_text_field_is_read_as_the_file(mock_url):
    status, content = post_form(mock_url, PATH, [MODEL, ("file", "not audio")], [])
    assert status == 400
    assert json.loads(content)["code"] == "3310"


@pytest.mark.parametrize("fields, files, given", [
    ([MODEL], [], "none"),
    ([MODEL, ("file_url", "https://example.com/a.mp3")], [("file", "a.wav", b"RIFF")], "file, file_url"),
    ([MODEL, ("file_url", "https://example.com/a.mp3"), ("file_id", "abc")], [], "file_url, file_id"),
], ids=["none", "file-and-url", "url-and-id"])
def test_not_exactly_one_source_is_the_mocks_422(mock_url, fields, files, given):
    status, content = post_form(mock_url, PATH, fields, files)
    assert status == 422
    [error] = json.loads(content)["detail"]
    assert (error["type"], error["loc"]) == ("value_error", ["body"])
    assert error["msg"].endswith(f"got: {given}")


@pytest.mark.parametrize("fields, loc, kind", [
    ([], ["body", "model"], "missing"),
    ([MODEL, ("stream", "true")], ["body", "stream"], "literal_error"),
    ([MODEL, ("timestamp_granularities", "char")], ["body", "timestamp_granularities", 0], "literal_error"),
    ([MODEL, ("temperature", "hot")], ["body", "temperature"], "float_parsing"),
], ids=["no-model", "stream-true", "bad-granularity", "bad-temperature"])
def test_form_validation_is_fastapis_422(mock_url, fields, loc, kind):
    status, content = post_form(mock_url, PATH, fields, [("file", "a.wav", one_second_wav())])
    assert status == 422
    [error] = json.loads(content)["detail"]
    assert (error["loc"], error["type"]) == (loc, kind)


def test_a_field_sent_as_a_file_is_its_file_name(mock_url):
    status, content = post_form(mock_url, PATH, [], [("model", "model.txt", b"voxtral-mini-latest"),
                                                    ("file", "a.wav", one_second_wav())])
    assert status == 400
    assert json.loads(content)["message"] == "Invalid model: model.txt"


@pytest.mark.parametrize("content_type, body, status", [
    ("multipart/form-data; boundary=zz", b"garbage", 400),
    ("multipart/form-data", b"garbage", 400),
    ("text/plain", b"model=voxtral-mini-latest", 422),
], ids=["bad-multipart", "no-boundary", "text"])
def test_unparsable_bodies(mock_url, content_type, body, status):
    got, content = raw_post(mock_url, content_type, body)
    assert got == status
    assert json.loads(content)  # an API-style JSON body, not a traceback


def test_urlencoded_file_url_is_served(mock_url):
    # What the Python SDK sends for file_url without file (mistralai/client-python#338).
    status, content = raw_post(mock_url, "application/x-www-form-urlencoded",
                               b"model=voxtral-mini-latest&file_url=https%3A%2F%2Fexample.com%2Fa.mp3&stream=false")
    assert status == 200, content
    assert json.loads(content)["usage"]["prompt_audio_seconds"] is None


def test_realtime_and_deprecated_transcription_models_are_served(mock_url):
    for model in ("voxtral-mini-transcribe-realtime-latest", "voxtral-mini-2507"):
        status, content = post_form(mock_url, PATH, [("model", model)], [("file", "a.wav", one_second_wav())])
        assert status == 200, content

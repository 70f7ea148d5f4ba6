"""Every successful answer of the mock validates against Mistral's official OpenAPI spec."""

from __future__ import annotations

import base64
import copy
import http.client
import json
import urllib.parse
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import catalog

SPEC_URI = "urn:mistral-openapi"
CHAT_MODEL = "mistral-small-latest"
HELLO = [{"role": "user", "content": "Hello"}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
WEATHER_QUESTION = [{"role": "user", "content": "What is the weather in Paris?"}]


@pytest.fixture(scope="module")
def registry() -> Registry:
    spec = copy.deepcopy(catalog.load().openapi)
    # Spec bug (api-facts §8.4): ChatCompletionResponse requires `data`, which is no property of it
    # and which real responses never have. This is the only loosening; FIMCompletionResponse gets
    # the fix too, since it is allOf ChatCompletionResponse.
    spec["components"]["schemas"]["ChatCompletionResponse"]["allOf"][1]["required"].remove("data")
    return Registry().with_resource(SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012))


@pytest.fixture(scope="module")
def validate(registry: Registry):
    """validate("ChatCompletionResponse", body) raises ValidationError unless body fits that schema."""

    def check(schema_name: str, instance: Any) -> None:
        schema = {"$ref": f"{SPEC_URI}#/components/schemas/{schema_name}"}
        Draft202012Validator(schema, registry=registry).validate(instance)

    return check


def request(base: str, method: str, path: str, body: bytes | None = None,
            content_type: str | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request to the mock with the test key: (status, headers, body)."""
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    headers = {"Authorization": "Bearer test-key"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    try:
        conn.request(method, url.path + path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


def call(base: str, path: str, body: Any = None) -> tuple[int, http.client.HTTPMessage, bytes]:
    """GET without a body, else a JSON POST."""
    if body is None:
        return request(base, "GET", path)
    return request(base, "POST", path, json.dumps(body).encode(), "application/json")


def ok_json(base: str, path: str, body: Any = None) -> Any:
    status, headers, content = call(base, path, body)
    assert status == 200, content
    assert headers.get_content_type() == "application/json"
    return json.loads(content)


def sse_chunks(base: str, path: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The chunks of a streamed answer, after checking the event-stream framing."""
    status, headers, content = call(base, path, {**body, "stream": True})
    assert status == 200, content
    assert headers.get_content_type() == "text/event-stream"
    text = content.decode()
    assert text.endswith("\n\n")
    lines = [line for line in text.split("\n") if line]
    assert all(line.startswith("data: ") for line in lines), lines
    assert lines[-1] == "data: [DONE]"
    assert "data: [DONE]" not in lines[:-1]
    return [json.loads(line.removeprefix("data: ")) for line in lines[:-1]]


def test_chat_completion(mock_url, validate):
    answer = ok_json(mock_url, "/v1/chat/completions", {"model": CHAT_MODEL, "messages": HELLO})
    validate("ChatCompletionResponse", answer)
    assert answer["choices"][0]["message"]["content"]


def test_chat_tool_call_and_follow_up(mock_url, validate):
    request = {"model": CHAT_MODEL, "messages": WEATHER_QUESTION, "tools": [WEATHER_TOOL]}
    answer = ok_json(mock_url, "/v1/chat/completions", request)
    validate("ChatCompletionResponse", answer)
    choice = answer["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    [call_] = choice["message"]["tool_calls"]
    assert call_["function"]["name"] == "get_weather"
    assert "city" in json.loads(call_["function"]["arguments"])

    follow_up = {**request, "messages": [
        *WEATHER_QUESTION,
        choice["message"],
        {"role": "tool", "tool_call_id": call_["id"], "name": "get_weather", "content": "22 C, sunny"},
    ]}
    validate("ChatCompletionRequest", follow_up)  # the test itself sends what the spec allows
    answer = ok_json(mock_url, "/v1/chat/completions", follow_up)
    validate("ChatCompletionResponse", answer)
    assert answer["choices"][0]["finish_reason"] == "stop"
    assert "22 C, sunny" in answer["choices"][0]["message"]["content"]


@pytest.mark.parametrize("response_format", [
    {"type": "json_object"},
    {"type": "json_schema", "json_schema": {"name": "weather", "strict": True, "schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "celsius": {"type": "number"}},
        "required": ["city", "celsius"],
        "additionalProperties": False,
    }}},
], ids=["json_object", "json_schema"])
def test_chat_json_output(mock_url, validate, response_format):
    request = {"model": CHAT_MODEL, "messages": WEATHER_QUESTION, "response_format": response_format}
    answer = ok_json(mock_url, "/v1/chat/completions", request)
    validate("ChatCompletionResponse", answer)
    content = json.loads(answer["choices"][0]["message"]["content"])
    assert isinstance(content, dict)
    if response_format["type"] == "json_schema":
        Draft202012Validator(response_format["json_schema"]["schema"]).validate(content)


@pytest.mark.parametrize("path, request_body", [
    ("/v1/chat/completions", {"model": CHAT_MODEL, "messages": HELLO}),
    ("/v1/fim/completions", {"model": "codestral-latest", "prompt": "def add(a, b):\n", "suffix": "\n"}),
], ids=["chat", "fim"])
def test_stream(mock_url, validate, path, request_body):
    chunks = sse_chunks(mock_url, path, request_body)
    for chunk in chunks:
        validate("CompletionChunk", chunk)
    *middle, last = chunks
    assert all(c["choices"][0]["finish_reason"] is None and "usage" not in c for c in middle)
    assert last["choices"][0]["finish_reason"] == "stop"
    assert last["usage"]["total_tokens"] > 0
    # The deltas join to exactly the text of the same request unstreamed.
    whole = ok_json(mock_url, path, request_body)["choices"][0]["message"]["content"]
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks) == whole


@pytest.mark.parametrize("asked", [{"reasoning_effort": "high"}, {"prompt_mode": "reasoning"}],
                         ids=["reasoning_effort", "prompt_mode"])
def test_reasoning_answer(mock_url, validate, asked):
    """Asked to reason, a model that reasons answers with a thinking chunk, then the text, in a list."""
    request = {"model": "mistral-medium-latest", "messages": HELLO, **asked}
    validate("ChatCompletionRequest", request)
    answer = ok_json(mock_url, "/v1/chat/completions", request)
    validate("ChatCompletionResponse", answer)
    content = answer["choices"][0]["message"]["content"]
    assert [chunk["type"] for chunk in content] == ["thinking", "text"]
    chunks = sse_chunks(mock_url, "/v1/chat/completions", {**request, "stream": True})
    for chunk in chunks:
        validate("CompletionChunk", chunk)
    deltas = [c["choices"][0]["delta"].get("content") for c in chunks]
    thinking = "".join(part["text"] for d in deltas if isinstance(d, list) for c in d for part in c["thinking"])
    assert thinking == content[0]["thinking"][0]["text"]
    assert "".join(d for d in deltas if isinstance(d, str)) == content[1]["text"]


def test_stream_tool_call(mock_url, validate):
    chunks = sse_chunks(mock_url, "/v1/chat/completions",
                        {"model": CHAT_MODEL, "messages": WEATHER_QUESTION, "tools": [WEATHER_TOOL]})
    for chunk in chunks:
        validate("CompletionChunk", chunk)
    last = chunks[-1]
    assert last["choices"][0]["finish_reason"] == "tool_calls"
    assert last["choices"][0]["delta"]["tool_calls"][0]["function"]["name"] == "get_weather"
    assert "usage" in last


def test_fim_completion(mock_url, validate):
    answer = ok_json(mock_url, "/v1/fim/completions",
                     {"model": "codestral-latest", "prompt": "def add(a, b):\n", "suffix": "\n"})
    validate("FIMCompletionResponse", answer)
    assert answer["choices"][0]["message"]["content"]


PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.mark.parametrize("document", [
    {"type": "document_url", "document_url": "https://arxiv.org/pdf/2201.04234"},
    {"type": "document_url", "document_url": "data:application/pdf;base64," + base64.b64encode(PDF_BYTES).decode()},
    {"type": "image_url", "image_url": "https://example.com/receipt.png"},
], ids=["https", "pdf-data-url", "image-url"])
def test_ocr(mock_url, validate, document):
    answer = ok_json(mock_url, "/v1/ocr", {"model": "mistral-ocr-latest", "document": document})
    validate("OCRResponse", answer)
    assert [page["index"] for page in answer["pages"]] == [0]
    assert answer["pages"][0]["markdown"]


def test_ocr_errors(mock_url):
    status, _, content = call(mock_url, "/v1/ocr", {"model": "mistral-ocr-latest", "document": {
        "type": "document_url", "document_url": "data:application/pdf;base64," + base64.b64encode(b"Hello").decode()}})
    assert status == 400
    assert json.loads(content)["code"] == "3740"
    xlsx = "data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,UEsDBBQ" + "A" * 120
    status, _, content = call(mock_url, "/v1/ocr", {"model": "mistral-ocr-latest",
                                                     "document": {"type": "document_url", "document_url": xlsx}})
    assert status == 422
    [error] = json.loads(content)["detail"]
    assert (error["type"], error["loc"]) == ("value_error", ["body"])
    assert error["msg"].endswith(f"Received: {xlsx[:50]}...{xlsx[-50:]}")


def post_form(base: str, path: str, fields: list[tuple[str, str]], files: list[tuple[str, ...]]) -> tuple[int, bytes]:
    """A multipart/form-data POST, as the SDKs and curl -F send it. A file is (field, file name,
    data) or (field, file name, data, its Content-Type); application/octet-stream by default."""
    boundary = "mock-test-boundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields]
    for key, name, data, *content_type in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"; filename="{name}"\r\n'
                     f"Content-Type: {content_type[0] if content_type else 'application/octet-stream'}\r\n\r\n"
                     .encode() + data + b"\r\n")
    status, _, content = request(base, "POST", path, b"".join(parts) + f"--{boundary}--\r\n".encode(),
                                 f"multipart/form-data; boundary={boundary}")
    return status, content


def one_second_wav() -> bytes:
    import io
    import wave
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(16000)
        audio.writeframes(b"\x00\x00" * 16000)
    return buffer.getvalue()


@pytest.mark.parametrize("fields", [
    [("model", "voxtral-mini-latest")],
    [("model", "voxtral-mini-2602"), ("language", "en"), ("timestamp_granularities", "segment")],
    [("model", "voxtral-mini-latest"), ("stream", "false"), ("diarize", "false"), ("context_bias", "Voxtral")],
], ids=["plain", "language-and-segments", "sdk-defaults"])
def test_audio_transcription(mock_url, validate, fields):
    status, content = post_form(mock_url, "/v1/audio/transcriptions", fields, [("file", "sample.wav", one_second_wav())])
    assert status == 200, content
    answer = json.loads(content)
    validate("TranscriptionResponse", answer)
    assert answer["text"]
    assert answer["usage"]["prompt_audio_seconds"] == 1
    assert bool(answer["segments"]) == any(k == "timestamp_granularities" for k, _ in fields)


def test_audio_transcription_errors(mock_url):
    status, content = post_form(mock_url, "/v1/audio/transcriptions", [("model", "voxtral-mini-latest")],
                                [("file", "recording.wav", b"<!DOCTYPE html><html></html>")])
    assert status == 400
    assert json.loads(content)["code"] == "3310"
    status, content = post_form(mock_url, "/v1/audio/transcriptions", [("model", "voxtral-small-latest")],
                                [("file", "sample.wav", one_second_wav())])
    assert status == 400
    assert json.loads(content)["message"] == "Invalid model: voxtral-small-latest"
    status, _, content = call(mock_url, "/v1/audio/transcriptions", {"model": "voxtral-mini-latest"})
    assert status == 422
    assert "multipart/form-data" in json.loads(content)["message"]


WEATHER_CALL = {"type": "function.call", "tool_call_id": "D681PevKs", "name": "get_weather",
                "arguments": '{"city": "Paris"}'}
WEATHER_RESULT = {"type": "function.result", "tool_call_id": "D681PevKs", "result": "22 C, sunny"}


@pytest.mark.parametrize("request_body", [
    {"model": "mistral-medium-latest", "inputs": "Hello"},
    {"agent_id": "ag_0123456789abcdef", "inputs": [{"type": "message.input", "role": "user", "content": "Hello"}]},
    {"model": "mistral-medium-latest", "inputs": [
        {"type": "message.input", "role": "user", "content": "What is the weather in Paris?"}, WEATHER_CALL, WEATHER_RESULT]},
], ids=["model-string", "agent-entries", "function-round-trip"])
def test_conversation_start_and_append(mock_url, validate, request_body):
    validate("ConversationRequest", request_body)  # the test itself sends what the spec allows
    answer = ok_json(mock_url, "/v1/conversations", request_body)
    validate("ConversationResponse", answer)
    assert answer == ok_json(mock_url, "/v1/conversations", request_body)  # deterministic
    append = {"inputs": "And in Lyon?"}
    validate("ConversationAppendRequest", append)
    again = ok_json(mock_url, f"/v1/conversations/{answer['conversation_id']}", append)
    validate("ConversationResponse", again)
    assert again["conversation_id"] == answer["conversation_id"]


def test_conversation_errors(mock_url):
    question = {"type": "message.input", "role": "user", "content": "What is the weather in Paris?"}
    for inputs in ([question, WEATHER_CALL], [question, WEATHER_CALL, WEATHER_RESULT, WEATHER_RESULT]):
        status, _, content = call(mock_url, "/v1/conversations", {"model": "mistral-medium-latest", "inputs": inputs})
        assert status == 400
        assert content == (b'{"object":"Error","message":"Not the same number of function calls and responses",'
                           b'"type":"invalid_request_error","code":3230}')
    status, _, content = call(mock_url, "/v1/conversations/conv_1", {"inputs": "Hi", "tools": []})
    assert status == 422
    body = json.loads(content)
    assert list(body) == ["object", "detail", "message", "type", "code"]
    assert (body["object"], body["type"], body["code"]) == ("Error", "invalid_request_error", 3001)
    assert body["detail"] == body["message"] == [
        {"type": "extra_forbidden", "loc": ["body", "tools"], "msg": "Extra inputs are not permitted", "input": []}]
    status, _, content = call(mock_url, "/v1/conversations", {"model": "mistral-medium-latest", "input": "Hi"})
    assert status == 422
    assert [(e["type"], e["loc"]) for e in json.loads(content)["detail"]] == [
        ("missing", ["body", "inputs"]), ("extra_forbidden", ["body", "input"])]
    # Other routes keep FastAPI's bare 422.
    status, _, content = call(mock_url, "/v1/chat/completions", {"model": CHAT_MODEL, "messages": HELLO, "foo": 1})
    assert status == 422 and list(json.loads(content)) == ["detail"]
    status, _, content = call(mock_url, "/v1/conversation", {"model": "mistral-medium-latest", "inputs": "Hi"})
    assert (status, content) == (404, b'{"detail":"Not Found"}')


@pytest.mark.parametrize("text", ["Hello", ["Hello", "World", "Bonjour"]], ids=["string", "list"])
def test_embeddings(mock_url, validate, text):
    answer = ok_json(mock_url, "/v1/embeddings", {"model": "mistral-embed", "input": text})
    validate("EmbeddingResponse", answer)
    texts = text if isinstance(text, list) else [text]
    assert [d["index"] for d in answer["data"]] == list(range(len(texts)))
    assert all(len(d["embedding"]) == len(answer["data"][0]["embedding"]) > 0 for d in answer["data"])


def test_model_list(mock_url, validate):
    answer = ok_json(mock_url, "/v1/models")
    validate("ModelList", answer)
    assert CHAT_MODEL in {card["id"] for card in answer["data"]}


def test_model_card(mock_url, validate):
    answer = ok_json(mock_url, f"/v1/models/{CHAT_MODEL}")
    validate("BaseModelCard", answer)
    assert answer["id"] == CHAT_MODEL


def _no_choices(body: dict[str, Any]) -> None:
    del body["choices"]


def _usage_extra_key(body: dict[str, Any]) -> None:
    body["usage"]["cached_tokens"] = 3


def _finish_reason_unknown(body: dict[str, Any]) -> None:
    body["choices"][0]["finish_reason"] = "done"


@pytest.mark.parametrize("breakage", [_no_choices, _usage_extra_key, _finish_reason_unknown])
def test_validator_rejects_a_broken_answer(mock_url, validate, breakage):
    """The check above can fail: a spec-breaking change to a real answer is caught."""
    answer = ok_json(mock_url, "/v1/chat/completions", {"model": CHAT_MODEL, "messages": HELLO})
    validate("ChatCompletionResponse", answer)
    breakage(answer)
    with pytest.raises(ValidationError):
        validate("ChatCompletionResponse", answer)


def test_validator_rejects_a_broken_chunk(validate):
    chunk = {"id": "x", "model": CHAT_MODEL, "choices": [{"index": 0, "delta": {"content": "a"}}]}
    with pytest.raises(ValidationError):  # finish_reason is required in a stream choice
        validate("CompletionChunk", chunk)


# Files and batch (docs/topics/fine-tuning.md).
BATCH_LINES = (b'{"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "Hi"}]}}\n'
               b'{"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "Bye"}]}}\n')


def upload(base: str, purpose: str | None, filename: str, data: bytes,
           content_type: str = "application/octet-stream") -> tuple[int, bytes]:
    """POST /v1/files as a multipart form, the way the SDKs and curl -F send it."""
    fields = [] if purpose is None else [("purpose", purpose)]
    return post_form(base, "/v1/files", fields, [("file", filename, data, content_type)])


@pytest.mark.parametrize("purpose, filename, data, sample_type", [
    ("batch", "requests.jsonl", BATCH_LINES, "batch_request"),
    ("fine-tune", "train.jsonl", BATCH_LINES, "instruct"),
    (None, "train.jsonl", BATCH_LINES, "instruct"),
])
def test_file_upload(mock_url, validate, purpose, filename, data, sample_type):
    status, content = upload(mock_url, purpose, filename, data)
    assert status == 200, content
    answer = json.loads(content)
    validate("CreateFileResponse", answer)
    assert (answer["bytes"], answer["filename"], answer["num_lines"]) == (len(data), filename, 2)
    assert (answer["purpose"], answer["sample_type"]) == (purpose or "fine-tune", sample_type)


def test_ocr_file_upload(mock_url, registry):
    status, content = upload(mock_url, "ocr", "scan.pdf", b"%PDF-1.4\n%%EOF\n")
    assert status == 200, content
    answer = json.loads(content)
    assert (answer["sample_type"], answer["mimetype"]) == ("ocr_input", "application/pdf")
    # Spec quirk: SampleType has no ocr_input, which the docs' OCR upload output shows; every other
    # field is checked against CreateFileResponse.
    schema = {"$ref": f"{SPEC_URI}#/components/schemas/CreateFileResponse"}
    Draft202012Validator(schema, registry=registry).validate({**answer, "sample_type": "instruct"})


def test_file_upload_errors(mock_url):
    status, content = upload(mock_url, "ocr", "scans.zip", b"PK\x03\x04")
    assert status == 422
    assert content.startswith(b'{"detail": "Invalid file format.", "message": "Received file with mimetype '
                              b'application/zip, only application/pdf, image/.*, ')
    status, content = upload(mock_url, "ocr", "book.xlsx", b"PK\x03\x04",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert status == 422
    assert b"mimetype application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, only" in content
    assert upload(mock_url, "ocr", "photo.png", b"\x89PNG\r\n")[0] == 200  # image/.* is taken
    status, content = upload(mock_url, "training", "train.jsonl", BATCH_LINES)
    assert status == 422
    [error] = json.loads(content)["detail"]
    assert (error["type"], error["loc"]) == ("literal_error", ["body", "purpose"])
    status, _, content = call(mock_url, "/v1/files", {"purpose": "batch"})  # JSON, not a form: no file
    assert status == 422
    [error] = json.loads(content)["detail"]
    assert (error["type"], error["loc"]) == ("missing", ["body", "file"])


@pytest.mark.parametrize("request_body", [
    {"input_files": ["e85980c9-409e-4a46-9304-36588f6292b0"], "model": "mistral-small-latest",
     "endpoint": "/v1/chat/completions"},
    {"requests": [{"custom_id": "0", "body": {"input": ["Hi"]}}], "model": "mistral-embed",
     "endpoint": "/v1/embeddings", "metadata": {"run": "nightly"}, "timeout_hours": 48},
], ids=["input-files", "inline-requests"])
def test_batch_job_create(mock_url, validate, request_body):
    validate("CreateBatchJobRequest", request_body)  # the test itself sends what the spec allows
    answer = ok_json(mock_url, "/v1/batch/jobs", request_body)
    validate("BatchJob", answer)
    assert (answer["status"], answer["endpoint"]) == ("QUEUED", request_body["endpoint"])
    assert answer["input_files"] == request_body.get("input_files", [])
    assert answer == ok_json(mock_url, "/v1/batch/jobs", request_body)  # deterministic


def test_batch_job_and_fine_tuning_errors(mock_url):
    status, _, content = call(mock_url, "/v1/batch/jobs", {"input_files": [], "endpoint": "/v1/chat"})
    assert status == 422
    [error] = json.loads(content)["detail"]
    assert (error["type"], error["loc"]) == ("literal_error", ["body", "endpoint"])
    status, _, content = call(mock_url, "/v1/batch/jobs", {"model": "mistral-small-latest", "timeout_hours": 500,
                                                            "endpoint": "/v1/chat/completions"})
    assert status == 422
    assert [e["type"] for e in json.loads(content)["detail"]] == ["less_than_equal"]
    # The fine-tuning API is retired: 410, empty body, whatever the request.
    for body in ({"model": "open-mistral-7b", "training_files": []}, None):
        status, _, content = call(mock_url, "/v1/fine_tuning/jobs", body)
        assert (status, content) == (410, b"")


# Mistral models on Azure AI Foundry and Google Vertex AI (mockapi/cloud.py): the paths that
# mistralai.azure.client and mistralai.gcp.client call, with the same spec-valid answers.
AZURE_CHAT = "/models/chat/completions?api-version=2024-05-01-preview"
VERTEX = "/v1/projects/my-project/locations/europe-west4/publishers/mistralai/models/{}"
FIM_REQUEST = {"prompt": "def add(a, b):\n", "suffix": "\n"}


@pytest.mark.parametrize("path, request_body, schema", [
    (AZURE_CHAT, {"model": "my-deployment", "messages": HELLO}, "ChatCompletionResponse"),
    (VERTEX.format("mistral-small-2503:rawPredict"), {"model": "mistral-small-2503", "messages": HELLO},
     "ChatCompletionResponse"),
    (VERTEX.format("codestral-2:rawPredict"), {"model": "codestral-2", **FIM_REQUEST}, "FIMCompletionResponse"),
], ids=["azure", "vertex-chat", "vertex-fim"])
def test_cloud_completion(mock_url, validate, path, request_body, schema):
    answer = ok_json(mock_url, path, request_body)
    validate(schema, answer)
    assert answer["model"] == request_body["model"]
    assert answer["choices"][0]["message"]["content"]


@pytest.mark.parametrize("path, request_body", [
    (AZURE_CHAT, {"model": "my-deployment", "messages": HELLO}),
    (VERTEX.format("mistral-small-2503:streamRawPredict"), {"model": "mistral-small-2503", "messages": HELLO}),
], ids=["azure", "vertex"])
def test_cloud_stream(mock_url, validate, path, request_body):
    chunks = sse_chunks(mock_url, path, request_body)
    for chunk in chunks:
        validate("CompletionChunk", chunk)
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_cloud_errors(mock_url):
    # A model Vertex does not serve: Google's 404, naming the project, region and model of the URL.
    status, _, content = call(mock_url, VERTEX.format("mistral-small-latest:rawPredict"),
                              {"model": "mistral-small-latest", "messages": HELLO})
    assert status == 404
    error = json.loads(content)["error"]
    assert (error["code"], error["status"]) == (404, "NOT_FOUND")
    assert "`projects/my-project/locations/europe-west4/publishers/mistralai/models/mistral-small-latest`" in error["message"]
    # Not a :rawPredict call: the mock's plain 404.
    status, _, _ = call(mock_url, VERTEX.format("mistral-small-2503:predict"), {"model": "m", "messages": HELLO})
    assert status == 404
    # A body that is no chat request: 422 with the loc under "body", as FastAPI gives it.
    status, _, content = call(mock_url, VERTEX.format("mistral-small-2503:rawPredict"), {"model": "mistral-small-2503"})
    assert status == 422
    assert [(e["type"], e["loc"]) for e in json.loads(content)["detail"]] == [("missing", ["body", "messages"])]
    status, _, content = call(mock_url, VERTEX.format("mistral-small-2503:rawPredict"), ["not", "an", "object"])
    assert status == 422


def test_google_token_needs_no_key(mock_url):
    """google-auth refreshes credentials at oauth2.googleapis.com/token without a bearer key."""
    url = urllib.parse.urlsplit(mock_url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        conn.request("POST", url.path + "/token", body=b"grant_type=refresh_token&refresh_token=x",
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        response = conn.getresponse()
        answer = json.loads(response.read())
    finally:
        conn.close()
    assert response.status == 200
    assert answer["token_type"] == "Bearer" and answer["access_token"] and answer["expires_in"] > 0
    # Every other path still wants a key.
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        conn.request("POST", url.path + AZURE_CHAT, body=json.dumps({"model": "m", "messages": HELLO}),
                     headers={"Content-Type": "application/json"})
        assert conn.getresponse().status == 401
    finally:
        conn.close()

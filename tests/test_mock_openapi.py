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


def call(base: str, path: str, body: Any = None) -> tuple[int, http.client.HTTPMessage, bytes]:
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    headers = {"Authorization": "Bearer test-key"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    try:
        conn.request("GET" if body is None else "POST", url.path + path, body=data, headers=headers)
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


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

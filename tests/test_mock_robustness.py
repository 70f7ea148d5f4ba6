"""Bad input gets an API-style answer from the mock: never a traceback, a 500 or a hung connection."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import time
import urllib.parse
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import catalog
from conftest import BODY_TIMEOUT_SECONDS
from mockapi.scenarios import PRESETS

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 10  # seconds; a hung mock fails the test instead of blocking it
CHAT = "/v1/chat/completions"
MODEL = "mistral-small-latest"
USER = {"role": "user", "content": "Hello"}
VALID = {"model": MODEL, "messages": [USER]}
UNSET = object()


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def call(base: str, path: str, body: Any = UNSET, method: str | None = None, auth: str | None = "Bearer test-key",
         headers: dict[str, str] | None = None) -> Answer:
    """One request; `body` is JSON-encoded unless it is bytes. No Authorization header when auth is None."""
    url = urllib.parse.urlsplit(base)
    data = None if body is UNSET else body if isinstance(body, bytes) else json.dumps(body).encode()
    sent = {"Content-Type": "application/json"} if data is not None else {}
    if auth is not None:
        sent["Authorization"] = auth
    sent.update(headers or {})
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=TIMEOUT)
    try:
        conn.request(method or ("GET" if data is None else "POST"), url.path + path, body=data, headers=sent)
        response = conn.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        conn.close()


def api_error(message: str, type_: str, code: str | None, status: int | None = None) -> dict[str, Any]:
    body = {"object": "error", "message": message, "type": type_, "param": None, "code": code}
    if status is not None:
        body["raw_status_code"] = status
    return body


# --- request validation (FastAPI's 422) ----------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    (b'{"model": "mistral-small-latest", ', [("json_invalid", ["body", 34])]),
    (b"[1, 2]", [("model_attributes_type", ["body"])]),
    ({**VALID, "temperature": "hot"}, [("float_parsing", ["body", "temperature"])]),
    ({**VALID, "messages": "hi"}, [("list_type", ["body", "messages"])]),
    ({**VALID, "temperature": 2}, [("less_than_equal", ["body", "temperature"])]),
    ({"messages": [USER]}, [("missing", ["body", "model"])]),
    ({**VALID, "messages": [{"role": "robot", "content": "hi"}]}, [("union_tag_invalid", ["body", "messages", 0])]),
    (b"", [("missing", ["body"])]),
], ids=["malformed-json", "array", "temperature-str", "messages-str", "temperature-2", "no-model",
        "bad-role", "empty"])
def test_validation_error(mock_url, body, expected):
    answer = call(mock_url, CHAT, body, method="POST")
    assert answer.status == 422, answer.body
    detail = answer.json()["detail"]
    assert [(item["type"], item["loc"]) for item in detail] == expected
    assert all(isinstance(item["msg"], str) and item["msg"] for item in detail)


@pytest.mark.parametrize("key, value", [
    ("store", False),
    ("max_completion_tokens", 100),
    ("stream_options", {"include_usage": True}),
])
def test_unknown_key_is_extra_forbidden(mock_url, key, value):
    answer = call(mock_url, CHAT, {**VALID, key: value})
    assert answer.status == 422
    assert answer.json() == {"detail": [
        {"type": "extra_forbidden", "loc": ["body", key], "msg": "Extra inputs are not permitted", "input": value},
    ]}


def test_non_utf8_body(mock_url):
    answer = call(mock_url, CHAT, b'{"model": "\xff\xfe", "messages": []}')
    assert answer.status == 400
    assert answer.json() == {"detail": "There was an error parsing the body"}


def test_body_too_large(mock_url):
    # One byte over the limit: the mock reads all of it, so no unread bytes turn its close into a reset.
    answer = call(mock_url, CHAT, b"x" * (10 * 1024 * 1024 + 1))
    assert answer.status == 413
    assert answer.json() == api_error("Request body too large.", "invalid_request_error", None)


def test_body_that_never_arrives(mock_url):
    """Content-Length 100 but only 10 bytes sent: the mock gives up with a 408, not a hang."""
    url = urllib.parse.urlsplit(mock_url)
    with socket.create_connection((url.hostname, url.port), timeout=15) as sock:
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: mock\r\nAuthorization: Bearer test-key\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n0123456789")
        started = time.monotonic()
        response = http.client.HTTPResponse(sock)
        response.begin()
        body = response.read()
    waited = time.monotonic() - started
    assert BODY_TIMEOUT_SECONDS - 0.5 < waited < BODY_TIMEOUT_SECONDS + 3
    assert response.status == 408
    assert json.loads(body) == api_error("Request body not received in time.", "invalid_request_error", None)


# --- routing -------------------------------------------------------------------------------------

@pytest.mark.parametrize("method, path, status, detail", [
    ("GET", CHAT, 405, "Method Not Allowed"),
    ("POST", "/v1/chat/complete", 404, "Not Found"),
    ("GET", "/v2/models", 404, "Not Found"),
    ("POST", "/v1/v1/chat/completions", 404, "Not Found"),
])
def test_wrong_route(mock_url, method, path, status, detail):
    answer = call(mock_url, path, VALID if method == "POST" else UNSET, method=method)
    assert answer.status == status
    assert answer.json() == {"detail": detail}


# --- multipart uploads (POST /v1/files) ----------------------------------------------------------

@pytest.mark.parametrize("content_type, body", [
    ("multipart/form-data; boundary=xx", b"garbage"),
    ("multipart/form-data", b"--xx\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--xx--\r\n"),
], ids=["not-multipart", "no-boundary"])
def test_broken_multipart_upload(mock_url, content_type, body):
    answer = call(mock_url, "/v1/files", body, headers={"Content-Type": content_type})
    assert answer.status == 400
    assert answer.json() == {"detail": "There was an error parsing the body"}


def test_upload_with_text_instead_of_a_file(mock_url):
    body = b"--xx\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--xx--\r\n"
    answer = call(mock_url, "/v1/files", body, headers={"Content-Type": "multipart/form-data; boundary=xx"})
    assert answer.status == 422
    [error] = answer.json()["detail"]
    assert (error["type"], error["loc"], error["input"]) == ("value_error", ["body", "file"], "abc")


# --- errors the API raises after validation ------------------------------------------------------

def test_unknown_model(mock_url):
    answer = call(mock_url, CHAT, {**VALID, "model": "mistral-nope"})
    assert answer.status == 400
    expected = api_error("Invalid model: mistral-nope", "invalid_model", "1500", 400)
    assert answer.body == json.dumps(expected, separators=(",", ":")).encode()  # compact, in this key order


@pytest.mark.parametrize("messages, message", [
    ([USER, {"role": "assistant", "content": "Hi"}],
     "Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant"),
    ([USER,
      {"role": "assistant", "content": "", "tool_calls": [
          {"id": "abcDEF123", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
      {"role": "tool", "tool_call_id": "abcDEF123", "name": "f", "content": "done"},
      USER],
     "Unexpected role 'user' after role 'tool'"),
], ids=["last-assistant", "user-after-tool"])
def test_message_order(mock_url, messages, message):
    answer = call(mock_url, CHAT, {"model": MODEL, "messages": messages})
    assert answer.status == 400
    assert answer.json() == api_error(message, "invalid_request_message_order", "3230", 400)


def test_assistant_prefix_last_is_served(mock_url):
    messages = [USER, {"role": "assistant", "content": "Sure, here", "prefix": True}]
    answer = call(mock_url, CHAT, {"model": MODEL, "messages": messages})
    assert answer.status == 200, answer.body
    assert answer.json()["object"] == "chat.completion"


# --- auth ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("auth", [None, "Bearer ", "Basic abc"], ids=["none", "empty-bearer", "basic"])
@pytest.mark.parametrize("body", [VALID, b"{not json"], ids=["valid", "malformed"])
def test_unauthorized(mock_url, auth, body):
    """401 for a missing or non-bearer key, before the body is even validated."""
    answer = call(mock_url, CHAT, body, auth=auth)
    assert answer.status == 401
    assert answer.body == b'{"detail":"Unauthorized"}'


# --- scenarios -----------------------------------------------------------------------------------

RATE_LIMITED = api_error("Rate limit exceeded", "rate_limited", "1300", 429)


def test_rate_limit_then_ok(scenario_url):
    base = scenario_url("rate-limit-then-ok")
    answers = [call(base, "/v1/models") for _ in range(4)]
    assert [a.status for a in answers] == [429, 429, 200, 200]
    for answer in answers[:2]:
        assert answer.json() == RATE_LIMITED
        assert answer.headers["Retry-After"] == "1"
        assert answer.headers["x-ratelimit-remaining-req-minute"] == "0"


def test_request_without_key_uses_no_step(scenario_url):
    base = scenario_url("rate-limit-then-ok")
    assert call(base, "/v1/models", auth=None).status == 401
    assert [call(base, "/v1/models").status for _ in range(3)] == [429, 429, 200]


def test_scenario_runs_count_apart(mock_url, scenario_url):
    first = scenario_url("rate-limit-then-ok")
    second = f"{mock_url}/_mock/{uuid.uuid4().hex[:12]}/rate-limit-then-ok"
    statuses = [call(base, "/v1/models").status for _ in range(3) for base in (first, second)]
    assert statuses == [429, 429, 429, 429, 200, 200]


@pytest.mark.parametrize("scenario, named", [
    ("no-such-step", "'no-such-step'"),
    ("rate-limited*0", "'rate-limited*0'"),
    ("ok,rate-limited:bogus", "'rate-limited:bogus'"),
])
def test_bad_scenario(scenario_url, scenario, named):
    answer = call(scenario_url(scenario), "/v1/models")
    assert answer.status == 400
    body = answer.json()
    assert named in body.pop("message")
    assert body == {"object": "error", "type": "mock_scenario_invalid", "param": None, "code": None}


def test_revoked_key_gateway_body(scenario_url):
    answer = call(scenario_url("revoked-key-gateway"), "/v1/models")
    assert answer.status == 401
    assert answer.headers["Content-Type"] == "application/json; charset=utf-8"
    request_id = answer.headers["mistral-correlation-id"].replace("-", "")
    assert answer.body == ('{\n  "message":"Unauthorized",\n  "request_id":"%s"\n}' % request_id).encode()


def test_gateway_timeout_has_empty_body(scenario_url):
    answer = call(scenario_url("server-5xx:gateway-timeout"), CHAT, VALID)
    assert (answer.status, answer.body) == (504, b"")


def test_capacity_as_503(scenario_url):
    answer = call(scenario_url("capacity-exceeded:as-503"), CHAT, VALID)
    assert answer.status == 503
    assert answer.json() == api_error("Service tier capacity exceeded for this model.",
                                      "service_tier_capacity_exceeded", "3505")


# --- headers -------------------------------------------------------------------------------------

SUCCESS_HEADERS = [h.name for h in catalog.load().headers.headers if h.sent_on == "success"]


def _requests(mock_url: str, scenario_url) -> dict[str, Any]:
    return {
        "200": lambda: call(mock_url, CHAT, VALID),
        "401": lambda: call(mock_url, CHAT, VALID, auth=None),
        "404": lambda: call(mock_url, "/v1/nope"),
        "413": lambda: call(mock_url, CHAT, b"x" * (10 * 1024 * 1024 + 1)),
        "422": lambda: call(mock_url, CHAT, {**VALID, "store": True}),
        "429": lambda: call(scenario_url("rate-limited"), CHAT, VALID),
    }


@pytest.mark.parametrize("status", ["200", "401", "404", "413", "422", "429"])
def test_correlation_id_on_every_answer(mock_url, scenario_url, status):
    answer = _requests(mock_url, scenario_url)[status]()
    assert str(answer.status) == status
    correlation = answer.headers["mistral-correlation-id"]
    assert str(uuid.UUID(correlation)) == correlation
    assert answer.headers["x-kong-request-id"] == correlation


def test_rate_limit_headers_on_success_only(mock_url):
    assert "x-ratelimit-remaining-req-minute" in SUCCESS_HEADERS
    success = call(mock_url, CHAT, VALID)
    assert success.status == 200
    assert all(success.headers[name] for name in SUCCESS_HEADERS)
    failure = call(mock_url, "/v1/nope")
    assert failure.status == 404
    assert not [name for name in SUCCESS_HEADERS if name in failure.headers]


def test_correlation_id_is_deterministic(mock_url):
    ids = [call(mock_url, CHAT, body).headers["mistral-correlation-id"] for body in (VALID, VALID, {**VALID, "n": 1})]
    assert ids[0] == ids[1] != ids[2]


# --- load and command line -----------------------------------------------------------------------

def test_burst_of_concurrent_requests(mock_url):
    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(lambda i: call(mock_url, CHAT, {**VALID, "random_seed": i}).status, range(50)))
    assert statuses == [200] * 50


def test_cli_help_lists_presets():
    result = subprocess.run([sys.executable, "-m", "mockapi", "--help"], cwd=ROOT, capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert [name for name in PRESETS if f"  {name} " not in result.stdout] == []


def test_cli_rejects_unknown_scenario():
    result = subprocess.run([sys.executable, "-m", "mockapi", "--port", "0", "--scenario", "bogus"], cwd=ROOT,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert "unknown scenario step" in result.stderr

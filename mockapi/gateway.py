"""The mock's gateway: what the real API's gateway does before a request reaches FastAPI.

It reads the body within a size and time limit, takes the scenario prefix off the path, applies
the scenario's step, checks the bearer key, and stamps the request-id headers on every answer.
Written as plain ASGI so it runs before routing and before body parsing, as a gateway does.
"""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from string import Template
from typing import Any, Awaitable, Callable

from catalog import Catalog
from mockapi import replies, scenarios
from mockapi.errors import render_error

MAX_BODY_BYTES = 10 * 1024 * 1024
BODY_TIMEOUT_SECONDS = 10.0
_KEYLESS_PATHS = {"/token"}
_PREFIX = re.compile(r"^/_mock/(?P<run>[^/]+)/(?P<scenario>[^/]+)(?P<rest>/.*)?$")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class Gateway:
    def __init__(self, app: Any, catalog: Catalog, default_scenario: str = "ok",
                 body_timeout: float = BODY_TIMEOUT_SECONDS):
        self.app = app
        self.body_timeout = body_timeout
        self.catalog = catalog
        self.default_scenario = default_scenario
        scenarios.parse(default_scenario, catalog)  # fail at start-up, not on the first request
        self.runs = scenarios.Runs()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body, failure = await self._read_body(receive)
        run, scenario, path = "default", self.default_scenario, scope["path"]
        match = _PREFIX.match(path)
        if match:
            run, scenario, path = match["run"], match["scenario"], match["rest"] or "/"
        # Derived from the request, not random, so that the same request always gets the same id
        # (the tests compare outputs that show it).
        request_id = uuid.UUID(replies.digest(scope["method"], path, body.hex())[:32], version=4)
        send = _stamped(send, self.catalog, str(request_id))
        if failure:
            await self._error(send, failure, request_id)
            return
        try:
            steps = scenarios.parse(scenario, self.catalog)
        except scenarios.ScenarioError as problem:
            await self._error(send, "mock-scenario", request_id, message=str(problem))
            return
        # Google's OAuth token endpoint (mockapi/cloud.py) is asked without a key, and takes no step.
        if path in _KEYLESS_PATHS:
            scope = {**scope, "path": path, "raw_path": path.encode(), "state": {"request_id": request_id.hex}}
            await self.app(scope, _replay(body), send)
            return
        # The key is checked first, as a gateway does: a request without one uses up no step.
        if not _has_key(scope):
            await self._error(send, "auth-401", request_id)
            return
        step = self.runs.next_step(run, scenario, steps)
        if step.kind == "slow":
            await asyncio.sleep(step.seconds)
        elif step.kind in ("cut", "stall", "error-event"):
            send = _shaped(self.catalog, send, step)
        elif step.kind == "error":
            model = _model_of(body)
            await self._error(send, step.error_id, request_id, step.body_name, **({"model": model} if model else {}))
            return

        scope = {**scope, "path": path, "raw_path": path.encode(), "state": {"request_id": request_id.hex}}
        await self.app(scope, _replay(body), send)

    async def _read_body(self, receive: Receive) -> tuple[bytes, str | None]:
        chunks, size = [], 0
        try:
            async with asyncio.timeout(self.body_timeout):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        break
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > MAX_BODY_BYTES:
                        return b"", "body-too-large"
                    chunks.append(chunk)
                    if not message.get("more_body"):
                        break
        except TimeoutError:
            return b"", "request-timeout"
        return b"".join(chunks), None

    async def _error(self, send: Send, error_id: str, request_id: uuid.UUID, body_name: str | None = None,
                     **params: str) -> None:
        status, headers, content = render_error(self.catalog, error_id, body_name, request_id=request_id.hex, **params)
        raw = [(name.lower().encode(), value.encode()) for name, value in headers]
        raw.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": raw})
        await send({"type": "http.response.body", "body": content})


def _shaped(catalog: Catalog, send: Send, step: scenarios.Step) -> Send:
    """Wraps send to break an answer after `step.events` stream events (see scenarios.py).

    To cut, it stops forwarding with the body unfinished: when the app returns, the server closes
    the connection mid-answer, as a dropped connection looks to a client."""
    sent = 0
    dropping = False

    async def shaped(message: dict[str, Any]) -> None:
        nonlocal sent, dropping
        if dropping:
            return
        if message["type"] != "http.response.body":
            await send(message)
            return
        body = message.get("body", b"")
        if not body.startswith(b"data: "):  # not a stream: a cut falls halfway through the body
            if step.kind == "cut":
                await send({**message, "body": body[: len(body) // 2], "more_body": True})
                dropping = True
            else:
                await send(message)
            return
        if sent == step.events:
            if step.kind == "cut":
                dropping = True
                return
            if step.kind == "error-event":
                error = catalog.errors.get("stream-error")
                event = b"data: " + error.render(error.body()) + b"\n\n"
                await send({"type": "http.response.body", "body": event, "more_body": False})
                dropping = True
                return
            if step.kind == "stall":
                await asyncio.sleep(step.seconds)
        sent += 1
        await send(message)

    return shaped


def _has_key(scope: Scope) -> bool:
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, key = value.decode("latin-1").partition(" ")
            return scheme.lower() == "bearer" and bool(key.strip())
    return False


def _model_of(body: bytes) -> str:
    try:
        model = json.loads(body).get("model", "")
    except (ValueError, AttributeError):
        return ""
    return model if isinstance(model, str) else ""


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.Event().wait()  # like a client that keeps the connection open
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _stamped(send: Send, catalog: Catalog, request_id: str) -> Send:
    """Adds the headers of data/headers.yml: request ids on every answer, rate-limit ones on success."""

    async def stamped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            success = 200 <= message["status"] < 300
            extra = [(h.name.encode(), Template(h.example).substitute(request_id=request_id).encode())
                     for h in catalog.headers.headers if h.sent_on == "every" or success]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return stamped

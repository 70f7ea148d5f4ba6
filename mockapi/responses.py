"""The mock's HTTP responses: a catalog error, JSON as the API sends it, a completion whole or
streamed. Shared by the routes of app.py, audio.py, cloud.py and files.py."""

from __future__ import annotations

import json
from typing import Any, Iterator

from fastapi.responses import Response, StreamingResponse

from catalog import Catalog
from mockapi import replies
from mockapi.errors import render_error


def error_response(catalog: Catalog, error_id: str, body_name: str | None = None, **params: str) -> Response:
    status, headers, content = render_error(catalog, error_id, body_name, **params)
    return stamp(Response(content=content), status, headers)


def stamp(response: Response, status: int, headers: list[tuple[str, str]]) -> Response:
    """A catalog error's status and headers on a response."""
    response.status_code = status
    for name, value in headers:
        response.headers[name] = value
    return response


def json_response(payload: Any) -> Response:
    # Compact JSON, like the API sends (api-facts §1.1).
    return Response(json.dumps(payload, separators=(",", ":"), ensure_ascii=False), media_type="application/json")


def completion_response(completion: dict[str, Any], request: dict[str, Any]) -> Response:
    """A completion as JSON, or as SSE chunks when the request asked to stream."""
    return _sse(replies.stream_chunks(completion)) if request.get("stream") else json_response(completion)


def _sse(chunks: Iterator[dict[str, Any]]) -> StreamingResponse:
    def events() -> Iterator[bytes]:
        for chunk in chunks:
            yield f"data: {json.dumps(chunk, separators=(',', ':'), ensure_ascii=False)}\n\n".encode()
        yield b"data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")

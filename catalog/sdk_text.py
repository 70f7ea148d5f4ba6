"""What each SDK prints for an HTTP error, worked out from the status, Content-Type and body.

The rules are the SDKs' own (mistralai 3.7.0 `mistralai/client/errors/sdkerror.py` and
`httpvalidationerror.py`; @mistralai/mistralai 2.7.0 `src/models/errors/sdkerror.ts`), as
recorded in shared/reference/sdk-behaviour.md §3 and §5.6. tests/test_sdk_text.py checks them
against the installed SDKs, error by error.
"""

from __future__ import annotations

import json

MAX_BODY = 10_000
# What both SDKs raise when a 422's JSON body is not a validation-error list ({"detail": "text"}):
# they fail to read it as HTTPValidationError. Observed with mistralai 3.7.0 and
# @mistralai/mistralai 2.7.0 against the files and fine-tuning 422 bodies.
UNREADABLE_422 = "ResponseValidationError"
UNREADABLE_422_TEXT = {"python": "Response validation failed: 1 validation error for Unmarshaller",
                       "typescript": "Response validation failed"}


def _content_type_part(content_type: str | None) -> str:
    shown = content_type or '""'
    if shown == "application/json":
        return ""
    return f' Content-Type "{shown}"' if " " in shown else f" Content-Type {shown}"


def _body_part(body: str) -> str:
    shown = body or '""'
    if len(shown) > MAX_BODY:
        shown = f"{shown[:MAX_BODY]}...and {len(shown) - MAX_BODY} more chars"
    return shown


def _validation_class(status: int, content_type: str | None, body: str) -> str | None:
    """The class a 422 with a JSON body gets: HTTPValidationError when the body reads as one (an
    object whose `detail`, if any, is a list), else ResponseValidationError. None otherwise."""
    if status != 422 or not (content_type or "").startswith("application/json"):
        return None
    try:
        value = json.loads(body)
    except ValueError:
        return UNREADABLE_422
    readable = isinstance(value, dict) and isinstance(value.get("detail", []), list)
    return "HTTPValidationError" if readable else UNREADABLE_422


def python_exception(status: int, content_type: str | None, body: str = "{}") -> str:
    return _validation_class(status, content_type, body) or "SDKError"


def python_text(status: int, content_type: str | None, body: str) -> str:
    """str(error) in Python: HTTPValidationError shows the raw body; SDKError the status line;
    ResponseValidationError its first line (pydantic's report follows)."""
    kind = python_exception(status, content_type, body)
    if kind == "HTTPValidationError":
        return body
    if kind == UNREADABLE_422:
        return UNREADABLE_422_TEXT["python"]
    text = f"API error occurred: Status {status}{_content_type_part(content_type)}. Body: {_body_part(body)}"
    return text.strip()


def typescript_exception(status: int, content_type: str | None, body: str = "{}") -> str:
    return _validation_class(status, content_type, body) or "SDKError"


def typescript_text(status: int, content_type: str | None, body: str) -> str | None:
    """error.message in TypeScript for an SDKError (None for a 422: its message is a JSON dump)."""
    kind = typescript_exception(status, content_type, body)
    if kind == "HTTPValidationError":
        return None
    if kind == UNREADABLE_422:
        return UNREADABLE_422_TEXT["typescript"]
    separator = "\n" if len(body or '""') > 100 else ". "
    text = f"API error occurred: Status {status}{_content_type_part(content_type)}{separator}Body: {_body_part(body)}"
    return text.strip()

"""What each SDK prints for an HTTP error, worked out from the status, Content-Type and body.

The rules are the SDKs' own (mistralai 3.7.0 `mistralai/client/errors/sdkerror.py` and
`httpvalidationerror.py`; @mistralai/mistralai 2.7.0 `src/models/errors/sdkerror.ts`), as
recorded in shared/reference/sdk-behaviour.md §3 and §5.6. tests/test_sdk_text.py checks them
against the installed SDKs, error by error.
"""

from __future__ import annotations

MAX_BODY = 10_000


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


def python_exception(status: int, content_type: str | None) -> str:
    if status == 422 and (content_type or "").startswith("application/json"):
        return "HTTPValidationError"
    return "SDKError"


def python_text(status: int, content_type: str | None, body: str) -> str:
    """str(error) in Python: HTTPValidationError shows the raw body; SDKError the status line."""
    if python_exception(status, content_type) == "HTTPValidationError":
        return body
    text = f"API error occurred: Status {status}{_content_type_part(content_type)}. Body: {_body_part(body)}"
    return text.strip()


def typescript_exception(status: int, content_type: str | None) -> str:
    if status == 422 and (content_type or "").startswith("application/json"):
        return "HTTPValidationError"
    return "SDKError"


def typescript_text(status: int, content_type: str | None, body: str) -> str | None:
    """error.message in TypeScript for an SDKError (None for a 422: its message is a JSON dump)."""
    if typescript_exception(status, content_type) == "HTTPValidationError":
        return None
    separator = "\n" if len(body or '""') > 100 else ". "
    text = f"API error occurred: Status {status}{_content_type_part(content_type)}{separator}Body: {_body_part(body)}"
    return text.strip()

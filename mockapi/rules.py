"""The message rules the hosted API enforces, checked in the order the mock applies them.

They follow mistral-common's validator (the library whose strings the API returns) and the
observations of api-facts §1.2-§1.4: `user` directly after `tool` is rejected by the hosted API
even though mistral-common allowed it from 2026-04-27. Each rule answers with an error id of
data/errors.yml, the name of one of its messages, and the message's values.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

import jsonschema

Problem = tuple[str, str, dict[str, str]]

ALLOWED_AFTER = {
    "system": {"system", "user", "assistant"},
    "user": {"user", "assistant", "system"},
    "assistant": {"assistant", "user", "tool"},
    "tool": {"tool", "assistant"},
}
TOOL_CALL_ID = re.compile(r"^[a-zA-Z0-9]{9}$")
# An embeddings request takes about 16k tokens and at most 512 inputs (api-facts §1.2, code 3210).
EMBEDDING_BATCH_TOKENS = 16384
EMBEDDING_BATCH_INPUTS = 512
PDF_DATA_URL = "data:application/pdf;base64,"


def _has_content(message: dict[str, Any]) -> bool:
    return message.get("content") not in (None, "", [])


def message_problem(messages: list[dict[str, Any]]) -> Problem | None:
    """The first rule a conversation breaks, or None."""
    for message in messages:
        for call in message.get("tool_calls") or []:
            shown = "null" if call.get("id") is None else str(call.get("id"))  # as the API writes it
            if not TOOL_CALL_ID.match(shown):
                return "tool-call-id", "bad-id", {"id": shown}
        if message["role"] == "tool":
            if message.get("tool_call_id") is None:
                return "tool-messages", "no-id", {}
            if not TOOL_CALL_ID.match(message["tool_call_id"]):
                return "tool-call-id", "bad-id", {"id": message["tool_call_id"]}
        if message["role"] == "assistant" and not message.get("prefix"):
            if _has_content(message) and message.get("tool_calls"):
                return "tool-messages", "both", {}
            if not _has_content(message) and not message.get("tool_calls"):
                return "tool-messages", "none", {}
    for index, message in enumerate(messages):
        if message["role"] == "assistant" and message.get("tool_calls"):
            results = 0
            for later in messages[index + 1:]:
                if later["role"] != "tool":
                    break
                results += 1
            if results and results != len(message["tool_calls"]):
                return "tool-messages", "count", {}
    for previous, current in zip(messages, messages[1:]):
        if current["role"] not in ALLOWED_AFTER[previous["role"]]:
            return "message-order", "role-after-role", {"role": current["role"], "previous": previous["role"]}
    if messages:
        last = messages[-1]
        if last["role"] not in ("user", "tool") and not (last["role"] == "assistant" and last.get("prefix")):
            return "message-order", "last-role", {"role": last["role"]}
    return None


def embeddings_problem(inputs: list[str], tokens: int) -> Problem | None:
    if len(inputs) > EMBEDDING_BATCH_INPUTS:
        return "embeddings-batch", "inputs", {}
    if tokens > EMBEDDING_BATCH_TOKENS:
        return "embeddings-batch", "tokens", {}
    return None


# Checks a schema against the Draft 7 meta-schema; built once, not per tool of every request.
_DRAFT7_SCHEMA = jsonschema.Draft7Validator(jsonschema.Draft7Validator.META_SCHEMA)


def tool_schema_problem(tools: list[dict[str, Any]] | None) -> Problem | None:
    """A function tool whose parameters are not valid JSON Schema Draft 7 (api-facts §3, §9.2):
    the API prints the schema as Python writes a dict (SylphxAI/pdf-reader-mcp#63)."""
    for tool in tools or []:
        parameters = (tool.get("function") or {}).get("parameters")
        if isinstance(parameters, dict) and not _DRAFT7_SCHEMA.is_valid(parameters):
            return "tool-schema", "invalid", {"schema": repr(parameters)}
    return None


def reasoning_problem(request: dict[str, Any], capabilities: tuple[str, ...]) -> Problem | None:
    """prompt_mode "reasoning" on a model that does not reason (api-facts §9.2, 2026-04-13)."""
    if request.get("prompt_mode") == "reasoning" and "reasoning" not in capabilities:
        return "reasoning-mode", "not-enabled", {}
    return None


def _received(url: str) -> str:
    """How the OCR validator quotes a long document: its first and last 50 characters joined by
    `...`, as in mistralai/client-ts#119 (2025-08); shorter ones whole (the mock's choice)."""
    return url if len(url) <= 100 else f"{url[:50]}...{url[-50:]}"


def pdf_data(url: str) -> bytes:
    """The bytes of a PDF data URL (empty if its base64 does not decode)."""
    try:
        return base64.b64decode(url.removeprefix(PDF_DATA_URL), validate=True)
    except (binascii.Error, ValueError):
        return b""


def ocr_problem(document: dict[str, Any]) -> Problem | None:
    """What /v1/ocr refuses in a document_url (api-facts §1.2). The mock takes https URLs and PDF
    data URLs; the API refused an xlsx data URL (422, client-ts#119) and a PDF its parser could
    not read (400, 3740, client-python#485). The mock's test for "not a PDF": the decoded bytes
    do not start with %PDF-."""
    if document.get("type") != "document_url":
        return None
    url = document["document_url"]
    if url.startswith("https"):
        return None
    if not url.startswith(PDF_DATA_URL):
        return "ocr-document-format", "unsupported", {"received": _received(url)}
    if not pdf_data(url).startswith(b"%PDF-"):
        return "ocr-invalid-pdf", "not-pdf", {}
    return None


def conversation_problem(inputs: Any) -> Problem | None:
    """Function calls and results that differ in number among a conversation's inputs: the mock's
    reading of `Not the same number of function calls and responses` (code 3230, family H,
    client-python#234). The real API's exact rule is not known."""
    if isinstance(inputs, str):
        return None
    calls = sum(1 for entry in inputs if entry.get("type") == "function.call")
    results = sum(1 for entry in inputs if entry.get("type") == "function.result")
    if calls != results:
        return "conversations-function-calls", "count", {}
    return None

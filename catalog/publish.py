"""The error catalog as the site publishes it: /errors.json (schema: docs/errors.schema.json)."""

from __future__ import annotations

import posixpath
from typing import Any

from catalog import sdk_text
from catalog.errors import ErrorCatalog, ErrorEntry


def page_url(page: str) -> str:
    """The site path of a page under docs/ (directory URLs): errors/401-unauthorized.md -> errors/401-unauthorized/."""
    stem = page.removesuffix(".md")
    return "" if stem == "index" else f"{stem.removesuffix('/index')}/"


def alias_url(alias: str) -> str:
    return f"errors/{alias}/"


def relative(from_url: str, to_url: str) -> str:
    """A link from one directory URL of the site to another."""
    return posixpath.relpath(to_url or ".", from_url or ".").rstrip("/") + "/"


def _body(entry: ErrorEntry, index: int, sources: dict) -> dict[str, Any]:
    body = entry.bodies[index]
    status = entry.status_of(body)
    text = entry.example(body).decode()
    return {
        "name": body.name,
        "status": status,
        "content_type": body.content_type,
        "body": text,
        "template": body.raw if body.raw is not None else None,
        "provenance": body.provenance,
        "seen": body.seen,
        "note": body.note,
        "sources": [sources[key].title for key in body.sources],
        "python": {"exception": sdk_text.python_exception(status, body.content_type, text),
                   "text": sdk_text.python_text(status, body.content_type, text)},
        "typescript": {"exception": sdk_text.typescript_exception(status, body.content_type, text),
                       "text": sdk_text.typescript_text(status, body.content_type, text)},
        "headers": [{"name": h.name, "value": h.value, "provenance": h.provenance}
                    for h in entry.headers_of(body)],
    }


def errors_document(errors: ErrorCatalog, checked_by: str) -> dict[str, Any]:
    entries = []
    for entry in errors.documented():
        entries.append({
            "id": entry.id,
            "title": entry.title,
            "status": entry.status,
            "type": entry.type,
            "code": entry.code,
            "summary": entry.summary,
            "retryable": entry.retryable,
            "wait": entry.wait,
            "url": page_url(entry.page),
            "aliases": [alias_url(a) for a in entry.aliases],
            "messages": entry.messages,
            "checked": entry.checked.isoformat(),
            "bodies": [_body(entry, i, errors.sources) for i in range(len(entry.bodies))],
        })
    return {"source": checked_by, "errors": entries}

"""The error index: one row per error the site documents, from the catalog."""

from __future__ import annotations

import posixpath

from catalog.errors import ErrorCatalog


def render(errors: ErrorCatalog, from_src: str) -> str:
    """The table, with links to the pages' Markdown files (so a strict build checks them)."""
    rows = ["| Status | Code | Type | Retry? | What it means | Page |", "|---|---|---|---|---|---|"]
    for entry in sorted(errors.documented(), key=lambda e: (e.status, e.code or "", e.id)):
        statuses = sorted({entry.status_of(b) for b in entry.bodies})
        status = ", ".join(str(s) for s in statuses)
        code = f"`{entry.code}`" if entry.code else "—"
        type_ = f"`{entry.type}`" if entry.type else "—"
        retry = "yes" if entry.retryable else "no"
        link = posixpath.relpath(entry.page, posixpath.dirname(from_src))
        rows.append(f"| {status} | {code} | {type_} | {retry} | {entry.summary} | [{entry.title}]({link}) |")
    return "\n".join(rows)

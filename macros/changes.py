"""The "What changed" page: catalog and model changes by date, from the data's git history."""

from __future__ import annotations

import html
import itertools

from catalog.errors import ErrorCatalog
from catalog.history import Change

_FILES = {"errors.yml": "Error catalog", "models.yml": "Models"}


def _line(change: Change, errors: ErrorCatalog) -> str:
    detail = html.escape(change.detail).replace("|", "\\|")
    if change.kind == "created":
        return f"- {_FILES[change.file]}: first version, {detail} (`{change.commit}`)"
    key = f"`{change.key}`"
    if change.file == "errors.yml" and change.kind != "removed":
        try:
            entry = errors.get(change.key)
        except KeyError:  # removed by a later commit
            entry = None
        if entry is not None and entry.page:
            key = f"[{key}]({entry.page})"
    text = f"- {_FILES[change.file]}: {change.kind} {key}"
    return text + (f": {detail}" if detail else "") + f" (`{change.commit}`)"


def render(changes: tuple[Change, ...], errors: ErrorCatalog) -> str:
    if not changes:
        return "No change recorded yet."
    out: list[str] = []
    for day, group in itertools.groupby(changes, key=lambda c: c.date):
        out += [f"## {day.isoformat()}", ""]
        out += [_line(change, errors) for change in group]
        out.append("")
    return "\n".join(out)

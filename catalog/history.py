"""What changed in the catalog and the model list, by date, read from the data's git history.

Each commit that touched data/errors.yml or data/models.yml is compared with the version before
it: error entries and models added, removed, or changed in the fields a reader acts on. The
files are compared as parsed YAML, key by key, so a reformatting is no change.
"""

from __future__ import annotations

import datetime as dt
import functools
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.loader import DATA_DIR, parse

# The fields of an error entry and of a model whose change a reader would act on.
ERROR_FIELDS = ("title", "status", "type", "code", "page", "retryable", "messages", "body shapes")
MODEL_FIELDS = ("ids", "aliases", "status", "context_k", "capabilities", "deprecated_on", "retires_on",
                "replacement")
FILES = {"errors.yml": "errors", "models.yml": "models"}


@dataclass(frozen=True)
class Change:
    date: dt.date
    commit: str  # abbreviated hash
    file: str  # "errors.yml" or "models.yml"
    kind: str  # "created" (the file's first version), "added", "removed" or "changed"
    key: str  # an error id, or a model name
    detail: str  # what changed, for "changed": the field names and the new values


class HistoryUnavailable(RuntimeError):
    """data/ is not inside a git work tree with history (an installed copy, a tarball)."""


def _git(*args: str, cwd: Path = DATA_DIR) -> str:
    try:
        return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise HistoryUnavailable(f"git history of {DATA_DIR} is not available: {error}") from error


def _records(text: str, file: str) -> dict[str, dict[str, Any]]:
    document = parse(text) or {}
    key = "id" if file == "errors.yml" else "name"
    records = {record[key]: record for record in document.get(FILES[file], []) if key in record}
    for record in records.values():
        if "bodies" in record:  # which shapes the API answers with, not each shape's every byte
            record["body shapes"] = [body.get("name") for body in record["bodies"]]
    return records


def _show(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_show(v) for v in value) or "none"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_show(v)}" for k, v in value.items())
    return "none" if value is None else str(value)


def _compare(before: dict[str, dict], after: dict[str, dict], fields: tuple[str, ...]) -> list[tuple[str, str, str]]:
    changes = []
    for key, record in after.items():
        if key not in before:
            changes.append(("added", key, _show(record.get("title") or record.get("status"))))
            continue
        changed = [f"{field} → {_show(record.get(field))}" for field in fields
                   if before[key].get(field) != record.get(field)]
        if changed:
            changes.append(("changed", key, "; ".join(changed)))
    changes += [("removed", key, "") for key in before if key not in after]
    return changes


@functools.lru_cache(maxsize=1)
def changes() -> tuple[Change, ...]:
    """Every change, newest first."""
    root = Path(_git("rev-parse", "--show-toplevel").strip())
    relative = DATA_DIR.resolve().relative_to(root.resolve()).as_posix()
    result: list[Change] = []
    for file in FILES:
        path = f"{relative}/{file}"
        log = _git("log", "--reverse", "--format=%h %cs", "--", path, cwd=root).split("\n")
        previous: dict[str, dict] = {}
        fields = ERROR_FIELDS if file == "errors.yml" else MODEL_FIELDS
        for line in filter(None, log):
            commit, date = line.split()
            current = _records(_git("show", f"{commit}:{path}", cwd=root), file)
            if not previous:  # the file's first version: one line, not one per record
                result.append(Change(dt.date.fromisoformat(date), commit, file, "created", "",
                                     f"{len(current)} records"))
                previous = current
                continue
            for kind, key, detail in _compare(previous, current, fields):
                result.append(Change(dt.date.fromisoformat(date), commit, file, kind, key, detail))
            previous = current
    # Newest first, within a day too (the sort is stable: reversed commit order survives it).
    return tuple(sorted(reversed(result), key=lambda c: c.date, reverse=True))

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


def _git(*args: str, cwd: Path = DATA_DIR, stdin: str | None = None) -> str:
    try:
        return subprocess.run(["git", *args], cwd=cwd, input=stdin, check=True, capture_output=True,
                              text=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise HistoryUnavailable(f"git history of {DATA_DIR} is not available: {error}") from error


def _versions(root: Path, paths: list[str]) -> list[tuple[str, str, str, str]]:
    """(commit, date, path, blob) for each commit that changed one of `paths`, oldest first; blob
    is "" where the commit deleted the file. One `git log` for all, not one `git show` per version."""
    log = _git("log", "--reverse", "--no-renames", "--format=commit %h %cs", "--raw", "--",
               *paths, cwd=root)
    versions, commit, date = [], "", ""
    for line in log.splitlines():
        if line.startswith("commit "):
            _, commit, date = line.split()
        elif line.startswith(":"):
            fields, path = line.split("\t", 1)
            blob, status = fields.split()[3], fields.split()[4]
            versions.append((commit, date, path, "" if status == "D" else blob))
    return versions


def _blobs(root: Path, blobs: list[str]) -> dict[str, str]:
    """The text of each blob, read in one `git cat-file --batch` (which answers in the order asked)."""
    out = _git("cat-file", "--batch", cwd=root, stdin="".join(f"{blob}\n" for blob in blobs)).encode()
    texts, at = {}, 0
    for blob in blobs:
        header_end = out.index(b"\n", at)
        size = int(out[at:header_end].split()[2])
        start = header_end + 1
        texts[blob] = out[start:start + size].decode("utf-8")
        at = start + size + 1  # the newline after each object
    return texts


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
    paths = {f"{relative}/{file}": file for file in FILES}
    versions = _versions(root, list(paths))
    texts = _blobs(root, sorted({blob for *_, blob in versions if blob}))
    result: list[Change] = []
    previous: dict[str, dict[str, dict]] = {}
    for commit, date, path, blob in versions:
        file = paths[path]
        current = _records(texts.get(blob, ""), file)
        day = dt.date.fromisoformat(date)
        if file not in previous:  # the file's first version: one line, not one per record
            result.append(Change(day, commit, file, "created", "", f"{len(current)} records"))
        else:
            fields = ERROR_FIELDS if file == "errors.yml" else MODEL_FIELDS
            for kind, key, detail in _compare(previous[file], current, fields):
                result.append(Change(day, commit, file, kind, key, detail))
        previous[file] = current
    # Newest first, within a day too (the sort is stable: reversed commit order survives it).
    return tuple(sorted(reversed(result), key=lambda c: c.date, reverse=True))

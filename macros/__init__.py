"""mkdocs-macros module: turns the catalog into tables and lists for the pages.

Reads only `catalog` (never data/ or the nav), so Zensical's macros extension can run it too.
"""

from __future__ import annotations

import json
from pathlib import Path

from catalog import load
from macros import models_table

ROOT = Path(__file__).resolve().parent.parent


def _sdk_versions() -> dict[str, str]:
    """The SDK versions the snippets run with, read from the pins, never typed into a page."""
    python = next(line.split("==")[1].strip() for line in (ROOT / "requirements.txt").read_text().splitlines()
                  if line.startswith("mistralai=="))
    lock = json.loads((ROOT / "package-lock.json").read_text())
    typescript = lock["packages"]["node_modules/@mistralai/mistralai"]["version"]
    return {"python": python, "typescript": typescript}


def define_env(env) -> None:
    data = load()
    env.variables["sdk_versions"] = _sdk_versions()

    @env.macro
    def models_page_tables() -> str:
        return models_table.render(data.models)

    @env.macro
    def error_body(error_id: str, body_name: str | None = None, **params: str) -> str:
        """A fenced block with one body shape of a catalog error, exactly as the API sends it."""
        entry = data.errors.get(error_id)
        body = entry.body(body_name)
        text = body.render(**{"model": "", "message": "", "request_id": "", **params}).decode()
        language = "json" if (body.content_type or "").startswith("application/json") else "text"
        return f"```{language}\n{text}\n```"

    @env.macro
    def error_sources(error_id: str) -> str:
        """Where each body shape of an error was seen, with its provenance."""
        entry = data.errors.get(error_id)
        lines = []
        for body in entry.bodies:
            cited = "; ".join(data.errors.sources[key].title for key in body.sources)
            seen = f", seen {body.seen}" if body.seen else ""
            note = f" {body.note}" if body.note else ""
            lines.append(f"- `{body.name}` ({body.provenance}{seen}): {cited}.{note}")
        lines.append(f"\nFacts checked {entry.checked.isoformat()}.")
        return "\n".join(lines)

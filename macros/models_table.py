"""The Models page: one table per status, the wrong names readers type, and the sources."""

from __future__ import annotations

import datetime as dt

from catalog.models import Model, ModelCatalog
from macros.deprecations import lifecycle

_STATUS_SECTIONS = (
    ("active", "Available (GA)"),
    ("preview", "Preview and Labs"),
    ("deprecated", "Deprecated"),
    ("retired", "Retired"),
)


def _ids(model: Model) -> str:
    return "<br>".join(f"`{name}`" for name in model.api_names)


def _row(model: Model, today: dt.date) -> str:
    context = f"{model.context_k}k" if model.context_k else "—"
    capabilities = ", ".join(model.capabilities) or "—"
    replacement = f"`{model.replacement}`" if model.replacement else "—"
    note = (model.note or "").replace("|", "\\|")
    return f"| {model.name} | {_ids(model)} | {context} | {capabilities} | {lifecycle(model, today)} | {replacement} | {note} |"


def render(catalog: ModelCatalog, today: dt.date) -> str:
    out: list[str] = []
    for status, title in _STATUS_SECTIONS:
        models = [m for m in catalog.models if m.status == status]
        out += [f"## {title}", "", f"{len(models)} models.", ""]
        out += ["| Model | API IDs | Context | Capabilities | Lifecycle | Use instead | Note |",
                "|---|---|---|---|---|---|---|"]
        out += [_row(m, today) for m in models]
        out.append("")
    out += ["## Names that are not model IDs", "",
            "Sending one of these gets `400 invalid_model` (code `1500`) where *rejected* says so; "
            "where it says *unverified*, the name is not a documented ID and was not seen accepted or rejected.", "",
            "| You typed | Use | Why | Rejected |", "|---|---|---|---|"]
    out += [f"| `{w.name}` | `{w.use}` | {w.why} | {w.rejected} |" for w in catalog.wrong_names]
    out += ["", "## IDs the API serves that no docs card lists", "",
            "Observed answering, not documented: they may change without notice.", "",
            "| ID | What was seen |", "|---|---|"]
    out += [f"| `{o.id}` | {o.note} |" for o in catalog.observed_ids]
    out += ["", "## Sources", ""]
    out += [f"- **{key}**: {s.title}" + (f" ({s.where})" if s.where else "") for key, s in catalog.sources.items()]
    checked = max(m.checked for m in catalog.models)
    out += ["", f"Facts last checked {checked.isoformat()}."]
    return "\n".join(out)


def with_capability(catalog: ModelCatalog, capability: str, today: dt.date) -> str:
    """A table of the models that have one capability, with their status and dates."""
    rows = ["| Model | API IDs | Status | Lifecycle | Use instead |", "|---|---|---|---|---|"]
    for model in catalog.models:
        if capability in model.capabilities:
            replacement = f"`{model.replacement}`" if model.replacement else "—"
            rows.append(f"| {model.name} | {_ids(model)} | {model.status} | {lifecycle(model, today)} | {replacement} |")
    return "\n".join(rows)

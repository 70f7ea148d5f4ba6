"""Deprecation notices: a page that names a deprecated model ID says so at its top, with the
replacement and the dates, all from data/models.yml (through the catalog)."""

from __future__ import annotations

import datetime as dt
import re

from catalog.models import Model, ModelCatalog


def _date(day: dt.date, today: dt.date) -> str:
    return f"{day.isoformat()} (passed)" if day < today else day.isoformat()


def lifecycle(model: Model, today: dt.date) -> str:
    """A model's dates, a passed retirement marked so: `deprecated 2026-05-22, retirement 2026-08-31 (passed)`."""
    parts = []
    if model.deprecated_on:
        parts.append(f"deprecated {model.deprecated_on.isoformat()}")
    if model.retires_on:
        parts.append(f"retirement {_date(model.retires_on, today)}")
    return ", ".join(parts) or "—"


def named(catalog: ModelCatalog, text: str) -> list[tuple[str, Model]]:
    """The deprecated IDs and aliases a text names as whole words, in catalog order."""
    deprecated = [(name, model) for model in catalog.models if model.status == "deprecated"
                  for name in model.api_names]
    # One pass over the text for all the names, then the catalog's order.
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(n) for n, _ in deprecated) + r")(?![\w.-])")
    seen = set(pattern.findall(text))
    return [(name, model) for name, model in deprecated if name in seen]


def notice(catalog: ModelCatalog, text: str, models_link: str, today: dt.date) -> str:
    """An admonition listing the deprecated IDs the text names, or "" when it names none."""
    found = named(catalog, text)
    if not found:
        return ""
    # An admonition in HTML, to keep it out of the search index: the page's own text already
    # names the IDs, and the notice's words would pull the page up for unrelated queries.
    lines = ['<div class="admonition warning" data-search-exclude markdown>',
             '<p class="admonition-title">Deprecated model IDs on this page</p>', "",
             f"This page names model IDs that Mistral has deprecated. Use the replacement in new code "
             f"(dates and their sources: [Models]({models_link})):", ""]
    for name, model in found:
        instead = f"; use `{model.replacement}`" if model.replacement else ""
        lines.append(f"- `{name}` ({model.name}): {lifecycle(model, today)}{instead}")
    passed = any(m.retires_on and m.retires_on < today for _, m in found)
    if passed:
        lines += ["", "A passed retirement date does not mean the ID already fails: some were seen answering "
                  "after it. It can stop answering at any time."]
    return "\n".join(lines) + "\n\n</div>\n"

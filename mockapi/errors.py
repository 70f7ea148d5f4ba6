"""Error answers, rendered from data/errors.yml and nowhere else."""

from __future__ import annotations

from catalog import Catalog


def render_error(catalog: Catalog, error_id: str, body_name: str | None = None,
                 **params: str) -> tuple[int, list[tuple[str, str]], bytes]:
    """(status, headers, body) for one body shape of one catalog error."""
    entry = catalog.errors.get(error_id)
    body = entry.body(body_name)
    content = entry.render(body, **params)
    headers = [(h.name, h.value) for h in entry.headers_of(body)]
    if body.content_type:
        headers.append(("content-type", body.content_type))
    return entry.status_of(body), headers, content

"""Error answers, rendered from data/errors.yml and nowhere else."""

from __future__ import annotations

from catalog import Catalog


def render_error(catalog: Catalog, error_id: str, body_name: str | None = None,
                 **params: str) -> tuple[int, list[tuple[str, str]], bytes]:
    """(status, headers, body) for one body shape of one catalog error."""
    entry = catalog.errors.get(error_id)
    body = entry.body(body_name)
    content = entry.render(body, **params)
    return entry.status_of(body), _headers(entry, body), content


def render_generated(catalog: Catalog, error_id: str, body_name: str | None = None,
                     **fields: object) -> tuple[int, list[tuple[str, str]], object]:
    """(status, headers, payload) for a body the validation layer builds: the catalog's example,
    its keys in their order, with the values the validation layer generates put in (fields)."""
    entry = catalog.errors.get(error_id)
    body = entry.body(body_name)
    if body.generated is None:
        raise ValueError(f"{error_id}: body {body.name!r} is not generated")
    unknown = set(fields) - set(body.example)
    if unknown:
        raise KeyError(f"{error_id}: the example has no keys {sorted(unknown)}")
    payload = {key: fields.get(key, value) for key, value in body.example.items()}
    return entry.status_of(body), _headers(entry, body), payload


def _headers(entry, body) -> list[tuple[str, str]]:
    """The headers the catalog gives a body, and its Content-Type."""
    headers = [(h.name, h.value) for h in entry.headers_of(body)]
    if body.content_type:
        headers.append(("content-type", body.content_type))
    return headers

"""Response-header records (data/headers.yml)."""

from __future__ import annotations

from typing import Literal

from catalog.errors import Provenance
from catalog.records import Checked, Record, Source


class ResponseHeader(Checked):
    name: str
    example: str
    sent_on: Literal["every", "success"]
    provenance: Provenance
    sources: tuple[str, ...]
    note: str | None = None


class HeadersFile(Record):
    sources: dict[str, Source]
    headers: tuple[ResponseHeader, ...]

    def model_post_init(self, _context: object) -> None:
        for header in self.headers:
            for key in header.sources:
                if key not in self.sources:
                    raise ValueError(f"headers.yml: {header.name}: unknown source {key!r}")

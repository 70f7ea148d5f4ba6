"""Runs search cases through the site's own search box and scores them (hit@1, hit@3)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

from browser import launch, serve
from search_ui import first_pages, open_search

HERE = Path(__file__).resolve().parent
SHARED_CASES = HERE.parent.parent / "shared" / "search-cases.yaml"  # beside the clone, in CI too
OWN_CASES = HERE / "search_cases.yaml"


@dataclass(frozen=True)
class Outcome:
    query: str
    expected: str
    found: tuple[str, ...]
    source: str

    @property
    def rank(self) -> int | None:
        return self.found.index(self.expected) + 1 if self.expected in self.found else None


def cases() -> list[tuple[str, str, str]]:
    """(query, expected page path, which file) for the shared cases and the project's own."""
    own = yaml.safe_load(OWN_CASES.read_text())
    pages = own["pages"]
    out = []
    if SHARED_CASES.is_file():
        out += [(c["query"], pages[c["expect"]], "shared") for c in yaml.safe_load(SHARED_CASES.read_text())]
    out += [(c["query"], pages[c["expect"]], "own") for c in own["cases"]]
    return out


def evaluate(site_dir: Path) -> list[Outcome]:
    base = serve(site_dir)
    outcomes = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        open_search(page, base)
        for query, expected, source in cases():
            outcomes.append(Outcome(query, expected, tuple(first_pages(page, query, base)[:3]), source))
        browser.close()
    return outcomes


def score(outcomes: list[Outcome], source: str | None = None) -> tuple[float, float, int]:
    chosen = [o for o in outcomes if source in (None, o.source)]
    if not chosen:
        return 0.0, 0.0, 0
    hit1 = sum(o.rank == 1 for o in chosen) / len(chosen)
    hit3 = sum(o.rank is not None for o in chosen) / len(chosen)
    return hit1, hit3, len(chosen)


def report(outcomes: list[Outcome]) -> str:
    lines = []
    for source in ("shared", "own", None):
        hit1, hit3, count = score(outcomes, source)
        lines.append(f"{source or 'all':6} hit@1 {hit1:6.1%}  hit@3 {hit3:6.1%}  ({count} queries)")
    misses = [o for o in outcomes if o.rank != 1]
    if misses:
        lines.append("not first:")
        lines += [f"  [{o.rank or '-'}] {o.query!r}: want {o.expected}, got {list(o.found)}" for o in misses]
    return "\n".join(lines)

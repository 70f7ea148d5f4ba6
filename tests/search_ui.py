"""Typing a query into the site's own search box and reading the pages it lists first."""

from __future__ import annotations

import time
import urllib.parse

RESULTS = "li.md-search-result__item > a.md-search-result__link"


def open_search(page, base_url: str) -> None:
    page.goto(base_url)
    page.wait_for_function("() => /Type to start/.test(document.querySelector('.md-search-result__meta').textContent)")
    page.keyboard.press("/")  # the site's own shortcut: opens and focuses the search box


# Written into the result count before each query: once it is gone, the search has answered this
# query, not the one before (waiting for the list to stop changing cost 0.4 s a query).
_PENDING = "\u2026searching"
_META = ".md-search-result__meta"
_READ = """([meta, results]) => [document.querySelector(meta).textContent.trim(),
                          [...document.querySelectorAll(results)].map(e => e.getAttribute('href'))]"""


def first_pages(page, query: str, base_url: str, settle: float = 0.05, limit: float = 10.0) -> list[str]:
    """Puts the query in the box as a paste would and returns the result pages in order (site paths),
    once the search has answered and the list has not changed for `settle` seconds."""
    box = page.locator("input.md-search__input")
    if box.input_value() != query:  # the same query again would not be searched again
        page.eval_on_selector(_META, "(meta, pending) => { meta.textContent = pending; }", _PENDING)
        box.fill(query)
        box.press("End")  # the search reads the box on keyup: one key, as after a paste
        page.wait_for_function("([meta, pending]) => document.querySelector(meta).textContent !== pending",
                               arg=[_META, _PENDING], timeout=limit * 1000)
    last, since, started = None, time.monotonic(), time.monotonic()
    while time.monotonic() - started < limit:
        now = page.evaluate(_READ, [_META, RESULTS])
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since > settle:
            break
        page.wait_for_timeout(20)
    pages = []
    for href in last[1] if last else []:
        path = urllib.parse.urlsplit(urllib.parse.urljoin(base_url, href)).path
        path = "/" + path.removeprefix(urllib.parse.urlsplit(base_url).path)
        if path not in pages:
            pages.append(path)
    return pages

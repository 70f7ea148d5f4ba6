"""Typing a query into the site's own search box and reading the pages it lists first."""

from __future__ import annotations

import time
import urllib.parse

RESULTS = "li.md-search-result__item > a.md-search-result__link"


def open_search(page, base_url: str) -> None:
    page.goto(base_url)
    page.wait_for_function("() => /Type to start/.test(document.querySelector('.md-search-result__meta').textContent)")
    page.keyboard.press("/")  # the site's own shortcut: opens and focuses the search box


def first_pages(page, query: str, base_url: str, settle: float = 0.2, limit: float = 10.0) -> list[str]:
    """Puts the query in the box as a paste would and returns the result pages in order (site paths),
    once the list has stopped changing for `settle` seconds."""
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # the search reads the box on keyup: one key, as after a paste
    last, since, started = None, time.monotonic(), time.monotonic()
    while time.monotonic() - started < limit:
        now = (page.eval_on_selector(".md-search-result__meta", "e => e.textContent.trim()"),
               page.eval_on_selector_all(RESULTS, "els => els.map(e => e.getAttribute('href'))"))
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since > settle:
            break
        page.wait_for_timeout(50)
    pages = []
    for href in last[1] if last else []:
        path = urllib.parse.urlsplit(urllib.parse.urljoin(base_url, href)).path
        path = "/" + path.removeprefix(urllib.parse.urlsplit(base_url).path)
        if path not in pages:
            pages.append(path)
    return pages

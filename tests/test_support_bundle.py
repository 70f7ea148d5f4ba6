"""The support bundle (macros/support.py): the line tests/runs/support.py cannot compare, the key
never shown, and the section on every error page."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from runs.support import RUNS
from site_build import built_site
from snippet_runner import ROOT, TEST_KEY, execute

TIME = re.compile(r"^Time \(UTC\): (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$")


@pytest.mark.parametrize("run", RUNS, ids=lambda r: r.snippet)
def test_the_first_line_is_the_time_now_in_utc_and_the_key_never_shows(run, scenario_url) -> None:
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    result = execute(run, scenario_url(run.scenario))
    after = dt.datetime.now(dt.timezone.utc)
    first = result.text.splitlines()[0]
    match = TIME.match(first)
    assert match, first
    printed = dt.datetime.strptime(match[1], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    assert before <= printed <= after, (before, printed, after)
    assert TEST_KEY not in result.text and TEST_KEY[-8:] not in result.text


def _error_pages() -> list[str]:
    return sorted(p.stem for p in (ROOT / "docs" / "errors").glob("*.md") if p.name != "index.md")


@pytest.mark.parametrize("page", _error_pages())
def test_every_error_page_shows_the_section(page: str) -> None:
    html = (built_site() / "errors" / page / "index.html").read_text()
    assert 'id="what-to-send-mistral-support"' in html
    for text in ("<code>mistral-correlation-id</code>", "<code>x-kong-request-id</code>", "Never send your API key",
                 'href="../../topics/support/"'):
        assert text in html, text


def test_only_the_support_page_is_found_for_the_section() -> None:
    """The section repeats the same words on every error page; in the search index it would
    outrank the support page for "what to send Mistral support", so only that page is there."""
    docs = json.loads((built_site() / "search" / "search_index.json").read_text())["docs"]
    found = {doc["location"].split("#")[0] for doc in docs if "Mistral support" in doc["title"]}
    assert found == {"topics/support/"}
    assert not [doc["location"] for doc in docs if "Never send your API key" in doc["text"]
                and not doc["location"].startswith("topics/support/")]


def test_the_support_page_shows_the_three_snippets_and_their_output() -> None:
    html = (built_site() / "topics" / "support" / "index.html").read_text()
    # The snippets were filled in (an include left as text would show its --8<-- line).
    assert "--8&lt;--" not in html and "--8<--" not in html
    for text in ("mistral-correlation-id", "support_bundle.py", "support_bundle.ts", "support_bundle.sh",
                 "SDK: mistralai", "SDK: @mistralai/mistralai", "HTTP/1.1 500 Internal Server Error"):
        assert text in html, text

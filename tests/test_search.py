"""The site's own search box, in Chromium, finds the right page for what readers type or paste:
the shared cases of ../shared/search-cases.yaml and the project's own (tests/search_cases.yaml)."""

from __future__ import annotations

import pytest

from search_eval import SHARED_CASES, evaluate, report, score
from site_build import built_site

HIT_AT_1 = 0.85
HIT_AT_3 = 0.95


@pytest.fixture(scope="module")
def outcomes():
    return evaluate(built_site())


def test_the_shared_cases_are_there() -> None:
    assert SHARED_CASES.is_file(), "CI runs with shared/ beside the clone"


@pytest.mark.parametrize("source", ["shared", "own"])
def test_search_puts_the_right_page_first(outcomes, source) -> None:
    print("\n" + report(outcomes))
    hit1, hit3, count = score(outcomes, source)
    assert count > 0
    assert hit1 >= HIT_AT_1, report(outcomes)
    assert hit3 >= HIT_AT_3, report(outcomes)

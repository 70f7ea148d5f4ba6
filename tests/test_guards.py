"""Guards: every snippet is shown by a page and run by a test, and pages include only by name."""

from __future__ import annotations

import re

import pytest

from runs import ALL as SESSION_RUNS
from site_pages import INCLUDE, SITE_URL  # a snippet may link to the site's pages with SITE_URL
from snippet_runner import OUTPUTS, ROOT, SNIPPETS
from test_local_mock import LOCAL_API, LOCAL_MOCK_RUNS

# tests/test_local_mock.py runs the local-mock page's snippets against the installed mistral-mock.
RUNS = [*SESSION_RUNS, *LOCAL_MOCK_RUNS]
# Snippets run by a test module of their own rather than by a Run (the module must name the file).
RUN_BY_MODULE = {"python/diagnose.py": "tests/test_diagnose.py"}

DOCS = ROOT / "docs"
CODE_SUFFIXES = {".py", ".ts", ".sh"}


def _includes() -> dict[str, list[str]]:
    """Each include target, with the pages that include it."""
    found: dict[str, list[str]] = {}
    for page in sorted(DOCS.rglob("*.md")):
        for target in INCLUDE.findall(page.read_text()):
            found.setdefault(target, []).append(str(page.relative_to(ROOT)))
    return found


def _files() -> list[str]:
    return sorted(str(p.relative_to(SNIPPETS)) for p in SNIPPETS.rglob("*") if p.is_file())


def test_every_snippet_file_is_included_by_a_page() -> None:
    included = set(_includes())
    assert [f for f in _files() if f not in included] == []


def test_every_include_points_to_a_file() -> None:
    missing = [f"{pages[0]}: {target}" for target, pages in _includes().items()
               if not (SNIPPETS / target.split(":")[0]).is_file()]
    assert missing == []


def test_no_include_by_line_number() -> None:
    """`file:12` or `file:3:9` silently shifts when the file changes; include whole files or named sections."""
    by_line = [f"{pages[0]}: {target}" for target, pages in _includes().items()
               if re.search(r":\d", target)]
    assert by_line == []


def test_every_code_snippet_is_run_by_a_test() -> None:
    run = {r.snippet for r in RUNS}
    run |= {snippet for snippet, module in RUN_BY_MODULE.items() if snippet in (ROOT / module).read_text()}
    code = [f for f in _files() if (SNIPPETS / f).suffix in CODE_SUFFIXES]
    assert [f for f in code if f not in run] == []


def test_every_output_file_is_asserted_by_a_run() -> None:
    asserted = {r.output for r in RUNS}
    outputs = sorted(p.name for p in OUTPUTS.iterdir())
    assert [f for f in outputs if f not in asserted] == []


def test_every_run_names_existing_files() -> None:
    missing = [r.id for r in RUNS if not (SNIPPETS / r.snippet).is_file() or not (OUTPUTS / r.output).is_file()]
    assert missing == []


@pytest.mark.parametrize("path", [f for f in _files() if f.endswith(tuple(CODE_SUFFIXES))])
def test_snippet_is_what_readers_copy(path: str) -> None:
    """No test hooks, no local servers, nothing imported from this project."""
    text = (SNIPPETS / path).read_text().replace(SITE_URL, "")  # a link to the site is no local server
    # The local-mock page's snippets (mock_*) point at the reader's own mistral-mock, and only at
    # http://127.0.0.1:8080; tests/test_local_mock.py runs them against the installed command.
    local_mock = path.split("/")[-1].startswith("mock_")
    if local_mock:
        text = text.replace(LOCAL_API, "")
    assert not re.search(r"127\.0\.0\.1|localhost|SNIPPET_BASE_URL|MOCK", text)
    # A base URL may be shown only as the real API's (the 404 page shows the /v1 mistake), or as the
    # reader's Azure AI Foundry endpoint read from the environment (docs/topics/cloud-deployments.md).
    assert local_mock or not re.search(
        r'(server_url|serverURL)(?!\s*[=:]\s*("https://api(\.eu|\.us)?\.mistral\.ai(/v1)?"'
        r'|os\.environ\["AZURE_AI_ENDPOINT"\]))', text)
    assert not re.search(r"^\s*(from|import)\s+(catalog|mockapi|macros|tests|snippet_runner)\b", text, re.M)
    assert not re.search(r"""from\s+["']\.\.?/""", text)  # no relative imports in TypeScript

"""Every snippet runs unchanged against the mock, and prints exactly what its page shows.

The runs are listed per page in tests/runs/; each names the snippet, the mock scenario and
environment, the exit status, and the file under snippets/output/ holding what it must print (the
same file the page includes, so a page cannot show other text than the one the test saw).
"""

from __future__ import annotations

import subprocess

import pytest

from runs import ALL
from snippet_runner import ROOT, TSC, Run, check, execute, language_of


@pytest.mark.parametrize("run", ALL, ids=lambda r: r.id)
def test_snippet_output(run: Run, scenario_url) -> None:
    result = execute(run, scenario_url(run.scenario))
    assert result.exit_code == run.exit_code, result.text
    check(run, result.text)


def test_typescript_snippets_typecheck() -> None:
    """`tsc --noEmit` in strict mode over every TypeScript snippet (tsconfig.json)."""
    done = subprocess.run([str(TSC), "-p", "tsconfig.json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_language_is_run() -> None:
    assert {language_of(r.snippet) for r in ALL} == {"python", "typescript", "curl"}

"""The harness goes red when a snippet breaks, in every language (a copy with one typo in the
model name must fail the same check its original passes)."""

from __future__ import annotations

import shutil
import uuid

import pytest

from snippet_runner import ROOT, SNIPPETS, TEST_KEY, run_snippet
from runs.home import RUNS  # the plain calls that work
from snippet_runner import check


@pytest.mark.parametrize("snippet", ["python/chat_basic.py", "typescript/chat_basic.ts", "curl/chat_basic.sh"])
def test_a_broken_copy_fails(snippet, scenario_url) -> None:
    run = next(r for r in RUNS if r.snippet == snippet)
    # Inside the repository, so that a TypeScript copy still resolves the SDK from node_modules.
    folder = ROOT / ".cache" / f"broken-{uuid.uuid4().hex[:8]}"
    folder.mkdir(parents=True)
    try:
        broken = folder / (SNIPPETS / snippet).name
        text = (SNIPPETS / snippet).read_text()
        assert "mistral-small-latest" in text
        broken.write_text(text.replace("mistral-small-latest", "mistral-small-lates"))
        result = run_snippet(broken, scenario_url())
        failed = result.exit_code != run.exit_code
        if not failed:
            with pytest.raises(AssertionError):
                check(run, result.text)
        # The original still passes the same check against the same mock.
        original = run_snippet(snippet, scenario_url())
        assert original.exit_code == run.exit_code
        check(run, original.text)
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("snippet, scenario, api_key, whole", [
    ("python/chat_basic.py", "ok", TEST_KEY, True),
    ("python/auth_check_key.py", "ok", None, True),          # sys.exit("...") with a message
    ("python/auth_check_key.py", "ok", f'"{TEST_KEY}"\n', True),
    ("python/chat_basic.py", "revoked-key", TEST_KEY, False),  # a traceback: its frames differ
])
def test_a_forked_python_run_prints_what_a_plain_run_prints(snippet, scenario, api_key, whole, scenario_url,
                                                            monkeypatch) -> None:
    """The zygote (tests/harness/python/zygote.py) must be invisible in what a snippet prints."""
    forked = run_snippet(snippet, scenario_url(scenario), api_key=api_key)
    monkeypatch.setenv("SNIPPETS_PLAIN_PYTHON", "1")
    plain = run_snippet(snippet, scenario_url(scenario), api_key=api_key)
    assert forked.exit_code == plain.exit_code
    if whole:
        assert forked.text == plain.text
    else:
        assert forked.text.splitlines()[-1] == plain.text.splitlines()[-1]
        assert forked.text.splitlines()[0] == plain.text.splitlines()[0] == "Traceback (most recent call last):"

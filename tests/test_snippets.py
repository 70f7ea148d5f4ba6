"""Every snippet runs unchanged against the mock, and prints exactly what its page shows.

Each Run names a snippet, the mock scenario and environment it runs under, the exit status it
must end with, and the file under snippets/output/ holding what it must print (the same file the
page includes, so the page cannot show other text than the one the test saw).
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass

import pytest

from snippet_runner import ROOT, TEST_KEY, expected_output, language_of, normalise, run_snippet

UNSET = None  # MISTRAL_API_KEY absent from the environment


@dataclass(frozen=True)
class Run:
    snippet: str
    output: str
    scenario: str = "ok"
    api_key: str | None = TEST_KEY
    exit_code: int = 0
    # How the output is compared: "all" of it; its "tail" (the last lines, as many as the expected
    # file has: a traceback's frames carry local paths); or one "line" anywhere in it (Node prints
    # the error's whole object after the line a reader looks for).
    compare: str = "all"

    @property
    def id(self) -> str:
        return f"{self.snippet}[{self.output}]"


RUNS = [
    # Home page: one call that works.
    Run("python/chat_basic.py", "chat_basic.txt"),
    Run("typescript/chat_basic.ts", "chat_basic.txt"),
    Run("curl/chat_basic.sh", "curl-chat_basic.txt"),
    # 401: what you see.
    Run("python/chat_basic.py", "python-chat_basic-401.txt", "revoked-key", exit_code=1, compare="tail"),
    Run("python/chat_basic.py", "python-chat_basic-401-gateway.txt", "revoked-key-gateway", exit_code=1,
        compare="tail"),
    Run("python/auth_empty_key.py", "python-auth_empty_key.txt", api_key=UNSET, exit_code=1, compare="tail"),
    Run("python/auth_empty_key.py", "python-auth_empty_key-newline.txt", api_key=TEST_KEY + "\n", exit_code=1,
        compare="tail"),
    Run("typescript/chat_basic.ts", "typescript-chat_basic-401.txt", "revoked-key", exit_code=1, compare="line"),
    Run("typescript/chat_basic.ts", "typescript-chat_basic-401.txt", api_key=UNSET, exit_code=1, compare="line"),
    # fetch trims header values, so the TypeScript SDK sends a key with a trailing newline intact.
    Run("typescript/chat_basic.ts", "chat_basic.txt", api_key=TEST_KEY + "\n"),
    Run("curl/chat_basic.sh", "curl-chat_basic-401.txt", "revoked-key"),
    Run("curl/chat_basic.sh", "curl-chat_basic-401-gateway.txt", "revoked-key-gateway"),
    # 401: the fixes.
    Run("python/auth_check_key.py", "auth_check_key-ok.txt"),
    Run("python/auth_check_key.py", "auth_check_key-unset.txt", api_key=UNSET, exit_code=1),
    Run("python/auth_check_key.py", "auth_check_key-newline.txt", api_key=f'"{TEST_KEY}"\n'),
    Run("python/auth_check_key.py", "auth_check_key-401.txt", "revoked-key", exit_code=1),
    Run("typescript/auth_check_key.ts", "auth_check_key-ok.txt"),
    Run("typescript/auth_check_key.ts", "auth_check_key-unset.txt", api_key=UNSET, exit_code=1),
    Run("typescript/auth_check_key.ts", "auth_check_key-newline.txt", api_key=f'"{TEST_KEY}"\n'),
    Run("typescript/auth_check_key.ts", "auth_check_key-401.txt", "revoked-key", exit_code=1),
    Run("curl/auth_check_key.sh", "auth_check_key-ok.txt"),
    Run("curl/auth_check_key.sh", "curl-auth_check_key-unset.txt", api_key=UNSET, exit_code=1),
    Run("curl/auth_check_key.sh", "auth_check_key-ok.txt", api_key=f'"{TEST_KEY}"\n'),
    Run("curl/auth_check_key.sh", "curl-auth_check_key-401.txt", "revoked-key", exit_code=1),
    Run("python/auth_catch_401.py", "python-auth_catch_401.txt", "revoked-key"),
    Run("python/auth_catch_401.py", "chat_basic.txt"),
    Run("typescript/auth_catch_401.ts", "typescript-auth_catch_401.txt", "revoked-key"),
    Run("typescript/auth_catch_401.ts", "chat_basic.txt"),
    Run("curl/auth_fail_on_error.sh", "curl-auth_fail_on_error-401.txt", "revoked-key"),
]


def check(run: Run, text: str) -> None:
    expected = normalise(expected_output(run.output))
    actual = normalise(text)
    if run.compare == "all":
        assert actual == expected
    elif run.compare == "tail":
        lines = actual.splitlines()
        assert "\n".join(lines[-len(expected.splitlines()):]) == expected
    else:
        assert expected in actual.splitlines(), f"no line {expected!r} in:\n{actual}"


@pytest.mark.parametrize("run", RUNS, ids=lambda r: r.id)
def test_snippet_output(run: Run, scenario_url) -> None:
    result = run_snippet(run.snippet, scenario_url(run.scenario), api_key=run.api_key)
    assert result.exit_code == run.exit_code, result.text
    check(run, result.text)


def test_typescript_snippets_typecheck() -> None:
    """`tsc --noEmit` in strict mode over every TypeScript snippet (tsconfig.json)."""
    done = subprocess.run(["npx", "--no-install", "tsc", "-p", "tsconfig.json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_language_is_run() -> None:
    assert {language_of(r.snippet) for r in RUNS} == {"python", "typescript", "curl"}

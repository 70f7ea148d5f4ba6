"""docs/topics/local-mock.md, run as a reader would: install the mock, start it, point code at it.

The page's install commands (snippets/curl/mock_install.sh) run for real, in a clean virtual
environment inside a temporary copy of this repository: `pip install .` there builds the package
as from a reader's clone (and leaves no build/ or *.egg-info in the work tree). The `mistral-mock`
command it installs is then started, as the page says, with `--scenario rate-limit-then-ok`, on a
free port rather than 8080 (8080 may be taken, and the tests run in parallel), and the page's
`mock_*` snippets run against it.

These runs are not in tests/runs/: those run against the session's mock of conftest.py (started
from the work tree with `python -m mockapi`), these against the installed command. The guards
count them through LOCAL_MOCK_RUNS.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

import pytest

from mockapi.scenarios import PRESETS
from snippet_runner import OUTPUTS, ROOT, SNIPPETS, Run, check, run_snippet

# The address the page's snippets use, as a reader's mock listens on it.
LOCAL_API = "http://127.0.0.1:8080"
# The harness sends whatever a snippet addresses to api.mistral.ai to SNIPPET_BASE_URL; nothing
# listens on this port, so a snippet that reached the mock other than through its own URL would fail.
NOT_REDIRECTED = "http://127.0.0.1:9"
INSTALL_SECONDS = 300  # the install may fetch fastapi, uvicorn, pydantic and PyYAML from PyPI

INSTALL = Run("curl/mock_install.sh", "curl-mock_install.txt", compare="tail")
RUNS = [
    # Requests without a /_mock prefix follow --scenario: two 429s, then success.
    Run("curl/mock_default_scenario.sh", "curl-mock_default_scenario.txt"),
    Run("curl/mock_stream_cut.sh", "curl-mock_stream_cut.txt", exit_code=18),
    Run("python/mock_error_handling.py", "mock_error_handling.txt"),
    Run("typescript/mock_error_handling.ts", "mock_error_handling.txt"),
    Run("python/mock_streams.py", "python-mock_streams.txt"),
    Run("typescript/mock_streams.ts", "typescript-mock_streams.txt"),
]
LOCAL_MOCK_RUNS = [INSTALL, *RUNS]

# What a clone does not have: caches, environments and build output of the work tree.
_NOT_IN_A_CLONE = shutil.ignore_patterns(".git", ".venv*", "node_modules", "site", ".cache", "build",
                                         "*.egg-info", ".setup-stamps", "__pycache__", ".pytest_cache")


# One test, in steps: one install and one server, whichever worker runs it. (`xdist_group` would
# not keep separate tests together: pytest-xdist 3.8 sets `item._nodeid`, which pytest 9 ignores.)
def test_install_start_and_run_the_page(subtests: pytest.Subtests) -> None:
    with tempfile.TemporaryDirectory(prefix="local-mock-") as temp:  # removed with the venv in it
        clone = Path(temp) / "clone"
        printed = _install(clone)
        with subtests.test("mistral-mock --help lists every preset"):
            check(INSTALL, printed)
            listed = {line.split()[0] for line in printed.splitlines() if line.startswith("  ") and line.strip()}
            assert sorted(set(PRESETS) - listed) == []
        with _serving(clone) as url:
            for run in RUNS:
                with subtests.test(run.id):
                    _run_against(run, url, Path(temp))


def _install(clone: Path) -> str:
    """Copies the repository as a reader's clone, runs the page's install commands in it."""
    shutil.copytree(ROOT, clone, ignore=_NOT_IN_A_CLONE)
    script = clone / "mock_install.sh"
    shutil.copy(SNIPPETS / INSTALL.snippet, script)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "COLUMNS")}
    # `python3` is the one the tests run on (3.11 or later, as pyproject.toml requires).
    env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"
    done = subprocess.run(["bash", str(script)], cwd=clone, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=INSTALL_SECONDS)
    assert done.returncode == 0, done.stdout
    return done.stdout


@contextlib.contextmanager
def _serving(clone: Path) -> Iterator[str]:
    """The installed `mistral-mock`, started as on the page but on a free port: its URL."""
    url_file, log = clone / "mock-url", clone / "mock.log"
    with open(log, "wb") as sink:
        process = subprocess.Popen(
            [str(clone / ".venv-mock" / "bin" / "mistral-mock"), "--port", "0", "--url-file", str(url_file),
             "--scenario", "rate-limit-then-ok"],
            cwd=clone, stdout=sink, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while not url_file.exists() or not url_file.read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"mistral-mock did not start:\n{log.read_text()}")
            time.sleep(0.05)
        yield url_file.read_text()
    finally:
        process.terminate()
        process.wait(timeout=10)


def _run_against(run: Run, url: str, temp: Path) -> None:
    # The one change to the reader's file: the mock listens on a free port here, not on 8080, so
    # the copy that runs has the literal http://127.0.0.1:8080 replaced by the server's real URL.
    text = (SNIPPETS / run.snippet).read_text()
    assert LOCAL_API in text, f"{run.snippet} does not address {LOCAL_API}"
    copy = temp / "runs" / Path(run.snippet).name
    copy.parent.mkdir(exist_ok=True)
    copy.write_text(text.replace(LOCAL_API, url))
    result = run_snippet(copy, NOT_REDIRECTED, api_key=run.api_key)
    assert result.exit_code == run.exit_code, result.text
    check(run, result.text)


def test_every_local_mock_file_exists() -> None:
    missing = [r.id for r in LOCAL_MOCK_RUNS
               if not (SNIPPETS / r.snippet).is_file() or not (OUTPUTS / r.output).is_file()]
    assert missing == []

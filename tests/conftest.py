"""One mock server for the whole test session, shared by every worker and every language."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_MOCK_ENV = "MOCKAPI_URL"
BODY_TIMEOUT_SECONDS = 2.0  # short, so the test of a body that never arrives waits 2 s, not 10
_server: subprocess.Popen | None = None


def pytest_configure(config: pytest.Config) -> None:
    # Started by the controlling process before pytest-xdist starts its workers, which inherit
    # the URL through the environment: one real server on 127.0.0.1 for the whole session.
    global _server
    if hasattr(config, "workerinput") or os.environ.get(_MOCK_ENV):
        return
    url_file = Path(tempfile.mkdtemp()) / "url"
    # Its log goes to a file, not a pipe nobody reads: a full pipe would block the server.
    log = url_file.with_name("mock.log")
    with open(log, "wb") as sink:
        _server = subprocess.Popen(
            [sys.executable, "-m", "mockapi", "--port", "0", "--url-file", str(url_file),
             "--body-timeout", str(BODY_TIMEOUT_SECONDS)],
            cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 30
    while not url_file.exists() or not url_file.read_text():
        if _server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the mock did not start:\n{log.read_text()}")
        time.sleep(0.05)
    os.environ[_MOCK_ENV] = url_file.read_text()


def pytest_unconfigure(config: pytest.Config) -> None:
    if _server is not None:
        _server.terminate()
        _server.wait(timeout=10)


@pytest.fixture(scope="session")
def mock_url() -> str:
    return os.environ[_MOCK_ENV]


@pytest.fixture
def scenario_url(mock_url: str):
    """scenario_url("rate-limit-then-ok"): a base URL whose requests follow that scenario, counted
    apart from every other test's."""
    run = uuid.uuid4().hex[:12]
    return lambda scenario="ok": f"{mock_url}/_mock/{run}/{scenario}"


# The longest tests (a browser pass over every page, a real `pip install`, the search cases) go
# first, so that the two workers finish together instead of one running them alone at the end.
_LONG_FIRST = ("test_site_browser.py::test_every_page", "test_local_mock.py", "test_search.py",
               "test_site_browser.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        return next((i for i, mark in enumerate(_LONG_FIRST) if mark in item.nodeid), len(_LONG_FIRST))
    items.sort(key=rank)  # stable: the rest keep their order

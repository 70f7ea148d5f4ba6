"""snippets/python/diagnose.py (docs/topics/diagnose.md), run as a reader runs it, against the mock.

Every expected line is written out here: it is what the page tells the reader each finding says.
Most runs use `python -S`, which leaves site-packages (and so the installed SDK) out: the script
needs only the standard library, and it skips the SDK's 0.5 s import. The SDK finding is tested
with the real mistralai of .venv and with small stand-in packages of the other major versions.
"""

from __future__ import annotations

import ast
import errno
import os
import re
import socket
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest

from snippet_runner import SNIPPETS

SCRIPT = SNIPPETS / "python/diagnose.py"  # run here, not by a Run of tests/runs/
SITE = "http://127.0.0.1:8000/"
KEY = "sk-diag-SECRET-0123456789abcdef"  # 31 characters, ending in cdef


def see(page: str) -> str:
    return f" (see {SITE}{page})"


KEY_OK = "OK   MISTRAL_API_KEY is set: 31 characters, ending in cdef" + see("errors/401-unauthorized/")
NO_SDK = (f"OK   mistralai (the Python SDK) is not installed for this Python ({sys.executable}); "
          "only Python code that uses the SDK needs it" + see("topics/sdk-migration/"))
ACCEPTED = "OK   the API accepts the key ending in cdef (GET /v1/models: 200 OK)" + see("errors/401-unauthorized/")
# The mock's headers on a success (data/headers.yml), in the order it sends them.
RATE_OK = ("OK   rate-limit headers of GET /v1/models (200 OK): x-ratelimit-limit-req-minute: 60, "
           "x-ratelimit-remaining-req-minute: 59, x-ratelimit-limit-tokens-minute: 500000, "
           "x-ratelimit-remaining-tokens-minute: 499900, x-ratelimit-tokens-query-cost: 100"
           + see("errors/429-rate-limited/"))


def reached(base: str) -> str:
    return f"OK   {base} answers over plain HTTP, without TLS" + see("topics/timeouts/")


@dataclass
class Ran:
    code: int
    lines: list[str]


def diagnose(base: str, *args: str, key: str | None = KEY, site: bool = False,
             pythonpath: Path | None = None) -> Ran:
    """Runs the script; `site=False` runs it with `python -S` (no site-packages, so no SDK)."""
    env = {"PATH": os.environ["PATH"]}  # and no proxy variables, no PYTHONPATH of the harness
    if key is not None:
        env["MISTRAL_API_KEY"] = key
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    python = [sys.executable] + ([] if site else ["-S"])
    done = subprocess.run([*python, str(SCRIPT), "--base-url", base, *args], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.stderr == ""
    # The key never shows, not even a part of it longer than its last four characters.
    shown = [KEY[i:i + 5] for i in range(len(KEY) - 4) if KEY[i:i + 5] in done.stdout]
    assert shown == [], done.stdout
    return Ran(done.returncode, done.stdout.splitlines())


def test_all_ok(scenario_url) -> None:
    base = scenario_url("ok")
    ran = diagnose(base, "--model", "mistral-small-latest", site=True)
    version = metadata.version("mistralai")
    assert ran.lines == [
        KEY_OK,
        f"OK   mistralai {version} is installed and its import works: from mistralai.client import Mistral"
        + see("topics/sdk-migration/"),
        reached(base),
        ACCEPTED,
        "OK   the API serves mistral-small-latest" + see("errors/400-invalid-model/"),
        RATE_OK,
    ]
    assert ran.code == 0


def test_revoked_key(scenario_url) -> None:
    base = scenario_url("revoked-key")
    ran = diagnose(base)
    assert ran.lines == [
        KEY_OK,
        NO_SDK,
        reached(base),
        "FAIL the API refuses the key ending in cdef (GET /v1/models: 401 Unauthorized)"
        + see("errors/401-unauthorized/"),
    ]
    assert ran.code == 1


@pytest.mark.parametrize(("key", "around", "remove"), [
    (KEY + "\n", "a newline", "it"),
    (f'"{KEY}"', "quotes", "them"),
    (f"'{KEY}'\r\n", "quotes and a newline", "them"),
    (f"  {KEY} ", "spaces", "them"),
], ids=["newline", "quotes", "quotes-newline", "spaces"])
def test_key_with_padding(scenario_url, key: str, around: str, remove: str) -> None:
    base = scenario_url("ok")
    ran = diagnose(base, key=key)
    assert ran.lines == [
        f"WARN MISTRAL_API_KEY has {around} around it (stripped: 31 characters, ending in cdef); "
        f"remove {remove} where the variable is set" + see("errors/401-unauthorized/"),
        NO_SDK,
        reached(base),
        ACCEPTED,
        RATE_OK,
    ]
    assert ran.code == 1


@pytest.mark.parametrize(("key", "finding"), [
    (None, "MISTRAL_API_KEY is not set in this process's environment"),
    ("", "MISTRAL_API_KEY is set but empty"),
    ('""\n', "MISTRAL_API_KEY holds only spaces, newlines or quotes"),
    ("sk-diag SECRET-0123456789abcdef", "MISTRAL_API_KEY has a space, a line break or a character that is not "
                                        "plain ASCII inside it (31 characters, ending in cdef); copy the key "
                                        "again from the console"),
], ids=["unset", "empty", "only-quotes", "space-inside"])
def test_no_usable_key(scenario_url, key: str | None, finding: str) -> None:
    """Nothing is sent with the key; the host is still checked, and the model is not."""
    base = scenario_url("ok")
    ran = diagnose(base, "--model", "mistral-small-latest", key=key)
    assert ran.lines == [
        f"FAIL {finding}" + see("errors/401-unauthorized/"),
        NO_SDK,
        reached(base),
        "WARN model mistral-small-latest not checked: no usable key" + see("errors/400-invalid-model/"),
    ]
    assert ran.code == 1


def test_model_not_served(scenario_url) -> None:
    base = scenario_url("ok")
    ran = diagnose(base, "--model", "mistral-large")
    # There is no bare mistral-large (api-facts §4.3); difflib ranks the dated ID above the alias:
    # 2*13/(13+18) against 2*13/(13+20).
    assert ran.lines == [
        KEY_OK,
        NO_SDK,
        reached(base),
        ACCEPTED,
        "FAIL the API does not serve mistral-large; did you mean mistral-large-2512? "
        "(a suggestion: the served ID spelled most like it)" + see("errors/400-invalid-model/"),
        RATE_OK,
    ]
    assert ran.code == 1


def test_model_deprecated(scenario_url) -> None:
    """The mock lists devstral-2512 with its retirement date and replacement of data/models.yml."""
    ran = diagnose(scenario_url("ok"), "--model", "devstral-2512")
    assert ran.lines[4] == ("WARN the API serves devstral-2512, with a deprecation date of 2026-07-31; "
                            "replacement: mistral-medium-3-5" + see("models/"))
    assert ran.code == 1


def test_model_like_no_served_id(scenario_url) -> None:
    base = scenario_url("ok")
    ran = diagnose(base, "--model", "gpt-4o")
    assert ran.lines[4] == ("FAIL the API does not serve gpt-4o, and no served ID is spelled like it"
                            + see("errors/400-invalid-model/"))
    assert ran.code == 1


def test_rate_limited(scenario_url) -> None:
    base = scenario_url("rate-limited")
    ran = diagnose(base, "--model", "mistral-small-latest")
    # The 429's headers of data/errors.yml (rate-limited), in the order the mock sends them.
    assert ran.lines == [
        KEY_OK,
        NO_SDK,
        reached(base),
        "WARN the key ending in cdef is not confirmed: GET /v1/models answered 429 Too Many Requests: "
        "Rate limit exceeded" + see("errors/429-rate-limited/"),
        "WARN model mistral-small-latest not checked: the API gave no model list" + see("errors/400-invalid-model/"),
        "FAIL rate-limit headers of GET /v1/models (429 Too Many Requests): x-ratelimit-limit-req-minute: 60, "
        "x-ratelimit-remaining-req-minute: 0, x-ratelimit-limit-tokens-minute: 500000, "
        "x-ratelimit-remaining-tokens-minute: 499000, retry-after: 1" + see("errors/429-rate-limited/"),
    ]
    assert ran.code == 1


def test_unreachable_host() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    ran = diagnose(base, "--model", "mistral-small-latest")
    refused = ConnectionRefusedError(errno.ECONNREFUSED, os.strerror(errno.ECONNREFUSED))
    assert ran.lines == [
        KEY_OK,
        NO_SDK,
        f"FAIL cannot reach {base}: connection failed: {refused}" + see("topics/timeouts/"),
        "WARN model mistral-small-latest not checked: no answer" + see("errors/400-invalid-model/"),
    ]
    assert ran.code == 1


def test_tls_failure(mock_url: str) -> None:
    """https:// to the mock, which speaks plain HTTP: the TLS handshake fails (OpenSSL words the rest)."""
    base = mock_url.replace("http://", "https://")
    ran = diagnose(base)
    assert ran.lines[:2] == [KEY_OK, NO_SDK]
    assert ran.lines[2].startswith(f"FAIL cannot reach {base}: TLS failed: [SSL: ")
    assert ran.lines[2].endswith(see("topics/timeouts/"))
    assert len(ran.lines) == 3 and ran.code == 1


def test_no_answer_in_time(scenario_url) -> None:
    """The mock answers a request without a key at once, and the one with it after 3 s."""
    base = scenario_url("slow")
    ran = diagnose(base, "--timeout", "0.5")
    assert ran.lines == [
        KEY_OK,
        NO_SDK,
        reached(base),
        "FAIL GET /v1/models with the key ending in cdef failed: no answer within 0.5 s" + see("topics/timeouts/"),
    ]
    assert ran.code == 1


def test_base_url_with_v1(scenario_url) -> None:
    base = scenario_url("ok") + "/v1"
    ran = diagnose(base)
    assert ran.lines[3:] == [
        "WARN the key ending in cdef is not confirmed: GET /v1/models answered 404 Not Found; leave /v1 out of "
        "--base-url, as out of the SDKs' server URL" + see("errors/404-not-found/"),
    ]
    assert ran.code == 1


def _fake_sdk(root: Path, version: str, files: dict[str, str]) -> Path:
    """A stand-in `mistralai` distribution: its metadata, and the modules that version has."""
    info = root / f"mistralai-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: mistralai\nVersion: {version}\n")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


@pytest.mark.parametrize(("version", "files", "finding"), [
    ("0.4.2", {"mistralai/__init__.py": "", "mistralai/client.py": "class MistralClient: ...\n"},
     "WARN mistralai 0.4.2 is installed and its import works: from mistralai.client import MistralClient; "
     "the site's examples are for 3.x: from mistralai.client import Mistral"),
    ("1.9.11", {"mistralai/__init__.py": "class Mistral: ...\n"},
     "WARN mistralai 1.9.11 is installed and its import works: from mistralai import Mistral; "
     "the site's examples are for 3.x: from mistralai.client import Mistral"),
    ("2.10.1", {"mistralai/client/__init__.py": "class Mistral: ...\n"},
     "OK   mistralai 2.10.1 is installed and its import works: from mistralai.client import Mistral"),
    # 3.x installed, but a file named mistralai.py comes first on the path and hides it.
    ("3.7.0", {"mistralai.py": "class Mistral: ...\n"},
     "FAIL mistralai 3.7.0 is installed, but its import, from mistralai.client import Mistral, fails here: "
     "ModuleNotFoundError: No module named 'mistralai.client'; 'mistralai' is not a package"),
    ("4.0.0", {"mistralai/client/__init__.py": "class Mistral: ...\n"},
     "WARN mistralai 4.0.0 is newer than this script knows; from mistralai.client import Mistral works"),
], ids=["0.x", "1.x", "2.x", "3.x-broken", "4.x"])
def test_sdk_versions(scenario_url, tmp_path: Path, version: str, files: dict[str, str], finding: str) -> None:
    base = scenario_url("ok")
    ran = diagnose(base, pythonpath=_fake_sdk(tmp_path, version, files))
    assert ran.lines == [KEY_OK, finding + see("topics/sdk-migration/"), reached(base), ACCEPTED, RATE_OK]
    assert ran.code == (0 if finding.startswith("OK") else 1)


def test_imports_only_the_standard_library() -> None:
    tree = ast.parse(SCRIPT.read_text())
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree)
              if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module}
    assert names, "no imports found: the parse is wrong"
    assert sorted(n for n in names if n.split(".")[0] not in sys.stdlib_module_names) == []


def test_site_is_the_published_site_url() -> None:
    """The pages the script names are under mkdocs.yml's site_url."""
    config = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text()
    site_url = re.search(r"^site_url:\s*(\S+)", config, re.M)[1]
    assert f'SITE = "{site_url}"' in SCRIPT.read_text()

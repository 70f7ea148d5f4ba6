"""Runs a snippet file exactly as a reader would, with the mock standing in for api.mistral.ai.

The redirect lives here and in tests/harness/, never in the snippet: Python gets a
sitecustomize.py on PYTHONPATH, Node a preload (`node --import`), curl a shim first on PATH.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import json
import os
import socket
import tempfile
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
OUTPUTS = SNIPPETS / "output"
HARNESS = Path(__file__).resolve().parent / "harness"
TEST_KEY = "test-key-0123456789"
TSC = ROOT / "node_modules" / ".bin" / "tsc"
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
TS_BUILD = ROOT / ".cache" / "ts"
TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class Result:
    exit_code: int
    text: str  # stdout and stderr interleaved, as a terminal shows them


# Options of tsconfig.json, for checking one file that tsconfig.json leaves out on purpose.
TSC_OPTIONS = ["--noEmit", "--strict", "--target", "ES2022", "--module", "NodeNext",
               "--moduleResolution", "NodeNext", "--skipLibCheck", "--types", "node"]


@dataclass(frozen=True)
class Run:
    """One execution of a snippet and what it must print.

    `output` names the file under snippets/output/ with the expected text, the same file the page
    includes. `compare`: "all" of the output; its "tail" (as many last lines as the expected file
    has: a traceback's frames carry local paths); one "line" anywhere in it, or consecutive "lines"
    (Node prints the error's whole object after the lines a reader looks for). `typecheck`: run `tsc` on the file
    instead of the file itself (for TypeScript that shows a type error; tsconfig.json excludes
    `*_typeerror.ts`).
    """

    snippet: str
    output: str
    scenario: str = "ok"
    api_key: str | None = TEST_KEY  # None: MISTRAL_API_KEY absent from the environment
    exit_code: int = 0
    compare: str = "all"
    typecheck: bool = False
    env: tuple[tuple[str, str], ...] = ()  # more environment variables, e.g. a cloud endpoint (tests/runs/cloud.py)

    @property
    def id(self) -> str:
        return f"{self.snippet}[{self.output}]"


def check(run: Run, text: str) -> None:
    expected = normalise(expected_output(run.output))
    actual = normalise(text)
    if run.compare == "all":
        assert actual == expected
    elif run.compare == "tail":
        lines = actual.splitlines()
        assert "\n".join(lines[-len(expected.splitlines()):]) == expected
    elif run.compare == "lines":
        wanted, lines = expected.splitlines(), actual.splitlines()
        assert any(lines[i:i + len(wanted)] == wanted for i in range(len(lines))), f"no {expected!r} in:\n{actual}"
    else:
        assert expected in actual.splitlines(), f"no line {expected!r} in:\n{actual}"


def execute(run: Run, base_url: str) -> Result:
    if run.typecheck:
        done = subprocess.run([str(TSC), *TSC_OPTIONS, f"snippets/{run.snippet}"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT_SECONDS)
        return Result(done.returncode, done.stdout)
    return run_snippet(run.snippet, base_url, api_key=run.api_key, extra_env=dict(run.env))


def language_of(snippet: str) -> str:
    return {".py": "python", ".ts": "typescript", ".sh": "curl"}[Path(snippet).suffix]


def run_snippet(snippet: str | Path, base_url: str, api_key: str | None = TEST_KEY,
                extra_env: dict[str, str] | None = None) -> Result:
    """Run snippets/<snippet> against base_url (the mock, with its scenario prefix)."""
    path = SNIPPETS / snippet  # an absolute path stays as it is
    env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "SNIPPET_BASE_URL": base_url,
        "NO_COLOR": "1",
        "PYTHONUNBUFFERED": "1",  # keeps prints and error messages in the order they happen
    }
    if api_key is not None:
        env["MISTRAL_API_KEY"] = api_key
    env.update(extra_env or {})
    language = language_of(str(path))
    if language == "python":
        if not os.environ.get("SNIPPETS_PLAIN_PYTHON"):
            return _zygote().run(path, path.parent, env)
        env["PYTHONPATH"] = str(HARNESS / "python")
        command, cwd = [sys.executable, str(path)], path.parent
    elif language == "typescript":
        command = ["node", "--import", str(HARNESS / "node" / "redirect.mjs"), str(_strip_types(path))]
        cwd = ROOT
        if not os.environ.get("SNIPPETS_UNBUNDLED"):
            env["SNIPPET_SDK_BUNDLE"] = str(_sdk_bundle())
    else:
        env["REAL_CURL"] = shutil.which("curl") or "curl"
        env["PATH"] = f"{HARNESS / 'bin'}:{env['PATH']}"
        command, cwd = ["bash", str(path)], path.parent
    done = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, timeout=TIMEOUT_SECONDS)
    return Result(done.returncode, done.stdout)


class _Zygote:
    """A client of tests/harness/python/zygote.py: one per test process, started on first use."""

    def __init__(self) -> None:
        self.socket_path = os.path.join(tempfile.mkdtemp(prefix="zygote-"), "socket")
        self.process = subprocess.Popen([sys.executable, str(HARNESS / "python" / "zygote.py"), self.socket_path],
                                        stdout=subprocess.PIPE, text=True)
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the Python zygote did not start")
        atexit.register(self.process.kill)

    def run(self, script: Path, cwd: Path, env: dict[str, str]) -> Result:
        read_end, write_end = os.pipe()
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(TIMEOUT_SECONDS + 10)
            connection.connect(self.socket_path)
            request = {"script": str(script), "cwd": str(cwd), "env": env, "timeout": TIMEOUT_SECONDS}
            socket.send_fds(connection, [json.dumps(request).encode()], [write_end])
            os.close(write_end)
            with os.fdopen(read_end, "rb") as output:
                text = output.read().decode()
            reply = json.loads(connection.makefile().readline())
        return Result(reply["exit_code"], text)


@functools.lru_cache(maxsize=1)
def _zygote() -> _Zygote:
    return _Zygote()


def _strip_types(path: Path) -> Path:
    """The .ts file with its types stripped (what tsx would run, without paying tsx's start-up on
    every run), under .cache/ts/ so the SDK still resolves from node_modules. `tsc` checks the
    types separately (tests/test_snippets.py)."""
    target = TS_BUILD / f"{path.stem}-{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}.mjs"
    if not target.exists():
        TS_BUILD.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.tmp")  # parallel workers: write, then rename
        subprocess.run([str(ESBUILD), str(path), "--format=esm", "--platform=node", "--target=node20",
                        f"--outfile={partial}", "--log-level=warning"], check=True, timeout=TIMEOUT_SECONDS)
        partial.replace(target)
    return target


# The npm packages the TypeScript snippets import, by the specifiers they use, pre-bundled once.
BUNDLED = {
    "@mistralai/mistralai": "export * from \"@mistralai/mistralai\";",
    "@mistralai/mistralai/models/errors": "export * from \"@mistralai/mistralai/models/errors\";",
    "@mistralai/mistralai/models/components": "export * from \"@mistralai/mistralai/models/components\";",
    "@mistralai/mistralai/lib/http": "export * from \"@mistralai/mistralai/lib/http\";",
    "@mistralai/mistralai/lib/http.js": "export * from \"@mistralai/mistralai/lib/http.js\";",
    "openai": "export * from \"openai\";\nexport { default } from \"openai\";",
}
SDK_BUNDLES = ROOT / ".cache" / "sdk-bundle"


@functools.lru_cache(maxsize=1)
def _sdk_bundle() -> Path:
    """The packages of BUNDLED bundled by esbuild into one folder of ES modules, with shared chunks
    (so an error class is the same object whichever entry a snippet imports it from), and the
    map from specifier to file that tests/harness/node/sdk_hooks.mjs reads. Built once per lock
    file; parallel workers each build into a temporary folder and the first rename wins."""
    key = hashlib.sha256((ROOT / "package-lock.json").read_bytes() + json.dumps(BUNDLED).encode()).hexdigest()[:12]
    target = SDK_BUNDLES / key
    if (target / "map.json").exists():
        return target / "map.json"
    SDK_BUNDLES.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{key}-", dir=SDK_BUNDLES))
    sources = work / "src"
    sources.mkdir()
    names = {}
    for index, (specifier, code) in enumerate(BUNDLED.items()):
        names[specifier] = f"entry{index}"
        (sources / f"entry{index}.mjs").write_text(code + "\n")
    # @opentelemetry/* are optional peers that the SDK imports only when tracing is switched on.
    subprocess.run([str(ESBUILD), *sorted(str(p) for p in sources.iterdir()), "--bundle", "--splitting",
                    "--format=esm", "--platform=node", "--target=node20", "--keep-names",
                    "--external:@opentelemetry/*", f"--outdir={work / 'out'}", "--out-extension:.js=.mjs",
                    "--log-level=warning"], check=True, timeout=TIMEOUT_SECONDS, cwd=ROOT)
    mapping = {specifier: (target / "out" / f"{name}.mjs").as_uri() for specifier, name in names.items()}
    (work / "map.json").write_text(json.dumps(mapping, indent=1))
    try:
        work.rename(target)
    except OSError:  # another worker's bundle is there already
        shutil.rmtree(work, ignore_errors=True)
    return target / "map.json"


def expected_output(name: str) -> str:
    return (OUTPUTS / name).read_text()


def normalise(text: str) -> str:
    """Trailing spaces and a final newline are not part of what a reader compares."""
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())

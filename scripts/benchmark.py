"""Prints the site's figures, each beside its target: run by `bash scripts/benchmark.sh`.

A benchmark, not a test: nothing here fails the build. Builds go to temporary folders; the only
thing written in the repository is Lighthouse, installed under .cache/ (gitignored) on first use.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gzip
import http.client
import http.server
import io
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # reuse the tests' Chromium launch and static server
from browser import CHROMIUM, CHROMIUM_ARGS, launch, serve  # noqa: E402
from search_ui import open_search  # noqa: E402

FIGURES = ["build", "bytes", "lighthouse", "search", "mock", "suite"]
ERROR_PAGE = "errors/429-rate-limited/"
LIGHTHOUSE_PAGES = ["", ERROR_PAGE, "decoder/"]
# 13.x needs Node >= 22.19; Debian's Node is 20, so the newest release that still supports it.
LIGHTHOUSE_PIN = "12.8.2"
LIGHTHOUSE_PREFIX = ROOT / ".cache" / "bench-node"
SEARCH_QUERIES = ["invalid_model", "1300", "API error occurred: Status 429"]
MOCK_REQUESTS, MOCK_THREADS, MOCK_SECONDS = 2000, 4, 5.0  # whichever ends first
MOCK_KEY = "test-key-0123456789"
CHAT_BODY = json.dumps({"model": "mistral-small-latest",
                        "messages": [{"role": "user", "content": "Say hello."}]}).encode()


@dataclass
class Row:
    figure: str
    value: str
    target: str = ""
    met: bool | None = None  # None: no target


ROWS: list[Row] = []
WORK = Path(tempfile.mkdtemp(prefix="bench-"))  # every build and report of this run, removed at exit


# --- building ---------------------------------------------------------------------------------

def derived_config(**changes) -> dict:
    """The real mkdocs.yml with some top-level keys replaced (None removes a key), its paths made
    absolute so that it builds the same files from a temporary folder."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    config["docs_dir"] = str(ROOT / config.get("docs_dir", "docs"))
    for extension in config.get("markdown_extensions", []):
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            options = extension["pymdownx.snippets"]
            options["base_path"] = [str(ROOT / p) for p in options.get("base_path", ["."])]
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "macros" in plugin:
            # mkdocs-macros looks for its module beside the config file, or at a path given here.
            plugin["macros"]["module_name"] = str(ROOT / plugin["macros"].get("module_name", "main"))
    for key, value in changes.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    return config


def mkdocs_build(out: Path, config: dict | None = None) -> float:
    """Builds into `out` and returns the wall time. config=None is the real, strict build; a derived
    config is written to a temporary file first."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(out)]
    if config is None:
        command.append("--strict")
    else:
        config_file = out.with_name(out.name + ".yml")
        config_file.write_text(yaml.safe_dump(config, sort_keys=False))
        command += ["--config-file", str(config_file)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"mkdocs build failed ({' '.join(command[2:])}):\n{done.stdout}{done.stderr}")
    return elapsed


def plain_config() -> dict:
    # No plugins at all (so no search index and no macros: `{{ }}` stays as text, hence no strict),
    # Material without its settings, the same Markdown extensions so the snippet includes work.
    return derived_config(plugins=[], theme={"name": "material"}, extra_css=None,
                          extra_javascript=None, strict=False)


def stock_config() -> dict:
    # Material as it comes (default font, palette, no features, no custom_dir, no extra CSS/JS),
    # with MkDocs' default search plugin. The macros plugin stays: without it the error page would
    # show raw `{{ error_body(...) }}` instead of its bodies, and it adds nothing to what a page loads.
    macros = next(p for p in derived_config()["plugins"] if isinstance(p, dict) and "macros" in p)
    return derived_config(plugins=["search", macros], theme={"name": "material"}, extra_css=None,
                          extra_javascript=None, strict=False)


_real_site: Path | None = None


def real_site() -> Path:
    """One real build for the browser figures (the first timed one, when the build figure ran)."""
    global _real_site
    if _real_site is None:
        _real_site = WORK / "real-once"
        mkdocs_build(_real_site)
    return _real_site


# --- serving as a static host does ----------------------------------------------------------

class _HostHandler(http.server.SimpleHTTPRequestHandler):
    """What any static host (GitHub Pages, Netlify, nginx with defaults) does and Python's
    http.server does not: gzip for text, and long caching for Material's hashed assets."""

    TEXT = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".py")

    def log_message(self, *args) -> None:
        pass

    def end_headers(self) -> None:
        if "/assets/" in self.path and re.search(r"\.[0-9a-f]{8}\.min\.", self.path):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        super().end_headers()

    def send_head(self):  # noqa: ANN201 - http.server's own signature
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.is_file() and path.suffix in self.TEXT):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve_like_a_host(directory: Path) -> str:
    handler = functools.partial(_HostHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/"


# --- the figures --------------------------------------------------------------------------------

def fig_build(runs: int = 3) -> None:
    """1. Strict build vs a plugin-less build of the same Markdown, median of `runs` each."""
    global _real_site
    real, plain = [], []
    for i in range(runs):
        # Alternated, so a burst of load from elsewhere on the machine hits both sides alike.
        real.append(mkdocs_build(WORK / f"real-{i}"))
        plain.append(mkdocs_build(WORK / f"plain-{i}", plain_config()))
    _real_site = _real_site or WORK / "real-0"
    real_s, plain_s = statistics.median(real), statistics.median(plain)
    ratio = real_s / plain_s
    print(f"  strict build:      {fmt_runs(real)}  -> median {real_s:.2f} s")
    print(f"  plugin-less build: {fmt_runs(plain)}  -> median {plain_s:.2f} s")
    ROWS.append(Row("Strict build (mkdocs build --strict), median of 3", f"{real_s:.2f} s"))
    ROWS.append(Row("Plugin-less build of the same Markdown, median of 3", f"{plain_s:.2f} s"))
    ROWS.append(Row("Build time ratio (strict / plugin-less)", f"{ratio:.2f}", "<= 1.5", ratio <= 1.5))


def page_weight(browser, url: str) -> dict:
    """Loads `url` in a fresh context (empty cache) and weighs the response bodies of every request
    the load makes, the search worker's included."""
    context = browser.new_context()
    page = context.new_page()
    finished, failed = [], []
    page.on("requestfinished", lambda request: finished.append(request))
    page.on("requestfailed", lambda request: failed.append(shorten(request.url)))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)  # late requests (search index, sitemap) that start after idle
    weight = {"sent": 0, "gzipped": 0, "compressed": False, "failed": failed, "parts": []}
    for request in finished:
        response = request.response()
        body = response.body()
        encoded = "content-encoding" in response.headers
        # Uncompressed, the body is what was sent (Chromium reports 0 for the worker's script);
        # compressed, Chromium's encoded size is.
        size = request.sizes()["responseBodySize"] if encoded else len(body)
        weight["compressed"] |= encoded
        weight["sent"] += size
        weight["gzipped"] += len(gzip.compress(body, 6))  # what a server with gzip on would send
        weight["parts"].append(f"{Path(urllib.parse.urlsplit(request.url).path.rstrip('/')).name or '/'} "
                               f"{size / 1000:.0f}k")
    context.close()
    return weight


def fig_bytes(playwright) -> None:
    """2. Bytes one error page load transfers, the real build vs stock Material."""
    stock = WORK / "stock"
    mkdocs_build(stock, stock_config())
    # Other hosts resolve nowhere: stock Material asks Google Fonts for Roboto, which the real
    # site does not (font: false); those requests fail and are listed, not weighed.
    offline = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, offline])
    real = page_weight(browser, serve_like_a_host(real_site()) + ERROR_PAGE)
    stock = page_weight(browser, serve_like_a_host(stock) + ERROR_PAGE)
    browser.close()
    for name, w in [("real", real), ("stock", stock)]:
        print(f"  {name + ':':6} {w['sent']:,} B in {len(w['parts'])} responses, "
              f"{'compressed' if w['compressed'] else 'uncompressed'} ({w['gzipped']:,} B if gzipped); "
              f"failed: {', '.join(w['failed']) or 'none'}")
        print(f"         {', '.join(w['parts'])}")
    print("  note: both served gzip-compressed, as a static host does; the stock build is Material's "
          "defaults with MkDocs' default search plugin and keeps the macros plugin, so the page's "
          "bodies render")
    ratio = real["sent"] / stock["sent"]
    ROWS.append(Row(f"Error page /{ERROR_PAGE} bytes (real build)", f"{real['sent']:,} B"))
    ROWS.append(Row("Same page, stock Material build", f"{stock['sent']:,} B"))
    ROWS.append(Row("Error page bytes vs stock", f"{ratio:.2f}x", "<= 1.10x", ratio <= 1.10))


def lighthouse() -> Path:
    """The pinned Lighthouse under .cache/, installed from the npm registry the first time only."""
    package = LIGHTHOUSE_PREFIX / "node_modules" / "lighthouse" / "package.json"
    if not package.is_file() or json.loads(package.read_text())["version"] != LIGHTHOUSE_PIN:
        print(f"  installing lighthouse@{LIGHTHOUSE_PIN} into {LIGHTHOUSE_PREFIX.relative_to(ROOT)}/")
        subprocess.run(["npm", "install", "--prefix", str(LIGHTHOUSE_PREFIX), f"lighthouse@{LIGHTHOUSE_PIN}",
                        "--save-exact", "--no-audit", "--no-fund", "--loglevel=error"], check=True, stdout=subprocess.DEVNULL)
    return LIGHTHOUSE_PREFIX / "node_modules" / ".bin" / "lighthouse"


def fig_lighthouse(preset: str, runs: int) -> None:
    """3. Lighthouse's four category scores per page (median of `runs`), and the audits that cost points."""
    binary = lighthouse()
    base = serve_like_a_host(real_site())
    flags = ["--output=json", "--quiet", f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
             "--only-categories=performance,accessibility,best-practices,seo"]
    if preset == "desktop":
        flags.append("--preset=desktop")  # mobile (simulated slow 4G, 4x CPU slowdown) is the default
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    for path in LIGHTHOUSE_PAGES:
        reports = []
        for _ in range(runs):
            done = subprocess.run([str(binary), base + path, *flags], env=env, capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"lighthouse failed on /{path}:\n{done.stderr[-2000:]}")
            reports.append(json.loads(done.stdout))
        # Performance moves from run to run with the machine's load; the other three do not.
        reports.sort(key=lambda r: r["categories"]["performance"]["score"] or 0)
        report = reports[len(reports) // 2]
        scores = {name: round((c["score"] or 0) * 100) for name, c in report["categories"].items()}
        every = "" if runs == 1 else f" (performance of the {runs} runs: " + ", ".join(
            str(round((r["categories"]["performance"]["score"] or 0) * 100)) for r in reports) + ")"
        print(f"  /{path}: " + ", ".join(f"{name} {score}" for name, score in scores.items()) + every)
        for name, category in report["categories"].items():
            if scores[name] < 100:
                print(f"    {name} < 100, audits scoring < 1: {failing_audits(report, category)}")
        ROWS.append(Row(f"Lighthouse ({preset}) /{path}: perf / a11y / best practices / SEO",
                        " / ".join(str(s) for s in scores.values()), "100 / 100 / 100 / 100",
                        all(s == 100 for s in scores.values())))


def failing_audits(report: dict, category: dict) -> str:
    """The category's audits scoring below 1: those that weigh on the score first (with the metric's
    value, or the first elements at fault), then the diagnostics that do not (weight 0)."""
    weighed, other = [], []
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if audit["score"] is None or audit["score"] >= 1:
            continue
        if ref["weight"] == 0:
            other.append(ref["id"])
            continue
        nodes = list(dict.fromkeys(item["node"].get("selector", "?") for item in
                                   (audit.get("details") or {}).get("items", []) if isinstance(item.get("node"), dict)))
        detail = audit.get("displayValue") or ("; ".join(nodes[:3]) + (f"; +{len(nodes) - 3} more" if len(nodes) > 3 else ""))
        weighed.append(f"{ref['id']} ({audit['score']:.2f}{': ' + detail if detail else ''})")
    text = ", ".join(weighed) or "none weighed"
    return text + (f"\n      diagnostics (weight 0): {', '.join(other)}" if other else "")


# Armed before the query's last key: resolves with the ms from that key's keyup (when Material
# reads the box) to the first change of the result list that leaves results in it.
ARM_LATENCY = """() => {
  const list = document.querySelector(".md-search-result__list");
  window.__latency = new Promise((resolve) => {
    let typed = null;
    document.addEventListener("keyup", () => { typed = performance.now(); }, {capture: true, once: true});
    new MutationObserver((_, observer) => {
      if (typed !== null && list.children.length > 0) { observer.disconnect(); resolve(performance.now() - typed); }
    }).observe(list, {childList: true});
    setTimeout(() => resolve(null), 10000);
  });
}"""


def fig_search(playwright, rounds: int = 3) -> None:
    """4. Search latency: last keystroke to results, after the index has loaded."""
    browser = launch(playwright)
    page = browser.new_page()
    base = serve(real_site())
    open_search(page, base)  # waits for "Type to start searching": the index is loaded
    samples: dict[str, list[float]] = {query: [] for query in SEARCH_QUERIES}
    search_once(page, "rate limit")  # warm-up, not counted: the first query compiles code paths
    for _ in range(rounds):
        for query in SEARCH_QUERIES:
            samples[query].append(search_once(page, query))
    browser.close()
    every = [ms for values in samples.values() for ms in values]
    for query, values in samples.items():
        print(f"  {query!r}: {fmt_runs(values, 'ms', 0)}")
    median = statistics.median(every)
    print(f"  median of {len(every)}: {median:.0f} ms (keyup of the last key -> results in the list)")
    ROWS.append(Row(f"Search latency, median of {len(every)} ({len(SEARCH_QUERIES)} queries)",
                    f"{median:.0f} ms"))


def search_once(page, query: str) -> float:
    box = page.locator("input.md-search__input")
    box.fill("")
    page.keyboard.press("End")  # an empty box clears the result list
    page.keyboard.type(query[:-1])
    settle(page)  # the prefix's own results are shown and done: only the last key is measured
    page.evaluate(ARM_LATENCY)
    page.keyboard.type(query[-1])
    ms = page.evaluate("() => window.__latency")
    if ms is None:
        sys.exit(f"search for {query!r} showed no results within 10 s")
    return ms


def settle(page, quiet: float = 0.3) -> None:
    """Waits until the result list has not changed for `quiet` seconds."""
    last, since = None, time.monotonic()
    while time.monotonic() - since < quiet:
        now = page.eval_on_selector(".md-search-result", "e => e.innerHTML")
        if now != last:
            last, since = now, time.monotonic()
        page.wait_for_timeout(30)


def fig_suite() -> None:
    """5. Wall time of the whole test suite, as CI runs it. Its output goes to .cache/bench/suite.log."""
    started = time.perf_counter()
    done = subprocess.run(["bash", "scripts/test.sh"], cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    log = ROOT / ".cache" / "bench" / "suite.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(done.stdout + done.stderr)
    lines = (done.stdout + done.stderr).splitlines()
    summary = next((line.strip("= ") for line in reversed(lines) if re.search(r"\bin [\d.]+s\b", line)),
                   lines[-1] if lines else "(no output)")
    print(f"  bash scripts/test.sh: {elapsed:.1f} s, exit {done.returncode}: {summary}")
    if done.returncode != 0:  # the first of pytest's one-line reasons, the rest is in the log
        reasons = [line for line in lines if line.startswith(("FAILED ", "ERROR "))]
        for line in reasons[:10]:
            print(f"    {line[:200]}")
        print(f"    ({len(reasons)} failed or errored; full output: {log.relative_to(ROOT)})")
    ROWS.append(Row("Test suite wall time (bash scripts/test.sh)", f"{elapsed:.1f} s ({summary})",
                    "< 60 s", elapsed < 60))


def fig_mock() -> None:
    """6. Requests per second the mock answers, per endpoint: over keep-alive connections (as the
    SDKs send them), and with a new connection per request for comparison."""
    url_file = WORK / "mock-url"
    with open(WORK / "mock.log", "wb") as log:  # a file, not a pipe nobody reads (see conftest.py)
        server = subprocess.Popen([sys.executable, "-m", "mockapi", "--port", "0", "--url-file", str(url_file)],
                                  cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while not url_file.exists() or not url_file.read_text():
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"the mock did not start:\n{(WORK / 'mock.log').read_text()}")
            time.sleep(0.05)
        address = urllib.parse.urlsplit(url_file.read_text())
        assert address.hostname == "127.0.0.1", address  # only ever the local mock
        rates = []
        for method, path, body in [("GET", "/v1/models", None), ("POST", "/v1/chat/completions", CHAT_BODY)]:
            for keep_alive in (True, False):
                count, rate = requests_per_second(address.port, method, path, body, keep_alive)
                how = "keep-alive" if keep_alive else "new connection each"
                print(f"  {method} {path} ({how}): {rate:,.0f} req/s ({count} requests, {MOCK_THREADS} threads)")
                ROWS.append(Row(f"Mock {method} {path}, {how}", f"{rate:,.0f} req/s"))
                rates.append(rate)
        if rates[0] < rates[1] or rates[2] < rates[3]:
            # Seen here: each keep-alive answer waited ~40 ms, the client's delayed ACK holding back
            # a response written in two parts by a server socket without TCP_NODELAY.
            print("  note: keep-alive is slower than a new connection per request; a sign of Nagle's "
                  "algorithm meeting delayed ACKs (server socket without TCP_NODELAY)")
    finally:
        server.terminate()
        server.wait(timeout=10)


def requests_per_second(port: int, method: str, path: str, body: bytes | None,
                        keep_alive: bool) -> tuple[int, float]:
    """Sends up to MOCK_REQUESTS requests from MOCK_THREADS threads, for MOCK_SECONDS at most."""
    headers = {"Authorization": f"Bearer {MOCK_KEY}", "Content-Type": "application/json"}
    errors: list[str] = []
    done = [0] * MOCK_THREADS
    stop = time.monotonic() + MOCK_SECONDS

    def client(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while done[index] < MOCK_REQUESTS // MOCK_THREADS and time.monotonic() < stop:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"{response.status} {method} {path}")
            if not keep_alive:
                connection.close()  # the next request opens a new one
            done[index] += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(MOCK_THREADS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        sys.exit(f"the mock answered {errors[0]} ({len(errors)} errors)")
    return sum(done), sum(done) / elapsed


# --- reporting ----------------------------------------------------------------------------------

def fmt_runs(values: list[float], unit: str = "s", digits: int = 2) -> str:
    return ", ".join(f"{v:.{digits}f}" for v in values) + f" {unit}"


def shorten(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.netloc + parts.path[:40]


def version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
        return done.stdout.strip() or "?"
    except OSError:
        return "missing"


def print_machine() -> None:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    packages = {name: importlib.metadata.version(name) for name in
                ["mkdocs", "mkdocs-material", "mkdocs-macros-plugin", "pymdown-extensions", "playwright"]}
    print(f"date:     {now}")
    print(f"machine:  {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}, {platform.platform()}")
    print(f"python:   {platform.python_version()}   node: {version(['node', '--version'])}   "
          f"{version([CHROMIUM, '--version'])}")
    print("packages: " + ", ".join(f"{name} {v}" for name, v in packages.items()))
    print()


def print_tables() -> None:
    def met(row: Row) -> str:
        return "-" if row.met is None else ("yes" if row.met else "NO")

    widths = [max(len(x) for x in column) for column in
              zip(("figure", "value", "target", "met?"), *((r.figure, r.value, r.target or "-", met(r)) for r in ROWS))]
    print("\n" + "  ".join(h.ljust(w) for h, w in zip(("figure", "value", "target", "met?"), widths)))
    for r in ROWS:
        print("  ".join(x.ljust(w) for x, w in zip((r.figure, r.value, r.target or "-", met(r)), widths)))
    print("\nMarkdown:\n")
    print("| Figure | Value | Target | Met? |\n|---|---|---|---|")
    for r in ROWS:
        print(f"| {r.figure} | {r.value} | {r.target or '-'} | {met(r)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-suite", action="store_true", help="skip the test suite (about 2.5 minutes)")
    parser.add_argument("--skip-lighthouse", action="store_true", help="skip Lighthouse (and its first install)")
    parser.add_argument("--only", choices=FIGURES, action="append", metavar="NAME",
                        help=f"run only this figure (repeatable): {', '.join(FIGURES)}")
    parser.add_argument("--preset", choices=["mobile", "desktop"], default="mobile",
                        help="Lighthouse preset (default: mobile, Lighthouse's own default)")
    parser.add_argument("--lighthouse-runs", type=int, default=1, metavar="N",
                        help="Lighthouse runs per page; the run with the median performance is shown")
    args = parser.parse_args()
    chosen = args.only or [f for f in FIGURES if not (f == "suite" and args.skip_suite)
                           and not (f == "lighthouse" and args.skip_lighthouse)]

    print_machine()
    from playwright.sync_api import sync_playwright

    try:
        for name in FIGURES:
            if name not in chosen:
                continue
            print(f"== {name}")
            if name in ("bytes", "search"):
                with sync_playwright() as playwright:
                    {"bytes": fig_bytes, "search": fig_search}[name](playwright)
            elif name == "lighthouse":
                fig_lighthouse(args.preset, args.lighthouse_runs)
            else:
                {"build": fig_build, "mock": fig_mock, "suite": fig_suite}[name]()
        print_tables()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()

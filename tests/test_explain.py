"""The offline explainers give the page the site's decoder (docs/assets/decoder.js) gives.

`diagnose.py --explain` reads any paste, as the decoder does: it gets test_decoder.py's pastes
(every catalog body raw, as each SDK prints it, as an uncaught Python exception; the real
exception strings; garbage). The explain() helpers get an SDK error's status and body: they get
every catalog body, and the decoder gets the same body as that SDK prints it. One browser runs
the decoder; the helpers and the script read the same built errors.json.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys

import pytest

from site_build import built_site
from snippet_runner import ESBUILD, ROOT, SNIPPETS, TIMEOUT_SECONDS
from test_decoder import (GARBAGE, REFERENCE, _want, base, body_cases, browser, decode,  # noqa: F401 (fixtures)
                          decoder, published)

pytestmark = pytest.mark.xdist_group("decoder")  # one worker, so one browser for the module

DIAGNOSE = SNIPPETS / "python" / "diagnose.py"
DECODER = ROOT / "docs" / "assets" / "decoder.js"


def _module(path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def decoder_pages(page, base_url: str, texts: list[str]) -> list[str | None]:
    """The page each text decodes to (relative to the site), None for "not recognised"."""
    pages = []
    for got in decode(page, *texts):
        if got["verdict"] == "unknown":
            pages.append(None)
        else:
            assert got["first"].startswith(base_url), got
            pages.append(got["first"].removeprefix(base_url))
    return pages


def pastes(published_: dict) -> list[tuple[str, str]]:
    cases = [(label, text) for label, text, _ in body_cases(published_)]
    cases += [(text[:60], text) for text, _ in REFERENCE]
    cases += [(f"garbage {i}", text) for i, text in enumerate(GARBAGE)]
    return cases


def _python_helper(published_: dict):
    helper = _module(SNIPPETS / "python" / "explain.py", "explain_helper")
    helper.CATALOG = built_site() / "errors.json"
    index = helper._index(str(helper.CATALOG))

    def page(status: int, body: str) -> str | None:
        entry = helper._match(index, status, body)
        return entry["url"] if entry else None

    return page


def _typescript_helper(cases: list[tuple[int, str]]) -> list[str | None]:
    """explain.ts's code above its usage example, byte for byte, run on every case by a driver."""
    source = (SNIPPETS / "typescript" / "explain.ts").read_text()
    helper = source[:source.index("// How to use it")]
    driver = helper + """
const cases: [number, string][] = JSON.parse(readFileSync(0, "utf8"));
index = buildIndex(JSON.parse(readFileSync(CATALOG, "utf8")).errors);
console.log(JSON.stringify(cases.map(([status, body]) => match(index!, status, body)?.url ?? null)));
"""
    folder = ROOT / ".cache" / "explain-ts"  # under ROOT, so that node finds node_modules
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "errors.json").write_bytes((built_site() / "errors.json").read_bytes())
    (folder / "driver.ts").write_text(driver)
    subprocess.run([str(ESBUILD), str(folder / "driver.ts"), "--format=esm", "--platform=node", "--target=node20",
                    f"--outfile={folder / 'driver.mjs'}", "--log-level=warning"], check=True, timeout=TIMEOUT_SECONDS)
    done = subprocess.run(["node", str(folder / "driver.mjs")], input=json.dumps(cases), capture_output=True,
                          text=True, timeout=TIMEOUT_SECONDS, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize("explainer", ["diagnose.py --explain", "explain.py", "explain.ts"])
def test_the_same_page_as_the_decoder(explainer: str, decoder, base, published) -> None:  # noqa: F811
    if explainer == "diagnose.py --explain":
        script = _module(DIAGNOSE, "diagnose_script")
        index = script.load_catalog(str(built_site() / "errors.json"))
        cases = pastes(published)
        ours = [(found[0] if found else None) for found in (script.explain(text, index) for _, text in cases)]
        labels, texts = [label for label, _ in cases], [text for _, text in cases]
    else:
        sdk = "python" if explainer == "explain.py" else "typescript"
        # "Response validation failed" alone names no error: the decoder gets it with the body, as
        # test_decoder pastes it.
        bodies = [(f"{e['id']}/{b['name']}", b["status"], b["body"],
                   b[sdk]["text"] + ("\n" + b["body"] if b[sdk]["exception"] == "ResponseValidationError" else ""))
                  for e in published["errors"] for b in e["bodies"] if b[sdk]["text"] is not None]
        if sdk == "python":
            page = _python_helper(published)
            ours = [page(status, body) for _, status, body, _ in bodies]
        else:
            ours = _typescript_helper([(status, body) for _, status, body, _ in bodies])
        labels, texts = [label for label, *_ in bodies], [text for *_, text in bodies]
    assert len(texts) > 30
    theirs = decoder_pages(decoder, base, texts)
    wrong = [f"{label}: decoder {want}, {explainer} {got}\n    {text[:120]!r}"
             for label, text, want, got in zip(labels, texts, theirs, ours) if want != got]
    assert wrong == []
    assert any(page is None for page in theirs) == (explainer == "diagnose.py --explain")  # garbage only


def _js_regex(literal: str) -> str:
    return literal.replace("\\/", "/")


def _decoder_rules(source: str) -> list[tuple]:
    """decoder.js's CLIENT_SIDE rules as (status or page, title, pattern, meaning, retry)."""
    block = source[source.index("var CLIENT_SIDE = ["):source.index("var STATUS_PATTERNS")]
    rules = []
    for rule in re.findall(r"\n    \{\n(.*?)\n    \}", block, re.S):
        def field(name: str, text: str = rule) -> str | None:
            found = re.search(rf'\b{name}: "((?:[^"\\]|\\.)*)"', text)
            return json.loads(f'"{found[1]}"') if found else None
        status = re.search(r"\bstatus: (\d{3})", rule)
        pattern = re.search(r"\bpattern: /(.+)/,?$", rule, re.M)[1]
        rules.append((int(status[1]) if status else field("page"), field("title"), _js_regex(pattern),
                      field("meaning"), field("retry")))
    return rules


def test_the_client_side_rules_and_status_patterns_are_the_decoders() -> None:
    """diagnose.py copies two lists of decoder.js: the copies must not drift."""
    script = _module(DIAGNOSE, "diagnose_script_rules")
    source = DECODER.read_text()
    rules = _decoder_rules(source)
    assert len(rules) >= 5
    assert [tuple(rule) for rule in script.CLIENT_SIDE] == rules
    block = source[source.index("var STATUS_PATTERNS = ["):]
    block = block[:block.index("\n  ];")]
    literals = re.findall(r"^\s+/(.+)/(i?),?(?:\s*//.*)?$", block, re.M)
    assert [(p.pattern, bool(p.flags & re.I)) for p in script.STATUS_PATTERNS] == \
           [(_js_regex(body), flag == "i") for body, flag in literals]


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-S", str(DIAGNOSE), *args], input=stdin, capture_output=True, text=True,
                          timeout=60, env={"PATH": "/usr/bin:/bin"})


def test_explain_on_the_command_line() -> None:
    catalog = str(built_site() / "errors.json")
    sdk_429 = ('mistralai.client.errors.sdkerror.SDKError: API error occurred: Status 429. Body: '
               '{"message": "Requests rate limit exceeded"}')
    done = _run("--explain", sdk_429, "--catalog", catalog)
    assert done.returncode == 0 and done.stderr == ""
    # What docs/topics/diagnose.md shows for this paste.
    assert done.stdout.splitlines() == [
        '429 Rate limit exceeded, recognised by the message "Requests rate limit exceeded"',
        "Page: http://127.0.0.1:8000/errors/429-rate-limited/",
        "Advice: Your workspace went over its requests or tokens limit for this model.",
        "Retry: yes. Retry-After when the answer has it; otherwise back off exponentially from 1 s, with jitter, "
        "up to 60 s.",
    ]
    page = (ROOT / "docs" / "topics" / "diagnose.md").read_text()
    assert "\n".join(done.stdout.splitlines()) in page
    # From standard input, as a multi-line traceback is pasted.
    piped = _run("--explain", "-", "--catalog", catalog, stdin="Traceback (most recent call last):\n  ...\n" + sdk_429)
    assert piped.stdout == done.stdout and piped.returncode == 0
    unknown = _run("--explain", "lorem ipsum", "--catalog", catalog)
    assert unknown.returncode == 1
    assert unknown.stdout.startswith("Not recognised: ")
    missing = _run("--explain", sdk_429, "--catalog", "/nonexistent/errors.json")
    assert missing.returncode == 1
    assert "cannot read the site's errors.json" in missing.stdout and "http://127.0.0.1:8000/errors.json" in missing.stdout

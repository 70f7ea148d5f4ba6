"""Facts with dates (issue 8.4, 8.5): each page's foot line, the "What changed" page, and the
deprecation notices, checked against the data and the installed packages."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Iterator

import pytest
import yaml

import macros
from macros import page_facts
from catalog import load, loader
from catalog.history import _compare, changes
from site_build import built_site
from site_pages import INCLUDE

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FACTS = re.compile(r'<div class="page-facts">\s*<p>Facts on this page last checked <strong>(\d{4}-\d\d-\d\d)</strong>'
                   r'(?P<rest>.*?)</p>', re.S)


def _html(src: str) -> str:
    url = "" if src == "index.md" else src.removesuffix(".md").removesuffix("index") + "/"
    return (built_site() / url.replace("//", "/") / "index.html").read_text()


def _front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text().split("---\n")[1]) or {}


PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))


@pytest.mark.parametrize("src", PAGES)
def test_each_page_says_when_its_facts_were_checked(src: str) -> None:
    """The oldest of the page's catalog entries' dates and its own `checked:`."""
    dates = [e.checked for e in load().errors.entries if e.page == src]
    own = _front_matter(DOCS / src).get("checked")
    if own:
        dates.append(dt.date.fromisoformat(str(own)))
    assert dates, f"{src}: no catalog entry and no checked: date"
    found = FACTS.search(_html(src))
    assert found, src
    assert found[1] == min(dates).isoformat()


def _installed_npm(name: str) -> str:
    return json.loads((ROOT / "node_modules" / name / "package.json").read_text())["version"]


@pytest.mark.parametrize("src", PAGES)
def test_each_page_names_the_versions_its_snippets_ran_with(src: str) -> None:
    """Checked against the installed packages the tests ran the snippets with, not the lock file.
    (Macros may add snippets, such as the support bundle; the page's own includes are the floor.)"""
    names = [n for n in INCLUDE.findall((DOCS / src).read_text()) if not n.startswith("output/")]
    rest = FACTS.search(_html(src))["rest"]
    python = " ".join((ROOT / "snippets" / n).read_text() for n in names if n.startswith("python/"))
    typescript = " ".join((ROOT / "snippets" / n).read_text() for n in names if n.startswith("typescript/"))
    if re.search(r"^from mistralai", python, re.M):
        assert f"<code>mistralai</code> {importlib.metadata.version('mistralai')}" in rest
    if '"@mistralai/mistralai' in typescript:
        assert f"<code>@mistralai/mistralai</code> {_installed_npm('@mistralai/mistralai')}" in rest
    if re.search(r"^from openai import|^import openai", python, re.M):
        assert f"<code>openai</code> {importlib.metadata.version('openai')}" in rest


def test_the_openai_page_names_both_openai_packages() -> None:
    rest = FACTS.search(_html("topics/openai-compatible.md"))["rest"]
    assert f"<code>openai</code> {importlib.metadata.version('openai')}" in rest
    assert f"<code>openai</code> {_installed_npm('openai')}" in rest


# --- What changed -----------------------------------------------------------------------------

def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def test_compare_reports_added_removed_and_changed_fields() -> None:
    before = {"a": {"id": "a", "title": "A", "status": 400}, "b": {"id": "b", "title": "B", "status": 401}}
    after = {"a": {"id": "a", "title": "A", "status": 422}, "c": {"id": "c", "title": "C", "status": 429}}
    assert _compare(before, after, ("title", "status")) == [
        ("changed", "a", "status → 422"), ("added", "c", "C"), ("removed", "b", "")]


def test_each_committed_error_entry_is_dated_by_the_commit_that_added_it() -> None:
    """Against git's own search for the line `- id: <id>` (pickaxe), not the parsed history."""
    added = {c.key: c for c in changes() if c.file == "errors.yml" and c.kind == "added"}
    created = next(c for c in changes() if c.file == "errors.yml" and c.kind == "created")
    checked = 0
    for entry in load().errors.entries:
        log = _git("log", "--reverse", "--format=%h %cs", "-S", f"- id: {entry.id}\n", "--", "data/errors.yml").split()
        if not log:  # not committed yet
            continue
        commit, date = log[0], log[1]
        checked += 1
        if commit == created.commit:
            continue
        assert entry.id in added, entry.id
        assert (added[entry.id].commit, added[entry.id].date.isoformat()) == (commit, date), entry.id
    assert checked >= 20


def test_the_what_changed_page_lists_the_changes_by_date() -> None:
    text = _html("changes.md")
    dates = re.findall(r'<h2 id="[^"]*">(\d{4}-\d\d-\d\d)<', text)
    assert dates == sorted(set(dates), reverse=True)
    assert dates[-1] == _git("log", "--reverse", "--format=%cs", "--", "data/errors.yml").split()[0]
    assert "reasoning-mode" in text and "first version" in text


# --- Deprecation notices ----------------------------------------------------------------------

def test_a_page_naming_a_deprecated_id_shows_its_replacement_and_dates() -> None:
    model = next(m for m in load().models.models if "devstral-small-latest" in m.api_names)
    assert model.status == "deprecated"
    text = _html("errors/403-forbidden.md")
    notice = text.split('<p class="admonition-title">Deprecated model IDs on this page</p>')[1].split("</div>")[0]
    line = re.search(r"<li><code>devstral-small-latest</code>.*?</li>", notice)[0]
    assert f"<code>{model.replacement}</code>" in line
    assert model.deprecated_on.isoformat() in line and f"{model.retires_on.isoformat()} (passed)" in line


def test_a_page_naming_no_deprecated_id_has_no_notice() -> None:
    deprecated = [n for m in load().models.models if m.status == "deprecated" for n in m.api_names]
    source = (DOCS / "errors/401-unauthorized.md").read_text()
    assert not any(n in source for n in deprecated)
    assert "Deprecated model IDs on this page" not in _html("errors/401-unauthorized.md")


def test_model_tables_mark_a_passed_retirement() -> None:
    text = _html("models.md")
    today = dt.date.today()
    for model in load().models.models:
        if model.status == "deprecated" and model.retires_on:
            mark = f"retirement {model.retires_on.isoformat()}" + (" (passed)" if model.retires_on < today else "")
            row = re.search(rf"<tr>\s*<td>{re.escape(model.name)}</td>.*?</tr>", text, re.S)[0]
            assert mark in row, model.name
            if model.replacement:
                assert f"<code>{model.replacement}</code>" in row


class _Env:
    """The part of mkdocs-macros' env that define_env uses."""

    def __init__(self) -> None:
        self.variables: dict = {}

    def macro(self, function):
        return function


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    copy = tmp_path / "data"
    shutil.copytree(loader.DATA_DIR, copy)
    monkeypatch.setattr(loader, "DATA_DIR", copy)
    yield copy
    monkeypatch.undo()
    loader.load.cache_clear()  # the rest of this process reads the real data/ again


def test_a_rebuild_reads_the_data_again(data_copy: Path) -> None:
    """`mkdocs serve` rebuilds in one process when data/ changes: each build's define_env must drop
    the catalog the last build read, or the edit would not show until a restart."""
    macros.define_env(_Env())
    first = loader.load().models.models[0].name
    models = data_copy / "models.yml"
    models.write_text(models.read_text().replace(f"- name: {first}\n", f"- name: {first} (edited)\n", 1))
    assert loader.load().models.models[0].name == first  # cached within a build
    macros.define_env(_Env())  # the next build
    assert loader.load().models.models[0].name == f"{first} (edited)"


def test_a_rebuild_reads_the_snippets_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same for snippets/, which mkdocs.yml also watches."""
    monkeypatch.setattr(page_facts, "SNIPPETS", tmp_path)
    page_facts.snippet.cache_clear()
    (tmp_path / "a.py").write_text("print(1)\n")
    macros.define_env(_Env())
    assert page_facts.snippet("a.py") == "print(1)\n"
    (tmp_path / "a.py").write_text("print(2)\n")
    assert page_facts.snippet("a.py") == "print(1)\n"  # read once per build
    macros.define_env(_Env())
    assert page_facts.snippet("a.py") == "print(2)\n"
    page_facts.snippet.cache_clear()  # the rest of this process reads the real snippets/ again

"""The site builds with --strict and no network, and loads nothing from another host."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from mkdocs.utils.meta import get_data

from site_build import ROOT, build, built_site, can_cut_network


def test_strict_build_with_no_network() -> None:
    if not can_cut_network():
        pytest.skip("needs `unshare -n` (root on Linux) to cut the network; CI has it")
    done, out = build(offline=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (out / "index.html").exists()


class _Assets(HTMLParser):
    """Collects every URL a page makes the browser load by itself (not links a reader clicks)."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video") and values.get("src"):
            self.loaded.append(values["src"])
        if tag == "link" and values.get("rel") in ("stylesheet", "preload", "modulepreload", "icon", "preconnect"):
            self.loaded.append(values.get("href") or "")


def _pages():
    return sorted(built_site().rglob("*.html"))


def test_pages_load_nothing_from_another_host() -> None:
    offenders = []
    for page in _pages():
        parser = _Assets()
        parser.feed(page.read_text())
        offenders += [f"{page.relative_to(built_site())}: {url}" for url in parser.loaded
                      if re.match(r"^(https?:)?//", url)]
    assert offenders == []


def test_css_loads_no_remote_fonts() -> None:
    remote = [str(css.relative_to(built_site())) for css in built_site().rglob("*.css")
              if re.search(r"@import\s+url\(\s*['\"]?https?:|fonts\.googleapis", css.read_text())]
    assert remote == []


@pytest.mark.parametrize("page", sorted((ROOT / "docs").rglob("*.md")), ids=lambda p: str(p.relative_to(ROOT)))
def test_page_front_matter(page) -> None:
    """Every page has a title and a description; a description with a double quote would break
    the theme's <meta> tag, and front matter that does not parse is silently shown as text."""
    _, meta = get_data(page.read_text())
    assert meta.get("title"), "no title in front matter (or it does not parse)"
    assert meta.get("description"), "no description in front matter"
    assert '"' not in meta["description"]


def test_no_front_matter_leaks_into_pages() -> None:
    leaked = [str(p.relative_to(built_site())) for p in _pages() if re.search(r"<p>title: ", p.read_text())]
    assert leaked == []


def test_404_page_helps() -> None:
    page = (built_site() / "404.html").read_text()
    assert "Page not found" in page
    assert 'href="http://127.0.0.1:8000/models/"' in page
    assert 'class="md-search__input"' in page  # the search box is there to type the error into


def test_the_diagnose_script_is_published_as_run() -> None:
    """The download is the very file tests/test_diagnose.py runs."""
    assert (built_site() / "assets" / "diagnose.py").read_bytes() == (ROOT / "snippets" / "python" / "diagnose.py").read_bytes()
    assert 'href="../../assets/diagnose.py"' in (built_site() / "topics" / "diagnose" / "index.html").read_text()

"""Each page's Markdown twin, /llms.txt and /llms-full.txt match the built pages (issue 8.1)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from site_build import built_site
from site_pages import SITE_URL, content_pages

TWIN = "index.html.md"


class _Page(HTMLParser):
    """The headings (h1-h3) of the article and the text of each code block."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.code: list[str] = []
        self._heading: list[str] | None = None
        self._code: list[str] | None = None
        self._article = False
        self._skip = 0  # inside a headerlink anchor

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "article":
            self._article = True
        elif self._article and tag in ("h1", "h2", "h3"):
            self._heading = []
        elif tag == "a" and "headerlink" in classes:
            self._skip += 1
        elif tag == "pre":
            self._pre = True
        elif self._article and self._pre and tag == "code" and self._code is None:
            self._code = []

    _pre = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._article = False
        elif tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()))
            self._heading = None
        elif tag == "a" and self._skip:
            self._skip -= 1
        elif tag == "pre":
            self._pre = False
        elif tag == "code" and self._code is not None:
            self.code.append("".join(self._code))
            self._code = None

    def handle_data(self, data: str) -> None:
        if self._heading is not None and not self._skip:
            self._heading.append(data)
        if self._code is not None:
            self._code.append(data)


def _pages() -> list[str]:
    return [p for p in content_pages(built_site()) if p != "404.html"]


def _twin(page: str) -> str:
    return (built_site() / page / TWIN).read_text()


def _plain_heading(text: str) -> str:
    """A Markdown heading's text as the HTML shows it: no backticks, no link syntax, entities read."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return " ".join(html.unescape(text.replace("`", "")).split())


def test_every_page_has_a_twin() -> None:
    pages = _pages()
    assert len(pages) > 20
    missing = [p for p in pages if not (built_site() / p / TWIN).is_file()]
    assert not missing


@pytest.mark.parametrize("page", ["", "errors/401-unauthorized/", "topics/ocr/", "models/", "changes/"])
def test_the_page_links_its_twin(page: str) -> None:
    # In the foot line, not a <link rel="alternate"> in the head: Material reads those as
    # translations of the page and fetches a sitemap.xml beside each.
    text = (built_site() / page / "index.html").read_text()
    assert '<a href="index.html.md" type="text/markdown">This page as Markdown</a>' in text


def test_twins_have_the_pages_headings_and_code() -> None:
    """Every h1-h3 of the HTML is a heading of the twin; every code block's text is in the twin,
    byte for byte (so each snippet is inlined, not left as an include)."""
    for page in _pages():
        parsed = _Page()
        parsed.feed((built_site() / page / "index.html").read_text())
        twin = _twin(page)
        headings = {_plain_heading(m[1]) for m in re.finditer(r"^#{1,3} (.+?)\s*$", twin, re.M)}
        missing = [h for h in parsed.headings if h not in headings]
        assert not missing, f"{page}: headings not in the twin: {missing}"
        for block in parsed.code:
            body = block.rstrip("\n")
            # A block inside tabs is indented in the Markdown: compare line by line, stripped.
            lines = [line.strip() for line in body.split("\n")]
            twin_lines = [line.strip() for line in twin.split("\n")]
            found = any(twin_lines[i:i + len(lines)] == lines for i in range(len(twin_lines)))
            assert found, f"{page}: code block not in the twin:\n{body[:300]}"


def test_twins_are_plain_markdown() -> None:
    for page in _pages():
        twin = _twin(page)
        assert "--8<--" not in twin, page
        assert not re.search(r'^\s*=== "[^"]*"\s*$', twin, re.M), page
        assert "{{" not in twin or "{{" in (built_site() / page / "index.html").read_text(), page
        assert twin.startswith(f"<!-- {SITE_URL}{page} as Markdown -->\n"), page
        # Links point at the site, not at the docs folder's .md files.
        assert not re.search(r"\]\((?!https?:)[^)]*\.md[)#]", twin), page


def _llms_links(text: str) -> list[str]:
    return re.findall(r"^- \[[^\]]+\]\(([^)]+)\)", text, re.M)


def test_llms_txt_lists_every_twin() -> None:
    text = (built_site() / "llms.txt").read_text()
    assert text.startswith("# Mistral API errors, fixed\n\n> ")
    links = _llms_links(text)
    assert sorted(links) == sorted(f"{SITE_URL}{page}{TWIN}" for page in _pages())
    for section in ("## Errors", "## Topics", "## Reference"):
        assert section in text
    assert f"{SITE_URL}errors/429-rate-limited/{TWIN}" in text.split("## Topics")[0]


def test_llms_full_txt_is_every_twin_in_llms_txt_order() -> None:
    links = _llms_links((built_site() / "llms.txt").read_text())
    parts = [_twin(link.removeprefix(SITE_URL).removesuffix(TWIN)).rstrip("\n") for link in links]
    assert (built_site() / "llms-full.txt").read_text() == "\n\n".join(parts) + "\n"


def test_a_twin_holds_its_snippet_files() -> None:
    """Spot check against the files themselves: the OCR page's twin has ocr_url.py whole."""
    snippet = (Path(__file__).resolve().parent.parent / "snippets" / "python" / "ocr_url.py").read_text()
    twin = _twin("topics/ocr/")
    assert all(line.strip() in twin for line in snippet.splitlines())
    assert "\n".join(line.strip() for line in snippet.rstrip().split("\n")) in "\n".join(
        line.strip() for line in twin.split("\n"))

"""No broken link or anchor anywhere in the built site, alias pages included; every link to
another host is listed in data/links.yml with the date it was last checked (never fetched here)."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from catalog import load
from site_build import built_site
from site_pages import SITE_URL, html_files, url_path


class _Page(HTMLParser):
    """The ids a page defines and the addresses it points to (links, assets, redirects)."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        if tag in ("a", "link") and values.get("href"):
            self.targets.append(values["href"])
        if tag in ("script", "img", "source", "iframe") and values.get("src"):
            self.targets.append(values["src"])
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.targets.append((values.get("content") or "").split("url=", 1)[-1])


def _parse(file: Path) -> _Page:
    page = _Page()
    page.feed(file.read_text())
    return page


def _file_for(site: Path, path: str) -> Path | None:
    """The file a site path serves (directory URLs), or None."""
    candidate = site / path
    if path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def _check(site: Path) -> tuple[list[str], set[str]]:
    """(broken internal links and anchors, external addresses) over every HTML file."""
    parsed = {url_path(site, f): _parse(f) for f in html_files(site)}
    broken, external = [], set()
    for source, page in parsed.items():
        for target in page.targets:
            if target.startswith(SITE_URL):  # the 404 page links by absolute address
                target = "/" + target[len(SITE_URL):]
            parts = urlsplit(target)
            if parts.scheme in ("http", "https"):
                external.add(target)
                continue
            if parts.scheme or target.startswith("//"):  # mailto:, javascript:, data:
                continue
            base = "/" + posixpath.dirname("/" + source).strip("/")
            path = unquote(parts.path)
            resolved = posixpath.normpath(posixpath.join(base, path)) if path else "/" + source
            resolved = resolved.lstrip("/") + ("/" if path.endswith("/") and resolved != "/" else "")
            file = _file_for(site, resolved)
            if file is None:
                broken.append(f"{source}: {target} (no {resolved})")
                continue
            if parts.fragment and file.suffix == ".html":
                ids = parsed[url_path(site, file)].ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{source}: {target} (no #{parts.fragment} in {url_path(site, file)})")
    return broken, external


def test_no_broken_internal_link_or_anchor() -> None:
    broken, _ = _check(built_site())
    assert broken == [], "\n".join(broken)


def test_the_checker_sees_a_broken_link_and_anchor(tmp_path: Path) -> None:
    """The check itself can fail: a missing page and a missing heading are both reported."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">x</h2><a href="../b/">b</a><a href="#gone">g</a>'
                                                '<a href="#here">ok</a>')
    broken, _ = _check(tmp_path)
    assert broken == ["a/: ../b/ (no b/)", "a/: #gone (no #gone in a/)"]


def test_every_external_link_is_listed_with_its_check_date() -> None:
    _, external = _check(built_site())
    listed = {link.url for link in load().links.links}
    assert sorted(external - listed) == [], "add these to data/links.yml"
    assert sorted(listed - external) == [], "no page links to these any more: remove them"

"""The pages of the site, as the guards, the browser tests and the link test see them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The site's own address (mkdocs.yml site_url).
SITE_URL = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(), re.M)[1]
# A snippet include in a page's Markdown (pymdownx.snippets), by name only.
INCLUDE = re.compile(r'--8<--\s+"([^"]+)"')
REDIRECT_MARK = 'http-equiv="refresh"'


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def url_path(site: Path, file: Path) -> str:
    """The path a browser asks for: errors/429/index.html -> errors/429/, 404.html stays."""
    relative = file.relative_to(site).as_posix()
    return relative.removesuffix("index.html") if relative.endswith("index.html") else relative


def content_pages(site: Path) -> list[str]:
    """Every page a reader reads (not the alias pages that only redirect), 404 page included."""
    return [url_path(site, f) for f in html_files(site) if REDIRECT_MARK not in f.read_text()]


def alias_pages(site: Path) -> list[str]:
    return [url_path(site, f) for f in html_files(site) if REDIRECT_MARK in f.read_text()]

"""External links of the site (data/links.yml): what each points to was last checked, and how."""

from __future__ import annotations

from catalog.records import Checked, Record


class ExternalLink(Checked):
    url: str
    how: str


class LinksFile(Record):
    links: tuple[ExternalLink, ...]

    def model_post_init(self, _context: object) -> None:
        urls = [link.url for link in self.links]
        duplicated = sorted({url for url in urls if urls.count(url) > 1})
        if duplicated:
            raise ValueError(f"links.yml: listed twice: {duplicated}")
        bad = [url for url in urls if not url.startswith("https://")]
        if bad:
            raise ValueError(f"links.yml: not an https address: {bad}")

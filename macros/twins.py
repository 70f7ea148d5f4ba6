"""Every page as plain Markdown beside its HTML, and /llms.txt and /llms-full.txt, for readers who
hand the site to an AI assistant (the llms.txt proposal, https://llmstxt.org/).

A page `errors/401-unauthorized/` gets `errors/401-unauthorized/index.html.md`: the Markdown the
site was built from, after the macros ran, with every snippet inlined (not an include directive)
and the tabs' syntax turned into plain headings.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from macros.page_facts import INCLUDE, snippet

TWIN_NAME = "index.html.md"
_TAB = re.compile(r'^(?P<indent>[ \t]*)=== "(?P<label>[^"]+)"\s*$')
_FENCE_ATTRS = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*\{\s*\.(?P<lang>[\w-]+)[^}]*\}(?P<rest>.*)$")


@dataclass(frozen=True)
class Twin:
    url: str  # the page's URL path, "" for the home page
    title: str
    description: str
    section: str  # "Errors", "Topics" or "Reference", for llms.txt
    markdown: str

    @property
    def path(self) -> str:
        return f"{self.url}{TWIN_NAME}"


def inline_snippets(markdown: str) -> str:
    """Each `--8<-- "file"` line replaced by the file, at the line's indentation."""
    def inline(match: re.Match) -> str:
        text = snippet(match["name"]).rstrip("\n")
        return "\n".join(match["indent"] + line if line else "" for line in text.split("\n"))

    return INCLUDE.sub(inline, markdown)


def _untab(markdown: str) -> str:
    """`=== "Python"` and its indented block -> a bold label and the block, dedented."""
    out: list[str] = []
    depth: list[int] = []  # the indentation of each open tab's label
    for line in markdown.split("\n"):
        stripped = len(line) - len(line.lstrip(" "))
        while depth and line.strip() and stripped <= depth[-1]:
            depth.pop()
        tab = _TAB.match(line)
        cut = 4 * len(depth)
        if tab:
            out.append(f'{" " * (len(tab["indent"]) - cut)}**{tab["label"]}**')
            out.append("")
            depth.append(len(tab["indent"]))
            continue
        out.append(line[cut:] if line[:cut].strip() == "" else line)
    return "\n".join(out)


def _plain_fences(markdown: str) -> str:
    """``` { .text .no-copy } -> ```text: attribute lists mean nothing outside the site."""
    return "\n".join(_FENCE_ATTRS.sub(r"\g<indent>\g<fence>\g<lang>\g<rest>", line) for line in markdown.split("\n"))


_MD_LINK = re.compile(r"\]\((?P<path>[^)\s:#]+\.md)(?P<fragment>#[^)\s]*)?\)")


def _absolute_links(markdown: str, src: str, site_url: str) -> str:
    """`](../index.md#x)` -> `](http://site/#x)`: a twin is read away from the docs folder."""
    def absolute(match: re.Match) -> str:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(src), match["path"]))
        url = "" if path == "index.md" else path.removesuffix("index.md").removesuffix(".md") + "/"
        return f"]({site_url}{url.replace('//', '/')}{match['fragment'] or ''})"

    return _MD_LINK.sub(absolute, markdown)


_HEADING_ATTRS = re.compile(r"^(#{1,6} .*?)\s*\{[^}]*\}\s*$", re.M)


def plain(markdown: str, src: str, site_url: str) -> str:
    text = _HEADING_ATTRS.sub(r"\1", _plain_fences(_untab(inline_snippets(markdown))))
    return _absolute_links(text, src, site_url).strip("\n") + "\n"


def document(twin: Twin, site_url: str) -> str:
    """A twin as served: the source URL and description first, then the page."""
    header = [f"<!-- {site_url}{twin.url} as Markdown -->"]
    if twin.description:
        header.append(f"> {twin.description}")
    return "\n\n".join(header) + "\n\n" + twin.markdown


SECTIONS = ("Errors", "Topics", "Reference")


def llms_txt(twins: list[Twin], site_name: str, site_description: str, site_url: str) -> str:
    out = [f"# {site_name}", "", f"> {site_description}", "",
           "Each page below is plain Markdown with its code inlined; every snippet ran in CI against a "
           "mock of the API. /llms-full.txt has them all in one file.", ""]
    for section in SECTIONS:
        members = [t for t in twins if t.section == section]
        if not members:
            continue
        out += [f"## {section}", ""]
        out += [f"- [{t.title}]({site_url}{t.path})" + (f": {t.description}" if t.description else "")
                for t in members]
        out.append("")
    return "\n".join(out)


def llms_full(twins: list[Twin], site_url: str) -> str:
    return "\n\n".join(document(t, site_url).rstrip("\n") for t in twins) + "\n"


def section(src_uri: str) -> str:
    if src_uri.startswith("errors/") and src_uri != "errors/index.md":
        return "Errors"
    return "Topics" if src_uri.startswith("topics/") else "Reference"


def write(site: Path, twins: list[Twin], site_name: str, site_description: str, site_url: str) -> None:
    twins = sorted(twins, key=lambda t: SECTIONS.index(t.section))  # llms.txt's order, in both files
    for twin in twins:
        target = site / twin.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(document(twin, site_url))
    (site / "llms.txt").write_text(llms_txt(twins, site_name, site_description, site_url))
    (site / "llms-full.txt").write_text(llms_full(twins, site_url))

"""mkdocs-macros module: turns the catalog into tables and lists for the pages.

Reads only `catalog` (never data/ or the nav), so Zensical's macros extension can run it too.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
import re
from pathlib import Path

from catalog import history, load
from catalog.publish import alias_url, errors_document, page_url, relative
from macros import (changes, deprecations, error_index, models_table, openai_params, page_facts, search_tags,
                    support, twins)

ROOT = Path(__file__).resolve().parent.parent


def _sdk_versions() -> dict[str, str]:
    """The SDK versions the snippets run with, read from the lock files, never typed into a page."""
    python, npm = page_facts.python_lock(), page_facts.npm_lock()
    return {"python": python["mistralai"], "typescript": npm["@mistralai/mistralai"],
            # The openai packages, for the OpenAI-compatible clients page.
            "openai_python": python["openai"], "openai_typescript": npm["openai"]}


def define_env(env) -> None:
    # A new build: `mkdocs serve` rebuilds in the same process when data/ or snippets/ change
    # (mkdocs.yml watches them), so nothing read by the last build may be kept.
    _TWINS.clear()
    for cached in (load, history.changes, page_facts.python_lock, page_facts.npm_lock, page_facts.snippet):
        cached.cache_clear()
    data = load()
    env.variables["sdk_versions"] = _sdk_versions()
    support.register(env)

    @env.macro
    def models_page_tables() -> str:
        return models_table.render(data.models, dt.date.today())

    @env.macro
    def models_with(capability: str) -> str:
        return models_table.with_capability(data.models, capability, dt.date.today())

    @env.macro
    def error_index_table() -> str:
        return error_index.render(data.errors, env.page.file.src_uri)

    @env.macro
    def error_body(error_id: str, body_name: str | None = None) -> str:
        """A fenced block with one body shape of a catalog error, filled in with its example values."""
        entry = data.errors.get(error_id)
        body = entry.body(body_name)
        text = entry.example(body).decode() or "(empty body)"
        language = "json" if (body.content_type or "").startswith("application/json") else "text"
        return f"```{language}\n{text}\n```"

    @env.macro
    def error_sources(error_id: str) -> str:
        """Where each body shape of an error was seen, with its provenance."""
        entry = data.errors.get(error_id)
        lines = []
        for body in entry.bodies:
            cited = "; ".join(html.escape(data.errors.sources[key].title) for key in body.sources)
            seen = f", seen {body.seen}" if body.seen else ""
            note = f" {html.escape(body.note)}" if body.note else ""
            lines.append(f"- `{body.name}` ({body.provenance}{seen}): {cited}.{note}")
        lines.append(f"\nFacts checked {entry.checked.isoformat()}.")
        return "\n".join(lines)

    @env.macro
    def what_changed() -> str:
        """Catalog and model changes by date, from the git history of data/."""
        return changes.render(history.changes(), data.errors)

    @env.macro
    def openai_only_params_table() -> str:
        """The openai package's chat-completions parameters that Mistral's spec does not have."""
        return openai_params.render(data.openapi)

    @env.macro
    def external_links_table() -> str:
        """Every link to another host (data/links.yml), with when and how it was last checked."""
        rows = ["| Link | Last checked | How |", "|---|---|---|"]
        rows += [f"| <{link.url}> | {link.checked.isoformat()} | {html.escape(link.how)} |" for link in data.links.links]
        return "\n".join(rows)


def on_pre_page_macros(env) -> None:
    """Adds the catalog's search tags to an error page (see macros/search_tags.py), and the
    deprecation notice under the title of a page that names a deprecated model ID."""
    src = env.page.file.src_uri
    tags = search_tags.tags_for_page(load().errors, src)
    if tags:
        env.page.meta["tags"] = list(dict.fromkeys([*env.page.meta.get("tags", []), *tags]))
    code = "".join(page_facts.snippet(name) for name in page_facts.included(env.markdown)
                   if not name.startswith("output/"))
    notice = deprecations.notice(load().models, env.markdown + code, _link(src, "models.md"), dt.date.today())
    if notice:
        title = re.search(r"^# .*$", env.markdown, re.M)
        at = title.end() if title else 0
        env.markdown = f"{env.markdown[:at]}\n\n{notice}\n{env.markdown[at:]}"


def on_post_page_macros(env) -> None:
    """Ends the page with when its facts were checked and the versions its snippets ran with,
    then keeps its final Markdown for the page's Markdown twin and llms.txt."""
    page, src = env.page, env.page.file.src_uri
    data = load()
    checked = page_facts.checked_date(page.meta, [e.checked for e in data.errors.entries if e.page == src])
    if checked is None:
        raise ValueError(f"{src}: no catalog entry and no `checked:` date in its front matter")
    versions = page_facts.snippet_versions(page_facts.included(env.markdown))
    env.markdown += page_facts.footer(checked, versions, _link(src, "changes.md"))
    description = " ".join(str(page.meta.get("description", "")).split())
    _TWINS[src] = twins.Twin(page.url, page.meta.get("title") or page.title or "", description,
                             twins.section(src), twins.plain(env.markdown, src, env.conf["site_url"]))


def _link(src: str, target: str) -> str:
    """A Markdown link from one docs page to another, relative as MkDocs wants it."""
    return posixpath.relpath(target, posixpath.dirname(src) or ".")


# The pages' Markdown twins of the current build, by source path (filled page by page).
_TWINS: dict[str, twins.Twin] = {}


def on_post_build(env) -> None:
    """Writes /errors.json, /assets/diagnose.py, one redirect page per alias (/errors/429/ ...),
    each page's Markdown twin, /llms.txt and /llms-full.txt.

    Generated from the catalog at build time, so neither can drift from data/errors.yml.
    """
    data = load()
    site = Path(env.conf["site_dir"])
    pages = [_TWINS[src] for src in sorted(_TWINS, key=lambda s: (s != "index.md", s))]
    twins.write(site, pages, env.conf["site_name"], env.conf["site_description"], env.conf["site_url"])
    document = errors_document(data.errors, "data/errors.yml")
    (site / "errors.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    # The diagnose script as a file to download, byte for byte the snippet the tests run.
    (site / "assets").mkdir(exist_ok=True)
    (site / "assets" / "diagnose.py").write_bytes((ROOT / "snippets" / "python" / "diagnose.py").read_bytes())
    for entry in data.errors.documented():
        target = page_url(entry.page)
        for alias in entry.aliases:
            folder = site / alias_url(alias)
            folder.mkdir(parents=True, exist_ok=True)
            link = relative(alias_url(alias), target)
            (folder / "index.html").write_text(_REDIRECT.format(link=link, title=entry.title))


# What mkdocs-redirects writes, plus the #fragment kept: a stable alias URL that lands on the page.
_REDIRECT = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="canonical" href="{link}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={link}">
<script>location.replace("{link}" + location.hash)</script>
</head>
<body><p>This error has moved to <a href="{link}">{title}</a>.</p></body>
</html>
"""

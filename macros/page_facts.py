"""The line at the foot of every page: when its facts were last checked, and which package
versions its snippets ran with in CI.

The date is the oldest `checked` of the catalog entries the page owns and of the page's own
front matter `checked:` (for pages whose facts are prose). The versions are read from the lock
files (constraints.txt, package-lock.json) for the packages the page's snippets import: nothing
here is typed by hand.
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import importlib.metadata
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
INCLUDE = re.compile(r'^(?P<indent>[ \t]*)--8<--\s+"(?P<name>[^"]+)"\s*$', re.M)
TS_IMPORT = re.compile(r'''^\s*import\b[^;]*?\bfrom\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']''', re.M)


def included(markdown: str) -> list[str]:
    """The snippet files a page's Markdown includes, in order, once each."""
    return list(dict.fromkeys(m["name"] for m in INCLUDE.finditer(markdown)))


@functools.lru_cache(maxsize=None)
def snippet(name: str) -> str:
    """A snippet file's text, read once per build (the deprecation scan, the versions and the
    Markdown twin all read it; macros.define_env clears this at each build's start)."""
    return (SNIPPETS / name).read_text()


@functools.lru_cache(maxsize=1)
def python_lock() -> dict[str, str]:
    """Normalised distribution name -> version, from constraints.txt (the lock of the .venv)."""
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.strip().split("==", 1)
            pins[_normal(name)] = version
    return pins


@functools.lru_cache(maxsize=1)
def npm_lock() -> dict[str, str]:
    """Package name -> version of the top-level node_modules, from package-lock.json."""
    packages = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    return {path.removeprefix("node_modules/"): info["version"] for path, info in packages.items()
            if path.startswith("node_modules/") and "/node_modules/" not in path}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@functools.lru_cache(maxsize=1)
def _packages_distributions() -> dict[str, list[str]]:
    return importlib.metadata.packages_distributions()  # reads every installed RECORD: once


@functools.lru_cache(maxsize=None)
def _distribution(module: str) -> str | None:
    """The installed distribution that provides an imported module (`google.auth` -> google-auth)."""
    top = module.split(".")[0]
    if top in sys.stdlib_module_names:
        return None
    # Most distributions are named for their module (mistralai, openai) or its first two parts
    # (google-auth); only others need the installed files read.
    for name in (".".join(module.split(".")[:2]), top):
        if _normal(name) in python_lock():
            return name
    if importlib.util.find_spec(top) is None:  # not installed (a snippet that shows the ImportError)
        return None
    candidates = _packages_distributions().get(top, [])
    if len(candidates) > 1:  # a namespace package: find the one that holds the submodule
        folder = module.replace(".", "/") + "/"
        candidates = [name for name in candidates
                      if any(str(f).startswith(folder) for f in importlib.metadata.distribution(name).files or ())]
    return candidates[0] if candidates else None


def python_packages(source: str) -> list[tuple[str, str]]:
    """(distribution, locked version) for each third-party package a Python snippet imports."""
    modules = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.append(node.module)
    found = {}
    for module in modules:
        dist = _distribution(module)
        if dist is not None:
            found[_normal(dist)] = python_lock()[_normal(dist)]
    return sorted(found.items())


def typescript_packages(source: str) -> list[tuple[str, str]]:
    """(package, locked version) for each npm package a TypeScript snippet imports."""
    found = {}
    for match in TS_IMPORT.finditer(source):
        spec = match[1] or match[2]
        if spec.startswith((".", "node:")):
            continue
        parts = spec.split("/")
        name = "/".join(parts[:2]) if spec.startswith("@") else parts[0]
        found[name] = npm_lock()[name]
    return sorted(found.items())


def snippet_versions(names: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Per language, the packages (and locked versions) the given snippet files import."""
    versions: dict[str, dict[str, str]] = {"Python": {}, "TypeScript": {}}
    for name in names:
        if name.startswith("python/"):
            versions["Python"].update(python_packages(snippet(name)))
        elif name.startswith("typescript/"):
            versions["TypeScript"].update(typescript_packages(snippet(name)))
    return {language: sorted(found.items()) for language, found in versions.items() if found}


def checked_date(front_matter: dict, entry_dates: list[dt.date]) -> dt.date | None:
    dates = list(entry_dates)
    if front_matter.get("checked"):
        dates.append(dt.date.fromisoformat(str(front_matter["checked"])))
    return min(dates) if dates else None


def footer(checked: dt.date, versions: dict[str, list[tuple[str, str]]], changes_link: str) -> str:
    ran = "; ".join(f"{language}: " + ", ".join(f"`{name}` {version}" for name, version in packages)
                    for language, packages in versions.items())
    lines = [f"Facts on this page last checked **{checked.isoformat()}** ([what changed]({changes_link}))."]
    # Raw HTML: MkDocs would read a Markdown link to a .md file as a link to a docs page.
    twin = '<a href="index.html.md" type="text/markdown">This page as Markdown</a>.'

    if ran:
        lines.append(f"Its snippets ran in CI with {ran}.")
    lines.append(twin)
    # Out of the search index: the same words on every page would only blur the ranking.
    return '\n\n<div class="page-facts" data-search-exclude markdown>\n\n' + " ".join(lines) + "\n\n</div>\n"

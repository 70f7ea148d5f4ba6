"""The built site in real Chromium, page by page, as a reader under stress uses it.

Every page: no console error, no request that leaves 127.0.0.1, no axe-core violation in light
and in dark mode, usable at 360 px. Linked language tabs keep the reader's choice across pages
and reloads; every copy button copies exactly its snippet file; deep links land on their
heading (every page is opened at one); the light/dark toggle works and is remembered.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from browser import launch, serve
from search_ui import open_search
from site_build import ROOT, built_site
from site_pages import INCLUDE, alias_pages, content_pages

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Material fades colours over 0.25 s when the scheme changes; axe must not read them half-way.
NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; }"
TOGGLE = "form[data-md-component=palette] label:visible"


@pytest.fixture(scope="module")
def site() -> Path:
    return built_site()


@pytest.fixture(scope="module")
def base(site: Path) -> str:
    return serve(site)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def _source_of(page: str) -> Path:
    """The Markdown file a site path was built from (directory URLs)."""
    stem = page.rstrip("/") or "index"
    candidates = [ROOT / "docs" / f"{stem}.md", ROOT / "docs" / stem / "index.md"]
    return next(path for path in candidates if path.is_file())


# For each snippet the page includes: the blocks that show it whole (trailing blank lines aside:
# Markdown drops them). A source file's first block is copied with its button, after a click on
# its tab label as a reader does, and the clipboard must then hold the file exactly (Material drops
# only the final newline); an output must have no copy button at all. One call per page: a
# round trip per step cost a fifth of the pass.
_COPIES = """async (snippets) => {
  const wrong = [];
  let copied = 0;
  const shown = text => [...document.querySelectorAll('.md-typeset pre > code')]
    .filter(code => code.textContent.replace(/\\n+$/, '') === text.replace(/\\n+$/, ''))
    .map(code => code.parentElement);
  const press = pre => {  // returns whether the block has a copy button
    const block = pre.closest('.tabbed-block');
    if (block) {
      const set = block.closest('.tabbed-set');
      const input = set.querySelectorAll(':scope > input')[[...block.parentElement.children].indexOf(block)];
      set.querySelector(`label[for="${input.id}"]`).click();
    }
    const button = pre.querySelector('button[data-md-type=copy]');
    if (button) button.click();
    return Boolean(button);
  };
  for (const {target, text} of snippets) {
    const blocks = shown(text);
    if (!blocks.length) {
      wrong.push(`${target} is not shown whole`);
    } else if (target.startsWith('output/')) {
      // The same text may also stand in a copyable block (a catalog body): one without is the include.
      if (blocks.every(press)) wrong.push(`output ${target} has a copy button`);
    } else {
      await navigator.clipboard.writeText('');
      press(blocks[0]);
      let got = '';
      for (let wait = 0; got === '' && wait < 50; wait++) {
        got = await navigator.clipboard.readText();
        if (got === '') await new Promise(resolve => setTimeout(resolve, 10));
      }
      copied++;
      if (got !== text.replace(/\\n$/, '')) wrong.push(`${target} copied as ${JSON.stringify(got.slice(0, 80))}`);
    }
  }
  return [wrong, copied];
}"""


def _copy_problems(page, path: str) -> tuple[list[str], int]:
    """Each snippet the page includes is shown whole and its button copies the file exactly;
    included outputs have no copy button (see _COPIES)."""
    targets = dict.fromkeys(INCLUDE.findall(_source_of(path).read_text()))
    snippets = [{"target": t, "text": (ROOT / "snippets" / t).read_text()} for t in targets]
    wrong, copied = page.evaluate(_COPIES, snippets)
    return [f"{path}: {problem}" for problem in wrong], copied


# The axe-core rules whose outcome depends on colours. In dark mode only these run again: the
# rest read the DOM, which the colour scheme does not change (the toggle sets attributes on
# <body>), and they have run on the page in light mode already.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def _axe(page, rules: list[str] | None = None) -> list[str]:
    options = {"resultTypes": ["violations"], **({"runOnly": {"type": "rule", "values": rules}} if rules else {})}
    violations = page.evaluate("async (options) => (await axe.run(document, options)).violations", options)
    return [f"{v['id']} ({v['impact']}): {node['target']} {node.get('failureSummary', '')[:200]}"
            for v in violations for node in v["nodes"]]


def _scheme(page) -> str:
    return page.evaluate("document.body.dataset.mdColorScheme")


# The reader's toggle, clicked in the page: Playwright's click waits for the label to be stable,
# 0.1 s a click on every page; test_light_dark_toggle_switches_and_is_remembered clicks it as a
# mouse does.
_TOGGLE = """() => [...document.querySelectorAll('form[data-md-component=palette] label')]
  .find(label => label.checkVisibility()).click()"""


_PLACES = """id => [document.getElementById(id).getBoundingClientRect().top,
                    document.querySelector('.md-header').getBoundingClientRect().bottom]"""
# Below the sticky header, and in the window (the last heading of a short page cannot reach the top).
_LANDED = f"id => {{ const [top, header] = ({_PLACES})(id); return header - 1 <= top && top < innerHeight - 20; }}"


def _middle_heading(site: Path, path: str) -> str | None:
    """The id of a page's middle h2/h3: the one a deep link has to scroll to."""
    html = (site / path / "index.html" if path.endswith("/") or not path else site / path).read_text()
    ids = re.findall(r'<h[23] id="([^"]+)"', html)
    return ids[len(ids) // 2] if ids else None


# Each page load costs about a third of a second of this machine's two cores, and axe's first run
# on a page more than its later ones: so each page is loaded once, and checked in light mode, then
# switched to dark with the reader's toggle and checked again, then switched back.
def test_every_page(browser, base, site) -> None:
    """Every page, opened at the permalink of its middle heading: the heading lands below the
    sticky header; no console error or warning, no request to another host, no violation of any
    axe-core rule (WCAG A and AA, best practices) in light mode, nor of the rules that read colours
    in dark mode; no sideways scrolling 360 px wide; every copy button (see _copy_problems)."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    requests, problems, violations, wide, wrong, copied = [], [], {}, [], [], 0
    missed, deep = [], 0
    context.on("request", lambda request: requests.append(request.url))
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    page.on("console", lambda message: problems.append(f"{page.url}: console {message.type}: {message.text}")
            if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(f"{page.url}: {error}"))
    page.goto(base, wait_until="networkidle")  # the search worker fetches its index once, after load
    pages = content_pages(site)
    for path in pages:
        page.set_viewport_size({"width": 1280, "height": 800})
        heading = _middle_heading(site, path)
        page.goto(base + path + (f"#{heading}" if heading else ""))  # as from a link elsewhere
        if heading:
            deep += 1
            try:  # it may scroll smoothly: wait until it has arrived
                page.wait_for_function(_LANDED, arg=heading, timeout=3000)
            except PlaywrightTimeout:
                top, header = page.evaluate(_PLACES, heading)
                missed.append(f"{path}#{heading}: top {top:.0f}, header ends {header:.0f}")
        page.add_style_tag(content=NO_TRANSITIONS)
        assert _scheme(page) == "default", path
        if found := _axe(page):
            violations[path] = found
        if path != "404.html":
            more, count = _copy_problems(page, path)
            wrong, copied = wrong + more, copied + count
        page.evaluate(_TOGGLE)
        assert _scheme(page) == "slate", path
        if found := _axe(page, COLOUR_RULES):
            violations[f"{path} (dark)"] = found
        page.evaluate(_TOGGLE)  # back to light, which the next page then loads in
        assert _scheme(page) == "default", path
        page.set_viewport_size({"width": 360, "height": 740})  # the layout follows media queries
        if (width := page.evaluate("document.documentElement.scrollWidth")) > 360:
            wide.append(f"{path}: {width} px")
    page.wait_for_load_state("networkidle")
    context.close()
    outside = sorted({url for url in requests if not url.startswith((base, "data:", "blob:"))})
    assert len(requests) > len(pages)  # the recording saw every page and its assets
    assert any(url.endswith("search_index.json") for url in requests)  # and the search worker's fetch
    assert outside == []
    assert problems == []
    assert violations == {}
    assert wide == []
    assert wrong == [], "\n".join(wrong)
    assert copied > 100
    assert missed == [], "\n".join(missed)
    assert deep > 15


def test_alias_pages_redirect_cleanly(browser, base, site) -> None:
    """/errors/429/ and the like land on their page (tests/test_links.py checks every alias's
    target); a few are opened here to see the redirect run with no error and no other host."""
    aliases = alias_pages(site)
    context = browser.new_context()
    requests, problems = [], []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    for alias in ("errors/429/", "errors/1300/", "errors/invalid_model/"):
        assert alias in aliases
        page.goto(base + alias + "#what-you-see")
        page.wait_for_url(lambda url: f"/{alias}" not in url, timeout=5000)
        landed = page.url.removeprefix(base)
        assert landed.endswith("#what-you-see")  # the fragment survives the redirect
        assert landed.removesuffix("#what-you-see") in content_pages(site)
    context.close()
    assert [url for url in requests if not url.startswith(base)] == []
    assert problems == []


def test_linked_tabs_keep_the_choice_across_pages_and_reloads(browser, base) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "errors/401-unauthorized/")
    chosen = lambda: page.evaluate(  # noqa: E731 - the label of every set's checked tab
        """() => [...document.querySelectorAll('.tabbed-set')].map(set => {
             const input = set.querySelector(':scope > input:checked');
             return set.querySelector(`label[for="${input.id}"]`).textContent.trim(); })""")
    assert set(chosen()) == {"Python"}  # the first tab until the reader picks another
    page.locator(".tabbed-labels label", has_text="TypeScript").first.click()
    assert set(chosen()) == {"TypeScript"}  # linked: every set on the page follows
    page.goto(base + "errors/429-rate-limited/")
    assert set(chosen()) == {"TypeScript"}
    page.reload()
    assert set(chosen()) == {"TypeScript"}
    page.locator(".tabbed-labels label", has_text="curl").first.click()
    page.goto(base + "errors/401-unauthorized/")
    assert "curl" in chosen() and "Python" not in chosen()
    context.close()


def test_light_dark_toggle_switches_and_is_remembered(browser, base) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "errors/429-rate-limited/")
    page.add_style_tag(content=NO_TRANSITIONS)
    look = lambda: page.evaluate(  # noqa: E731
        "[document.body.dataset.mdColorScheme, getComputedStyle(document.body).backgroundColor]")
    light = look()
    page.click(TOGGLE)
    dark = look()
    assert light[0] == "default" and dark[0] == "slate"
    assert light[1] != dark[1]
    page.reload()
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.click(TOGGLE)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    context.close()


def test_menu_and_search_open_360_px_wide(browser, base) -> None:
    """On a phone (test_every_page checks that no page scrolls sideways at this width)."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base + "errors/429-rate-limited/")
    page.click("label.md-header__button[for=__drawer]")
    page.wait_for_function("document.querySelector('.md-sidebar--primary').getBoundingClientRect().left >= 0")
    assert page.locator(".md-nav--primary .md-nav__link", has_text="Models").first.is_visible()
    page.goto(base + "errors/429-rate-limited/")
    page.click("label.md-header__button[for=__search]")
    assert page.locator("input.md-search__input").is_visible()
    context.close()


# Records what the page posts to Material's search worker: the query is the message's string data.
_SPY = """(() => { window.__posted = []; const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (typeof message?.data === 'string') window.__posted.push(message.data);
    return post.call(this, message, ...rest); }; })()"""


def test_the_search_box_reads_a_paste_as_words(browser, base) -> None:
    """docs/assets/search-paste.js: lunr's query syntax (quotes, colons, ^, ~) becomes spaces in
    the box; the search reads it without stop words once a word follows them (not while one is
    the word being typed), and the box keeps the reader's words."""
    context = browser.new_context()
    context.add_init_script(_SPY)
    page = context.new_page()
    open_search(page, base)  # once the index is loaded: a query typed before waits for it
    box = page.locator("input.md-search__input")

    def searched(action, expected: str) -> str:
        """Does `action`, then returns the last query the page sent the search worker: once it is
        `expected`, or after 2 s. (The box's input event sends the raw text first, then keyup.)"""
        page.evaluate("window.__posted.length = 0")
        action()
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_function("q => window.__posted.at(-1) === q", arg=expected, timeout=2000)
        return " ".join(page.evaluate("window.__posted.at(-1) ?? ''").split())

    def paste(text: str) -> None:
        box.fill(text)
        box.press("End")

    query = searched(lambda: paste('TypeError: content.trim is not a function {"detail":"x"}'),
                     "TypeError  content.trim  not  function { detail   x }")
    assert query == "TypeError content.trim not function { detail x }"
    assert box.input_value() == "TypeError  content.trim is not a function { detail   x }"
    assert searched(lambda: paste("how to fix a 429"), " fix  429") == "fix 429"
    assert box.input_value() == "how to fix a 429"
    # "a" is the word being typed: it stays.
    assert searched(lambda: page.keyboard.type(" is a"), " fix  429  a") == "fix 429 a"
    assert box.input_value() == "how to fix a 429 is a"
    context.close()

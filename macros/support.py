"""The "What to send Mistral support" section of every error page (`{{ support_bundle() }}`) and
the paragraph it shares with docs/topics/support.md (`{{ support_what_to_send() }}`), which holds
the snippets that print the bundle.

The request-id headers come from the catalog (data/headers.yml: the ones sent on every answer),
with their sources. tests/test_support_bundle.py checks that every error page shows the section.
"""

from __future__ import annotations

import html
import posixpath

from catalog import load

HEADING = "What to send Mistral support"
PAGE = "topics/support.md"  # the snippets, included by that page itself

_WHAT = """\
When you ask Mistral support about a failed request, send what identifies it and what came
back: the request id ({headers}: {same}), the model, the SDK and its version, the
time in UTC, the status and the body. **Never send your API key.** This site found no Mistral
page that lists what support needs; these are the facts that tell your request apart from every
other.

Sources for the headers: {sources}.
"""


def what_to_send() -> str:
    """The paragraph on what to send, with the request-id headers the catalog says every answer has."""
    headers = load().headers
    request_ids = [h for h in headers.headers if h.sent_on == "every"]
    names = " and ".join(f"`{h.name}`" for h in request_ids)
    same = "they carry the same value" if len(request_ids) > 1 else "the value to give"
    cited = sorted({key for h in request_ids for key in h.sources})
    sources = "; ".join(html.escape(headers.sources[key].title) + (f" ({headers.sources[key].date})"
                                                                    if headers.sources[key].date else "")
                        for key in cited)
    return _WHAT.format(headers=names, same=same, sources=sources)


def register(env) -> None:
    @env.macro
    def support_what_to_send() -> str:
        return what_to_send()

    @env.macro
    def support_bundle() -> str:
        """An error page's section on what to send Mistral support, with a link to the page whose
        tested snippets print it (one page holds them, rather than eleven copies)."""
        link = posixpath.relpath(PAGE, posixpath.dirname(env.page.file.src_uri))
        # Out of the search index, like the foot line: the same words on every error page would
        # outrank the support page itself for "what to send Mistral support".
        return (f"## {HEADING} {{: data-search-exclude=\"\" }}\n\n{what_to_send()}\n"
                f"[Copy the snippet that prints all of it]({link}) (Python, TypeScript or curl): it catches "
                f"the error and prints everything but the key.\n")

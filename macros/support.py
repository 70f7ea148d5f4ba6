"""The "What to send Mistral support" section of every error page: `{{ support_bundle() }}`.

The request-id headers come from the catalog (data/headers.yml: the ones sent on every answer),
with their sources; the snippets are included by name, and pymdownx.snippets (a Markdown
extension) fills them in after the macros ran. tests/test_support_bundle.py checks that every
error page shows the section.
"""

from __future__ import annotations

import html

from catalog import load

HEADING = "What to send Mistral support"
ANCHOR = "what-to-send-mistral-support"

_SECTION = """\
## {heading}

If the fixes above do not help and you ask Mistral support, send what identifies your request and
what came back: the request id ({headers}: {same}), the model, the SDK and its version, the
time in UTC, the status and the body. **Never send your API key**; the snippets below print
everything but the key. This site found no Mistral page that lists what support needs; these
are the facts that tell your request apart from every other.

Sources for the headers: {sources}.

=== "Python"

    ```python title="support_bundle.py"
    --8<-- "python/support_bundle.py"
    ```

    It prints the time first (`Time (UTC): 2026-11-30T12:34:36Z`), then, against a 500:

    ``` {{ .text .no-copy }}
    --8<-- "output/python-support_bundle.txt"
    ```

=== "TypeScript"

    ```typescript title="support_bundle.ts"
    --8<-- "typescript/support_bundle.ts"
    ```

    It prints the time first (`Time (UTC): 2026-11-30T12:34:37Z`), then, against a 500:

    ``` {{ .text .no-copy }}
    --8<-- "output/typescript-support_bundle.txt"
    ```

=== "curl"

    `-i` prints the status line and the response headers before the body (`-D headers.txt`
    writes the headers to a file instead). Add the model you sent and the first line of
    `curl --version`. Do not send the output of `-v`: it shows your `Authorization` header.

    ```bash title="support_bundle.sh"
    --8<-- "curl/support_bundle.sh"
    ```

    It prints the time first (`Time (UTC): 2026-11-30T12:34:39Z`), then, against a 500:

    ``` {{ .text .no-copy }}
    --8<-- "output/curl-support_bundle.txt"
    ```
"""


def render() -> str:
    headers = load().headers
    request_ids = [h for h in headers.headers if h.sent_on == "every"]
    names = " and ".join(f"`{h.name}`" for h in request_ids)
    same = "they carry the same value" if len(request_ids) > 1 else "the value to give"
    cited = sorted({key for h in request_ids for key in h.sources})
    sources = "; ".join(html.escape(headers.sources[key].title) + (f" ({headers.sources[key].date})"
                                                                    if headers.sources[key].date else "")
                        for key in cited)
    return _SECTION.format(heading=HEADING, headers=names, same=same, sources=sources)


def register(env) -> None:
    @env.macro
    def support_bundle() -> str:
        """The section on what to send Mistral support, with its three tested snippets."""
        return render()

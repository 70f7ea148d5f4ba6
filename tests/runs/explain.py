"""docs/topics/explain.md: the explain() helpers, with the site's errors.json beside them.

A reader saves errors.json beside explain.py / explain.ts. Here it is written from the catalog by
the function the site build uses (catalog.publish.errors_document, as macros.on_post_build
writes /errors.json) into .cache/: beside a byte-for-byte copy of explain.py, and beside the
TypeScript snippet as the runner runs it (.cache/ts/, see snippet_runner._strip_types).
The snippet itself, run where it is without errors.json, says where to get it.
"""

from __future__ import annotations

import json
import os

import catalog
from catalog.publish import errors_document
from snippet_runner import ROOT, SNIPPETS, TS_BUILD, Run

HERE = ROOT / ".cache" / "explain"


def _write(path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # parallel workers: write, then rename
    partial.write_bytes(data)
    partial.replace(path)


def _prepare() -> str:
    document = errors_document(catalog.load().errors, "data/errors.yml")
    published = (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode()
    for folder in (HERE, TS_BUILD):
        _write(folder / "errors.json", published)
    _write(HERE / "explain.py", (SNIPPETS / "python" / "explain.py").read_bytes())
    return str(HERE / "explain.py")


COPY = _prepare()

RUNS = [
    # Where errors.json is missing: the snippet says where to get it.
    Run("python/explain.py", "python-explain-missing.txt", "rate-limited", exit_code=1),
    # With errors.json beside it: a 429 and a 400 by their codes, a 400 with code null by its
    # message, a 401 and a 504 with an empty body by their status.
    Run(COPY, "explain-rate-limited.txt", "rate-limited", exit_code=1),
    Run("typescript/explain.ts", "explain-rate-limited.txt", "rate-limited", exit_code=1),
    Run(COPY, "explain-message-order.txt", "message-order", exit_code=1),
    Run("typescript/explain.ts", "explain-message-order.txt", "message-order", exit_code=1),
    Run(COPY, "explain-tool-messages.txt", "tool-messages", exit_code=1),
    Run("typescript/explain.ts", "explain-tool-messages.txt", "tool-messages", exit_code=1),
    Run(COPY, "explain-revoked-key.txt", "revoked-key", exit_code=1),
    Run("typescript/explain.ts", "explain-revoked-key.txt", "revoked-key", exit_code=1),
    Run(COPY, "explain-gateway-timeout.txt", "gateway-timeout", exit_code=1),
    Run("typescript/explain.ts", "explain-gateway-timeout.txt", "gateway-timeout", exit_code=1),
]

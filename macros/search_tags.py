"""Search tags for error pages, from the catalog: what a reader types or pastes for that error.

Material's search boosts page tags, so `1300`, `rate_limited`, `Too Many Requests` or
`Invalid model` put the page first. The tags are also facts shown on the page (codes, types,
messages), so the page stays findable by its text alone.
"""

from __future__ import annotations

import re
from http import HTTPStatus

from catalog import sdk_text
from catalog.errors import ErrorCatalog, ErrorEntry


def _status_phrase(status: int) -> str | None:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return None


def _status_line(status: int) -> str:
    """The start of the SDKError text for a status: "API error occurred: Status 422" (a 422 with a
    JSON body is an HTTPValidationError instead, but any other 422 prints this line)."""
    return re.split(r" Content-Type|\. Body", sdk_text.python_text(status, "text/plain", ""))[0]


def _messages(entry: ErrorEntry) -> list[str]:
    """Each message the entry's bodies carry, cut at its first placeholder. None when no body was
    seen by a reader (only in code fixtures, or the mock's own): tags are texts readers paste."""
    if all(body.provenance in ("code", "mock") for body in entry.bodies):
        return []
    texts = list(entry.messages.values())
    for body in entry.bodies:
        payload = body.json_ if body.json_ is not None else body.example
        if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
            payload = payload["error"]  # Azure's and Google's shape: {"error": {"message": ...}}
        if isinstance(payload, dict):
            for key in ("message", "detail"):
                if isinstance(payload.get(key), str):
                    texts.append(payload[key])
            for item in payload.get("detail") if isinstance(payload.get("detail"), list) else []:
                if isinstance(item, dict) and isinstance(item.get("msg"), str):
                    texts.append(item["msg"])
    # Cut at the first placeholder, and before "Received:", which quotes the reader's own input
    # (a data URL's words would match every pasted Content-Type).
    cut = [re.split(r"\$\{|Received:", text)[0].strip(" :'\"") for text in texts]
    # Only the first sentence: what a reader pastes starts with it, and a long tag's common words
    # ("make sure", "valid", "provide") would pull the page up for other errors' queries.
    cut = [re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text)[0] for text in cut]
    return [text for text in cut if len(text) > 3]


def tags_for(entry: ErrorEntry, claimed: frozenset[str] = frozenset()) -> list[str]:
    """`claimed`: aliases of other entries. A type or code that another entry owns as its alias
    (`invalid_request_error` is the generic 400's) is not a tag here: tags weigh a million times
    the text, so a shared one would put this page first for the other page's queries."""
    tags = [*entry.aliases, *(t for t in (entry.type or "", entry.code or "") if t not in claimed)]
    # A status and its phrase only for the page that owns it as an alias (400 is the generic 400
    # page's, not every page whose error happens to be a 400).
    tags += [p for a in entry.aliases if a.isdigit() and (p := _status_phrase(int(a)))]
    # ...and the status line the SDKs print for it ("API error occurred: Status 429"), which
    # readers paste with the module path in front; without it, pages that merely mention
    # error classes outrank the page of the status.
    tags += [_status_line(int(a)) for a in entry.aliases if a.isdigit() and 100 <= int(a) <= 599]  # not codes
    tags += _messages(entry)
    if any(entry.status_of(b) == 422 for b in entry.bodies):
        tags.append("HTTPValidationError")
    return [t for t in dict.fromkeys(tags) if t]


def _shared_tags(entry: ErrorEntry) -> list[str]:
    """The tags an entry may share with entries of other pages: its messages, the 422 class."""
    return [*_messages(entry), *(["HTTPValidationError"] if any(entry.status_of(b) == 422 for b in entry.bodies) else [])]


def tags_for_page(errors: ErrorCatalog, src_uri: str) -> list[str]:
    documented = list(errors.documented())
    claimed = frozenset(alias for e in documented if e.page != src_uri for alias in e.aliases)
    # A message two pages' entries share (the Conversations API repeats chat completions' tool
    # message) tags only the page of the first entry in the catalog: one tag, one page.
    owner: dict[str, str] = {}
    for entry in documented:
        for text in _shared_tags(entry):
            owner.setdefault(text.lower(), entry.page)
    tags = [tag for entry in documented if entry.page == src_uri for tag in tags_for(entry, claimed)]
    return list(dict.fromkeys(tag for tag in tags if owner.get(tag.lower(), src_uri) == src_uri))

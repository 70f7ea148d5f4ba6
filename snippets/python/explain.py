"""explain.py: which page of the Mistral API errors site explains an error, and what to do.

Save it beside your code with the site's errors.json, then, where you catch the SDK's errors:

    from explain import explain
    ...
    except errors.MistralError as error:
        print(explain(error.status_code, error.body))

It reads errors.json only (offline, no request) and matches as the site's error decoder does:
the body's code, then its type (each only when one error carries it), then its message, then
the HTTP status alone.
"""

import json
import re
from functools import lru_cache
from pathlib import Path

SITE = "http://127.0.0.1:8000/"
CATALOG = Path(__file__).with_name("errors.json")


def explain(status: int, body: str) -> str:
    """Two lines: the error's page, and the advice (or where to look when it is not known)."""
    try:
        index = _index(str(CATALOG))
    except (OSError, ValueError, KeyError) as problem:
        return f"Status {status}: no readable errors.json beside explain.py ({type(problem).__name__}); " \
               f"download {SITE}errors.json there"
    entry = _match(index, status, body or "")
    if entry is None:
        return f"Status {status}: not in the site's catalog\nSee {SITE}errors/ (the error index)"
    retry = f"retry: {entry['wait']}" if entry["retryable"] else "the same request fails the same way"
    return f"{entry['title']}: {SITE}{entry['url']}\n{entry['summary']} ({retry})"


def _match(index: dict, status: int, body: str):
    fields = _first_envelope(body) or _loose_fields(body)
    if not fields["type"]:  # a type the catalog knows, written anywhere (one error carries it)
        fields["type"] = next((t for t, owners in index["types"].items() if len(owners) == 1 and
                               re.search(f"(?:^|[^A-Za-z0-9_]){t}(?![A-Za-z0-9_])", body)), None)
    for name in ("code", "type"):
        owners = index[name + "s"].get(fields[name] or "", [])
        if len(owners) == 1:
            return owners[0]
    hits = []
    if fields["messages"]:
        hits = [m for m in index["messages"] if any(m["whole"].search(t.strip()) for t in fields["messages"])]
    elif not fields["envelope"] and not fields["list"]:
        hits = [m for m in index["messages"] if m["within"].search(body)]
    if fields["list"]:
        hits += [{"entry": e, "named": False} for e in index["lists"]]
    entries = _unique([h["entry"] for h in hits])
    if len(entries) > 1:
        entries = _unique([h["entry"] for h in hits if h["named"]]) or entries
    if len(entries) > 1:
        entries = [e for e in entries if status in [e["status"]] + [b["status"] for b in e["bodies"]]] or entries
    if len(entries) > 1 and fields["keys"]:
        entries = [e for e in entries if any(r["keys"] == fields["keys"] for r in e["read"])] or entries
    if len(entries) == 1:
        return entries[0]
    return index["statuses"].get(str(status)) or index["statuses"].get(str(status)[0] + "xx")


def _unique(items: list) -> list:
    return [item for i, item in enumerate(items) if all(item is not other for other in items[:i])]


def _json_objects(text: str) -> list:
    """Each balanced {...} of the text that parses as JSON."""
    found, start = [], text.find("{")
    while start != -1 and len(found) < 20:
        depth, quote, end, i = 0, None, -1, start
        while i < len(text):
            c = text[i]
            if quote:
                i += 1 if c == "\\" else 0
                quote = None if c == quote else quote
            elif c in "\"'":
                quote = c
            elif c in "{[":
                depth += 1
            elif c in "}]":
                depth -= 1
                if depth == 0:
                    end = i if c == "}" else -1
                    break
            i += 1
        try:
            value = json.loads(text[start:end + 1]) if end != -1 else None
        except ValueError:
            value = None
        if isinstance(value, dict):
            found.append(value)
            start = text.find("{", end + 1)
        else:
            start = text.find("{", start + 1)
    return found


def _envelope(value, depth: int = 0):
    """The error fields of a parsed body, also when wrapped ({"error": {...}}) or sent as a string."""
    if depth > 4 or not isinstance(value, dict):
        return None
    for wrapper in ("error", "body", "body$", "response", "message", "detail"):
        inner = value.get(wrapper)
        quoted = isinstance(inner, str) and "{" in inner
        nested = _json_objects(inner) if quoted else \
            [inner] if wrapper == "error" and isinstance(inner, dict) else []
        for item in nested:
            fields = _envelope(item, depth + 1)
            # A schema quoted in a message has a "type" but is no error body.
            if fields and (not quoted or fields["code"] or fields["messages"] or fields["list"]):
                return fields
    code, kind = value.get("code"), value.get("type")
    number = isinstance(code, (int, float)) and not isinstance(code, bool) and 1000 <= code <= 9999
    fields = {"code": code if isinstance(code, str) and re.fullmatch(r"\d{4}", code) else
              (str(int(code)) if number and float(code).is_integer() else str(code) if number else None),
              "type": kind if isinstance(kind, str) and re.fullmatch(r"[a-z_]+", kind) else None,
              "messages": [], "list": False, "keys": ",".join(sorted(value)), "envelope": True}
    for part in (value.get("message"), value.get("detail")):
        if isinstance(part, dict):
            part = part.get("detail")
            if not isinstance(part, list):
                continue
        if isinstance(part, str):
            fields["messages"].append(part)
        elif isinstance(part, list) and any(_item(i) for i in part):  # a list of validation errors
            fields["list"] = True
            fields["messages"] += [i["msg"] for i in part if _item(i) and isinstance(i.get("msg"), str)]
    error = fields["code"] or fields["type"] or fields["messages"] or fields["list"] or \
        value.get("object") in ("error", "Error")
    return fields if error else None


def _item(item) -> bool:
    return isinstance(item, dict) and ("loc" in item or "msg" in item)


def _first_envelope(text: str):
    return next((f for f in map(_envelope, _json_objects(text)) if f), None)


def _loose_fields(text: str) -> dict:
    """A body that is not JSON (cut short, HTML, plain text): its fields one by one."""
    code = re.search(r"""\bcode["']?\s*[:=]?\s*["']?(\d{4})\b""", text, re.I)
    kind = re.search(r"""["']type["']\s*:\s*["']([a-z_]+)["']""", text)
    said = re.search(r"""["'](?:message|detail)["']\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""", text)
    messages = [re.sub(r"""\\(["'\\])""", r"\1", said[1] if said[1] is not None else said[2])] if said else []
    return {"code": code and code[1], "type": kind and kind[1], "messages": messages, "list": False,
            "keys": None, "envelope": bool(said)}


@lru_cache(maxsize=None)
def _index(path: str) -> dict:
    """errors.json, indexed by code, type, message and status (as the site's decoder does)."""
    entries = json.loads(Path(path).read_text(encoding="utf-8"))["errors"]
    index = {"codes": {}, "types": {}, "messages": [], "lists": [], "statuses": {}}

    def own(table: dict, key, entry: dict) -> None:
        if key:
            owners = table.setdefault(str(key), [])
            owners += [] if any(entry is o for o in owners) else [entry]

    for entry in entries:
        own(index["codes"], entry["code"], entry)
        own(index["types"], entry["type"], entry)
        for text in (entry["messages"] or {}).values():
            _add_message(index, entry, text, True)
        entry["read"] = []
        for body in entry["bodies"]:
            read = _first_envelope(body["body"]) or {"code": None, "type": None, "list": False, "keys": None,
                                                     "messages": _plain_messages(body["body"])}
            entry["read"].append(read)
            own(index["codes"], read["code"], entry)
            own(index["types"], read["type"], entry)
            coded = read["list"] and read["code"]
            if read["list"] and not coded and not entry["messages"] and all(entry is not e for e in index["lists"]):
                index["lists"].append(entry)
            for text in [] if coded else read["messages"]:
                _add_message(index, entry, text, False)
        for alias in entry["aliases"]:
            status = re.fullmatch(r"errors/(\d{3}|\dxx)/", alias)
            if status:
                index["statuses"][status[1]] = entry
    return index


def _plain_messages(text: str) -> list:
    """What a body that is not JSON says: an HTML page's title and h1, or short plain text."""
    if re.search(r"<(html|!doctype)", text, re.I):
        found = (" ".join(re.sub(r"<[^>]*>", "", m[2]).split())
                 for m in re.finditer(r"<(title|h1)[^>]*>([\s\S]*?)</\1>", text, re.I))
        return [m for m in found if m]
    return [text.strip()] if text.strip() and len(text) < 200 else []


def _add_message(index: dict, entry: dict, text: str, named: bool) -> None:
    """A catalog message: in a template, ${...} matches anything; in a body, any number does."""
    text = text.strip()
    if not text or any(m["entry"] is entry and m["text"] == text and m["named"] == named for m in index["messages"]):
        return
    parts = [re.escape(p) for p in re.split(r"\$\{[^}]*\}", text)] if named \
        else [re.sub(r"\d+", r"\\d+", re.escape(text))]
    index["messages"].append({
        "entry": entry, "text": text, "named": named,
        "whole": re.compile("^" + r"[\s\S]*?".join(parts) + r"\Z"),
        "within": re.compile("(?:^|[^A-Za-z0-9])" + r"[^\n]*?".join(parts) + "(?![A-Za-z0-9])"),
    })


if __name__ == "__main__":
    # How to use it: a call that fails, and what explain() says about it.
    import os
    import sys

    from mistralai.client import Mistral, errors

    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    try:
        response = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Say hello."}],
        )
        print(response.choices[0].message.content)
    except errors.MistralError as error:
        print(explain(error.status_code, error.body))
        sys.exit(1)

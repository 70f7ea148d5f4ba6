"""diagnose.py: checks what most often breaks calls to the Mistral AI API, and names the page that helps.

Run it where your code fails, with the same Python and the same environment:

    python diagnose.py                              # key, SDK, network, rate limits
    python diagnose.py --model mistral-large-latest # ... and whether the API serves that model
    python diagnose.py --base-url https://api.eu.mistral.ai
    python diagnose.py --explain "<the error you got>"   # offline, from errors.json beside it

Standard library only. It reads MISTRAL_API_KEY and sends it to the API host (--base-url) and
nowhere else; it never prints it, only its length and its last four characters. It sends no
prompt: its only requests are two GET /v1/models, one without the key and one with it.
Each line is one finding: OK, WARN or FAIL, then the site's page about it. Exit status 0 when
every line is OK, 1 otherwise.

--explain reads the site's errors.json (download it beside this script, or give --catalog) and
names the page and the advice for a pasted error, as the site's decoder does; it sends nothing.
Exit status 0 when it recognises the error, 1 when it does not.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import http.client
import io
import json
import os
import re
import socket
import ssl
import sys
import urllib.error
import urllib.parse
import urllib.request
import warnings

SITE = "http://127.0.0.1:8000/"
API = "https://api.mistral.ai"
PAGES = {
    "key": "errors/401-unauthorized/",
    "sdk": "topics/sdk-migration/",
    "network": "topics/timeouts/",
    "model": "errors/400-invalid-model/",
    "models": "models/",
    "rate": "errors/429-rate-limited/",
    "capacity": "errors/429-capacity-exceeded/",
    "errors": "errors/",
}
STATUS_PAGES = {400: "errors/400-bad-request/", 401: PAGES["key"], 403: "errors/403-forbidden/",
                404: "errors/404-not-found/", 405: "errors/404-not-found/", 422: "errors/422-validation/",
                429: PAGES["rate"]}
# The import that works for each major version of the `mistralai` package.
IMPORTS = {0: "from mistralai.client import MistralClient", 1: "from mistralai import Mistral",
           2: "from mistralai.client import Mistral", 3: "from mistralai.client import Mistral"}
CURRENT = 3  # the major version the site's examples are written for
PAD = " \t\r\n\"'"  # what often ends up around a key copied into a variable

findings: list[str] = []
hidden: list[str] = []  # the key as read and as used: taken out of every line before it is printed


def report(status: str, text: str, page: str) -> None:
    for value in hidden:
        text = text.replace(value, "<key>")
    findings.append(status)
    print(f"{status:<4} {text} (see {SITE}{page})", flush=True)


def key_name(key: str) -> str:
    # The last four characters identify a key on the console's API keys page; a short value
    # would give too much of itself away.
    return f"the key ending in {key[-4:]}" if len(key) >= 12 else "the key"


def check_key() -> str | None:
    """The key to use, or None; reports what is wrong with MISTRAL_API_KEY."""
    raw = os.environ.get("MISTRAL_API_KEY")
    if raw is None:
        report("FAIL", "MISTRAL_API_KEY is not set in this process's environment", PAGES["key"])
        return None
    key = raw.strip(PAD)
    hidden.extend(value for value in (raw, key) if len(value) >= 4)
    if not raw:
        report("FAIL", "MISTRAL_API_KEY is set but empty", PAGES["key"])
        return None
    if not key:
        report("FAIL", "MISTRAL_API_KEY holds only spaces, newlines or quotes", PAGES["key"])
        return None
    size = f"{len(key)} characters" + (f", ending in {key[-4:]}" if len(key) >= 12 else "")
    if not all(c.isascii() and c.isprintable() and not c.isspace() for c in key):
        report("FAIL", f"MISTRAL_API_KEY has a space, a line break or a character that is not plain ASCII "
                       f"inside it ({size}); copy the key again from the console", PAGES["key"])
        return None
    if key == raw:
        report("OK", f"MISTRAL_API_KEY is set: {size}", PAGES["key"])
        return key
    removed = raw[:raw.index(key)] + raw[raw.index(key) + len(key):]
    what = [name for name, chars in (("quotes", "\"'"), ("spaces", " \t"), ("a newline", "\r\n"))
            if any(c in removed for c in chars)]
    them = "it" if what == ["a newline"] else "them"
    report("WARN", f"MISTRAL_API_KEY has {' and '.join(what)} around it (stripped: {size}); "
                   f"remove {them} where the variable is set", PAGES["key"])
    return key


def check_sdk() -> None:
    """The installed `mistralai` version, and whether the import for that version works here."""
    try:
        from importlib import metadata
    except ImportError:  # Python 3.7 and older
        report("WARN", f"cannot tell which mistralai is installed: Python {sys.version.split()[0]} has no "
                       "importlib.metadata (3.8 and later have it)", PAGES["sdk"])
        return
    try:
        version = metadata.version("mistralai")
    except metadata.PackageNotFoundError:
        report("OK", f"mistralai (the Python SDK) is not installed for this Python ({sys.executable}); "
                     "only Python code that uses the SDK needs it", PAGES["sdk"])
        return
    major_text = version.split(".")[0]
    major = int(major_text) if major_text.isdigit() else None
    statement = IMPORTS.get(major, IMPORTS[CURRENT])
    problem = try_import(statement)
    if problem:
        report("FAIL", f"mistralai {version} is installed, but its import, {statement}, fails here: {problem}",
               PAGES["sdk"])
    elif major not in IMPORTS:
        unknown = "newer than this script knows" if major is not None else "a version this script does not know"
        report("WARN", f"mistralai {version} is {unknown}; {statement} works", PAGES["sdk"])
    elif major < 2:
        report("WARN", f"mistralai {version} is installed and its import works: {statement}; "
                       f"the site's examples are for {CURRENT}.x: {IMPORTS[CURRENT]}", PAGES["sdk"])
    else:
        report("OK", f"mistralai {version} is installed and its import works: {statement}", PAGES["sdk"])


def try_import(statement: str) -> str | None:
    """None if the import works in this Python, else the error as your code would see it."""
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()), \
            contextlib.redirect_stderr(io.StringIO()):
        warnings.simplefilter("ignore")
        try:
            exec(statement, {})  # a fixed statement of IMPORTS, never input
        except Exception as error:  # an SDK that fails to import can raise anything
            return f"{type(error).__name__}: {error}"
    return None


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: the key goes to the API host and nowhere else."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def get(url: str, headers: dict[str, str], timeout: float):
    """(status, headers, body) of a GET; network errors are raised."""
    request = urllib.request.Request(url, headers={"User-Agent": "mistral-diagnose/1", **headers})
    try:
        with _opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read()


def network_problem(error: BaseException, timeout: float) -> str:
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, socket.gaierror):
        return f"DNS lookup failed: {reason}"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"its TLS certificate was not accepted: {reason}"
    if isinstance(reason, ssl.SSLError):
        return f"TLS failed: {reason}"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    return f"connection failed: {reason}"


def check_host(base: str, timeout: float) -> bool:
    """Whether the host answers at all (any HTTP status will do), over valid TLS for https."""
    scheme, host = urllib.parse.urlsplit(base)[:2]
    proxied = scheme in urllib.request.getproxies() and not urllib.request.proxy_bypass(host)
    via = " through the proxy set in the environment" if proxied else ""
    try:
        get(f"{base}/v1/models", {}, timeout)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
        report("FAIL", f"cannot reach {base}{via}: {network_problem(error, timeout)}", PAGES["network"])
        return False
    how = "over HTTPS; its TLS certificate is valid" if scheme == "https" else "over plain HTTP, without TLS"
    report("OK", f"{base} answers{via} {how}", PAGES["network"])
    return True


def describe(status: int) -> str:
    try:
        return f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def error_fields(body: bytes) -> tuple[str, str]:
    """(type, message) of an error body, as far as it has them."""
    try:
        data = json.loads(body)
    except ValueError:
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    message = data.get("message", data.get("detail", ""))
    message = " ".join(message.split())[:160] if isinstance(message, str) else ""
    return str(data.get("type") or ""), message


def status_page(status: int, error_type: str) -> str:
    if status in (429, 503) and error_type == "service_tier_capacity_exceeded":
        return PAGES["capacity"]
    if 300 <= status < 400:
        return STATUS_PAGES[404]  # a redirect: the base URL is not the API's
    if status >= 500:
        return "errors/5xx-server-errors/"
    return STATUS_PAGES.get(status, PAGES["errors"])


def check_access(base: str, key: str, timeout: float):
    """GET /v1/models with the key: (status, headers, body), or None when it could not be sent."""
    try:
        answer = get(f"{base}/v1/models", {"Authorization": f"Bearer {key}", "Accept": "application/json"}, timeout)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
        report("FAIL", f"GET /v1/models with {key_name(key)} failed: {network_problem(error, timeout)}",
               PAGES["network"])
        return None
    status, headers, body = answer
    error_type, message = error_fields(body)
    said = f": {message}" if message and message != describe(status).partition(" ")[2] else ""
    if status == 404 and base.endswith("/v1"):
        said += "; leave /v1 out of --base-url, as out of the SDKs' server URL"
    if status == 200:
        report("OK", f"the API accepts {key_name(key)} (GET /v1/models: {describe(status)})", PAGES["key"])
    elif status == 401:
        report("FAIL", f"the API refuses {key_name(key)} (GET /v1/models: {describe(status)})", PAGES["key"])
    elif 300 <= status < 400:
        report("WARN", f"GET /v1/models answered {describe(status)} to {headers.get('Location', '?')}; "
                       "not followed, so the key went no further", status_page(status, error_type))
    else:
        report("WARN", f"{key_name(key)} is not confirmed: GET /v1/models answered {describe(status)}{said}",
               status_page(status, error_type))
    return answer


def served_models(status: int, body: bytes) -> dict[str, dict] | None:
    """The model cards of a 200 answer to GET /v1/models, by ID; None without a usable list."""
    if status != 200:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    cards = data.get("data") if isinstance(data, dict) else data
    if not isinstance(cards, list):
        return None
    return {card["id"]: card for card in cards if isinstance(card, dict) and isinstance(card.get("id"), str)}


def check_model(model: str, served: dict[str, dict] | None, why: str) -> None:
    if served is None:
        report("WARN", f"model {model} not checked: {why}", PAGES["model"])
        return
    card = served.get(model)
    if card is not None and card.get("deprecation"):
        replacement = card.get("deprecation_replacement_model")
        instead = f"; replacement: {replacement}" if replacement else ""
        report("WARN", f"the API serves {model}, with a deprecation date of {str(card['deprecation'])[:10]}{instead}",
               PAGES["models"])
        return
    if card is not None:
        report("OK", f"the API serves {model}", PAGES["model"])
        return
    by_lower = {name.lower(): name for name in served}
    close = difflib.get_close_matches(model.lower(), list(by_lower), n=1)
    if close:
        report("FAIL", f"the API does not serve {model}; did you mean {by_lower[close[0]]}? "
                       "(a suggestion: the served ID spelled most like it)", PAGES["model"])
    else:
        report("FAIL", f"the API does not serve {model}, and no served ID is spelled like it", PAGES["model"])


def check_rate_limits(status: int, headers, body: bytes) -> None:
    names = [(name.lower(), value) for name, value in headers.items()
             if name.lower().startswith(("x-ratelimit", "ratelimit")) or name.lower() == "retry-after"]
    if not names and status not in (200, 429):
        return  # an answer that failed for another reason: its own line said so
    listed = ", ".join(f"{name}: {value}" for name, value in names) or "none"
    error_type, _ = error_fields(body)
    at_zero = any(value.strip() == "0" for name, value in names if re.search(r"-(limit|remaining)(-|$)", name))
    if status == 429 and error_type != "service_tier_capacity_exceeded":
        level = "FAIL"
    else:
        level = "WARN" if at_zero else "OK"
    page = status_page(status, error_type) if status in (429, 503) else PAGES["rate"]
    report(level, f"rate-limit headers of GET /v1/models ({describe(status)}): {listed}", page)


# --explain: the same reading as the site's error decoder (docs/assets/decoder.js), offline, from
# the site's errors.json. Evidence in the decoder's order: the body's code, then its type (each
# only when one catalog entry carries it), then its message, then the HTTP status; then the
# errors that happen before any HTTP answer (CLIENT_SIDE). Anything else is "not recognised".

MAX_INPUT = 100000
# Errors without an HTTP answer: the decoder's CLIENT_SIDE rules, word for word, in its order:
# (status or page, title, pattern, meaning, retry).
CLIENT_SIDE = [
    (401, None, r"Illegal header value b'Bearer\s*'|API key not provided",
     "The API key is empty or missing, so the SDK did not send the request: the same cause as a 401.", None),
    ("topics/timeouts/", "Timeout (no HTTP response)",
     r"\b(?:Read|Connect|Write|Pool)Timeout\b|\bTimeoutException\b|\bRequestTimeoutError\b|\bTimeoutError\b|\btimed out\b|aborted due to timeout",
     "The client stopped waiting before an answer arrived: there is no status and no body, and the SDK's "
     "SDKError handler does not catch it. After a read timeout the request may still have run on Mistral's side.",
     "Yes, with backoff; for long generations raise the timeout or stream the answer."),
    ("topics/timeouts/", "Connection error (no HTTP response)",
     r"\b(?:ConnectError|RemoteProtocolError|MistralConnectionException|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN)\b|ConnectionError: Unable to make request|Connection refused|Name or service not known|All connection attempts failed|fetch failed|Server disconnected|peer closed connection|other side closed|TypeError: terminated|curl: \((?:6|7|52|56)\)",
     "No HTTP answer: the connection failed or broke (network, DNS, proxy, or the server closed it).",
     "Yes, with backoff, once the network or base URL is right."),
    ("topics/reasoning/", "Answer content is a list (reasoning model)",
     r"'list' object has no attribute '(?:strip|lower|upper|split|replace|startswith|endswith|encode)'|content\??\.(?:trim|split|toLowerCase|toUpperCase|replace|startsWith|endsWith) is not a function",
     "Code that expects message.content to be a string got a list of chunks: models that reason return a "
     "thinking chunk and a text chunk. The request itself succeeded.",
     "No: read the text chunks (the page shows how)."),
    ("topics/fine-tuning/", "Fine-tuning jobs: the API is retired",
     r"object has no attribute 'fine_tuning'|Property 'fineTuning' does not exist",
     "The installed SDK has no fine-tuning jobs: Mistral retired that API (it answers 410), so the SDKs "
     "dropped the method. The API was never called.",
     "No: no documented replacement exists for starting a fine-tuning job."),
    ("topics/sdk-migration/", "Code written for another SDK version",
     r"cannot import name '\w+' from 'mistralai|No module named 'mistralai|module 'mistralai' has no attribute|'Mistral' object has no attribute|'(?:Chat|Embeddings)' object is not callable|'(?:CompletionEvent|EventStream)' object has no attribute|This client is deprecated|requested module '@mistralai/mistralai' does not provide an export|unexpected keyword argument '(?:endpoint|base_url|timeout|max_retries|safe_mode)'",
     "Python or TypeScript code written for an older (or newer) mistralai SDK than the one installed; the API "
     "was never called.",
     "No: the code has to change."),
]
STATUS_PATTERNS = [
    re.compile(r"""\b(?:http_)?status(?:[ _]?code)?["']?\s*[:=]?\s*["']?([1-5]\d\d)\b""", re.I),
    re.compile(r"\bHTTP(?:/[\d.]+)?\s+([1-5]\d\d)\b"),
    re.compile(r"\berror(?: code)?:?\s+([1-5]\d\d)\b", re.I),
    re.compile(r"\b([1-5]\d\d) status code\b"),
    re.compile(r"\b([1-5]\d\d):?\s+(?:Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Request Timeout|Payload Too Large|Content Too Large|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b"),
]


def closing_brace(text: str, start: int) -> int:
    """The end of the balanced {...} at `start`, quotes respected (JSON's "..." and Python's '...')."""
    depth, quote, i = 0, None, start
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 0:
                return i if c == "}" else -1
        i += 1
    return -1


def python_to_json(text: str):
    """A Python dict as printed (single quotes, None/True/False) turned into JSON, or None."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c in "'\"":
            value, j = [], i + 1
            while j < len(text) and text[j] != c:
                if text[j] == "\\" and j + 1 < len(text):
                    j += 1
                    value.append({"n": "\n", "t": "\t"}.get(text[j], text[j]))
                else:
                    value.append(text[j])
                j += 1
            if j >= len(text):
                return None
            out.append(json.dumps("".join(value)))
            i = j + 1
            continue
        word = re.match(r"(None|True|False)\b", text[i:i + 6])
        if word:
            out.append({"None": "null", "True": "true", "False": "false"}[word[1]])
            i += len(word[1])
            continue
        out.append(c)
        i += 1
    return "".join(out)


def json_objects(text: str) -> list:
    found, start = [], text.find("{")
    while start != -1 and len(found) < 20:
        end = closing_brace(text, start)
        if end != -1:
            piece, value = text[start:end + 1], None
            try:
                value = json.loads(piece)
            except ValueError:
                try:
                    converted = python_to_json(piece)
                    value = json.loads(converted) if converted else None
                except ValueError:
                    value = None
            if isinstance(value, dict):
                found.append(value)
                start = text.find("{", end + 1)
                continue
        start = text.find("{", start + 1)
    return found


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def envelope(value, depth: int = 0):
    """The error fields of a parsed body: {"object":"error",...}, {"detail":...}, {"message":...},
    also wrapped ({"error": {...}}) or sent as a string."""
    if depth > 4 or not isinstance(value, dict):
        return None
    for wrapper in ("error", "body", "body$", "response", "message", "detail"):
        inner = value.get(wrapper)
        if isinstance(inner, str) and "{" in inner:
            for found in json_objects(inner):
                fields = envelope(found, depth + 1)
                # A schema quoted in a message has a "type" but is no error body.
                if fields and (fields["code"] or fields["messages"] or fields["list"]):
                    return fields
        elif wrapper == "error" and isinstance(inner, dict):
            fields = envelope(inner, depth + 1)
            if fields:
                return fields
    fields = {"code": None, "type": None, "messages": [], "list": False, "raw_status": None,
              "keys": ",".join(sorted(value))}
    code = value.get("code")
    if isinstance(code, str) and re.fullmatch(r"\d{4}", code):
        fields["code"] = code
    elif is_number(code) and 1000 <= code <= 9999:
        fields["code"] = str(int(code)) if float(code).is_integer() else str(code)
    kind = value.get("type")
    if isinstance(kind, str) and re.fullmatch(r"[a-z_]+", kind):
        fields["type"] = kind
    for part in (value.get("message"), value.get("detail")):
        if isinstance(part, str):
            fields["messages"].append(part)
        elif isinstance(part, list):
            add_list(fields, part)
        elif isinstance(part, dict) and isinstance(part.get("detail"), list):
            add_list(fields, part["detail"])
    if is_number(value.get("raw_status_code")):
        fields["raw_status"] = value["raw_status_code"]
    error = fields["code"] or fields["type"] or fields["messages"] or fields["list"] or \
        value.get("object") in ("error", "Error")
    return fields if error else None


def is_validation_item(item) -> bool:
    return isinstance(item, dict) and ("loc" in item or "msg" in item)


def add_list(fields: dict, items: list) -> None:
    if any(is_validation_item(item) for item in items):
        fields["list"] = True
        fields["messages"] += [item["msg"] for item in items
                               if is_validation_item(item) and isinstance(item.get("msg"), str)]


def first_envelope(text: str):
    for found in json_objects(text):
        fields = envelope(found)
        if fields:
            return fields
    return None


def read_body(text: str) -> dict:
    """What a catalog body says about itself."""
    fields = first_envelope(text)
    if fields:
        return fields
    read = {"code": None, "type": None, "messages": [], "list": False, "keys": None}
    if re.search(r"<(html|!doctype)", text, re.I):
        for match in re.finditer(r"<(title|h1)[^>]*>([\s\S]*?)</\1>", text, re.I):
            inner = " ".join(re.sub(r"<[^>]*>", "", match[2]).split())
            if inner:
                read["messages"].append(inner)
    elif text.strip() and len(text) < 200:
        read["messages"] = [text.strip()]
    return read


def load_catalog(path: str) -> dict:
    """The site's errors.json, indexed as the decoder indexes it."""
    with open(path, encoding="utf-8") as file:
        entries = json.load(file)["errors"]
    index = {"entries": entries, "codes": {}, "types": {}, "lists": [], "statuses": {}, "exceptions": {},
             "messages": []}

    def own(table: dict, key, value) -> None:
        if key is not None and key != "":
            owners = table.setdefault(str(key), [])
            if all(value is not other and (isinstance(value, dict) or value != other) for other in owners):
                owners.append(value)

    for entry in entries:
        own(index["codes"], entry["code"], entry)
        own(index["types"], entry["type"], entry)
        for text in (entry.get("messages") or {}).values():
            add_message(index, entry, text, True)
        entry["read"] = []
        for body in entry["bodies"]:
            read = read_body(body["body"])
            entry["read"].append(read)
            own(index["codes"], read["code"], entry)
            own(index["types"], read["type"], entry)
            coded = read["list"] and read["code"]
            if read["list"] and not coded and not entry.get("messages") and entry not in index["lists"]:
                index["lists"].append(entry)
            if not coded:
                for text in read["messages"]:
                    add_message(index, entry, text, False)
            for sdk in ("python", "typescript"):
                own(index["exceptions"], body[sdk]["exception"], body["status"])
        for alias in entry["aliases"]:
            match = re.fullmatch(r"errors/(\d{3}|\dxx)/", alias)
            if match:
                index["statuses"][match[1]] = entry
    return index


def add_message(index: dict, entry: dict, text: str, named: bool) -> None:
    """A `messages` template (`${...}` matches anything), or a body's message (any number matches)."""
    text = text.strip()
    if not text or any(m["entry"] is entry and m["text"] == text and m["named"] == named
                       for m in index["messages"]):
        return
    parts = [re.escape(p) for p in re.split(r"\$\{[^}]*\}", text)] if named \
        else [re.sub(r"\d+", r"\\d+", re.escape(text))]
    index["messages"].append({
        "entry": entry, "text": text, "named": named,
        "whole": re.compile("^" + r"[\s\S]*?".join(parts) + r"\Z"),
        "within": re.compile("(?:^|[^A-Za-z0-9])" + r"[^\n]*?".join(parts) + "(?![A-Za-z0-9])"),
    })


def read_input(text: str, index: dict) -> dict:
    """What a paste says: the envelope's fields and the status."""
    paste = {"text": text, "code": None, "type": None, "messages": [], "list": False, "keys": None,
             "status": None, "envelope": False}
    fields = first_envelope(text)
    if fields:
        paste.update(envelope=True, code=fields["code"], type=fields["type"], messages=fields["messages"],
                     list=fields["list"], keys=fields["keys"])
    else:  # a body cut short or printed oddly: the fields one by one
        code = re.search(r"""\bcode["']?\s*[:=]?\s*["']?(\d{4})\b""", text, re.I)
        if code:
            paste["code"] = code[1]
        kind = re.search(r"""["']type["']\s*:\s*["']([a-z_]+)["']""", text)
        if kind:
            paste["type"] = kind[1]
        message = re.search(r"""["'](?:message|detail)["']\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""", text)
        if message:
            said = message[1] if message[1] is not None else message[2]
            paste.update(messages=[re.sub(r"""\\(["'\\])""", r"\1", said)], envelope=True)
    if not paste["type"]:  # a catalog type written anywhere, if one entry alone carries it
        for kind, owners in index["types"].items():
            if len(owners) == 1 and re.search("(?:^|[^A-Za-z0-9_])" + kind + "(?![A-Za-z0-9_])", text):
                paste["type"] = kind
                break
    status = next((m for m in (p.search(text) for p in STATUS_PATTERNS) if m), None)
    if status:
        paste["status"] = int(status[1])
    elif fields and fields["raw_status"]:
        paste["status"] = fields["raw_status"]
    else:  # an SDK exception class shown for one status only (HTTPValidationError: 422)
        for name, statuses in index["exceptions"].items():
            if len(statuses) == 1 and re.search(r"\b" + name + r"\b", text):
                paste["status"] = int(statuses[0])
                break
    return paste


def has_status(entry: dict, status: int) -> bool:
    return entry["status"] == status or any(body["status"] == status for body in entry["bodies"])


def unique(items: list) -> list:
    return [item for i, item in enumerate(items) if all(item is not other for other in items[:i])]


def by_message(index: dict, paste: dict):
    hits = []
    if paste["messages"]:
        hits = [m for m in index["messages"] if any(m["whole"].search(t.strip()) for t in paste["messages"])]
    elif not paste["envelope"] and not paste["list"]:
        hits = [m for m in index["messages"] if m["within"].search(paste["text"])]
    if paste["list"]:
        hits += [{"entry": entry, "named": False, "text": None} for entry in index["lists"]]
    entries = unique([h["entry"] for h in hits])
    if len(entries) > 1:
        named = unique([h["entry"] for h in hits if h["named"]])
        entries = named or entries
    if len(entries) > 1 and paste["status"]:
        entries = [e for e in entries if has_status(e, paste["status"])] or entries
    if len(entries) > 1 and paste["keys"]:
        entries = [e for e in entries if any(r["keys"] == paste["keys"] for r in e["read"])] or entries
    if len(entries) != 1:
        return None
    hit = next(h for h in hits if h["entry"] is entries[0])
    return entries[0], hit["text"]


def status_entry(index: dict, status: int):
    return index["statuses"].get(str(status)) or index["statuses"].get(str(status)[0] + "xx")


def explain(text: str, index: dict):
    """(page, title, advice, retry, how) for a pasted error, or None when it is not recognised."""
    text = str(text or "")[:MAX_INPUT]
    if not text.strip():
        return None
    paste = read_input(text, index)
    entry, how = None, None
    for field in ("code", "type"):
        owners = index[field + "s"].get(paste[field]) if paste[field] else None
        if owners and len(owners) == 1:
            entry, how = owners[0], f"the {field} {paste[field]}"
            break
    if entry is None:
        found = by_message(index, paste)
        if found:
            entry, said = found
            how = "the body's shape (a list of validation errors)" if said is None else f"the message {json.dumps(said)}"
    if entry is None and paste["status"]:
        entry, how = status_entry(index, paste["status"]), f"the HTTP status {paste['status']} alone"
    if entry is not None:
        return entry["url"], entry["title"], entry["summary"], retry_advice(entry), how
    for target, title, pattern, meaning, retry in CLIENT_SIDE:
        match = re.search(pattern, text)
        if not match:
            continue
        how = f"the client-side text {json.dumps(match[0])}"
        if isinstance(target, int):
            entry = status_entry(index, target)
            if entry is not None:
                return entry["url"], entry["title"], meaning, retry_advice(entry), how
            continue
        return target, title, meaning, retry, how
    return None


def retry_advice(entry: dict) -> str:
    if not entry["retryable"]:
        return "no. The same request fails the same way; change what the page says first."
    return f"yes. {entry['wait']}" if entry.get("wait") else "yes, with backoff."


def explain_main(text: str, catalog: str) -> int:
    try:
        index = load_catalog(catalog)
    except (OSError, ValueError, KeyError) as error:
        print(f"FAIL cannot read the site's errors.json at {catalog}: {error}; download it from {SITE}errors.json "
              "and put it beside diagnose.py, or give its place with --catalog")
        return 1
    found = explain(text, index)
    if found is None:
        print(f"Not recognised: nothing in it matches the site's catalog. Search the site, or read the error "
              f"index: {SITE}{PAGES['errors']}")
        return 1
    page, title, advice, retry, how = found
    print(f"{title}, recognised by {how}")
    print(f"Page: {SITE}{page}")
    print(f"Advice: {advice}")
    print(f"Retry: {retry}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Checks your Mistral API set-up and names the page that helps.")
    parser.add_argument("--model", help="a model ID your code uses: is it served, and if not, what is close")
    parser.add_argument("--base-url", default=API,
                        help="the API host, without /v1 (default %(default)s; EU: https://api.eu.mistral.ai)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for each answer (default 10)")
    parser.add_argument("--explain", metavar="ERROR",
                        help="explain a pasted error (- reads it from standard input) offline, from the site's "
                             "errors.json; sends nothing and runs no other check")
    parser.add_argument("--catalog", metavar="PATH", help="where errors.json is (default: beside this script)")
    args = parser.parse_args(argv)
    if args.explain is not None:
        text = sys.stdin.read() if args.explain == "-" else args.explain
        catalog = args.catalog or os.path.join(os.path.dirname(os.path.abspath(__file__)), "errors.json")
        return explain_main(text, catalog)
    base = args.base_url.rstrip("/")
    if urllib.parse.urlsplit(base).scheme not in ("https", "http") or not urllib.parse.urlsplit(base).netloc:
        parser.error(f"--base-url must start with https:// (or http://) and name a host, not {args.base_url!r}")

    key = check_key()
    check_sdk()
    reached = check_host(base, args.timeout)
    answer = check_access(base, key, args.timeout) if reached and key is not None else None
    if args.model:
        served = served_models(answer[0], answer[2]) if answer else None
        why = "no usable key" if key is None else "no answer" if not reached else "the API gave no model list"
        check_model(args.model, served, why)
    if answer is not None:
        check_rate_limits(*answer)
    return 0 if all(status == "OK" for status in findings) else 1


if __name__ == "__main__":
    sys.exit(main())

"""diagnose.py: checks what most often breaks calls to the Mistral AI API, and names the page that helps.

Run it where your code fails, with the same Python and the same environment:

    python diagnose.py                              # key, SDK, network, rate limits
    python diagnose.py --model mistral-large-latest # ... and whether the API serves that model
    python diagnose.py --base-url https://api.eu.mistral.ai

Standard library only. It reads MISTRAL_API_KEY and sends it to the API host (--base-url) and
nowhere else; it never prints it, only its length and its last four characters. It sends no
prompt: its only requests are two GET /v1/models, one without the key and one with it.
Each line is one finding: OK, WARN or FAIL, then the site's page about it. Exit status 0 when
every line is OK, 1 otherwise.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Checks your Mistral API set-up and names the page that helps.")
    parser.add_argument("--model", help="a model ID your code uses: is it served, and if not, what is close")
    parser.add_argument("--base-url", default=API,
                        help="the API host, without /v1 (default %(default)s; EU: https://api.eu.mistral.ai)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for each answer (default 10)")
    args = parser.parse_args(argv)
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

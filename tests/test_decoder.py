"""The error decoder (docs/decoder.md, docs/assets/decoder.js) in Chromium, against the built site.

Every body the catalog publishes in /errors.json, raw and as each SDK prints it, must decode to its
error's page; so must the real exception strings of shared/reference/sdk-behaviour.md. Input that
is not an error must get an honest "not recognised", never a page.
"""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest
from playwright.sync_api import sync_playwright

from browser import launch, serve
from site_build import ROOT, built_site

pytestmark = pytest.mark.xdist_group("decoder")  # one worker, so one browser for the module

UNCAUGHT = "mistralai.client.errors.sdkerror.SDKError: "  # how an uncaught Python SDKError starts

# Each paste in the browser: fill the textarea, press the button, wait for the verdict.
DECODE_ALL = """async (texts) => {
  const form = document.getElementById("decoder-form");
  const area = document.getElementById("decoder-input");
  const result = document.getElementById("decoder-result");
  const out = [];
  for (const text of texts) {
    area.value = text;
    const done = new Promise(resolve => result.addEventListener("decoder-done", resolve, {once: true}));
    form.querySelector("button[type=submit]").click();
    await done;
    const box = result.firstElementChild;
    const link = result.querySelector("a");
    out.push({verdict: box.dataset.verdict, entry: box.dataset.entry || null,
              first: link ? link.href : null, text: result.textContent, html: result.innerHTML});
  }
  return out;
}"""


@pytest.fixture(scope="module")
def base() -> str:
    return serve(built_site())


@pytest.fixture(scope="module")
def published() -> dict:
    return json.loads((built_site() / "errors.json").read_text())


@pytest.fixture(scope="module")
def browser(base):
    """A browser context in which the site answers as at its site_url. Material's instant
    navigation follows only the links its sitemap.xml lists, matched with their port, and the
    sitemap names http://127.0.0.1:8000/; the test server has another port."""
    site_url = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(), re.M).group(1)
    sitemap = (built_site() / "sitemap.xml").read_text().replace(site_url, base)
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        context = chromium.new_context()
        context.route(base + "sitemap.xml", lambda route: route.fulfill(body=sitemap, content_type="application/xml"))
        yield context
        chromium.close()


@pytest.fixture(scope="module")
def decoder(browser, base):
    page = browser.new_page()
    page.goto(base + "decoder/")
    page.wait_for_selector("#decoder-form[data-ready]")
    yield page
    page.close()


@pytest.fixture(scope="module")
def visitor(browser):
    """A second tab, for pages opened by their address."""
    page = browser.new_page()
    yield page
    page.close()


def decode(page, *texts: str) -> list[dict]:
    return page.evaluate(DECODE_ALL, list(texts))


def status_page(published: dict, status: int) -> str:
    """The page of the entry whose aliases hold the status (what a status alone decodes to)."""
    return next(e["url"] for e in published["errors"] if f"errors/{status}/" in e["aliases"])


def message_owner(published: dict, body: str, own: dict | None = None) -> str | None:
    """The entry that lists a body's message among its `messages` (the catalog names the message
    as that error's), if another entry does: the body's own entry first, when it lists it too
    (the Conversations API's 3230 and chat completions' tool-messages share a message, and the
    decoder tells them apart by the body's keys)."""
    try:
        message = json.loads(body).get("message")
    except (ValueError, AttributeError):
        return None
    if not isinstance(message, str):
        return None
    for entry in ([own] if own else []) + published["errors"]:
        for template in entry["messages"].values():
            pattern = ".*?".join(re.escape(part) for part in re.split(r"\$\{[^}]*\}", template))
            if re.fullmatch(pattern, message):
                return entry["url"]
    return None


def body_cases(published: dict) -> list[tuple[str, str, str | None]]:
    """(label, pasted text, page it must decode to or None for "not recognised") for every body
    of every entry: raw, as each SDK's str(error), and as an uncaught Python exception prints it.

    Ambiguous by design, and so expected elsewhere: an empty raw body (no status: nothing to go
    on, "not recognised"); an empty body behind an SDK text (the status decides: the entry whose
    aliases hold it); a body whose message the catalog lists under an entry's `messages` (that
    entry's page: bad-request-400's example message is tool-messages' `both`)."""
    cases = []
    for entry in published["errors"]:
        for body in entry["bodies"]:
            label = f"{entry['id']}/{body['name']}"
            page = message_owner(published, body["body"], entry) or entry["url"]
            if not body["body"]:
                cases.append((f"{label} raw", body["body"], None))
                page = status_page(published, body["status"])
            else:
                cases.append((f"{label} raw", body["body"], page))
            for sdk in ("python", "typescript"):
                text = body[sdk]["text"]
                if text is not None and body[sdk]["exception"] == "ResponseValidationError":
                    # "Response validation failed" names no error (any 422 body the SDK cannot
                    # read gives it): the page says to print the body too, and that is the paste.
                    cases.append((f"{label} {sdk} alone", text, None))
                    text = f"{text}\n{body['body']}"
                if text is not None:
                    cases.append((f"{label} {sdk}", text, page))
            if body["python"]["exception"] != "ResponseValidationError":
                cases.append((f"{label} uncaught python", UNCAUGHT + body["python"]["text"], page))
    return cases


def check(page, base: str, cases) -> list[str]:
    results = decode(page, *[text for _, text, _ in cases])
    wrong = []
    for (label, text, want), got in zip(cases, results):
        if want is None:
            ok = got["verdict"] == "unknown"
        else:
            ok = got["verdict"] in ("match", "topic") and got["first"] == base + want
        if not ok:
            wrong.append(f"{label}: want {want or 'not recognised'}, got {got['verdict']} {got['first']}\n    {text[:120]!r}")
    return wrong


def test_the_page_is_accessible_markup(decoder) -> None:
    area = decoder.get_by_label("Your error")
    assert area.evaluate("e => e.tagName") == "TEXTAREA"
    assert decoder.get_by_role("button", name="Decode").is_visible()
    assert decoder.locator("#decoder-result").get_attribute("aria-live") == "polite"


def test_every_catalog_body_decodes_to_its_page(decoder, base, published) -> None:
    cases = body_cases(published)
    assert len(cases) > 100
    assert check(decoder, base, cases) == []


def test_an_empty_body_alone_is_not_recognised(decoder) -> None:
    [got] = decode(decoder, "")
    assert got["verdict"] == "unknown"
    assert "Not recognised" in got["text"]


# The exact texts of shared/reference/sdk-behaviour.md (§3, §4.1, §4.2, §5.6, §9.2) and the status
# lines, logs and headers readers paste. The expected page: an entry's status alias, or a topic.
READ_TIMEOUT = "httpx2.ReadTimeout: timed out"
IMPORT_ERROR = "ImportError: cannot import name 'Mistral' from 'mistralai' (unknown location)"
LEGACY_401 = ('mistralai.exceptions.MistralAPIException: Status: 401. Message: {"message": "Unauthorized", '
              '"request_id": "mock-req-401"}')
SDK_429 = ('mistralai.client.errors.sdkerror.SDKError: API error occurred: Status 429. Body: '
           '{"message": "Requests rate limit exceeded"}')

REFERENCE = [
    ("httpcore2.LocalProtocolError: Illegal header value b'Bearer '\n\nThe above exception was the direct "
     "cause of the following exception:\n\nhttpx2.LocalProtocolError: Illegal header value b'Bearer '", 401),
    (READ_TIMEOUT, "topics/timeouts/"),
    ("httpcore2.ReadTimeout: timed out\n\nThe above exception was the direct cause of the following "
     "exception:\n\nhttpx2.ReadTimeout: timed out", "topics/timeouts/"),
    ("httpx2.ConnectError: [Errno 111] Connection refused", "topics/timeouts/"),
    ("RequestTimeoutError: Request timed out: TimeoutError: The operation was aborted due to timeout", "topics/timeouts/"),
    ("ConnectionError: Unable to make request: TypeError: fetch failed", "topics/timeouts/"),
    (IMPORT_ERROR, "topics/sdk-migration/"),
    ("ModuleNotFoundError: No module named 'mistralai.models'", "topics/sdk-migration/"),
    ("TypeError: 'Chat' object is not callable", "topics/sdk-migration/"),
    ("SyntaxError: The requested module '@mistralai/mistralai' does not provide an export named 'default'",
     "topics/sdk-migration/"),
    (LEGACY_401, 401),
    ("MistralAPIStatusException: Status: 502. Message: upstream connect error", 502),
    (SDK_429, 429),
    ('mistralai.models.sdkerror.SDKError: API error occurred: Status 401 Content-Type "application/json; '
     'charset=utf-8". Body: {"detail": "Unauthorized"}', 401),
    ('SDKError: API error occurred: Status 400\nBody: {"object": "error", "message": "Invalid model: '
     'mistral-bogus", "type": "invalid_model", "param": null, "code": "1500"}', "errors/1500/"),
    ('API error occurred: Status 500 Content-Type "text/plain; charset=utf-8". Body: Internal Server Error', 500),
    ('API error occurred: {"detail":[{"loc":["body","model"],"msg":"Field required","type":"missing","input":{}}],'
     '"request$":{},"response$":{},"body$":"{\\"detail\\": []}"}', 422),
    ("httpx2.RemoteProtocolError: peer closed connection without sending complete message body "
     "(incomplete chunked read)", "topics/timeouts/"),
    ("mistralai.client.errors.httpvalidationerror.HTTPValidationError extra_forbidden", 422),
    ("HTTP/1.1 429 Too Many Requests", 429),
    ("status: 504 Gateway Timeout", 504),
    ("openai.BadRequestError: Error code: 400 - {'object': 'error', 'message': \"Unexpected role 'user' after "
     "role 'tool'\", 'type': 'invalid_request_message_order', 'param': None, 'code': '3230'}", "errors/3230/"),
    # The openai packages pointed at Mistral (docs/topics/openai-compatible.md, from runs of each).
    ("openai.UnprocessableEntityError: Error code: 422", 422),
    ("UnprocessableEntityError: 422 status code (no body)", 422),
    ("RateLimitError: 429 status code (no body)", 429),
    # Reasoning models (docs/topics/reasoning.md, from runs of each SDK).
    ("AttributeError: 'list' object has no attribute 'strip'", "topics/reasoning/"),
    ("TypeError: content.trim is not a function", "topics/reasoning/"),
    ('{"object":"error","message":"Reasoning prompt mode is not enabled for this model",'
     '"type":"invalid_request_invalid_args","param":null,"code":"3051","raw_status_code":400}', "errors/reasoning-mode/"),
    # Audio transcription (docs/topics/audio.md): the Python SDK's text for 3310, from a run of it.
    (UNCAUGHT + 'API error occurred: Status 400. Body: {"object":"error","message":"Audio input could not be '
     'decoded. ","type":"invalid_request_file","param":null,"code":"3310","raw_status_code":400}', "errors/3310/"),
    ('{"object":"error","message":"Invalid request, make sure the request is formatted as a multipart/form-data '
     'request.","type":"invalid_request_error","param":null,"code":null,"raw_status_code":422}',
     "errors/audio-not-multipart/"),
    ('2026-03-01T10:00:00Z ERROR chat failed status=429 {"object":"error","message":"Service tier capacity '
     'exceeded for this model.","type":"invalid_request_error","param":null,"code":null}', "errors/3505/"),
    # Conversations API, as the threads print them (client-python#299, SnarfNL/HA_MistralAI#21).
    ('SDKError: Status 500. Body: {"object":"Error","message":"Response failed during handoff orchestration",'
     '"type":"invalid_request_error","code":3000}', "errors/conversations-handoff/"),
    ('Mistral Conversations API error 400: {"object":"Error","message":"Cannot append other inputs while function '
     "results are still missing. Provide function results first for: ['rXo8OuL9G']\",\"type\":"
     '"invalid_request_error","code":3001}', "errors/conversations-pending-results/"),
    # Invalid tool schema, as SylphxAI/pdf-reader-mcp#63 shows it (schema shortened).
    ("API error occurred: Status 400 Content-Type application/json Body \n{\"object\":\"error\",\"message\":"
     "\"Invalid tool schema: {'type': 'object', 'properties': {'path': {'type': 'string', 'minLength': 1}}, "
     "'additionalProperties': False} is not valid under any of the given schemas\",\"type\":"
     "\"invalid_request_error\",\"param\":null,\"code\":null}", "errors/invalid-tool-schema/"),
    # Files, batch and fine-tuning (docs/topics/fine-tuning.md): the threads' texts and the runs' outputs.
    ('mistralai.client.errors.sdkerror.SDKError: API error occurred: Status 422. Body: {"detail": "Invalid file '
     'format.", "message": "Received file with mimetype application/zip, only application/pdf, image/.*, '
     'application/epub+zip are currently supported"}', "errors/files-invalid-format/"),
    ('SDKError: Status 422. Body: {"detail": "Model not available for this type of fine-tuning (completion)."}',
     "errors/fine-tuning-model-unavailable/"),
    ('SDKError: API error occurred: Status 422 Content-Type application/json; charset=utf-8 Body \n{"detail": '
     '[{"type": "value_error", "loc": ["body", "job_in"], "msg": "Value error, At least one training file or '
     'repository is required.", "ctx": {"error": "At least one training file or repository is required."}}]}',
     "errors/fine-tuning-no-training-file/"),
    ("HTTP/1.1 410 Gone", 410),
    ("AttributeError: 'Mistral' object has no attribute 'fine_tuning'", "topics/fine-tuning/"),
    ("error TS2339: Property 'fineTuning' does not exist on type 'Mistral'.", "topics/fine-tuning/"),
    # Azure AI Foundry and Vertex AI (docs/topics/cloud-deployments.md): the threads' bodies and the runs' outputs.
    ('Response: {"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API '
     'endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint '
     'for your resource."}}', "errors/azure_401/"),
    ('{"error":{"code":"unknown_model","message":"Unknown model: DeepSeek-V4-Flash","details":"Unknown model: '
     'DeepSeek-V4-Flash"}}', "errors/unknown_model/"),
    ('mistralai.gcp.client.errors.sdkerror.SDKError: API error occurred: Status 404. Body: {"error":{"code":404,'
     '"message":"Publisher Model `projects/740989871600/locations/us-central1/publishers/mistralai/models/'
     'codestral-2501` was not found or your project does not have access to it. Please ensure you are using a valid '
     'model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/'
     'model-versions","status":"NOT_FOUND"}}', "errors/vertex_model_not_found/"),
]


def _want(published: dict, target) -> str:
    if isinstance(target, int):
        return status_page(published, target)
    if target.startswith("errors/"):  # an alias: the entry that holds it
        return next(e["url"] for e in published["errors"] if target in e["aliases"])
    return target


def test_the_real_exception_strings_decode_to_the_right_page(decoder, base, published) -> None:
    cases = [(text[:60], text, _want(published, target)) for text, target in REFERENCE]
    assert check(decoder, base, cases) == []


def test_what_the_verdict_says(decoder, published) -> None:
    legacy, headers, unknown_code, gateway_timeout = decode(
        decoder,
        LEGACY_401,
        "HTTP/2 429\ncontent-type: application/json\nretry-after: 3\nx-ratelimit-limit-req-minute: 0\n\n"
        '{"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300"}',
        '{"object":"error","message":"Capacity exceeded for this model.","type":"engine_max_pending_tokens",'
        '"param":null,"code":"3810","raw_status_code":429}',
        "status: 504 Gateway Timeout",
    )
    assert "status 401" in legacy["text"] and "Retry: no." in legacy["text"]
    rate_limited = next(e for e in published["errors"] if e["id"] == "rate-limited")
    assert rate_limited["wait"] in headers["text"]
    assert "Retry-After: 3: wait 3 s" in headers["text"]
    not_on_plan = next(b for b in rate_limited["bodies"] if b["name"] == "not-on-plan")
    assert not_on_plan["note"] in headers["text"]  # the limit of 0 picks the shape that says so
    assert "The code 3810 is not in the catalog." in unknown_code["text"]
    assert "HTTP status 429 alone" in unknown_code["text"]
    assert gateway_timeout["entry"] == "server-5xx" and "Retry: yes." in gateway_timeout["text"]


GARBAGE = ["lorem ipsum dolor sit amet 12345 {not json", "SELECT * FROM users;", '{"ok": true, "n": 3}']


def test_garbage_is_not_recognised_and_links_no_page_first(decoder, base, published) -> None:
    pages = {base + e["url"] for e in published["errors"]} | {base + "topics/timeouts/", base + "topics/sdk-migration/"}
    for got in decode(decoder, *GARBAGE):
        assert got["verdict"] == "unknown", got["text"]
        assert "Not recognised" in got["text"]
        assert got["first"] not in pages
        assert f'href="{base}errors/"' in got["html"]  # the error index
        assert "press /" in got["text"] and "search box" in got["text"]


@pytest.mark.parametrize("text", [SDK_429, IMPORT_ERROR, GARBAGE[0], READ_TIMEOUT],
                         ids=["sdk-429", "import-error", "garbage", "read-timeout"])
def test_the_address_gives_the_same_verdict_as_pasting(visitor, decoder, base, text) -> None:
    [pasted] = decode(decoder, text)
    visitor.goto(base + "decoder/?error=" + urllib.parse.quote(text, safe=""))
    visitor.wait_for_selector("#decoder-result > [data-verdict]")
    assert visitor.input_value("#decoder-input") == text
    assert visitor.inner_html("#decoder-result") == pasted["html"]


def test_it_still_works_after_instant_navigation(browser, base, published) -> None:
    page = browser.new_page()
    try:
        page.goto(base, wait_until="networkidle")  # instant navigation starts once the sitemap is in
        page.evaluate("window.__noReload = true")
        nav = '.md-sidebar--primary a.md-nav__link[href$="decoder/"]'
        page.locator(nav).first.click()  # the first visit comes by instant navigation too
        page.wait_for_selector("#decoder-form[data-ready]")
        [first] = decode(page, "HTTP/1.1 429 Too Many Requests")
        page.locator('article a[href$="errors/"]').first.click()
        page.wait_for_url(base + "errors/")
        page.locator(nav).first.click()
        page.wait_for_url(base + "decoder/")
        page.wait_for_selector("#decoder-form[data-ready]")
        [again] = decode(page, "HTTP/1.1 429 Too Many Requests")
        assert page.evaluate("window.__noReload") is True, "the page was reloaded, not navigated instantly"
        assert first["first"] == again["first"] == base + status_page(published, 429)
        # The verdict's own page link is followed by instant navigation too.
        page.locator("#decoder-result a").first.click()
        page.wait_for_url(base + status_page(published, 429))
        assert page.evaluate("window.__noReload") is True
    finally:
        page.close()

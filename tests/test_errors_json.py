"""/errors.json: valid against its schema, the same facts as data/errors.yml, and what the mock sends."""

from __future__ import annotations

import http.client
import json
import posixpath
import urllib.parse
import uuid

import jsonschema
import pytest

import catalog
from site_build import built_site

ERRORS = catalog.load().errors


@pytest.fixture(scope="module")
def published() -> dict:
    return json.loads((built_site() / "errors.json").read_text())


def test_errors_json_validates_against_its_schema(published) -> None:
    schema = json.loads((built_site() / "errors.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(published)


def test_the_schema_rejects_a_broken_document(published) -> None:
    schema = json.loads((built_site() / "errors.schema.json").read_text())
    broken = json.loads(json.dumps(published))
    broken["errors"][0]["code"] = 1300  # codes are strings on the wire
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_errors_json_lists_every_documented_error(published) -> None:
    assert [e["id"] for e in published["errors"]] == [e.id for e in ERRORS.documented()]
    for entry, item in zip(ERRORS.documented(), published["errors"]):
        assert (item["status"], item["type"], item["code"], item["retryable"]) == \
               (entry.status, entry.type, entry.code, entry.retryable)
        assert [b["name"] for b in item["bodies"]] == [b.name for b in entry.bodies]


def test_every_url_and_alias_exists_in_the_built_site(published) -> None:
    missing = []
    for item in published["errors"]:
        for url in [item["url"], *item["aliases"]]:
            if not (built_site() / url / "index.html").is_file():
                missing.append(url)
    assert missing == []


def test_every_alias_redirects_to_its_page(published) -> None:
    for item in published["errors"]:
        page = item["url"]
        for alias in item["aliases"]:
            html = (built_site() / alias / "index.html").read_text()
            target = urllib.parse.urljoin(f"/{alias}", _refresh_target(html))
            assert target == f"/{page}", alias


def _refresh_target(html: str) -> str:
    marker = 'http-equiv="refresh" content="0; url='
    start = html.index(marker) + len(marker)
    return html[start:html.index('"', start)]


def _forced(mock_url: str, step: str) -> tuple[int, str | None, bytes]:
    parts = urllib.parse.urlsplit(mock_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", f"/_mock/{uuid.uuid4().hex[:8]}/{step}/v1/models",
                       headers={"Authorization": "Bearer test-key"})
    response = connection.getresponse()
    return response.status, response.getheader("content-type"), response.read()


def test_the_mock_sends_what_errors_json_publishes(published, mock_url) -> None:
    """Each published body that a scenario can force is what the mock sends for it (no second copy)."""
    checked = 0
    for item in published["errors"]:
        for body in item["bodies"]:
            if ERRORS.get(item["id"]).body(body["name"]).generated is not None:
                continue
            status, content_type, sent = _forced(mock_url, f"{item['id']}:{body['name']}")
            assert (status, content_type) == (body["status"], body["content_type"]), (item["id"], body["name"])
            if "${request_id}" not in (body["template"] or "") and "${model}" not in json.dumps(body["body"]):
                assert sent.decode() == body["body"], (item["id"], body["name"])
            checked += 1
    assert checked >= 20


@pytest.mark.parametrize("page, base", [("errors/index.html", "errors/"), ("index.html", "")])
def test_the_error_index_links_every_error_page(page, base) -> None:
    html = (built_site() / page).read_text()
    hrefs = [f'href="{posixpath.relpath(e.page.removesuffix(".md"), base or ".")}/"' for e in ERRORS.documented()]
    assert [h for h in hrefs if h not in html] == []

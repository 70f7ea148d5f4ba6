"""The Models page and the mock's model list agree with data/models.yml, and the file agrees
with the sourced facts of shared/reference/api-facts.md §4."""

from __future__ import annotations

import json
import urllib.request
from html.parser import HTMLParser

import pytest

import catalog
from site_build import built_site

MODELS = catalog.load().models
SECTIONS = {"active": "available-ga", "preview": "preview-and-labs", "deprecated": "deprecated", "retired": "retired"}


class _Tables(HTMLParser):
    """Rows of the tables under each h2, keyed by the h2's id; each cell as its text."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, list[list[str]]] = {}
        self._section = ""
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self._section = dict(attrs).get("id", "")
        elif tag == "tr":
            self._row = []
        elif tag == "td" and self._row is not None:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row:
            self.sections.setdefault(self._section, []).append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


@pytest.fixture(scope="module")
def page_tables() -> dict[str, list[list[str]]]:
    parser = _Tables()
    parser.feed((built_site() / "models" / "index.html").read_text())
    return parser.sections


@pytest.mark.parametrize("status", SECTIONS)
def test_page_lists_each_model_under_its_status(page_tables, status) -> None:
    shown = {tuple(row[1].split()) for row in page_tables[SECTIONS[status]]}
    expected = {m.api_names for m in MODELS.models if m.status == status}
    assert shown == expected


def test_page_lists_every_wrong_name_with_its_replacement(page_tables) -> None:
    shown = {(row[0], row[1]) for row in page_tables["names-that-are-not-model-ids"]}
    assert shown == {(w.name, w.use) for w in MODELS.wrong_names}


def _get(url: str):
    request = urllib.request.Request(url, headers={"Authorization": "Bearer test-key"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def test_mock_lists_every_served_name_and_nothing_else(mock_url) -> None:
    listed = [card["id"] for card in _get(f"{mock_url}/v1/models")["data"]]
    assert sorted(listed) == sorted(n for m in MODELS.models if m.served for n in m.api_names)
    assert len(listed) == len(set(listed))


def test_mock_cards_carry_the_files_facts(mock_url) -> None:
    for card in _get(f"{mock_url}/v1/models")["data"]:
        model = MODELS.resolve(card["id"])
        assert card["name"] == model.id
        assert set(card["aliases"]) == set(model.api_names) - {card["id"]}
        assert card["deprecation_replacement_model"] == model.replacement
        assert card["capabilities"]["function_calling"] == ("tools" in model.capabilities)
        assert card["capabilities"]["completion_fim"] == ("fim" in model.capabilities)


# Facts from api-facts.md §4.3 and §7, typed here on purpose: they check the data file itself.
@pytest.mark.parametrize("alias, target", [
    ("mistral-large-latest", "mistral-large-2512"),
    ("mistral-medium-latest", "mistral-medium-3-5"),
    ("mistral-small-latest", "mistral-small-2603"),
    ("codestral-latest", "codestral-2508"),
    ("ministral-8b-latest", "ministral-8b-2512"),
    ("mistral-embed", "mistral-embed-2312"),
])
def test_latest_aliases_point_where_the_docs_say(alias, target) -> None:
    assert MODELS.resolve(alias).id == target


@pytest.mark.parametrize("model_id, retired_on", [
    ("open-mistral-7b", "2025-03-30"),
    ("open-mixtral-8x7b", "2025-03-30"),
    ("open-mixtral-8x22b", "2025-03-30"),
    ("open-codestral-mamba", "2025-06-06"),
])
def test_retired_models_and_dates(model_id, retired_on) -> None:
    model = MODELS.resolve(model_id)
    assert model.status == "retired"
    assert model.retires_on.isoformat() == retired_on
    assert MODELS.resolve(model.replacement).status == "active"


def test_no_bare_mistral_large_alias() -> None:
    assert MODELS.resolve("mistral-large") is None
    assert MODELS.wrong_name("mistral-large").use == "mistral-large-latest"


def _chat_status(mock_url: str, model: str) -> tuple[int, dict]:
    body = json.dumps({"model": model, "messages": [{"role": "user", "content": "hi"}]}).encode()
    request = urllib.request.Request(f"{mock_url}/v1/chat/completions", data=body, headers={
        "Authorization": "Bearer test-key", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


@pytest.mark.parametrize("model, status", [
    ("mistral-small-latest", 200),
    ("devstral-2512", 200),          # deprecated, seen answering after its retirement date (§9.1)
    ("mistral-medium", 200),         # no docs card, but the live API serves it (§9.2)
    ("open-mistral-7b", 400),        # retired
    ("mistral-large", 400),          # not an ID
    ("mistral-large-3-25-12", 400),  # a docs URL slug
])
def test_mock_validates_the_model_from_the_file(mock_url, model, status) -> None:
    code, body = _chat_status(mock_url, model)
    assert code == status
    if status == 400:
        assert body == {"object": "error", "message": f"Invalid model: {model}", "type": "invalid_model",
                        "param": None, "code": "1500", "raw_status_code": 400}

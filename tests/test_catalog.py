"""catalog/ refuses data that is wrong in shape, so a typo in data/ fails here and not on a page."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest

import catalog
from catalog.errors import ErrorCatalog, ErrorsFile
from catalog.loader import parse
from catalog.models import ModelCatalog, ModelsFile

MODEL = {"name": "M", "ids": ["m-1"], "aliases": ["m-latest"], "status": "active", "capabilities": ["chat"],
         "source": "s", "checked": "2026-11-25"}
SOURCES = {"s": {"title": "a source"}}


def test_the_data_loads() -> None:
    data = catalog.load()
    assert data.models.models and data.errors.entries and data.headers.headers
    assert data.openapi["openapi"].startswith("3.1")


def test_the_vendored_spec_is_the_official_one() -> None:
    """data/ holds the spec as JSON (fast to read); it must say exactly what the official YAML says."""
    official = Path(__file__).resolve().parents[2] / "shared" / "reference" / "mistral-openapi.yaml"
    assert catalog.load().openapi == parse(official.read_text(encoding="utf-8"))


def test_unknown_key_fails() -> None:
    with pytest.raises(pydantic.ValidationError, match="Extra inputs"):
        ModelsFile.model_validate({"sources": SOURCES, "models": [{**MODEL, "contex_k": 8}]})


def test_same_id_twice_fails() -> None:
    data = ModelsFile.model_validate({"sources": SOURCES, "models": [MODEL, {**MODEL, "name": "N", "ids": ["m-2"]}]})
    with pytest.raises(ValueError, match="m-latest"):
        ModelCatalog(data)


def test_replacement_must_exist() -> None:
    data = ModelsFile.model_validate({"sources": SOURCES, "models": [{**MODEL, "replacement": "m-9"}]})
    with pytest.raises(ValueError, match="m-9"):
        ModelCatalog(data)


def test_unknown_source_fails() -> None:
    data = ModelsFile.model_validate({"sources": SOURCES, "models": [{**MODEL, "source": "nope"}]})
    with pytest.raises(ValueError, match="nope"):
        ModelCatalog(data)


def test_body_needs_exactly_one_form() -> None:
    body = {"name": "b", "provenance": "observed", "content_type": None, "sources": ["s"]}
    entry = {"id": "e", "title": "E", "status": 400, "type": None, "code": None, "summary": "x",
             "retryable": False, "checked": "2026-11-25"}
    with pytest.raises(pydantic.ValidationError, match="exactly one"):
        ErrorsFile.model_validate({"sources": SOURCES, "errors": [{**entry, "bodies": [body]}]})
    with pytest.raises(pydantic.ValidationError, match="exactly one"):
        ErrorsFile.model_validate({"sources": SOURCES, "errors": [{**entry, "bodies": [{**body, "raw": "", "json": {}}]}]})


def test_error_sources_must_exist() -> None:
    entry = {"id": "e", "title": "E", "status": 400, "type": None, "code": None, "summary": "x", "retryable": False,
             "checked": "2026-11-25",
             "bodies": [{"name": "b", "provenance": "observed", "content_type": None, "raw": "", "sources": ["gone"]}]}
    with pytest.raises(ValueError, match="gone"):
        ErrorCatalog(ErrorsFile.model_validate({"sources": SOURCES, "errors": [entry]}))


def test_json_bodies_render_compact_in_written_order() -> None:
    body = catalog.load().errors.get("invalid-model").body()
    assert body.render(model="x") == (b'{"object":"error","message":"Invalid model: x","type":"invalid_model",'
                                      b'"param":null,"code":"1500","raw_status_code":400}')

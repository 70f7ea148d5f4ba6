"""Loads data/ once per process."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from catalog.errors import ErrorCatalog, ErrorsFile
from catalog.headers import HeadersFile
from catalog.links import LinksFile
from catalog.models import ModelCatalog, ModelsFile

# In a clone, data/ is beside catalog/; an installed package carries it as catalog/data.
_INSTALLED = Path(__file__).resolve().parent / "data"
DATA_DIR = _INSTALLED if _INSTALLED.is_dir() else Path(__file__).resolve().parent.parent / "data"


def parse(source: Any) -> Any:
    """YAML text or an open file, parsed safely, with the C loader where PyYAML has it."""
    return yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _read(name: str) -> Any:
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return parse(handle)


@dataclass(frozen=True)
class Catalog:
    models: ModelCatalog
    errors: ErrorCatalog
    headers: HeadersFile
    links: LinksFile

    @functools.cached_property
    def openapi(self) -> dict[str, Any]:
        """Mistral's official OpenAPI spec (vendored copy, as JSON; see data/README.md)."""
        with open(DATA_DIR / "mistral-openapi.json", encoding="utf-8") as handle:
            return json.load(handle)


@functools.lru_cache(maxsize=1)
def load() -> Catalog:
    return Catalog(
        models=ModelCatalog(ModelsFile.model_validate(_read("models.yml"))),
        errors=ErrorCatalog(ErrorsFile.model_validate(_read("errors.yml"))),
        headers=HeadersFile.model_validate(_read("headers.yml")),
        links=LinksFile.model_validate(_read("links.yml")),
    )

"""Model catalog records (data/models.yml)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import field_validator

from catalog.records import Checked, Record, Source

Status = Literal["active", "preview", "deprecated", "retired"]
Capability = Literal[
    "chat", "tools", "json", "vision", "fim", "embeddings", "reasoning", "audio",
    "ocr", "moderation", "transcription", "tts",
]


def _date_or_none(value: object) -> object:
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


class Model(Checked):
    name: str
    ids: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    status: Status
    context_k: int | None = None
    capabilities: tuple[Capability, ...] = ()
    dimensions: int | None = None  # embedding vector size, where a source gives it
    dimensions_source: str | None = None
    deprecated_on: dt.date | None = None
    retires_on: dt.date | None = None
    replacement: str | None = None
    note: str | None = None
    source: str

    _dates = field_validator("deprecated_on", "retires_on", mode="before")(_date_or_none)

    @property
    def id(self) -> str:
        """The canonical API ID: the first dated ID of the card."""
        return self.ids[0]

    @property
    def api_names(self) -> tuple[str, ...]:
        return self.ids + self.aliases

    @property
    def context_tokens(self) -> int | None:
        # The docs give "128k"; the API's own 3051 message says "131072 maximum context length"
        # for a 128k model, so k means 1024 tokens.
        return None if self.context_k is None else self.context_k * 1024

    @property
    def served(self) -> bool:
        """Whether the mock answers for it. Deprecated IDs still answer; retired ones get invalid_model."""
        return self.status != "retired"


class WrongName(Checked):
    name: str
    use: str
    why: str
    rejected: Literal["observed", "unverified"]
    source: str


class ObservedId(Checked):
    id: str
    note: str
    source: str


class ModelsFile(Record):
    sources: dict[str, Source]
    models: tuple[Model, ...]
    wrong_names: tuple[WrongName, ...] = ()
    observed_ids: tuple[ObservedId, ...] = ()


class ModelCatalog:
    """Lookups over the validated models file."""

    def __init__(self, data: ModelsFile):
        self.sources = data.sources
        self.models = data.models
        self.wrong_names = data.wrong_names
        self.observed_ids = data.observed_ids
        self._by_name: dict[str, Model] = {}
        for model in self.models:
            for name in model.api_names:
                if name in self._by_name:
                    raise ValueError(f"models.yml: {name!r} is listed under two models")
                self._by_name[name] = model
        self._wrong = {w.name: w for w in self.wrong_names}
        self._check()

    def _check(self) -> None:
        for model in self.models:
            for key in (model.source, model.dimensions_source):
                if key is not None and key not in self.sources:
                    raise ValueError(f"models.yml: {model.name}: unknown source {key!r}")
            if model.replacement and model.replacement not in self._by_name:
                raise ValueError(f"models.yml: {model.name}: replacement {model.replacement!r} is not a model ID")
        for wrong in self.wrong_names:
            if wrong.use not in self._by_name:
                raise ValueError(f"models.yml: wrong name {wrong.name!r}: use {wrong.use!r} is not a model ID")
            if wrong.name in self._by_name:
                raise ValueError(f"models.yml: {wrong.name!r} is both a model ID and a wrong name")
            if wrong.source not in self.sources:
                raise ValueError(f"models.yml: wrong name {wrong.name!r}: unknown source {wrong.source!r}")
        for observed in self.observed_ids:
            if observed.source not in self.sources:
                raise ValueError(f"models.yml: observed id {observed.id!r}: unknown source {observed.source!r}")

    def resolve(self, name: str) -> Model | None:
        """The model an API ID or alias names, or None."""
        return self._by_name.get(name)

    def is_served(self, name: str) -> bool:
        """Whether the API answers for this name (a known, non-retired ID, or one observed live)."""
        model = self.resolve(name)
        if model is not None:
            return model.served
        return any(o.id == name for o in self.observed_ids)

    def wrong_name(self, name: str) -> WrongName | None:
        return self._wrong.get(name)

    def names(self) -> list[str]:
        """Every API ID and alias, in file order."""
        return list(self._by_name)

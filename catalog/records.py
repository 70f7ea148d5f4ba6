"""Shared pieces of the record types: strict models and the source registry."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, field_validator


class Record(BaseModel):
    """A record read from data/: unknown keys are typos, so they fail the load."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Record):
    title: str
    where: str | None = None
    date: str | None = None


class Checked(Record):
    """A record that says when its facts were last checked against their sources."""

    checked: dt.date

    @field_validator("checked", mode="before")
    @classmethod
    def _iso_date(cls, value: object) -> object:
        if isinstance(value, str):
            return dt.date.fromisoformat(value)
        return value

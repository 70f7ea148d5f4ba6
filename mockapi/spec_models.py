"""Pydantic request models built from Mistral's OpenAPI spec, not typed by hand.

The real API validates requests with FastAPI + pydantic, and its spec is generated from those
models. Turning the spec's JSON Schema back into pydantic models gives the mock the same 422s
(`extra_forbidden`, `missing`, `less_than_equal`, ...) with the same `loc` paths.
"""

from __future__ import annotations

import keyword
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, create_model


class SpecModels:
    """Builds and caches one pydantic model per named schema of components/schemas."""

    def __init__(self, spec: dict[str, Any]):
        self._schemas: dict[str, Any] = spec["components"]["schemas"]
        self._built: dict[str, Any] = {}
        self._building: set[str] = set()

    def model(self, name: str) -> type[BaseModel]:
        built = self._named(name)
        if not (isinstance(built, type) and issubclass(built, BaseModel)):
            raise TypeError(f"schema {name!r} is not an object schema")
        return built

    def _named(self, name: str) -> Any:
        if name in self._built:
            return self._built[name]
        if name in self._building:
            return Any  # a recursive schema: accept anything below the loop
        self._building.add(name)
        try:
            built = self._annotation(self._schemas[name], name)
        finally:
            self._building.discard(name)
        self._built[name] = built
        return built

    def _annotation(self, schema: dict[str, Any], title: str) -> Any:
        if "$ref" in schema:
            return self._named(schema["$ref"].rsplit("/", 1)[-1])
        if "const" in schema:
            return Literal[schema["const"]]
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            literal = Literal[tuple(values)] if values else type(None)
            return Optional[literal] if None in schema["enum"] else literal
        if "allOf" in schema:
            return self._object(_merge_all_of(schema["allOf"], self._schemas), title)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self._union(schema[key], schema.get("discriminator"), title)
        kind = schema.get("type")
        if isinstance(kind, list):
            return self._union([{**schema, "type": k} for k in kind], None, title)
        if kind == "object" or "properties" in schema:
            if "properties" not in schema:
                return dict[str, Any]
            return self._object(schema, title)
        if kind == "array":
            items = schema.get("items")
            return list[self._annotation(items, title) if items else Any]
        if kind in ("integer", "number"):
            base = int if kind == "integer" else float
            bounds = {
                "ge": schema.get("minimum"),
                "le": schema.get("maximum"),
                "gt": schema.get("exclusiveMinimum"),
                "lt": schema.get("exclusiveMaximum"),
            }
            bounds = {k: v for k, v in bounds.items() if v is not None}
            return Annotated[base, Field(**bounds)] if bounds else base
        simple = {"string": str, "boolean": bool, "null": type(None)}
        return simple.get(kind, Any)

    def _union(self, options: list[dict[str, Any]], discriminator: dict | None, title: str) -> Any:
        members = [self._annotation(option, title) for option in options]
        nullable = type(None) in members
        members = [m for m in members if m is not type(None)]
        if not members:
            return type(None)
        union = members[0] if len(members) == 1 else Union[tuple(members)]
        if discriminator and len(members) > 1 and all(_has_literal(m, discriminator["propertyName"]) for m in members):
            union = Annotated[union, Field(discriminator=_field_name(members[0], discriminator["propertyName"]))]
        return Optional[union] if nullable else union

    def _object(self, schema: dict[str, Any], title: str) -> type[BaseModel]:
        required = set(schema.get("required", []))
        fields: dict[str, Any] = {}
        for name, prop in schema.get("properties", {}).items():
            annotation = self._annotation(prop, f"{title}.{name}")
            # Keys like `schema` or `model_*` would clash with pydantic's own attributes, so they get
            # another Python name; the alias keeps the wire name in every error `loc`.
            if name in required:
                fields[_py_name(name)] = (annotation, Field(alias=name))
            else:
                fields[_py_name(name)] = (annotation, Field(default=prop.get("default"), alias=name))
        extra = "forbid" if schema.get("additionalProperties") is False else "allow"
        config = ConfigDict(extra=extra, populate_by_name=False, title=schema.get("title", title))
        model_name = schema.get("title", title).replace(" ", "").replace(".", "_")
        return create_model(model_name, __config__=config, **fields)


def _merge_all_of(parts: list[dict[str, Any]], schemas: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in parts:
        if "$ref" in part:
            part = schemas[part["$ref"].rsplit("/", 1)[-1]]
        if "allOf" in part:
            part = _merge_all_of(part["allOf"], schemas)
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += part.get("required", [])
        if part.get("additionalProperties") is False:
            merged["additionalProperties"] = False
        merged.setdefault("title", part.get("title"))
    merged["required"] = [r for r in dict.fromkeys(merged["required"]) if r in merged["properties"]]
    return merged


def _py_name(wire_name: str) -> str:
    """The wire name itself where pydantic allows it (error texts then name it), else a prefixed one."""
    if wire_name.isidentifier() and not keyword.iskeyword(wire_name) and not hasattr(BaseModel, wire_name) \
            and not wire_name.startswith(("model_", "_")):
        return wire_name
    return "f_" + "".join(c if c.isalnum() else "_" for c in wire_name)


def _field_name(model: Any, wire_name: str) -> str:
    name = _py_name(wire_name)
    if name not in model.model_fields:
        raise KeyError(wire_name)
    return name


def _has_literal(model: Any, wire_name: str) -> bool:
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return False
    try:
        annotation = model.model_fields[_field_name(model, wire_name)].annotation
    except KeyError:
        return False
    return getattr(annotation, "__origin__", None) is Literal

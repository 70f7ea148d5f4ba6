"""The chat-completions parameters of the `openai` package that Mistral's chat completions refuse.

Derived, never typed by hand: the keys of the installed `openai` package's chat-completions create
params that are not properties of the ChatCompletionRequest schema of Mistral's OpenAPI spec
(catalog.openapi). The mock builds its request model from the same schema, with extra keys
forbidden, so each of these gets a 422 `extra_forbidden` there.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from typing import Any

SCHEMA = "ChatCompletionRequest"

# Where Mistral's schema has the same setting under another name. Each name is checked against the
# spec (spec_properties), and each key against the derived list, when the table is rendered.
MISTRAL_NAMES = {
    "max_completion_tokens": "max_tokens",
    "seed": "random_seed",
    "functions": "tools",  # the openai package: "Deprecated in favor of `tools`"
    "function_call": "tool_choice",  # the openai package: "Deprecated in favor of `tool_choice`"
}


def spec_properties(openapi: dict[str, Any], name: str = SCHEMA) -> set[str]:
    """The property names of a schema of components/schemas, following allOf and $ref."""
    schemas = openapi["components"]["schemas"]

    def collect(schema: dict[str, Any]) -> set[str]:
        if "$ref" in schema:
            return collect(schemas[schema["$ref"].rsplit("/", 1)[-1]])
        names = set(schema.get("properties", {}))
        for part in schema.get("allOf", []):
            names |= collect(part)
        return names

    return collect(schemas[name])


def openai_params() -> list[str]:
    """The keys of the installed openai package's chat-completions create params, in its order.

    Read from the module's source rather than imported: importing `openai` took a third of a
    second of every build. tests/test_openai_params.py checks the result against the import."""
    package = Path(importlib.util.find_spec("openai").origin).parent
    tree = ast.parse((package / "types" / "chat" / "completion_create_params.py").read_text(encoding="utf-8"))
    params = next(node for node in tree.body
                  if isinstance(node, ast.ClassDef) and node.name == "CompletionCreateParamsBase")
    return [field.target.id for field in params.body if isinstance(field, ast.AnnAssign)]


def openai_only(openapi: dict[str, Any]) -> list[str]:
    """The openai package's parameters that Mistral's chat completion request does not have."""
    known = spec_properties(openapi)
    return [key for key in openai_params() if key not in known]


def render(openapi: dict[str, Any]) -> str:
    only = openai_only(openapi)
    known = spec_properties(openapi)
    for key, name in MISTRAL_NAMES.items():
        if key not in only or name not in known:
            raise ValueError(f"MISTRAL_NAMES is out of date: {key} -> {name}")
    rows = ["| Parameter of `create()` | Mistral's parameter |", "|---|---|"]
    for key in only:
        instead = f"`{MISTRAL_NAMES[key]}`" if key in MISTRAL_NAMES else "none: remove it"
        rows.append(f"| `{key}` | {instead} |")
    return "\n".join(rows)

"""The OpenAI-compatible clients page: its table of the openai package's parameters that Mistral
refuses is the derivation (openai's create() params minus the spec's ChatCompletionRequest), the
mock refuses each of them, and the page's ways of sending Mistral's own parameters do send them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openai.types.chat.completion_create_params import CompletionCreateParamsBase

import catalog
from macros import openai_params
from snippet_runner import ROOT, SNIPPETS, run_snippet
from test_mock_openapi import call

PAGE = ROOT / "docs" / "topics" / "openai-compatible.md"


def _derived() -> list[str]:
    """Computed here, apart from the macro: the spec's properties read straight from the schema."""
    schema = catalog.load().openapi["components"]["schemas"]["ChatCompletionRequest"]
    assert schema["additionalProperties"] is False  # why these keys get extra_forbidden
    return [key for key in CompletionCreateParamsBase.__annotations__ if key not in schema["properties"]]


def test_the_table_lists_the_derivation() -> None:
    derived = _derived()
    table = openai_params.render(catalog.load().openapi)
    listed = re.findall(r"^\| `([a-z_]+)` \|", table, re.M)
    assert listed == derived
    assert {"store", "max_completion_tokens", "user", "logprobs", "seed", "stream_options"} <= set(listed)
    # Keys both APIs have, and Mistral's names, are not in it.
    assert not {"model", "messages", "max_tokens", "temperature", "random_seed"} & set(listed)
    assert "| `max_completion_tokens` | `max_tokens` |" in table
    assert "| `seed` | `random_seed` |" in table


def test_the_params_read_from_source_are_the_imported_ones() -> None:
    assert openai_params.openai_params() == list(CompletionCreateParamsBase.__annotations__)


def test_the_page_renders_the_table() -> None:
    assert "{{ openai_only_params_table() }}" in PAGE.read_text()


def test_the_mock_refuses_each_of_them(mock_url: str) -> None:
    derived = _derived()
    body = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Say hello."}]}
    body |= {key: None for key in derived}
    status, _, content = call(mock_url, "/v1/chat/completions", body)
    detail = json.loads(content)["detail"]
    assert status == 422
    assert {problem["type"] for problem in detail} == {"extra_forbidden"}
    assert sorted(problem["loc"][1] for problem in detail) == sorted(derived)


@pytest.mark.parametrize("key", ["random_seed", "safe_prompt"])
@pytest.mark.parametrize("snippet", ["python/openai_mistral_params.py", "typescript/openai_mistral_params.ts"])
def test_mistral_params_reach_the_api(snippet: str, key: str, scenario_url, tmp_path: Path) -> None:
    """The snippet answers with the reply as it is (tests/runs/openai_compat.py), and with a 422
    once one of Mistral's own parameters has a value the API refuses: so the key is sent."""
    source = (SNIPPETS / snippet).read_text()
    bad = {"random_seed": "-1", "safe_prompt": '"maybe"'}[key]  # a negative seed; a string that is no boolean
    good = re.compile(rf"""(["']?{key}["']?: )(42|True|true)\b""")
    assert len(good.findall(source)) == 1
    copy = tmp_path / Path(snippet).name
    copy.write_text(good.sub(lambda m: m[1] + bad, source))
    result = run_snippet(copy, scenario_url())
    assert result.exit_code == 1, result.text
    assert "UnprocessableEntityError" in result.text

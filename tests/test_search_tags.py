"""The search tags the catalog gives error pages (macros/search_tags.py), on the real catalog."""

from __future__ import annotations

from catalog import load
from macros.search_tags import tags_for, tags_for_page


def test_an_observed_message_is_a_tag_cut_at_its_placeholder() -> None:
    # "Invalid model: ${model}": the reader's model name is no tag, the words before it are.
    assert "Invalid model" in tags_for(load().errors.get("invalid-model"))


def test_a_message_seen_only_in_code_fixtures_is_no_tag() -> None:
    entry = load().errors.get("audio-not-multipart")
    assert {body.provenance for body in entry.bodies} == {"code"}
    message = next(iter(entry.messages.values()))
    assert message not in tags_for(entry)
    assert "audio-not-multipart" in tags_for(entry)  # its alias still is


def test_a_type_another_page_owns_as_alias_is_no_tag_here() -> None:
    errors = load().errors
    owner = next(e for e in errors.entries if "invalid_request_error" in e.aliases)
    assert owner.page != "topics/tool-calling.md"
    tags = tags_for_page(errors, "topics/tool-calling.md")
    assert "invalid_request_error" not in tags
    assert "Invalid tool schema" in tags

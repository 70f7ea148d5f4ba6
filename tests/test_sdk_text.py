"""What errors.json says each SDK prints is what the installed SDKs print, for every body the mock
can send (catalog/sdk_text.py is checked here against mistralai and @mistralai/mistralai)."""

from __future__ import annotations

import json
import subprocess
import uuid

import pytest
from mistralai.client import Mistral, errors

import catalog
from catalog import sdk_text
from snippet_runner import ROOT

ERRORS = catalog.load().errors
FORCEABLE = [(e, b) for e in ERRORS.documented() for b in e.bodies if b.generated is None]


def _base(mock_url: str, entry, body) -> str:
    return f"{mock_url}/_mock/{uuid.uuid4().hex[:8]}/{entry.id}:{body.name}"


@pytest.mark.parametrize("entry, body", FORCEABLE, ids=[f"{e.id}:{b.name}" for e, b in FORCEABLE])
def test_python_sdk_prints_what_the_catalog_says(mock_url, entry, body) -> None:
    client = Mistral(api_key="test-key", server_url=_base(mock_url, entry, body))
    with pytest.raises(errors.MistralError) as raised:
        client.models.list()
    error = raised.value
    status, sent = entry.status_of(body), error.body or ""
    assert type(error).__name__ == sdk_text.python_exception(status, body.content_type, sent)
    expected = sdk_text.python_text(status, body.content_type, sent)
    if type(error).__name__ == sdk_text.UNREADABLE_422:  # pydantic's report follows the first line
        assert str(error).split("\n")[0] == expected
    else:
        assert str(error) == expected


def test_typescript_sdk_prints_what_the_catalog_says(mock_url) -> None:
    bases = {_base(mock_url, e, b): (e, b) for e, b in FORCEABLE}
    done = subprocess.run(["node", "--import", "tsx", "tests/harness/node/print_errors.ts"], cwd=ROOT,
                          input="\n".join(bases), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == len(bases)
    for line in lines:
        entry, body = bases[line["serverURL"]]
        status = entry.status_of(body)
        sent = entry.render(body).decode()
        assert line["error"] == sdk_text.typescript_exception(status, body.content_type, sent), line
        expected = sdk_text.typescript_text(status, body.content_type, sent)
        # A templated body is filled in from the request, and a 422's message is a JSON dump
        # (typescript_text gives None): only the class is compared for those.
        if expected is not None and "${" not in (body.raw or json.dumps(body.json_)):
            assert line["message"] == expected, line

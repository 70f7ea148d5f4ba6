# Put on PYTHONPATH by the tests, never by a snippet: every request to api.mistral.ai goes to the
# mock instead, whatever server the code names, so the snippet runs unchanged.
import os

if os.environ.get("SNIPPET_BASE_URL"):
    import mock_redirect

    mock_redirect.install(os.environ["SNIPPET_BASE_URL"])

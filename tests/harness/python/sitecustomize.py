# Put on PYTHONPATH by the tests, never by a snippet: points the SDK's default server at the mock,
# so the snippet runs unchanged (sdk-behaviour.md, "How the runs were pointed at the mock").
import os

if os.environ.get("SNIPPET_BASE_URL"):
    import mistralai.client.sdkconfiguration as _config

    _config.SERVERS["global"] = os.environ["SNIPPET_BASE_URL"]

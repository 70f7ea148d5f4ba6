"""docs/errors/404-not-found.md (404 and 405). The fixes reuse chat_basic.*, run by home.py."""

from snippet_runner import Run

RUNS = [
    # What you see: the SDKs on a 404 (the body of an unknown path), curl on a wrong path.
    Run("python/notfound_base_url_v1.py", "python-notfound_chat_basic.txt", exit_code=1, compare="tail"),
    Run("python/notfound_base_url.py", "chat_basic.txt"),
    Run("typescript/notfound_base_url.ts", "chat_basic.txt"),
    Run("typescript/notfound_base_url_v1.ts", "typescript-notfound_chat_basic.txt", exit_code=1, compare="line"),
    Run("curl/notfound_wrong_path.sh", "curl-notfound_wrong_path.txt"),
    Run("curl/notfound_wrong_path.sh", "curl-notfound_wrong_path-gateway.txt", "not-found-404:gateway"),
]

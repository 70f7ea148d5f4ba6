"""docs/errors/400-context-length.md."""

from snippet_runner import Run

RUNS = [
    # What you see: the mock counts one token per word and compares with context_k * 1024 of data/models.yml.
    Run("python/context_too_long.py", "python-context_too_long.txt", exit_code=1, compare="tail"),
    # The TypeScript SDK puts a body over 100 characters on its own line, after "SDKError: ... Status 400".
    Run("typescript/context_too_long.ts", "typescript-context_too_long.txt", exit_code=1, compare="lines"),
    Run("curl/context_too_long.sh", "curl-context_too_long.txt"),
    # Fix: trim the history to a budget.
    Run("python/context_trim.py", "context_trim.txt"),
    Run("typescript/context_trim.ts", "context_trim.txt"),
    # Catch it: the prompt is too long, or (body from the catalog) an argument the model does not support.
    Run("python/context_catch.py", "context_catch.txt", exit_code=1),
    Run("python/context_catch.py", "context_catch-unsupported.txt", "context-length:unsupported-argument",
        exit_code=1),
    Run("typescript/context_catch.ts", "context_catch.txt", exit_code=1),
    Run("typescript/context_catch.ts", "context_catch-unsupported.txt", "context-length:unsupported-argument",
        exit_code=1),
]

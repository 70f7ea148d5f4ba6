"""docs/errors/403-forbidden.md."""

from snippet_runner import Run

RUNS = [
    # What you see: the tier body (known from third-party code) and the empty body (observed).
    Run("python/chat_basic.py", "python-forbidden_chat_basic-tier.txt", "model-not-on-plan", exit_code=1,
        compare="tail"),
    Run("python/chat_basic.py", "python-forbidden_chat_basic-empty.txt", "forbidden-empty", exit_code=1,
        compare="tail"),
    Run("typescript/chat_basic.ts", "typescript-forbidden_chat_basic-empty.txt", "forbidden-empty", exit_code=1,
        compare="line"),
    Run("curl/chat_basic.sh", "curl-forbidden_chat_basic-tier.txt", "model-not-on-plan"),
    Run("curl/chat_basic.sh", "curl-forbidden_chat_basic-empty.txt", "forbidden-empty"),
    # Fall back to a model on the plan: the first call gets a 403, the second succeeds.
    Run("python/forbidden_fallback.py", "forbidden_fallback-403.txt", "forbidden-403,ok"),
    Run("python/forbidden_fallback.py", "forbidden_fallback-ok.txt"),
    Run("typescript/forbidden_fallback.ts", "forbidden_fallback-403.txt", "forbidden-403,ok"),
    Run("curl/forbidden_fallback.sh", "curl-forbidden_fallback-403.txt", "forbidden-403,ok"),
]

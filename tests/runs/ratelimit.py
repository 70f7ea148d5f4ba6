"""docs/errors/429-rate-limited.md (the retry helper's runs are in tests/runs/retry.py)."""

from snippet_runner import Run

RUNS = [
    # What you see.
    Run("python/chat_basic.py", "python-ratelimit_chat_basic.txt", "rate-limited", exit_code=1, compare="tail"),
    Run("python/chat_basic.py", "python-ratelimit_chat_basic-gateway.txt", "rate-limited:gateway", exit_code=1,
        compare="tail"),
    Run("typescript/chat_basic.ts", "typescript-ratelimit_chat_basic.txt", "rate-limited", exit_code=1,
        compare="lines"),
    Run("curl/chat_basic.sh", "curl-ratelimit_chat_basic.txt", "rate-limited"),
    # Read the rate-limit headers.
    Run("python/ratelimit_headers.py", "ratelimit_headers-ok.txt"),
    Run("typescript/ratelimit_headers.ts", "ratelimit_headers-ok.txt"),
    Run("curl/ratelimit_headers.sh", "curl-ratelimit_headers-ok.txt"),
    Run("python/ratelimit_headers.py", "ratelimit_headers-429.txt", "rate-limited"),
    Run("python/ratelimit_headers.py", "ratelimit_headers-not-on-plan.txt", "rate-limit-not-on-plan"),
    Run("typescript/ratelimit_headers.ts", "ratelimit_headers-not-on-plan.txt", "rate-limit-not-on-plan"),
    Run("curl/ratelimit_headers.sh", "curl-ratelimit_headers-not-on-plan.txt", "rate-limit-not-on-plan"),
]

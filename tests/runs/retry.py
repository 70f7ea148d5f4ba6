"""The retry helper and the SDKs' own retries: docs/errors/429-rate-limited.md#retry-only-what-waiting-can-fix,
linked from 429-capacity-exceeded.md and 5xx-server-errors.md. Unit tests: tests/test_retry_helpers.py."""

from snippet_runner import Run

RUNS = [
    # The helper's demo: two 429s with Retry-After 1 (one real second each), then the answer.
    Run("python/retry_helper.py", "retry_helper-rate-limit.txt", "rate-limit-then-ok"),
    Run("typescript/retry_helper.ts", "retry_helper-rate-limit.txt", "rate-limit-then-ok"),
    # Two 503s without Retry-After: jittered waits, so only the last lines are fixed.
    Run("python/retry_helper.py", "retry_helper-server-error.txt", "server-error-then-ok", compare="tail"),
    Run("typescript/retry_helper.ts", "retry_helper-server-error.txt", "server-error-then-ok", compare="tail"),
    # Not retried: one attempt each.
    Run("python/retry_helper.py", "retry_helper-401.txt", "revoked-key", exit_code=1),
    Run("python/retry_helper.py", "python-retry_helper-not-on-plan.txt", "rate-limit-not-on-plan", exit_code=1),
    Run("typescript/retry_helper.ts", "typescript-retry_helper-not-on-plan.txt", "rate-limit-not-on-plan",
        exit_code=1),
    # The SDKs' own retries, turned on.
    Run("python/retry_sdk_config.py", "chat_basic.txt", "rate-limit-then-ok"),
    Run("typescript/retry_sdk_config.ts", "chat_basic.txt", "rate-limit-then-ok"),
    # curl --retry.
    Run("curl/retry_curl.sh", "curl-retry_curl-rate-limit.txt", "rate-limit-then-ok"),
    Run("curl/retry_curl.sh", "curl-retry_curl-401.txt", "revoked-key", exit_code=22),
]

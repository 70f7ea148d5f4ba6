"""docs/errors/5xx-server-errors.md (the retry helper's runs are in tests/runs/retry.py)."""

from snippet_runner import Run

RUNS = [
    # What you see.
    Run("python/chat_basic.py", "python-server_chat_basic-500.txt", "server-5xx", exit_code=1, compare="tail"),
    Run("python/chat_basic.py", "python-server_chat_basic-502.txt", "server-5xx:bad-gateway", exit_code=1,
        compare="tail"),
    Run("python/chat_basic.py", "python-server_chat_basic-503.txt", "server-5xx:unavailable", exit_code=1,
        compare="tail"),
    Run("python/chat_basic.py", "python-server_chat_basic-504.txt", "gateway-timeout", exit_code=1, compare="tail"),
    Run("python/chat_basic.py", "python-server_chat_basic-520.txt", "cloudflare-520", exit_code=1, compare="tail"),
    Run("typescript/chat_basic.ts", "typescript-server_chat_basic-504.txt", "gateway-timeout", exit_code=1,
        compare="line"),
    Run("typescript/chat_basic.ts", "typescript-server_chat_basic-520.txt", "cloudflare-520", exit_code=1,
        compare="lines"),
    Run("curl/chat_basic.sh", "curl-server_chat_basic-504.txt", "gateway-timeout"),
]

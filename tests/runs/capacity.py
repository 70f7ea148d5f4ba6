"""docs/errors/429-capacity-exceeded.md."""

from snippet_runner import Run

RUNS = [
    # What you see.
    Run("python/chat_basic.py", "python-capacity_chat_basic.txt", "capacity-exceeded", exit_code=1, compare="tail"),
    Run("python/chat_basic.py", "python-capacity_chat_basic-untyped.txt", "capacity-exceeded:untyped", exit_code=1,
        compare="tail"),
    Run("python/chat_basic.py", "python-capacity_chat_basic-503.txt", "capacity-503", exit_code=1, compare="tail"),
    Run("typescript/chat_basic.ts", "typescript-capacity_chat_basic.txt", "capacity-exceeded", exit_code=1,
        compare="lines"),
    Run("curl/chat_basic.sh", "curl-capacity_chat_basic.txt", "capacity-exceeded"),
    # Another model.
    Run("python/capacity_fallback.py", "capacity_fallback-429.txt", "capacity-exceeded:untyped,ok"),
    Run("typescript/capacity_fallback.ts", "capacity_fallback-429.txt", "capacity-exceeded,ok"),
    Run("python/capacity_fallback.py", "capacity_fallback-503.txt", "capacity-exceeded:as-503,ok"),
]

"""docs/index.md: one call that works."""

from snippet_runner import Run

RUNS = [
    Run("python/chat_basic.py", "chat_basic.txt"),
    Run("typescript/chat_basic.ts", "chat_basic.txt"),
    Run("curl/chat_basic.sh", "curl-chat_basic.txt"),
]

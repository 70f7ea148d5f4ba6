"""docs/topics/streaming.md."""

from snippet_runner import Run

RUNS = [
    # What you see.
    Run("python/stream_v0_style.py", "python-stream_v0_style.txt", exit_code=1, compare="tail"),
    Run("typescript/stream_mistakes_typeerror.ts", "typescript-stream_mistakes_typeerror.txt", exit_code=2,
        typecheck=True),
    Run("python/stream_chat.py", "python-stream_chat-error.txt", "stream-error", exit_code=1, compare="tail"),
    Run("typescript/stream_chat.ts", "typescript-stream_chat-error.txt", "stream-error", exit_code=1,
        compare="lines"),
    Run("python/stream_chat.py", "python-stream_chat-cut.txt", "stream-cut", exit_code=1, compare="tail"),
    Run("typescript/stream_chat.ts", "typescript-stream_chat-cut.txt", "stream-cut", exit_code=1, compare="line"),
    Run("curl/stream_sse.sh", "curl-stream_sse-error.txt", "stream-error"),
    Run("curl/stream_sse.sh", "curl-stream_sse-cut.txt", "stream-cut", exit_code=18),
    # A stream loop that prints the text and the usage.
    Run("python/stream_chat.py", "stream_chat.txt"),
    Run("typescript/stream_chat.ts", "stream_chat.txt"),
    Run("curl/stream_sse.sh", "curl-stream_sse.txt"),
    # One that notices an incomplete answer.
    Run("python/stream_safe.py", "stream_safe-ok.txt"),
    Run("python/stream_safe.py", "python-stream_safe-cut.txt", "stream-cut", exit_code=1),
    Run("python/stream_safe.py", "python-stream_safe-error.txt", "stream-error", exit_code=1),
    Run("typescript/stream_safe.ts", "stream_safe-ok.txt"),
    Run("typescript/stream_safe.ts", "typescript-stream_safe-cut.txt", "stream-cut", exit_code=1),
    Run("typescript/stream_safe.ts", "typescript-stream_safe-error.txt", "stream-error", exit_code=1),
    # Async Python.
    Run("python/stream_async.py", "chat_basic.txt"),
    Run("python/stream_async_no_await.py", "python-stream_async_no_await.txt", exit_code=1, compare="tail"),
    # stream_options: 422.
    Run("curl/stream_options.sh", "curl-stream_options.txt"),
]

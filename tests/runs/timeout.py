"""docs/topics/timeouts.md."""

from snippet_runner import Run

RUNS = [
    # What you see: a timeout, and a connection dropped halfway through a (non-streamed) answer.
    Run("python/timeout_too_short.py", "python-timeout_too_short.txt", "slow:2", exit_code=1, compare="tail"),
    Run("python/chat_basic.py", "python-timeout_chat_basic-cut.txt", "cut:0", exit_code=1, compare="tail"),
    Run("typescript/chat_basic.ts", "typescript-timeout_chat_basic-cut.txt", "cut:0", exit_code=1, compare="line"),
    Run("curl/chat_basic.sh", "curl-timeout_chat_basic-cut.txt", "cut:0", exit_code=18, compare="line"),
    # Python: a timeout, retries of timeouts, the classes to catch.
    Run("python/timeout_catch.py", "chat_basic.txt", "slow:2,ok"),
    Run("python/timeout_catch.py", "python-timeout_catch-slow.txt", "slow:2", exit_code=1),
    Run("python/timeout_catch.py", "python-timeout_catch-cut.txt", "cut:0", exit_code=1),
    # A custom httpx2 client's timeout is ignored: 0.5 s, yet the 1 s answer arrives.
    Run("python/timeout_custom_client.py", "chat_basic.txt", "slow:1"),
    # timeout_ms is per read: a pause in a stream longer than it raises mid-loop.
    Run("python/timeout_stream.py", "python-timeout_stream-stall.txt", "stall:2:1", exit_code=1),
    # TypeScript: the fetcher-level timeout (timeoutMs itself fires unreliably on Node 20, so no run
    # relies on it).
    Run("typescript/timeout_fetcher.ts", "chat_basic.txt", "slow:2,ok"),
    Run("typescript/timeout_fetcher.ts", "typescript-timeout_fetcher-slow.txt", "slow:2", exit_code=1),
    Run("typescript/timeout_fetcher.ts", "typescript-timeout_fetcher-stall.txt", "stall:2:1", exit_code=1),
    Run("typescript/timeout_fetcher.ts", "typescript-timeout_fetcher-cut.txt", "stream-cut", exit_code=1),
    # curl --max-time: the line after curl's own message (which gives the milliseconds it waited).
    Run("curl/timeout_max_time.sh", "curl-timeout_max_time.txt", "slow:2", compare="line"),
    # Can this machine reach the API at all?
    Run("curl/timeout_reach_api.sh", "curl-timeout_reach_api.txt"),
]

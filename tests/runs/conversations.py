"""docs/topics/conversations.md."""

from snippet_runner import Run

RUNS = [
    # Start a conversation with a model, then append to it.
    Run("python/conversations_start.py", "conversations_start.txt"),
    Run("typescript/conversations_start.ts", "conversations_start.txt"),
    Run("curl/conversations_start.sh", "curl-conversations_start.txt"),
    # A function.call with no function.result: 400, integer code 3230, caught and fixed.
    Run("python/conversations_function_calls.py", "python-conversations_function_calls.txt"),
    Run("typescript/conversations_function_calls.ts", "typescript-conversations_function_calls.txt"),
    Run("curl/conversations_function_calls.sh", "curl-conversations_function_calls.txt"),
    # An append before the function results it waits for: 400, code 3001 (the mock sends it in a
    # scenario: it keeps no conversations). The fix answers the ids the message lists.
    Run("python/conversations_pending_results.py", "conversations_pending_results.txt",
        scenario="ok,conversations-validation:pending-results,ok"),
    Run("typescript/conversations_pending_results.ts", "conversations_pending_results.txt",
        scenario="ok,conversations-validation:pending-results,ok"),
    # An append with a key it does not take (tools): 422 in the Conversations API's shape, code 3001.
    Run("curl/conversations_append_extra.sh", "curl-conversations_append_extra.txt"),
    # /v1/conversation (singular) is no path: 404.
    Run("curl/conversations_wrong_path.sh", "curl-conversations_wrong_path.txt"),
]

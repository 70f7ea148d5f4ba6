"""docs/errors/400-message-order.md."""

from snippet_runner import Run

RUNS = [
    # What you see: the mock applies the order rules of mockapi/rules.py by itself.
    Run("python/msgorder_user_after_tool.py", "python-msgorder_user_after_tool.txt", exit_code=1, compare="tail"),
    Run("python/msgorder_last_assistant.py", "python-msgorder_last_assistant.txt", exit_code=1, compare="tail"),
    # The TypeScript SDK puts a body over 100 characters on its own line, after "SDKError: ... Status 400".
    Run("typescript/msgorder_user_after_tool.ts", "typescript-msgorder_user_after_tool.txt", exit_code=1,
        compare="lines"),
    Run("curl/msgorder_user_after_tool.sh", "curl-msgorder_user_after_tool.txt"),
    Run("curl/msgorder_last_assistant.sh", "curl-msgorder_last_assistant.txt"),
    # Fix: a final assistant message marked as a prefix.
    Run("python/msgorder_prefix.py", "chat_basic.txt"),
    Run("typescript/msgorder_prefix.ts", "chat_basic.txt"),
    Run("curl/msgorder_prefix.sh", "curl-msgorder_prefix.txt"),
    # Fix: the tool round trip in the order the API accepts.
    Run("python/msgorder_tool_round_trip.py", "python-msgorder_tool_round_trip.txt"),
    Run("typescript/msgorder_tool_round_trip.ts", "typescript-msgorder_tool_round_trip.txt"),
    Run("curl/msgorder_tool_order.sh", "curl-msgorder_tool_order.txt"),
]

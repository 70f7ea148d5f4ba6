"""docs/errors/400-bad-request.md."""

from snippet_runner import Run

RUNS = [
    # What you see: the older body with a message, and the empty body.
    Run("python/chat_basic.py", "python-badrequest_chat_basic-invalid.txt", "bad-request-400", exit_code=1,
        compare="tail"),
    Run("python/chat_basic.py", "python-badrequest_chat_basic-empty.txt", "bad-request-empty", exit_code=1,
        compare="tail"),
    Run("typescript/chat_basic.ts", "typescript-badrequest_chat_basic-empty.txt", "bad-request-empty", exit_code=1,
        compare="line"),
    Run("curl/chat_basic.sh", "curl-badrequest_chat_basic-invalid.txt", "bad-request-400"),
    Run("curl/chat_basic.sh", "curl-badrequest_chat_basic-empty.txt", "bad-request-empty"),
    # Log what a 400 needs to be diagnosed.
    Run("python/badrequest_log_error.py", "python-badrequest_log_error-invalid.txt", "bad-request-400", exit_code=1),
    Run("python/badrequest_log_error.py", "python-badrequest_log_error-empty.txt", "bad-request-empty", exit_code=1),
    Run("python/badrequest_log_error.py", "chat_basic.txt"),
    Run("typescript/badrequest_log_error.ts", "typescript-badrequest_log_error-invalid.txt", "bad-request-400",
        exit_code=1),
    Run("typescript/badrequest_log_error.ts", "typescript-badrequest_log_error-empty.txt", "bad-request-empty",
        exit_code=1),
    # A body that is not UTF-8 (what the mock, like FastAPI, answers), and one that is.
    Run("curl/badrequest_latin1_body.sh", "curl-badrequest_latin1_body.txt"),
    Run("curl/badrequest_utf8_body.sh", "curl-badrequest_utf8_body.txt"),
]

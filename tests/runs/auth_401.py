"""docs/errors/401-unauthorized.md."""

from snippet_runner import TEST_KEY, Run

UNSET = None  # MISTRAL_API_KEY absent from the environment

RUNS = [
    # What you see.
    Run("python/chat_basic.py", "python-chat_basic-401.txt", "revoked-key", exit_code=1, compare="tail"),
    Run("python/chat_basic.py", "python-chat_basic-401-gateway.txt", "revoked-key-gateway", exit_code=1,
        compare="tail"),
    Run("python/auth_empty_key.py", "python-auth_empty_key.txt", api_key=UNSET, exit_code=1, compare="tail"),
    Run("python/auth_empty_key.py", "python-auth_empty_key-newline.txt", api_key=TEST_KEY + "\n", exit_code=1,
        compare="tail"),
    Run("typescript/chat_basic.ts", "typescript-chat_basic-401.txt", "revoked-key", exit_code=1, compare="line"),
    Run("typescript/chat_basic.ts", "typescript-chat_basic-401.txt", api_key=UNSET, exit_code=1, compare="line"),
    # fetch trims header values, so the TypeScript SDK sends a key with a trailing newline intact.
    Run("typescript/chat_basic.ts", "chat_basic.txt", api_key=TEST_KEY + "\n"),
    Run("curl/chat_basic.sh", "curl-chat_basic-401.txt", "revoked-key"),
    Run("curl/chat_basic.sh", "curl-chat_basic-401-gateway.txt", "revoked-key-gateway"),
    # The key check.
    Run("python/auth_check_key.py", "auth_check_key-ok.txt"),
    Run("python/auth_check_key.py", "auth_check_key-unset.txt", api_key=UNSET, exit_code=1),
    Run("python/auth_check_key.py", "auth_check_key-newline.txt", api_key=f'"{TEST_KEY}"\n'),
    Run("python/auth_check_key.py", "auth_check_key-401.txt", "revoked-key", exit_code=1),
    Run("typescript/auth_check_key.ts", "auth_check_key-ok.txt"),
    Run("typescript/auth_check_key.ts", "auth_check_key-unset.txt", api_key=UNSET, exit_code=1),
    Run("typescript/auth_check_key.ts", "auth_check_key-newline.txt", api_key=f'"{TEST_KEY}"\n'),
    Run("typescript/auth_check_key.ts", "auth_check_key-401.txt", "revoked-key", exit_code=1),
    Run("curl/auth_check_key.sh", "auth_check_key-ok.txt"),
    Run("curl/auth_check_key.sh", "curl-auth_check_key-unset.txt", api_key=UNSET, exit_code=1),
    Run("curl/auth_check_key.sh", "auth_check_key-ok.txt", api_key=f'"{TEST_KEY}"\n'),
    Run("curl/auth_check_key.sh", "curl-auth_check_key-401.txt", "revoked-key", exit_code=1),
    # Stop on a 401.
    Run("python/auth_catch_401.py", "python-auth_catch_401.txt", "revoked-key"),
    Run("python/auth_catch_401.py", "chat_basic.txt"),
    Run("typescript/auth_catch_401.ts", "typescript-auth_catch_401.txt", "revoked-key"),
    Run("typescript/auth_catch_401.ts", "chat_basic.txt"),
    Run("curl/auth_fail_on_error.sh", "curl-auth_fail_on_error-401.txt", "revoked-key"),
]

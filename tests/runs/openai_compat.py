"""docs/topics/openai-compatible.md."""

from snippet_runner import Run

UNSET = None  # MISTRAL_API_KEY absent from the environment

RUNS = [
    # A call that works.
    Run("python/openai_chat.py", "chat_basic.txt"),
    Run("typescript/openai_chat.ts", "chat_basic.txt"),
    # What you see: an OpenAI parameter.
    Run("python/openai_max_completion_tokens.py", "python-openai_max_completion_tokens.txt", exit_code=1,
        compare="tail"),
    Run("typescript/openai_max_completion_tokens.ts", "typescript-openai_max_completion_tokens.txt", exit_code=1,
        compare="line"),
    Run("python/openai_catch_422.py", "python-openai_catch_422.txt", exit_code=1),
    Run("typescript/openai_catch_422.ts", "typescript-openai_catch_422.txt", exit_code=1),
    # Fixes: Mistral's names, Mistral's own parameters.
    Run("python/openai_mistral_params.py", "chat_basic.txt"),
    Run("typescript/openai_mistral_params.ts", "chat_basic.txt"),
    Run("python/openai_random_seed_kwarg.py", "python-openai_random_seed_kwarg.txt", exit_code=1, compare="tail"),
    Run("typescript/openai_random_seed_typeerror.ts", "typescript-openai_random_seed_typeerror.txt", exit_code=2,
        typecheck=True),
    # The key: the openai package reads OPENAI_API_KEY.
    Run("python/openai_no_key.py", "python-openai_no_key.txt", exit_code=1, compare="tail"),
    Run("typescript/openai_chat.ts", "typescript-openai_chat-no-key.txt", api_key=UNSET, exit_code=1, compare="line"),
    Run("python/openai_chat.py", "python-openai_chat-401.txt", "revoked-key", exit_code=1, compare="tail"),
    Run("typescript/openai_chat.ts", "typescript-openai_chat-401.txt", "revoked-key", exit_code=1, compare="line"),
    # Each status's exception, and the package's own retries (two by default, on 429 and 5xx).
    Run("python/openai_errors.py", "python-openai_errors-retried.txt", "rate-limit-then-ok"),
    Run("python/openai_errors.py", "python-openai_errors-401.txt", "revoked-key", exit_code=1),
    Run("python/openai_errors.py", "python-openai_errors-403.txt", "model-not-on-plan", exit_code=1),
    Run("python/openai_errors.py", "python-openai_errors-429.txt", "rate-limited", exit_code=1),
    Run("python/openai_errors.py", "python-openai_errors-503.txt", "server-5xx:unavailable", exit_code=1),
    Run("typescript/openai_errors.ts", "typescript-openai_errors-retried.txt", "rate-limit-then-ok"),
    Run("typescript/openai_errors.ts", "typescript-openai_errors-401.txt", "revoked-key", exit_code=1),
    Run("typescript/openai_errors.ts", "typescript-openai_errors-403.txt", "model-not-on-plan", exit_code=1),
    Run("typescript/openai_errors.ts", "typescript-openai_errors-429.txt", "rate-limited", exit_code=1),
    Run("typescript/openai_errors.ts", "typescript-openai_errors-503.txt", "server-5xx:unavailable", exit_code=1),
]

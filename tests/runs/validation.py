"""docs/errors/422-validation.md."""

from snippet_runner import Run

RUNS = [
    # What you see: a value out of range (SDKs), OpenAI-only keys (curl).
    Run("python/validation_temperature.py", "python-validation_temperature.txt", exit_code=1, compare="tail"),
    Run("typescript/validation_temperature.ts", "typescript-validation_temperature.txt", exit_code=1,
        compare="line"),
    Run("curl/validation_openai_keys.sh", "curl-validation_openai_keys.txt"),
    # Fixes: read loc and msg; use Mistral's names.
    Run("python/validation_catch_422.py", "validation_catch_422.txt", exit_code=1),
    Run("python/validation_catch_422.py", "validation_catch_422-wrapped.txt", "validation-422:wrapped", exit_code=1),
    Run("typescript/validation_catch_422.ts", "validation_catch_422.txt", exit_code=1),
    Run("python/validation_mistral_names.py", "chat_basic.txt"),
    Run("typescript/validation_mistral_names.ts", "chat_basic.txt"),
    Run("curl/validation_mistral_keys.sh", "curl-validation_mistral_keys.txt"),
    # A system prompt as Anthropic-style blocks (string_type), and as a string.
    Run("curl/validation_system_blocks.sh", "curl-validation_system_blocks.txt"),
    Run("curl/validation_system_text.sh", "curl-validation_system_text.txt"),
    # Keys an SDK never sends: a TypeError in Python, a compile error in TypeScript.
    Run("python/validation_camel_case.py", "python-validation_camel_case.txt", exit_code=1, compare="tail"),
    Run("typescript/validation_snake_case_typeerror.ts", "typescript-validation_snake_case_typeerror.txt",
        exit_code=2, typecheck=True),
]

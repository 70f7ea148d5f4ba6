"""docs/topics/json-mode.md."""

from snippet_runner import Run

RUNS = [
    # What you see: JSON mode off, so the answer (the mock's plain text) does not parse.
    Run("python/json_prompt_only.py", "python-json_prompt_only.txt", exit_code=1, compare="tail"),
    Run("typescript/json_dropped_key.ts", "typescript-json_dropped_key.txt", exit_code=1, compare="lines"),
    Run("curl/json_schema_no_name.sh", "curl-json_schema_no_name.txt"),
    # JSON mode.
    Run("python/json_object.py", "python-json_object.txt"),
    Run("typescript/json_object.ts", "typescript-json_object.txt"),
    Run("curl/json_object.sh", "curl-json_object.txt"),
    # A schema: the dict key is "schema"; TypeScript's is schemaDefinition.
    Run("python/json_schema.py", "python-json_schema.txt"),
    Run("typescript/json_schema.ts", "typescript-json_schema.txt"),
    Run("curl/json_schema.sh", "curl-json_schema.txt"),
    Run("typescript/json_schema_key_typeerror.ts", "typescript-json_schema_key_typeerror.txt", exit_code=2,
        typecheck=True),
    Run("python/json_parse.py", "json_parse.txt"),
    # The guard around json.loads / JSON.parse.
    Run("python/json_guard.py", "python-json_guard.txt"),
    Run("typescript/json_guard.ts", "typescript-json_guard.txt"),
]

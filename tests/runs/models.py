"""docs/models.md."""

from snippet_runner import Run

RUNS = [
    # The mock answers 400 invalid_model for IDs that data/models.yml marks retired.
    Run("curl/models_retired.sh", "curl-models_retired.txt"),
    # Deprecated IDs with their deprecation date and replacement, from GET /v1/models.
    Run("python/models_deprecated.py", "models_deprecated.txt"),
    Run("typescript/models_deprecated.ts", "models_deprecated.txt"),
    Run("curl/models_deprecated.sh", "models_deprecated.txt"),
]

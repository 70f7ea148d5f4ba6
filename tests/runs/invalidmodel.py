"""docs/errors/400-invalid-model.md."""

from snippet_runner import Run

RUNS = [
    # What you see: the mock answers any ID that data/models.yml does not serve with 400 invalid_model.
    Run("python/invalidmodel_wrong_name.py", "python-invalidmodel_wrong_name.txt", exit_code=1, compare="tail"),
    # The TypeScript SDK puts a body over 100 characters on its own line, after "SDKError: ... Status 400".
    Run("typescript/invalidmodel_wrong_name.ts", "typescript-invalidmodel_wrong_name.txt", exit_code=1,
        compare="lines"),
    Run("curl/invalidmodel_wrong_name.sh", "curl-invalidmodel_wrong_name.txt"),
    # Which names GET /v1/models lists.
    Run("python/invalidmodel_list.py", "invalidmodel_list.txt"),
    Run("typescript/invalidmodel_list.ts", "invalidmodel_list.txt"),
    Run("curl/invalidmodel_list.sh", "invalidmodel_list.txt"),
    # Catch the 400 invalid_model and name the model.
    Run("python/invalidmodel_catch.py", "invalidmodel_catch.txt", exit_code=1),
    Run("typescript/invalidmodel_catch.ts", "invalidmodel_catch.txt", exit_code=1),
    Run("curl/invalidmodel_catch.sh", "curl-invalidmodel_catch.txt", exit_code=1),
]

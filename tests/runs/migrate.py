"""docs/topics/sdk-migration.md."""

from snippet_runner import Run

RUNS = [
    # Old code on mistralai 3.x: one error each (the traceback's last line).
    Run("python/migrate_import_mistral.py", "python-migrate_import_mistral.txt", exit_code=1, compare="tail"),
    Run("python/migrate_module_attribute.py", "python-migrate_module_attribute.txt", exit_code=1, compare="tail"),
    Run("python/migrate_v0_chatmessage.py", "python-migrate_v0_chatmessage.txt", exit_code=1, compare="tail"),
    Run("python/migrate_v0_exceptions.py", "python-migrate_v0_exceptions.txt", exit_code=1, compare="tail"),
    Run("python/migrate_v0_chat_call.py", "python-migrate_v0_chat_call.txt", exit_code=1, compare="tail"),
    # TypeScript: the error classes are not exported by the package root.
    Run("typescript/migrate_sdkerror_typeerror.ts", "typescript-migrate_sdkerror_typeerror.txt", exit_code=2,
        typecheck=True),
    Run("typescript/migrate_sdkerror_typeerror.ts", "typescript-migrate_sdkerror_typeerror-run.txt", exit_code=1,
        compare="line"),
    # The working imports, and which version is installed.
    Run("python/migrate_version.py", "python-migrate_version.txt"),
    Run("python/migrate_imports.py", "chat_basic.txt"),
    Run("python/migrate_imports.py", "migrate_imports-401.txt", "revoked-key"),
    Run("typescript/migrate_imports.ts", "chat_basic.txt"),
    Run("typescript/migrate_imports.ts", "migrate_imports-401.txt", "revoked-key"),
]

"""docs/topics/fine-tuning.md."""

from snippet_runner import Run

RUNS = [
    # Upload a JSONL file with purpose batch, then create a batch job that reads it.
    Run("python/batch_create.py", "batch_create.txt"),
    Run("typescript/batch_create.ts", "batch_create.txt"),
    Run("curl/batch_create.sh", "curl-batch_create.txt"),
    # A .zip uploaded with purpose ocr: 422 Invalid file format., caught.
    Run("python/files_ocr_format.py", "python-files_ocr_format.txt"),
    Run("typescript/files_ocr_format.ts", "typescript-files_ocr_format.txt"),
    Run("curl/files_ocr_format.sh", "curl-files_ocr_format.txt"),
    # The fine-tuning API is retired: 410 on the wire, no method in either SDK.
    Run("curl/fine_tuning_retired.sh", "curl-fine_tuning_retired.txt"),
    Run("python/fine_tuning_jobs.py", "fine_tuning_jobs.txt", exit_code=1, compare="tail"),
    Run("typescript/fine_tuning_jobs_typeerror.ts", "fine_tuning_jobs_typeerror.txt", exit_code=2,
        compare="line", typecheck=True),
]

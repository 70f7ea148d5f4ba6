"""The support bundle of every error page (macros/support.py: support_bundle())."""

from snippet_runner import Run

RUNS = [
    # A 500: each prints the time first (it changes with every run, so the expected files leave
    # it out; tests/test_support_bundle.py checks that line), then the lines compared here.
    Run("python/support_bundle.py", "python-support_bundle.txt", "server-5xx", exit_code=1, compare="lines"),
    Run("typescript/support_bundle.ts", "typescript-support_bundle.txt", "server-5xx", exit_code=1,
        compare="lines"),
    Run("curl/support_bundle.sh", "curl-support_bundle.txt", "server-5xx", compare="lines"),
]

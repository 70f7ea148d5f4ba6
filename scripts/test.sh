#!/usr/bin/env bash
# Runs every test: sets up on a fresh machine, then pytest (snippets against the mock, the build, guards).
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k auth`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec python -m pytest "$@"

#!/usr/bin/env bash
# Prints the site's figures: build time, page weight, Lighthouse, search latency, test-suite time
# and the mock's throughput. Not a test: it only reports. Sets up like test.sh, then runs
# scripts/benchmark.py; extra arguments go to it (e.g. --skip-suite, --only search, --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec python scripts/benchmark.py "$@"

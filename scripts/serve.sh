#!/usr/bin/env bash
# Builds and serves the site on http://127.0.0.1:8000/ (sets up on a fresh machine first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec mkdocs serve --strict --dev-addr "${ADDR:-127.0.0.1:8000}" "$@"

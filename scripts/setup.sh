#!/usr/bin/env bash
# Installs everything the site and the tests need, and nothing twice: each step is skipped
# while the file it installs from is unchanged. Sourced by serve.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

stamp_dir=.setup-stamps
mkdir -p "$stamp_dir"
# unchanged FILE: true when FILE's hash matches the one recorded by the last successful install.
unchanged() { [ -f "$stamp_dir/$1" ] && sha256sum -c --quiet "$stamp_dir/$1" 2>/dev/null; }
record() { sha256sum "$1" >"$stamp_dir/$1"; }

need_apt=()
command -v curl >/dev/null || need_apt+=(curl)
command -v node >/dev/null || need_apt+=(nodejs npm)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)   # the browser tests (search, decoder)
python3 -c 'import venv, ensurepip' 2>/dev/null || need_apt+=(python3 python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
  rm -f "$stamp_dir/requirements.txt" "$stamp_dir/constraints.txt"
fi
if ! unchanged requirements.txt || ! unchanged constraints.txt; then
  echo "setup: installing Python packages (requirements.txt, constraints.txt)"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt -c constraints.txt
  record requirements.txt
  record constraints.txt
fi

if [ ! -d node_modules ] || ! unchanged package-lock.json; then
  echo "setup: installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  record package-lock.json
fi

export PATH="$PWD/.venv/bin:$PWD/node_modules/.bin:$PATH"
export NO_MKDOCS_2_WARNING=1

#!/usr/bin/env bash
# Create .venv at the repository root and install flashpoint with its pinned,
# hash-checked dependencies (requirements/*.lock).  `--test` adds the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
lock=requirements/main.lock
[[ "${1:-}" == "--test" ]] && lock=requirements/test.lock
python=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r "$lock"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
# The dashboard's browser tests drive Debian's Chromium (never a downloaded browser).
if [[ "${1:-}" == "--test" && ! -x /usr/bin/chromium ]]; then
    apt-get update -qq && apt-get install -y --no-install-recommends chromium
fi
# The embedded gazetteer, built offline from the installed packages (~15 s, ~30 MB).
.venv/bin/flashpoint gazetteer build

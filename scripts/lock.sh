#!/usr/bin/env bash
# Regenerate the pinned, hashed dependency locks from pyproject.toml (needs `uv`).
set -euo pipefail
cd "$(dirname "$0")/.."
uv=${UV:-.venv/bin/uv}
"$uv" pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes -o requirements/main.lock -q
"$uv" pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --extra test -o requirements/test.lock -q

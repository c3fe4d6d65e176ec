#!/usr/bin/env bash
# Quick start: set everything up, then run the chat on the bundled corpus at http://127.0.0.1:7860
# (setup builds the bundled corpus's index once; the chat finds it up to date).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
exec .venv/bin/policyqa chat "$@"

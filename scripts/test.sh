#!/usr/bin/env bash
# Set up (with test tools) and run the whole test suite: lint, type-check, unit, integration, e2e.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh --test
export GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
echo "== ruff";  .venv/bin/ruff check rag index ui eval prompts tests
echo "== mypy";  .venv/bin/mypy
echo "== pytest"; .venv/bin/python -m pytest -m "integration or e2e or not (integration or e2e)" "$@"

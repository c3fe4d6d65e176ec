#!/usr/bin/env bash
# Build llama.cpp's llama-server from the sources inside the pinned llama-cpp-python sdist, into a
# cache folder outside the clone, and print the path of the binary.
#
#   scripts/build_llama_server.sh [--flavor portable|native]
#
# portable (default): GGML_BACKEND_DL with a chosen set of CPU variants (x86-64 baseline, SSE4.2,
#   AVX, AVX2 (haswell), AVX_VNNI (alderlake), AVX-512 (skylakex, icelake) and AVX-512 + BF16
#   (zen4)). At run time llama.cpp loads the best variant this CPU supports, so the same build runs
#   on any x86-64 machine. The AMX variant (sapphirerapids) is deliberately not built: on Xeons that
#   advertise AMX, the process may not be granted AMX tile state and the AMX kernels crash
#   (SIGSEGV / illegal instruction). Without it such CPUs use the AVX-512 + BF16 variant.
# native: GGML_NATIVE=ON, everything this CPU has (AMX included). Only ever kept after the
#   generation smoke test passes (scripts/setup.sh does that); not portable to other CPUs.
#
# The cache key is the llama-cpp-python version, the flavor and BUILD_REV (bump it whenever the flags
# or the variant set change), so an unchanged build is reused and a changed one builds afresh (CI
# keeps it between runs on the same machine; a new machine builds from nothing, about 15-20 minutes
# on 2 cores). Cache root: $POLICYQA_BUILD_CACHE, default ~/.cache/policyqa.
set -euo pipefail

FLAVOR=portable
while [[ $# -gt 0 ]]; do
    case $1 in
        --flavor) FLAVOR=$2; shift 2 ;;
        *) echo "usage: $0 [--flavor portable|native]" >&2; exit 2 ;;
    esac
done
[[ $FLAVOR == portable || $FLAVOR == native ]] || { echo "error: unknown flavor $FLAVOR" >&2; exit 2; }

LLAMA_CPP_VERSION=0.3.36
BUILD_REV=1
CACHE_ROOT=${POLICYQA_BUILD_CACHE:-$HOME/.cache/policyqa}
DEST=$CACHE_ROOT/llama-server-$LLAMA_CPP_VERSION-$FLAVOR-r$BUILD_REV
PYTHON=${PYTHON:-python3}

if [[ -x $DEST/bin/llama-server && -f $DEST/.complete ]]; then
    echo "$DEST/bin/llama-server"
    exit 0
fi

for tool in cmake c++ make; do
    command -v "$tool" >/dev/null || { echo "error: $tool is needed to build llama-server (apt-get install cmake g++ make)" >&2; exit 1; }
done

mkdir -p "$CACHE_ROOT"
WORK=$(mktemp -d "$CACHE_ROOT/build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "building llama-server ($FLAVOR) from llama-cpp-python $LLAMA_CPP_VERSION sources..." >&2
started=$SECONDS
"$PYTHON" -m pip download --quiet --no-deps --no-binary :all: --disable-pip-version-check \
    -d "$WORK/sdist" "llama-cpp-python==$LLAMA_CPP_VERSION" >&2
tar -xzf "$WORK"/sdist/llama_cpp_python-*.tar.gz -C "$WORK"
SRC=$(echo "$WORK"/llama_cpp_python-*/vendor/llama.cpp)
# ggml builds every listed CPU variant as a dependency of its loader; keep the list to the chosen
# ones (each variant is a full compile of the CPU backend). Should the list's wording change in a
# future llama.cpp, nothing breaks: the extra variants are built, and the AMX one is removed below.
sed -i -E '/ggml_add_cpu_backend_variant\((ivybridge|piledriver|cannonlake|cascadelake|cooperlake|sapphirerapids)[ )]/s/^/#/' \
    "$SRC/ggml/src/CMakeLists.txt"

common=(
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=ON
    # The binary finds its libraries (and the CPU variants) beside itself wherever it is copied.
    -DCMAKE_BUILD_WITH_INSTALL_RPATH=ON "-DCMAKE_INSTALL_RPATH=\$ORIGIN"
    -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF
    -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF
)
targets=(llama-server)
if [[ $FLAVOR == portable ]]; then
    flags=(-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON)
    for variant in x64 sse42 sandybridge haswell alderlake skylakex icelake zen4; do
        targets+=("ggml-cpu-$variant")
    done
else
    flags=(-DGGML_NATIVE=ON)
fi

cmake -S "$SRC" -B "$WORK/build" "${common[@]}" "${flags[@]}" >"$WORK/configure.log" 2>&1 \
    || { tail -30 "$WORK/configure.log" >&2; echo "error: cmake configure failed" >&2; exit 1; }
cmake --build "$WORK/build" --parallel "${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}" --target "${targets[@]}" \
    >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log" >&2; echo "error: llama-server build failed" >&2; exit 1; }

staging=$WORK/out
mkdir -p "$staging/bin"
cp -a "$WORK/build/bin/llama-server" "$staging/bin/"
cp -a "$WORK"/build/bin/*.so* "$staging/bin/"
# Never ship the AMX variant in a portable build, even if a future llama.cpp adds it to a target.
rm -f "$staging"/bin/libggml-cpu-sapphirerapids*.so
echo "$FLAVOR llama-cpp-python==$LLAMA_CPP_VERSION" >"$staging/.complete"
rm -rf "$DEST"
mv "$staging" "$DEST"
echo "llama-server built in $((SECONDS - started)) s" >&2
echo "$DEST/bin/llama-server"

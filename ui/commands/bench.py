"""``policyqa bench``: build and retrieval cost at ×1, ×10, ×100 the corpus, per search backend."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from eval.bench import BACKENDS, growth_table, run_bench
from eval.bench import __doc__ as BENCH_DOC
from index.errors import PolicyQAError
from ui.commands.common import EXIT_USAGE, add_common, fail, settings_from


def _scales(top: int) -> list[int]:
    """×1, then every power of ten up to ``top``, and ``top`` itself."""
    out, k = [1], 10
    while k < top:
        out.append(k)
        k *= 10
    if top > 1:
        out.append(top)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa bench", description=BENCH_DOC,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common(p)
    p.add_argument("--qa", type=Path, default=None,
                   help="questions to time retrieval with (JSONL with a 'question' field; "
                        "default: one question per notice, from its title)")
    p.add_argument("--questions", type=int, default=100)
    p.add_argument("--scale", type=int, default=10,
                   help="largest synthetic corpus, as a multiple of the corpus (×1, ×10 … up to it; 1: only ×1)")
    p.add_argument("--backends", default=",".join(BACKENDS),
                   help=f"comma-separated chunk-search backends to compare ({', '.join(BACKENDS)})")
    p.add_argument("--milvus", default=None,
                   help="Milvus URI for the milvus backend (default: a milvus-lite file in a temporary folder)")
    p.add_argument("--replicate", type=int, default=None, help=argparse.SUPPRESS)  # the old name of --scale
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if not backends or any(b not in BACKENDS for b in backends):
        return fail(f"--backends takes {', '.join(BACKENDS)}", EXIT_USAGE)
    top = args.replicate if args.replicate is not None else args.scale
    if top < 1:
        return fail("--scale must be at least 1", EXIT_USAGE)
    settings = settings_from(args)
    say = (lambda _m: None) if args.json else (lambda m: print(m, file=sys.stderr, flush=True))
    try:
        out = run_bench(settings, args.qa, args.questions, _scales(top), backends, args.milvus, log=say)
    except (PolicyQAError, OSError) as exc:
        return fail(str(exc))
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"model: {settings.embedding_model} (load {out['model_load_s']} s); "
          f"retrieval: hybrid, {args.questions} questions at most, query embedding included")
    print("\n".join(growth_table(out)))
    return 0

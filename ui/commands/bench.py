"""``policyqa bench``: index build and retrieval cost, on the corpus and on it replicated N times."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from eval.bench import __doc__ as BENCH_DOC
from eval.bench import run_bench
from ui.commands.common import add_common, settings_from


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa bench", description=BENCH_DOC,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common(p)
    p.add_argument("--qa", type=Path, default=None,
                   help="questions to time retrieval with (JSONL with a 'question' field; "
                        "default: one question per notice, from its title)")
    p.add_argument("--questions", type=int, default=100)
    p.add_argument("--replicate", type=int, default=10, help="synthetic corpus size multiple (0: skip)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    settings = settings_from(args)
    out = run_bench(settings, args.qa, args.questions, args.replicate, progress=not args.json)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    x1 = out["x1"]
    print(f"model: {settings.embedding_model} (load {out['model_load_s']} s)")
    print(f"x1: {x1['documents']} documents, {x1['chunks']} chunks; cold build {x1['build_s']} s "
          f"({x1['chunks_per_s']} chunks/s); retrieval p50 {x1['retrieval']['p50_ms']:.1f} ms, "
          f"p95 {x1['retrieval']['p95_ms']:.1f} ms; peak RSS {x1['peak_rss_mb']} MB")
    key = f"x{args.replicate}"
    if key in out:
        xn = out[key]
        print(f"{key}: {xn['documents']} documents, {xn['chunks']} chunks; build "
              f"{xn['build_s_extrapolated']} s extrapolated ({xn['build_s_measured_without_embedding']} s "
              f"measured without embedding); retrieval p50 {xn['retrieval']['p50_ms']:.1f} ms, "
              f"p95 {xn['retrieval']['p95_ms']:.1f} ms; peak RSS {xn['peak_rss_mb']} MB")
    return 0

"""``policyqa eval``: run a Q&A set in one process; write predictions, metrics and a report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.run import ANSWER_METRICS, MODES, RETRIEVAL_METRICS, load_qa, run_evaluation
from ui.commands.common import add_common, settings_from


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa eval", description=__doc__)
    add_common(p)
    p.add_argument("--qa", type=Path, required=True, help="JSONL questions (schema of the dev set)")
    p.add_argument("--out", type=Path, required=True, help="output folder")
    p.add_argument("--retrieval-only", action="store_true")
    p.add_argument("--mode", choices=MODES, default="hybrid", help="retrieval mode of the predictions")
    p.add_argument("--llm", choices=["local", "openai", "extractive"], default=None)
    p.add_argument("--compare-llm", action="append", default=[],
                   help="also answer with this backend for the report (repeatable)")
    p.add_argument("--limit", type=int, default=None, help="first N questions only")
    args = p.parse_args(argv)
    items = load_qa(args.qa)
    if args.limit:
        items = items[: args.limit]
    settings = settings_from(args)
    from rag.runtime import open_runtime

    rt = open_runtime(settings, progress=True)
    backends: list[str] = []
    if not args.retrieval_only:
        backends = [args.llm or settings.llm.backend, *[b for b in args.compare_llm if b != args.llm]]
    metrics = run_evaluation(rt, items, args.out, mode=args.mode, backends=backends, log=_log)
    _print_summary(metrics)
    print(f"wrote {args.out / 'predictions.jsonl'}, metrics.json, report.md")
    return 0


def _log(msg: str) -> None:
    print(msg, file=sys.stderr)


def _fmt(v: Any) -> str:
    return "—" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))


def _print_summary(metrics: dict[str, Any]) -> None:
    print(f"{'mode':<8} " + " ".join(f"{m:>14}" for m in RETRIEVAL_METRICS) + f" {'p50 ms':>8} {'p95 ms':>8}")
    for mode, m in metrics["retrieval"].items():
        o = m["overall"]
        print(f"{mode:<8} " + " ".join(f"{_fmt(o[k]):>14}" for k in RETRIEVAL_METRICS)
              + f" {_fmt(m['latency_ms']['p50']):>8} {_fmt(m['latency_ms']['p95']):>8}")
    for backend, m in metrics.get("answers", {}).items():
        o = m["overall"]
        print(f"answers[{backend}] " + " ".join(f"{k}={_fmt(o[k])}" for k in ANSWER_METRICS)
              + f" first_content_p50={_fmt(m['latency_ms']['first_content_ms']['p50'])}"
              + f" first_model_token_p50={_fmt(m['latency_ms']['first_model_token_ms']['p50'])}"
              + f" total_p50={_fmt(m['latency_ms']['total_ms']['p50'])} fallbacks={m['fallbacks']}")

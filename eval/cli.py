"""``policyqa eval``: run a Q&A set in one process; write predictions, metrics and a report.

Input: JSON lines with at least ``id`` and ``question``; ``sources``, ``evidence``, ``key_facts``,
``type``, ``corpus_file`` and ``history`` (earlier turns, for follow-ups) are used when present.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval import metrics as M
from eval.report import write_report
from index.store import IndexLoadError
from rag.cli import add_common, fail, settings_from

MODES = ("hybrid", "dense", "bm25")
RETRIEVAL_METRICS = ("hit@1", "hit@5", "mrr", "evidence@1000", "evidence@2000")
ANSWER_METRICS = ("key_fact_recall", "citation_precision", "citation_recall", "refusal_correct",
                  "false_refusal")


def load_qa(path: Path) -> list[dict[str, Any]]:
    items = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc})") from exc
            if not isinstance(item, dict) or not item.get("question"):
                raise ValueError(f"{path}:{n}: needs at least a 'question' field")
            item.setdefault("id", f"q{n}")
            items.append(item)
    return items


def hit_row(h: Any) -> dict[str, Any]:
    c = h.chunk
    return {"rank": h.rank, "doc_number": c.doc_number, "title": c.title, "section": c.section_path,
            "corpus_file": c.corpus_file, "text": h.text, "score": round(float(h.score), 6)}


def summarise(rows: list[dict[str, Any]], names: Sequence[str]) -> dict[str, Any]:
    return {
        "overall": {"n": len(rows), **{m: M.mean(r.get(m) for r in rows) for m in names}},
        "by_type": M.grouped(rows, lambda r: r.get("type") or "?", names),
        "by_corpus_file": M.grouped(rows, lambda r: r.get("corpus_file") or "?", names),
    }


def eval_main(argv: Sequence[str] | None = None) -> int:
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
    try:
        items = load_qa(args.qa)
    except (OSError, ValueError) as exc:
        return fail(str(exc))
    if args.limit:
        items = items[: args.limit]
    settings = settings_from(args)
    from rag.runtime import open_runtime

    try:
        rt = open_runtime(settings, progress=True)
    except (IndexLoadError, OSError) as exc:
        return fail(str(exc))
    args.out.mkdir(parents=True, exist_ok=True)

    # Retrieval for every mode (cheap), so the report shows what each part adds.
    per_mode: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
    predictions: list[dict[str, Any]] = []
    for item in items:
        for mode in MODES:
            res = rt.retriever.retrieve(item["question"], mode=mode)  # type: ignore[arg-type]
            retrieved = [hit_row(h) for h in res.hits]
            scores = M.retrieval_scores(item, retrieved) or {}
            per_mode[mode].append({"id": item["id"], "type": item.get("type"),
                                   "corpus_file": item.get("corpus_file"),
                                   "latency_ms": res.latency_ms["retrieval_ms"], **scores})
            if mode == args.mode:
                predictions.append({"id": item["id"], "question": item["question"], "retrieved": retrieved,
                                    "latency_ms": {"retrieval": round(res.latency_ms["retrieval_ms"], 2)}})
    answerable = [i for i, it in enumerate(items) if it.get("sources")]
    metrics: dict[str, Any] = {"n_questions": len(items), "mode": args.mode, "retrieval": {}}
    for mode in MODES:
        rows = [per_mode[mode][i] for i in answerable]
        metrics["retrieval"][mode] = summarise(rows, RETRIEVAL_METRICS)
        lat = [r["latency_ms"] for r in per_mode[mode]]
        metrics["retrieval"][mode]["latency_ms"] = {"p50": M.percentile(lat, 50), "p95": M.percentile(lat, 95)}

    if not args.retrieval_only:
        from eval.answering import answer_all

        backends = [args.llm or settings.llm.backend, *[b for b in args.compare_llm if b != args.llm]]
        metrics["answers"] = {}
        for k, backend in enumerate(backends):
            rows = answer_all(rt, items, backend, predictions if k == 0 else None, log=_log)
            metrics["answers"][backend] = summarise(rows, ANSWER_METRICS)
            metrics["answers"][backend]["latency_ms"] = {
                name: {"p50": M.percentile([r[name] for r in rows if r.get(name) is not None], 50),
                       "p95": M.percentile([r[name] for r in rows if r.get(name) is not None], 95)}
                for name in LATENCIES}
            metrics["answers"][backend]["fallbacks"] = sum(1 for r in rows if r.get("fallback"))

    with (args.out / "predictions.jsonl").open("w", encoding="utf-8") as fh:
        for row in predictions:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (args.out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    write_report(args.out, metrics, per_mode)
    _print_summary(metrics)
    print(f"wrote {args.out / 'predictions.jsonl'}, metrics.json, report.md")
    return 0


# First content: the evidence (or the refusal) a reader sees; first model token: the model's text.
LATENCIES = ("first_content_ms", "first_model_token_ms", "total_ms")


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


if __name__ == "__main__":
    t = time.perf_counter()
    code = eval_main()
    print(f"{time.perf_counter() - t:.1f} s", file=sys.stderr)
    sys.exit(code)

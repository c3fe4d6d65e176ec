"""Running a Q&A set in one process: retrieval in every mode, then answers per backend; the metrics.

Input: JSON lines with at least ``id`` and ``question``; ``sources`` (or one ``notice``), ``evidence``, ``key_facts``,
``type``, ``corpus_file`` and ``history`` (earlier turns, for follow-ups) are used when present.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval import metrics as M
from eval.report import write_report
from index.errors import InputError
from rag.runtime import Runtime

MODES = ("hybrid", "dense", "bm25")
RETRIEVAL_METRICS = ("hit@1", "hit@5", "mrr", "evidence@1000", "evidence@2000")
ANSWER_METRICS = ("key_fact_recall", "citation_precision", "citation_recall", "refusal_correct",
                  "false_refusal")
# First content: the evidence (or the refusal) a reader sees; first model token: the model's text.
LATENCIES = ("first_content_ms", "first_model_token_ms", "total_ms")


def load_qa(path: Path) -> list[dict[str, Any]]:
    items = []
    if not path.is_file():
        raise InputError(f"question file not found: {path}")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc})") from exc
            if not isinstance(item, dict) or not item.get("question"):
                raise InputError(f"{path}:{n}: needs at least a 'question' field")
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


def retrieval_runs(rt: Runtime, items: Sequence[dict[str, Any]], mode: str
                   ) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """Retrieval for every mode (cheap), so the report shows what each part adds; the predictions
    of ``mode``."""
    per_mode: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
    predictions: list[dict[str, Any]] = []
    for item in items:
        for m in MODES:
            res = rt.retriever.retrieve(item["question"], mode=m)  # type: ignore[arg-type]
            retrieved = [hit_row(h) for h in res.hits]
            scores = M.retrieval_scores(item, retrieved) or {}
            per_mode[m].append({"id": item["id"], "type": item.get("type"),
                                "corpus_file": item.get("corpus_file"),
                                "latency_ms": res.latency_ms["retrieval_ms"], **scores})
            if m == mode:
                predictions.append({"id": item["id"], "question": item["question"], "retrieved": retrieved,
                                    "latency_ms": {"retrieval": round(res.latency_ms["retrieval_ms"], 2)}})
    return per_mode, predictions


def retrieval_metrics(items: Sequence[dict[str, Any]], per_mode: dict[str, list[dict[str, Any]]]
                      ) -> dict[str, Any]:
    answerable = [i for i, it in enumerate(items) if M.gold_sources(it)]
    out: dict[str, Any] = {}
    for mode in MODES:
        rows = [per_mode[mode][i] for i in answerable]
        out[mode] = summarise(rows, RETRIEVAL_METRICS)
        lat = [r["latency_ms"] for r in per_mode[mode]]
        out[mode]["latency_ms"] = {"p50": M.percentile(lat, 50), "p95": M.percentile(lat, 95)}
    return out


def answer_metrics(rt: Runtime, items: Sequence[dict[str, Any]], backends: Sequence[str],
                   predictions: list[dict[str, Any]], log: Callable[[str], None]) -> dict[str, Any]:
    """Answer every question with each backend; the first backend's answers join the predictions."""
    from eval.answering import answer_all

    out: dict[str, Any] = {}
    for k, backend in enumerate(backends):
        rows = answer_all(rt, list(items), backend, predictions if k == 0 else None, log=log)
        out[backend] = summarise(rows, ANSWER_METRICS)
        out[backend]["latency_ms"] = {
            name: {"p50": M.percentile([r[name] for r in rows if r.get(name) is not None], 50),
                   "p95": M.percentile([r[name] for r in rows if r.get(name) is not None], 95)}
            for name in LATENCIES}
        out[backend]["fallbacks"] = sum(1 for r in rows if r.get("fallback"))
        out[backend]["verifier"] = M.verifier_stats(rows)
        out[backend]["validity"] = M.validity_stats(rows)
    return out


def run_evaluation(rt: Runtime, items: Sequence[dict[str, Any]], out_dir: Path, *, mode: str = "hybrid",
                   backends: Sequence[str] = (), log: Callable[[str], None] = print) -> dict[str, Any]:
    """Evaluate, write predictions.jsonl, metrics.json and report.md into ``out_dir``; the metrics.

    No ``backends``: retrieval only."""
    out_dir.mkdir(parents=True, exist_ok=True)
    per_mode, predictions = retrieval_runs(rt, items, mode)
    metrics: dict[str, Any] = {"n_questions": len(items), "mode": mode,
                               "retrieval": retrieval_metrics(items, per_mode)}
    if backends:
        metrics["answers"] = answer_metrics(rt, items, backends, predictions, log)
    with (out_dir / "predictions.jsonl").open("w", encoding="utf-8") as fh:
        for row in predictions:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out_dir / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    write_report(out_dir, metrics, per_mode)
    return metrics

"""Answer every question of an evaluation set with one backend and score the answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eval import metrics as M
from index.errors import QuestionError
from rag.chain import AnswerEngine
from rag.lookup import VALIDITY_HEADING
from rag.runtime import Runtime
from rag.schema import Turn


def _history(item: dict[str, Any]) -> list[Turn]:
    turns = []
    for h in item.get("history") or []:
        if isinstance(h, dict) and h.get("question"):
            turns.append(Turn(h["question"], h.get("answer", "")))
    return turns


def answer_all(rt: Runtime, items: list[dict[str, Any]], backend: str,
               predictions: list[dict[str, Any]] | None, log: Callable[[str], None]) -> list[dict[str, Any]]:
    """Per-question answer metrics; when ``predictions`` is given, the answers are added to it."""
    engine = AnswerEngine(rt)
    status = engine.warm_up(backend)
    if not status["llm_available"] and backend != "extractive":
        log(f"[{backend}] {status['llm_message']}")
    rows = []
    for k, item in enumerate(items):
        try:
            ans = engine.answer(item["question"], _history(item), item.get("persona") or "public",
                                backend=backend)
        except QuestionError as exc:
            log(f"[{backend}] {item['id']}: {exc}")
            continue
        cites = [c.to_json() for c in ans.citations]
        precision, recall = M.citation_scores(cites, M.gold_sources(item))
        answerable = M.answerable(item)
        row = {
            "id": item["id"], "type": item.get("type"), "corpus_file": item.get("corpus_file"),
            "key_fact_recall": M.key_fact_recall(ans.text, item.get("key_facts") or []) if answerable else None,
            "citation_precision": precision if not ans.refused else None,
            "citation_recall": recall,
            "refusal_correct": None if answerable else float(ans.refused),
            "false_refusal": float(ans.refused) if answerable else None,
            "first_content_ms": ans.latency_ms.get("first_content_ms"),
            "first_model_token_ms": ans.latency_ms.get("first_model_token_ms"),
            "total_ms": ans.latency_ms.get("total_ms"),
            "fallback": bool(ans.fallback_reason), "backend": ans.backend,
            "claims_checked": ans.checked,
            "removed_reasons": [r.reason for r in ans.removed],
            "cited_not_in_force": sum(1 for c in ans.citations if c.validity is not None
                                      and c.validity.status in ("expired", "repealed", "amended", "draft")),
            "validity_noted": VALIDITY_HEADING in ans.text or ans.backend == "lookup",
        }
        rows.append(row)
        if predictions is not None:
            predictions[k].update({
                "answer": ans.text, "evidence": ans.evidence.text if ans.evidence else None,
                "refused": ans.refused, "backend": ans.backend, "fallback_reason": ans.fallback_reason,
                "citations": [{"doc_number": c["doc_number"], "title": c["title"], "section": c["section"],
                               "quote": c["quote"], "validity": c["validity"]} for c in cites],
                "rewritten_question": ans.rewritten_question,
                "sentences": [c.to_json() for c in ans.claims], "removed": [r.to_json() for r in ans.removed],
            })
            predictions[k]["latency_ms"].update(
                {key.removesuffix("_ms"): round(ans.latency_ms[key], 1)
                 for key in ("first_content_ms", "first_model_token_ms", "total_ms") if key in ans.latency_ms})
        if (k + 1) % 10 == 0:
            log(f"[{backend}] {k + 1}/{len(items)} answered")
    return rows

"""Evaluation metrics: plain data in, numbers out. No models, no I/O."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from typing import Any

import numpy as np

from index.docnumber import doc_number_key, normalize_doc_number
from index.titles import normalize_title, nospace

REFUSAL_MARK = "文件中未找到相关规定"


def squash(text: str | None) -> str:
    return nospace(text or "")


def same_notice(pred_number: str | None, pred_title: str | None, gold: dict[str, Any]) -> bool:
    """A passage comes from a gold notice: same 文号, or same title when the gold has no 文号."""
    g_num = gold.get("doc_number")
    if g_num:
        return doc_number_key(pred_number) == doc_number_key(g_num)
    gt = normalize_title(gold.get("doc_title"), drop_brackets=True)
    pt = normalize_title(pred_title, drop_brackets=True)
    return bool(gt and pt) and (gt in pt or pt in gt)


def longest_common_run(a: str, b: str) -> int:
    if not a or not b:
        return 0
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return int(m.size)


def evidence_found(evidence: str | None, context: str, threshold: float = 0.6) -> bool:
    """Gold evidence is found when a run of ≥60% of it (whitespace removed) occurs in the context."""
    ev = squash(evidence)
    if not ev:
        return False
    return longest_common_run(ev, squash(context)) >= threshold * len(ev)


def context_prefix(texts: Sequence[str], limit: int) -> str:
    """The first ``limit`` characters (whitespace removed) of the passages in rank order."""
    return "".join(squash(t) for t in texts)[:limit]


def first_gold_rank(retrieved: Sequence[dict[str, Any]], sources: Sequence[dict[str, Any]]) -> int | None:
    for r in retrieved:
        if any(same_notice(r.get("doc_number"), r.get("title"), g) for g in sources):
            return int(r["rank"])
    return None


def gold_sources(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The notices that answer a Q&A item: its ``sources``, else the one ``notice`` it names (a 文号
    or, for a notice without one, its title)."""
    if item.get("sources"):
        return list(item["sources"])
    notice = (item.get("notice") or "").strip()
    if not notice:
        return []
    return [{"doc_number": notice} if normalize_doc_number(notice) else {"doc_title": notice}]


def answerable(item: dict[str, Any]) -> bool:
    """Whether the documents answer the item: it names its notices or its key facts and is not
    marked ``unanswerable``."""
    return item.get("type") != "unanswerable" and bool(gold_sources(item) or item.get("key_facts"))


def retrieval_scores(item: dict[str, Any], retrieved: Sequence[dict[str, Any]]) -> dict[str, float] | None:
    """Per-question retrieval figures; None for unanswerable questions (nothing to find)."""
    sources = gold_sources(item)
    if not sources:
        return None
    rank = first_gold_rank(retrieved, sources)
    texts = [r["text"] for r in retrieved]
    out = {
        "hit@1": float(rank == 1),
        "hit@5": float(rank is not None and rank <= 5),
        "mrr": 1.0 / rank if rank else 0.0,
    }
    if item.get("evidence"):
        out["evidence@1000"] = float(evidence_found(item["evidence"], context_prefix(texts, 1000)))
        out["evidence@2000"] = float(evidence_found(item["evidence"], context_prefix(texts, 2000)))
    return out


def key_fact_recall(answer: str, key_facts: Sequence[str]) -> float | None:
    if not key_facts:
        return None
    a = squash(answer)
    return sum(1 for f in key_facts if squash(f) in a) / len(key_facts)


def citation_scores(citations: Sequence[dict[str, Any]], sources: Sequence[dict[str, Any]]
                    ) -> tuple[float | None, float | None]:
    """(precision, recall) of cited notices against the gold sources."""
    if not sources:
        return None, None
    if not citations:
        return 0.0, 0.0
    good = [c for c in citations if any(same_notice(c.get("doc_number"), c.get("title"), g) for g in sources)]
    covered = [g for g in sources if any(same_notice(c.get("doc_number"), c.get("title"), g) for c in citations)]
    return len(good) / len(citations), len(covered) / len(sources)


def percentile(values: Iterable[float], q: float) -> float | None:
    vals = [v for v in values if v is not None]
    return float(np.percentile(vals, q)) if vals else None


def mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return float(sum(vals) / len(vals)) if vals else None


def grouped(rows: Sequence[dict[str, Any]], key: Callable[[dict[str, Any]], str], metric_names: Sequence[str]
            ) -> dict[str, dict[str, float | int | None]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    return {g: {"n": len(rs), **{m: mean(r.get(m) for r in rs) for m in metric_names}}
            for g, rs in sorted(groups.items())}


def verifier_stats(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """What the claim verifier did over a run: sentences checked, removed, and why."""
    reasons: dict[str, int] = defaultdict(int)
    for r in rows:
        for reason in r.get("removed_reasons") or ():
            reasons[reason] += 1
    checked = sum(int(r.get("claims_checked") or 0) for r in rows)
    removed = sum(reasons.values())
    return {"claims_checked": checked, "claims_removed": removed,
            "removed_share": removed / checked if checked else None,
            "answers_with_removals": sum(1 for r in rows if r.get("removed_reasons")),
            "by_reason": dict(sorted(reasons.items(), key=lambda kv: -kv[1]))}


def validity_stats(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """How often answers rest on a notice not (fully) in force on the day asked, and whether they say so."""
    resting = [r for r in rows if r.get("cited_not_in_force")]
    return {"answers_citing_not_in_force": len(resting),
            "of_which_said_so": sum(1 for r in resting if r.get("validity_noted")),
            "lookups": sum(1 for r in rows if r.get("backend") == "lookup")}

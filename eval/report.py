"""Markdown report with a plot, written next to metrics.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

RETRIEVAL_COLS = ("hit@1", "hit@5", "mrr", "evidence@1000", "evidence@2000")
M_EMPTY: dict[str, Any] = {"claims_checked": 0, "claims_removed": 0, "removed_share": None,
                           "answers_with_removals": 0, "by_reason": {}}
ANSWER_COLS = ("key_fact_recall", "citation_precision", "citation_recall", "refusal_correct", "false_refusal")


def _f(v: Any) -> str:
    if v is None:
        return "—"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_f(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _plot(out: Path, metrics: dict[str, Any]) -> str | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    modes = list(metrics["retrieval"])
    fig, ax = plt.subplots(figsize=(8, 3.5))
    width = 0.8 / max(len(modes), 1)
    for k, mode in enumerate(modes):
        vals = [metrics["retrieval"][mode]["overall"].get(c) or 0.0 for c in RETRIEVAL_COLS]
        ax.bar([i + k * width for i in range(len(RETRIEVAL_COLS))], vals, width, label=mode)
    ax.set_xticks([i + width * (len(modes) - 1) / 2 for i in range(len(RETRIEVAL_COLS))])
    ax.set_xticklabels(RETRIEVAL_COLS)
    ax.set_ylim(0, 1.05)
    ax.set_title("Retrieval by mode")
    ax.legend(loc="lower right")
    fig.tight_layout()
    name = "retrieval.png"
    fig.savefig(out / name, dpi=110)
    plt.close(fig)
    return name


def _pair(p: dict[str, Any]) -> str:
    def one(v: Any) -> str:
        return "—" if v is None or v != v else f"{v:.0f}"
    return f"{one(p.get('p50'))} / {one(p.get('p95'))}"


def write_report(out: Path, metrics: dict[str, Any], per_mode: dict[str, list[dict[str, Any]]]) -> Path:
    parts = [f"# Evaluation report\n\n{metrics['n_questions']} questions; predictions use mode "
             f"`{metrics['mode']}`.\n", "## Retrieval by mode\n"]
    rows = []
    for mode, m in metrics["retrieval"].items():
        rows.append([mode, *[m["overall"].get(c) for c in RETRIEVAL_COLS], m["latency_ms"]["p50"],
                     m["latency_ms"]["p95"]])
    parts.append(_table(["mode", *RETRIEVAL_COLS, "p50 ms", "p95 ms"], rows))
    img = _plot(out, metrics)
    if img:
        parts.append(f"\n![retrieval by mode]({img})\n")
    main = metrics["retrieval"][metrics["mode"]]
    for key, title in (("by_type", "question type"), ("by_corpus_file", "corpus file")):
        parts.append(f"\n### {metrics['mode']} by {title}\n")
        parts.append(_table([title, "n", *RETRIEVAL_COLS],
                            [[g, v["n"], *[v.get(c) for c in RETRIEVAL_COLS]] for g, v in main[key].items()]))
    answers = metrics.get("answers") or {}
    if answers:
        parts.append("\n## Answers by model\n")
        parts.append(_table(
            ["model", *ANSWER_COLS, "first content p50/p95 ms", "first model token p50/p95 ms",
             "total p50/p95 ms", "fallbacks"],
            [[b, *[m["overall"].get(c) for c in ANSWER_COLS],
              *[_pair(m["latency_ms"][k]) for k in ("first_content_ms", "first_model_token_ms", "total_ms")],
              m["fallbacks"]] for b, m in answers.items()]))
        parts.append("\n### Claim verifier\n")
        parts.append(_table(
            ["model", "sentences checked", "removed", "share removed", "answers with removals", "removed by reason"],
            [[b, v["claims_checked"], v["claims_removed"], v["removed_share"], v["answers_with_removals"],
              ", ".join(f"{k} {n}" for k, n in v["by_reason"].items()) or "-"]
             for b, m in answers.items() for v in [m.get("verifier") or M_EMPTY]]))
        parts.append("\n### Validity (as of the day asked)\n")
        parts.append(_table(
            ["model", "answers citing a notice not in force", "of which said so", "answered from the validity graph"],
            [[b, v.get("answers_citing_not_in_force"), v.get("of_which_said_so"), v.get("lookups")]
             for b, m in answers.items() for v in [m.get("validity") or {}]]))
        for b, m in answers.items():
            parts.append(f"\n### {b} by question type\n")
            parts.append(_table(["type", "n", *ANSWER_COLS],
                                [[g, v["n"], *[v.get(c) for c in ANSWER_COLS]] for g, v in m["by_type"].items()]))
    path = out / "report.md"
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return path

"""User feedback (👍/👎 with an optional reason), and ``policyqa feedback export``.

Rows live in the app's database (``ui.database``): ``<settings.home>/feedback.sqlite3`` in WAL mode
by default, so the chat server can write while an export reads, or PostgreSQL shared by replicas.
One connection per call keeps it safe across Gradio's worker threads.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from rag.schema import Answer
from ui.database import SQLITE_FILE, Database, now

FILENAME = SQLITE_FILE


def feedback_path(home: Path) -> Path:
    return home / FILENAME


class FeedbackStore:
    """Feedback rows in the app's database (``ui.database``: SQLite, or PostgreSQL shared by replicas)."""

    def __init__(self, db: Database | Path, replica: str | None = None):
        self.db = db if isinstance(db, Database) else Database(f"sqlite:///{db}")
        self.replica = replica

    def add(self, *, question: str, answer: str, citations: Sequence[dict[str, Any]], rating: int,
            reason: str | None = None, model: str | None = None, persona: str | None = None,
            refused: bool = False, time: str | None = None) -> int:
        if rating not in (-1, 1):
            raise ValueError("rating must be 1 (👍) or -1 (👎)")
        return self.db.execute(
            "INSERT INTO feedback (time, question, answer, citations, rating, reason, model, persona,"
            " refused, replica) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (time or now(), question, answer, json.dumps(list(citations), ensure_ascii=False), rating,
             (reason or "").strip() or None, model, persona, int(refused), self.replica), returning_id=True)

    def add_answer(self, answer: Answer, rating: int, reason: str | None = None,
                   persona: str | None = None) -> int:
        return self.add(question=answer.question, answer=answer.text,
                        citations=[c.to_json() for c in answer.citations], rating=rating, reason=reason,
                        model=answer.backend, persona=persona, refused=answer.refused)

    def rows(self) -> Iterator[dict[str, Any]]:
        for r in self.db.query("SELECT * FROM feedback ORDER BY id"):
            yield {
                "id": r["id"], "question": r["question"], "answer": r["answer"],
                "citations": json.loads(r["citations"]),
                "rating": "up" if r["rating"] > 0 else "down", "reason": r["reason"],
                "model": r["model"], "persona": r["persona"], "refused": bool(r["refused"]),
                "time": r["time"], "replica": r.get("replica"),
            }

    def export_jsonl(self, out: Any) -> int:
        n = 0
        for row in self.rows():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n

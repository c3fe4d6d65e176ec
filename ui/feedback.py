"""User feedback (👍/👎 with an optional reason) in SQLite, and ``policyqa feedback export``.

The database lives at ``<settings.home>/feedback.sqlite3`` in WAL mode so the chat server can write
while an export reads. One connection per call keeps it safe across Gradio's worker threads.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from rag.schema import Answer

FILENAME = "feedback.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    reason TEXT,
    model TEXT,
    persona TEXT,
    refused INTEGER NOT NULL DEFAULT 0
)
"""


def feedback_path(home: Path) -> Path:
    return home / FILENAME


class FeedbackStore:
    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as con:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute(_SCHEMA)
            con.commit()

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=10)
        con.row_factory = sqlite3.Row
        return con

    def add(self, *, question: str, answer: str, citations: Sequence[dict[str, Any]], rating: int,
            reason: str | None = None, model: str | None = None, persona: str | None = None,
            refused: bool = False, time: str | None = None) -> int:
        if rating not in (-1, 1):
            raise ValueError("rating must be 1 (👍) or -1 (👎)")
        stamp = time or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with closing(self._connect()) as con:
            cur = con.execute(
                "INSERT INTO feedback (time, question, answer, citations, rating, reason, model, persona,"
                " refused) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (stamp, question, answer, json.dumps(list(citations), ensure_ascii=False), rating,
                 (reason or "").strip() or None, model, persona, int(refused)))
            con.commit()
            return int(cur.lastrowid or 0)

    def add_answer(self, answer: Answer, rating: int, reason: str | None = None,
                   persona: str | None = None) -> int:
        return self.add(question=answer.question, answer=answer.text,
                        citations=[c.to_json() for c in answer.citations], rating=rating, reason=reason,
                        model=answer.backend, persona=persona, refused=answer.refused)

    def rows(self) -> Iterator[dict[str, Any]]:
        with closing(self._connect()) as con:
            for r in con.execute("SELECT * FROM feedback ORDER BY id"):
                yield {
                    "id": r["id"], "question": r["question"], "answer": r["answer"],
                    "citations": json.loads(r["citations"]),
                    "rating": "up" if r["rating"] > 0 else "down", "reason": r["reason"],
                    "model": r["model"], "persona": r["persona"], "refused": bool(r["refused"]),
                    "time": r["time"],
                }

    def export_jsonl(self, out: Any) -> int:
        n = 0
        for row in self.rows():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n

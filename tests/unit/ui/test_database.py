from __future__ import annotations

import sqlite3
from pathlib import Path

from ui.database import MIGRATIONS, Database, database_url
from ui.feedback import FeedbackStore


def test_a_new_sqlite_database_gets_every_migration_once(tmp_path: Path) -> None:
    db = Database(database_url(None, tmp_path))
    assert db.dialect == "sqlite" and db.version() == MIGRATIONS[-1].version
    assert db.migrate() == []  # opening again applies nothing
    assert db.describe() == "sqlite:feedback.sqlite3"


def test_an_old_feedback_file_is_upgraded_without_losing_a_row(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite3"
    with sqlite3.connect(path) as con:  # the table as versions before migrations wrote it
        con.execute("CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, "
                    "question TEXT NOT NULL, answer TEXT NOT NULL, citations TEXT NOT NULL, "
                    "rating INTEGER NOT NULL CHECK (rating IN (-1, 1)), reason TEXT, model TEXT, "
                    "persona TEXT, refused INTEGER NOT NULL DEFAULT 0)")
        con.execute("INSERT INTO feedback (time, question, answer, citations, rating) "
                    "VALUES ('2026-01-01T00:00:00+00:00', '老问题', '老回答', '[]', 1)")
    store = FeedbackStore(Database(f"sqlite:///{path}"), replica="r1")
    store.add(question="新问题", answer="新回答", citations=[], rating=-1)
    rows = list(store.rows())
    assert [(r["question"], r["rating"], r["replica"]) for r in rows] == [("老问题", "up", None),
                                                                         ("新问题", "down", "r1")]
    assert store.db.version() == MIGRATIONS[-1].version


def test_postgresql_urls_choose_postgresql_and_hide_credentials() -> None:
    db = Database.__new__(Database)
    db.url, db.dialect = "postgresql://app:secret@db.internal:6543/policy", "postgresql"
    assert db.describe() == "postgresql://db.internal:6543/policy"
    assert "secret" not in db.describe()
    assert db._sql("SELECT * FROM t WHERE a = ? AND b = ?") == "SELECT * FROM t WHERE a = %s AND b = %s"

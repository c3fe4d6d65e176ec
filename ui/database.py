"""The app's own records (feedback, uploaded files) in SQLite or PostgreSQL, with versioned migrations.

- no ``POLICYQA_DATABASE_URL``: SQLite at ``<home>/feedback.sqlite3`` (WAL mode, one connection per call);
- ``POLICYQA_DATABASE_URL=postgresql://user@host:5432/db``: PostgreSQL through psycopg, shared by
  any number of ``policyqa serve`` replicas.

Migrations are plain versioned SQL (``MIGRATIONS``), one statement list per dialect, applied in order
inside one transaction and recorded in ``schema_migrations``; a database written by an older version
is brought up to date on open and keeps its rows (version 1 is the feedback table as it always was,
created only if absent). On PostgreSQL an advisory lock makes replicas starting together migrate once.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.errors import PolicyQAError

SQLITE_FILE = "feedback.sqlite3"


class DatabaseError(PolicyQAError):
    """The app's database cannot be reached or refused a statement."""
_LOCK_KEY = 7_031_962  # pg_advisory_xact_lock key of policyqa's migrations


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sqlite: tuple[str, ...]
    postgresql: tuple[str, ...]


# Facts derived from the corpus, published for other systems to query (replaced per corpus).
_FACTS = (
    """CREATE TABLE IF NOT EXISTS task_rows (
    corpus TEXT NOT NULL, row_id TEXT NOT NULL, doc_id TEXT NOT NULL, doc_number TEXT, title TEXT NOT NULL,
    task TEXT NOT NULL, lead TEXT NOT NULL, support TEXT NOT NULL, deadline TEXT, deadline_date TEXT,
    section TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (corpus, row_id))""",
    """CREATE TABLE IF NOT EXISTS notice_validity (
    corpus TEXT NOT NULL, doc_id TEXT NOT NULL, doc_number TEXT, title TEXT NOT NULL, status TEXT NOT NULL,
    as_of TEXT NOT NULL, effective TEXT, until TEXT, by_notice TEXT, evidence TEXT,
    PRIMARY KEY (corpus, doc_id))""",
    """CREATE TABLE IF NOT EXISTS facts_published (
    corpus TEXT PRIMARY KEY, corpus_hash TEXT NOT NULL, as_of TEXT NOT NULL, time TEXT NOT NULL)""",
)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "feedback", (
        """CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, question TEXT NOT NULL,
            answer TEXT NOT NULL, citations TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
            reason TEXT, model TEXT, persona TEXT, refused INTEGER NOT NULL DEFAULT 0)""",
    ), (
        """CREATE TABLE IF NOT EXISTS feedback (
            id BIGSERIAL PRIMARY KEY, time TEXT NOT NULL, question TEXT NOT NULL,
            answer TEXT NOT NULL, citations TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
            reason TEXT, model TEXT, persona TEXT, refused INTEGER NOT NULL DEFAULT 0)""",
    )),
    Migration(2, "uploads", (
        """CREATE TABLE IF NOT EXISTS uploads (
            id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, name TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, data BLOB NOT NULL, replica TEXT)""",
    ), (
        """CREATE TABLE IF NOT EXISTS uploads (
            id BIGSERIAL PRIMARY KEY, time TEXT NOT NULL, name TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE, size BIGINT NOT NULL, data BYTEA NOT NULL, replica TEXT)""",
    )),
    Migration(3, "feedback answered_by", (
        "ALTER TABLE feedback ADD COLUMN replica TEXT",
    ), (
        "ALTER TABLE feedback ADD COLUMN IF NOT EXISTS replica TEXT",
    )),
    Migration(4, "task rows and validity", _FACTS, _FACTS),
)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Database:
    """One database, SQLite or PostgreSQL; ``execute``/``query`` take ``?`` placeholders on both."""

    def __init__(self, url: str):
        self.url = url
        self.dialect = "postgresql" if url.startswith(("postgresql://", "postgres://")) else "sqlite"
        if self.dialect == "sqlite":
            self.path = Path(url.removeprefix("sqlite:///"))
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.migrate()

    def describe(self) -> str:
        """Where, without credentials (for logs and status pages)."""
        if self.dialect == "sqlite":
            return f"sqlite:{self.path.name}"
        from urllib.parse import urlsplit

        u = urlsplit(self.url)
        return f"postgresql://{u.hostname}:{u.port or 5432}{u.path}"

    @contextmanager
    def connect(self) -> Iterator[Any]:
        """A connection in a transaction: committed on success, rolled back on error. A database
        that cannot be reached or refuses a statement is a ``DatabaseError`` naming it (no password)."""
        if self.dialect == "sqlite":
            try:
                with closing(sqlite3.connect(self.path, timeout=10)) as con:
                    con.row_factory = sqlite3.Row
                    with con:
                        yield con
            except sqlite3.Error as exc:
                raise DatabaseError(f"The database {self.describe()} failed ({exc}).") from exc
            return
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise DatabaseError("POLICYQA_DATABASE_URL names PostgreSQL, but psycopg is not installed: "
                                "pip install 'policyqa[scale]'") from exc
        try:
            with psycopg.connect(self.url, row_factory=dict_row, connect_timeout=10) as con:
                yield con
        except psycopg.Error as exc:
            raise DatabaseError(f"The database {self.describe()} failed ({type(exc).__name__}).") from exc

    def sql(self, sql: str) -> str:
        """``sql`` with this dialect's placeholders (``?`` → ``%s`` on PostgreSQL)."""
        return self._sql(sql)

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = (), *, returning_id: bool = False) -> int:
        with self.connect() as con:
            if returning_id and self.dialect == "postgresql":
                row = con.execute(self._sql(sql) + " RETURNING id", params).fetchone()
                return int(row["id"])
            cur = con.execute(self._sql(sql), params)
            return int(cur.lastrowid or 0) if returning_id else int(cur.rowcount or 0)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.connect() as con:
            return [dict(r) for r in con.execute(self._sql(sql), params).fetchall()]

    def version(self) -> int:
        rows = self.query("SELECT MAX(version) AS v FROM schema_migrations")
        return int(rows[0]["v"] or 0)

    def migrate(self) -> list[int]:
        """Apply the migrations this database lacks; returns their versions."""
        applied: list[int] = []
        with self.connect() as con:
            if self.dialect == "sqlite":
                con.execute("PRAGMA journal_mode=WAL")
            else:
                con.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                        "name TEXT NOT NULL, applied TEXT NOT NULL)")
            done = {int(r["version"]) for r in con.execute("SELECT version FROM schema_migrations").fetchall()}
            for m in MIGRATIONS:
                if m.version in done:
                    continue
                for stmt in (m.sqlite if self.dialect == "sqlite" else m.postgresql):
                    if self.dialect == "sqlite" and stmt.startswith("ALTER TABLE") and _has_column(con, stmt):
                        continue  # SQLite has no ADD COLUMN IF NOT EXISTS
                    con.execute(stmt)
                con.execute(self._sql("INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)"),
                            (m.version, m.name, now()))
                applied.append(m.version)
        return applied


def _has_column(con: sqlite3.Connection, alter: str) -> bool:
    words = alter.split()
    table, column = words[2], words[5]
    return any(r[1] == column for r in con.execute(f"PRAGMA table_info({table})"))


def database_url(url: str | None, home: Path) -> str:
    """The configured PostgreSQL URL, or the SQLite file in the home folder."""
    return url or f"sqlite:///{home / SQLITE_FILE}"

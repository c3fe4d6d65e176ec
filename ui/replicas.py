"""Several ``policyqa serve`` processes over one PostgreSQL database and one Milvus collection.

A replica keeps nothing another one needs: feedback goes to the shared database; a file added
through one replica (chat upload or ``policyqa add``) is stored in the database's ``uploads`` table
as well as in its own corpus folder, and every replica pulls the uploads it lacks (at start, then
every ``replica_poll_s`` seconds), adds them to its corpus with the same checks as an upload, and
updates its index, so the file is answerable through any replica. Its chunks reach Milvus once:
the first replica's sync inserts them, the others find them there.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import threading
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from index.errors import IndexLoadError
from index.ingest import Staged, stage_files
from index.store import LoadedIndex
from ui.database import Database, DatabaseError, now

log = logging.getLogger(__name__)


def shared(db: Database | None) -> bool:
    """Only a PostgreSQL database is shared between machines; a local SQLite file keeps no uploads."""
    return db is not None and db.dialect == "postgresql"


def record_uploads(db: Database | None, staged: Sequence[Staged], replica: str) -> int:
    """Store the files this replica added (or found already in its corpus), so the other replicas add
    them too; returns how many were new to the database."""
    if not shared(db):
        return 0
    assert db is not None
    n = 0
    for s in staged:
        if s.target is None:
            continue
        data = s.target.read_bytes()
        n += db.execute("INSERT INTO uploads (time, name, sha256, size, data, replica) VALUES (?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (sha256) DO NOTHING",
                        (now(), s.target.name, hashlib.sha256(data).hexdigest(), len(data), data, replica))
    return n


class UploadPuller:
    """Adds to this replica's corpus (and index) the files other replicas stored in the database."""

    def __init__(self, db: Database, corpus: Path, refresh: Callable[[Sequence[Staged]], object],
                 lock: threading.Lock, indexed: Callable[[], Collection[str]] = frozenset):
        self.db, self.corpus, self.refresh, self.lock, self.indexed = db, corpus, refresh, lock, indexed
        self.last_id = 0
        self._stop = threading.Event()

    def pull(self) -> list[Staged]:
        """One round: the uploads after the last one seen; returns the files newly added here."""
        rows = self.db.query("SELECT id, name, data FROM uploads WHERE id > ? ORDER BY id", (self.last_id,))
        if not rows:
            return []
        with self.lock, tempfile.TemporaryDirectory(prefix="policyqa-pull-") as tmp:
            files = []
            for r in rows:
                path = Path(tmp) / f"{r['id']}"
                path.write_bytes(bytes(r["data"]))
                files.append((path, str(r["name"])))
            staged = stage_files(files, self.corpus)
            added = [s for s in staged if s.target is not None and s.duplicate_of is None]
            # A file already in the folder but not in the index (put there by ``policyqa add`` while
            # this server ran) is indexed too.
            unindexed = [s for s in staged if s.duplicate_of is not None and s.duplicate_of not in self.indexed()]
            if added or unindexed:
                self.refresh(added)
        self.last_id = max(int(r["id"]) for r in rows)
        if added:
            log.info("pulled %d file(s) added by other replicas", len(added))
        return added

    def run(self, interval_s: float) -> None:
        while not self._stop.wait(interval_s):
            try:
                self.pull()
            except (IndexLoadError, DatabaseError, OSError, ValueError):
                log.exception("pulling uploads from the shared database failed; retrying")

    def start(self, interval_s: float) -> threading.Thread:
        t = threading.Thread(target=self.run, args=(interval_s,), name="policyqa-pull", daemon=True)
        t.start()
        return t

    def stop(self) -> None:
        self._stop.set()


def publish_facts(db: Database | None, index: LoadedIndex, as_of: str) -> bool:
    """Put the index's task rows and each notice's validity on ``as_of`` in the shared database, for
    other systems to query (tables ``task_rows``, ``notice_validity``); the corpus's previous facts
    are replaced in one transaction. Returns False when they were already current."""
    if not shared(db):
        return False
    assert db is not None
    corpus = Path(index.manifest.corpus.dir).name or "corpus"
    done = db.query("SELECT corpus_hash, as_of FROM facts_published WHERE corpus = ?", (corpus,))
    if done and done[0]["corpus_hash"] == index.manifest.corpus.hash and done[0]["as_of"] == as_of:
        return False
    statuses = index.validity.doc_statuses(as_of)
    rows = {r.id: r for r in index.tasks}.values()
    tasks = [(corpus, r.id, r.doc_id, r.doc_number, r.title, r.task, "、".join(r.lead), "、".join(r.support),
              r.deadline, r.deadline_date, r.section, json.dumps(r.to_json(), ensure_ascii=False))
             for r in rows]
    notices = [(corpus, d, doc.doc_number, doc.title, v.status, as_of, v.effective, v.until, v.by, v.evidence)
               for d, doc in index.documents.items() if (v := statuses.get(d)) is not None]
    with db.connect() as con:
        cur = con.cursor()
        cur.execute(db.sql("DELETE FROM task_rows WHERE corpus = ?"), (corpus,))
        cur.execute(db.sql("DELETE FROM notice_validity WHERE corpus = ?"), (corpus,))
        cur.executemany(db.sql("INSERT INTO task_rows (corpus, row_id, doc_id, doc_number, title, task, lead, support, "
                               "deadline, deadline_date, section, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        tasks)
        cur.executemany(db.sql("INSERT INTO notice_validity (corpus, doc_id, doc_number, title, status, as_of, "
                               "effective, until, by_notice, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), notices)
        cur.execute(db.sql("DELETE FROM facts_published WHERE corpus = ?"), (corpus,))
        cur.execute(db.sql("INSERT INTO facts_published (corpus, corpus_hash, as_of, time) VALUES (?, ?, ?, ?)"),
                    (corpus, index.manifest.corpus.hash, as_of, now()))
    return True

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
import logging
import tempfile
import threading
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from index.errors import IndexLoadError
from index.ingest import Staged, stage_files
from ui.database import Database, DatabaseError, now

log = logging.getLogger(__name__)


def shared(db: Database | None) -> bool:
    """Only a PostgreSQL database is shared between machines; a local SQLite file keeps no uploads."""
    return db is not None and db.dialect == "postgresql"


def record_uploads(db: Database | None, staged: Sequence[Staged], replica: str) -> int:
    """Store the files this replica added, so the other replicas add them too; returns how many."""
    if not shared(db):
        return 0
    assert db is not None
    n = 0
    for s in staged:
        if s.target is None or s.duplicate_of is not None:
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

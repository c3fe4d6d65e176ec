"""The app's database on a real PostgreSQL 15 (a throwaway cluster on loopback): migrations once,
even for replicas starting together, feedback and uploads shared, nothing lost on reopen."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.ingest import Staged
from tests.support.servers import free_port, postgres_server
from ui.database import MIGRATIONS, Database, DatabaseError
from ui.feedback import FeedbackStore
from ui.replicas import UploadPuller, publish_facts, record_uploads

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


def test_replicas_starting_together_migrate_once(pg_url: str) -> None:
    dbs: list[Database] = []
    threads = [threading.Thread(target=lambda: dbs.append(Database(pg_url))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(dbs) == 3 and dbs[0].dialect == "postgresql"
    rows = dbs[0].query("SELECT version FROM schema_migrations ORDER BY version")
    assert [r["version"] for r in rows] == [m.version for m in MIGRATIONS]


def test_feedback_written_by_one_replica_is_read_by_another(pg_url: str) -> None:
    a, b = FeedbackStore(Database(pg_url), "a:1"), FeedbackStore(Database(pg_url), "b:2")
    first = a.add(question="补贴多少？", answer="每人每年2万元[1]。", citations=[{"n": 1}], rating=1, reason="清楚")
    second = b.add(question="谁牵头？", answer="县公安局[1]。", citations=[], rating=-1)
    assert second > first
    rows = [r for r in FeedbackStore(Database(pg_url)).rows() if r["id"] in (first, second)]
    assert [(r["rating"], r["replica"], r["reason"]) for r in rows] == [("up", "a:1", "清楚"), ("down", "b:2", None)]
    assert rows[0]["citations"] == [{"n": 1}]


def test_an_upload_is_stored_once_and_pulled_into_another_corpus(pg_url: str, tmp_path: Path) -> None:
    db = Database(pg_url)
    corpus_a, corpus_b = tmp_path / "a", tmp_path / "b"
    corpus_a.mkdir()
    f = corpus_a / "notice.txt"
    f.write_bytes("某县人民政府办公室关于做好2025年秋季森林防火工作的通知\n\n各乡镇：现将有关事项通知如下。".encode())
    staged = [Staged("notice.txt", f, None)]  # type: ignore[arg-type]
    assert record_uploads(db, staged, "a:1") == 1
    assert record_uploads(db, staged, "b:2") == 0  # the same bytes again: kept once
    refreshed: list[int] = []
    puller = UploadPuller(db, corpus_b, lambda added: refreshed.append(len(added)), threading.Lock())
    added = puller.pull()
    assert [s.target.name for s in added if s.target] == ["notice.txt"]
    assert (corpus_b / "notice.txt").read_bytes() == f.read_bytes() and refreshed == [1]
    assert puller.pull() == [] and refreshed == [1]  # nothing new: no refresh


def test_an_unreachable_database_is_a_clear_error_without_the_password() -> None:
    url = f"postgresql://app:s3cret@127.0.0.1:{free_port()}/policy"
    with pytest.raises(DatabaseError) as err:
        Database(url)
    assert "s3cret" not in str(err.value) and "127.0.0.1" in str(err.value)


def test_task_rows_and_validity_are_published_once_per_corpus_state(pg_url: str, small_runtime: Any) -> None:
    db = Database(pg_url)
    index = small_runtime.index
    assert publish_facts(db, index, "2026-12-02") is True
    assert publish_facts(db, index, "2026-12-02") is False  # already current
    corpus = Path(index.manifest.corpus.dir).name
    rows = db.query("SELECT task, lead, deadline_date, data FROM task_rows WHERE corpus = ?", (corpus,))
    assert len(rows) == len({r.id for r in index.tasks}) > 0
    assert any(r["lead"] and r["deadline_date"] for r in rows)
    assert json.loads(rows[0]["data"])["task"] == rows[0]["task"]
    notices = db.query("SELECT doc_id, status FROM notice_validity WHERE corpus = ?", (corpus,))
    assert {n["doc_id"] for n in notices} == set(index.documents)
    assert {n["status"] for n in notices} <= {"in_force", "expired", "repealed", "amended", "unknown"}
    assert publish_facts(db, index, "2030-01-01") is True  # another day: statuses judged again
    assert db.query("SELECT COUNT(*) AS n FROM notice_validity WHERE corpus = ?", (corpus,))[0]["n"] == len(notices)

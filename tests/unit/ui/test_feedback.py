"""Feedback storage (SQLite, WAL) and ``policyqa feedback export``."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from rag.schema import Answer, Citation
from ui.commands.feedback import main
from ui.feedback import FeedbackStore, feedback_path

CITE = Citation(1, "中宁政办发〔2019〕54号", "关于印发残疾儿童康复救助实施方案的通知",
                "中宁县人民政府办公室", "2019-05-10", "方案 > 三、救助标准", "每人每年2万元。",
                "……每人每年2万元。……", "z.txt", "d1", 10, 40)


def answer(text: str = "每人每年2万元[1]。") -> Answer:
    return Answer("康复救助标准是多少？", None, text, (CITE,), False, "local")


def test_store_uses_wal_and_keeps_everything(tmp_path: Path) -> None:
    store = FeedbackStore(feedback_path(tmp_path))
    store.add_answer(answer(), 1, "  清楚  ", persona="public")
    store.add_answer(answer("不对"), -1)
    with sqlite3.connect(store.db.path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = list(store.rows())
    assert [r["rating"] for r in rows] == ["up", "down"]
    first = rows[0]
    assert first["question"] == "康复救助标准是多少？" and first["answer"] == "每人每年2万元[1]。"
    assert first["citations"][0]["doc_number"] == "中宁政办发〔2019〕54号"
    assert first["reason"] == "清楚" and rows[1]["reason"] is None
    assert first["model"] == "local" and first["persona"] == "public" and first["time"]


def test_rating_must_be_up_or_down(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        FeedbackStore(tmp_path / "f.sqlite3").add(question="q", answer="a", citations=[], rating=0)


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    threads = [threading.Thread(target=lambda: [store.add_answer(answer(), 1) for _ in range(20)])
               for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(list(store.rows())) == 100


def test_export_writes_jsonl_in_the_eval_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    FeedbackStore(feedback_path(home)).add_answer(answer(), -1, "数字不对")
    out = tmp_path / "out" / "feedback.jsonl"
    assert main(["--home", str(home), "export", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1
    assert {"question", "answer", "citations", "rating", "reason", "model", "time"} <= set(rows[0])
    assert rows[0]["rating"] == "down" and rows[0]["reason"] == "数字不对"
    assert main(["--home", str(home), "export"]) == 0
    assert "数字不对" in capsys.readouterr().out


def test_export_without_feedback_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(tmp_path), "export"]) == 1
    assert "no feedback" in capsys.readouterr().err

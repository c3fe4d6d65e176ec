from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ui.cli import main

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
DEV = Path(__file__).resolve().parents[1] / "data" / "dev.jsonl"


@pytest.fixture()
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copyfile(CORPUS / "zhongwei-city-2024-no1.txt", corpus / "g.txt")
    monkeypatch.setenv("POLICYQA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("POLICYQA_CORPUS", str(corpus))  # the environment names the corpus
    return ["--embedding-model", "hash", "--index-dir", str(tmp_path / "idx")]


def test_documents_json_lists_the_notices(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["documents", "--json", *env]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 14
    for key in ("corpus_file", "doc_number", "title", "issuer", "date", "attachments", "sections", "chunks"):
        assert key in rows[0]
    assert all(r["corpus_file"] == "g.txt" and r["chunks"] > 0 for r in rows)


def test_missing_corpus_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["documents", "--corpus", str(tmp_path / "nope"), "--embedding-model", "hash"]) == 1
    assert "Corpus folder not found" in capsys.readouterr().err


def test_index_then_ask_retrieve_only(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--quiet", *env]) == 0
    assert "Index built" in capsys.readouterr().out
    assert main(["index", "--quiet", *env]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["ask", "中卫市新能源汽车充电基础设施建设的目标是什么？", "--retrieve-only", "--json", *env]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["retrieved"][0]["rank"] == 1 and out["retrieved"][0]["doc_number"]


def test_ask_answers_with_sources(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "中卫市新能源汽车充电基础设施建设的目标是什么？", "--llm", "extractive", "--json", *env]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["backend"] == "extractive" and out["citations"] and not out["refused"]


@pytest.mark.parametrize("question", ["", "   ", "问" * 600])
def test_bad_questions_exit_2(env: list[str], question: str) -> None:
    assert main(["ask", question, *env]) == 2


def test_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert "unknown command" in capsys.readouterr().err


def test_eval_writes_predictions_metrics_and_report(env: list[str], tmp_path: Path) -> None:
    items = [json.loads(line) for line in DEV.open(encoding="utf-8")]
    picked = [i for i in items if i["corpus_file"] == "zhongwei-city-2024-no1.txt"][:2]
    picked.append(next(i for i in items if i["type"] == "unanswerable"))
    qa = tmp_path / "qa.jsonl"
    qa.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in picked), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["eval", "--qa", str(qa), "--out", str(out), "--llm", "extractive", *env]) == 0
    preds = [json.loads(line) for line in (out / "predictions.jsonl").open(encoding="utf-8")]
    assert [p["id"] for p in preds] == [i["id"] for i in picked]
    for p in preds:
        assert {"id", "question", "retrieved", "latency_ms", "answer", "citations", "refused",
                "rewritten_question"} <= set(p)
        r = p["retrieved"][0]
        assert {"rank", "doc_number", "title", "section", "corpus_file", "text", "score"} <= set(r)
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert set(metrics["retrieval"]) == {"hybrid", "dense", "bm25"}
    assert "extractive" in metrics["answers"]
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# Evaluation report")
    assert (out / "retrieval.png").is_file()


def test_eval_rejects_a_bad_file(env: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    qa = tmp_path / "bad.jsonl"
    qa.write_text("{not json}\n", encoding="utf-8")
    assert main(["eval", "--qa", str(qa), "--out", str(tmp_path / "o"), *env]) == 1
    assert "not JSON" in capsys.readouterr().err

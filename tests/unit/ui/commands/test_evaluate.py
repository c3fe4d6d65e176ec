from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eval.run import load_qa
from ui.cli import main as cli_main
from ui.commands.evaluate import main as eval_main

REPO = Path(__file__).resolve().parents[4]
DEV = REPO / "tests" / "data" / "dev.jsonl"
IDS = ("s004-003", "s004-006", "s004-049")  # two on 卫政规发〔2024〕1号, one unanswerable


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("eval")
    corpus = tmp / "corpus"
    corpus.mkdir()
    with (REPO / "data" / "corpus" / "zhongwei-city-2024-no1.txt").open(encoding="utf-8") as fh:
        head = [line for _, line in zip(range(500), fh, strict=False)]  # four notices, 卫政规发〔2024〕1号 among them
    (corpus / "zhongwei-city-2024-no1.txt").write_text("".join(head), encoding="utf-8")
    items = {i["id"]: i for i in map(json.loads, DEV.read_text(encoding="utf-8").splitlines())}
    qa = tmp / "qa.jsonl"
    qa.write_text("".join(json.dumps(items[i], ensure_ascii=False) + "\n" for i in IDS), encoding="utf-8")
    out = tmp / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("POLICYQA_HOME", str(tmp / "home"))
        code = eval_main(["--qa", str(qa), "--out", str(out), "--corpus", str(corpus), "--index-dir",
                          str(tmp / "idx"), "--embedding-model", "hash", "--llm", "extractive"])
    yield {"code": code, "out": out, "items": [items[i] for i in IDS], "tmp": tmp, "qa": qa, "corpus": corpus}


def test_eval_succeeds_and_writes_its_files(run: dict[str, Any]) -> None:
    assert run["code"] == 0
    assert sorted(p.name for p in run["out"].iterdir()) == ["metrics.json", "predictions.jsonl", "report.md",
                                                            "retrieval.png"]


def test_predictions_have_the_documented_fields(run: dict[str, Any]) -> None:
    preds = [json.loads(line) for line in (run["out"] / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in preds] == list(IDS)
    for p, item in zip(preds, run["items"], strict=True):
        assert {"id", "question", "retrieved", "latency_ms", "answer", "citations", "refused",
                "rewritten_question"} <= set(p)
        assert p["question"] == item["question"]
        assert [r["rank"] for r in p["retrieved"]] == list(range(1, len(p["retrieved"]) + 1))
        for r in p["retrieved"]:
            assert set(r) == {"rank", "doc_number", "title", "section", "corpus_file", "text", "score"}
            assert r["corpus_file"] == "zhongwei-city-2024-no1.txt" and r["text"]
        for c in p["citations"]:
            assert set(c) == {"doc_number", "title", "section", "quote", "validity"} and c["quote"]
            assert c["validity"]["status"] in ("in_force", "expired", "repealed", "amended", "unknown")
        assert isinstance(p["refused"], bool) and p["rewritten_question"] is None
        assert {"retrieval", "first_content", "total"} <= set(p["latency_ms"])
    answered = preds[0]
    assert answered["retrieved"][0]["doc_number"] == "卫政规发〔2024〕1号"
    assert not answered["refused"] and answered["citations"]
    assert any(c["doc_number"] == "卫政规发〔2024〕1号" for c in answered["citations"])


def test_metrics_count_answerable_questions_for_retrieval(run: dict[str, Any]) -> None:
    m = json.loads((run["out"] / "metrics.json").read_text(encoding="utf-8"))
    assert m["n_questions"] == 3 and m["mode"] == "hybrid"
    assert set(m["retrieval"]) == {"hybrid", "dense", "bm25"}
    hybrid = m["retrieval"]["hybrid"]
    assert hybrid["overall"]["n"] == 2  # the unanswerable question has nothing to find
    assert hybrid["overall"]["hit@1"] == 1.0
    assert set(hybrid["latency_ms"]) == {"p50", "p95"}
    answers = m["answers"]["extractive"]["overall"]
    assert answers["n"] == 3
    assert answers["citation_precision"] == 1.0


def test_report_has_the_tables_and_the_plot(run: dict[str, Any]) -> None:
    report = (run["out"] / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Evaluation report")
    for heading in ("## Retrieval by mode", "### hybrid by question type", "## Answers by model"):
        assert heading in report
    assert "![retrieval by mode](retrieval.png)" in report
    assert (run["out"] / "retrieval.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(("content", "message"), [
    ("{not json}\n", "not JSON"),
    ('{"id": "x"}\n', "needs at least a 'question' field"),
    ('["a list"]\n', "needs at least a 'question' field"),
])
def test_a_bad_qa_file_exits_1_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               content: str, message: str) -> None:
    qa = tmp_path / "bad.jsonl"
    qa.write_text('{"id": "ok", "question": "好问题"}\n' + content, encoding="utf-8")
    assert cli_main(["eval", "--qa", str(qa), "--out", str(tmp_path / "o"), "--embedding-model", "hash"]) == 1
    err = capsys.readouterr().err
    assert message in err and "bad.jsonl:2" in err
    assert not (tmp_path / "o").exists()


def test_a_missing_qa_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["eval", "--qa", str(tmp_path / "none.jsonl"), "--out", str(tmp_path / "o")]) == 1
    assert "none.jsonl" in capsys.readouterr().err


def test_load_qa_numbers_items_without_an_id(tmp_path: Path) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text('\n{"question": "甲"}\n{"id": "b", "question": "乙"}\n', encoding="utf-8")
    assert [i["id"] for i in load_qa(qa)] == ["q2", "b"]


def test_retrieval_only_writes_no_answers(run: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    out = run["tmp"] / "out-retrieval"
    code = eval_main(["--qa", str(run["qa"]), "--out", str(out), "--corpus", str(run["corpus"]), "--index-dir",
                      str(run["tmp"] / "idx"), "--embedding-model", "hash", "--retrieval-only", "--limit", "2"])
    assert code == 0
    preds = [json.loads(line) for line in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(preds) == 2 and all("answer" not in p for p in preds)
    assert "answers" not in json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert "hybrid" in capsys.readouterr().out

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from ui.cli import main

CORPUS = Path(__file__).resolve().parents[3] / "data" / "corpus"
DEV = Path(__file__).resolve().parents[2] / "data" / "dev.jsonl"


def test_documents_json_lists_the_notices(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["documents", "--json", *env]) == 0
    out = json.loads(capsys.readouterr().out)
    rows = out["documents"]
    assert len(rows) == 14
    [report] = out["files"]
    assert report["file"] == "g.txt" and report["layout"] == "gazette" and report["documents"] == 14
    assert report["coverage"] >= 0.95 and report["error"] is None
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


def _cut_corpus(folder: Path, lines: int = 500) -> Path:
    folder.mkdir()
    with (CORPUS / "zhongwei-city-2024-no1.txt").open(encoding="utf-8") as fh:
        head = [line for _, line in zip(range(lines), fh, strict=False)]
    (folder / "zhongwei-city-2024-no1.txt").write_text("".join(head), encoding="utf-8")
    return folder


def test_documents_json_with_an_explicit_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _cut_corpus(tmp_path / "c")
    assert main(["documents", "--json", "--corpus", str(corpus), "--embedding-model", "hash"]) == 0
    rows = json.loads(capsys.readouterr().out)["documents"]
    assert [r["doc_number"] for r in rows] == ["卫政规发〔2023〕2号", "卫政规发〔2024〕1号", "卫政发〔2024〕20号",
                                               "卫政办发〔2023〕65号"]
    rule = rows[1]
    assert rule["title"] == "中卫市人民政府关于印发《中卫市航空运输发展专项资金管理办法》的通知"
    assert rule["issuer"] == "中卫市人民政府" and rule["date"] == "2024-01-16"
    assert rule["attachments"] == ["中卫市航空运输发展专项资金管理办法"]
    assert isinstance(rule["sections"], int) and rule["sections"] > 1 and rule["chunks"] >= 1
    assert ["刊载", "中卫市人民政府公报2024年第1期（总第22期）"] in rule["meta"]  # the gazette it was printed in


def test_documents_table_lists_files_and_notices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _cut_corpus(tmp_path / "c")
    assert main(["documents", "--corpus", str(corpus), "--embedding-model", "hash"]) == 0
    out = capsys.readouterr().out
    assert "zhongwei-city-2024-no1.txt  [text · gazette]  4 documents · coverage" in out
    assert "刊物: 中卫市人民政府公报2024年第1期（总第22期）" in out
    assert "卫政规发〔2024〕1号" in out
    assert "4 documents in 1 files" in out


def test_the_corpus_flag_beats_the_environment(env: list[str], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _cut_corpus(tmp_path / "flag")
    assert main(["documents", "--json", "--corpus", str(corpus), *env]) == 0
    assert len(json.loads(capsys.readouterr().out)["documents"]) == 4  # not the 14 notices of POLICYQA_CORPUS


def test_missing_corpus_from_the_environment_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("POLICYQA_CORPUS", str(tmp_path / "gone"))
    monkeypatch.setenv("POLICYQA_HOME", str(tmp_path / "home"))
    assert main(["ask", "问题", "--retrieve-only", "--embedding-model", "hash"]) == 1
    err = capsys.readouterr().err
    assert "Corpus folder not found" in err and "gone" in err


def test_ask_retrieve_only_json_ranks_passages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _cut_corpus(tmp_path / "c")
    monkeypatch.setenv("POLICYQA_HOME", str(tmp_path / "home"))
    args = ["--corpus", str(corpus), "--embedding-model", "hash", "--index-dir", str(tmp_path / "idx")]
    assert main(["ask", "卫政规发〔2024〕1号航空货运补贴标准", "--retrieve-only", "--json", "--top-k", "3",
                 *args]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["question"] == "卫政规发〔2024〕1号航空货运补贴标准"
    ranked = out["retrieved"]
    assert [r["rank"] for r in ranked] == [1, 2, 3]
    assert ranked[0]["doc_number"] == "卫政规发〔2024〕1号"
    for r in ranked:
        assert {"doc_number", "title", "issuer", "date", "section", "corpus_file", "start", "end", "score",
                "text"} <= set(r)
    assert main(["ask", "航空货运补贴", "--retrieve-only", "--mode", "bm25", *args]) == 0
    assert capsys.readouterr().out.startswith("[1] ")


def test_usage_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("documents", "index", "ask", "eval", "chat"):
        assert f"  {name}" in out


def test_unit_tests_cannot_reach_the_network() -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(RuntimeError, match="network"):
        s.connect(("93.184.216.34", 80))


def test_missing_config_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["documents", "--config", str(tmp_path / "nope.toml"), "--embedding-model", "hash"]) == 2
    assert "Config file not found" in capsys.readouterr().err


def test_an_invalid_config_file_is_one_line_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('corpus = "x\n[[llm', encoding="utf-8")
    assert main(["documents", "--config", str(bad), "--embedding-model", "hash"]) == 2
    err = capsys.readouterr().err
    assert "not valid TOML" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv("POLICYQA_CONFIG", str(bad))
    assert main(["validity", "--embedding-model", "hash"]) == 2
    assert "not valid TOML" in capsys.readouterr().err


def test_invalid_utf8_on_the_command_line_is_cleaned(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    question = b"\xe4\xb8\xad\xff\xfe\xe5\x8d\xab\xe5\xb8\x82\xe5\x85\x85\xe7\x94\xb5\xe8\xae\xbe\xe6\x96\xbd\xe7\x9b\xae\xe6\xa0\x87"
    arg = question.decode("utf-8", "surrogateescape")  # what Python makes of such bytes in sys.argv
    assert main(["ask", arg, "--llm", "extractive", "--json", *env]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "\udcff" not in out["question"]


def test_config_file_sets_values_without_touching_the_environment(tmp_path: Path) -> None:
    import os

    from rag.settings import load_settings

    cfg = tmp_path / "policyqa.toml"
    cfg.write_text('persona = "civil_servant"\n[llm]\nbackend = "extractive"\n', encoding="utf-8")
    s = load_settings(cfg, corpus=tmp_path)
    assert (s.persona, s.llm.backend, s.corpus) == ("civil_servant", "extractive", tmp_path)
    assert "POLICYQA_CONFIG" not in os.environ


def test_errors_for_users_print_their_message_and_bugs_only_their_type(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import ui.commands.ask as ask
    from index.errors import ConfigError, IndexMissing

    def raising(exc: BaseException) -> Any:
        def run(argv: Any) -> int:
            raise exc
        return run

    monkeypatch.setattr(ask, "main", raising(IndexMissing("尚未建立索引：请运行 policyqa index")))
    assert main(["ask", "问题"]) == 1 and "尚未建立索引" in capsys.readouterr().err
    monkeypatch.setattr(ask, "main", raising(ConfigError("配置有误")))
    assert main(["ask", "问题"]) == 2
    monkeypatch.setattr(ask, "main", raising(KeyError("/srv/secret/path")))
    monkeypatch.delenv("POLICYQA_DEBUG", raising=False)
    assert main(["ask", "问题"]) == 1
    err = capsys.readouterr().err
    assert "internal error (KeyError)" in err and "secret" not in err and "Traceback" not in err


def test_documents_and_validity_carry_each_notices_standing_on_the_day_asked(
        env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["documents", "--json", "--as-of", "2026-12-02", *env]) == 0
    rows = {r["doc_number"]: r for r in json.loads(capsys.readouterr().out)["documents"]}
    air = rows["卫政规发〔2024〕1号"]["validity"]
    assert air["status"] == "in_force" and air["until"] is None and "夏秋航季" in air["until_words"]
    assert air["as_of"] == "2026-12-02"
    assert main(["validity", "--json", "--as-of", "2026-12-02", *env]) == 0
    out = json.loads(capsys.readouterr().out)
    outside = {n["doc_number"]: n for n in out["notices"] if not n["in_corpus"]}
    assert outside["卫政办发〔2017〕146号"]["validity"]["status"] == "repealed"
    assert {"kind": "amend", "by": "卫政规发〔2023〕2号", "target": "卫政办规发〔2018〕15号"}.items() <= next(
        r for r in out["relations"] if r["target"] == "卫政办规发〔2018〕15号").items()
    # a day before the decision was published, it had not repealed anything yet
    assert main(["validity", "--json", "--as-of", "2023-12-01", *env]) == 0
    early = {n["doc_number"]: n for n in json.loads(capsys.readouterr().out)["notices"]}
    assert early["卫政办发〔2017〕146号"]["validity"]["status"] == "unknown"
    assert main(["validity", *env]) == 0
    assert "已废止" in capsys.readouterr().out


def test_ask_json_about_a_repealed_notice_cites_the_decision(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "卫政办发〔2017〕146号文件还有效吗？", "--llm", "extractive", "--json",
                 "--as-of", "2026-12-02", *env]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "废止" in out["answer"] and out["citations"][0]["doc_number"] == "卫政规发〔2023〕2号"
    assert out["citations"][0]["validity"]["status"] == "in_force"


def test_a_bad_as_of_day_is_a_usage_error(env: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["validity", "--as-of", "2026-13-01", *env])
    assert exc.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("k", ["-5", "0", "x", "1000"])
def test_top_k_must_be_a_sensible_count(env: list[str], k: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["ask", "充电设施", "--retrieve-only", "--top-k", k, *env])
    assert exc.value.code == 2 and "1 to 50" in capsys.readouterr().err


def test_two_corpora_get_two_index_folders(tmp_path: Path) -> None:
    from rag.settings import Settings

    a, b = tmp_path / "a" / "corpus", tmp_path / "b" / "corpus"  # same folder name, other places
    dirs = {Settings(home=tmp_path, corpus=c).resolved_index_dir for c in (a, b, a)}
    assert len(dirs) == 2 and all(d.parent.parent == tmp_path / "index" for d in dirs)
    assert Settings(home=tmp_path, corpus=a, embedding_model="hash").resolved_index_dir not in dirs


def test_serving_beyond_loopback_needs_a_key_or_an_explicit_flag(env: list[str], monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import uvicorn

    served: list[str] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **_k: served.append(host))
    monkeypatch.delenv("POLICYQA_API_KEY", raising=False)
    assert main(["chat", "--host", "0.0.0.0", "--llm", "extractive", *env]) == 2
    assert "without an API key" in capsys.readouterr().err and not served
    assert main(["chat", "--host", "0.0.0.0", "--allow-no-key", "--llm", "extractive", *env]) == 0
    assert "WARNING" in capsys.readouterr().err and served == ["0.0.0.0"]
    monkeypatch.setenv("POLICYQA_API_KEY", "k")
    assert main(["chat", "--host", "0.0.0.0", "--llm", "extractive", *env]) == 0
    assert main(["chat", "--llm", "extractive", *env]) == 0 and served[-1] == "127.0.0.1"


def test_the_same_notices_in_two_files_are_indexed_and_cited_once(env: list[str], tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    shutil.copyfile(corpus / "g.txt", corpus / "h-copy.txt")
    assert main(["documents", "--json", *env]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["documents"]) == 14 and all(d["also_in"] == ["h-copy.txt"] for d in out["documents"])
    copy = next(f for f in out["files"] if f["file"] == "h-copy.txt")
    assert copy["documents"] == 14 and any("indexed once" in w for w in copy["warnings"])
    assert main(["ask", "中卫市新能源汽车充电基础设施建设的目标是什么？", "--llm", "extractive", "--json", *env]) == 0
    answer = json.loads(capsys.readouterr().out)
    cited = [(c["doc_number"], c["section"], c["quote"]) for c in answer["citations"]]
    assert cited and len(cited) == len(set(cited))
    assert all(c["corpus_file"] == "g.txt" and c["also_in"] == ["h-copy.txt"] for c in answer["citations"])

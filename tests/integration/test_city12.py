"""A twelfth city's documents (tests/data/city12: 嘉兴, written blind by a helper): a notice saved as RTF
(GBK and Unicode escapes, a table, header and footer), a 政策解读 deck as PPTX (a merged table cell, a
grouped shape, slide numbers drawn as text boxes), an encrypted gazette PDF with a landscape table page,
a portal page of a 征求意见稿 whose notice as issued is in the gazette, a Word notice whose term a scanned
notice extends, and a notice expired by its own term. Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city12"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city12-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    read = [d for item in ingest_corpus(DATA / "corpus") for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read}
    # the RTF notice with its table rows, the encrypted gazette's three notices, the scan's 文号 mended
    assert {"嘉教基〔2026〕37号", "嘉政办发〔2026〕18号", "嘉政办发〔2026〕21号", "嘉交〔2026〕38号", "嘉交〔2023〕9号",
            "嘉交〔2026〕5号"} <= docs.keys()
    assert "小学\t基本托管（放学后至17:30）\t不超过600元\t低保、特困供养家庭学生免收" in docs["嘉教基〔2026〕37号"].text
    deck = next(d for d in read if d.corpus_file.endswith(".pptx"))
    assert deck.title == "《嘉兴市无偿献血者激励和优待办法》政策解读" and "\n8\n" not in deck.text
    standing = {d.doc_number or d.title: v for d, v in
                ((d, build_graph(read).of_doc(d.doc_id, "2026-12-02")) for d in read) if v is not None}
    assert standing["嘉交〔2023〕9号"].status == "in_force" and standing["嘉交〔2023〕9号"].until == "2027-12-31"
    assert standing["嘉交〔2026〕38号"].status == "expired"
    draft = next(v for k, v in standing.items() if "征求意见稿" in k)
    assert draft.status == "draft" and draft.successor is not None
    assert draft.successor.doc_number == "嘉政办发〔2026〕18号"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    for words in ("湖州", "AED", "诊察费", "给几天假", "意外伤害", "出租车"):
        asked = next(i for i, item in items.items() if item["type"] == "unanswerable" and words in item["question"])
        assert rows[asked]["refused"], (words, rows[asked]["answer"])


def test_a_notice_whose_term_a_scan_extended_is_answered_as_in_force(run: Run) -> None:
    answer, refused = _answer(run, "那个文件到期了")
    assert not refused and "已失效" not in answer and "有效期延长至2027年12月31日" in answer, answer
    answer, _ = _answer(run, "延长了哪个文件的有效期")
    assert "将《" in answer and "（嘉交〔2023〕9号）的有效期延长至2027年12月31日" in answer, answer


def test_the_expired_notice_is_said_expired_and_the_draft_s_figures_are_not_the_rule(run: Run) -> None:
    answer, refused = _answer(run, "现在开学了")
    assert not refused and "已失效" in answer and "有效期至2026年8月31日" in answer, answer
    answer, _ = _answer(run, "要献多少次")
    assert "达到20次" in answer and "30次" not in answer, answer


def test_a_time_of_day_and_a_group_in_a_table_cell_are_answered(run: Run) -> None:
    answer, _ = _answer(run, "早上7点半")
    assert "7:00至8:30早高峰时段" in answer and "5折" in answer, answer
    answer, _ = _answer(run, "家里是低保户")
    assert "低保、特困供养家庭学生免收" in answer, answer

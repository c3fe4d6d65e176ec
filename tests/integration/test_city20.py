"""A twentieth city's documents (tests/data/city20: 齐齐哈尔, written blind by a helper): an Excel 2003 XML spreadsheet
saved as .xls (merged and index-skipped cells, number formats, a date cell, a cell comment), a Word document saved as a
single-file web page (.mht, quoted-printable gb2312), a scanned gazette issue set in two columns, a PDF whose 任务分工表 is
an .xlsx attached inside it, a .docx published with its tracked changes, a footnote, a comment and a text box, and an old
portal page in GBK that declares gb2312. Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city20"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city20-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    items = ingest_corpus(DATA / "corpus")
    read = [d for item in items for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read}
    assert len(read) == 7 and not any(i.report.error for i in items)
    # the spreadsheet's rows (a county merged down written in each, numbers as their format shows), its comment
    table = docs["2026年度秸秆还田作业补助资金分配表"].text
    assert "9\t泰来县\t秸秆碎混还田\t10.36\t25\t259.00\t259.00" in table and "下达日期：\t2026年4月20日" in table
    assert "批注：各县（市）财政部门应在作业核验公示结束后30日内将补助资金兑付到作业主体" in table
    # the scanned gazette's two notices, each read column by column under its whole title
    assert docs["齐人社发〔2026〕9号"].title == "齐齐哈尔市人力资源和社会保障局齐齐哈尔市财政局关于调整高校毕业生留齐安家补贴有关标准的通知"
    amend = docs["齐人社发〔2026〕9号"].text
    assert "一、将《办法》第三条第（二）项中的“年龄在35周岁以下”修改为“年龄在40周岁以下”。" in amend
    assert "公报" not in amend.split("施行")[0]  # (no running head inside the article the page break cut)
    assert "每块补助10000元" in docs["齐教联发〔2026〕2号"].text
    # the PDF's attached 任务分工表, the .docx as revised (its footnote in, the deleted figure and the comment out)
    assert "2\t制定2026—2027年冬季校园冰场浇筑补助办法\t市体育局\t市教育局、市财政局\t2026年12月31日前" in (
        docs["齐政办发〔2026〕41号"].text)
    rules = docs["齐人社发〔2025〕18号"].text
    assert "硕士研究生每人30000元" in rules and "20000元" not in rules and "毕业5年内" in rules
    assert "王堃" in docs["齐农联发〔2024〕11号"].text  # (GBK under a gb2312 declaration)
    graph = build_graph(read)
    standing = {k: graph.of_doc(d.doc_id, "2026-12-02") for k, d in docs.items()}
    assert standing["齐农联发〔2024〕11号"].status == "repealed" and standing["齐教联发〔2026〕2号"].status == "expired"
    assert standing["齐人社发〔2025〕18号"].status == "amended"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_the_rows_a_unit_leads_are_listed_from_the_attached_table(run: Run) -> None:
    answer, refused = _answer(run, "市教育局牵头哪几项")
    assert not refused and "共4项" in answer, answer
    for due in ("2026年11月30日前", "2027年6月30日前", "2027年12月31日前", "每年10月31日前"):
        assert due in answer, answer
    assert "市财政局；配合单位" not in answer  # (not the row 市财政局 leads)


def test_the_sum_for_the_asker_s_area_is_worked_and_the_area_picks_its_row(run: Run) -> None:
    answer, refused = _answer(run, "300亩一共能拿多少")
    assert not refused and "300亩×40元＝12000元" in answer, answer
    answer, refused = _answer(run, "一千平方米左右的冰场")
    assert not refused and "每块补助10000元" in answer and "已失效" in answer, answer


def test_the_amended_age_and_the_older_rule_beside_the_one_now(run: Run) -> None:
    answer, refused = _answer(run, "我今年38岁，去年在外地读完硕士")
    assert not refused and "年龄在40周岁以下" in answer and "每人30000元" in answer, answer
    answer, refused = _answer(run, "2024年秋天我按当时的暂行办法")
    assert not refused and "秸秆碎混还田每亩补助20元" in answer and "原规定" in answer, answer


def test_the_day_a_change_takes_effect_and_the_span_of_a_step(run: Run) -> None:
    answer, refused = _answer(run, "调整高校毕业生留齐安家补贴标准的通知文号是什么")
    assert not refused and "本通知自2026年3月1日起施行" in answer, answer
    answer, refused = _answer(run, "公示几天")
    assert not refused and "公示7日" in answer and "作业结束后15日内" in answer, answer

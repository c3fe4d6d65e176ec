"""A twenty-first city's documents (tests/data/city21: 赤峰, written blind by a helper): a PDF portfolio (the notice, its
.xlsx and a GB18030 .txt 解读 as the files of a PDF 包 behind a cover page), a .docx whose 文号 and dates sit in content
controls, one still showing its placeholder, and whose 补贴标准 table is an altChunk HTML part, a flat OpenDocument file
with recorded changes and a footnote, a gazette issue converted to outlines (no text, no fonts: read by OCR), an old
portal's page of frames saved with its folder, and a .docx whose 任务分工表 is an embedded worksheet shown only in part.
Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city21"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city21-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    items = ingest_corpus(DATA / "corpus")
    read = [d for item in items for d in item.documents]
    docs = {d.doc_number: d for d in read}
    assert len(read) == 7 and not any(i.report.error for i in items) and None not in docs
    # the portfolio: its files (the notice, the table, the 解读), not its cover
    bundle = docs["赤农牧发〔2026〕12号"].text
    assert "按照每亩每年8.6元的标准给予禁牧补助" in bundle and "5\t克什克腾旗\t510.60\t4391.16" in bundle
    assert "逾期未减畜的，扣发当年草畜平衡奖励资金的50%" in bundle and "Adobe Reader" not in bundle
    # the altChunk's table in its place, the empty control's placeholder left out
    rules = docs["赤农牧发〔2025〕37号"].text
    assert "良种自繁犊牛\t使用良种冻精配种，当年出生并成活6个月以上\t每头300元" in rules and "单击或点击此处输入文字" not in rules
    # the flat ODF as revised (the figure and the item deleted are gone), its footnote kept
    forest = docs["赤林草发〔2026〕15号"].text
    assert "人工乔木造林，每亩补助500元" in forest and "400元" not in forest and "封沙育林" not in forest
    assert "集中连片，是指同一地块面积在100亩以上" in forest
    # the outlined gazette's two notices, the amendment's item whole across the OCR line it was cut at
    assert "“每头1500元”调整为“每头2000元”" in docs["赤农牧发〔2026〕29号"].text
    assert "每户1200元" in docs["赤水发〔2026〕9号"].text
    # the page of frames read as its content frame; the embedded worksheet's rows the preview does not show
    assert "禁牧补助标准为每亩每年7.2元" in docs["赤农牧发〔2023〕45号"].text
    assert "9\t开展沙区农牧民就业技能培训，吸纳当地农牧民参与治沙\t市人力资源和社会保障局" in docs["赤政办发〔2026〕18号"].text
    graph = build_graph(read)
    standing = {k: graph.of_doc(d.doc_id, "2026-12-02").status for k, d in docs.items()}
    assert standing["赤农牧发〔2023〕45号"] == "repealed" and standing["赤水发〔2026〕9号"] == "expired"
    assert standing["赤农牧发〔2025〕37号"] == "amended"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:  # (the contact of a notice that names none is not another notice's 咨询电话)
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_the_sum_per_head_is_worked_at_the_amended_rate(run: Run) -> None:
    answer, refused = _answer(run, "净增加了12头")
    assert not refused and "12头×2000元＝24000元" in answer and "每头1500元”调整为“每头2000元" in answer, answer
    answer, refused = _answer(run, "良种冻精")
    assert not refused and "每头300元" in answer, answer  # (the row only the altChunk holds)


def test_an_area_sum_and_the_shares_it_is_paid_in(run: Run) -> None:
    answer, refused = _answer(run, "人工灌木造林300亩")
    assert not refused and "300亩×260元＝78000元" in answer and "当年验收合格后拨付70%" in answer, answer
    answer, refused = _answer(run, "60亩的沙地")
    assert not refused and "同一地块面积在100亩以上" in answer, answer


def test_an_older_notice_asked_in_is_quoted_as_its_former_rule(run: Run) -> None:
    answer, refused = _answer(run, "2023年的草原补奖实施细则里")
    assert not refused and "每亩每年2.4元" in answer and "原规定" in answer and "每亩每年3.2元" in answer, answer
    answer, refused = _answer(run, "超载了，会扣补奖资金吗")
    assert not refused and "扣发当年草畜平衡奖励资金的50%" in answer, answer

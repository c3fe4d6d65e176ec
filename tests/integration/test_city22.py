"""A twenty-second city's documents (tests/data/city22: 四平, written blind by a helper): a WeChat article saved with its
body still hidden and its figures split into pieces, a portal page whose 政策解读 sits in a hidden tab, a .docx whose
facts are in a SmartArt diagram and a chart, a PDF whose draft figures sit in a layer hidden when it opens, an .xlsb
分工表 with merged cells and a hidden sheet, and a 政务服务 matter as the portal's JSON API returns it. Asked as of
2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city22"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city22-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    items = ingest_corpus(DATA / "corpus")
    read = [d for item in items for d in item.documents]
    assert len(read) == 7 and not any(i.report.error for i in items)
    by_title = {d.title: d for d in read}
    # the PDF as it shows when opened: the draft layer's figures and clause are not its text
    plan = by_title["四平市农业农村局四平市财政局关于印发四平市黑土地保护性耕作作业补助实施方案（2026—2028年）的通知"]
    assert "（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：每亩补助50元。" in plan.text
    assert "45元" not in plan.text and "深松" not in plan.text and "10万元" not in plan.text
    assert "县级农业农村部门于每年9月30日前完成核验并公示7日" in plan.text  # (no break where the watermark crossed)
    # the .xlsb: merged 牵头单位 in every row, the hidden sheet's old table left out; cited under the PDF's 文号
    table = by_title["四平市黑土地保护性耕作重点任务分工表（2026—2028年）"]
    assert table.doc_number == "四农联发〔2026〕4号"
    assert "6\t开展补助资金绩效评价\t市财政局\t市农业农村局、各县（市、区）财政局\t次年3月31日前" in table.text
    assert "520万亩" not in table.text
    # the .docx: the chart's figures and the SmartArt's steps in their place
    toilets = next(d for d in read if d.doc_number == "四农联发〔2025〕11号")
    assert "伊通满族自治县\t2260" in toilets.text and "每年3月1日至5月31日向村民委员会提出。" in toilets.text
    # the hidden tab's 解读, the WeChat article's hidden body, the JSON matter's named fields
    assert "0434-3267512" in next(d for d in read if d.doc_number == "四农联发〔2026〕5号").text
    wechat = next(d for d in read if d.doc_number == "四农联发〔2024〕2号")
    assert "每亩补助35元" in wechat.text and "微信扫一扫" not in wechat.text
    matter = by_title["农村户用卫生厕所改造奖补申请"]
    assert "承诺办结时限：10个工作日。" in matter.text and "咨询电话：0434-5236718。" in matter.text
    graph = build_graph(read)
    standing = {n: graph.of_doc(d.doc_id, "2026-12-02").status for d in read if (n := d.doc_number)}
    assert standing["四农联发〔2024〕2号"] == "repealed" and standing["四农发〔2025〕23号"] == "expired"
    assert standing["四农联发〔2025〕11号"] == "amended"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:  # (a rate of a kind only the hidden draft layer rates, a 科室 no notice names …)
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_a_sum_past_the_limit_on_one_recipient_is_held_to_it(run: Run) -> None:
    answer, refused = _answer(run, "免耕播种了3800亩")
    assert not refused and "3800亩×50元＝19万元" in answer and "按15万元计" in answer, answer
    answer, refused = _answer(run, "我家改的是双瓮式厕所")
    assert not refused and answer.index("双瓮式厕所每户补助900元") < answer.index("1500元"), answer


def test_a_repealed_notice_described_by_its_sum_and_the_amended_age(run: Run) -> None:
    answer, refused = _answer(run, "公众号上看到，免耕播种每亩补35元")
    assert not refused and "每亩补助50元" in answer and "同时废止" in answer, answer
    answer, refused = _answer(run, "我父亲62岁")
    assert not refused and "户主年满60周岁的独居老人户" in answer and "另增加补助300元" in answer, answer


def test_task_rows_of_the_binary_workbook_and_the_city_s_phone(run: Run) -> None:
    answer, refused = _answer(run, "市农业农村局牵头哪几项任务")
    assert not refused and "2026年6月30日前" in answer and "市发展和改革委员会" in answer, answer
    answer, refused = _answer(run, "市里的咨询电话是多少")
    assert not refused and answer.index("0434-3267512") < answer.index("0434-5236718") if "0434-5236718" in answer \
        else "0434-3267512" in answer, answer

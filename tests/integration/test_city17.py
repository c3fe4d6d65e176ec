"""A seventeenth city's documents (tests/data/city17: 天水, written blind by a helper): a PDF carrying its 附件 as an
embedded .xlsx, a saved page (.mhtml) whose notice is two scanned JPEG pages, an .xlsx written with formulas and no
saved values, a 公报 page converted to outlines (no text layer, no image), a portal page saved before its script filled
in the article, and a DOCX whose table is an embedded Excel worksheet. Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city17"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city17-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    items = ingest_corpus(DATA / "corpus")
    read = [d for item in items for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read}
    assert len(read) == 6 and not any(i.report.error for i in items)
    # the 任务分工表 attached inside the PDF, printed after its pages as its 附件
    plan = docs["天政办发〔2026〕12号"].text
    assert ("5\t将新市民租赁补贴纳入“甘快办”线上受理\t市政务服务中心\t市住房和城乡建设局、市人力资源和社会保障局\t"
            "2026年9月30日前") in plan
    # the worksheet embedded in the Word file, in its place
    assert "低收入家庭\t按保障面积\t每平方米每月6元\t270元\t每人每月50元" in docs["天政办发〔2026〕41号"].text
    # the article the portal's script held, with its 文号 and date
    old = docs["天住建发〔2022〕41号"]
    assert "低保家庭每平方米每月8元" in old.text and old.date == "2022-08-15" and "配租结果" not in old.text
    # the scanned pages of the saved page, and the outlined 公报 page, by OCR
    assert "每生每学期1000元" in docs["天教发〔2026〕6号"].text.replace("\n", "")
    assert "每人资助280元" in docs["天医保发〔2026〕58号"].text.replace("\n", "")
    # the formulas Excel would compute on opening
    table = next(d.text for d in read if d.corpus_file.endswith(".xlsx"))
    assert "14\t甘谷县\t最低生活保障对象\t21365\t280\t598.22" in table and "合计\t157918\t4325.27" in table
    graph = build_graph(read)
    standing = {k: graph.of_doc(d.doc_id, "2026-12-02") for k, d in docs.items()}
    assert standing["天住建发〔2022〕41号"].status == "repealed" and standing["天教发〔2026〕6号"].status == "expired"
    assert standing["天政办发〔2026〕12号"].label.startswith("已修改")
    assert standing["天医保发〔2026〕58号"].status == "in_force"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_a_row_of_the_table_in_a_county_with_a_long_name(run: Run) -> None:
    answer, refused = _answer(run, "张家川回族自治县特困人员")
    assert not refused and "人数：876；标准（元/人）：400" in answer, answer
    assert "4325.27" not in answer, answer  # (the table's total row is not a cell of its last row)


def test_a_computed_value_of_a_formula_cell(run: Run) -> None:
    answer, refused = _answer(run, "甘谷县最低生活保障对象分到多少万元")
    assert not refused and "598.22" in answer, answer


def test_a_task_row_of_the_attached_table(run: Run) -> None:
    answer, refused = _answer(run, "信息共享核查机制”由哪个单位牵头")
    assert not refused and "市公安局、市人力资源和社会保障局、市自然资源局、市民政局" in answer, answer
    assert "2026年6月30日前" in answer, answer


def test_a_worker_from_another_province_gets_the_condition_and_the_amended_figure(run: Run) -> None:
    answer, refused = _answer(run, "社保交了8个月")
    assert not refused and "在本市连续缴纳社会保险满6个月" in answer and "每人每月260元" in answer, answer
    assert "已被《天水市人民政府办公室关于调整城镇住房保障家庭租赁补贴标准的通知》" in answer, answer


def test_an_age_told_brings_the_sum_an_age_grants_and_the_age_the_amendment_set(run: Run) -> None:
    answer, refused = _answer(run, "我父亲今年67岁")
    assert not refused and "每平方米每月6元" in answer and "每月增发租赁补贴50元" in answer, answer
    assert "“年满65周岁老年人”" in answer, answer  # (the amendment lowered 70 to 65: a father of 67 now counts)

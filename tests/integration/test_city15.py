"""A fifteenth city's documents (tests/data/city15: 曲靖, written blind by a helper): a notice a city's site
splits over two web pages (…_2.html), a text PDF whose fonts have no ToUnicode map, a two-column 政府公报 PDF
with a full-width table, a Word 97 .doc made by LibreOffice, an .xls 任务分工表 with merged cells, and a phone
photo of a notice on a board taken at an angle, stored sideways under an EXIF tag. Asked as of 2026-12-02
without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city15"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city15-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    items = ingest_corpus(DATA / "corpus")
    read = [d for item in items for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read}
    assert len(read) == 8
    # the article's two pages are one notice; the second page says where its text went
    page = next(i for i in items if i.report.file.endswith("_2.html"))
    assert page.report.documents == 0 and "qujing-chengxiang-yanglao-tongzhi.html" in page.report.warnings[0]
    pension = docs["曲政办发〔2026〕9号"].text
    assert "每人每年200元的标准为其代缴" in pension and "同时废止" in pension
    # the PDF without ToUnicode read by OCR, the gazette's full-width table as rows, the .doc and the .xls
    assert "每人每月加发基础养老金25元" in docs["曲政办发〔2026〕41号"].text
    assert "外来务工人员\t240元\t360元\t480元" in docs["曲住建发〔2025〕56号"].text
    assert "所在村（居）民委员会" in next(d.text for d in read if d.corpus_file.endswith(".doc"))
    assert "上述各类对象\tC级危房修缮加固\t每户15000元" in next(d.text for d in read if d.corpus_file.endswith(".xls"))
    # the photo's lines in their order: the short end of a wrapped line after the line it ends
    photo = next(d.text for d in read if d.corpus_file.endswith(".jpg"))
    assert photo.index("二、培训项目") < photo.index("个班30人") < photo.index("三、报名时间"), photo
    graph = build_graph(read)
    standing = {k: graph.of_doc(d.doc_id, "2026-12-02").status for k, d in docs.items()}
    assert standing["曲人社发〔2025〕41号"] == "repealed" and standing["曲政办发〔2026〕9号"] == "amended"
    assert standing["曲农发〔2025〕47号"] == "expired" and standing["曲住建发〔2025〕56号"] == "in_force"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_a_row_of_the_gazette_s_table_and_the_conditions_are_quoted_for_a_migrant_family(run: Run) -> None:
    answer, refused = _answer(run, "一家三口从外地来曲靖打工")
    assert not refused and "480元" in answer and "满12个月" in answer, answer


def test_the_row_of_the_grade_asked_comes_first(run: Run) -> None:
    answer, refused = _answer(run, "C级危房，修缮加固能补多少")
    assert not refused and "每户15000元" in answer and "每户45000元" not in answer[:answer.index("每户15000元")], answer


def test_a_repeal_printed_on_the_article_s_second_page_names_the_notice_that_made_it(run: Run) -> None:
    answer, refused = _answer(run, "曲人社发〔2025〕41号现在还有效吗")
    assert not refused and "曲政办发〔2026〕9号" in answer and "曲靖市人民政府）废止" not in answer, answer

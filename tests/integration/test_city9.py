"""A ninth city's documents (tests/data/city9: 宜昌, written blind by a helper): a page whose BOM says UTF-8
under a gb2312 label, with a hidden mobile copy of the notice and a table built of divs; a 解读 page
written in character references; a Word plan numbered by Word (its task table's 序号 too); a PDF whose
office list runs over two lines a row and on to the next page headless; a two-page scan; a UTF-16
gazette whose second notice's title breaks inside an issuer's name. Asked as of 2026-12-02 without a
model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest import ingest_file
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city9"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, dict], dict[str, dict]]:
    return city_eval(tmp_path_factory.mktemp("city9-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_file_is_read_as_its_notices_once() -> None:
    gazette = ingest_file(DATA / "corpus" / "yichang-gazette-2025-2.txt").documents
    assert [d.doc_number for d in gazette] == ["宜府办发〔2025〕6号", "宜人社发〔2025〕4号", "宜住建规〔2025〕1号",
                                              "宜农发〔2025〕5号"]
    page = ingest_file(DATA / "corpus" / "yichang-yuer-butie.html").documents
    assert len(page) == 1 and page[0].title == "宜昌市卫生健康委员会宜昌市财政局关于实施市级育儿补贴的通知"
    pdf = ingest_file(DATA / "corpus" / "yichang-chuangye-daikuan.pdf").documents[0]
    assert pdf.title.startswith("宜昌市人力资源和社会保障局宜昌市财政局中国人民银行宜昌市分行关于")
    scan = ingest_file(DATA / "corpus" / "yichang-daiya-guohu-scan.pdf").documents[0]
    assert scan.doc_number == "宜自然资发〔2026〕52号"


def test_every_unanswerable_question_but_a_near_miss_is_refused(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    refused = {i for i, item in items.items() if item["type"] == "unanswerable" and rows[i]["refused"]}
    for words in ("襄阳市", "罚款标准", "社会保险", "小学"):
        asked = next(i for i, item in items.items() if item["type"] == "unanswerable" and words in item["question"])
        assert asked in refused, (words, rows[asked]["answer"])


def test_an_office_on_the_pdf_list_s_headless_page_is_found(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if "长阳县" in i["question"] and "现场" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert "龙舟坪镇清江大道88号" in answer and "0717-5321806" in answer, answer


def test_a_figure_amended_under_the_notice_s_short_name_is_answered_as_amended(
        run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if "第七条" in i["question"] and "5000元" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert "每户不超过8000元" in answer and "宜府办发〔2026〕21号）修改" in answer, answer


def test_a_task_row_asked_for_by_its_number(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if "第6项" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert "建立改造后小区长效管理机制" in answer and "2027年6月底前" in answer, answer

"""A fourteenth city's documents (tests/data/city14: 遵义, written blind by a helper): an image-only scanned PDF
whose third page, a landscape table, is stored turned, a county page in GBK under a gb2312 meta, a long phone
screenshot of a 公众号 解读, an XLSX 任务分工表 with a hidden sheet, a Word notice with its 文头 in a text box and
tables inside table cells, and a 12345 问答 page. Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city14"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city14-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    read = [d for item in ingest_corpus(DATA / "corpus") for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read}
    assert len(read) == 6
    assert {"遵市教发〔2026〕12号", "遵市教发〔2026〕58号", "遵市教发〔2023〕9号", "遵府办发〔2026〕9号"} <= docs.keys()
    # the Word file's 文号 in its text box, and each table inside a cell read once, as cells of its row
    aid = docs["遵市教发〔2026〕12号"].text
    assert "一类\t特困供养幼儿、孤儿和事实无人抚养儿童\t保育教育费：全部免除，每生每年不超过2400元\t生活补助：每生每年1200元" in aid
    assert aid.count("每生每年1200元") == 1
    # the scan's landscape page, stored turned
    assert "红花岗区、汇川区、播州区\t市级承担30%\t区级承担70%" in docs["遵市教发〔2026〕58号"].text
    # the workbook's visible sheets, not the hidden draft's figures
    tea = docs["遵府办发〔2026〕9号"].text
    assert "新建生态茶园\t集中连片50亩以上\t每亩800元，分两年兑现" in tea and "40万元" not in tea
    # the GBK page's names that gb2312 lacks
    assert "王喆" in docs["遵市教发〔2023〕9号"].text
    graph = build_graph(read)
    standing = {k: graph.of_doc(d.doc_id, "2026-12-02") for k, d in docs.items()}
    assert standing["遵市教发〔2023〕9号"].status == "repealed"
    assert standing["遵市教发〔2026〕12号"].status == "amended"
    assert standing["遵市教发〔2026〕58号"].status == "in_force"
    summer = next(v for k, v in standing.items() if "暑期" in k)
    assert summer.status == "expired"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_a_family_in_need_gets_its_own_row_in_everyday_words(run: Run) -> None:
    answer, refused = _answer(run, "孩子爸妈都不在了")
    assert not refused and "全部免除，每生每年不超过2400元" in answer and "每生每年1200元" in answer, answer
    assert "文件未提及" not in answer, answer
    answer, refused = _answer(run, "现在一年能减免多少保教费")
    assert not refused and "1600元" in answer and "900元" in answer and "低保边缘" not in answer, answer


def test_the_share_of_a_district_is_read_from_the_turned_page(run: Run) -> None:
    answer, refused = _answer(run, "汇川区由市、区两级财政")
    assert not refused and "市级承担30%" in answer and "区级承担70%" in answer, answer


def test_an_amending_notice_s_changes_are_listed_whole(run: Run) -> None:
    answer, _ = _answer(run, "作了哪些修改")
    assert all(f in answer for f in ("每生每年900元", "每生每年1300元", "每学期开学后45日内")), answer


def test_a_notice_described_by_its_old_figure_is_said_repealed(run: Run) -> None:
    answer, refused = _answer(run, "说低保家庭孩子每年减免1200元保教费")
    assert not refused and "已废止" in answer and "遵市教发〔2023〕9号" in answer, answer

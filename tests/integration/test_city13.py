"""A thirteenth city's documents (tests/data/city13: 长治, written blind by a helper): an OpenDocument notice
(a table with merged cells, a footnote), a Word notice with unaccepted tracked changes, a WeChat article, a
two-column gazette PDF whose task table spans both columns, a two-page fax scan (TIFF) that amends the
gazette's 办法, and a GB18030 portal page of a notice that 办法 repealed. Asked as of 2026-12-02 without a
model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city13"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city13-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    read = [d for item in ingest_corpus(DATA / "corpus") for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read}
    # the ODT, the gazette's three notices (the third under the table spanning both columns), the fax's
    # 文号 mended from OCR's "长民发[2026].58号"
    assert {"长民发〔2026〕31号", "长政办发〔2026〕7号", "长政办发〔2026〕11号", "长民发〔2026〕12号", "长民发〔2026〕58号",
            "长人社发〔2026〕9号", "长民发〔2023〕27号", "长教发〔2026〕21号"} <= docs.keys()
    assert "最低生活保障家庭\t不超过5000元\t市级财政承担60%" in docs["长民发〔2026〕31号"].text
    assert "2\t社区托育服务\t每个设施设置托位不少于20个，普惠托位占比不低于60%" in docs["长政办发〔2026〕11号"].text
    # the Word file as it stands after its tracked changes
    assert "山西省外\t每人500元" in docs["长人社发〔2026〕9号"].text and "企业代为发放" not in docs["长人社发〔2026〕9号"].text
    assert "FROM" not in docs["长民发〔2026〕58号"].text
    graph = build_graph(read)
    standing = {k: graph.of_doc(d.doc_id, "2026-12-02") for k, d in docs.items()}
    assert standing["长民发〔2023〕27号"].status == "repealed"
    assert standing["长人社发〔2026〕9号"].status == "expired"
    assert standing["长政办发〔2026〕7号"].status == "amended"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_a_worker_gets_the_row_for_where_they_come_from_and_hears_the_notice_expired(run: Run) -> None:
    answer, refused = _answer(run, "我是河北人，今年春节后来长治")
    assert not refused and "每人500元" in answer and "已失效" in answer, answer
    answer, _ = _answer(run, "山西吕梁")
    assert "每人300元" in answer, answer


def test_an_amended_rule_is_answered_with_the_amendment(run: Run) -> None:
    answer, _ = _answer(run, "哪些条款")
    assert "“3倍”修改为“4倍”" in answer and "“1000元以下”修改为“2000元以下”" in answer, answer
    answer, _ = _answer(run, "有效期多长")
    assert "本办法自2026年4月1日起施行，有效期5年" in answer and "修改" in answer, answer


def test_everyday_words_find_the_rule(run: Run) -> None:
    answer, refused = _answer(run, "收入查一遍")
    assert not refused and "不再重复核对家庭经济状况" in answer, answer
    answer, refused = _answer(run, "没办居住证")
    assert not refused and "急难发生地乡镇人民政府" in answer, answer

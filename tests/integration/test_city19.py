"""A nineteenth city's documents (tests/data/city19: 江门, written blind by a helper): an OpenDocument presentation
whose speaker notes and slide table hold facts, a 7-Zip archive of a GB18030 text and a saved portal page, a Markdown
12345 knowledge base (front matter, pipe tables), an XML export of a 政府信息公开目录 (bodies as HTML in CDATA, one
record 失效 only in its metadata), a 红头 PDF with a diagonal watermark and a seal drawn as text, and a .doc that is
Word 2003 XML holding a 任务分工表. Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city19"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city19-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    items = ingest_corpus(DATA / "corpus")
    read = [d for item in items for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read}
    assert len(read) == 9 and not any(i.report.error for i in items)
    # the slides' notes and table, the archive's GB18030 text and saved page, the XML's records
    deck = next(d.text for d in read if d.corpus_file.endswith(".odp"))
    assert "定期生活补助于每季度首月15日前发放" in deck and "每人每年最高20000元" in deck and "<编号>" not in deck
    assert "每人每天40元" in docs["江人社发〔2026〕8号"].text and "60日内" in docs["江建〔2024〕13号"].text
    assert "首页" not in docs["江建〔2024〕13号"].text  # (the portal's navigation)
    assert "船员\t每人8000元" in docs["江农发〔2025〕31号"].text
    # the PDF without its watermark, the Word XML's merged 牵头单位 in each row it spans
    pdf = docs["江建〔2026〕21号"].text
    assert "仅供参考" not in pdf and "每户补助6000元" in pdf
    table = docs["江府办函〔2026〕37号"].text
    assert "2\t研究制定2027年度渔民转产转业补助实施方案\t市农业农村局\t市财政局\t2027年3月31日前" in table
    kb = next(d for d in read if d.corpus_file.endswith(".md"))
    assert kb.date == "2026-05-20" and "春节慰问金（困难侨眷）\t每户500元" in kb.text
    graph = build_graph(read)
    standing = {k: graph.of_doc(d.doc_id, "2026-12-02") for k, d in docs.items()}
    assert standing["江建〔2024〕13号"].status == "repealed" and standing["江农发〔2025〕31号"].status == "expired"
    later = standing["江人社发〔2024〕15号"]  # (失效 only in the export's metadata; the series' later notice in force)
    assert later.status == "expired" and later.successor is not None and later.successor.doc_number == "江人社发〔2026〕8号"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])
    answer, _ = _answer(run, "要推倒重建")
    assert "不适用本办法" in answer, answer  # (what the closest notice says of the case it leaves out)


def test_the_knowledge_base_s_outdated_figure_is_answered_with_the_amendment(run: Run) -> None:
    answer, refused = _answer(run, "12345热线的政策问答里写着")
    assert not refused and "修改为“每人每月400元”" in answer and "《办法》其他规定不变" in answer, answer
    assert "知识库：归侨侨眷帮扶和家政服务员培训补贴》转述的《江门市困难归侨侨眷帮扶补助办法》（江外侨〔2025〕9号）已被" in answer


def test_the_asker_s_own_group_and_the_later_notice_of_a_lapsed_one(run: Run) -> None:
    answer, refused = _answer(run, "我们是侨眷家庭")
    assert not refused and "每户每次最高3000元" in answer and "每人每次最高5000元" not in answer, answer
    answer, refused = _answer(run, "江人社发〔2024〕15号规定")
    assert not refused and "每人补贴1500元" in answer and "失效" in answer, answer


def test_the_older_rule_beside_the_one_now_and_the_only_house(run: Run) -> None:
    answer, refused = _answer(run, "2024年的台风农房修缮暂行办法里")
    assert not refused and "每户补助3000元" in answer and "60日内" in answer and "90日内" in answer, answer
    answer, refused = _answer(run, "两套房")
    assert not refused and "唯一住房" in answer, answer


def test_a_figure_only_in_the_slides_notes_or_table(run: Run) -> None:
    answer, refused = _answer(run, "申请临时帮扶有时间限制吗")
    assert not refused and "困难发生之日起3个月内" in answer and "15个工作日内作出审核决定" in answer, answer
    answer, refused = _answer(run, "心脏搭桥")
    assert not refused and "超过2万元的部分按30%补助" in answer, answer


def test_no_part_is_said_missing_where_a_quote_answers_it(run: Run) -> None:
    for asked, said in (("台山市也是一样吗", "按市级6、市（区）级4分担"), ("公示几天", "公示期不少于7日"),
                        ("年纪大的有没有多给", "每人另加3000元")):
        answer, refused = _answer(run, asked)
        assert not refused and said in answer and "文件未提及" not in answer, answer

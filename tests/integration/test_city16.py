"""A sixteenth city's documents (tests/data/city16: 宝鸡, written blind by a helper): a DOCX saved with its tracked
changes and comments, an owner-password PDF whose landscape 任务分工表 is stored on a portrait page with /Rotate 90,
a tall phone screenshot of an app's 政策问答, an e-mail (.eml) forwarding a notice as a DOCX attachment, a GBK CSV
from an open-data portal and an old GBK CMS page. Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import ingest_corpus
from index.ingest import MAIL_MEMBER
from index.standing import build_graph
from tests.support.city import CityRun as Run
from tests.support.city import answer_to as _answer
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city16"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return city_eval(tmp_path_factory.mktemp("city16-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_and_each_notice_s_standing_is_known() -> None:
    items = ingest_corpus(DATA / "corpus")
    read = [d for item in items for d in item.documents]
    docs = {d.doc_number or d.title: d for d in read}
    assert len(read) == 7 and not any(i.report.error for i in items)
    # the tracked changes accepted: the inserted figures, not the deleted ones
    amending = docs["宝政办发〔2026〕29号"].text
    assert "失能老年人每人每月800元" in amending and "每人每月700元" not in amending and "增加50元" not in amending
    # the turned page's table row by row
    plan = docs["宝政办发〔2026〕7号"].text
    assert "6\t开展养老护理员上门服务技能培训\t市人力资源和社会保障局\t市民政局、各区县人民政府\t2026年8月31日前" in plan
    # the mail: its cover letter (signed by the 镇's office) and its attachment, each a document
    mail = [d for d in read if d.corpus_file.endswith(".eml")]
    assert {dict(d.meta)[MAIL_MEMBER] for d in mail} >= {"正文"} and len(mail) == 2
    letter = next(d for d in mail if dict(d.meta)[MAIL_MEMBER] == "正文")
    assert "杨建平" in letter.text and letter.issuer == "柳林镇人民政府社会事务办" and letter.date == "2026-01-09"
    # the CSV's rows as a table, the screenshot titled by the lines over its 来源 line
    rows = next(d.text for d in read if d.corpus_file.endswith(".csv"))
    assert "13\t眉县\t眉县金渠养老服务站\t眉县金渠镇金渠街16号\t0917-5581247" in rows
    shot = next(d for d in read if d.corpus_file.endswith(".png"))
    assert shot.title == "家庭养老床位来了！谁能申请、补贴多少、怎么申请，一文读懂" and shot.date == "2026-03-20"
    graph = build_graph(read)
    standing = {k: graph.of_doc(d.doc_id, "2026-12-02") for k, d in docs.items()}
    assert standing["宝市民发〔2023〕27号"].status == "repealed" and standing["宝市民发〔2026〕3号"].status == "expired"
    assert standing["宝政办发〔2026〕7号"].label.startswith("已修改") and standing["宝政办发〔2026〕29号"].status == "in_force"


def test_every_unanswerable_question_is_refused(run: Run) -> None:
    _, rows, items = run
    unanswerable = [i for i, item in items.items() if item["type"] == "unanswerable"]
    assert len(unanswerable) == 6
    for asked in unanswerable:
        assert rows[asked]["refused"], (items[asked]["question"], rows[asked]["answer"])


def test_an_app_s_outdated_figure_comes_with_the_notice_and_its_amendment(run: Run) -> None:
    answer, refused = _answer(run, "我父亲83岁")
    assert not refused and "每人每月800元" in answer and "增加服务补贴100元" in answer, answer


def test_the_row_of_the_town_asked_and_its_phone(run: Run) -> None:
    answer, refused = _answer(run, "金渠镇这边是哪家服务机构")
    assert not refused and "眉县金渠养老服务站" in answer and "0917-5581247" in answer and "陇县" not in answer, answer


def test_a_task_row_of_the_turned_table(run: Run) -> None:
    answer, refused = _answer(run, "养老护理员上门服务技能培训")
    assert not refused and "市人力资源和社会保障局" in answer and "2026年8月31日前" in answer, answer


def test_a_fact_only_the_cover_letter_gives(run: Run) -> None:
    answer, refused = _answer(run, "柳林镇")
    assert not refused and "2026年1月16日前" in answer, answer


def test_an_amendment_quoted_comes_with_what_it_leaves_unchanged(run: Run) -> None:
    answer, refused = _answer(run, "我奶奶今年72岁")
    assert not refused and "半失能老年人每人每月300元" in answer and "《方案》其他内容不变" in answer, answer


def test_an_app_s_plain_words_come_with_the_notice_s_own_sentence(run: Run) -> None:
    # "外地户籍老人…可以申请建设补贴" beside the notice's "…可以申请家庭养老床位建设补贴，不享受服务补贴"
    answer, refused = _answer(run, "我是甘肃人")
    assert not refused and "不享受服务补贴" in answer, answer

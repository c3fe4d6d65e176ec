"""A tenth city's documents (tests/data/city10: 赣州, written blind by a helper): a notice saved by the
browser as one .mhtml file, a GB18030 解读 page with a side column of links, a Word plan under tracked
changes with reviewers' comments, its task table published on its own as an .xlsx "（…9号附件）", a text
PDF gazette of three notices (one expired, one amending the plan), and a phone photo of a notice that
amends the gazette's 办法. Asked as of 2026-12-02 without a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest import ingest_file
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city10"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, dict], dict[str, dict]]:
    return city_eval(tmp_path_factory.mktemp("city10-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_each_new_kind_of_file_is_read_as_its_notice() -> None:
    page = ingest_file(DATA / "corpus" / "ganzhou-gaoling-jintie.mhtml").documents[0]
    assert page.doc_number == "赣市民字〔2026〕42号" and page.issuer == "赣州市民政局" and page.date == "2026-09-18"
    table = ingest_file(DATA / "corpus" / "ganzhou-jineng-renwu-fengong.xlsx").documents[0]
    assert table.doc_number == "赣市府办字〔2026〕9号" and table.title.endswith("重点任务分工表")
    plan = ingest_file(DATA / "corpus" / "ganzhou-jineng-tisheng-fangan.docx").documents[0]
    assert "所需资金从失业保险基金中列支" in plan.text and "所需资金由市级财政全额保障" not in plan.text
    photo = ingest_file(DATA / "corpus" / "ganzhou-rencai-gongyu-photo.jpg").documents[0]
    assert photo.doc_number == "赣市住建字〔2026〕118号"


def test_every_unanswerable_question_is_refused(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    for words in ("吉安", "冒领", "社会保险", "中考", "学徒制", "床位"):
        asked = next(i for i, item in items.items() if item["type"] == "unanswerable" and words in item["question"])
        assert rows[asked]["refused"], (words, rows[asked]["answer"])


def test_a_rule_revised_in_the_word_file_is_answered_as_revised(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if "渠道列支" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert "所需资金从失业保险基金中列支" in answer and "市级财政全额保障" not in answer, answer


def test_a_district_s_row_of_bare_figures_and_a_row_of_the_spreadsheet_are_found(
        run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if "于都县" in i["question"] and "取证任务" in i["question"])
    assert "5400" in rows[asked["id"]]["answer"] and "2250" in rows[asked["id"]]["answer"]
    asked = next(i for i in items.values() if "质量评估" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert "市教育局、市市场监督管理局" in answer and "120" in answer, answer


def test_a_deadline_the_gazette_amended_is_answered_with_the_amendment(
        run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if "12个月内" in i["question"] and "还执行吗" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert "自证书核发之日起24个月内" in answer and "赣市府办字〔2026〕31号）修改（自2026年6月1日起施行）" in answer, answer


def test_a_question_the_qa_page_asks_in_other_words_is_answered_by_its_answer_under_its_own_heading(
        run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    """"…高龄津贴和养老服务补贴能一起享受吗" is the 解读 page's "五、…能同时享受吗？": its answer is quoted, and
    cited under that question, not under the heading of the chunk its passage was grown from ("六、…")."""
    _, rows, items = run
    asked = next(i for i in items.values() if "能一起享受吗" in i["question"])
    row = rows[asked["id"]]
    cited = next(c for c in row["citations"] if "可以同时享受" in c["quote"])
    assert cited["section"].endswith("五、高龄津贴和养老服务补贴能同时享受吗？"), row["citations"]

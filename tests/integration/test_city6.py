"""A sixth city's documents (tests/data/city6: 扬州, written blind by a helper): a GB18030 page of an old
table-layout CMS, a 解读 page, a Word file with a merged task table, a four-page text PDF, a scan and a
UTF-8 (BOM, CRLF) gazette of another print house, asked as of 2026-12-02 without a model. The gazette
splits into its four notices (its 决定's repeal list makes none); the notice set in a layout table's
cell keeps its articles; every question the files do not answer is refused, the near misses too (next
year's 年度, a fine asked where only rewards are printed, points asked beside a fine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest import ingest_file
from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city6"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, dict], dict[str, dict]]:
    return city_eval(tmp_path_factory.mktemp("city6-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_the_gazette_is_its_four_notices_and_the_layout_page_its_articles() -> None:
    gazette = ingest_file(DATA / "corpus" / "yangzhou-gazette-2023-8.txt")
    assert [d.doc_number for d in gazette.documents] == [
        "扬府发〔2023〕52号", "扬府办发〔2023〕71号", "扬人社发〔2023〕46号", "扬府任〔2023〕19号"]
    page = ingest_file(DATA / "corpus" / "yangzhou-graduate-subsidy.html").documents[0]
    assert page.doc_number == "扬人社规〔2026〕3号" and len(page.sections) >= 10
    assert any(s.path[-1].startswith("第八条") for s in page.sections), [s.path[-1] for s in page.sections]


def test_key_facts_and_citations(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    overall, _, _ = run
    assert overall["key_fact_recall"] >= 0.85, overall
    assert overall["citation_precision"] >= 0.90, overall
    assert overall["false_refusal"] <= 0.05, overall


def test_every_question_the_files_do_not_answer_is_refused(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    unanswerable = [i for i in items.values() if i["type"] == "unanswerable"]
    assert len(unanswerable) == 5
    assert [i["id"] for i in unanswerable if not rows[i["id"]]["refused"]] == []


def test_sums_of_a_repealed_notice_are_answered_with_the_articles_that_replaced_them(
        run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    """"按扬人社发〔2023〕46号，…是5000元、…最高5000元，…现在还按这个标准执行吗": the 办法 that repealed it
    is read whole for each sum, not only where retrieval found it for the old notice's words."""
    _, rows, items = run
    asked = next(i for i in items.values() if i["type"] == "validity" and "扬人社发〔2023〕46号" in i["question"]
                 and "5000元" in i["question"])
    answer = rows[asked["id"]]["answer"]
    assert "给予一次性创业补贴8000元" in answer and "每户每年最高6000元" in answer, answer

"""A second city's documents (tests/data/city2: 株洲 web pages, a Word file, a PDF, a three-notice
gazette, a GBK text; written blind by a helper), asked as of 2026-12-02 without a model: a repealed
notice named by its 文号 is said to be repealed and the rule that replaced it is quoted; an expired
notice's rule is introduced as expired; questions about other cities are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.city import city_eval

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "city2"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, dict], dict[str, dict]]:
    return city_eval(tmp_path_factory.mktemp("city2-eval"), DATA / "corpus", DATA / "qa.jsonl", "2026-12-02")


def test_key_facts_and_citations(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    overall, _, _ = run
    assert overall["key_fact_recall"] >= 0.75, overall
    assert overall["citation_precision"] >= 0.90, overall
    assert overall["false_refusal"] <= 0.05, overall


def test_a_repealed_notice_named_by_its_number_is_said_repealed_and_its_successor_quoted(
        run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if i["type"] == "validity" and "〔2016〕27号" in i["question"])
    row = rows[asked["id"]]
    assert not row["refused"], row["answer"]
    head = row["answer"].split("根据《", 1)[0]
    assert "株政办发〔2016〕27号" in head and "废止" in head and "株政办发〔2022〕38号" in head
    assert "每户每月10元" in row["answer"]


def test_an_expired_notice_is_introduced_as_expired(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    asked = next(i for i in items.values() if i["type"] == "validity" and "购房补贴" in i["question"])
    answer = rows[asked["id"]]["answer"]
    first_quote = answer.index("：")
    assert "已失效" in answer[:first_quote], answer


def test_questions_about_other_cities_are_refused(run: tuple[dict, dict[str, dict], dict[str, dict]]) -> None:
    _, rows, items = run
    elsewhere = [i for i in items.values() if i["type"] == "unanswerable"
                 and any(city in i["question"] for city in ("长沙", "湘潭"))]
    assert len(elsewhere) >= 2
    for item in elsewhere:
        assert rows[item["id"]]["refused"], rows[item["id"]]["answer"]

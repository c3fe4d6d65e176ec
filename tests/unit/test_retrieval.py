from __future__ import annotations

import numpy as np
import pytest

from index.models import Document, Section
from rag.query import analyse, mention_matches, place_aliases
from rag.retrieval import (
    Filters,
    PolicyRetriever,
    doc_scores,
    focus_window,
    passes,
    rrf,
    top_indices,
)


def test_rrf_rewards_items_ranked_high_by_both_lists() -> None:
    scores = rrf([[0, 1, 2], [2, 0, 3]], [1.0, 1.0], n=4, k=60)
    assert scores.argmax() == 0  # 1st and 2nd beats 3rd and 1st
    assert scores[3] == pytest.approx(1 / 63)
    assert scores[1] == pytest.approx(1 / 62)
    weighted = rrf([[0, 1], [1, 0]], [1.0, 3.0], n=2)
    assert weighted[1] > weighted[0]


def test_top_indices_and_doc_scores() -> None:
    s = np.array([0.1, 0.9, 0.0, 0.5])
    assert top_indices(s, 2) == [1, 3]
    assert top_indices(s, 10) == [1, 3, 0, 2]
    d = doc_scores(np.array([0.5, 0.4, 0.3, 0.0]), ["a", "a", "b", "b"])
    assert d["a"] == pytest.approx(0.5 + 0.3 * 0.4) and d["b"] == pytest.approx(0.3)


@pytest.mark.parametrize(("question", "doc_number", "expected"), [
    ("卫政办发〔2019〕43号的牵头单位？", "卫政办发〔2019〕43号", True),
    ("卫政办发 [2019] 43 号 的牵头单位？", "卫政办发〔2019〕43号", True),
    ("根据卫政办发（2019）43号文件", "卫政办发〔2019〕43号", True),
    ("卫政办发〔2019〕143号", "卫政办发〔2019〕43号", False),
    ("卫政办发〔2019〕43号", "卫政办发〔2019〕143号", False),
    ("卫政办发〔2018〕43号", "卫政办发〔2019〕43号", False),
    ("卫政发〔2019〕43号", "卫政办发〔2019〕43号", False),
])
def test_doc_number_mentions(question: str, doc_number: str, expected: bool) -> None:
    mentions = analyse(question, []).doc_numbers
    assert any(mention_matches(m, doc_number) for m in mentions) is expected


def test_places_known_short_and_unknown() -> None:
    a = analyse("我在中宁开了家店，海原县有没有类似政策？", ["中宁县", "中卫市"])
    assert a.places == ("中宁县",)
    assert "海原县" in a.unknown_places
    assert place_aliases("中卫市") == {"中卫市", "中卫"}
    assert analyse("宁夏回族自治区的办法", ["中宁县"]).unknown_places == ()
    assert analyse("2019年和2022年", []).years == (2019, 2022)


def _doc(issuer: str, date: str, title: str = "关于印发某某实施方案的通知") -> Document:
    return Document("f.txt", None, title, issuer, date, "正文", (Section((title,), 0, 2),))


def test_hard_filters() -> None:
    d = _doc("中宁县人民政府办公室", "2019-04-30")
    assert passes(d, Filters())
    assert passes(d, Filters(localities=("中宁县",), years=(2019,)))
    assert not passes(d, Filters(localities=("贺兰县",)))
    assert not passes(d, Filters(years=(2022,)))
    assert passes(d, Filters(issuers=("中宁县人民政府",)))
    assert not passes(d, Filters(kinds=("规划",)))


def test_focus_window_recentres_on_the_question_terms() -> None:
    text = "无关的开头。" * 30 + "折死沟的县级河长是杨国林，长度133.23公里。" + "其他内容。" * 30
    a, b = focus_window(text, 0, len(text), {"折死沟": 5.0, "河长": 2.0, "公里": 1.0}, 120, (0, 60))
    span = text[a:b]
    assert "折死沟" in span and "133.23公里" in span
    assert b - a <= 120 and span == text[a:b].strip()


def test_doc_number_in_question_puts_that_notice_first(small_runtime) -> None:
    retriever = small_runtime.retriever
    doc = next(d for d in retriever.index.documents.values() if d.doc_number)
    spaced = doc.doc_number.replace("〔", " [").replace("〕", "] ").replace("号", " 号")
    res = retriever.retrieve(f"{spaced}规定了什么？")
    assert res.hits[0].chunk.doc_number == doc.doc_number


def test_quoted_title_puts_that_notice_first(small_runtime) -> None:
    retriever = small_runtime.retriever
    doc = sorted(retriever.index.documents.values(), key=lambda d: d.title)[3]
    res = retriever.retrieve(f"《{doc.title}》有什么要求？")
    assert res.hits[0].chunk.doc_id == doc.doc_id


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_modes_rank_passages_with_provenance(small_runtime, mode: str) -> None:
    res = small_runtime.retriever.retrieve("残疾儿童康复救助标准", mode=mode, top_k=4)
    assert [h.rank for h in res.hits] == list(range(1, len(res.hits) + 1)) and res.hits
    for h in res.hits:
        doc = small_runtime.index.documents[h.chunk.doc_id]
        assert doc.text[h.start:h.end] == h.text


def test_hard_locality_filter_excludes_other_places(small_runtime) -> None:
    res = small_runtime.retriever.retrieve("实施方案的工作要求", Filters(localities=("中卫市",)))
    assert res.hits and all("中卫" in h.chunk.issuer for h in res.hits)


def test_langchain_retriever_interface(small_runtime) -> None:
    docs = PolicyRetriever(retriever=small_runtime.retriever).invoke("残疾儿童康复救助")
    assert docs and {"doc_number", "title", "section", "issuer", "date"} <= set(docs[0].metadata)

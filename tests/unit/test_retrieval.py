from __future__ import annotations

import numpy as np
import pytest

from index.lexical import tokenize
from index.models import Document, Section
from rag.fusion import doc_scores, passes, rrf, top_indices
from rag.passages import focus_window
from rag.schema import Filters


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


def test_passes_checks_each_filter_kind() -> None:
    d = _doc("中卫市人民政府办公室", "2023-11-20", "关于加快推进新能源汽车充电基础设施建设的实施方案的通知")
    assert passes(d, Filters(localities=("中卫市",), years=(2023,), issuers=("中卫市人民政府",),
                             kinds=("实施方案",)))
    assert not passes(d, Filters(localities=("中卫市",), years=(2024,)))
    assert not passes(d, Filters(kinds=("管理办法",)))
    assert not passes(Document("f.txt", None, "无日期", "", None, "x", ()), Filters(years=(2019,)))


def test_rrf_ignores_lists_that_are_empty() -> None:
    scores = rrf([[2, 0], []], [1.0, 1.0], n=3, k=0)
    assert scores.tolist() == pytest.approx([0.5, 0.0, 1.0])


def test_top_indices_is_stable_for_ties_and_empty_input() -> None:
    assert top_indices(np.array([1.0, 1.0, 1.0]), 2) == [0, 1]
    assert top_indices(np.array([]), 3) == []
    assert top_indices(np.array([0.2, 0.1]), 0) == []


def test_doc_scores_ignore_chunks_without_score() -> None:
    d = doc_scores(np.array([0.0, 0.2, 0.0, 0.1, 0.1, 0.1]), ["a", "b", "b", "c", "c", "c"])
    assert set(d) == {"b", "c"}
    assert d["c"] == pytest.approx(0.1 + 0.3 * 0.2)  # at most two supporting chunks count


def test_focus_window_respects_the_size_and_cuts_at_sentence_ends() -> None:
    text = "".join(f"第{i}条规定了具体工作。" for i in range(60))
    target = text.index("第40条")
    a, b = focus_window(text, 0, len(text), {"第40条": 3.0}, 50, (0, 30))
    assert b - a <= 50 and a <= target < b
    assert text[b - 1] == "。" and (a == 0 or text[a - 1] == "。")


def test_focus_window_without_question_terms_keeps_the_hit() -> None:
    text = "甲乙丙丁。" * 40
    assert focus_window(text, 0, len(text), {"无关": 1.0}, 50, (100, 150))[0] == 100


def test_doc_number_boundary_in_retrieval(small_runtime) -> None:
    """卫政干发〔2024〕1号 and 卫政规发〔2024〕1号 share year and serial: the code decides."""
    hits = small_runtime.retriever.retrieve("卫政干发〔2024〕1号的内容是什么？").hits
    assert hits[0].chunk.doc_number == "卫政干发〔2024〕1号"
    hits = small_runtime.retriever.retrieve("卫政规发〔2024〕1号的内容是什么？").hits
    assert hits[0].chunk.doc_number == "卫政规发〔2024〕1号"


def test_named_notice_sharing_no_words_with_the_question_still_comes_first(small_runtime) -> None:
    res = small_runtime.retriever.retrieve("卫政干发〔2024〕2号")
    assert res.hits[0].chunk.doc_number == "卫政干发〔2024〕2号"


def test_top_k_and_unique_passages(small_runtime) -> None:
    res = small_runtime.retriever.retrieve("数字政府建设重点任务", top_k=5)
    assert len(res.hits) == 5
    spans = [(h.chunk.doc_id, h.start, h.end) for h in res.hits]
    assert len(set(spans)) == 5
    assert res.hits[0].score >= res.hits[-1].score
    assert {"retrieval_ms", "dense_ms", "bm25_ms"} <= set(res.latency_ms)


def test_year_and_locality_filters_in_retrieval(small_runtime) -> None:
    res = small_runtime.retriever.retrieve("工作方案", Filters(years=(2019,)))
    assert res.hits and all(h.chunk.date.startswith("2019") for h in res.hits)
    assert small_runtime.retriever.retrieve("工作方案", Filters(localities=("海原县",))).hits == ()


def test_hard_filter_finds_passages_beyond_the_unfiltered_candidates(small_runtime) -> None:
    """A filter narrows the search to the chosen notices: their matching passages are found even when
    60 passages of other notices match the question better."""
    flt = Filters(kinds=("管理办法",))
    allowed = {d for d, doc in small_runtime.index.documents.items() if passes(doc, flt)}
    assert allowed  # 卫政规发〔2024〕1号 issues a 管理办法 …
    chunk_ids = [i for i, c in enumerate(small_runtime.index.chunks) if c.doc_id in allowed]
    bm = small_runtime.index.bm25.scores(tokenize("工作方案"))
    assert bm[chunk_ids].max() > 0  # … whose text matches the question
    res = small_runtime.retriever.retrieve("工作方案", flt)
    assert res.hits
    assert all(h.chunk.doc_id in allowed for h in res.hits)


def test_facets_list_what_the_corpus_offers(small_runtime) -> None:
    f = small_runtime.retriever.facets()
    assert f["localities"] == ["中卫市", "中宁县"] or sorted(f["localities"]) == ["中卫市", "中宁县"]
    assert f["years"][0] == "2024" and "2019" in f["years"]
    assert "中宁县人民政府办公室" in f["issuers"]

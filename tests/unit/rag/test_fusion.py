from __future__ import annotations

import numpy as np
import pytest

from index.lexical import tokenize
from index.models import Document, Section
from index.search import top_indices
from rag.fusion import doc_scores, passes, rrf
from rag.schema import Filters


def _doc(issuer: str, date: str, title: str = "关于印发某某实施方案的通知") -> Document:
    return Document("f.txt", None, title, issuer, date, "正文", (Section((title,), 0, 2),))


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


def test_a_notice_whole_in_one_chunk_is_not_outscored_for_the_number_of_another_s_sections() -> None:
    """A photo of a short notice (one chunk, the best match) against a long notice whose many sections
    each match a little less: the short one comes first, as it does not with its one chunk counted alone."""
    scores = np.array([0.033, 0.032, 0.030, 0.029])
    docs = ["photo", "long", "long", "long"]
    assert doc_scores(scores, docs)["photo"] < doc_scores(scores, docs)["long"]
    whole = doc_scores(scores, docs, {"photo"})
    assert whole["photo"] > whole["long"]



def test_hard_filters() -> None:
    d = _doc("中宁县人民政府办公室", "2019-04-30")
    assert passes(d, Filters())
    assert passes(d, Filters(localities=("中宁县",), years=(2019,)))
    assert not passes(d, Filters(localities=("贺兰县",)))
    assert not passes(d, Filters(years=(2022,)))
    assert passes(d, Filters(issuers=("中宁县人民政府",)))
    assert not passes(d, Filters(kinds=("规划",)))


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


def test_coverage_weights_leave_out_words_no_notice_uses() -> None:
    from rag.fusion import corpus_words_idf, make_idf
    df = {"燃煤": 3, "锅炉": 4, "补贴": 20}
    idf = make_idf(df, 100)
    weight = corpus_words_idf(idf, df, lambda t: t == "孩子")
    assert weight("澡堂子") == 0.0 and idf("澡堂子") > idf("燃煤")  # the plain word nobody writes
    assert weight("燃煤") == idf("燃煤")
    assert weight("孩子") == idf("孩子")  # notices say 儿童 for it
    assert weight("3岁") == idf("3岁") and weight("300万元") == idf("300万元")  # held by ranges


def test_a_word_the_segmenter_never_made_a_token_of_is_weighed_where_notices_print_it() -> None:
    """"翻埋" is cut 翻/埋 everywhere, so no chunk holds it as a token; the notices print it ("秸秆翻埋还田")."""
    from rag.fusion import corpus_words_idf, make_idf
    df = {"补助": 20, "秸秆": 5}
    texts = ["秸秆翻埋还田每亩40元。", "秸秆碎混还田每亩25元。", "作业补助资金兑付。"]
    printed = lambda w: sum(w in t for t in texts)  # noqa: E731
    idf = make_idf(df, 100, printed)
    weight = corpus_words_idf(idf, df, lambda t: False, printed)
    assert weight("翻埋") == idf("翻埋") > 0 and idf("翻埋") < make_idf(df, 100)("翻埋")  # a word of 1 chunk, not unseen
    assert weight("闺女") == 0.0  # printed nowhere
    # a pair read as one word where the question had none ("…浇埋…": 浇/埋) weighs nothing in choosing
    # sentences; a word no notice uses keeps its weight there ("闺女" held by no sentence tells them apart)
    assert idf("浇埋") == 0.0 and idf("闺女") == make_idf(df, 100)("闺女") > 0

from __future__ import annotations

import pytest

from index.models import Document, Section
from rag.schema import Filters


def _doc(issuer: str, date: str, title: str = "关于印发某某实施方案的通知") -> Document:
    return Document("f.txt", None, title, issuer, date, "正文", (Section((title,), 0, 2),))


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


def test_facets_list_what_the_corpus_offers(small_runtime) -> None:
    f = small_runtime.retriever.facets()
    assert f["localities"] == ["中卫市", "中宁县"] or sorted(f["localities"]) == ["中卫市", "中宁县"]
    assert f["years"][0] == "2024" and "2019" in f["years"]
    assert "中宁县人民政府办公室" in f["issuers"]


def test_a_lexical_search_finds_the_notice_word_for_an_everyday_one(small_runtime) -> None:
    res = small_runtime.retriever.retrieve("小孩", mode="bm25", top_k=3)
    assert res.hits and "儿童" in res.hits[0].text


def test_a_short_chunk_of_a_short_notice_is_a_passage_of_its_own(tmp_path) -> None:
    """A one-page 通告 in three short chunks: the first (its title, 文号 and first rule) is not dropped
    because the window around it runs into the passage of the second, which ranked first."""
    from rag.runtime import open_runtime
    from rag.settings import Settings
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notice.txt").write_text(
        "某市防汛抗旱指挥部关于汛期禁止在某河河道游泳垂钓的通告\n某防指通〔2026〕3号\n"
        "为切实保障人民群众生命安全，根据《中华人民共和国防洪法》等有关法律法规，现就汛期某河河道安全管理有关事项通告如下：\n"
        "禁止时间为每年6月1日至9月30日主汛期。主汛期内全天禁止在下列区域游泳、垂钓、戏水；"
        "每日20时至次日6时，禁止进入下列区域的河道滩地。\n"
        "禁止区域包括某河东区大桥至西区码头河段、某河石窟景区至新区诸葛镇河段，以及某河上各橡胶坝、拦河坝上下游各300米范围。"
        "水库、拦河坝开闸泄洪前，由所在区人民政府发布预警，沿河人员接到预警后应当立即撤离河道滩地。"
        "在禁止区域游泳、垂钓的，由水行政主管部门或者公安机关予以劝离；拒不离开的，处200元以上500元以下罚款；"
        "构成违反治安管理行为的，依法给予治安管理处罚。\n"
        "发现违反本通告行为的，可以拨打市防汛抗旱指挥部办公室电话或者12345热线举报。\n本通告自2026年5月20日起施行。\n"
        "某市防汛抗旱指挥部\n2026年5月20日\n", encoding="utf-8")
    rt = open_runtime(Settings(home=tmp_path / "home", corpus=corpus, embedding_model="hash",
                               llm={"backend": "extractive"}), progress=False, log=lambda _m: None)
    chunks = [c for c in rt.index.chunks]
    assert len(chunks) >= 2  # the case: a notice in several short chunks
    hits = rt.retriever.retrieve("某河石窟景区那一段能游泳垂钓吗？", top_k=5).hits
    assert any("主汛期" in h.text for h in hits), [h.text[:30] for h in hits]



def test_the_best_fused_chunks_move_up_into_the_first_places_never_down() -> None:
    """A passage both searches rank near the top stays among the first hits however its notice
    scores (the case on the bundled corpus: tests/integration/test_retrieval_real.py)."""
    from rag.retrieval import lifted
    assert lifted([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8], 8) == [1, 2, 3, 9, 8, 4, 5, 6, 7]
    assert lifted([9, 1, 2, 3, 8], [9, 8], 8) == [9, 1, 2, 3, 8]  # already there
    assert lifted([1, 2], [7], 3) == [1, 2, 7]  # one the cut-off order had dropped comes back

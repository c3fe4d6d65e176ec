from __future__ import annotations

from typing import Any

import pytest

from index.errors import IndexLoadError
from index.milvus import collection_name, doc_filter, parse_store
from index.search import EmbeddedSearch, WithFallback


def test_store_specs_name_the_backend_the_address_and_the_collection() -> None:
    assert parse_store(None).kind == "embedded"
    assert parse_store("embedded").kind == "embedded"
    s = parse_store("milvus://10.0.0.5:19530")
    assert (s.kind, s.uri, s.collection, s.local_file) == ("milvus", "http://10.0.0.5:19530", None, False)
    assert parse_store("milvuss://db.example:443/gov_notices").uri == "https://db.example:443"
    assert parse_store("milvuss://db.example:443/gov_notices").collection == "gov_notices"
    assert parse_store("milvus://h:19530?collection=c1").collection == "c1"
    lite = parse_store("/srv/policyqa/store.db")
    assert (lite.uri, lite.local_file) == ("/srv/policyqa/store.db", True)
    assert parse_store("milvus:///srv/x.db").uri == "/srv/x.db"
    with pytest.raises(ValueError):
        parse_store("redis://h:6379")


def test_a_notice_limit_is_a_milvus_in_expression_with_quoted_ids() -> None:
    assert doc_filter(None) == ""
    assert doc_filter({"b", 'a"1'}) == 'doc_id in ["a\\"1","b"]'


def test_collection_names_are_valid_milvus_names(small_runtime: Any) -> None:
    name = collection_name(small_runtime.index)
    assert name.startswith("policyqa_") and name.replace("_", "").isalnum() and name.isascii()


def test_embedded_search_limits_to_notices_and_ranks_bm25_best_first(small_runtime: Any) -> None:
    index = small_runtime.index
    search = EmbeddedSearch(index)
    doc = next(iter(index.documents.values()))
    ranked = search.lexical(doc.title, 10)
    scores = [s for _, s in ranked]
    assert ranked and scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)
    only = search.lexical(doc.title, 10, docs={doc.doc_id})
    assert only and all(index.chunks[i].doc_id == doc.doc_id for i, _ in only)
    vec = index.chunk_vectors()[0]
    assert search.dense(vec, 3)[0][0] == 0
    assert search.dense(vec, 3, docs=set()) == [] and search.lexical(doc.title, 3, docs=set()) == []
    assert search.describe()["chunks"] == len(index.chunks)


class _Flaky:
    backend = "remote"

    def __init__(self) -> None:
        self.down = True

    def dense(self, query: Any, k: int, docs: Any = None) -> list[tuple[int, float]]:
        if self.down:
            raise IndexLoadError("Milvus search failed (RpcError).")
        return [(0, 1.0)]

    lexical = dense

    def describe(self) -> dict[str, object]:
        return {"backend": self.backend}


def test_a_failing_remote_search_answers_from_the_local_index_and_says_so_once(small_runtime: Any) -> None:
    index = small_runtime.index
    logs: list[str] = []
    remote, local = _Flaky(), EmbeddedSearch(index)
    search = WithFallback(remote, local, logs.append)
    vec = index.chunk_vectors()[4]
    assert search.dense(vec, 3) == local.dense(vec, 3)
    title = next(iter(index.documents.values())).title
    assert search.lexical(title, 3) == local.lexical(title, 3)
    assert len(logs) == 1 and "local index" in logs[0] and search.describe()["failing"] is True
    remote.down = False
    assert search.dense(vec, 3) == [(0, 1.0)] and len(logs) == 2 and search.describe()["failing"] is False


def test_a_large_index_is_searched_through_an_hnsw_graph_that_finds_what_the_flat_scan_finds(
        small_runtime: Any) -> None:
    index = small_runtime.index
    flat = EmbeddedSearch.for_index(index, approximate_above=0)
    graph = EmbeddedSearch.for_index(index, approximate_above=10)
    assert not flat.approximate and graph.approximate and graph.describe()["dense"] == "hnsw"
    vectors = index.chunk_vectors()
    agree, probes = 0, range(0, len(index.chunks), max(1, len(index.chunks) // 40))
    for i in probes:
        top_flat = [j for j, _ in flat.dense(vectors[i], 5)]
        top_graph = [j for j, _ in graph.dense(vectors[i], 5)]
        assert top_graph[0] == i == top_flat[0]
        agree += len(set(top_flat) & set(top_graph))
    assert agree >= 0.9 * 5 * len(probes)  # recall@5 of the graph against the exact scan
    doc = index.chunks[7].doc_id
    limited = graph.dense(vectors[7], 10, docs={doc})
    assert limited[0][0] == 7 and all(index.chunks[j].doc_id == doc for j, _ in limited)
    assert flat.dense(vectors[7], 10, docs={doc}) == [(j, s) for j, s in flat.dense(vectors[7], 10 ** 6)
                                                       if index.chunks[j].doc_id == doc][:10]

"""The Milvus backend against milvus-lite started as a loopback server (as CI and a cluster run it):
sync, incremental sync, filters, and retrieval that agrees with the embedded store."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from index.milvus import MilvusStore, parse_store
from index.search import EmbeddedSearch
from rag.retrieval import HybridRetriever
from rag.runtime import chunk_fields
from tests.support.servers import milvus_lite_server

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def milvus_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with milvus_lite_server(tmp_path_factory.mktemp("milvus")) as uri:
        yield uri


@pytest.fixture(scope="module")
def synced(milvus_uri: str, small_runtime: Any) -> Iterator[tuple[MilvusStore, Any]]:
    store = MilvusStore(parse_store(milvus_uri + "/policyqa_test"))
    index = small_runtime.index
    report = store.sync(index, chunk_fields(index, "2026-12-02"))
    assert (report.inserted, report.deleted, report.chunks) == (len(index.chunks), 0, len(index.chunks))
    yield store, index
    store.drop("policyqa_test")
    store.close()


def test_a_second_sync_of_the_same_index_writes_nothing(synced: Any) -> None:
    store, index = synced
    again = store.sync(index, chunk_fields(index, "2026-12-02"))
    assert (again.inserted, again.deleted) == (0, 0)
    assert store.stored_ids("policyqa_test") == {c.id for c in index.chunks}


def test_an_incremental_sync_inserts_and_deletes_only_what_changed(milvus_uri: str, small_runtime: Any) -> None:
    index = small_runtime.index
    store = MilvusStore(parse_store(milvus_uri + "/policyqa_incr"))
    fields = chunk_fields(index, "2026-12-02")
    try:
        # An index that lacks the last notice's chunks, as before an upload of that notice.
        last = index.chunks[-1].doc_id
        keep = [i for i, c in enumerate(index.chunks) if c.doc_id != last]
        smaller = dataclasses.replace(
            index, chunks=[index.chunks[i] for i in keep], tokens=[index.tokens[i] for i in keep],
            documents={d: doc for d, doc in index.documents.items() if d != last},
            manifest=dataclasses.replace(index.manifest, checksums={"chunks.jsonl": "before"}))
        smaller.chunk_vectors = lambda: index.chunk_vectors()[keep]  # type: ignore[method-assign]
        first = store.sync(smaller, fields)
        assert first.inserted == len(keep) and first.deleted == 0
        grown = store.sync(index, fields)
        assert grown.inserted == len(index.chunks) - len(keep) and grown.deleted == 0
        # A replica that has not pulled that notice yet leaves its chunks alone …
        behind = store.sync(smaller, fields)
        assert behind.inserted == 0 and behind.deleted == 0
        # … and ``policyqa index`` (prune_all) makes the collection match its corpus exactly.
        shrunk = store.sync(dataclasses.replace(smaller, manifest=dataclasses.replace(
            smaller.manifest, checksums={"chunks.jsonl": "after"})), fields, prune_all=True)
        assert shrunk.inserted == 0 and shrunk.deleted == len(index.chunks) - len(keep)
    finally:
        store.drop("policyqa_incr")
        store.close()


def test_dense_search_matches_faiss_and_filters_by_notice(synced: Any) -> None:
    store, index = synced
    milvus, embedded = store.search(index, "policyqa_test"), EmbeddedSearch(index)
    rng = np.random.default_rng(7)
    for _ in range(5):
        q = rng.standard_normal(index.manifest.dim).astype(np.float32)
        q /= np.linalg.norm(q)
        assert [i for i, _ in milvus.dense(q, 10)] == [i for i, _ in embedded.dense(q, 10)]
    one = index.chunks[0].doc_id
    limited = milvus.dense(index.chunk_vectors()[0], 20, docs={one})
    assert limited and all(index.chunks[i].doc_id == one for i, _ in limited)
    assert milvus.dense(index.chunk_vectors()[0], 20, docs=set()) == []


def test_bm25_inside_milvus_finds_the_notice_by_its_words(synced: Any) -> None:
    store, index = synced
    milvus = store.search(index, "policyqa_test")
    docs = list(index.documents.values())[:15]
    found = 0
    for doc in docs:
        ranked = milvus.lexical(doc.title, 5)
        found += bool(ranked) and index.chunks[ranked[0][0]].doc_id == doc.doc_id
    assert found >= 0.8 * len(docs)


def test_hybrid_retrieval_on_milvus_agrees_with_the_embedded_store(synced: Any, small_runtime: Any) -> None:
    store, index = synced
    emb = small_runtime.retriever
    mil = HybridRetriever(index, small_runtime.embedder, emb.settings, store.search(index, "policyqa_test"))
    docs = list(index.documents.values())
    same = sum(emb.retrieve(d.title).hits[0].chunk.doc_id == mil.retrieve(d.title).hits[0].chunk.doc_id
               for d in docs)
    assert same >= 0.9 * len(docs)
    fused = store.search(index, "policyqa_test").hybrid(index.chunk_vectors()[3], index.chunks[3].text, 5)
    assert fused and fused[0][0] == 3  # Milvus' own RRF: the chunk both lists put first


def test_a_milvus_lite_file_store_works_in_process(tmp_path: Path, small_runtime: Any) -> None:
    spec = parse_store(str(tmp_path / "store.db"))
    store = MilvusStore(spec)
    index = small_runtime.index
    try:
        report = store.sync(index, chunk_fields(index, "2026-12-02"))
        assert report.inserted == len(index.chunks)
        hit = store.search(index, report.collection).dense(index.chunk_vectors()[5], 1)
        assert hit[0][0] == 5
    finally:
        store.close()

"""Candidate search over an index's chunks: the one seam between retrieval and where the vectors live.

Two backends answer the same two questions, "the chunks nearest this query vector" and "the chunks
BM25 ranks first for this text", each optionally limited to some notices:

- ``EmbeddedSearch`` (default): FAISS and the bm25s arrays of the loaded index, in this process;
- ``index.milvus.MilvusSearch``: a Milvus collection (milvus-lite file or server, or a cluster),
  dense vectors plus Milvus' own jieba BM25, the notice limit as a filter expression.

Both return chunk positions of the loaded index (``LoadedIndex.chunks[i]``), best first, so fusion,
notice-level scoring, passages and everything after them do not know which backend answered.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from index.errors import IndexLoadError
from index.lexical import tokenize
from index.store import LoadedIndex

Ranked = list[tuple[int, float]]  # (chunk position, score), best first


def top_indices(scores: np.ndarray, k: int) -> list[int]:
    """Positions of the ``k`` largest scores, best first; ties keep their order."""
    k = min(k, len(scores))
    if k <= 0:
        return []
    idx = np.argpartition(-scores, k - 1)[:k]
    return [int(i) for i in idx[np.argsort(-scores[idx], kind="stable")]]


class ChunkSearch(Protocol):
    backend: str

    def dense(self, query: np.ndarray, k: int, docs: Collection[str] | None = None) -> Ranked:
        """The ``k`` chunks whose vectors have the largest inner product with ``query`` (1×dim)."""
        ...

    def lexical(self, text: str, k: int, docs: Collection[str] | None = None) -> Ranked:
        """The ``k`` chunks BM25 ranks first for ``text`` (only chunks that share a term)."""
        ...

    def describe(self) -> dict[str, object]:
        """What answers: backend, where, how many chunks (for status pages and the bench)."""
        ...


# Above this many chunks an exact (flat) scan costs more than the rest of retrieval together
# (~100 ms at 175k chunks on 2 cores): the embedded store searches an HNSW graph instead.
APPROXIMATE_ABOVE = 50_000


def hnsw_graph(vectors: np.ndarray, m: int = 32, ef_construction: int = 80) -> Any:
    """A FAISS HNSW graph (inner product) over ``vectors``: approximate, ~10× faster at 175k chunks."""
    import faiss

    graph = faiss.IndexHNSWFlat(vectors.shape[1], m, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction = ef_construction
    graph.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return graph


@dataclass
class EmbeddedSearch:
    """FAISS inner-product search and bm25s scoring over the loaded index, in this process.

    ``vectors`` is the FAISS index searched: the index's own flat one, or an HNSW graph over the
    same rows (``hnsw_graph``; ``EmbeddedSearch.for_index`` picks it above ``APPROXIMATE_ABOVE``
    chunks). A notice limit is a FAISS ID selector, so a filtered search costs what an unfiltered
    one does."""

    index: LoadedIndex
    vectors: Any = None
    backend: str = "embedded"
    ef_search: int = 128

    def __post_init__(self) -> None:
        if self.vectors is None:
            self.vectors = self.index.vectors
        rows: dict[str, list[int]] = {}
        for i, c in enumerate(self.index.chunks):
            rows.setdefault(c.doc_id, []).append(i)
        self._rows = {d: np.asarray(r, dtype=np.int64) for d, r in rows.items()}

    @classmethod
    def for_index(cls, index: LoadedIndex, approximate_above: int = APPROXIMATE_ABOVE,
                  log: Callable[[str], None] = lambda _m: None) -> EmbeddedSearch:
        """Exact search for a corpus of ordinary size, an HNSW graph (built now) for a large one."""
        n = len(index.chunks)
        if 0 < approximate_above < n:
            log(f"{n} chunks: building an HNSW graph for approximate dense search …")
            return cls(index, hnsw_graph(index.chunk_vectors()))
        return cls(index)

    @property
    def approximate(self) -> bool:
        return self.vectors is not self.index.vectors

    def _ids(self, docs: Collection[str]) -> np.ndarray:
        """Chunk positions of the notices ``docs``."""
        parts = [self._rows[d] for d in docs if d in self._rows]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def _mask(self, docs: Collection[str] | None) -> np.ndarray | None:
        if docs is None:
            return None
        mask = np.zeros(len(self.index.chunks), dtype=bool)
        mask[self._ids(docs)] = True
        return mask

    def dense(self, query: np.ndarray, k: int, docs: Collection[str] | None = None) -> Ranked:
        import faiss

        n = len(self.index.chunks)
        if n == 0 or k <= 0:
            return []
        q = np.asarray(query, dtype=np.float32).reshape(1, -1)
        ids = None if docs is None else self._ids(docs)
        if ids is not None and not len(ids):
            return []
        selector = None if ids is None else faiss.IDSelectorBatch(ids)
        if self.approximate:
            params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(self.ef_search, k))  # type: ignore[attr-defined]
        else:
            params = faiss.SearchParameters(sel=selector) if selector is not None else None  # type: ignore[call-arg]
        sims, found = self.vectors.search(q, min(k, n), params=params)
        return [(int(i), float(v)) for i, v in zip(found[0], sims[0], strict=True) if i >= 0]

    def lexical(self, text: str, k: int, docs: Collection[str] | None = None) -> Ranked:
        scores = self.index.bm25.scores(tokenize(text))
        mask = self._mask(docs)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        return [(i, float(scores[i])) for i in top_indices(scores, k) if scores[i] > 0]

    def describe(self) -> dict[str, object]:
        return {"backend": self.backend, "where": str(self.index.path), "chunks": len(self.index.chunks),
                "dense": "hnsw" if self.approximate else "flat"}


class WithFallback:
    """A remote search that, when it fails, answers from the in-process one (the replica holds the
    whole index anyway): a Milvus outage slows nothing and loses no answer; it is logged once per
    outage."""

    def __init__(self, primary: ChunkSearch, fallback: ChunkSearch, log: Callable[[str], None]):
        self.primary, self.fallback, self.log = primary, fallback, log
        self.backend = primary.backend
        self.failing = False

    def _call(self, name: str, *args: Any) -> Ranked:
        try:
            out: Ranked = getattr(self.primary, name)(*args)
        except IndexLoadError as exc:
            if not self.failing:
                self.log(f"{exc} Searching the local index until it answers again.")
            self.failing = True
            return list(getattr(self.fallback, name)(*args))
        if self.failing:
            self.log(f"{self.primary.backend} answers again.")
            self.failing = False
        return out

    def dense(self, query: np.ndarray, k: int, docs: Collection[str] | None = None) -> Ranked:
        return self._call("dense", query, k, docs)

    def lexical(self, text: str, k: int, docs: Collection[str] | None = None) -> Ranked:
        return self._call("lexical", text, k, docs)

    def describe(self) -> dict[str, object]:
        return {**self.primary.describe(), "fallback": self.fallback.backend, "failing": self.failing}

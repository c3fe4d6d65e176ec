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


@dataclass
class EmbeddedSearch:
    """FAISS inner-product search and bm25s scoring over the loaded index, in this process."""

    index: LoadedIndex
    backend: str = "embedded"

    def _mask(self, docs: Collection[str] | None) -> np.ndarray | None:
        if docs is None:
            return None
        return np.fromiter((c.doc_id in docs for c in self.index.chunks), dtype=bool, count=len(self.index.chunks))

    def dense(self, query: np.ndarray, k: int, docs: Collection[str] | None = None) -> Ranked:
        n = len(self.index.chunks)
        if n == 0 or k <= 0:
            return []
        mask = self._mask(docs)
        # A notice limit is applied after the search: ask for every chunk then (flat search is exact).
        sims, ids = self.index.vectors.search(np.asarray(query, dtype=np.float32).reshape(1, -1),
                                              n if mask is not None else min(k, n))
        return [(int(i), float(v)) for i, v in zip(ids[0], sims[0], strict=True)
                if i >= 0 and (mask is None or mask[i])][:k]

    def lexical(self, text: str, k: int, docs: Collection[str] | None = None) -> Ranked:
        scores = self.index.bm25.scores(tokenize(text))
        mask = self._mask(docs)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        return [(i, float(scores[i])) for i in top_indices(scores, k) if scores[i] > 0]

    def describe(self) -> dict[str, object]:
        return {"backend": self.backend, "where": str(self.index.path), "chunks": len(self.index.chunks)}


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

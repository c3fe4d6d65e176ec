"""Hybrid retrieval: dense (FAISS) + BM25 fused by weighted reciprocal rank, then notice-level
evidence, 文号 lookup, soft place/year filters, optional cross-encoder and passage expansion.

The scoring is plain functions over arrays so it can be tested with fakes; ``HybridRetriever``
wires them to a loaded index and an embedder; ``PolicyRetriever`` exposes it to LangChain.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from index.embedder import Embedder
from index.lexical import tokenize
from index.models import PATH_SEP, Chunk, Document
from index.store import LoadedIndex
from rag.query import (
    QueryAnalysis,
    analyse,
    doc_kind,
    locality_of,
    mention_matches,
    place_aliases,
    title_matches,
)

Mode = Literal["hybrid", "dense", "bm25"]


@dataclass(frozen=True)
class RetrievalSettings:
    mode: Mode = "hybrid"
    top_k: int = 8
    candidates: int = 60  # per retriever, before fusion
    rrf_k: int = 60
    dense_weight: float = 1.0
    bm25_weight: float = 1.0
    doc_weight: float = 0.5  # share of the notice-level score added to each chunk
    doc_number_bonus: float = 1.0  # a notice named by its 文号 goes first
    place_bonus: float = 0.15  # relative boost for a notice of the place the question names
    other_place_penalty: float = 0.3  # relative cut for a notice of a different county/city
    year_bonus: float = 0.05
    max_passage_chars: int = 500  # passage size; a hit is re-centred on the question's terms
    focus: bool = True
    min_passage_chars: int = 200
    reranker: str | None = None  # sentence-transformers cross-encoder id or path
    rerank_top: int = 20


@dataclass(frozen=True)
class Filters:
    """Hard filters chosen by a user (UI/CLI); empty means no restriction."""

    localities: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    issuers: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    rank: int
    text: str  # the passage handed to the answer step (the chunk, possibly grown with neighbours)
    start: int
    end: int
    signals: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def section_path(self) -> str:
        return self.chunk.section_path


@dataclass(frozen=True)
class RetrievalResult:
    question: str
    hits: tuple[Hit, ...]
    analysis: QueryAnalysis
    latency_ms: dict[str, float]


# ----------------------------------------------------------------------------- pure scoring

def make_idf(doc_freq: dict[str, int], n_docs: int) -> Callable[[str], float]:
    """BM25-style idf over chunk token sets; unseen terms get the highest weight."""
    def idf(term: str) -> float:
        df = doc_freq.get(term, 0)
        return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))

    return idf


def rrf(rankings: Sequence[Sequence[int]], weights: Sequence[float], n: int, k: int = 60) -> np.ndarray:
    """Weighted reciprocal-rank fusion of several ranked lists of item indices."""
    scores = np.zeros(n, dtype=np.float64)
    for ranking, w in zip(rankings, weights, strict=True):
        for r, i in enumerate(ranking):
            scores[i] += w / (k + r + 1)
    return scores


def doc_scores(chunk_scores: np.ndarray, chunk_docs: Sequence[str]) -> dict[str, float]:
    """A notice's score: its best chunk plus a little for further supporting chunks."""
    per_doc: dict[str, list[float]] = defaultdict(list)
    for i in np.flatnonzero(chunk_scores > 0).tolist():
        per_doc[chunk_docs[i]].append(float(chunk_scores[i]))
    out = {}
    for doc_id, vals in per_doc.items():
        vals.sort(reverse=True)
        out[doc_id] = vals[0] + 0.3 * sum(vals[1:3])
    return out


def top_indices(scores: np.ndarray, k: int) -> list[int]:
    k = min(k, len(scores))
    if k <= 0:
        return []
    idx = np.argpartition(-scores, k - 1)[:k]
    return [int(i) for i in idx[np.argsort(-scores[idx], kind="stable")]]


def passes(doc: Document, filters: Filters) -> bool:
    if filters.localities and locality_of(doc) not in filters.localities:
        return False
    if filters.years and (not doc.date or int(doc.date[:4]) not in filters.years):
        return False
    if filters.issuers and not any(i in doc.issuer for i in filters.issuers):
        return False
    return not (filters.kinds and doc_kind(doc) not in filters.kinds)


def _same_family(c: Chunk, hit: Chunk) -> bool:
    """Same section, a parent/child section, or a sibling under the same heading."""
    a, b = c.section_path, hit.section_path
    return a.startswith(b) or b.startswith(a) or a.rsplit(PATH_SEP, 1)[0] == b.rsplit(PATH_SEP, 1)[0]


def region(chunks: Sequence[Chunk], pos: int) -> tuple[int, int]:
    """The hit chunk with its neighbours of the same section family: where a passage may be cut."""
    hit = chunks[pos]
    lo = chunks[pos - 1].start if pos > 0 and _same_family(chunks[pos - 1], hit) else hit.start
    hi = chunks[pos + 1].end if pos + 1 < len(chunks) and _same_family(chunks[pos + 1], hit) else hit.end
    return lo, hi


def expand_passage(doc: Document, chunks: Sequence[Chunk], pos: int, max_chars: int,
                   min_chars: int) -> tuple[int, int]:
    """Grow a short hit with the following (then preceding) chunks of the same section family.

    ``chunks`` are the document's chunks in order and ``pos`` the hit's position among them.
    Returns character offsets into ``doc.text``.
    """
    hit = chunks[pos]
    start, end = hit.start, hit.end
    if end - start >= min_chars:
        return start, end

    nxt, prv = pos + 1, pos - 1
    while end - start < min_chars:
        grown = False
        if nxt < len(chunks) and _same_family(chunks[nxt], hit) and chunks[nxt].end - start <= max_chars:
            end = chunks[nxt].end
            nxt += 1
            grown = True
        elif prv >= 0 and _same_family(chunks[prv], hit) and end - chunks[prv].start <= max_chars:
            start = chunks[prv].start
            prv -= 1
            grown = True
        if not grown:
            break
    return start, end


_BREAK = re.compile(r"(?<=[。！？；;\n])")


def focus_window(text: str, lo: int, hi: int, weights: dict[str, float], size: int,
                 anchor: tuple[int, int]) -> tuple[int, int]:
    """The stretch of ``text[lo:hi]`` of at most ``size`` characters, cut at sentence or line ends,
    that holds the most (idf-weighted, distinct) question terms; ties keep the hit chunk ``anchor``.

    A chunk boundary can fall in the middle of the rows or sentences that answer a question; this
    re-centres the passage on them while keeping it a verbatim span of the document.
    """
    starts = sorted({lo, *(m.end() for m in _BREAK.finditer(text, lo, hi) if m.end() < hi)})
    occurrences = [(m.start(), t) for t in weights for m in re.finditer(re.escape(t), text[lo:hi])]
    occurrences = sorted((lo + pos, t) for pos, t in occurrences)

    def window(a: int) -> tuple[int, int, float]:
        b = min(hi, a + size)
        if b < hi:  # end at the last sentence/line break inside the window, if there is one
            cut = max((m.end() for m in _BREAK.finditer(text, a, b) if m.end() > a + size // 2), default=b)
            b = cut
        first: dict[str, int] = {}
        for pos, t in occurrences:
            if a <= pos and pos + len(t) <= b and (t not in first or pos < first[t]):
                first[t] = pos
        score = sum(weights[t] for t in first)
        return a, b, score

    best = window(anchor[0]) if anchor[0] in starts else window(max(a for a in starts if a <= anchor[0]))
    for a in starts:
        cand = window(a)
        if cand[2] > best[2] + 1e-9:
            best = cand
    a, b, _ = best
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# ----------------------------------------------------------------------------- the retriever

class HybridRetriever:
    """Retrieval over one loaded index. Construct once; ``retrieve`` is safe to call concurrently."""

    def __init__(self, index: LoadedIndex, embedder: Embedder, settings: RetrievalSettings | None = None):
        self.index = index
        self.embedder = embedder
        self.settings = settings or RetrievalSettings()
        self._chunk_docs = [c.doc_id for c in index.chunks]
        self._doc_chunks: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(index.chunks):
            self._doc_chunks[c.doc_id].append(i)
        self._locality = {d: locality_of(doc) for d, doc in index.documents.items()}
        self.localities = sorted({p for p in self._locality.values() if p})
        self._reranker: Any = None
        self._qcache: dict[str, np.ndarray] = {}
        df: Counter[str] = Counter()
        for toks in index.tokens:
            df.update(set(toks))
        self.doc_freq = dict(df)
        self.idf = make_idf(self.doc_freq, len(index.tokens))
        _ = index.bm25  # build the lexical model now, not on the first question

    # -- facets for UIs
    def facets(self) -> dict[str, list[str]]:
        docs = self.index.documents.values()
        return {
            "localities": self.localities,
            "years": sorted({d.date[:4] for d in docs if d.date}, reverse=True),
            "issuers": sorted({d.issuer for d in docs if d.issuer}),
            "kinds": sorted({doc_kind(d) for d in docs}),
        }

    def _query_vector(self, question: str) -> np.ndarray:
        # Follow-ups, mode comparisons and retried questions repeat queries: keep a few vectors.
        vec = self._qcache.get(question)
        if vec is None:
            vec = np.asarray(self.embedder.embed_query(question), dtype=np.float32).reshape(1, -1)
            if len(self._qcache) >= 256:
                self._qcache.pop(next(iter(self._qcache)))
            self._qcache[question] = vec
        return vec

    def _cross_encoder(self) -> Any:
        if self._reranker is None and self.settings.reranker:
            from sentence_transformers import CrossEncoder

            self._reranker = CrossEncoder(self.settings.reranker, device="cpu")
        return self._reranker

    def retrieve(self, question: str, filters: Filters | None = None, *, mode: Mode | None = None,
                 top_k: int | None = None) -> RetrievalResult:
        s = self.settings if mode is None else replace(self.settings, mode=mode)
        top_k = top_k or s.top_k
        filters = filters or Filters()
        t0 = time.perf_counter()
        n = len(self.index.chunks)
        analysis = analyse(question, self.localities)
        timings: dict[str, float] = {}

        docs = self.index.documents
        allowed = {d for d, doc in docs.items() if passes(doc, filters)}
        # Hard filters apply before the candidate cut, so a filtered search still finds passages.
        mask = None if len(allowed) == len(docs) else np.array([d in allowed for d in self._chunk_docs])
        rankings: list[list[int]] = []
        weights: list[float] = []
        dense_sim = np.zeros(n, dtype=np.float32)
        if s.mode in ("hybrid", "dense"):
            t = time.perf_counter()
            q = self._query_vector(question)
            sims, ids = self.index.vectors.search(q, n if mask is not None else min(s.candidates, n))
            pairs = [(int(i), float(v)) for i, v in zip(ids[0], sims[0], strict=True)
                     if i >= 0 and (mask is None or mask[i])][: s.candidates]
            ranking = [i for i, _ in pairs]
            dense_sim[ranking] = [v for _, v in pairs]
            rankings.append(ranking)
            weights.append(s.dense_weight)
            timings["dense_ms"] = (time.perf_counter() - t) * 1000
        if s.mode in ("hybrid", "bm25"):
            t = time.perf_counter()
            bm = self.index.bm25.scores(tokenize(question))
            if mask is not None:
                bm = np.where(mask, bm, 0.0)
            ranking = [i for i in top_indices(bm, s.candidates) if bm[i] > 0]
            rankings.append(ranking)
            weights.append(s.bm25_weight)
            timings["bm25_ms"] = (time.perf_counter() - t) * 1000

        fused = rrf(rankings, weights, n, s.rrf_k)

        # Notice-level evidence, so the passages of the right notice rise together.
        dscore = doc_scores(fused, self._chunk_docs)
        norm = max(dscore.values(), default=0.0) or 1.0
        factor: dict[str, float] = {}
        for doc_id, doc in docs.items():
            f = 1.0
            if analysis.places:
                place = self._locality.get(doc_id, "")
                if place in analysis.places:
                    f += s.place_bonus
                elif place:
                    f -= s.other_place_penalty
            if analysis.years and doc.date and int(doc.date[:4]) in analysis.years:
                f += s.year_bonus
            factor[doc_id] = f
        max_fused = float(fused.max()) if n else 0.0
        final = np.zeros(n, dtype=np.float64)
        aliases = [a for p in analysis.places for a in place_aliases(p)]
        for i in np.flatnonzero(fused > 0).tolist():
            d = self._chunk_docs[i]
            f = factor[d]
            if f < 1.0 and any(a in self.index.chunks[i].text for a in aliases):
                f = 1.0  # a city-wide notice's passage about the asked county is not off-topic
            final[i] = (fused[i] + s.doc_weight * dscore.get(d, 0.0) / norm * max_fused) * f

        # Direct path: a notice named by its 文号 or by its quoted title is put first.
        named = set()
        if analysis.doc_numbers:
            named |= {d for d, doc in docs.items() if any(
                mention_matches(m, doc.doc_number) for m in analysis.doc_numbers)}
        for quoted in analysis.quoted_titles:
            named |= {d for d, doc in docs.items() if title_matches(quoted, doc)}
        named &= allowed

        if named and len(named) <= 3:
            for d in named:
                idx = self._doc_chunks[d]
                base = final[idx]
                if not base.any():  # the question names the notice but shares no words with it
                    base = np.linspace(0.5, 0.1, len(idx)) * (max_fused or 1.0)
                final[idx] = base + s.doc_number_bonus * (max_fused or 1.0) * 3

        order = [i for i in top_indices(final, max(top_k * 4, s.rerank_top)) if final[i] > 0]
        if self._cross_encoder() is not None and order:
            t = time.perf_counter()
            cand = order[: s.rerank_top]
            ce = self._reranker.predict([(question, self.index.chunks[i].embed_text) for i in cand])
            order = [cand[j] for j in np.argsort(-np.asarray(ce))] + order[s.rerank_top:]
            timings["rerank_ms"] = (time.perf_counter() - t) * 1000

        term_weights = {t: self.idf(t) for t in set(tokenize(question)) if len(t) >= 2}
        hits: list[Hit] = []
        covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i in order:
            c = self.index.chunks[i]
            if any(a <= c.start and c.end <= b for a, b in covered[c.doc_id]):
                continue  # already inside an earlier, grown passage
            doc_idx = self._doc_chunks[c.doc_id]
            doc_chunks = [self.index.chunks[j] for j in doc_idx]
            pos = doc_idx.index(i)
            if term_weights and s.focus:
                lo, hi = region(doc_chunks, pos)
                a, b = focus_window(docs[c.doc_id].text, lo, hi, term_weights, s.max_passage_chars,
                                    (c.start, c.end))
            else:
                a, b = expand_passage(docs[c.doc_id], doc_chunks, pos, s.max_passage_chars,
                                      s.min_passage_chars)
            if any(min(b, y) - max(a, x) > 0.5 * (b - a) for x, y in covered[c.doc_id]):
                continue  # mostly the same text as an earlier passage
            covered[c.doc_id].append((a, b))
            hits.append(Hit(c, float(final[i]), len(hits) + 1, docs[c.doc_id].text[a:b], a, b,
                            {"dense": float(dense_sim[i]), "fused": float(fused[i])}))
            if len(hits) >= top_k:
                break
        timings["retrieval_ms"] = (time.perf_counter() - t0) * 1000
        return RetrievalResult(question, tuple(hits), analysis, timings)


# ----------------------------------------------------------------------------- LangChain adapter

def hit_to_lc(hit: Hit) -> LCDocument:
    c = hit.chunk
    return LCDocument(
        page_content=hit.text,
        metadata={
            "chunk_id": c.id, "doc_id": c.doc_id, "rank": hit.rank, "score": hit.score,
            "doc_number": c.doc_number, "title": c.title, "issuer": c.issuer, "date": c.date,
            "section": c.section_path, "corpus_file": c.corpus_file, "start": hit.start, "end": hit.end,
        },
    )


class PolicyRetriever(BaseRetriever):
    """LangChain face of ``HybridRetriever`` so it composes in LCEL chains."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Any
    filters: Filters = Filters()

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun
                                ) -> list[LCDocument]:
        result = self.retriever.retrieve(query, self.filters)
        return [hit_to_lc(h) for h in result.hits]

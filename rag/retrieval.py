"""Hybrid retrieval: dense (FAISS) + BM25 fused by weighted reciprocal rank, then notice-level
evidence, 文号 lookup, soft place/year factors, optional cross-encoder, and passages.

The scoring lives in ``rag.fusion`` and the passage cutting in ``rag.passages`` as plain
functions; ``HybridRetriever`` wires them to a loaded index and an embedder, one step per method.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

import numpy as np

from index.embedder import Embedder
from index.gazetteer import prefecture_level, same_prefecture
from index.lexical import tokenize
from index.models import Chunk
from index.search import ChunkSearch, EmbeddedSearch, top_indices
from index.store import LoadedIndex
from index.validity import DRAFT_ASKED_RE
from rag.fusion import corpus_words_idf, doc_scores, make_idf, notice_factors, passes, rrf
from rag.passages import clear_of, expand_passage, focus_window, region, repeats
from rag.plain import PLAIN_WORDS, with_notice_words
from rag.query import (
    QueryAnalysis,
    analyse,
    doc_kind,
    locality_of,
    mention_matches,
    names_in_words,
    place_aliases,
    title_matches,
)
from rag.schema import Filters, Hit, RetrievalResult

Mode = Literal["hybrid", "dense", "bm25"]

# A passage both searches rank near the top stays among the hits however its notice scores: one
# clause of a long city-wide plan ("对康滩水源地保护区范围内3779户旱厕改造…") is outweighed by a
# county notice whose every passage touches the topic a little. (Not a passage its notice's place or
# standing marks down: another county's, or a notice no longer in force, ranks where that puts it.)
_LIFTED = 2
_LIFT_TO = 3


def lifted(order: list[int], best: Sequence[int], top_k: int) -> list[int]:
    """``order`` with each of the ``best`` fused chunks moved up to place ``_LIFT_TO`` + its rank
    among them (within the first ``top_k``) where it ranks below (kept in its place where it ranks
    above): early enough that the support check's context, a few passages, still holds it."""
    out = list(order)
    for n, i in enumerate(best):
        slot = min(_LIFT_TO + n, top_k - 1)
        if i in out[:slot + 1]:
            continue
        if i in out:
            out.remove(i)
        out.insert(slot, i)
    return out


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
    # A notice expired or repealed on the asked day, whose replacement is in the corpus too, counts
    # this much of its score: the notice in force on the same subject goes first, and the old one
    # still answers when it alone holds the answer. (An expired notice with no replacement in the
    # corpus keeps its rank: nothing better answers; the answer says it has expired.)
    superseded_factor: float = 0.8
    max_passage_chars: int = 500  # passage size; a hit is re-centred on the question's terms
    focus: bool = True
    min_passage_chars: int = 200
    reranker: str | None = None  # sentence-transformers cross-encoder id or path
    rerank_top: int = 20
    # Above this many chunks the embedded store searches an HNSW graph (approximate) instead of
    # scanning every vector; 0: always exact. See index.search.APPROXIMATE_ABOVE.
    approximate_above: int = 50_000


# ----------------------------------------------------------------------------- pure scoring

# ----------------------------------------------------------------------------- the retriever

_PRINTED_MOST = 4096  # words whose printed count is kept


class HybridRetriever:
    """Retrieval over one loaded index. Construct once; ``retrieve`` is safe to call concurrently."""

    def __init__(self, index: LoadedIndex, embedder: Embedder, settings: RetrievalSettings | None = None,
                 search: ChunkSearch | None = None):
        self.index = index
        self.search = search or EmbeddedSearch(index)
        self.embedder = embedder
        self.settings = settings or RetrievalSettings()
        self._chunk_docs = [c.doc_id for c in index.chunks]
        self._doc_chunks: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(index.chunks):
            self._doc_chunks[c.doc_id].append(i)
        self._single_chunk = frozenset(d for d, chunks in self._doc_chunks.items() if len(chunks) == 1)
        self._locality = {d: locality_of(doc) for d, doc in index.documents.items()}
        self.localities = sorted({p for p in self._locality.values() if p})
        # (the places of numbered notices: a county's 办事指南 alone issues no rule of its own)
        self.issuing = frozenset(p for d, p in self._locality.items() if p and index.documents[d].doc_number)
        self._mentions: dict[str, bool] = {}  # place → named in some notice's text (``mentioned``)
        self._reranker: Any = None
        self._qcache: dict[str, np.ndarray] = {}
        self._superseded: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._drafts: dict[str, frozenset[str]] = {}
        df: Counter[str] = Counter()
        for toks in index.tokens:
            df.update(set(toks))
        self.doc_freq = dict(df)
        self.doc_of_number = {d.doc_number: i for i, d in index.documents.items() if d.doc_number}  # 文号 → doc
        self.doc_numbers = tuple(self.doc_of_number)  # the 文号 held
        self._printed: dict[str, int] = {}
        self.idf = make_idf(self.doc_freq, len(index.tokens), self.printed)
        # what a question's coverage by a sentence is weighed with (see ``corpus_words_idf``)
        self.coverage_idf = corpus_words_idf(self.idf, self.doc_freq, lambda t: t in PLAIN_WORDS, self.printed)
        if isinstance(self.search, EmbeddedSearch):
            _ = index.bm25  # build the lexical model now, not on the first question
        _ = index.validity  # and the validity graph (0.3 s for the bundled corpus)

    def printed(self, word: str) -> int:
        """In how many chunks a word is printed, where the segmenter made no token of it (counted once)."""
        if word not in self._printed:
            if len(self._printed) >= _PRINTED_MOST:
                self._printed.clear()  # (questions of many rare pairs do not grow it without end)
            self._printed[word] = sum(word in c.text for c in self.index.chunks) if len(word) >= 2 else 0
        return self._printed[word]

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        """A notice's chunks in order (grouped once at start-up, not by scanning the index)."""
        return [self.index.chunks[i] for i in self._doc_chunks.get(doc_id, ())]

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

    def closest(self, text: str, docs: Collection[str]) -> float:
        """The dense similarity of ``text`` to the nearest chunk of the notices ``docs`` (0 for none)."""
        found = self.search.dense(self._query_vector(text), 1, docs) if docs else []
        return float(found[0][1]) if found else 0.0

    def _cross_encoder(self) -> Any:
        if self._reranker is None and self.settings.reranker:
            from sentence_transformers import CrossEncoder

            self._reranker = CrossEncoder(self.settings.reranker, device="cpu")
        return self._reranker

    def mentioned(self, place: str) -> bool:
        """Whether some notice's text names a place ("在涪城区、游仙区…新建…")."""
        if place not in self._mentions:
            self._mentions[place] = any(place in doc.text for doc in self.index.documents.values())
        return self._mentions[place]

    def retrieve(self, question: str, filters: Filters | None = None, *, mode: Mode | None = None,
                 top_k: int | None = None) -> RetrievalResult:
        s = self.settings if mode is None else replace(self.settings, mode=mode)
        top_k = top_k or s.top_k
        t0 = time.perf_counter()
        analysis = analyse(question, self.localities, self.mentioned, self.issuing)
        timings: dict[str, float] = {}
        docs = self.index.documents
        f = filters or Filters()
        as_of = f.as_of or date.today().isoformat()
        not_current, replaced = self.superseded(as_of)
        # a draft for comment whose notice as issued is in the library is not searched, unless the
        # question is about the draft: what it proposed and the notice dropped is no rule
        drafts = self.drafts_replaced(as_of)
        if DRAFT_ASKED_RE.search(question):  # (then it is searched, and not marked down, like any notice)
            not_current, replaced, drafts = not_current - drafts, replaced - drafts, frozenset()
        # Hard filters apply before the candidate cut, so a filtered search still finds passages.
        # (None: no filter, every notice; the common case costs nothing per notice.)
        allowed = None
        if f.localities or f.years or f.issuers or f.kinds or f.current_only or drafts:
            allowed = {d for d, doc in docs.items() if passes(doc, f) and not (f.current_only and d in not_current)
                       and d not in drafts}
            if len(allowed) == len(docs):
                allowed = None
        rankings, weights, dense_sim = self._rankings(question, s, allowed, timings)
        fused = rrf(rankings, weights, len(self.index.chunks), s.rrf_k)
        final, marked_down = self._notice_scores(fused, analysis, s, replaced)
        self._boost_named(final, analysis, allowed, s, float(fused.max()) if len(fused) else 0.0)
        order = [i for i in top_indices(final, max(top_k * 4, s.rerank_top)) if final[i] > 0]
        # (a question naming the first notice's plan in its own words, "中宁县推进净土保卫战行动计划中…",
        # is about that notice: the same task in the city's plan is not lifted over it)
        named = self._chunk_docs[order[0]] if order and names_in_words(question, docs[self._chunk_docs[order[0]]]) else None
        order = lifted(order, [i for i in top_indices(fused, _LIFTED)
                               if fused[i] > 0 and i not in marked_down and self._chunk_docs[i] not in not_current
                               and named in (None, self._chunk_docs[i])], top_k)
        order = self._rerank(question, order, s, timings)
        hits = self._passages(question, order, final, s, top_k,
                              {"dense": dense_sim, "fused": fused})
        timings["retrieval_ms"] = (time.perf_counter() - t0) * 1000
        return RetrievalResult(question, tuple(hits), analysis, timings)

    def _rankings(self, question: str, s: RetrievalSettings, docs: set[str] | None, timings: dict[str, float]
                  ) -> tuple[list[list[int]], list[float], np.ndarray]:
        """The dense and the BM25 candidate rankings (per the mode), with their weights."""
        n = len(self.index.chunks)
        rankings: list[list[int]] = []
        weights: list[float] = []
        dense_sim = np.zeros(n, dtype=np.float32)
        if s.mode in ("hybrid", "dense"):
            t = time.perf_counter()
            pairs = self.search.dense(self._query_vector(question), s.candidates, docs)
            ranking = [i for i, _ in pairs]
            dense_sim[ranking] = [v for _, v in pairs]
            rankings.append(ranking)
            weights.append(s.dense_weight)
            timings["dense_ms"] = (time.perf_counter() - t) * 1000
        if s.mode in ("hybrid", "bm25"):
            t = time.perf_counter()
            rankings.append([i for i, _ in self.search.lexical(with_notice_words(question), s.candidates, docs)])
            weights.append(s.bm25_weight)
            timings["bm25_ms"] = (time.perf_counter() - t) * 1000
        return rankings, weights, dense_sim

    def superseded(self, as_of: str) -> tuple[frozenset[str], frozenset[str]]:
        """The documents expired or repealed on ``as_of`` (or drafts), and those of them whose replacement
        (the notice that repealed them, or a later one of the same title) is in the corpus too."""
        if as_of not in self._superseded:
            statuses = self.index.validity.doc_statuses(as_of)
            gone = frozenset(d for d, v in statuses.items() if not v.current)
            replaced = frozenset(d for d in gone if (n := statuses[d].successor) is not None and n.in_corpus)
            self._superseded = {as_of: (gone, replaced)}
            self._drafts = {as_of: frozenset(d for d in replaced if statuses[d].status == "draft")}
        return self._superseded[as_of]

    def drafts_replaced(self, as_of: str) -> frozenset[str]:
        """The drafts for comment whose notice as issued is in the library too."""
        self.superseded(as_of)
        return self._drafts[as_of]

    def _notice_scores(self, fused: np.ndarray, analysis: QueryAnalysis, s: RetrievalSettings,
                       replaced: frozenset[str] = frozenset()) -> tuple[np.ndarray, set[int]]:
        """Each chunk's fused score plus its notice's evidence, times the notice's place/year factor
        (and the superseded factor for a notice replaced by another), so the passages of the right
        notice rise together; with the chunks whose factor marks them down."""
        n = len(fused)
        dscore = doc_scores(fused, self._chunk_docs, self._single_chunk)
        norm = max(dscore.values(), default=0.0) or 1.0
        # Only the notices some candidate belongs to need a factor (a few dozen of thousands).
        factor = notice_factors({d: self.index.documents[d] for d in dscore}, self._locality, analysis,
                                place_bonus=s.place_bonus, other_place_penalty=s.other_place_penalty,
                                year_bonus=s.year_bonus)
        max_fused = float(fused.max()) if n else 0.0
        final = np.zeros(n, dtype=np.float64)
        marked_down: set[int] = set()
        over_asked: dict[str, bool] = {}
        aliases = [a for p in analysis.places for a in place_aliases(p)]
        for i in np.flatnonzero(fused > 0).tolist():
            d = self._chunk_docs[i]
            f = factor[d]
            if f < 1.0 and any(a in self.index.chunks[i].text for a in aliases):
                f = 1.0  # a city-wide notice's passage about the asked county is not off-topic
            if d in replaced:
                f *= s.superseded_factor
            if f < 1.0:
                # (a city's notice is not another place's for a question about one of its counties)
                if d not in over_asked:
                    p = self._locality.get(d, "")
                    over_asked[d] = bool(p) and prefecture_level(p) and any(same_prefecture(a, p) for a in analysis.places)
                if not over_asked[d]:
                    marked_down.add(i)
            final[i] = (fused[i] + s.doc_weight * dscore.get(d, 0.0) / norm * max_fused) * f
        return final, marked_down

    def _boost_named(self, final: np.ndarray, analysis: QueryAnalysis, allowed: set[str] | None,
                     s: RetrievalSettings, max_fused: float) -> None:
        """Direct path: a notice named by its 文号 or by its quoted title is put first (in place)."""
        docs = self.index.documents
        named = set()
        if analysis.doc_numbers:
            named |= {d for d, doc in docs.items() if any(
                mention_matches(m, doc.doc_number) for m in analysis.doc_numbers)}
        for quoted in analysis.quoted_titles:
            named |= {d for d, doc in docs.items() if title_matches(quoted, doc)}
        if allowed is not None:
            named &= allowed
        if not named or len(named) > 3:
            return
        for d in named:
            idx = self._doc_chunks[d]
            base = final[idx]
            if not base.any():  # the question names the notice but shares no words with it
                base = np.linspace(0.5, 0.1, len(idx)) * (max_fused or 1.0)
            final[idx] = base + s.doc_number_bonus * (max_fused or 1.0) * 3

    def _rerank(self, question: str, order: list[int], s: RetrievalSettings,
                timings: dict[str, float]) -> list[int]:
        if self._cross_encoder() is None or not order:
            return order
        t = time.perf_counter()
        cand = order[: s.rerank_top]
        ce = self._reranker.predict([(question, self.index.chunks[i].embed_text) for i in cand])
        timings["rerank_ms"] = (time.perf_counter() - t) * 1000
        return [cand[j] for j in np.argsort(-np.asarray(ce))] + order[s.rerank_top:]

    def _passages(self, question: str, order: list[int], final: np.ndarray, s: RetrievalSettings, top_k: int,
                  signals: dict[str, np.ndarray]) -> list[Hit]:
        """Cut a passage around each ranked chunk, skipping text an earlier passage already holds."""
        docs = self.index.documents
        term_weights = {t: self.idf(t) for t in dict.fromkeys(tokenize(question)) if len(t) >= 2}
        hits: list[Hit] = []
        covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i in order:
            c = self.index.chunks[i]
            if any(a <= c.start and c.end <= b for a, b in covered[c.doc_id]):
                continue  # already inside an earlier, grown passage
            doc_idx = self._doc_chunks[c.doc_id]
            doc_chunks = [self.index.chunks[j] for j in doc_idx]
            pos = doc_idx.index(i)
            lo, hi = region(doc_chunks, pos)
            if term_weights and s.focus:
                a, b = focus_window(docs[c.doc_id].text, lo, hi, term_weights, s.max_passage_chars,
                                    (c.start, c.end))
            else:
                a, b = expand_passage(docs[c.doc_id], doc_chunks, pos, s.max_passage_chars,
                                      s.min_passage_chars)
            if repeats(a, b, covered[c.doc_id]):
                # mostly the same text as an earlier passage: unless cut back to its own chunk
                a, b = clear_of(docs[c.doc_id].text, a, b, (c.start, c.end), covered[c.doc_id])
                # (a chunk kept whole is a passage however short: the title, 文号 and first rule of a
                # one-page 通告, "…主汛期内全天禁止在下列区域游泳、垂钓"; an article between the cover
                # and a passage taken, "第二条…单位购车、二手车交易不属于补贴范围")
                whole = a <= c.start and c.end <= b
                if (b - a < s.min_passage_chars and not whole) or repeats(a, b, covered[c.doc_id]):
                    continue
            covered[c.doc_id].append((a, b))
            hits.append(Hit(c, float(final[i]), len(hits) + 1, docs[c.doc_id].text[a:b], a, b,
                            {name: float(v[i]) for name, v in signals.items()}, region=(min(a, lo), max(b, hi))))
            if len(hits) >= top_k:
                break
        return hits

"""Scoring for hybrid retrieval, as plain functions over arrays: idf, reciprocal-rank fusion,
notice-level evidence, user filters, and the soft place/year factors of a question."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import lru_cache

import numpy as np

from index.lexical import glued_pairs
from index.models import Document
from rag.query import QueryAnalysis, doc_kind, locality_of
from rag.schema import Filters


def make_idf(doc_freq: dict[str, int], n_docs: int,
             printed: Callable[[str], int] | None = None) -> Callable[[str], float]:
    """BM25-style idf over chunk token sets; unseen terms get the highest weight. ``printed``: in how
    many chunks a pair of characters the segmenter keeps apart is printed ("翻埋" in "秸秆翻埋还田", cut
    翻/埋 everywhere, so no chunk holds it as a token)."""
    def idf(term: str) -> float:
        df = doc_freq.get(term, 0)
        if not df and printed and glued(term):
            df = printed(term)
            if not df:
                # two characters the segmenter keeps apart that no notice prints together ("羊打" of "给羊打
                # 哪些疫苗"): a pair read as one word where there was none, not a word no notice uses
                return 0.0
        return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))

    return idf


def corpus_words_idf(idf: Callable[[str], float], doc_freq: Mapping[str, int],
                     plain: Callable[[str], bool],
                     printed: Callable[[str], int] = lambda term: 0) -> Callable[[str], float]:
    """The idf of the words the notices use, 0 for a word none of them holds that has no notice
    word for it (``plain``): "澡堂子", "闺女" can be matched by no sentence, so they say nothing about
    whether one answers. Ages and sums ("3岁", "300万元") keep their weight: ranges hold them."""
    def weight(term: str) -> float:
        if doc_freq.get(term, 0) or plain(term) or not _CJK_WORD.fullmatch(term) or (glued(term) and printed(term)):
            return idf(term)
        return 0.0

    return weight


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=8192)
def glued(term: str) -> bool:
    """Whether a term is two characters the segmenter keeps apart, read as one word (``glued_pairs``)."""
    return len(term) == 2 and _CJK_WORD.fullmatch(term) is not None and glued_pairs(term) == [term]


def rrf(rankings: Sequence[Sequence[int]], weights: Sequence[float], n: int, k: int = 60) -> np.ndarray:
    """Weighted reciprocal-rank fusion of several ranked lists of item indices."""
    scores = np.zeros(n, dtype=np.float64)
    for ranking, w in zip(rankings, weights, strict=True):
        for r, i in enumerate(ranking):
            scores[i] += w / (k + r + 1)
    return scores


def doc_scores(chunk_scores: np.ndarray, chunk_docs: Sequence[str],
               whole: Collection[str] = ()) -> dict[str, float]:
    """A notice's score: its best chunk plus a little for further supporting chunks. A notice ``whole``
    in one chunk (a short notice, a photo of one) is all supported by that chunk: it is not outscored by
    a long notice for the number of its sections alone."""
    per_doc: dict[str, list[float]] = defaultdict(list)
    for i in np.flatnonzero(chunk_scores > 0).tolist():
        per_doc[chunk_docs[i]].append(float(chunk_scores[i]))
    out = {}
    for doc_id, vals in per_doc.items():
        vals.sort(reverse=True)
        out[doc_id] = vals[0] + 0.3 * (2 * vals[0] if doc_id in whole else sum(vals[1:3]))
    return out


def passes(doc: Document, filters: Filters) -> bool:
    if filters.localities and locality_of(doc) not in filters.localities:
        return False
    if filters.years and (not doc.date or int(doc.date[:4]) not in filters.years):
        return False
    if filters.issuers and not any(i in doc.issuer for i in filters.issuers):
        return False
    return not (filters.kinds and doc_kind(doc) not in filters.kinds)


def notice_factors(docs: Mapping[str, Document], localities: Mapping[str, str], analysis: QueryAnalysis, *,
                   place_bonus: float, other_place_penalty: float, year_bonus: float) -> dict[str, float]:
    """Per notice, a multiplier from the places and years the question names: a notice of the asked
    place rises, one of another county or city falls, one of an asked year rises a little."""
    factor: dict[str, float] = {}
    for doc_id, doc in docs.items():
        f = 1.0
        if analysis.places:
            place = localities.get(doc_id, "")
            if place in analysis.places:
                f += place_bonus
            elif place:
                f -= other_place_penalty
        if analysis.years and doc.date and int(doc.date[:4]) in analysis.years:
            f += year_bonus
        factor[doc_id] = f
    return factor

"""Lexical side of the index: jieba tokens and a BM25 model built once from stored tokens."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

# Function words and question fillers that carry no topic; kept short on purpose so that
# policy terms are never dropped.
_STOPWORDS = frozenset(
    ["的", "了", "和", "与", "及", "或", "是", "在", "对", "为", "把", "被", "将", "由", "从", "向", "于", "以", "等", "有", "个", "之", "其", "这", "那", "哪", "吗", "呢", "吧", "啊", "么", "什么", "怎么", "如何", "哪些", "多少", "是否", "请问", "一下", "我", "我们", "你", "你们", "他", "她", "它", "他们", "能", "可以", "会", "要", "需要", "应该", "该", "都", "也", "还", "就", "又", "并", "中", "上", "下", "内", "后", "前", "时", "年度"]
)
_KEEP = re.compile(r"[\w\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _jieba() -> Any:
    try:
        import jieba
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise RuntimeError("jieba is not installed: pip install jieba==0.42.1") from exc
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokenize(text: str) -> list[str]:
    """Search-mode jieba tokens, lower-cased, without punctuation and stop words."""
    out = []
    for tok in _jieba().cut_for_search(text):
        tok = tok.strip().lower()
        if not tok or not _KEEP.search(tok) or tok in _STOPWORDS:
            continue
        out.append(tok)
    return out


def glued_pairs(text: str) -> list[str]:
    """Two characters the segmenter left single side by side, as one word: "翻埋" of "…又翻埋了一遍"
    (翻/埋), which a notice prints whole ("秸秆翻埋还田"); never with a stop word ("埋了") nor a character that is
    mostly a word on its own ("每个月补多少": 月/补)."""
    pairs: list[str] = []
    before = ""
    for tok in _jieba().lcut(text):
        single = (len(tok) == 1 and "\u4e00" <= tok <= "\u9fff" and tok not in _STOPWORDS and tok not in _NOT_GLUED
                  and _jieba().dt.FREQ.get(tok, 0) < _WORD_ON_ITS_OWN)
        if single and before:
            pairs.append(before + tok)
        before = tok if single else ""
    return pairs


# single characters that glue to no word (verbs of giving and letting, aspect particles), and how often a character
# is a word on its own in the segmenter's dictionary past which it is one here too ("月", "打", "谁", "里"; not "翻", "埋")
_NOT_GLUED = frozenset("给跟让着过呀哦嘛啦")
_WORD_ON_ITS_OWN = 10000


def _tagged(text: str) -> list[tuple[str, str]]:
    """jieba's words of a text with their part-of-speech tags."""
    import jieba.posseg as pseg

    _jieba()
    return [(w, flag) for w, flag in pseg.cut(text)]


def place_names(text: str) -> list[str]:
    """Place names (jieba's ``ns`` tag) in a text, in order: 中宁县, 海原县, 中卫 …"""
    return [w for w, flag in _tagged(text) if flag == "ns"]


def nouns(text: str) -> list[str]:
    """The nouns of a text (jieba's ``n``, ``nz``, ``vn`` … tags; not people's names), in order."""
    return [w for w, flag in _tagged(text) if (flag.startswith("n") and flag != "nr") or flag == "vn"]


class BM25Model:
    """BM25 over pre-tokenized chunks (bm25s), built once per loaded index."""

    def __init__(self, corpus_tokens: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75):
        import bm25s

        self._n = len(corpus_tokens)
        self._model = bm25s.BM25(k1=k1, b=b)
        # An empty document list would make bm25s fail; an index always has chunks, but be safe.
        self._model.index([list(t) or ["\u2205"] for t in corpus_tokens], show_progress=False)

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        if not query_tokens or self._n == 0:
            return np.zeros(self._n, dtype=np.float32)
        return np.asarray(self._model.get_scores(list(query_tokens)), dtype=np.float32)


@lru_cache(maxsize=4096)
def known_word(word: str) -> bool:
    """Whether jieba's dictionary holds a word ("对照表" yes, "对麦场" no)."""
    return bool(_jieba().dt.FREQ.get(word))


def word_count(word: str) -> int:
    """How often jieba's dictionary counts a word (0 where it does not hold it): "会考" 67, "会扣" 3."""
    return int(_jieba().dt.FREQ.get(word, 0))

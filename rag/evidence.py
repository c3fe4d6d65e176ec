"""Answers without an LLM, and the support check that decides when to refuse.

The extractive answer quotes the passage sentences that best cover the question, each with its
[n] marker, so it carries the same citations as a generated answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.headings import heading_kind
from index.models import PATH_SEP
from rag.context import ContextPassage
from rag.query import QueryAnalysis
from rag.sentences import asks_for_number, numbers_in, question_terms, sentence_relevance, split_sentences

IdfFn = Callable[[str], float]


@dataclass(frozen=True)
class Candidate:
    n: int  # passage number
    order: int  # position of the sentence in its passage
    text: str
    score: float


@dataclass(frozen=True)
class Support:
    """How well the passages answer the question; ``ok`` False means refuse."""

    ok: bool
    coverage: float  # best sentence's idf-weighted share of the question's terms
    reason: str


def _long_sentence_windows(text: str, a: int, b: int, size: int = 90) -> list[tuple[int, int]]:
    """A flattened table row or a run-on item can be one huge "sentence": cut it at commas."""
    if b - a <= size * 1.5:
        return [(a, b)]
    out, start = [], a
    for m in re.finditer(r"[，,、：:|]", text[a:b]):
        end = a + m.end()
        if end - start >= size:
            out.append((start, end))
            start = end
    if start < b:
        out.append((start, b))
    return out


def _is_heading(sentence: str, p: ContextPassage) -> bool:
    """Titles and bare headings say what a section is about, not what it rules."""
    s = sentence.strip()
    if s in p.hit.chunk.title or s in p.hit.chunk.section_path:
        return True
    return heading_kind(s) is not None and len(s) <= 20 and not re.search(r"\d", s[3:])


def candidates(passages: Sequence[ContextPassage], question: str, idf: IdfFn | None) -> list[Candidate]:
    terms = question_terms(question)
    wants = asks_for_number(question)
    out = []
    for p in passages:
        text = p.hit.text
        # A sentence is read under its heading ("（三）救助标准。" + "每人每年2万元。"): the heading's
        # words count for it, at half weight.
        heading = p.hit.chunk.section_path.rsplit(PATH_SEP, 1)[-1]
        k = 0
        for a, b in split_sentences(text):
            for x, y in _long_sentence_windows(text, a, b):
                sent = text[x:y]
                if _is_heading(sent, p) or (heading_kind(sent) is not None and len(sent) <= 20):
                    heading = sent
                    continue
                own = sentence_relevance(sent, terms, wants, idf)
                under = sentence_relevance(heading + sent, terms, wants, idf)
                score = max(own, (own + under) / 2) / (1 + 0.12 * (p.n - 1))
                out.append(Candidate(p.n, k, sent, score))
                k += 1
    return out


_ASKED_UNIT = re.compile(r"多少(万元|亿元|元|个工作日|工作日|天|小时|户|人|名|家|项|公里|千米|亩|公顷|吨|个|次)")


def asked_unit(question: str) -> str | None:
    """The unit a "how many …" question wants (多少万元 → 万元), if it names one."""
    m = _ASKED_UNIT.search(question)
    return m.group(1) if m else None


def assess_support(passages: Sequence[ContextPassage], question: str, analysis: QueryAnalysis,
                   idf: IdfFn | None, min_coverage: float, min_unit_coverage: float = 0.3) -> Support:
    """Refuse when the question is about a place the corpus does not cover, or when no passage
    sentence covers enough of the question (for "how much / when" questions: a sentence that also
    holds a number)."""
    if not passages:
        return Support(False, 0.0, "no passage retrieved")
    if analysis.unknown_places and not analysis.places:
        return Support(False, 0.0, f"no documents for {'、'.join(analysis.unknown_places)}")
    cands = candidates(passages, question, idf)
    wants = asks_for_number(question)
    best = max((c.score for c in cands), default=0.0)
    if wants:
        numeric = [c.score for c in cands if numbers_in(c.text)]
        best = max(numeric, default=0.0)
    if best < min_coverage:
        return Support(False, best, f"best sentence covers {best:.2f} of the question (< {min_coverage:.2f})")
    unit = asked_unit(question)
    if unit:
        # "How many 元" is answered only by a sentence on the topic that holds an amount in 元.
        pattern = re.compile(r"\d\s*" + re.escape(unit))
        with_unit = max((c.score for c in cands if pattern.search(c.text)), default=0.0)
        if with_unit < min_unit_coverage:
            return Support(False, with_unit, f"no passage sentence on the topic gives an amount in {unit}")
    return Support(True, best, "ok")


def extractive_answer(passages: Sequence[ContextPassage], question: str, idf: IdfFn | None,
                      max_chars: int = 260) -> str:
    """The best-supported sentences, grouped by notice, each followed by its [n]."""
    cands = sorted(candidates(passages, question, idf), key=lambda c: -c.score)
    if not cands or cands[0].score <= 0:
        return ""
    top = cands[0].score
    chosen: list[Candidate] = []
    used = 0
    for c in cands:
        if c.score < top * 0.6 or len(chosen) >= 3:
            break
        if any(c.text in o.text or o.text in c.text for o in chosen):
            continue
        if used and used + len(c.text) > max_chars:
            continue
        chosen.append(c)
        used += len(c.text)
    by_n = {p.n: p for p in passages}
    first_n: dict[str, int] = {}
    for c in chosen:
        first_n.setdefault(by_n[c.n].hit.chunk.doc_id, c.n)
    chosen.sort(key=lambda c: (first_n[by_n[c.n].hit.chunk.doc_id], c.n, c.order))
    parts: list[str] = []
    current = ""
    for c in chosen:
        chunk = by_n[c.n].hit.chunk
        sent = c.text.rstrip("；;，,")
        if not sent.endswith(("。", "！", "？")):
            sent += "。"
        if chunk.doc_id != current:
            num = f"（{chunk.doc_number}）" if chunk.doc_number else ""
            parts.append(f"根据《{chunk.title}》{num}：{sent[:-1]}[{c.n}]{sent[-1]}")
            current = chunk.doc_id
        else:
            parts.append(f"{sent[:-1]}[{c.n}]{sent[-1]}")
    return "".join(parts)

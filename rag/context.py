"""The context a model answers from: the top passages, numbered, each trimmed to the sentences that
matter for the question and fitted to a token budget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.models import PATH_SEP
from rag.schema import Hit
from rag.sentences import asks_for_number, question_terms, sentence_relevance, split_sentences


@dataclass(frozen=True)
class ContextPassage:
    n: int
    hit: Hit
    text: str  # the (possibly trimmed) passage text put in the prompt


def _notice_name(title: str, doc_number: str | None, note: str = "") -> str:
    """《title》（文号）（note）, each part where there is one."""
    return f"《{title}》{f'（{doc_number}）' if doc_number else ''}{f'（{note}）' if note else ''}"


def passage_label(hit: Hit) -> str:
    c = hit.chunk
    section = c.section_path.split(PATH_SEP, 1)[1] if PATH_SEP in c.section_path else ""
    return _notice_name(c.title, c.doc_number, "") + (f" {section}" if section else "") + (f"（{hit.note}）" if hit.note else "")


def trim_passage(text: str, terms: Sequence[str], wants_number: bool, max_chars: int) -> str:
    """Keep the sentences that matter (and their neighbours), in document order, within ``max_chars``."""
    if len(text) <= max_chars:
        return text
    spans = split_sentences(text)
    scored = sorted(range(len(spans)), key=lambda i: -sentence_relevance(
        text[spans[i][0]:spans[i][1]], terms, wants_number))
    keep: set[int] = set()
    used = 0
    for i in scored:
        for j in (i, i + 1, i - 1):
            if 0 <= j < len(spans) and j not in keep:
                length = spans[j][1] - spans[j][0]
                if used + length > max_chars:
                    continue
                keep.add(j)
                used += length
        if used >= max_chars * 0.9:
            break
    parts, last = [], -2
    for i in sorted(keep):
        if last >= 0 and i != last + 1:
            parts.append("……")
        parts.append(text[spans[i][0]:spans[i][1]])
        last = i
    return "".join(parts) if parts else text[:max_chars]


def build_context(hits: Sequence[Hit], question: str, count_tokens: Callable[[str], int],
                  max_tokens: int = 900, max_passage_chars: int = 600) -> list[ContextPassage]:
    """Numbered passages in rank order, trimmed to the sentences that matter, within a token budget."""
    terms = question_terms(question)
    wants = asks_for_number(question)
    out: list[ContextPassage] = []
    used = 0
    for hit in hits:
        text = trim_passage(hit.text, terms, wants, max_passage_chars)
        cost = count_tokens(passage_label(hit) + text) + 8
        if out and used + cost > max_tokens:
            # Try a shorter cut of this passage before giving up on it.
            text = trim_passage(hit.text, terms, wants, max_passage_chars // 2)
            cost = count_tokens(passage_label(hit) + text) + 8
            if used + cost > max_tokens:
                continue
        out.append(ContextPassage(len(out) + 1, hit, text))
        used += cost
    return out


def format_context(passages: Sequence[ContextPassage]) -> str:
    return "\n\n".join(f"[{p.n}] {passage_label(p.hit)}\n{p.text}" for p in passages)


def format_quotes(passages: Sequence[ContextPassage]) -> str:
    """The quotes grouped under their notice, each notice named once (title, 文号, standing) and each
    quote with the last heading of its section: the short context of a one-sentence lead (a long
    title repeated before every quote was a third of the prompt a 1.5B model reads at ~20 tokens/s)."""
    by_notice: dict[str, list[ContextPassage]] = {}
    for p in passages:
        by_notice.setdefault(p.hit.chunk.doc_id, []).append(p)
    blocks = []
    for group in by_notice.values():
        c, notes = group[0].hit.chunk, "；".join(dict.fromkeys(p.hit.note for p in group if p.hit.note))
        lines = [_notice_name(c.title, c.doc_number, notes)]
        for p in group:
            heading = p.hit.chunk.section_path.rsplit(PATH_SEP, 1)[-1].strip() if PATH_SEP in p.hit.chunk.section_path else ""
            lines.append(f"[{p.n}] {f'（{heading}）' if heading and heading not in p.text else ''}{p.text}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# ----------------------------------------------------------------------------- citations

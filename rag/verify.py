"""Verification of an answer against the passages it cites: [n] markers parsed and repaired, the
quoted sentence for each claim, and claims whose numbers no cited passage states."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.docnumber import DOC_NUMBER_RE
from rag.context import ContextPassage
from rag.schema import Citation
from rag.sentences import numbers_in, split_sentences, squash

_MARKER = re.compile(r"[\[【]\s*(\d{1,2}(?:\s*[,，、]\s*\d{1,2})*)\s*[\]】]")


def parse_markers(answer: str, n_passages: int) -> list[int]:
    """[n] numbers in order of first appearance, out-of-range ones dropped."""
    seen: list[int] = []
    for m in _MARKER.finditer(answer):
        for part in re.split(r"[,，、]", m.group(1)):
            n = int(part)
            if 1 <= n <= n_passages and n not in seen:
                seen.append(n)
    return seen


def strip_invalid_markers(answer: str, n_passages: int) -> str:
    def fix(m: re.Match[str]) -> str:
        nums = [int(p) for p in re.split(r"[,，、]", m.group(1)) if 1 <= int(p) <= n_passages]
        return "".join(f"[{n}]" for n in dict.fromkeys(nums))

    return _MARKER.sub(fix, answer)


def answer_sentences(answer: str) -> list[tuple[str, list[int]]]:
    """Split an answer into claims with the markers that follow each one."""
    out: list[tuple[str, list[int]]] = []
    for a, b in split_sentences(answer):
        sent = answer[a:b]
        nums = [int(x) for m in _MARKER.finditer(sent) for x in re.split(r"[,，、]", m.group(1))]
        # A marker that opens the next sentence ("…。[2]") belongs to the previous one.
        lead = re.match(r"^(?:\s*[\[【]\s*\d{1,2}\s*[\]】])+", sent)
        if lead and out:
            out[-1][1].extend(int(x) for x in re.findall(r"\d+", lead.group()))
            sent = sent[lead.end():]
            nums = [int(x) for m in _MARKER.finditer(sent) for x in re.split(r"[,，、]", m.group(1))]
        clean = _MARKER.sub("", sent).strip()
        if clean:
            out.append((clean, nums))
    return out


def best_quote(claim: str, passage: str) -> str:
    """The passage sentence that shares most with the claim (character bigrams)."""
    def grams(s: str) -> set[str]:
        s = squash(s)
        return {s[i:i + 2] for i in range(len(s) - 1)}

    cg = grams(claim)
    best, best_score = "", -1.0
    for a, b in split_sentences(passage):
        sent = passage[a:b]
        sg = grams(sent)
        score = len(cg & sg) / (len(sg) ** 0.3 or 1)
        for num in numbers_in(claim):
            if num in squash(sent):
                score += 5
        if score > best_score:
            best, best_score = sent, score
    return best


@dataclass(frozen=True)
class CheckedAnswer:
    text: str
    citations: tuple[Citation, ...]
    flagged: tuple[str, ...]  # claims with a number that no passage supports
    unsupported_numbers: tuple[str, ...]


def make_citation(n: int, p: ContextPassage, quote: str) -> Citation:
    c = p.hit.chunk
    return Citation(n=n, doc_number=c.doc_number, title=c.title, issuer=c.issuer, date=c.date,
                    section=c.section_path, quote=quote, passage=p.hit.text, corpus_file=c.corpus_file,
                    doc_id=c.doc_id, start=p.hit.start, end=p.hit.end)


def _number_supported(num: str, text: str) -> bool:
    if num in text:
        return True
    # "2019年" is supported by "2019" in a table cell; a bare number needs two digits at least.
    m = re.match(r"[\d.．/%％]+", num)
    if m is None:
        return False
    digits = m.group()
    return digits in text and len(digits) >= 2 and num[len(digits):] in ("", "年", "月", "日", "号")


def drop_claims(answer: str, claims: Sequence[str]) -> str:
    """The answer without the sentences whose text (markers removed) is one of ``claims``."""
    drop = {c.strip() for c in claims}
    kept = []
    dropped = False
    for a, b in split_sentences(answer):
        sent = answer[a:b]
        clean = _MARKER.sub("", sent).strip()
        # "…100元。[2]": a marker standing alone after a dropped claim goes with it.
        if clean in drop or (not clean and dropped):
            dropped = True
            continue
        dropped = False
        kept.append(sent)
    return "".join(kept).strip()


def _without_references(claim: str) -> str:
    """A claim minus the document names and 文号 it cites: their digits are not facts to verify."""
    return DOC_NUMBER_RE.sub("", re.sub(r"《[^》]*》", "", claim))


def check_answer(answer: str, passages: Sequence[ContextPassage], question: str = "") -> CheckedAnswer:
    """Validate citations and numbers.

    Out-of-range markers are dropped. A claim without a marker but whose numbers one passage holds
    gets that passage's marker. Every number in a claim must appear in a cited passage (or, failing
    that, in any passage, which is then cited); otherwise the claim is flagged.
    """
    n_pass = len(passages)
    text = strip_invalid_markers(answer, n_pass)
    by_n = {p.n: p for p in passages}
    flat = {p.n: squash(p.hit.text) for p in passages}
    q_numbers = set(numbers_in(question))
    quotes: dict[int, list[str]] = {}
    flagged, missing = [], []
    rebuilt = text
    for claim, nums in answer_sentences(text):
        cited = [n for n in nums if n in by_n]
        claim_numbers = [x for x in numbers_in(_without_references(claim)) if x not in q_numbers]
        for num in claim_numbers:
            if any(_number_supported(num, flat[n]) for n in cited):
                continue
            holder = next((p.n for p in passages if _number_supported(num, flat[p.n])), None)
            if holder is not None:
                cited.append(holder)
                rebuilt = rebuilt.replace(claim, f"{claim}[{holder}]", 1) if claim in rebuilt else rebuilt
            else:
                missing.append(num)
                if claim not in flagged:
                    flagged.append(claim)
        if not cited and passages and len(claim) > 6:
            # An unmarked factual sentence: attach the passage that supports it best, if any does.
            best = max(passages, key=lambda p: len(set(squash(claim)) & set(flat[p.n])))
            overlap = len(set(squash(claim)) & set(flat[best.n])) / max(len(set(squash(claim))), 1)
            if overlap >= 0.6:
                cited.append(best.n)
        for n in dict.fromkeys(cited):
            quotes.setdefault(n, []).append(best_quote(claim, by_n[n].hit.text))
    order = parse_markers(rebuilt, n_pass)
    for n in quotes:
        if n not in order:
            order.append(n)
    citations = tuple(make_citation(n, by_n[n], quotes.get(n, [best_quote(question, by_n[n].hit.text)])[0])
                      for n in order)
    return CheckedAnswer(rebuilt, citations, tuple(flagged), tuple(missing))

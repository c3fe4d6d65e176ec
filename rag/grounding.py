"""Pure text functions that keep answers grounded: sentence splitting, relevance of sentences to a
question, the numbered context, [n] citation parsing, and the number/date/amount check."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.docnumber import DOC_NUMBER_RE
from index.lexical import tokenize
from index.models import PATH_SEP
from rag.answer_types import Citation
from rag.retrieval import Hit

_SENT_END = re.compile(r"(?<=[。！？!?；;])|\n")
_MARKER = re.compile(r"[\[【]\s*(\d{1,2}(?:\s*[,，、]\s*\d{1,2})*)\s*[\]】]")
# A "fact number": digits with their unit or date parts, e.g. 2万元, 15个工作日, 2019年5月31日, 50%, 1/3.
_NUMBER = re.compile(
    r"\d+(?:[.．]\d+)?(?:\s*/\s*\d+)?\s*(?:%|％|‰)?"
    r"(?:\s*(?:个工作日|个月|个小时|年|月|日|号|万元|亿元|千元|元|万|亿|个|项|户|人|名|家|所|台|张|次|天|小时|分钟|周岁|岁|公里|千米|米|亩|公顷|平方米|吨|辆|座|条|处|批|倍|工作日))?"
)
_CN_DIGITS = "零〇一二三四五六七八九十百千万"
_ASKS_NUMBER = re.compile(r"多少|几[个项次天年月人户家所台]|多久|多长|何时|什么时候|哪一年|哪年|比例|标准|金额|期限|时限")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (ends at 。！？；and line breaks), whitespace-trimmed."""
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def numbers_in(text: str) -> list[str]:
    """Fact numbers of a text, whitespace removed (so "24 项" and "24项" agree)."""
    return [squash(m.group()) for m in _NUMBER.finditer(text) if any(ch.isdigit() for ch in m.group())]


def asks_for_number(question: str) -> bool:
    return bool(_ASKS_NUMBER.search(question))


def question_terms(question: str) -> list[str]:
    return [t for t in tokenize(question) if len(t) > 1 or t.isdigit()]


def sentence_relevance(sentence: str, terms: Sequence[str], wants_number: bool,
                       idf: Callable[[str], float] | None = None) -> float:
    """How much a sentence speaks to the question: weighted share of the question's terms it holds."""
    if not terms:
        return 0.0
    weight = idf or (lambda t: 1.0 + math.log(1 + len(t)))
    total = sum(weight(t) for t in set(terms))
    got = sum(weight(t) for t in set(terms) if t in sentence)
    score = got / total if total else 0.0
    if wants_number and numbers_in(sentence):
        score += 0.15
    return score


# ----------------------------------------------------------------------------- context

@dataclass(frozen=True)
class ContextPassage:
    n: int
    hit: Hit
    text: str  # the (possibly trimmed) passage text put in the prompt


def passage_label(hit: Hit) -> str:
    c = hit.chunk
    num = f"（{c.doc_number}）" if c.doc_number else ""
    section = c.section_path.split(PATH_SEP, 1)[1] if PATH_SEP in c.section_path else ""
    return f"《{c.title}》{num}{' ' + section if section else ''}"


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


# ----------------------------------------------------------------------------- citations

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

"""Passages: where a hit may be cut (its section family), grown when short, or re-centred on the
question's terms; always a verbatim span of the document's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.models import PATH_SEP, Chunk, Document


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
    if len(starts) > 1 and lo > 0 and text[lo - 1] not in "。！？；;\n" and not text[lo - 1].isspace():
        starts = starts[1:]  # the region opens mid-sentence: a passage starts at a sentence, not a fragment
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

    best = window(anchor[0]) if anchor[0] in starts else window(max((a for a in starts if a <= anchor[0]),
                                                                     default=starts[0]))
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


_ENDS = "。！？；;\n"


def repeats(a: int, b: int, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether most of ``a``..``b`` is the text of a passage already taken."""
    return any(min(b, y) - max(a, x) > 0.5 * (b - a) for x, y in taken)


def clear_of(text: str, a: int, b: int, anchor: tuple[int, int],
             taken: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The window ``a``..``b`` of ``text`` cut back where it runs into a passage already ``taken``,
    at a sentence or line end and keeping its chunk (``anchor``) whole: a window re-centred on the
    question's words may reach into the next chunk's passage, and would then be dropped as a repeat
    though its own chunk is new."""
    for x, y in taken:
        if min(b, y) - max(a, x) <= 0:
            continue
        if anchor[1] <= x < b and x > 0 and text[x - 1] in _ENDS:
            b = x  # the taken passage starts after the chunk: end where it starts
        elif a < y <= anchor[0] and y > 0 and text[y - 1] in _ENDS:
            a = y  # it ends before the chunk: start where it ends
    return a, b


def naming_regions(chunks: Sequence[Chunk], name: str, most: int = 3) -> list[tuple[int, tuple[int, int]]]:
    """The chunks (by position) of a notice that name someone, each with the region it may be cut
    from: where "他分管哪些部门" is answered once an earlier answer said who 他 is."""
    found = [n for n, c in enumerate(chunks) if name in c.text][:most]
    return [(n, region(chunks, n)) for n in found]

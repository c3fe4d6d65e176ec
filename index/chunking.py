"""Section-first chunking of parsed documents.

Pure functions: the token counter is injected (``length_fn``), so the budget is measured with the
embedding model's own tokenizer in production and with ``len`` in tests.

Order of preference when cutting: document boundary (never crossed) > section boundary > paragraph
end > sentence end > clause end > hard cut. Small neighbouring sections under the same parent are
packed together so a heading is never left alone in a chunk.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.models import PATH_SEP, Chunk, Document, content_hash

LengthFn = Callable[[str], int]

# Where a long section may be cut, strongest first. Each pattern matches the *end* of a piece.
_CUT_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\n"),
    re.compile(r"[。！？!?]+[”’」）)]*"),
    re.compile(r"[；;]"),
    re.compile(r"[，,、：:]"),
)


@dataclass(frozen=True)
class ChunkerSettings:
    max_tokens: int = 220  # body budget; the header adds ~20–40 tokens, well under e5's 512
    min_tokens: int = 60  # a unit smaller than this is packed with its neighbour when it fits


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    path: tuple[str, ...]
    tokens: int
    heading_only: bool = False  # one short line of a single section: a heading introducing what follows


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_span(text: str, start: int, end: int, length_fn: LengthFn, budget: int,
                level: int = 0) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``budget`` tokens, at the strongest boundary."""
    start, end = _trim(text, start, end)
    if start >= end:
        return []
    if length_fn(text[start:end]) <= budget:
        return [(start, end)]
    if level >= len(_CUT_PATTERNS):
        return _hard_split(text, start, end, length_fn, budget)
    # Cut at this level's boundaries, then pack greedily; pieces still too long go one level down.
    cuts = [m.end() + start for m in _CUT_PATTERNS[level].finditer(text[start:end])]
    bounds = [start, *[c for c in cuts if start < c < end], end]
    pieces = [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for a, b in pieces:
        if cur is None:
            cur = (a, b)
        elif length_fn(text[cur[0]:b]) <= budget:
            cur = (cur[0], b)
        elif length_fn(text[cur[0]:cur[1]]) < budget * 0.15:
            cur = (cur[0], b)  # a heading line goes down with the text it introduces, cut finer
        else:
            out.extend(_split_span(text, cur[0], cur[1], length_fn, budget, level + 1))
            cur = (a, b)
    if cur is not None:
        out.extend(_split_span(text, cur[0], cur[1], length_fn, budget, level + 1))
    return out


def _hard_split(text: str, start: int, end: int, length_fn: LengthFn, budget: int) -> list[tuple[int, int]]:
    out = []
    while start < end:
        lo, hi = start + 1, end
        while lo < hi:  # largest prefix within budget
            mid = (lo + hi + 1) // 2
            if length_fn(text[start:mid]) <= budget:
                lo = mid
            else:
                hi = mid - 1
        out.append((start, lo))
        start = lo
    return out


def _common_prefix(a: Sequence[str], b: Sequence[str]) -> tuple[str, ...]:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return tuple(a[:n])


def _units(doc: Document, length_fn: LengthFn, budget: int) -> list[_Unit]:
    units: list[_Unit] = []
    for sec in doc.sections:
        for a, b in _split_span(doc.text, sec.start, sec.end, length_fn, budget):
            units.append(_Unit(a, b, sec.path or (doc.title,), length_fn(doc.text[a:b]),
                               "\n" not in doc.text[a:b] and b - a <= 40))
    return units


def _packable(cur: _Unit, nxt: _Unit, settings: ChunkerSettings, joined_tokens: int) -> bool:
    if joined_tokens > settings.max_tokens:
        return False
    shared = _common_prefix(cur.path, nxt.path)
    inside = nxt.path[: len(cur.path)] == cur.path  # nxt is in cur's section (or a subsection)
    siblings = len(cur.path) >= 2 and cur.path[:-1] == nxt.path[:-1]  # a notice and its plan are not
    small = cur.tokens < settings.min_tokens or nxt.tokens < settings.min_tokens
    if small and (inside or siblings):
        # A lone heading goes with what follows it and a short item with its neighbour, but a
        # section's short tail never runs into the next part (its path would mislabel it).
        return True
    # Siblings or parent/child under the same heading; never across top-level parts of a plan.
    return len(shared) >= max(len(cur.path), len(nxt.path)) - 1 and len(shared) >= 2


def chunk_document(doc: Document, length_fn: LengthFn,
                   settings: ChunkerSettings | None = None) -> list[Chunk]:
    settings = settings or ChunkerSettings()
    packed: list[_Unit] = []
    for unit in _units(doc, length_fn, settings.max_tokens):
        # The joined text is measured as a whole: the line breaks between units cost tokens too.
        joined = length_fn(doc.text[packed[-1].start:unit.end]) if packed else 0
        if packed and _packable(packed[-1], unit, settings, joined):
            cur = packed[-1]
            # A heading-only unit takes the path of the body it introduces; anything else packed
            # together is labelled with what its parts share.
            path = unit.path if cur.heading_only and len(unit.path) > len(cur.path) \
                and unit.path[: len(cur.path)] == cur.path else _common_prefix(cur.path, unit.path)
            packed[-1] = _Unit(cur.start, unit.end, path or cur.path, joined)
        else:
            packed.append(unit)
    chunks = []
    for i, u in enumerate(packed):
        text = doc.text[u.start:u.end]
        section_path = PATH_SEP.join(u.path)
        chunks.append(Chunk(
            id=content_hash(doc.doc_id, section_path, str(u.start), text),
            doc_id=doc.doc_id, text=text, start=u.start, end=u.end,
            corpus_file=doc.corpus_file, doc_number=doc.doc_number, title=doc.title,
            issuer=doc.issuer, date=doc.date, section_path=section_path, ordinal=i,
        ))
    return chunks


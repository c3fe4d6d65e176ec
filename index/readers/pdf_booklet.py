"""Pages printed two to a sheet: a 明白纸 or 宣传手册 imposed as a booklet (A5 pages two-up on landscape A4).

PDFium reads such a sheet's text as one page, and the reading order of a booklet's sheets is not its
pages' (sheet 1 holds page 8 beside page 1, sheet 2 page 2 beside page 7 …). A landscape page whose
text leaves a clear gutter down its middle, with a page number printed at the foot of a half, is read
as its two halves, left then right (``halves``); once every page of the file is so read, the halves are
put in the order their printed page numbers give (``in_page_order``), where those numbers (a cover
without one taking the number missing) are exactly 1 … n.
"""

from __future__ import annotations

import re
from typing import Any

_LANDSCAPE = 1.2  # width over height at least
_BAND = (0.4, 0.6)  # where, across the page, the gutter is looked for
_GUTTER_LEAST = 10.0  # points of the gutter no character stands in
_MOST_CHARS = 20_000
_CHARS_LEAST = 40
# "— 3 —", "-3-", "第3页", "3"
PAGE_NUMBER_RE = re.compile(r"^\s*(?:[—–\-－]\s*(\d{1,3})\s*[—–\-－]|第\s*(\d{1,3})\s*页|(\d{1,3}))\s*$")


def page_number(lines: list[str]) -> int | None:
    """The page number printed as a half's last line (or its first), if any."""
    for line in [*lines[-1:], *lines[:1]]:
        m = PAGE_NUMBER_RE.match(line)
        if m:
            return int(next(g for g in m.groups() if g))
    return None


def halves(textpage: Any, width: float, height: float, sheets: int) -> list[list[str]] | None:
    """A landscape page's two halves' lines (left, right) where its text leaves a gutter down the middle and
    the halves' page numbers pair as two pages printed on one of the file's ``sheets`` (``_paired``); else None."""
    if width < _LANDSCAPE * height:
        return None
    n = textpage.count_chars()
    if not _CHARS_LEAST <= n <= _MOST_CHARS:
        return None
    lo, hi = _BAND[0] * width, _BAND[1] * width
    covered: list[tuple[float, float]] = []
    for i in range(n):
        left, _, right, _ = textpage.get_charbox(i)
        if right > left and right > lo and left < hi:
            covered.append((max(left, lo), min(right, hi)))
    gutter = _widest_gap(covered, lo, hi)
    if gutter is None:
        return None
    x = (gutter[0] + gutter[1]) / 2
    out = []
    for a, b in ((0.0, x), (x, width)):
        text = textpage.get_text_bounded(a, 0, b, height) or ""
        out.append([t for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if (t := ln.strip())])
    if not all(out) or not _paired(page_number(out[0]), page_number(out[1]), sheets):
        return None
    return out


def _paired(left: int | None, right: int | None, sheets: int) -> bool:
    """Whether two halves' printed numbers are two pages of a booklet or a two-up print of ``sheets`` sheets:
    neighbours (3|4), or facing in a booklet's fold (8|1, 2|7: their sum one more than the pages); a cover has
    no number, beside the last page or the second. A landscape table with its page number in a corner has one
    half numbered and the other not, which pairs with nothing."""
    pages = 2 * sheets
    if left is None or right is None:
        other = right if left is None else left
        return other in (pages, 2) and pages > 2
    return abs(left - right) == 1 or left + right == pages + 1


def _widest_gap(spans: list[tuple[float, float]], lo: float, hi: float) -> tuple[float, float] | None:
    """The widest stretch of [lo, hi] no span covers, where it is at least the gutter's width."""
    best: tuple[float, float] | None = None
    at = lo
    for a, b in [*sorted(spans), (hi, hi)]:
        if a - at >= _GUTTER_LEAST and (best is None or a - at > best[1] - best[0]):
            best = (at, a)
        at = max(at, b)
    return best


def in_page_order(pages: list[list[str]]) -> list[list[str]] | None:
    """The halves in the order of their printed page numbers, where those are 1 … n once each (at most
    one half without a number, a cover, taking the one missing) and not already in order; else None."""
    numbers = [page_number(p) for p in pages]
    known = [k for k in numbers if k is not None]
    missing = sorted(set(range(1, len(pages) + 1)) - set(known))
    if len(set(known)) != len(known) or not set(known) <= set(range(1, len(pages) + 1)) \
            or len(missing) != numbers.count(None) or len(missing) > 1:
        return None
    filled = [k if k is not None else missing[0] for k in numbers]
    if filled == sorted(filled):
        return None
    return [p for _, p in sorted(zip(filled, pages, strict=True), key=lambda kp: kp[0])]

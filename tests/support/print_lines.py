"""Printed lines for the PDF and scan fixtures: a paragraph broken to a width the way a typesetter
would, never inside a run of digits or Latin letters and never starting a line with closing
punctuation."""

from __future__ import annotations

from collections.abc import Callable, Collection

NO_LINE_START = frozenset("，。；：、）》”！？")  # punctuation that may not begin a printed line


def tokens(text: str) -> list[str]:
    """Splits text into CJK characters and unbroken runs of digits/Latin letters (phone numbers, dates)."""
    out: list[str] = []
    for ch in text:
        if out and ch.isascii() and ch != " " and out[-1][-1].isascii():
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(text: str, width_of: Callable[[str], float], max_width: float,
         no_line_start: Collection[str] = NO_LINE_START) -> list[str]:
    """Breaks a paragraph into lines no wider than ``max_width`` (as ``width_of`` measures them)."""
    lines: list[str] = []
    line = ""
    for tok in tokens(text):
        if line and width_of(line + tok) > max_width and tok not in no_line_start:
            lines.append(line)
            line = tok
        else:
            line += tok
    lines.append(line)
    return lines

"""The sections of one document: heading paths over spans of its text.

A section runs from a heading (一、, （一）, 第X条 …, see ``index.headings``) to the next heading of
any level; its path goes from the document's title — or the title of the plan the notice issues —
down to the innermost heading. An attachment head ("附件2") opens a part of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.headings import ATTACH_LIST_RE, ATTACHMENT_HEAD_RE, heading_kind
from index.layout import is_terminal
from index.metadata import PUBLIC_MARK
from index.models import Section
from index.titles import PLAN_TITLE_END_RE, normalize_title, nospace

_Mark = tuple[int, tuple[str, ...]]  # (offset in the text, heading path from there on)


def _label(s: str) -> str:
    head = re.split(r"[。：:]", s, maxsplit=1)[0]
    if len(head) > 30:
        head = head[:30]
    return head.strip()


def sections_of(
    title: str, paras: Sequence[str], sig_idx: int | None, atts: Sequence[str]
) -> tuple[Section, ...]:
    """Sections covering ``"\\n".join(paras)`` from start to end, in order."""
    offsets: list[int] = []
    pos = 0
    for p in paras:
        offsets.append(pos)
        pos += len(p) + 1
    total = max(0, pos - 1)
    marks = _marks(title, paras, offsets, sig_idx, {normalize_title(a) for a in atts})
    sections: list[Section] = []
    for k, (start, path) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else total
        if end <= start and k + 1 < len(marks):
            continue
        sections.append(Section(path=path, start=start, end=max(end, start), level=len(path) - 1))
    if sections and sections[-1].end != total:
        last = sections[-1]
        sections[-1] = Section(last.path, last.start, total, last.level)
    return tuple(sections)


def _marks(title: str, paras: Sequence[str], offsets: Sequence[int], sig_idx: int | None,
           atts_norm: set[str]) -> list[_Mark]:
    """Where each heading path starts: a plan title resets the root, a heading nests or closes."""
    root: tuple[str, ...] = (title,)
    stack: list[tuple[str, str]] = []
    marks: list[_Mark] = [(0, root)]
    after_sig = sig_idx if sig_idx is not None else 0
    plan_seen = False
    for i, p in enumerate(paras):
        if i == 0:
            continue
        n = nospace(p)
        kind = heading_kind(n)
        if i > after_sig and "\t" not in p and _is_plan_title(p, n, kind, atts_norm, plan_seen):
            plan_seen = True
            root = (_label(p) if len(p) <= 60 else p[:60],)
            stack = []
            marks.append((offsets[i], root))
            continue
        attach_head = ATTACHMENT_HEAD_RE.match(n) and len(n) <= 40 and not ATTACH_LIST_RE.match(n)
        if attach_head or re.fullmatch(r"附件\s*\d*", n):
            stack = [("attach", _label(p))]
            marks.append((offsets[i], (*root, _label(p))))
            continue
        if kind is None or len(n) < 2:
            continue
        if kind == "chapter":
            stack = []
        elif any(k == kind for k, _ in stack):
            while stack and stack[-1][0] != kind:
                stack.pop()
            stack.pop()
        stack.append((kind, _label(p)))
        marks.append((offsets[i], root + tuple(lbl for _, lbl in stack)))
    return marks


def _is_plan_title(p: str, n: str, kind: str | None, atts_norm: set[str], plan_seen: bool) -> bool:
    """The title of a plan the notice issues: named by the cover, or the first title-like line."""
    return normalize_title(p) in atts_norm or (
        not plan_seen and kind is None and len(n) <= 60 and not is_terminal(n)
        and PLAN_TITLE_END_RE.search(n) is not None and PUBLIC_MARK not in n)

"""A list question answered by a section's own outline.

"确定了哪些方面的重点工作？" is answered by the headings under "三、重点工作": （一）抓好农村饮水安全
工程建设…, （二）抓好水旱灾害防御工作… Sentence scoring cannot find that answer, since headings
rule on nothing by themselves and the items lie far apart. Pure functions over a ``Document``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.models import Chunk, Document, Section
from rag.parts import BENEFITS, Asked, Part
from rag.schema import Hit
from rag.sentences import question_terms, squash

_TITLE_CHARS = 16  # a heading that titles its text ("（一）免疫病种。"), not an item that is a sentence


def _named(section: Section, focus: Sequence[str]) -> bool:
    if len(section.path) < 2:
        return False  # the notice's own title: its outline is the whole notice
    heading = re.sub(r"\s+", "", section.path[-1])
    return any(len(w) >= 3 and w in heading for w in focus)


def heading_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The heading line a section opens with, up to its first 。 or ；（a run-in heading's text after
    it is left out), without surrounding whitespace."""
    line_end = text.find("\n", start, end)
    b = line_end if line_end >= 0 else end
    m = re.search(r"[。；;]", text[start:b])
    if m:
        b = start + m.end()
    a = start
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def outline(doc: Document, focus: Sequence[str], near: Sequence[tuple[int, int]],
            min_items: int = 2, max_items: int = 15, words: Sequence[str] = ()) -> list[tuple[int, int]]:
    """The heading spans of the sections directly under the one whose heading names what is asked
    ("重点工作" → "三、重点工作", never the notice's title), when it has ``min_items`` to ``max_items``
    of them and one of the
    retrieved passages (``near``: offsets into the notice) lies in it; else none. Of several such
    sections, the one whose heading holds most of the question's ``words`` ("还要培育哪几条产业链":
    "（二）培育产业链", not "（一）重点推进产业链")."""
    found: list[tuple[int, list[tuple[int, int]]]] = []
    for section in doc.sections:
        if not _named(section, focus):
            continue
        depth = len(section.path)
        under = [s for s in doc.sections if len(s.path) > depth and s.path[:depth] == section.path]
        end = max((s.end for s in under), default=section.end)  # a section's own run stops at its first child
        heading = re.sub(r"\s+", "", section.path[-1])
        # more of the question's words than what it asks for ("培育" of "还要培育哪几条产业链")
        also = sum(w in heading for w in words if not any(w in f or f in w for f in focus))
        if not also and not any(a < end and section.start < b for a, b in near):
            continue
        children = [s for s in under if len(s.path) == depth + 1]
        spans = [heading_span(doc.text, s.start, s.end) for s in children]
        titled = [child for child, (a, b) in zip(children, spans, strict=True) if b - a <= _TITLE_CHARS and _named(child, focus)]
        if len(titled) == 1:
            return []  # "一、免疫病种及目标" / "（一）免疫病种。高致病性禽流感…": the answer is one child's text
        if min_items <= len(children) <= max_items:
            found.append((-sum(w in heading for w in words), [(a, b) for a, b in spans if b > a]))
    return min(found, key=lambda f: f[0])[1] if found else []


# A benefit's sections: who may have it ("（一）救助对象", "补贴范围", "救助条件"), then how much
# ("（三）救助标准", "补助标准"), or both ("补贴对象和标准"), each named with a benefit word's kin.
_BENEFIT_HEADING = re.compile(rf"(?:{'|'.join(BENEFITS)})(?:的)?(对象|范围|条件|标准)(?:[和及与](标准))?")
_WHO = ("对象", "范围", "条件")
_ITEM_CHARS = 200  # an item of a benefit's section, cut at a sentence's end within this
_BENEFIT_CHARS = 1200  # all of a benefit's sections together


# the question word before the benefit it asks for ("什么补助", "哪些救助政策"), not its money or its
# procedure ("补贴资金如何监管", "申请救助的程序是什么")
_WHICH_BENEFIT = re.compile(rf"(?:什么|哪些|哪种|哪几种|哪几项|啥)[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(BENEFITS)})"
                            r"(?![\u4e00-\u9fff]*?(?:资金|经费|程序|流程|材料|手续|时间|时限|部门|单位))")


def asks_benefit(part: Part) -> bool:
    """Whether a part asks what benefit one may have ("能领什么补助", "有哪些补贴")."""
    return part.asked in (Asked.WHAT, Asked.LIST) and bool(_WHICH_BENEFIT.search(part.clause))


def _clipped(text: str, a: int, b: int, most: int, item: bool) -> tuple[int, int]:
    """``text[a:b]`` without surrounding whitespace, for an ``item`` to the end of its first paragraph
    (a line that ends a sentence: what follows a numbered item unheaded is no part of it), cut after
    its last 。 or ； within ``most`` characters when longer."""
    while a < b and text[a].isspace():
        a += 1
    m = re.search(r"[。；;]\s*\n", text[a:b]) if item else None
    if m:
        b = a + m.start() + 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b - a > most:
        ends = [m.end() for m in re.finditer(r"[。；;]", text[a:a + most])]
        b = a + ends[-1] if ends else a + most
    return a, b


def benefit_spans(doc: Document) -> list[tuple[int, int]]:
    """The text of a notice's sections on who may have its benefit and how much (the first of each
    kind), who first: a section's own run and each of its items, each cut to a sentence's end within
    ``_ITEM_CHARS`` characters; none where the notice has no 标准 section."""
    first: dict[bool, Section] = {}
    for section in doc.sections:
        m = _BENEFIT_HEADING.search(re.sub(r"\s+", "", section.path[-1])) if len(section.path) >= 2 else None
        if m:
            first.setdefault(m.group(1) in _WHO, section)
            if m.group(2):  # "补贴对象和标准": who and how much in one
                first.setdefault(False, section)
    if False not in first:
        return []
    spans: list[tuple[int, int]] = []
    for section in dict.fromkeys(s for s in (first.get(True), first[False]) if s is not None):
        depth = len(section.path)
        runs = [section, *(s for s in doc.sections if len(s.path) > depth and s.path[:depth] == section.path)]
        for run in runs:
            own = run is section  # (the section's own run keeps its exceptions: "已享受特困供养的不重复享受")
            a, b = _clipped(doc.text, run.start, run.end, 2 * _ITEM_CHARS if own else _ITEM_CHARS, item=not own)
            if b - a > 1 and sum(y - x for x, y in spans) + b - a <= _BENEFIT_CHARS:
                spans.append((a, b))
    return spans


# A list by its name, printed over its table: "决定修改的市人民政府行政规范性文件目录" / "序号\t规范性文件名称\t文号"
_LIST_TITLE_END = re.compile(r"(?:目录|名单|清单|一览表|汇总表)\s*$")
_LIST_MOST_CHARS = 1500  # a list quoted whole: a few rows, not a 34-row schedule


def named_list(doc: Document, name: str) -> tuple[int, int] | None:
    """The span of the table a notice prints under a title holding ``name`` ("列入“决定修改”目录的…":
    "决定修改的…目录" and its rows), when it is short enough to quote whole; the title line in the
    attachment list, with no rows under it, is not it."""
    for m in re.finditer(r"[^\n]+", doc.text):
        line = m.group()
        if "\t" in line or name not in squash(line) or not _LIST_TITLE_END.search(line):
            continue
        end = m.end()
        rows = 0
        for row in re.finditer(r"\n([^\n]*)", doc.text[m.end():]):
            if "\t" not in row.group(1):
                break
            end, rows = m.end() + row.end(), rows + 1
        if rows >= 2 and end - m.start() <= _LIST_MOST_CHARS:
            return m.start(), end
    return None


def outline_hits(parts: Sequence[Part], hits: Sequence[Hit], doc: Document,
                 chunks: Sequence[Chunk]) -> dict[int, list[Hit]]:
    """For each list part of the question, the outline of the top notice that answers it, as one
    whole hit per heading (cited to the chunk the heading opens); ``doc`` is the first hit's notice
    and ``chunks`` its chunks in order."""
    near = [(h.start, h.end) for h in hits if h.chunk.doc_id == doc.doc_id]
    out: dict[int, list[Hit]] = {}
    for k, part in enumerate(parts):
        if not hits or not part.focus:
            continue
        # "能领什么补助": who may have the top notice's benefit and how much, in its own words; else a
        # list's headings
        spans = benefit_spans(doc) if asks_benefit(part) else []
        if not spans and part.asked is Asked.LIST:
            # "列入“决定修改”目录的4件规范性文件分别是哪些": the rows of the list so named; else its headings
            named = next((span for n in re.findall(r"“([^“”]{2,16})”", part.clause) if (span := named_list(doc, n))), None)
            spans = [named] if named else outline(doc, part.focus, near, words=question_terms(part.clause))
        found = []
        for a, b in spans:
            chunk = next((c for c in chunks if c.start <= a < c.end), None)
            if chunk is not None:
                found.append(Hit(chunk, hits[0].score, hits[0].rank, doc.text[a:b], a, b, whole=True))
        if found:
            out[k] = found
    return out

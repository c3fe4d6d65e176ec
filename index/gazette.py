"""Split a converted county/city government gazette (政府公报) into ``Document`` records.

The input is the plain text a PDF/OCR converter produced. Everything here is generic to Chinese
official documents (公文): a notice is found by its standalone 文号 line with the red-header title
above it, or by a titled 公告 of its own after a signed notice. Nothing depends on a particular
county or file.

Pipeline (all pure functions): per-line cleaning and furniture removal (``index.layout``) ->
anchors (文号 lines and titled 公告) -> segments -> reattach plan pages printed before their
cover -> per segment: paragraphs (``index.layout``), metadata (``index.metadata``) and sections
(``index.sections``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from index.dates import cn_count, signature_date
from index.docnumber import doc_number_line
from index.headings import heading_kind
from index.issuers import ISSUER_LINE_RE, MASTHEAD_RE, SALUTATION_RE
from index.layout import PAGE_NO_RE, TITLE_TAIL_RE, Line, clean_lines, is_terminal, paragraphs
from index.metadata import PUBLIC_MARK, attachment_titles, is_public, issuer_from_title, signature
from index.models import Document
from index.readers import read_source
from index.sections import sections_of
from index.titles import (
    TITLE_END_RE,
    TITLE_START_RE,
    UNNUMBERED_TITLE_RE,
    issued_titles,
    join_title,
    normalize_title,
    nospace,
)


def parse_corpus(directory: str | Path) -> list[Document]:
    """Parse every *.txt / *.md gazette of a directory, files sorted by name.

    A file that cannot be read raises UnreadableFile naming it; the caller decides to skip it.
    """
    d = Path(directory)
    files = sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() in {".txt", ".md"}
                   and p.name.lower() != "readme.md")
    docs: list[Document] = []
    for p in files:
        docs.extend(parse_gazette(read_source(p).text, p.name))
    return docs


# The gazette's name in a running header, "《中宁县人民政府公报》2019.NO.2 县人民政府办公室文件", or on a
# line of its own on the cover ("中卫市人民政府公报", "# 贺兰县人民政府 公报").
_HEADER_NAME_RE = re.compile(r"《([^《》]{2,30}公报)》")
_COVER_NAME_RE = re.compile(r"^#*\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{1,28}公报)$")
# Its issue: "2019.NO.2" beside the name, or "2024年第1期" and "(总第22期)" on the cover.
_ISSUE_RE = re.compile(r"(\d{4})\s*(?:年\s*第\s*(\d{1,2})\s*期|[.．]\s*NO[.．]?\s*(\d{1,2}))", re.IGNORECASE)
_TOTAL_ISSUE_RE = re.compile(r"[（(]\s*总\s*第\s*(\d{1,4})\s*期\s*[)）]")
_COVER_LINES = 40  # a cover's name and issue come before the table of contents
_GAZETTE_OWNER = re.compile(r"政府|国务院|办公厅|委员会")


def publication(raw_lines: Sequence[str]) -> str | None:
    """The gazette a file is, with its issue where printed: "中卫市人民政府公报2024年第1期（总第22期）",
    "中宁县人民政府公报2019年第2期". The name its running headers print most often (a page header
    is short), else the one on the cover; None for a file that names no 公报 (a single notice)."""
    names: Counter[str] = Counter()
    for line in raw_lines:
        s = line.strip()
        if 0 < len(s) <= 60:
            names.update(nospace(m.group(1)) for m in _HEADER_NAME_RE.finditer(s))
    head = [s for line in raw_lines if (s := line.strip())][:_COVER_LINES]
    cover = [nospace(m.group(1)) for s in head if (m := _COVER_NAME_RE.match(s))]
    # (a government's gazette, not a document called a 公报: "2023年国民经济和社会发展统计公报")
    names = Counter({n: c for n, c in names.items() if _GAZETTE_OWNER.search(n)})
    cover = [n for n in cover if _GAZETTE_OWNER.search(n)]
    name = names.most_common(1)[0][0] if names else (cover[0] if cover else None)
    if name is None:
        return None
    issue = total = None
    headers = (line for line in raw_lines if name in nospace(line) and len(line.strip()) <= 60)
    for s in [*(head if cover else ()), *headers]:
        if issue is None and (m := _ISSUE_RE.search(s)):
            issue = f"{m.group(1)}年第{int(m.group(2) or m.group(3))}期"
        if total is None and (t := _TOTAL_ISSUE_RE.search(s)) and s in head:
            total = f"（总第{int(t.group(1))}期）"
    return name + (issue or "") + (total or "" if issue else "")


def parse_gazette(text: str, corpus_file: str) -> list[Document]:
    """Split one gazette's text into its documents (see module docstring). Each carries the
    gazette it was printed in (``publication``) as its "刊载" field."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    printed_in = publication(raw_lines)
    lines, file_notes = clean_lines(raw_lines)
    segments, seg_notes = _find_segments(lines)
    if not segments:
        return []
    _reattach(segments)
    _return_continuations(segments)
    docs: list[Document] = []
    for k, seg in enumerate(segments):
        _drop_back_matter(seg)
        _trim_trailing_page_numbers(seg)
        notes = list(seg.notes)
        if k == len(segments) - 1:
            notes.extend(file_notes)
        if k == 0:
            notes.extend(seg_notes)
        doc = _build_document(seg, corpus_file, notes)
        docs.append(replace(doc, meta=(("刊载", printed_in),)) if printed_in else doc)
    return docs


# --------------------------------------------------------------------------------------------
# Anchors and segments
# --------------------------------------------------------------------------------------------

_Anchor = tuple[int, int, str | None, str]  # (title start, 文号 line, 文号, title)


@dataclass
class _Segment:
    lines: list[Line]
    anchor: int  # index in ``lines`` of the 文号 line (or the title line of an unnumbered notice)
    doc_number: str | None
    title: str
    notes: list[str] = field(default_factory=list)
    body_from: int | None = None  # index of the first line after the cover (and a plan page moved behind it)


def _texts(lines: Sequence[Line]) -> list[str]:
    return [ln.text for ln in lines]


def _title_block_above(lines: Sequence[Line], a: int, floor: int) -> int | None:
    """Index of the first line of the title printed above the 文号 line at ``a``."""
    best: int | None = None
    j = a - 1
    steps = 0
    while j >= floor and steps < 7:
        t = lines[j].text
        n = nospace(t)
        if is_terminal(t) or lines[j].table or PAGE_NO_RE.fullmatch(n) or len(n) > 120:
            break
        if doc_number_line(n)[0] is not None or signature_date(n):
            break  # (a title never runs up over the date the notice before it was signed on)
        if ISSUER_LINE_RE.fullmatch(n):
            if MASTHEAD_RE.fullmatch(nospace("".join(_texts(lines[j:a])))):
                return None  # the red head over the number: the title is printed under it
            best = j
            # joint issuers printed over two or three lines ("扬州市医疗保障局　扬州市财政局" |
            # "国家税务总局扬州市税务局" | "关于…的通知")
            while best - 1 >= max(floor, j - 2) and ISSUER_LINE_RE.fullmatch(nospace(lines[best - 1].text)) and not (
                    lines[best - 1].table or signature_date(nospace(lines[best - 1].text))):
                best -= 1
            break
        if TITLE_START_RE.match(n):
            best = j
        elif TITLE_START_RE.match(nospace("".join(_texts(lines[j:a])))) and (
                best is None or (len(n) >= len(nospace(lines[j + 1].text)) and not re.search(r"[，。；：、,;:]$", n)
                                 and len(nospace("".join(_texts(lines[j:a])))) <= 90)):
            # a title whose issuers' line breaks inside a name: "…中国人民银行宜昌市分" | "行关于…的通知"; in a
            # gazette's narrow column, over several full lines: "齐齐哈尔市人力资源和社会保" | "障局齐齐哈尔市财政局关于调" | …
            best = j
        elif best is not None:
            break
        j -= 1
        steps += 1
    return best


def _title_block_below(lines: Sequence[Line], a: int) -> int | None:
    """Some gazettes print the 文号 above the title; returns the end (exclusive) of that title."""
    j = a + 1
    while j < len(lines) and j <= a + 4:
        n = nospace(lines[j].text)
        if is_terminal(n) or SALUTATION_RE.match(n) or n[:1].isdigit():
            break  # (a line opening on a number is a list's row, "2扬州市人民政府关于…办法", not a title)
        if TITLE_END_RE.search(n):
            # (with the bracketed years and 的通知 below a plan's name: "…补助实施方案" | "（2026—2028年）的通知")
            return j + 2 if j + 1 < len(lines) and TITLE_TAIL_RE.fullmatch(nospace(lines[j + 1].text)) else j + 1
        j += 1
    return None


def _find_segments(lines: list[Line]) -> tuple[list[_Segment], list[str]]:
    anchors, notes = _numbered_anchors(lines)
    anchors += _unnumbered_anchors(lines, anchors)
    anchors.sort()
    segments: list[_Segment] = []
    for k, (start, a, docno, title) in enumerate(anchors):
        end = anchors[k + 1][0] if k + 1 < len(anchors) else len(lines)
        seg_lines = lines[start:end]
        segments.append(_Segment(seg_lines, a - start, docno, title))
    return segments, notes


def _numbered_anchors(lines: Sequence[Line]) -> tuple[list[_Anchor], list[str]]:
    """Each standalone 文号 line with the title printed above (or below) it."""
    notes: list[str] = []
    anchors: list[_Anchor] = []
    floor = 0
    for a, ln in enumerate(lines):
        docno, _ = doc_number_line(ln.text)
        if docno is None:
            continue
        start = _title_block_above(lines, a, floor)
        if start is not None:
            title = join_title(_texts(lines[start:a]))
        else:
            below = _title_block_below(lines, a)
            if below is None:
                notes.append(f"line {ln.no}: standalone 文号 {docno} without a title; ignored")
                continue
            start = a
            title = join_title(_texts(lines[a + 1:below]))
        anchors.append((start, a, docno, title))
        floor = a + 1
    return anchors, notes


def _unnumbered_anchors(lines: Sequence[Line], numbered: Sequence[_Anchor]) -> list[_Anchor]:
    """Unnumbered notices (公示公告 …): a title line of their own, after a finished document."""
    out: list[_Anchor] = []
    numbered_starts = {s for s, _, _, _ in numbered}
    for a, ln in enumerate(lines):
        n = nospace(ln.text)
        if a in numbered_starts or not UNNUMBERED_TITLE_RE.fullmatch(n):
            continue
        if heading_kind(n) is not None:
            continue
        # the anchors found so far: numbered ones, then unnumbered ones above this line
        if a > 0 and not _segment_closed(lines, [*numbered, *out], a):
            continue
        if a > 0 and not ln.md_heading:
            before = nospace(lines[a - 1].text)
            if not (is_terminal(before) or signature_date(before) or lines[a - 1].md_heading):
                continue
        out.append((a, a, None, join_title([ln.text])))
    return out


def _segment_closed(lines: Sequence[Line], anchors: Sequence[_Anchor], a: int) -> bool:
    """True if the document before line ``a`` has already been signed (a date line seen)."""
    prev = [x for x in anchors if x[0] < a]
    if not prev:
        return True
    last = max(prev)[1]
    return any(signature_date(nospace(lines[j].text)) for j in range(last + 1, a))


# --------------------------------------------------------------------------------------------
# Reattaching a plan page printed before its cover notice
# --------------------------------------------------------------------------------------------


def _cover_info(seg: _Segment) -> tuple[int, bool, list[str]]:
    """(index after the cover notice block, has salutation, attachment titles named by it)."""
    lines = seg.lines
    a = seg.anchor
    has_salutation = False
    body = ""
    end = a + 1
    j = a + 1
    # the salutation may wrap over two lines
    if j < len(lines):
        first = nospace(lines[j].text)
        two = first + (nospace(lines[j + 1].text) if j + 1 < len(lines) else "")
        has_salutation = bool(
            SALUTATION_RE.match(first) or (first.startswith("各") and SALUTATION_RE.match(two))
        )
    limit = min(len(lines), a + 25)
    while j < limit:
        n = nospace(lines[j].text)
        body += n
        if signature_date(n):
            end = j + 1
            if j + 1 < len(lines) and PUBLIC_MARK in lines[j + 1].text:
                end = j + 2
            break
        j += 1
    if not has_salutation:
        end = a + 1
    atts = issued_titles(seg.title, body)
    return end, has_salutation, atts


def _reattach(segments: list[_Segment]) -> None:
    """Move a plan's first page (or a notice's first body page) back behind its cover.

    Some gazettes print the first page of a plan, then the cover notice that issues it, then
    the rest of the plan. A careful reader recognises the plan title (named in the cover) just
    before the cover, or a salutation line when the cover itself has none.
    """
    for k in range(1, len(segments)):
        seg, prev = segments[k], segments[k - 1]
        cover_end, has_sal, atts = _cover_info(seg)
        seg.body_from = cover_end if has_sal else None
        targets = {normalize_title(t) for t in atts if len(t) >= 4}
        # never take the previous notice's own salutation/body: search only behind its cover
        lo = max(prev.anchor + 1, _cover_info(prev)[0])
        p = _printed_before_cover(prev.lines, lo, targets, has_sal)
        if p is None or p < lo:
            continue
        lines = prev.lines
        moved = lines[p:]
        prev.lines = lines[:p]
        head, tail = seg.lines[:cover_end], seg.lines[cover_end:]
        seg.lines = head + moved + tail
        seg.body_from = cover_end + len(moved) if has_sal else None
        body_page = not has_sal and SALUTATION_RE.match(nospace(moved[0].text)) is not None
        what = "body page" if body_page or not targets else "plan page"
        seg.notes.append(
            f"{what} printed before the cover (source lines {moved[0].no}-{moved[-1].no}) moved behind it;"
            " it may still carry table rows of the preceding document"
        )
        prev.notes.append(
            f"source lines {moved[0].no}-{moved[-1].no} belong to the next document"
            " and were moved there"
        )


def _article_no(text: str) -> int | None:
    m = re.match(r"^第([一二三四五六七八九十]{1,3})条", nospace(text))
    return cn_count(m.group(1)) if m else None


def _return_continuations(segments: list[_Segment]) -> None:
    """Give back the rest of the previous document's last page, printed after this notice's cover.

    When a notice (with the first page of its plan) is printed into the middle of the previous
    document's last page, the text after the cover goes on with the previous document's broken
    sentence and its next articles ("…发票包" | cover | "括个人劳务费发票…第十六条…第十九条 本办法自…").
    The run is moved back only on strong evidence: the previous document stops mid-sentence, the
    run does not open with a heading, and it carries the articles that follow the previous
    document's last one, in order. It ends at the first heading that is not the next article.
    """
    for k in range(1, len(segments)):
        seg, prev = segments[k], segments[k - 1]
        i0 = seg.body_from
        if i0 is None or i0 >= len(seg.lines) or not prev.lines:
            continue
        last_text = nospace(prev.lines[-1].text)
        if not last_text or is_terminal(last_text) or heading_kind(nospace(seg.lines[i0].text)):
            continue
        articles = [n for n in (_article_no(ln.text) for ln in prev.lines) if n is not None]
        if not articles:
            continue
        expected, seen, j = articles[-1] + 1, 0, i0
        while j < len(seg.lines):
            text = nospace(seg.lines[j].text)
            n = _article_no(text)
            if n is not None and n == expected:
                expected, seen = expected + 1, seen + 1
            elif heading_kind(text) is not None:
                break
            j += 1
        if not seen or j >= len(seg.lines):
            continue
        run = seg.lines[i0:j]
        seg.lines = seg.lines[:i0] + seg.lines[j:]
        prev.lines = prev.lines + run
        prev.notes.append(f"source lines {run[0].no}-{run[-1].no}, printed after the next notice's cover, "
                          "continue this document and were moved back")
        seg.notes.append(f"source lines {run[0].no}-{run[-1].no} belong to the previous document and were moved there")


def _printed_before_cover(lines: Sequence[Line], lo: int, targets: set[str], has_sal: bool) -> int | None:
    """Index in ``lines`` (the previous segment) where the next notice's plan or body page starts."""
    for i in range(len(lines) - 1, max(lo, len(lines) - 400) - 1, -1):
        if targets:
            for w in (1, 2, 3):
                if i + w <= len(lines) and normalize_title(join_title(_texts(lines[i:i + w]))) in targets:
                    return i
        if not has_sal:
            n = nospace(lines[i].text)
            two = n + (nospace(lines[i + 1].text) if i + 1 < len(lines) else "")
            if n.startswith("各") and (SALUTATION_RE.match(n) or SALUTATION_RE.match(two)):
                return i
    return None


# --------------------------------------------------------------------------------------------
# One segment, one document
# --------------------------------------------------------------------------------------------


# The colophon a gazette ends on, a field a line: "主管主办：…", "编辑出版：…", "地址：…", "电话：…",
# "内部资料准印证号：…", "免费赠阅"; the issue in brackets may head it ("（2023年第8期　总第251期）").
_COLOPHON_LINE = re.compile(r"(?:主管主办|主管|主办|编辑出版|编辑|出版|承印|印刷单位|印刷|地址|电话|邮编|网址|"
                            r"内部资料准印证号|准印证号|发送|免费赠阅)[：:]?.*|[（(]\s*\d{4}\s*年\s*第.{1,12}期[^）)]*[）)]")


_EDITED_BY = re.compile(r"(?:编辑|编印|编辑出版)[：:].{0,30}?公报(?:编辑部|编辑委员会|社).{0,20}")


def _drop_back_matter(seg: _Segment) -> None:
    """Cut gazette back matter (a "《…公报》简介" page, editorial masthead, the colophon) off a document."""
    for i, ln in enumerate(seg.lines):
        if i <= seg.anchor:
            continue
        if ln.md_heading and "公报" in ln.text:
            seg.notes.append(f"gazette back matter from source line {ln.no} removed")
            seg.lines = seg.lines[:i]
            return
    end = len(seg.lines)
    while end - 1 > seg.anchor and _COLOPHON_LINE.fullmatch(nospace(seg.lines[end - 1].text)):
        end -= 1
    # (three such lines, or one naming the gazette's editors: "编辑：某市人民政府公报编辑部2026年7月15日出版")
    if len(seg.lines) - end >= 3 or (len(seg.lines) - end == 1 and _EDITED_BY.fullmatch(nospace(seg.lines[-1].text))):
        seg.notes.append(f"gazette colophon from source line {seg.lines[end].no} removed")
        seg.lines = seg.lines[:end]


def _trim_trailing_page_numbers(seg: _Segment) -> None:
    while len(seg.lines) > seg.anchor + 1 and PAGE_NO_RE.fullmatch(seg.lines[-1].text):
        seg.lines = seg.lines[:-1]


def _build_document(seg: _Segment, corpus_file: str, notes: list[str]) -> Document:
    title_lines = seg.lines[: seg.anchor] if seg.doc_number else []
    body_lines = seg.lines[seg.anchor + 1:]
    paras_src = paragraphs(body_lines)
    head: list[str] = [seg.title]
    if seg.doc_number:
        head.append(seg.doc_number)
    if seg.doc_number and seg.anchor == 0 and title_lines == []:
        # 文号 printed above the title: the title lines were taken from below the anchor
        n_title = len(nospace(seg.title))
        consumed = 0
        while paras_src and consumed < n_title:
            consumed += len(nospace(paras_src[0][0]))
            paras_src = paras_src[1:]
    paras = head + [t for t, _, _ in paras_src]
    spaced = head + [sp for _, _, sp in paras_src]
    issuer, date, sig_idx = signature(paras, spaced)
    if not issuer:
        issuer = issuer_from_title(seg.title)
        if issuer:
            notes.append("issuer taken from the title (no signature block found)")
    if date is None and seg.doc_number and (day := doc_number_line(seg.lines[seg.anchor].text)[1]):
        date = day
        notes.append("date taken from the 文号 line (no signature block found)")
    if date is None:
        notes.append("no signature date found")
    atts = attachment_titles(seg.title, paras, sig_idx)
    nos = [ln.no for ln in seg.lines]
    return Document(
        corpus_file=corpus_file,
        doc_number=seg.doc_number,
        title=seg.title,
        issuer=issuer,
        date=date,
        text="\n".join(paras),
        sections=sections_of(seg.title, paras, sig_idx, atts),
        attachments=tuple(atts),
        public=is_public(paras),
        start_line=min(nos) if nos else 0,
        end_line=max(nos) if nos else 0,
        notes=tuple(notes),
    )

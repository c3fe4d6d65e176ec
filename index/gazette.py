"""Split a converted county/city government gazette (政府公报) into ``Document`` records.

The input is the plain text a PDF/OCR converter produced. Everything here is generic to Chinese
official documents (公文): a notice is found by its standalone 文号 line with the red-header title
above it, its signature is an issuing-authority line followed by a date, its plan starts with a
title line after the signature, and its headings follow the 一、/（一）/1./（1） convention. Nothing
depends on a particular county or file.

Pipeline (all pure functions): decode -> per-line cleaning and classification (running headers,
page numbers, TOC lines, bookmark dump) -> anchors (文号 lines and titled 公告) -> segments ->
reattach plan pages printed before their cover -> paragraphs -> metadata and sections.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from index.cleaning import (
    cells_to_row,
    clean_markup,
    join_wrapped,
    squeeze_spaces,
    strip_invisible,
)
from index.dates import signature_date
from index.docnumber import normalize_doc_number
from index.models import Document, Section
from index.readers import UnreadableFile, read_source
from index.readers.text import decode_text

GazetteError = UnreadableFile  # a file that cannot be read as text (binary, empty, undecodable)


def read_gazette_bytes(data: bytes, name: str) -> str:
    """Decode text bytes (UTF-8, else GB18030/GBK …); raises GazetteError with the reason."""
    return decode_text(data, name)


def read_gazette_file(path: str | Path) -> str:
    """The text of a file of any readable kind; raises GazetteError with the reason."""
    return read_source(path).text


def parse_corpus(directory: str | Path) -> list[Document]:
    """Parse every *.txt / *.md gazette of a directory, files sorted by name.

    A file that cannot be read raises GazetteError naming it; the caller decides to skip it.
    """
    d = Path(directory)
    files = sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() in {".txt", ".md"}
                   and p.name.lower() != "readme.md")
    docs: list[Document] = []
    for p in files:
        docs.extend(parse_gazette(read_gazette_file(p), p.name))
    return docs


# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

_CN_NUM = "一二三四五六七八九十百零〇"

# Organisation names as they appear in red headers and signatures: "中宁县人民政府办公室",
# "中共贺兰县委员会", "中卫军分区", "中共贺兰县委组织部". Lazy body so the suffix list decides.
_ORG = (r"(?:中共)?[\u4e00-\u9fff（）()]{1,24}?"
        r"(?:人民政府办公室|人民政府办公厅|人民政府|委员会办公室|委员会|委办公室|政府办公室|办公室|办公厅|"
        r"军分区|人武部|组织部|宣传部|管理委员会|管委会|委|局|厅|部|院|政府)")
ISSUER_LINE_RE = re.compile(rf"(?:{_ORG})(?:\s*{_ORG}){{0,3}}")
_ORG_SPLIT_RE = re.compile(_ORG)

# Start of a notice title: "关于…", "印发…", or an issuer glued to "关于/印发".
TITLE_START_RE = re.compile(rf"^(?:{_ORG})*\s*(?:关于|印发|转发|批转)")
# Document-type word that ends a notice title.
TITLE_END_RE = re.compile(r"(?:通知|决定|意见|公告|通告|通报|批复|报告|命令|函|办法|规定|方案|决议)$")

# A notice with no 文号: "中共某县委员会干部任前公示公告(2022)第七号" printed as its own title.
UNNUMBERED_TITLE_RE = re.compile(
    r"^[\u4e00-\u9fff“”《》、]{4,60}(?:公告|通告|公示)\s*(?:[（(]\d{4}[）)]\s*第[0-9一二三四五六七八九十]{1,4}号)?$"
)

# Running header/footer printed at page tops: anything naming a 《…公报》, or the bare gazette
# name; also gazette column labels that fill a whole line, "【中卫市人民政府规范性文件】".
RUNNING_HEADER_RE = re.compile(r"《[^》]{2,30}公报》+|^[\u4e00-\u9fff]{2,20}公报(?:\s*\d{4}.*)?$")
COLUMN_LABEL_RE = re.compile(r"^【[^】]{2,30}】$")
# A line that is only a page number, possibly in dashes: "19", "- 17 --", "— 12 —".
PAGE_NO_RE = re.compile(r"^[-—–－]*\s*\d{1,3}\s*[-—–－]*$")
# Table-of-contents entries end in dot leaders and a page number: "(贺政发〔2022〕68号).....8".
TOC_LEADER_RE = re.compile(r"(?:\.{3,}|…{2,}|·{3,})\s*\d{1,3}\s*$")
TOC_HEAD_RE = re.compile(r"^目\s*录$")
# TOC entry without leaders: "(卫政规发[2023]2号) 3" - a bracketed 文号 followed by a page number.
TOC_DOCNO_RE = re.compile(r"^[（(][^()（）]{3,30}号[）)]\s*\d{1,3}$")

# Salutation (主送机关) that opens a notice body: "各乡镇人民政府，县政府各部门、直属机构：".
SALUTATION_RE = re.compile(r"^(?:各|宁夏|[\u4e00-\u9fff]{2,12}(?:人民政府|管委会)[,，、]).{2,160}[：:；;]$")

# Sentence-final punctuation: a wrapped line ending with one of these ends its paragraph.
_TERMINAL = "。！？；：!?;:"

# Heading markers, in the conventional order of 公文 numbering. ``(?![\d.])`` after "1." keeps
# "1.5万元" out; years ("2019年") never match because at most two digits are allowed.
HEADING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"^第[{_CN_NUM}]{{1,4}}章")),
    ("section", re.compile(rf"^第[{_CN_NUM}]{{1,4}}节")),
    ("article", re.compile(rf"^第[{_CN_NUM}]{{1,5}}条")),
    ("cn", re.compile(rf"^[{_CN_NUM}]{{1,3}}[、.．]")),
    ("paren_cn", re.compile(rf"^[（(][{_CN_NUM}]{{1,3}}[）)]")),
    ("num", re.compile(r"^\d{1,2}(?:[、．]|\.(?![\d]))(?!\d)")),
    ("paren_num", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("circled", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
)
# "附件", "附件2", "附件1：" heading an attached plan or table.
ATTACHMENT_HEAD_RE = re.compile(
    r"^附件\s*[0-9一二三四五六七八九十]*\s*[:：]?\s*$|^附件\s*[0-9一二三四五六七八九十]+\s*[:：]?"
)
ATTACH_LIST_RE = re.compile(r"^附\s*件\s*[:：]")
# Words that end the title of an issued plan/regulation.
PLAN_TITLE_END_RE = re.compile(
    r"(?:方案|计划|办法|意见|规划|规定|细则|安排|政策|目录|措施|规则|制度|清单|分工|标准|要点|纲要|表|建设项目|（试行）|\(试行\)|（修订）)$"
)

# A book-title-marked name, allowing one nested level printed as 《》, 〈〉 or <>.
BOOK_TITLE_RE = re.compile(r"《([^《》]{2,80}?(?:《[^《》]*》[^《》]*?)?)》")
# The cover names what it issues as a run of 《…》 right before "已经/已/印发" or after "现将":
# "《A》《B》和《C》已经市人民政府研究", "现将《A》印发给你们". Titles cited as grounds
# ("根据《…》精神") are not followed by these verbs and stay out.
_RUN = r"(?:《[^《》]{2,80}?(?:《[^《》]*》[^《》]*?)?》\s*(?:和|、|及|以及|，|,)?\s*)+"
ISSUED_RUN_RE = re.compile(
    rf"(?:现将|现把|将)(?P<run>{_RUN})(?=印发|转发|发给|予以)"
    rf"|(?P<run2>{_RUN})(?=已经|已由|已|经|现印发|印发)"
)
_QUOTES_RE = re.compile(r"[《》〈〉<>“”\"‘’'「」『』\s]")
_SPACE_RE = re.compile(r"\s+")


def nospace(s: str) -> str:
    return _SPACE_RE.sub("", s)


def _norm_title(s: str) -> str:
    """Comparison form of a title: no spaces, quotes or book-title marks, unified brackets."""
    s = _QUOTES_RE.sub("", s)
    return s.replace("(", "（").replace(")", "）")


# --------------------------------------------------------------------------------------------
# Lines
# --------------------------------------------------------------------------------------------


@dataclass
class Line:
    no: int  # 1-based source line
    text: str  # cleaned, spaces squeezed
    md_heading: bool = False
    table: bool = False
    spaced: str = ""  # cleaned text with the printed spaces kept (signatures separate names by spaces)


_Anchor = tuple[int, int, str | None, str]  # (title start, 文号 line, 文号, title)


@dataclass
class _Segment:
    lines: list[Line]
    anchor: int  # index in ``lines`` of the 文号 line (or the title line of an unnumbered notice)
    title_start: int  # index in ``lines`` where the title block starts
    doc_number: str | None
    title: str
    notes: list[str] = field(default_factory=list)


def clean_lines(raw_lines: Sequence[str]) -> tuple[list[Line], list[str]]:
    """Cleaned non-blank lines with running headers, page numbers and TOC lines removed."""
    notes: list[str] = []
    prelim: list[tuple[int, str, bool, bool, str]] = []
    spaced_of: dict[int, str] = {}
    for i, raw in enumerate(raw_lines, start=1):
        s = strip_invisible(raw)
        if not s.strip():
            continue
        s, md = clean_markup(s)
        table = "\t" in s.strip(" ")
        s = cells_to_row(s.strip(" "))
        spaced = re.sub(r" +", " ", s).strip()
        s = squeeze_spaces(s)
        if not s:
            continue
        prelim.append((i, s, md, table, raw))
        spaced_of[i] = spaced

    drop = [False] * len(prelim)
    for k, (_, s, md, _, _) in enumerate(prelim):
        if md and "公报" in s:
            continue  # a "# 《…公报》简介" heading opens back matter; _drop_back_matter cuts it
        if RUNNING_HEADER_RE.search(s) and len(s) <= 60:
            drop[k] = True
            # the page number is printed next to the running header
            for j in (k - 2, k - 1, k + 1, k + 2):
                if 0 <= j < len(prelim) and PAGE_NO_RE.fullmatch(prelim[j][1]):
                    drop[j] = True
        elif COLUMN_LABEL_RE.fullmatch(s) or (PAGE_NO_RE.fullmatch(s) and re.search(r"[-—–－]", s)):
            drop[k] = True
        elif TOC_LEADER_RE.search(s) or TOC_DOCNO_RE.fullmatch(s) or TOC_HEAD_RE.fullmatch(s):
            drop[k] = True
            if not TOC_HEAD_RE.fullmatch(s):
                # the entry's title sits on the one or two lines above its leader line
                for j in (k - 1, k - 2):
                    if j >= 0 and not drop[j] and not is_terminal(prelim[j][1]) and len(prelim[j][1]) <= 80:
                        drop[j] = True
                    else:
                        break

    cut = _bookmark_dump_start(prelim, drop)
    if cut is not None:
        first, last = prelim[cut][0], prelim[-1][0]
        notes.append(f"removed trailing PDF bookmark/outline dump (source lines {first}-{last})")
        prelim = prelim[:cut]
        drop = drop[:cut]

    out = [
        Line(no, s, md, table, spaced_of[no])
        for (no, s, md, table, _), d in zip(prelim, drop, strict=True)
        if not d
    ]
    return out, notes


_Prelim = tuple[int, str, bool, bool, str]  # (line no, text, markdown heading, table row, raw line)


def _bookmark_dump_start(prelim: Sequence[_Prelim], drop: Sequence[bool]) -> int | None:
    """Index where a trailing outline dump starts, if any.

    Converters append the PDF outline as tab-indented lines that repeat text printed earlier.
    We look for a trailing run of tab-indented lines and require that most of them repeat
    earlier text, so a real tab table at the end of a gazette is kept.
    """
    k = len(prelim)
    while k > 0 and prelim[k - 1][4].lstrip(" ").startswith("\t"):
        k -= 1
    run = len(prelim) - k
    if run < 8:
        return None
    earlier = "".join(nospace(p[1]) for p in prelim[:k])
    repeated = 0
    for _, s, _, _, _ in prelim[k:]:
        probe = nospace(s)[:12]
        if len(probe) >= 6 and probe in earlier:
            repeated += 1
    return k if repeated >= 0.5 * run else None


# --------------------------------------------------------------------------------------------
# Anchors and segments
# --------------------------------------------------------------------------------------------


def is_terminal(s: str) -> bool:
    t = s.rstrip("）)”’」』】]")
    return (bool(t) and (t[-1] in _TERMINAL)) or (bool(s) and s[-1] in _TERMINAL)


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
        if normalize_doc_number(n) is not None:
            break
        if ISSUER_LINE_RE.fullmatch(n):
            best = j
            break
        if TITLE_START_RE.match(n):
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
        if is_terminal(n) or SALUTATION_RE.match(n):
            break
        if TITLE_END_RE.search(n):
            return j + 1
        j += 1
    return None


def _find_segments(lines: list[Line]) -> tuple[list[_Segment], list[str]]:
    notes: list[str] = []
    anchors: list[_Anchor] = []
    floor = 0
    for a, ln in enumerate(lines):
        n = nospace(ln.text)
        docno = normalize_doc_number(n)
        if docno is None:
            continue
        start = _title_block_above(lines, a, floor)
        if start is not None:
            title = join_title(lines[start:a])
        else:
            below = _title_block_below(lines, a)
            if below is None:
                notes.append(f"line {ln.no}: standalone 文号 {docno} without a title; ignored")
                continue
            start = a
            title = join_title(lines[a + 1:below])
        anchors.append((start, a, docno, title))
        floor = a + 1

    # Unnumbered notices (公示公告 …): a title line of their own, after a finished document.
    numbered_starts = {s for s, _, _, _ in anchors}
    for a, ln in enumerate(lines):
        n = nospace(ln.text)
        if a in numbered_starts or not UNNUMBERED_TITLE_RE.fullmatch(n):
            continue
        if any(p.match(n) for _, p in HEADING_PATTERNS):
            continue
        if a > 0 and not _segment_closed(lines, anchors, a):
            continue
        if a > 0 and not ln.md_heading:
            before = nospace(lines[a - 1].text)
            if not (is_terminal(before) or signature_date(before) or lines[a - 1].md_heading):
                continue
        anchors.append((a, a, None, join_title([ln])))
    anchors.sort()

    segments: list[_Segment] = []
    for k, (start, a, docno, title) in enumerate(anchors):
        end = anchors[k + 1][0] if k + 1 < len(anchors) else len(lines)
        seg_lines = lines[start:end]
        segments.append(_Segment(seg_lines, a - start, 0, docno, title))
    return segments, notes


def _segment_closed(lines: Sequence[Line], anchors: Sequence[_Anchor], a: int) -> bool:
    """True if the document before line ``a`` has already been signed (a date line seen)."""
    prev = [x for x in anchors if x[0] < a]
    if not prev:
        return True
    last = max(prev)[1]
    return any(signature_date(nospace(lines[j].text)) for j in range(last + 1, a))


def join_title(lines: Iterable[Line]) -> str:
    out = ""
    for ln in lines:
        out = join_wrapped(out, squeeze_spaces(ln.text))
    return squeeze_spaces(out)


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
            if j + 1 < len(lines) and "此件公开发布" in lines[j + 1].text:
                end = j + 2
            break
        j += 1
    if not has_salutation:
        end = a + 1
    atts = _attachments_from(seg.title, body)
    return end, has_salutation, atts


def _attachments_from(title: str, body: str) -> list[str]:
    found: list[str] = []
    m = re.search(r"(?:印发|转发|批转)(.+?)的(?:通知|决定)$", title)
    issued: list[str] = []
    for run in ISSUED_RUN_RE.finditer(body[:600]):
        issued.extend(BOOK_TITLE_RE.findall(run.group("run") or run.group("run2")))
    if issued:
        found.extend(issued)
    elif m:
        inner = m.group(1)
        parts = re.findall(r"《([^《》]+)》", inner)
        found.extend(parts or [inner])
    return [_strip_book_marks(f) for f in found]


def _strip_book_marks(s: str) -> str:
    s = s.strip("《》 ")
    # nested marks inside a title print as 〈〉 or <>; normalise to 《》 for readability
    return s.replace("〈", "《").replace("〉", "》").replace("<", "《").replace(">", "》")


def _reattach(segments: list[_Segment]) -> None:
    """Move a plan's first page (or a notice's first body page) back behind its cover.

    Some gazettes print the first page of a plan, then the cover notice that issues it, then
    the rest of the plan. A careful reader recognises the plan title (named in the cover) just
    before the cover, or a salutation line when the cover itself has none.
    """
    for k in range(1, len(segments)):
        seg, prev = segments[k], segments[k - 1]
        cover_end, has_sal, atts = _cover_info(seg)
        targets = {_norm_title(t) for t in atts if len(t) >= 4}
        # never take the previous notice's own salutation/body: search only behind its cover
        lo = max(prev.anchor + 1, _cover_info(prev)[0])
        p: int | None = None
        lines = prev.lines
        for i in range(len(lines) - 1, max(lo, len(lines) - 400) - 1, -1):
            if targets:
                for w in (1, 2, 3):
                    if i + w <= len(lines):
                        cand = _norm_title(join_title(lines[i:i + w]))
                        if cand in targets:
                            p = i
                            break
                if p is not None:
                    break
            if not has_sal:
                n = nospace(lines[i].text)
                two = n + (nospace(lines[i + 1].text) if i + 1 < len(lines) else "")
                if n.startswith("各") and (SALUTATION_RE.match(n) or SALUTATION_RE.match(two)):
                    p = i
                    break
        if p is None or p < lo:
            continue
        moved = lines[p:]
        prev.lines = lines[:p]
        head, tail = seg.lines[:cover_end], seg.lines[cover_end:]
        seg.lines = head + moved + tail
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


# --------------------------------------------------------------------------------------------
# Paragraphs
# --------------------------------------------------------------------------------------------


def heading_kind(s: str) -> str | None:
    for kind, pat in HEADING_PATTERNS:
        if pat.match(s):
            return kind
    return None


def _wrap_width(lines: Sequence[Line]) -> int:
    lens = sorted(len(ln.text) for ln in lines if not ln.table and len(ln.text) >= 8)
    if not lens:
        return 40
    return lens[len(lens) // 2]


def paragraphs(lines: Sequence[Line]) -> list[tuple[str, int, str]]:
    """Rejoin hard-wrapped lines into paragraphs: (text, first source line, spaced text)."""
    width = _wrap_width(lines)
    paras: list[tuple[str, int, str]] = []
    cur = ""
    cur_sp = ""
    cur_no = 0
    prev_ends = True
    for idx, ln in enumerate(lines):
        s = ln.text
        n = nospace(s)
        nxt = nospace(lines[idx + 1].text) if idx + 1 < len(lines) else ""
        # a signature: an authority line directly above the date line
        signer = ISSUER_LINE_RE.fullmatch(n) is not None and (
            signature_date(nxt) is not None or ISSUER_LINE_RE.fullmatch(nxt) is not None
        )
        kind = heading_kind(n)
        starts_new = (
            prev_ends
            or signer
            or ln.md_heading
            or ln.table
            or kind is not None
            or signature_date(n) is not None
            or normalize_doc_number(n) is not None
            or ATTACH_LIST_RE.match(n) is not None
            or (SALUTATION_RE.match(n) is not None and n.startswith("各"))
        )
        if starts_new:
            if cur:
                paras.append((cur, cur_no, cur_sp))
            cur, cur_no, cur_sp = s, ln.no, ln.spaced
        else:
            cur = join_wrapped(cur, s)
            cur_sp = cur_sp + " " + ln.spaced
        short = len(s) < 0.75 * width
        # "一、总体要求" / "（三）加大资金投入" headings carry no 。: they end their own line,
        # unless the next line is a short tail of a wrapped heading.
        bare_heading = (
            kind in {"cn", "paren_cn", "chapter", "section"}
            and "。" not in cur
            and not (nxt and len(nxt) < 0.5 * width and heading_kind(nxt) is None and not is_terminal(nxt))
        )
        # a plan title ("…实施方案", "…管理办法（试行）") carries no punctuation and ends its line
        plan_title = (
            len(n) <= 40 and not re.search(r"[，。；：、,;:]", n) and PLAN_TITLE_END_RE.search(n) is not None
        )
        prev_ends = (
            is_terminal(s)
            or plan_title
            or ln.md_heading
            or ln.table
            or short
            or signer
            or bare_heading
            or signature_date(n) is not None
            or normalize_doc_number(n) is not None
            or (len(s) >= 60 and not _looks_cut(s))
        )
    if cur:
        paras.append((cur, cur_no, cur_sp))
    return [(squeeze_spaces(t), no, sp) for t, no, sp in paras]


def _looks_cut(s: str) -> bool:
    # a long line ending in a character that cannot end a sentence: "、", "，" or a digit
    return bool(s) and s[-1] in "，、,（(《“"


# --------------------------------------------------------------------------------------------
# Metadata
# --------------------------------------------------------------------------------------------

def signature(paras: Sequence[str], spaced: Sequence[str]) -> tuple[str, str | None, int | None]:
    """(issuer, ISO date, index of the date paragraph) of the first signature block.

    ``spaced`` holds the paragraphs with their printed spaces: joint signers on one line are
    separated by spaces ("中卫市人民政府 中卫军分区").
    """
    for i, p in enumerate(paras):
        iso = signature_date(nospace(p))
        if iso is None:
            continue
        orgs: list[str] = []
        j = i - 1
        while j >= 0 and i - j <= 3:
            p_ = spaced[j]
            n = nospace(p_)
            if not ISSUER_LINE_RE.fullmatch(n) or len(n) > 60:
                break
            names = [squeeze_spaces(x) for x in re.split(r"\s+", p_.strip()) if x]
            if not all(ISSUER_LINE_RE.fullmatch(x) for x in names):
                names = [m.group(0) for m in _ORG_SPLIT_RE.finditer(n)]
            orgs = names + orgs
            j -= 1
        return "、".join(orgs), iso, i
    return "", None, None


def issuer_from_title(title: str) -> str:
    m = re.match(r"^(.+?)(?:关于|印发|转发)", title)
    return m.group(1) if m and ISSUER_LINE_RE.fullmatch(m.group(1)) else ""


def attachment_titles(title: str, paras: Sequence[str], sig_idx: int | None) -> list[str]:
    cover = paras[: (sig_idx if sig_idx is not None else min(len(paras), 6))]
    body = "".join(cover[1:])
    atts = _attachments_from(title, body)
    # "附件：1.xxx 2.yyy" lists under the notice
    in_list = False
    for p in paras[: (sig_idx + 1 if sig_idx is not None else len(paras))]:
        listed = ATTACH_LIST_RE.match(nospace(p)) is not None
        # items 2., 3. … of an attachment list wrap onto paragraphs of their own
        if listed or (in_list and re.match(r"^\d{1,2}\s*[.．、]", p)):
            in_list = True
            rest = re.sub(r"^附\s*件\s*[:：]\s*", "", p)
            for item in re.split(r"(?:^|\s*)(?<![\d.])\d{1,2}\s*[.．、]\s*", rest):
                item = re.sub(r"[（(]略[）)]$", "", item.strip(" 。；;")).strip()
                if len(item) >= 4:
                    atts.append(_strip_book_marks(item))
        else:
            in_list = False
    seen: set[str] = set()
    out: list[str] = []
    for a in atts:
        key = _norm_title(a)
        if key and key not in seen and not any(key in s or s in key for s in seen):
            seen.add(key)
            out.append(a)
    return out


# --------------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------------


def _label(s: str) -> str:
    head = re.split(r"[。：:]", s, maxsplit=1)[0]
    if len(head) > 30:
        head = head[:30]
    return head.strip()


def _is_plan_title(p: str, atts_norm: set[str]) -> bool:
    return _norm_title(p) in atts_norm


def sections_of(
    title: str, paras: Sequence[str], sig_idx: int | None, atts: Sequence[str]
) -> tuple[Section, ...]:
    atts_norm = {_norm_title(a) for a in atts}
    offsets: list[int] = []
    pos = 0
    for p in paras:
        offsets.append(pos)
        pos += len(p) + 1
    total = max(0, pos - 1)

    root: tuple[str, ...] = (title,)
    stack: list[tuple[str, str]] = []
    marks: list[tuple[int, tuple[str, ...]]] = [(0, root)]
    after_sig = sig_idx if sig_idx is not None else 0
    plan_seen = False
    for i, p in enumerate(paras):
        if i == 0:
            continue
        n = nospace(p)
        kind = heading_kind(n)
        is_plan = i > after_sig and "\t" not in p and (
            _is_plan_title(p, atts_norm)
            or (not plan_seen and kind is None and len(n) <= 60 and not is_terminal(n)
                and PLAN_TITLE_END_RE.search(n) is not None and "此件公开发布" not in n)
        )
        if is_plan:
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


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def _drop_back_matter(seg: _Segment) -> None:
    """Cut gazette back matter (a "《…公报》简介" page, editorial masthead) off a document."""
    for i, ln in enumerate(seg.lines):
        if i <= seg.anchor:
            continue
        if ln.md_heading and "公报" in ln.text:
            seg.notes.append(f"gazette back matter from source line {ln.no} removed")
            seg.lines = seg.lines[:i]
            return


def _trim_trailing_page_numbers(seg: _Segment) -> None:
    while len(seg.lines) > seg.anchor + 1 and PAGE_NO_RE.fullmatch(seg.lines[-1].text):
        seg.lines = seg.lines[:-1]


def parse_gazette(text: str, corpus_file: str) -> list[Document]:
    """Split one gazette's text into its documents (see module docstring)."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines, file_notes = clean_lines(raw_lines)
    segments, seg_notes = _find_segments(lines)
    if not segments:
        return []
    _reattach(segments)
    docs: list[Document] = []
    for k, seg in enumerate(segments):
        _drop_back_matter(seg)
        _trim_trailing_page_numbers(seg)
        notes = list(seg.notes)
        if k == len(segments) - 1:
            notes.extend(file_notes)
        if k == 0:
            notes.extend(seg_notes)
        docs.append(_build_document(seg, corpus_file, notes))
    return docs


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
    if date is None:
        notes.append("no signature date found")
    atts = attachment_titles(seg.title, paras, sig_idx)
    public = any("此件公开发布" in p for p in paras)
    text = "\n".join(paras)
    sections = sections_of(seg.title, paras, sig_idx, atts)
    nos = [ln.no for ln in seg.lines]
    return Document(
        corpus_file=corpus_file,
        doc_number=seg.doc_number,
        title=seg.title,
        issuer=issuer,
        date=date,
        text=text,
        sections=sections,
        attachments=tuple(atts),
        public=public,
        start_line=min(nos) if nos else 0,
        end_line=max(nos) if nos else 0,
        notes=tuple(notes),
    )

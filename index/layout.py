"""The physical layout of converted text: lines, page furniture, paragraphs.

A PDF/OCR converter prints running headers, page numbers, a table of contents, column labels and
sometimes the PDF outline after the text; and it hard-wraps paragraphs at the page width. Here
every line is cleaned (``index.cleaning``), the furniture is dropped, and wrapped lines are rejoined
into paragraphs. Pure functions; finding the notices of a gazette is ``index.gazette``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from index.cleaning import (
    CELL_SEP,
    cells_to_row,
    clean_markup,
    join_wrapped,
    squeeze_spaces,
    strip_invisible,
)
from index.dates import signature_date
from index.docnumber import doc_number_line
from index.headings import ATTACH_LIST_RE, heading_kind
from index.issuers import ISSUER_LINE_RE, SALUTATION_RE
from index.tables import HEADER_ROW_RE, box_row, broken_row, continues_cell, spaced_row
from index.titles import PLAN_TITLE_END_RE, TITLE_YEARS, nospace

# Running header/footer printed at page tops: anything naming a 《…公报》, or the bare gazette
# name, the issue after it or, on an even page, the page number and issue before it ("·2·　2023年第8期
# 扬州市人民政府公报"); also gazette column labels that fill a whole line, "【中卫市人民政府规范性文件】".
RUNNING_HEADER_RE = re.compile(r"《[^》]{2,30}公报》+|^[\u4e00-\u9fff]{2,20}公报(?:\s*\d{4}.*)?$|"
                               r"^(?:[·•\-—–－]?\s*\d{1,3}\s*[·•\-—–－]?\s*)?\d{4}\s*年\s*第\s*\d{1,3}\s*期\s*"
                               r"(?:[（(]\s*总第\s*\d{1,5}\s*期\s*[)）]\s*)?[\u4e00-\u9fff]{2,20}公报$")
COLUMN_LABEL_RE = re.compile(r"^【([^】]{2,30})】$")
# a gazette's column named under its running header: "部门文件", "市政府文件"
_PAGE_COLUMN_RE = re.compile(r"[\u4e00-\u9fff]{2,10}文件")
# A line that is only a page number, possibly in dashes: "19", "- 17 --", "— 12 —".
PAGE_NO_RE = re.compile(r"^[-—–－]*\s*\d{1,3}\s*[-—–－]*$")
# A fax machine's line over each page it sent: the time, the sender's number, the page of the pages
# ("2026-09-18 10:21 FROM:0355-2196315 长治市民政局 TO:… P.1/2", "… FAX 0355 2196315 … 001/002").
FAX_HEADER_RE = re.compile(r"(?i)^(?=.*\d{3,4}[-\s]?\d{7,8})(?=.{0,30}\d{1,2}\s*:\s*\d{2}).{0,30}\d{1,2}\s*:\s*\d{2}.{0,80}?(?:\bFROM\b|\bFAX\b|发件人|传真).{0,120}?"
                           r"(?:P\.?\s*\d{1,3}(?:\s*/\s*\d{1,3})?|(?<!\d)\d{3}\s*/\s*\d{3}|第\s*\d{1,3}\s*页(?:\s*/?\s*共\s*\d{1,3}\s*页)?)\s*$")
# Table-of-contents entries end in dot leaders and a page number: "(贺政发〔2022〕68号).....8".
TOC_LEADER_RE = re.compile(r"(?:\.{3,}|…{2,}|·{3,})\s*(?:\d{1,3}|[（(]\d{1,3}[）)])\s*$")  # (or "……（3）")
TOC_HEAD_RE = re.compile(r"^目\s*录$")
# TOC entry without leaders: "(卫政规发[2023]2号) 3" - a bracketed 文号 followed by a page number.
TOC_DOCNO_RE = re.compile(r"^[（(][^()（）]{3,30}号[）)]\s*\d{1,3}$")

# Sentence-final punctuation: a wrapped line ending with one of these ends its paragraph.
_TERMINAL = "。！？；：!?;:"


@dataclass
class Line:
    no: int  # 1-based source line
    text: str  # cleaned, spaces squeezed
    md_heading: bool = False
    table: bool = False
    spaced: str = ""  # cleaned text with the printed spaces kept (signatures separate names by spaces)


_Prelim = tuple[int, str, bool, bool, str]  # (line no, text, markdown heading, table row, raw line)


def is_terminal(s: str) -> bool:
    """Whether ``s`` ends a sentence (closing brackets and quotes aside)."""
    t = s.rstrip("）)”’」』】]")
    return (bool(t) and (t[-1] in _TERMINAL)) or (bool(s) and s[-1] in _TERMINAL)


def clean_lines(raw_lines: Sequence[str]) -> tuple[list[Line], list[str]]:
    """Cleaned non-blank lines with running headers, page numbers and TOC lines removed."""
    notes: list[str] = []
    prelim: list[_Prelim] = []
    spaced_of: dict[int, str] = {}
    for i, raw in enumerate(raw_lines, start=1):
        s = strip_invisible(raw)
        if not s.strip():
            continue
        s, md = clean_markup(s)
        if (box := box_row(s)) is not None:
            if not box:
                continue  # a rule of a table drawn with box characters
            s = box
        table = "\t" in s.strip(" ")
        s = cells_to_row(s.strip(" "))
        spaced = re.sub(r" +", " ", s).strip()
        s = squeeze_spaces(s)
        if not s:
            continue
        prelim.append((i, s, md, table, raw))
        spaced_of[i] = spaced

    prelim = _spaced_rows(prelim)
    drop = _furniture(prelim)
    cut = _bookmark_dump_start(prelim)
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


def _spaced_rows(prelim: Sequence[_Prelim]) -> list[_Prelim]:
    """Table rows printed with spaces between cells become tab rows (``Line.table``), so that
    a row stays one line instead of being rejoined with the next rows into one long "sentence".
    A line counts as a row only beside another with the next or previous row number (within a
    few lines: a cell wrapped onto its own lines sits between two rows)."""
    found = {k: r for k, p in enumerate(prelim) if not p[3] and (r := spaced_row(p[4])) is not None}
    # a row whose number and first cell wrapped onto lines of their own before its other cells
    used: dict[int, int] = {}
    for k in range(len(prelim)):
        if k not in found and not prelim[k][3]:
            broken = broken_row([p[4] for p in prelim[k:k + 5]])
            if broken is not None:
                found[k], used[k] = broken[:2], broken[2]
    # the row numbers around: those found here and those of rows already printed with tabs
    numbers = {k: n for k, (n, _) in found.items()}
    numbers.update({k: int(m.group(1)) for k, p in enumerate(prelim)
                    if p[3] and (m := re.match(r"\s*(\d{1,3})\t", p[1]))})
    out: list[_Prelim | None] = list(prelim)
    for k, (number, cells) in sorted(found.items()):
        if out[k] is None or not any(abs(j - k) <= 12 and abs(n - number) == 1 for j, n in numbers.items() if j != k):
            continue
        no, _, md, _, raw = prelim[k]
        row = CELL_SEP.join([str(number), *(squeeze_spaces(c) for c in cells)])
        out[k] = (no, row, md, True, raw)
        for x in range(k + 1, k + used.get(k, 1)):
            out[x] = None  # the lines folded into the row
    return [p for p in out if p is not None]


def _furniture(prelim: Sequence[_Prelim]) -> list[bool]:
    """For each line, whether it is a running header, page number, column label or TOC line."""
    drop = [False] * len(prelim)
    headers: list[int] = []  # the running headers' lines
    for k, (_, s, md, _, _) in enumerate(prelim):
        if md and "公报" in s:
            continue  # a "# 《…公报》简介" heading opens back matter; the gazette reading cuts it
        if RUNNING_HEADER_RE.search(s) and len(s) <= 60:
            drop[k] = True
            headers.append(k)
            # the page number is printed next to the running header
            for j in (k - 2, k - 1, k + 1, k + 2):
                if 0 <= j < len(prelim) and PAGE_NO_RE.fullmatch(prelim[j][1]):
                    drop[j] = True
        elif COLUMN_LABEL_RE.fullmatch(s) or (PAGE_NO_RE.fullmatch(s) and re.search(r"[-—–－]", s)) or (
                FAX_HEADER_RE.match(s)):
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
    # the gazette's column printed under its running header on every page of it ("部门文件",
    # "市政府办公室文件"): furniture, or it is glued into the sentence the page break cut
    # (printed once, on a notice's first page, it is one the contents list in brackets, "【部门文件】":
    # a line of that alone is the column's label wherever it stands)
    after = [k + 1 for k in headers if k + 1 < len(prelim)]
    seen = Counter(prelim[k][1] for k in after)
    listed = {m.group(1) for p in prelim if (m := COLUMN_LABEL_RE.fullmatch(p[1])) is not None}
    for k in after:
        s = prelim[k][1]
        if seen[s] >= 2 and _PAGE_COLUMN_RE.fullmatch(s):
            drop[k] = True
    for k, p in enumerate(prelim):
        if p[1] in listed:
            drop[k] = True
    return drop


def _bookmark_dump_start(prelim: Sequence[_Prelim]) -> int | None:
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
# Paragraphs
# --------------------------------------------------------------------------------------------


def _wrap_width(lines: Sequence[Line]) -> int:
    lens = sorted(len(ln.text) for ln in lines if not ln.table and len(ln.text) >= 8)
    if not lens:
        return 40
    return lens[len(lens) // 2]


def _local_widths(lines: Sequence[Line], reach: int = 30) -> list[int]:
    """The wrap width around each line: the median length of the prose lines within ``reach``
    lines. A gazette prints notices in different layouts (a narrow two-column page beside full
    width ones), so a line is "short" against its neighbours, not against the whole file."""
    whole = _wrap_width(lines)
    prose = [i for i, ln in enumerate(lines) if not ln.table and len(ln.text) >= 8]
    out = []
    lo = 0
    for i in range(len(lines)):
        while lo < len(prose) and prose[lo] < i - reach:
            lo += 1
        near = sorted(len(lines[j].text) for j in prose[lo:] if j <= i + reach) if prose else []
        out.append(near[len(near) // 2] if len(near) >= 8 else whole)
    return out


# Formats whose every line is a paragraph as the author wrote it, never a printed line wrapped at the
# margin: a slide's bullets are short and carry no end mark, and must not run into one another.
PARAGRAPH_LINES = frozenset({"pptx", "odp", "fodp", "markdown"})


def paragraphs(lines: Sequence[Line], rejoin: bool = True) -> list[tuple[str, int, str]]:
    """Rejoin hard-wrapped lines into paragraphs: (text, first source line, spaced text); with
    ``rejoin`` off, each line is a paragraph of its own."""
    if not rejoin:
        return [(squeeze_spaces(ln.text), ln.no, ln.spaced) for ln in lines if ln.text.strip()]
    widths = _local_widths(lines)
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
        if prev_ends or signer or _opens_paragraph(ln, n, kind):
            if cur:
                paras.append((cur, cur_no, cur_sp))
            cur, cur_no, cur_sp = s, ln.no, ln.spaced
        else:
            cur = join_wrapped(cur, s)
            cur_sp = cur_sp + " " + ln.spaced
        prev_ends = signer or _closes_paragraph(ln, n, nxt, kind, cur, widths[idx])
        if prev_ends and not signer and continues_cell(nospace(cur), n, nxt):
            prev_ends = False
    if cur:
        paras.append((cur, cur_no, cur_sp))
    return [(squeeze_spaces(t), no, sp) for t, no, sp in paras]


def _opens_paragraph(ln: Line, n: str, kind: str | None) -> bool:
    """A line that starts a paragraph whatever the line above: a heading, date, 文号, table row …"""
    return (
        ln.md_heading
        or ln.table
        or kind is not None
        or signature_date(n) is not None
        or doc_number_line(n)[0] is not None
        or ATTACH_LIST_RE.match(n) is not None
        or _ATTACHMENT_MARK_RE.fullmatch(n) is not None  # "附件", "附件2" over an attachment's title
        or (SALUTATION_RE.match(n) is not None and n.startswith("各"))
        or HEADER_ROW_RE.match(n) is not None  # a header row printed again at a page top
    )


def _closes_paragraph(ln: Line, n: str, nxt: str, kind: str | None, cur: str, width: int) -> bool:
    """Whether the paragraph ``cur`` ends with line ``ln`` (``nxt``: the next line, no spaces)."""
    s = ln.text
    if re.search(r"\d$", n) and re.match(r"[年月日号时%％‰万亿元个]", nxt):
        return False  # "时间上限为1949年10" | "月1日…": a number wrapped away from its unit
    short = len(s) < 0.75 * width
    # "一、总体要求" / "（三）加大资金投入" headings carry no 。: they end their own line,
    # unless the next line is a short tail of a wrapped heading.
    bare_heading = (
        kind in {"cn", "paren_cn", "chapter", "section"}
        and "。" not in cur
        and not re.search(r"[：:]\S", n)  # "（二）断限：时间上限为…": a run-in heading, its text goes on
        and not (nxt and len(nxt) < 0.5 * width and heading_kind(nxt) is None
                 and (not is_terminal(nxt) or "，" in n))  # "（一）抓好…，补强水" | "利基础设施短板。"
        # a heading as wide as the column, cut mid-phrase: "（二）深入开展非煤矿山领域专项" | "整治行动。…"
        # ("（三）新能源小型汽车在路外公共停车场" | "首1小时免费，…": a figure may open the tail)
        and not (len(s) >= 0.8 * width and width >= 12 and nxt and heading_kind(nxt) is None
                 and re.match(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff\d]|[。；]\S)", nxt)  # ("…起施" | "行。…")
                 and (not re.search(r"[，。；：、,;:）)]$", n) or _CLAUSE_CUT_RE.search(n)))
        # "（一）执行公务的军车、警车、消防车、" | "救护车…": a heading never ends in 、 or ，
        and not (nxt and _looks_cut(n) and heading_kind(nxt) is None)
        # "二、将…补贴标准“每头1500元”调整为" | "“每头2000元”。": an amendment's item is cut before what it sets
        and not (nxt and _CHANGE_CUT_RE.search(n) and heading_kind(nxt) is None)
    )
    # a book title opened and not closed ("根据《法律顾问指派" | "函》…") goes on in the next line,
    # even after a heading marker
    if cur.count("《") > cur.count("》") and not (is_terminal(s) or ln.md_heading or ln.table):
        return False
    # ... and so does a quotation in a line as wide as the column (an amendment's item cut inside the figure it sets:
    # "一、将…“每户最高补贴3000元"调整为“每户最高补贴" | "3600元”，…"; OCR may close a quotation with a straight
    # mark), not in a narrow table cell's pieces ("构建医疗健康“一站" | "式”结算系统": the table reader's)
    opened = n.rfind("“")
    if (opened >= 0 and nxt and not re.search(r"[”\"]", n[opened:]) and len(s) >= 0.8 * width and width >= 12
            and not (is_terminal(s) or ln.md_heading or ln.table)):
        return False
    # a plan title ("…实施方案", "…管理办法（试行）") carries no punctuation and ends its line
    plan_title = (
        len(n) <= 40 and not re.search(r"[，。；：、,;:]", n) and PLAN_TITLE_END_RE.search(n) is not None
        # a title stands on its own lines: "…符合国家质量技术标准" inside a wrapped sentence is none
        and not re.search(r"[，。；：、,;:]", cur[: max(0, len(cur) - len(s))])
        # ... but for the years or the 试行 in brackets below it, and the 的通知 of the notice issuing it:
        # "…保护性耕作作业补助实施方案" | "（2026—2028年）的通知"
        and not TITLE_TAIL_RE.fullmatch(nxt)
    )
    # "（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：" | "每亩补助50元。": an item's run-in label as wide as
    # the column, its value wrapped to a short line of its own
    if (kind is not None and n.endswith(("：", ":")) and len(s) >= 0.8 * width and width >= 12 and nxt
            and heading_kind(nxt) is None and len(nxt) <= 0.6 * width and nxt.endswith("。")
            and not re.search(r"[：:]", nxt)):
        return False
    return (
        is_terminal(s)
        or plan_title
        or ln.md_heading
        or ln.table
        or short
        or bare_heading
        or signature_date(n) is not None
        or doc_number_line(n)[0] is not None
        or (len(s) >= 60 and not _looks_cut(s))
    )


# the bracketed tail of a plan's title on a line of its own, with the 的通知 of the notice issuing it
TITLE_TAIL_RE = re.compile(rf"[（(](?:{TITLE_YEARS}|试行|暂行|修订|修订稿|征求意见稿|草案)[）)]"
                           r"(?:的(?:通知|决定|意见|批复|函))?|的(?:通知|决定|意见|批复|函)")
# the mark over an attachment's title, on its own line: "附件", "附件2", "附件二："
_ATTACHMENT_MARK_RE = re.compile(r"附件\s*[0-9一二三四五六七八九十]{0,3}\s*[:：]?")
# a line ending on the verb of a change, what it sets on the next line: "…“每头1500元”调整为" | "“每头2000元”。"
_CHANGE_CUT_RE = re.compile(r"(?:修改|调整|改|变更|提高|降低|上调|下调|增加|减少)(?:为|到|至)$")
# a line ending on a clause's number, its 项 on the next line: "一、将《办法》第三条第（二）" | "项中的…"
_CLAUSE_CUT_RE = re.compile(r"第[（(][一二三四五六七八九十\d]{1,3}[)）]$")


def _looks_cut(s: str) -> bool:
    # a long line ending in a character that cannot end a sentence: "、", "，" or a digit
    return bool(s) and s[-1] in "，、,（(《“"

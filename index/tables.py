"""How tables survive conversion to text, and how to read them back: the rule lives here.

A gazette's tables reach us flattened: a row printed with spaces between its cells ("13 洞子沟 王新海
…"), a cell a narrow column wrapped over several lines ("机动车驾" | "驶员培训" | "业务许可" | "证核发"),
a header row printed again at each page top ("序号 河道名称 县级河（湖）长 …"), the column labels one a
line, a schedule with a column for each year. Pure functions over lines; ``index.layout`` uses them
to keep a row on one line and a cell in one piece, ``rag.evidence`` to read a row under its header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.cleaning import CJK
from index.headings import heading_kind
from index.persons import SURNAMES

# A table's header row: it opens on 序号/编号 ("序号 河道名称 县级河（湖）长 …").
HEADER_ROW_RE = re.compile(r"\s*(?:序号|编号)(?![\d.．、])")
# A column's label: printed one a line in a flattened table, or as a header row's cell.
COLUMN_LABEL_RE = re.compile(
    r"序号|编号|名称|(?:事项|项目|任务)名称|(?:牵头|配合|责任|主办|协办|实施|主管)[\u4e00-\u9fff]{0,4}?(?:单位|部门|机关|领导|人)|"
    r"责任人|完成时限|完成时间|时限要求|时间安排|备注|具体措施|主要内容|工作内容|工作任务|改革方式|联系人|联系电话")
# A header column held by a person: a post (县级河（湖）长, 包抓领导), 负责人/责任人/联系人, 姓名.
PERSON_COLUMN_RE = re.compile(r"长(?!度|期|效)|负责人|责任人|联系人|姓名|领导|书记|主任")
# A schedule's header: a column for each year ("2018年2019年2020年"); each year's cell is a
# numbered list that starts again at 1.
YEAR_COLUMNS_RE = re.compile(r"(?:\s*(?:19|20)\d\d\s*年){2,8}\s*")

# A row printed with spaces between its cells: a row number, then cells; no sentence punctuation.
_SPACED_ROW_RE = re.compile(r"(\d{1,3}) +[^，。；：,;:!?！？]+")
_ONE_CJK_RE = re.compile(f"[{CJK}]")
_TWO_CJK_RE = re.compile(f"[{CJK}]{{2}}")

# A piece of a cell a narrow column wrapped: Chinese only, three to six characters a line ("公开" |
# "实时": two characters a line are as often two cells as one).
_CELL_PIECE = re.compile(r"[\u4e00-\u9fff]{2,6}")
_PIECE_MIN = 3
# The last character of a body's or a place's name: a piece ending so is a whole cell.
_WORD_END = re.compile(r"(?:[局室办委院所站队部处科厅县市区镇乡村]|中心|等)$")


# A table drawn with box-drawing characters in a text file ("┌───┬───┐" | "│  1   │  电工  │  900  │"):
# its rules are no text, its rows are cells between the bars.
_BOX_RULE = re.compile(r"[\s┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛═╔╦╗╠╬╣╚╩╝╤╧╪╟╢╫╞╡]+")
_BOX_BAR = re.compile(r"[│┃║]")


def box_row(line: str) -> str | None:
    """A text table's line read: "" for a rule between rows, its cells joined by tabs for a row
    ("│  1   │  电工  │  900  │" → "1\t电工\t900"), None for a line that is no part of one."""
    s = line.strip()
    if not s:
        return None
    if _BOX_RULE.fullmatch(s) and (re.search(r"[┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╤╧╪]", s) or len(s) >= 10):
        return ""  # (a rule alone across the page, "━━━━", parts two notices)
    if not (_BOX_BAR.match(s) and _BOX_BAR.search(s[-1])):
        return None
    cells = [c.strip() for c in _BOX_BAR.split(s)[1:-1]]
    return "\t".join(cells) if len(cells) >= 2 else None


def spaced_row(line: str) -> tuple[int, list[str]] | None:
    """(row number, cells) when ``line`` reads as a table row printed with spaces between cells.

    A space between two single characters is the OCR's, not a cell boundary ("刘 艳", "编 办"), so
    such pieces are one cell. A row has at least three cells of two or more Chinese characters, so
    a date printed with spaces ("9 月 30 日前") or "607 沙坡头区 2020 年" is no row.
    """
    s = re.sub(r" +", " ", line).strip()
    m = _SPACED_ROW_RE.fullmatch(s)
    if not m:
        return None
    cells: list[str] = []
    for piece in s.split(" ")[1:]:
        if cells and _ONE_CJK_RE.fullmatch(piece) and len(cells[-1]) == 1 and _ONE_CJK_RE.fullmatch(cells[-1]):
            cells[-1] += piece
        else:
            cells.append(piece)
    if len(cells) < 3 or sum(1 for c in cells if _TWO_CJK_RE.search(c)) < 3:
        return None
    return int(m.group(1)), cells


# A row broken before its cells: its number alone on a line (or with the start of its first cell),
# the first cell wrapped over short lines, then the other cells on one line printed with spaces.
_ROW_NUMBER_LINE = re.compile(r"\s*(\d{1,3})(?:\s+([\u4e00-\u9fff（）()]{1,10}))?\s*")
_NAME_PIECE_LINE = re.compile(r"\s*([\u4e00-\u9fff（）()]{1,6})\s*")


def broken_row(lines: Sequence[str]) -> tuple[int, list[str], int] | None:
    """(row number, cells, lines used) when a row opens on ``lines[0]`` with its number alone, or
    with the start of its first cell, that cell wrapped over up to three short lines, and the rest
    of the row on the next line printed with spaces: "22" | "下马关" | "防洪沟" | "郭吉龙 下马关镇党委书记
    下马关镇 乡村振兴局 下马关镇 33.68 五里墩~土炭沟" is row 22, "下马关防洪沟", "郭吉龙", …."""
    m = _ROW_NUMBER_LINE.fullmatch(lines[0]) if lines else None
    if m is None:
        return None
    name = [m.group(2)] if m.group(2) else []
    for used in range(1, min(len(lines), 5)):
        if (piece := _NAME_PIECE_LINE.fullmatch(lines[used])) is not None:
            if len(name) >= 3:
                return None
            name.append(piece.group(1))
            continue
        if re.match(r"\s*\d{1,3}\s", lines[used]):
            return None  # the next row itself: "12" was a page number before a cell wrapped over the page
        row = spaced_row("0 " + lines[used])
        if row is None or not name:
            return None
        return int(m.group(1)), ["".join(name), *row[1]], used + 1
    return None


def continues_cell(cur: str, line: str, nxt: str) -> bool:
    """Whether ``line`` (ending the text ``cur`` gathered so far, spaces removed) is a piece of a
    table cell that goes on in ``nxt``: Chinese only, as wide as the pieces before it in the cell,
    and the next piece no wider. Not column labels, a column repeating its cell ("中卫市" |
    "中卫市"), a body's whole name ("…服务中心"), or names one a line ("马宗新" | "杨根枝")."""
    w = len(line)
    if w < _PIECE_MIN or not (_CELL_PIECE.fullmatch(line) and _CELL_PIECE.fullmatch(nxt) and len(nxt) <= w):
        return False
    if not (_CELL_PIECE.fullmatch(cur[:6]) and re.fullmatch(r"[\u4e00-\u9fff]+", cur) and len(cur) % w == 0):
        return False
    if COLUMN_LABEL_RE.fullmatch(line) or COLUMN_LABEL_RE.fullmatch(nxt) or heading_kind(nxt) is not None:
        return False
    if nxt in cur or _WORD_END.search(line) or nxt.startswith(("各", "附件")):
        return False
    if w <= 3 and line[0] in SURNAMES and cur == line:
        return False  # a name alone on its line ("杨根枝" | "中卫市")
    return not (len(nxt) <= 3 and nxt[0] in SURNAMES and len(cur) > w)


# A table read from a web page or a Word file comes one row a line, cells by tabs. Its header row
# names the columns: short labels with no figures ("证书等级\t补贴标准\t紧缺职业（工种）补贴标准").
_LABEL_MOST = 20
_LABELLED_CELL_MOST = 30


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t") if c.strip()]


def tab_header(line: str) -> tuple[str, ...] | None:
    """The column labels of a tab-separated header row, or None for a row of values. A label holds no
    figure but a count that names a group ("1人户", "3人及以上户", "60周岁以上"): a row of values holds
    sums, dates or bare numbers."""
    cells = _cells(line)
    if len(cells) < 2 or "\n" in line.strip() or any(
            len(c) > _LABEL_MOST or re.search(r"[。；;，,：:]", c) or (re.search(r"\d", c) and not _COUNT_LABEL.fullmatch(c))
            for c in cells) or all(re.search(r"\d", c) for c in cells):
        return None
    return tuple(cells)


# A column named by a count of the group it is for: "1人户", "3人及以上户", "60周岁以上", "二孩"
_COUNT_LABEL = re.compile(r"\d{1,3}\s*(?:人|口|孩|周岁|岁|档|级|类|星级?)(?:及以上|以上|及以下|以下)?(?:户|家庭|老人|老年人)?")


_NUMBER_LABEL = re.compile(r"序号|编号")
_WHEN_LABEL = re.compile(r"时限|时间|期限|日期|年限")
_WHEN_CELL = re.compile(r"\d|[年月底前]|长期|持续|常态")
_BODY_LABEL = re.compile(r"单位|部门")
_FIGURE_OR_DEADLINE = re.compile(r"[\d.\s]+|.*\d{4}\s*年.*前")
_TASK_LABEL = re.compile(r"任务|事项|内容|措施|项目(?:名称)?$|工作$")


def _fits_label(label: str, cell: str) -> bool:
    """Whether a cell can be what its label names: a time under 完成时限, not a time under 牵头单位."""
    if _WHEN_LABEL.search(label):
        return _WHEN_CELL.search(cell) is not None
    if _BODY_LABEL.search(label):
        # a body's name, not a figure, a time or an item's text ("22.实施…平台项目。")
        return not (_FIGURE_OR_DEADLINE.fullmatch(cell) or heading_kind(cell) or cell.endswith(("。", "；", ";")))
    return True


def labelled_row(row: str, header: Sequence[str]) -> str | None:
    """A tab-separated row read under its header. Values each under their label: "高级工（三级）\t2000元\t
    2600元" → "证书等级：高级工（三级）；补贴标准：2000元；紧缺职业（工种）补贴标准：2600元". A task's row: its
    text as it stands (a long cell, or the one under 任务/事项/…), the cells after it labelled ("推动…就近
    收寄（牵头单位：市邮政管理局；完成时限：2026年12月31日前）"); a row quoted without its number is read
    under the labels after 序号. An empty cell is skipped where the row has all its cells. None where the
    cells do not line up with the labels, or the row runs over lines."""
    cells = [c.strip() for c in row.strip().split("\t")]
    lacking = len(header) - len(cells)
    if len(cells) < 2 or lacking < 0 or "\n" in row.strip() or ("" in cells and lacking):
        return None  # (an empty cell in a row short of cells: which ones it lacks is unknown)
    labels = header[lacking:]
    k = next((j for j, (label, c) in enumerate(zip(labels, cells, strict=True))
              if len(c) > _LABELLED_CELL_MOST or _TASK_LABEL.search(label)), None)
    if k is None:
        if lacking:
            return None  # a cell missing: nothing is guessed
        return "；".join(f"{label}：{cell}" for label, cell in zip(labels, cells, strict=True) if cell)
    if not lacking and not _TASK_LABEL.search(labels[k]) and "" not in cells \
            and not any(re.search(r"。.", c) for c in cells):
        # a long cell that describes, not a task ("主要建设标准" beside "设施类型" and "补贴标准"): every cell under its label
        return "；".join(f"{label}：{cell}" for label, cell in zip(labels, cells, strict=True))
    if not all(_NUMBER_LABEL.search(h) for h in header[:lacking]) and not _TASK_LABEL.search(labels[k]):
        # cells missing before the text are the row's number, or a group's cell printed once for
        # several rows ("主要任务" over "重点内容"); the text then stands under a task's label
        return None
    if not cells[k] or any(len(c) > _LABELLED_CELL_MOST for c in cells[k + 1:]) or not all(
            _NUMBER_LABEL.search(labels[j]) and re.fullmatch(r"\d{1,3}", cells[j]) for j in range(k)):
        return None  # two sentences, or something other than the row's number before its text
    after = [(label, cell) for label, cell in zip(labels[k + 1:], cells[k + 1:], strict=True) if cell]
    if not after or not all(_fits_label(label, cell) for label, cell in after):
        return None
    return f"{cells[k].rstrip('。；;')}（{'；'.join(f'{label}：{cell}' for label, cell in after)}）"


# A PDF's text layer prints a table one row a line, its cells apart by spaces ("序号 收费项目 一类区域
# 二类区域" | "1 路内泊位首1小时 6元 4元 2元"): read as such, a block of lines opening on a row of
# labels, each line with as many cells (three or more, none a sentence). (``spaced_row`` reads one
# numbered row of a gazette's text, whose cells hold Chinese only; these cells may be figures.)
_SPACED_CELL_MOST = 24
_ROW_START = re.compile(r"\s*\d{1,3}\s")
_WRAP_MOST = 12


def tabbed_table_lines(lines: Sequence[str]) -> list[str]:
    """``lines`` with the rows of each spaced table joined by tabs instead ("序号\t收费项目\t…"), so
    that they are read as a web page's or a Word file's table rows are; other lines as they were."""
    out: list[str | None] = list(lines)
    i = 0
    while i < len(lines):
        head = lines[i].split()
        if len(head) < 3 or tab_header("\t".join(head)) is None:
            i += 1
            continue
        # a header whose labels wrap onto lines of their own ("五级/" | "初级工" | "四级/" | …): read
        # on until the first row, its number first
        wrapped = 0
        if head[-1].endswith(("/", "／")):
            while i + 1 + wrapped < len(lines) and not _ROW_START.match(lines[i + 1 + wrapped]) and wrapped < _WRAP_MOST:
                more = lines[i + 1 + wrapped].split()
                if not more or any(len(c) > _LABEL_MOST or re.search(r"\d|[。；;，,：:]", c) for c in more):
                    break
                head = ([*head[:-1], head[-1] + more[0], *more[1:]] if head[-1].endswith(("/", "／"))
                        else [*head, *more])
                wrapped += 1
        rows = [head]
        at = i + 1 + wrapped
        while at + len(rows) - 1 < len(lines) and len(cells := lines[at + len(rows) - 1].split()) == len(head) and all(
                len(c) <= _SPACED_CELL_MOST and not c.endswith(("。", "；", ";")) for c in cells):
            rows.append(cells)
        if len(rows) >= 2:
            out[i:at + len(rows) - 1] = ["\t".join(cells) for cells in rows] + [None] * wrapped
        i = at + len(rows) - 1 if len(rows) >= 2 else i + 1
    return [ln for ln in out if ln is not None]

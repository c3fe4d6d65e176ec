"""Tables of a PDF's text layer read by where their words stand on the page.

A ruled table whose cells hold two lines (a 网点 over its address, a long 具体措施) comes out of the text
layer line by line, each row split over several lines and the cells of one line run together; read as
text, the rows and their numbers glue ("…0717-62513702西陵区…"). Here the page's characters (PDFium's
boxes, rotated ones such as a diagonal watermark left out) are grouped into runs of words; a line of
three or more short labels set apart is a header, each label a column; a row number under the first
column opens a row, and every run nearest to that number's height, in the column nearest to it, is
part of the row. A page that goes on with the rows of the table before it (numbered on, no header
printed again) is read under the columns of that table.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from index.readers import join_cell
from index.tables import tab_header

_ROW_NUMBER = re.compile(r"\d{1,3}")
_GAP = 0.8  # a gap wider than this many character heights ends a run of words
_LINE = 0.5  # runs whose centres lie within this many heights of each other stand on one line
_NEAR_ROW = 0.6  # a run belongs to the row whose number is nearest, within this share of the row pitch
_COLUMNS_MOST = 12


@dataclass(frozen=True)
class Run:
    """Words set together on one line of a page: their text and box (PDF points, y upwards)."""
    text: str
    left: float
    right: float
    bottom: float
    top: float

    @property
    def cx(self) -> float:
        return (self.left + self.right) / 2

    @property
    def cy(self) -> float:
        return (self.bottom + self.top) / 2

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


@dataclass(frozen=True)
class Table:
    """A table found on a page: its header (None where the page goes on with an earlier table's rows),
    its rows of cells, and the runs it was read from (to find the text lines it replaces)."""
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    columns: tuple[tuple[float, float], ...]  # each column's extent across the page
    last_number: int
    runs: tuple[Run, ...]


def _upright(raw_angle: float, turn: float = 0.0) -> bool:
    """A character set upright on the page as it is shown: at the angle that turns it back by the page's
    own rotation (a landscape table stored on a portrait page with /Rotate 90 is drawn at 270°)."""
    d = (raw_angle - turn) % (2 * math.pi)
    return min(d, 2 * math.pi - d) < 0.02


def shown(box: tuple[float, float, float, float], rotation: int,
          size: tuple[float, float]) -> tuple[float, float, float, float]:
    """A character box (left, bottom, right, top) of the page as stored, where it stands on the page as
    shown: turned clockwise by the page's /Rotate (``size``: the stored page's width and height)."""
    left, bottom, right, top = box
    w, h = size
    if rotation == 90:
        return bottom, w - right, top, w - left
    if rotation == 180:
        return w - right, h - top, w - left, h - bottom
    if rotation == 270:
        return h - top, left, h - bottom, right
    return box


def level_text(textpage: object, hidden: frozenset[int] = frozenset()) -> tuple[str, int]:
    """The page's text without the characters set at another angle than most of them (a diagonal
    watermark drawn as text, a seal's name on an arc), with how many were left out; the text as given where
    none or most are. ``hidden``: characters of a layer the PDF does not show (``pdf_layers``), left out."""
    import pypdfium2.raw as pdfium_c

    tp = textpage
    n = tp.count_chars()  # type: ignore[attr-defined]
    text = tp.get_text_range(0, n) if n else ""  # type: ignore[attr-defined]
    if len(text) != n:  # (characters PDFium made up, or one read as two: left as given)
        return text, 0
    kept = [i for i in range(n) if i not in hidden]
    if hidden:
        text = "".join(text[i] for i in kept)
    angles = [round(pdfium_c.FPDFText_GetCharAngle(tp.raw, i), 2) if not ch.isspace() else None  # type: ignore[attr-defined]
              for i, ch in zip(kept, text, strict=True)]
    counted = Counter(a for a in angles if a is not None and a >= 0)
    if len(counted) < 2:
        return text, 0
    level = counted.most_common(1)[0][0]

    def slanted(a: float | None) -> bool:  # (a scan's text layer a degree or two askew is still its text)
        if a is None or a < 0:
            return False
        d = (a - level) % (2 * math.pi)
        return min(d, 2 * math.pi - d) > _SLANT

    askew = sum(n for a, n in counted.items() if slanted(a))
    if not askew or askew * 2 >= sum(counted.values()):
        return text, 0
    level_chars = [(i, ch) for i, ch, a in zip(kept, text, angles, strict=True) if not slanted(a)]
    return _rejoined(tp, level_chars), askew


def _rejoined(tp: Any, chars: list[tuple[int, str]]) -> str:
    """The characters (text-layer index, character) as text, without the line breaks PDFium made up inside a
    line where a watermark's slanted glyphs crossed it ("县" / "级农业农村部门于每年9月30日" / "前完成核验…"): a
    generated break between two characters on one baseline, the second just right of the first, goes."""
    import pypdfium2.raw as pdfium_c

    out: list[str] = []
    before: tuple[float, float, float, float] | None = None  # the box of the last character printed
    pending: list[str] = []  # generated breaks since it
    last = -2  # its index in the text layer
    for i, ch in chars:
        if ch in "\r\n" and pdfium_c.FPDFText_IsGenerated(tp.raw, i) == 1:
            pending.append(ch)
            continue
        if ch.isspace():
            out += [*pending, ch]
            pending = []
            before = None
            continue
        box = tp.get_charbox(i)
        parted = bool(pending) or i != last + 1  # (by a made-up break, or by the watermark's glyphs left out)
        if pending and not (before is not None and _next_on_line(before, box)):
            out += pending
        elif parted and before is not None and (out[-1:] or [""])[0].isascii() and ch.isascii() and \
                box[0] - before[2] > _JOINED_GAP * max(before[3] - before[1], box[3] - box[1], 1.0):
            out.append(" ")  # (a gap between figures or letters is a space, not one number: "30" | "45")
        pending = []
        out.append(ch)
        before, last = box, i
    return "".join(out + pending)


_JOINED_GAP = 0.25  # a gap (in character heights) past which two characters a made-up break parted are spaced


def _next_on_line(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether box ``b`` (left, bottom, right, top) follows box ``a`` on its line: overlapping heights, its
    left edge within a character's width right of ``a``'s right edge."""
    height = max(a[3] - a[1], b[3] - b[1], 1.0)
    return b[1] < a[3] and b[3] > a[1] and a[2] - height * 0.5 <= b[0] <= a[2] + height * 1.5


_SLANT = math.radians(5)  # text set further than this from the page's own angle is not the page's text


def page_runs(textpage: object, rotation: int = 0, page_size: tuple[float, float] = (0.0, 0.0),
              hidden: frozenset[int] = frozenset()) -> list[Run]:
    """The runs of words of a page, in the text layer's order and where they stand on the page as shown
    (``rotation``: the page's /Rotate, ``page_size``: the stored page's width and height); characters set at
    another angle (a diagonal watermark) or in a hidden layer (``hidden``) left out."""
    import pypdfium2.raw as pdfium_c

    rotation = rotation % 360 if rotation % 90 == 0 else 0
    turn = (2 * math.pi - math.radians(rotation)) % (2 * math.pi)

    tp = textpage
    n = tp.count_chars()  # type: ignore[attr-defined]
    text = tp.get_text_range(0, n) if n else ""  # type: ignore[attr-defined]
    one_to_one = len(text) == n
    runs: list[Run] = []
    cur: list[tuple[str, tuple[float, float, float, float]]] = []

    def flush() -> None:
        if cur and "".join(c for c, _ in cur).strip():
            runs.append(Run("".join(c for c, _ in cur).strip(), min(b[0] for _, b in cur), max(b[2] for _, b in cur),
                            min(b[1] for _, b in cur), max(b[3] for _, b in cur)))
        cur.clear()

    size = 1.0
    for i in range(n):
        if i in hidden:
            continue
        ch = text[i] if one_to_one else tp.get_text_range(i, 1)  # type: ignore[attr-defined]
        if ch in "\r\n" or not _upright(pdfium_c.FPDFText_GetCharAngle(tp.raw, i), turn):  # type: ignore[attr-defined]
            flush()
            continue
        box = shown(tp.get_charbox(i), rotation, page_size)  # type: ignore[attr-defined]
        if ch.isspace():
            continue  # a space is judged by the gap it leaves
        if cur:
            # (judged by the font size: a comma's or a bracket's box is small, its advance a full em)
            last = cur[-1][1]
            h = max(size, pdfium_c.FPDFText_GetFontSize(tp.raw, i), 1.0)  # type: ignore[attr-defined]
            low, high = min(b[1] for _, b in cur), max(b[3] for _, b in cur)
            same_line = box[1] < high and box[3] > low
            if not same_line or box[0] - last[2] > _GAP * h or box[0] < last[0] - h:
                flush()
        size = pdfium_c.FPDFText_GetFontSize(tp.raw, i) if not cur else max(  # type: ignore[attr-defined]
            size, pdfium_c.FPDFText_GetFontSize(tp.raw, i))  # type: ignore[attr-defined]
        cur.append((ch, box))
    flush()
    return runs


def _lines(runs: Sequence[Run]) -> list[list[Run]]:
    """Runs grouped by the line they stand on, top to bottom, each line left to right."""
    out: list[list[Run]] = []
    for r in sorted(runs, key=lambda r: -r.cy):
        # (a flat glyph's box, "一", is as low as a dash: the taller run's height judges)
        if out and abs(out[-1][0].cy - r.cy) < _LINE * max(out[-1][0].height, r.height):
            out[-1].append(r)
        else:
            out.append([r])
    return [sorted(line, key=lambda r: r.left) for line in out]


def _header(line: Sequence[Run]) -> bool:
    if not 3 <= len(line) <= _COLUMNS_MOST or tab_header("\t".join(r.text for r in line)) is None:
        return False
    h = statistics.median(r.height for r in line)
    return all(b.left - a.right > _GAP * h for a, b in itertools.pairwise(line))


def _column(columns: Sequence[tuple[float, float]], x: float) -> int:
    """The column a run's centre falls in, else the nearest."""
    return min(range(len(columns)), key=lambda j: max(columns[j][0] - x, x - columns[j][1], 0.0))


def _extents(runs: Sequence[Run]) -> list[tuple[float, float]]:
    """The stretches of the page the runs cover, left to right, overlapping ones merged: a table's
    columns, where nothing but the gaps between them is left blank."""
    out: list[list[float]] = []
    for r in sorted(runs, key=lambda r: r.left):
        if out and r.left <= out[-1][1]:
            out[-1][1] = max(out[-1][1], r.right)
        else:
            out.append([r.left, r.right])
    return [(a, b) for a, b in out]


def find_tables(runs: Sequence[Run], before: Table | None = None) -> list[Table]:
    """The numbered tables of a page, from its runs; ``before``: the table the page before ended with,
    whose rows the page may go on with under no header of its own."""
    lines = _lines(runs)
    tables: list[Table] = []
    k = 0
    while k < len(lines):
        if _header(lines[k]):
            above, below = _stacked(lines, k, -1), _stacked(lines, k, 1)
            labels = _stacked_labels(lines[k], above, below)
            header: tuple[str, ...] | None = tuple(t for t, _ in labels)
            columns = tuple(c for _, c in labels)
            # (a header printed again over the rows of the page before: "续表")
            top = max([lines[k][0].cy, *(r.cy for r in above)])
            start = k + 1 + bool(below)
            expected = _first_number(lines[start:], before)
        elif before is not None and not tables:
            header, columns, top, start, expected = None, before.columns, math.inf, k, before.last_number + 1
        else:
            k += 1
            continue
        table = _rows_below(lines[start:], header, columns, top, expected)
        if table is None:
            if header is None:
                before = None  # the page does not go on with it
            k += 1
            continue
        if header is not None:  # (its header's words are the table's too: the lines printing them go)
            table = Table(table.header, table.rows, table.columns, table.last_number,
                          (*above, *lines[k], *below, *table.runs))
        tables.append(table)
        used = {id(r) for r in table.runs}
        k = max((j for j, line in enumerate(lines) if any(id(r) in used for r in line)), default=k) + 1
    return tables


_STACKED = 1.0  # a header cell's line over or under the others lies within this many heights of them


def _stacked(lines: Sequence[Sequence[Run]], k: int, step: int) -> list[Run]:
    """The line just over (``step`` -1) or under (+1) header line ``k`` that prints the other line of a label
    set on two ("每个经营主体" / "补贴上限" beside one-line labels): close to it, each of its runs within the
    header's stretch and over no more than one label (a table's title over it spans several); none else."""
    j = k + step
    if not 0 <= j < len(lines):
        return []
    header, line = lines[k], lines[j]
    h = statistics.median(r.height for r in header)
    if abs(line[0].cy - header[0].cy) > _STACKED * h or _ROW_NUMBER.fullmatch(line[0].text):
        return []
    for r in line:
        over = [x for x in header if r.left < x.right and x.left < r.right]
        if r.left < header[0].left - h or r.right > header[-1].right + h or len(over) > 1:
            return []
    return list(line)


def _stacked_labels(line: Sequence[Run], above: Sequence[Run],
                    below: Sequence[Run]) -> list[tuple[str, tuple[float, float]]]:
    """The header's labels left to right with the stretch each covers: a label's other line over or under
    it joined to it, and a label printed only over and under the line (in its gap) a column of its own."""
    labels = [[r.text, r.left, r.right] for r in line]
    extra: list[list[Any]] = []  # [text, left, right] of labels standing in a gap of the line
    for r, before in [*((r, True) for r in above), *((r, False) for r in below)]:
        into = next((x for x in [*labels, *extra] if r.left < x[2] and x[1] < r.right), None)
        if into is None:
            extra.append([r.text, r.left, r.right])
            continue
        into[0] = r.text + into[0] if before else into[0] + r.text
        into[1], into[2] = min(into[1], r.left), max(into[2], r.right)
    return [(t, (a, b)) for t, a, b in sorted([*labels, *extra], key=lambda x: x[1])]


def _first_number(lines: Sequence[Sequence[Run]], before: Table | None) -> int:
    """The number the rows under a header start from: 1, or the next of the table the page before ended
    with where the header is printed again over its rows."""
    if before is not None:
        first = next((line[0].text for line in lines if _ROW_NUMBER.fullmatch(line[0].text)), "")
        if first == str(before.last_number + 1):
            return before.last_number + 1
    return 1


_LINES_ABOVE_MOST = 3  # a page's running header over the rows it goes on with


def _rows_below(lines: Sequence[Sequence[Run]], header: tuple[str, ...] | None,
                columns: tuple[tuple[float, float], ...], top: float, expected: int) -> Table | None:
    """The numbered rows under a header (or under an earlier table's columns), numbered on from
    ``expected``, with every run nearest to each row's number."""
    anchors: list[Run] = []
    for at, line in enumerate(lines):
        first = line[0]
        if _column(columns, first.cx) == 0 and _ROW_NUMBER.fullmatch(first.text) and int(first.text) == expected:
            anchors.append(first)
            expected += 1
            continue
        pitch = anchors[-2].cy - anchors[-1].cy if len(anchors) >= 2 else 6 * first.height
        if anchors and first.cy < anchors[-1].cy - 1.5 * pitch:
            break  # well below the last row: past the table
        if not anchors and header is None and at >= _LINES_ABOVE_MOST:
            return None  # a page opening on other text does not go on with the table
    if len(anchors) < (2 if header else 1):
        return None
    pitch = (statistics.median(a.cy - b.cy for a, b in itertools.pairwise(anchors))
             if len(anchors) >= 2 else 3 * anchors[0].height)
    taken: list[tuple[int, Run]] = []
    for line in lines:
        for r in line:
            if r.cy > top:
                continue
            near = min(range(len(anchors)), key=lambda j: abs(anchors[j].cy - r.cy))
            if abs(anchors[near].cy - r.cy) <= _NEAR_ROW * pitch:
                taken.append((near, r))
    if header is not None:
        # a column is where its header's label and its cells stand: a label centred over a wide column
        # of left-aligned cells ("受理网点及地址" over "西陵二路26号") lies inside it, and the pieces of a
        # label set apart ("县（市、" "区）") are one column's
        # (a short cell left-aligned in a wide column may not reach under its centred label: the stretch
        # it covers is the nearer labelled one's)
        spans = _extents([r for _, r in taken] + [Run("", a, b, 0, 0) for a, b in columns])
        labels = ["".join(t for t, (a, b) in zip(header, columns, strict=True) if x <= (a + b) / 2 <= y)
                  for x, y in spans]
        while "" in labels and any(labels):
            j = labels.index("")
            left = spans[j][0] - spans[j - 1][1] if j > 0 and labels[j - 1] else math.inf
            right = spans[j + 1][0] - spans[j][1] if j + 1 < len(spans) and labels[j + 1] else math.inf
            if left == right == math.inf:
                break
            into = j - 1 if left <= right else j + 1
            spans[into] = (min(spans[into][0], spans[j][0]), max(spans[into][1], spans[j][1]))
            del spans[j], labels[j]
        if not all(labels):
            return None  # cells standing where no label is: not a table read this way
        header, columns = tuple(labels), tuple(spans)
    cells: list[list[list[Run]]] = [[[] for _ in columns] for _ in anchors]
    for near, r in taken:
        cells[near][_column(columns, r.cx)].append(r)
    if any(len(row[0]) != 1 for row in cells):
        return None  # the first column holds the row numbers alone
    rights = [max((r.right for row in cells for r in row[k]), default=0.0) for k in range(len(columns))]
    rows = tuple(tuple(join_cell(_cell_lines(c, rights[k])) for k, c in enumerate(row)) for row in cells)
    return Table(header, rows, columns, expected - 1, tuple(r for _, r in taken))


_FULL = 1.5  # a cell's line ending within this many heights of its column's right edge is wrapped
# a line ending on a name's last word is a name of its own, whatever its width ("市创业贷款担保中心" over
# "东山大道106号"; "…就业创业窗口" over an address)
_NAME_END = re.compile(r"(?:中心|[局委办院所站队会处室部科股厅馆校园号区县市镇乡村]|街道|窗口|大厅|公司|银行|[）)])$")


def _cell_lines(runs: Sequence[Run], right: float) -> list[str]:
    """A cell's text, one piece per printed line, top to bottom (a line's runs left to right: a comma's
    box sits lower than the words beside it), with a line wrapped at the column's edge glued to the next
    ("…编制社区嵌入式服" + "务设施布局规划"); a shorter line, or one ending on a name, ends a piece of its
    own (names one a line)."""
    out: list[str] = []
    wrapped = False
    for line in _lines(runs):
        text = "".join(r.text for r in line)
        if wrapped and out:
            out[-1] += text
        else:
            out.append(text)
        wrapped = line[-1].right >= right - _FULL * max(r.height for r in line) and not _NAME_END.search(text)
    return out


# ----------------------------------------------------------------------------- two columns of text

_COLUMN_GAP = 3.0  # heights of blank between a line's two runs that make them two columns
_TWO_COLUMN_LINES = 3  # lines holding both columns that make a block of two columns


@dataclass(frozen=True)
class Columns:
    """A block of a page set in two columns side by side (a 附件's two lists): its runs, left column
    first, each column top to bottom."""
    left: tuple[Run, ...]
    right: tuple[Run, ...]


def _segments(line: Sequence[Run]) -> list[Run]:
    """A line's runs joined where they stand close (a full-width mark's box leaves a gap: "1．" "《…》"
    "；"), so that what is left apart is a column's."""
    out: list[Run] = []
    for r in line:
        if out and r.left - out[-1].right < _COLUMN_GAP * max(r.height, out[-1].height):
            last = out[-1]
            out[-1] = Run(last.text + r.text, last.left, max(last.right, r.right), min(last.bottom, r.bottom),
                          max(last.top, r.top))
        else:
            out.append(r)
    return out


_PROSE_CHARS = 6  # Chinese characters a column's lines hold on average: words, not a table's figures


def _prose(runs: Sequence[Run]) -> bool:
    return sum(len(re.findall(r"[\u4e00-\u9fff]", r.text)) for r in runs) >= _PROSE_CHARS * len(runs)


def find_columns(runs: Sequence[Run]) -> list[Columns]:
    """The blocks of a page whose lines hold two runs far apart, at the same two places, three lines or
    more running (with lines of one column among them): read as the left column, then the right."""
    lines = [_segments(line) for line in _lines(runs)]
    out: list[Columns] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if len(line) != 2 or line[1].left - line[0].right < _COLUMN_GAP * line[0].height:
            k += 1
            continue
        left_x, right_x = line[0].left, line[1].left
        block: list[list[Run]] = []
        both = 0
        j = k
        while j < len(lines):
            row = lines[j]
            lefts = [r for r in row if abs(r.left - left_x) < 2 * r.height and r.right < right_x]
            rights = [r for r in row if abs(r.left - right_x) < 2 * r.height]
            if len(lefts) + len(rights) != len(row) or len(lefts) > 1 or len(rights) > 1:
                break
            block.append(row)
            both += bool(lefts and rights)
            j += 1
        cols = Columns(tuple(r for row in block for r in row if r.left < right_x - 1),
                       tuple(r for row in block for r in row if r.left >= right_x - 1))
        if both >= _TWO_COLUMN_LINES and _prose(cols.left) and _prose(cols.right):
            out.append(cols)
            k = j
        else:
            k += 1
    return out

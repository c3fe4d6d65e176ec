"""Excel workbooks (.xlsx) read with openpyxl: a 任务分工表 or 补贴标准表 published on its own.

Each visible sheet is read row by row, one line per row with cells separated by tabs, as the other
readers write tables. Hidden rows, columns and sheets are left out (what the reader of the sheet does
not see). A cell merged over several rows (a category in the first column) is written in every row
it spans; a cell merged across the whole width (the title over the header, a note under the table)
becomes a line of its own. Numbers are written as printed (2000, not 2000.0; 15% for a percentage),
dates as 2026年6月30日. The title is the first such full-width line, else the workbook's title.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import TYPE_CHECKING, Any

from index.errors import UnreadableFile
from index.headings import ATTACHMENT_HEAD_RE
from index.readers import SourceText, join_cell

if TYPE_CHECKING:
    from index.readers.xlsx_formulas import FormulaValues

MAX_CELLS = 200_000  # a sheet larger than this is a data dump, not a published table


def read_xlsx(data: bytes, name: str) -> SourceText:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    formulas = _guard(data, name)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except (InvalidFileException, KeyError, ValueError, TypeError, zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFile(f"{name}: cannot open the Excel file ({exc})") from exc
    fill = None
    if formulas:
        # (a table a program wrote holds formulas without the values Excel computes on opening)
        from index.readers.xlsx_formulas import FormulaValues

        try:
            fill = FormulaValues(book, openpyxl.load_workbook(io.BytesIO(data), data_only=False, read_only=False))
        except (InvalidFileException, KeyError, ValueError, TypeError, zipfile.BadZipFile, OSError):
            fill = None
    lines, title = workbook_lines([(ws.title, sheet_rows(ws, fill)) for ws in book.worksheets
                                   if ws.sheet_state == "visible"], name)
    core_title = (book.properties.title or "").strip() if book.properties else ""
    warnings: list[str] = []
    if fill is not None and fill.computed:
        warnings.append(f"{fill.computed} formula cells saved without their values: computed from their formulas")
    if fill is not None and fill.failed:
        warnings.append(f"{fill.failed} formula cells saved without their values could not be computed: left empty")
    return SourceText(name=name, format="xlsx", text="\n".join(lines), title=title or core_title or None,
                      warnings=tuple(warnings))



def workbook_lines(sheets: list[tuple[str, list[list[str]]]], name: str) -> tuple[list[str], str | None]:
    """The shown sheets' rows as lines (a sheet's own name first where there are several) and the
    title: the first row that is one cell, the merged title over the header."""
    lines: list[str] = []
    title: str | None = None
    marked = 0
    for sheet_name, rows in sheets:
        if not rows:
            continue
        if len(sheets) > 1 and not _default_name(sheet_name):
            lines.append(sheet_name.strip())
        for cells in rows:
            if len(cells) == 1 and title is None and len(lines) <= 1 + marked:
                # (an attachment's mark over the title, "附件2", is not the title: the line after it is)
                if ATTACHMENT_HEAD_RE.fullmatch(cells[0].strip()):
                    marked = 1
                else:
                    title = cells[0]
            lines.append("\t".join(cells))
    if not "".join(lines).strip():
        raise UnreadableFile(f"{name}: the Excel file contains no text")
    return lines, title


def add_cell(cells: list[str], text: str, in_merge: bool) -> None:
    """A row's next printed cell; the second and later cells of one merge across are not repeated."""
    if text and (not cells or cells[-1] != text or not in_merge):
        cells.append(text)


_MAX_SHEET_BYTES = 64 * 1024 * 1024  # one sheet's XML, unpacked
_REF_RE = re.compile(rb'<(mergeCell|dimension)\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"')


_FORMULA_RE = re.compile(rb"<(?:\w+:)?f[ >/]")


def _guard(data: bytes, name: str) -> bool:
    """Refuse a workbook whose sheets would not fit in memory once loaded, before loading it: openpyxl
    makes an object of every cell a merge covers ("A1:XFD1048576" in a 5 KB file). Returns whether a sheet
    holds a formula (its formulas are loaded only then)."""
    from openpyxl.utils import column_index_from_string

    formulas = False
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
                continue
            if info.file_size > _MAX_SHEET_BYTES:
                raise UnreadableFile(f"{name}: a sheet too large to read as a document")
            sheet = z.read(info)
            formulas = formulas or _FORMULA_RE.search(sheet) is not None
            merged = 0
            for m in _REF_RE.finditer(sheet):
                c0, r0 = column_index_from_string(m.group(2).decode()), int(m.group(3))
                c1 = column_index_from_string(m.group(4).decode()) if m.group(4) else c0
                r1 = int(m.group(5)) if m.group(5) else r0
                area = (abs(c1 - c0) + 1) * (abs(r1 - r0) + 1)
                if m.group(1) == b"dimension" and area > MAX_CELLS * 10:
                    raise UnreadableFile(f"{name}: a sheet of {area} cells is too large to read as a document")
                merged += area if m.group(1) == b"mergeCell" else 0
                if merged > MAX_CELLS:
                    raise UnreadableFile(f"{name}: a sheet whose merged cells cover {merged}+ cells; too large to read")
    return formulas


def sheet_rows(ws: Any, fill: FormulaValues | None = None) -> list[list[str]]:
    """A worksheet's shown rows as lists of printed cells (empty cells and repeats of a merged cell
    left out); ``fill`` computes a formula cell saved without its value."""

    def shown(r: int, c: int) -> str:
        cell = ws.cell(r, c)
        if fill is not None and cell.value is None and fill.missing(ws.title, r, c):
            return printed(fill.counted(ws.title, r, c), str(cell.number_format or ""))
        return _printed(cell)

    if (ws.max_row or 0) * (ws.max_column or 0) > MAX_CELLS:
        raise UnreadableFile(f"a sheet of {ws.max_row} rows × {ws.max_column} columns is too large to read as a document")
    hidden_cols = _hidden_columns(ws)
    merged: dict[tuple[int, int], str] = {}  # (row, column) inside a merge → the merge's text
    for rng in ws.merged_cells.ranges:
        text = shown(rng.min_row, rng.min_col)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                merged[(r, c)] = text
    out: list[list[str]] = []
    for r in range(1, (ws.max_row or 0) + 1):
        if ws.row_dimensions[r].hidden:
            continue
        cells: list[str] = []
        for c in range(1, (ws.max_column or 0) + 1):
            if c in hidden_cols:
                continue
            add_cell(cells, merged[(r, c)] if (r, c) in merged else shown(r, c), (r, c) in merged)
        if cells:
            out.append(cells)
    return out


def _hidden_columns(ws: Any) -> set[int]:
    from openpyxl.utils import column_index_from_string

    hidden: set[int] = set()
    for key, dim in ws.column_dimensions.items():
        if dim.hidden:
            first = column_index_from_string(key)
            hidden.update(range(min(first, dim.min or first), max(first, dim.max or first) + 1))
    return hidden


def _printed(cell: Any) -> str:
    return printed(cell.value, str(cell.number_format or ""))


def printed(value: object, number_format: str = "") -> str:
    """A cell's value as the sheet shows it: dates as 2026年6月30日, 2000.0 as 2000, a percentage's
    0.3 as 30%, TRUE as 是; empty as ""."""
    if value is None:
        return ""
    number_format = number_format[:MOST_FORMAT]  # (a hostile format of 20,000 zeros is read no further)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.year}年{value.month}月{value.day}日 {value.hour:02d}:{value.minute:02d}"
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, (int, float)):
        # (with the decimals the format shows: "0.00" prints 4325.2741 as 4325.27 and 46.3 as 46.30)
        places = min(len(m.group(1)), MOST_PLACES) if (m := DECIMALS_RE.search(number_format)) else None
        shown = value * 100 if "%" in number_format else value
        text = f"{float(shown):.{places}f}" if places is not None else number_text(shown)
        return text + "%" if "%" in number_format else text
    return join_cell(str(value).splitlines())


MOST_PLACES = 10  # decimals a format may show (a format of a million 0s is no reason to print them)
MOST_FORMAT = 256  # characters of a number format read
DECIMALS_RE = re.compile(r"^[#,0]*0\.(0+)(?![^;]*[Ee])")  # a format that prints decimals ("0.0", "#,##0.00")


def number_text(value: float) -> str:
    """2000.0 → "2000", 0.30000000000000004 → "0.3", 1234567.5 → "1234567.5" (never 1.23457e+06)."""
    value = round(float(value), 6)
    return str(int(value)) if value.is_integer() else f"{value:.6f}".rstrip("0")


def _default_name(title: str) -> bool:
    """Sheet1, Sheet2, 工作表1 …: a name nobody gave."""
    t = title.strip().lower()
    return t.startswith(("sheet", "工作表")) and t[-1:].isdigit()

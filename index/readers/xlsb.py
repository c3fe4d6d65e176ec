"""Excel binary workbooks (.xlsb): a 任务分工表 saved in Excel's binary format, read as an .xlsx is.

An .xlsb is a ZIP package like an .xlsx, its parts written as records ([MS-XLSB] 2.1.4) instead of XML.
The cells' values and the shared strings are decoded with pyxlsb's record handlers; what pyxlsb does not
read is read here from the same record stream: which sheets are hidden (``BrtBundleSh.hsState`` in
xl/workbook.bin; a hidden sheet often holds last year's table with outdated figures, never read), the
merged cells (``BrtMergeCell``), hidden rows (``BrtRowHdr.fDyZero``) and columns (``BrtColInfo.fHidden``),
a cell's number format (``BrtXF``/``BrtFmt`` in xl/styles.bin: a date shown as a date) and cells holding
their own string (``BrtCellSt``, ``BrtCellRString``).

The rows are then laid out by ``xlsx.workbook_lines`` and printed by ``xlsx.printed``, so a sheet reads
the same whichever of the two formats it was saved in: cells separated by tabs, a cell merged down
written in every row it spans, 2000 rather than 2000.0, dates as 2026年6月30日.

Every size comes from the file and is checked: a record running past its part, a part or a sheet too
large, a damaged ZIP raise UnreadableFile with the reason, never anything else.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pyxlsb.handlers import CellHandler, StringInstanceHandler
from pyxlsb.reader import RecordReader

from index.errors import UnreadableFile
from index.readers import SourceText, parse_xml, too_large
from index.readers.xlsx import MAX_CELLS, add_cell, printed, workbook_lines

_MOST_PART_BYTES = 64 * 1024 * 1024  # one part (a sheet, the shared strings), unpacked
_MOST_READ_BYTES = 256 * 1024 * 1024  # all the parts of one workbook read together
_MOST_CHARS = 20_000_000  # characters of text a workbook's shown cells give, merged copies counted
_MOST_RECORDS = 2_000_000  # records in one part: ten for each cell of a sheet of MAX_CELLS cells
_MOST_ROWS = 1_048_576  # Excel's grid ([MS-XLSB] 2.5.126 Rw, 2.5.31 Col)
_MOST_COLUMNS = 16_384

# Record types ([MS-XLSB] 2.3.2), as the variable-length header decodes them
_ROW_HDR = 0
_CELL_BLANK, _CELL_RK, _CELL_ERROR, _CELL_BOOL, _CELL_REAL, _CELL_ST, _CELL_ISST = 1, 2, 3, 4, 5, 6, 7
_FMLA_STRING, _FMLA_NUM, _FMLA_BOOL, _FMLA_ERROR = 8, 9, 10, 11
_SST_ITEM = 19
_FMT, _XF = 44, 47
_COL_INFO = 60
_CELL_RSTRING = 62
_WB_PROP = 153
_BUNDLE_SH = 156
_MERGE_CELL = 176
_BEGIN_CELL_XFS, _END_CELL_XFS = 617, 618

# The cell records pyxlsb's handler decodes, with the bytes each needs at least (the cell, then its value)
_POOLED = {_CELL_RK: 12, _CELL_ERROR: 9, _CELL_BOOL: 9, _CELL_REAL: 16, _CELL_ISST: 12, _FMLA_STRING: 12,
           _FMLA_NUM: 16, _FMLA_BOOL: 9, _FMLA_ERROR: 9}

_CELL_HANDLER = CellHandler()

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"

# The number formats Excel knows by number without writing them ([MS-XLSB] 2.4.648 BrtFmt; ECMA-376
# 18.8.30), those of a Chinese Excel (27–36, 50–58: dates and times) included
_ZH_DATE = 'yyyy"年"m"月"d"日"'
_ZH_TIME = 'h"时"mm"分"'
_ZH_BUILTIN = {**dict.fromkeys((27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58), _ZH_DATE),
               **dict.fromkeys((32, 33, 34, 35, 55, 56), _ZH_TIME)}


@dataclass(frozen=True)
class SheetEntry:
    """One sheet as xl/workbook.bin lists it (``BrtBundleSh``): its name, its part's relationship and
    whether it is shown (``hsState`` 0; 1 hidden, 2 very hidden)."""

    name: str
    rel_id: str
    state: int


@dataclass
class SheetCells:
    """What one sheet part holds: the printed text of its cells by (row, column), zero-based; its merged
    areas (first row, last row, first column, last column); its hidden rows and column ranges."""

    values: dict[tuple[int, int], str] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: list[tuple[int, int]] = field(default_factory=list)


def read_xlsb(data: bytes, name: str) -> SourceText:
    """The shown sheets of an Excel binary workbook as lines, as ``read_xlsx`` reads an .xlsx."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return _read_package(z, name)
    except UnreadableFile as exc:
        reason = str(exc)
        raise UnreadableFile(reason if reason.startswith(f"{name}: ") else f"{name}: {reason}") from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, RuntimeError,
            NotImplementedError, ValueError, KeyError, IndexError, TypeError, struct.error) as exc:
        # (a damaged member, an encrypted one, a compression zipfile lacks, a record pyxlsb could not decode)
        raise UnreadableFile(f"{name}: the Excel binary workbook is damaged ({type(exc).__name__}: {exc})") from exc


def _read_package(z: zipfile.ZipFile, name: str) -> SourceText:
    parts = _Parts(z)
    book = parts.read("xl/workbook.bin")
    sheets, date1904 = workbook_sheets(book)
    rels = relationships(parts.read_optional("xl/_rels/workbook.bin.rels") or b"")
    strings = shared_strings(parts.read_optional(_target(rels, "sharedStrings", "xl/sharedStrings.bin")) or b"")
    formats = cell_formats(parts.read_optional(_target(rels, "styles", "xl/styles.bin")) or b"")
    shown: list[tuple[str, list[list[str]]]] = []
    seen: set[str] = set()  # (each part once: several sheets naming one part are no more text)
    chars = 0
    for sheet in sheets:
        if sheet.state != 0 or sheet.rel_id not in rels or rels[sheet.rel_id][1] in seen:
            continue
        seen.add(rels[sheet.rel_id][1])
        part = parts.read_optional(rels[sheet.rel_id][1])
        if part is None:
            continue
        rows = sheet_rows(sheet_cells(part, strings, formats, date1904))
        # (a long string merged down many rows is written in each: the text a small file gives is bounded)
        chars += sum(len(cell) for row in rows for cell in row)
        if chars > _MOST_CHARS:
            raise UnreadableFile(f"the workbook's cells hold more than {_MOST_CHARS} characters; too large to read")
        shown.append((sheet.name, rows))
    if not shown:
        raise UnreadableFile("the Excel binary workbook has no shown sheet")
    lines, title = workbook_lines(shown, name)
    return SourceText(name=name, format="xlsb", text="\n".join(lines),
                      title=title or core_title(parts.read_optional("docProps/core.xml")))


class _Parts:
    """A package's parts read with their sizes checked: one part and all parts together bounded, a member
    inflating far past its packed size (a ZIP bomb) refused."""

    def __init__(self, z: zipfile.ZipFile) -> None:
        self._z = z
        self._names = {n.lstrip("/"): n for n in z.namelist()}
        self._left = _MOST_READ_BYTES

    def read_optional(self, path: str | None) -> bytes | None:
        """The part at ``path``, or None where the package has none."""
        if path is None or path not in self._names:
            return None
        info = self._z.getinfo(self._names[path])
        if too_large(info, min(_MOST_PART_BYTES, self._left)):
            raise UnreadableFile(f"a part too large to read as a document ({path}, {info.file_size} bytes)")
        self._left -= info.file_size
        return self._z.read(info)

    def read(self, path: str) -> bytes:
        part = self.read_optional(path)
        if part is None:
            raise UnreadableFile(f"an Excel binary workbook without its {path}")
        return part


# --- records -------------------------------------------------------------------------------------


def records(part: bytes) -> Iterator[tuple[int, bytes]]:
    """A part's records as (type, payload) ([MS-XLSB] 2.1.4): the type in 1 or 2 bytes and the size in 1 to
    4 bytes, 7 bits a byte, a set high bit saying that another byte follows. A record cut off or running past
    the end of the part, or more records than a document holds, raise UnreadableFile."""
    pos, end, count = 0, len(part), 0
    while pos < end:
        rtype, pos = _varint(part, pos, 2)
        size, pos = _varint(part, pos, 4)
        if size > end - pos:
            raise UnreadableFile(f"a record of {size} bytes runs past the end of its part")
        count += 1
        if count > _MOST_RECORDS:
            raise UnreadableFile(f"a part of more than {_MOST_RECORDS} records; too large to read as a document")
        yield rtype, part[pos:pos + size]
        pos += size


def _varint(buf: bytes, pos: int, most: int) -> tuple[int, int]:
    """A record header's number at ``pos`` of at most ``most`` bytes, and the position after it."""
    value = 0
    for k in range(most):
        if pos >= len(buf):
            raise UnreadableFile("a record cut off in its header")
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << (7 * k)
        if not byte & 0x80:
            return value, pos
    raise UnreadableFile("a record header longer than the format allows")


def _u32(payload: bytes, at: int) -> int | None:
    return struct.unpack_from("<I", payload, at)[0] if len(payload) >= at + 4 else None


def _u16(payload: bytes, at: int) -> int | None:
    return struct.unpack_from("<H", payload, at)[0] if len(payload) >= at + 2 else None


def wide_string(payload: bytes, at: int) -> tuple[str | None, int]:
    """An XLWideString (or XLNullableWideString: a count of 0xFFFFFFFF is no string) at ``at``: a 4-byte
    count of UTF-16 code units, then the units; (None, ``at``) where it does not fit in the record."""
    count = _u32(payload, at)
    if count is None or count == 0xFFFFFFFF or at + 4 + 2 * count > len(payload):
        return None, at
    end = at + 4 + 2 * count
    return payload[at + 4:end].decode("utf-16-le", errors="replace"), end


# --- the workbook's parts ----------------------------------------------------------------------


def workbook_sheets(book: bytes) -> tuple[list[SheetEntry], bool]:
    """xl/workbook.bin's sheets in their order, and whether its dates count from 1904 (``BrtWbProp.f1904``)."""
    sheets: list[SheetEntry] = []
    date1904 = False
    for rtype, payload in records(book):
        if rtype == _WB_PROP:
            date1904 = bool((_u32(payload, 0) or 0) & 0x1)
        elif rtype == _BUNDLE_SH:
            state = _u32(payload, 0)
            # (hsState, iTabID, then strRelID and strName: a sheet without a relationship has no part to read)
            rel_id, at = wide_string(payload, 8)
            if state is not None and rel_id is not None:
                sheets.append(SheetEntry(wide_string(payload, at)[0] or "", rel_id, state))
    return sheets, date1904


def relationships(rels: bytes) -> dict[str, tuple[str, str]]:
    """xl/_rels/workbook.bin.rels: each relationship's id → (its type's last word, the part's path in the
    package). Broken XML raises UnreadableFile."""
    import lxml.etree

    if not rels.strip():
        return {}
    try:
        root = parse_xml(rels)
    except lxml.etree.XMLSyntaxError as exc:
        raise UnreadableFile(f"the workbook's relationships are broken XML ({exc})") from exc
    out: dict[str, tuple[str, str]] = {}
    for rel in root.iter(_PKG_REL):
        rid, target = rel.get("Id"), rel.get("Target")
        if rid and target and rel.get("TargetMode") != "External":
            out[rid] = ((rel.get("Type") or "").rsplit("/", 1)[-1], part_path(target))
    return out


def part_path(target: str) -> str:
    """A relationship's target as a path in the package: "worksheets/sheet1.bin" is under xl/,
    "/xl/worksheets/sheet1.bin" from the package's root."""
    path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    return posixpath.normpath(path).lstrip("/")


def _target(rels: dict[str, tuple[str, str]], kind: str, default: str) -> str:
    """The part a relationship of ``kind`` names ("sharedStrings", "styles"), else where Excel puts it."""
    return next((path for k, path in rels.values() if k == kind), default)


def shared_strings(sst: bytes) -> list[str]:
    """xl/sharedStrings.bin's strings in order (``BrtSSTItem``, decoded by pyxlsb; a rich string's runs of
    formatting aside)."""
    handler = StringInstanceHandler()
    out: list[str] = []
    for rtype, payload in records(sst):
        if rtype == _SST_ITEM:
            with RecordReader(payload, enc="utf-16-le") as reader:
                out.append(handler.read(reader, rtype, len(payload)).t or "")
    return out


def cell_formats(styles: bytes) -> list[str]:
    """The number format of each cell style (``BrtXF`` after ``BrtBeginCellXFs``; its ``iFmt`` a built-in
    format or one a ``BrtFmt`` writes), by the style's index: the ``iStyleRef`` of a cell."""
    custom: dict[int, str] = {}
    fmt_ids: list[int] = []
    in_cell_xfs = False
    for rtype, payload in records(styles):
        if rtype == _FMT:
            fmt_id = _u16(payload, 0)
            code, _ = wide_string(payload, 2)
            if fmt_id is not None and code is not None:
                custom[fmt_id] = code
        elif rtype == _BEGIN_CELL_XFS:
            in_cell_xfs = True
        elif rtype == _END_CELL_XFS:
            in_cell_xfs = False
        elif rtype == _XF and in_cell_xfs:
            fmt_ids.append(_u16(payload, 2) or 0)
    return [number_format(i, custom) for i in fmt_ids]


def number_format(fmt_id: int, custom: dict[int, str]) -> str:
    """The format code of a number format's id: one the workbook writes, else Excel's built-in one."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    if fmt_id in custom:
        return custom[fmt_id]
    return str(BUILTIN_FORMATS.get(fmt_id) or _ZH_BUILTIN.get(fmt_id) or "General")


def core_title(core: bytes | None) -> str | None:
    """The workbook's title in docProps/core.xml (``dc:title``), else None (also where the part is broken)."""
    import lxml.etree

    if not core:
        return None
    try:
        root = parse_xml(core)
    except lxml.etree.XMLSyntaxError:
        return None
    node = root.find(_DC_TITLE)
    text = " ".join((node.text or "").split()) if node is not None else ""
    return text or None


# --- a sheet -------------------------------------------------------------------------------------


def sheet_cells(part: bytes, strings: list[str], formats: list[str], date1904: bool = False) -> SheetCells:
    """A worksheet part's cells as printed, its merges and hidden rows and columns. More than MAX_CELLS
    cells holding a value raise UnreadableFile; a cell record outside Excel's grid or too short is left
    out."""
    out = SheetCells()
    row: int | None = None
    for rtype, payload in records(part):
        if rtype == _ROW_HDR:
            row = _u32(payload, 0)
            # (BrtRowHdr: rw, ixfe, miyRw, then a byte of flags whose bit 4 is fDyZero, the row hidden)
            if row is not None and row < _MOST_ROWS and len(payload) > 11 and payload[11] & 0x10:
                out.hidden_rows.add(row)
        elif rtype in _POOLED or rtype in (_CELL_ST, _CELL_RSTRING):
            cell = _cell(rtype, payload, strings, formats, date1904)
            if cell is None or row is None or row >= _MOST_ROWS:
                continue
            col, text = cell
            if text:
                out.values[(row, col)] = text
                if len(out.values) > MAX_CELLS:
                    raise UnreadableFile(f"a sheet of more than {MAX_CELLS} cells is too large to read as a document")
        elif rtype == _COL_INFO:
            first, last, flags = _u32(payload, 0), _u32(payload, 4), _u16(payload, 16)
            if first is not None and last is not None and flags is not None and flags & 0x1 \
                    and len(out.hidden_cols) < _MOST_COLUMNS:
                out.hidden_cols.append((first, last))
        elif rtype == _MERGE_CELL and len(payload) >= 16:
            r0, r1, c0, c1 = struct.unpack_from("<IIII", payload, 0)
            out.merges.append((min(r0, r1), max(r0, r1), min(c0, c1), max(c0, c1)))
            if len(out.merges) > MAX_CELLS:
                raise UnreadableFile(f"a sheet of more than {MAX_CELLS} merged areas is too large to read as a document")
    return out


def _cell(rtype: int, payload: bytes, strings: list[str], formats: list[str],
          date1904: bool) -> tuple[int, str] | None:
    """A cell record's column and printed text; None where the record is too short or off the grid. A
    ``Cell`` ([MS-XLSB] 2.5.9) is the column (4 bytes) and the style (24 bits, then a flag byte)."""
    col, style = _u32(payload, 0), _u32(payload, 4)
    if col is None or style is None or col >= _MOST_COLUMNS or len(payload) < _POOLED.get(rtype, 8):
        return None
    fmt = formats[style & 0xFFFFFF] if (style & 0xFFFFFF) < len(formats) else ""
    if rtype in (_CELL_ST, _CELL_RSTRING):
        # (BrtCellSt: the string follows the cell; BrtCellRString: after a byte of flags)
        text, _ = wide_string(payload, 8 if rtype == _CELL_ST else 9)
        return col, printed(text)
    with RecordReader(payload, enc="utf-16-le") as reader:
        value: Any = _CELL_HANDLER.read(reader, rtype, len(payload)).v
    if rtype in (_CELL_ERROR, _FMLA_ERROR) or value is None:
        return col, ""  # (#N/A, #DIV/0!: shown as nothing, as an .xls's error cells are)
    if rtype == _CELL_ISST:
        return col, printed(strings[value]) if isinstance(value, int) and 0 <= value < len(strings) else ""
    if rtype in (_CELL_BOOL, _FMLA_BOOL):
        return col, printed(bool(value))
    if rtype == _FMLA_STRING:
        return col, printed(str(value))
    return col, number_printed(float(value), fmt, date1904)


def number_printed(value: float, fmt: str, date1904: bool = False) -> str:
    """A number as its cell shows it: a date or time where its format is one (as openpyxl reads an .xlsx's),
    else as ``xlsx.printed`` prints numbers (2000, 30%, 4325.27)."""
    from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

    is_date, is_duration = date_format(fmt)
    if is_date:
        try:
            return printed(from_excel(value, MAC_EPOCH if date1904 else WINDOWS_EPOCH, timedelta=is_duration))
        except (ValueError, OverflowError):
            pass  # (a serial past the calendar: the number itself)
    return printed(value, fmt if fmt != "General" else "")


@cache
def date_format(fmt: str) -> tuple[bool, bool]:
    """Whether a format code shows a date or time (openpyxl's test, as for an .xlsx), and whether an
    elapsed time ("[h]:mm")."""
    from openpyxl.styles.numbers import is_date_format, is_timedelta_format

    return bool(fmt) and bool(is_date_format(fmt)), bool(fmt) and bool(is_timedelta_format(fmt))


def sheet_rows(cells: SheetCells) -> list[list[str]]:
    """A sheet's shown rows as lists of printed cells, as ``xlsx.sheet_rows`` gives an .xlsx's: a merged
    cell's text in every cell of the merge (once across a row), hidden rows and columns left out. The
    sheet's extent is that of the cells holding a value (a merge or a hidden column reaching further is cut
    to it); an extent past MAX_CELLS raises UnreadableFile."""
    if not cells.values:
        return []
    nrows = max(r for r, _ in cells.values) + 1
    ncols = max(c for _, c in cells.values) + 1
    if nrows * ncols > MAX_CELLS:
        raise UnreadableFile(f"a sheet of {nrows} rows × {ncols} columns is too large to read as a document")
    merged = merged_cells(cells, nrows, ncols)
    hidden_cols = hidden_columns(cells.hidden_cols, ncols)
    shown_cols = [c for c in range(ncols) if not hidden_cols[c]]
    out: list[list[str]] = []
    for r in range(nrows):
        if r in cells.hidden_rows:
            continue
        row: list[str] = []
        for c in shown_cols:
            inside = (r, c) in merged
            add_cell(row, merged[(r, c)] if inside else cells.values.get((r, c), ""), inside)
        if row:
            out.append(row)
    return out


def merged_cells(cells: SheetCells, nrows: int, ncols: int) -> dict[tuple[int, int], str]:
    """(row, column) inside a merge → the merge's text (its first cell's), the merges cut to the sheet's
    extent; merges covering more than MAX_CELLS cells together raise UnreadableFile."""
    merged: dict[tuple[int, int], str] = {}
    covered = 0
    for r0, r1, c0, c1 in cells.merges:
        if r0 >= nrows or c0 >= ncols:
            continue
        r1, c1 = min(r1, nrows - 1), min(c1, ncols - 1)
        covered += (r1 - r0 + 1) * (c1 - c0 + 1)
        if covered > MAX_CELLS:
            raise UnreadableFile(f"a sheet whose merged cells cover {covered}+ cells; too large to read")
        text = cells.values.get((r0, c0), "")
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                merged[(r, c)] = text
    return merged


def hidden_columns(ranges: list[tuple[int, int]], ncols: int) -> list[bool]:
    """Whether each of the first ``ncols`` columns is hidden, from ``BrtColInfo``'s (first, last) ranges
    (counted by difference, not expanded: a range may claim all 16384 columns)."""
    marks = [0] * (ncols + 1)
    for first, last in ranges:
        if first < ncols and first <= last:
            marks[first] += 1
            marks[min(last, ncols - 1) + 1] -= 1
    out: list[bool] = []
    depth = 0
    for c in range(ncols):
        depth += marks[c]
        out.append(depth > 0)
    return out

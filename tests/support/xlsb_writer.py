"""A tiny writer of Excel binary workbooks (.xlsb) for the reader's tests.

It writes what Excel writes for a plain table, record by record after [MS-XLSB]: the sheets in
xl/workbook.bin (each visible, hidden or very hidden), shared strings, a style per number format, the
cells (a whole number as ``BrtCellRk``, other numbers as ``BrtCellReal``, a date as a serial under a
date format, an ``Inline`` string in the cell itself as ``BrtCellSt``), merged cells and hidden rows and
columns. Nothing else (no fonts, views or print settings): the reader needs none of them.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

Value = str | int | float | bool | dt.date | tuple[float, str] | None  # (number, format code): a styled number

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_DATE_FORMAT = 'yyyy"年"m"月"d"日"'


class Inline(str):
    """A string written in its cell (``BrtCellSt``), not in the shared strings."""


@dataclass
class Sheet:
    """One worksheet: its rows of values (None: no cell), merges (first row, last row, first column,
    last column; zero-based), hidden rows and columns, and its state (0 visible, 1 hidden, 2 very hidden)."""

    name: str
    rows: list[list[Value]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    state: int = 0


def record(rtype: int, payload: bytes = b"") -> bytes:
    """One record: its type and size as 7-bit groups, low first, a high bit saying another byte follows."""
    return _varint(rtype) + _varint(len(payload)) + payload


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def wide(text: str) -> bytes:
    """An XLWideString: the count of UTF-16 code units, then the units."""
    units = text.encode("utf-16-le")
    return struct.pack("<I", len(units) // 2) + units


class _Book:
    """The shared strings and the number formats the cells use, collected while the sheets are written."""

    def __init__(self) -> None:
        self.strings: dict[str, int] = {}  # (in order of first use)
        self.formats: list[str] = [""]  # style 0: General

    def isst(self, text: str) -> int:
        return self.strings.setdefault(text, len(self.strings))

    def style(self, code: str) -> int:
        if code not in self.formats:
            self.formats.append(code)
        return self.formats.index(code)


def _cell(book: _Book, col: int, value: Value) -> bytes:
    def head(style: int = 0) -> bytes:
        return struct.pack("<II", col, style)

    if isinstance(value, bool):
        return record(4, head() + bytes([value]))
    if isinstance(value, Inline):
        return record(6, head() + wide(str(value)))
    if isinstance(value, str):
        return record(7, head() + struct.pack("<I", book.isst(value)))
    if isinstance(value, dt.date):
        serial = (value - dt.date(1899, 12, 30)).days
        return record(5, head(book.style(_DATE_FORMAT)) + struct.pack("<d", float(serial)))
    if isinstance(value, tuple):
        number, code = value
        return record(5, head(book.style(code)) + struct.pack("<d", float(number)))
    if isinstance(value, int) and -(2**29) <= value < 2**29:
        return record(2, head() + struct.pack("<i", (value << 2) | 0x2))  # RK: an integer, not ×100
    assert value is not None
    return record(5, head() + struct.pack("<d", float(value)))


def sheet_part(book: _Book, sheet: Sheet) -> bytes:
    """xl/worksheets/sheetN.bin: BrtBeginSheet, column infos, the rows and their cells, the merges."""
    width = max((len(r) for r in sheet.rows), default=1)
    out = [record(129), record(148, struct.pack("<IIII", 0, max(len(sheet.rows) - 1, 0), 0, width - 1))]
    if sheet.hidden_cols:
        out.append(record(390))
        for c in sorted(sheet.hidden_cols):
            out.append(record(60, struct.pack("<IIIIH", c, c, 10 * 256, 0, 0x0003)))  # fHidden | fUserSet
        out.append(record(391))
    out.append(record(145))
    for r, values in enumerate(sheet.rows):
        flags = 0x10 if r in sheet.hidden_rows else 0  # fDyZero
        out.append(record(0, struct.pack("<IIHBBBI", r, 0, 300, 0, flags, 0, 1) + struct.pack("<II", 0, width - 1)))
        out.extend(_cell(book, c, v) for c, v in enumerate(values) if v is not None)
    out.append(record(146))
    if sheet.merges:
        out.append(record(177, struct.pack("<I", len(sheet.merges))))
        out.extend(record(176, struct.pack("<IIII", *m)) for m in sheet.merges)
        out.append(record(178))
    out.append(record(130))
    return b"".join(out)


def styles_part(book: _Book) -> bytes:
    """xl/styles.bin: a BrtFmt for each format code (ids from 164, as Excel numbers its own) and a cell
    style (BrtXF) using each."""
    fmts = [record(44, struct.pack("<H", 164 + i) + wide(code)) for i, code in enumerate(book.formats) if code]
    xfs = [record(47, struct.pack("<HHHHHBBHBB", 0, 164 + i if code else 0, 0, 0, 0, 0, 0, 0, 0, 0))
           for i, code in enumerate(book.formats)]
    return b"".join([record(278), record(615, struct.pack("<I", len(fmts))), *fmts, record(616),
                     record(617, struct.pack("<I", len(xfs))), *xfs, record(618), record(279)])


def workbook(sheets: list[Sheet], title: str | None = None, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The .xlsb file's bytes: the package of the sheets, in order."""
    book = _Book()
    parts = [sheet_part(book, s) for s in sheets]
    bundles = b"".join(record(156, struct.pack("<II", s.state, i + 1) + wide(f"rId{i + 1}") + wide(s.name))
                       for i, s in enumerate(sheets))
    wb = b"".join([record(131), record(153, struct.pack("<II", 0, 0) + wide("")), record(143), bundles,
                   record(144), record(132)])
    sst = b"".join([record(159, struct.pack("<II", len(book.strings), len(book.strings))),
                    *(record(19, b"\x00" + wide(s)) for s in book.strings), record(160)])
    n = len(sheets)
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{_REL}/worksheet" Target="worksheets/sheet{i + 1}.bin"/>'
                   for i in range(n))
    rels += (f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.bin"/>'
             f'<Relationship Id="rId{n + 2}" Type="{_REL}/sharedStrings" Target="sharedStrings.bin"/>')
    members = {
        "[Content_Types].xml": _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'{_HEAD}<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>',
        "xl/_rels/workbook.bin.rels": f'{_HEAD}<Relationships xmlns="{_PKG}">{rels}</Relationships>',
    }
    if title is not None:
        members["docProps/core.xml"] = (
            f'{_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            f'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title>'
            '</cp:coreProperties>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for path, text in members.items():
            z.writestr(path, text.encode())
        z.writestr("xl/workbook.bin", wb)
        z.writestr("xl/styles.bin", styles_part(book))
        z.writestr("xl/sharedStrings.bin", sst)
        for i, part in enumerate(parts):
            z.writestr(f"xl/worksheets/sheet{i + 1}.bin", part)
    return buf.getvalue()

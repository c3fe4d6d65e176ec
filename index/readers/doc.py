"""Old binary Office files: Word 97–2003 (.doc, and WPS's .wps, which is the same format) and
Excel 97–2003 (.xls). Government sites still publish many attachments this way.

olefile opens the OLE container. For Word the main document's text is taken from its piece table
(the "Clx" the file information block points to, in the 0Table or 1Table stream): each piece is a
run of characters stored as UTF-16 or as 8-bit cp1252 text. Only the main document is read, not
headers, footnotes or comments. Word's marks become the text they stand for: a paragraph mark a
line, a table cell's end a tab and the end of a row a line; a field's instruction (``PAGE``,
``HYPERLINK "…"``) is dropped and its shown result kept. This reading of the format is written by
hand (the layout is Microsoft's published [MS-DOC] specification); no library on PyPI reads .doc
text without an outside program. Excel files are read with xlrd like the .xlsx reader reads its
sheets.
"""

from __future__ import annotations

import bisect
import io
import re
import struct
from dataclasses import dataclass
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText, join_cell

_WORD_MAGIC = 0xA5EC
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
_FC_CLX = 33  # the index of fcClx/lcbClx among the FibRgFcLcb97 pairs
_FC_PAPX = 13  # fcPlcfBtePapx/lcbPlcfBtePapx: the paragraphs' properties
_NFIB_97 = 0xC1  # the file information block's version from Word 97 on (Word 6/95 share the magic number)
# Word's special characters that print nothing: a picture, a drawn object, a note or comment mark,
# an optional hyphen, soft page/column breaks that only move text.
_UNPRINTED_RE = re.compile(r"[\x00-\x06\x08\x0e-\x12\x16-\x1f]")


def read_ole(data: bytes, name: str) -> SourceText:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, struct.error) as exc:
        raise UnreadableFile(f"{name}: a damaged old Office file ({exc})") from exc
    with ole:
        if ole.exists("EncryptedPackage"):
            raise UnreadableFile(f"{name}: a password-protected Office file; remove the password and add it again")
        if ole.exists("WordDocument"):
            return _word(ole, name)
        if ole.exists("Workbook") or ole.exists("Book"):
            return _excel(data, name)
        from index.readers.msg import looks_like_msg, read_msg

        if looks_like_msg(ole):
            return read_msg(data, name)
    raise UnreadableFile(f"{name}: an old binary Office file that is neither Word nor Excel (.ppt?); "
                         "save it as .docx or PDF and add it again")


def _word(ole: Any, name: str) -> SourceText:
    word = ole.openstream("WordDocument").read()
    if len(word) < 0x200 or struct.unpack_from("<H", word, 0)[0] != _WORD_MAGIC:
        raise UnreadableFile(f"{name}: not a Word 97–2003 document; save it as .docx")
    if struct.unpack_from("<H", word, 2)[0] < _NFIB_97:
        raise UnreadableFile(f"{name}: a Word 6/95 document (an older layout); save it as .docx")
    flags = struct.unpack_from("<H", word, 0x0A)[0]
    if flags & _F_ENCRYPTED:
        raise UnreadableFile(f"{name}: a password-protected Word file; remove the password and add it again")
    table_name = "1Table" if flags & _F_WHICH_TABLE else "0Table"
    if not ole.exists(table_name):
        raise UnreadableFile(f"{name}: a damaged Word file (its {table_name} stream is missing)")
    table = ole.openstream(table_name).read()
    ccp_text, pairs = _fib(word)
    fc_clx, lcb_clx = pairs[_FC_CLX]
    pieces = _pieces(table[fc_clx:fc_clx + lcb_clx])
    text = _text(word, pieces, ccp_text)
    try:
        kinds = _paragraph_kinds(word, table, pieces, pairs.get(_FC_PAPX), text)
    except (struct.error, IndexError, ValueError):
        kinds = {}  # damaged paragraph properties: table rows are told by their marks alone
    lines = _lines(text, kinds)
    if not "".join(lines).strip():
        raise UnreadableFile(f"{name}: the Word file contains no text (a scanned image inside Word? save it as PDF)")
    title = None
    try:
        meta = ole.get_metadata()
        title = _meta_text(meta.title)
    except (OSError, ValueError, struct.error, AttributeError):
        pass
    return SourceText(name=name, format="doc", text="\n".join(lines), title=title)


def _fib(word: bytes) -> tuple[int, dict[int, tuple[int, int]]]:
    """ccpText (the main document's length in characters) and the FibRgFcLcb97 (fc, lcb) pairs."""
    at = 0x20
    csw = struct.unpack_from("<H", word, at)[0]
    at += 2 + 2 * csw
    cslw = struct.unpack_from("<H", word, at)[0]
    lw = at + 2
    ccp_text = struct.unpack_from("<i", word, lw + 12)[0]
    at = lw + 4 * cslw
    count = struct.unpack_from("<H", word, at)[0]
    pairs = {i: struct.unpack_from("<II", word, at + 2 + 8 * i) for i in (_FC_PAPX, _FC_CLX) if i < count}
    if _FC_CLX not in pairs:
        raise ValueError("no piece table")
    return max(0, ccp_text), pairs


@dataclass(frozen=True)
class _Piece:
    cp: int  # first character position
    end: int
    fc: int  # byte offset of its first character in the WordDocument stream
    width: int  # 1 (cp1252) or 2 (UTF-16) bytes a character


def _pieces(clx: bytes) -> list[_Piece]:
    """The piece table: where each run of the document's characters is stored."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # property modifiers before the piece table
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table in the Clx")
    lcb = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5: at + 5 + lcb]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
    out: list[_Piece] = []
    for i in range(n):
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]
        if cps[i + 1] > cps[i]:
            if out and cps[i] < out[-1].end:
                raise ValueError("pieces out of order")  # (a hostile table would decode the stream again and again)
            packed = bool(fc & 0x40000000)
            out.append(_Piece(cps[i], cps[i + 1], (fc & 0x3FFFFFFF) // 2 if packed else fc, 1 if packed else 2))
    return out


def _text(word: bytes, pieces: list[_Piece], ccp_text: int) -> str:
    """The main document's characters (the first ``ccp_text``)."""
    out = []
    most = min(ccp_text, len(word))  # no more characters than the stream has bytes
    got = 0
    for p in pieces:
        if p.cp >= most or got >= most:
            break
        raw = word[p.fc:p.fc + p.width * min(p.end - p.cp, most - got)]
        out.append(raw.decode("cp1252" if p.width == 1 else "utf-16-le", errors="replace"))
        got += len(out[-1])
    return "".join(out)[:most]


def _paragraph_kinds(word: bytes, table: bytes, pieces: list[_Piece], plc: tuple[int, int] | None,
                     text: str) -> dict[int, int]:
    """For each paragraph mark (\r or \x07) by character position: 1 inside a table cell, 2 the end
    of a table row, 0 elsewhere; read from the paragraphs' properties (sprmPFInTable, sprmPFTtp) in the
    PAPX pages the PlcBtePapx points to."""
    runs = _papx_runs(word, table, plc)
    kinds: dict[int, int] = {}
    if not runs:
        return kinds
    starts = [r[0] for r in runs]
    piece_starts = [p.cp for p in pieces]
    for cp, ch in enumerate(text):
        if ch not in "\r\x07":
            continue
        at = bisect.bisect_right(piece_starts, cp) - 1
        if at < 0 or cp >= pieces[at].end:
            continue
        fc = pieces[at].fc + (cp - pieces[at].cp) * pieces[at].width
        j = bisect.bisect_right(starts, fc) - 1
        if j >= 0 and fc < runs[j][1]:
            kinds[cp] = runs[j][2]
    return kinds


def _papx_runs(word: bytes, table: bytes, plc: tuple[int, int] | None) -> list[tuple[int, int, int]]:
    """(first byte, end byte, kind) of the paragraphs the formatted disk pages describe."""
    if not plc or plc[1] < 12:
        return []
    data = table[plc[0]:plc[0] + plc[1]]
    n = (len(data) - 4) // 8
    runs = []
    for i in range(n):
        pn = struct.unpack_from("<I", data, 4 * (n + 1) + 4 * i)[0] & 0x3FFFFF
        page = word[pn * 512:(pn + 1) * 512]
        if len(page) < 512:
            continue
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for k in range(crun):
            offset = page[4 * (crun + 1) + 13 * k] * 2
            runs.append((fcs[k], fcs[k + 1], _kind(page, offset) if offset else 0))
    runs.sort()
    return runs


def _kind(page: bytes, at: int) -> int:
    """1 in a table, 2 a row's end mark, 0 neither: from one PapxInFkp's sprms."""
    cb = page[at]
    start, size = (at + 1, 2 * cb - 1) if cb else (at + 2, 2 * page[at + 1])
    grpprl = page[start + 2:start + size]  # after the style index
    kind, i = 0, 0
    while i + 2 <= len(grpprl):
        op = struct.unpack_from("<H", grpprl, i)[0]
        i += 2
        spra = op >> 13
        if spra == 6:
            if op == 0xD608:  # sprmTDefTable: a two-byte size
                length = struct.unpack_from("<H", grpprl, i)[0] + 1 if i + 2 <= len(grpprl) else 0
            else:
                length = 1 + (grpprl[i] if i < len(grpprl) else 0)
        else:
            length = _SPRM_SIZE[spra]
        value = grpprl[i] if i < len(grpprl) else 0
        if op in (0x2416, 0x244B) and value:  # sprmPFInTable, sprmPFInnerTableCell
            kind = max(kind, 1)
        elif op in (0x2417, 0x244C) and value:  # sprmPFTtp, sprmPFInnerTtp
            kind = 2
        i += length
    return kind


_SPRM_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


def _lines(text: str, kinds: dict[int, int]) -> list[str]:
    """Word's marks as text: fields as their results; paragraphs as lines; a table's cells (which end
    in \x07, their inner paragraphs in \r) joined into one tab-separated line a row, the row ending at
    its end mark. Without paragraph properties a \x07 followed by another ends the row."""
    shown: list[tuple[int, str]] = []  # (character position, character) outside field instructions
    in_result = [True]
    for cp, ch in enumerate(text):
        if ch == "\x13":  # a field begins: its instruction follows
            in_result.append(False)
        elif ch == "\x14" and len(in_result) > 1:  # the instruction ends, the shown result follows
            in_result[-1] = True
        elif ch == "\x15" and len(in_result) > 1:
            in_result.pop()
        elif all(in_result):
            shown.append((cp, ch))
    lines: list[str] = []
    row: list[str] = []
    cell: list[str] = []
    buf: list[str] = []
    for at, (cp, ch) in enumerate(shown):
        if ch not in "\r\x07":
            buf.append(ch)
            continue
        paragraph = _clean("".join(buf))
        buf = []
        kind = kinds.get(cp, 0) if kinds else (1 if ch == "\x07" else 0)
        if ch == "\r" and kind == 0:
            if row:  # a row whose end mark was not found: ended by the paragraph after the table
                lines.append("\t".join(c for c in row if c))
                row = []
            lines.append(paragraph)
            continue
        if ch == "\r":  # a paragraph inside a cell that goes on
            cell.append(paragraph)
            continue
        row_end = kind == 2 if kinds else (not paragraph and not cell and at > 0 and shown[at - 1][1] == "\x07"
                                              and bool(row))
        if row_end:
            lines.append("\t".join(c for c in row if c))
            row = []
            continue
        cell.append(paragraph)
        row.append(join_cell(cell))
        cell = []
    if row:
        lines.append("\t".join(c for c in row if c))
    lines.append(_clean("".join(buf)))
    return [ln for ln in lines if ln]


def _clean(s: str) -> str:
    s = s.replace("\x0b", " ").replace("\x0c", " ").replace("\x1e", "-").replace("\xa0", " ")
    return _UNPRINTED_RE.sub("", s).strip()


def _meta_text(value: Any) -> str | None:
    if not value:
        return None
    if isinstance(value, bytes):
        for enc in ("gb18030", "utf-8", "cp1252"):
            try:
                value = value.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            return None
    text = str(value).replace("\x00", "").strip()
    return text or None


def _excel(data: bytes, name: str) -> SourceText:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    except (xlrd.XLRDError, AssertionError, IndexError, KeyError, ValueError, struct.error) as exc:
        raise UnreadableFile(f"{name}: cannot open the Excel file ({exc})") from exc
    from index.readers.xlsx import workbook_lines

    sheets = [book.sheet_by_index(i) for i in range(book.nsheets)]
    lines, title = workbook_lines([(s.name, _xls_rows(book, s)) for s in sheets if not getattr(s, "visibility", 0)], name)
    return SourceText(name=name, format="xls", text="\n".join(lines), title=title)


def _xls_rows(book: Any, sheet: Any) -> list[list[str]]:
    import xlrd

    from index.readers.xlsx import MAX_CELLS, add_cell

    if sheet.nrows * sheet.ncols > MAX_CELLS:
        raise UnreadableFile(f"a sheet of {sheet.nrows} rows × {sheet.ncols} columns is too large to read as a document")
    merged: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, r1, c0, c1 in sheet.merged_cells:  # (clamped to the sheet: a merge may claim more)
        for r in range(r0, min(r1, sheet.nrows)):
            for c in range(c0, min(c1, sheet.ncols)):
                merged[(r, c)] = (r0, c0)
    hidden_cols = {c for c, info in sheet.colinfo_map.items() if info.hidden}
    out: list[list[str]] = []
    for r in range(sheet.nrows):
        info = sheet.rowinfo_map.get(r)
        if info is not None and info.hidden:
            continue
        cells: list[str] = []
        for c in range(sheet.ncols):
            if c in hidden_cols:
                continue
            add_cell(cells, _xls_printed(book, sheet.cell(*merged.get((r, c), (r, c))), xlrd), (r, c) in merged)
        if cells:
            out.append(cells)
    return out


def _xls_printed(book: Any, cell: Any, xlrd: Any) -> str:
    """An .xls cell as the sheet shows it: its value as Python has it, printed as an .xlsx cell is."""
    from index.readers.xlsx import printed

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return printed(xlrd.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError):
            return printed(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key) if book.xf_list else None
        return printed(cell.value, (fmt.format_str or "") if fmt is not None else "")
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return printed(bool(cell.value))
    return printed(str(cell.value))

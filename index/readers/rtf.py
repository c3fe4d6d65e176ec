"""Rich Text Format (.rtf), as Word and WPS save a notice, read by hand after the RTF 1.9.1
specification (no PyPI library keeps a table's rows and cells apart; the one most used writes every
cell end as "|" and loses which paragraphs belong to a cell).

A tokenizer walks the groups. Text comes from three encodings at once: ``\\'xx`` bytes in the code
page of the current font's ``\\fcharset`` (else the document's ``\\ansicpg``), ``\\uN`` Unicode
escapes (negative above 32767; the ``\\ucN`` fallback characters after each are skipped, and
surrogate pairs are joined) and raw bytes. Paragraphs (``\\par``) become lines; a table's paragraphs
(``\\intbl``) gather into cells (``\\cell``) and rows (``\\row``), one line per row with cells by tabs,
a cell merged down (``\\clvmrg``) holding the text of the cell it continues, as the Word reader does.
A list paragraph keeps its printed number (``\\pntext``/``\\listtext``); a field keeps its shown
result, not its instruction; a footnote is read as "注：…" after its paragraph. The page header and
footer are not body text: their text is reported as removed running furniture. Fonts, colours,
styles, the document's properties (its title aside), pictures, objects' data, drawn shapes and every
``\\*`` destination are skipped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace

from index.errors import UnreadableFile
from index.readers import SourceText, join_cell

_TOKEN_RE = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)",
                       re.S)
# Destinations whose text is never printed in the body (a "\*" destination is skipped as well).
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "revtbl", "rsidtbl",
    "pict", "object", "objdata", "objclass", "objname", "shp", "shpinst", "shprslt", "nonshppict", "do",
    "generator", "filetbl", "pgptbl", "xmlnstbl", "themedata", "colorschememapping", "latentstyles",
    "datastore", "template", "userprops", "fldinst", "bkmkstart", "bkmkend", "annotation", "atnid",
    "atnauthor", "atndate", "comment", "private", "mmathPr", "pn", "listpicture", "ftnsep", "ftnsepc",
    "aftnsep", "aftnsepc", "passwordhash", "protusertbl", "wgrffmtfilter", "defchp", "defpap", "falt",
    "panose", "fontemb", "fontfile", "blipuid",
})
_FURNITURE = frozenset({"header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf"})
_NOTES = frozenset({"footnote"})
_CHARSETS = {0: "cp1252", 2: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gb18030",
             136: "cp950", 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
             186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250"}
_CJK_PAGES = frozenset({"gb18030", "gbk", "cp936", "cp950", "cp932", "cp949"})
_SYMBOLS = {"line": " ", "tab": " ", "emdash": "—", "endash": "–", "emspace": " ", "enspace": " ",
            "qmspace": " ", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
            "~": " ", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}"}


@dataclass(frozen=True)
class _Group:
    """What a group inherits from the group around it."""

    dest: str = "body"  # "body", "skip", "furniture", "note", "title", "fonts", "info"
    ucskip: int = 1
    font: str | None = None
    intbl: bool = False  # the paragraph is in a table (a paragraph property: a group keeps its own)
    hidden: bool = False  # hidden text (\v) or a tracked deletion (\deleted): not printed


@dataclass
class _Reader:
    name: str
    codepage: str = "cp1252"
    fonts: dict[str, str] = field(default_factory=dict)  # font number → code page
    lines: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""
    # the text being gathered, by destination
    para: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    note: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # footnotes waiting for their paragraph's end
    # tables: the cell's paragraphs, the row's cells, the row definition
    cell: list[str] = field(default_factory=list)
    row: list[str] = field(default_factory=list)
    merged: list[bool] = field(default_factory=list)  # per cell of the row definition: continues a merge
    merging: bool = False
    above: dict[int, str] = field(default_factory=dict)
    pending: bytearray = field(default_factory=bytearray)
    pending_page: str = "cp1252"
    skip: int = 0  # fallback characters still to skip after a \uN

    def emit(self, g: _Group, text: str) -> None:
        """Text read in a group, to the destination it belongs to."""
        if not text or g.hidden:
            return
        if g.dest == "body":
            self.para.append(text)
        elif g.dest == "furniture":
            self.furniture.append(text)
        elif g.dest == "note":
            self.note.append(text)
        elif g.dest == "title":
            self.title += text

    def page_of(self, g: _Group) -> str:
        return self.fonts.get(g.font or "", self.codepage)

    def flush_bytes(self, g: _Group) -> None:
        if not self.pending:
            return
        data, page = bytes(self.pending), self.pending_page
        self.pending.clear()
        if page not in _CJK_PAGES and self.codepage in _CJK_PAGES and any(b >= 0x80 for b in data):
            try:  # a CJK document's text in a font declared Western (a writer's default font)
                self.emit(g, data.decode(self.codepage))
                return
            except UnicodeDecodeError:
                pass
        self.emit(g, data.decode(page, errors="replace"))

    def end_paragraph(self, g: _Group) -> None:
        r"""A \par: the paragraph is a line, or a paragraph of the cell being read."""
        if g.dest == "furniture":
            self.furniture.append("\n")
            return
        if g.dest == "note":
            self.note.append("\n")
            return
        if g.dest != "body":
            return
        text = _clean("".join(self.para))
        self.para.clear()
        if g.intbl:
            if text:
                self.cell.append(text)
        else:
            if text:
                self.lines.append(text)
                self.above.clear()  # (a table ended: a later one merges nothing into it)
            self.lines.extend(f"注：{n}" for n in self.notes)
            self.notes.clear()

    def end_cell(self, g: _Group) -> None:
        r"""A \cell: its paragraphs are one piece of the row."""
        if g.dest != "body":
            return
        text = _clean("".join(self.para))
        self.para.clear()
        if text:
            self.cell.append(text)
        self.row.append(join_cell(self.cell))
        self.cell.clear()

    def end_row(self, g: _Group) -> None:
        """A \row: its cells by tabs, a cell merged down holding the text of the cell it continues (equal
        neighbours stay apart: a merge across is an empty cell, left out)."""
        if g.dest != "body":
            return
        if self.para or self.cell:
            self.end_cell(g)
        cells: list[str] = []
        for k, text in enumerate(self.row):
            if not text and k < len(self.merged) and self.merged[k]:
                text = self.above.get(k, "")
            self.above[k] = text
            if text:
                cells.append(text)
        self.row.clear()
        if cells:
            self.lines.append("\t".join(cells))
        self.lines.extend(f"注：{n}" for n in self.notes)
        self.notes.clear()


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def looks_like_rtf(data: bytes) -> bool:
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def read_rtf(data: bytes, name: str) -> SourceText:
    """One RTF file's text, as Word prints its body; raises UnreadableFile where it holds none."""
    r = _Reader(name=name)
    stack: list[_Group] = []
    g = _Group()
    pos, end = 0, len(data)
    while pos < end:
        m = _TOKEN_RE.match(data, pos)
        if m is None:  # a lone backslash at the end
            break
        pos = m.end()
        word, arg, hexa, symbol, brace, chars = m.groups()
        if hexa is None and r.pending:
            r.flush_bytes(g)
        if brace is not None:
            r.skip = 0
            if brace == b"{":
                stack.append(g)
            else:
                if g.dest == "note" and (not stack or stack[-1].dest != "note"):
                    if text := _clean("".join(r.note)):
                        r.notes.append(text)
                    r.note.clear()
                if g.dest == "furniture" and (not stack or stack[-1].dest != "furniture"):
                    if text := _clean("".join(r.furniture)):
                        r.removed.append(("page header or footer", text))
                    r.furniture.clear()
                if not stack:
                    break
                g = stack.pop()
                if not stack:
                    break  # the document's group is closed: what follows is not read
            continue
        if hexa is not None:
            if r.skip:
                r.skip -= 1
                continue
            if not r.pending:
                r.pending_page = r.page_of(g)
            r.pending.append(int(hexa, 16))
            continue
        if symbol is not None:
            s = symbol.decode("latin-1")
            if r.skip:
                r.skip -= 1
                continue
            if s == "*":
                g = replace(g, dest="skip")
            elif s in _SYMBOLS and g.dest != "skip":
                r.emit(g, _SYMBOLS[s])
            elif s in "\r\n" and g.dest != "skip":
                r.end_paragraph(g)  # "\" before a line end is \par
            continue
        if chars is not None:
            if g.dest == "skip":
                continue
            if r.skip:
                k = min(r.skip, len(chars))
                r.skip -= k
                chars = chars[k:]
            if chars:
                r.emit(g, chars.decode(r.page_of(g), errors="replace"))
            continue
        if word is None:  # line ends: not text in RTF
            continue
        w = word.decode("ascii")
        n = int(arg) if arg is not None else None
        if w == "bin":  # binary data follows: skip it whole
            pos += max(n or 0, 0)
            continue
        if r.skip and w != "u":
            r.skip -= 1
            continue
        if g.dest == "skip":
            continue
        if w == "ansicpg" and n is not None:
            r.codepage = _codepage(f"cp{n}") if n != 936 else "gb18030"
        elif w in ("deff", "f") and n is not None:
            if g.dest == "fonts":
                r.fonts.setdefault(str(n), r.codepage)
            g = replace(g, font=str(n))
        elif w == "fcharset" and n is not None and g.font is not None:
            r.fonts[g.font] = _CHARSETS.get(n, r.codepage) if n != 1 else r.codepage
        elif w == "fonttbl":
            g = replace(g, dest="fonts")
        elif w == "title" and stack and stack[-1].dest == "info":
            g = replace(g, dest="title")
        elif w == "info":
            g = replace(g, dest="info")
        elif w in _FURNITURE:
            g = replace(g, dest="furniture")
        elif w in _NOTES:
            g = replace(g, dest="note")
        elif w in _SKIPPED:
            g = replace(g, dest="skip")
        elif g.dest in ("fonts", "info"):
            continue
        elif w == "uc" and n is not None:
            g = replace(g, ucskip=max(n, 0))
        elif w == "u" and n is not None:
            r.skip = 0
            code = n + 0x10000 if n < 0 else n
            if 0 < code <= 0xFFFF:  # (a number out of range is not a character: nothing is written)
                r.emit(g, chr(code))
            r.skip = g.ucskip
        elif w in ("par", "sect", "page"):
            r.end_paragraph(g)
        elif w == "pard":
            g = replace(g, intbl=False)
        elif w == "intbl":
            g = replace(g, intbl=True)
        elif w in ("v", "deleted"):
            g = replace(g, hidden=n != 0)
        elif w in ("cell", "nestcell"):
            r.end_cell(g)
        elif w == "row":
            r.end_row(g)
            g = replace(g, intbl=False)
        elif g.dest != "body":
            continue  # (a row defined in a header or a note is not the body's)
        elif w == "trowd":
            r.merged, r.merging = [], False
        elif w == "clvmrg":
            r.merging = True
        elif w == "cellx":
            r.merged.append(r.merging)
            r.merging = False
        elif w in _SYMBOLS:
            r.emit(g, _SYMBOLS[w])
    if r.pending:
        r.flush_bytes(g)
    r.end_paragraph(_Group())
    if r.row or r.cell:
        r.end_row(_Group())
    lines = [_joined_surrogates(line) for line in r.lines]
    if not "".join(lines).strip():
        raise UnreadableFile(f"{name}: the RTF file contains no text")
    title = _clean(_joined_surrogates(r.title)) or None
    removed = tuple((why, _joined_surrogates(text)) for why, text in r.removed)
    return SourceText(name=name, format="rtf", text="\n".join(lines), title=title, removed=removed)


def _codepage(page: str) -> str:
    try:
        codecs.lookup(page)
    except LookupError:
        return "cp1252"
    return page


def _joined_surrogates(text: str) -> str:
    """Two \\uN escapes of a character beyond the BMP (a surrogate pair) as that character; a lone
    surrogate as U+FFFD."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", errors="replace")

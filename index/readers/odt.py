"""OpenDocument text (.odt: LibreOffice, 永中 Office and other 信创 suites), read with lxml.

The body (``content.xml``) is read in document order: each paragraph or heading a line, a list item's
paragraph with the number its list style prints ("（一）", "1."), a table one line per row with cells
separated by tabs. A cell spanning rows is written in every row it spans (a 资金分担 cell shared by
three groups belongs to each), one spanning columns once. A footnote or endnote is read as a line
"注：…" after the paragraph that refers to it; a comment (``office:annotation``), tracked-change
records (deleted text lives there) and the table of contents' generated copy are not read. A text
frame's paragraphs are lines of their own before the paragraph that holds it. The page header and
footer (``styles.xml``) are not body text: their text is reported as removed furniture. The title is
the document's ``dc:title``, else its first paragraph in the Title style.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText, join_cell, parse_xml, too_large, zip_mimetype
from index.readers.docx import chinese_number

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_T = f"{{{NS['text']}}}"
_TB = f"{{{NS['table']}}}"
_O = f"{{{NS['office']}}}"
_S = f"{{{NS['style']}}}"
_D = f"{{{NS['draw']}}}"

# an OpenDocument text, its template and its master document
_TEXT_TYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
               "application/vnd.oasis.opendocument.text-master")
_MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part, uncompressed
_MOST_REPEATED = 64  # columns a cell stands for; more are a spreadsheet's empty tail ("repeated 1024")
_MOST_SPACES = 100  # spaces one text:s stands for
_MOST_START = 10_000  # a list's start value

# What a reader of the page does not see in a paragraph: a comment, the records of tracked changes
# (the deleted text), a footnote's body (read after the paragraph), a frame's own text (read before it);
# and a heading's number as a copy the writer cached (``text:number``: its style prints it)
_UNSEEN = frozenset({f"{_O}annotation", f"{_O}annotation-end", f"{_T}tracked-changes", f"{_T}note",
                     f"{_D}frame", f"{_T}number"})
# Blocks whose text is a generated copy of the body's (a table of contents, an index)
_GENERATED = frozenset({f"{_T}table-of-content", f"{_T}alphabetical-index", f"{_T}illustration-index",
                        f"{_T}table-index", f"{_T}user-index", f"{_T}bibliography", f"{_T}tracked-changes",
                        f"{_T}sequence-decls", f"{_O}forms"})


def is_odt(data: bytes, names: set[str] | None, types: tuple[str, ...] = _TEXT_TYPES) -> bool:
    """Whether a ZIP is an OpenDocument text file (or its template or master document; or of ``types``):
    its ``mimetype`` member says so, or, where it has none (ODF makes it optional), its manifest's root entry."""
    if not names or "content.xml" not in names:
        return False
    if (said := zip_mimetype(data, names)) is not None:
        return said in types
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if "META-INF/manifest.xml" in names and z.getinfo("META-INF/manifest.xml").file_size <= 2**20:
                manifest = z.read("META-INF/manifest.xml").decode("utf-8", "replace")
                return any(f'media-type="{t}"' in manifest for t in types)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return False
    return False


def member(z: zipfile.ZipFile, name: str, file: str) -> bytes:
    """A part of the package, refused where it would inflate past the limits (a zip bomb)."""
    if too_large(z.getinfo(name), _MAX_PART_BYTES):
        raise UnreadableFile(f"{file}: the OpenDocument file's {name} is too large to read safely")
    return z.read(name)


def package_parts(data: bytes, name: str, kind: str = "OpenDocument file") -> tuple[Any, Any, Any]:
    """The parsed ``content.xml``, ``styles.xml`` and ``meta.xml`` of an OpenDocument package (None for a part it
    lacks); a damaged package, or a part too large to read, is refused as a damaged ``kind``."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            content = parse(member(z, "content.xml", name))
            styles = parse(member(z, "styles.xml", name)) if "styles.xml" in names else None
            meta = parse(member(z, "meta.xml", name)) if "meta.xml" in names else None
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise UnreadableFile(f"{name}: a damaged {kind} ({exc})") from exc
    return content, styles, meta


def read_odt(data: bytes, name: str) -> SourceText:
    return odt_source(*package_parts(data, name), name)


def odt_source(content: Any, styles: Any, meta: Any, name: str) -> SourceText:
    """The text' text from the parsed parts (a package's, or a flat ``.fodt`` file's one XML)."""
    body = content.find("office:body/office:text", NS)
    if body is None:
        raise UnreadableFile(f"{name}: an OpenDocument file with no text body (a spreadsheet or a presentation? "
                             "save it as .xlsx or .pptx)")
    reader = BodyReader(ListStyles([content, styles]))
    try:
        reader.blocks(body)
    except UnreadableFile as exc:
        raise UnreadableFile(f"{name}: {exc}") from exc
    lines = [t for t in reader.lines if t]
    if not lines:
        raise UnreadableFile(f"{name}: the OpenDocument file contains no text (a scanned image inside it? "
                             "save it as PDF)")
    removed = tuple(("page header or footer", t) for t in _furniture(styles))
    title = meta_title(meta) or reader.title
    return SourceText(name=name, format="odt", text="\n".join(lines), title=title, removed=removed)


def parse(xml: bytes) -> Any:
    import lxml.etree

    try:
        return parse_xml(xml)
    except lxml.etree.XMLSyntaxError as exc:
        raise ValueError(f"broken XML ({exc})") from exc


def meta_title(meta: Any) -> str | None:
    if meta is None:
        return None
    t = meta.find("office:meta/dc:title", NS)
    text = re.sub(r"\s+", " ", t.text or "").strip() if t is not None else ""
    return text or None


def _furniture(styles: Any) -> list[str]:
    """The text of the master pages' headers and footers, once each (a page number field as written)."""
    if styles is None:
        return []
    out: list[str] = []
    for page in styles.iter(f"{_S}master-page"):
        for part in page:
            if part.tag.startswith(_S) and part.tag.split("}")[1] in ("header", "footer", "header-first",
                                                                        "footer-first", "header-left", "footer-left"):
                out.extend(t for p in part.iter(f"{_T}p", f"{_T}h") if (t := paragraph_text(p)))
    return list(dict.fromkeys(out))


def paragraph_text(p: Any) -> str:
    """A paragraph's visible text: spans, links and fields as shown, ``text:s`` as its spaces, a tab or
    a line break as a space; comments, deleted text, notes and frames left out."""
    return re.sub(r"\s+", " ", _inline(p)).strip()


def _inline(el: Any) -> str:
    tag = el.tag
    if not isinstance(tag, str) or tag in _UNSEEN:
        return ""
    if tag == f"{_T}s":
        return " " * min(_count(el.get(f"{_T}c")), _MOST_SPACES)
    if tag in (f"{_T}tab", f"{_T}line-break"):
        return " "
    out = [el.text or ""]
    for child in el:
        out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


@dataclass(frozen=True)
class _Level:
    fmt: str  # style:num-format: "1", "一", "a", "i", "①" …; "" for none or a bullet
    prefix: str = ""
    suffix: str = ""
    start: int = 1


class ListStyles:
    """The list styles of a document (automatic ones in content.xml, named ones in styles.xml) and the
    paragraph styles that bring a list style with them."""

    def __init__(self, roots: list[Any]) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        self.by_paragraph: dict[str, str] = {}
        for root in roots:
            if root is None:
                continue
            for ls in root.iter(f"{_T}list-style", f"{_T}outline-style"):
                # (ODF 1.2 names the outline style, "Outline"; there is one, and headings use it)
                name = "__outline__" if ls.tag == f"{_T}outline-style" else ls.get(f"{_S}name", "")
                levels = self.levels.setdefault(name, {})
                for lvl in ls:
                    n = min(_count(lvl.get(f"{_T}level")), 10)
                    if lvl.tag == f"{_T}list-level-style-number" or lvl.tag == f"{_T}outline-level-style":
                        levels[n] = _Level(lvl.get(f"{_S}num-format", "") or "", lvl.get(f"{_S}num-prefix", ""),
                                           lvl.get(f"{_S}num-suffix", ""),
                                           min(_count(lvl.get(f"{_T}start-value")), _MOST_START))
                    else:
                        levels[n] = _Level("")  # a bullet or an image: no number printed
            for st in root.iter(f"{_S}style"):
                if (ls_name := st.get(f"{_S}list-style-name")) and (p_name := st.get(f"{_S}name")):
                    self.by_paragraph[p_name] = ls_name

    def level(self, style: str, n: int) -> _Level:
        return self.levels.get(style, {}).get(n, _Level(""))


def _number(n: int, fmt: str) -> str:
    if not fmt:
        return ""
    if fmt[0] in "一壹":
        return chinese_number(n)
    if fmt[0] == "①":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt[0] in "aA":
        return chr(ord(fmt[0]) + (n - 1) % 26)
    if fmt[0] in "iI":
        return _roman(n, fmt[0] == "I")
    return str(n) if fmt[0].isdigit() else ""


def _roman(n: int, upper: bool) -> str:
    if n >= 4000:
        return str(n)
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out.upper() if upper else out


@dataclass
class BodyReader:
    styles: ListStyles
    lines: list[str] = field(default_factory=list)
    title: str | None = None
    counters: dict[str, list[int]] = field(default_factory=dict)  # list style → the count at each level
    budget: list[int] = field(default_factory=lambda: [MOST_CELLS])  # table cells the document may still write

    def blocks(self, parent: Any) -> None:
        for el in parent:
            tag = el.tag
            if not isinstance(tag, str) or tag in _GENERATED:
                continue
            if tag == f"{_T}h":
                self.paragraph(el, self._outline_label(el))
            elif tag == f"{_T}p":
                self.paragraph(el, "")
            elif tag == f"{_T}list":
                self.items(el, 1, el.get(f"{_T}style-name"))
            elif tag == f"{_TB}table":
                self.lines.extend(self.table(el))
            elif tag in (f"{_T}section", f"{_T}index-body", f"{_T}soft-page-break") or tag.startswith(_T):
                self.blocks(el)  # (a section's paragraphs, as the body's)

    def paragraph(self, p: Any, number: str) -> None:
        for frame in p.iter(f"{_D}text-box"):
            for inner in frame.iter(f"{_T}p", f"{_T}h"):
                if (t := paragraph_text(inner)):
                    self.lines.append(t)
        text = paragraph_text(p)
        style = p.get(f"{_T}style-name", "")
        if text and self.title is None and style.lower() == "title":
            self.title = text
        if text:
            self.lines.append(number + text)
        for note in p.iter(f"{_T}note"):
            body = note.find(f"{_T}note-body")
            if body is not None and (t := " ".join(x for q in body.iter(f"{_T}p") if (x := paragraph_text(q)))):
                self.lines.append(f"注：{t}")

    def items(self, el: Any, depth: int, style: str | None) -> None:
        name = style or el.get(f"{_T}style-name") or ""
        counts = self.counters.setdefault(name, [])
        continues = el.get(f"{_T}continue-numbering") == "true" or el.get(f"{_T}continue-list") is not None
        if depth == 1 and not continues:
            counts.clear()
        for item in el:
            if item.tag not in (f"{_T}list-item", f"{_T}list-header"):
                continue
            numbered = item.tag == f"{_T}list-item"
            for child in item:
                if child.tag in (f"{_T}p", f"{_T}h"):
                    label = ""
                    if numbered:
                        level_style = name or self.styles.by_paragraph.get(child.get(f"{_T}style-name", ""), "")
                        label = self._label(counts, depth, self.styles.level(level_style, depth), item)
                        numbered = False  # (an item's further paragraphs carry no number)
                    self.paragraph(child, label)
                elif child.tag == f"{_T}list":
                    self.items(child, depth + 1, child.get(f"{_T}style-name") or name)
                elif child.tag == f"{_TB}table":
                    self.lines.extend(self.table(child))

    def _outline_label(self, h: Any) -> str:
        """A heading's chapter number, where the outline style numbers its level ("第一章")."""
        depth = min(_count(h.get(f"{_T}outline-level")), 10)
        style = self.styles.level("__outline__", depth)
        if not style.fmt or h.get(f"{_T}is-list-header") == "true":
            return ""
        return self._label(self.counters.setdefault("__outline__", []), depth, style, h)

    def _label(self, counts: list[int], depth: int, level: _Level, item: Any) -> str:
        while len(counts) < depth:
            counts.append(level.start - 1 if len(counts) == depth - 1 else 0)
        del counts[depth:]
        start = item.get(f"{_T}start-value")
        counts[depth - 1] = min(_count(start), _MOST_START) if start else counts[depth - 1] + 1
        shown = _number(counts[depth - 1], level.fmt)
        return f"{level.prefix}{shown}{level.suffix}" if shown else ""

    def table(self, tbl: Any) -> list[str]:
        """One line per row, cells by tabs."""
        return ["\t".join(cells) for cells in table_cells(tbl, self.budget)]


_MOST_ROWS_REPEATED = 200  # times one row with text is written (a sheet's empty tail repeats "1048000")
MOST_CELLS = 200_000  # table cells one document writes at most, repeats counted (a small file repeating a row or a cell)
_MOST_COLUMNS = 16_384  # columns a table declares that are read (a spreadsheet's widest)
_HIDDEN = ("collapse", "filter")  # a row or column's table:visibility the reader of the page does not see


def table_cells(tbl: Any, budget: list[int] | None = None) -> list[list[str]]:
    """A table's rows as lists of cells: a cell spanning rows is written in each row it spans, one spanning
    columns once; a cell or row repeated (``number-columns-repeated``, ``number-rows-repeated``: how a
    spreadsheet writes equal neighbours) is written as many times; hidden rows and columns are left out. A
    cell's text is what it shows (its paragraphs), else its stored value. ``budget``: the cells the document may
    still write, spent here; past it the file is refused (a few bytes repeating a row a million times)."""
    budget = budget if budget is not None else [MOST_CELLS]
    hidden = _hidden_columns(tbl)
    rows: list[list[str]] = []
    # column → (text, rows it still covers below, the row it was written in)
    above: dict[int, tuple[str, int, int]] = {}
    for r, tr in enumerate(tbl.iter(f"{_TB}table-row")):
        if next(a for a in tr.iterancestors() if a.tag == f"{_TB}table") is not tbl:
            continue  # a row of a table nested in a cell (read with its cell)
        cells: list[str] = []
        column = 0
        for tc in tr:
            if tc.tag == f"{_TB}covered-table-cell":
                text, left, row = above.get(column, ("", 0, r))
                if row != r and left > 0:  # (not the columns a cell of this row spans)
                    above[column] = (text, left - 1, r)
                    if text and (not cells or cells[-1] != text) and column not in hidden:
                        cells.append(text)
                column += min(_count(tc.get(f"{_TB}number-columns-repeated")), _MOST_REPEATED)
                continue
            if tc.tag != f"{_TB}table-cell":
                continue
            text = _cell_text(tc)
            down = min(_count(tc.get(f"{_TB}number-rows-spanned")), 10_000)
            across = min(_count(tc.get(f"{_TB}number-columns-spanned")), _MOST_REPEATED)
            repeat = min(_count(tc.get(f"{_TB}number-columns-repeated")), _MOST_REPEATED)
            # (the columns a cell spans past its own are the covered cells that follow it in the row:
            # they move on one each)
            for c in range(column, column + max(across, repeat)):
                above[c] = (text, down - 1, r)
            shown = [c for c in range(column, column + repeat) if c not in hidden]
            column += repeat
            if text and shown:
                cells.extend([text] * (1 if across > 1 else len(shown)))
        if cells and tr.get(f"{_TB}visibility") not in _HIDDEN:
            times = min(_count(tr.get(f"{_TB}number-rows-repeated")), _MOST_ROWS_REPEATED)
            budget[0] -= times * len(cells)
            if budget[0] < 0:
                raise UnreadableFile("a table whose repeated rows and cells are too many to read as a document")
            rows.extend([cells] * times)
    return rows


def _hidden_columns(tbl: Any) -> set[int]:
    """The columns of a table its column declarations hide."""
    out: set[int] = set()
    at = 0
    for col in tbl.iter(f"{_TB}table-column"):
        if next(a for a in col.iterancestors() if a.tag == f"{_TB}table") is not tbl:
            continue
        n = min(_count(col.get(f"{_TB}number-columns-repeated")), _MOST_COLUMNS - at)
        if col.get(f"{_TB}visibility") in _HIDDEN:
            out.update(range(at, at + n))
        at += n
        if at >= _MOST_COLUMNS:
            break
    return out


def _cell_text(tc: Any) -> str:
    """What a cell shows: its paragraphs (a spreadsheet writes a number as formatted, "1658.40"), else the
    number it stores (a file written by a program without the shown text)."""
    text = join_cell([paragraph_text(p) for p in tc.iter(f"{_T}p", f"{_T}h")])
    if text:
        return text
    from index.readers.xlsx import number_text

    kind, value = tc.get(f"{_O}value-type"), tc.get(f"{_O}value")
    if kind in ("float", "currency", "percentage") and value:
        try:
            number = float(value)
        except ValueError:
            return ""
        return f"{number_text(number * 100)}%" if kind == "percentage" else number_text(number)
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}).*", tc.get(f"{_O}date-value") or "") if kind == "date" else None
    return f"{int(day[1])}年{int(day[2])}月{int(day[3])}日" if day else ""


def _count(value: str | None) -> int:
    """A count the XML states (a span, a repeat, a level), 1 where it states none or nonsense."""
    if not value or not value.isascii() or not value.isdecimal() or len(value) > 9:
        return 1
    return max(int(value), 1)

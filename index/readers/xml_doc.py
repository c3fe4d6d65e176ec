"""XML files that are documents, read with lxml (parsed without entities, the network or lifted limits).

- **Word 2003 XML** (WordprocessingML, ``<w:wordDocument>``), which many government systems still export
  under the ``.doc`` name: its body read as a Word file's is (``docx``: paragraphs a line each, a table one
  line per row with cells by tabs, a cell merged down written in every row it spans), its title from
  ``o:DocumentProperties``; headers and footers are not body text.
- **Excel 2003 XML** (SpreadsheetML, ``<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">``), which
  old 财政 systems export under the ``.xls`` name: each shown sheet's rows as an Excel file's are (``xlsx``: cells
  placed by ``ss:Index``, a cell merged down written in every row it spans, a number as its style's format shows
  it, a date as 2026年4月20日), a cell's comment as a line "批注：…" after its row; hidden rows, columns and sheets left out.
- **A flat OpenDocument file** (``.fodt``, ``.fods``, ``.fodp``: one XML holding what the package's parts
  would) read by the reader of its kind.
- **An export of records** (a 政府信息公开目录: ``<record>`` elements with ``<title>``, ``<wenhao>``,
  ``<youxiaoxing>``, a ``<zhengwen>`` of HTML in CDATA): the elements read as a JSON export's objects are
  (``json_records``): every one holding a body of Chinese text is a notice, its fields from their names.
- Any other XML: the text of its elements, one line each.

An XHTML page is not taken here: it is a web page; nor is an XML that is not well-formed (a saved page that
only opens like XML, a text declared in another code than it is written in): it is read as text or as a page.
"""

from __future__ import annotations

import re
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText, parse_xml

_WORD_2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
_AUX_2003 = "http://schemas.microsoft.com/office/word/2003/auxHint"
_OFFICE_DOC = "urn:schemas-microsoft-com:office:office"
_SS = "urn:schemas-microsoft-com:office:spreadsheet"
_EXCEL = "urn:schemas-microsoft-com:office:excel"
# the formats SpreadsheetML names, as the number formats they stand for
_NAMED_FORMATS = {"fixed": "0.00", "standard": "#,##0.00", "percent": "0.00%", "general number": "", "general": "",
                  "currency": "#,##0.00", "0": "0"}
_MOST_STYLE_DEPTH = 32  # parents a style's number format is looked up through
_MOST_SPAN = 16_384  # columns (and rows) a cell's index or merge may reach: Excel's own limit on columns
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MOST_ELEMENTS = 2_000_000  # elements an XML file is read for
_MOST_DEPTH = 64  # levels of elements turned into records
_XML_START_RE = re.compile(r"\s*<\?xml\b")
_NOT_TEXT = {"script", "style"}


def looks_like_xml(text: str) -> bool:
    """Whether a decoded text is an XML file (its declaration first)."""
    return _XML_START_RE.match(text[:256]) is not None


def read_xml(data: bytes, name: str) -> SourceText | None:
    """The document an XML file holds; None for an XHTML page (read as a web page)."""
    import lxml.etree

    # (counted before it is parsed: a few megabytes of empty elements would take gigabytes as a tree)
    if data.count(b"<") > _MOST_ELEMENTS:
        raise UnreadableFile(f"{name}: an XML file too large to read as a document")
    try:
        root = parse_xml(data)
    except (lxml.etree.XMLSyntaxError, ValueError):
        return None  # (not well-formed: a saved page that only opens like XML, or a text declared in the wrong code)
    if not isinstance(root.tag, str):
        return None
    qname = lxml.etree.QName(root)
    if qname.localname.lower() == "html":
        return None
    if qname.namespace == _WORD_2003 and qname.localname == "wordDocument":
        return _word_2003(root, name)
    if qname.namespace == _SS and qname.localname == "Workbook":
        return _excel_2003(root, name)
    if qname.namespace == _ODF_OFFICE and qname.localname == "document":
        return _flat_odf(root, name)
    records = _records(root, name)
    if records is not None:
        return records
    lines = [t for el in root.iter() if isinstance(el.tag, str) and lxml.etree.QName(el).localname not in _NOT_TEXT
             for piece in (el.text, el.tail) if (t := re.sub(r"\s+", " ", piece or "").strip())]
    if not lines:
        raise UnreadableFile(f"{name}: an XML file with no text in it")
    return SourceText(name=name, format="xml", text="\n".join(lines),
                      warnings=("an XML file of no known kind: the text of its elements read, one line each",))


def _word_2003(root: Any, name: str) -> SourceText:
    """A Word 2003 XML document: its tree renamed to the names of a .docx's body (the same elements under
    another namespace, ``vmerge`` spelled ``vMerge``) and read as the Word reader reads a body."""
    from index.readers.docx import paragraph_text, table_rows

    title_el = root.find(f"{{{_OFFICE_DOC}}}DocumentProperties/{{{_OFFICE_DOC}}}Title")
    body = root.find(f"{{{_WORD_2003}}}body")
    if body is None:
        raise UnreadableFile(f"{name}: a Word XML file with no body")
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag.startswith(f"{{{_WORD_2003}}}"):
            local = el.tag.split("}", 1)[1]
            el.tag = _W + ("vMerge" if local == "vmerge" else local)
            for key in list(el.attrib):
                if key.startswith(f"{{{_WORD_2003}}}"):
                    el.attrib[_W + key.split("}", 1)[1]] = el.attrib.pop(key)
    lines: list[str] = []
    for block in _blocks(body):
        if block.tag == f"{_W}p":
            if (t := paragraph_text(block)):
                lines.append(t)
        elif block.tag == f"{_W}tbl":
            lines.extend(table_rows(block))
    if not lines:
        raise UnreadableFile(f"{name}: the Word XML file contains no text")
    title = re.sub(r"\s+", " ", title_el.text or "").strip() if title_el is not None else ""
    return SourceText(name=name, format="doc-xml", text="\n".join(lines), title=title or None)


def _excel_2003(root: Any, name: str) -> SourceText:
    """An Excel 2003 XML workbook: its shown sheets read as an Excel file's are."""
    from index.readers.xlsx import MAX_CELLS, workbook_lines

    ss = f"{{{_SS}}}"
    formats = _style_formats(root)
    sheets: list[tuple[str, list[list[str]]]] = []
    budget = MAX_CELLS
    for ws in root.iter(f"{ss}Worksheet"):
        visible = ws.find(f"{{{_EXCEL}}}WorksheetOptions/{{{_EXCEL}}}Visible")
        if visible is not None and (visible.text or "").strip().lower().startswith("sheet"):
            continue  # SheetHidden, SheetVeryHidden
        table = ws.find(f"{ss}Table")
        if table is None:
            continue
        try:
            rows, budget = _sheet_2003(table, formats, budget)
        except UnreadableFile as exc:
            raise UnreadableFile(f"{name}: {exc}") from exc
        sheets.append((ws.get(f"{ss}Name") or "", rows))
    try:
        lines, title = workbook_lines(sheets, name)
    except UnreadableFile as exc:
        raise UnreadableFile(f"{name}: the Excel XML file contains no text") from exc
    title_el = root.find(f"{{{_OFFICE_DOC}}}DocumentProperties/{{{_OFFICE_DOC}}}Title")
    props = re.sub(r"\s+", " ", title_el.text or "").strip() if title_el is not None else ""
    return SourceText(name=name, format="xls-xml", text="\n".join(lines), title=title or props or None)


def _style_formats(root: Any) -> dict[str, str]:
    """Each style's number format (a style without one takes its parent's)."""
    ss = f"{{{_SS}}}"
    own: dict[str, str | None] = {}
    parent: dict[str, str] = {}
    for style in root.iter(f"{ss}Style"):
        sid = style.get(f"{ss}ID") or ""
        fmt = style.find(f"{ss}NumberFormat")
        value = fmt.get(f"{ss}Format") if fmt is not None else None
        own[sid] = _NAMED_FORMATS.get(value.lower(), value) if value is not None else None
        if style.get(f"{ss}Parent"):
            parent[sid] = style.get(f"{ss}Parent") or ""
    out: dict[str, str] = {}
    for sid in own:
        chain: list[str] = []
        cur = sid
        # (each style resolved once: a long chain of parents is walked once, not once per style)
        while own.get(cur) is None and cur in parent and cur not in out and len(chain) < _MOST_STYLE_DEPTH:
            chain.append(cur)
            cur = parent[cur]
        found = out[cur] if cur in out else (own.get(cur) or own.get("Default") or "")
        for k in (*chain, sid):
            out[k] = found
    return out


def _cell_value(data: Any) -> object:
    """A ``Data`` element's value, typed as its ``ss:Type`` says."""
    import datetime as dt

    text = "".join(data.itertext())
    kind = data.get(f"{{{_SS}}}Type") or "String"
    try:
        if kind == "Number":
            return float(text)
        if kind == "DateTime":
            return dt.datetime.fromisoformat(text.strip().rstrip("Z")[:19])
        if kind == "Boolean":
            return text.strip() in ("1", "true", "TRUE")
    except ValueError:
        pass
    return text


def _sheet_2003(table: Any, formats: dict[str, str], budget: int) -> tuple[list[list[str]], int]:
    """A SpreadsheetML table's shown rows as lists of printed cells (as ``xlsx.sheet_rows`` gives an Excel
    sheet's), its cells' comments as lines after their rows, and the cells left of the budget."""
    from index.readers.xlsx import add_cell, printed

    ss = f"{{{_SS}}}"

    def index(el: Any, default: int) -> int:
        try:
            at = int(el.get(f"{ss}Index") or default)
        except ValueError:
            return default
        return at if 1 <= at <= _MOST_SPAN else default

    def span(el: Any, key: str) -> int:
        try:
            return min(max(int(el.get(f"{ss}{key}") or 0), 0), _MOST_SPAN)
        except ValueError:
            return 0

    hidden_cols: set[int] = set()
    c = 0
    for col in table.findall(f"{ss}Column"):
        c = index(col, c + 1)
        last = c + span(col, "Span")
        if col.get(f"{ss}Hidden") == "1":
            hidden_cols.update(range(c, last + 1))
        c = last
    grid: dict[tuple[int, int], tuple[str, bool]] = {}  # (row, column) → (text, inside a merge)
    comments: dict[int, list[str]] = {}
    hidden_rows: set[int] = set()
    r = 0
    for row in table.findall(f"{ss}Row"):
        r = index(row, r + 1)
        if row.get(f"{ss}Hidden") == "1":
            hidden_rows.add(r)
        c = 0
        for cell in row.findall(f"{ss}Cell"):
            c = index(cell, c + 1)
            while (r, c) in grid and grid[(r, c)][1] and f"{ss}Index" not in cell.attrib:  # (under a merge from above)
                c += 1
            data = cell.find(f"{ss}Data")
            text = printed(_cell_value(data), formats.get(cell.get(f"{ss}StyleID") or "", "")) if data is not None else ""
            across, down = span(cell, "MergeAcross"), span(cell, "MergeDown")
            budget -= (across + 1) * (down + 1)
            if budget < 0:
                raise UnreadableFile("a sheet too large to read as a document")
            for rr in range(r, r + down + 1):
                for cc in range(c, c + across + 1):
                    grid[(rr, cc)] = (text, bool(across or down))
            note = cell.find(f"{ss}Comment")
            if note is not None:
                said = _comment_text(note, note.get(f"{ss}Author") or "")
                if said:
                    comments.setdefault(r, []).append(said)
            c += across
    columns: dict[int, list[int]] = {}
    for rr, cc in grid:
        columns.setdefault(rr, []).append(cc)
    out: list[list[str]] = []
    for rr in sorted(set(columns) | set(comments)):
        if rr in hidden_rows:
            continue
        cells: list[str] = []
        for cc in sorted(columns.get(rr, ())):
            if cc not in hidden_cols:
                text, merged = grid[(rr, cc)]
                add_cell(cells, text, merged and cc > 1 and grid.get((rr, cc - 1)) == (text, True))
        if cells:
            out.append(cells)
        out += [[f"批注：{said}"] for said in comments.get(rr, [])]
    return out, budget


def _comment_text(note: Any, author: str) -> str:
    """A comment's words, without the author's name Excel writes at its head ("市财政局农业科:")."""
    text = re.sub(r"[ \t]+", " ", "".join(note.itertext())).strip()
    head, _, rest = text.partition("\n")
    if author and head.strip().rstrip(":：") == author.strip():
        text = rest
    return re.sub(r"\s*\n\s*", "", text).strip()


def _blocks(parent: Any) -> Any:
    """The paragraphs and tables of a Word 2003 body in order: inside its sections (``wx:sect``,
    ``wx:sub-section``) too; a section's properties (its headers and footers) left out."""
    for el in parent:
        if not isinstance(el.tag, str):
            continue
        if el.tag in (f"{_W}p", f"{_W}tbl"):
            yield el
        elif el.tag.startswith(f"{{{_AUX_2003}}}") or el.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            yield from _blocks(el)


def _flat_odf(root: Any, name: str) -> SourceText:
    """A flat OpenDocument file, read as its package would be: its one XML stands for each part."""
    from index.readers.odp import odp_source
    from index.readers.ods import ods_source
    from index.readers.odt import odt_source

    mimetype = root.get(f"{{{_ODF_OFFICE}}}mimetype") or ""
    reader = ods_source if "spreadsheet" in mimetype else odp_source if "presentation" in mimetype else odt_source
    src = reader(root, root, root, name)
    return SourceText(name=name, format=f"f{src.format}", text=src.text, title=src.title, fields=src.fields,
                      warnings=src.warnings, removed=src.removed)


def _records(root: Any, name: str) -> SourceText | None:
    """The notices an export's elements hold (read as a JSON export's objects), or None where none holds a
    body of Chinese text."""
    from index.readers.json_records import records_source
    from index.readers.page_state import json_records

    records = json_records(_as_object(root, 0))
    return records_source(records, name, "xml", "an XML export") if records else None


def _as_object(el: Any, depth: int) -> Any:
    """An element as JSON would hold it: its text where it has no child elements, else an object of its
    children by name (a name repeated: a list), its attributes beside them."""
    import lxml.etree

    children = [c for c in el if isinstance(c.tag, str)]
    if not children or depth >= _MOST_DEPTH:
        return "".join(el.itertext()).strip() if children else (el.text or "").strip()
    if (el.text or "").strip() or any((c.tail or "").strip() for c in children):
        # text between its elements: a body of markup ("…<br/>二、补贴标准…"), kept as markup for the page reader
        return (el.text or "") + "".join(lxml.etree.tostring(c, encoding=str, with_tail=True) for c in children)
    out: dict[str, Any] = {k.split("}")[-1]: v for k, v in el.attrib.items()}
    listed: set[str] = set()  # names repeated: their values gathered in a list
    for child in children:
        key = lxml.etree.QName(child).localname
        value = _as_object(child, depth + 1)
        if key in listed:
            out[key].append(value)
        elif key in out:
            out[key] = [out[key], value]
            listed.add(key)
        else:
            out[key] = value
    return out

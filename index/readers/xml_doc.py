"""XML files that are documents, read with lxml (parsed without entities, the network or lifted limits).

- **Word 2003 XML** (WordprocessingML, ``<w:wordDocument>``), which many government systems still export
  under the ``.doc`` name: its body read as a Word file's is (``docx``: paragraphs a line each, a table one
  line per row with cells by tabs, a cell merged down written in every row it spans), its title from
  ``o:DocumentProperties``; headers and footers are not body text.
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

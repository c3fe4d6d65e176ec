"""Word files (.docx) read with python-docx, in document order.

Paragraphs become lines; a paragraph with automatic numbering gets its number printed the way
Word would show it (``一、``, ``（一）``, ``1.``), so numbered headings keep their grammar; tables
become one line per row with cells separated by tabs. Under tracked changes the accepted text is read
(insertions kept, deletions and moved-away text left out; comments are never read). A text box's
paragraphs are lines of their own before the paragraph that holds it. A footnote or endnote is read as a line
"注：…" after the paragraph or table that refers to it. Page headers and footers live outside the
body and are never read. A part merged in where it stands (``w:altChunk``: an HTML page pasted whole) is
read in its place; a content control still showing its placeholder text is not read. What a paragraph shows as a
picture but holds as data is read where it stands, after the paragraph's text: an embedded object (a pasted Excel
worksheet), a chart (its title, then its cached figures as a table: a header of "项目" and the series' names, a
row per category) and a SmartArt diagram (one line per step, its details after it: "农户申请：每年3月1日至5月31日
向村民委员会提出"). The title is the first paragraph in the Title style, else the file's core-property title.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText, join_cell
from index.readers.drawingml import CHART_URI, DIAGRAM_URI, Graphics, chart_lines, diagram_lines, parse_part

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CN_DIGITS = "零一二三四五六七八九"


def read_docx(data: bytes, name: str) -> SourceText:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(f"{name}: a damaged ZIP/Office file ({exc})") from exc
    if "word/document.xml" not in names:
        raise UnreadableFile(f"{name}: a ZIP package that is not a Word, Excel or OFD file (an OpenDocument file? "
                             "save it as .docx)")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    warnings: list[str] = []
    graphics = Graphics(warnings)  # (each chart or diagram part read once in the file)
    try:
        document = _open(docx, data, warnings, name)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise UnreadableFile(f"{name}: cannot open the Word file ({exc})") from exc
    numbering = _Numbering(document)
    notes = _notes(data)
    lines: list[str] = []
    title: str | None = None
    for block in _blocks(document.element.body):
        if block.tag == f"{_W}p":
            lines.extend(_textboxes(block))
            text = paragraph_text(block)
            style = _style(document, block)
            style_name = str(getattr(style, "name", "") or "").lower()
            if style_name == "title" and text and title is None:
                title = text
            number = numbering.label(block, style) if text else ""
            if text:
                lines.append(number + text)
            lines.extend(_embedded(document, block, name, warnings, graphics))
        elif block.tag == f"{_W}tbl":
            lines.extend(table_rows(block, numbering))
        elif block.tag == f"{_W}altChunk":
            lines.extend(_alt_chunk(document, block, name, warnings))
        # a footnote or endnote is read after the paragraph (or table) that refers to it, as the note
        # it is printed as ("注：集中充电设施是指…充电端口不少于20个…"): python-docx returns neither
        lines.extend(f"注：{notes[ref]}" for ref in _note_refs(block) if notes.get(ref))
    if not "".join(lines).strip():
        raise UnreadableFile(f"{name}: the Word file contains no text (a scanned image inside Word? save it as PDF)")
    core_title = (document.core_properties.title or "").strip()
    return SourceText(name=name, format="docx", text="\n".join(lines), title=title or core_title or None,
                      warnings=tuple(warnings))


_O = "{urn:schemas-microsoft-com:office:office}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _open(docx: Any, data: bytes, warnings: list[str], name: str) -> Any:
    """The python-docx document of ``data``. python-docx refuses a whole package for one part it names that is
    missing (a chart or a diagram whose part a tool left out): those links are dropped and the rest read, the
    missing parts named in ``warnings``."""
    try:
        return docx.Document(io.BytesIO(data))
    except KeyError:
        repaired, missing = _without_missing_parts(data, name)
        if not missing:
            raise
        warnings.extend(f"a part the file refers to is missing ({m}): left out" for m in missing)
        return docx.Document(io.BytesIO(repaired))


def _without_missing_parts(data: bytes, name: str) -> tuple[bytes, list[str]]:
    """The package with every internal relationship whose target part is not in the ZIP removed, and the
    missing parts' names."""
    import posixpath
    import urllib.parse

    import lxml.etree

    from index.readers import too_large

    missing: list[str] = []
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = set(src.namelist())
        left = _MOST_PACKAGE_BYTES
        for info in src.infolist():
            # (every member is unpacked here to be packed again: a ZIP bomb among them is refused before it is)
            if too_large(info, left):
                raise UnreadableFile(f"{name}: a part of the Word file unpacks far past its size; not read")
            left -= info.file_size
            blob = src.read(info.filename)
            if info.filename.endswith(".rels") and (root := parse_part(blob)) is not None:
                base = posixpath.dirname(posixpath.dirname(info.filename))  # word/_rels/x.rels → word
                for rel in list(root):
                    target = urllib.parse.unquote(rel.get("Target") or "")
                    if rel.get("TargetMode") == "External" or not target:
                        continue
                    path = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                              else posixpath.join(base, target))
                    if path not in names:
                        root.remove(rel)
                        missing.append(path)
                blob = lxml.etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            dst.writestr(info, blob)
    return out.getvalue(), missing


_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _embedded(document: Any, p: Any, name: str, warnings: list[str], graphics: Graphics) -> list[str]:
    """The text of what a paragraph shows as a picture but holds as data, in order and in its place: an object
    embedded in it (a table pasted as an Excel worksheet), a chart (its figures as a table) and a SmartArt
    diagram (its steps). The copies Word writes again for old readers (mc:Fallback) are not read twice."""
    out: list[str] = []
    for el in p.iter(f"{_O}OLEObject", f"{_A}graphicData"):
        # (nor what a recorded change deleted or moved away: a chart of the old figures in a w:del)
        if any(a.tag in _GONE for a in el.iterancestors()):
            continue
        if el.tag == f"{_O}OLEObject":
            out.extend(_ole_object(document, el, name, warnings))
        elif el.get("uri") == CHART_URI:
            out.extend(chart_lines(document.part, el, graphics))
        elif el.get("uri") == DIAGRAM_URI:
            out.extend(diagram_lines(document.part, el, graphics))
    return out


def _ole_object(document: Any, ole: Any, name: str, warnings: list[str]) -> list[str]:
    """An embedded object read by the reader its bytes call for (the worksheet is what the reader sees, not
    its picture in the page). One that cannot be read is named in ``warnings``; a linked object holds nothing."""
    from index.readers import nested_lines

    if ole.get("Type", "Embed") != "Embed":
        return []
    part = document.part.related_parts.get(ole.get(f"{_R}id") or "")
    if part is None:
        return []
    inner = str(part.partname).rsplit("/", 1)[-1]
    kind = ole.get("ProgID") or "object"
    src = _read_part(part.blob, name, inner, "object", f"an embedded {kind} ({inner})", warnings)
    if src is None:
        return []
    got = nested_lines(src)
    if got:
        warnings.append(f"an embedded {kind} ({inner}) read in its place")
        warnings.extend(f"{inner}: {w}" for w in src.warnings)
    return got


_MOST_PACKAGE_BYTES = 256 * 1024 * 1024  # a Word package unpacked at most, to drop its broken relationships


def _notes(data: bytes) -> dict[tuple[str, str], str]:
    """The footnotes and endnotes of a Word file by (kind, id), as text (separators left out)."""
    import lxml.etree

    out: dict[tuple[str, str], str] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for kind in ("footnote", "endnote"):
            try:
                root = lxml.etree.fromstring(z.read(f"word/{kind}s.xml"), parser=lxml.etree.XMLParser(resolve_entities=False))
            except (KeyError, lxml.etree.XMLSyntaxError):
                continue
            for note in root.iter(f"{_W}{kind}"):
                if note.get(f"{_W}type") in (None, "normal"):
                    text = " ".join(t for p in note.iter(f"{_W}p") if (t := paragraph_text(p)))
                    out[(kind, note.get(f"{_W}id") or "")] = text.strip()
    return out


def _note_refs(block: Any) -> list[tuple[str, str]]:
    """The footnotes and endnotes a paragraph or table refers to, in order."""
    return [("footnote" if ref.tag == f"{_W}footnoteReference" else "endnote", ref.get(f"{_W}id") or "")
            for ref in block.iter(f"{_W}footnoteReference", f"{_W}endnoteReference")]


def _blocks(body: Any) -> Any:
    """The body's paragraphs and tables in order, those inside content controls (w:sdt, a template's
    文号 or title field) and custom-XML blocks included."""
    for block in body.iterchildren():
        if _placeholder(block):
            continue
        if block.tag == f"{_W}sdt":
            content = block.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif block.tag == f"{_W}customXml":
            yield from _blocks(block)
        else:
            yield block


# What a reader of the printed page does not see: text deleted or moved away under tracked changes
# (the accepted text counts), the fallback copy of a drawing that Word writes twice, and a text box's
# own paragraphs (read as lines of their own by _textboxes).
_UNSEEN = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback", f"{_W}txbxContent"})
_GONE = _UNSEEN - {f"{_W}txbxContent"}  # an object inside one is not in the page (a text box's is)


def _seen(el: Any, tags: tuple[str, ...]) -> Any:
    """The descendants of ``el`` with one of ``tags``, outside the subtrees a reader does not see."""
    for child in el.iterchildren():
        if child.tag in _UNSEEN or _placeholder(child):
            continue
        if child.tag in tags:
            yield child
        yield from _seen(child, tags)


def _placeholder(el: Any) -> bool:
    """Whether an element is a content control still showing its placeholder ("单击或点击此处输入文字。"): a
    field the drafter left empty, whose words are the template's, not the notice's. (A control filled in by a
    tool that left the flag set shows its text: the placeholder is told by its style or its wording too.)"""
    if el.tag != f"{_W}sdt" or el.find(f"{_W}sdtPr/{_W}showingPlcHdr") is None:
        return False
    styled = any((s.get(f"{_W}val") or "").lower().startswith("placeholder") for s in el.iter(f"{_W}rStyle"))
    words = "".join(t.text or "" for t in el.iter(f"{_W}t"))
    return styled or not words.strip() or _PLACEHOLDER_WORDS.search(words) is not None


# what Word shows in an empty content control
_PLACEHOLDER_WORDS = re.compile(r"(?:单击|点击|单击或点击|单击或轻击)此处(?:以)?输入|选择一项|输入日期|Click (?:or tap )?here|"
                                r"Choose an item|enter (?:a )?(?:text|date)", re.I)


def _alt_chunk(document: Any, chunk: Any, name: str, warnings: list[str]) -> list[str]:
    """The lines of a part Word merges into the body where it stands (``w:altChunk``: an HTML, RTF or text
    file pasted as a whole, "插入文件中的文字"), read by the reader its bytes call for."""
    from index.readers import nested_lines

    part = document.part.related_parts.get(chunk.get(f"{_R}id") or "")
    if part is None or part is document.part:  # (the document merged into itself: read once)
        return []
    inner = str(part.partname).rsplit("/", 1)[-1]
    if "." not in inner:  # (the reader is chosen by the name's ending: name it by its content type)
        inner += {"text/html": ".htm", "application/rtf": ".rtf", "text/plain": ".txt"}.get(part.content_type, "")
    src = _read_part(part.blob, name, inner, "part", f"a merged part ({inner})", warnings)
    if src is None:
        return []
    warnings.extend(f"{inner}: {w}" for w in src.warnings)
    return nested_lines(src)


def _read_part(blob: bytes, name: str, inner: str, what: str, said: str, warnings: list[str]) -> SourceText | None:
    """A part of the Word package read as a file of its own ("doc.docx/afchunk.htm"), or None with the reason in
    ``warnings`` (``said``: how the warning names the part)."""
    from index.readers import read_nested, unread_note

    try:
        return read_nested(blob, f"{name}/{inner}", what)
    except UnreadableFile as exc:
        warnings.append(unread_note(said, f"{name}/{inner}", exc))
        return None


def _textboxes(p: Any) -> list[str]:
    """The paragraphs of the text boxes anchored in a paragraph (a 红头 set in a text box), each a line."""
    out: list[str] = []
    for box in p.iter(f"{_W}txbxContent"):
        if any(a.tag == f"{_MC}Fallback" for a in box.iterancestors()):
            continue  # the same box again, as VML for old readers
        out.extend(t for q in box.iter(f"{_W}p") if (t := paragraph_text(q)))
    return out


def paragraph_text(p: Any) -> str:
    out = []
    for node in _seen(p, (f"{_W}t", f"{_W}tab", f"{_W}br")):
        if node.tag == f"{_W}t":
            out.append(node.text or "")
        elif node.tag == f"{_W}tab":
            out.append(" ")
        else:
            out.append(" ")
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _style(document: Any, p: Any) -> Any:
    from docx.text.paragraph import Paragraph

    try:
        return Paragraph(p, document).style
    except (KeyError, ValueError, AttributeError):
        return None


def table_rows(tbl: Any, numbering: _Numbering | None = None) -> list[str]:
    """One line per row, cells by tabs. A cell merged down over several rows (w:vMerge) is written in
    every row it spans: a 完成时限 shared by three tasks belongs to each. A cell numbered by Word
    (a 序号 column of auto-numbered empty paragraphs) holds its printed number ("1."). A table inside a
    cell is part of that cell, its rows cells of the row ("保育教育费：全部免除…", "生活补助：每生每年1200元"),
    not rows of the table around it."""
    rows = []
    above: dict[int, str] = {}  # grid column → the text of the merge that started there
    for tr in _blocks(tbl):
        if tr.tag != f"{_W}tr" or tr.find(f"{_W}trPr/{_W}del") is not None:
            continue  # (table properties, or a row deleted under tracked changes)
        cells: list[str] = []
        column = 0
        for tc in _blocks(tr):
            if tc.tag != f"{_W}tc":
                continue
            span = tc.find(f"{_W}tcPr/{_W}gridSpan")
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            text = _cell_text(tc, numbering)
            if merge is not None and merge.get(f"{_W}val", "continue") == "continue" and not text:
                text = above.get(column, "")
            above[column] = text
            width = span.get(f"{_W}val", "1") if span is not None else "1"
            column += int(width) if width.isdecimal() else 1
            if text and (not cells or cells[-1] != text):  # a merged cell repeats its text
                cells.append(text)
        if cells:
            rows.append("\t".join(cells))
    return rows


def _cell_text(tc: Any, numbering: _Numbering | None) -> str:
    """A cell's paragraphs, then the rows of any table inside it, each a cell of its own (its cells
    joined by "："): a row of the outer table stays one line, its figures beside their labels."""
    paragraphs, inner = [], []
    for block in _blocks(tc):
        if block.tag == f"{_W}p":
            paragraphs.append((numbering.label(block) if numbering else "") + paragraph_text(block))
        elif block.tag == f"{_W}tbl":
            inner += [row.replace("\t", "：") for row in table_rows(block, numbering)]
    return "\t".join(t for t in (join_cell(paragraphs), *inner) if t)


class _Numbering:
    """Prints the automatic numbers of list paragraphs from numbering.xml (lvlText, numFmt, start)."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                txt = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                lv[int(lvl.get(f"{_W}ilvl") or 0)] = (
                    (fmt.get(f"{_W}val") if fmt is not None else "decimal") or "decimal",
                    (txt.get(f"{_W}val") if txt is not None else "") or "",
                    int((start.get(f"{_W}val") if start is not None else 1) or 1),
                )
            abstract[an.get(f"{_W}abstractNumId") or ""] = lv
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{_W}numId") or ""] = abstract.get(ref.get(f"{_W}val") or "", {})

    def label(self, p: Any, style: Any = None) -> str:
        """The printed number of a list paragraph (its own numbering, else its style's), or ""."""
        numpr = _num_pr(p)
        if numpr is None and style is not None:
            numpr = _num_pr(style.element)
        if numpr is None:
            return ""
        num_id_el, ilvl_el = numpr.find(f"{_W}numId"), numpr.find(f"{_W}ilvl")
        num_id = num_id_el.get(f"{_W}val") if num_id_el is not None else ""
        ilvl = int((ilvl_el.get(f"{_W}val") if ilvl_el is not None else 0) or 0)
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        counts = self.counters.setdefault(num_id or "", [0] * 9)
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, len(counts)):
            counts[deeper] = 0
        text = levels[ilvl][1]
        for k in range(ilvl + 1):
            fmt, _, start = levels.get(k, ("decimal", "", 1))
            value = counts[k] + start - 1 if k == ilvl else max(counts[k], 1) + start - 1
            text = text.replace(f"%{k + 1}", _format(value, fmt))
        return text if fmt_is_text(levels[ilvl][0]) else ""


def _num_pr(el: Any) -> Any:
    ppr = el.find(f"{_W}pPr")
    return ppr.find(f"{_W}numPr") if ppr is not None else None


def fmt_is_text(fmt: str) -> bool:
    return fmt not in ("bullet", "none")


def _format(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified"):
        return chinese_number(n)
    if fmt == "decimalEnclosedCircleChinese" or fmt == "decimalEnclosedCircle":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    return str(n)


def chinese_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)

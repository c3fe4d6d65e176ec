"""OpenDocument presentations (.odp: LibreOffice Impress, WPS and other 信创 suites), such as a
department's 政策解读 slides, read with lxml as the PowerPoint reader reads a deck.

Slide by slide (``draw:page``): the title first, then the other frames where they stand on the slide
(top to bottom, then left to right, by their ``svg:y``/``svg:x``, not their order in the XML; a group's
shapes in their own order at the group's place); a text box read as an OpenDocument text is (its
paragraphs and numbered lists, ``odt.BodyReader``), a table frame one line per row with cells by tabs; then
the slide's speaker notes (``presentation:notes``), which often say what the slide leaves out. Footer,
page-number and date frames, the master page's footer and a short text at the same place on most slides
are running furniture (``pptx.deck_lines``): reported as removed, not read. Pictures are counted, not read.
"""

from __future__ import annotations

import re
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText
from index.readers.odt import NS, BodyReader, ListStyles, is_odt, meta_title, package_parts, paragraph_text
from index.readers.pptx import Slide, deck_lines, first_title

_PRESENTATION_TYPES = ("application/vnd.oasis.opendocument.presentation",
                       "application/vnd.oasis.opendocument.presentation-template")
_P = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
_SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_D = f"{{{NS['draw']}}}"
_FURNITURE = {"footer", "page-number", "date-time", "header"}  # presentation:class of running frames
_BAND_CM = 0.6  # frames whose tops lie within this of each other are read left to right
_MOST_SHAPES = 5_000  # shapes one slide is read for (a file of a million empty frames is not)
_UNITS = {"cm": 1.0, "mm": 0.1, "in": 2.54, "pt": 2.54 / 72, "pc": 2.54 / 6, "px": 2.54 / 96}
_SHAPES = {f"{_D}{t}" for t in ("frame", "custom-shape", "rect", "ellipse", "polygon", "path", "line", "connector",
                                "caption", "circle", "regular-polygon", "measure")}


def is_odp(data: bytes, names: set[str] | None) -> bool:
    """Whether a ZIP is an OpenDocument presentation (or its template)."""
    return is_odt(data, names, _PRESENTATION_TYPES)


def read_odp(data: bytes, name: str) -> SourceText:
    return odp_source(*package_parts(data, name, "OpenDocument presentation"), name)


def odp_source(content: Any, styles: Any, meta: Any, name: str) -> SourceText:
    """The slides' text from the parsed parts (a package's, or a flat ``.fodp`` file's one XML)."""
    body = content.find("office:body/office:presentation", NS)
    if body is None:
        raise UnreadableFile(f"{name}: an OpenDocument presentation with no slides")
    lists = ListStyles([content, styles])
    reader = BodyReader(lists)  # (one for the deck: its table cells share one budget)
    slides: list[Slide] = []
    pictures = 0
    try:
        for page in body.iterfind("draw:page", NS):
            blocks: Slide = []
            for place, kind, shape in _shapes(page, ()):
                if shape.find(f"{_D}image") is not None and shape.find(f"{_D}text-box") is None:
                    pictures += 1
                    continue
                lines = _lines(shape, reader)
                if lines:
                    blocks.append((place, kind, lines))
            notes = page.find(f"{{{_P}}}notes")
            if notes is not None:
                said = [ln for frame in notes.iter(f"{_D}frame") if frame.get(f"{{{_P}}}class") == "notes"
                        for ln in _lines(frame, reader)]
                if said:
                    blocks.append(((1 << 62, 0.0), "notes", said))
            slides.append(blocks)
    except UnreadableFile as exc:
        raise UnreadableFile(f"{name}: {exc}") from exc
    lines, removed = deck_lines(slides)
    if not "".join(lines).strip():
        raise UnreadableFile(f"{name}: the slides contain no text (pictures only? save them as PDF to have them read)")
    removed += [("slide footer", t) for t in _master_furniture(content, styles)]
    warnings = (f"{pictures} picture(s) on the slides not read",) if pictures else ()
    title = first_title(slides) or meta_title(meta)
    return SourceText(name=name, format="odp", text="\n".join(lines), title=title or None,
                      warnings=warnings, removed=tuple(dict.fromkeys(removed)))


def _shapes(parent: Any, group: tuple[float, ...]) -> list[tuple[Any, str, Any]]:
    """The slide's shapes with the place each is read at ((band of its top, its left), or its group's place
    and its order inside the group) and its kind ("title", "body" or "furniture")."""
    out: list[tuple[Any, str, Any]] = []
    for k, el in enumerate(parent):
        if len(out) >= _MOST_SHAPES:
            break
        if not isinstance(el.tag, str):
            continue
        y, x = _position(el)
        own = (round(y / _BAND_CM), x)
        here = (*group, k) if group else own
        if el.tag == f"{_D}g":
            out.extend(_shapes(el, here if group else (*own, 0)))
        elif el.tag in _SHAPES:
            cls = el.get(f"{{{_P}}}class") or ""
            kind = "title" if cls == "title" else "furniture" if cls in _FURNITURE else "body"
            out.append((here, kind, el))
    return out


def _lines(shape: Any, reader: BodyReader) -> list[str]:
    """A shape's text: its text box's paragraphs, lists and tables, or the table the frame holds, or the
    paragraphs a drawn shape holds itself."""
    start = len(reader.lines)
    for child in shape:
        if child.tag == f"{_D}text-box":
            reader.blocks(child)
        elif child.tag == f"{{{NS['table']}}}table":
            reader.lines.extend(reader.table(child))
        elif child.tag in (f"{{{NS['text']}}}p", f"{{{NS['text']}}}list"):
            reader.blocks([child])
    lines = [t for t in reader.lines[start:] if t]
    del reader.lines[start:]
    return lines


_TRANSLATE = re.compile(r"translate\s*\(\s*([-\d.]+\w*)[\s,]+([-\d.]+\w*)\s*\)")


def _position(el: Any, depth: int = 0) -> tuple[float, float]:
    """Where a shape stands on the slide, (top, left) in centimetres: its ``svg:y``/``svg:x``; a rotated shape's
    ``draw:transform`` translation; a group's top-most shape (LibreOffice writes no place for a group)."""
    if el.get(f"{{{_SVG}}}y") is not None or el.get(f"{{{_SVG}}}x") is not None:
        return _length(el.get(f"{{{_SVG}}}y")), _length(el.get(f"{{{_SVG}}}x"))
    if (m := _TRANSLATE.search(el.get(f"{_D}transform") or "")) is not None:
        return _length(m.group(2)), _length(m.group(1))
    if el.tag == f"{_D}g" and depth < 8:
        inside = [_position(c, depth + 1) for c in el if isinstance(c.tag, str) and (c.tag in _SHAPES or c.tag == el.tag)]
        return min(inside, default=(0.0, 0.0))
    return 0.0, 0.0


def _length(value: str | None) -> float:
    """A length the XML states ("3.800cm", "12mm", "1in"), in centimetres; 0 where it states none."""
    m = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*(cm|mm|in|pt|pc|px)?\s*", value or "")
    return float(m.group(1)) * _UNITS[m.group(2) or "cm"] if m else 0.0


def _master_furniture(content: Any, styles: Any) -> list[str]:
    """The footers the deck declares (``presentation:footer-decl``) and the text of its master pages' frames
    (a department's name, a page-number field): shown on every slide, not its content."""
    out = [t for root in (content, styles) if root is not None
           for decl in root.iter(f"{{{_P}}}footer-decl", f"{{{_P}}}header-decl") if (t := (decl.text or "").strip())]
    if styles is not None:
        for page in styles.iter(f"{{{NS['style']}}}master-page"):
            for frame in page.iter(f"{_D}frame"):
                out.extend(t for p in frame.iter(f"{{{NS['text']}}}p") if (t := paragraph_text(p)))
    return list(dict.fromkeys(out))

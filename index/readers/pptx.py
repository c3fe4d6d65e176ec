"""PowerPoint files (.pptx), such as a department's 政策解读 slides, read with python-pptx.

Slide by slide: the title first, then the shapes in reading order (top to bottom, then left to right;
a group's shapes in their own order at the group's place), each paragraph of a text frame a line, a
table one line per row with cells by tabs (a merged cell's text in every row it spans, as the Word
reader does), then the slide's speaker notes. Footer, slide-number and date placeholders, and a short
text that stands at the same place on most slides (a department's name on every page), are running
furniture: reported as removed, not read. A chart is read in its place as its title and its cached figures as a
table, a SmartArt diagram as its steps (``index.readers.drawingml``, as the Word reader reads them). Pictures are
not read; the report warns how many the slides hold.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText, join_cell
from index.readers.drawingml import CHART_URI, DIAGRAM_URI, Graphics, chart_lines, diagram_lines

_FURNITURE_MOST = 40  # characters: a longer text is content even when it repeats
_ROW_BAND = 36  # a slide's height in bands: shapes whose tops share a band are read left to right


def read_pptx(data: bytes, name: str) -> SourceText:
    """One deck's text, slide by slide; raises UnreadableFile where it holds none. A shape python-pptx
    cannot read (ink, a shape without geometry) is left out with a warning, not the deck."""
    import pptx
    from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

    try:
        deck = pptx.Presentation(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise UnreadableFile(f"{name}: cannot open the PowerPoint file ({type(exc).__name__})") from exc
    height = int(deck.slide_height or 6858000)
    furniture_types = {PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE}
    slides: list[list[tuple[Any, str, list[str]]]] = []  # per slide: (place, kind, lines)
    pictures = 0
    unread: list[int] = []
    warnings: list[str] = []  # (what a chart or a diagram was read as, or why not)
    graphics = Graphics(warnings)
    for number, slide in enumerate(deck.slides, start=1):
        blocks: list[tuple[Any, str, list[str]]] = []
        skipped: list[bool] = []
        try:
            shapes = list(_shapes(slide.shapes, height, unread=skipped))
        except _SHAPE_ERRORS:
            shapes, skipped = [], [True]
        if skipped:
            unread.append(number)
        for place, shape in shapes:
            try:
                if shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
                    pictures += 1
                    continue
                kind = "body"
                if shape.is_placeholder:
                    ph_type = shape.placeholder_format.type
                    if ph_type in furniture_types:
                        kind = "furniture"
                    elif ph_type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
                        kind = "title"
                if getattr(shape, "has_table", False):
                    block = _table_rows(shape.table)
                elif (graphic := _graphic_data(shape)) is not None:
                    block = _graphic_lines(slide.part, graphic, graphics)
                else:
                    block = _frame_lines(shape)
                    if kind == "body":
                        block = _bullets(block)
            except _SHAPE_ERRORS:
                unread.append(number)
                continue
            if block:
                blocks.append((place, kind, block))
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = _bullets(_paragraphs(slide.notes_slide.notes_text_frame))
            if notes:
                blocks.append(((1 << 62, 0), "notes", notes))
        slides.append(blocks)
    lines, removed = deck_lines(slides)
    if not "".join(lines).strip():
        raise UnreadableFile(f"{name}: the slides contain no text (pictures only? save them as PDF to have them read)")
    said = ((f"{pictures} picture(s) on the slides not read",) if pictures else ()) + (
        (f"a shape on slide(s) {', '.join(map(str, dict.fromkeys(unread)))} could not be read",) if unread else ())
    said += tuple(dict.fromkeys(warnings))
    core = (deck.core_properties.title or "").strip()
    title = first_title(slides) or ("" if _DEFAULT_TITLE.search(core) else core)
    return SourceText(name=name, format="pptx", text="\n".join(lines), title=title or None,
                      warnings=said, removed=tuple(dict.fromkeys(removed)))


Slide = list[tuple[Any, str, list[str]]]  # a slide's blocks: (place, kind, lines), kind "title", "body", "notes", "furniture"


def deck_lines(slides: list[Slide]) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines of a deck's slides (each slide's title first, then its blocks by place, its notes last),
    and what was left out as a running footer or a slide number, as (why, text)."""
    repeated = _repeated_texts(slides)
    numbered = _number_places(slides)
    lines: list[str] = []
    removed: list[tuple[str, str]] = []
    for blocks in slides:
        ordered = sorted(blocks, key=lambda b: (b[1] != "title", b[0]))
        for place, kind, block in ordered:
            text = " ".join(block)
            if kind == "furniture" or (kind == "body" and text in repeated):
                removed.append(("slide footer", text))
                continue
            if kind == "body" and place in numbered and _PAGE_NUMBER_RE.fullmatch(text):
                removed.append(("slide number", text))
                continue
            lines.extend(block)
    return lines, removed


# What python-pptx raises on a shape it does not model (ink placed in the shape tree, a shape without geometry)
_SHAPE_ERRORS = (AttributeError, NotImplementedError, KeyError, ValueError, TypeError)
# A file's own title left as the program set it
_DEFAULT_TITLE = re.compile(r"PowerPoint|演示文稿|幻灯片|Presentation|^无标题|^Untitled", re.I)


def _shapes(shapes: Any, height: int, place: tuple[int, ...] | None = None,
            unread: list[bool] | None = None) -> Any:
    """Each leaf shape with the place it is read at: (band of its top, left[, order inside its group]).
    A shape python-pptx cannot model is skipped, and ``unread`` told, not the rest of the slide (the
    collection's own iterator would stop at it: its elements are taken one by one here)."""
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    band = max(height // _ROW_BAND, 1)
    for k, element in enumerate(shapes._iter_member_elms()):
        try:
            shape = shapes._shape_factory(element)
            own = (int(shape.top or 0) // band, int(shape.left or 0))
            group = shape.shape_type == MSO_SHAPE_TYPE.GROUP
        except _SHAPE_ERRORS:
            if unread is not None:
                unread.append(True)
            continue
        here = (*place, k) if place is not None else own
        if group:
            yield from _shapes(shape.shapes, height, here, unread)
        else:
            yield here, shape


_GRAPHIC_DATA = "{http://schemas.openxmlformats.org/drawingml/2006/main}graphicData"


def _graphic_data(shape: Any) -> Any:
    """A graphic frame's chart or SmartArt diagram (its ``a:graphicData``), or None."""
    if not shape.element.tag.endswith("}graphicFrame"):
        return None
    graphic = next(shape.element.iter(_GRAPHIC_DATA), None)
    return graphic if graphic is not None and graphic.get("uri") in (CHART_URI, DIAGRAM_URI) else None


def _graphic_lines(owner: Any, graphic: Any, graphics: Graphics) -> list[str]:
    """What a slide's chart ("各县区补助标准见下图") or SmartArt (an 办理流程) says, read as the Word reader reads it."""
    if graphic.get("uri") == CHART_URI:
        return chart_lines(owner, graphic, graphics)
    return diagram_lines(owner, graphic, graphics)


_BULLET_LEAST = 20  # characters: a shorter line without clauses is a label, a heading or a name ("三、补助标准")
_ENDED = ("。", "；", "！", "？", "…", "：", ":", ";", "!", "?", "，", ",", "、")


def _bullets(lines: list[str]) -> list[str]:
    """A slide's bullet points as sentences: each a statement of its own, though a slide prints it without a 。
    ("自2026年7月1日起施行，有效期至2028年12月31日" is not run into the next bullet); headings, names, dates and labelled
    lines ("城区：拨打民政局服务热线") as they are."""
    return [ln + "。" if (len(ln) >= _BULLET_LEAST or "，" in ln) and not ln.endswith(_ENDED) and "\t" not in ln
            and not re.search(r"[：:]", ln[:8]) else ln for ln in lines]


def _frame_lines(shape: Any) -> list[str]:
    if not getattr(shape, "has_text_frame", False):
        return []
    return _paragraphs(shape.text_frame)


def _paragraphs(frame: Any) -> list[str]:
    out = []
    for p in frame.paragraphs:
        text = re.sub(r"\s+", " ", "".join(r.text for r in p.runs) or p.text or "").strip()
        if text:
            out.append(text)
    return out


def _table_rows(table: Any) -> list[str]:
    """One line per row, cells by tabs; a merged cell's text in each row it spans, once per row (equal
    neighbouring cells that are not one merge stay apart)."""
    n_rows, n_cols = len(table.rows), len(table.columns)
    grid: list[list[tuple[str, int]]] = [[("", -1)] * n_cols for _ in range(n_rows)]  # (text, its cell)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            if cell.is_spanned or c >= n_cols:
                continue
            text = join_cell(_paragraphs(cell.text_frame))
            down = cell.span_height if cell.is_merge_origin else 1
            across = cell.span_width if cell.is_merge_origin else 1
            for rr in range(r, min(r + down, n_rows)):
                for cc in range(c, min(c + across, n_cols)):
                    grid[rr][cc] = (text, r * n_cols + c)
    rows = []
    for line in grid:
        cells = [text for k, (text, origin) in enumerate(line) if text and (k == 0 or line[k - 1][1] != origin)]
        if cells:
            rows.append("\t".join(cells))
    return rows


def _on_most_slides(slides: list[list[tuple[Any, str, list[str]]]], key: Any) -> set[Any]:
    """The keys (``key`` of a body block's place and text, None for none) that most slides, three at
    least, show: what a deck draws on every slide is furniture."""
    if len(slides) < 3:
        return set()
    seen: Counter[Any] = Counter()
    for blocks in slides:
        seen.update({k for place, kind, lines in blocks if kind == "body"
                     and (k := key(place, " ".join(lines))) is not None})
    return {k for k, n in seen.items() if n >= max(3, (len(slides) + 1) // 2)}


def _repeated_texts(slides: list[list[tuple[Any, str, list[str]]]]) -> set[str]:
    """Short texts at one place on most slides: a running footer drawn as a text box."""
    return {text for _place, text in _on_most_slides(
        slides, lambda place, text: (place, text) if len(text) <= _FURNITURE_MOST else None)}


_PAGE_NUMBER_RE = re.compile(r"(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*/\s*\d{1,3})?|[-—–]\s*\d{1,3}\s*[-—–]")


def _number_places(slides: list[list[tuple[Any, str, list[str]]]]) -> set[Any]:
    """Places where most slides show a bare number: a slide number drawn as a text box."""
    return _on_most_slides(slides, lambda place, text: place if _PAGE_NUMBER_RE.fullmatch(text) else None)


def first_title(slides: list[Slide]) -> str:
    for blocks in slides:
        for _place, kind, lines in blocks:
            if kind == "title":
                return " ".join(lines)
    return ""

"""The OCR edge: RapidOCR (PaddleOCR PP-OCRv4 Chinese models inside the PyPI wheel, onnxruntime on
the CPU). Loaded lazily once per process; nothing is downloaded."""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Sequence
from typing import Any

from index.docnumber import mend_doc_numbers
from index.errors import UnreadableFile

_ENGINE: Any = None
_LOCK = threading.Lock()
MAX_SIDE = 2400  # pixels; larger scans are scaled down (OCR time grows with the area)


def _engine(name: str) -> Any:
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            try:
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as exc:  # pragma: no cover - the dependency is part of the install
                raise UnreadableFile(f"{name}: needs OCR, but the OCR engine (rapidocr-onnxruntime) is not installed") from exc
            _ENGINE = RapidOCR()
        return _ENGINE


def ocr_lines(image: Any, name: str, notes: list[str] | None = None) -> list[str]:
    """Printed lines of a PIL image, top to bottom; boxes on one baseline are joined left to right. What is left
    unread (the foot of a screenshot too long) is said in ``notes``."""
    import numpy as np

    img = image.convert("RGB")
    if img.height > _TALL * img.width:
        return [mend_doc_numbers(line) for line in group_lines(_strips_read(img, _engine(name), notes))]
    scale = min(1.0, MAX_SIDE / max(img.size))
    if scale < 1.0:
        img = img.resize((max(1, int(img.width * scale)), max(1, int(img.height * scale))))
    engine = _engine(name)
    pixels = np.asarray(img)
    result, _ = engine(pixels)
    if sideways(result or []):  # a page photographed or scanned on its side, without an EXIF tag
        turned = np.asarray(img.rotate(90, expand=True))
        again, _ = engine(turned)
        if again and not sideways(again):
            pixels, result = turned, again
    result = result or []
    if _upside_down(engine, pixels, result):
        # each line was read upright (the engine turns a line by 180° itself), but the page's lines
        # come bottom to top: put the boxes where they stand on the page turned upright
        h, w = pixels.shape[:2]
        result = [[[[w - x, h - y] for x, y in points], text, score] for points, text, score in result]
    return [mend_doc_numbers(line) for line in group_lines(result)]


_TALL = 2.5  # an image this many times taller than wide is a phone's long screenshot: read in strips
_STRIP = 1.2  # a strip's height, in widths
_OVERLAP = 0.15  # how far strips overlap, in widths (more than a line of text at a phone's size)
_MOST_STRIPS = 60


def _strips_read(img: Any, engine: Any, notes: list[str] | None = None) -> list[Any]:
    """The text boxes of a long screenshot (1080 × 8000 pixels), read strip by strip at a size the text stays
    legible at (scaled whole to MAX_SIDE, its lines would be a few pixels high): each box where it stands on the
    whole image, a line cut by a strip's edge taken from the strip that holds it whole (each strip keeps the boxes
    centred in its share: from half the overlap below its top to half the overlap below the next strip's top, so the
    shares meet exactly). At most _MOST_STRIPS strips; the rest is said in ``notes``."""
    import numpy as np

    scale = min(1.0, MAX_SIDE / img.width)
    if scale < 1.0:
        img = img.resize((max(1, int(img.width * scale)), max(1, int(img.height * scale))))
    width, height = img.size
    strip = max(2, int(width * _STRIP))
    overlap = min(strip - 1, max(1, int(width * _OVERLAP)))
    step = strip - overlap
    out: list[Any] = []
    for k, top in enumerate(range(0, height, step)):
        if k >= _MOST_STRIPS:
            if notes is not None:
                notes.append(f"a long image read to {top} of its {height} pixels (the rest not read)")
            break
        bottom = min(height, top + strip)
        result, _ = engine(np.asarray(img.crop((0, top, width, bottom))))
        low = top + overlap // 2 if top else 0
        high = top + step + overlap // 2 if bottom < height else height
        for points, text, score in result or []:
            centre = top + sum(p[1] for p in points) / len(points)
            if low <= centre < high:
                out.append([[[x, y + top] for x, y in points], text, score])
        if bottom >= height:
            break
    return out


def _upside_down(engine: Any, pixels: Any, result: list[Any]) -> bool:
    """Most of the page's longest lines, cut out as they stand, are classified as turned by 180°."""
    widest = sorted(result, key=lambda r: -(max(p[0] for p in r[0]) - min(p[0] for p in r[0])))[:9]
    crops = []
    for points, _text, _score in widest:
        x0, x1 = int(max(0, min(p[0] for p in points))), int(max(p[0] for p in points))
        y0, y1 = int(max(0, min(p[1] for p in points))), int(max(p[1] for p in points))
        if x1 - x0 > 2 * (y1 - y0) > 0:
            crops.append(pixels[y0:y1, x0:x1])
    if len(crops) < 3:
        return False
    try:
        _, labels, _ = engine.text_cls(crops)
    except (AttributeError, TypeError, ValueError):  # another engine version: keep the order read
        return False
    flipped = sum(1 for label, score in labels if str(label) == "180" and float(score) > 0.8)
    return flipped > len(crops) / 2


def sideways(result: list[Any]) -> bool:
    """Most text boxes standing upright (taller than wide by far): the lines run down the image."""
    tall = 0
    for points, _text, _score in result:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        tall += (max(ys) - min(ys)) > 2 * (max(xs) - min(xs))
    return len(result) >= 3 and tall > len(result) / 2


_Box = tuple[float, float, float, float, str]  # top, bottom, left, right, text


def group_lines(result: list[Any]) -> list[str]:
    """Join OCR boxes ``[points, text, score]`` into lines by vertical overlap. Boxes of one line set
    far apart (a gap wider than a character, the line's height: the cells of a table without rules, two
    issuers' names side by side) are joined by a tab, as the other readers write a table's cells; near ones are joined as
    one run of text. A page set in two columns (a gazette's) is read column by column: the left column's lines, then
    the right's, between the lines that run across both (a title over both, the running head)."""
    boxes = _level_boxes(result)
    gutter = _gutter(boxes)
    if gutter is None:
        return _lines(boxes)
    left, right = gutter
    # (the page's first and last lines run across it too where they stand on both sides: a running head's
    # title and issue, a foot's page number and date)
    # (set apart from the columns by more than their line spacing: a column's own first and last lines, level with
    # each other on a page without a head, stay in their columns)
    rows = _rows(boxes)
    tops = [sum(b[0] for b in row) / len(row) for row in rows]
    gaps = sorted(b - a for a, b in itertools.pairwise(tops))
    spacing = gaps[len(gaps) // 2] if gaps else 0.0
    apart = [k for k, gap in ((0, tops[1] - tops[0]), (len(rows) - 1, tops[-1] - tops[-2])) if gap > 1.5 * spacing] \
        if len(rows) > 2 else []
    ends = {id(b) for k in apart for b in rows[k]
            if min(x[3] for x in rows[k]) <= left and max(x[2] for x in rows[k]) >= right}
    out: list[str] = []
    band: list[_Box] = []
    across: list[_Box] = []
    for box in sorted(boxes, key=lambda b: (b[0] + b[1]) / 2):
        if (box[2] < left and box[3] > right) or id(box) in ends:  # it crosses the gutter
            if band:
                out += _lines([b for b in band if b[3] <= right]) + _lines([b for b in band if b[3] > right])
                band = []
            across.append(box)
            continue
        if across:
            out += _lines(across)
            across = []
        band.append(box)
    out += _lines(across) + _lines([b for b in band if b[3] <= right]) + _lines([b for b in band if b[3] > right])
    return out


def _level_boxes(result: list[Any]) -> list[_Box]:
    """The boxes as (top, bottom, left, right, text), each line's slant taken out."""
    # A page photographed at an angle has its lines slanting: each is read level once the page is
    # sheared back by the slope of its lines (the median of the long boxes' top and bottom edges),
    # else a short line's box falls within the slanting span of the line above.
    slope = _slope(result)
    boxes = []
    for points, text, _score in result:
        ys = [p[1] for p in points]
        xs = [p[0] for p in points]
        if not slope or len(points) != 4:
            boxes.append((min(ys), max(ys), min(xs), max(xs), str(text)))
            continue
        # a box's height is its own edges' (a short word's box may come level on a slanting page), its
        # middle taken where the page sheared back puts it
        height = ((points[3][1] - points[0][1]) + (points[2][1] - points[1][1])) / 2
        mid = sum(ys) / 4 - slope * sum(xs) / 4
        boxes.append((mid - height / 2, mid + height / 2, min(xs), max(xs), str(text)))
    return boxes


_COLUMN_MIN_BOXES = 6  # lines a column holds, at the least, for a page to be read as two
_COLUMN_FILL = 0.6  # how much of its column's width the median line of each column fills
_COLUMN_CHARS = 6  # characters the median line of each column holds, at the least (not a table's labels)
_CROSSING_SHARE = 0.2  # of the page's boxes, the most that may run across the gutter (titles, running heads)


def _gutter(boxes: Sequence[_Box]) -> tuple[float, float] | None:
    """The gap between two columns of text, as (left edge, right edge), or None for a page of one column or a
    table. A gutter lies in the middle half of the text's width, is crossed by few boxes and is at least half a
    character wide; on each side of it stand lines that fill their column's width and hold several characters (a
    column of text, not a table's short labels) and start at its left edge (or two characters in: a paragraph's
    first line)."""
    if len(boxes) < 2 * _COLUMN_MIN_BOXES:
        return None
    lo, hi = min(b[2] for b in boxes), max(b[3] for b in boxes)
    height = sorted(b[1] - b[0] for b in boxes)[len(boxes) // 2]
    width = int(hi - lo) + 1
    if width < 8 * height:
        return None
    cover = [0] * (width + 1)
    for b in boxes:
        cover[int(b[2] - lo)] += 1
        cover[int(b[3] - lo)] -= 1
    allowed = int(_CROSSING_SHARE * len(boxes))
    best: tuple[float, float] | None = None
    run = 0
    level = 0
    for x in range(width):
        level += cover[x]
        run = run + 1 if level <= allowed else 0
        start = x - run + 1
        if run and width // 4 <= start + run / 2 <= 3 * width // 4 and (best is None or run > best[1] - best[0]):
            best = (lo + start, lo + x + 1)
    if best is None or best[1] - best[0] < height / 2:
        return None
    sides = ([x for x in boxes if x[3] <= best[0]], [x for x in boxes if x[2] >= best[1]])
    for side in sides:
        if len(side) < _COLUMN_MIN_BOXES:
            return None
        edge, end = min(x[2] for x in side), max(x[3] for x in side)
        widths = sorted(x[3] - x[2] for x in side)
        if widths[len(widths) // 2] < max(_COLUMN_FILL * (end - edge), _COLUMN_CHARS * height):
            return None
        if sum(x[2] - edge <= 2.5 * height for x in side) < 0.6 * len(side):
            return None
    return best


def _rows(boxes: Sequence[_Box]) -> list[list[_Box]]:
    """Boxes grouped by vertical overlap, top to bottom."""
    boxes = sorted(boxes, key=lambda b: ((b[0] + b[1]) / 2, b[2]))
    lines: list[list[_Box]] = []
    for box in boxes:
        mid = (box[0] + box[1]) / 2
        if lines:
            cur = lines[-1]
            top = sum(b[0] for b in cur) / len(cur)
            bottom = sum(b[1] for b in cur) / len(cur)
            if top <= mid <= bottom:
                cur.append(box)
                continue
        lines.append([box])
    return lines


def _lines(boxes: Sequence[_Box]) -> list[str]:
    """Boxes joined into lines, top to bottom, by vertical overlap."""
    out = []
    for line in _rows(boxes):
        line.sort(key=lambda b: b[2])
        height = sorted(b[1] - b[0] for b in line)[len(line) // 2]
        text = line[0][4]
        for before, box in itertools.pairwise(line):
            text += ("\t" if box[2] - before[3] > height else "") + box[4]
        out.append(mend_marks(text.strip()))
    return [t for t in out if t]


_LEVEL = 0.01  # a slope below this (a scan fed straight) is read as level


def _slope(result: list[Any]) -> float:
    """The median slope of the long text boxes' top and bottom edges (boxes as [top-left, top-right,
    bottom-right, bottom-left]); 0 for a page whose lines run level."""
    slopes = []
    for points, _text, _score in result:
        if len(points) != 4:
            continue
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
        dx = (x1 - x0 + x2 - x3) / 2
        height = (y3 - y0 + y2 - y1) / 2
        if dx > 3 * max(height, 1):  # a line's box, not a character's
            slopes.append((y1 - y0 + y2 - y3) / 2 / dx)
    if len(slopes) < 3:
        return 0.0
    m = sorted(slopes)[len(slopes) // 2]
    return m if abs(m) >= _LEVEL else 0.0


_STOP_RE = re.compile(r"(?<=[\u4e00-\u9fff）》”])[°º](?=$|[\u4e00-\u9fff“《（])")


_MIXED_BRACKETS_RE = re.compile(r"（([^（）()]{1,12})\)|\(([^（）()]{1,12})）")


def mend_marks(line: str) -> str:
    """Punctuation the recogniser takes for look-alikes in Chinese text: 丶 (a radical no notice
    uses) for 、, a degree sign after a character for 。, a bracket half-width on one side only."""
    line = _STOP_RE.sub("。", line.replace("丶", "、"))
    # a bracket read half-width on one side only: "第（二)项" is "第（二）项"
    return _MIXED_BRACKETS_RE.sub(lambda m: f"（{m.group(1) or m.group(2)}）", line)

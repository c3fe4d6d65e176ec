"""The OCR edge: RapidOCR (PaddleOCR PP-OCRv4 Chinese models inside the PyPI wheel, onnxruntime on
the CPU). Loaded lazily once per process; nothing is downloaded."""

from __future__ import annotations

import itertools
import re
import threading
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


def ocr_lines(image: Any, name: str) -> list[str]:
    """Printed lines of a PIL image, top to bottom; boxes on one baseline are joined left to right."""
    import numpy as np

    img = image.convert("RGB")
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


def group_lines(result: list[Any]) -> list[str]:
    """Join OCR boxes ``[points, text, score]`` into lines by vertical overlap. Boxes of one line set
    far apart (a gap wider than a character, the line's height: the cells of a table without rules, two
    issuers' names side by side) are joined by a tab, as the other readers write a table's cells; near ones are joined as
    one run of text."""
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
    boxes.sort(key=lambda b: ((b[0] + b[1]) / 2, b[2]))
    lines: list[list[tuple[float, float, float, float, str]]] = []
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
    out = []
    for line in lines:
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


def mend_marks(line: str) -> str:
    """Punctuation the recogniser takes for look-alikes in Chinese text: 丶 (a radical no notice
    uses) for 、, a degree sign after a character for 。."""
    return _STOP_RE.sub("。", line.replace("丶", "、"))

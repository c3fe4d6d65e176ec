"""The OCR edge: RapidOCR (PaddleOCR PP-OCRv4 Chinese models inside the PyPI wheel, onnxruntime on
the CPU). Loaded lazily once per process; nothing is downloaded."""

from __future__ import annotations

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
    result, _ = _engine(name)(np.asarray(img))
    return [mend_doc_numbers(line) for line in group_lines(result or [])]


def group_lines(result: list[Any]) -> list[str]:
    """Join OCR boxes ``[points, text, score]`` into lines by vertical overlap."""
    boxes = []
    for points, text, _score in result:
        ys = [p[1] for p in points]
        xs = [p[0] for p in points]
        boxes.append((min(ys), max(ys), min(xs), str(text)))
    boxes.sort(key=lambda b: ((b[0] + b[1]) / 2, b[2]))
    lines: list[list[tuple[float, float, float, str]]] = []
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
    return ["".join(b[3] for b in sorted(line, key=lambda b: b[2])).strip() for line in lines if line]

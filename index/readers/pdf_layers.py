"""Optional content (layers) a PDF hides when it opens.

A PDF may draw text in optional-content groups ("layers", ISO 32000 §8.11): a 征求意见稿's figures kept in a
layer switched off, a draft's deleted clause, a 水印 layer. PDFium's text layer gives every character whatever
its layer, so the draft's "每亩补助45元" would be read beside the final "每亩补助50元" drawn at the same place.
What a reader sees is what the page shows when it opens: a layer is hidden where taking its text objects off
the page changes nothing PDFium renders (PDFium renders with the document's default layer settings, its
``/OCProperties /D``, nested and policy-driven memberships included), so no catalog need be parsed here.

Written by hand on pypdfium2's raw bindings (page objects, their marked-content marks, rendering).
"""

from __future__ import annotations

import ctypes
from typing import Any

_MOST_LAYERS = 64  # layers tried on one page (each costs a render at 72 dpi, a few milliseconds)
_FORM_DEPTH = 4  # form XObjects inside form XObjects looked into
_MOST_OBJECTS = 20000  # page objects looked at on one page
_SCALE = 1.0  # renders compared at 72 dpi: a glyph's removal changes pixels at any size text is printed


def _utf16(fn: Any, *args: Any) -> bytes | None:
    """A string PDFium writes as UTF-16LE into a buffer (raw bytes, without the closing NUL); None where it
    has none."""
    size = ctypes.c_ulong()
    buf = (ctypes.c_ushort * 256)()
    if not fn(*args, buf, ctypes.sizeof(buf), ctypes.byref(size)):
        return None
    return bytes(buf)[:max(min(size.value, ctypes.sizeof(buf)) - 2, 0)]


def _layer_of(obj: Any) -> bytes | None:
    """The optional-content group a page object is drawn in (its ``/OC`` mark's group name, as bytes), or None."""
    import pypdfium2.raw as pdfium_c

    for j in range(min(pdfium_c.FPDFPageObj_CountMarks(obj), 16)):
        mark = pdfium_c.FPDFPageObj_GetMark(obj, j)
        if mark and _utf16(pdfium_c.FPDFPageObjMark_GetName, mark) == "OC".encode("utf-16le"):
            return _utf16(pdfium_c.FPDFPageObjMark_GetParamStringValue, mark, b"Name") or b"?"
    return None


def _address(obj: Any) -> int:
    return ctypes.cast(obj, ctypes.c_void_p).value or 0


def _texts_in(obj: Any, depth: int = 0) -> list[Any]:
    """The text objects an object draws: itself, or those of a form XObject (nested ones too, a few levels down);
    invisible text (render mode 3, an OCR layer's) aside: it is read whatever the layer, as the page's text is."""
    import pypdfium2.raw as pdfium_c

    kind = pdfium_c.FPDFPageObj_GetType(obj)
    if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
        invisible = pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
        return [] if invisible else [obj]
    if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH:
        return [t for j in range(min(pdfium_c.FPDFFormObj_CountObjects(obj), _MOST_OBJECTS))
                for t in _texts_in(pdfium_c.FPDFFormObj_GetObject(obj, j), depth + 1)]
    return []


def _text_layers(page: Any) -> dict[bytes, tuple[list[int], set[int]]]:
    """The page's objects drawing text by the layer they are drawn in: their indices among the page's objects, and
    the text objects they draw (a form XObject's inside it), by address."""
    import pypdfium2.raw as pdfium_c

    layers: dict[bytes, tuple[list[int], set[int]]] = {}
    for i in range(min(pdfium_c.FPDFPage_CountObjects(page.raw), _MOST_OBJECTS)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
        texts = _texts_in(obj)
        if not texts:
            continue
        layer = _layer_of(obj)
        if layer is not None:
            indices, drawn = layers.setdefault(layer, ([], set()))
            indices.append(i)
            drawn.update(_address(t) for t in texts)
    return layers


def _shown(data: bytes, index: int, objects: list[int], baseline: Any) -> bool:
    """Whether taking the given objects off page ``index`` (of a fresh copy of the document) changes what it
    renders: whether they are seen."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    copy = pdfium.PdfDocument(data)
    try:
        page = copy[index]
        taken = [pdfium_c.FPDFPage_GetObject(page.raw, i) for i in objects]
        for obj in taken:
            if pdfium_c.FPDFPage_RemoveObject(page.raw, obj):
                pdfium_c.FPDFPageObj_Destroy(obj)
        return bool((page.render(scale=_SCALE).to_numpy() != baseline).any())
    finally:
        copy.close()


def hidden_chars(data: bytes, index: int, page: Any, textpage: Any) -> frozenset[int]:
    """The characters of page ``index``'s text layer (indices in ``textpage``) drawn in a layer the PDF does not
    show when it opens; empty where the page has no layers or all are shown."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    layers = _text_layers(page)
    if not layers:
        return frozenset()
    copy = pdfium.PdfDocument(data)
    try:
        baseline = copy[index].render(scale=_SCALE).to_numpy()
    finally:
        copy.close()
    hidden: set[int] = set()
    for objects, drawn in list(layers.values())[:_MOST_LAYERS]:
        if not _shown(data, index, objects, baseline):
            hidden.update(drawn)
    if not hidden:
        return frozenset()
    return frozenset(i for i in range(textpage.count_chars())
                     if _address(pdfium_c.FPDFText_GetTextObject(textpage.raw, i)) in hidden)

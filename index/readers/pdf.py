"""PDF files read with pypdfium2 (Google's PDFium).

PDFium is chosen over pypdf/pdfminer for Chinese: it maps CID fonts to Unicode through their
ToUnicode and built-in CJK CMaps reliably and keeps reading order, it is fast, and the same
library renders pages to images, which scanned pages need for OCR. A page with (almost) no text
layer is rendered and read by OCR. Lines repeated at the top or bottom of most pages (running
headers, footers, page numbers) are removed and reported.
"""

from __future__ import annotations

import re
from collections import Counter

from index.errors import UnreadableFile
from index.readers import SourceText
from index.tables import tabbed_table_lines

MIN_PAGE_CHARS = 20  # fewer characters than this in a page's text layer: treat as a scan
MAX_PAGES = 2000
_DIGITS_RE = re.compile(r"\d+")
_WS_RE = re.compile(r"\s+")


def read_pdf(data: bytes, name: str) -> SourceText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableFile(f"{name}: the PDF is password-protected; add an unprotected copy") from exc
        raise UnreadableFile(f"{name}: not a readable PDF ({exc})") from exc
    try:
        n = len(pdf)
        if n == 0:
            raise UnreadableFile(f"{name}: the PDF has no pages")
        pages: list[list[str]] = []
        ocr_pages = 0
        for i in range(min(n, MAX_PAGES)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = textpage.get_text_range() or ""
            lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
            lines = tabbed_table_lines([ln for ln in lines if ln])
            if len(_WS_RE.sub("", "".join(lines))) < MIN_PAGE_CHARS:
                from index.readers.ocr import ocr_lines

                image = page.render(scale=200 / 72).to_pil()
                ocr = ocr_lines(image, name)
                if ocr:
                    ocr_pages += 1
                    lines = ocr
            pages.append(lines)
    finally:
        pdf.close()
    pages, removed = strip_running_lines(pages)
    text = "\n".join("\n".join(p) for p in pages)
    if not _WS_RE.sub("", text):
        raise UnreadableFile(f"{name}: no text could be read from the PDF (blank pages, or OCR found nothing)")
    warnings: list[str] = []
    fmt = "pdf"
    if ocr_pages:
        fmt = "pdf-ocr"
        warnings.append(f"OCR used on {ocr_pages} of {len(pages)} pages; check 文号 and figures")
    if n > MAX_PAGES:
        warnings.append(f"only the first {MAX_PAGES} of {n} pages were read")
    return SourceText(name=name, format=fmt, text=text, warnings=tuple(warnings),
                      removed=tuple(("running page header/footer repeated across pages", r) for r in removed))


def strip_running_lines(pages: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """Remove lines printed at the top or bottom (2 lines each) of at least half the pages (3 or more).

    Page numbers vary, so digits are compared as one symbol: "— 3 —" and "— 4 —" are the same line.
    """
    if len(pages) < 3:
        return pages, []
    def key(s: str) -> str:
        return _DIGITS_RE.sub("#", _WS_RE.sub("", s))

    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {key(s) for s in lines[:2] + lines[-2:]}
        counts.update(edge)
    need = max(3, (len(pages) + 1) // 2)
    running = {k for k, c in counts.items() if c >= need and k}
    out: list[list[str]] = []
    removed: list[str] = []
    for lines in pages:
        keep = []
        for j, s in enumerate(lines):
            at_edge = j < 2 or j >= len(lines) - 2
            if at_edge and key(s) in running:
                removed.append(s)
            else:
                keep.append(s)
        out.append(keep)
    return out, removed

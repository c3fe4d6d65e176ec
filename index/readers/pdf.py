"""PDF files read with pypdfium2 (Google's PDFium).

PDFium is chosen over pypdf/pdfminer for Chinese: it maps CID fonts to Unicode through their
ToUnicode and built-in CJK CMaps reliably and keeps reading order, it is fast, and the same
library renders pages to images, which scanned pages need for OCR. A page with (almost) no text
layer, or with a text layer that is not text (a font embedded without its Unicode map), is rendered
and read by OCR. Lines repeated at the top or bottom of most pages (running
headers, footers, page numbers) are removed and reported.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from index.errors import UnreadableFile
from index.headings import ATTACHMENT_HEAD_RE
from index.readers import SourceText
from index.readers.pdf_booklet import halves, in_page_order
from index.readers.pdf_forms import has_form, with_form_values
from index.readers.pdf_layers import hidden_chars
from index.readers.pdf_tables import Columns, Run, Table, find_columns, find_tables, level_text, page_runs
from index.tables import tab_header, tabbed_table_lines
from index.titles import nospace

# "附件：…", "附件2-" before an attached file's name
ATTACHMENT_NAME_RE = re.compile(r"^附件\s*[0-9一二三四五六七八九十]*\s*[:：\-—_.、]?\s*")

MIN_PAGE_CHARS = 20  # fewer characters than this in a page's text layer: treat as a scan
MAX_PAGES = 2000
_DIGITS_RE = re.compile(r"\d+")
_WS_RE = re.compile(r"\s+")


def read_pdf(data: bytes, name: str) -> SourceText:
    """The PDF's pages, then the files embedded in it (its 附件, as an OA system exports a 公文)."""
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
        ocr_pages = form_values = 0
        forms = has_form(pdf)
        if forms:
            pdf.init_forms()  # (before any page is loaded)
        table: Table | None = None  # the table the page before ended with
        split = 0  # pages read as two halves (a booklet printed two-up)
        tilted = 0  # pages with text set at a slant (a watermark, a seal) left out
        layered = 0  # pages with text in a layer the PDF hides when it opens, left out
        hidden_text: list[str] = []
        for i in range(min(n, MAX_PAGES)):
            page = pdf[i]
            textpage = page.get_textpage()
            w, h = page.get_size()
            two = halves(textpage, w, h, sheets=n) if page.get_rotation() == 0 and not forms else None
            if two is not None:
                split += 1
                pages.extend(tabbed_table_lines(h) for h in two)
                continue
            hidden = hidden_chars(data, i, page, textpage)
            if hidden:
                layered += 1
                hidden_text.append(_hidden_text(textpage, hidden))
            text, askew = level_text(textpage, hidden)
            tilted += askew > 0
            lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
            lines = tabbed_table_lines([ln for ln in lines if ln])
            rotation = page.get_rotation()
            width, height = page.get_size()  # (as shown: a page turned by 90° or 270° swaps them)
            stored = (height, width) if rotation in (90, 270) else (width, height)
            lines, table = _by_position(functools.partial(page_runs, textpage, rotation, stored, hidden), lines, table,
                                        pdfium.PdfiumError)
            if forms:
                lines, n_values = with_form_values(pdf, page, textpage, lines)
                form_values += n_values
            if len(_WS_RE.sub("", "".join(lines))) < MIN_PAGE_CHARS or garbled("".join(lines)):
                from index.readers.ocr import ocr_lines

                image = page.render(scale=200 / 72).to_pil()
                ocr = ocr_lines(image, name)
                if ocr:
                    ocr_pages += 1
                    lines = ocr
            pages.append(lines)
        portfolio = _portfolio(data)
        inside, notes = _attachments(pdf, name, portfolio)
    finally:
        pdf.close()
    if split:
        ordered = in_page_order(pages) if len(pages) == 2 * split else None  # (every sheet read two-up)
        pages = ordered or pages
        notes.append(f"{split} sheets printed two pages up, read half by half"
                     + (", in the order of their page numbers" if ordered else ""))
    pages, removed = strip_running_lines(pages)
    cover: list[str] = []
    if inside and len(pages) <= _COVER_PAGES and portfolio:
        # a PDF portfolio (a 包 of files): its page only asks for a viewer that shows the files it holds
        cover = [ln for p in pages for ln in p]
        pages = []
        notes.append("a PDF portfolio: the files it holds were read, its cover page left out")
    text = "\n".join("\n".join(p) for p in pages + inside)
    if not _WS_RE.sub("", text):
        raise UnreadableFile(f"{name}: no text could be read from the PDF (blank pages, or OCR found nothing)")
    warnings: list[str] = list(notes)
    fmt = "pdf"
    if tilted:
        warnings.append(f"text set at a slant (a watermark or a seal) left out on {tilted} page{'s' if tilted > 1 else ''}")
    if layered:
        warnings.append(f"text in a layer hidden when the PDF opens (optional content: a draft, a note) left out on "
                        f"{layered} page{'s' if layered > 1 else ''}")
    if form_values:
        warnings.append(f"{form_values} values read from the form's fields (not printed on its pages)")
    if ocr_pages:
        fmt = "pdf-ocr"
        warnings.append(f"OCR used on {ocr_pages} of {len(pages)} pages; check 文号 and figures")
    if n > MAX_PAGES:
        warnings.append(f"only the first {MAX_PAGES} of {n} pages were read")
    return SourceText(name=name, format=fmt, text=text, warnings=tuple(warnings),
                      removed=(*(("running page header/footer repeated across pages", r) for r in removed),
                               *(("a PDF portfolio's cover page", c) for c in cover),
                               *(("a layer hidden when the PDF opens", t) for t in hidden_text)))


def _hidden_text(textpage: Any, hidden: frozenset[int]) -> str:
    """The text a hidden layer holds, as the report shows what was left out."""
    return "".join(textpage.get_text_range(i, 1) for i in sorted(hidden)).strip()[:_HIDDEN_SHOWN]


_HIDDEN_SHOWN = 300  # characters of a hidden layer shown in the report


# A PDF portfolio's catalog names its collection ("/Collection <<…>>" or a reference to one); its cover
# is a page or two
_PORTFOLIO_RE = re.compile(rb"/Collection\s*(?:<<|\d+\s+\d+\s+R)")
_ROOT_RE = re.compile(rb"/Root\s+(\d{1,10})\s+(\d{1,5})\s+R")
_CATALOG_MOST = 4096  # bytes of a catalog object read for its collection


def _portfolio(data: bytes) -> bool:
    """Whether the PDF's catalog (the object its trailer's /Root names, as written in the file) names a collection:
    the same words inside an attached file or a page's stream make no portfolio."""
    for number, generation in dict.fromkeys(_ROOT_RE.findall(data)):
        for obj in re.finditer(rb"(?<![\d])" + number + rb"\s+" + generation + rb"\s+obj\b", data):
            body = data[obj.end():obj.end() + _CATALOG_MOST]
            end = body.find(b"endobj")
            if _PORTFOLIO_RE.search(body[:end if end >= 0 else len(body)]):
                return True
    return False
_COVER_PAGES = 2
_MOST_ATTACHMENTS = 20
_EXTENSION_RE = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _attachments(pdf: Any, name: str, portfolio: bool = False) -> tuple[list[list[str]], list[str]]:
    """The files embedded in the PDF (``/EmbeddedFiles``: the 任务分工表 an OA system attaches as an .xlsx),
    each read by the reader its bytes call for and printed after the pages as the notice prints its
    附件: the mark "附件" (numbered where there are several), its title, its text. Warnings: what was read,
    what could not be. The files of a ``portfolio`` are no 附件 of its cover: each is marked only as its
    own name marks it ("附件1：…测算表.xlsx"), the notice among them not at all."""
    import pypdfium2 as pdfium

    from index.readers import nested_lines, read_nested, unread_note

    count = pdf.count_attachments()
    out: list[list[str]] = []
    notes: list[str] = []
    for i in range(min(count, _MOST_ATTACHMENTS)):
        inner, label = f"attachment{i + 1}", f"{name}/attachment{i + 1}"
        try:
            try:
                attachment = pdf.get_attachment(i)
                inner = (attachment.get_name() or inner).strip() or inner
                label = f"{name}/{inner}"
                data = bytes(attachment.get_data())
            except (pdfium.PdfiumError, OSError, ValueError) as exc:  # (a damaged file specification)
                raise UnreadableFile(f"{label}: the attached file cannot be taken out of the PDF") from exc
            src = read_nested(data, label, "attachment")
        except UnreadableFile as exc:
            notes.append(unread_note(inner, label, exc))
            continue
        lines = nested_lines(src)
        if not lines:
            notes.append(f"{inner}: not read (no text)")
            continue
        mark = f"附件{len(out) + 1}" if count > 1 else "附件"
        if portfolio:
            named = ATTACHMENT_NAME_RE.match(inner)
            mark = re.sub(r"[\s:：\-—_.、]+$", "", named.group(0)) if named and named.group(0).strip() else ""
        title = _EXTENSION_RE.sub("", ATTACHMENT_NAME_RE.sub("", inner)).strip()
        head = [] if ATTACHMENT_HEAD_RE.match(lines[0].strip()) or not mark else [mark]
        if title and mark and not any(nospace(title) == nospace(ln) for ln in lines[:3]):
            head.append(title)
        out.append(head + lines)
        notes.append(f"{inner}: a file of the PDF portfolio" if portfolio
                     else f"{inner}: a file attached inside the PDF, read as its {mark}")
        notes.extend(f"{inner}: {w}" for w in src.warnings)
    if count > _MOST_ATTACHMENTS:
        notes.append(f"only the first {_MOST_ATTACHMENTS} of {count} files attached inside the PDF were read")
    return out, notes


_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# What a font without its Unicode map gives: private-use code points, replacement marks, control
# characters, and Latin letters with accents where Chinese glyphs were drawn ("ÄãºÃ").
_GARBAGE_RE = re.compile(r"[\ue000-\uf8ff\ufffd\x00-\x08\x0e-\x1f\u00c0-\u024f]")
_SYMBOL_RE = re.compile(r"[!-/:-@\[-`{-~]")


def garbled(text: str) -> bool:
    """A text layer that is not the page's text: a font embedded without its map to Unicode, or an
    invisible OCR layer of noise. The page is then read by OCR instead."""
    chars = _WS_RE.sub("", text)
    if len(chars) < MIN_PAGE_CHARS:
        return False
    if len(_CJK_RE.findall(chars)) >= 0.2 * len(chars):
        return False
    junk = len(_GARBAGE_RE.findall(chars))
    symbols = len(_SYMBOL_RE.findall(chars))  # glyph numbers read as codes: "#$%&'()*+"
    return junk > 0.3 * len(chars) or (junk > 0.1 * len(chars) and junk + symbols > 0.5 * len(chars))


def _by_position(runs_of_page: Callable[[], list[Run]], lines: list[str], before: Table | None,
                 pdfium_error: type[Exception]) -> tuple[list[str], Table | None]:
    """The page's lines read by where PDFium's character boxes stand (``lines_by_position``)."""
    try:
        return lines_by_position(lines, runs_of_page, before)
    except pdfium_error:
        return lines, None


def lines_by_position(lines: list[str], runs_of_page: Callable[[], list[Run]],
                      before: Table | None) -> tuple[list[str], Table | None]:
    """The page's lines with what is read by where its words stand (its runs, read once a page and only
    where its text suggests it): a ruled table whose rows run over several lines (going on from
    ``before``, the table the page before ended with), and two columns of text the text layer gives
    line by line across ("1．…； 1．…；"), each column whole. With the table the page ends with. Where the
    runs cannot be read, the lines as given."""
    wants_tables = before is not None or any(_may_head(ln) for ln in lines)
    if not wants_tables and not any(_ACROSS.search(ln) for ln in lines):
        return lines, None
    read = lines
    try:
        runs = runs_of_page()
        tables = find_tables(runs, before) if wants_tables else []
        for t in tables:
            read = _with_rows(read, t)
        if any(_ACROSS.search(ln) for ln in read):
            for c in find_columns(runs):
                read = _column_by_column(read, c)
    except (ValueError, IndexError, TypeError, ZeroDivisionError, OverflowError):
        return lines, None
    return read, tables[-1] if tables else None


# A line holding two items side by side: "1．《创业担保贷款申请表》； 1．《小微企业创业担保贷款申请表》；"
_ACROSS = re.compile(r"^\s*(?:\d{1,2}\s*[．.、]|[一二三四五六七八九十]、).{2,60}?[；;。]\s+(?:\d{1,2}\s*[．.、]|[一二三四五六七八九十]、)")


def _column_by_column(lines: list[str], cols: Columns) -> list[str]:
    """The page's lines with those that run across the two columns (holding a run of each) replaced by
    the left column's lines, then the right's; only where three or more do."""
    left = [_WS_RE.sub("", r.text) for r in cols.left]
    right = [_WS_RE.sub("", r.text) for r in cols.right]
    squashed = [_WS_RE.sub("", ln) for ln in lines]
    held = [j for j, ln in enumerate(squashed) if any(t and t in ln for t in left + right)]
    across = [j for j in held if any(t in squashed[j] for t in left) and any(t in squashed[j] for t in right)]
    if len(across) < 3:
        return lines
    lo, hi = min(held), max(held)
    if hi - lo + 1 > 2 * len(left + right):
        return lines  # (the columns' words found far apart: not this block)
    return lines[:lo] + [r.text for r in cols.left] + [r.text for r in cols.right] + lines[hi + 1:]


def _may_head(line: str) -> bool:
    """Whether a text line may print a table's header (three or more short labels, perhaps with the
    first row after them): worth reading the page by position."""
    cells = line.split()
    return len(cells) >= 3 and tab_header("\t".join(cells[:3])) is not None


_COVERED = 0.5  # a line this much of whose text is the table's words prints the table
_GAP_LINES = 2  # lines of other text the table's lines may run past (a "续表" mark, a page header)


_LONG_CELL_TEXT = 8  # a cell's text this long is the table's wherever a line holds it


def _apart(line: str, text: str) -> bool:
    """Whether a line holds a text set apart by spaces or the line's ends ("1 编制布局规划 …")."""
    return re.search(r"(?:^|\s)" + r"\s*".join(map(re.escape, text)) + r"(?:\s|$)", line) is not None


def _with_rows(lines: list[str], table: Table) -> list[str]:
    """The page's lines that print the table (a run of lines mostly made of its words, from its header's
    line on) replaced by its rows, cells apart by tabs; other lines among them (a "续表" mark) kept
    before."""
    texts = [t for run in table.runs if len(t := _WS_RE.sub("", run.text)) >= 2 and not t.isdigit()]
    pieces = {_WS_RE.sub("", run.text) for run in table.runs}
    squashed = [_WS_RE.sub("", ln) for ln in lines]

    def covered(j: int) -> bool:
        # (a short word of a cell counts where it stands apart on the line, not inside a prose line:
        # "长治市民政局 长治市财政局关于提" under a table whose cells say "市民政局", "市财政局"; a piece
        # of a cell wrapped onto a line of its own, "料", is the table's)
        if squashed[j] in pieces:
            return True
        return sum(len(t) for t in texts if t in squashed[j] and (len(t) >= _LONG_CELL_TEXT or _apart(lines[j], t))
                   ) >= _COVERED * len(squashed[j])

    first = _WS_RE.sub("", table.header[0]) if table.header else ""
    lo = next((j for j in range(len(lines)) if covered(j) and first in squashed[j]), None)
    if lo is None:
        return lines
    hi, j = lo, lo + 1
    while j < len(lines) and j - hi <= _GAP_LINES + 1:
        if covered(j):
            hi = j
        j += 1
    kept = [lines[j] for j in range(lo, hi + 1) if not covered(j)]
    rows = ([] if table.header is None else ["\t".join(table.header)]) + ["\t".join(r) for r in table.rows]
    return lines[:lo] + kept + rows + lines[hi + 1:]


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

"""OFD files (GB/T 33190-2016, China's fixed-layout format for 公文 and 公报) read from their page XML.

An OFD is a ZIP of XML: ``OFD.xml`` names each document's ``Document.xml``, which lists the pages and
the templates drawn under or over them; a page's ``Content.xml`` places text as ``TextObject``s (a
box, a font size, perhaps a transformation) holding ``TextCode``s: a string, where its first character
stands and how far each next one moves (``DeltaX``, with the "g n d" short form for n equal steps). No
PyPI library reads it without a renderer, so this module (written by hand after the standard) places
every character on the page and reads lines as they are printed: characters on one baseline, left to
right, lines top to bottom, whatever order a converter wrote the objects in (one object a line, a
piece of a line or a character). Text turned off the horizontal (a watermark) is left out. A page
template is a running header or footer and is reported as removed, not read; annotations, seals and
signatures are pictures and are not read. The lines then go through the PDF reader's table and column
reading (``index.readers.pdf``): a ruled table's rows come out with their cells apart.

XML is parsed without entities or network access, and every part read is capped in size.
"""

from __future__ import annotations

import contextlib
import io
import math
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText, parse_xml, too_large
from index.readers.pdf_tables import Run, Table

_NS = "{http://www.ofdspec.org/2016}"
MAX_PAGES = 2000  # of all the file's documents together
MAX_PAGE_GLYPHS = 100_000  # characters placed on one page (a dense page has a few thousand)
_MAX_READ_BYTES = 256 * 1024 * 1024  # all the XML parts read, uncompressed
_MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part, uncompressed
_GAP = 0.8  # a gap wider than this many font sizes ends a run of words (as in the PDF reader)
_LINE = 0.5  # characters whose baselines lie within this many font sizes stand on one line
_TURNED = 0.05  # a transformation that turns text more than this (sin of the angle) leaves it out



@dataclass(frozen=True)
class Glyph:
    """One character placed on a page (mm, y downwards from the page's top)."""
    char: str
    x: float  # left
    baseline: float
    advance: float
    size: float


def read_ofd(data: bytes, name: str) -> SourceText:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(f"{name}: a damaged OFD file ({exc})") from exc
    with z:
        package = _Package(z, name)
        root = package.xml("OFD.xml")
        docs = [(body.findtext(f"{_NS}DocRoot") or "").strip() for body in root.iter(f"{_NS}DocBody")]
        titles = [(body.findtext(f"{_NS}DocInfo/{_NS}Title") or "").strip() for body in root.iter(f"{_NS}DocBody")]
        pages: list[list[str]] = []
        templates: list[str] = []
        count = 0
        for doc_root in (d for d in docs if d):
            table: Table | None = None  # the table the page before ended with
            for glyphs, template_lines, total in _document_pages(package, doc_root):
                page_lines, table = _page_lines(glyphs, table)
                pages.append(page_lines)
                templates.extend(template_lines)
                count = total
    if not pages:
        raise UnreadableFile(f"{name}: the OFD file names no pages")
    from index.readers.pdf import strip_running_lines

    pages, running = strip_running_lines(pages)
    text = "\n".join("\n".join(p) for p in pages)
    if not re.sub(r"\s+", "", text):
        raise UnreadableFile(f"{name}: no text in the OFD file (its pages may be scanned images; save it as PDF)")
    warnings = [f"only the first {MAX_PAGES} of {count} pages were read"] if count > MAX_PAGES else []
    removed = [("page template (running header/footer)", t) for t in templates]
    removed += [("running page header/footer repeated across pages", r) for r in running]
    title = next((t for t in titles if t), None)
    return SourceText(name=name, format="ofd", text=text, title=title, warnings=tuple(warnings),
                      removed=tuple(removed))


class _Package:
    """The OFD's parts, read by their paths inside the ZIP."""

    def __init__(self, z: zipfile.ZipFile, name: str) -> None:
        self.z = z
        self.name = name
        self.names = {n.lstrip("/"): n for n in z.namelist()}
        self.read = 0  # bytes of XML read so far
        self.pages_read: set[str] = set()  # the page parts read (a page listed twice is read once)

    def xml(self, path: str) -> Any:
        import lxml.etree

        key = posixpath.normpath(path.lstrip("/"))
        member = self.names.get(key)
        if member is None:
            raise UnreadableFile(f"{self.name}: the OFD file lacks its part {key}")
        info = self.z.getinfo(member)
        self.read += info.file_size
        if too_large(info, _MAX_PART_BYTES) or self.read > _MAX_READ_BYTES:
            raise UnreadableFile(f"{self.name}: a part of the OFD file is too large to read ({key})")
        try:
            return parse_xml(self.z.read(member))
        except lxml.etree.XMLSyntaxError as exc:
            raise UnreadableFile(f"{self.name}: a damaged part in the OFD file ({key})") from exc

    def has(self, path: str) -> bool:
        return posixpath.normpath(path.lstrip("/")) in self.names


def _resolve(base_dir: str, loc: str) -> str:
    """A BaseLoc: from the package root where it starts with "/", else from the folder of the file naming it."""
    loc = loc.strip()
    return loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc)


def _document_pages(package: _Package, doc_root: str) -> Iterator[tuple[list[Glyph], list[str], int]]:
    """Each page's characters, the lines of the templates drawn on it, and the document's page count."""
    doc = package.xml(doc_root)
    base = posixpath.dirname(doc_root.lstrip("/"))
    templates = {t.get("ID"): _resolve(base, t.get("BaseLoc") or "")
                 for t in doc.iter(f"{_NS}TemplatePage")}
    page_refs = list(doc.iter(f"{_NS}Page"))
    template_seen: dict[str, list[str]] = {}
    for page in page_refs:
        loc = page.get("BaseLoc")
        if not loc:
            continue
        path = _resolve(base, loc)
        if path in package.pages_read or len(package.pages_read) >= MAX_PAGES:
            continue
        package.pages_read.add(path)
        content = package.xml(path)
        template_lines: list[str] = []
        for use in content.iter(f"{_NS}Template"):
            tpl = templates.get(use.get("TemplateID"))
            if tpl and package.has(tpl) and tpl not in template_seen:
                template_seen[tpl] = _lines(_glyphs(package.xml(tpl)))
                template_lines.extend(template_seen[tpl])
        yield _glyphs(content), template_lines, len(page_refs)


def _floats(s: str | None) -> list[float]:
    try:
        values = [float(v) for v in (s or "").split()]
    except ValueError:
        return []
    return values if all(math.isfinite(v) for v in values) else []


def deltas(s: str | None, limit: int = 100_000) -> list[float]:
    """A DeltaX/DeltaY list, with "g n d" (n steps of d) written out, at most ``limit`` steps (one fewer
    than the characters they space: more would space nothing)."""
    out: list[float] = []
    tokens = (s or "").split()
    i = 0
    while i < len(tokens) and len(out) < limit:
        if tokens[i] == "g" and i + 2 < len(tokens):
            with contextlib.suppress(ValueError, OverflowError):
                n, step = float(tokens[i + 1]), float(tokens[i + 2])
                if math.isfinite(n) and math.isfinite(step):
                    out.extend([step] * max(0, min(int(n), limit - len(out))))
            i += 3
            continue
        with contextlib.suppress(ValueError):
            if math.isfinite(v := float(tokens[i])):
                out.append(v)
        i += 1
    return out


def _glyphs(root: Any) -> list[Glyph]:
    """The upright characters a page (or template) places, where it places them."""
    out: list[Glyph] = []
    for obj in root.iter(f"{_NS}TextObject"):
        box = _floats(obj.get("Boundary"))
        if len(box) != 4:
            continue
        size = (_floats(obj.get("Size")) or [0.0])[0]
        ctm = _floats(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = math.hypot(a, b) or 1.0
        if abs(b) > _TURNED * scale or abs(c) > _TURNED * (math.hypot(c, d) or 1.0) or a <= 0 or d <= 0:
            continue  # turned or mirrored text: a watermark or a seal's ring, not a printed line
        if (obj.get("ReadDirection") or "0") != "0" or (obj.get("CharDirection") or "0") != "0":
            continue
        height = size * (math.hypot(c, d) or 1.0)
        x = y = 0.0
        for code in obj.iter(f"{_NS}TextCode"):
            # (an unresolved entity is left out: its text is the tail after it)
            text = (code.text or "") + "".join(n.tail or "" for n in code)
            x = (_floats(code.get("X")) or [x])[0]
            y = (_floats(code.get("Y")) or [y])[0]
            dx, dy = deltas(code.get("DeltaX"), len(text)), deltas(code.get("DeltaY"), len(text))
            cx, cy = x, y
            for k, ch in enumerate(text[:MAX_PAGE_GLYPHS - len(out)]):
                step = dx[k] if k < len(dx) else (size if ord(ch) > 0x2e7f else size / 2)
                px, py = a * cx + c * cy + e + box[0], b * cx + d * cy + f + box[1]
                if not ch.isspace() and ch.isprintable():
                    out.append(Glyph(ch, px, py, step * scale, height or 1.0))
                cx += step
                cy += dy[k] if k < len(dy) else 0.0
            x, y = cx, cy
    return out


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by the line they stand on, top to bottom, each left to right; a glyph drawn twice
    at one place (bold made by overprinting) once."""
    rows: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.baseline, g.x)):
        if rows and abs(rows[-1][0].baseline - g.baseline) < _LINE * max(rows[-1][0].size, g.size):
            rows[-1].append(g)
        else:
            rows.append([g])
    out = []
    for row in rows:
        row.sort(key=lambda g: g.x)
        kept: list[Glyph] = []
        for g in row:
            if kept and kept[-1].char == g.char and abs(kept[-1].x - g.x) < 0.2 * g.size:
                continue
            kept.append(g)
        out.append(kept)
    return out


def _runs(row: list[Glyph]) -> list[Run]:
    """A line's characters as runs of words (split where a gap is wider than ``_GAP`` font sizes), as
    the PDF reader's table reading takes them (y upwards)."""
    runs: list[Run] = []
    cur: list[Glyph] = []

    def flush() -> None:
        if cur:
            top = min(g.baseline - 0.88 * g.size for g in cur)
            bottom = max(g.baseline + 0.12 * g.size for g in cur)
            runs.append(Run("".join(g.char for g in cur), cur[0].x, cur[-1].x + cur[-1].advance, -bottom, -top))
        cur.clear()

    for g in row:
        if cur and g.x - (cur[-1].x + cur[-1].advance) > _GAP * max(g.size, cur[-1].size):
            flush()
        cur.append(g)
    flush()
    return runs


def _lines(glyphs: list[Glyph]) -> list[str]:
    return [" ".join(r.text for r in _runs(row)) for row in _rows(glyphs)]


def _page_lines(glyphs: list[Glyph], before: Table | None) -> tuple[list[str], Table | None]:
    """A page's printed lines, with its tables and columns read by position as a PDF page's are (going on
    with ``before``, the table the page before ended with); with the table the page ends with."""
    from index.readers.pdf import lines_by_position
    from index.tables import tabbed_table_lines

    by_row = [_runs(row) for row in _rows(glyphs)]
    lines = tabbed_table_lines([ln for runs in by_row if (ln := " ".join(r.text for r in runs).strip())])
    return lines_by_position(lines, lambda: [r for runs in by_row for r in runs], before)

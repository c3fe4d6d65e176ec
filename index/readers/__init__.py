"""Reading a user's file into text, one module per format.

``read_source`` looks at the bytes (never the file name) to tell a PDF, a Word file, an image or
text/HTML apart, and returns a :class:`SourceText`: the file's text with one paragraph or printed
line per line, plus what the format itself says about the document (a page title, the labelled
fields of a government page's metadata table). A file that cannot be read raises
:class:`UnreadableFile` with the reason in plain words.
"""

from __future__ import annotations

import contextvars
import hashlib
import io
import logging
import re
import zipfile
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from index.errors import UnreadableFile

__all__ = ["SourceText", "UnreadableFile", "chinese_count", "join_cell", "nested_lines", "read_nested", "read_source",
           "read_source_bytes", "reader_fingerprint", "sniff", "unread_note", "zip_mimetype", "zip_names"]


# The modules of the index the readers use (a PDF's spaced tables are read by ``index.tables``).
_READ_WITH = ("tables.py", "cleaning.py", "headings.py", "persons.py", "docnumber.py", "dates.py")


@cache
def reader_fingerprint() -> str:
    """Hash of the readers' code and the modules they read with: text an index kept of a file read
    by other code is read again."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for p in [*sorted(here.glob("*.py")), *(here.parent / name for name in _READ_WITH)]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


# A ZIP member inflating more than this many times its packed size (and over 1 MiB) is a bomb
BOMB_RATIO = 200


def oversized(size: int, packed: int | None, most: int) -> bool:
    """Whether a file inside another (an archive's member, a package's part) would unpack past ``most`` bytes, or
    far past its packed size where that is known: not read."""
    return size > most or (packed is not None and size > 2**20 and size > BOMB_RATIO * max(packed, 1))


def too_large(info: zipfile.ZipInfo, most: int) -> bool:
    """``oversized`` for a ZIP member (of an archive, an OFD or an OpenDocument package)."""
    return oversized(info.file_size, info.compress_size, most)


def parse_xml(data: bytes) -> Any:
    """A package's XML part, parsed without expanding entities, fetching anything or lifting lxml's
    limits on depth and size (lxml.etree.XMLSyntaxError where it is broken or hostile)."""
    import lxml.etree

    return lxml.etree.fromstring(data, parser=lxml.etree.XMLParser(resolve_entities=False, no_network=True,
                                                                   huge_tree=False))


def unread_note(inner: str, label: str, exc: UnreadableFile) -> str:
    """The warning for a file inside a container (an archive's member, a mail's attachment) that could not be
    read: its name and the reason, without the container's path the reader put before it."""
    reason = str(exc)
    return f"{inner}: not read ({reason[len(label) + 2:] if reason.startswith(label) else reason})"


_CLOSED = "。；;：:，,、！？!?）)》”"
_CELL_NAME_MOST = 20
_RUNS_ON = ("或", "和", "及", "与", "的", "并", "、", "或者", "以及")
_RUN_ON_LEAST = 4


def join_cell(paragraphs: list[str]) -> str:
    """One table cell's paragraphs as one piece of a row: names one per paragraph (a 牵头单位 cell of
    "市民政局" over "市卫生健康委") become a list joined by "、"; sentences are joined as written, with
    "；" where a paragraph ends without punctuation."""
    parts = [p.strip() for p in paragraphs if p.strip()]
    if len(parts) < 2:
        return parts[0] if parts else ""
    # (a line ending in a word that joins — "社会保障卡或" over "指定银行账户" — is a phrase wrapped in the cell)
    joined = [parts[0]]
    for p in parts[1:]:
        if joined[-1].endswith(_RUNS_ON) and len(joined[-1]) >= _RUN_ON_LEAST:  # (not a name: 平和, 太和)
            joined[-1] += p
        else:
            joined.append(p)
    parts = joined
    if len(parts) < 2:
        return parts[0]
    if all(len(p) <= _CELL_NAME_MOST and not any(c in p for c in "。；;，,：:") for p in parts) \
            and not any(p[0] in "（(" for p in parts[1:]):
        return "、".join(parts)
    out = parts[0]
    for p in parts[1:]:
        out += p if out[-1] in _CLOSED or p[0] in "（(" else "；" + p
    return out


@dataclass(frozen=True)
class SourceText:
    """The text of one file as read, before any parsing."""

    name: str  # file name inside the corpus folder
    format: str  # "text", "html", "mhtml", "mhtml-ocr", "docx", "doc", "xlsx", "xlsb", "xls", "pdf", "pdf-ocr", "ofd", "rtf", "pptx", "odt", "ods", "odp", "epub", "json", "image-ocr", "markdown", "xml", "doc-xml" (Word 2003 XML), "zip" (or "7z", "tar", "gzip"…: an archive), "eml", "msg" (an Outlook message), "csv"
    text: str  # one paragraph or printed line per line
    title: str | None = None  # a title the format states (HTML page title, DOCX Title paragraph)
    fields: tuple[tuple[str, str], ...] = ()  # labelled metadata the format states (label, value)
    warnings: tuple[str, ...] = ()  # e.g. "OCR used on 3 pages"
    # Text the reader itself kept out as page chrome (repeated page headers, a web page's
    # navigation), as (why, text) pairs; counted as read and as furniture in the file report.
    removed: tuple[tuple[str, str], ...] = ()
    # The files an archive holds, each read as a file of its own (its name "archive.zip/folder/file"),
    # or an e-mail's cover letter and attachments ("mail.eml/正文", "mail.eml/附件.docx"); the
    # container's own ``text`` is empty.
    parts: tuple[SourceText, ...] = ()
    # A web article split over pages: the file name its "下一页" link points to ("…_2.html"), read on
    # with it as one notice where the corpus holds that file (``index.ingest.join_pages``)
    next_page: str = ""
    # A page of frames (``<frameset>``, saved "网页，全部"): its frames' pages as its links name them
    # ("page_files/content.htm"; the one it names as its content first, marked "*"), read in its place where its
    # folder holds them (``index.ingest.framed``)
    frames: tuple[str, ...] = ()

    @property
    def ocr(self) -> bool:
        return self.format.endswith("-ocr")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SourceText:
        """Inverse of ``to_json`` (JSON turns the tuples into lists)."""
        return cls(name=str(d["name"]), format=str(d["format"]), text=str(d["text"]), title=d.get("title"),
                   fields=tuple((str(k), str(v)) for k, v in d.get("fields", ())),
                   warnings=tuple(str(w) for w in d.get("warnings", ())),
                   removed=tuple((str(k), str(v)) for k, v in d.get("removed", ())),
                   parts=tuple(cls.from_json(p) for p in d.get("parts", ())),
                   next_page=str(d.get("next_page") or ""),
                   frames=tuple(str(f) for f in d.get("frames", ())))


# What the first bytes say. Images go to OCR; anything else is tried as text (which covers HTML).
_PDF = b"%PDF"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.xls/.ppt
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM")
# The brands of an ISO media file that is a still image: HEIC/HEIF (an iPhone's photos), AVIF
_IMAGE_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis")


def sniff(data: bytes) -> str:
    """'pdf', 'zip', 'archive' (7-Zip, RAR, tar, gzip…), 'ole', 'image' or 'text' from a file's first bytes."""
    from index.readers.archive import packed_kind

    head = data[:16]
    if head.lstrip().startswith(_PDF):
        return "pdf"
    if head.startswith(_ZIP):
        return "zip"
    if packed_kind(data) is not None:
        return "archive"
    if head.startswith(_OLE):
        return "ole"
    if any(head.startswith(m) for m in _IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP") \
            or (head[4:8] == b"ftyp" and head[8:12] in _IMAGE_BRANDS):
        return "image"
    return "text"


# Files inside files (an archive's member, a mail's attachment, a file attached inside a PDF, an object
# embedded in a Word file) are read this many levels down, no further: a file nested in itself over and
# over is refused, not followed.
MOST_NESTED = 4
_NESTED: contextvars.ContextVar[int] = contextvars.ContextVar("nested", default=0)


_MOST_NESTED_BYTES = 64 * 1024 * 1024  # a file inside a file (a PDF's attachment, a Word file's object) read at most
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def chinese_count(text: str) -> int:
    """The Chinese characters of a text: how much of a page is its own words."""
    return len(_CJK_RE.findall(text))


def read_nested(data: bytes, label: str, what: str = "file") -> SourceText:
    """A file inside a file (``label``: "outer.pdf/inner.xlsx"), read by the reader its bytes call for; an
    empty or oversized one is refused with the reason (UnreadableFile)."""
    if not data.strip():
        raise UnreadableFile(f"{label}: an empty {what}")
    if len(data) > _MOST_NESTED_BYTES:
        raise UnreadableFile(f"{label}: too large to read")
    return read_source_bytes(data, label)


def nested_lines(src: SourceText) -> list[str]:
    """The non-empty lines a file inside a file gives the file around it (a container's files one after
    another)."""
    return [ln for ln in (src.text or "\n".join(p.text for p in src.parts)).split("\n") if ln.strip()]


def read_source_bytes(data: bytes, name: str) -> SourceText:
    """Read one file's bytes; raises UnreadableFile with the reason. A file that breaks a format
    library in a way it does not report itself (a damaged ZIP entry, broken XML inside a Word file)
    is unreadable too: one bad file never stops the others."""
    depth = _NESTED.get()
    if depth >= MOST_NESTED:
        raise UnreadableFile(f"{name}: a file inside files nested {depth} deep; not opened")
    token = _NESTED.set(depth + 1)
    try:
        return _read(data, name)
    except UnreadableFile:
        raise
    except Exception as exc:  # a hostile or damaged file, whatever the library raised
        # (logged with its traceback: a fault of the machine or the code must not pass for a bad file unseen)
        logging.getLogger(__name__).warning("reading %s failed", name, exc_info=True)
        raise UnreadableFile(f"{name}: the file is damaged or not what its format says "
                             f"({type(exc).__name__})") from exc
    finally:
        _NESTED.reset(token)


def _read(data: bytes, name: str) -> SourceText:
    kind = sniff(data)
    if kind == "pdf":
        from index.readers.pdf import read_pdf

        return read_pdf(data, name)
    if kind == "zip":
        names = zip_names(data)
        if names is not None and "xl/workbook.xml" in names:
            from index.readers.xlsx import read_xlsx

            return read_xlsx(data, name)
        if names is not None and "xl/workbook.bin" in names:
            from index.readers.xlsb import read_xlsb

            return read_xlsb(data, name)
        if names is not None and "OFD.xml" in names:
            from index.readers.ofd import read_ofd

            return read_ofd(data, name)
        if names is not None and "ppt/presentation.xml" in names:
            from index.readers.pptx import read_pptx

            return read_pptx(data, name)
        from index.readers.odt import is_odt, read_odt

        if is_odt(data, names):
            return read_odt(data, name)
        from index.readers.ods import is_ods, read_ods

        if is_ods(data, names):
            return read_ods(data, name)
        from index.readers.odp import is_odp, read_odp

        if is_odp(data, names):
            return read_odp(data, name)
        from index.readers.epub import is_epub, read_epub

        if is_epub(data, names):
            return read_epub(data, name)
        from index.readers.archive import files_only, read_archive

        if files_only(names):
            return read_archive(data, name)
        from index.readers.docx import read_docx

        return read_docx(data, name)
    if kind == "archive":
        from index.readers.archive import read_archive

        return read_archive(data, name)
    if kind == "ole":
        from index.readers.doc import read_ole

        return read_ole(data, name)
    if kind == "image":
        from index.readers.image import read_image

        return read_image(data, name)
    from index.readers.rtf import looks_like_rtf, read_rtf

    if looks_like_rtf(data):
        return read_rtf(data, name)
    from index.readers.mhtml import looks_like_mhtml, read_mhtml

    if looks_like_mhtml(data):
        return read_mhtml(data, name)
    from index.readers.eml import looks_like_eml, read_eml

    if looks_like_eml(data):
        return read_eml(data, name)
    from index.readers.text import decode_text, looks_like_html

    text = decode_text(data, name)
    from index.readers.xml_doc import looks_like_xml, read_xml

    if looks_like_xml(text) and (doc := read_xml(data, name)) is not None:
        return doc
    from index.readers.markdown import looks_like_markdown, read_markdown

    if looks_like_markdown(text, name):
        return read_markdown(text, name)
    from index.readers.json_records import looks_like_json, read_json

    if looks_like_json(text):
        return read_json(text, name)
    if looks_like_html(text):
        from index.readers.html import read_html

        return read_html(text, name)
    from index.readers.csv_table import csv_rows, read_csv

    rows = csv_rows(text)
    if rows is not None:
        return read_csv(rows, name)
    return SourceText(name=name, format="text", text=text)


def zip_names(data: bytes) -> set[str] | None:
    """The member names of a ZIP (a leading "/" aside); None where it is damaged (the reader it goes to
    says why)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {n.lstrip("/") for n in z.namelist()}
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def zip_mimetype(data: bytes, names: set[str] | None) -> str | None:
    """What a package's ``mimetype`` member says it is (OpenDocument, EPUB), or None where it has none."""
    if not names or "mimetype" not in names:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if z.getinfo("mimetype").file_size <= 256:
                return z.read("mimetype").strip().decode("ascii", "replace")
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    return None


def read_source(path: str | Path) -> SourceText:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"{p.name}: cannot read the file ({exc.strerror or exc})") from exc
    return read_source_bytes(data, p.name)

"""EPUB e-books (a 政务 "政策汇编": several notices as chapters), read with lxml.

The package's ``META-INF/container.xml`` names its OPF; the OPF's spine gives the reading order of its
XHTML files (not their names' order: "c1042.xhtml" may come before "c0987.xhtml"). Each is read as a web
page (``html.read_html``) and the chapters' lines follow one another as one text, so that a notice split
over two files reads whole and the notices of a 汇编 are told apart as a gazette's are. What a page sets
aside (``<aside>``: a footnote, an 编者注) is the book's own text and is kept where it stands. A page with no
text (a cover image) is passed over; one that cannot be read is named in a warning.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import PurePosixPath
from urllib.parse import unquote

from index.errors import UnreadableFile
from index.readers import SourceText, parse_xml, too_large, zip_mimetype

_EPUB_TYPE = "application/epub+zip"
_XHTML_TYPES = ("application/xhtml+xml", "text/html")
_MOST_FILES = 2000  # spine items read
_MOST_PART_BYTES = 32 * 1024 * 1024  # one file of the book, unpacked
_MOST_BYTES = 256 * 1024 * 1024  # all of them
_CONTAINER_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container"}
_OPF_NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
# a note the page sets aside (<aside epub:type="footnote">): read as a block of its own, not dropped as a sidebar
_ASIDE_RE = re.compile(r"<(/?)aside\b", re.IGNORECASE)


def is_epub(data: bytes, names: set[str] | None) -> bool:
    """Whether a ZIP is an EPUB: its ``mimetype`` member says so, or it has an OPF container."""
    if not names or "META-INF/container.xml" not in names:
        return False
    said = zip_mimetype(data, names)
    return said is None or said == _EPUB_TYPE


def _member(z: zipfile.ZipFile, path: str, name: str) -> bytes:
    try:
        info = z.getinfo(path)
    except KeyError as exc:
        raise UnreadableFile(f"{name}: the e-book names a file it does not hold ({path})") from exc
    if too_large(info, _MOST_PART_BYTES):
        raise UnreadableFile(f"{name}: the e-book's {path} is too large to read safely")
    return z.read(info)


def _spine(z: zipfile.ZipFile, name: str) -> tuple[list[str], str | None]:
    """The XHTML files of the book in reading order (paths in the ZIP), and the book's title."""
    container = parse_xml(_member(z, "META-INF/container.xml", name))
    root = container.find(".//c:rootfile", _CONTAINER_NS)
    opf_path = unquote(root.get("full-path") or "") if root is not None else ""
    if not opf_path:
        raise UnreadableFile(f"{name}: the e-book's container names no package file")
    opf = parse_xml(_member(z, opf_path, name))
    base = PurePosixPath(opf_path).parent
    items: dict[str, tuple[str, str, str]] = {}
    for item in opf.iterfind("opf:manifest/opf:item", _OPF_NS):
        href = unquote((item.get("href") or "").split("#")[0])
        path = str(base / href) if str(base) != "." else href
        items[item.get("id") or ""] = (path, item.get("media-type") or "", item.get("properties") or "")
    order: dict[str, None] = {}  # (in order, each once)
    for ref in opf.iterfind("opf:spine/opf:itemref", _OPF_NS):
        path, kind, props = items.get(ref.get("idref") or "", ("", "", ""))
        if path and kind in _XHTML_TYPES and "nav" not in props.split():
            order[path] = None
            if len(order) >= _MOST_FILES:
                break
    title = opf.findtext("opf:metadata/dc:title", None, _OPF_NS)
    return list(order), (title or "").strip() or None


def _without_head(page: str) -> str:
    """A page without its head: its <title> is the book's or the chapter's name again, not text of the page (a cover
    has only it). Found by plain search, not a pattern that would rescan a page of unclosed heads."""
    lower = page.lower()
    start = lower.find("<head")
    end = lower.find("</head", start) if start >= 0 else -1
    if start < 0 or end < 0:
        return page
    close = page.find(">", end)
    return page[:start] + page[close + 1 if close >= 0 else end:]


def read_epub(data: bytes, name: str) -> SourceText:
    import lxml.etree

    from index.readers.html import read_html

    lines: list[str] = []
    removed: list[tuple[str, str]] = []
    warnings: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            order, title = _spine(z, name)
            total = 0
            for path in order:
                try:
                    raw = _member(z, path, name)
                    total += len(raw)
                    if total > _MOST_BYTES:
                        raise UnreadableFile(f"{name}: the e-book is too large to read safely")
                    xhtml = _without_head(raw.decode("utf-8", "replace"))
                    page = read_html(_ASIDE_RE.sub(r"<\1div", xhtml), f"{name}/{path}")
                except UnreadableFile as exc:
                    if "no text" not in str(exc):  # (a cover image, an empty page: nothing to lose)
                        warnings.append(f"{path}: not read ({exc})")
                    continue
                except (zipfile.BadZipFile, zlib.error, RuntimeError, OSError, ValueError) as exc:
                    warnings.append(f"{path}: not read (damaged or encrypted: {type(exc).__name__})")
                    continue
                lines.extend(ln for ln in page.text.split("\n") if ln.strip())
                removed.extend(page.removed)
    except (zipfile.BadZipFile, OSError, ValueError, lxml.etree.XMLSyntaxError) as exc:
        raise UnreadableFile(f"{name}: a damaged e-book ({type(exc).__name__})") from exc
    if not lines:
        raise UnreadableFile(f"{name}: the e-book contains no text")
    warnings.append(f"an e-book ({title or 'untitled'}) of {len(order)} pages, read in its spine's order")
    # (no title: a 汇编's own title is not the title of any notice in it; a notice's stands in its text)
    return SourceText(name=name, format="epub", text="\n".join(lines), warnings=tuple(warnings), removed=tuple(removed))

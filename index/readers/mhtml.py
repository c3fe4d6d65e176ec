"""A web page saved by the browser as one file (.mhtml/.mht: "网页，单个文件").

The file is a MIME message (``multipart/related``): the page's HTML is one part, usually
quoted-printable (so its Chinese arrives as ``=E5=AE=9C…`` with soft line breaks that may cut a
character in two), beside the page's style sheets and images. The standard library's ``email``
package takes the message apart; the HTML part (the one at the snapshot's address, else the first)
is decoded with the charset its part declares and read like any saved page.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText, chinese_count

# The first lines of a saved page: mail-style headers, one of which says multipart/related.
_HEADER_RE = re.compile(rb"^(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){1,30}", re.S)
_RELATED_RE = re.compile(rb"content-type:\s*multipart/related", re.I)


def looks_like_mhtml(data: bytes) -> bool:
    """Mail-style headers at the top of the file that announce a multipart/related body."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf")
    block = _HEADER_RE.match(head)
    return block is not None and _RELATED_RE.search(block.group(0)) is not None


def read_mhtml(data: bytes, name: str) -> SourceText:
    from index.readers.html import read_html
    from index.readers.text import decode_text

    message = email.message_from_bytes(data.lstrip(b"\xef\xbb\xbf"), policy=email.policy.compat32)
    page = _html_part(message)
    if page is None:
        raise UnreadableFile(f"{name}: a saved web page (.mhtml) without an HTML page inside")
    payload = page.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise UnreadableFile(f"{name}: the saved web page (.mhtml) is empty")
    charset = (page.get_content_charset() or "").strip().lower()
    try:
        text = payload.decode(charset) if charset else decode_text(payload, name)
    except (LookupError, UnicodeDecodeError):
        text = decode_text(payload, name)  # a wrong or unknown label: the bytes say what they are
    src = read_html(text, name)
    fmt, body, warnings = "mhtml", src.text, src.warnings
    scans = _page_images(message, text) if chinese_count(src.text) < _SCANNED_TEXT_MOST else []
    if scans:
        # (a notice published as its scanned pages: the page holds its title and dates, the images its text)
        from index.readers.ocr import ocr_lines

        read = [ln for image in scans for ln in ocr_lines(image, name)]
        if "".join(read).strip():
            fmt, body = "mhtml-ocr", "\n".join([src.text, *read])
            warnings += (f"OCR used on {len(scans)} scanned page image{'s' if len(scans) > 1 else ''} of the page; "
                         "check 文号 and figures",)
    return SourceText(name=src.name, format=fmt, text=body, title=src.title or _subject(message),
                      fields=src.fields, warnings=warnings, removed=src.removed)


_SCANNED_TEXT_MOST = 400  # Chinese characters under which a page with scans of a page is read by them
_PAGE_SIDES = (1000, 600)  # an image at least this long and wide is a scanned page, not a logo or an icon
_MOST_SCANS = 30
_IMG_RE = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)""", re.I)
def _page_images(message: Message, html: str) -> list[Any]:
    """The images the page shows that are scanned pages (large, in the page's order), as PIL images."""
    import io

    from PIL import Image, ImageOps, UnidentifiedImageError

    parts: dict[str, Message] = {}
    for part in message.walk():
        if part.get_content_maintype() != "image":
            continue
        if (where := (part.get("Content-Location") or "").strip()):
            parts.setdefault(where, part)
        if (cid := (part.get("Content-ID") or "").strip().strip("<>")):
            parts.setdefault(f"cid:{cid}", part)
    out: list[Any] = []
    for src in dict.fromkeys(m.group(1) for m in _IMG_RE.finditer(html)):
        shown = parts.get(src.replace("&amp;", "&"))
        if shown is None or len(out) >= _MOST_SCANS:
            continue
        data = shown.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        try:
            image = Image.open(io.BytesIO(data))
            if max(image.size) < _PAGE_SIDES[0] or min(image.size) < _PAGE_SIDES[1]:
                continue
            out.append(ImageOps.exif_transpose(image) or image)
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
            continue
    return out


def _html_part(message: Message) -> Message | None:
    """The page itself: the text/html part at the snapshot's address, else the first text/html part."""
    where = (message.get("Snapshot-Content-Location") or "").strip()
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    for part in pages:
        if where and (part.get("Content-Location") or "").strip() == where:
            return part
    return pages[0] if pages else None


def _subject(message: Message) -> str | None:
    """The page title the browser wrote in the Subject header (RFC 2047 encoded words)."""
    from index.readers.eml import decoded_words

    raw = message.get("Subject")
    return (decoded_words(str(raw)) or None) if raw else None

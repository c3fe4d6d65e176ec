"""Plain text: UTF-8 (with or without BOM), else GB18030/GBK and the other legacy encodings."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from index.errors import UnreadableFile


def decode_text(data: bytes, name: str) -> str:
    """Decode text bytes; raises UnreadableFile for empty, binary or undecodable content."""
    if not data or not data.strip():
        raise UnreadableFile(f"{name}: file is empty or contains only whitespace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"{name}: cannot decode as UTF-16") from exc
        return _checked(text, name)
    if b"\x00" in data[:65536]:
        raise UnreadableFile(f"{name}: looks like a binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, name)
    return _checked(text, name)


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise UnreadableFile(f"{name}: file is empty or contains only whitespace")
    if _control_ratio(text) > 0.05:
        raise UnreadableFile(f"{name}: looks like a binary file (too many control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_legacy(data: bytes, name: str) -> str:
    # GB18030 is a superset of GBK/GB2312, so a strict GB18030 decode covers the usual Chinese
    # government encodings; charset-normalizer is asked only when that fails (Big5 …).
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding and best.percent_chaos < 20:
        return str(best)
    raise UnreadableFile(f"{name}: cannot decode as UTF-8 or GB18030/GBK; not a text file?")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    bad += sample.count("\ufffd")
    return bad / max(1, len(sample))


_HTML_START_RE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b|body\b)",
                            re.I | re.S)
_BLOCK_TAG_RE = re.compile(r"<(?:div|p|table|span|a|li|td)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """A saved web page: starts like an HTML document, or is dense with block tags."""
    head = text[:4000]
    if _HTML_START_RE.match(head):
        return True
    return len(_BLOCK_TAG_RE.findall(head)) >= 8 and "</" in head

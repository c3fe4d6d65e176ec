"""An Outlook message saved as a file (.msg): a notice forwarded by an office, with the notice attached.

The file is an OLE compound file in the [MS-OXMSG] layout, opened with olefile: each property of the message is a
stream ``__substg1.0_IIIITTTT`` (IIII the property's id, TTTT its type: 001F UTF-16 text, 001E 8-bit text in the
message's code page, 0102 bytes), the fixed-size ones (dates, code pages) are entries of ``__properties_version1.0``;
each attachment is a storage ``__attach_version1.0_#N`` with its file name (3707, else 3704) and its bytes (3701), or
a message of its own (3701 of type 000D, an Outlook item attached). The message is read as the .eml reader reads a
mail (``index.readers.eml.cover_letter``): the cover letter (the plain body, else the HTML body) is one part, titled
by the subject and dated by the time it was sent, and every attachment is read by the reader its bytes call for, as a
file of its own. A body kept only as compressed RTF is not read (the report says so). Written by hand after
[MS-OXMSG] and [MS-OXPROPS]; nothing here runs what the file holds.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import struct
from typing import Any

from index.errors import UnreadableFile
from index.readers import SourceText
from index.readers.eml import BODY_NAME, IMAGE_SUFFIXES, MAX_PARTS, cover_letter, mail_source

_ATTACH = "__attach_version1.0_#"
_RECIP = "__recip_version1.0_#"
_PROPS = "__properties_version1.0"
_SUBJECT, _SENDER, _BODY, _HTML, _RTF = 0x0037, 0x0C1A, 0x1000, 0x1013, 0x1009
_SUBMITTED, _DELIVERED, _CODEPAGE, _INTERNET_CPID = 0x0039, 0x0E06, 0x3FFD, 0x3FDE
_LONG_NAME, _SHORT_NAME, _DATA, _DISPLAY_NAME = 0x3707, 0x3704, 0x3701, 0x3001
_MAX_DEPTH = 2  # a message attached to a message is read; one more level down is not
_MOST_STREAM = 64 * 1024 * 1024  # a property stream read at most
_SLACK = 64 * 1024  # bytes past the file's size its streams may read (none, in a well-formed file)


def looks_like_msg(ole: Any) -> bool:
    """Whether an OLE file is an Outlook message: it holds the message's property streams."""
    return any(e[0].startswith("__substg1.0_") or e[0] == _PROPS for e in ole.listdir())


def read_msg(data: bytes, name: str, depth: int = 0) -> SourceText:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, struct.error) as exc:
        raise UnreadableFile(f"{name}: a damaged Outlook message ({exc})") from exc
    with ole:
        return _read(_File(ole, len(data)), [], name, depth)


class _File:
    """An open message file and what may still be read of it: a compound file's streams hold at most its own size
    (streams made to share sectors would read the same bytes over and over), and its attachments, those of the
    messages attached to it too, are counted together."""

    def __init__(self, ole: Any, size: int) -> None:
        import olefile

        self.ole = ole
        self.entries = ole.listdir(streams=True, storages=True)  # (listed once)
        self.bytes_left = size + _SLACK
        self.parts_left = MAX_PARTS
        self.stream_type = olefile.STGTY_STREAM

    def read(self, path: str) -> bytes | None:
        """A stream's bytes, or None where there is no such stream (or it is a storage, or too large)."""
        if not self.ole.exists(path) or self.ole.get_type(path) != self.stream_type:
            return None
        size = self.ole.get_size(path)
        if size > _MOST_STREAM:
            return None
        if size > self.bytes_left:
            raise UnreadableFile("its streams read more than the file holds (they overlap): the rest not read")
        self.bytes_left -= size
        with self.ole.openstream(path) as f:
            data: bytes = f.read()
        return data


def _read(file: _File, root: list[str], name: str, depth: int) -> SourceText:
    """The message stored under ``root`` (the file's top, or an attached message's storage)."""
    props = _Props(file, root, header=32 if not root else 24)
    subject = props.text(_SUBJECT)
    sender = props.text(_SENDER)
    sent = props.time(_SUBMITTED) or props.time(_DELIVERED)
    warnings: list[str] = []
    html_bytes = props.raw(_HTML)
    html = [_html_text(html_bytes, props.number(_INTERNET_CPID) or props.number(_CODEPAGE))] if html_bytes else []
    if not html and (page := props.text(_HTML)):
        html = [page]
    plain = [props.text(_BODY)]
    storages = sorted({e[len(root)] for e in file.entries
                       if len(e) > len(root) and e[:len(root)] == root and e[len(root)].startswith(_ATTACH)})
    # (what the letter sends that is a document: a signature's logo, kept as an attachment, sends nothing)
    inners = [_Props(file, [*root, st], header=8) for st in storages[:MAX_PARTS + 1]]  # (each read once)
    named = [_base_name(inner.text(_LONG_NAME) or inner.text(_SHORT_NAME) or inner.text(_DISPLAY_NAME))
             for inner in inners]
    sends = any(not n.lower().endswith(IMAGE_SUFFIXES) for n in named)
    body = cover_letter(f"{name}/{BODY_NAME}", subject, sender, sent, plain, html, sends)
    if body is None and props.raw(_RTF):
        warnings.append("the message's body is kept only as compressed RTF: not read")
    files = [(n or None, functools.partial(_attachment, file, inner, depth=depth))
             for n, inner in zip(named, inners, strict=True)]
    return mail_source(name, "msg", subject, body, files, warnings)


def _attachment(file: _File, inner: _Props, label: str, depth: int) -> SourceText:
    from index.readers import read_source_bytes

    if file.parts_left <= 0:
        raise UnreadableFile(f"{label}: more than {MAX_PARTS} attachments in the message: not read")
    file.parts_left -= 1
    embedded = [*inner.path, f"__substg1.0_{_DATA:04X}000D"]
    if file.ole.exists("/".join(embedded)) and file.ole.get_type("/".join(embedded)) != file.stream_type:
        if depth + 1 >= _MAX_DEPTH:
            raise UnreadableFile(f"{label}: a message inside a message inside a message, not opened")
        return _read(file, embedded, label, depth + 1)
    payload = inner.raw(_DATA)
    if not payload or not payload.strip():
        raise UnreadableFile(f"{label}: an empty attachment")
    return read_source_bytes(payload, label)


class _Props:
    """The properties of one object of the message (the message, an attachment): its streams by id and type,
    and its fixed-size properties read from its property stream (``header`` bytes before the entries)."""

    def __init__(self, file: _File, path: list[str], header: int) -> None:
        self._file, self.path = file, path
        self._fixed: dict[tuple[int, int], bytes] = {}
        raw = self._stream(_PROPS) or b""
        for at in range(header, len(raw) - 15, 16):
            kind, pid = struct.unpack_from("<HH", raw, at)
            self._fixed.setdefault((pid, kind), raw[at + 8:at + 16])

    def _stream(self, leaf: str) -> bytes | None:
        return self._file.read("/".join([*self.path, leaf]))

    def raw(self, pid: int) -> bytes | None:
        return self._stream(f"__substg1.0_{pid:04X}0102")

    def text(self, pid: int) -> str:
        if (wide := self._stream(f"__substg1.0_{pid:04X}001F")) is not None:
            return wide.decode("utf-16-le", errors="replace").split("\x00", 1)[0].strip()
        if (narrow := self._stream(f"__substg1.0_{pid:04X}001E")) is not None:
            return _decoded(narrow.split(b"\x00", 1)[0], self.number(_CODEPAGE)).strip()
        return ""

    def number(self, pid: int) -> int:
        value = self._fixed.get((pid, 0x0003))
        return int(struct.unpack_from("<i", value)[0]) if value else 0

    def time(self, pid: int) -> str:
        """A time property (FILETIME, 100 ns since 1601, UTC) as 2026年11月3日 in China's time; "" where absent."""
        value = self._fixed.get((pid, 0x0040))
        if not value:
            return ""
        ticks = struct.unpack_from("<Q", value)[0]
        try:
            when = dt.datetime(1601, 1, 1) + dt.timedelta(microseconds=ticks // 10) + dt.timedelta(hours=8)
        except OverflowError:
            return ""
        return f"{when.year}年{when.month}月{when.day}日" if 1990 <= when.year <= 2200 else ""


def _decoded(data: bytes, codepage: int) -> str:
    """8-bit text in a Windows code page (936 and 0 read as GB18030, which Chinese Outlook writes under them)."""
    encoding = {0: "gb18030", 936: "gb18030", 65001: "utf-8", 1252: "cp1252", 950: "big5"}.get(codepage, f"cp{codepage}")
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeError):
        return data.decode("gb18030", errors="replace")


def _html_text(data: bytes, codepage: int) -> str:
    """An HTML body's bytes as text: the charset its page declares, else the message's code page."""
    declared = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    label = declared.group(1).decode("ascii").lower() if declared else ""
    if label in ("gb2312", "gbk"):
        label = "gb18030"
    try:
        return data.decode(label) if label else _decoded(data, codepage or 65001)
    except (LookupError, UnicodeError):  # (an unknown label, or one that decodes nothing: "undefined")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return _decoded(data, codepage)


def _base_name(raw: str) -> str:
    """An attachment's file name without any folder the sender's machine put before it."""
    return re.split(r"[\\/]", raw.strip())[-1].strip()

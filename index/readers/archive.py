"""Archives of files (a portal's "附件下载.zip", "附件打包下载.7z", a ``.tar.gz``): every file inside read as a
file of its own.

Each member is read by the reader its bytes call for (a Word file, a spreadsheet, a PDF, a scan, a
page, another archive one level down) and kept as a part of the archive's :class:`SourceText`; the
archive's documents are those of its parts. ZIP through ``zipfile``, 7-Zip through py7zr, tar (plain
or compressed with gzip, bzip2 or xz) and a single gzip-compressed file through the standard library;
a RAR archive, which no library here opens, is refused with what to do. Archives made on Chinese
Windows store names in GBK without the ZIP's UTF-8 flag, which Python's ``zipfile`` reads as CP437
("¸½¼þ"): such a name is read again as UTF-8, else GB18030. System clutter (``Thumbs.db``,
``desktop.ini``, ``__MACOSX/``, Office lock files) is skipped. A member that cannot be read (damaged,
encrypted, too large) is named in a warning and the others are still read; an archive with no readable
member is unreadable. Sizes are checked before a member is unpacked (as the archive declares them, and
against their packed size where it says that): a bomb is refused, never unpacked.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from index.errors import UnreadableFile
from index.readers import BOMB_RATIO, SourceText, chinese_count, oversized, unread_note

MAX_MEMBERS = 500
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # as an upload's limit
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
_MAX_DEPTH = 2  # an archive inside an archive inside an archive is not opened
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
_CLUTTER = {"thumbs.db", "desktop.ini", ".ds_store", "__macosx"}


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its maker wrote it: without the UTF-8 flag the bytes are UTF-8 or GB18030 (what
    Windows zips in China write), not the CP437 ``zipfile`` assumes."""
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    return _decoded(raw) or info.filename


def _decoded(raw: bytes, encodings: tuple[str, ...] = ("utf-8", "gb18030")) -> str | None:
    """A name's bytes decoded by the first of ``encodings`` that reads them; None where none does."""
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _clutter(path: str) -> bool:
    parts = [p.lower() for p in PurePosixPath(path).parts]
    return any(p in _CLUTTER for p in parts) or parts[-1].startswith(("~$", "._", ".~"))


@dataclass(frozen=True)
class _Entry:
    """A file an archive holds, before it is unpacked."""

    name: str  # its path in the archive, as its maker wrote it
    size: int  # its size unpacked, as the archive declares it
    packed: int | None  # its size packed, where the archive says (not in a solid 7-Zip block)
    encrypted: bool
    key: Any  # what the archive's own reader takes to unpack it


# The first bytes of archives other than ZIP
_7Z = b"7z\xbc\xaf\x27\x1c"
_RAR = (b"Rar!\x1a\x07\x00", b"Rar!\x1a\x07\x01\x00")
_GZIP, _BZIP2, _XZ = b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00"


def packed_kind(data: bytes) -> str | None:
    """'7z', 'rar', 'tar', 'gzip', 'bzip2' or 'xz' from an archive's first bytes; None for anything else."""
    if data.startswith(_7Z):
        return "7z"
    if data.startswith(_RAR):
        return "rar"
    if data[257:262] == b"ustar":
        return "tar"
    if data.startswith(_GZIP):
        return "gzip"
    if data.startswith(_BZIP2) and data[3:4].isdigit():
        return "bzip2"
    if data.startswith(_XZ):
        return "xz"
    return None


def read_archive(data: bytes, name: str, depth: int = 0, budget: list[int] | None = None) -> SourceText:
    """``budget``: the bytes left to unpack, shared with the archives around this one."""
    budget = budget if budget is not None else [MAX_TOTAL_BYTES]
    kind = packed_kind(data)
    if kind == "rar":
        raise UnreadableFile(f"{name}: a RAR archive, which cannot be opened here; unpack it (or save it as .zip or"
                             " .7z) and add the files")
    if kind == "7z":
        return _read_7z(data, name, depth, budget)
    if kind is not None:
        return _read_compressed(data, name, kind, depth, budget)
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(f"{name}: a damaged ZIP archive ({exc})") from exc
    with z:
        entries = [_Entry(member_name(i), i.file_size, i.compress_size, bool(i.flag_bits & _ENCRYPTED_FLAG), i)
                   for i in z.infolist() if not i.is_dir()]
        return _read_entries(entries, lambda wanted: ((e, _zip_member(z, e)) for e in wanted), name, depth, budget)


def _zip_member(z: zipfile.ZipFile, e: _Entry) -> bytes | None:
    """A ZIP member's bytes; None where it is damaged (one damaged member, not the rest)."""
    try:
        return z.read(e.key)
    except Exception:  # (zlib.error, lzma.LZMAError, BadZipFile, NotImplementedError of an unknown method …)
        return None


def _read_7z(data: bytes, name: str, depth: int, budget: list[int]) -> SourceText:
    import py7zr
    from py7zr.io import BytesIOFactory

    try:
        z = py7zr.SevenZipFile(io.BytesIO(data))
    except py7zr.PasswordRequired as exc:  # (its file names are encrypted too)
        raise UnreadableFile(f"{name}: a password-protected 7-Zip archive; add an unprotected copy") from exc
    except Exception as exc:  # (py7zr.Bad7zFile, a damaged header's own errors)
        raise UnreadableFile(f"{name}: a damaged 7-Zip archive ({type(exc).__name__})") from exc
    with z:
        locked = z.needs_password()
        entries = [_Entry(f.filename, f.uncompressed, None, locked, f.filename) for f in z.list() if not f.is_directory]
        # (a solid block has no size of its own per file: the whole archive is held to the ratio a ZIP's members are)
        declared = sum(e.size for e in entries)
        if declared > 2**20 and declared > BOMB_RATIO * len(data):
            raise UnreadableFile(f"{name}: the archive would unpack to {declared // 2**20} MiB from "
                                 f"{max(len(data) // 1024, 1)} KiB; not unpacked")

        def unpack(wanted: list[_Entry]) -> Iterator[tuple[_Entry, bytes | None]]:
            # (all at once: a solid archive is unpacked from the start of its block for each file asked)
            factory = BytesIOFactory(MAX_MEMBER_BYTES + 1)
            z.extract(targets=[e.key for e in wanted], factory=factory)
            for e in wanted:
                if e.key in factory.products:
                    out = factory.products[e.key]
                    out.seek(0)
                    yield e, out.read()
                else:
                    yield e, None

        return _read_entries(entries, unpack, name, depth, budget, "7z")


def _read_compressed(data: bytes, name: str, kind: str, depth: int, budget: list[int]) -> SourceText:
    """A tar archive (plain, or compressed: ``.tar.gz``, ``.tgz``, ``.tar.bz2``, ``.tar.xz``), or one file
    compressed alone (``通知.docx.gz``)."""
    import tarfile

    raw = data if kind == "tar" else _decompressed(data, name, kind, budget)
    if kind != "tar" and raw[257:262] != b"ustar":
        inner = re.sub(r"\.(?:gz|bz2|xz)$", "", name.rsplit("/", 1)[-1], flags=re.I) or "file"
        entries = [_Entry(inner, len(raw), None, False, None)]
        return _read_entries(entries, lambda wanted: ((e, raw) for e in wanted), name, depth, budget, kind)
    try:
        t = tarfile.open(fileobj=io.BytesIO(raw), mode="r:")  # noqa: SIM115 (closed by the "with" below)
        members = t.getmembers()
    except Exception as exc:  # (tarfile.ReadError of a damaged header, EOFError, a name it cannot decode …)
        raise UnreadableFile(f"{name}: a damaged tar archive ({type(exc).__name__})") from exc
    with t:
        entries = [_Entry(_tar_name(m.name), m.size, None, False, m) for m in members if m.isfile()]

        def unpack(wanted: list[_Entry]) -> Iterator[tuple[_Entry, bytes | None]]:
            for e in wanted:
                try:
                    f = t.extractfile(e.key)
                    yield e, f.read() if f is not None else None
                except Exception:  # (a member cut short: that one, not the rest)
                    yield e, None

        return _read_entries(entries, unpack, name, depth, budget, "tar")


_CHUNK = 1 << 20


def _decompressed(data: bytes, name: str, kind: str, budget: list[int]) -> bytes:
    """A gzip, bzip2 or xz stream unpacked, read a megabyte at a time up to what it may hold: the budget left, and
    BOMB_RATIO times its packed size (a megabyte at least); past that it is refused, never unpacked whole."""
    import bz2
    import gzip
    import lzma

    most = min(budget[0], max(_CHUNK, BOMB_RATIO * len(data)))
    if most <= 0:
        raise UnreadableFile(f"{name}: the archives around it have unpacked all they may; not unpacked")
    stream = io.BytesIO(data)
    out = bytearray()
    try:
        with (gzip.GzipFile(fileobj=stream) if kind == "gzip" else bz2.BZ2File(stream) if kind == "bzip2"
              else lzma.LZMAFile(stream)) as f:
            while chunk := f.read(min(_CHUNK, most + 1 - len(out))):
                out += chunk
                if len(out) > most:
                    raise UnreadableFile(f"{name}: it unpacks to more than it could hold; not unpacked")
    except UnreadableFile:
        raise
    except Exception as exc:  # (OSError, EOFError, zlib.error, lzma.LZMAError of a damaged stream)
        raise UnreadableFile(f"{name}: a damaged {kind} file ({type(exc).__name__})") from exc
    return bytes(out)


def _tar_name(name: str) -> str:
    """A tar member's name as its maker wrote it: one written in GBK (Chinese Windows) decoded as such, not
    left as the undecodable bytes ``tarfile`` keeps, nor as the letters of other scripts those bytes happen to
    spell in UTF-8 ("通知" in GBK reads "֪ͨ")."""
    undecoded = any("\udc80" <= ch <= "\udcff" for ch in name)
    if not undecoded and (chinese_count(name) or not _OTHER_SCRIPTS.search(name)):
        return name
    raw = name.encode("utf-8", "surrogateescape")
    gbk = _decoded(raw, ("gb18030",))
    if gbk is None:
        return raw.decode("utf-8", "replace")
    return gbk if chinese_count(gbk) or undecoded else name


_OTHER_SCRIPTS = re.compile(r"[\u0300-\u07ff]")  # (combining marks, Greek, Cyrillic, Hebrew, Arabic …)


def _read_entries(entries: list[_Entry], unpack: Callable[[list[_Entry]], Iterable[tuple[_Entry, bytes | None]]],
                  name: str, depth: int, budget: list[int], kind: str = "zip") -> SourceText:
    """The files of an archive (of ``kind``: "zip", "7z", "tar", "gzip"…) read (``unpack``: their bytes, for the
    entries asked), those it must not unpack named in warnings."""
    from index.readers import read_source_bytes, sniff, zip_names

    parts: list[SourceText] = []
    warnings: list[str] = []
    skipped: list[tuple[str, str]] = []
    if len(entries) > MAX_MEMBERS:
        raise UnreadableFile(f"{name}: an archive of {len(entries)} files (at most {MAX_MEMBERS}); unpack it and add"
                             " the files")
    if sum(e.size for e in entries) > budget[0]:
        raise UnreadableFile(f"{name}: the archive unpacks to more than {MAX_TOTAL_BYTES // 2**20} MiB")
    wanted: list[_Entry] = []
    for e in sorted(entries, key=lambda e: e.name):
        inner = e.name.replace("\\", "/").lstrip("/")
        if not inner.strip("/ "):
            warnings.append(f"a file without a name in the archive ({e.name!r}), not read")
        elif ".." in PurePosixPath(inner).parts:
            warnings.append(f"{inner}: a name pointing outside the archive, not read")
        elif _clutter(inner):
            skipped.append(("system files in the archive", inner))
        elif e.encrypted:
            warnings.append(f"{inner}: password-protected in the archive, not read")
        elif oversized(e.size, e.packed, MAX_MEMBER_BYTES):
            warnings.append(f"{inner}: too large to unpack ({e.size // 2**20} MiB), not read")
        else:
            wanted.append(e)
    read = iter(unpack(wanted)) if wanted else iter(())
    while True:
        try:
            got = next(read, None)
        except Exception as exc:  # (zlib.error, lzma.LZMAError, BadZipFile …: a damaged archive stops here)
            warnings.append(f"the archive is damaged past this point ({type(exc).__name__}); the rest not read")
            break
        if got is None:
            break
        e, member = got
        inner = e.name.replace("\\", "/").lstrip("/")
        label = f"{name}/{inner}"
        if budget[0] <= 0:
            warnings.append(f"{inner}: the archive has unpacked all it may ({MAX_TOTAL_BYTES // 2**20} MiB), not read")
            continue
        if member is None or len(member) > MAX_MEMBER_BYTES:
            warnings.append(f"{inner}: {'damaged' if member is None else 'too large'} in the archive, not read")
            continue
        budget[0] -= len(member)
        if not member.strip():
            warnings.append(f"{inner}: an empty file, not read")
            continue
        try:
            if (sniff(member) == "zip" and files_only(zip_names(member))) or sniff(member) == "archive":
                if depth + 1 >= _MAX_DEPTH:
                    warnings.append(f"{inner}: an archive inside an archive inside an archive, not opened")
                    continue
                try:
                    nested = read_archive(member, label, depth + 1, budget)
                except UnreadableFile:
                    raise
                except Exception as exc:  # (a library's own error on a damaged archive inside: that one, not this)
                    raise UnreadableFile(f"{label}: a damaged archive ({type(exc).__name__})") from exc
                parts.extend(nested.parts)
                warnings.extend(f"{inner}/{w}" for w in nested.warnings)
                skipped.extend(nested.removed)
            else:
                parts.append(read_source_bytes(member, label))
        except UnreadableFile as exc:
            warnings.append(unread_note(inner, label, exc))
    if not parts:
        why = "; ".join(warnings[:3]) or "it holds no file"
        raise UnreadableFile(f"{name}: no readable file in the archive ({why})")
    return SourceText(name=name, format=kind, text="", warnings=tuple(warnings), removed=tuple(skipped),
                      parts=tuple(parts))


_PACKAGE_MARKS = {"[Content_Types].xml", "OFD.xml", "mimetype", "word/document.xml", "xl/workbook.xml"}


def files_only(names: set[str] | None) -> bool:
    """Whether a ZIP's member names (``index.readers.zip_names``) are an archive of files rather than a
    document stored as a ZIP (Word, Excel, OFD, OpenDocument, EPUB)."""
    return names is not None and not (_PACKAGE_MARKS & names)

"""ZIP archives of files (a portal's "附件下载.zip"): every file inside read as a file of its own.

Each member is read by the reader its bytes call for (a Word file, a spreadsheet, a PDF, a scan, a
page, another archive one level down) and kept as a part of the archive's :class:`SourceText`; the
archive's documents are those of its parts. Archives made on Chinese Windows store names in GBK without
the ZIP's UTF-8 flag, which Python's ``zipfile`` reads as CP437 ("¸½¼þ"): such a name is read again as
UTF-8, else GB18030. System clutter (``Thumbs.db``, ``desktop.ini``, ``__MACOSX/``, Office lock files)
is skipped. A member that cannot be read (damaged, encrypted, too large) is named in a warning and the
others are still read; an archive with no readable member is unreadable. Sizes are checked before a
member is inflated: a ZIP bomb is refused, never unpacked.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from index.errors import UnreadableFile
from index.readers import SourceText, too_large, unread_note

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
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _clutter(path: str) -> bool:
    parts = [p.lower() for p in PurePosixPath(path).parts]
    return any(p in _CLUTTER for p in parts) or parts[-1].startswith(("~$", "._", ".~"))


def read_archive(data: bytes, name: str, depth: int = 0, budget: list[int] | None = None) -> SourceText:
    """``budget``: the bytes left to inflate, shared with the archives around this one."""
    from index.readers import read_source_bytes, sniff, zip_names

    budget = budget if budget is not None else [MAX_TOTAL_BYTES]

    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(f"{name}: a damaged ZIP archive ({exc})") from exc
    parts: list[SourceText] = []
    warnings: list[str] = []
    skipped: list[tuple[str, str]] = []
    with z:
        infos = [i for i in z.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS:
            raise UnreadableFile(f"{name}: an archive of {len(infos)} files (at most {MAX_MEMBERS}); unpack it and add"
                                 " the files")
        if sum(i.file_size for i in infos) > budget[0]:
            raise UnreadableFile(f"{name}: the archive unpacks to more than {MAX_TOTAL_BYTES // 2**20} MiB")
        for info in sorted(infos, key=member_name):
            inner = member_name(info).replace("\\", "/").lstrip("/")
            label = f"{name}/{inner}"
            if not inner.strip("/ "):
                warnings.append(f"a file without a name in the archive ({info.filename!r}), not read")
                continue
            if _clutter(inner):
                skipped.append(("system files in the archive", inner))
                continue
            if info.flag_bits & _ENCRYPTED_FLAG:
                warnings.append(f"{inner}: password-protected in the archive, not read")
                continue
            if too_large(info, MAX_MEMBER_BYTES):
                warnings.append(f"{inner}: too large to unpack ({info.file_size // 2**20} MiB), not read")
                continue
            try:
                member = z.read(info)
            except Exception as exc:  # (zlib.error, lzma.LZMAError, BadZipFile …: one damaged member, not the rest)
                warnings.append(f"{inner}: damaged in the archive ({type(exc).__name__}), not read")
                continue
            budget[0] -= len(member)
            if not member.strip():
                warnings.append(f"{inner}: an empty file, not read")
                continue
            try:
                if sniff(member) == "zip" and files_only(zip_names(member)):
                    if depth + 1 >= _MAX_DEPTH:
                        warnings.append(f"{inner}: an archive inside an archive inside an archive, not opened")
                        continue
                    nested = read_archive(member, label, depth + 1, budget)
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
    return SourceText(name=name, format="zip", text="", warnings=tuple(warnings), removed=tuple(skipped),
                      parts=tuple(parts))


_PACKAGE_MARKS = {"[Content_Types].xml", "OFD.xml", "mimetype", "word/document.xml", "xl/workbook.xml"}


def files_only(names: set[str] | None) -> bool:
    """Whether a ZIP's member names (``index.readers.zip_names``) are an archive of files rather than a
    document stored as a ZIP (Word, Excel, OFD, OpenDocument, EPUB)."""
    return names is not None and not (_PACKAGE_MARKS & names)

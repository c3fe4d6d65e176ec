"""A small writer of OLE compound files ([MS-CFB] version 3: 512-byte sectors), for test fixtures that olefile
then reads: Outlook messages (.msg). Streams under 4096 bytes go to the mini stream, as the format requires.

``compound_file({"a/b": b"...", "c": b"..."})``: paths with "/" make storages. Deterministic (no times written).
"""

from __future__ import annotations

import struct

_SECTOR, _MINI, _CUTOFF = 512, 64, 4096
_FREE, _END, _FAT_SECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_NONE = 0xFFFFFFFF


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b"") -> None:
        self.name, self.kind, self.data = name, kind, data  # kind: 1 storage, 2 stream, 5 root
        self.children: dict[str, _Entry] = {}
        self.left = self.right = self.child = _NONE
        self.start, self.size = _END, 0


def _key(name: str) -> tuple[int, str]:
    return len(name), name.upper()


def compound_file(streams: dict[str, bytes]) -> bytes:
    root = _Entry("Root Entry", 5)
    for path, data in streams.items():
        node = root
        *folders, leaf = path.split("/")
        for folder in folders:
            node = node.children.setdefault(folder, _Entry(folder, 1))
        node.children[leaf] = _Entry(leaf, 2, data)
    entries: list[_Entry] = []

    def number(node: _Entry) -> None:
        entries.append(node)
        for kid in node.children.values():
            number(kid)

    number(root)
    index = {id(e): k for k, e in enumerate(entries)}

    def tree(kids: list[_Entry]) -> int:  # a balanced binary tree of siblings in the format's order
        if not kids:
            return _NONE
        mid = len(kids) // 2
        kids[mid].left, kids[mid].right = tree(kids[:mid]), tree(kids[mid + 1:])
        return index[id(kids[mid])]

    for e in entries:
        e.child = tree(sorted(e.children.values(), key=lambda x: _key(x.name)))
    # the mini stream (small streams) and the regular sectors (large streams, then the mini stream itself)
    mini = bytearray()
    minifat: list[int] = []
    sectors = bytearray()
    fat: list[int] = []

    def place(data: bytes) -> int:
        first = len(fat)
        count = max(1, -(-len(data) // _SECTOR))
        fat.extend(range(first + 1, first + count))
        fat.append(_END)
        sectors.extend(data.ljust(count * _SECTOR, b"\0"))
        return first

    for e in entries:
        if e.kind != 2:
            continue
        e.size = len(e.data)
        if e.size >= _CUTOFF:
            e.start = place(e.data)
        elif e.size:
            e.start = len(minifat)
            count = -(-e.size // _MINI)
            minifat.extend(range(e.start + 1, e.start + count))
            minifat.append(_END)
            mini.extend(e.data.ljust(count * _MINI, b"\0"))
    root.start, root.size = (place(bytes(mini)), len(mini)) if mini else (_END, 0)
    minifat_start = place(b"".join(struct.pack("<I", v) for v in minifat)) if minifat else _END
    directory = bytearray()
    for e in entries:
        name = e.name.encode("utf-16-le") + b"\0\0"
        directory += struct.pack("<64sHBBIII16sIQQIQ", name.ljust(64, b"\0"), len(name), e.kind, 1,
                                 e.left, e.right, e.child, b"\0" * 16, 0, 0, 0, e.start, e.size)
    dir_start = place(bytes(directory))
    # the FAT's own sectors, at the end, marked as such
    fat_sectors = 1
    while (len(fat) + fat_sectors) > fat_sectors * (_SECTOR // 4):
        fat_sectors += 1
    fat_first = len(fat)
    fat.extend([_FAT_SECT] * fat_sectors)
    table = b"".join(struct.pack("<I", v) for v in fat).ljust(fat_sectors * _SECTOR, b"\xff")
    assert fat_sectors <= 109, "a fixture this large needs DIFAT sectors"
    difat = [fat_first + k for k in range(fat_sectors)] + [_FREE] * (109 - fat_sectors)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("D0CF11E0A1B11AE1"), b"\0" * 16, 0x3E, 3,
                         0xFFFE, 9, 6, b"\0" * 6, 0, fat_sectors, dir_start, 0, _CUTOFF, minifat_start,
                         -(-len(minifat) * 4 // _SECTOR) if minifat else 0, _END, 0)
    header += b"".join(struct.pack("<I", v) for v in difat)
    return header.ljust(_SECTOR, b"\0") + bytes(sectors) + table

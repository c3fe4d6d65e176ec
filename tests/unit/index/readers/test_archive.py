"""ZIP archives of files ("附件下载.zip"): every file inside read as a file of its own."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from index.errors import UnreadableFile
from index.ingest import ARCHIVE_MEMBER, ingest_file, ingest_source
from index.readers import SourceText, read_source, read_source_bytes

ZIP = Path(__file__).resolve().parents[3] / "data" / "formats" / "pingxiang-fujian.zip"


def test_an_archive_from_chinese_windows_is_read_member_by_member_with_its_names() -> None:
    src = read_source(ZIP)
    assert src.format == "zip" and src.text == ""
    # GBK names without the UTF-8 flag, a folder, an archive inside
    assert [p.name for p in src.parts] == ["pingxiang-fujian.zip/附件下载/1.两项补贴通知.ofd",
                                           "pingxiang-fujian.zip/附件下载/2.养老服务重点任务分工表.xls",
                                           "pingxiang-fujian.zip/附件下载/材料/申领说明.zip/说明.txt"]
    assert [p.format for p in src.parts] == ["ofd", "xls", "text"]
    assert ("system files in the archive", "附件下载/Thumbs.db") in src.removed
    assert "附件下载/空白.txt: an empty file, not read" in src.warnings


def test_an_archives_notices_are_cited_under_it_with_the_file_inside_named() -> None:
    item = ingest_file(ZIP)
    assert item.report.format == "zip" and item.report.layout == "archive" and item.report.documents == 3
    by_member = {dict(d.meta)[ARCHIVE_MEMBER]: d for d in item.documents}
    notice = by_member["附件下载/1.两项补贴通知.ofd"]
    assert notice.corpus_file == "pingxiang-fujian.zip" and notice.doc_number == "萍民字〔2026〕15号"
    assert by_member["附件下载/材料/申领说明.zip/说明.txt"].title == "萍乡市民政局关于印发两项补贴申领材料清单的说明"
    assert len({d.doc_id for d in item.documents}) == 3
    assert any(w.startswith("附件下载/2.养老服务重点任务分工表.xls: xls, 1 document") for w in item.report.warnings)


def test_an_archive_read_once_is_read_again_from_its_stored_text() -> None:
    src = read_source(ZIP)
    again = SourceText.from_json(src.to_json())
    assert again == src
    assert [d.doc_id for d in ingest_source(again).documents] == [d.doc_id for d in ingest_file(ZIP).documents]


def _zip(members: dict[str, bytes], compress: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_an_archive_with_nothing_readable_is_refused_with_the_reasons() -> None:
    with pytest.raises(UnreadableFile, match="no readable file in the archive"):
        read_source_bytes(_zip({"Thumbs.db": b"x", "__MACOSX/._a.txt": b"y"}), "a.zip")
    with pytest.raises(UnreadableFile, match=r"b\.pdf: not read \(not a readable PDF"):
        read_source_bytes(_zip({"b.pdf": b"%PDF-1.4 broken"}), "b.zip")


def test_a_zip_bomb_is_not_unpacked_and_the_other_files_are_read() -> None:
    data = _zip({"bomb.txt": b"0" * (64 * 2**20), "通知.txt": "关于做好防汛工作的通知\n各单位要做好值班。".encode()},
                zipfile.ZIP_DEFLATED)
    src = read_source_bytes(data, "c.zip")
    assert [p.name for p in src.parts] == ["c.zip/通知.txt"]
    assert any(w.startswith("bomb.txt: too large to unpack") for w in src.warnings)


def test_archives_are_opened_two_levels_deep_and_no_further() -> None:
    deepest = _zip({"x.txt": "关于做好防汛工作的通知".encode()})
    data = _zip({"a.zip": _zip({"b.zip": deepest, "y.txt": "关于做好供水工作的通知".encode()})})
    src = read_source_bytes(data, "d.zip")
    assert [p.name for p in src.parts] == ["d.zip/a.zip/y.txt"]
    assert "a.zip/b.zip: an archive inside an archive inside an archive, not opened" in src.warnings


def test_a_damaged_or_nameless_member_is_named_and_the_others_are_read() -> None:
    text = "关于做好防汛工作的通知\n各单位要做好值班。".encode()
    data = bytearray(_zip({"bad.txt": b"x" * 5000, "good.txt": text, "\\": b"y"}, zipfile.ZIP_DEFLATED))
    at = data.find(b"PK\x03\x04") + 30 + len("bad.txt")
    data[at:at + 8] = b"\xff" * 8  # the first member's deflate stream broken
    src = read_source_bytes(bytes(data), "e.zip")
    assert [p.name for p in src.parts] == ["e.zip/good.txt"]
    assert any(w.startswith("bad.txt: damaged in the archive") for w in src.warnings)
    assert any("without a name" in w for w in src.warnings)


NOTICE = "关于做好家政服务员培训补贴工作的通知\r\n各市（区）人社局：\r\n　　取得初级工证书的，每人补贴1500元。\r\n".encode("gb18030")
PAGE = ("<html><head><title>关于做好防汛工作的通知</title></head><body><div class='nav'>首页 政务公开</div>"
        "<div class='article'><h1>关于做好防汛工作的通知</h1><p>各单位要做好值班，汛期每日报告水情。</p></div></body></html>").encode()


def _7z(members: dict[str, bytes], password: str | None = None) -> bytes:
    import py7zr

    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", password=password) as z:
        for name, data in members.items():
            z.writestr(data, name)
    return buf.getvalue()


def test_a_7z_archive_is_read_member_by_member() -> None:
    src = read_source_bytes(_7z({"附件打包下载/培训补贴通知.txt": NOTICE, "附件打包下载/防汛通知.html": PAGE}), "附件.7z")
    assert src.format == "7z"
    assert [p.name for p in src.parts] == ["附件.7z/附件打包下载/培训补贴通知.txt", "附件.7z/附件打包下载/防汛通知.html"]
    assert "每人补贴1500元" in src.parts[0].text  # (GB18030 bytes, CRLF line ends)
    assert src.parts[1].format == "html" and "汛期每日报告水情" in src.parts[1].text
    # (a 7z inside a ZIP is opened too)
    inside = read_source_bytes(_zip({"包.7z": _7z({"a.txt": NOTICE})}), "外.zip")
    assert [p.name for p in inside.parts] == ["外.zip/包.7z/a.txt"]


def test_a_7z_archive_locked_damaged_or_too_large_is_refused_with_the_reason() -> None:
    with pytest.raises(UnreadableFile, match="password-protected"):
        read_source_bytes(_7z({"a.txt": NOTICE}, password="secret"), "locked.7z")
    data = _7z({"a.txt": NOTICE})
    with pytest.raises(UnreadableFile, match="damaged 7-Zip"):
        read_source_bytes(data[:40], "cut.7z")
    import random

    from index.readers import archive

    big = _7z({"big.bin": random.Random(0).randbytes(2 * 2**20), "a.txt": NOTICE})  # (it does not pack)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(archive, "MAX_MEMBER_BYTES", 2**20)
        src = read_source_bytes(big, "big.7z")
    assert [p.name for p in src.parts] == ["big.7z/a.txt"]
    assert any(w.startswith("big.bin: too large to unpack") for w in src.warnings)
    # a bomb (megabytes of zeros packed into a few hundred bytes) is refused before anything is unpacked
    with pytest.raises(UnreadableFile, match="would unpack to"):
        read_source_bytes(_7z({"zeros.txt": b"0" * (8 * 2**20), "a.txt": NOTICE}), "bomb.7z")


def test_a_tar_archive_or_a_file_compressed_alone_is_read() -> None:
    import gzip
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        for name, data in (("材料/通知.txt", NOTICE), ("材料/防汛.html", PAGE)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("材料/link")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        t.addfile(link)
    src = read_source_bytes(buf.getvalue(), "材料.tar.gz")
    assert src.format == "tar"
    assert [p.name for p in src.parts] == ["材料.tar.gz/材料/通知.txt", "材料.tar.gz/材料/防汛.html"]
    one = read_source_bytes(gzip.compress(NOTICE, mtime=0), "培训补贴通知.txt.gz")
    assert [p.name for p in one.parts] == ["培训补贴通知.txt.gz/培训补贴通知.txt"] and "1500元" in one.parts[0].text
    with pytest.raises(UnreadableFile, match="unpacks to more"):
        read_source_bytes(gzip.compress(b"0" * (8 * 2**20), mtime=0), "bomb.txt.gz")
    # a damaged stream or tar inside a ZIP: that file named, the others read
    broken = bytearray(gzip.compress(NOTICE * 50, mtime=0))
    broken[20:40] = b"\xff" * 20
    plain = io.BytesIO()
    with tarfile.open(fileobj=plain, mode="w") as t:
        info = tarfile.TarInfo("通知.txt")
        info.size = 5000
        t.addfile(info, io.BytesIO(b"x" * 5000))
    cut = plain.getvalue()[:1200]  # (a member longer than the bytes left)
    src = read_source_bytes(_zip({"a.txt.gz": bytes(broken), "b.tar": cut, "c.txt": NOTICE}), "outer.zip")
    assert [p.name for p in src.parts] == ["outer.zip/c.txt"]
    assert any(w.startswith("a.txt.gz: not read") for w in src.warnings), src.warnings
    # a name Chinese Windows wrote in GBK
    gbk = io.BytesIO()
    with tarfile.open(fileobj=gbk, mode="w", format=tarfile.GNU_FORMAT, encoding="gb18030") as t:
        info = tarfile.TarInfo("通知.txt")
        info.size = len(NOTICE)
        t.addfile(info, io.BytesIO(NOTICE))
    assert [p.name for p in read_source_bytes(gbk.getvalue(), "gbk.tar").parts] == ["gbk.tar/通知.txt"]


def test_a_rar_archive_is_refused_with_what_to_do() -> None:
    with pytest.raises(UnreadableFile, match=r"a RAR archive.*unpack it"):
        read_source_bytes(b"Rar!\x1a\x07\x01\x00" + b"\x00" * 64, "附件.rar")

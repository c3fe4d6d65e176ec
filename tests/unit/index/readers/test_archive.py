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

"""Old binary Office files (.doc, .xls): government sites still publish attachments this way."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.errors import UnreadableFile
from index.readers import read_source, read_source_bytes
from index.readers.doc import _lines

OFFICE = Path(__file__).resolve().parents[3] / "data" / "formats"


def test_an_old_word_file_is_read_with_its_table_rows_and_field_results() -> None:
    src = read_source(OFFICE / "pingxiang-gaoling-jintie.doc")
    lines = src.text.split("\n")
    assert src.format == "doc" and src.title == "萍乡市民政局关于提高高龄津贴标准的通知"
    assert lines[:3] == ["萍民字〔2026〕12号", "萍乡市民政局关于提高高龄津贴标准的通知", "各县（市、区）民政局："]
    assert "年龄段\t原标准\t新标准" in lines
    # a row with an empty cell stays one row; a cell of two paragraphs stays one cell
    assert "80至89周岁\t每人每月100元" in lines
    assert "100周岁以上\t每人每月500元\t每人每月800元（含百岁老人长寿补贴）" in lines
    assert "三、申请渠道：登录赣服通或到社区办理。" in lines  # a hyperlink field's shown text, not its address
    assert lines[-1] == "四、本通知自2026年1月1日起施行。"


def test_word_marks_become_text_without_paragraph_properties() -> None:
    """A field's instruction is dropped and its result kept; cells end in \\x07, a row in one more."""
    text = ("第一条\x13 PAGE \x145\x15 页\r" "序号\x07任务\x07\x07" "1\x07建站\x07\x07" "附件\x0b说明\r")
    assert _lines(text, {}) == ["第一条5 页", "序号\t任务", "1\t建站", "附件 说明"]


def test_an_old_excel_file_is_read_as_its_reader_sees_it() -> None:
    src = read_source(OFFICE / "pingxiang-yanglao-fengong.xls")
    lines = src.text.split("\n")
    assert src.format == "xls" and src.title == "萍乡市2026年养老服务重点任务分工表"
    assert "类别\t重点任务\t牵头单位\t完成时限" in lines
    assert "设施建设\t改造敬老院12所\t市民政局\t2026年12月31日" in lines
    assert "补贴标准\t百岁老人长寿补贴（元/月）\t市财政局\t800" in lines
    assert "已核" not in src.text and "内部测算" not in src.text


def test_a_damaged_old_office_file_is_refused_with_the_reason() -> None:
    data = (OFFICE / "pingxiang-gaoling-jintie.doc").read_bytes()
    with pytest.raises(UnreadableFile, match="damaged"):
        read_source_bytes(data[:1536], "cut.doc")
    with pytest.raises(UnreadableFile, match="damaged"):
        read_source_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.doc")


def test_a_piece_table_that_runs_back_over_the_text_is_refused() -> None:
    """Pieces that claim the same characters again (each piece the whole stream) would decode the stream
    thousands of times: the table is damaged."""
    import struct

    from index.readers.doc import _pieces

    def clx(cps: list[int]) -> bytes:
        n = len(cps) - 1
        plc = struct.pack(f"<{n + 1}i", *cps) + b"".join(struct.pack("<HIH", 0, 0x800, 0) for _ in range(n))
        return b"\x02" + struct.pack("<I", len(plc)) + plc

    assert [(p.cp, p.end) for p in _pieces(clx([0, 40, 100]))] == [(0, 40), (40, 100)]
    with pytest.raises(ValueError):
        _pieces(clx([0, 100, 0, 100]))

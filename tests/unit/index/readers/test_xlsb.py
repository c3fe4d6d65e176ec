"""An Excel binary workbook (.xlsb) published on its own: read as the .xlsx reader reads a workbook.

The workbooks are written here, record by record (``tests.support.xlsb_writer``), so that each test says
what the file holds."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile

import pytest

from index.errors import UnreadableFile
from index.readers import read_source_bytes
from index.readers.xlsb import MAX_CELLS, read_xlsb, records
from tests.support.xlsb_writer import Inline, Sheet, Value, record, workbook

_TITLE = "四平市2026年黑土地保护重点任务分工表"
_HEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]


def _task_table(hidden_rows: frozenset[int] = frozenset(), hidden_cols: frozenset[int] = frozenset()) -> Sheet:
    """A 任务分工表 as a city publishes it: a merged title, a 牵头单位 merged down over three rows, two
    配合单位 one per line in a cell, a whole number, a sum, a date and a note merged across under the table."""
    rows: list[list[Value]] = [
        [_TITLE, None, None, None, None],
        list(_HEAD),
        [1, "实施保护性耕作面积620万亩", "市农业农村局", "各县（市、区）人民政府", dt.date(2026, 10, 31)],
        [2, "建设作业监测平台", None, "市财政局\n市国资委", "2026年6月30日前"],
        [3, "组织作业质量核验", None, "各县（市、区）农业农村局", "每年9月30日前"],
        [4, "兑付作业补助资金2100.0万元", "市财政局", "市农业农村局", (2100.0, "0.00")],
        ["注：牵头单位负责组织实施。", None, None, None, None],
    ]
    merges = [(0, 0, 0, 4), (2, 4, 2, 2), (6, 6, 0, 4)]
    return Sheet("分工表", rows, merges, set(hidden_rows), set(hidden_cols))


def _old_table() -> Sheet:
    return Sheet("2024年（旧）", [["旧任务分工表"], ["实施面积500万亩", "市农业农村局", 500]], state=1)


def test_a_task_table_reads_with_the_lead_unit_merged_down_in_every_row() -> None:
    src = read_xlsb(workbook([_task_table()]), "附件1.xlsb")
    lines = src.text.split("\n")
    assert src.format == "xlsb" and src.title == _TITLE
    assert lines[0] == _TITLE
    assert lines[1] == "序号\t重点任务\t牵头单位\t配合单位\t完成时限"
    assert lines[2] == "1\t实施保护性耕作面积620万亩\t市农业农村局\t各县（市、区）人民政府\t2026年10月31日"
    assert lines[3] == "2\t建设作业监测平台\t市农业农村局\t市财政局、市国资委\t2026年6月30日前"
    assert lines[4] == "3\t组织作业质量核验\t市农业农村局\t各县（市、区）农业农村局\t每年9月30日前"
    # (a number printed with the decimals its format shows, the note merged across as a line of its own)
    assert lines[5] == "4\t兑付作业补助资金2100.0万元\t市财政局\t市农业农村局\t2100.00"
    assert lines[6] == "注：牵头单位负责组织实施。"
    assert len(lines) == 7


def test_a_hidden_sheets_old_figures_are_not_read() -> None:
    very_hidden = Sheet("底稿", [["内部测算，不公开"]], state=2)
    src = read_xlsb(workbook([_task_table(), _old_table(), very_hidden]), "附件1.xlsb")
    for unseen in ("旧任务分工表", "500万亩", "内部测算"):
        assert unseen not in src.text
    assert src.text.split("\n")[0] == _TITLE  # (one shown sheet: its name is not written)


def test_several_shown_sheets_are_read_in_order_each_under_its_name() -> None:
    other = Sheet("资金安排", [["项目", "金额（万元）"], ["作业补助", 2100], ["监测平台", 35.5]])
    src = read_xlsb(workbook([_task_table(), other]), "附件1.xlsb")
    lines = src.text.split("\n")
    assert lines[0] == "分工表" and lines[1] == _TITLE
    at = lines.index("资金安排")
    assert lines[at + 1:] == ["项目\t金额（万元）", "作业补助\t2100", "监测平台\t35.5"]


def test_hidden_rows_and_columns_are_left_out() -> None:
    sheet = _task_table(hidden_rows=frozenset({4}), hidden_cols=frozenset({3}))
    src = read_xlsb(workbook([sheet]), "附件1.xlsb")
    assert "组织作业质量核验" not in src.text  # the hidden row
    assert "各县（市、区）人民政府" not in src.text and "配合单位" not in src.text  # the hidden column
    assert "2\t建设作业监测平台\t市农业农村局\t2026年6月30日前" in src.text.split("\n")


def test_numbers_print_as_the_xlsx_reader_prints_them() -> None:
    rows: list[list[Value]] = [["整数", 2000, "小数", 0.30000000000000004, "百分比", (0.15, "0%")],
                                ["日期", dt.date(2026, 6, 30), "是否", True, "大数", 1234567.5],
                                ["中文日期", (46203.0, "[$-804]yyyy年m月d日"), "负数", -12, "内联", Inline("市财政局")]]
    src = read_xlsb(workbook([Sheet("Sheet1", rows)]), "x.xlsb")
    assert src.text.split("\n") == ["整数\t2000\t小数\t0.3\t百分比\t15%",
                                    "日期\t2026年6月30日\t是否\t是\t大数\t1234567.5",
                                    "中文日期\t2026年6月30日\t负数\t-12\t内联\t市财政局"]


def test_the_workbooks_title_is_used_where_no_row_is_one_cell() -> None:
    sheet = Sheet("Sheet1", [["任务", "单位"], ["核验", "市农业农村局"]])
    src = read_xlsb(workbook([sheet], title="重点任务分工表"), "x.xlsb")
    assert src.title == "重点任务分工表"


def test_reading_through_read_source_bytes_goes_to_the_xlsb_reader() -> None:
    src = read_source_bytes(workbook([_task_table(), _old_table()]), "x.xlsb")
    assert src.format == "xlsb" and src.name == "x.xlsb"
    assert "2\t建设作业监测平台\t市农业农村局\t市财政局、市国资委\t2026年6月30日前" in src.text.split("\n")
    assert "旧任务分工表" not in src.text


def test_a_truncated_or_damaged_file_is_refused_with_the_reason() -> None:
    data = workbook([_task_table()])
    for broken in (data[: len(data) // 2], data[:-30]):
        with pytest.raises(UnreadableFile, match=r"^x\.xlsb: "):
            read_source_bytes(broken, "x.xlsb")
    damaged = bytearray(workbook([_task_table()], compression=zipfile.ZIP_STORED))
    at = damaged.find(b"xl/worksheets/sheet1.bin") + 40  # (in the stored sheet's records)
    damaged[at:at + 60] = b"\xff" * 60
    with pytest.raises(UnreadableFile, match=r"^x\.xlsb: "):
        read_xlsb(bytes(damaged), "x.xlsb")


def _replace(data: bytes, path: str, part: bytes) -> bytes:
    """The package with one part's bytes replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, part if info.filename == path else src.read(info))
    return out.getvalue()


def test_a_record_running_past_the_end_of_its_part_is_refused() -> None:
    sheet = record(129) + b"\x91\x01" + b"\xff\xff\xff\x7f"  # BrtBeginSheetData claiming 256 MB
    data = _replace(workbook([_task_table()]), "xl/worksheets/sheet1.bin", sheet)
    with pytest.raises(UnreadableFile, match="runs past the end"):
        read_xlsb(data, "x.xlsb")
    with pytest.raises(UnreadableFile, match="header"):
        list(records(b"\x91\x81\x81\x81\x81"))  # a size of more than 4 bytes


def test_a_sheet_too_large_to_be_a_document_is_refused() -> None:
    # two cells a million rows apart: a grid of over MAX_CELLS cells
    cells = [record(0, struct.pack("<IIHBBBI", r, 0, 300, 0, 0, 0, 0))
             + record(2, struct.pack("<IIi", c, 0, (1 << 2) | 2)) for r, c in ((0, 0), (1_000_000, 3))]
    sheet = record(129) + record(145) + b"".join(cells) + record(146) + record(130)
    data = _replace(workbook([_task_table()]), "xl/worksheets/sheet1.bin", sheet)
    with pytest.raises(UnreadableFile, match="too large"):
        read_xlsb(data, "x.xlsb")
    assert MAX_CELLS < 1_000_000 * 4


def test_a_merge_over_the_whole_sheet_is_cut_to_the_cells_it_holds() -> None:
    sheet = _task_table()
    sheet.merges.append((7, 1_048_575, 0, 16_383))  # a merge below the table reaching Excel's last cell
    src = read_xlsb(workbook([sheet]), "x.xlsb")
    assert src.text.split("\n")[-1] == "注：牵头单位负责组织实施。"


def test_a_workbook_with_no_shown_text_is_refused() -> None:
    with pytest.raises(UnreadableFile, match="contains no text"):
        read_xlsb(workbook([Sheet("Sheet1", [[None]]), _old_table()]), "x.xlsb")
    with pytest.raises(UnreadableFile, match="no shown sheet"):
        read_xlsb(workbook([_old_table()]), "x.xlsb")


def test_a_long_string_merged_down_a_long_sheet_is_refused_not_written_out_without_end() -> None:
    """One 2,000-character string merged down 20,000 rows of a file of a few kilobytes would be 40 million
    characters of text: refused with the reason."""
    rows: list[list[Value]] = [["长" * 2000]] + [[None]] * 19_998 + [["末"]]
    data = workbook([Sheet("表", rows, [(0, 19_998, 0, 0)])])
    with pytest.raises(UnreadableFile, match="too large"):
        read_xlsb(data, "big.xlsb")

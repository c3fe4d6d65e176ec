"""An Excel attachment (.xlsx) published on its own: its rows as the reader of the sheet sees them."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from index.errors import UnreadableFile
from index.readers import read_source_bytes


def _workbook() -> bytes:
    """A 任务分工表 as a city publishes it: a merged title, a category merged down the first column,
    a hidden working column, a date cell, a percentage, a note under the table and a hidden sheet."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "分工表"
    ws["A1"] = "嘉兴市2026年就业见习工作重点任务分工表"
    ws.merge_cells("A1:F1")
    ws.append(["类别", "重点任务", "牵头单位", "配合单位", "内部备注", "完成时限"])
    ws.append(["岗位募集", "募集见习岗位3000个", "市人力社保局", "市国资委\n市工商联", "已核", dt.datetime(2026, 6, 30)])
    ws.append([None, "重点产业岗位占比", "市经信局", "市人力社保局", "待核", 0.3])
    ws.append(["资金保障", "见习补贴每人每月", "市财政局", None, None, 2100.0])
    ws.merge_cells("A3:A4")
    ws["F4"].number_format = "0%"
    ws["F3"].number_format = "yyyy-mm-dd"
    ws.column_dimensions["E"].hidden = True
    ws.row_dimensions[6].hidden = True
    ws["B6"] = "（草稿行，不公开）"
    ws["A7"] = "注：完成时限为最迟时间。"
    ws.merge_cells("A7:F7")
    draft = book.create_sheet("底稿")
    draft["A1"] = "内部测算，不公开"
    draft.sheet_state = "hidden"
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_a_task_table_workbook_is_read_as_the_rows_its_reader_sees() -> None:
    src = read_source_bytes(_workbook(), "附件1.xlsx")
    lines = src.text.split("\n")
    assert src.format == "xlsx" and src.title == "嘉兴市2026年就业见习工作重点任务分工表"
    assert lines[0] == src.title
    assert "类别\t重点任务\t牵头单位\t配合单位\t完成时限" in lines
    assert "岗位募集\t募集见习岗位3000个\t市人力社保局\t市国资委、市工商联\t2026年6月30日" in lines
    # the category merged down is the row's too; a percentage and a whole number print as shown
    assert "岗位募集\t重点产业岗位占比\t市经信局\t市人力社保局\t30%" in lines
    assert "资金保障\t见习补贴每人每月\t市财政局\t2100" in lines
    assert lines[-1] == "注：完成时限为最迟时间。"
    for unseen in ("已核", "草稿行", "内部测算"):
        assert unseen not in src.text


def test_an_empty_or_broken_workbook_is_refused_with_the_reason() -> None:
    import openpyxl

    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    with pytest.raises(UnreadableFile, match="no text"):
        read_source_bytes(buf.getvalue(), "empty.xlsx")
    broken = bytearray(_workbook())
    at = broken.find(b"xl/workbook.xml")
    broken[at + 40: at + 400] = b"\x00" * 360  # the archive's entries are damaged after the name
    with pytest.raises(UnreadableFile):
        read_source_bytes(bytes(broken), "broken.xlsx")


def test_a_workbook_whose_merges_would_not_fit_in_memory_is_refused_before_loading() -> None:
    """A few KB of XML can merge a million rows; openpyxl would make an object of every cell while
    loading, so the merges are measured first."""
    data = _workbook()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b'<mergeCell ref="A1:F1"/>', b'<mergeCell ref="A1:T20000"/>')
            dst.writestr(item, body)
    with pytest.raises(UnreadableFile, match="merged cells cover"):
        read_source_bytes(out.getvalue(), "bomb.xlsx")


def test_an_attachment_mark_over_a_sheets_title_is_not_its_title() -> None:
    from index.readers.xlsx import workbook_lines

    lines, title = workbook_lines([("Sheet1", [["附件2"], ["2026年加装电梯计划分配表"], ["序号", "区", "台数"]])], "b.xls")
    assert title == "2026年加装电梯计划分配表" and lines[0] == "附件2"

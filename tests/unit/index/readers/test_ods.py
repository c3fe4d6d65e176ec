"""OpenDocument spreadsheets (.ods), as LibreOffice Calc saves a 资金分配表: a merged title, equal neighbouring
cells and empty rows written once with a repeat count, shown text that differs from the stored value, a hidden
column, a second sheet."""

from __future__ import annotations

import io
import zipfile

import pytest

from index.errors import UnreadableFile
from index.readers import read_source_bytes

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def _cell(text: str, extra: str = "") -> str:
    return f'<table:table-cell {extra}><text:p>{text}</text:p></table:table-cell>'


SHEET1 = (
    '<table:table table:name="分配表"><table:table-column table:number-columns-repeated="4"/>'
    '<table:table-column table:visibility="collapse"/>'
    '<table:table-row>' + _cell("某市2026年取暖补贴分配表", 'table:number-columns-spanned="5"')
    + '<table:covered-table-cell table:number-columns-repeated="4"/></table:table-row>'
    '<table:table-row><table:table-cell table:number-columns-repeated="5"/></table:table-row>'
    '<table:table-row>' + "".join(_cell(t) for t in ("县区", "金额（万元）", "市级比例", "县级比例", "备注"))
    + '</table:table-row>'
    '<table:table-row>' + _cell("甲县") + _cell("1658.40", 'office:value-type="float" office:value="1658.4"')
    + _cell("50.00%", 'office:value-type="percentage" office:value="0.5" table:number-columns-repeated="2"')
    + _cell("内部核对") + '</table:table-row>'
    # (a program that writes the stored value only: no paragraph)
    '<table:table-row>' + _cell("乙县") + '<table:table-cell office:value-type="float" office:value="699"/>'
    '<table:table-cell office:value-type="percentage" office:value="0.6"/>'
    '<table:table-cell office:value-type="percentage" office:value="0.4"/></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/>'
    '</table:table-row></table:table>'
)
SHEET2 = ('<table:table table:name="说明"><table:table-row>' + _cell("一、按户数测算。") + '</table:table-row>'
          '</table:table>')


def _ods(body: str, mimetype: str = "application/vnd.oasis.opendocument.spreadsheet") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
                                  f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>'
                                  '</office:document-content>')
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def test_a_calc_sheet_is_read_as_it_shows_with_its_repeats_written_out() -> None:
    src = read_source_bytes(_ods(SHEET1 + SHEET2), "fenpei.ods")
    assert src.format == "ods"
    assert src.title == "某市2026年取暖补贴分配表"
    assert src.text.split("\n") == [
        "分配表",
        "某市2026年取暖补贴分配表",
        "县区\t金额（万元）\t市级比例\t县级比例",  # (the hidden 备注 column left out)
        "甲县\t1658.40\t50.00%\t50.00%",  # (one cell repeated: the 县级 share too)
        "乙县\t699\t60%\t40%",
        "说明",
        "一、按户数测算。",
    ]


def test_a_row_of_text_repeated_is_written_as_often_and_a_broken_sheet_is_refused() -> None:
    row = '<table:table-row table:number-rows-repeated="2">' + _cell("同上") + '</table:table-row>'
    src = read_source_bytes(_ods(f'<table:table table:name="Sheet1">{row}</table:table>'), "a.ods")
    assert src.text.split("\n") == ["同上", "同上"]
    with pytest.raises(UnreadableFile, match="no text"):
        read_source_bytes(_ods('<table:table table:name="Sheet1"/>'), "empty.ods")
    with pytest.raises(UnreadableFile, match="damaged"):
        read_source_bytes(_ods("<table:table>"), "broken.ods")


def test_a_small_file_repeating_rows_and_cells_past_the_budget_is_refused() -> None:
    row = ('<table:table-row table:number-rows-repeated="200"><table:table-cell table:number-columns-repeated="64">'
           '<text:p>满</text:p></table:table-cell></table:table-row>')
    bomb = "".join(f'<table:table table:name="S{k}">{row}</table:table>' for k in range(20))
    with pytest.raises(UnreadableFile, match="too many"):
        read_source_bytes(_ods(bomb), "bomb.ods")
    columns = '<table:table-column table:number-columns-repeated="16384" table:visibility="collapse"/>' * 50
    src = read_source_bytes(_ods(f'<table:table table:name="S">{columns}<table:table-row>{_cell("甲")}'
                                 '</table:table-row></table:table><table:table table:name="T"><table:table-row>'
                                 f'{_cell("乙")}</table:table-row></table:table>'), "wide.ods")
    assert "乙" in src.text  # (a sheet of hidden columns past the widest a sheet has is read no further)

"""OFD files (GB/T 33190): characters placed on the page, read back as printed lines."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from index.errors import UnreadableFile
from index.ingest import ingest_file
from index.readers import read_source, read_source_bytes
from index.readers.ofd import deltas

FORMATS = Path(__file__).resolve().parents[3] / "data" / "formats"
OFD = FORMATS / "pingxiang-canji-butie.ofd"
NS = "http://www.ofdspec.org/2016"


def test_an_ofd_notice_is_read_line_by_line_in_reading_order() -> None:
    src = read_source(OFD)
    lines = src.text.split("\n")
    assert src.format == "ofd"
    assert src.title == "萍乡市民政局关于提高困难残疾人生活补贴和重度残疾人护理补贴标准的通知"
    # page 1's objects are written bottom up, one line in two pieces and a heading a character each
    assert lines[:4] == ["萍乡市民政局文件", "萍民字〔2026〕15号", "萍乡市民政局关于提高困难残疾人生活补贴",
                         "和重度残疾人护理补贴标准的通知"]
    assert "困难残疾人生活补贴的对象为具有本市户籍、持有第二代" in lines and "二、补贴标准" in lines
    # the paragraph over the page break: the last line of page 1, then page 2's first
    at = lines.index("人每月90元提高到每人每月120元。符合条件的残疾人可以")
    assert lines[at + 2] == "同时享受两项补贴。"


def test_an_ofd_table_is_read_as_rows_and_its_template_watermark_and_seal_are_not() -> None:
    src = read_source(OFD)
    lines = src.text.split("\n")
    assert "序号\t补贴项目\t发放时间\t发放渠道" in lines
    assert "1\t困难残疾人生活补贴\t每月15日前\t社会保障卡" in lines
    assert "2\t重度残疾人护理补贴\t每月15日前\t社会保障卡或指定银行账户" in lines  # a cell of two lines
    assert "内部资料" not in src.text  # a watermark turned 45°
    assert ("page template (running header/footer)", "萍乡市民政局规范性文件") in src.removed
    assert "萍乡市民政局规范性文件" not in src.text


def test_an_ofd_notice_becomes_one_document_with_its_number_title_and_date() -> None:
    item = ingest_file(OFD)
    assert item.report.error is None and item.report.format == "ofd"
    (doc,) = item.documents
    assert doc.doc_number == "萍民字〔2026〕15号" and doc.date == "2026-03-02"
    assert "符合条件的残疾人可以同时享受两项补贴。" in doc.text


def test_advances_in_the_short_form_are_written_out() -> None:
    assert deltas("g 3 5.6 2.8 g 2 1") == [5.6, 5.6, 5.6, 2.8, 1.0, 1.0]
    assert deltas("") == [] and deltas("g x 1 4") == [4.0]


def _ofd(content: str, document_extra: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("OFD.xml", f'<ofd:OFD xmlns:ofd="{NS}"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
                              "</ofd:DocBody></ofd:OFD>")
        z.writestr("Doc_0/Document.xml", f'<ofd:Document xmlns:ofd="{NS}"><ofd:Pages>'
                                         f'<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>{document_extra}'
                                         "</ofd:Pages></ofd:Document>")
        z.writestr("Doc_0/Pages/Page_0/Content.xml", content)
    return buf.getvalue()


def _page(objects: str) -> str:
    return f'<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer>{objects}</ofd:Layer></ofd:Content></ofd:Page>'


def test_a_scaled_object_and_text_codes_without_advances_are_placed() -> None:
    """Size 1 scaled by the CTM to 5 mm (as some converters write), and a code with no DeltaX."""
    page = _page('<ofd:TextObject ID="2" Boundary="20 40 100 10" Font="1" Size="1" CTM="5 0 0 5 0 0">'
                 '<ofd:TextCode X="0" Y="1" DeltaX="g 5 1">第一条本办法</ofd:TextCode></ofd:TextObject>'
                 '<ofd:TextObject ID="3" Boundary="20 20 100 10" Font="1" Size="5">'
                 '<ofd:TextCode X="0" Y="5">总则</ofd:TextCode></ofd:TextObject>')
    assert read_source_bytes(_ofd(page), "a.ofd").text.split("\n") == ["总则", "第一条本办法"]


def test_damaged_and_hostile_ofd_files_are_unreadable_with_a_reason() -> None:
    with pytest.raises(UnreadableFile, match="lacks its part"):
        read_source_bytes(_ofd(_page(""), '<ofd:Page ID="2" BaseLoc="Pages/Page_9/Content.xml"/>'), "b.ofd")
    with pytest.raises(UnreadableFile, match="damaged part"):
        read_source_bytes(_ofd("<ofd:Page"), "c.ofd")
    with pytest.raises(UnreadableFile, match="no text"):
        read_source_bytes(_ofd(_page("")), "d.ofd")
    # an external entity is not resolved
    evil = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            + _page('<ofd:TextObject ID="2" Boundary="0 0 50 10" Size="5"><ofd:TextCode X="0" Y="5">&x;通知'
                    "</ofd:TextCode></ofd:TextObject>"))
    text = read_source_bytes(_ofd(evil), "e.ofd").text
    assert "root" not in text and "通知" in text


def test_hostile_advances_and_repeated_pages_cost_nothing() -> None:
    assert len(deltas("g 100000 1 " * 50, 5)) == 5  # (at most one step a character)
    assert deltas("g 1e400 1 nan 2", 10) == [2.0]
    page = _page('<ofd:TextObject ID="2" Boundary="0 0 50 10" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 1e400 1">'
                 "关于做好防汛工作的通知</ofd:TextCode></ofd:TextObject>")
    # the same page listed again (a small file asking to be read a thousand times) is read once
    src = read_source_bytes(_ofd(page, '<ofd:Page ID="2" BaseLoc="Pages/Page_0/Content.xml"/>' * 3), "f.ofd")
    assert src.text == "关于做好防汛工作的通知"

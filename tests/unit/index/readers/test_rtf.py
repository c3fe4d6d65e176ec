"""RTF files, as Word and WPS save a notice: GBK escapes, Unicode escapes, tables, header and footer."""

from __future__ import annotations

import pytest

from index.errors import UnreadableFile
from index.ingest import ingest_source
from index.readers import read_source_bytes


def gbk(text: str) -> str:
    """Text as a Chinese Word writes it: each GBK byte a \\'xx escape, ASCII as it is."""
    return "".join(c if ord(c) < 128 else "".join(f"\\'{b:02x}" for b in c.encode("gbk")) for c in text)


def uni(text: str) -> str:
    """Text as \\uN escapes (negative above 32767) with a "?" fallback each."""
    return "".join(c if ord(c) < 128 else f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?" for c in text)


def notice_rtf() -> bytes:
    body = [
        r"{\rtf1\ansi\ansicpg936\deff0\deflang1033\deflangfe2052",
        r"{\fonttbl{\f0\fnil\fcharset134 " + gbk("宋体") + r";}{\f1\fnil\fcharset134 " + gbk("仿宋_GB2312")
        + r";}{\f2\froman\fcharset0 Times New Roman;}}",
        r"{\colortbl;\red0\green0\blue0;\red255\green0\blue0;}",
        r"{\*\generator WPS Office 12.1;}{\info{\title " + gbk("关于做好2026年冬季取暖补贴发放工作的通知")
        + r"}{\author admin}{\creatim\yr2026\mo11\dy3}}",
        r"{\*\latentstyles\lsdstimax260{\lsdlockedexcept " + gbk("标题") + r" 1;}}",
        r"\paperw11906\paperh16838\margl1588\margr1474",
        r"{\header \pard\qc\f0\fs18 " + gbk("某市民政局文件　内部资料") + r"\par}",
        r"{\footer \pard\qc\f2 - {\field{\*\fldinst PAGE }{\fldrslt 1}} -\par}",
        r"\pard\qc\f0\fs32\cf2\b " + gbk("某市民政局文件") + r"\b0\cf1\par",
        r"\pard\qc\f1\fs32 " + gbk("某民发〔2026〕17号") + r"\par",
        r"\pard\qc\f0\fs44 " + gbk("关于做好2026年冬季取暖补贴发放工作的通知") + r"\par",
        r"\pard\f1\fs32 " + gbk("各县（区）民政局：") + r"\par",
        r"\pard\fi640 " + gbk("为保障困难群众温暖过冬，现将有关事项通知如下。") + r"\par",
        r"{\pntext\f1 " + gbk("一、") + r"\tab}{\*\pn\pnlvlbody\pnf1\pnstart1}\pard\fi640 " + gbk("发放对象")
        + r"\par",
        r"\pard\fi640\uc1 " + uni("城乡低保对象、特困人员按下表标准发放取暖补贴，") + r"\line "
        + gbk("于2026年12月15日前发放到位。") + r"{\super\chftn}{\footnote\pard\plain\f1 "
        + gbk("特困人员含分散供养和集中供养。") + r"}\par",
        r"\trowd\trgaph108\clbrdrt\brdrs\cellx2000\cellx5000\cellx8000",
        r"\pard\intbl\f1 " + gbk("类别") + r"\cell " + gbk("城市") + r"\cell " + gbk("农村") + r"\cell\row",
        r"\trowd\trgaph108\clvmgf\cellx2000\cellx5000\cellx8000",
        r"\pard\intbl " + gbk("低保对象") + r"\cell " + gbk("每户800元") + r"\cell " + gbk("每户600元")
        + r"\par " + gbk("（一次性）") + r"\cell\row",
        r"\trowd\trgaph108\clvmrg\cellx2000\cellx5000\cellx8000",
        r"\pard\intbl \cell " + gbk("其中：独居老人另加200元") + r"\cell \cell\row",
        r"\pard\fi640 {\*\bkmkstart sign}{\*\bkmkend sign}{\pict\pngblip\picw100\pich100 89504e470d0a1a0a0000}",
        r"\par\pard\qr " + gbk("某市民政局") + r"\par",
        r"\pard\qr {\f2 2026}" + gbk("年") + r"{\f2 11}" + gbk("月") + r"{\f2 3}" + gbk("日") + r"\par",
        r"}",
    ]
    return "\n".join(body).encode("ascii")


def test_an_rtf_notice_is_read_as_printed_with_its_table_rows_and_without_its_header() -> None:
    src = read_source_bytes(notice_rtf(), "quNuan.rtf")
    assert src.format == "rtf"
    assert src.title == "关于做好2026年冬季取暖补贴发放工作的通知"
    lines = src.text.split("\n")
    assert lines[:4] == ["某市民政局文件", "某民发〔2026〕17号", "关于做好2026年冬季取暖补贴发放工作的通知",
                         "各县（区）民政局："]
    # a list paragraph keeps its printed number; \uN escapes and GBK escapes read alike; \line is a space
    assert "一、 发放对象" in lines
    assert "城乡低保对象、特困人员按下表标准发放取暖补贴， 于2026年12月15日前发放到位。" in lines
    # the footnote after its paragraph
    assert lines[lines.index("一、 发放对象") + 2] == "注：特困人员含分散供养和集中供养。"
    # one line per table row, cells by tabs; a cell's two paragraphs joined; a merged cell repeated
    assert "类别\t城市\t农村" in lines
    assert "低保对象\t每户800元\t每户600元（一次性）" in lines
    assert "低保对象\t其中：独居老人另加200元" in lines
    assert lines[-2:] == ["某市民政局", "2026年11月3日"]
    # the page header and footer are furniture, reported; fonts, pictures and bookmarks are not text
    assert ("page header or footer", "某市民政局文件 内部资料") in src.removed
    assert not any(w in src.text for w in ("宋体", "Times", "89504e47", "sign", "WPS", "admin", "标题 1"))


def test_an_rtf_notice_becomes_a_document_with_its_number_and_title() -> None:
    item = ingest_source(read_source_bytes(notice_rtf(), "quNuan.rtf"))
    assert item.report.error is None and item.report.documents == 1
    doc = item.documents[0]
    assert doc.doc_number == "某民发〔2026〕17号"
    assert doc.title == "关于做好2026年冬季取暖补贴发放工作的通知"


def test_characters_beyond_the_basic_plane_and_a_document_cut_short() -> None:
    # 𠀀 (U+20000) is written as two \uN escapes (a surrogate pair); the file ends before its last "}"
    data = rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 x;}}\f0\uc1\u-10176?\u-9216?" + gbk("字").encode() \
        + rb"\par"
    assert read_source_bytes(data, "cut.rtf").text == "\U00020000字"


def test_escapes_out_of_range_and_binary_data_past_the_end_are_no_text() -> None:
    data = rb"{\rtf1\ansi \u99999999?\u-99999?ok\par{\pict\bin999999 \x00\x01}"
    assert read_source_bytes(data, "odd.rtf").text == "ok"


def test_an_rtf_file_without_text_is_unreadable_with_a_reason() -> None:
    data = rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\pict\pngblip 89504e47}\par}"
    with pytest.raises(UnreadableFile, match="contains no text"):
        read_source_bytes(data, "blank.rtf")


def test_a_cells_own_groups_keep_it_in_the_table_and_equal_cells_stay_apart() -> None:
    # a list number written as {\listtext\pard…} inside a cell does not end the table
    data = (rb"{\rtf1\ansi\trowd\cellx1\cellx2\cellx3\pard\intbl A\cell {\listtext\pard\plain 1.\tab}B\par "
            rb"{\listtext\pard\plain 2.\tab}C\cell 500\cell\row"
            rb"\trowd\cellx1\cellx2\cellx3\pard\intbl D\cell 500\cell 500\cell\row\pard after\par}")
    assert read_source_bytes(data, "t.rtf").text.split("\n") == ["A\t1. B、2. C\t500", "D\t500\t500", "after"]


def test_hidden_and_deleted_text_and_what_follows_the_document_are_not_read() -> None:
    data = rb"{\rtf1\ansi kept {\deleted gone}{\v hidden}{\v0 shown} end\par}trailing garbage"
    assert read_source_bytes(data, "t.rtf").text == "kept shown end"

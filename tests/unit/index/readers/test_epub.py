"""EPUB e-books: a 政策汇编 whose notices are chapters, read in the spine's order (not the file names'), a
notice split over two files read whole, an 编者注 kept, a cover image and the navigation page passed over."""

from __future__ import annotations

import io
import zipfile

import pytest

from index.errors import UnreadableFile
from index.ingest import ingest_source
from index.readers import read_source_bytes

CONTAINER = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
             '<rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>'
             '</rootfiles></container>')
OPF = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
       '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>某市惠民政策汇编</dc:title></metadata>'
       '<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
       '<item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>'
       '<item id="a2" href="text/c01.xhtml" media-type="application/xhtml+xml"/>'
       '<item id="a1" href="text/c09.xhtml" media-type="application/xhtml+xml"/>'
       '<item id="b" href="text/c05.xhtml" media-type="application/xhtml+xml"/>'
       '<item id="img" href="images/cover.png" media-type="image/png"/></manifest>'
       '<spine><itemref idref="cover"/><itemref idref="nav"/><itemref idref="a1"/><itemref idref="a2"/>'
       '<itemref idref="b"/></spine></package>')


def _page(body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>t</title></head>'
            f'<body><section epub:type="chapter">{body}</section></body></html>')


PAGES = {
    "OEBPS/nav.xhtml": _page('<nav epub:type="toc"><ol><li><a href="text/c09.xhtml">目录一</a></li></ol></nav>'),
    "OEBPS/text/cover.xhtml": _page('<img src="../images/cover.png" alt=""/>'),
    "OEBPS/text/c09.xhtml": _page(
        '<h1>某市人民政府办公室关于印发某市清洁取暖运行补贴办法的通知</h1><p>某政办发〔2025〕41号</p>'
        '<p>各县（市、区）人民政府：</p><p>现将《办法》印发给你们，请认真贯彻执行。</p>'
        '<p>某市人民政府办公室</p><p>2025年10月24日</p>'
        '<p>第一条　“煤改电”用户每千瓦时补贴0.2元，每户每个采暖季最高补贴电量5000千瓦时。</p>'),
    "OEBPS/text/c01.xhtml": _page(
        '<p>第二条　县级发展改革部门于每年4月30日前将补贴资金发放至用户社会保障卡。</p>'
        '<p>第三条　本办法自2025年11月1日起施行，有效期至2028年10月31日。</p>'
        '<aside epub:type="footnote"><p>编者注：本办法附件未收入本汇编。</p></aside>'),
    "OEBPS/text/c05.xhtml": _page(
        '<h1>某市民政局关于做好困难群众冬季取暖救助工作的通知</h1><p>某民发〔2025〕27号</p>'
        '<p>各县（市、区）民政局：</p><p>一、城乡低保对象按户发放一次性取暖救助，每户300元；特困供养人员按人发放，'
        '每人500元。</p><p>二、本通知有效期至2026年3月15日，请各地认真落实。</p><p>某市民政局</p><p>2025年11月5日</p>'),
}


def _epub(pages: dict[str, str], opf: str = OPF) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", CONTAINER)
        z.writestr("OEBPS/book.opf", opf)
        z.writestr("OEBPS/images/cover.png", b"\x89PNG\r\n\x1a\n")
        for path, text in pages.items():
            z.writestr(path, text)
    return buf.getvalue()


def test_a_policy_compilation_is_read_in_its_spine_order_and_split_into_its_notices() -> None:
    src = read_source_bytes(_epub(PAGES), "huibian.epub")
    assert src.format == "epub"
    lines = src.text.split("\n")
    assert lines[0] == "某市人民政府办公室关于印发某市清洁取暖运行补贴办法的通知"  # (not the file c01's text first)
    assert "目录一" not in src.text  # (the navigation page is no chapter)
    assert lines.index("编者注：本办法附件未收入本汇编。") == lines.index("某市民政局关于做好困难群众冬季取暖救助工作的通知") - 1
    docs = ingest_source(src).documents
    assert [d.doc_number for d in docs] == ["某政办发〔2025〕41号", "某民发〔2025〕27号"]
    first = docs[0].text.replace(" ", "")
    assert "每千瓦时补贴0.2元" in first and "于每年4月30日前将补贴资金" in first and "有效期至2028年10月31日" in first


def test_a_damaged_or_empty_e_book_is_refused_with_the_reason() -> None:
    partial = read_source_bytes(_epub({p: t for p, t in PAGES.items() if not p.endswith("c05.xhtml")}), "partial.epub")
    assert "某政办发〔2025〕41号" in partial.text
    assert any("OEBPS/text/c05.xhtml: not read" in w and "does not hold" in w for w in partial.warnings)
    with pytest.raises(UnreadableFile, match="no text"):
        read_source_bytes(_epub({p: _page("") for p in PAGES}), "blank.epub")
    broken = OPF.replace("</package>", "")
    with pytest.raises(UnreadableFile, match="damaged"):
        read_source_bytes(_epub(PAGES, broken), "broken.epub")


def test_a_broken_container_is_refused_with_the_reason_not_a_crash() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", "<container><rootfiles><rootfile full-path=")
    with pytest.raises(UnreadableFile, match="damaged e-book"):
        read_source_bytes(buf.getvalue(), "broken.epub")
    # a page that opens heads without closing them is read in time, its text kept
    page = "<html><body>" + "<head>" * 20000 + "<p>某市民政局通知正文：每户300元。</p></body></html>"
    src = read_source_bytes(_epub({**PAGES, "OEBPS/text/c05.xhtml": page}), "heads.epub")
    assert "每户300元" in src.text

"""OpenDocument text (.odt), as LibreOffice or 永中 Office saves a notice: lists numbered by their style,
tables with merged cells, footnotes, a header and footer, tracked changes and comments."""

from __future__ import annotations

import io
import zipfile

import pytest

from index.errors import UnreadableFile
from index.ingest import ingest_source
from index.readers import read_source_bytes

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

BODY = (
    '<text:p text:style-name="P1">某市住房和城乡建设局文件</text:p>'
    '<text:p>某建发〔2026〕12号</text:p>'
    '<text:h text:outline-level="1">关于发放2026年老旧小区加装电梯补助的通知</text:h>'
    '<text:p>各区住房和城乡建设局：</text:p>'
    '<text:p><text:span>一、补助对象。</text:span>已竣工验收的既有住宅加装电梯项目<text:note text:id="n1" '
    'text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>既有住宅，是指'
    '2000年12月31日前建成的四层及以上住宅。</text:p></text:note-body></text:note>。<office:annotation>'
    '<dc:creator>王科长</dc:creator><text:p>建议改为2005年</text:p></office:annotation></text:p>'
    '<text:p>二、补助内容：</text:p>'
    '<text:list text:style-name="L1"><text:list-item><text:p>设备购置费用；</text:p></text:list-item>'
    '<text:list-item><text:p>土建施工费用。</text:p></text:list-item></text:list>'
    '<text:p>三、补助标准如下表：</text:p>'
    '<table:table table:name="表1"><table:table-column table:number-columns-repeated="3"/>'
    '<table:table-header-rows><table:table-row><table:table-cell><text:p>楼层</text:p></table:table-cell>'
    '<table:table-cell><text:p>每台补助</text:p></table:table-cell><table:table-cell><text:p>拨付方式</text:p>'
    '</table:table-cell></table:table-row></table:table-header-rows>'
    '<table:table-row><table:table-cell><text:p>四至六层</text:p></table:table-cell><table:table-cell>'
    '<text:p>15万元</text:p></table:table-cell><table:table-cell table:number-rows-spanned="2"><text:p>验收合格后'
    '一次性拨付至业主委员会</text:p></table:table-cell></table:table-row>'
    '<table:table-row><table:table-cell><text:p>七层及以上</text:p></table:table-cell><table:table-cell>'
    '<text:p>20万元</text:p></table:table-cell><table:covered-table-cell/></table:table-row>'
    '<table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>每个单元只补助一台。</text:p>'
    '</table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>'
    '<table:table-row><table:table-cell table:number-columns-repeated="3"/></table:table-row></table:table>'
    '<text:p><text:soft-page-break/>四、申请时间。2026年6月30日<text:change-start text:change-id="c1"/>'
    '<text:change-end text:change-id="c1"/>前提出申请。</text:p>'
    '<text:p>某市住房和城乡建设局<text:s text:c="4"/>2026年3月2日</text:p>'
)
TRACKED = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info>'
           '<dc:creator>李四</dc:creator></office:change-info><text:p>5月31日</text:p></text:deletion>'
           '</text:changed-region></text:tracked-changes>')
LIST_STYLE = ('<office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number '
              'text:level="1" style:num-prefix="（" style:num-suffix="）" style:num-format="一"/>'
              '</text:list-style></office:automatic-styles>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}><office:master-styles>'
          '<style:master-page style:name="Standard"><style:header><text:p>某建发〔2026〕12号<text:tab/>某市住房和城乡'
          '建设局</text:p></style:header><style:footer><text:p>— <text:page-number>1</text:page-number> —</text:p>'
          '</style:footer></style:master-page></office:master-styles></office:document-styles>')
META = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_NS}><office:meta><dc:title>'
        '关于发放2026年老旧小区加装电梯补助的通知</dc:title></office:meta></office:document-meta>')


def odt(body: str = BODY, *, tracked: str = TRACKED, styles: str = LIST_STYLE,
        mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>{styles}<office:body>'
               f'<office:text>{tracked}{body}</office:text></office:body></office:document-content>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2026, 3, 2, 0, 0, 0)), mimetype)  # stored first, as ODF asks
        z.writestr("content.xml", content)
        z.writestr("styles.xml", STYLES)
        z.writestr("meta.xml", META)
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def test_an_odt_notice_is_read_in_order_with_its_list_numbers_and_footnote() -> None:
    s = read_source_bytes(odt(), "notice.odt")
    assert s.format == "odt"
    assert s.title == "关于发放2026年老旧小区加装电梯补助的通知"
    lines = s.text.splitlines()
    assert lines[:3] == ["某市住房和城乡建设局文件", "某建发〔2026〕12号", "关于发放2026年老旧小区加装电梯补助的通知"]
    assert "（一）设备购置费用；" in lines and "（二）土建施工费用。" in lines
    # the footnote after its paragraph, as the note it is printed as; the comment nowhere
    at = lines.index("一、补助对象。已竣工验收的既有住宅加装电梯项目。")
    assert lines[at + 1] == "注：既有住宅，是指2000年12月31日前建成的四层及以上住宅。"
    assert "建议改为2005年" not in s.text and "王科长" not in s.text


def test_a_table_spanning_rows_repeats_its_cell_and_one_spanning_columns_is_written_once() -> None:
    lines = read_source_bytes(odt(), "notice.odt").text.splitlines()
    assert "四至六层\t15万元\t验收合格后一次性拨付至业主委员会" in lines
    assert "七层及以上\t20万元\t验收合格后一次性拨付至业主委员会" in lines
    assert "每个单元只补助一台。" in lines


def test_deleted_text_of_tracked_changes_is_not_read_and_the_header_and_footer_are_furniture() -> None:
    s = read_source_bytes(odt(), "notice.odt")
    assert "四、申请时间。2026年6月30日前提出申请。" in s.text.splitlines()
    assert "5月31日" not in s.text and "李四" not in s.text
    assert ("page header or footer", "某建发〔2026〕12号 某市住房和城乡建设局") in s.removed
    assert ("page header or footer", "— 1 —") in s.removed
    assert "— 1 —" not in s.text


def test_an_odt_is_ingested_as_a_notice_with_its_number_and_title() -> None:
    item = ingest_source(read_source_bytes(odt(), "notice.odt"))
    assert item.report.error is None and item.report.documents == 1
    doc = item.documents[0]
    assert doc.doc_number == "某建发〔2026〕12号"
    assert doc.title == "关于发放2026年老旧小区加装电梯补助的通知"


def test_a_damaged_or_empty_odt_says_why() -> None:
    with pytest.raises(UnreadableFile, match="no text"):
        read_source_bytes(odt("<text:p/>", tracked=""), "empty.odt")
    broken = odt().replace(b"<office:text>", b"<office:text><text:p>", 1)
    with pytest.raises(UnreadableFile):
        read_source_bytes(broken, "broken.odt")
    # a spreadsheet in OpenDocument form is not taken for a text
    with pytest.raises(UnreadableFile):
        read_source_bytes(odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"), "sheet.ods")


def test_entities_in_an_odt_are_not_expanded() -> None:
    hostile = odt().replace(b'<?xml version="1.0" encoding="UTF-8"?><office:document-content',
                            b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                            b'<office:document-content', 1).replace(b"<text:p>\xe5\x90\x84", b"<text:p>&e;\xe5\x90\x84", 1)
    try:
        s = read_source_bytes(hostile, "hostile.odt")
    except UnreadableFile:
        return
    assert "root:" not in s.text


def _table(rows: str) -> str:
    return f'<table:table table:name="t"><table:table-column table:number-columns-repeated="4"/>{rows}</table:table>'


def _cell(text: str, attrs: str = "") -> str:
    return f"<table:table-cell {attrs}><text:p>{text}</text:p></table:table-cell>"


def test_a_cell_spanning_columns_and_one_spanning_rows_keep_the_others_in_their_columns() -> None:
    rows = ("<table:table-row>" + _cell("A", 'table:number-columns-spanned="2"') + "<table:covered-table-cell/>"
            + _cell("B", 'table:number-rows-spanned="2"') + _cell("X") + "</table:table-row>"
            "<table:table-row>" + _cell("C") + _cell("D") + "<table:covered-table-cell/>" + _cell("Y") + "</table:table-row>")
    text = read_source_bytes(odt("<text:p>一、表格如下：</text:p>" + _table(rows), tracked=""), "t.odt").text
    assert text.splitlines()[1:] == ["A\tB\tX", "C\tD\tB\tY"]


def test_a_named_outline_style_numbers_headings_and_a_cross_reference_shows_its_text() -> None:
    outline = ('<office:automatic-styles/><office:styles><text:outline-style style:name="Outline">'
               '<text:outline-level-style text:level="1" style:num-prefix="第" style:num-suffix="章 " style:num-format="一"/>'
               '</text:outline-style></office:styles>')
    body = ('<text:h text:outline-level="1"><text:number>第一章 </text:number>总则</text:h>'
            '<text:p>具体标准详见<text:bookmark-ref text:reference-format="text" text:ref-name="a2">附件2</text:bookmark-ref>。</text:p>'
            '<text:h text:outline-level="1">附则</text:h>')
    lines = read_source_bytes(odt(body, tracked="", styles=outline), "o.odt").text.splitlines()
    assert lines == ["第一章 总则", "具体标准详见附件2。", "第二章 附则"]


def test_an_odt_without_a_mimetype_member_is_still_read() -> None:
    data = odt()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            if info.filename == "META-INF/manifest.xml":
                out.writestr(info.filename, '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                                            'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
                                            '"application/vnd.oasis.opendocument.text"/></manifest:manifest>')
            elif info.filename != "mimetype":
                out.writestr(info, src.read(info.filename))
    s = read_source_bytes(buf.getvalue(), "nomime.odt")
    assert s.format == "odt" and "加装电梯" in s.text


def test_absurd_counts_in_an_odt_are_bounded() -> None:
    """Spaces, repeats and start values a hostile file states are capped: read quickly, within memory."""
    body = ('<text:p>甲<text:s text:c="4000000000"/>乙</text:p>'
            + _table("<table:table-row>" + _cell("A", 'table:number-columns-repeated="100000000"') + "</table:table-row>")
            + '<text:list text:style-name="R"><text:list-item text:start-value="99999999999999"><text:p>项</text:p>'
              '</text:list-item></text:list><text:p>丙<text:s text:c="²"/>丁</text:p>')
    styles = ('<office:automatic-styles><text:list-style style:name="R"><text:list-level-style-number text:level="1" '
              'style:num-format="i"/></text:list-style></office:automatic-styles>')
    s = read_source_bytes(odt(body, tracked="", styles=styles), "hostile.odt")
    assert len(s.text) < 2000 and "丙 丁" in s.text

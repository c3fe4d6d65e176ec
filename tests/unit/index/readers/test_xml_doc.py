"""XML files that are documents: Word 2003 XML saved as .doc, a 政府信息公开目录's export of records, a flat
OpenDocument file, any other XML by its elements' text; an XHTML page left to the web page reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.errors import UnreadableFile
from index.ingest import ingest_file
from index.readers import read_source_bytes

_W = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" ' \
     'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office"'


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r><w:t>{r}</w:t></w:r>" for r in runs) + "</w:p>"


def _tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(text) if text else '<w:p/>'}</w:tc>"


WORD_2003 = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>'
    f'<w:wordDocument {_W}><o:DocumentProperties><o:Title>某市人民政府办公室关于印发重点工作任务分工方案的通知</o:Title>'
    '</o:DocumentProperties><w:body><wx:sect>'
    + _p("某府办函〔2026〕37号") + _p("重点工作任务分工方案")
    + "<w:tbl><w:tr>" + "".join(_tc(t) for t in ("序号", "任务", "牵头单位", "完成时限")) + "</w:tr>"
    + "<w:tr>" + _tc("一、摸清底数", '<w:gridSpan w:val="4"/>') + "</w:tr>"
    + "<w:tr>" + _tc("1") + _tc("建立台账") + _tc("市农业农村局", '<w:vmerge w:val="restart"/>')
    + "<w:tc><w:p><w:r><w:t>2026年11月</w:t></w:r><w:r><w:t>30日前</w:t></w:r></w:p></w:tc></w:tr>"
    + "<w:tr>" + _tc("2") + _tc("制定方案") + _tc("", "<w:vmerge/>") + _tc("2027年3月31日前") + "</w:tr></w:tbl>"
    + '<w:sectPr><w:ftr w:type="odd">' + _p("— 1 —") + "</w:ftr></w:sectPr></wx:sect></w:body></w:wordDocument>")

EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<GovInfoList total="2">
  <record id="1">
    <suoyinhao>007/2026-00153</suoyinhao>
    <title>某市民政局关于调整取暖补贴标准的通知</title>
    <wenhao>某民发〔2026〕5号</wenhao>
    <fawenjiguan>某市民政局</fawenjiguan>
    <chengwenriqi>2026-07-10</chengwenriqi>
    <youxiaoxing>有效</youxiaoxing>
    <zhengwen><![CDATA[<p>各县（区）民政局：</p><p>为做好困难群众冬季取暖保障工作，经市人民政府同意，现将取暖补贴标准由每户每年300元调整为每户每年400元，自2026年11月1日起执行，请各地认真贯彻落实，确保补贴资金按时足额发放到户，并将发放情况于每年12月底前报送市民政局社会救助科备案。</p>]]></zhengwen>
  </record>
  <record id="2">
    <title>某市民政局关于做好2024年取暖补贴工作的通知</title>
    <wenhao>某民发〔2024〕9号</wenhao>
    <youxiaoxing>失效</youxiaoxing>
    <zhengwen><![CDATA[<p>各县（区）民政局：</p><p>为做好2024年困难群众冬季取暖保障工作，经研究，现就取暖补贴工作通知如下：城乡低保户每户每年300元，特困供养人员每人每年500元，于每年11月底前发放到户，请各地认真组织实施，加强资金监管，严禁截留挪用，发放情况及时报送市民政局。</p>]]></zhengwen>
  </record>
</GovInfoList>
"""


def test_word_2003_xml_saved_as_doc_is_read_as_a_word_file() -> None:
    src = read_source_bytes(WORD_2003.encode(), "fengong.doc")
    assert src.format == "doc-xml" and src.title == "某市人民政府办公室关于印发重点工作任务分工方案的通知"
    assert src.text.split("\n") == ["某府办函〔2026〕37号", "重点工作任务分工方案", "序号\t任务\t牵头单位\t完成时限",
                                    "一、摸清底数", "1\t建立台账\t市农业农村局\t2026年11月30日前",
                                    "2\t制定方案\t市农业农村局\t2027年3月31日前"]  # (the merged cell in each row)
    assert "— 1 —" not in src.text  # (a footer is not body text)


def test_an_export_of_records_is_read_as_notices_with_their_fields(tmp_path: Path) -> None:
    src = read_source_bytes(EXPORT.encode(), "mulu.xml")
    assert src.format == "xml" and [p.title for p in src.parts] == ["某市民政局关于调整取暖补贴标准的通知",
                                                                     "某市民政局关于做好2024年取暖补贴工作的通知"]
    first, second = src.parts
    assert ("发文字号", "某民发〔2026〕5号") in first.fields and ("索引号", "007/2026-00153") in first.fields
    assert ("成文日期", "2026-07-10") in first.fields and ("发文机关", "某市民政局") in first.fields
    assert ("有效期", "失效") in second.fields  # (its validity only in the metadata)
    assert "每户每年400元" in first.text and "<p>" not in first.text
    path = tmp_path / "mulu.xml"
    path.write_text(EXPORT, encoding="utf-8")
    docs = ingest_file(path).documents
    assert [d.doc_number for d in docs] == ["某民发〔2026〕5号", "某民发〔2024〕9号"]


def test_an_xhtml_page_or_another_xml_is_read_for_what_it_is() -> None:
    page = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>关于做好防汛工作'
            '的通知</title></head><body><p>各单位要做好值班，汛期每日报告水情。</p></body></html>')
    assert read_source_bytes(page.encode(), "a.xhtml").format == "html"
    other = '<?xml version="1.0"?><config><item>防汛值班安排</item><item>每日报告水情</item></config>'
    src = read_source_bytes(other.encode(), "b.xml")
    assert src.format == "xml" and src.text == "防汛值班安排\n每日报告水情" and src.warnings
    # not well-formed: read as the page or text it is, not refused
    broken = ('<?xml version="1.0" encoding="UTF-8"?><html><head><meta charset="utf-8"><title>关于做好防汛工作的通知</title>'
              '</head><body><p>各单位要做好值班，汛期每日报告水情。</p></body></html>')
    assert "汛期每日报告水情" in read_source_bytes(broken.encode(), "c.xml").text
    # text between an export's elements is kept ("…<br/>二、…")
    mixed = ('<?xml version="1.0"?><list><record><title>某市民政局关于做好取暖补贴工作的通知</title><zhengwen>一、补贴对象为城乡低保户'
             '和特困供养人员，以及其他经县级民政部门认定的困难家庭，须本人提出申请。<br/>二、补贴标准为每户每年300元，于每年11月底前'
             '发放到户，各地要加强资金监管，严禁截留挪用，发放情况及时报送市民政局。</zhengwen></record></list>')
    assert "每户每年300元" in read_source_bytes(mixed.encode(), "e.xml").text
    with pytest.raises(UnreadableFile, match="too large"):
        read_source_bytes(b'<?xml version="1.0"?><a>' + b"<b/>" * 2_000_001 + b"</a>", "f.xml")
    bomb = ('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;&x;&x;&x;&x;&x;">]>'
            '<a>&y;&y;&y;&y;</a>')
    try:
        src = read_source_bytes(bomb.encode(), "d.xml")
        assert "xxxxxxxxxx" not in src.text  # (entities are not expanded)
    except UnreadableFile:
        pass


_EXCEL_2003 = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Title>取暖补贴资金分配表</Title></DocumentProperties>
<Styles><Style ss:ID="Default" ss:Name="Normal"><NumberFormat/></Style>
<Style ss:ID="sNum"><NumberFormat ss:Format="0.00"/></Style><Style ss:ID="sNum2" ss:Parent="sNum"><Font ss:Bold="1"/></Style>
<Style ss:ID="sPct"><NumberFormat ss:Format="Percent"/></Style></Styles>
<Worksheet ss:Name="分配表"><Table>
<Column ss:Index="5" ss:Hidden="1"/>
<Row><Cell ss:MergeAcross="4"><Data ss:Type="String">某市2026年取暖补贴资金分配表</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">下达日期：</Data></Cell><Cell><Data ss:Type="DateTime">2026-10-08T00:00:00.000</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">县区</Data></Cell><Cell><Data ss:Type="String">类别</Data></Cell>
 <Cell><Data ss:Type="String">资金（万元）</Data><Comment ss:Author="财政局"><ss:Data xmlns="http://www.w3.org/TR/REC-html40"><B>财政局:</B>
各县区于11月30日前发放到户。</ss:Data></Comment></Cell><Cell><Data ss:Type="String">市级比例</Data></Cell>
 <Cell><Data ss:Type="String">内部编码</Data></Cell></Row>
<Row><Cell ss:MergeDown="1"><Data ss:Type="String">东城区</Data></Cell><Cell><Data ss:Type="String">低保</Data></Cell>
 <Cell ss:StyleID="sNum2"><Data ss:Type="Number">120.5</Data></Cell><Cell ss:StyleID="sPct"><Data ss:Type="Number">0.6</Data></Cell>
 <Cell><Data ss:Type="String">X-01</Data></Cell></Row>
<Row><Cell ss:Index="2"><Data ss:Type="String">特困</Data></Cell><Cell ss:StyleID="sNum"><Data ss:Type="Number">30</Data></Cell></Row>
<Row ss:Hidden="1"><Cell><Data ss:Type="String">草稿行</Data></Cell></Row>
</Table></Worksheet>
<Worksheet ss:Name="底稿"><Table><Row><Cell><Data ss:Type="String">不公开的测算</Data></Cell></Row></Table>
<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>
</Workbook>
"""


def test_excel_2003_xml_saved_as_xls_is_read_as_an_excel_file() -> None:
    src = read_source_bytes(_EXCEL_2003.encode("utf-8"), "分配表.xls")
    assert src.format == "xls-xml" and src.title == "某市2026年取暖补贴资金分配表"
    assert src.text.split("\n") == [
        "某市2026年取暖补贴资金分配表",
        "下达日期：\t2026年10月8日",  # a date as 年月日
        "县区\t类别\t资金（万元）\t市级比例",  # the hidden column left out
        "批注：各县区于11月30日前发放到户。",  # the cell's comment, without its author's name
        "东城区\t低保\t120.50\t60.00%",  # numbers as their style (or its parent's) shows them
        "东城区\t特困\t30.00",  # merged down: written in each row it spans
    ]  # the hidden row and the hidden sheet left out


def test_an_excel_2003_xml_file_with_a_huge_merge_is_refused() -> None:
    huge = _EXCEL_2003.replace('<Cell ss:MergeAcross="4">', '<Cell ss:MergeAcross="16000" ss:MergeDown="16000">')
    with pytest.raises(UnreadableFile, match="too large"):
        read_source_bytes(huge.encode("utf-8"), "分配表.xls")


def test_a_long_chain_of_styles_and_a_format_of_a_million_decimals_are_read_within_bounds() -> None:
    styles = "".join(f'<Style ss:ID="s{i}" ss:Parent="s{i + 1}"/>' for i in range(3000))
    styles += '<Style ss:ID="s3000"><NumberFormat ss:Format="0.' + "0" * 1_000_000 + '"/></Style>'
    book = _EXCEL_2003.replace('<Style ss:ID="sNum">', styles + '<Style ss:ID="sNum">').replace(
        '<Cell ss:StyleID="sNum"><Data ss:Type="Number">30</Data>', '<Cell ss:StyleID="s0"><Data ss:Type="Number">30</Data>')
    src = read_source_bytes(book.encode("utf-8"), "分配表.xls")
    # (a chain longer than the reader follows takes the default format; a format's decimals are shown to ten places)
    assert "东城区\t特困\t30" in src.text and len(src.text) < 1000

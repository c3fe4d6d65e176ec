"""Readers per format: what each file kind yields as text, and a clear reason when it cannot."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from index.errors import UnreadableFile
from index.readers import SourceText, join_cell, read_source, read_source_bytes, sniff
from index.readers.ocr import group_lines
from index.readers.pdf import strip_running_lines
from index.readers.text import decode_text

FIX = Path(__file__).resolve().parents[3] / "data" / "ingest"
FORMATS = FIX.parent / "formats"
BAD = Path(__file__).resolve().parents[3] / "data" / "ingest-bad"


def test_the_format_comes_from_the_bytes_not_the_name() -> None:
    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(b"PK\x03\x04rest") == "zip"
    assert sniff(b"\x89PNG\r\n\x1a\nxxxx") == "image"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "ole"
    assert sniff("通知".encode()) == "text"
    html = "<!DOCTYPE html><html><body><p>第一条 为了规范管理，制定本办法。</p></body></html>".encode()
    assert read_source_bytes(html, "page.txt").format == "html"  # an HTML page saved as .txt


def test_a_government_page_loses_its_chrome_and_keeps_title_fields_and_articles() -> None:
    src = read_source(FIX / "luoyang-parking-measures.html")
    assert src.format == "html" and src.title == "洛阳市机动车停车场管理办法"
    for chrome in ("走进洛阳", "网站标识码", "请输入关键字", "分享到", "长者模式", "相关链接", "setFont"):
        assert chrome not in src.text
    assert "首小时内收费不超过3元" in src.text and "第十条" in src.text
    assert ("来源", "洛阳市人民政府办公室") in src.fields
    # the metadata table arrives as label/value cells on one line
    assert any(line.startswith("发文字号：\t洛阳市人民政府令第178号") for line in src.text.split("\n"))
    assert any("网站标识码" in text for _, text in src.removed)


def test_a_gb2312_page_is_decoded_and_titled_from_its_head() -> None:
    src = read_source(FIX / "luoyang-heating-qa.html")
    assert src.title == "《洛阳市城市供热管理办法》政策解读"
    assert "每平方米每月5.8元" in src.text and "ICP" not in src.text


def test_a_deeply_nested_page_does_not_crash_the_reader() -> None:
    page = "<html><body>" + "<div>" * 5000 + "<p>第一条 深层嵌套的正文。</p>" + "</div>" * 5000 + "</body></html>"
    src = read_source_bytes(page.encode(), "deep.html")
    assert "深层嵌套的正文" in src.text


def test_word_files_keep_numbering_tables_and_title_but_not_headers() -> None:
    src = read_source(FIX / "luoyang-elderly-meals.docx")
    lines = src.text.split("\n")
    assert src.format == "docx" and src.title == "洛阳市民政局关于印发洛阳市老年助餐服务实施办法的通知"
    assert "1.老年人持身份证到社区老年食堂登记，由社区核实身份后办理助餐卡。" in lines
    assert "3.补贴资金按月结算，由县区民政局拨付给老年食堂。" in lines
    assert "80周岁以上老年人\t4元\t120元" in lines
    assert "第 1 页" not in src.text and "规范性文件" not in src.text


def test_a_page_table_whose_cells_hold_paragraphs_is_read_row_by_row() -> None:
    def cell(*paras: str) -> str:
        return "<td>" + "".join(f'<p style="text-align:center"><span>{p}</span></p>' for p in paras) + "</td>"

    rows = [("证书等级", "补贴标准", "紧缺职业（工种）补贴标准"), ("初级工（五级）", "1000元", "1300元"),
            ("高级工（三级）", "2000元", "2600元")]
    body = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in rows)
    body += "<tr>" + cell("牵头单位") + cell("市民政局", "市卫生健康委") + "</tr>"
    page = f"<html><body><div id='zoom'><p>第三条 标准如下：</p><table><tbody>{body}</tbody></table></div></body></html>"
    lines = read_source_bytes(page.encode(), "page.html").text.split("\n")
    assert "证书等级\t补贴标准\t紧缺职业（工种）补贴标准" in lines
    assert "高级工（三级）\t2000元\t2600元" in lines
    assert "牵头单位\t市民政局、市卫生健康委" in lines


def test_a_header_printed_over_two_rows_becomes_one_row_of_labels_that_line_up() -> None:
    head = ('<tr><td rowspan="2">缴存情况</td><td colspan="2">最高贷款额度</td></tr>'
            "<tr><td>首套住房</td><td>第二套住房</td></tr>")
    rows = "<tr><td>单方缴存</td><td>60万元</td><td>40万元</td></tr><tr><td>夫妻双方缴存</td><td>80万元</td><td>55万元</td></tr>"
    page = f"<html><body><div id='zoom'><p>最高贷款额度按下表执行：</p><table>{head}{rows}</table></div></body></html>"
    lines = read_source_bytes(page.encode(), "page.html").text.split("\n")
    assert "缴存情况\t最高贷款额度（首套住房）\t最高贷款额度（第二套住房）" in lines
    assert "夫妻双方缴存\t80万元\t55万元" in lines and "首套住房\t第二套住房" not in lines
    # a page's frame set in a table (a banner across two columns over its menu and article) is left alone
    frame = ('<table><tr><td colspan="2">柳州市住房公积金管理中心</td></tr><tr><td>栏目导航</td><td>正文</td></tr>'
             "<tr><td>快速通道</td><td>第一条 为了规范管理，制定本办法。</td></tr></table>")
    framed = read_source_bytes(f"<html><body>{frame}</body></html>".encode(), "frame.html").text.split("\n")
    assert "柳州市住房公积金管理中心" in framed and "栏目导航\t正文" in framed


def test_a_hidden_copy_of_the_article_is_not_read_a_folded_answer_is_and_a_table_of_divs_keeps_its_cells() -> None:
    table = ('<div class="bz-table"><div class="bz-tr"><span class="bz-td">孩次</span><span class="bz-td">补贴标准</span></div>'
             '<div class="bz-tr"><span class="bz-td">二孩</span><span class="bz-td">每孩每年2000元</span></div></div>')
    article = f"<p>一、补贴标准</p>{table}<p>本通知自2026年1月1日起施行。</p>"
    page = (f"<html><body><div class='pc'><h1>某市关于实施育儿补贴的通知</h1><div class='article-tools'>【字体：大 中 小】"
            f"【打印】</div><div id='zoom'>{article}<p>问1：外地户籍能申请吗？</p><div class='faq-a' style='display:none'>"
            f"<p>可以。补贴不受户籍限制，外地户籍婴幼儿在本市登记户口的同等享受。</p></div></div></div>"
            f"<div class='m-article' style='display: none'>{article}</div></body></html>")
    src = read_source_bytes(page.encode(), "page.html")
    lines = src.text.split("\n")
    assert "二孩\t每孩每年2000元" in lines and "孩次\t补贴标准" in lines
    assert src.text.count("本通知自2026年1月1日起施行") == 1
    assert not any("字体" in ln for ln in lines)
    assert any("display:none" in why for why, _ in src.removed)
    # an answer folded until clicked is the page's own text
    assert "可以。补贴不受户籍限制，外地户籍婴幼儿在本市登记户口的同等享受。" in lines


def test_an_article_shown_in_an_iframe_s_srcdoc_is_read_in_its_place() -> None:
    import html

    inner = ("<html><head><style>p{margin:0}</style><script>var a=1;</script></head><body>"
             "<p>第一条 购买新能源乘用车的，每辆补贴6000元。</p><div class='more' style='display:none'>"
             "<p>第六条 自购车发票开具之日起90日内申请。</p></div>"
             "<iframe srcdoc='&lt;p&gt;第七条 附则。&lt;/p&gt;'></iframe></body></html>")
    page = ("<html><head><title>某市商务局关于印发置换补贴细则的通知</title></head><body><div class='nav'>首页</div>"
            "<h1>某市商务局关于印发置换补贴细则的通知</h1>"
            f"<iframe id='contentFrame' sandbox='allow-scripts' srcdoc=\"{html.escape(inner)}\"></iframe>"
            "<p>扫一扫在手机打开当前页</p></body></html>")
    src = read_source_bytes(page.encode(), "page.html")
    lines = src.text.split("\n")
    assert lines.index("第一条 购买新能源乘用车的，每辆补贴6000元。") < lines.index("扫一扫在手机打开当前页")
    assert "第六条 自购车发票开具之日起90日内申请。" in lines and "第七条 附则。" in lines  # (folded; nested)
    assert "var a" not in src.text and "margin" not in src.text


def test_a_page_table_cell_merged_down_is_written_in_every_row_it_spans() -> None:
    # (an export of a 政务系统 saved as .xls: the class of boat down two rows, one row per degree of damage)
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'></head><body><table>"
            "<tr><td>序号</td><td>船长分类</td><td>受损程度</td><td>补助标准</td></tr>"
            "<tr><td rowspan='2'>1</td><td rowspan='2'>12米以下</td><td>一般损坏</td><td>每艘补助3000元</td></tr>"
            "<tr><td>严重损坏</td><td>每艘补助8000元</td></tr>"
            "<tr><td rowspan='2'>2</td><td rowspan='2'>24米（含）以上</td><td>一般损坏</td><td>每千瓦补助150元</td></tr>"
            "<tr><td>严重损坏</td><td>每千瓦补助300元</td></tr>"
            "<tr><td colspan='4'>说明：船东应于2026年9月30日前申报。</td></tr></table></body></html>")
    lines = read_source_bytes(page.encode("gbk"), "标准表.xls").text.split("\n")
    assert "1\t12米以下\t严重损坏\t每艘补助8000元" in lines
    assert "2\t24米（含）以上\t严重损坏\t每千瓦补助300元" in lines
    assert "说明：船东应于2026年9月30日前申报。" in lines


def _with_part(docx_bytes: bytes, name: str, xml: str) -> bytes:
    """A Word file with one part of its package written anew (or added): numbering, footnotes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename != name:
                dst.writestr(item, src.read(item.filename))
        dst.writestr(name, xml)
    return out.getvalue()


def test_a_word_tables_numbered_column_holds_its_printed_numbers() -> None:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "序号", "重点任务"
    buf = io.BytesIO()
    document.save(buf)
    # a numbering definition: "%1" in decimal, and the 序号 cells' empty paragraphs numbered by it
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    numbering = (f'<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num></w:numbering>')
    for r, task in ((1, "确定改造项目清单"), (2, "落实市级补助资金")):
        p = table.cell(r, 0).paragraphs[0]._p
        ppr = p.get_or_add_pPr()
        numpr = ppr.makeelement(qn("w:numPr"), {})
        numpr.append(numpr.makeelement(qn("w:ilvl"), {qn("w:val"): "0"}))
        numpr.append(numpr.makeelement(qn("w:numId"), {qn("w:val"): "9"}))
        ppr.append(numpr)
        table.cell(r, 1).text = task
    buf = io.BytesIO()
    document.save(buf)
    lines = read_source_bytes(_with_part(buf.getvalue(), "word/numbering.xml", numbering), "plan.docx").text.split("\n")
    assert "1\t确定改造项目清单" in lines and "2\t落实市级补助资金" in lines, lines


def test_a_cells_paragraphs_join_as_a_list_of_names_or_as_sentences() -> None:
    assert join_cell(["市民政局", "市卫生健康委"]) == "市民政局、市卫生健康委"
    assert join_cell(["加强宣传。", "开展培训，提高能力"]) == "加强宣传。开展培训，提高能力"
    assert join_cell(["建立台账，按月调度", "年底前完成"]) == "建立台账，按月调度；年底前完成"
    assert join_cell(["2026年6月底前", "（长期坚持）"]) == "2026年6月底前（长期坚持）"
    assert join_cell(["", " 市财政局 "]) == "市财政局"
    # a phrase wrapped in its cell runs on: not two names, not two clauses
    assert join_cell(["社会保障卡或", "指定银行账户"]) == "社会保障卡或指定银行账户"
    assert join_cell(["市发展和", "改革委员会", "市财政局"]) == "市发展和改革委员会、市财政局"
    assert join_cell(["芗城区", "平和", "南靖"]) == "芗城区、平和、南靖"  # (a place named 平和 is a name)


def test_a_word_table_cell_merged_down_is_written_in_every_row_it_spans() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("绵阳市便民生活圈建设任务分工")
    table = document.add_table(rows=4, cols=3)
    for r, (task, lead) in enumerate([("重点任务", "牵头单位"), ("规范设置早餐点", "市城市管理行政执法局"),
                                      ("推动快递末端网点进社区", "市邮政管理局"), ("组织验收", "市商务局")]):
        table.cell(r, 0).text, table.cell(r, 1).text = task, lead
    table.cell(0, 2).text = "完成时限"
    merged = table.cell(1, 2).merge(table.cell(3, 2))
    merged.text = "2026年12月31日前"
    table.cell(2, 1).add_paragraph("市商务局")
    buf = io.BytesIO()
    document.save(buf)
    lines = read_source_bytes(buf.getvalue(), "tasks.docx").text.split("\n")
    assert "规范设置早餐点\t市城市管理行政执法局\t2026年12月31日前" in lines
    assert "推动快递末端网点进社区\t市邮政管理局、市商务局\t2026年12月31日前" in lines
    assert "组织验收\t市商务局\t2026年12月31日前" in lines


def test_a_table_inside_a_word_table_cell_is_part_of_that_cell_once() -> None:
    """A 资助内容 cell holding its own two-row table: its rows are the cell's pieces, not rows of the outer
    table, and the outer row does not carry them twice."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for c, label in enumerate(("资助类别", "资助对象", "资助内容")):
        table.cell(0, c).text = label
    table.cell(1, 0).text, table.cell(1, 1).text = "一类", "特困供养幼儿、孤儿和事实无人抚养儿童"
    inner = table.cell(1, 2).add_table(rows=2, cols=2)
    for r, (item, amount) in enumerate([("保育教育费", "全部免除，每生每年不超过2400元"), ("生活补助", "每生每年1200元")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = item, amount
    buf = io.BytesIO()
    document.save(buf)
    lines = read_source_bytes(buf.getvalue(), "aid.docx").text.split("\n")
    assert lines == ["资助类别\t资助对象\t资助内容",
                     "一类\t特困供养幼儿、孤儿和事实无人抚养儿童\t保育教育费：全部免除，每生每年不超过2400元\t生活补助：每生每年1200元"]


def test_a_word_footnote_is_read_after_the_paragraph_that_refers_to_it() -> None:
    """python-docx returns no footnotes; the definition a plan puts in one ("集中充电设施是指…充电端口不少于20个")
    is read as a note after its paragraph, not lost."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("一、工作目标")
    p = document.add_paragraph("到2026年底，全市新增电动自行车集中充电")
    ref = p.add_run()._r.makeelement(qn("w:footnoteReference"), {qn("w:id"): "1"})
    p.add_run()._r.append(ref)
    p.add_run("端口2万个。")
    document.add_paragraph("二、主要任务")
    buf = io.BytesIO()
    document.save(buf)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (f'<w:footnotes xmlns:w="{w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
             "集中充电设施是指在同一场所集中设置、充电端口不少于20个的充电设施。</w:t></w:r></w:p></w:footnote></w:footnotes>")
    lines = read_source_bytes(_with_part(buf.getvalue(), "word/footnotes.xml", notes), "plan.docx").text.split("\n")
    at = lines.index("到2026年底，全市新增电动自行车集中充电端口2万个。")
    assert lines[at + 1] == "注：集中充电设施是指在同一场所集中设置、充电端口不少于20个的充电设施。", lines
    assert lines[at + 2] == "二、主要任务"


def test_a_word_file_without_text_and_a_zip_that_is_not_word_are_refused() -> None:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with pytest.raises(UnreadableFile, match="no text"):
        read_source_bytes(buf.getvalue(), "empty.docx")
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as z:  # an OpenDocument drawing named .docx (a text, a sheet, slides are read)
        z.writestr("mimetype", "application/vnd.oasis.opendocument.graphics")
        z.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(UnreadableFile, match="not a Word"):
        read_source_bytes(other.getvalue(), "report.docx")
    with pytest.raises(UnreadableFile, match="damaged old Office"):
        read_source_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.doc")


def test_a_text_pdf_is_read_and_its_running_headers_are_removed() -> None:
    src = read_source(FIX / "luoyang-medical-insurance.pdf")
    assert src.format == "pdf" and not src.ocr
    assert "每人每年400元" in src.text.replace(" ", "")
    assert "公报" not in src.text and "— 2 —" not in src.text
    assert sum(1 for why, _ in src.removed if "running" in why) == 6


def test_running_lines_need_to_repeat_on_most_pages() -> None:
    pages = [["洛阳日报", "正文一。", "— 1 —"], ["洛阳日报", "正文二。", "— 2 —"], ["洛阳日报", "正文三。", "— 3 —"]]
    kept, removed = strip_running_lines(pages)
    assert kept == [["正文一。"], ["正文二。"], ["正文三。"]] and len(removed) == 6
    two = [["标题", "正文"], ["标题", "正文"]]
    assert strip_running_lines(two) == (two, [])  # too few pages to call anything running


@pytest.mark.parametrize(("data", "reason"), [
    (b"%PDF-1.7\nthis is not really a pdf", "not a readable PDF"),
    (b"hello\x00\x01\x02binary", "binary"),
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\nbroken", "not a readable image"),
])
def test_bad_bytes_get_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        read_source_bytes(data, "f")


def test_a_password_protected_pdf_is_refused_with_the_reason() -> None:
    with pytest.raises(UnreadableFile, match="password"):
        read_source(BAD / "password-protected.pdf")


def test_scans_are_read_by_ocr_and_marked() -> None:
    for name, fmt in (("luoyang-flood-notice-scan.pdf", "pdf-ocr"), ("luoyang-flood-notice-scan.png", "image-ocr")):
        src = read_source(FIX / name)
        assert src.format == fmt and src.ocr and any("OCR" in w for w in src.warnings)
        text = src.text.replace(" ", "")
        assert "洛阳市防汛抗旱指挥部关于做好汛期安全防范工作的通知" in text
        assert "地下车库、下穿隧道要提前设置警示标志" in text


def test_a_page_stored_sideways_is_read_upright_by_its_exif_orientation_or_its_lines() -> None:
    from PIL import Image

    upright = Image.open(FIX / "luoyang-flood-notice-scan.png").convert("RGB")
    sideways = upright.rotate(90, expand=True)  # the sensor's pixels; the tag says "turn 90° clockwise"
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    sideways.save(buf, "JPEG", quality=85, exif=exif)
    lines = read_source_bytes(buf.getvalue(), "IMG_2041.jpg").text.replace(" ", "").split("\n")
    assert lines[:3] == ["洛阳市防汛抗旱指挥部关于做好汛期安全防范工作的通知", "洛汛〔2024〕7号", "各县区防汛抗旱指挥部："]
    # without a tag (a page fed into the scanner on its side or upside down) the lines tell which way is up
    for turned in (sideways, upright.rotate(-90, expand=True), upright.rotate(180)):
        buf = io.BytesIO()
        turned.save(buf, "PNG")
        lines = read_source_bytes(buf.getvalue(), "scan-0007.png").text.replace(" ", "").split("\n")
        assert lines[:2] == ["洛阳市防汛抗旱指挥部关于做好汛期安全防范工作的通知", "洛汛〔2024〕7号"], lines
        assert lines[-1] == "2024年6月28日"


def test_an_iphone_photo_saved_as_heic_is_read_upright() -> None:
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    upright = Image.open(FIX / "luoyang-flood-notice-scan.png").convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6  # (the sensor's pixels stored sideways, the tag says "turn 90° clockwise")
    buf = io.BytesIO()
    upright.rotate(90, expand=True).save(buf, "HEIF", quality=80, exif=exif.tobytes())
    assert buf.getvalue()[4:12] == b"ftypheic"
    src = read_source_bytes(buf.getvalue(), "IMG_3307.HEIC")
    lines = src.text.replace(" ", "").split("\n")
    assert src.format == "image-ocr"
    assert lines[:2] == ["洛阳市防汛抗旱指挥部关于做好汛期安全防范工作的通知", "洛汛〔2024〕7号"], lines


def test_ocr_boxes_on_one_baseline_join_left_to_right() -> None:
    boxes = [
        ([[300, 10], [400, 10], [400, 40], [300, 40]], "43号", 0.9),
        ([[10, 12], [290, 12], [290, 42], [10, 42]], "卫政办发[2019]", 0.9),
        ([[10, 60], [200, 60], [200, 90], [10, 90]], "各乡镇人民政府：", 0.9),
    ]
    assert group_lines(boxes) == ["卫政办发[2019]43号", "各乡镇人民政府："]


def test_the_lines_of_a_page_photographed_at_an_angle_are_read_in_their_order() -> None:
    """Lines slanting down by 0.07 (a notice on a board, photographed from its left): the short end of an
    item wrapped onto the next line ("个班30人…") lies within the slanting span of the line above it, yet is a
    line of its own, after it."""
    def box(x0: float, y0: float, x1: float, text: str, h: float = 38) -> tuple[list[list[float]], str, float]:
        y1 = y0 + 0.07 * (x1 - x0)
        return [[x0, y0], [x1, y1], [x1, y1 + h], [x0, y0 + h]], text, 0.9
    boxes = [box(359, 856, 1142, "二、培训项目：少儿书法、少儿舞蹈、少儿合唱，每"), box(287, 908, 609, "个班30人，额满为止。"),
             box(350, 976, 1122, "三、报名时间：2026年12月12日至12月20日（每天"), box(279, 1032, 515, "9:00-17:00)。"),
             box(346, 1100, 976, "四、报名地点：麒麟区文化馆一楼服务台。")]
    assert group_lines(boxes) == ["二、培训项目：少儿书法、少儿舞蹈、少儿合唱，每", "个班30人，额满为止。",
                                  "三、报名时间：2026年12月12日至12月20日（每天", "9:00-17:00)。", "四、报名地点：麒麟区文化馆一楼服务台。"]


def test_ocr_boxes_set_apart_on_one_line_are_a_table_s_cells() -> None:
    """A scanned table without rules: cells a few characters apart are joined by tabs; punctuation
    the recogniser mistakes (丶 for 、, ° for 。) is mended."""
    boxes = [
        ([[10, 10], [70, 10], [70, 40], [10, 40]], "年龄段", 0.9),
        ([[130, 10], [190, 10], [190, 40], [130, 40]], "新标准", 0.9),
        ([[10, 60], [130, 60], [130, 90], [10, 90]], "90至99周岁", 0.9),
        ([[200, 60], [340, 60], [340, 90], [200, 90]], "每人每月300元", 0.9),
        ([[10, 110], [300, 110], [300, 140], [10, 140]], "具有本市户籍丶年满80周岁的老年人°", 0.9),
    ]
    assert group_lines(boxes) == ["年龄段\t新标准", "90至99周岁\t每人每月300元", "具有本市户籍、年满80周岁的老年人。"]


def _two_column_page() -> list[tuple[list[list[float]], str, float]]:
    """A gazette page set in two columns whose lines do not stand level with each other, under a running head and
    a title across both."""
    def box(x0: float, y0: float, x1: float, text: str) -> tuple[list[list[float]], str, float]:
        return [[x0, y0], [x1, y0], [x1, y0 + 40], [x0, y0 + 40]], text, 0.9
    left = ["某市人民政府办公室关于", "做好冬季供暖保障工作的", "通知", "各县区人民政府：", "为做好今冬供暖保障，现",
            "将有关事项通知如下：", "一、供暖期为每年10月20日", "至次年4月20日。"]
    right = ["二、低保家庭取暖补贴每户", "每年1800元。", "三、本通知自印发之日起施", "行。", "某市人民政府办公室",
             "2026年9月1日", "某市财政局关于拨付取暖", "补贴资金的通知"]
    page = [box(140, 100, 500, "某市人民政府公报"), box(1150, 95, 1480, "2026年第9期"),
            box(300, 170, 1300, "专载：某市人民政府关于冬季工作的部署")]
    page += [box(140 if k % 3 else 220, 250 + 64 * k, 790 if k % 4 else 600, t) for k, t in enumerate(left)]
    page += [box(850 if k % 3 else 930, 280 + 64 * k, 1500 if k % 4 else 1200, t) for k, t in enumerate(right)]
    return page


def test_a_page_in_two_columns_is_read_column_by_column() -> None:
    lines = group_lines(_two_column_page())
    assert lines[:2] == ["某市人民政府公报\t2026年第9期", "专载：某市人民政府关于冬季工作的部署"]
    assert lines[2:] == ["某市人民政府办公室关于", "做好冬季供暖保障工作的", "通知", "各县区人民政府：", "为做好今冬供暖保障，现",
                         "将有关事项通知如下：", "一、供暖期为每年10月20日", "至次年4月20日。", "二、低保家庭取暖补贴每户",
                         "每年1800元。", "三、本通知自印发之日起施", "行。", "某市人民政府办公室", "2026年9月1日",
                         "某市财政局关于拨付取暖", "补贴资金的通知"]


def test_two_columns_without_a_running_head_keep_their_first_and_last_lines() -> None:
    def box(x0: float, y0: float, x1: float, text: str) -> tuple[list[list[float]], str, float]:
        return [[x0, y0], [x1, y0], [x1, y0 + 40], [x0, y0 + 40]], text, 0.9
    left = [box(140, 100 + 64 * k, 790, f"左栏第{k}行的文字一直写到这一栏的右边") for k in range(8)]
    right = [box(850, 100 + 64 * k, 1500, f"右栏第{k}行的文字一直写到这一栏的右边") for k in range(8)]
    lines = group_lines(left + right)
    assert lines == [f"左栏第{k}行的文字一直写到这一栏的右边" for k in range(8)] + [
        f"右栏第{k}行的文字一直写到这一栏的右边" for k in range(8)]


def test_a_table_of_short_labels_beside_long_values_is_not_read_as_two_columns() -> None:
    def box(x0: float, y0: float, x1: float, text: str) -> tuple[list[list[float]], str, float]:
        return [[x0, y0], [x1, y0], [x1, y0 + 40], [x0, y0 + 40]], text, 0.9
    labels = ["补贴对象", "补贴标准", "申请时间", "受理部门", "咨询电话", "发放方式", "资金来源"]
    values = ["本市户籍的低保家庭和特困供养人员", "每户每年1800元", "每年10月1日至10月31日", "户籍所在地街道办事处",
              "0452-2411111", "按年度一次性发放到社会保障卡", "市级和县区财政按6:4分担"]
    page = [box(140, 100 + 64 * k, 140 + 40 * len(t), t) for k, t in enumerate(labels)]
    page += [box(700, 100 + 64 * k, 700 + 40 * len(t), t) for k, t in enumerate(values)]
    assert group_lines(page)[:2] == ["补贴对象\t本市户籍的低保家庭和特困供养人员", "补贴标准\t每户每年1800元"]


def test_a_pdf_whose_fonts_lost_their_unicode_map_is_read_by_ocr() -> None:
    src = read_source(FORMATS / "pingxiang-gaoling-jintie-nomap.pdf")
    lines = src.text.split("\n")
    assert src.format == "pdf-ocr"
    assert "萍民字〔2026〕12号" in lines and "90至99周岁\t每人每月200元\t每人每月300元" in lines
    assert "具有本市户籍、年满80周岁的老年人。" in lines


def test_source_text_is_plain_data() -> None:
    src = SourceText(name="a.txt", format="text", text="x")
    assert not src.ocr and src.fields == () and src.removed == ()


def test_source_text_survives_json() -> None:
    import json

    src = read_source(FIX / "luoyang-medical-insurance.pdf")
    assert SourceText.from_json(json.loads(json.dumps(src.to_json()))) == src


# ------------------------------------------------------------------ decoding text


SAMPLE = (
    "中宁县人民政府\n关于印发测试方案的通知\n中宁政发〔2019〕1号\n"
    "各乡镇人民政府：\n现将《测试方案》印发给你们。\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_decode_encodings(encoding: str) -> None:
    assert decode_text(SAMPLE.encode(encoding), "s.txt") == SAMPLE


@pytest.mark.parametrize("data", [b"", b"  \n\t \r\n", "\u3000\n".encode()])
def test_empty_input_raises(data: bytes) -> None:
    with pytest.raises(UnreadableFile, match="empty"):
        decode_text(data, "empty.txt")


def test_binary_input_raises() -> None:
    with pytest.raises(UnreadableFile, match="binary"):
        decode_text(b"%PDF-1.7\x00\x01\x02\xff\xfe" * 50, "scan.pdf.txt")


def test_a_hyphenated_chrome_class_is_chrome() -> None:
    page = ('<html><body><div class="top-bar"><span>今日天气晴</span><a href="/">设为首页</a></div>'
            '<div class="article-con"><p>第一条 为规范租赁补贴发放，制定本细则。</p></div></body></html>')
    src = read_source_bytes(page.encode(), "page.html")
    assert "今日天气晴" not in src.text and "第一条 为规范租赁补贴发放" in src.text
    assert any("今日天气晴" in text for _, text in src.removed)


def test_a_text_pdfs_table_is_read_one_row_a_line_with_its_cells_apart() -> None:
    src = read_source(FIX.parent / "city5" / "corpus" / "quanzhou-parking-fees.pdf")
    lines = src.text.splitlines()
    assert "序号\t收费项目\t一类区域\t二类区域\t三类区域" in lines
    assert "5\t路外公共停车场24小时最高收费\t40元\t30元\t20元" in lines


def test_a_question_and_answer_label_set_apart_by_its_style_is_written_as_a_label() -> None:
    page = ("<html><body><div class='zoom'><h1>某市托育补助政策问答</h1>"
            "<dl><dt><em>问</em>家长怎样申请家庭入托补贴？</dt>"
            "<dd><em>答</em>家长通过APP在线完成入托补贴资格认证。</dd></dl>"
            "<p>补贴标准为<em>每人每月</em>400元。</p></div></body></html>")
    text = read_source_bytes(page.encode(), "qa.html").text
    assert "问：家长怎样申请家庭入托补贴？" in text and "答：家长通过APP在线完成入托补贴资格认证。" in text
    assert "补贴标准为每人每月400元。" in text  # (an emphasis inside a sentence is no label)


def test_a_notice_set_in_a_layout_tables_cell_keeps_its_paragraphs_as_lines() -> None:
    """An old CMS puts the whole notice in one <td> of a layout table, one <p> per paragraph (Word's
    MsoNormal with <o:p>): each paragraph is a line, as on any page, not one cell of a data row; a
    data table's cell of two short paragraphs is still one cell."""
    paras = "".join(
        f'<p class="MsoNormal">&nbsp;&nbsp;<b><span>第{n}条</span></b><span>{text}</span><span lang="EN-US">{fig}</span>'
        f"<span>元。</span><o:p></o:p></p>"
        for n, text, fig in [("一", "就业见习补贴。经人力资源和社会保障部门认定的就业见习基地，组织离校2年内未就业高校毕业生"
                                    "参加就业见习的，按照每人每月", "1800"),
                             ("二", "一次性吸纳就业补贴。企业吸纳离校2年内未就业高校毕业生就业，签订1年以上劳动合同并按规定"
                                    "为其连续缴纳社会保险费满3个月的，按照每人", "1500"),
                             ("三", "一次性创业补贴。高校毕业生在本市首次创办小微企业或者从事个体经营，取得营业执照并正常"
                                    "经营满6个月的，给予一次性创业补贴", "8000"),
                             ("四", "创业场地租金补贴。高校毕业生在创业孵化基地以外租用经营场地创业的，按照实际租金的50%"
                                    "给予补贴，每户每年最高", "6000")])
    page = (f"<html><body><table width='100%'><tr><td class='left'>首页</td><td class='content'>{paras}</td></tr></table>"
            "<table><tr><td><p>市人社局</p><p>市财政局</p></td><td>2026年6月30日前</td></tr></table></body></html>")
    lines = read_source_bytes(page.encode(), "page.html").text.split("\n")
    assert [ln[:3] for ln in lines if ln.startswith("第")] == ["第一条", "第二条", "第三条", "第四条"], lines
    assert "第三条一次性创业补贴。" in lines[3] and lines[3].endswith("给予一次性创业补贴8000元。")
    assert "市人社局、市财政局\t2026年6月30日前" in lines


def _document_xml(body: str) -> str:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    return (f'<w:document xmlns:w="{w}" xmlns:mc="{mc}" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}'
            "</w:body></w:document>")


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_a_word_file_under_tracked_changes_is_read_as_accepted() -> None:
    """A revised draft: the deleted figure and the text moved away are not read, the inserted ones are;
    a deleted table row is gone; a reviewer's comment is never part of the text."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    body = (
        "<w:p>" + _run("对符合条件的家庭，每户补贴") + '<w:del w:id="1" w:author="审核人"><w:r><w:delText>800元'
        '</w:delText></w:r></w:del><w:ins w:id="2" w:author="审核人">' + _run("1000元") + "</w:ins>"
        + _run("。") + '<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
        + '<w:p><w:moveFrom w:id="3" w:author="审核人">' + _run("申请人应当在30日内补正材料。") + "</w:moveFrom>"
        + _run("补贴资金由县级财政承担。") + "</w:p>"
        + '<w:p><w:moveTo w:id="4" w:author="审核人">' + _run("申请人应当在30日内补正材料。") + "</w:moveTo></w:p>"
        + "<w:tbl><w:tr><w:tc><w:p>" + _run("类别") + "</w:p></w:tc><w:tc><w:p>" + _run("标准") + "</w:p></w:tc></w:tr>"
        + '<w:tr><w:trPr><w:del w:id="5" w:author="审核人"/></w:trPr><w:tc><w:p>' + _run("旧标准") + "</w:p></w:tc>"
        + "<w:tc><w:p>" + _run("600元") + "</w:p></w:tc></w:tr><w:tr><w:tc><w:p>" + _run("低保家庭") + "</w:p></w:tc>"
        + "<w:tc><w:p>" + _run("1200元") + "</w:p></w:tc></w:tr></w:tbl>")
    comments = ('<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" '
                'w:author="审核人"><w:p>' + _run("标准请财政局确认") + "</w:p></w:comment></w:comments>")
    data = _with_part(_with_part(buf.getvalue(), "word/document.xml", _document_xml(body)), "word/comments.xml", comments)
    lines = read_source_bytes(data, "draft.docx").text.split("\n")
    assert lines[0] == "对符合条件的家庭，每户补贴1000元。", lines
    assert lines[1] == "补贴资金由县级财政承担。" and lines.count("申请人应当在30日内补正材料。") == 1
    assert "类别\t标准" in lines and "低保家庭\t1200元" in lines
    text = "\n".join(lines)
    assert "800元" not in text and "旧标准" not in text and "财政局确认" not in text


def test_a_word_template_s_fields_and_text_boxes_are_read_once() -> None:
    """A 红头 template: the 文号 in a content control, the issuer's name in a text box that Word writes
    twice (a drawing and its VML fallback)."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    box = "<w:txbxContent><w:p>" + _run("嘉兴市民政局文件") + "</w:p></w:txbxContent>"
    body = ("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>" + box + "</w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict><v:textbox>" + box + "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
            "<w:sdt><w:sdtPr><w:alias w:val=\"文号\"/></w:sdtPr><w:sdtContent><w:p>" + _run("嘉民发〔2026〕9号")
            + "</w:p></w:sdtContent></w:sdt><w:p>" + _run("关于提高高龄津贴标准的通知") + "</w:p>")
    lines = read_source_bytes(_with_part(buf.getvalue(), "word/document.xml", _document_xml(body)), "red.docx").text.split("\n")
    assert lines == ["嘉兴市民政局文件", "嘉民发〔2026〕9号", "关于提高高龄津贴标准的通知"], lines


def test_a_control_still_showing_its_placeholder_is_not_read() -> None:
    """A template's 联系人 field the drafter left empty shows "单击或点击此处输入文字。": no words of the notice."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    body = ("<w:sdt><w:sdtPr><w:alias w:val=\"联系人\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>"
            + _run("单击或点击此处输入文字。") + "</w:p></w:sdtContent></w:sdt>"
            "<w:p>" + _run("联系电话：") + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
            + _run("单击或点击此处输入文字。") + "</w:sdtContent></w:sdt></w:p>"
            "<w:sdt><w:sdtPr><w:alias w:val=\"成文日期\"/></w:sdtPr><w:sdtContent><w:p>" + _run("2025年5月20日")
            + "</w:p></w:sdtContent></w:sdt>")
    text = read_source_bytes(_with_part(buf.getvalue(), "word/document.xml", _document_xml(body)), "t.docx").text
    assert text.split("\n") == ["联系电话：", "2025年5月20日"], text
    # (a control a tool filled in but left flagged shows its text: no placeholder's words, no placeholder style)
    filled = ("<w:sdt><w:sdtPr><w:alias w:val=\"文号\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>"
              + _run("赤农牧发〔2026〕12号") + "</w:p></w:sdtContent></w:sdt>")
    assert read_source_bytes(_with_part(buf.getvalue(), "word/document.xml", _document_xml(filled)), "t.docx").text == (
        "赤农牧发〔2026〕12号")


def test_a_part_word_merges_in_where_it_stands_is_read_in_its_place() -> None:
    """``w:altChunk``: the 补贴标准 table pasted as an HTML file, which Word merges into the body on opening."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("第三条 补贴标准如下：")
    document.add_paragraph("第四条 申请补贴的基础母牛应佩戴统一耳标。")
    html = ("<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>补贴项目</td><td>补贴标准</td></tr>"
            "<tr><td>良种自繁犊牛</td><td>每头300元</td></tr></table></body></html>").encode()
    part = Part(PackURI("/word/afchunk.htm"), "text/html", html, document.part.package)
    rid = document.part.relate_to(part, RT.A_F_CHUNK)
    body = document.element.body
    body.insert(1, parse_xml('<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                             f'r:id="{rid}"/>'))
    out = io.BytesIO()
    document.save(out)
    lines = read_source_bytes(out.getvalue(), "办法.docx").text.split("\n")
    at = lines.index("第三条 补贴标准如下：")
    assert lines[at + 1: at + 4] == ["补贴项目\t补贴标准", "良种自繁犊牛\t每头300元", "第四条 申请补贴的基础母牛应佩戴统一耳标。"], lines


def test_a_damaged_word_file_is_refused_not_raised() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("补贴标准" * 200)
    buf = io.BytesIO()
    document.save(buf)
    data = bytearray(buf.getvalue())
    at = data.find(b"word/document.xml")
    data[at + 40: at + 400] = b"\x00" * 360
    with pytest.raises(UnreadableFile, match="damaged"):
        read_source_bytes(bytes(data), "broken.docx")


def test_a_pdf_text_layer_of_unmapped_glyphs_is_taken_for_no_text() -> None:
    from index.readers.pdf import garbled

    assert garbled("\ue001\ue002\ue003\ue004\ue005 \ue006\ue007\ue008\ue009\ue00a\ue00b\ue00c\ue00d\ue00e\ue00f\ue010\ue011\ue012\ue013\ue014")
    assert garbled("ÄãºÃ£¬ÎÒÊÇÖÐ¹úÈË¡£ÐÂÎÅ·¢²¼»á½«ÔÚ¾ÅÔÂ¾ÙÐÐ")
    assert not garbled("关于做好2026年高校毕业生就业见习工作的通知（嘉人社发〔2026〕18号）")
    assert not garbled("Résumé of the café's menu in Hà Nội, written for the 2026 report on tourism")


_WECHAT = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="一图读懂｜残疾人两项补贴提标了">
<title>一图读懂｜残疾人两项补贴提标了</title>
<script>var ct = "1789000000"; var msg_title = "x";</script></head><body>
<div id="js_article" class="rich_media"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">一图读懂｜残疾人两项补贴提标了</h1>
<div id="meta_content" class="rich_media_meta_list"><a id="js_name">萍乡民政</a><em id="publish_time"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden; opacity: 0;">
<section><span leaf="">点击蓝字</span><span leaf="">关注我们</span></section>
<section style="margin: 10px 0;"><section style="display: inline-block; background: #c00;"><span leaf="">01</span></section>
<section style="display: inline-block;"><strong><span leaf="">补贴</span><span leaf="">标准</span></strong></section></section>
<p><span leaf="">生活补贴由每人每月</span><span leaf="">8</span><span leaf="">0元提高到</span><span leaf="">100元。</span></p>
<section style="display: inline-block; width: 100%;"><p><span leaf="">护理补贴每人每月120元。</span></p></section>
<p><img data-src="https://mmbiz.qpic.cn/x.png"></p>
</div></div>
<div class="rich_media_tool" id="js_toobar3"><span>阅读原文</span><span>分享</span><span>在看</span></div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><p>微信扫一扫<br>关注该公众号</p></div>
</body></html>"""


def test_a_saved_wechat_article_is_read_with_its_date_and_without_its_chrome() -> None:
    src = read_source_bytes(_WECHAT.encode(), "wechat.html")
    lines = src.text.split("\n")
    assert src.title == "一图读懂｜残疾人两项补贴提标了"
    assert ("发布日期", "2026-09-10") in src.fields  # the script's ct (22:13 UTC), in China's time
    # (another site's script variable named ct dates nothing)
    other = _WECHAT.replace('id="js_content"', 'id="main"').replace("rich_media_content", "article")
    assert not read_source_bytes(other.encode(), "page.html").fields
    # an editor's inline-block sections stay in their line; words and figures split by spans join
    assert "01 补贴标准" in lines or "01补贴标准" in lines, lines
    assert "生活补贴由每人每月80元提高到100元。" in lines
    assert "护理补贴每人每月120元。" in lines
    assert not any(w in src.text for w in ("阅读原文", "在看", "扫一扫"))


def test_files_attached_inside_a_pdf_are_read_as_its_attachments_after_its_pages() -> None:
    import openpyxl
    import pypdfium2 as pdfium

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    ws.append([1, "建立信息共享核查机制", "市住房和城乡建设局", "市公安局、市民政局", "2026年6月30日前"])
    table = io.BytesIO()
    book.save(table)
    pdf = pdfium.PdfDocument(FIX / "luoyang-medical-insurance.pdf")
    pdf.new_attachment("附件1：任务分工表.xlsx").set_data(table.getvalue())
    pdf.new_attachment("附件2：说明.docx").set_data(b"PK\x03\x04 not a word file")
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    src = read_source_bytes(out.getvalue(), "通知.pdf")
    lines = src.text.splitlines()
    at = lines.index("附件1")
    assert lines[at + 1] == "任务分工表"  # (the file's name, without the mark and the extension, as its title)
    assert lines[at + 3] == "1\t建立信息共享核查机制\t市住房和城乡建设局\t市公安局、市民政局\t2026年6月30日前"
    assert "每人每年400元" in "".join(lines[:at]).replace(" ", "")  # (the pages come first)
    assert any(w.startswith("附件1：任务分工表.xlsx: a file attached inside the PDF") for w in src.warnings)
    assert any(w.startswith("附件2：说明.docx: not read") for w in src.warnings)


def _as_portfolio(data: bytes) -> bytes:
    """A PDF made a portfolio by an incremental update: its catalog again, naming a collection."""
    root = re.search(rb"/Root\s+(\d+)\s+0\s+R", data)
    assert root is not None
    number = root.group(1)
    body = re.search(rb"\n" + number + rb" 0 obj\s*<<(.*?)>>\s*endobj", data, re.S)
    assert body is not None
    start = len(data) + 1
    update = (b"\n" + number + b" 0 obj\n<<" + body.group(1) + b" /Collection <</Type/Collection /View/D>> >>\nendobj\n")
    prev = re.findall(rb"startxref\s+(\d+)", data)[-1]
    size = re.findall(rb"/Size\s+(\d+)", data)[-1]
    xref = len(data) + len(update)
    return data + update + (b"xref\n0 1\n0000000000 65535 f \n" + number + b" 1\n" + b"%010d 00000 n \n" % start
                            + b"trailer\n<</Size " + size + b" /Root " + number + b" 0 R /Prev " + prev + b">>\n"
                            + b"startxref\n%d\n%%%%EOF\n" % xref)


def test_a_pdf_portfolio_is_read_as_the_files_it_holds_without_its_cover() -> None:
    """A PDF 包: its one page asks for a viewer that shows the files; the files are the notice and its 附件,
    each marked only as its own name marks it."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(FIX / "luoyang-medical-insurance.pdf")
    pdf = pdfium.PdfDocument.new()
    pdf.import_pages(source, [0])  # (a page of text, standing for the cover)
    pdf.new_attachment("通知.txt").set_data("关于做好2026年草原补奖工作的通知\n禁牧补助每亩每年8.6元。".encode("gb18030"))
    pdf.new_attachment("附件2：政策解读.txt").set_data("逾期未减畜的，扣发当年草畜平衡奖励资金的50%。".encode("gb18030"))
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    source.close()
    plain = read_source_bytes(out.getvalue(), "包.pdf")
    assert "洛阳市人民政府办公室" in plain.text and "附件1" in plain.text.split("\n")  # (no portfolio: its page and 附件)
    # (the words of a collection inside an attached file make no portfolio)
    pdf = pdfium.PdfDocument.new()
    source = pdfium.PdfDocument(FIX / "luoyang-medical-insurance.pdf")
    pdf.import_pages(source, [0])
    pdf.new_attachment("说明.txt").set_data(b"/Collection << /Schema << >> /View /D >>")
    lookalike = io.BytesIO()
    pdf.save(lookalike)
    pdf.close()
    assert "洛阳市人民政府办公室" in read_source_bytes(lookalike.getvalue(), "x.pdf").text
    src = read_source_bytes(_as_portfolio(out.getvalue()), "包.pdf")
    lines = src.text.split("\n")
    assert "洛阳市人民政府办公室" not in src.text and any(why == "a PDF portfolio's cover page" for why, _ in src.removed)
    assert lines[0] == "关于做好2026年草原补奖工作的通知", lines  # (the notice, marked as nothing)
    assert lines[2:5] == ["附件2", "政策解读", "逾期未减畜的，扣发当年草畜平衡奖励资金的50%。"], lines
    assert "a PDF portfolio: the files it holds were read, its cover page left out" in src.warnings


def test_a_worksheet_embedded_in_a_word_file_is_read_in_its_place() -> None:
    import docx
    import openpyxl
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    book = openpyxl.Workbook()
    book.active.append(["保障对象", "补贴标准", "每户每月最高补贴额"])
    book.active.append(["低收入家庭", "每平方米每月6元", "270元"])
    sheet = io.BytesIO()
    book.save(sheet)
    document = docx.Document()
    document.add_paragraph("四、调整后的标准见下表：")
    holder = document.add_paragraph()
    document.add_paragraph("五、本通知自2026年11月1日起施行。")
    package = document.part.package
    xlsx = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.getvalue(), package)
    broken = Part(PackURI("/word/embeddings/oleObject2.bin"), "application/vnd.openxmlformats-officedocument.oleObject",
                  b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, package)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    for part, prog in ((xlsx, "Excel.Sheet.12"), (broken, "Excel.Sheet.8")):
        rid = document.part.relate_to(part, RT.PACKAGE if prog.endswith("12") else RT.OLE_OBJECT)
        holder._p.append(parse_xml(f'<w:r {ns}><w:object><o:OLEObject Type="Embed" ProgID="{prog}" '
                                   f'r:id="{rid}"/></w:object></w:r>'))
    out = io.BytesIO()
    document.save(out)
    src = read_source_bytes(out.getvalue(), "调整通知.docx")
    lines = src.text.splitlines()
    at = lines.index("保障对象\t补贴标准\t每户每月最高补贴额")
    assert lines[at - 1] == "四、调整后的标准见下表：" and lines[at + 1] == "低收入家庭\t每平方米每月6元\t270元"
    assert lines[at + 2] == "五、本通知自2026年11月1日起施行。"
    assert "an embedded Excel.Sheet.12 (Microsoft_Excel_Worksheet.xlsx) read in its place" in src.warnings
    assert any(w.startswith("an embedded Excel.Sheet.8 (oleObject2.bin): not read") for w in src.warnings)


def test_a_file_nested_in_itself_over_and_over_is_refused_not_followed() -> None:
    import pypdfium2 as pdfium

    data = (FIX / "luoyang-medical-insurance.pdf").read_bytes()
    for level in range(6):  # a PDF attached inside a PDF attached inside a PDF …
        pdf = pdfium.PdfDocument(FIX / "luoyang-medical-insurance.pdf")
        pdf.new_attachment(f"level{level}.pdf").set_data(data)
        out = io.BytesIO()
        pdf.save(out)
        pdf.close()
        data = out.getvalue()
    src = read_source_bytes(data, "通知.pdf")
    assert src.text.replace(" ", "").count("每人每年400元") == 4  # (the file and three levels inside it)
    assert any("nested" in w and "not opened" in w for w in src.warnings)


def test_a_pdf_s_diagonal_watermark_and_seal_drawn_as_text_are_left_out() -> None:
    """A 红头文件 with "江门市人民政府门户网站　仅供参考" drawn at 35° in the middle of each page's text, and a seal whose
    name stands one rotated character at a time on an arc: the body is read as printed, without them."""
    src = read_source(FIX.parent / "city19" / "corpus" / "jiangmen-taifeng-nongfang-xiushan-banfa.pdf")
    assert "仅供参考" not in src.text and "门户网站" not in src.text
    assert "经修缮\n后可正常居住）的，每户补助6000元；" in src.text  # (a watermark's lines had stood between them)
    assert "2026年6月8日\n" in src.text and "\n江\n门\n市" not in src.text
    assert any("slant" in w and "3 pages" in w for w in src.warnings)


def test_a_bracket_the_recogniser_read_half_width_on_one_side_is_mended() -> None:
    from index.readers.ocr import mend_marks
    assert mend_marks("将《办法》第三条第（二)项") == "将《办法》第三条第（二）项"
    assert mend_marks("(三）补贴标准") == "（三）补贴标准"
    assert mend_marks("（一）补贴对象(试行)") == "（一）补贴对象(试行)"  # pairs that match are left as they are


def test_a_phones_long_screenshot_is_read_strip_by_strip_at_full_size() -> None:
    """A 1080 × 9560 screenshot scaled whole to the OCR's size would leave its characters a dozen pixels high
    ("特困" read as "特因"): it is read in overlapping strips, each line once, in order."""
    src = read_source(FORMATS / "long-screenshot-notice.png")
    lines = src.text.replace(" ", "").split("\n")
    assert src.format == "image-ocr"
    assert "特困供养人员每人每年发放1500元。" in lines and "低保对象每户每年发放1200元。" in lines, lines
    at = [lines.index(t) for t in ("某民发〔2026〕31号", "二、补贴标准", "补贴资金于2026年12月20日前发放到位。")]
    assert at == sorted(at)
    numbered = [ln.rstrip("。") for ln in lines if re.fullmatch(r"\d+\.第\d+项工作按原定安排推进。?", ln)]
    assert len(numbered) == 20 and len(set(numbered)) == 20, numbered  # (none lost or read twice at a strip's edge)


def test_a_layout_table_s_long_cell_merged_down_is_not_written_again_and_a_short_row_counts_down() -> None:
    article = "第一条 为规范补贴发放，制定本办法。" * 5
    page = ("<html><body><table><tr><td>导航</td><td>正文</td></tr>"
            f"<tr><td>首页</td><td rowspan='3'>{article}</td></tr><tr><td>政务公开</td></tr><tr><td>互动交流</td></tr>"
            "</table><table><tr><td>序号</td><td>类别</td><td>备注</td></tr>"
            "<tr><td>1</td><td>甲</td><td rowspan='2'>按户补贴</td></tr><tr><td>2</td></tr>"
            "<tr><td>3</td><td>丙</td><td>按亩补贴</td></tr></table></body></html>")
    src = read_source_bytes(page.encode(), "page.html")
    assert src.text.count("第一条 为规范补贴发放") == 5  # (the article once)
    assert "3\t丙\t按亩补贴" in src.text.split("\n")


def test_an_iframe_srcdoc_s_opening_words_and_its_declaration() -> None:
    import html

    inner = '<?xml version="1.0" encoding="utf-8"?>各乡镇人民政府：现将有关事项通知如下。<br>一、补贴每户500元。'
    page = f"<html><body><h1>某县关于补贴的通知</h1><iframe srcdoc=\"{html.escape(inner)}\"></iframe></body></html>"
    text = read_source_bytes(page.encode(), "page.html").text
    assert "各乡镇人民政府：现将有关事项通知如下。" in text and "一、补贴每户500元。" in text

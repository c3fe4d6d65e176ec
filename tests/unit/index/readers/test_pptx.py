"""PowerPoint slides (.pptx): a department's 政策解读 deck read slide by slide."""

from __future__ import annotations

import io

import pytest
from pptx import Presentation
from pptx.util import Inches

from index.errors import UnreadableFile
from index.ingest import ingest_source
from index.readers import read_source_bytes


def deck(*, pictures: bool = False, text: bool = True) -> bytes:
    prs = Presentation()
    prs.core_properties.title = ""
    titles = ["《某市困难群众取暖补贴发放办法》政策解读", "一、发放标准", "二、怎么申请", "三、咨询电话"]
    for k, title in enumerate(titles):
        slide = prs.slides.add_slide(prs.slide_layouts[0 if k == 0 else 5])  # title / title only
        if text:
            slide.shapes.title.text = title
        if k == 0 and text:
            slide.placeholders[1].text_frame.text = "某市民政局　2026年11月"
        if k == 1 and text:
            table = slide.shapes.add_table(3, 3, Inches(0.5), Inches(2), Inches(9), Inches(1.5)).table
            for c, head in enumerate(("类别", "城市", "农村")):
                table.cell(0, c).text = head
            table.cell(1, 0).merge(table.cell(2, 0))
            table.cell(1, 0).text = "低保对象"
            table.cell(1, 1).text, table.cell(1, 2).text = "每户800元", "每户600元"
            table.cell(2, 1).text, table.cell(2, 2).text = "独居老人另加200元", "独居老人另加150元"
        if k == 2 and text:
            # two boxes side by side in one group, below a sentence: read at the group's place, in order
            box = slide.shapes.add_textbox(Inches(0.5), Inches(1.6), Inches(9), Inches(0.5))
            box.text_frame.text = "符合条件的对象无需申请，由系统自动发放。"
            group = slide.shapes.add_group_shape()
            left = group.shapes.add_textbox(Inches(0.5), Inches(3), Inches(4), Inches(1))
            left.text_frame.text = "线上：登录“秦务员”App办理变更"
            right = group.shapes.add_textbox(Inches(5), Inches(3), Inches(4), Inches(1))
            right.text_frame.text = "线下：到户籍所在地乡镇（街道）窗口办理"
            slide.notes_slide.notes_text_frame.text = "讲解时强调：无需申请。"
        if k == 3 and text:
            slide.shapes.add_textbox(Inches(0.5), Inches(2), Inches(9), Inches(1)).text_frame.text = "0917-1234567"
        if pictures:
            png = io.BytesIO(bytes.fromhex(
                "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"))
            slide.shapes.add_picture(png, Inches(8), Inches(5))
        if text:  # the department's name in the same corner of every slide, the slide's number in the other
            footer = slide.shapes.add_textbox(Inches(0.2), Inches(7), Inches(4), Inches(0.4))
            footer.text_frame.text = "某市民政局"
            slide.shapes.add_textbox(Inches(9), Inches(7), Inches(0.5), Inches(0.4)).text_frame.text = str(k + 1)
        if k == 3 and text:  # short bullets without end marks, as slides write them
            frame = slide.shapes.add_textbox(Inches(0.5), Inches(3), Inches(9), Inches(2)).text_frame
            frame.text = "城区：拨打民政局服务热线"
            frame.add_paragraph().text = "乡镇：联系乡镇（街道）社会事务办"
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def test_slides_are_read_in_order_with_tables_groups_and_notes() -> None:
    src = read_source_bytes(deck(), "jiedu.pptx")
    assert src.format == "pptx"
    assert src.title == "《某市困难群众取暖补贴发放办法》政策解读"
    lines = src.text.split("\n")
    assert lines[:2] == ["《某市困难群众取暖补贴发放办法》政策解读", "某市民政局 2026年11月"]
    at = lines.index("一、发放标准")
    assert lines[at + 1:at + 4] == ["类别\t城市\t农村", "低保对象\t每户800元\t每户600元",
                                    "低保对象\t独居老人另加200元\t独居老人另加150元"]
    at = lines.index("二、怎么申请")
    assert lines[at + 1:at + 5] == ["符合条件的对象无需申请，由系统自动发放。", "线上：登录“秦务员”App办理变更",
                                    "线下：到户籍所在地乡镇（街道）窗口办理", "讲解时强调：无需申请。"]
    # the name in the corner of every slide is furniture, reported once; the slide numbers too
    assert "某市民政局" not in lines and not any(line.isdigit() for line in lines)
    assert src.removed == (("slide footer", "某市民政局"), ("slide number", "1"), ("slide number", "2"),
                           ("slide number", "3"), ("slide number", "4"))


def test_a_deck_becomes_a_document_whose_table_rows_are_found() -> None:
    item = ingest_source(read_source_bytes(deck(), "jiedu.pptx"))
    assert item.report.error is None and item.report.documents == 1
    doc = item.documents[0]
    assert doc.title == "《某市困难群众取暖补贴发放办法》政策解读"
    assert "低保对象\t独居老人另加200元\t独居老人另加150元" in doc.text
    # each bullet stays a paragraph of its own: a slide's lines are not a page's lines wrapped at the margin
    assert "城区：拨打民政局服务热线\n乡镇：联系乡镇（街道）社会事务办" in doc.text


def test_pictures_are_counted_and_a_deck_of_pictures_only_is_unreadable_with_a_reason() -> None:
    assert read_source_bytes(deck(pictures=True), "jiedu.pptx").warnings == ("4 picture(s) on the slides not read",)
    with pytest.raises(UnreadableFile, match="pictures only"):
        read_source_bytes(deck(pictures=True, text=False), "tu.pptx")


def test_a_shape_python_pptx_cannot_read_is_left_out_with_a_warning_and_equal_cells_stay_apart() -> None:
    from lxml import etree

    prs = Presentation(io.BytesIO(deck()))
    slide = prs.slides[1]
    ink = etree.SubElement(slide.shapes._spTree, "{http://schemas.openxmlformats.org/presentationml/2006/main}contentPart")
    ink.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", "rId99")
    table = slide.shapes.add_table(2, 3, Inches(0.5), Inches(5), Inches(9), Inches(1)).table
    for c, text in enumerate(("类别", "2025年", "2026年")):
        table.cell(0, c).text = text
    for c, text in enumerate(("特困人员", "500元", "500元")):
        table.cell(1, c).text = text
    out = io.BytesIO()
    prs.save(out)
    src = read_source_bytes(out.getvalue(), "jiedu.pptx")
    assert "一、发放标准" in src.text
    assert any(w.startswith("a shape on slide(s) 2") for w in src.warnings), src.warnings
    assert "特困人员\t500元\t500元" in src.text.split("\n")


_DGM_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"')


def _steps_data(steps: tuple[tuple[str, str], ...]) -> bytes:
    """A SmartArt's data part: each step a node of the document point with its deadline as a child node."""
    pts = ['<dgm:pt modelId="{doc}" type="doc"><dgm:t><a:p/></dgm:t></dgm:pt>']
    cxns = []
    for k, (step, deadline) in enumerate(steps):
        pts += [f'<dgm:pt modelId="{{s{k}}}"><dgm:t><a:p><a:r><a:t>{step}</a:t></a:r></a:p></dgm:t></dgm:pt>',
                f'<dgm:pt modelId="{{d{k}}}"><dgm:t><a:p><a:r><a:t>{deadline}</a:t></a:r></a:p></dgm:t></dgm:pt>']
        cxns += [f'<dgm:cxn modelId="{{c{k}}}" srcId="{{doc}}" destId="{{s{k}}}" srcOrd="{k}" destOrd="0"/>',
                 f'<dgm:cxn modelId="{{e{k}}}" srcId="{{s{k}}}" destId="{{d{k}}}" srcOrd="0" destOrd="0"/>']
    return (f"<dgm:dataModel {_DGM_NS}><dgm:ptLst>{''.join(pts)}</dgm:ptLst><dgm:cxnLst>{''.join(cxns)}"
            "</dgm:cxnLst></dgm:dataModel>").encode()


def test_a_slides_chart_and_smartart_are_read_in_their_place() -> None:
    """"各县区补助标准见下图" and "办理流程见下图": the chart's cached figures as a table, the SmartArt's steps each a
    line with its deadline, where they stand on the slide (below the sentence that points at them)."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI
    from pptx.oxml import parse_xml

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "一、补助标准"
    slide.shapes.add_textbox(Inches(0.5), Inches(1.2), Inches(9), Inches(0.5)).text_frame.text = "各县区补助标准见下图。"
    data = CategoryChartData()
    data.categories = ["凌海市", "北镇市", "黑山县"]
    data.add_series("每户补助（元）", (1200, 1500, 900))
    slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(0.5), Inches(2), Inches(9), Inches(4), data)
    second = prs.slides.add_slide(prs.slide_layouts[5])
    second.shapes.title.text = "二、办理流程"
    second.shapes.add_textbox(Inches(0.5), Inches(1.2), Inches(9), Inches(0.5)).text_frame.text = "办理流程见下图。"
    steps = (("1. 申请", "每年3月1日至4月30日"), ("2. 审核", "10个工作日内"))
    part = Part(PackURI("/ppt/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", prs.part.package,
                _steps_data(steps))
    rid = second.part.relate_to(part, RT.DIAGRAM_DATA)
    frame = parse_xml(
        '<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        f'{_DGM_NS}><p:nvGraphicFramePr><p:cNvPr id="9" name="SmartArt 1"/><p:cNvGraphicFramePr/><p:nvPr/>'
        '</p:nvGraphicFramePr><p:xfrm><a:off x="457200" y="1828800"/><a:ext cx="8229600" cy="3657600"/></p:xfrm>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
        f'<dgm:relIds r:dm="{rid}" r:lo="" r:qs="" r:cs=""/></a:graphicData></a:graphic></p:graphicFrame>')
    second.shapes._spTree.append(frame)
    buf = io.BytesIO()
    prs.save(buf)
    src = read_source_bytes(buf.getvalue(), "解读.pptx")
    lines = src.text.split("\n")
    at = lines.index("各县区补助标准见下图。")
    assert lines[at + 1:at + 5] == ["项目\t每户补助（元）", "凌海市\t1200", "北镇市\t1500", "黑山县\t900"], lines
    at = lines.index("办理流程见下图。")
    assert lines[at + 1:at + 3] == ["1. 申请：每年3月1日至4月30日。", "2. 审核：10个工作日内。"], lines
    assert any("chart" in w and "read in its place" in w for w in src.warnings), src.warnings


def test_a_slides_bullets_are_statements_of_their_own() -> None:
    """A bullet printed without a 。 ends where it does: "…有效期至2028年12月31日" is not run into the next bullet or
    the speaker's notes; a heading, a name with its date and a labelled line are left as printed."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "一、出台背景"
    frame = slide.placeholders[1].text_frame
    frame.text = "自2026年7月1日起施行，有效期至2028年12月31日"
    for text in ("某市海洋与渔业局 2026年6月", "城区：拨打渔业局服务热线"):
        frame.add_paragraph().text = text
    slide.notes_slide.notes_text_frame.text = "本页讲解政策出台的背景和依据，时长约2分钟"
    buf = io.BytesIO()
    prs.save(buf)
    lines = read_source_bytes(buf.getvalue(), "解读.pptx").text.split("\n")
    assert lines == ["一、出台背景", "自2026年7月1日起施行，有效期至2028年12月31日。", "某市海洋与渔业局 2026年6月",
                     "城区：拨打渔业局服务热线", "本页讲解政策出台的背景和依据，时长约2分钟。"], lines

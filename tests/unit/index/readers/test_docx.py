"""The Word reader's charts and SmartArt diagrams: what a notice shows only as a figure ("各县（市、区）任务详见
下图", "申报流程详见下图") is read where the figure stands."""

from __future__ import annotations

import io
import zipfile

import pytest

from index.errors import UnreadableFile
from index.readers import SourceText, read_source_bytes

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
       'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"')
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_DIAGRAM_DRAWING = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"
_COUNTIES = ("铁西区", "铁东区", "梨树县", "伊通满族自治县", "双辽市")
_STEPS = (("1. 农户申请", "每年3月1日至5月31日向村民委员会提出"), ("2. 村级初审", "5个工作日内完成并张榜公示"),
          ("3. 乡镇审核", "10个工作日内报县级农业农村部门"), ("4. 县级验收", "竣工后20个工作日内组织验收"),
          ("5. 资金兑付", "验收合格后30日内打入“一卡通”"))


def _drawing(graphic: str) -> str:
    """A run holding one inline drawing whose graphic data is ``graphic``."""
    return (f'<w:r {_NS}><w:drawing><wp:inline><wp:extent cx="5486400" cy="3017520"/><wp:docPr id="1" '
            f'name="图 1"/><a:graphic><a:graphicData uri="{graphic}</a:graphicData></a:graphic></wp:inline>'
            "</w:drawing></w:r>")


def _chart_graphic(rid: str) -> str:
    return f'http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="{rid}"/>'


def _diagram_graphic(dm: str, lo: str = "") -> str:
    return (f'http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="{dm}" r:lo="{lo}" '
            'r:qs="" r:cs=""/>')


def _docx(*blocks: str | tuple[str, str], parts: dict[str, tuple[str, str, bytes]] | None = None,
          drop: tuple[str, ...] = ()) -> bytes:
    """A Word file of paragraphs (a str) and drawings (("chart" | "diagram", the graphic's data)), with
    ``parts`` (rId → (part name, relationship type, bytes)) related to the document. ``drop``: parts left out of
    the ZIP afterwards (a tool that forgot them)."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    rids: dict[str, str] = {}
    for key, (partname, reltype, blob) in (parts or {}).items():
        part = Part(PackURI(partname), "application/xml", blob, document.part.package)
        rids[key] = document.part.relate_to(part, reltype)
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        else:
            graphic = block[1]
            for key, rid in rids.items():
                graphic = graphic.replace(f'"{key}"', f'"{rid}"')
            document.add_paragraph()._p.append(parse_xml(_drawing(graphic)))
    buf = io.BytesIO()
    document.save(buf)
    if not drop:
        return buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename not in drop:
                dst.writestr(item, src.read(item.filename))
    return out.getvalue()


def _pts(values: list[str], number: bool, code: str = "General") -> str:
    kind = "numCache" if number else "strCache"
    fmt = f"<c:formatCode>{code}</c:formatCode>" if number else ""
    points = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values) if v)
    return f'<c:{kind}>{fmt}<c:ptCount val="{len(values)}"/>{points}</c:{kind}>'


def _series(name: str, values: list[str], code: str = "General") -> str:
    return (f"<c:ser><c:idx val=\"0\"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f>{_pts([name], False)}</c:strRef></c:tx>"
            f"<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$6</c:f>{_pts(list(_COUNTIES), False)}</c:strRef></c:cat>"
            f"<c:val><c:numRef><c:f>Sheet1!$B$2:$B$6</c:f>{_pts(values, True, code)}</c:numRef></c:val></c:ser>")


def _chart(plot: str, title: str = "") -> bytes:
    rich = (f"<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{title}</a:t></a:r></a:p></c:rich></c:tx></c:title>"
            if title else "")
    return (f"<c:chartSpace {_NS}><c:chart>{rich}<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>{plot}"
            "</c:plotArea></c:chart></c:chartSpace>").encode()


def _lines(data: bytes, name: str = "办法.docx") -> list[str]:
    return _read(data, name).text.split("\n")


def _read(data: bytes, name: str = "办法.docx") -> SourceText:
    return read_source_bytes(data, name)


def test_a_chart_is_read_in_its_place_as_a_table_of_its_cached_figures() -> None:
    """Two series over five counties; the 伊通 figure of the second exists only in the chart's cache, printed
    as the chart prints it (3150.0 as 3150, a "0.0" format's 1250.5 as 1250.5, 98 as 98.0)."""
    plot = ('<c:barChart><c:barDir val="col"/>' + _series("计划任务（户）", ["620", "480", "3150.0", "2260", "2740"])
            + _series("完成率（%）", ["98", "100", "87.25", "1250.5", "91"], "0.0") + "</c:barChart>")
    data = _docx("第三条 各县（市、区）任务详见下图。", ("chart", _chart_graphic("chart")),
                 "图1 各县（市、区）农村户用卫生厕所改造任务", "第四条 改造类型为三格式化粪池厕所。",
                 parts={"chart": ("/word/charts/chart1.xml", _RT + "chart", _chart(plot, "各县（市、区）改造任务"))})
    src = _read(data)
    lines = src.text.split("\n")
    at = lines.index("第三条 各县（市、区）任务详见下图。")
    assert lines[at + 1: at + 9] == [
        "各县（市、区）改造任务", "项目\t计划任务（户）\t完成率（%）", "铁西区\t620\t98.0", "铁东区\t480\t100.0",
        "梨树县\t3150\t87.3", "伊通满族自治县\t2260\t1250.5", "双辽市\t2740\t91.0",
        "图1 各县（市、区）农村户用卫生厕所改造任务"], lines
    assert "a chart (chart1.xml) read in its place as a table" in src.warnings


def test_a_charts_axis_title_heads_its_categories_and_literal_data_is_read() -> None:
    """A pie chart whose data is written into it (``c:strLit``/``c:numLit``, percentages) and a line chart's
    category axis titled "年度" over numbers: the header names the axis; a year without a figure has no row."""
    pie = ('<c:pieChart><c:ser><c:tx><c:v>资金构成</c:v></c:tx><c:cat><c:strLit><c:ptCount val="2"/>'
           '<c:pt idx="0"><c:v>市级</c:v></c:pt><c:pt idx="1"><c:v>县级</c:v></c:pt></c:strLit></c:cat>'
           '<c:val><c:numLit><c:formatCode>0%</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>0.4</c:v></c:pt>'
           '<c:pt idx="1"><c:v>0.6</c:v></c:pt></c:numLit></c:val></c:ser></c:pieChart>')
    years = ('<c:cat><c:numRef><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/>'
             '<c:pt idx="0"><c:v>2025</c:v></c:pt><c:pt idx="1"><c:v>2026</c:v></c:pt><c:pt idx="2"><c:v>2027</c:v>'
             "</c:pt></c:numCache></c:numRef></c:cat>")
    line = ("<c:lineChart><c:ser>" + years + '<c:val><c:numRef><c:numCache><c:ptCount val="3"/><c:pt idx="0">'
            '<c:v>3000</c:v></c:pt><c:pt idx="2"><c:v>3250</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>'
            "</c:lineChart><c:catAx><c:title><c:tx><c:rich><a:p><a:r><a:t>年度</a:t></a:r></a:p></c:rich></c:tx>"
            "</c:title></c:catAx>")
    data = _docx("资金构成如下图。", ("chart", _chart_graphic("pie")), "改造户数如下图。", ("chart", _chart_graphic("line")),
                 "第八条 专款专用。",
                 parts={"pie": ("/word/charts/chart1.xml", _RT + "chart", _chart(pie)),
                        "line": ("/word/charts/chart2.xml", _RT + "chart", _chart(line))})
    assert _lines(data) == ["资金构成如下图。", "项目\t资金构成", "市级\t40%", "县级\t60%", "改造户数如下图。",
                            "年度\t数值", "2025\t3000", "2027\t3250", "第八条 专款专用。"]


def test_a_chart_without_cached_figures_or_a_part_is_skipped_quietly() -> None:
    """A chart whose figures live only in a linked workbook, a chart whose relationship points nowhere, and one
    whose part the tool left out of the file: the notice is still read, nothing invented."""
    empty = _chart('<c:barChart><c:ser><c:val><c:numRef><c:f>Sheet1!$B$2:$B$6</c:f></c:numRef></c:val></c:ser>'
                   "</c:barChart>", "改造任务")
    data = _docx("第三条 任务详见下图。", ("chart", _chart_graphic("empty")), ("chart", _chart_graphic("rId999")),
                 ("chart", _chart_graphic("gone")), "第四条 自愿选择。",
                 parts={"empty": ("/word/charts/chart1.xml", _RT + "chart", empty),
                        "gone": ("/word/charts/chart2.xml", _RT + "chart", _chart("<c:barChart/>"))},
                 drop=("word/charts/chart2.xml",))
    src = _read(data)
    assert src.text.split("\n") == ["第三条 任务详见下图。", "第四条 自愿选择。"]
    assert "a part the file refers to is missing (word/charts/chart2.xml): left out" in src.warnings
    assert not any("read in its place" in w for w in src.warnings)


def _diagram_data(steps: tuple[tuple[str, str], ...] = _STEPS, drawing_rid: str = "") -> bytes:
    """A process diagram's data part: the steps as nodes of the document point, each with its deadline as a
    child node; transitions and presentation points around them (one with stray text), the connections
    written out of order (``srcOrd`` gives it)."""
    pts = ['<dgm:pt modelId="{doc}" type="doc"><dgm:t><a:p/></dgm:t></dgm:pt>']
    cxns = []
    for k, (step, deadline) in reversed(list(enumerate(steps))):
        pts.append(f'<dgm:pt modelId="{{s{k}}}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{step}</a:t></a:r></a:p>'
                   "</dgm:t></dgm:pt>")
        pts.append(f'<dgm:pt modelId="{{d{k}}}" type="node"><dgm:t><a:p><a:r><a:t>{deadline}</a:t></a:r></a:p></dgm:t>'
                   "</dgm:pt>")
        pts.append(f'<dgm:pt modelId="{{p{k}}}" type="parTrans"><dgm:t><a:p><a:r><a:t>→</a:t></a:r></a:p></dgm:t>'
                   "</dgm:pt>")
        pts.append(f'<dgm:pt modelId="{{x{k}}}" type="pres"><dgm:prSet presAssocID="{{s{k}}}"/>'
                   "<dgm:t><a:p><a:r><a:t>版式文字</a:t></a:r></a:p></dgm:t></dgm:pt>")
        cxns.append(f'<dgm:cxn modelId="{{c{k}}}" srcId="{{doc}}" destId="{{s{k}}}" srcOrd="{k}" destOrd="0" '
                    f'parTransId="{{p{k}}}"/>')
        cxns.append(f'<dgm:cxn modelId="{{e{k}}}" type="parOf" srcId="{{s{k}}}" destId="{{d{k}}}" srcOrd="0" '
                    'destOrd="0"/>')
        cxns.append(f'<dgm:cxn modelId="{{f{k}}}" type="presOf" srcId="{{s{k}}}" destId="{{x{k}}}" srcOrd="0" '
                    'destOrd="0"/>')
    ext = (f'<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt '
           f'xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" relId="{drawing_rid}"/></a:ext>'
           "</dgm:extLst>") if drawing_rid else ""
    return (f"<dgm:dataModel {_NS}><dgm:ptLst>{''.join(pts)}</dgm:ptLst><dgm:cxnLst>{''.join(cxns)}</dgm:cxnLst>"
            f"{ext}</dgm:dataModel>").encode()


def _diagram_drawing(steps: tuple[tuple[str, str], ...] = _STEPS) -> bytes:
    """The drawing Word keeps of the diagram: the same texts again in shapes, and an arrow without text."""
    shapes = "".join(f'<dsp:sp modelId="{{x{k}}}"><dsp:txBody><a:bodyPr/><a:p><a:r><a:t>{step}</a:t></a:r>'
                     f"</a:p><a:p><a:r><a:t>{deadline}</a:t></a:r></a:p></dsp:txBody></dsp:sp><dsp:sp><dsp:spPr/></dsp:sp>"
                     for k, (step, deadline) in enumerate(steps))
    return (f'<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" {_NS}><dsp:spTree>'
            f"{shapes}</dsp:spTree></dsp:drawing>").encode()


def test_a_smartart_process_is_read_in_its_place_a_step_with_its_deadline_on_a_line() -> None:
    """"申报流程详见下图": five steps in the connections' order, each with its deadline, each once (the
    drawing part Word keeps of the diagram repeats them and is not read; transitions and layout text never)."""
    data = _docx("第七条 申报流程详见下图。", ("diagram", _diagram_graphic("dm")), "图2 申报流程",
                 "第八条 补助资金专款专用。",
                 parts={"dm": ("/word/diagrams/data1.xml", _RT + "diagramData", _diagram_data(drawing_rid="dr")),
                        "dr": ("/word/diagrams/drawing1.xml", _DIAGRAM_DRAWING, _diagram_drawing())})
    # (the data part names its drawing by the document's relationship id, known once the part is related)
    src = _read(data)
    lines = src.text.split("\n")
    at = lines.index("第七条 申报流程详见下图。")
    assert lines[at + 1: at + 7] == [
        "1. 农户申请：每年3月1日至5月31日向村民委员会提出。", "2. 村级初审：5个工作日内完成并张榜公示。",
        "3. 乡镇审核：10个工作日内报县级农业农村部门。", "4. 县级验收：竣工后20个工作日内组织验收。",
        "5. 资金兑付：验收合格后30日内打入“一卡通”。", "图2 申报流程"], lines
    text = src.text
    assert all(text.count(step) == 1 and text.count(deadline) == 1 for step, deadline in _STEPS)
    assert "版式文字" not in text and "→" not in text
    assert "a SmartArt diagram (data1.xml) read in its place" in src.warnings


def test_a_smartart_whose_data_holds_no_text_is_read_from_its_drawing() -> None:
    """A tool that wrote the texts only into the drawing part, or left the data part out: the drawing's shapes'
    texts in order, each shape a line."""
    empty = tuple(("", "") for _ in _STEPS)
    data = _docx("第七条 申报流程详见下图。", ("diagram", _diagram_graphic("dm", "lo")), "第八条 专款专用。",
                 parts={"dm": ("/word/diagrams/data1.xml", _RT + "diagramData", _diagram_data(empty)),
                        "lo": ("/word/diagrams/layout1.xml", _RT + "diagramLayout", b"<layoutDef/>"),
                        "dr": ("/word/diagrams/drawing1.xml", _DIAGRAM_DRAWING, _diagram_drawing())})
    lines = _lines(data)
    assert lines[1:3] == ["1. 农户申请：每年3月1日至5月31日向村民委员会提出。", "2. 村级初审：5个工作日内完成并张榜公示。"]
    assert lines[-1] == "第八条 专款专用。" and len(lines) == 7
    # (and a file that lost the data part altogether: its one drawing is the diagram's)
    gone = _docx("第七条 申报流程详见下图。", ("diagram", _diagram_graphic("dm")), "第八条 专款专用。",
                 parts={"dm": ("/word/diagrams/data1.xml", _RT + "diagramData", _diagram_data()),
                        "dr": ("/word/diagrams/drawing1.xml", _DIAGRAM_DRAWING, _diagram_drawing())},
                 drop=("word/diagrams/data1.xml",))
    assert _lines(gone) == lines


def test_a_smartart_with_a_damaged_or_cyclic_data_part_does_not_stop_the_reader() -> None:
    """A data part that is not XML is named in the warnings; connections that loop read each point once."""
    loop = (f"<dgm:dataModel {_NS}><dgm:ptLst><dgm:pt modelId=\"r\" type=\"doc\"/>"
            '<dgm:pt modelId="a"><dgm:t><a:p><a:r><a:t>受理</a:t></a:r></a:p></dgm:t></dgm:pt>'
            '<dgm:pt modelId="b"><dgm:t><a:p><a:r><a:t>审核</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst><dgm:cxnLst>'
            '<dgm:cxn modelId="1" srcId="r" destId="a" srcOrd="0"/><dgm:cxn modelId="2" srcId="a" destId="b" srcOrd="0"/>'
            '<dgm:cxn modelId="3" srcId="b" destId="a" srcOrd="0"/><dgm:cxn modelId="4" srcId="r" destId="b" srcOrd="1"/>'
            "</dgm:cxnLst></dgm:dataModel>").encode()
    data = _docx("流程如下。", ("diagram", _diagram_graphic("bad")), ("diagram", _diagram_graphic("loop")), "完。",
                 parts={"bad": ("/word/diagrams/data1.xml", _RT + "diagramData", b"<dgm:dataModel><unclosed"),
                        "loop": ("/word/diagrams/data2.xml", _RT + "diagramData", loop)})
    src = _read(data)
    assert src.text.split("\n") == ["流程如下。", "受理：审核。", "完。"]
    assert "a SmartArt diagram (data1.xml): not read (damaged or too large)" in src.warnings


def _drawing_deleted(data: bytes) -> bytes:
    """The Word file with the run holding its drawing inside a recorded deletion (w:del)."""
    import re

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = re.sub(r"(<w:r\b[^>]*>\s*<w:drawing>)", r'<w:del w:id="9" w:author="审核">\1', blob.decode("utf-8"))
                blob = text.replace("</w:drawing></w:r>", "</w:drawing></w:r></w:del>").encode("utf-8")
            dst.writestr(item, blob)
    return out.getvalue()


def test_a_chart_a_recorded_change_deleted_is_not_read_and_an_odd_index_drops_only_its_point() -> None:
    plot = '<c:barChart>' + _series("旧任务（户）", ["45", "46", "47", "48", "49"]) + "</c:barChart>"
    data = _docx("正文。", ("chart", _chart_graphic("chart")), "完。",
                 parts={"chart": ("/word/charts/chart1.xml", _RT + "chart", _chart(plot))})
    assert "旧任务" not in _read(_drawing_deleted(data)).text and "旧任务" in _read(data).text
    odd = _docx("正文。", ("chart", _chart_graphic("chart")), "完。",
                parts={"chart": ("/word/charts/chart1.xml", _RT + "chart", _chart(plot.replace('idx="0"', 'idx="²"')))})
    text = _read(odd).text  # (the points with "²" for their index left out, the rest read)
    assert "铁东区\t46" in text and "双辽市\t49" in text and "铁西区" not in text


def test_a_bomb_among_the_parts_of_a_file_missing_a_part_is_refused_before_it_is_unpacked() -> None:
    data = _docx("正文。", ("chart", _chart_graphic("chart")), "完。",
                 parts={"chart": ("/word/charts/chart1.xml", _RT + "chart", _chart("<c:barChart/>"))},
                 drop=("word/charts/chart1.xml",))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/media/unused.bin", b"\0" * (300 * 1024 * 1024))
    with pytest.raises(UnreadableFile, match="unpacks far past its size"):
        _read(out.getvalue())

"""Writes the binary ingest fixtures in tests/data/ingest/ (run once; the outputs are committed).

    .venv/bin/pip install reportlab   # only this script needs it
    .venv/bin/python tests/support/make_ingest_fixtures.py

- ``luoyang-elderly-meals.docx``: a notice made with python-docx (Title style, headings, automatic
  list numbering, a table).
- ``luoyang-medical-insurance.pdf``: a three-page notice with a text layer (reportlab's built-in
  STSong-Light CID font), a running header and page numbers on every page.
- ``luoyang-flood-notice-scan.pdf`` and ``luoyang-flood-notice-scan.png``: a scanned page, text
  rendered to an image with a CJK system font (Noto CJK), no text layer.
- ``../ingest-bad/password-protected.pdf``: a PDF that needs a password to open.
- ``../formats/pingxiang-gaoling-jintie.doc``: an old binary Word file (Word 97–2003), written as .docx
  by python-docx and saved as .doc by LibreOffice (``soffice --headless --convert-to doc``; only this
  fixture needs LibreOffice): a table whose cells hold two paragraphs and one empty cell, a hyperlink
  field, a page-number field in the footer.
- ``../formats/pingxiang-gaoling-jintie-nomap.pdf``: the same notice saved as PDF by LibreOffice, its
  fonts' ToUnicode maps then cut off: the text layer is glyph numbers, so the pages are read by OCR.
- ``../formats/pingxiang-yanglao-fengong.xls``: an old binary Excel file written with xlwt: a merged
  title, a category merged down, a date cell, a hidden column, a hidden sheet.
- ``../formats/pingxiang-canji-butie.ofd``: an OFD (GB/T 33190) notice of two pages written here as an
  OFD converter writes one (standard library only): one text object a printed line, some lines in
  pieces and one a character each, the objects of page 1 out of reading order, "g n d" advances, a
  page template with the running header, a red rule and a table grid as paths, a diagonal watermark,
  a seal annotation, a paragraph running over the page break and a table of numbered rows, one of
  whose cells holds two lines.
- ``../formats/pingxiang-fujian.zip``: a portal's "附件下载" archive made on Chinese Windows: member
  names in GBK without the UTF-8 flag, a folder, the .xls above and the OFD, a Thumbs.db, an empty
  file and an archive inside.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "ingest"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "洛阳市老年助餐服务实施办法"
    d.add_paragraph("洛阳市民政局文件")
    d.add_paragraph("洛民〔2024〕31号")
    d.add_paragraph("洛阳市民政局关于印发洛阳市老年助餐服务实施办法的通知", style="Title")
    d.add_paragraph("各县区民政局，各有关单位：")
    d.add_paragraph("现将《洛阳市老年助餐服务实施办法》印发给你们，请认真贯彻执行。")
    d.add_paragraph("一、服务对象", style="Heading 1")
    d.add_paragraph("本市户籍年满60周岁的老年人，均可在社区老年食堂就餐。其中80周岁以上老年人、特困供养老年人优先保障。")
    d.add_paragraph("二、补贴标准", style="Heading 1")
    d.add_paragraph("对在老年食堂就餐的老年人按以下标准给予餐费补贴：")
    table = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("对象", "每餐补贴", "每月上限"), ("60至79周岁老年人", "2元", "60元"),
                             ("80周岁以上老年人", "4元", "120元"), ("特困供养老年人", "6元", "180元")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph("三、申请方式", style="Heading 1")
    d.add_paragraph("老年人持身份证到社区老年食堂登记，由社区核实身份后办理助餐卡。", style="List Number")
    d.add_paragraph("助餐卡实行实名制，不得转借他人使用。", style="List Number")
    d.add_paragraph("补贴资金按月结算，由县区民政局拨付给老年食堂。", style="List Number")
    d.add_paragraph("四、施行日期", style="Heading 1")
    d.add_paragraph("本办法自2024年7月1日起施行，有效期三年。")
    d.add_paragraph("洛阳市民政局")
    d.add_paragraph("2024年6月10日")
    section = d.sections[0]
    section.header.paragraphs[0].text = "洛阳市民政局规范性文件"
    section.footer.paragraphs[0].text = "第 1 页"
    d.save(str(path))


PDF_PAGES = [
    ["洛阳市人民政府办公室关于做好2025年度城乡居民基本医疗保险参保缴费工作的通知",
     "洛政办〔2024〕58号",
     "各县区人民政府，市人民政府各部门：",
     "为做好我市2025年度城乡居民基本医疗保险参保缴费工作，现将有关事项通知如下。",
     "一、参保范围",
     "除职工基本医疗保险应参保人员以外的其他所有城乡居民，包括在校学生、未成年人和灵活就业人员。",
     "二、缴费标准",
     "2025年度城乡居民医保个人缴费标准为每人每年400元。"],
    ["三、集中缴费期",
     "集中缴费期为2024年9月1日至12月31日。在集中缴费期内缴费的，待遇享受期为2025年1月1日至12月31日。",
     "四、资助参保",
     "特困人员个人缴费部分给予全额资助，低保对象给予定额资助，每人每年资助200元。"],
    ["五、工作要求",
     "各县区要把参保缴费工作作为重要民生工程，确保参保率稳定在95%以上。",
     "洛阳市人民政府办公室",
     "2024年8月20日"],
]


def make_text_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for n, lines in enumerate(PDF_PAGES, start=1):
        c.setFont("STSong-Light", 9)
        c.drawString(72, height - 40, "洛阳市人民政府公报  2024年第9期")
        c.drawCentredString(width / 2, 30, f"— {n} —")
        y = height - 90
        for line in lines:
            c.setFont("STSong-Light", 11)
            while line:  # wrap at 38 characters, as printed gazettes do
                c.drawString(72, y, line[:38])
                line = line[38:]
                y -= 22
        c.showPage()
    c.save()


SCAN_LINES = [
    "洛阳市防汛抗旱指挥部关于做好汛期安全防范工作的通知",
    "洛汛〔2024〕7号",
    "各县区防汛抗旱指挥部：",
    "入汛以来，我市降雨偏多。现就做好汛期安全防范工作通知如下。",
    "一、严格落实值班值守制度，汛期实行24小时领导带班。",
    "二、强降雨期间，地下车库、下穿隧道要提前设置警示标志。",
    "三、山洪灾害危险区群众转移避险要做到应转尽转。",
    "洛阳市防汛抗旱指挥部",
    "2024年6月28日",
]


def make_scan(pdf_path: Path, png_path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 30)
    page = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(page)
    y = 80
    for line in SCAN_LINES:
        draw.text((90, y), line, font=font, fill=0)
        y += 80
    page.save(png_path, optimize=True)
    page.save(pdf_path, "PDF", resolution=150)


def make_encrypted_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=StandardEncryption("user-secret", "owner-secret"))
    c.setFont("STSong-Light", 11)
    c.drawString(72, 760, "内部资料 注意保密")
    c.showPage()
    c.save()


def _gaoling(path: Path) -> None:
    """The 高龄津贴 notice as a .docx: a table whose cells hold two paragraphs and one empty cell, a
    hyperlink, a page-number footer."""
    import docx
    from docx.oxml.ns import qn

    d = docx.Document()
    d.core_properties.title = "萍乡市民政局关于提高高龄津贴标准的通知"
    d.add_paragraph("萍民字〔2026〕12号")
    d.add_paragraph("萍乡市民政局关于提高高龄津贴标准的通知", style="Title")
    d.add_paragraph("各县（市、区）民政局：")
    d.add_paragraph("一、发放对象")
    d.add_paragraph("具有本市户籍、年满80周岁的老年人。")
    d.add_paragraph("二、发放标准")
    t = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("年龄段", "原标准", "新标准"), ("80至89周岁", "", "每人每月100元"),
                             ("90至99周岁", "每人每月200元", "每人每月300元"), ("100周岁以上", "每人每月500元", "每人每月800元")]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(3, 2).add_paragraph("（含百岁老人长寿补贴）")
    p = d.add_paragraph("三、申请渠道：登录")
    link = p._p.makeelement(qn("w:hyperlink"), {})
    run = p.add_run("赣服通")
    link.append(run._r)
    p._p.append(link)
    p.add_run("或到社区办理。")
    d.add_paragraph("四、本通知自2026年1月1日起施行。")
    d.sections[0].footer.paragraphs[0].text = "第 页"
    d.save(path)


def _converted(fmt: str, path: Path) -> bytes:
    """The 高龄津贴 notice saved by LibreOffice as ``fmt`` (doc, pdf)."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("these fixtures need LibreOffice (apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        _gaoling(src)
        subprocess.run([soffice, "--headless", "--convert-to", fmt, "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=180)
        return (Path(tmp) / f"{path.stem}.{fmt}").read_bytes()


def make_doc(path: Path) -> None:
    path.write_bytes(_converted("doc", path))


def make_unmapped_pdf(path: Path) -> None:
    """The notice as a PDF whose fonts lost their map to Unicode (the ToUnicode key renamed), as some
    converters write it: the text layer holds glyph numbers, not text."""
    path.write_bytes(_converted("pdf", path).replace(b"/ToUnicode", b"/ToUnicodX"))


def make_xls(path: Path) -> None:
    import datetime as dt

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("分工表")
    ws.write_merge(0, 0, 0, 4, "萍乡市2026年养老服务重点任务分工表")
    for c, v in enumerate(["类别", "重点任务", "牵头单位", "内部备注", "完成时限"]):
        ws.write(1, c, v)
    ws.write_merge(2, 3, 0, 0, "设施建设")
    dates = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for r, (task, lead, memo, when) in enumerate([("新建社区养老服务站50个", "市民政局", "已核", dt.date(2026, 10, 31)),
                                                  ("改造敬老院12所", "市民政局", "待核", dt.date(2026, 12, 31))], start=2):
        ws.write(r, 1, task)
        ws.write(r, 2, lead)
        ws.write(r, 3, memo)
        ws.write(r, 4, when, dates)
    ws.write(4, 0, "补贴标准")
    ws.write(4, 1, "百岁老人长寿补贴（元/月）")
    ws.write(4, 2, "市财政局")
    ws.write(4, 4, 800)
    ws.col(3).hidden = True
    draft = book.add_sheet("测算")
    draft.write(0, 0, "内部测算，不公开")
    draft.visibility = 1
    book.save(str(path))


_OFD_NS = "http://www.ofdspec.org/2016"
_OFD_SIZE = 5.6  # 三号 (16 pt) in mm
_OFD_TIME = (2026, 3, 2, 9, 30, 0)


def _advances(text: str, size: float) -> str:
    """The DeltaX of a TextCode: full width for CJK, half for ASCII, equal steps as "g n d"."""
    steps = [size if ord(ch) > 0x2e7f else size / 2 for ch in text[:-1]]
    out: list[str] = []
    i = 0
    while i < len(steps):
        j = i
        while j < len(steps) and steps[j] == steps[i]:
            j += 1
        out.append(f"g {j - i} {steps[i]:g}" if j - i > 2 else " ".join(f"{v:g}" for v in steps[i:j]))
        i = j
    return " ".join(out)


def _text_object(oid: int, x: float, y: float, text: str, size: float = _OFD_SIZE, colour: str = "",
                 ctm: str = "") -> str:
    from xml.sax.saxutils import escape

    width = sum(size if ord(ch) > 0x2e7f else size / 2 for ch in text)
    fill = f'<ofd:FillColor Value="{colour}"/>' if colour else ""
    extra = f' CTM="{ctm}"' if ctm else ""
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x:g} {y:g} {width + 1:g} {size * 1.4:g}" Font="3" '
            f'Size="{size:g}"{extra}>{fill}<ofd:TextCode X="0" Y="{size:g}" DeltaX="{_advances(text, size)}">'
            f"{escape(text)}</ofd:TextCode></ofd:TextObject>")


def _ofd_page(objects: list[str], template: bool = True) -> str:
    tpl = '<ofd:Template TemplateID="2" ZOrder="Background"/>' if template else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{_OFD_NS}">{tpl}<ofd:Content>'
            f'<ofd:Layer ID="9" Type="Body">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')


def _ofd_lines(lines: list[str], top: float, left: float = 26.0, gap: float = 9.0) -> list[tuple[float, float, str]]:
    return [(left, top + k * gap, t) for k, t in enumerate(lines)]


def make_ofd(path: Path) -> None:
    ids = iter(range(100, 10_000))
    p1: list[str] = []
    # the red 文头, its rule (a path), 文号 and a two-line title
    p1.append(_text_object(next(ids), 45, 30, "萍乡市民政局文件", size=12.0, colour="255 0 0"))
    p1.append(f'<ofd:PathObject ID="{next(ids)}" Boundary="26 52 158 1" LineWidth="0.6">'
              '<ofd:StrokeColor Value="255 0 0"/><ofd:AbbreviatedData>M 0 0.5 L 158 0.5</ofd:AbbreviatedData>'
              "</ofd:PathObject>")
    p1.append(_text_object(next(ids), 82, 58, "萍民字〔2026〕15号"))
    p1.append(_text_object(next(ids), 34, 72, "萍乡市民政局关于提高困难残疾人生活补贴"))
    p1.append(_text_object(next(ids), 50, 81, "和重度残疾人护理补贴标准的通知"))
    body = _ofd_lines([
        "各县（区）民政局：",
        "经市政府同意，现就提高两项补贴标准有关事项通知如下。",
        "一、补贴对象",
        "困难残疾人生活补贴的对象为具有本市户籍、持有第二代",
        "残疾人证的低保家庭中的残疾人。重度残疾人护理补贴的",
        "对象为残疾等级被评定为一级、二级且需要长期照护的重",
        "度残疾人。",
        "二、补贴标准",
        "自2026年4月1日起，困难残疾人生活补贴标准由每人每月",
        "80元提高到每人每月100元；重度残疾人护理补贴标准由每",
        "人每月90元提高到每人每月120元。符合条件的残疾人可以",
    ], top=98)
    for k, (x, y, text) in enumerate(body):
        if k == 3:  # a line in two pieces, the second written first
            p1.append(_text_object(next(ids), x + 12 * _OFD_SIZE, y, text[12:]))
            p1.append(_text_object(next(ids), x, y, text[:12]))
        elif k == 7:  # a heading one character an object
            p1.extend(_text_object(next(ids), x + j * _OFD_SIZE, y, ch) for j, ch in enumerate(text))
        else:
            p1.append(_text_object(next(ids), x, y, text))
    p1.append(_text_object(next(ids), 100, 285, "— 1 —", size=4.2))
    p1.reverse()  # written bottom up, as some converters do
    # a diagonal watermark (turned 45°) over the page
    p1.append(_text_object(next(ids), 40, 200, "内部资料", size=15.0, colour="200 200 200",
                           ctm="0.7071 -0.7071 0.7071 0.7071 0 0"))
    p2: list[str] = []
    p2 += [_text_object(next(ids), x, y, t) for x, y, t in _ofd_lines([
        "同时享受两项补贴。",
        "三、发放方式",
        "两项补贴按月发放，具体如下：",
    ], top=30)]
    # a ruled table: header, numbered rows, one cell of two lines
    cols = [26.0, 44.0, 100.0, 140.0]
    grid = " ".join(f"M {x - 26:g} 0 L {x - 26:g} 40" for x in [*cols, 184.0])
    grid += " " + " ".join(f"M 0 {y:g} L 158 {y:g}" for y in (0, 10, 30, 40))
    p2.append(f'<ofd:PathObject ID="{next(ids)}" Boundary="26 55 158 40" LineWidth="0.3">'
              f"<ofd:AbbreviatedData>{grid}</ofd:AbbreviatedData></ofd:PathObject>")
    for x, t in zip(cols, ["序号", "补贴项目", "发放时间", "发放渠道"], strict=True):
        p2.append(_text_object(next(ids), x + 1, 57, t))
    rows = [("1", ["困难残疾人生活补贴"], "每月15日前", ["社会保障卡"]),
            ("2", ["重度残疾人护理补贴"], "每月15日前", ["社会保障卡或", "指定银行账户"])]
    for k, (no, item, when, channel) in enumerate(rows):
        y = 67 + k * 10 if k == 0 else 77 + 3
        p2.append(_text_object(next(ids), cols[0] + 1, y, no))
        for j, t in enumerate(item):
            p2.append(_text_object(next(ids), cols[1] + 1, y + j * 6, t, size=4.2))
        p2.append(_text_object(next(ids), cols[2] + 1, y, when, size=4.2))
        for j, t in enumerate(channel):
            p2.append(_text_object(next(ids), cols[3] + 1, y - 3 + j * 6 if len(channel) > 1 else y, t, size=4.2))
    p2 += [_text_object(next(ids), x, y, t) for x, y, t in _ofd_lines([
        "四、执行时间",
        "本通知自2026年4月1日起施行，有效期5年。",
    ], top=110)]
    p2.append(_text_object(next(ids), 120, 150, "萍乡市民政局"))
    p2.append(_text_object(next(ids), 118, 159, "2026年3月2日"))
    p2.append(_text_object(next(ids), 100, 285, "— 2 —", size=4.2))
    template = _ofd_page([_text_object(1000, 26, 12, "萍乡市民政局规范性文件", size=4.2)], template=False)
    ofd = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{_OFD_NS}" Version="1.0" DocType="OFD">'
           "<ofd:DocBody><ofd:DocInfo><ofd:DocID>2f0c1d9e8a7b4c6d</ofd:DocID>"
           "<ofd:Title>萍乡市民政局关于提高困难残疾人生活补贴和重度残疾人护理补贴标准的通知</ofd:Title>"
           "<ofd:Author>萍乡市民政局</ofd:Author><ofd:CreationDate>2026-03-02</ofd:CreationDate></ofd:DocInfo>"
           "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>"
           "</ofd:DocBody></ofd:OFD>")
    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{_OFD_NS}"><ofd:CommonData>'
                "<ofd:MaxUnitID>10000</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
                "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
                '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml" ZOrder="Background"/></ofd:CommonData>'
                '<ofd:Pages><ofd:Page ID="5" BaseLoc="Pages/Page_0/Content.xml"/>'
                '<ofd:Page ID="6" BaseLoc="/Doc_0/Pages/Page_1/Content.xml"/></ofd:Pages>'
                "<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations></ofd:Document>")
    public = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{_OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
              '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>')
    annots = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Annotations xmlns:ofd="{_OFD_NS}">'
              '<ofd:Page PageID="6"><ofd:FileLoc>Page_1/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>')
    stamp = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:PageAnnot xmlns:ofd="{_OFD_NS}">'
             '<ofd:Annot ID="20" Type="Stamp" Creator="萍乡市民政局"><ofd:Appearance Boundary="112 135 40 40">'
             '<ofd:ImageObject ID="21" ResourceID="30" Boundary="0 0 40 40" CTM="40 0 0 40 0 0"/>'
             "</ofd:Appearance></ofd:Annot></ofd:PageAnnot>")
    members = {
        "OFD.xml": ofd,
        "Doc_0/Document.xml": document,
        "Doc_0/PublicRes.xml": public,
        "Doc_0/Tpls/Tpl_0/Content.xml": template,
        "Doc_0/Pages/Page_0/Content.xml": _ofd_page(p1),
        "Doc_0/Pages/Page_1/Content.xml": _ofd_page(p2),
        "Doc_0/Annots/Annotations.xml": annots,
        "Doc_0/Annots/Page_1/Annotation.xml": stamp,
        "Doc_0/Signs/Signatures.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Signatures xmlns:ofd="{_OFD_NS}"/>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members.items():
            z.writestr(zipfile.ZipInfo(name, _OFD_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED)


def _gbk_member(name: str) -> zipfile.ZipInfo:
    """A ZipInfo whose name is stored in GBK without the UTF-8 flag, as Chinese Windows tools write it
    (``zipfile`` itself would store UTF-8 and set the flag)."""

    class GbkName(zipfile.ZipInfo):
        def _encodeFilenameFlags(self) -> tuple[bytes, int]:
            return self.filename.encode("gbk"), self.flag_bits & ~0x800

    info = GbkName(name, _OFD_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def make_zip(path: Path, ofd: Path, xls: Path) -> None:
    import io

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr(_gbk_member("说明.txt"), "萍乡市民政局关于印发两项补贴申领材料清单的说明\n"
                   "申领两项补贴需提供身份证、残疾人证和低保证明材料，到户籍所在地乡镇（街道）办理。\n"
                   "萍乡市民政局\n2026年3月2日\n".encode("gbk"))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(_gbk_member("附件下载/"), b"")
        z.writestr(_gbk_member("附件下载/1.两项补贴通知.ofd"), ofd.read_bytes())
        z.writestr(_gbk_member("附件下载/2.养老服务重点任务分工表.xls"), xls.read_bytes())
        z.writestr(_gbk_member("附件下载/Thumbs.db"), b"\xd0\xcf\x11\xe0 not a document")
        z.writestr(_gbk_member("附件下载/空白.txt"), b"")
        z.writestr(_gbk_member("附件下载/材料/申领说明.zip"), inner.getvalue())


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    make_docx(OUT / "luoyang-elderly-meals.docx")
    make_text_pdf(OUT / "luoyang-medical-insurance.pdf")
    make_scan(OUT / "luoyang-flood-notice-scan.pdf", OUT / "luoyang-flood-notice-scan.png")
    bad = OUT.parent / "ingest-bad"
    bad.mkdir(exist_ok=True)
    make_encrypted_pdf(bad / "password-protected.pdf")
    office = OUT.parent / "formats"
    office.mkdir(exist_ok=True)
    make_doc(office / "pingxiang-gaoling-jintie.doc")
    make_unmapped_pdf(office / "pingxiang-gaoling-jintie-nomap.pdf")
    make_xls(office / "pingxiang-yanglao-fengong.xls")
    make_ofd(office / "pingxiang-canji-butie.ofd")
    make_zip(office / "pingxiang-fujian.zip", office / "pingxiang-canji-butie.ofd", office / "pingxiang-yanglao-fengong.xls")
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

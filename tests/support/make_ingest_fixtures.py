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
"""

from __future__ import annotations

import sys
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
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

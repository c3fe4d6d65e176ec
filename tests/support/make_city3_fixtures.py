"""Writes the generated documents of the 绵阳市 (city3) fixture in tests/data/city3/corpus/.

Run once; the outputs are committed. reportlab is only needed here, so it is installed outside the
project's virtual environment (python-docx and Pillow come from the project's environment)::

    .venv/bin/pip install --target /tmp/rl reportlab
    PYTHONPATH=/tmp/rl .venv/bin/python -m tests.support.make_city3_fixtures

The scanned notice is drawn with a CJK font found on the machine (Noto Serif/Sans CJK SC, as
listed by ``fc-list :lang=zh``); without one the script stops with a message and writes nothing
for that file.

Files written (the two HTML pages and the UTF-8 gazette in the same folder are plain text, written
by hand, not by this script):

- ``mianyang-convenience-circle.docx``: a 市政府办公室 函 (绵府办函〔2026〕21号) made with
  python-docx, forwarding a 工作方案; Title and Heading styles, a page header and footer, and an
  attached 任务分工表 (序号 / 重点任务 / 牵头单位 / 责任单位 / 完成时限) in which some 牵头单位 cells
  name two departments (one joined with "、", one as two paragraphs in the same cell) and the
  完成时限 cell of the last three rows is one vertically merged cell.
- ``mianyang-outpatient-insurance.pdf``: a three-page 市医疗保障局 notice (绵医保发〔2025〕21号) with
  a text layer in reportlab's built-in CID font STSong-Light, a running header (issuer on the left,
  文号 on the right) and "第 n 页 共 3 页" at the foot of every page, a title broken over two lines,
  wrapped paragraphs, and an 附件 table (病种 and 年度支付限额) drawn with ruled lines at the end.
- ``mianyang-fireworks-notice-scan.pdf``: a one-page 市人民政府 通告 (绵府通〔2026〕8号) as a scan:
  the page is a single 200 dpi greyscale image (text drawn with Pillow), with no text layer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.print_lines import NO_LINE_START as _NO_LINE_START
from tests.support.print_lines import find_cjk_font, notice_lines, wrap

NO_LINE_START = _NO_LINE_START | {"%"}  # a percent sign may not begin a line either

OUT = Path(__file__).resolve().parents[1] / "data" / "city3" / "corpus"


# ---------------------------------------------------------------------------------------------
# mianyang-convenience-circle.docx
# ---------------------------------------------------------------------------------------------

DOCX_NUMBER = "绵府办函〔2026〕21号"
DOCX_TITLE = "绵阳市人民政府办公室关于印发《绵阳市2026年城市一刻钟便民生活圈建设工作方案》的通知"
PLAN_TITLE = "绵阳市2026年城市一刻钟便民生活圈建设工作方案"

DISTRICTS = "各区人民政府（管委会）"

# (序号, 重点任务, 牵头单位 (a list: one paragraph each), 责任单位, 完成时限); None = merged from above
DOCX_TASKS = [
    (
        "1",
        "编制城市一刻钟便民生活圈建设规划，明确布局和业态配置",
        ["市商务局、市自然资源和规划局"],
        DISTRICTS,
        "2026年5月31日前",
    ),
    (
        "2",
        "新建或者改造提升社区菜市场（生鲜超市）20个",
        ["市商务局"],
        "市市场监管局，" + DISTRICTS,
        "2026年10月31日前",
    ),
    (
        "3",
        "配建社区养老、托育、家政等便民服务设施",
        ["市民政局", "市卫生健康委"],
        "市商务局，" + DISTRICTS,
        "2026年11月30日前",
    ),
    (
        "4",
        "结合老旧小区改造盘活社区闲置用房用于便民服务",
        ["市住房城乡建设局"],
        "市自然资源和规划局，" + DISTRICTS,
        "2026年9月30日前",
    ),
    (
        "5",
        "规范设置早餐点、便民摊点，方便居民就近购买",
        ["市城市管理行政执法局"],
        "市市场监管局，" + DISTRICTS,
        "2026年12月31日前",
    ),
    ("6", "推动快递末端网点进社区，建设智能快件箱", ["市邮政管理局"], "市商务局，" + DISTRICTS, None),
    ("7", "组织市级示范生活圈验收和补助资金拨付", ["市商务局、市财政局"], DISTRICTS, None),
]


def make_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.core_properties.title = DOCX_TITLE
    d.core_properties.author = "绵阳市人民政府办公室"

    def centred(text: str) -> None:
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def right(text: str) -> None:
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    centred(DOCX_NUMBER)
    d.add_paragraph(DOCX_TITLE, style="Title")
    d.add_paragraph("各县（市、区）人民政府，科技城新区、高新区、经开区、仙海区管委会，市级有关部门：")
    d.add_paragraph(f"《{PLAN_TITLE}》已经市政府同意，现印发给你们，请认真组织实施。")
    right("绵阳市人民政府办公室")
    right("2026年4月8日")
    d.add_paragraph("（此件公开发布）")

    d.add_paragraph(PLAN_TITLE, style="Heading 1")
    d.add_paragraph(
        "为贯彻落实国家关于推进城市一刻钟便民生活圈建设的部署，补齐社区商业短板，更好满足居民就近消费需求，"
        "结合我市实际，制定本方案。"
    )

    d.add_paragraph("一、工作目标", style="Heading 2")
    d.add_paragraph(
        "2026年底前，在涪城区、游仙区、安州区和科技城新区、高新区、经开区新建或者提升一刻钟便民生活圈40个，"
        "新增社区便民商业网点300个，中心城区社区菜市场（生鲜超市）覆盖率达到95%以上。"
    )

    d.add_paragraph("二、重点任务", style="Heading 2")
    d.add_paragraph(
        "（一）科学规划布局。以社区为单位，按照步行15分钟可达的范围，合理确定便民生活圈的布局和业态配置，"
        "与国土空间规划、社区生活圈规划相衔接。"
    )
    d.add_paragraph(
        "（二）补齐基本保障类业态。优先配齐社区菜市场（生鲜超市）、便利店、早餐店、药店、家政服务、"
        "快递收发等基本保障类业态。"
    )
    d.add_paragraph(
        "（三）发展品质提升类业态。鼓励发展特色餐饮、健身、文化休闲、托育、养老等品质提升类业态，"
        "支持品牌连锁便利店进社区。"
    )
    d.add_paragraph(
        "（四）盘活社区闲置资源。结合老旧小区改造，盘活社区闲置用房用于便民服务，"
        "新建住宅小区按规定配建社区商业设施。"
    )

    d.add_paragraph("三、支持政策", style="Heading 2")
    d.add_paragraph(
        "（一）市级财政安排城市一刻钟便民生活圈建设专项资金800万元，用于支持便民生活圈建设和社区菜市场改造。"
    )
    d.add_paragraph("（二）对验收合格的市级示范生活圈，每个给予最高30万元补助。")
    d.add_paragraph(
        "（三）对新建或者改造提升的社区菜市场（生鲜超市），按照项目实际投资额的30%给予补助，单个项目最高50万元。"
    )
    d.add_paragraph("（四）同一项目已享受其他市级财政补助的，不重复支持。")

    d.add_paragraph("四、保障措施", style="Heading 2")
    d.add_paragraph(
        "（一）加强组织领导。成立城市一刻钟便民生活圈建设工作专班，由副市长何志强任召集人，"
        "市政府副秘书长张晓东和市商务局局长杨帆任副召集人。工作专班办公室设在市商务局，负责日常协调调度。"
    )
    d.add_paragraph(
        "（二）强化督导考核。各区人民政府（管委会）每月5日前向工作专班办公室报送上月工作进展，"
        "工作推进情况纳入年度目标绩效考核。"
    )
    d.add_paragraph("（三）加强宣传引导。充分利用报刊、网站和新媒体宣传便民生活圈建设成效，营造良好氛围。")
    d.add_paragraph("联系人：市商务局流通业发展科　罗静，联系电话：0816-2356218。")
    d.add_paragraph(f"附件：{PLAN_TITLE[:-4]}任务分工表")

    d.add_paragraph("附件", style="Heading 2")
    centred(f"{PLAN_TITLE[:-4]}任务分工表")
    header = ("序号", "重点任务", "牵头单位", "责任单位", "完成时限")
    table = d.add_table(rows=len(DOCX_TASKS) + 1, cols=5)
    table.style = "Table Grid"
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    merge_from = None
    for r, (no, task, leads, partners, deadline) in enumerate(DOCX_TASKS, start=1):
        table.cell(r, 0).text = no
        table.cell(r, 1).text = task
        lead_cell = table.cell(r, 2)
        lead_cell.text = leads[0]
        for extra in leads[1:]:
            lead_cell.add_paragraph(extra)
        table.cell(r, 3).text = partners
        if deadline is not None:
            table.cell(r, 4).text = deadline
            merge_from = r
    # the last three rows share one 完成时限 cell
    last = len(DOCX_TASKS)
    top = table.cell(merge_from, 4)
    text = top.text
    merged = top.merge(table.cell(last, 4))
    for p in merged.paragraphs[1:]:  # merge() joins the (empty) paragraphs of the merged cells
        p._element.getparent().remove(p._element)
    merged.paragraphs[0].text = text

    d.add_paragraph("抄送：市委办公室，市人大常委会办公室，市政协办公室。")
    d.add_paragraph("绵阳市人民政府办公室　　　　　　　　　　2026年4月8日印发")

    section = d.sections[0]
    section.header.paragraphs[0].text = "绵阳市人民政府办公室"
    section.footer.paragraphs[0].text = DOCX_NUMBER
    d.save(str(path))


# ---------------------------------------------------------------------------------------------
# mianyang-outpatient-insurance.pdf
# ---------------------------------------------------------------------------------------------

PDF_ISSUER = "绵阳市医疗保障局文件"
PDF_NUMBER = "绵医保发〔2025〕21号"
PDF_TITLE = "绵阳市医疗保障局关于调整城乡居民基本医疗保险普通门诊统筹待遇的通知"
PDF_TITLE_LINES = ["绵阳市医疗保障局关于调整城乡居民", "基本医疗保险普通门诊统筹待遇的通知"]
ANNEX_TITLE = "绵阳市城乡居民基本医疗保险门诊慢特病病种及年度支付限额"

# One list per page; each string is a paragraph, wrapped when drawn. "#TITLE", "#NUMBER", "#SIGN"
# and "#ANNEX" are drawn specially.
PDF_PAGES = [
    [
        "#TITLE",
        "#NUMBER",
        "各县（市、区）医疗保障局，科技城新区、高新区、经开区、仙海区有关部门，各定点医疗机构：",
        "为进一步减轻城乡居民门诊医疗费用负担，根据国家和省有关规定，结合我市城乡居民基本医疗保险基金运行情况，"
        "经市人民政府同意，现就调整我市城乡居民基本医疗保险普通门诊统筹待遇有关事项通知如下。",
        "一、保障对象",
        "参加我市城乡居民基本医疗保险并按规定缴纳当年度参保费用的人员。",
        "二、普通门诊统筹待遇",
        "（一）起付标准。在一级及以下定点医疗机构（含村卫生室、社区卫生服务站）就医的，不设起付标准；"
        "在二级定点医疗机构就医的，年度起付标准为200元；在三级定点医疗机构就医的，年度起付标准为400元。",
        "（二）支付比例。起付标准以上、年度最高支付限额以下的政策范围内门诊费用，一级及以下定点医疗机构"
        "支付比例为60%，二级定点医疗机构支付比例为50%，三级定点医疗机构支付比例为40%。",
    ],
    [
        "（三）年度最高支付限额。普通门诊统筹年度最高支付限额为每人每年600元；年满60周岁的参保人员，"
        "年度最高支付限额提高到每人每年900元。年度最高支付限额当年有效，不结转使用。",
        "（四）转诊要求。参保人员未按规定办理转诊备案，自行到市外定点医疗机构发生的普通门诊费用，统筹基金不予支付。",
        "三、门诊慢特病待遇",
        "经认定的门诊慢特病患者，在定点医疗机构发生的政策范围内门诊费用不设起付标准，统筹基金支付比例为70%，"
        "年度支付限额按病种确定，具体见附件。同时患有两种及以上门诊慢特病的，以限额最高的病种为基础，"
        "每增加一个病种，年度支付限额增加20%。",
        "四、经办管理",
        "参保人员在定点医疗机构门诊就医时，持医保电子凭证或者社会保障卡直接结算，只需支付应由个人负担的费用。"
        "因特殊原因未能直接结算的，可以在费用发生之日起6个月内到参保地医疗保障经办机构申请手工报销。",
        "五、职责分工",
        "市医疗保障局负责政策制定、基金监管和经办服务的统筹协调。",
        "市财政局负责城乡居民医保财政补助资金的筹集和拨付。",
        "市卫生健康委员会负责规范定点医疗机构诊疗行为，控制不合理门诊费用。",
        "各县（市、区）医疗保障局负责本辖区政策落实和宣传解读。",
    ],
    [
        "六、执行时间",
        "本通知自2026年1月1日起执行，有效期5年。此前规定与本通知不一致的，以本通知为准。",
        "政策咨询：市医疗保障局待遇保障科，联系电话：0816-2268531。",
        "附件：" + ANNEX_TITLE,
        "#SIGN",
        "#ANNEX",
    ],
]

ANNEX_ROWS = [
    ("序号", "病种", "年度支付限额"),
    ("1", "高血压病（高危及以上）", "1200元"),
    ("2", "糖尿病", "1500元"),
    ("3", "冠心病", "1800元"),
    ("4", "慢性心力衰竭", "2000元"),
    ("5", "慢性阻塞性肺疾病", "2000元"),
    ("6", "帕金森病", "2500元"),
    ("7", "精神分裂症", "3000元"),
    ("8", "恶性肿瘤门诊治疗", "30000元"),
    ("9", "慢性肾功能衰竭门诊透析", "50000元"),
]

HEADINGS = ("一、", "二、", "三、", "四、", "五、", "六、")
def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(PDF_TITLE)
    c.setAuthor("绵阳市医疗保障局")
    width, height = A4
    left, text_width = 72, width - 144
    total = len(PDF_PAGES)
    for n, paragraphs in enumerate(PDF_PAGES, start=1):
        c.setFont(font, 9)
        c.drawString(left, height - 40, PDF_ISSUER)
        c.drawRightString(width - 72, height - 40, PDF_NUMBER)
        c.line(left, height - 46, width - 72, height - 46)
        c.drawCentredString(width / 2, 30, f"第 {n} 页 共 {total} 页")
        y = height - 90
        for para in paragraphs:
            if para == "#TITLE":
                c.setFont(font, 16)
                for line in PDF_TITLE_LINES:
                    c.drawCentredString(width / 2, y, line)
                    y -= 27
                continue
            if para == "#NUMBER":
                c.setFont(font, 11)
                c.drawCentredString(width / 2, y, PDF_NUMBER)
                y -= 30
                continue
            if para == "#SIGN":
                c.setFont(font, 11)
                y -= 10
                for line in ("绵阳市医疗保障局", "2025年12月10日"):
                    c.drawRightString(width - 100, y, line)
                    y -= 21
                y -= 20
                continue
            if para == "#ANNEX":
                c.setFont(font, 12)
                c.drawString(left, y, "附件")
                y -= 26
                c.setFont(font, 13)
                c.drawCentredString(width / 2, y, ANNEX_TITLE)
                y -= 26
                cols = [left, left + 50, left + 300, width - 72]
                row_h = 20
                c.setFont(font, 10.5)
                top = y + 14
                for k, row in enumerate(ANNEX_ROWS):
                    for j, cell in enumerate(row):
                        c.drawCentredString((cols[j] + cols[j + 1]) / 2, y, cell)
                    c.line(cols[0], top - k * row_h, cols[-1], top - k * row_h)
                    y -= row_h
                bottom = top - len(ANNEX_ROWS) * row_h
                c.line(cols[0], bottom, cols[-1], bottom)
                for x in cols:
                    c.line(x, top, x, bottom)
                continue
            if para.startswith(HEADINGS):
                c.setFont(font, 12)
                c.drawString(left, y, para)
                y -= 24
                continue
            c.setFont(font, 11)
            indent = "" if para.endswith("：") and para.startswith("各") else "　　"
            for line in wrap(indent + para, lambda t: pdfmetrics.stringWidth(t, font, 11), text_width, NO_LINE_START):
                c.drawString(left, y, line)
                y -= 21
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# mianyang-fireworks-notice-scan.pdf
# ---------------------------------------------------------------------------------------------

SCAN_TITLE_LINES = ["绵阳市人民政府", "关于2027年春节期间中心城区", "烟花爆竹燃放管理的通告"]
SCAN_NUMBER = "绵府通〔2026〕8号"
SCAN_PARAGRAPHS = [
    "为保障公共安全和人民群众人身财产安全，减少环境污染，根据《烟花爆竹安全管理条例》等有关规定，"
    "结合我市实际，现就2027年春节期间中心城区烟花爆竹燃放管理有关事项通告如下：",
    "一、限制燃放区域。涪城区、游仙区和科技城新区、高新区、经开区、仙海区范围内三环路以内区域（含三环路）"
    "为限制燃放区域。",
    "二、限时燃放。在限制燃放区域内，仅允许在2027年2月5日（除夕）0时至2月10日（正月初五）24时，"
    "以及2月20日（正月十五）18时至22时燃放个人燃放类烟花爆竹，其他时间禁止燃放。",
    "三、禁止燃放场所。任何时间在文物保护单位，车站、机场，医院、学校、幼儿园、养老机构，加油加气站，"
    "山林等重点防火区，以及易燃易爆物品生产、储存单位周边100米范围内，禁止燃放烟花爆竹。",
    "四、法律责任。违反本通告燃放烟花爆竹的，由公安机关责令停止燃放，处100元以上500元以下罚款；"
    "构成违反治安管理行为的，依法给予治安管理处罚。",
    "五、举报方式。发现违规燃放行为的，可以拨打110或者12345政务服务便民热线举报。",
    "本通告自2026年12月1日起施行，至2027年2月28日止。",
]
SCAN_SIGN = ["绵阳市人民政府", "2026年11月20日"]

def scan_lines() -> list[tuple[str, str]]:
    """The lines drawn on the scanned page, as (kind, text); used by make_scan and by the checks."""
    return notice_lines(SCAN_TITLE_LINES, SCAN_NUMBER, SCAN_PARAGRAPHS, SCAN_SIGN, BODY_PX, PAGE_W - 2 * MARGIN,
                        NO_LINE_START)


DPI = 200
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi
MARGIN = 170
BODY_PX = 40
TITLE_PX = 60


def make_scan(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    font_path, index = find_cjk_font()
    body = ImageFont.truetype(font_path, BODY_PX, index=index)
    title = ImageFont.truetype(font_path, TITLE_PX, index=index)
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    y = 190
    for kind, text in scan_lines():
        if kind == "title":
            w = title.getlength(text)
            draw.text(((PAGE_W - w) / 2, y), text, font=title, fill=0)
            y += 88
        elif kind == "number":
            y += 10
            w = body.getlength(text)
            draw.text(((PAGE_W - w) / 2, y), text, font=body, fill=0)
            y += 90
        elif kind == "body":
            draw.text((MARGIN, y), text, font=body, fill=0)
            y += 68
        else:  # signature, right-aligned
            if text == SCAN_SIGN[0]:
                y += 60
            w = body.getlength(text)
            draw.text((PAGE_W - MARGIN - 60 - w, y), text, font=body, fill=0)
            y += 68
    if y > PAGE_H - 100:
        raise SystemExit(f"scanned notice does not fit on one page (y={y})")
    img.save(str(path), "PDF", resolution=float(DPI))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    make_docx(OUT / "mianyang-convenience-circle.docx")
    make_pdf(OUT / "mianyang-outpatient-insurance.pdf")
    if find_cjk_font() is None:
        print("no CJK font found (fc-list :lang=zh is empty): mianyang-fireworks-notice-scan.pdf not written")
    else:
        make_scan(OUT / "mianyang-fireworks-notice-scan.pdf")
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

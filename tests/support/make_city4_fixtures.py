"""Writes the generated documents of the 洛阳市 (city4) fixture in tests/data/city4/corpus/.

Run once; the outputs are committed. reportlab is only needed here, so it is installed outside the
project's virtual environment (python-docx and Pillow come from the project's environment)::

    .venv/bin/pip install --target /tmp/rl reportlab
    PYTHONPATH=/tmp/rl .venv/bin/python -m tests.support.make_city4_fixtures

The scanned notice is drawn with a CJK font found on the machine (Noto Serif/Sans CJK SC, as
listed by ``fc-list :lang=zh``); without one the script stops with a message and writes nothing
for that file. The scan's skew and noise come from a fixed random seed, so a rerun gives the same
image (with the same font and Pillow version).

Files written (the two HTML pages and the GB18030 gazette in the same folder are text written by
hand and saved in their encodings, not by this script):

- ``luoyang-night-economy.docx``: a 市政府办公室 函 (洛政办函〔2026〕19号) made with python-docx,
  forwarding a 夜间经济 行动方案. No Heading styles: the headings are plain paragraphs in bold
  runs with their numbers typed ("一、总体要求", "（一）…"). The 重点任务清单 (序号 / 工作任务 /
  责任单位 / 配合单位 / 完成时限) is split into two tables, the header row repeated in the second;
  section rows ("一、打造夜间消费地标") are one cell merged across all five columns (gridSpan); the
  工作任务 cell of task 4 holds two paragraphs.
- ``luoyang-elderly-meal.pdf``: a two-page 市民政局 notice (洛民〔2026〕42号) with a text layer in
  reportlab's built-in CID font STSong-Light; page 1 ends in the middle of a sentence that goes on
  at the top of page 2; a running footer "— n —"; a small ruled table (补贴对象 / 每餐补贴 / 每月补贴
  上限) in the body; 抄送 and 印发 lines at the end.
- ``luoyang-flood-notice-scan.pdf``: a one-page 市防汛抗旱指挥部 通告 (洛防指通〔2026〕2号) as a
  scan: a single 200 dpi greyscale image (text drawn with Pillow), rotated by 0.8°, with light grey
  speckle noise and a faint round seal (light grey, as a red seal comes out of a greyscale scanner)
  over the signature and date; no text layer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.print_lines import NO_LINE_START as _NO_LINE_START
from tests.support.print_lines import find_cjk_font, notice_lines, wrap

NO_LINE_START = _NO_LINE_START | {"%", "—"}

OUT = Path(__file__).resolve().parents[1] / "data" / "city4" / "corpus"


# ---------------------------------------------------------------------------------------------
# luoyang-night-economy.docx
# ---------------------------------------------------------------------------------------------

DOCX_NUMBER = "洛政办函〔2026〕19号"
DOCX_TITLE = "洛阳市人民政府办公室关于印发《洛阳市促进夜间经济发展行动方案（2026—2027年）》的通知"
PLAN_TITLE = "洛阳市促进夜间经济发展行动方案（2026—2027年）"
ANNEX_TITLE = "洛阳市促进夜间经济发展重点任务清单"

# ("#", section title) is a section row merged across all columns; otherwise
# (序号, 工作任务 (a list: one paragraph each), 责任单位, 配合单位, 完成时限).
TASKS_PART1 = [
    ("#", "一、打造夜间消费地标"),
    ("1", ["提升洛邑古城、老城十字街夜间街区业态，打造“古都夜八点”核心夜间消费街区"],
     "老城区人民政府", "市商务局、市文化广电和旅游局", "2026年9月30日前"),
    ("2", ["推动应天门、九州池、天堂明堂景区夜间开放时间延长至22时"],
     "隋唐洛阳城国家遗址公园管理处", "市文化广电和旅游局", "2026年7月31日前"),
    ("3", ["建设开元湖、正大广场周边夜间消费集聚区"],
     "洛龙区人民政府", "市商务局、市自然资源和规划局", "2026年12月31日前"),
    ("#", "二、丰富夜间文旅产品"),
    ("4", ["推出龙门石窟夜游精品线路，开发“夜游龙门”光影演艺项目。",
           "开通伊河夜间游船航线，串联龙门石窟与伊滨区滨河码头。"],
     "龙门石窟研究院", "市文化广电和旅游局、市交通运输局、伊滨区管委会", "2026年10月31日前"),
    ("5", ["在洛河南岸滨河公园举办季节性“洛河夜市”，每年举办不少于4期"],
     "涧西区人民政府", "市城市管理局、市市场监管局", "2026年6月30日前"),
]
TASKS_PART2 = [
    ("6", ["打造瀍河夜宵美食街区，推广洛阳水席、不翻汤、浆面条等特色小吃"],
     "瀍河回族区人民政府", "市商务局", "2026年11月30日前"),
    ("#", "三、优化夜间消费环境"),
    ("7", ["延长中心城区公交夜班线路运营时间至23时"],
     "市交通运输局", "洛阳市公共交通集团有限公司", "2026年8月31日前"),
    ("8", ["在夜间消费集聚区周边增设夜间临时停车泊位2000个"],
     "市公安局交通管理支队", "市城市管理局、各县区人民政府", "2026年9月30日前"),
    ("9", ["实施洛河沿岸和主要夜间街区亮化提升工程"],
     "市城市管理局", "市住房和城乡建设局", "2027年3月31日前"),
    ("10", ["开展夜间消费领域食品安全和价格专项检查"],
     "市市场监管局", "市商务局", "长期坚持"),
]
HEADER = ("序号", "工作任务", "责任单位", "配合单位", "完成时限")

# Body of the docx: ("h", text) = bold heading paragraph, ("p", text) = ordinary paragraph,
# ("c", text) = centred, ("r", text) = right-aligned.
DOCX_BODY = [
    ("c", DOCX_NUMBER),
    ("c", DOCX_TITLE),
    ("p", "各县区人民政府，市人民政府各部门，各有关单位："),
    ("p", f"《{PLAN_TITLE}》已经市人民政府同意，现印发给你们，请结合实际，认真抓好落实。"),
    ("r", "洛阳市人民政府办公室"),
    ("r", "2026年5月12日"),
    ("p", "（此件公开发布）"),
    ("c", PLAN_TITLE),
    ("p", "为进一步激发夜间消费活力，擦亮“古都夜八点”文旅品牌，促进消费提质扩容，结合我市实际，制定本方案。"),
    ("h", "一、总体要求"),
    ("p", "坚持政府引导、市场主导、文旅融合、安全有序，以隋唐洛阳城、洛邑古城、龙门石窟和洛河沿岸为重点，"
          "打造一批特色鲜明的夜间消费地标。到2027年底，全市培育市级夜间经济集聚区15个，"
          "夜间消费额占全市社会消费品零售总额的比重达到30%以上。"),
    ("h", "二、重点任务"),
    ("h", "（一）打造夜间消费地标"),
    ("p", "以老城区、西工区、洛龙区为重点，提升洛邑古城、老城十字街夜间街区业态，推动应天门、九州池、"
          "天堂明堂等景区延长夜间开放时间，建设一批夜间消费集聚区。"),
    ("h", "（二）丰富夜间文旅产品"),
    ("p", "推出龙门石窟夜游、伊河夜间游船、“洛河夜市”等夜间文旅产品，发展夜宵美食、夜间演艺、夜间体育等业态。"),
    ("h", "（三）优化夜间消费环境"),
    ("p", "完善夜间公共交通、停车、照明和安全保障，加强夜间消费领域市场监管。"),
    ("h", "三、支持政策"),
    ("p", "（一）对新认定的市级夜间经济集聚区，给予一次性奖励50万元，用于公共设施建设和宣传推广。"),
    ("p", "（二）对举办经市商务局备案的夜市、夜间促消费活动的县区，按照活动实际投入的30%给予补助，"
          "每个县区每年最高100万元。"),
    ("p", "（三）夜间消费集聚区周边的公共停车场，每日20时至次日6时对小型客车首2小时免费。"),
    ("h", "四、保障措施"),
    ("p", "（一）加强组织领导。成立市夜间经济发展工作专班，由副市长李卫东任召集人，市政府副秘书长王晓燕、"
          "市商务局局长赵明轩任副召集人。工作专班办公室设在市商务局，负责统筹协调和督导推进。"),
    ("p", "（二）强化督导考核。各县区人民政府每月10日前向工作专班办公室报送上月工作进展，"
          "工作推进情况纳入年度目标考核。"),
    ("p", "（三）加强安全保障。公安、消防、应急管理等部门要加强夜间消费集聚区巡逻防控和安全检查。"),
    ("p", "联系人：市商务局商贸流通科　郭晓鹏，联系电话：0379-63355187。"),
    ("p", f"附件：{ANNEX_TITLE}"),
]


def make_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.core_properties.title = DOCX_TITLE
    d.core_properties.author = "洛阳市人民政府办公室"

    for kind, text in DOCX_BODY:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "h":
            run.bold = True
        elif kind == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if text != DOCX_NUMBER:
                run.bold = True
        elif kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = d.add_paragraph()
    p.add_run("附件").bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(ANNEX_TITLE).bold = True

    def task_table(rows: list[tuple]) -> None:
        table = d.add_table(rows=len(rows) + 1, cols=5)
        table.style = "Table Grid"
        for c, text in enumerate(HEADER):
            cell = table.cell(0, c)
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        # mark the header row as a repeated header row (w:tblHeader), as Word does
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        hdr = OxmlElement("w:tblHeader")
        hdr.set(qn("w:val"), "true")
        tr_pr.append(hdr)
        for r, row in enumerate(rows, start=1):
            if row[0] == "#":
                merged = table.cell(r, 0).merge(table.cell(r, 4))  # one cell with gridSpan=5
                for extra in merged.paragraphs[1:]:
                    extra._element.getparent().remove(extra._element)
                merged.paragraphs[0].text = ""
                merged.paragraphs[0].add_run(row[1]).bold = True
                continue
            no, task, lead, partners, deadline = row
            table.cell(r, 0).text = no
            cell = table.cell(r, 1)
            cell.text = task[0]
            for extra in task[1:]:
                cell.add_paragraph(extra)
            table.cell(r, 2).text = lead
            table.cell(r, 3).text = partners
            table.cell(r, 4).text = deadline

    task_table(TASKS_PART1)
    d.add_paragraph()  # what Word leaves between the two halves of a split table
    task_table(TASKS_PART2)

    d.add_paragraph()
    d.add_paragraph("抄送：市委办公室，市人大常委会办公室，市政协办公室，洛阳军分区。")
    d.add_paragraph("洛阳市人民政府办公室　　　　　　　　　　2026年5月12日印发")
    d.save(str(path))


# ---------------------------------------------------------------------------------------------
# luoyang-elderly-meal.pdf
# ---------------------------------------------------------------------------------------------

PDF_NUMBER = "洛民〔2026〕42号"
PDF_TITLE = "洛阳市民政局关于做好2026年度老年助餐服务补贴工作的通知"
PDF_TITLE_LINES = ["洛阳市民政局关于做好2026年度", "老年助餐服务补贴工作的通知"]

# One list per page; each string is a paragraph, wrapped when drawn. "#TITLE", "#NUMBER", "#TABLE",
# "#SIGN" are drawn specially; a paragraph starting with "#CONT" continues the last sentence of the
# previous page (no indent).
PDF_PAGES = [
    [
        "#TITLE",
        "#NUMBER",
        "各县区民政局，洛阳高新区、洛阳经开区、伊滨区社会事业局：",
        "为进一步完善老年助餐服务体系，解决老年人“吃饭难”问题，根据省民政厅等部门关于发展老年助餐服务的"
        "有关要求，经市人民政府同意，现就做好2026年度老年助餐服务补贴工作通知如下。",
        "一、补贴对象",
        "具有本市户籍、年满60周岁，在本市已备案的社区老年食堂、老年助餐点（以下统称助餐服务机构）"
        "就餐的老年人。",
        "二、补贴标准",
        "老年人在助餐服务机构就餐的，按照下表标准给予就餐补贴，每人每天限补贴1餐：",
        "#TABLE",
        "同时符合两类以上补贴对象条件的，按照就高原则享受补贴，不重复叠加。补贴直接在就餐结算时抵扣，"
        "老年人只需支付扣除补贴后的餐费。",
        "老年人首次就餐前，凭本人身份证或者社会保障卡到助餐服务机构办理就餐登记，由助餐服务机构采集"
        "就餐人脸信息。",
        "三、助餐服务机构运营补贴",
        "对2026年新建并连续运营满6个月的社区老年食堂，给予一次性建设补贴5万元；对新建老年助餐点，"
        "给予一次性建设补贴2万元。",
        "四、资金来源和拨付",
        "老年助餐补贴资金由市、县区两级财政按照6:4的比例分担。市级补助资金于每季度结束后15日内拨付至",
    ],
    [
        "#CONT县区民政局，由县区民政局根据助餐服务机构上报并经核实的就餐人次按月结算。",
        "五、助餐服务机构管理",
        "助餐服务机构应当在显著位置公示餐品价格、补贴标准和监督电话，通过刷卡或者刷脸方式记录老年人就餐"
        "信息，不得虚报就餐人次套取补贴资金。对虚报冒领的，追回补贴资金，并取消其助餐服务机构备案资格。",
        "六、工作要求",
        "各县区民政局要于每月5日前，将上月补贴结算情况报送市民政局养老服务科。",
        "七、执行时间",
        "本通知自2026年4月1日起执行，至2028年12月31日止。",
        "联系人：市民政局养老服务科　韩雪梅，联系电话：0379-63925416。",
        "#SIGN",
        "#CC",
    ],
]

PDF_TABLE = [
    ("序号", "补贴对象", "每餐补贴", "每月补贴上限"),
    ("1", "60—79周岁老年人", "1元", "30元"),
    ("2", "80周岁以上老年人", "3元", "90元"),
    ("3", "低保、特困供养老年人", "5元", "150元"),
    ("4", "失能老年人", "4元", "120元"),
]

BODY_PT = 12
LINE_H = 25
PDF_HEADINGS = ("一、", "二、", "三、", "四、", "五、", "六、", "七、")


def pdf_lines() -> list[list[tuple[str, str]]]:
    """The lines drawn on each page of the PDF, as (kind, text); used by make_pdf and by the checks."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    from reportlab.lib.pagesizes import A4

    text_width = A4[0] - 144
    pages: list[list[tuple[str, str]]] = []
    for paragraphs in PDF_PAGES:
        lines: list[tuple[str, str]] = []
        for para in paragraphs:
            if para in ("#TITLE",):
                lines += [("title", t) for t in PDF_TITLE_LINES]
            elif para == "#NUMBER":
                lines.append(("number", PDF_NUMBER))
            elif para == "#TABLE":
                lines += [("table", "\t".join(row)) for row in PDF_TABLE]
            elif para == "#SIGN":
                lines += [("sign", "洛阳市民政局"), ("sign", "2026年3月6日")]
            elif para == "#CC":
                lines += [("cc", "抄送：市财政局，市卫生健康委员会。"),
                          ("cc", "洛阳市民政局办公室　　　　　　　　　　2026年3月6日印发")]
            elif para.startswith(PDF_HEADINGS):
                lines.append(("heading", para))
            else:
                if para.startswith("#CONT"):
                    text = para[len("#CONT"):]
                elif para.endswith("：") and para.startswith("各"):
                    text = para
                else:
                    text = "　　" + para
                for line in wrap(text, lambda t: pdfmetrics.stringWidth(t, font, BODY_PT), text_width, NO_LINE_START):
                    lines.append(("body", line))
        pages.append(lines)
    return pages


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pages = pdf_lines()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(PDF_TITLE)
    c.setAuthor("洛阳市民政局")
    width, height = A4
    left = 72
    for n, lines in enumerate(pages, start=1):
        y = height - 80
        table_rows = [t for k, t in lines if k == "table"]
        k_prev = None
        for kind, text in lines:
            if kind == "title":
                c.setFont(font, 18)
                c.drawCentredString(width / 2, y, text)
                y -= 30
            elif kind == "number":
                c.setFont(font, 11)
                y -= 4
                c.drawCentredString(width / 2, y, text)
                y -= 32
            elif kind == "heading":
                c.setFont(font, 12.5)
                c.drawString(left, y, "　　" + text)
                y -= LINE_H
            elif kind == "table":
                if k_prev != "table":  # draw the whole table once
                    cols = [left + 20, left + 60, left + 250, left + 340, width - 92]
                    row_h = 20
                    c.setFont(font, 10.5)
                    top = y + 14
                    for r, row in enumerate(table_rows):
                        for j, cell in enumerate(row.split("\t")):
                            c.drawCentredString((cols[j] + cols[j + 1]) / 2, y, cell)
                        c.line(cols[0], top - r * row_h, cols[-1], top - r * row_h)
                        y -= row_h
                    bottom = top - len(table_rows) * row_h
                    c.line(cols[0], bottom, cols[-1], bottom)
                    for x in cols:
                        c.line(x, top, x, bottom)
                    y -= 10
            elif kind == "sign":
                c.setFont(font, 11)
                if text == "洛阳市民政局":
                    y -= 14
                c.drawRightString(width - 110, y, text)
                y -= 21
            elif kind == "cc":
                c.setFont(font, 11)
                if text.startswith("抄送"):
                    y -= 40
                    c.line(left, y + 16, width - 72, y + 16)
                c.drawString(left, y, text)
                c.line(left, y - 7, width - 72, y - 7)
                y -= 24
            else:
                c.setFont(font, BODY_PT)
                c.drawString(left, y, text)
                y -= LINE_H
            k_prev = kind
        if y < 60:
            raise SystemExit(f"page {n} of the PDF overflows (y={y})")
        c.setFont(font, 11)
        c.drawCentredString(width / 2, 36, f"— {n} —")
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# luoyang-flood-notice-scan.pdf
# ---------------------------------------------------------------------------------------------

SCAN_TITLE_LINES = ["洛阳市防汛抗旱指挥部", "关于汛期禁止在伊河洛河河道", "游泳垂钓的通告"]
SCAN_NUMBER = "洛防指通〔2026〕2号"
SCAN_PARAGRAPHS = [
    "为切实保障人民群众生命安全，根据《中华人民共和国防洪法》等有关法律法规，现就汛期伊河、洛河河道"
    "安全管理有关事项通告如下：",
    "一、禁止时间。每年6月1日至9月30日为主汛期。主汛期内全天禁止在下列区域游泳、垂钓、戏水；"
    "每日20时至次日6时，禁止进入下列区域的河道滩地。",
    "二、禁止区域。（一）洛河涧西区秦岭路桥至偃师区佃庄镇河段；（二）伊河龙门石窟景区至伊滨区诸葛镇河段；"
    "（三）洛河、伊河上各橡胶坝、拦河坝上下游各300米范围。",
    "三、泄洪撤离。水库、拦河坝开闸泄洪前，由所在县区人民政府发布预警，沿河人员接到预警后应当立即撤离河道滩地。",
    "四、法律责任。在禁止区域游泳、垂钓的，由水行政主管部门或者公安机关予以劝离；拒不离开的，"
    "处200元以上500元以下罚款；构成违反治安管理行为的，依法给予治安管理处罚。",
    "五、监督举报。发现违反本通告行为的，可以拨打市防汛抗旱指挥部办公室电话0379-63902110或者12345热线举报。",
    "本通告自2026年5月20日起施行。",
]
SCAN_SIGN = ["洛阳市防汛抗旱指挥部", "2026年5月20日"]

DPI = 200
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi
MARGIN = 170
BODY_PX = 38
TITLE_PX = 58
SKEW_DEG = 0.8


def scan_lines() -> list[tuple[str, str]]:
    """The lines drawn on the scanned page, as (kind, text); used by make_scan and by the checks."""
    return notice_lines(SCAN_TITLE_LINES, SCAN_NUMBER, SCAN_PARAGRAPHS, SCAN_SIGN, BODY_PX, PAGE_W - 2 * MARGIN,
                        NO_LINE_START)


def make_scan(path: Path) -> None:
    import math
    import random

    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(4103)
    font_path, index = find_cjk_font()
    body = ImageFont.truetype(font_path, BODY_PX, index=index)
    title = ImageFont.truetype(font_path, TITLE_PX, index=index)
    seal_font = ImageFont.truetype(font_path, 30, index=index)
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    y = 180
    sign_box = None
    for kind, text in scan_lines():
        if kind == "title":
            w = title.getlength(text)
            draw.text(((PAGE_W - w) / 2, y), text, font=title, fill=0)
            y += 84
        elif kind == "number":
            y += 10
            w = body.getlength(text)
            draw.text(((PAGE_W - w) / 2, y), text, font=body, fill=0)
            y += 86
        elif kind == "body":
            draw.text((MARGIN, y), text, font=body, fill=0)
            y += 64
        else:  # signature, right-aligned
            if text == SCAN_SIGN[0]:
                y += 60
            w = body.getlength(text)
            x = PAGE_W - MARGIN - 40 - w
            draw.text((x, y), text, font=body, fill=0)
            sign_box = (x, y, x + w, y + BODY_PX) if sign_box is None else (
                min(sign_box[0], x), sign_box[1], max(sign_box[2], x + w), y + BODY_PX)
            y += 64
    if y > PAGE_H - 120:
        raise SystemExit(f"scanned notice does not fit on one page (y={y})")

    # a faint round seal over the signature and date: a red seal scanned in greyscale comes out light grey
    seal = Image.new("L", (PAGE_W, PAGE_H), 255)
    sd = ImageDraw.Draw(seal)
    cx = (sign_box[0] + sign_box[2]) / 2
    cy = (sign_box[1] + sign_box[3]) / 2
    radius = 150
    grey = 185
    sd.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=grey, width=9)
    star = []
    for k in range(10):
        r = 42 if k % 2 == 0 else 17
        a = math.pi / 2 + k * math.pi / 5
        star.append((cx + r * math.cos(a), cy - r * math.sin(a)))
    sd.polygon(star, fill=grey)
    ring = "洛阳市防汛抗旱指挥部"
    for k, ch in enumerate(ring):
        a = math.radians(210 - k * (240 / (len(ring) - 1)))
        px, py = cx + (radius - 38) * math.cos(a), cy - (radius - 38) * math.sin(a)
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((5, 2), ch, font=seal_font, fill=255)
        glyph = glyph.rotate(math.degrees(a) - 90, resample=Image.BICUBIC)
        seal.paste(grey, (int(px - 20), int(py - 20)), glyph)
    from PIL import ImageChops

    img = ImageChops.darker(img, seal)

    # light grey speckles, as from a dusty scanner glass
    px = img.load()
    for _ in range(9000):
        x, yy = rng.randrange(PAGE_W), rng.randrange(PAGE_H)
        px[x, yy] = min(px[x, yy], rng.randrange(150, 225))
    # the sheet lay slightly askew on the glass
    img = img.rotate(SKEW_DEG, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img.save(str(path), "PDF", resolution=float(DPI))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    make_docx(OUT / "luoyang-night-economy.docx")
    make_pdf(OUT / "luoyang-elderly-meal.pdf")
    if find_cjk_font() is None:
        print("no CJK font found (fc-list :lang=zh is empty): luoyang-flood-notice-scan.pdf not written")
    else:
        make_scan(OUT / "luoyang-flood-notice-scan.pdf")
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

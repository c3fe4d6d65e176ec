"""Writes the generated documents of the 株洲市 (city2) fixture in tests/data/city2/corpus/.

Run once; the outputs are committed. reportlab is only needed here, so it is installed outside the
project's virtual environment::

    .venv/bin/pip install --target /tmp/rl reportlab
    PYTHONPATH=/tmp/rl .venv/bin/python -m tests.support.make_city2_fixtures

Files written (the HTML pages and the UTF-8 gazette in the same folder are plain text, written by
hand, not by this script):

- ``zhuzhou-elderly-care.docx``: a 市民政局 notice (株民发〔2025〕8号) made with python-docx:
  Title and Heading styles, a table of subsidy levels by age and by degree of disability, automatic
  list numbering for the application steps, a page header and footer, and the 印发 line.
- ``zhuzhou-school-enrollment.pdf``: a three-page 市教育局 notice (株教发〔2025〕15号) with a text
  layer in reportlab's built-in CID font STSong-Light, a running header that repeats the document
  number on every page, and a page number at the foot of every page.
- ``zhuzhou-heating-notice-gbk.txt``: a 市发展和改革委员会 notice (株发改价〔2025〕27号) saved as
  GBK-encoded plain text with CRLF line ends, as Windows Notepad saves it; it is not valid UTF-8.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.print_lines import wrap

OUT = Path(__file__).resolve().parents[1] / "data" / "city2" / "corpus"


# ---------------------------------------------------------------------------------------------
# zhuzhou-elderly-care.docx
# ---------------------------------------------------------------------------------------------

DOCX_TITLE = "株洲市民政局关于调整高龄津贴和经济困难失能老年人护理补贴标准的通知"

DOCX_TABLE = [
    ("补贴类别", "补贴对象", "补贴标准"),
    ("高龄津贴", "80至89周岁老年人", "每人每月60元"),
    ("高龄津贴", "90至99周岁老年人", "每人每月150元"),
    ("高龄津贴", "100周岁及以上老年人", "每人每月500元"),
    ("护理补贴", "经济困难的轻度失能老年人", "每人每月100元"),
    ("护理补贴", "经济困难的中度失能老年人", "每人每月200元"),
    ("护理补贴", "经济困难的重度失能老年人", "每人每月300元"),
]


def make_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.core_properties.title = DOCX_TITLE
    d.core_properties.author = "株洲市民政局"
    p = d.add_paragraph("株洲市民政局文件")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("株民发〔2025〕8号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(DOCX_TITLE, style="Title")
    d.add_paragraph("各县市区民政局，株洲高新区社会事业局：")
    d.add_paragraph(
        "为进一步完善老年人福利补贴制度，切实保障高龄和经济困难失能老年人基本生活，根据省民政厅有关要求，"
        "经市人民政府同意，现就调整我市高龄津贴和经济困难失能老年人护理补贴标准有关事项通知如下。"
    )

    d.add_paragraph("一、补贴对象", style="Heading 1")
    d.add_paragraph("（一）高龄津贴。具有本市户籍、年满80周岁的老年人。", style="Heading 2")
    d.add_paragraph("年龄以居民身份证记载的出生日期为准，自年满80周岁的次月起发放。")
    d.add_paragraph("（二）护理补贴。具有本市户籍、年满60周岁的经济困难失能老年人。", style="Heading 2")
    d.add_paragraph(
        "经济困难是指属于最低生活保障家庭或者低保边缘家庭成员；失能等级由乡镇人民政府（街道办事处）"
        "委托第三方评估机构按照老年人能力评估标准评定，分为轻度、中度、重度三个等级。"
        "特困供养人员按照特困人员供养政策执行，不重复享受护理补贴。"
    )

    d.add_paragraph("二、补贴标准", style="Heading 1")
    d.add_paragraph("自2025年5月起，高龄津贴和护理补贴按以下标准发放：")
    table = d.add_table(rows=len(DOCX_TABLE), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(DOCX_TABLE):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph(
        "同时符合高龄津贴和护理补贴条件的，可以同时享受。原80至89周岁老年人每人每月50元的高龄津贴标准同时停止执行。"
    )

    d.add_paragraph("三、申请程序", style="Heading 1")
    d.add_paragraph(
        "申请人或者其委托人持居民身份证、户口簿、社会保障卡向户籍所在地村（社区）提出申请，"
        "也可以通过“株洲通”APP在线申请。",
        style="List Number",
    )
    d.add_paragraph(
        "乡镇人民政府（街道办事处）自受理之日起5个工作日内完成初审；申请护理补贴的，同时组织开展失能等级评估，"
        "评估费用由县市区财政承担。",
        style="List Number",
    )
    d.add_paragraph(
        "县市区民政局自收到初审材料之日起10个工作日内完成审核，并在申请人所在村（社区）公示7天。",
        style="List Number",
    )
    d.add_paragraph(
        "公示无异议的，自审核通过的次月起按月发放至本人社会保障卡。",
        style="List Number",
    )

    d.add_paragraph("四、动态管理", style="Heading 1")
    d.add_paragraph(
        "享受补贴的老年人死亡或者户籍迁出本市的，其家属或者所在村（社区）应当在15日内报告，自次月起停发。"
        "护理补贴对象每2年重新评估一次，失能等级发生变化的，自评估结论作出的次月起按新等级发放。"
        "冒领、多领的补贴资金由县市区民政局负责追回。"
    )

    d.add_paragraph("五、资金保障", style="Heading 1")
    d.add_paragraph(
        "高龄津贴和护理补贴所需资金由市级财政承担40%，县市区财政承担60%，纳入年度财政预算。"
        "县市区民政局应当于每季度结束后10日内将发放情况报市民政局。"
    )

    d.add_paragraph("六、施行时间", style="Heading 1")
    d.add_paragraph("本通知自2025年5月1日起施行，有效期5年。")
    d.add_paragraph("联系人：市民政局养老服务科 刘芳，联系电话：0731-28225086。")
    p = d.add_paragraph("株洲市民政局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph("2025年4月10日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("（此件主动公开）")
    d.add_paragraph("抄送：市财政局，市人力资源和社会保障局。")
    d.add_paragraph("株洲市民政局办公室　　　　　　　　　　　2025年4月10日印发")

    section = d.sections[0]
    section.header.paragraphs[0].text = "株洲市民政局规范性文件"
    section.footer.paragraphs[0].text = "株民发〔2025〕8号"
    d.save(str(path))


# ---------------------------------------------------------------------------------------------
# zhuzhou-school-enrollment.pdf
# ---------------------------------------------------------------------------------------------

PDF_HEADER = "株洲市教育局文件　　　　　　　　　　　　　　　　株教发〔2025〕15号"

# One list per page; each string is a paragraph, wrapped when drawn.
PDF_PAGES = [
    [
        "株洲市教育局关于做好2025年市区义务教育招生入学工作的通知",
        "株教发〔2025〕15号",
        "各区教育局，市直各中小学校，各民办学校：",
        "为做好2025年市区义务教育阶段学校招生入学工作，根据《中华人民共和国义务教育法》等有关规定，现将有关事项通知如下。",
        "一、招生对象",
        "（一）小学一年级：2019年8月31日前（含当日）出生、具有接受普通教育能力的适龄儿童。",
        "（二）初中一年级：2025年市区应届小学毕业生。",
        "二、招生原则",
        "公办学校坚持免试就近入学，按照各区教育局公布的学区划片招生。民办学校纳入属地统一管理，报名人数超过招生计划的，实行电脑随机录取。",
        "三、时间安排",
        "（一）网上报名：2025年7月1日至7月7日，家长登录“株洲市义务教育招生服务平台”填报信息。",
        "（二）资料审核：2025年7月8日至7月15日，由学校会同相关部门对报名材料进行审核。",
        "（三）民办学校电脑随机录取：2025年7月18日。",
    ],
    [
        "（四）录取结果公示：2025年7月21日至7月25日，在各学校和各区教育局网站公示。",
        "（五）新生报到：2025年8月30日至8月31日。",
        "四、报名材料",
        "（一）适龄儿童及其父母（或者法定监护人）的居民户口簿、居民身份证；",
        "（二）不动产权证书，或者经网签备案的购房合同；",
        "（三）出生医学证明；",
        "（四）预防接种证（由卫生健康部门查验）；",
        "（五）随迁子女另需提供父母一方在市区的居住证和连续缴纳社会保险满12个月的证明。",
        "五、工作分工",
        "市教育局牵头负责全市义务教育招生工作的统筹协调和监督检查。",
        "市公安局配合做好户籍信息核验。",
        "市自然资源和规划局配合做好不动产登记信息核验。",
        "市住房和城乡建设局配合做好购房合同网签备案核验。",
        "市人力资源和社会保障局配合做好社会保险缴纳信息核验。",
        "市卫生健康委员会配合做好预防接种证查验。",
        "各区人民政府负责本辖区招生工作的组织实施。",
    ],
    [
        "六、组织保障",
        "成立2025年市区义务教育招生工作领导小组，组长由市教育局局长王建华担任，副组长由市教育局副局长陈立新担任。领导小组办公室设在市教育局基础教育科。",
        "七、纪律要求",
        "严禁任何学校以考试、测试、竞赛成绩作为招生依据，严禁收取与招生入学挂钩的任何费用。对违规招生的学校，取消其当年评先评优资格。举报电话：0731-28838000。",
        "联系人：市教育局基础教育科周敏，联系电话：0731-28838012。",
        "株洲市教育局",
        "2025年5月20日",
    ],
]

HEADINGS = {"一、", "二、", "三、", "四、", "五、", "六、", "七、"}
def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("株洲市教育局关于做好2025年市区义务教育招生入学工作的通知")
    c.setAuthor("株洲市教育局")
    width, height = A4
    for n, paragraphs in enumerate(PDF_PAGES, start=1):
        c.setFont("STSong-Light", 9)
        c.drawString(72, height - 40, PDF_HEADER)
        c.line(72, height - 46, width - 72, height - 46)
        c.drawCentredString(width / 2, 30, f"— {n} —")
        y = height - 90
        for k, para in enumerate(paragraphs):
            if n == 1 and k == 0:  # the title, centred and larger
                c.setFont("STSong-Light", 15)
                for line in ["株洲市教育局关于做好2025年市区", "义务教育招生入学工作的通知"]:
                    c.drawCentredString(width / 2, y, line)
                    y -= 26
                continue
            if para[:2] in HEADINGS:
                c.setFont("STSong-Light", 12)
                c.drawString(72, y, para)
                y -= 24
                continue
            c.setFont("STSong-Light", 11)
            if para == "株教发〔2025〕15号":
                c.drawCentredString(width / 2, y, para)
                y -= 30
                continue
            if para in ("株洲市教育局", "2025年5月20日"):  # signature block, right-aligned
                c.drawRightString(width - 90, y, para)
                y -= 22
                continue
            indent = "" if para.endswith("：") and "各区" in para else "　　"
            for line in wrap(
                indent + para, lambda t: pdfmetrics.stringWidth(t, "STSong-Light", 11), width - 144
            ):
                c.drawString(72, y, line)
                y -= 21
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# zhuzhou-heating-notice-gbk.txt
# ---------------------------------------------------------------------------------------------

HEATING_TEXT = """株洲市发展和改革委员会关于天元区神农城片区集中供暖价格有关事项的通知

株发改价〔2025〕27号

天元区发展和改革局，株洲神农城能源有限公司，各有关单位：

天元区神农城片区集中供暖试点项目已建成投运。为规范供暖价格行为，保障供用热双方合法权益，经成本监审和价格听证，现将有关事项通知如下。

一、供暖范围

天元区神农城片区（东至湘江、西至天台路、南至泰山路、北至珠江路）内接入集中供暖管网的居民用户和非居民用户。

二、供暖期

每年12月1日至次年2月28日（闰年至2月29日）。遇持续低温天气，供暖企业报经天元区住房和城乡建设局同意后，可以提前或者延长供暖，并应当提前3日向用户公告。

三、供暖价格

（一）按建筑面积计收。居民用户每平方米每个供暖期28元；非居民用户每平方米每个供暖期42元。

（二）按热计量计收。实行两部制热价，基本热价为每平方米每个供暖期10元，计量热价为每千瓦时0.25元。已安装分户热计量装置的用户可以选择按热计量计收，选定后一个供暖期内不得变更。

（三）享受最低生活保障的居民家庭和特困供养人员，供暖费减免30%，减免部分由天元区财政给予补助。

四、缴费方式

用户应当在每年11月20日前向供暖企业缴纳当期供暖费，可以通过供暖企业营业厅、“株洲神农城能源”微信公众号或者银行代收网点缴纳。逾期未缴纳的，供暖企业应当书面催缴，不得加收滞纳金。

五、供暖质量

供暖期内，居民用户卧室、起居室室内温度应当不低于16℃。室温不达标的，用户可以向供暖企业报修，供暖企业应当在接到报修后2小时内上门检测；经检测确属不达标的，按不达标天数退还相应供暖费。

六、监督管理

供暖企业应当在营业场所和微信公众号公示供暖价格、收费依据和服务标准，接受社会监督。天元区住房和城乡建设局负责供暖服务质量的监督管理，天元区发展和改革局负责供暖价格执行情况的监督检查。

七、执行时间

本通知自2025年11月1日起执行，有效期5年。

供暖服务热线：0731-22886600。价格举报电话：12345。

株洲市发展和改革委员会
2025年10月15日
"""


def make_gbk_text(path: Path) -> None:
    path.write_bytes(HEATING_TEXT.replace("\n", "\r\n").encode("gbk"))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    make_docx(OUT / "zhuzhou-elderly-care.docx")
    make_pdf(OUT / "zhuzhou-school-enrollment.pdf")
    make_gbk_text(OUT / "zhuzhou-heating-notice-gbk.txt")
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

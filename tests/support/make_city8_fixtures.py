"""Writes the documents of the 柳州市 (广西壮族自治区, city8) fixture in tests/data/city8/corpus/.

Run once; the outputs are committed. It needs python-docx, Pillow, reportlab and a CJK font
(Noto Sans CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3 -m venv /tmp/c8venv && /tmp/c8venv/bin/pip install python-docx pillow reportlab pypdfium2
    cd /work/main && /tmp/c8venv/bin/python -m tests.support.make_city8_fixtures

Every file of the corpus is written by this script, the HTML pages and the gazette too (as literal
text encoded here), so that their encodings are exact. The scan's skew, noise and seal come from a
fixed random seed (``random.Random(8808)``), so a rerun gives the same image with the same font and
Pillow version. Everything in the documents (文号, figures, dates, people, phone numbers, addresses)
is invented; the city, its districts and counties, its streets and the departments are real.

- ``liuzhou-gjj-loan-notice.html``: an OLD table-layout CMS page of the 住房公积金管理中心,
  **GBK bytes although the only declaration is ``<meta http-equiv ... charset=gb2312>``** (a name
  in it, 覃珺, is not in GB2312); the notice 柳房金委〔2026〕3号 sits in ``<td id="zoom">`` as
  Word-pasted ``<p class="MsoNormal">`` paragraphs whose runs are split into ``<span>``/``<font>``
  (digits in their own ``<span lang="EN-US">``), headings as ``<b>`` runs; a limit table with
  ``rowspan``/``colspan`` header cells; ``<o:p>`` tags and ``<!--[if ...]>`` comments.
- ``liuzhou-nev-subsidy-jiedu.html``: the 政策解读 of the PDF (UTF-8), body in
  ``<div class="article">``, 信息公开 metadata table, a 划重点 list whose numbers and units sit in
  separate ``<em>``/``<i>`` tags, Q&A as ``<p><strong>问：</strong>`` / ``<p>答：``, an attachment
  ``<table>`` at the end.
- ``liuzhou-ebike-charging-plan.docx``: 柳政办〔2026〕38号. All headings are bold runs in Normal
  paragraphs (no heading styles, no numbering); a footnote (``word/footnotes.xml``) holds the
  definition of 集中充电设施 (at least 20 ports); the 附件 task table comes after a section break
  into a landscape section and has vertically merged (``vMerge``) 重点任务 and 完成时限 cells and a
  ``gridSpan`` note row.
- ``liuzhou-nev-subsidy.pdf``: 柳商务发〔2026〕27号, text PDF (STSong-Light); the three-issuer
  title broken over three lines inside the 《》; a running header on pages 2+; a two-column 补贴标准
  table; the 附件 受理网点 table runs over a page break with "续表" and its header row repeated.
- ``liuzhou-elder-canteen-scan.pdf``: 柳民发〔2026〕31号, one RGB JPEG page, no text layer, rotated
  by +1.1°, grey speckle, a punch-hole shadow, and a red seal over the signature and date.
- ``liuzhou-gazette-2025-3.txt``: 柳州市人民政府公报 2025年第3期, **GB18030** (a name in the
  人事任免 notice, 莫䶮, is not in GBK, so the file decodes neither as UTF-8 nor as GBK), **CRLF**,
  hard-wrapped at 36 full-width characters, a form feed, a running header and a "·n·" page number
  at every page; four documents: the old 公积金 notice 柳房金委〔2025〕1号 (repealed by the HTML
  notice), the 2025 新能源汽车下乡 方案 (expired 2025-12-31), the 长者饭堂 办法 柳民发〔2025〕14号
  (amended by the scan) and a 人事任免.
"""

from __future__ import annotations

import datetime
import html
import math
import random
import sys
from pathlib import Path

from tests.support.print_lines import find_cjk_font, wrap

OUT = Path(__file__).resolve().parents[1] / "data" / "city8" / "corpus"
NO_LINE_START = frozenset("，。；：、）》”！？%〕」·〉")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _cjk_font() -> tuple[str, int]:
    found = find_cjk_font()
    if found is None:
        raise SystemExit("no CJK font on this machine (fc-list :lang=zh)")
    return found


# =============================================================================================
# 1. liuzhou-gjj-loan-notice.html (GBK bytes, gb2312 declared, old table layout, Word-pasted runs)
# =============================================================================================

GJJ_NUMBER = "柳房金委〔2026〕3号"
GJJ_TITLE = "柳州市住房公积金管理委员会关于调整住房公积金个人住房贷款和提取政策的通知"
GJJ_OLD_NUMBER = "柳房金委〔2025〕1号"
GJJ_OLD_TITLE = "柳州市住房公积金管理委员会关于优化住房公积金使用政策的通知"

# (kind, text): "p" a body paragraph, "h" a bold heading paragraph, "table" the limit table
GJJ_BODY: list[tuple[str, str]] = [
    ("addr", "各县、区人民政府，柳东新区管委会，市直各单位，各住房公积金缴存单位："),
    ("p", "为更好支持缴存职工刚性和改善性住房需求，根据《住房公积金管理条例》和自治区有关规定，经柳州市住房公积金"
          "管理委员会2026年第二次全体会议审议通过，现就调整我市住房公积金个人住房贷款和提取政策有关事项通知如下："),
    ("h", "一、提高个人住房贷款最高额度"),
    ("p", "缴存职工购买自住住房申请住房公积金个人住房贷款的，最高贷款额度按下表执行："),
    ("table", ""),
    ("p", "养育二孩及以上未成年子女的家庭购买首套住房的，最高贷款额度在上表基础上上浮20%。"),
    ("h", "二、贷款额度计算"),
    ("p", "个人住房贷款额度按照借款人及其配偶申请贷款时住房公积金账户余额之和的15倍计算，且不得超过最高贷款额度和"
          "所购住房总价扣除首付款后的余额。"),
    ("h", "三、首付款比例"),
    ("p", "购买首套住房的，首付款比例不低于20%；购买第二套住房的，首付款比例不低于30%。家庭已有两次住房公积金贷款"
          "记录的，不予发放贷款。"),
    ("h", "四、提高租房提取额度"),
    ("p", "缴存职工及其配偶在本市行政区域内无自有住房且租房自住的，每人每月可提取住房公积金1300元，夫妻双方合计"
          "每月不超过2600元，可以按月、按季或者按年提取。"),
    ("h", "五、自治区内异地缴存职工贷款"),
    ("p", "在广西壮族自治区内其他设区市缴存住房公积金、在本市购买自住住房的职工，可以向市住房公积金管理中心申请个人"
          "住房贷款，贷款条件和额度与本市缴存职工相同。"),
    ("h", "六、办理渠道"),
    ("p", "缴存职工可以通过“柳州住房公积金”微信公众号、“智桂通”APP住房公积金专区或者到市住房公积金管理中心各服务"
          "网点办理。政策咨询可拨打12329住房公积金服务热线。"),
    ("h", "七、执行时间"),
    ("p", "本通知自2026年11月1日起施行，有效期至2028年10月31日。《" + GJJ_OLD_TITLE + "》（" + GJJ_OLD_NUMBER
          + "）同时废止。本通知施行前已经受理的贷款申请，按照原规定执行。"),
    ("sign", "柳州市住房公积金管理委员会"),
    ("sign", "2026年10月15日"),
    ("p", "（联系人：市住房公积金管理中心归集贷款科　覃珺，联系电话：0772-2825316）"),
]
GJJ_TABLE = [("单方缴存", "60万元", "40万元"), ("夫妻双方缴存", "80万元", "55万元")]


def _mso(text: str) -> str:
    """A paragraph's text as Word pastes it: CJK runs and ASCII runs in separate spans."""
    out: list[str] = []
    buf = ""
    ascii_run = None
    for ch in text:
        a = ch.isascii()
        if ascii_run is not None and a != ascii_run:
            out.append(_span(buf, ascii_run))
            buf = ""
        buf += ch
        ascii_run = a
    if buf:
        out.append(_span(buf, bool(ascii_run)))
    return "".join(out)


def _span(t: str, is_ascii: bool) -> str:
    t = html.escape(t, quote=False)
    if is_ascii:
        return f'<span lang="EN-US" style="font-size:16.0pt;font-family:&quot;Times New Roman&quot;">{t}</span>'
    return f'<span style="font-size:16.0pt;font-family:仿宋_GB2312">{t}</span>'


def _gjj_table() -> str:
    rows = "".join(
        '<tr style="height:26.0pt">'
        f'<td width="180" style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center">{_mso(a)}</p></td>'
        f'<td width="150" style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center">{_mso(b)}</p></td>'
        f'<td width="150" style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center">{_mso(c)}</p></td>'
        "</tr>\n" for a, b, c in GJJ_TABLE)
    return (
        '<div align="center"><table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none">\n'
        '<tr><td rowspan="2" width="180" style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center">'
        '<b><span style="font-family:黑体">缴存情况</span></b></p></td>'
        '<td colspan="2" width="300" style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center">'
        '<b><span style="font-family:黑体">最高贷款额度</span></b></p></td></tr>\n'
        '<tr><td style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center"><b><span>首套住房</span></b>'
        '</p></td><td style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center"><b><span>第二套住房'
        "</span></b></p></td></tr>\n" + rows + "</table></div>"
    )


def _gjj_article() -> str:
    parts = ['<p class="MsoNormal" align="center" style="text-align:center"><font face="仿宋_GB2312" size="4">'
             + _mso(GJJ_NUMBER) + "</font><o:p></o:p></p>"]
    for kind, text in GJJ_BODY:
        if kind == "addr":
            parts.append(f'<p class="MsoNormal" style="line-height:28.0pt">{_mso(text)}<o:p></o:p></p>')
        elif kind == "p":
            parts.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">'
                         + _mso(text) + "<o:p></o:p></p>")
        elif kind == "h":
            parts.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><!--[if !supportLists]-->'
                         f'<b><font face="黑体">{html.escape(text)}</font></b><!--[endif]--><o:p></o:p></p>')
        elif kind == "table":
            parts.append(_gjj_table())
        else:
            parts.append('<p class="MsoNormal" align="right" style="text-align:right;margin-right:48.0pt">'
                         + _mso(text) + "<o:p></o:p></p>")
    return "\n".join(parts)


GJJ_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>__TITLE__ - 政策法规 - 柳州市住房公积金管理中心</title>
<meta name="keywords" content="住房公积金,贷款,提取,柳州" />
<link href="../../css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
<!--
.title { font-size: 22px; color: #C00000; line-height: 40px; }
.content p { line-height: 28px; margin: 0; }
-->
</style>
<script language="javascript" type="text/javascript">
// 字体大小切换
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="../../images/top_banner.jpg" width="1000" height="150" alt="柳州市住房公积金管理中心" /></td></tr>
  <tr><td class="nav" height="36" background="../../images/nav_bg.gif">
    <a href="../../index.html">网站首页</a> | <a href="../../zxgk/">中心概况</a> | <a href="../../zcfg/">政策法规</a> |
    <a href="../../bszn/">办事指南</a> | <a href="../../xzzx/">下载中心</a> | <a href="../../hdjl/">互动交流</a>
  </td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top" bgcolor="#F5F5F5">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="lm_title">栏目导航</td></tr>
        <tr><td><a href="../../zcfg/gjfg/">国家法规</a></td></tr>
        <tr><td><a href="../../zcfg/zzqfg/">自治区政策</a></td></tr>
        <tr><td><a href="../../zcfg/bsfg/">本市政策</a></td></tr>
        <tr><td class="lm_title">快速通道</td></tr>
        <tr><td>服务热线：12329</td></tr>
        <tr><td><a href="https://gjj.example.invalid/wt/">个人网上业务大厅</a></td></tr>
      </table>
    </td>
    <td width="770" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="dqwz">&nbsp;您现在的位置：<a href="../../index.html">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="../../zcfg/">政策法规</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
      </table>
      <table width="94%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td align="center" class="title"><font color="#C00000"><b>__TITLE__</b></font></td></tr>
        <tr><td align="center" height="30" style="border-bottom:1px dashed #ccc">发布时间：2026-10-20&nbsp;&nbsp;&nbsp;来源：本中心&nbsp;&nbsp;&nbsp;点击数：<script type="text/javascript">document.write("1286");</script>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td></tr>
        <tr><td id="zoom" class="content" style="padding:20px 10px">
__ARTICLE__
        </td></tr>
        <tr><td style="padding:10px">附件：<a href="../../uploadfiles/202610/20261020093512.doc">住房公积金个人住房贷款额度计算示例.doc</a></td></tr>
        <tr><td align="right" style="padding:10px">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr><td style="padding:6px;border-top:1px solid #ddd">上一条：<a href="../../zcfg/bsfg/2026091101.html">关于2026年度住房公积金缴存基数调整的通知</a><br />下一条：<a href="../../zcfg/bsfg/2026102801.html">关于暂停办理部分线下业务的公告</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#8B0000">
  <tr><td align="center" style="color:#fff;line-height:24px;padding:10px">主办：柳州市住房公积金管理中心　地址：柳州市城中区文昌路（示例地址）　服务热线：12329<br />
  桂ICP备05000000号-1　网站标识码：4502000000　建议使用1024×768分辨率浏览</td></tr>
</table>
</body>
</html>
"""


def html_gjj() -> str:
    return GJJ_PAGE.replace("__TITLE__", GJJ_TITLE).replace("__ARTICLE__", _gjj_article())


# =============================================================================================
# 4. liuzhou-nev-subsidy.pdf (text PDF: broken title, running header, 续表) — defined before the 解读
# =============================================================================================

NEV_NUMBER = "柳商务发〔2026〕27号"
NEV_RULES = "柳州市2026年新能源汽车消费补贴实施细则"
NEV_TITLE = f"柳州市商务局 柳州市财政局 柳州市工业和信息化局关于印发《{NEV_RULES}》的通知"
NEV_TITLE_LINES = ["柳州市商务局　柳州市财政局　柳州市工业和信息化局", "关于印发《柳州市2026年新能源汽车消费",
                   "补贴实施细则》的通知"]
NEV_SIGN = ["柳州市商务局　　柳州市财政局　　柳州市工业和信息化局", "2026年5月20日"]
NEV_HEADER = "柳州市商务局文件　" + NEV_NUMBER

NEV_FLOW: list[str] = [
    "#ADDR各县、区人民政府，柳东新区管委会，市直有关单位，各汽车销售企业：",
    "为进一步促进汽车消费，巩固我市新能源汽车产业发展优势，经市人民政府同意，现将《" + NEV_RULES
    + "》印发给你们，请认真贯彻执行。",
    "#SIGN",
    "#BODY（此件公开发布）",
    "#PAGE",
    "#CAPTION" + NEV_RULES,
    "第一条　为促进新能源汽车消费，推动汽车产业高质量发展，结合我市实际，制定本细则。",
    "第二条　补贴对象。2026年6月1日至2026年12月31日期间在本市汽车销售企业购买新能源乘用车新车、取得机动车销售"
    "统一发票并在本市办理机动车注册登记的个人消费者。单位购车、二手车交易不属于补贴范围。",
    "第三条　补贴标准。按照机动车销售统一发票载明的价税合计金额分档给予一次性补贴：",
    "#STDTABLE",
    "#GAP",
    "同时报废或者转出本人名下一辆在本市登记的燃油乘用车的，每辆另行给予以旧换新补贴2000元。每位消费者限享受一次"
    "补贴。",
    "第四条　申请时限。消费者应当自取得机动车登记证书之日起60日内提出申请，最迟不超过2027年2月28日，逾期不予受理。",
    "第五条　申请材料。（一）申请人身份证；（二）机动车销售统一发票；（三）机动车登记证书；（四）申请人本人名下的"
    "银行一类账户信息。申请以旧换新补贴的，还应当提供《报废机动车回收证明》或者二手车交易发票。",
    "第六条　办理流程。消费者可以通过“智桂通”APP“柳州新能源汽车消费补贴”专区在线申请，也可以到附件所列受理网点"
    "现场申请。市商务局会同市财政局自受理之日起15个工作日内完成审核，审核结果在市商务局门户网站公示5个工作日；"
    "公示无异议的，由市财政局在10个工作日内将补贴资金拨付至申请人本人银行账户。",
    "第七条　资金安排。2026年新能源汽车消费补贴资金总额为1.2亿元，由市、区两级财政按照6:4比例承担，按照审核通过"
    "的先后顺序发放，额满即止。",
    "第八条　职责分工。市商务局负责补贴申请受理、审核和公示；市财政局负责资金保障和拨付；市工业和信息化局负责新能源"
    "汽车车型目录认定；市公安局交通管理支队负责核验车辆注册登记信息。",
    "第九条　监督管理。对弄虚作假骗取补贴的，由市商务局追回补贴资金，并依法依规处理；汽车销售企业协助消费者骗取补贴"
    "的，取消其受理网点资格。",
    "第十条　本细则由市商务局负责解释，自2026年6月1日起施行，有效期至2027年2月28日。",
    "#LABEL附件",
    "#CAPTION柳州市新能源汽车消费补贴受理网点一览表",
    "#NETTABLE",
]
NEV_STD_HEAD = ("发票价税合计金额", "补贴标准（元/辆）")
NEV_STD_ROWS = [("10万元以下", "3000"), ("10万元（含）至20万元", "5000"), ("20万元（含）至30万元", "7000"),
                ("30万元（含）以上", "8000")]
NET_HEAD = ("序号", "县（区）", "受理网点及地址", "咨询电话")
NET_ROWS = [
    ("城中区", "城中区政务服务中心商务窗口（五一路18号）", "0772-2821037"),
    ("鱼峰区", "鱼峰区政务服务中心二楼（柳石路386号）", "0772-3127745"),
    ("柳南区", "柳南区政务服务中心（航生路12号）", "0772-3819206"),
    ("柳北区", "柳北区政务服务中心（胜利路9号）", "0772-2629183"),
    ("柳江区", "柳江区政务服务中心（拉堡镇柳堡路219号）", "0772-7212650"),
    ("柳东新区", "柳东新区政务服务中心（新柳大道111号）", "0772-3168872"),
    ("柳城县", "柳城县政务服务中心（大埔镇龙美路5号）", "0772-7615530"),
    ("鹿寨县", "鹿寨县政务服务中心（鹿寨镇建中东路36号）", "0772-6813304"),
    ("融安县", "融安县政务服务中心（长安镇大巷路21号）", "0772-8152617"),
    ("融水苗族自治县", "融水县政务服务中心（融水镇寿星路8号）", "0772-5128409"),
    ("三江侗族自治县", "三江县政务服务中心（古宜镇江峰街3号）", "0772-8613275"),
    ("城中区", "柳州汽车城集中受理点（东环大道268号）", "0772-2890516"),
    ("柳南区", "西环汽车市场集中受理点（西环路22号）", "0772-3705148"),
    ("柳北区", "北站汽车服务区集中受理点（北站路6号）", "0772-2536617"),
    ("柳东新区", "柳东汽车生活广场集中受理点（车园横二路9号）", "0772-3156620"),
]

PDF_FONT = "STSong-Light"
BODY_PT = 14
LINE_H = 25
PDF_TOP = 842 - 96
PDF_BOTTOM = 78
HEIGHTS = {"title": 38, "number": 44, "body": LINE_H, "sign": 96, "page": 0, "label": 30, "caption": 36,
           "std_head": 26, "std_row": 24, "gap": 10, "net_head": 26, "net_row": 24, "cont": 22}


def _pdf_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    return pdfmetrics


def nev_flow_lines() -> list[tuple[str, str]]:
    from reportlab.lib.pagesizes import A4

    pdfmetrics = _pdf_setup()
    full = A4[0] - 150

    def width(t: str) -> float:
        return pdfmetrics.stringWidth(t, PDF_FONT, BODY_PT)

    lines: list[tuple[str, str]] = [("title", t) for t in NEV_TITLE_LINES] + [("number", NEV_NUMBER)]
    for para in NEV_FLOW:
        if para.startswith("#ADDR"):
            lines += [("body", t) for t in wrap(para[5:], width, full, NO_LINE_START)]
        elif para.startswith("#BODY"):
            lines.append(("body", "　　" + para[5:]))
        elif para == "#SIGN":
            lines.append(("sign", ""))
        elif para == "#PAGE":
            lines.append(("page", ""))
        elif para == "#GAP":
            lines.append(("gap", ""))
        elif para.startswith("#LABEL"):
            lines.append(("label", para[6:]))
        elif para.startswith("#CAPTION"):
            lines.append(("caption", para[8:]))
        elif para == "#STDTABLE":
            lines.append(("std_head", "|".join(NEV_STD_HEAD)))
            lines += [("std_row", "|".join(r)) for r in NEV_STD_ROWS]
        elif para == "#NETTABLE":
            lines.append(("net_head", "|".join(NET_HEAD)))
            lines += [("net_row", "|".join((str(k), *r))) for k, r in enumerate(NET_ROWS, start=1)]
        else:
            lines += [("body", t) for t in wrap("　　" + para, width, full, NO_LINE_START)]
    return lines


def nev_pages() -> list[list[tuple[str, str]]]:
    """Paginates; a 网点 row that starts a page gets a "续表" label and the header row again."""
    pages: list[list[tuple[str, str]]] = [[]]
    y = PDF_TOP
    head: tuple[str, str] | None = None
    for kind, text in nev_flow_lines():
        if kind == "page":
            pages.append([])
            y = PDF_TOP
            continue
        if kind == "net_head":
            head = (kind, text)
        h = HEIGHTS[kind]
        if y - h < PDF_BOTTOM:
            pages.append([])
            y = PDF_TOP
            if kind == "net_row" and head is not None:
                pages[-1] += [("cont", "续表"), head]
                y -= HEIGHTS["cont"] + HEIGHTS["net_head"]
        pages[-1].append((kind, text))
        y -= h
    return pages


def nev_texts() -> list[str]:
    """What the PDF prints, line by line (table rows as cells joined by spaces)."""
    out: list[str] = []
    for pno, page in enumerate(nev_pages(), start=1):
        if pno > 1:
            out.append(NEV_HEADER)
        for kind, text in page:
            if kind == "sign":
                out += NEV_SIGN
            elif text:
                out.append(text.replace("|", " "))
    return out


def make_nev_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _pdf_setup()
    f = PDF_FONT
    pages = nev_pages()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(NEV_TITLE)
    c.setAuthor("柳州市商务局")
    width = A4[0]
    left, right = 75, width - 75
    std_xs = [left + 50, left + 250, right - 50]
    net_xs = [left - 10, left + 24, left + 110, right - 92, right + 10]

    def row(xs: list[float], cells: list[str], y: float, h: float, size: float, first: bool) -> None:
        top = y + h - 8
        c.setLineWidth(0.7)
        if first:
            c.line(xs[0], top, xs[-1], top)
        c.line(xs[0], top - h, xs[-1], top - h)
        for x in xs:
            c.line(x, top, x, top - h)
        c.setFont(f, size)
        for j, cell in enumerate(cells):
            if j == 2 and len(xs) == 5:
                c.drawString(xs[j] + 4, y, cell)
            else:
                c.drawCentredString((xs[j] + xs[j + 1]) / 2, y, cell)

    for pno, lines in enumerate(pages, start=1):
        if pno > 1:
            c.setFont(f, 9)
            c.drawString(left, 842 - 50, NEV_HEADER)
            c.setLineWidth(0.5)
            c.line(left, 842 - 56, right, 842 - 56)
        y = PDF_TOP
        for kind, text in lines:
            if kind == "title":
                c.setFont(f, 19)
                c.drawCentredString(width / 2, y, text)
            elif kind == "number":
                c.setFont(f, 13)
                c.drawCentredString(width / 2, y - 6, text)
            elif kind == "sign":
                c.setFont(f, BODY_PT)
                c.drawRightString(right - 6, y - 26, NEV_SIGN[0])
                c.drawRightString(right - 60, y - 54, NEV_SIGN[1])
            elif kind == "label":
                c.setFont(f, 15)
                c.drawString(left, y, text)
            elif kind == "caption":
                c.setFont(f, 17)
                c.drawCentredString(width / 2, y, text)
            elif kind == "cont":
                c.setFont(f, 11)
                c.drawString(left - 10, y, text)
            elif kind in ("std_head", "std_row"):
                row(std_xs, text.split("|"), y, HEIGHTS[kind], 12, kind == "std_head")
            elif kind in ("net_head", "net_row"):
                row(net_xs, text.split("|"), y, HEIGHTS[kind], 10.5, kind == "net_head")
            else:
                c.setFont(f, BODY_PT)
                c.drawString(left, y, text)
            y -= HEIGHTS[kind]
        if y < PDF_BOTTOM - 30:
            raise SystemExit(f"PDF page {pno} overflows (y={y})")
        c.setFont(f, 10)
        c.drawCentredString(width / 2, 44, f"— {pno} —")
        c.showPage()
    c.save()


# =============================================================================================
# 2. liuzhou-nev-subsidy-jiedu.html (UTF-8, <div class="article">, 解读 of the PDF)
# =============================================================================================

JIEDU_TITLE = f"《{NEV_RULES}》政策解读"

JIEDU_QA = [
    ("在柳州工作但户籍在外地，买车后可以申请补贴吗？",
     "可以。补贴不限户籍，只要在本市汽车销售企业购车、在本市办理注册登记，且符合《细则》其他条件，均可申请。"),
    ("以旧换新的旧车有什么要求？",
     "旧车应当是在本市登记的燃油乘用车，登记在申请人本人名下满6个月，并在2026年6月1日以后办理报废或者转出手续。"
     "登记在配偶、父母名下的车辆不能作为本人的旧车。"),
    ("汽车销售企业说补贴可以直接抵扣车款，可以吗？",
     "不可以。补贴资金由市财政局直接拨付到申请人本人名下的银行一类账户，汽车销售企业不得以补贴名义预先抵扣车款"
     "或者收取任何费用。"),
    ("贷款买车能申请补贴吗？按什么价格认定档次？",
     "可以。无论全款还是贷款购车，均按照机动车销售统一发票载明的价税合计金额认定补贴档次，贷款利息、保险费、"
     "上牌费等不计入。"),
    ("插电式混合动力汽车是否属于补贴范围？",
     "属于。纯电动、插电式混合动力（含增程式）和燃料电池乘用车均属于新能源乘用车，但车型须列入市工业和信息化局"
     "认定的车型目录。"),
    ("怎样了解补贴资金还剩多少？",
     "市商务局每周一在门户网站公布补贴资金使用进度和剩余额度。资金额满后提交的申请不再受理。"),
]

JIEDU_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="柳州市人民政府门户网站">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="__TITLE__">
<title>__TITLE__-政策解读-柳州市人民政府门户网站</title>
<link rel="stylesheet" href="/static/css/base.css">
<link rel="stylesheet" href="/static/css/zcjd.css">
</head>
<body>
<div class="head-top"><div class="container"><a href="/">柳州市人民政府门户网站</a><span class="r"><a href="#">简体</a>|<a href="#">繁体</a>|<a href="#">无障碍浏览</a></span></div></div>
<div class="menu"><div class="container"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><a href="/zjlz/">走进柳州</a></div></div>
<div class="container crumb">您当前的位置：<a href="/">首页</a> &raquo; <a href="/zwgk/">政务公开</a> &raquo; <a href="/zwgk/zcjd/">政策解读</a></div>
<div class="container main">
<table class="xxgk-table" cellspacing="0">
<tr><th>索引号</th><td>000014349/2026-06118</td><th>分类</th><td>商贸、海关、旅游；解读</td></tr>
<tr><th>发布机构</th><td>柳州市商务局</td><th>发文日期</th><td>2026年05月26日</td></tr>
<tr><th>标题</th><td colspan="3">__TITLE__</td></tr>
</table>
<div class="article">
<h1 class="article-title">__TITLE__</h1>
<div class="article-meta"><span>来源：柳州市商务局</span><span>发布时间：2026-05-26 10:12</span><span class="fontsize">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="article-con" id="article-con">
<p>　　近日，市商务局、市财政局、市工业和信息化局联合印发《柳州市2026年新能源汽车消费补贴实施细则》（__NUMBER__，以下简称《细则》）。现将有关内容解读如下。</p>
<p><strong>一、出台背景</strong></p>
<p>　　新能源汽车是我市重要的支柱产业。为进一步释放汽车消费潜力，市政府决定在2026年继续安排专项资金，对个人消费者购买新能源乘用车给予补贴。</p>
<p><strong>二、划重点</strong></p>
<ul class="hzd">
<li><em>4</em><i>档</i>　按发票价税合计金额分档补贴，每辆<em>3000</em><i>元</i>至<em>8000</em><i>元</i></li>
<li><em>2000</em><i>元</i>　同时报废或者转出本人名下燃油乘用车的以旧换新补贴</li>
<li><em>60</em><i>日</i>　自取得机动车登记证书之日起的申请期限</li>
<li><em>1.2</em><i>亿元</i>　补贴资金总额，额满即止</li>
</ul>
<p><strong>三、热点问答</strong></p>
__QA__
<p>　　政策咨询：市商务局消费促进科，联系人蓝海燕，电话0772-2806135（工作日8:00—12:00，15:00—18:00）。</p>
</div>
<div class="article-fj">
<table class="fj-table" cellspacing="0">
<tr><th>序号</th><th>附件名称</th><th>下载</th></tr>
<tr><td>1</td><td>柳州市2026年新能源汽车消费补贴实施细则.pdf</td><td><a href="/uploadfile/2026/0526/xz_1.pdf">下载</a></td></tr>
<tr><td>2</td><td>柳州市新能源汽车消费补贴受理网点一览表.xlsx</td><td><a href="/uploadfile/2026/0526/xz_2.xlsx">下载</a></td></tr>
</table>
</div>
<div class="article-link">原文链接：<a href="/zwgk/bmwj/t2026052001.shtml">__DOCTITLE__</a></div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a>【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
</div>
</div>
<div class="footer"><div class="container">主办：柳州市人民政府办公室　承办：柳州市大数据发展局<br>网站标识码：4502000000　桂ICP备00000000号　桂公网安备 45020000000000号</div></div>
<script src="/static/js/jquery.min.js"></script>
<script>/* 统计代码 */ var _hmt = _hmt || [];</script>
</body>
</html>
"""


def html_jiedu() -> str:
    qa = "\n".join(f"<p><strong>问{k}：{q}</strong></p>\n<p>　　答：{a}</p>" for k, (q, a) in enumerate(JIEDU_QA, 1))
    return (JIEDU_PAGE.replace("__QA__", qa).replace("__TITLE__", JIEDU_TITLE).replace("__NUMBER__", NEV_NUMBER)
            .replace("__DOCTITLE__", NEV_TITLE))


# =============================================================================================
# 3. liuzhou-ebike-charging-plan.docx (bold-run headings, footnote, section break, merged cells)
# =============================================================================================

EB_NUMBER = "柳政办〔2026〕38号"
EB_PLAN = "柳州市电动自行车充电设施建设和安全管理三年行动方案（2026—2028年）"
EB_TITLE = f"柳州市人民政府办公室关于印发{EB_PLAN}的通知"
EB_FOOTNOTE = ("集中充电设施是指在同一场所集中设置、充电端口不少于20个，具备定时断电、过载保护和远程监控功能的电动自行车"
               "充电设施。")
EB_ANNEX = "柳州市电动自行车充电设施建设和安全管理重点任务分工表"

# (kind, text): "B" a bold heading run; "L" bold lead + normal rest (split at the first "。"); "P" plain;
# "F" plain with the footnote reference after the marker "^"
EB_BODY: list[tuple[str, str]] = [
    ("P0", "各县、区人民政府，柳东新区管委会，市直各委、办、局："),
    ("P", "《" + EB_PLAN + "》已经市人民政府同意，现印发给你们，请认真组织实施。"),
    ("SIGN", "柳州市人民政府办公室"),
    ("SIGN", "2026年7月8日"),
    ("P", "（此件公开发布）"),
    ("PLAN", EB_PLAN),
    ("P", "为有效防范电动自行车火灾事故，解决群众充电难问题，结合我市实际，制定本方案。"),
    ("B", "一、工作目标"),
    ("F", "到2026年底，全市新增电动自行车集中充电^端口2万个；到2028年底，累计新增集中充电端口8万个，城区既有住宅小区"
          "集中充电设施覆盖率达到100%。"),
    ("B", "二、主要任务"),
    ("L", "（一）新建住宅小区同步配建。新建住宅小区应当按照不低于总户数1:1的比例规划电动自行车停放位置，其中配建充电端口"
          "的停放位置不少于40%，与主体工程同步设计、同步施工、同步验收。"),
    ("L", "（二）既有住宅小区补建。对城中区、鱼峰区、柳南区、柳北区、柳江区和柳东新区范围内既有住宅小区新建集中充电设施"
          "的，市级财政按照每个充电端口200元的标准给予建设单位一次性补助，单个小区补助金额最高不超过6万元。各县既有住宅"
          "小区的补助标准由各县人民政府结合实际自行制定。"),
    ("L", "（三）规范充电收费。住宅小区内电动自行车充电实行电费和服务费合计封顶，按电量计费的每千瓦时合计不得超过1元，"
          "按时长计费的每小时不得超过0.4元。"),
    ("L", "（四）强化安全管理。禁止在建筑物的公共门厅、疏散通道、楼梯间、安全出口停放电动自行车或者为电动自行车充电，"
          "禁止携带电动自行车及其蓄电池进入电梯轿厢。2026年12月31日前，城区住宅小区电梯全部加装电动自行车阻车系统。"
          "违反规定的，由消防救援机构、公安派出所依法查处。"),
    ("L", "（五）推进以旧换新。市商务局组织开展电动自行车以旧换新活动，鼓励居民交售不符合强制性国家标准的旧电动自行车，"
          "具体补贴标准另行公布。"),
    ("B", "三、保障措施"),
    ("L", "（一）加强组织领导。成立全市电动自行车充电设施建设和安全管理工作专班，由分管副市长韦振华任组长，市住房城乡建设局、"
          "市消防救援支队主要负责同志任副组长，专班办公室设在市住房城乡建设局。"),
    ("L", "（二）强化资金保障。市级补助资金由市财政局纳入年度预算，经各区住房城乡建设部门组织验收后，于每年6月、12月集中"
          "申报、拨付。"),
    ("L", "（三）严格督查考核。专班办公室每季度通报各县（区）工作进展，通报结果纳入年度绩效考核。"),
    ("P", "附件：" + EB_ANNEX),
    ("CC", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市中级法院，市检察院。"),
    ("CC", "柳州市人民政府办公室　　　　　　　　　　　2026年7月9日印发"),
]

EB_TABLE_HEAD = ("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限")
# None in the 重点任务 / 完成时限 column: vertically merged with the cell above
EB_TASKS: list[tuple[str, str | None, str, str, str, str | None]] = [
    ("1", "充电设施建设", "制定新建住宅小区电动自行车停放充电设施配建技术导则", "市住房城乡建设局", "市自然资源和规划局",
     "2026年9月底前"),
    ("2", None, "完成城区既有住宅小区充电设施建设摸底，建立项目清单", "各区人民政府、柳东新区管委会", "市住房城乡建设局",
     "2026年10月底前"),
    ("3", None, "城区新增集中充电端口2万个", "各区人民政府、柳东新区管委会", "市住房城乡建设局、广西电网公司柳州供电局",
     "2026年12月底前"),
    ("4", "安全管理", "城区住宅小区电梯加装电动自行车阻车系统", "市市场监管局", "市住房城乡建设局、各物业服务企业", None),
    ("5", None, "开展楼道停放、飞线充电专项整治", "市消防救援支队", "市公安局、各区人民政府", "长期坚持"),
    ("6", "收费监管", "查处充电收费超过封顶标准的行为", "市市场监管局", "市发展改革委", None),
    ("7", "以旧换新", "制定电动自行车以旧换新补贴实施方案", "市商务局", "市财政局、市市场监管局", "2026年8月底前"),
    ("8", "资金保障", "市级补助资金纳入年度预算并按时拨付", "市财政局", "市住房城乡建设局", "每年6月、12月"),
]
EB_TABLE_NOTE = "注：各县参照本表明确本县责任单位和完成时限。"


def docx_texts() -> list[str]:
    """The docx's texts as python-docx gives them (paragraphs, footnote, table cells)."""
    out: list[str] = []
    for _kind, text in EB_BODY:
        out.append(text.replace("^", ""))
    out.append(EB_FOOTNOTE)
    out += ["附件", EB_ANNEX, *EB_TABLE_HEAD]
    for row in EB_TASKS:
        out += [c for c in row if c]
    return [*out, EB_TABLE_NOTE]


def _footnotes_xml() -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:snapToGrid w:val="0"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> '
        + html.escape(EB_FOOTNOTE, quote=False) + "</w:t></w:r></w:p></w:footnote></w:footnotes>"
    ).encode("utf-8")


def make_docx(path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.core_properties.title = EB_TITLE
    d.core_properties.author = "柳州市人民政府办公室"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 7, 8, 16, 0, 0)
    d.core_properties.last_modified_by = "市政府办公室秘书科"
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    def east_asia(run, font: str) -> None:
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)

    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

    # footnotes part, related from the document part
    fn_part = Part(PackURI("/word/footnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                   _footnotes_xml(), d.part.package)
    d.part.relate_to(fn_part, RT.FOOTNOTES)

    def para(text: str = "", indent: bool = True):
        p = d.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if text:
            p.add_run(text)
        return p

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(EB_TITLE)
    r.font.size = Pt(22)
    east_asia(r, "方正小标宋简体")
    n = d.add_paragraph()
    n.alignment = WD_ALIGN_PARAGRAPH.CENTER
    n.add_run(EB_NUMBER)

    for kind, text in EB_BODY:
        if kind == "P0":
            para(text, indent=False)
        elif kind == "P":
            para(text)
        elif kind == "SIGN":
            p = para(text, indent=False)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "PLAN":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(24)
            r = p.add_run(text)
            r.font.size = Pt(20)
            r.bold = True
            east_asia(r, "方正小标宋简体")
        elif kind == "B":
            p = para()
            r = p.add_run(text)
            r.bold = True
            east_asia(r, "黑体")
        elif kind == "L":
            p = para()
            head, _, rest = text.partition("。")
            r = p.add_run(head + "。")
            r.bold = True
            east_asia(r, "楷体_GB2312")
            p.add_run(rest)
        elif kind == "F":
            p = para()
            before, _, after = text.partition("^")
            p.add_run(before)
            ref = OxmlElement("w:r")
            ref.append(parse_xml(f'<w:rPr xmlns:w="{W_NS}"><w:vertAlign w:val="superscript"/></w:rPr>'))
            ref.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="1"/>'))
            p._p.append(ref)
            p.add_run(after)
        else:
            p = para(text, indent=False)
            p.runs[0].font.size = Pt(14)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fp._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.add_run(" —")

    # the 附件 in a new landscape section
    new = d.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)
    new.top_margin, new.bottom_margin = Cm(2.6), Cm(2.4)
    lab = para("附件", indent=False)
    east_asia(lab.runs[0], "黑体")
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cap.add_run(EB_ANNEX)
    r.font.size = Pt(20)
    east_asia(r, "方正小标宋简体")

    tbl = d.add_table(rows=len(EB_TASKS) + 2, cols=len(EB_TABLE_HEAD))
    tbl.style = d.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(3.2), Cm(8.0), Cm(4.4), Cm(5.4), Cm(2.8)]

    def put(cell, text: str, size: float = 12, bold: bool = False) -> None:
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold

    for j, h in enumerate(EB_TABLE_HEAD):
        put(tbl.cell(0, j), h, 12, True)
        east_asia(tbl.cell(0, j).paragraphs[0].runs[0], "黑体")
    tr_pr = tbl.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader xmlns:w="{W_NS}"/>'))
    for i, row in enumerate(EB_TASKS, start=1):
        for j, val in enumerate(row):
            if val is not None:
                put(tbl.cell(i, j), val)
    # vertical merges: a None cell joins the cell above
    for j in (1, 5):
        i = 1
        while i <= len(EB_TASKS):
            k = i
            while k + 1 <= len(EB_TASKS) and EB_TASKS[k][j] is None:
                k += 1
            if k > i:
                text = EB_TASKS[i - 1][j] or ""
                merged = tbl.cell(i, j).merge(tbl.cell(k, j))
                put(merged, text)
            i = k + 1
    last = len(EB_TASKS) + 1
    note = tbl.cell(last, 0).merge(tbl.cell(last, len(EB_TABLE_HEAD) - 1))
    put(note, EB_TABLE_NOTE, 11)
    note.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    for row in tbl.rows:
        for j, cell in enumerate(row.cells):
            if j < len(widths):
                cell.width = widths[j]
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Rewrites the docx's zip entries with one fixed timestamp, so that a rerun gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 7, 8, 16, 0, 0)), data, zipfile.ZIP_DEFLATED)


# =============================================================================================
# 5. liuzhou-elder-canteen-scan.pdf (image only, skew, speckle, punch hole, red seal)
# =============================================================================================

SCAN_NUMBER = "柳民发〔2026〕31号"
SCAN_TITLE = "柳州市民政局 柳州市财政局关于提高长者饭堂助餐补贴标准的通知"
SCAN_TITLE_LINES = ["柳州市民政局　柳州市财政局", "关于提高长者饭堂助餐补贴标准的通知"]
CANTEEN_RULES = "柳州市长者饭堂助餐补贴管理办法"
CANTEEN_NUMBER = "柳民发〔2025〕14号"
SCAN_ADDR = "各县、区民政局、财政局，柳东新区社会事务局、财政局："
SCAN_PARAS = [
    "为进一步做好老年人助餐服务，经市人民政府同意，现对《" + CANTEEN_RULES + "》（" + CANTEEN_NUMBER
    + "）第八条规定的助餐补贴标准调整如下：",
    "一、具有本市户籍、年满60周岁不满80周岁的老年人在长者饭堂就餐的，每人每餐补贴由2元提高到3元；年满80周岁的"
    "老年人，每人每餐补贴由4元提高到5元。",
    "二、特困人员、低保对象和计划生育特殊家庭中年满60周岁的老年人，每人每餐补贴由6元提高到8元。",
    "三、每人每日享受助餐补贴不超过2餐。各县（区）可以在上述标准基础上提高补贴标准，提高部分所需资金由县（区）财政"
    "承担。",
    "四、长者饭堂建设补贴、运营补贴仍按原规定执行。",
    "五、本通知自2026年10月1日起执行。《" + CANTEEN_RULES + "》其他规定不变。",
    "咨询电话：0772-2853049（市民政局养老服务科）。",
]
SCAN_SIGN = ["柳州市民政局　　　柳州市财政局", "2026年9月15日"]

DPI = 200
PAGE_W, PAGE_H = 1654, 2339
MARGIN = 175
BODY_PX = 37
TITLE_PX = 52
SKEW_DEG = 1.1


def scan_lines() -> list[tuple[str, str]]:
    """The lines drawn on the scanned page, as (kind, text)."""
    from PIL import ImageFont

    font_path, index = _cjk_font()
    body = ImageFont.truetype(font_path, BODY_PX, index=index)
    lines: list[tuple[str, str]] = [("title", t) for t in SCAN_TITLE_LINES] + [("number", SCAN_NUMBER)]
    lines += [("body", t) for t in wrap(SCAN_ADDR, body.getlength, PAGE_W - 2 * MARGIN, NO_LINE_START)]
    for p in SCAN_PARAS:
        lines += [("body", t) for t in wrap("　　" + p, body.getlength, PAGE_W - 2 * MARGIN, NO_LINE_START)]
    return lines + [("sign", t) for t in SCAN_SIGN]


def _seal(size: int, font_path: str, index: int, ring: str):
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ink = (214, 30, 40, 140)
    c = size / 2
    rad = size / 2 - 6
    d.ellipse((c - rad, c - rad, c + rad, c + rad), outline=ink, width=8)
    pts = []
    for k in range(10):
        r = 42 if k % 2 == 0 else 17
        a = math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(pts, fill=ink)
    font = ImageFont.truetype(font_path, 36, index=index)
    for k, ch in enumerate(ring):
        a = math.radians(215 - k * (250 / (len(ring) - 1)))
        px, py = c + (rad - 36) * math.cos(a), c - (rad - 36) * math.sin(a)
        g = Image.new("L", (48, 48), 0)
        ImageDraw.Draw(g).text((6, 2), ch, font=font, fill=255)
        g = g.rotate(math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        img.paste(Image.new("RGBA", (48, 48), ink), (int(px - 24), int(py - 24)), g)
    return img


def make_scan(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(8808)
    font_path, index = _cjk_font()
    body = ImageFont.truetype(font_path, BODY_PX, index=index)
    title = ImageFont.truetype(font_path, TITLE_PX, index=index)
    img = Image.new("RGB", (PAGE_W, PAGE_H), (243, 242, 238))
    draw = ImageDraw.Draw(img)
    ink = (30, 30, 34)
    y = 200
    sign_box: list[float] = []
    for kind, text in scan_lines():
        if kind == "title":
            draw.text(((PAGE_W - title.getlength(text)) / 2, y), text, font=title, fill=(40, 32, 34))
            y += 78
        elif kind == "number":
            y += 10
            draw.text(((PAGE_W - body.getlength(text)) / 2, y), text, font=body, fill=ink)
            y += 84
        elif kind == "body":
            draw.text((MARGIN, y), text, font=body, fill=ink)
            y += 58
        else:
            if text == SCAN_SIGN[0]:
                y += 70
            w = body.getlength(text)
            x = PAGE_W - MARGIN - 40 - w if text == SCAN_SIGN[0] else PAGE_W - MARGIN - 120 - w
            draw.text((x, y), text, font=body, fill=ink)
            sign_box.append(x + w / 2)
            y += 58
    if y > PAGE_H - 140:
        raise SystemExit(f"scan overflows (y={y})")
    seal = _seal(320, font_path, index, "柳州市民政局")
    base = img.convert("RGBA")
    base.alpha_composite(seal, (int(sign_box[1] - 150), int(y - 58 * 2 - 110)))
    img = base.convert("RGB")
    draw = ImageDraw.Draw(img)
    # punch-hole shadows in the left margin and a faint copier streak
    for hy in (PAGE_H // 2 - 420, PAGE_H // 2 + 420):
        draw.ellipse((48, hy - 34, 116, hy + 34), fill=(170, 168, 164))
    draw.rectangle((PAGE_W - 70, 0, PAGE_W - 66, PAGE_H), fill=(226, 225, 221))
    px = img.load()
    assert px is not None
    for _ in range(26000):
        x, yy = rng.randrange(PAGE_W), rng.randrange(PAGE_H)
        dv = rng.randrange(-70, 70)
        r, g, b = px[x, yy]  # type: ignore[misc]
        px[x, yy] = (max(0, min(255, r + dv)), max(0, min(255, g + dv)), max(0, min(255, b + dv)))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    img = img.rotate(SKEW_DEG, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(248, 248, 246))
    stamp = datetime.datetime(2026, 9, 16, 9, 30, 0).timetuple()
    img.save(str(path), "PDF", resolution=float(DPI), quality=58, creationDate=stamp, modDate=stamp)


# =============================================================================================
# 6. liuzhou-gazette-2025-3.txt (GB18030, CRLF, hard-wrapped, running headers, form feeds)
# =============================================================================================

GAZ_NAME = "柳州市人民政府公报"
GAZ_ISSUE = "2025年第3期"
XIAXIANG_NUMBER = "柳政办〔2025〕12号"
XIAXIANG_TITLE = "柳州市人民政府办公室关于印发柳州市2025年新能源汽车下乡消费补贴活动方案的通知"
CANTEEN_TITLE = f"柳州市民政局 柳州市财政局关于印发《{CANTEEN_RULES}》的通知"
APPOINT_NUMBER = "柳政任〔2025〕6号"
APPOINT_TITLE = "柳州市人民政府关于莫䶮等同志职务任免的通知"
GAZ_WIDTH = 36  # full-width characters a line

GAZ_DOCS: list[tuple[str, str, str, str, str, list[str]]] = [
    ("市政府办公室文件", XIAXIANG_TITLE, XIAXIANG_NUMBER, "柳州市人民政府办公室", "2025年2月26日", [
        "柳城县、鹿寨县、融安县、融水苗族自治县、三江侗族自治县人民政府，市直有关单位：",
        "《柳州市2025年新能源汽车下乡消费补贴活动方案》已经市人民政府同意，现印发给你们，请认真组织实施。",
        "#CAPTION柳州市2025年新能源汽车下乡消费补贴活动方案",
        "一、活动时间。2025年3月1日至2025年12月31日。",
        "二、补贴对象。户籍在柳城县、鹿寨县、融安县、融水苗族自治县、三江侗族自治县农村地区的居民，在活动期间于本市"
        "购买新能源乘用车新车并在本市办理注册登记的，每辆给予下乡消费补贴2000元，每人限1辆。",
        "三、申请方式。购车人持身份证、户口簿、机动车销售统一发票和机动车登记证书，到户籍所在县商务主管部门申请，"
        "县商务主管部门自受理之日起20个工作日内完成审核，县财政部门审核通过后10个工作日内拨付。",
        "四、资金保障。补贴资金由市、县两级财政按照5:5比例承担。",
        "五、本方案自2025年3月1日起施行，有效期至2025年12月31日。",
    ]),
    ("部门文件", GJJ_OLD_TITLE, GJJ_OLD_NUMBER, "柳州市住房公积金管理委员会", "2025年2月18日", [
        "各县、区人民政府，柳东新区管委会，市直各单位，各住房公积金缴存单位：",
        "经柳州市住房公积金管理委员会2025年第一次全体会议审议通过，现就优化我市住房公积金使用政策通知如下：",
        "一、个人住房贷款最高额度。单方缴存职工购买首套住房的，最高贷款额度为50万元，夫妻双方缴存的为70万元；购买"
        "第二套住房的，单方缴存职工最高贷款额度为35万元，夫妻双方缴存的为50万元。",
        "二、贷款额度按照借款人及其配偶住房公积金账户余额之和的12倍计算，且不得超过最高贷款额度。",
        "三、首付款比例。购买首套住房的，首付款比例不低于20%；购买第二套住房的，首付款比例不低于30%。",
        "四、租房提取。缴存职工及其配偶在本市无自有住房且租房自住的，每人每月可提取住房公积金1000元，夫妻双方合计每月"
        "不超过2000元。",
        "五、本通知自2025年3月1日起施行，有效期至2027年12月31日。",
    ]),
    ("部门文件", CANTEEN_TITLE, CANTEEN_NUMBER, "柳州市民政局　　柳州市财政局", "2025年3月20日", [
        "各县、区民政局、财政局，柳东新区社会事务局、财政局：",
        "现将《" + CANTEEN_RULES + "》印发给你们，请认真贯彻执行。",
        "#CAPTION" + CANTEEN_RULES,
        "第一条　为规范长者饭堂助餐补贴管理，推进老年助餐服务，制定本办法。",
        "第二条　本办法所称长者饭堂，是指经县（区）民政部门认定，为老年人提供集中就餐、送餐上门等助餐服务的场所。",
        "第三条　市民政局负责全市长者饭堂助餐补贴的统筹管理；市财政局负责补贴资金的预算安排和监督；各县（区）民政"
        "部门负责长者饭堂的认定、补贴审核和日常监管。",
        "第四条　长者饭堂应当有固定场所，就餐区域面积不少于60平方米，餐位不少于20个，取得食品经营许可。",
        "第五条　新建社区长者饭堂经县（区）民政部门验收合格的，给予一次性建设补贴5万元；新建农村长者饭堂的，给予一次性"
        "建设补贴3万元。",
        "第六条　长者饭堂运营补贴按照每月实际助餐人次计算，每人次补贴1元，每个长者饭堂每年最高不超过3万元。",
        "第七条　助餐补贴对象为具有本市户籍、年满60周岁的老年人。",
        "第八条　助餐补贴标准：年满60周岁不满80周岁的老年人每人每餐2元；年满80周岁的老年人每人每餐4元；特困人员、"
        "低保对象和计划生育特殊家庭中的老年人每人每餐6元。每人每日享受助餐补贴不超过2餐。",
        "第九条　老年人凭社会保障卡在长者饭堂刷卡就餐，助餐补贴在结算时直接抵扣。",
        "第十条　本办法自2025年4月1日起施行，有效期5年。",
    ]),
    ("人事任免", APPOINT_TITLE, APPOINT_NUMBER, "柳州市人民政府", "2025年3月12日", [
        "各县、区人民政府，柳东新区管委会，市政府各部门、各直属机构：",
        "市人民政府决定：",
        "任命莫䶮为柳州市住房公积金管理中心副主任；",
        "任命黄立群为柳州市商务局副局长；",
        "免去梁建平的柳州市民政局副局长职务。",
    ]),
]


def _cols(t: str) -> int:
    return sum(1 if ch.isascii() else 2 for ch in t)


GAZ_TITLE_LINES = {
    XIAXIANG_TITLE: ["柳州市人民政府办公室关于印发柳州市2025年", "新能源汽车下乡消费补贴活动方案的通知"],
    GJJ_OLD_TITLE: ["柳州市住房公积金管理委员会关于优化", "住房公积金使用政策的通知"],
    CANTEEN_TITLE: ["柳州市民政局　柳州市财政局关于印发", f"《{CANTEEN_RULES}》的通知"],
    APPOINT_TITLE: [APPOINT_TITLE],
}


def _centred(t: str) -> str:
    return "　" * max(0, (GAZ_WIDTH - _cols(t) // 2) // 2) + t


def _gaz_doc_lines(title: str, number: str, signer: str, date: str, paras: list[str]) -> list[str]:
    width = GAZ_WIDTH * 2
    lines = ["", ""]
    lines += [_centred(t) for t in GAZ_TITLE_LINES[title]]
    lines += [_centred(number), ""]
    for k, p in enumerate(paras):
        if p.startswith("#CAPTION"):
            lines += ["", _centred(p[8:]), ""]
        elif k == 0:
            lines += wrap(p, _cols, width, NO_LINE_START)
        else:
            lines += wrap("　　" + p, _cols, width, NO_LINE_START)
    lines += ["", "　" * max(0, GAZ_WIDTH - 4 - _cols(signer) // 2) + signer, "　" * (GAZ_WIDTH - 11) + date]
    return lines


GAZ_PER_PAGE = 40
GAZ_COVER = ["", "　" * 13 + GAZ_NAME, "", "　" * 15 + GAZ_ISSUE,
             "　" * 14 + "（总第186期）", "", "　" * 12 + "柳州市人民政府办公室主办", "　" * 13 + "2025年3月31日出版", ""]


def _gaz_pages(toc_pages: list[int]) -> list[list[str]]:
    toc = ["", "　" * 16 + "目　　录", ""]
    body: list[str] = []
    for k, (label, title, number, signer, date, paras) in enumerate(GAZ_DOCS):
        toc.append(f"【{label}】")
        entry = wrap(f"{title}（{number}）", _cols, GAZ_WIDTH * 2 - 8, NO_LINE_START)
        entry[-1] += "……" + f"（{toc_pages[k]}）"
        toc += entry
        body += _gaz_doc_lines(title, number, signer, date, paras)
    rest = toc + body
    pages = [GAZ_COVER]
    while rest:
        pages.append(rest[:GAZ_PER_PAGE])
        rest = rest[GAZ_PER_PAGE:]
    return pages


def gazette_pages() -> list[list[str]]:
    """The pages after the cover hold 40 lines each; the 目录 gives the page each document starts on."""
    guess = [0] * len(GAZ_DOCS)
    for _ in range(3):
        pages = _gaz_pages(guess)
        found = []
        for _label, title, *_ in GAZ_DOCS:
            first = _centred(GAZ_TITLE_LINES[title][0])
            found.append(next(n for n, pg in enumerate(pages) if n > 0 and first in pg))
        if found == guess:
            break
        guess = found
    return _gaz_pages(guess)


def gazette_text() -> str:
    """Each page after the cover starts with a form feed and a running header and ends with "·n·"."""
    out: list[str] = []
    for n, pg in enumerate(gazette_pages()):
        if n > 0:
            out.append("\f" + f"{GAZ_NAME}　　　　　　　　　　　　　　　　　　{GAZ_ISSUE}")
            out.append("")
        out += pg
        if n > 0:
            out += ["", "　" * 17 + f"·{n}·"]
    out += ["", "━" * 36, "编辑出版：柳州市人民政府办公室　　地址：柳州市城中区（示例地址）", "印刷：柳州市机关印刷厂",
            "（本公报刊登的文件与正式文件具有同等效力）"]
    return "\r\n".join(out) + "\r\n"


# =============================================================================================


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "liuzhou-gjj-loan-notice.html").write_bytes(html_gjj().encode("gbk"))
    (OUT / "liuzhou-nev-subsidy-jiedu.html").write_bytes(html_jiedu().encode("utf-8"))
    make_docx(OUT / "liuzhou-ebike-charging-plan.docx")
    make_nev_pdf(OUT / "liuzhou-nev-subsidy.pdf")
    make_scan(OUT / "liuzhou-elder-canteen-scan.pdf")
    (OUT / "liuzhou-gazette-2025-3.txt").write_bytes(gazette_text().encode("gb18030"))
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

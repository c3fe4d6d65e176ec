"""Writes the 赣州市 (江西省, city10) fixture: tests/data/city10/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs python-docx, openpyxl, Pillow, reportlab and a CJK font
(Noto Sans/Serif CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3.11 -m venv /tmp/c10venv
    /tmp/c10venv/bin/pip install python-docx openpyxl Pillow reportlab pypdfium2
    cd /work/main && PYTHONPATH=. /tmp/c10venv/bin/python tests/support/make_city10_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city10``; the corpus goes to ``DIR/corpus``. Every file is written by
this script, the MHTML and HTML pages too (as literal text encoded here), so that their bytes are exact.
The photo's warp, light and noise come from a fixed seed (``random.Random(1010)``), the gazette PDF is
written with ``invariant=1``, and the docx's and xlsx's dates and zip timestamps are fixed, so a rerun
gives the same bytes with the same fonts and library versions. Everything in the documents (文号,
索引号, figures, dates, people, phone numbers, addresses, tasks) is invented; the city, its districts and
counties, the departments, the 12345 hotline and the “赣服通” app are real.

- ``ganzhou-gaoling-jintie.mhtml``: 赣市民字〔2026〕42号 (高龄津贴 and 养老服务补贴), **saved by
  Chrome as a single file**: ``multipart/related`` with ``From: <Saved by Blink>``,
  ``Snapshot-Content-Location``, a ``=?utf-8?Q?...?=`` Subject, the HTML part quoted-printable with
  76-column soft breaks that **cut UTF-8 characters in the middle**, a CSS part and a base64 PNG part;
  the page has portal chrome, a 信息公开 metadata table and **a 标准 table with the old and the new
  figures side by side**.
- ``ganzhou-gaoling-jintie-jiedu.html``: its 政策解读, **GB18030** (declared ``charset=gb18030``; the
  nav and sidebar bullets “•” are not in GBK, so a GBK decode fails); questions are ``<p><strong>``
  lines; **the sidebar of related links comes before the article in the source**.
- ``ganzhou-jineng-tisheng-fangan.docx``: 赣市府办字〔2026〕9号 (职业技能提升行动 方案) **with tracked
  changes left in** (``w:ins``/``w:del``/``w:delText``, a deleted paragraph) **and three 批注** in
  ``comments.xml``; the accepted text counts (初级工 800元 → 1000元, 6个月 → 12个月, 资金渠道 changed);
  a header, a ``PAGE`` footer and a 目标任务 table.
- ``ganzhou-jineng-renwu-fengong.xlsx``: the 方案's 重点任务分工表, published on its own: merged title
  rows, **the 类别 column merged over several rows, a hidden column of older (征求意见稿) dates next to
  the real 完成时限, dates stored as Excel dates, numbers as numbers**, a note row and a second sheet.
- ``ganzhou-gazette-2026-3.pdf``: 赣州市人民政府公报 2026年第3期, text layer (STSong-Light), a 目录,
  running headers and page numbers; three notices: 赣市府办字〔2026〕31号 **amends the docx's 方案**
  (12个月 → 24个月), 赣市住建规〔2026〕1号 (人才公寓 办法, **amended by the photo**) and 赣市发改能源〔2026〕16号
  (充电设施 补贴, **有效期至2026年10月31日: expired**).
- ``ganzhou-rencai-gongyu-photo.jpg``: 赣市住建字〔2026〕118号, **a phone photo**: perspective skew,
  uneven light and a shadow, blur, JPEG quality 70; **the pixels are stored rotated and only the EXIF
  Orientation tag (6) makes the page upright**.
"""

from __future__ import annotations

import argparse
import base64
import datetime
import html
import io
import math
import random
import sys
import zipfile
from pathlib import Path

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city10"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

GL_NUMBER = "赣市民字〔2026〕42号"
GL_TITLE = "赣州市民政局 赣州市财政局关于调整高龄津贴标准和实施经济困难失能老年人养老服务补贴的通知"
GL_SHORT = "关于调整高龄津贴标准和实施经济困难失能老年人养老服务补贴的通知"
JD_TITLE = f"《{GL_TITLE}》政策解读"

JN_NUMBER = "赣市府办字〔2026〕9号"
JN_PLAN = "赣州市2026年职业技能提升行动实施方案"
JN_TITLE = f"赣州市人民政府办公室关于印发{JN_PLAN}的通知"
FG_TITLE = f"《{JN_PLAN}》重点任务分工表"

TZ_NUMBER = "赣市府办字〔2026〕31号"
TZ_TITLE = f"赣州市人民政府办公室关于调整《{JN_PLAN}》有关内容的通知"

GY_NUMBER = "赣市住建规〔2026〕1号"
GY_RULES = "赣州市中心城区人才公寓管理办法"
GY_TITLE = f"赣州市住房和城乡建设局关于印发《{GY_RULES}》的通知"

CD_NUMBER = "赣市发改能源〔2026〕16号"
CD_TITLE = "赣州市发展和改革委员会 赣州市财政局关于开展2026年新能源汽车充电设施建设补贴申报工作的通知"

ZJ_NUMBER = "赣市住建字〔2026〕118号"
ZJ_TITLE = "赣州市住房和城乡建设局关于调整中心城区人才公寓租金标准和租期的通知"


# =============================================================================================
# 1. ganzhou-gaoling-jintie.mhtml (Chrome "save as single file": multipart/related, quoted-printable)
# =============================================================================================

GL_BODY: list[tuple[str, str]] = [
    ("addr", "各县（市、区）民政局、财政局，赣州经开区、蓉江新区社会事务管理部门："),
    ("p", "为积极应对人口老龄化，进一步提升老年人福利水平，经市人民政府同意，决定自2026年10月1日起调整全市高龄津贴标准，"
          "并对经济困难的失能、半失能老年人实施养老服务补贴。现将有关事项通知如下："),
    ("h", "一、高龄津贴"),
    ("p", "（一）发放对象。具有本市户籍、年满80周岁的老年人。年龄按照居民身份证登记的出生日期计算，自年满80周岁的次月起"
          "发放。"),
    ("p", "（二）发放标准。调整后的高龄津贴标准如下："),
    ("table", ""),
    ("p", "年龄段发生变化的，自达到新年龄段的次月起按照新标准发放。"),
    ("p", "（三）发放方式。高龄津贴实行“免申即享”，由县（市、区）民政部门通过公安户籍数据比对确定发放对象，按月发放至"
          "老年人本人社会保障卡金融账户，每月20日前到账。"),
    ("h", "二、经济困难失能老年人养老服务补贴"),
    ("p", "（一）补贴对象。具有本市户籍，纳入最低生活保障范围或者分散供养特困人员范围，经老年人能力评估为失能或者半失能"
          "的老年人。"),
    ("p", "（二）补贴标准。失能老年人每人每月200元，半失能老年人每人每月100元。"),
    ("p", "（三）补贴方式。养老服务补贴以购买居家养老服务的方式提供，由县（市、区）民政部门按月拨付至为老年人提供服务的"
          "养老服务机构，不向老年人发放现金。"),
    ("p", "（四）申请程序。老年人或者其家属可以通过“赣服通”APP“养老服务补贴”专区在线申请，也可以到户籍所在地乡镇（街道）"
          "便民服务中心现场申请。乡镇（街道）在10个工作日内组织能力评估，县（市、区）民政部门在5个工作日内完成审核，审核"
          "结果在村（社区）公示7天。"),
    ("h", "三、资金保障"),
    ("p", "章贡区、赣州经开区、蓉江新区所需资金，由市级财政和区级财政按照5:5比例分担；南康区、赣县区和各县（市）所需资金，"
          "由市级财政和县（市、区）财政按照3:7比例分担。"),
    ("h", "四、监督管理"),
    ("p", "高龄津贴领取人死亡的，自死亡的次月起停止发放，其家属应当在30日内告知所在村（社区）。对冒领、多领的资金，由县"
          "（市、区）民政部门负责追回。"),
    ("h", "五、执行时间"),
    ("p", "本通知自2026年10月1日起施行，有效期至2031年9月30日。此前我市高龄津贴标准与本通知不一致的，以本通知为准。"),
    ("p", "政策咨询：市民政局养老服务科，电话0797-8167324；也可拨打12345政务服务便民热线。"),
    ("sign", "赣州市民政局　　赣州市财政局"),
    ("sign", "2026年9月18日"),
]
GL_TABLE = [("年龄段", "原标准", "调整后标准"),
            ("80周岁至89周岁", "每人每月50元", "每人每月100元"),
            ("90周岁至99周岁", "每人每月200元", "每人每月300元"),
            ("100周岁及以上", "每人每月600元", "每人每月800元")]
GL_META = [("索引号", "K33014/2026-00518", "信息分类", "民政、扶贫、救灾\\老龄工作"),
           ("发布机构", "赣州市民政局", "生成日期", "2026-09-22"),
           ("文　　号", GL_NUMBER, "有 效 性", "有效")]

GL_URL = "https://www.ganzhou.gov.cn/gzszf/c100024/2026-09/22/content_7c41e9a2b5f34d0f8e16a3c2d9b70e55.shtml"
GL_CSS_URL = "https://www.ganzhou.gov.cn/gzszf/xhtml/css/article.css"
GL_LOGO_URL = "https://www.ganzhou.gov.cn/gzszf/xhtml/images/logo.png"
MHT_BOUNDARY = "----MultipartBoundary--Qm7cK2xV9pL4tR8wZ1nH6bJ3sF0yD5gA2eU7iO4kT----"
MHT_FRAME = "<frame-8E1B4C7A2D9F03B6E5A1C8D4F7B2E9A0@mhtml.blink>"

GL_CSS = """@charset "utf-8";
/* 赣州市人民政府 文章页 */
body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f4f4f4}
.w1200{width:1200px;margin:0 auto}
.topbar{height:36px;line-height:36px;background:#eee;font-size:12px}
.header{height:120px;background:#c9151e}
.nav li{float:left;width:150px;text-align:center;list-style:none}
.crumb{padding:12px 0;color:#666}
.xxgk-meta{width:100%;border-collapse:collapse;background:#fafafa;margin-bottom:20px}
.xxgk-meta th,.xxgk-meta td{border:1px solid #ddd;padding:6px 10px;font-size:13px}
.xxgk-meta th{width:110px;color:#999;font-weight:normal;text-align:right}
.article{background:#fff;padding:30px 60px}
.article h1{font-size:24px;text-align:center;color:#c9151e;line-height:1.5}
.article .wh{text-align:center;color:#666}
.article .tools{border-bottom:1px dashed #ccc;text-align:center;font-size:12px;color:#999}
#zoom p{text-indent:2em;margin:0 0 10px}
#zoom h3{font-size:16px;margin:16px 0 8px;text-indent:2em}
#zoom table.bz{margin:10px auto;border-collapse:collapse}
#zoom table.bz td,#zoom table.bz th{border:1px solid #666;padding:4px 16px;text-align:center}
#zoom .qm{text-align:right;text-indent:0}
.footer{background:#333;color:#ccc;text-align:center;padding:20px 0;font-size:12px}
"""


def _gl_content() -> str:
    parts = [f'<p class="wh">{GL_NUMBER}</p>']
    for kind, text in GL_BODY:
        t = html.escape(text, quote=False)
        if kind == "addr":
            parts.append(f'<p style="text-indent:0">{t}</p>')
        elif kind == "p":
            parts.append(f"<p>{t}</p>")
        elif kind == "h":
            parts.append(f"<h3>{t}</h3>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{c}</th>" for c in GL_TABLE[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in GL_TABLE[1:]]
            parts.append('<table class="bz" border="1" cellspacing="0"><tbody>' + "".join(rows) + "</tbody></table>")
        else:
            parts.append(f'<p class="qm">{t}</p>')
    return "\n".join(parts)


GL_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="赣州市人民政府">
<meta name="SiteDomain" content="www.ganzhou.gov.cn">
<meta name="ColumnName" content="部门文件">
<meta name="ArticleTitle" content="__TITLE__">
<meta name="PubDate" content="2026-09-22 10:15">
<title>__TITLE___部门文件_赣州市人民政府</title>
<link rel="stylesheet" type="text/css" href="__CSS__">
</head>
<body>
<div class="topbar"><div class="w1200"><span class="date">2026年10月8日 星期四</span> <a href="https://www.ganzhou.gov.cn/">无障碍浏览</a> <a href="javascript:;">长者模式</a> <a href="https://www.ganzhou.gov.cn/gzszf/yhdl/">用户登录</a></div></div>
<div class="header"><div class="w1200"><img src="__LOGO__" alt="赣州市人民政府" width="360" height="90"><div class="search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="https://www.ganzhou.gov.cn/">首页</a></li><li><a href="https://www.ganzhou.gov.cn/gzszf/zwgk/">政务公开</a></li><li><a href="https://www.ganzhou.gov.cn/gzszf/zwfw/">政务服务</a></li><li><a href="https://www.ganzhou.gov.cn/gzszf/hdjl/">互动交流</a></li><li><a href="https://www.ganzhou.gov.cn/gzszf/zjgz/">走进赣州</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="https://www.ganzhou.gov.cn/">首页</a> &gt; <a href="https://www.ganzhou.gov.cn/gzszf/zwgk/">政务公开</a> &gt; <a href="https://www.ganzhou.gov.cn/gzszf/zcwj/">政策文件</a> &gt; <a href="https://www.ganzhou.gov.cn/gzszf/c100024/list.shtml">部门文件</a></div>
<div class="w1200 main">
<table class="xxgk-meta"><tbody>
__META__
</tbody></table>
<div class="article">
<h1>__TITLE__</h1>
<div class="tools">发布时间：2026-09-22 10:15　来源：赣州市民政局　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】　【<a href="javascript:;">打印</a>】</div>
<div class="content" id="zoom">
__BODY__
</div>
<div class="fj">附件：<a href="https://www.ganzhou.gov.cn/gzszf/c100024/2026-09/22/P020260922384125.doc">养老服务补贴申请表.doc</a></div>
<div class="related"><h4>相关解读</h4><ul><li><a href="https://mzj.ganzhou.gov.cn/gzsmzj/c110421/2026-09/24/content_2f9a.shtml">__JIEDU__</a></li></ul></div>
<div class="share">扫一扫在手机打开当前页　【<a href="javascript:;">打印本页</a>】　【<a href="javascript:;">关闭窗口</a>】</div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="https://www.ganzhou.gov.cn/gzszf/wzdt/">网站地图</a> | <a href="https://www.ganzhou.gov.cn/gzszf/lxwm/">联系我们</a> | <a href="https://www.ganzhou.gov.cn/gzszf/wzsm/">网站声明</a></p>
<p>主办：赣州市人民政府办公室　政府网站标识码：3607000000</p>
<p>赣ICP备00000000号-1　赣公网安备 36070000000000号</p>
</div></div>
</body></html>"""


def html_gl() -> str:
    meta = []
    for a, b, c, d in GL_META:
        meta.append(f"<tr><th>{a}：</th><td>{html.escape(b, quote=False)}</td><th>{c}：</th><td>{d}</td></tr>")
    meta.insert(2, f'<tr><th>名　　称：</th><td colspan="3">{GL_TITLE}</td></tr>')
    return (GL_PAGE.replace("__META__", "\n".join(meta)).replace("__BODY__", _gl_content())
            .replace("__JIEDU__", JD_TITLE).replace("__CSS__", GL_CSS_URL).replace("__LOGO__", GL_LOGO_URL)
            .replace("__TITLE__", GL_TITLE))


def quoted_printable(text: str) -> str:
    """Quoted-printable as Blink writes it: every byte outside printable ASCII (and "=") as =XX, lines
    broken with a soft "=" so that none is longer than 76 columns, with no regard for UTF-8 characters."""
    out: list[str] = []
    for line in text.split("\n"):
        data = line.encode("utf-8")
        toks = []
        for k, b in enumerate(data):
            if (33 <= b <= 126 and b != 61) or (b == 32 and k != len(data) - 1):
                toks.append(chr(b))
            else:
                toks.append(f"={b:02X}")
        cur = ""
        for tok in toks:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out)


def _q_subject(text: str) -> str:
    """An RFC 2047 ``=?utf-8?Q?...?=`` Subject folded; each encoded word holds whole characters."""
    words: list[str] = []
    cur = ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in "-.,()"):
            enc = ch
        else:
            enc = "".join(f"={b:02X}" for b in ch.encode("utf-8"))
        if len(cur) + len(enc) > 62:
            words.append(f"=?utf-8?Q?{cur}?=")
            cur = ""
        cur += enc
    words.append(f"=?utf-8?Q?{cur}?=")
    return "\r\n ".join(words)


def _logo_png() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    path, index = cjk_face(bold=True)
    img = Image.new("RGB", (180, 44), (201, 21, 30))
    d = ImageDraw.Draw(img)
    d.ellipse((6, 6, 38, 38), outline=(255, 214, 102), width=3)
    d.text((46, 6), "赣州市人民政府", font=ImageFont.truetype(path, 18, index=index), fill=(255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def mhtml_gl() -> bytes:
    def b64(data: bytes) -> str:
        s = base64.b64encode(data).decode("ascii")
        return "\r\n".join(s[k:k + 76] for k in range(0, len(s), 76))

    head = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {GL_URL}",
        f"Subject: {_q_subject(GL_TITLE + '_部门文件_赣州市人民政府')}",
        "Date: Thu, 8 Oct 2026 09:41:27 +0800",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{MHT_BOUNDARY}"',
        "",
        "",
    ]
    parts = [
        ["Content-Type: text/html", f"Content-ID: {MHT_FRAME}", "Content-Transfer-Encoding: quoted-printable",
         f"Content-Location: {GL_URL}", "", quoted_printable(html_gl())],
        ["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable", f"Content-Location: {GL_CSS_URL}",
         "", quoted_printable(GL_CSS)],
        ["Content-Type: image/png", "Content-Transfer-Encoding: base64", f"Content-Location: {GL_LOGO_URL}", "",
         b64(_logo_png())],
    ]
    lines = list(head)
    for p in parts:
        lines.append(f"--{MHT_BOUNDARY}")
        lines += p
        lines.append("")
    lines.append(f"--{MHT_BOUNDARY}--")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


# =============================================================================================
# 2. ganzhou-gaoling-jintie-jiedu.html (GB18030, <p><strong> questions, sidebar before the article)
# =============================================================================================

JD_QA: list[tuple[str, str]] = [
    ("一、这次高龄津贴标准提高了多少？",
     f"按照《通知》（{GL_NUMBER}），自2026年10月1日起，80周岁至89周岁老年人由每人每月50元提高到每人每月100元，"
     "90周岁至99周岁老年人由每人每月200元提高到每人每月300元，100周岁及以上老年人由每人每月600元提高到每人每月800元。"),
    ("二、2026年10月以前已经在领高龄津贴的，差额会补发吗？",
     "2026年10月1日前已经享受高龄津贴的老年人，自2026年10月起按照新标准发放，调整前的月份不补发差额。"),
    ("三、领高龄津贴需要本人申请吗？",
     f"不需要。根据{GL_NUMBER}，高龄津贴实行“免申即享”，民政部门通过公安户籍数据比对确定发放对象，自老年人年满80周岁的"
     "次月起发放。户籍迁入本市后数据比对未能识别的，可以到户籍所在地乡镇（街道）便民服务中心申请。"),
    ("四、老人常年随子女在外地居住，还能领高龄津贴吗？",
     "可以。只要户籍在本市，居住地不影响领取。领取人每年需要通过“赣服通”APP刷脸或者由村（社区）工作人员上门，完成一次"
     "领取资格认证；未按时认证的暂停发放，完成认证后恢复发放并补发暂停期间的津贴。"),
    ("五、高龄津贴和养老服务补贴能同时享受吗？",
     "可以同时享受。符合条件的低保、特困失能或者半失能老年人，既可以按月领取高龄津贴，也可以享受养老服务补贴提供的居家"
     "养老服务。"),
    ("六、哪些老年人可以享受养老服务补贴？",
     "养老服务补贴的对象是具有本市户籍，纳入最低生活保障范围或者分散供养特困人员范围，并经老年人能力评估为失能或者"
     "半失能的老年人。非本市户籍的老年人不享受高龄津贴和养老服务补贴。"),
]

JD_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>__TITLE__ - 赣州市民政局</title>
<meta name="keywords" content="高龄津贴,养老服务补贴,政策解读" />
<link href="/gzsmzj/xhtml/css/content.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><div class="logo"><a href="/">赣州市民政局</a></div></div>
<div class="nav"><a href="/">首页</a> • <a href="/gzsmzj/jggk/">机构概况</a> • <a href="/gzsmzj/zwgk/">政务公开</a> • <a href="/gzsmzj/zcjd/">政策解读</a> • <a href="/gzsmzj/bsfw/">办事服务</a> • <a href="/gzsmzj/hdjl/">互动交流</a></div>
<div class="wrap">
<div class="side">
<h3>政策解读</h3>
<ul>
<li>• <a href="/gzsmzj/zcjd/2026-09/24/content_2f9a.shtml">__TITLE__</a></li>
<li>• <a href="/gzsmzj/zcjd/2026-09/25/content_3b1c.shtml">一图读懂：高龄津贴“免申即享”</a></li>
<li>• <a href="/gzsmzj/zcjd/2026-07/09/content_81d4.shtml">《关于做好2026年度困难群众救助资金发放工作的通知》解读</a></li>
</ul>
<h3>相关文件</h3>
<ul>
<li>• <a href="https://www.ganzhou.gov.cn/gzszf/c100024/2026-09/22/content_7c41e9a2b5f34d0f8e16a3c2d9b70e55.shtml">__GL__</a></li>
<li>• <a href="/gzsmzj/zfxxgknb/2026-01/20/content_0a7e.shtml">赣州市民政局2025年政府信息公开工作年度报告</a></li>
</ul>
</div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gzsmzj/zcjd/">政策解读</a></div>
<h1>__TITLE__</h1>
<div class="info">发布时间：2026-09-24　来源：赣州市民政局　阅读次数：<span id="readnum"></span></div>
<div class="text">
__BODY__
</div>
<div class="ywlj">原文链接：<a href="https://www.ganzhou.gov.cn/gzszf/c100024/2026-09/22/content_7c41e9a2b5f34d0f8e16a3c2d9b70e55.shtml">__GL__</a></div>
</div>
</div>
<div class="foot">主办：赣州市民政局　地址：赣州市章贡区（示例地址）　赣ICP备00000000号-2　政府网站标识码：3607000012</div>
</body>
</html>
"""


def html_jd() -> str:
    body = [f"<p>　　近日，市民政局、市财政局联合印发了《{GL_SHORT}》（{GL_NUMBER}，以下简称《通知》），自2026年10月1日"
            "起施行。现就市民关心的问题解读如下。</p>"]
    for q, a in JD_QA:
        body.append(f"<p><strong>{q}</strong></p>")
        body.append(f"<p>　　{a}</p>")
    body.append("<p>　　咨询电话：0797-8167324（市民政局养老服务科）。</p>")
    return (JD_PAGE.replace("__BODY__", "\n".join(body)).replace("__GL__", GL_TITLE)
            .replace("__TITLE__", JD_TITLE))


# =============================================================================================
# 3. ganzhou-jineng-tisheng-fangan.docx (tracked changes, comments, header/footer, table)
# =============================================================================================

REV_AUTHOR = "钟丽萍"
REV_DATE = "2026-03-12T15:20:00Z"
CMT_AUTHOR = "刘晓东"
CMT_INITIALS = "LXD"
JN_COMMENTS = [
    "经与市财政局社会保障科核对，初级工补贴标准与省定标准一致，同意修改。",
    "资金渠道按省人力资源和社会保障厅、省财政厅规定表述。",
    "与“先培训、后补贴”原则不符，建议删除。",
]

# (kind, content): "P0" unindented, "P" indented, "SIGN", "PLAN", "H" a heading, "TABLE", "CC";
# "REV" a paragraph of segments (("t"|"ins"|"del"|"cs"|"ce"), text or comment id), "DELP" a deleted paragraph
JN_BODY: list[tuple[str, object]] = [
    ("P0", "各县（市、区）人民政府，赣州经开区、蓉江新区管委会，市政府各部门："),
    ("P", f"《{JN_PLAN}》已经市人民政府同意，现印发给你们，请认真组织实施。"),
    ("SIGN", "赣州市人民政府办公室"),
    ("SIGN", "2026年3月16日"),
    ("P", "（此件公开发布）"),
    ("PLAN", JN_PLAN),
    ("P", "为深入实施职业技能提升行动，加快建设知识型、技能型、创新型劳动者大军，根据国家和省有关部署，结合我市实际，"
          "制定本方案。"),
    ("H", "一、目标任务"),
    ("P", "2026年全市开展补贴性职业技能培训6万人次以上，新增取得职业资格证书或者职业技能等级证书2.5万人以上。各县"
          "（市、区）目标任务如下表："),
    ("TABLE", ""),
    ("H", "二、补贴政策"),
    ("REV", [("t", "（一）职业技能提升补贴。企业职工参加失业保险累计缴费满1年以上，取得初级工（五级）职业资格证书或者职业"
                   "技能等级证书的，补贴"),
             ("cs", 0), ("del", "800"), ("ins", "1000"), ("ce", 0),
             ("t", "元；取得中级工（四级）证书的，补贴1500元；取得高级工（三级）证书的，补贴2000元。同一职业（工种）同一"
                   "等级只能享受一次补贴，每人每年最多享受3次。职工应当自证书核发之日起"),
             ("del", "6"), ("ins", "12"),
             ("t", "个月内，通过“赣服通”APP或者参保地失业保险经办机构提出申请。"),
             ("cs", 1), ("del", "所需资金由市级财政全额保障。"), ("ins", "所需资金从失业保险基金中列支。"), ("ce", 1)]),
    ("P", "（二）职业培训补贴。脱贫劳动力、农村转移就业劳动力、登记失业人员和毕业年度高校毕业生参加职业技能培训并取得"
          "证书的，按照初级工1200元、中级工1600元、高级工2200元的标准给予职业培训补贴。脱贫劳动力参加培训期间，按照每人"
          "每天50元给予生活费补贴，最长不超过30天。"),
    ("P", "（三）企业新型学徒制补贴。企业新型学徒制培训补贴标准由市人力资源和社会保障局会同市财政局另行制定。"),
    ("H", "三、重点任务"),
    ("P", "各牵头单位要按照附件所列任务和时限抓好落实，每季度末向市职业技能提升行动工作专班办公室报送进展情况。"),
    ("H", "四、保障措施"),
    ("P", "（一）加强组织领导。成立市职业技能提升行动工作专班，由副市长周建平任组长，专班办公室设在市人力资源和社会保障局。"),
    ("P", "（二）加强资金监管。培训补贴实行“先培训、后补贴”，对以虚假培训等方式骗取补贴资金的，追回补贴资金，并取消相关"
          "培训机构承接补贴性培训的资格。"),
    ("DELP", "（三）实行补贴资金预拨。对承担脱贫劳动力培训任务的培训机构，可以在开班后预拨50%的培训补贴资金。"),
    ("P", "本方案自印发之日起施行，有效期至2026年12月31日。"),
    ("P", f"附件：{FG_TITLE}（另发）"),
    ("CC", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。"),
    ("CC", "赣州市人民政府办公室　　　　　　　　　　　2026年3月17日印发"),
]
JN_TABLE_HEAD = ("县（市、区）", "培训任务（人次）", "取证任务（人）")
JN_QUOTA: list[tuple[str, int, int]] = [
    ("章贡区", 6000, 2450), ("南康区", 5200, 2200), ("赣县区", 3800, 1600), ("信丰县", 3600, 1500),
    ("大余县", 2000, 800), ("上犹县", 1800, 750), ("崇义县", 1600, 650), ("安远县", 2400, 1000),
    ("定南县", 1800, 750), ("全南县", 1500, 600), ("宁都县", 4200, 1750), ("于都县", 5400, 2250),
    ("兴国县", 4000, 1650), ("会昌县", 2800, 1150), ("寻乌县", 2200, 900), ("石城县", 1800, 750),
    ("瑞金市", 4000, 1700), ("龙南市", 2600, 1100), ("赣州经开区", 2000, 900), ("蓉江新区", 1300, 550),
]


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def docx_accepted_texts() -> list[str]:
    """The docx's paragraphs and cells with all revisions accepted (insertions kept, deletions dropped)."""
    out = [JN_TITLE, JN_NUMBER]
    for kind, content in JN_BODY:
        if kind == "REV":
            out.append("".join(t for k, t in content if k in ("t", "ins")))  # type: ignore[union-attr]
        elif kind == "DELP":
            continue
        elif kind == "TABLE":
            out += list(JN_TABLE_HEAD)
            for name, a, b in JN_QUOTA:
                out += [name, str(a), str(b)]
            out += ["合计", str(sum(r[1] for r in JN_QUOTA)), str(sum(r[2] for r in JN_QUOTA))]
        else:
            out.append(str(content))
    return out


def make_docx(path: Path) -> None:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    if (sum(r[1] for r in JN_QUOTA), sum(r[2] for r in JN_QUOTA)) != (60000, 25000):
        raise SystemExit("the 目标任务 table no longer adds up to 6万人次 / 2.5万人")
    d = docx.Document()
    d.core_properties.title = JN_TITLE
    d.core_properties.author = "市人社局职业能力建设科"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 3, 13, 9, 30, 0)
    d.core_properties.last_modified_by = CMT_AUTHOR
    d.core_properties.revision = 7
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # Word's "Track Changes" switch, at its place in the settings sequence (before defaultTabStop)
    settings = d.settings.element
    settings.find(qn("w:defaultTabStop")).addprevious(parse_xml(f'<w:trackRevisions xmlns:w="{W_NS}"/>'))

    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

    def east_asia(run, font: str) -> None:
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)

    def para(text: str = "", indent: bool = True):
        p = d.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if text:
            p.add_run(text)
        return p

    rev_id = [100]

    def rev(tag: str, text: str) -> object:
        rev_id[0] += 1
        inner = (f'<w:delText xml:space="preserve">{_x(text)}</w:delText>' if tag == "del"
                 else f'<w:t xml:space="preserve">{_x(text)}</w:t>')
        return parse_xml(f'<w:{tag} xmlns:w="{W_NS}" w:id="{rev_id[0]}" w:author="{REV_AUTHOR}" '
                         f'w:date="{REV_DATE}"><w:r>{inner}</w:r></w:{tag}>')

    def comment_ref(cid: int) -> object:
        return parse_xml(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                         f'<w:commentReference w:id="{cid}"/></w:r>')

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(JN_TITLE)
    r.font.size = Pt(22)
    east_asia(r, "方正小标宋简体")
    n = d.add_paragraph()
    n.alignment = WD_ALIGN_PARAGRAPH.CENTER
    n.add_run(JN_NUMBER)

    for kind, content in JN_BODY:
        if kind == "P0":
            para(str(content), indent=False)
        elif kind == "P":
            para(str(content))
        elif kind == "SIGN":
            p = para(str(content), indent=False)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "PLAN":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.page_break_before = True
            r = p.add_run(str(content))
            r.font.size = Pt(20)
            east_asia(r, "方正小标宋简体")
        elif kind == "H":
            p = para(str(content))
            east_asia(p.runs[0], "黑体")
        elif kind == "REV":
            p = para()
            for seg, val in content:  # type: ignore[union-attr]
                if seg == "t":
                    p.add_run(str(val))
                elif seg in ("ins", "del"):
                    p._p.append(rev(seg, str(val)))
                elif seg == "cs":
                    p._p.append(parse_xml(f'<w:commentRangeStart xmlns:w="{W_NS}" w:id="{val}"/>'))
                else:
                    p._p.append(parse_xml(f'<w:commentRangeEnd xmlns:w="{W_NS}" w:id="{val}"/>'))
                    p._p.append(comment_ref(int(val)))
        elif kind == "DELP":
            p = para()
            rev_id[0] += 1
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:rPr xmlns:w="{W_NS}"><w:del w:id="{rev_id[0]}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"/></w:rPr>'))
            p._p.append(parse_xml(f'<w:commentRangeStart xmlns:w="{W_NS}" w:id="2"/>'))
            p._p.append(rev("del", str(content)))
            p._p.append(parse_xml(f'<w:commentRangeEnd xmlns:w="{W_NS}" w:id="2"/>'))
            p._p.append(comment_ref(2))
        elif kind == "TABLE":
            tbl = d.add_table(rows=len(JN_QUOTA) + 2, cols=3)
            tbl.style = d.styles["Table Grid"]
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            rows = [JN_TABLE_HEAD, *[(a, str(b), str(c)) for a, b, c in JN_QUOTA],
                    ("合计", str(sum(r[1] for r in JN_QUOTA)), str(sum(r[2] for r in JN_QUOTA)))]
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cp = tbl.cell(i, j).paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    rr = cp.add_run(val)
                    rr.font.size = Pt(12)
                    rr.bold = i in (0, len(rows) - 1)
                    if i == 0:
                        east_asia(rr, "黑体")
            tbl.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W_NS}"/>'))
            for row in tbl.rows:
                for j, cell in enumerate(row.cells):
                    cell.width = (Cm(5.0), Cm(4.6), Cm(4.6))[j]
        else:  # CC
            p = para(str(content), indent=False)
            p.runs[0].font.size = Pt(14)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("赣州市人民政府办公室")
    hr.font.size = Pt(10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fp._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.add_run(" —")

    # comments.xml, written by hand and related from the document part
    cmts = []
    for cid, text in enumerate(JN_COMMENTS):
        cmts.append(f'<w:comment w:id="{cid}" w:author="{CMT_AUTHOR}" w:date="2026-03-13T0{cid + 8}:05:00Z" '
                    f'w:initials="{CMT_INITIALS}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
                    f'<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r>'
                    f'<w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:p></w:comment>')
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W_NS}">'
            + "".join(cmts) + "</w:comments>").encode("utf-8")
    part = Part(PackURI("/word/comments.xml"), CT.WML_COMMENTS, blob, d.part.package)
    d.part.relate_to(part, RT.COMMENTS)
    d.save(str(path))
    _fix_zip(path, datetime.datetime(2026, 3, 13, 9, 30, 0))


def _fix_zip(path: Path, when: datetime.datetime, core_dates: str | None = None) -> None:
    """Rewrites an OOXML zip with one fixed timestamp (and, for openpyxl, fixed core dates)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if core_dates and name == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    start = text.index(f"<{tag}")
                    start = text.index(">", start) + 1
                    end = text.index(f"</{tag}>", start)
                    text = text[:start] + core_dates + text[end:]
                data = text.encode("utf-8")
            z.writestr(zipfile.ZipInfo(name, date_time=when.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


# =============================================================================================
# 4. ganzhou-jineng-renwu-fengong.xlsx (merged cells, hidden column, real dates, note row, 2 sheets)
# =============================================================================================

FG_HEAD = ("类别", "序号", "重点任务", "目标任务", "计量单位", "牵头单位", "配合单位", "征求意见稿时限", "完成时限")
D = datetime.date
# (类别, 重点任务, 目标任务, 计量单位, 牵头单位, 配合单位, 征求意见稿时限 (hidden), 完成时限)
FG_ROWS: list[tuple[str, str, int | None, str, str, str, D | str, D | str]] = [
    ("一、扩大培训规模", "开展企业职工岗位技能提升培训", 25000, "人次", "市人力资源和社会保障局",
     "市工业和信息化局、市国有资产监督管理委员会、市总工会", D(2026, 10, 31), D(2026, 11, 30)),
    ("一、扩大培训规模", "开展农村转移就业劳动力和脱贫劳动力职业技能培训", 20000, "人次", "市人力资源和社会保障局",
     "市农业农村局、各县（市、区）人民政府", D(2026, 11, 30), D(2026, 12, 15)),
    ("一、扩大培训规模", "开展毕业年度高校毕业生和登记失业人员职业技能培训", 15000, "人次", "市人力资源和社会保障局",
     "市教育局、团市委", D(2026, 11, 30), D(2026, 12, 15)),
    ("二、提升技能人才层次", "推行企业新型学徒制培养", 1500, "人", "市人力资源和社会保障局", "市财政局、市总工会",
     D(2026, 9, 30), D(2026, 10, 31)),
    ("二、提升技能人才层次", "建设市级高技能人才培训基地和技能大师工作室", 8, "个", "市人力资源和社会保障局",
     "市财政局、市工业和信息化局", D(2026, 8, 31), D(2026, 9, 30)),
    ("二、提升技能人才层次", "举办“技能赣州”职业技能大赛", 30, "项", "市人力资源和社会保障局",
     "市总工会、团市委、市妇女联合会", D(2026, 10, 31), D(2026, 11, 30)),
    ("三、强化资金保障", "筹集职业技能提升行动专账资金", 18000, "万元", "市财政局", "市人力资源和社会保障局",
     D(2026, 5, 31), D(2026, 6, 30)),
    ("三、强化资金保障", "开展补贴资金使用情况专项检查", None, "", "市人力资源和社会保障局", "市财政局、市审计局",
     "每半年一次", "长期坚持"),
    ("四、加强监管服务", "建设职业技能培训线上监管平台", 1, "个", "市人力资源和社会保障局", "市财政局",
     D(2026, 6, 30), D(2026, 8, 31)),
    ("四、加强监管服务", "开展职业培训机构质量评估", 120, "家", "市人力资源和社会保障局",
     "市教育局、市市场监督管理局", D(2026, 11, 30), D(2026, 12, 31)),
]
FG_NOTE = ("注：1．完成时限为“长期坚持”的，牵头单位每季度末向市职业技能提升行动工作专班办公室报送进展情况。"
           "2．配合单位按照职责分工积极配合，排名不分先后。")
FG_SHEET2 = ["填报说明", "1．本表所列目标任务为全市年度目标，各县（市、区）任务见方案正文。",
             "2．各牵头单位于每季度末5日前报送任务进展，报送邮箱另行通知。",
             "3．本表由市职业技能提升行动工作专班办公室负责解释。"]
XLSX_DATE_FORMAT = 'yyyy"年"m"月"d"日"'


def xlsx_texts() -> list[str]:
    """The xlsx's visible cells as Excel shows them (dates in the cells' number format), row by row."""
    def show(v) -> str:
        if isinstance(v, D):
            return f"{v.year}年{v.month}月{v.day}日"
        return "" if v is None else str(v)

    out = [FG_TITLE, f"（{JN_NUMBER}附件）", *[h for h in FG_HEAD if h != "征求意见稿时限"]]
    for k, (cat, task, num, unit, lead, sup, _draft, due) in enumerate(FG_ROWS, start=1):
        out += [cat, str(k), task, show(num), unit, lead, sup, show(due)]
    return [*out, FG_NOTE, *FG_SHEET2]


def make_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    wb.properties.creator = "市人社局职业能力建设科"
    wb.properties.lastModifiedBy = "市政府办公室文电科"
    wb.properties.title = FG_TITLE
    ws = wb.active
    ws.title = "分工表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ncols = len(FG_HEAD)

    ws.cell(1, 1, FG_TITLE).font = Font(name="方正小标宋简体", size=18)
    ws.cell(1, 1).alignment = center
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(2, 1, f"（{JN_NUMBER}附件）").font = Font(name="仿宋_GB2312", size=12)
    ws.cell(2, 1).alignment = center
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    for j, h in enumerate(FG_HEAD, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(name="黑体", size=12)
        c.alignment = center
        c.border = box
    row = 4
    first_of_cat = 4
    for k, (cat, task, num, unit, lead, sup, draft, due) in enumerate(FG_ROWS, start=1):
        vals = [cat if row == first_of_cat or FG_ROWS[k - 2][0] != cat else None, k, task, num, unit, lead, sup,
                draft, due]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row, j, v)
            c.font = Font(name="仿宋_GB2312", size=11)
            c.alignment = left if j in (3, 7) else center
            c.border = box
            if isinstance(v, D):
                c.number_format = XLSX_DATE_FORMAT
            elif isinstance(v, int) and j == 4:
                c.number_format = "0"
        last = k == len(FG_ROWS) or FG_ROWS[k][0] != cat
        if last:
            if row > first_of_cat:
                ws.merge_cells(start_row=first_of_cat, start_column=1, end_row=row, end_column=1)
            first_of_cat = row + 1
        row += 1
    ws.cell(row, 1, FG_NOTE).alignment = left
    ws.cell(row, 1).font = Font(name="仿宋_GB2312", size=11)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    ws.row_dimensions[row].height = 36
    for col, w in zip("ABCDEFGHI", (14, 6, 34, 10, 9, 22, 34, 14, 16), strict=True):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["H"].hidden = True
    ws.row_dimensions[1].height = 34
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"

    ws2 = wb.create_sheet("填报说明")
    for k, line in enumerate(FG_SHEET2, start=1):
        ws2.cell(k, 1, line).font = Font(name="仿宋_GB2312", size=12, bold=k == 1)
    ws2.column_dimensions["A"].width = 80
    wb.save(str(path))
    _fix_zip(path, datetime.datetime(2026, 3, 17, 16, 0, 0), core_dates="2026-03-17T16:00:00Z")


# =============================================================================================
# 5. ganzhou-gazette-2026-3.pdf (目录, running headers, page numbers, three notices, a ruled table)
# =============================================================================================

GAZ_NAME = "赣州市人民政府公报"
GAZ_ISSUE = "2026年第3期"
GAZ_TOTAL = "（总第163期）"
GAZ_DATE = "2026年6月30日"

# (目录 label, title, 文号, signer, date, items); "#CAPTION" starts an attached 办法, "#TABLE" a table,
# "#ADDR" the addressee line (not indented), "#SIGN" the signature here, "#OPEN" the 公开 line
GAZ_DOCS: list[tuple[str, str, str, str, str, list[str]]] = [
    ("市政府办公室文件", TZ_TITLE, TZ_NUMBER, "赣州市人民政府办公室", "2026年5月20日", [
        "#ADDR各县（市、区）人民政府，赣州经开区、蓉江新区管委会，市政府各部门：",
        f"为进一步方便企业职工申领职业技能提升补贴，经市人民政府同意，现对《{JN_PLAN}》（{JN_NUMBER}印发，以下简称"
        "《方案》）有关内容调整如下：",
        "一、将《方案》“二、补贴政策”第（一）项中“自证书核发之日起12个月内”修改为“自证书核发之日起24个月内”。",
        "二、2026年6月1日前证书核发时间已超过12个月、但未超过24个月的企业职工，可以在2026年12月31日前补充申请职业"
        "技能提升补贴。",
        "三、《方案》其他内容不变。本通知自2026年6月1日起施行。",
        "#SIGN",
        "#OPEN（此件公开发布）",
    ]),
    ("部门文件", GY_TITLE, GY_NUMBER, "赣州市住房和城乡建设局", "2026年4月20日", [
        "#ADDR各县（市、区）住房和城乡建设局，赣州经开区、蓉江新区建设管理部门，市直各有关单位：",
        f"现将《{GY_RULES}》印发给你们，请认真贯彻执行。",
        "#SIGN",
        "#CAPTION" + GY_RULES,
        "第一条　为吸引和留住人才，规范中心城区人才公寓的申请、配租和管理，制定本办法。",
        "第二条　本办法所称人才公寓，是指由政府筹集，面向在章贡区、赣州经开区、蓉江新区工作的各类人才配租的住房。",
        "第三条　申请人应当同时符合下列条件：（一）在章贡区、赣州经开区、蓉江新区的用人单位全职工作，并与用人单位签订"
        "1年以上劳动合同；（二）本人及其配偶在中心城区无自有住房；（三）属于本办法第四条规定的人才类别。",
        "第四条　人才分为A、B、C、D四类：A类为国家级领军人才；B类为具有博士学位或者正高级职称的人才；C类为具有硕士学位、"
        "副高级职称或者技师以上职业资格的人才；D类为毕业5年内的全日制本科毕业生。",
        "第五条　人才公寓每年3月、9月集中受理申请，由用人单位统一向市住房保障服务中心申报。市住房保障服务中心在20个"
        "工作日内完成审核，审核结果公示5个工作日。",
        "第六条　A类、B类人才免收租金；C类人才按照市场租金的50%计收租金；D类人才按照市场租金的70%计收租金。市场租金"
        "由市住房和城乡建设局每年另行公布。",
        "第七条　人才公寓每次签订租赁合同的期限不超过1年，期满可以续租，累计租住期限不超过3年。",
        "第八条　承租人在中心城区购买住房、与用人单位解除劳动合同或者不再符合申请条件的，应当在3个月内退出人才公寓。",
        "第九条　承租人擅自转租、转借人才公寓的，收回人才公寓，5年内不得再次申请。",
        "第十条　本办法自2026年5月1日起施行，有效期5年。",
    ]),
    ("部门文件", CD_TITLE, CD_NUMBER, "赣州市发展和改革委员会　　赣州市财政局", "2026年5月12日", [
        "#ADDR各县（市、区）发展改革委、财政局，赣州经开区、蓉江新区有关部门，各有关企业：",
        "为加快全市新能源汽车充电基础设施建设，根据国家和省有关规定，现就2026年新能源汽车充电设施建设补贴申报工作通知"
        "如下：",
        "一、补贴范围。2026年1月1日至2026年9月30日期间在本市行政区域内建成并投入运营的公共充电设施和居民小区共享充电"
        "设施。个人自用充电设施不纳入补贴范围。",
        "二、补贴标准。补贴标准和单个项目补贴上限如下表：",
        "#TABLE设施类型|补贴标准|单个项目上限",
        "#TABLE公共直流充电桩|每千瓦200元|50万元",
        "#TABLE公共交流充电桩|每千瓦100元|20万元",
        "#TABLE居民小区共享充电桩|每个桩500元|10万元",
        "三、申报时间和方式。申报时间为2026年10月1日至10月31日。项目业主通过“赣州市充电设施监管平台”提交申请，县"
        "（市、区）发展改革部门在15个工作日内完成初审，市发展改革委会同市财政局复核后拨付补贴资金。",
        "四、资金安排。补贴资金由市级财政安排，总额不超过3000万元；申报补贴资金总额超过3000万元的，按照比例核减。",
        "五、本通知自印发之日起施行，有效期至2026年10月31日。",
        "联系人：市发展改革委能源科　黄志远，电话：0797-8993215。",
        "#SIGN",
    ]),
]

GZ_FONT = "STSong-Light"
GZ_W, GZ_H = 595.27, 841.89
GZ_LEFT = 72
GZ_RIGHT = GZ_W - 72
GZ_TOP = GZ_H - 100
GZ_BOTTOM = 80
GZ_BODY_PT = 12
GZ_TITLE_PT = 16
GZ_HEIGHTS = {"label": 30, "gap": 18, "title": 26, "number": 34, "body": 21, "sign": 21, "caption": 34,
              "trow": 26, "open": 24}
GZ_TABLE_COLS = [170, 150, 131]


def _gz_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if GZ_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(GZ_FONT))
    return pdfmetrics


def _gz_blocks() -> list[tuple[int, list[tuple[str, str]]]]:
    """The content as blocks that may not be split over pages: (document index, [(kind, text)])."""
    pdfmetrics = _gz_setup()
    width = GZ_RIGHT - GZ_LEFT

    def w(t: str, size: float = GZ_BODY_PT) -> float:
        return pdfmetrics.stringWidth(t, GZ_FONT, size)

    blocks: list[tuple[int, list[tuple[str, str]]]] = []
    prev_label = ""
    for n, (label, title, number, signer, date, items) in enumerate(GAZ_DOCS):
        head: list[tuple[str, str]] = []
        if label != prev_label:
            head.append(("label", f"【{label}】"))
            prev_label = label
        else:
            head.append(("gap", ""))
        head += [("title", t) for t in wrap_cjk(title, lambda t: w(t, GZ_TITLE_PT), width - 40)]
        head.append(("number", number))
        blocks.append((n, head))
        table: list[tuple[str, str]] = []
        for item in items:
            if item.startswith("#TABLE"):
                table.append(("trow", item[6:]))
                continue
            if table:
                blocks.append((n, table))
                table = []
            if item.startswith("#ADDR"):
                blocks += [(n, [("body", t)]) for t in wrap_cjk(item[5:], w, width)]
            elif item == "#SIGN":
                blocks.append((n, [("sign", signer), ("sign", date)]))
            elif item.startswith("#OPEN"):
                blocks.append((n, [("open", "　　" + item[5:])]))
            elif item.startswith("#CAPTION"):
                blocks.append((n, [("caption", item[8:])]))
            else:
                blocks += [(n, [("body", t)]) for t in wrap_cjk("　　" + item, w, width)]
        if table:
            blocks.append((n, table))
    return blocks


def gazette_pages() -> tuple[list[list[tuple[str, str]]], list[int]]:
    """The content pages (from page 2) and the page each document starts on."""
    pages: list[list[tuple[str, str]]] = [[]]
    starts: list[int] = []
    y = GZ_TOP
    blocks = _gz_blocks()
    for n, block in blocks:
        h = sum(GZ_HEIGHTS[kind] for kind, _ in block)
        need = h
        if block[0][0] in ("label", "gap"):  # a title block keeps two lines of its text with it
            need += 2 * GZ_HEIGHTS["body"]
        if block[0][0] == "sign":
            need += 10
        if y - need < GZ_BOTTOM and pages[-1]:
            pages.append([])
            y = GZ_TOP
            if block[0][0] == "gap":
                block = block[1:]
                h -= GZ_HEIGHTS["gap"]
        if len(starts) == n:  # the first block of document n
            starts.append(len(pages) + 1)
        pages[-1] += block
        y -= h
    return pages, starts


def gazette_toc() -> list[tuple[str, str]]:
    """The 目录 as (kind, text): label lines and entry lines; an entry's last line ends "|page"."""
    pdfmetrics = _gz_setup()
    _pages, starts = gazette_pages()
    out: list[tuple[str, str]] = []
    prev = ""
    for n, (label, title, number, *_rest) in enumerate(GAZ_DOCS):
        if label != prev:
            out.append(("toc_label", f"【{label}】"))
            prev = label
        lines = wrap_cjk(f"{title}（{number}）", lambda t: pdfmetrics.stringWidth(t, GZ_FONT, 12.5),
                      GZ_RIGHT - GZ_LEFT - 70)
        out += [("toc", t) for t in lines[:-1]]
        out.append(("toc", f"{lines[-1]}|{starts[n]}"))
    return out


def gazette_texts() -> list[str]:
    """What the PDF prints, page by page, line by line (a table row's cells joined by spaces)."""
    out = [GAZ_NAME, f"{GAZ_ISSUE}{GAZ_TOTAL}", f"赣州市人民政府办公室主办　　{GAZ_DATE}出版", "目　　录"]
    for _kind, t in gazette_toc():
        out.append(t.replace("|", " "))
    pages, _starts = gazette_pages()
    for pno, page in enumerate(pages, start=2):
        out += [GAZ_NAME, f"{GAZ_ISSUE}"]
        out += [t.replace("|", " ") for _k, t in page if t]
        out.append(f"— {pno} —")
    return out


def make_gazette(path: Path) -> None:
    from reportlab.pdfgen import canvas

    _gz_setup()
    f = GZ_FONT
    pages, _starts = gazette_pages()
    c = canvas.Canvas(str(path), pagesize=(GZ_W, GZ_H), invariant=1)
    c.setTitle(f"{GAZ_NAME}{GAZ_ISSUE}")
    c.setAuthor("赣州市人民政府办公室")
    mid = GZ_W / 2

    # page 1: masthead and 目录 (no page number)
    c.setFillColorRGB(0.78, 0.08, 0.1)
    c.setFont(f, 34)
    c.drawCentredString(mid, GZ_H - 130, GAZ_NAME)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(f, 14)
    c.drawCentredString(mid, GZ_H - 170, f"{GAZ_ISSUE}{GAZ_TOTAL}")
    c.setFont(f, 11)
    c.drawCentredString(mid, GZ_H - 195, f"赣州市人民政府办公室主办　　{GAZ_DATE}出版")
    c.setStrokeColorRGB(0.78, 0.08, 0.1)
    c.setLineWidth(2)
    c.line(GZ_LEFT, GZ_H - 210, GZ_RIGHT, GZ_H - 210)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFont(f, 18)
    c.drawCentredString(mid, GZ_H - 250, "目　　录")
    y = GZ_H - 290
    for kind, text in gazette_toc():
        if kind == "toc_label":
            y -= 8
            c.setFont(f, 13)
            c.drawString(GZ_LEFT, y, text)
            y -= 26
            continue
        c.setFont(f, 12.5)
        if "|" in text:
            t, page = text.split("|")
            c.drawString(GZ_LEFT + 24, y, t)
            x0 = GZ_LEFT + 24 + c.stringWidth(t, f, 12.5) + 4
            c.setFont(f, 10)
            dots = "…" * int((GZ_RIGHT - 24 - x0) / c.stringWidth("…", f, 10))
            c.drawString(x0, y, dots)
            c.setFont(f, 12.5)
            c.drawRightString(GZ_RIGHT, y, page)
        else:
            c.drawString(GZ_LEFT + 24, y, text)
        y -= 22
    c.showPage()

    for pno, lines in enumerate(pages, start=2):
        c.setFont(f, 9.5)
        c.drawString(GZ_LEFT, GZ_H - 52, GAZ_NAME)
        c.drawRightString(GZ_RIGHT, GZ_H - 52, GAZ_ISSUE)
        c.setLineWidth(0.6)
        c.line(GZ_LEFT, GZ_H - 58, GZ_RIGHT, GZ_H - 58)
        y = GZ_TOP
        first_row = True
        for kind, text in lines:
            if kind == "label":
                c.setFont(f, 13)
                c.drawString(GZ_LEFT, y, text)
            elif kind == "title":
                c.setFont(f, GZ_TITLE_PT)
                c.drawCentredString(mid, y, text)
            elif kind == "number":
                c.setFont(f, 12)
                c.drawCentredString(mid, y - 4, text)
            elif kind == "caption":
                c.setFont(f, 15)
                c.drawCentredString(mid, y - 6, text)
            elif kind == "sign":
                c.setFont(f, GZ_BODY_PT)
                c.drawRightString(GZ_RIGHT - 24, y, text)
            elif kind == "trow":
                cells = text.split("|")
                xs = [GZ_LEFT]
                for cw in GZ_TABLE_COLS:
                    xs.append(xs[-1] + cw)
                top = y + 15
                c.setLineWidth(0.7)
                if first_row:
                    c.line(xs[0], top, xs[-1], top)
                c.line(xs[0], top - GZ_HEIGHTS["trow"], xs[-1], top - GZ_HEIGHTS["trow"])
                for x in xs:
                    c.line(x, top, x, top - GZ_HEIGHTS["trow"])
                c.setFont(f, 11.5)
                for j, cell in enumerate(cells):
                    c.drawCentredString((xs[j] + xs[j + 1]) / 2, y - 3, cell)
                first_row = False
            elif kind in ("body", "open"):
                c.setFont(f, GZ_BODY_PT)
                c.drawString(GZ_LEFT, y, text)
            y -= GZ_HEIGHTS[kind]
        if y < GZ_BOTTOM - 40:
            raise SystemExit(f"gazette page {pno} overflows (y={y})")
        c.setFont(f, 10.5)
        c.drawCentredString(mid, 44, f"— {pno} —")
        c.showPage()
    c.save()


# =============================================================================================
# 6. ganzhou-rencai-gongyu-photo.jpg (phone photo: skew, light, blur, EXIF orientation 6)
# =============================================================================================

ZJ_TITLE_LINES = ["赣州市住房和城乡建设局", "关于调整中心城区人才公寓租金标准和租期的通知"]
ZJ_ADDR = "各有关单位："
ZJ_PARAS = [
    f"为进一步优化人才安居服务，经市人才工作领导小组同意，现对《{GY_RULES}》（{GY_NUMBER}）有关条款调整如下：",
    "一、降低租金标准。第六条规定的C类人才租金由按照市场租金的50%计收调整为按照市场租金的30%计收，D类人才租金由"
    "按照市场租金的70%计收调整为按照市场租金的50%计收。A类、B类人才继续免收租金。",
    "二、延长累计租住期限。将第七条中“累计租住期限不超过3年”修改为“累计租住期限不超过5年”。",
    "三、已入住的人才自2026年12月1日起按照调整后的标准计收租金，此前已缴纳的租金不予退还。",
    "四、本通知自2026年12月1日起施行。《办法》其他条款继续执行。",
    "咨询电话：0797-8252916（市住房保障服务中心）。",
]
ZJ_SIGN = ["赣州市住房和城乡建设局", "2026年11月10日"]

SHEET_W, SHEET_H = 1240, 1754  # the notice as printed (A4 at 150 dpi)
SHOT_W, SHOT_H = 1536, 2048  # the photo, upright
SHEET_MARGIN = 115
SHEET_BODY_PX = 36
SHEET_LINE = 61
# where the sheet's corners land in the upright photo (TL, TR, BR, BL): held at an angle, nearer at the bottom
SHEET_QUAD = [(214, 168), (1318, 232), (1436, 1902), (122, 1858)]


def photo_lines() -> list[tuple[str, str]]:
    """The lines printed on the photographed notice, as (kind, text)."""
    from PIL import ImageFont

    path, index = cjk_face(serif=True)
    body = ImageFont.truetype(path, SHEET_BODY_PX, index=index)
    w = SHEET_W - 2 * SHEET_MARGIN
    lines: list[tuple[str, str]] = [("title", t) for t in ZJ_TITLE_LINES] + [("number", ZJ_NUMBER)]
    lines += [("body", ZJ_ADDR)]
    for p in ZJ_PARAS:
        lines += [("body", t) for t in wrap_cjk("　　" + p, body.getlength, w)]
    return lines + [("sign", t) for t in ZJ_SIGN]


def _seal(size: int, ring: str):
    from PIL import Image, ImageDraw, ImageFont

    font_path, index = cjk_face(bold=True)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ink = (210, 30, 38, 140)
    c = size / 2
    rad = size / 2 - 5
    d.ellipse((c - rad, c - rad, c + rad, c + rad), outline=ink, width=6)
    pts = []
    for k in range(10):
        r = 30 if k % 2 == 0 else 12
        a = math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(pts, fill=ink)
    font = ImageFont.truetype(font_path, 24, index=index)
    for k, ch in enumerate(ring):
        a = math.radians(215 - k * (250 / (len(ring) - 1)))
        px, py = c + (rad - 24) * math.cos(a), c - (rad - 24) * math.sin(a)
        g = Image.new("L", (34, 34), 0)
        ImageDraw.Draw(g).text((5, 1), ch, font=font, fill=255)
        g = g.rotate(math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        img.paste(Image.new("RGBA", (34, 34), ink), (int(px - 17), int(py - 17)), g)
    return img


def _draw_sheet():
    from PIL import Image, ImageDraw, ImageFont

    spath, sindex = cjk_face(serif=True)
    body = ImageFont.truetype(spath, SHEET_BODY_PX, index=sindex)
    tpath, tindex = cjk_face(serif=True, bold=True)
    title = ImageFont.truetype(tpath, 44, index=tindex)
    img = Image.new("RGB", (SHEET_W, SHEET_H), (250, 249, 245))
    d = ImageDraw.Draw(img)
    ink = (30, 30, 34)
    y = 150
    sign_xy = (0, 0)
    for kind, text in photo_lines():
        if kind == "title":
            d.text(((SHEET_W - title.getlength(text)) / 2, y), text, font=title, fill=(178, 22, 26))
            y += 70
        elif kind == "number":
            y += 10
            d.text(((SHEET_W - body.getlength(text)) / 2, y), text, font=body, fill=ink)
            y += 56
            d.line((SHEET_MARGIN, y, SHEET_W - SHEET_MARGIN, y), fill=(190, 30, 34), width=4)
            y += 36
        elif kind == "body":
            d.text((SHEET_MARGIN, y), text, font=body, fill=ink)
            y += SHEET_LINE
        else:
            if text == ZJ_SIGN[0]:
                y += 80
                sign_xy = (SHEET_W - SHEET_MARGIN - 60 - body.getlength(text), y)
            x = SHEET_W - SHEET_MARGIN - 60 - body.getlength(text)
            d.text((x, y), text, font=body, fill=ink)
            y += SHEET_LINE
    if y > SHEET_H - 120:
        raise SystemExit(f"the photographed notice overflows (y={y})")
    seal = _seal(250, "赣州市住房和城乡建设局")
    base = img.convert("RGBA")
    base.alpha_composite(seal, (int(sign_xy[0] + body.getlength(ZJ_SIGN[0]) / 2 - 125), int(sign_xy[1] - 80)))
    return base.convert("RGB")


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gauss-Jordan elimination with partial pivoting (8 unknowns)."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                factor = m[r][col] / m[col][col]
                m[r] = [x - factor * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[k][n] / m[k][k] for k in range(n)]


def _perspective(quad: list[tuple[float, float]], w: int, h: int) -> list[float]:
    """Image.transform(PERSPECTIVE) coefficients: photo point -> sheet point (sheet corners at ``quad``)."""
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    a: list[list[float]] = []
    b: list[float] = []
    for (x, y), (u, v) in zip(quad, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def make_photo(path: Path) -> None:
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(1010)
    sheet = _draw_sheet()
    # the board behind the sheet: a grey-brown wall with grain
    bg = Image.new("RGB", (SHOT_W, SHOT_H), (126, 112, 96))
    px = bg.load()
    for _ in range(90000):
        x, y = rng.randrange(SHOT_W), rng.randrange(SHOT_H)
        dv = rng.randrange(-26, 26)
        r, g, b = px[x, y]
        px[x, y] = (r + dv, g + dv, b + dv)
    bg = bg.filter(ImageFilter.GaussianBlur(1.6))
    # the sheet's own shadow on the board, then the sheet
    shadow = Image.new("L", (SHOT_W, SHOT_H), 0)
    ImageDraw.Draw(shadow).polygon([(x + 14, y + 18) for x, y in SHEET_QUAD], fill=150)
    shadow = shadow.filter(ImageFilter.GaussianBlur(14))
    bg.paste((40, 34, 28), (0, 0), shadow)
    coeffs = _perspective(SHEET_QUAD, SHEET_W, SHEET_H)
    warped = sheet.convert("RGBA").transform((SHOT_W, SHOT_H), Image.Transform.PERSPECTIVE, coeffs,
                                             resample=Image.Resampling.BICUBIC, fillcolor=(0, 0, 0, 0))
    photo = bg.convert("RGBA")
    photo.alpha_composite(warped)
    photo = photo.convert("RGB")
    # uneven light: bright top left, dim bottom right, and the soft shadow of the phone and hand
    light = Image.new("L", (SHOT_W, SHOT_H), 0)
    lp = ImageDraw.Draw(light)
    for k in range(0, SHOT_W + SHOT_H, 4):
        lp.line((k, 0, 0, k), fill=int(255 - 78 * k / (SHOT_W + SHOT_H)), width=5)
    hand = Image.new("L", (SHOT_W, SHOT_H), 0)
    ImageDraw.Draw(hand).ellipse((980, 1480, 1900, 2500), fill=95)
    hand = hand.filter(ImageFilter.GaussianBlur(120))
    light = ImageChops.subtract(light, hand)
    photo = ImageChops.multiply(photo, Image.merge("RGB", (light, light, light)))
    photo = photo.filter(ImageFilter.GaussianBlur(1.15))
    ppx = photo.load()
    for _ in range(60000):
        x, y = rng.randrange(SHOT_W), rng.randrange(SHOT_H)
        dv = rng.randrange(-18, 18)
        r, g, b = ppx[x, y]
        ppx[x, y] = (max(0, min(255, r + dv)), max(0, min(255, g + dv)), max(0, min(255, b + dv)))
    # a phone stores the sensor's pixels (here: turned 90° anticlockwise) and says so in EXIF: Orientation 6
    stored = photo.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x010F] = "HUAWEI"
    exif[0x0110] = "Mate phone"
    exif[0x0112] = 6
    exif[0x0131] = "Camera"
    exif[0x0132] = "2026:11:20 08:47:13"
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2026:11:20 08:47:13"
    sub[0xA002] = stored.width
    sub[0xA003] = stored.height
    stored.save(str(path), "JPEG", quality=70, exif=exif.tobytes())


# =============================================================================================
# qa.jsonl and README.md
# =============================================================================================

def _src(number: str | None, title: str) -> dict:
    return {"doc_number": number, "doc_title": title}


S_GL = _src(GL_NUMBER, GL_TITLE)
S_JD = _src(None, JD_TITLE)
S_JN = _src(JN_NUMBER, JN_TITLE)
S_FG = _src(JN_NUMBER, FG_TITLE)
S_TZ = _src(TZ_NUMBER, TZ_TITLE)
S_GY = _src(GY_NUMBER, GY_TITLE)
S_CD = _src(CD_NUMBER, CD_TITLE)
S_ZJ = _src(ZJ_NUMBER, ZJ_TITLE)
F_GL = "ganzhou-gaoling-jintie.mhtml"
F_JD = "ganzhou-gaoling-jintie-jiedu.html"
F_JN = "ganzhou-jineng-tisheng-fangan.docx"
F_FG = "ganzhou-jineng-renwu-fengong.xlsx"
F_GZ = "ganzhou-gazette-2026-3.pdf"
F_ZJ = "ganzhou-rencai-gongyu-photo.jpg"
NOT_FOUND = "文件中未找到相关规定。"

# (question, answer, key_facts, sources, section, evidence, type, persona, difficulty, corpus_file)
QA: list[tuple[str, str, list[str], list[dict], str | None, str | None, str, str, str, str | None]] = [
    ("我奶奶今年92岁，户口在于都县，现在每个月能领多少高龄津贴？",
     f"每月300元。{GL_NUMBER}规定，自2026年10月1日起，90周岁至99周岁老年人的高龄津贴为每人每月300元（原标准每人每月"
     "200元），按月发放至老人本人社会保障卡金融账户，每月20日前到账。",
     ["90周岁至99周岁", "每人每月300元"], [S_GL], f"{GL_TITLE} > 一、高龄津贴",
     "（二）发放标准。调整后的高龄津贴标准如下：……90周岁至99周岁 每人每月200元 每人每月300元",
     "colloquial", "public", "easy", F_GL),
    ("我爸是低保户，评估是半失能，养老服务补贴能不能直接把钱打到他卡上？",
     f"不能。{GL_NUMBER}规定，养老服务补贴以购买居家养老服务的方式提供，由县（市、区）民政部门按月拨付至为老年人提供服务的"
     "养老服务机构，不向老年人发放现金。补贴标准为半失能老年人每人每月100元，以居家养老服务的形式享受。",
     ["不向老年人发放现金", "半失能老年人每人每月100元"], [S_GL],
     f"{GL_TITLE} > 二、经济困难失能老年人养老服务补贴",
     "（二）补贴标准。失能老年人每人每月200元，半失能老年人每人每月100元。（三）补贴方式。养老服务补贴以购买居家养老服务的"
     "方式提供，由县（市、区）民政部门按月拨付至为老年人提供服务的养老服务机构，不向老年人发放现金。",
     "yesno", "public", "medium", F_GL),
    ("我外婆下个月就满80岁了，高龄津贴要去哪儿申请？从什么时候开始发，钱几号到？",
     "不用申请。高龄津贴实行“免申即享”，由县（市、区）民政部门通过公安户籍数据比对确定发放对象，自年满80周岁的次月起"
     "发放，按月发放至老年人本人社会保障卡金融账户，每月20日前到账；80周岁至89周岁每人每月100元。",
     ["免申即享", "自年满80周岁的次月起发放", "每月20日前到账"], [S_GL], f"{GL_TITLE} > 一、高龄津贴",
     "年龄按照居民身份证登记的出生日期计算，自年满80周岁的次月起发放。……高龄津贴实行“免申即享”，由县（市、区）民政部门"
     "通过公安户籍数据比对确定发放对象，按月发放至老年人本人社会保障卡金融账户，每月20日前到账。",
     "procedure", "public", "easy", F_GL),
    (f"{GL_NUMBER}规定的高龄津贴和养老服务补贴资金，南康区由市级和区级财政按什么比例分担？",
     "南康区属于“南康区、赣县区和各县（市）”一类，所需资金由市级财政和县（市、区）财政按照3:7比例分担；5:5比例只适用于"
     "章贡区、赣州经开区和蓉江新区。",
     ["3:7"], [S_GL], f"{GL_TITLE} > 三、资金保障",
     "章贡区、赣州经开区、蓉江新区所需资金，由市级财政和区级财政按照5:5比例分担；南康区、赣县区和各县（市）所需资金，由市级"
     "财政和县（市、区）财政按照3:7比例分担。",
     "numeric", "civil_servant", "medium", F_GL),
    (f"{GL_NUMBER}从什么时候起施行？有效期到什么时候？",
     f"{GL_NUMBER}自2026年10月1日起施行，有效期至2031年9月30日（成文日期2026年9月18日）。截至2026年12月2日有效。",
     ["自2026年10月1日起施行", "有效期至2031年9月30日"], [S_GL], f"{GL_TITLE} > 五、执行时间",
     "本通知自2026年10月1日起施行，有效期至2031年9月30日。", "validity", "civil_servant", "easy", F_GL),
    ("经济困难失能老年人申请养老服务补贴后，乡镇（街道）组织能力评估和县级民政部门审核各有多长时限？审核结果公示几天？",
     "乡镇（街道）在10个工作日内组织能力评估，县（市、区）民政部门在5个工作日内完成审核，审核结果在村（社区）公示7天"
     f"（{GL_NUMBER}二（四））。",
     ["在10个工作日内组织能力评估", "在5个工作日内完成审核", "公示7天"], [S_GL],
     f"{GL_TITLE} > 二、经济困难失能老年人养老服务补贴",
     "乡镇（街道）在10个工作日内组织能力评估，县（市、区）民政部门在5个工作日内完成审核，审核结果在村（社区）公示7天。",
     "deadline", "civil_servant", "medium", F_GL),
    ("我妈87岁，户口在章贡区，这几年一直跟我住在广东，高龄津贴还能照常领吗？",
     "可以。政策解读明确：只要户籍在本市，居住地不影响领取。但领取人每年需要通过“赣服通”APP刷脸或者由村（社区）工作人员"
     "上门，完成一次领取资格认证；未按时认证的暂停发放，完成认证后恢复发放并补发暂停期间的津贴。87岁每人每月100元。",
     ["居住地不影响领取", "完成一次领取资格认证"], [S_JD], f"{JD_TITLE} > 四、老人常年随子女在外地居住，还能领高龄津贴吗？",
     "可以。只要户籍在本市，居住地不影响领取。领取人每年需要通过“赣服通”APP刷脸或者由村（社区）工作人员上门，完成一次领取"
     "资格认证；未按时认证的暂停发放，完成认证后恢复发放并补发暂停期间的津贴。", "yesno", "public", "hard", F_JD),
    ("我爷爷85岁，是低保户，评估是失能，高龄津贴和养老服务补贴能一起享受吗？一个月加起来有多少？",
     "可以同时享受（政策解读）。按照赣市民字〔2026〕42号，85周岁属于80周岁至89周岁，高龄津贴每人每月100元；低保失能老年人"
     "的养老服务补贴按照“失能老年人每人每月200元”的标准，以购买居家养老服务的方式提供、不发放现金。合计每月300元，其中现金100元、居家养老服务"
     "200元。",
     ["可以同时享受", "每人每月100元", "失能老年人每人每月200元"], [S_JD, S_GL],
     f"{JD_TITLE} > 五、高龄津贴和养老服务补贴能同时享受吗？",
     "可以同时享受。符合条件的低保、特困失能或者半失能老年人，既可以按月领取高龄津贴，也可以享受养老服务补贴提供的居家养老"
     "服务。……80周岁至89周岁 每人每月50元 每人每月100元……（二）补贴标准。失能老年人每人每月200元",
     "multi_hop", "public", "hard", F_JD),
    ("我爸去年就满80了，一直在领高龄津贴。这次标准提高了，10月以前那几个月的差额会补给我们吗？",
     "不会补。政策解读明确：2026年10月1日前已经享受高龄津贴的老年人，自2026年10月起按照新标准（80周岁至89周岁每人每月"
     "100元）发放，调整前的月份不补发差额。",
     ["调整前的月份不补发差额"], [S_JD], f"{JD_TITLE} > 二、2026年10月以前已经在领高龄津贴的，差额会补发吗？",
     "2026年10月1日前已经享受高龄津贴的老年人，自2026年10月起按照新标准发放，调整前的月份不补发差额。",
     "yesno", "public", "medium", F_JD),
    ("我在厂里上班，交了两年多失业保险，今年考了个初级工（五级）证书，能补多少钱？",
     f"可以申请职业技能提升补贴1000元。{JN_NUMBER}印发的方案规定，企业职工参加失业保险累计缴费满1年以上，取得初级工（五级）"
     "职业资格证书或者职业技能等级证书的，补贴1000元（修订稿中原写的800元已删去）；同一职业（工种）同一等级只能享受一次。"
     "申请期限原为自证书核发之日起12个月内，已由赣市府办字〔2026〕31号自2026年6月1日起改为24个月内。",
     ["补贴1000元"], [S_JN], f"{JN_TITLE} > {JN_PLAN} > 二、补贴政策",
     "（一）职业技能提升补贴。企业职工参加失业保险累计缴费满1年以上，取得初级工（五级）职业资格证书或者职业技能等级证书的，"
     "补贴1000元；", "colloquial", "public", "hard", F_JN),
    (f"{JN_NUMBER}印发的方案中，企业职工职业技能提升补贴所需资金从什么渠道列支？",
     "从失业保险基金中列支。方案二（一）规定“所需资金从失业保险基金中列支。”（修订中删去了原来的“所需资金由市级财政全额"
     "保障。”）",
     ["从失业保险基金中列支"], [S_JN], f"{JN_TITLE} > {JN_PLAN} > 二、补贴政策",
     "所需资金从失业保险基金中列支。", "department", "civil_servant", "hard", F_JN),
    ("我是脱贫户，想去参加县里办的电工培训，培训期间有没有生活补助？一天多少钱？最多补几天？",
     f"有。{JN_NUMBER}印发的方案规定，脱贫劳动力参加培训期间，按照每人每天50元给予生活费补贴，最长不超过30天；培训后取得"
     "证书的，还可以按初级工1200元、中级工1600元、高级工2200元享受职业培训补贴。",
     ["每人每天50元", "最长不超过30天"], [S_JN], f"{JN_TITLE} > {JN_PLAN} > 二、补贴政策",
     "脱贫劳动力参加培训期间，按照每人每天50元给予生活费补贴，最长不超过30天。", "numeric", "public", "easy", F_JN),
    (f"按照{JN_NUMBER}，于都县2026年补贴性职业技能培训任务和取证任务分别是多少？",
     "于都县培训任务5400人次，取证任务2250人（全市合计60000人次、25000人）。",
     ["5400", "2250"], [S_JN], f"{JN_TITLE} > {JN_PLAN} > 一、目标任务",
     "于都县 5400 2250", "numeric", "civil_servant", "medium", F_JN),
    (f"{JN_NUMBER}规定职工应当自证书核发之日起12个月内申请职业技能提升补贴，这个期限现在还执行吗？",
     f"不再按12个月执行。{TZ_NUMBER}将《方案》“二、补贴政策”第（一）项中“自证书核发之日起12个月内”修改为“自证书核发之日起"
     "24个月内”，自2026年6月1日起施行；2026年6月1日前证书核发时间已超过12个月、但未超过24个月的企业职工，可以在2026年"
     "12月31日前补充申请。《方案》其他内容不变。",
     ["自证书核发之日起24个月内", "自2026年6月1日起施行"], [S_TZ, S_JN], f"{GAZ_NAME} {GAZ_ISSUE} > {TZ_TITLE}",
     "一、将《方案》“二、补贴政策”第（一）项中“自证书核发之日起12个月内”修改为“自证书核发之日起24个月内”。……三、《方案》"
     "其他内容不变。本通知自2026年6月1日起施行。", "validity", "civil_servant", "hard", F_GZ),
    ("我太奶奶刚过完100岁生日，高龄津贴会涨到多少？从哪个月开始按新标准发？",
     f"涨到每人每月800元。{GL_NUMBER}规定100周岁及以上老年人的高龄津贴为每人每月800元；年龄段发生变化的，自达到新年龄段的"
     "次月起按照新标准发放，也就是满100周岁的下一个月起。",
     ["每人每月800元", "自达到新年龄段的次月起按照新标准发放"], [S_GL], f"{GL_TITLE} > 一、高龄津贴",
     "100周岁及以上 每人每月600元 每人每月800元……年龄段发生变化的，自达到新年龄段的次月起按照新标准发放。",
     "numeric", "public", "easy", F_GL),
    (f"{FG_TITLE}中，“筹集职业技能提升行动专账资金”由哪个单位牵头？配合单位、目标金额和完成时限是什么？",
     "由市财政局牵头，市人力资源和社会保障局配合，目标任务18000万元，完成时限2026年6月30日。",
     ["市财政局", "18000", "2026年6月30日"], [S_FG], f"{FG_TITLE} > 三、强化资金保障",
     "三、强化资金保障 7 筹集职业技能提升行动专账资金 18000 万元 市财政局 市人力资源和社会保障局 2026年6月30日",
     "department", "civil_servant", "medium", F_FG),
    ("职业技能提升行动重点任务分工表里，“推行企业新型学徒制培养”的完成时限是什么时候？目标是多少人？",
     "完成时限为2026年10月31日，目标任务1500人；牵头单位为市人力资源和社会保障局，配合单位为市财政局、市总工会。（表中"
     "隐藏的“征求意见稿时限”列写的是2026年9月30日，不是正式的完成时限。）",
     ["2026年10月31日", "1500"], [S_FG], f"{FG_TITLE} > 二、提升技能人才层次",
     "4 推行企业新型学徒制培养 1500 人 市人力资源和社会保障局 市财政局、市总工会 2026年10月31日",
     "deadline", "civil_servant", "hard", F_FG),
    ("开展职业培训机构质量评估这项任务由谁牵头？哪些单位配合？要评估多少家？",
     "由市人力资源和社会保障局牵头，市教育局、市市场监督管理局配合，目标120家，完成时限2026年12月31日。",
     ["市教育局、市市场监督管理局", "120"], [S_FG], f"{FG_TITLE} > 四、加强监管服务",
     "10 开展职业培训机构质量评估 120 家 市人力资源和社会保障局 市教育局、市市场监督管理局 2026年12月31日",
     "department", "civil_servant", "medium", F_FG),
    ("我们小区物业今年8月装了10个共享充电桩，现在去申请充电桩建设补贴，一个桩能补多少？",
     f"现在已经申请不了了。{CD_NUMBER}规定的居民小区共享充电桩补贴标准是每个桩500元（单个项目上限10万元），补贴范围是"
     "2026年1月1日至9月30日建成投运的设施，但申报时间为2026年10月1日至10月31日，通知本身有效期至2026年10月31日，"
     "截至2026年12月2日已经失效，文件中没有后续的申报安排。",
     ["有效期至2026年10月31日", "每个桩500元"], [S_CD], f"{GAZ_NAME} {GAZ_ISSUE} > {CD_TITLE}",
     "居民小区共享充电桩 每个桩500元 10万元……三、申报时间和方式。申报时间为2026年10月1日至10月31日。……五、本通知自印发之日"
     "起施行，有效期至2026年10月31日。", "validity", "public", "hard", F_GZ),
    ("我自己家车库里装的私人充电桩，能领政府的充电设施补贴吗？",
     f"不能。{CD_NUMBER}规定，个人自用充电设施不纳入补贴范围；而且该通知有效期至2026年10月31日，现已失效。",
     ["个人自用充电设施不纳入补贴范围"], [S_CD], f"{GAZ_NAME} {GAZ_ISSUE} > {CD_TITLE}",
     "一、补贴范围。2026年1月1日至2026年9月30日期间在本市行政区域内建成并投入运营的公共充电设施和居民小区共享充电设施。"
     "个人自用充电设施不纳入补贴范围。", "yesno", "public", "medium", F_GZ),
    ("我是硕士，刚到蓉江新区一家企业上班，签了3年合同，在赣州没买房。能申请人才公寓吗？房租怎么算？最多能住几年？",
     f"可以申请。按照《{GY_RULES}》（{GY_NUMBER}），在蓉江新区全职工作、签订1年以上劳动合同、本人及配偶在中心城区无自有"
     f"住房的，可以申请；具有硕士学位的属于C类人才。{ZJ_NUMBER}自2026年12月1日起将C类人才的租金由按照市场租金的50%计收"
     "调整为按照市场租金的30%计收，并将第七条的“累计租住期限不超过3年”修改为“累计租住期限不超过5年”（每次合同不超过1年，"
     "期满可以续租）。申请由用人单位在每年3月、9月统一申报。",
     ["按照市场租金的30%计收", "累计租住期限不超过5年"], [S_ZJ, S_GY], f"{ZJ_TITLE} > 一；二",
     "一、降低租金标准。第六条规定的C类人才租金由按照市场租金的50%计收调整为按照市场租金的30%计收……二、延长累计租住期限。"
     "将第七条中“累计租住期限不超过3年”修改为“累计租住期限不超过5年”。……（一）在章贡区、赣州经开区、蓉江新区的用人单位"
     "全职工作，并与用人单位签订1年以上劳动合同；（二）本人及其配偶在中心城区无自有住房；……C类为具有硕士学位、副高级职称或者技师以上职业资格的人才",
     "multi_hop", "public", "hard", F_ZJ),
    ("人才公寓的租金降了，那我之前按老标准多交的房租能退吗？",
     f"不能退。{ZJ_NUMBER}规定，已入住的人才自2026年12月1日起按照调整后的标准计收租金，此前已缴纳的租金不予退还。",
     ["此前已缴纳的租金不予退还"], [S_ZJ], f"{ZJ_TITLE} > 三",
     "三、已入住的人才自2026年12月1日起按照调整后的标准计收租金，此前已缴纳的租金不予退还。", "yesno", "public", "medium", F_ZJ),
    (f"{GY_NUMBER}第六条规定D类人才按照市场租金的70%计收租金，现在还按这个标准执行吗？",
     f"不再执行。{ZJ_NUMBER}规定，第六条规定的D类人才租金由按照市场租金的70%计收调整为按照市场租金的50%计收（C类由50%"
     "调整为30%，A类、B类继续免收租金），自2026年12月1日起施行；《办法》其他条款继续执行。",
     ["调整为按照市场租金的50%计收", "自2026年12月1日起施行"], [S_ZJ, S_GY], f"{ZJ_TITLE} > 一；四",
     "D类人才租金由按照市场租金的70%计收调整为按照市场租金的50%计收。……四、本通知自2026年12月1日起施行。《办法》其他"
     "条款继续执行。", "validity", "civil_servant", "hard", F_ZJ),
    ("人才公寓什么时候可以申请？是我自己去交材料吗？多久能审完？",
     f"按照《{GY_RULES}》（{GY_NUMBER}）第五条，人才公寓每年3月、9月集中受理申请，不是个人自己去交，而是由用人单位统一向"
     "市住房保障服务中心申报；市住房保障服务中心在20个工作日内完成审核，审核结果公示5个工作日。",
     ["每年3月、9月集中受理申请", "由用人单位统一向市住房保障服务中心申报"], [S_GY],
     f"{GAZ_NAME} {GAZ_ISSUE} > {GY_TITLE} > {GY_RULES} > 第五条",
     "第五条　人才公寓每年3月、9月集中受理申请，由用人单位统一向市住房保障服务中心申报。市住房保障服务中心在20个工作日内"
     "完成审核，审核结果公示5个工作日。", "procedure", "public", "medium", F_GZ),
    ("我父亲82岁，住在养老院，政府对住养老院的老人有床位补贴吗？每个月补多少？",
     NOT_FOUND + f"文件中没有养老院（养老机构）床位补贴的规定。最接近的是{GL_NUMBER}：80周岁至89周岁老年人的高龄津贴每人每月"
     "100元；养老服务补贴只面向低保、分散供养特困的失能、半失能老年人，以购买居家养老服务的方式提供。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("吉安市的高龄津贴标准是多少？我爸户口在吉安。",
     NOT_FOUND + f"文件只有赣州市的规定（{GL_NUMBER}，对象是具有赣州市户籍的老年人），没有吉安市的高龄津贴标准。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    (f"{JN_NUMBER}中企业新型学徒制培训补贴的标准是每人多少钱？",
     NOT_FOUND + "方案只规定企业新型学徒制培训补贴标准由市人力资源和社会保障局会同市财政局另行制定，没有给出金额；重点任务"
     "分工表中的1500是“推行企业新型学徒制培养”的目标人数，不是补贴标准。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
    ("要是有人冒领高龄津贴，会被罚多少钱？",
     NOT_FOUND + f"{GL_NUMBER}只规定对冒领、多领的资金由县（市、区）民政部门负责追回，没有规定罚款数额。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("申请中心城区人才公寓，对在赣州缴纳社会保险的年限有没有要求？要交满几年？",
     NOT_FOUND + f"《{GY_RULES}》（{GY_NUMBER}）第三条的申请条件是：在章贡区、赣州经开区、蓉江新区的用人单位全职工作并"
     "签订1年以上劳动合同，本人及其配偶在中心城区无自有住房，属于第四条规定的人才类别；没有缴纳社会保险年限的要求。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
    ("孩子明年上初中，赣州中考体育考哪些项目？",
     NOT_FOUND + "现有文件涉及高龄津贴和养老服务补贴、职业技能提升补贴、人才公寓和充电设施建设补贴，没有中考体育的内容。",
     [], [], None, None, "unanswerable", "public", "easy", None),
]


def qa_jsonl() -> str:
    return qa_lines.qa_jsonl("c10", QA)


README = """# city10: a blind fixture of 赣州市 (江西省) policy documents

A small corpus of policy documents of a tenth held-out city, 赣州市, and 30 questions about them, for
checking that policyqa works on documents it has never seen. The city, its districts and counties
(章贡区, 南康区, 赣县区, 赣州经开区, 蓉江新区; 信丰县, 大余县, 上犹县, 崇义县, 安远县, 定南县, 全南县, 宁都县,
于都县, 兴国县, 会昌县, 寻乌县, 石城县; 瑞金市, 龙南市), the departments (市民政局, 市财政局, 市人力资源和社会保障局,
市住房和城乡建设局, 市发展和改革委员会, 市工业和信息化局, 市教育局, 市农业农村局, 市审计局, 市市场监督管理局,
市总工会, 团市委, 市妇女联合会 …), the 12345 hotline, the “赣服通” app and the portal's domain
(www.ganzhou.gov.cn) are real; 吉安市 appears only in a question. Every document, 文号, 索引号, figure, date,
person, phone number, address, URL path, task given to a body and what the apps, platforms and offices are said
to do is invented (the “赣州市充电设施监管平台”, the 市住房保障服务中心's role and the 市职业技能提升行动工作专班
among them). Nothing is taken from a real document.

The content is consistent across documents: the 解读 page names the MHTML notice's 文号 (赣市民字〔2026〕42号)
and repeats its figures (80–89周岁 50元 → 100元, 90–99周岁 200元 → 300元, 100周岁及以上 600元 → 800元, each
每人每月); the xlsx is the 附件 of the docx's 方案 (赣市府办字〔2026〕9号), names the 方案 in its title and its 文号 in
the second row, and its three training rows add up to the 方案's 6万人次; the gazette's 赣市府办字〔2026〕31号 amends
the docx's 方案 (申领期限 “自证书核发之日起12个月内” → “24个月内” from 2026-06-01, “《方案》其他内容不变”); the
gazette also holds the older 人才公寓 办法 赣市住建规〔2026〕1号 (第六条 C类 50%, D类 70% of 市场租金; 第七条 累计
3年), which the photographed notice 赣市住建字〔2026〕118号 amends from 2026-12-01 (C类 30%, D类 50%, 累计5年,
“《办法》其他条款继续执行”); and the gazette's 充电设施 notice 赣市发改能源〔2026〕16号 expired on 2026-10-31 by its
own 有效期, and no later one exists.

None of the cities or provinces of the earlier fixtures named in city9's README (株洲/湖南, 绵阳/四川, 洛阳/河南,
泉州/福建, 扬州/江苏, 潍坊/山东, 柳州/广西, 宁夏, 宜昌/湖北) occurs in a corpus file, and none of the earlier topics
(育儿补贴, 老旧小区改造, 创业担保贷款, 带押过户, 户厕, 消费券). The topics are new: 高龄津贴 and 经济困难失能老年人
养老服务补贴 with a 解读, 职业技能提升行动 (职业技能提升补贴, 职业培训补贴, a task table), 中心城区人才公寓 (an 办法 and its
amendment) and an expired 新能源汽车充电设施建设补贴 申报 notice.

**Who wrote it and what they saw.** A helper session wrote it from a brief. It did not read the
system's code (`rag/`, `index/`, `ui/`, `eval/`, `prompts/`), its tests (`tests/unit/`,
`tests/integration/`, `tests/e2e/`) or any `out/`, `var/` or `/tmp/dbg` folder, did not run policyqa,
pytest or `git status`/`git diff`/`git log`, and committed nothing. It read `tests/data/city9/README.md`
(whole), the first eleven lines of `tests/data/city9/qa.jsonl` (the first five, then lines 6–11),
`tests/support/make_city9_fixtures.py` (whole; shown in two pieces because the first display was cut)
and `tests/support/print_lines.py` (whole; `wrap` and `find_cjk_font` are imported by the generator).
Outside that list it read the `[tool.ruff]` and `[tool.ruff.lint]` sections of `pyproject.toml` (to match
the line length and rules), listed the folder names of `tests/data/` (no `city10` existed) and listed the
machine's CJK fonts (`fc-list :lang=zh`); it ran `git check-ignore` on its own new paths only (none is
ignored). No answer was tuned against the system; the command below had **not been run** on this fixture
when it was handed over. Everything was made and checked in a separate venv (`/tmp/c10venv`: python-docx
1.2.0, openpyxl 3.1.5, Pillow 13.0.0, reportlab 5.1.0, pypdfium2 5.15.2) with the machine's Noto Sans/Serif
CJK SC. Outside tools run on corpus files: `rapidocr_onnxruntime` from the project's `.venv`, called
directly (not through policyqa), on the photo (with its EXIF orientation applied, and on the raw pixels);
`pypdfium2` to read the gazette's text layer back and to render its pages for a look; Python's `email`
module to parse the MHTML; `openpyxl` to read the xlsx back; python-docx to read the docx back; `ruff` from
`.venv` on the generator only (`ruff check` passes).

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `ganzhou-gaoling-jintie.mhtml` | 赣州市民政局 赣州市财政局关于调整高龄津贴标准和实施经济困难失能老年人养老服务补贴的通知, 赣市民字〔2026〕42号 | **The page as Chrome's “Save as… Webpage, Single File” writes it: MIME `multipart/related`** with `From: <Saved by Blink>`, `Snapshot-Content-Location`, a `Subject` in nine folded `=?utf-8?Q?...?=` encoded words, `Date`, and a boundary `----MultipartBoundary--…----`; CRLF throughout. **The HTML part is `Content-Type: text/html` with no charset** (the charset is only in the page's own `<meta … charset=UTF-8>`, as Blink writes it) and **`Content-Transfer-Encoding: quoted-printable`: every non-ASCII byte is `=XX`, every `=` in an attribute `=3D`, and lines are soft-broken with `=` at 76 columns with no regard for characters — 98 of the soft breaks fall inside a three-byte UTF-8 character** (decode the QP of the whole part first, then UTF-8). A `text/css` part (quoted-printable, with a Chinese comment) and an `image/png` logo part (base64). The page: a top bar with a date, header with the logo and a search box, nav, breadcrumb (首页 > 政务公开 > 政策文件 > 部门文件), **a 信息公开 metadata `<table>` before the title** (索引号 K33014/2026-00518, 信息分类, 发布机构 赣州市民政局, 生成日期 2026-09-22, 名称, 文号, 有效性 “有效”), `<h1>` title, tools line, the 文号 in a `<p class="wh">`, headings as `<h3>` (一、高龄津贴 … 五、执行时间), a signature in right-aligned `<p>`s, an 附件 link (.doc, not in the corpus), 相关解读 with the 解读's title, share/print links, footer with 赣ICP备. **The 标准 table has the old and the new figures side by side** (年龄段 / 原标准 / 调整后标准: 80周岁至89周岁 每人每月50元 每人每月100元; 90周岁至99周岁 200元 / 300元; 100周岁及以上 600元 / 800元). Facts: 本市户籍、年满80周岁; **自年满80周岁的次月起; 年龄段变化 → 次月起按新标准**; **“免申即享”**, 社会保障卡金融账户, 每月20日前到账; 养老服务补贴: 低保 or 分散供养特困 + 能力评估 失能/半失能; **失能 每人每月200元, 半失能 100元; 以购买居家养老服务的方式提供, 不向老年人发放现金**; 赣服通 or 乡镇（街道）便民服务中心; **10个工作日 能力评估 / 5个工作日 审核 / 公示7天**; **章贡区、赣州经开区、蓉江新区 5:5; 南康区、赣县区 and the counties 3:7** (two 区 are in the county group); 冒领、多领 → 追回 (no fine); **自2026年10月1日起施行，有效期至2031年9月30日**; 0797-8167324. |
| `ganzhou-gaoling-jintie-jiedu.html` | 《赣州市民政局 赣州市财政局关于调整高龄津贴标准和实施经济困难失能老年人养老服务补贴的通知》政策解读 (no 文号 of its own) | A page of the 民政局 site, **encoded in GB18030 and declared so (`charset=gb18030`); the nav separators and the sidebar bullets are “•” (U+2022), which is not in GBK (GB18030 writes it in four bytes), so a GBK or GB2312 decode fails at byte 650, and UTF-8 fails too.** XHTML 1.0 doctype. **The sidebar (政策解读: this page, “一图读懂：高龄津贴‘免申即享’”, a 困难群众救助资金 解读; 相关文件: the notice's title, the 民政局's 2025 信息公开年度报告) comes before the article in the source.** Questions are `<p><strong>` lines (一、… 六、…), answers `<p>`s indented with full-width spaces; 原文链接 with the notice's title. Names the notice's 文号 and repeats its old → new figures. Facts only here: **2026年10月1日前已享受的, 自2026年10月起按新标准发放, 调整前的月份不补发差额; 只要户籍在本市, 居住地不影响领取, but 每年一次领取资格认证 (赣服通 刷脸 or 上门), 未按时认证的暂停发放 then 补发; 高龄津贴和养老服务补贴 可以同时享受**; 户籍迁入未识别的 can apply at the 便民服务中心; 非本市户籍 不享受. |
| `ganzhou-jineng-tisheng-fangan.docx` | 赣州市人民政府办公室关于印发赣州市2026年职业技能提升行动实施方案的通知, 赣市府办字〔2026〕9号 | Made with python-docx, then revision XML by hand. **Tracked changes left in (`w:trackRevisions` on in settings.xml), author 钟丽萍: in the 二（一） paragraph `w:del`/`w:delText` “800” + `w:ins` “1000” (初级工 补贴), `w:del` “6” + `w:ins` “12” (个月内), and `w:del` “所需资金由市级财政全额保障。” + `w:ins` “所需资金从失业保险基金中列支。”; and a whole deleted paragraph (paragraph mark deleted too): “（三）实行补贴资金预拨。… 预拨50%的培训补贴资金。”** The accepted text counts (补贴1000元, 12个月内, 失业保险基金, no 预拨). A reader that keeps `w:delText` reads “补贴8001000元” and “612个月内”; **python-docx 1.2's `paragraph.text` skips the runs inside `w:ins` and reads “补贴元；” and no 列支 sentence at all.** **`word/comments.xml` with three 批注 by 刘晓东 (LXD)**, anchored by `commentRangeStart/End` on the 800→1000 change, on the 资金 sentence and on the deleted paragraph (“…同意修改。”, “资金渠道按…规定表述。”, “…建议删除。”). Header “赣州市人民政府办公室”, footer “— PAGE —” field; the 方案 starts on a new page (`pageBreakBefore`). **A 目标任务 table** (县（市、区）/培训任务（人次）/取证任务（人）, header row `tblHeader`, 20 rows: the 18 counties/cities/districts + 赣州经开区 + 蓉江新区, and 合计 60000/25000; 于都县 5400/2250). Facts: 6万人次 / 2.5万人; 二（一） 失业保险 满1年; **初级工 1000元**, 中级工 1500元, 高级工 2000元; 同一职业同一等级一次, 每人每年最多3次; **自证书核发之日起12个月内 (amended by the gazette to 24个月)**; 二（二） 职业培训补贴 1200/1600/2200元, **脱贫劳动力 生活费补贴 每人每天50元, 最长不超过30天**; **二（三） 企业新型学徒制 补贴标准 “由市人力资源和社会保障局会同市财政局另行制定” (no figure)**; 专班 组长 副市长周建平; “先培训、后补贴”, 骗取 → 追回 + 取消资格 (no fine); **自印发之日起施行，有效期至2026年12月31日** (印发 2026-03-17); 附件 “《赣州市2026年职业技能提升行动实施方案》重点任务分工表（另发）” = the xlsx. |
| `ganzhou-jineng-renwu-fengong.xlsx` | 《赣州市2026年职业技能提升行动实施方案》重点任务分工表 (the 附件 of 赣市府办字〔2026〕9号, published on its own) | openpyxl. Sheet “分工表”: **row 1 the title merged A1:I1, row 2 “（赣市府办字〔2026〕9号附件）” merged A2:I2**, row 3 the header (类别/序号/重点任务/目标任务/计量单位/牵头单位/配合单位/征求意见稿时限/完成时限), **类别 merged down column A (A4:A6 一、扩大培训规模, A7:A9 二、提升技能人才层次, A10:A11 三、强化资金保障, A12:A13 四、加强监管服务), so the cells below each first row are empty**; **column H “征求意见稿时限” is hidden and holds older dates (mostly a month earlier) beside the real 完成时限 in column I**; **完成时限 are real Excel dates with the number format `yyyy"年"m"月"d"日"`** (a reader gets `datetime(2026, 11, 30, 0, 0)`; Excel shows 2026年11月30日), except row 8's text “长期坚持” (hidden: “每半年一次”); **目标任务 are integers with the unit in the next column** (25000 人次, 1500 人, 18000 万元, 120 家); **a note row merged A14:I14** (注：1．完成时限为“长期坚持”的 … 2．配合单位 … 排名不分先后); frozen panes, print titles; **a second sheet “填报说明”** (three lines). Rows asked about: 4 推行企业新型学徒制培养 → 1500 人, 市人力资源和社会保障局 / 市财政局、市总工会, **2026年10月31日 (hidden: 2026年9月30日)**; 7 筹集职业技能提升行动专账资金 → 18000 万元, **市财政局** / 市人力资源和社会保障局, 2026年6月30日; 10 开展职业培训机构质量评估 → 120 家, 市人力资源和社会保障局 / **市教育局、市市场监督管理局**, 2026年12月31日. |
| `ganzhou-gazette-2026-3.pdf` | 赣州市人民政府公报 2026年第3期 (总第163期), three documents | Four A4 pages, text layer in STSong-Light (reportlab). **Page 1: masthead (red) and a 目录 whose entries break over two lines and end in dot leaders and a page number** (2, 2, 3), under 【市政府办公室文件】 and 【部门文件】 — every title is in the text twice. **Pages 2–4: running header “赣州市人民政府公报 … 2026年第3期” with a rule, footer “— n —”**; documents follow one another on the page, separated only by a 【label】 or a gap and a centred title over two lines; **the 办法's 第一条 runs from the foot of page 2 to the top of page 3 (the running header falls between “制定” and “本办法。”)**; **the 充电设施 notice's title and first paragraphs end page 3 and its ruled table heads page 4**. (1) **赣市府办字〔2026〕31号 赣州市人民政府办公室关于调整《赣州市2026年职业技能提升行动实施方案》有关内容的通知** (2026-05-20): **一、“自证书核发之日起12个月内” → “自证书核发之日起24个月内”** (both figures in one sentence); 二、2026年6月1日前 核发已超过12个月、未超过24个月的 → 2026年12月31日前 补充申请; **三、“《方案》其他内容不变。本通知自2026年6月1日起施行。”** (2) **赣市住建规〔2026〕1号 关于印发《赣州市中心城区人才公寓管理办法》的通知** (2026-04-20; the signature comes before the 办法's caption): 第二条 章贡区、赣州经开区、蓉江新区; 第三条 全职工作 + 1年以上劳动合同, 本人及配偶中心城区无自有住房, 人才类别; 第四条 A/B/C/D (C类 硕士学位、副高级职称或者技师以上; D类 毕业5年内的全日制本科); **第五条 每年3月、9月集中受理, 由用人单位统一向市住房保障服务中心申报, 20个工作日 审核, 公示5个工作日**; **第六条 A、B 免租; C 50%; D 70% of 市场租金; 市场租金 “由市住房和城乡建设局每年另行公布”**; **第七条 每次不超过1年, 累计不超过3年**; 第八条 3个月内退出; 第九条 擅自转租、转借 → 收回, 5年内不得再次申请 (no fine); 第十条 自2026年5月1日起施行，有效期5年 — **第六条 and 第七条 amended by the photo from 2026-12-01**. (3) **赣市发改能源〔2026〕16号 赣州市发展和改革委员会 赣州市财政局关于开展2026年新能源汽车充电设施建设补贴申报工作的通知** (2026-05-12): 2026-01-01 to 09-30 建成投运的 公共 and 居民小区共享 设施; **个人自用充电设施不纳入补贴范围**; **a ruled table: 公共直流充电桩 每千瓦200元 50万元; 公共交流充电桩 每千瓦100元 20万元; 居民小区共享充电桩 每个桩500元 10万元**; 申报 2026年10月1日至10月31日, 赣州市充电设施监管平台, 15个工作日 初审; 总额 3000万元, 按比例核减; **“本通知自印发之日起施行，有效期至2026年10月31日” — expired before the as-of date**; 黄志远 0797-8993215. |
| `ganzhou-rencai-gongyu-photo.jpg` | 赣州市住房和城乡建设局关于调整中心城区人才公寓租金标准和租期的通知, 赣市住建字〔2026〕118号 | **A phone photo of the one-page notice pinned to a board, as a JPEG (not a PDF). The stored pixels are 2048×1536, turned 90° anticlockwise; only the EXIF Orientation tag (6, “rotate 90° clockwise”) makes the page upright (1536×2048)** — EXIF also has Make “HUAWEI”, DateTimeOriginal 2026:11:20 08:47:13. Drawn with Pillow in Noto Serif CJK SC (red title over two lines, red rule, 文号, body, signature, **a red round seal over the issuer's name and the date**), then **a perspective warp (the sheet's corners at (214,168), (1318,232), (1436,1902), (122,1858): a keystone, tilted), a grey-brown board with grain and the sheet's shadow, uneven light (bright top left, about 30% darker bottom right) and the soft shadow of the phone and hand over the lower right, Gaussian blur 1.15 px, seeded noise, JPEG quality 70**. Facts: amends 赣市住建规〔2026〕1号: **一、C类 “由按照市场租金的50%计收调整为按照市场租金的30%计收”, D类 70% → 50%, A类、B类 免收租金; 二、第七条 “累计租住期限不超过3年” → “累计租住期限不超过5年”; 三、已入住的 from 2026-12-01 at the new rate, “此前已缴纳的租金不予退还”; 四、“本通知自2026年12月1日起施行。《办法》其他条款继续执行。”**; 0797-8252916. **OCR trial** (`rapidocr_onnxruntime`, defaults): with the EXIF orientation applied it found 22 boxes and **every printed line came back, in reading order**, broken where the print breaks (“二、延长累计租住期限。将第七条中“累计租住期限不超过” / “3年”修改为“累计租住期限不超过5年”。”); **the notice's own 文号 came back as “赣市住建字〔2026]118号” and the amended 办法's as “[2026]1号”** (brackets lost), and the seal gave stray “房和城” and “州”. On the raw pixels (EXIF ignored) it found 25 boxes **in scrambled order**, with fragments (“、降低租金标准。…” without its “一”, “金，”, “行”, “1”). An earlier draft whose items 一 and 二 were dense with quotation marks (“将第六条中C类人才“按照市场租金的50%计收租金”修改为“…””) **lost whole lines to rapidocr's text-direction classifier** (they came back empty or as “，，中一”; with `use_cls=False` they were read right); the wording was changed (the C/D rates without quotation marks, a lead phrase before each item) until every line was read, in each of twelve font sizes and margins tried. |

All six files are written by `tests/support/make_city10_fixtures.py` (see its docstring), the MHTML and
the GB18030 page too (as literal text encoded there), together with this README and `qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c10-001`…`c10-030`, in the format of `tests/data/city9/qa.jsonl` (same fields, same
order): `id`, `question`, `answer`, `key_facts` (1–3 short strings copied verbatim from a document's
text), `sources` (`doc_number`, `doc_title`; `doc_number` is null for the 解读 page; the xlsx's source is
its own title with the 文号 of the 方案 it belongs to, 赣市府办字〔2026〕9号, which its second row prints),
`section` (title > section path; for the gazette “赣州市人民政府公报 2026年第3期 > title …”), `evidence`
(verbatim; “……” marks a gap, table rows are given as their cells separated by spaces), `type`, `persona`,
`difficulty`, `corpus_file`. Multi-issuer `doc_title`s join issuers with a space, as the MHTML page, the 解读
and the gazette's 目录 do. The xlsx's key facts are the cells as Excel shows them (“2026年10月31日” for a date
cell, “18000” for a number). Four questions have two sources: c10-008 (解读 + notice; `corpus_file` the
解读), c10-014 (gazette's 赣市府办字〔2026〕31号 + docx; the gazette), c10-021 and c10-023 (photo + gazette's
办法; the photo).

- c10-001…c10-003, c10-007…c10-010, c10-012, c10-015, c10-019…c10-022, c10-024: questions from the public
  in everyday words. c10-001 **a cell of the new-figures column** (奶奶92岁: 90周岁至99周岁 每人每月300元, not the
  原标准 200元 beside it); **c10-002 a “no”** (养老服务补贴 is not paid in cash; 半失能 100元); c10-003
  **免申即享** (nothing to apply for; 次月起; 每月20日前); **c10-007 a “yes” only in the 解读** (living outside the
  province: 居住地不影响领取, but 一次领取资格认证 a year); **c10-008 解读 + notice** (可以同时享受 from the
  解读; 100元 + 200元 from the notice; the 200元 is a service, not cash); **c10-009 a “no” only in the 解读**
  (调整前的月份不补发差额); **c10-010 only the tracked revision** (初级工 补贴1000元; the deleted 800 sits next
  to it); c10-012 生活费补贴 50元/天, 30天; c10-015 100周岁 800元 from the 次月; **c10-019 the expired 充电设施
  notice asked as if current** (每个桩500元, but 有效期至2026年10月31日); **c10-020 a “no”** (个人自用充电设施
  不纳入补贴范围, and the notice has expired); **c10-021 photo + gazette** (硕士 = C类 under 第四条, conditions of
  第三条, now 按照市场租金的30%计收 and 累计5年 from the photo); **c10-022 only the photo** (此前已缴纳的租金不予
  退还); c10-024 第五条 (3月、9月, 用人单位统一申报).
- c10-004…c10-006, c10-011, c10-013, c10-014, c10-016…c10-018, c10-023: civil-servant questions. **c10-004
  南康区's share** (3:7: a 区 that belongs to the county group, not 5:5); c10-005 施行日期 and 有效期; c10-006
  the three time limits; **c10-011 only the tracked revision** (资金 从失业保险基金中列支, which replaced
  “由市级财政全额保障”); c10-013 a row of the docx table (于都县 5400 / 2250); **c10-014 an amended clause**
  (12个月 → 24个月 by 赣市府办字〔2026〕31号 from 2026-06-01; the 12 is itself an insertion over a deleted 6);
  **c10-016 an xlsx row** (专账资金: 市财政局 leads, 18000万元, 2026年6月30日); **c10-017 an xlsx row whose hidden
  column holds another date** (学徒制: 2026年10月31日, 1500人; hidden 2026年9月30日); **c10-018 an xlsx row's
  配合单位** (市教育局、市市场监督管理局); **c10-023 an amended article of the gazette's 办法** (D类 70% → 50% from
  2026-12-01, stated only in the photo).
- c10-025…c10-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key
  facts, no sources): **c10-025 a near miss** (养老院 床位补贴 — the corpus has 高龄津贴 and a 居家 养老服务补贴
  paid to 养老服务机构; 养老院 and 床位 occur in no file); **c10-026 another city of the province** (吉安市's
  高龄津贴); **c10-027 a figure left to another body** (企业新型学徒制 补贴标准 “另行制定”; the xlsx's 1500 is a
  head count, not a standard); **c10-028 a penalty the text does not give** (冒领高龄津贴: 追回 only; 罚 occurs in
  no file); **c10-029 a condition never stated** (社会保险 years for 人才公寓; 第三条 asks only for a 劳动合同, no
  自有住房 and a 人才类别; 社会保险 and 社保 occur in no file); c10-030 **a topic not in the corpus** (中考体育).

Personas: 18 public, 12 civil_servant. Files: MHTML notice 7, 解读 3, docx 4, xlsx 3, gazette 4, photo 3,
none 6. Types: colloquial 2, numeric 4, yesno 5, multi_hop 2, procedure 2, deadline 2, validity 4,
department 3, unanswerable 6. Difficulty: 6 easy, 12 medium, 12 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: the
高龄津贴/养老服务补贴 notice 赣市民字〔2026〕42号 (2026-10-01 to 2031-09-30; it replaces the earlier, uncited
standards, which only the 解读 gives as 50/200/600元); the 方案 赣市府办字〔2026〕9号 (from its 印发, 2026-03-17, to
2026-12-31 — still in force, for four more weeks) **with its 申领期限 as amended by 赣市府办字〔2026〕31号 from
2026-06-01 (24个月)**; 赣市府办字〔2026〕31号 itself (from 2026-06-01); the 人才公寓 办法 赣市住建规〔2026〕1号 (from
2026-05-01, 5 years) **with 第六条 and 第七条 as amended by 赣市住建字〔2026〕118号 from 2026-12-01 (C类 30%, D类 50%,
累计5年)** and its other articles unchanged; and 赣市住建字〔2026〕118号 (from 2026-12-01). **Expired: the 充电设施
notice 赣市发改能源〔2026〕16号 (有效期至2026-10-31; its 申报 window was 2026-10-01 to 10-31).** No document of the
corpus is repealed.

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --corpus tests/data/city10/corpus --qa tests/data/city10/qa.jsonl --out out/city10 --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs a CJK font: `apt-get install fonts-noto-cjk`):

```
python3.11 -m venv /tmp/c10venv && /tmp/c10venv/bin/pip install python-docx openpyxl Pillow reportlab pypdfium2
cd /work/main && PYTHONPATH=. /tmp/c10venv/bin/python tests/support/make_city10_fixtures.py
```

Two runs give all eight files byte for byte (checked with sha256sum): the PDF is written with reportlab's
`invariant=1`, the photo's noise is seeded, and the docx's and xlsx's core dates and zip timestamps are
fixed. Another Pillow, reportlab, openpyxl or font can change the PDF, the photo and the xlsx.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city9's fields in city9's order, and the ids run
  `c10-001`…`c10-030` in order; the 6 unanswerable lines have `key_facts` [], `sources` [],
  `section`/`evidence`/`corpus_file` null and answers starting “文件中未找到相关规定。”; every other line's
  `corpus_file` is the file of one of its sources;
- every key fact occurs in its answer and, with whitespace removed, in the text of one of its sources'
  files as a reader sees it: the MHTML's HTML part decoded from quoted-printable and then UTF-8, the 解读
  decoded as GB18030, both with `<script>`/`<style>` removed and tags removed; the docx's `document.xml`
  with every `w:del` dropped and `w:ins` kept; the xlsx's visible cells, dates shown as Excel shows them;
  the PDF's text layer read with pypdfium2; for the photo the drawn text, and **every photo key fact also in
  the OCR text** (read with EXIF applied). Every evidence part (“……” splits it), every `doc_number` and every
  `doc_title` occurs likewise (for the photo in the drawn text). The words of the unanswerable questions
  (吉安, 床位, 养老院, 罚, 中考, 社会保险, 社保) and the earlier fixtures' cities and provinces occur in no file;
  the revision-only facts are not in the deleted text (“补贴800元”, “由市级财政全额保障”, “预拨50%” are not in the
  accepted text);
- the MHTML parses with Python's `email` module as `multipart/related` with parts text/html
  (quoted-printable), text/css (quoted-printable) and image/png (base64); the Subject decodes to the page
  title; no body line is longer than 76 columns; 98 soft breaks cut a UTF-8 character; the 解读 fails
  GBK (at byte 650) and UTF-8 and declares `charset=gb18030`;
- the docx has `comments.xml` related from the document and declared in `[Content_Types].xml`, a header and
  a footer; naive text with `w:delText` holds “补贴8001000元” and “612个月”; python-docx's paragraph texts hold
  “补贴元；” and not “补贴1000元”;
- the xlsx: the merged ranges above, column H hidden, I4 a `datetime` with the format `yyyy"年"m"月"d"日"`,
  D10 the integer 18000;
- the PDF has 4 pages, the 目录's page numbers match where the documents start, and pages were rendered and
  looked at; the photo was looked at upright.

Not checked: how Word, WPS or LibreOffice show the docx's revisions and comments or the xlsx (no office
suite was available; the revision and comment XML was written by hand), how a browser opens the MHTML, and
whether the real portal's URLs exist (the paths are invented).
"""


# =============================================================================================


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city10 (赣州市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR,
                    help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_GL).write_bytes(mhtml_gl())
    (corpus / F_JD).write_bytes(html_jd().encode("gb18030"))
    make_docx(corpus / F_JN)
    make_xlsx(corpus / F_FG)
    make_gazette(corpus / F_GZ)
    make_photo(corpus / F_ZJ)
    (args.out / "qa.jsonl").write_text(qa_jsonl(), encoding="utf-8")
    readme = args.out / "README.md"
    if not readme.exists():  # (the committed README goes on with what the runs found; it is not overwritten)
        readme.write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

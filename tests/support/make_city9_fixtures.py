"""Writes the documents of the 宜昌市 (湖北省, city9) fixture in tests/data/city9/corpus/.

Run once; the outputs are committed. It needs python-docx, Pillow, reportlab and a CJK font
(Noto Sans/Serif CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3 -m venv /tmp/c9venv && /tmp/c9venv/bin/pip install python-docx pillow reportlab pypdfium2
    cd /work/main && PYTHONPATH=. /tmp/c9venv/bin/python tests/support/make_city9_fixtures.py

Every file of the corpus is written by this script, the HTML pages and the gazette too (as literal
text encoded here), so that their bytes are exact. The scan's skew, noise and seal come from a fixed
random seed (``random.Random(9909)``), the text PDF is written with ``invariant=1`` and the docx's
dates and zip timestamps are fixed, so a rerun gives the same bytes with the same fonts and library
versions. Everything in the documents (文号, 索引号, figures, dates, people, phone numbers, addresses)
is invented; the city, its districts and counties and the departments are real.

- ``yichang-yuer-butie.html``: 宜卫发〔2026〕15号 (市级育儿补贴) on the city portal's 政府信息公开
  page. **UTF-8 with a BOM, but the only declaration is ``<meta ... charset=gb2312>``**; the
  信息公开 metadata is a grid of ``<div>``s; **the whole body is one ``<div>`` whose paragraphs are
  separated by ``<br>`` and indented with ``&nbsp;``**, headings are ``<strong>`` runs; the 补贴标准
  "table" is made of ``<div>``/``<span>`` rows; **a hidden mobile copy of the body**
  (``<div style="display:none">``, in ``<p>``s); 相关附件 list, 相关解读 link, scripts, footer.
- ``yichang-yuer-butie-jiedu.html``: its 政策解读 on the 卫健委 site. **Declared ``iso-8859-1`` and
  pure ASCII: every Chinese character is a decimal character reference (``&#23452;``)**; questions
  are ``<h3>``s; **a commented-out older answer (``<!-- ... -->``) gives a different deadline**.
- ``yichang-laojiu-xiaoqu-plan.docx``: 宜府办发〔2026〕21号 (老旧小区改造 方案). **Headings use Word
  automatic numbering** (``numbering.xml``: ``chineseCounting`` "%1、" and "（%2）"), so "一、" and
  "（三）" are not in the paragraph text; it amends 第七条 of the gazette's 宜住建规〔2025〕1号
  (5000元 → 8000元); 附件1 task table with a repeated header row (``tblHeader``) and **its 序号 column
  auto-numbered too (the cells' text is empty)**; 附件2 with a two-row header (``vMerge`` +
  ``gridSpan``) and a 合计 row.
- ``yichang-chuangye-daikuan.pdf``: 宜人社发〔2026〕33号 (创业担保贷款), text PDF (STSong-Light);
  a diagonal watermark drawn as text on every page, a running header on pages 2+ and "第 n 页 共 N 页"
  footers; **the 受理网点 table crosses a page break with neither its header row nor "续表" repeated**;
  **附件2 is a two-column list drawn line by line across both columns**; repeals the gazette's
  宜人社发〔2025〕4号.
- ``yichang-daiya-guohu-scan.pdf``: 宜自然资发〔2026〕52号 (二手房“带押过户”), **two image-only
  pages**: page 1 greyscale, skewed -0.5°, a dark scanner-lid edge and a fold line; page 2 colour,
  skewed +1.6°, **a ruled 办理流程 table drawn in the image** and a red seal over the signature.
- ``yichang-gazette-2025-2.txt``: 宜昌市人民政府公报 2025年第2期, **UTF-16LE with a BOM** (saved from
  Word as "Unicode text"), CRLF, hard-wrapped at 30 full-width characters, a 目录 whose page numbers
  follow a tab, **tables as tab-separated lines**, titles and 文号 not centred; four documents:
  the expired 2025 消费券 方案 (宜府办发〔2025〕6号, to 2025-12-31), the old 创业担保贷款 notice
  (宜人社发〔2025〕4号, repealed by the PDF), the 老旧小区 出资和补助办法 (宜住建规〔2025〕1号, 第七条
  amended by the docx) and the 农村户厕改造奖补办法 (宜农发〔2025〕5号, in force).
"""

from __future__ import annotations

import datetime
import html
import math
import random
import sys
import zipfile
from pathlib import Path

from tests.support.print_lines import cjk_face, wrap_cjk

OUT = Path(__file__).resolve().parents[1] / "data" / "city9" / "corpus"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

YUER_NUMBER = "宜卫发〔2026〕15号"
YUER_TITLE = "宜昌市卫生健康委员会 宜昌市财政局关于实施市级育儿补贴的通知"
JIEDU_TITLE = f"《{YUER_TITLE}》政策解读"

LJ_NUMBER = "宜府办发〔2026〕21号"
LJ_PLAN = "宜昌市2026年城镇老旧小区改造工作实施方案"
LJ_TITLE = f"宜昌市人民政府办公室关于印发{LJ_PLAN}的通知"

BZ_NUMBER = "宜住建规〔2025〕1号"
BZ_RULES = "宜昌市城镇老旧小区改造居民出资和补助办法"
BZ_TITLE = f"宜昌市住房和城乡建设局 宜昌市财政局关于印发《{BZ_RULES}》的通知"

CY_NUMBER = "宜人社发〔2026〕33号"
CY_TITLE = ("宜昌市人力资源和社会保障局 宜昌市财政局 中国人民银行宜昌市分行关于进一步加大创业担保贷款支持力度"
            "的通知")
CY_OLD_NUMBER = "宜人社发〔2025〕4号"
CY_OLD_TITLE = "宜昌市人力资源和社会保障局 宜昌市财政局 中国人民银行宜昌市分行关于做好创业担保贷款工作的通知"

DY_NUMBER = "宜自然资发〔2026〕52号"
DY_TITLE = "宜昌市自然资源和规划局 国家金融监督管理总局宜昌监管分局关于全面推行二手房“带押过户”登记服务的通知"

XF_NUMBER = "宜府办发〔2025〕6号"
XF_PLAN = "宜昌市2025年“惠购宜昌”消费券发放活动方案"
XF_TITLE = f"宜昌市人民政府办公室关于印发{XF_PLAN}的通知"

HC_NUMBER = "宜农发〔2025〕5号"
HC_RULES = "宜昌市农村户厕改造奖补办法"
HC_TITLE = f"宜昌市农业农村局 宜昌市财政局关于印发《{HC_RULES}》的通知"


# =============================================================================================
# 1. yichang-yuer-butie.html (UTF-8 + BOM, gb2312 declared, <br> body, div grid, hidden mobile copy)
# =============================================================================================

YUER_BODY: list[tuple[str, str]] = [
    ("addr", "各县（市、区）卫生健康局、财政局，宜昌高新区社会事务局、财政局："),
    ("p", "为贯彻落实国家育儿补贴制度，进一步减轻家庭生育养育负担，经市人民政府同意，自2026年起在国家育儿补贴基础上"
          "实施市级育儿补贴。现将有关事项通知如下："),
    ("h", "一、补贴对象"),
    ("p", "自2026年1月1日起，对父母至少一方具有本市户籍、婴幼儿在本市登记户口的二孩及以上未满3周岁婴幼儿，发放市级"
          "育儿补贴。2026年1月1日前出生、尚未满3周岁的，按照应补贴月数折算发放。"),
    ("h", "二、补贴标准"),
    ("p", "市级育儿补贴按年发放，具体标准如下："),
    ("table", ""),
    ("p", "不满一个年度的，按照年度标准除以12再乘以应补贴月数计算。婴幼儿年满3周岁的当月起停止发放。"),
    ("h", "三、申领程序"),
    ("p", "（一）申请。婴幼儿父母或者其他监护人可以通过“鄂汇办”APP、“宜格服务”APP育儿补贴专区在线申请，也可以到"
          "婴幼儿户籍所在地乡镇（街道）卫生健康办或者村（社区）便民服务点现场申请。"),
    ("p", "（二）审核。乡镇（街道）自受理之日起10个工作日内完成初审；县（市、区）卫生健康部门在5个工作日内完成复核，"
          "复核结果在婴幼儿户籍所在村（社区）公示5个工作日。"),
    ("p", "（三）发放。公示无异议的，由县（市、区）财政部门于每年12月31日前将当年补贴资金一次性发放至婴幼儿监护人的"
          "社会保障卡金融账户。"),
    ("h", "四、资金保障"),
    ("p", "西陵区、伍家岗区、点军区、猇亭区和宜昌高新区所需资金，由市级财政和区级财政按照6:4比例分担；夷陵区和各县"
          "（市）所需资金，由市级财政和县（市、区）财政按照4:6比例分担。"),
    ("h", "五、监督管理"),
    ("p", "对采取虚报、隐瞒、伪造等手段骗取育儿补贴的，由县（市、区）卫生健康部门追回已发放的补贴资金，并依法依规处理。"),
    ("h", "六、执行时间"),
    ("p", "本通知自2026年1月1日起施行，有效期至2028年12月31日。"),
    ("p", "政策咨询：市卫生健康委员会人口监测与家庭发展科，电话0717-6223518；也可拨打12345政务服务便民热线。"),
    ("sign", "宜昌市卫生健康委员会　　宜昌市财政局"),
    ("sign", "2026年3月10日"),
]
YUER_TABLE = [("孩次", "补贴标准", "发放期限"), ("二孩", "每孩每年2000元", "发放至婴幼儿满3周岁"),
              ("三孩及以上", "每孩每年5000元", "发放至婴幼儿满3周岁")]

YUER_META = [("索引号", "MB1529846K/2026-00412"), ("主题分类", "卫生、体育\\人口与计划生育、妇女儿童工作"),
             ("发文机关", "宜昌市卫生健康委员会　宜昌市财政局"), ("成文日期", "2026-03-10"),
             ("发文字号", YUER_NUMBER), ("发布日期", "2026-03-12"), ("有效性", "有效"),
             ("标　　题", YUER_TITLE)]


def _yuer_div_table() -> str:
    rows = []
    for k, (a, b, c) in enumerate(YUER_TABLE):
        cls = "bz-tr bz-th" if k == 0 else "bz-tr"
        rows.append(f'<div class="{cls}"><span class="bz-td w1">{a}</span><span class="bz-td w2">{b}</span>'
                    f'<span class="bz-td w3">{c}</span></div>')
    return '<div class="bz-table">' + "".join(rows) + "</div>"


def _yuer_br_body() -> str:
    nb = "&nbsp;" * 4
    parts = [f'<p style="text-align:center">{YUER_NUMBER}</p>']
    for kind, text in YUER_BODY:
        t = html.escape(text, quote=False)
        if kind == "addr":
            parts.append(t + "<br>")
        elif kind == "p":
            parts.append(nb + t + "<br>")
        elif kind == "h":
            parts.append(nb + "<strong>" + t + "</strong><br>")
        elif kind == "table":
            parts.append(_yuer_div_table())
        else:
            parts.append('<span style="float:right;clear:both;padding-right:4em">' + t + "</span><br>")
    return "\n".join(parts)


def _yuer_mobile_body() -> str:
    parts = [f"<p>{YUER_NUMBER}</p>"]
    for kind, text in YUER_BODY:
        t = html.escape(text, quote=False)
        if kind == "table":
            parts.append("<ul>" + "".join(f"<li>{a}：{b}，{c}</li>" for a, b, c in YUER_TABLE[1:]) + "</ul>")
        elif kind == "h":
            parts.append(f"<p><b>{t}</b></p>")
        else:
            parts.append(f"<p>{t}</p>")
    return "\n".join(parts)


YUER_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="宜昌市人民政府">
<meta name="SiteDomain" content="www.yichang.gov.cn">
<meta name="ColumnName" content="部门文件">
<meta name="ArticleTitle" content="__TITLE__">
<meta name="PubDate" content="2026-03-12 16:05">
<title>__TITLE___部门文件_宜昌市人民政府</title>
<link rel="stylesheet" href="/images/2021/css/common.css">
<style>
.bz-table{display:table;margin:10px auto;border-collapse:collapse}
.bz-tr{display:table-row}.bz-td{display:table-cell;border:1px solid #999;padding:4px 12px}
.bz-th .bz-td{font-weight:bold;background:#f2f2f2}
@media (max-width:768px){.pc-article{display:none}.mobile-article{display:block!important}}
</style>
<script src="/images/2021/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span class="date" id="today"></span><a href="/">首页</a>|<a href="/zwgk/">政务公开</a>|<a href="javascript:;" id="wza">无障碍</a>|<a href="javascript:;">长者模式</a></div></div>
<div class="header"><div class="w1200"><img src="/images/2021/logo.png" alt="宜昌市人民政府"></div></div>
<div class="nav w1200"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjyc/">走进宜昌</a></div>
<div class="position w1200">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zc/">政策文件</a> &gt; <a href="/zwgk/zc/bmwj/">部门文件</a></div>
<div class="w1200 xxgk-box">
<div class="xxgk-info">
__META__
</div>
<div class="pc-article">
<h1 class="article-title">__TITLE__</h1>
<div class="article-tools">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】 浏览次数：<span id="hits"></span> 【<a href="javascript:window.print()">打印</a>】</div>
<div class="article-con zw" id="zoom">
__BODY__
</div>
</div>
<div class="mobile-article" style="display:none">
<h2>__TITLE__</h2>
__MOBILE__
</div>
<div class="xgfj">
<h4>相关附件：</h4>
<ul>
<li><a href="/zwgk/zc/bmwj/202603/P020260312598421.docx">宜昌市市级育儿补贴申请表.docx</a></li>
<li><a href="/zwgk/zc/bmwj/202603/P020260312598422.pdf">宜卫发〔2026〕15号.pdf</a></li>
</ul>
</div>
<div class="xgjd">相关解读：<a href="http://wjw.yichang.gov.cn/zcjd/202603/t20260313_1186523.shtml">__JIEDU__</a></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/wzdt/">网站地图</a>|<a href="/lxwm/">联系我们</a>|<a href="/sybz/">使用帮助</a></p>
<p>主办：宜昌市人民政府办公室　承办：宜昌市大数据中心　政府网站标识码：4205000000</p>
<p>鄂ICP备00000000号-1　鄂公网安备 42050000000000号　建议使用1366×768分辨率浏览</p>
</div></div>
<script>
function doZoom(s){ $("#zoom").css("font-size", s + "px"); }
$.get("/interface/hits?id=1186412", function(d){ $("#hits").text(d); });
var _hmt = _hmt || [];
</script>
</body>
</html>
"""


def html_yuer() -> str:
    meta = []
    for k in range(0, len(YUER_META), 2):
        cells = "".join(f'<div class="xxgk-cell"><label>{a}：</label><span>{b}</span></div>'
                        for a, b in YUER_META[k:k + 2])
        meta.append(f'<div class="xxgk-row">{cells}</div>')
    return (YUER_PAGE.replace("__META__", "\n".join(meta)).replace("__BODY__", _yuer_br_body())
            .replace("__MOBILE__", _yuer_mobile_body()).replace("__JIEDU__", JIEDU_TITLE)
            .replace("__TITLE__", YUER_TITLE))


# =============================================================================================
# 2. yichang-yuer-butie-jiedu.html (pure ASCII: CJK as decimal character references; <h3> questions)
# =============================================================================================

JIEDU_QA: list[tuple[str, str, str | None]] = [
    ("一、为什么要实施市级育儿补贴？",
     "国家已建立育儿补贴制度。为进一步减轻二孩、三孩家庭养育负担，我市在国家育儿补贴基础上，对二孩及以上婴幼儿"
     "增发市级育儿补贴。", None),
    ("二、市级育儿补贴的标准是多少？",
     "二孩每孩每年2000元，三孩及以上每孩每年5000元，按年发放至婴幼儿满3周岁。2026年1月1日前出生、尚未满3周岁的，"
     "按照应补贴月数折算。", None),
    ("三、市级育儿补贴和国家育儿补贴能同时领取吗？",
     "可以叠加享受。国家育儿补贴标准为每孩每年3600元，按照国家规定另行申领，一孩、二孩、三孩均可领取；市级育儿补贴"
     "只发放给二孩及以上婴幼儿。", None),
    ("四、双胞胎、多胞胎怎样认定孩次？",
     "同胎多孩的，按照出生顺序分别认定孩次。例如，第一胎生育双胞胎的，先出生的为一孩，后出生的为二孩，后出生的婴幼儿"
     "可以申领市级育儿补贴。", None),
    ("五、当年忘记申请还能补领吗？",
     "当年未申请的，可以在次年3月31日前补申请，逾期不再补发。",
     "当年未申请的，可以在次年1月31日前补申请。"),
    ("六、领取育儿补贴会影响低保等待遇吗？",
     "育儿补贴免征个人所得税，不计入家庭收入，不影响享受最低生活保障等社会救助待遇。", None),
    ("七、收养的子女能申领吗？",
     "依法收养的子女，与亲生子女按照出生先后合并计算孩次。", None),
]


def _ncr(text: str) -> str:
    """Every non-ASCII character as a decimal character reference, as some CMS exports write them."""
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in text)


JIEDU_PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>__TITLE__</title>
<meta name="author" content="__ORG__">
<link href="/tpl/css/wjw_content.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/tpl/js/jquery.js"></script>
</head>
<body>
<div id="top"><a href="/">__ORG__</a></div>
<div id="crumb">__CRUMB__</div>
<div id="content">
<h1 class="tit">__TITLE__</h1>
<div class="info">__INFO__</div>
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:2;font-family:SimSun;font-size:12pt;}
.TRS_Editor H3{font-size:12pt;font-weight:bold;margin:8px 0;}
</style>
__BODY__
</div>
<div class="tujie"><img src="./W020260313401122.jpg" alt="__ALT__" width="600"></div>
<div class="yuanwen">__LINK__</div>
</div>
<div id="footer">__FOOT__</div>
<script type="text/javascript">
$(function(){ $(".info .views").load("/count/view?doc=1186523"); });
</script>
</body>
</html>
"""


def html_jiedu() -> str:
    body = [f"<p>　　近日，市卫生健康委员会、市财政局联合印发《关于实施市级育儿补贴的通知》（{YUER_NUMBER}，以下简称"
            "《通知》）。现就有关内容解读如下。</p>"]
    for q, a, old in JIEDU_QA:
        body.append(f"<h3>{q}</h3>")
        if old is not None:
            body.append(f"<!-- <p>　　{old}</p> -->")
        body.append(f"<p>　　{a}</p>")
    body.append("<p>　　咨询电话：0717-6223518（市卫生健康委员会人口监测与家庭发展科）。</p>")
    crumb = ('您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zcjd/">政策解读</a>')
    info = ('发布时间：2026-03-13 09:30　来源：宜昌市卫生健康委员会　浏览次数：<span class="views"></span>')
    link = f'原文链接：<a href="http://www.yichang.gov.cn/zwgk/zc/bmwj/202603/t20260312_1186412.shtml">{YUER_TITLE}</a>'
    foot = "宜昌市卫生健康委员会主办　网站标识码：4205000011　鄂ICP备00000000号-3"
    page = (JIEDU_PAGE.replace("__BODY__", "\n".join(body)).replace("__CRUMB__", crumb).replace("__INFO__", info)
            .replace("__LINK__", link).replace("__FOOT__", foot).replace("__ALT__", "一图读懂市级育儿补贴")
            .replace("__ORG__", "宜昌市卫生健康委员会").replace("__TITLE__", JIEDU_TITLE))
    return _ncr(page)


# =============================================================================================
# 3. yichang-laojiu-xiaoqu-plan.docx (Word automatic numbering, numbered 序号 cells, merged header)
# =============================================================================================

# (kind, text): "P0" unindented, "P" indented, "SIGN", "PLAN" the plan's title, "H1" a level-0 numbered
# heading (text without "一、"), "H2" a level-1 numbered paragraph "lead|rest" (text without "（一）"), "CC"
LJ_BODY: list[tuple[str, str]] = [
    ("P0", "各县（市、区）人民政府，宜昌高新区管委会，市政府各部门："),
    ("P", f"《{LJ_PLAN}》已经市人民政府同意，现印发给你们，请认真组织实施。"),
    ("SIGN", "宜昌市人民政府办公室"),
    ("SIGN", "2026年3月20日"),
    ("P", "（此件公开发布）"),
    ("PLAN", LJ_PLAN),
    ("P", "为深入推进城市更新，改善居民居住条件，根据国家和省关于城镇老旧小区改造的部署要求，结合我市实际，制定本方案。"),
    ("H1", "总体要求"),
    ("P", "坚持以人民为中心，按照“居民自愿、政府引导、多方共担、分类推进”的原则，2026年全市计划改造城镇老旧小区126个，"
          "涉及居民18500户，2027年6月底前全部完工。各县（市、区）改造任务见附件2。"),
    ("H1", "改造范围和内容"),
    ("H2", "改造范围。|2000年底前建成、失养失修失管、市政配套设施不完善、社区服务设施不健全、居民改造意愿强烈的城镇住宅"
           "小区，纳入改造范围。已纳入棚户区改造计划、拟通过拆除新建方式实施改造的小区，不纳入改造范围。"),
    ("H2", "改造内容。|改造内容分为基础类、完善类和提升类。基础类包括小区内供水、排水、供电、燃气、道路、消防等基础设施"
           "改造；完善类包括环境绿化、照明、停车、无障碍设施和充电设施等；提升类包括养老、托育、便民市场等公共服务设施。"),
    ("H1", "资金筹措"),
    ("H2", "居民合理出资。|按照“谁受益、谁出资”原则，居民可以通过直接出资、使用住宅专项维修资金、让渡小区公共收益、"
           f"捐资捐物等方式参与改造。居民出资的具体标准和低保户、特困供养人员的出资减免，按照《{BZ_RULES}》（"
           f"{BZ_NUMBER}，以下简称《办法》）执行。"),
    ("H2", "财政补助。|市级财政对基础类和完善类改造内容给予补助。自2026年4月1日起，将《办法》第七条中“每户不超过5000元”"
           "修改为“每户不超过8000元”；《办法》其他条款继续执行。"),
    ("H2", "专营单位出资。|供水、供电、供气、通信等专营单位对小区内相关管线设施改造承担不低于50%的费用。"),
    ("H2", "既有住宅加装电梯。|鼓励具备条件的老旧小区同步实施既有住宅加装电梯，补助标准由市住房和城乡建设局会同市财政局"
           "另行制定。"),
    ("H1", "实施步骤"),
    ("H2", "项目生成。|2026年3月底前，各县（市、区）确定改造项目清单，经市住房和城乡建设局汇总后报省住房和城乡建设厅备案。"),
    ("H2", "组织实施。|2026年11月底前，全部改造项目开工；2027年6月底前，全部改造项目完工。"),
    ("H2", "验收移交。|改造项目完工后3个月内，由县（市、区）住房和城乡建设部门组织竣工验收，验收合格后移交物业服务企业"
           "或者社区管理。"),
    ("H1", "保障措施"),
    ("H2", "加强组织领导。|成立市城镇老旧小区改造工作专班，由副市长陈立新任组长，专班办公室设在市住房和城乡建设局。"),
    ("H2", "强化考核督办。|专班办公室每月通报各县（市、区）改造进度，对进度滞后的县（市、区）进行约谈。"),
    ("P", "本方案自印发之日起施行，有效期至2027年12月31日。"),
    ("P", "附件：1．宜昌市2026年城镇老旧小区改造重点任务分工表"),
    ("P3", "2．宜昌市2026年城镇老旧小区改造任务分解表"),
    ("CC", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。"),
    ("CC", "宜昌市人民政府办公室　　　　　　　　　　　2026年3月21日印发"),
]

LJ_ANNEX1 = "宜昌市2026年城镇老旧小区改造重点任务分工表"
LJ_ANNEX2 = "宜昌市2026年城镇老旧小区改造任务分解表"
LJ_TASK_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
LJ_TASKS: list[tuple[str, str, str, str]] = [
    ("确定2026年改造项目清单并报省住房和城乡建设厅备案", "市住房和城乡建设局",
     "各县（市、区）人民政府、宜昌高新区管委会", "2026年3月底前"),
    ("编制改造项目“一区一策”方案并征求居民意见", "各县（市、区）人民政府、宜昌高新区管委会", "市住房和城乡建设局",
     "2026年4月底前"),
    ("统筹供水、供电、供气、通信等专营设施同步改造", "市发展和改革委员会",
     "市住房和城乡建设局、市城市管理执法委员会、国网宜昌供电公司", "2026年11月底前"),
    ("落实市级补助资金并及时拨付", "市财政局", "市住房和城乡建设局", "2026年12月底前"),
    ("完善小区养老、托育、充电等配套设施", "市民政局", "市卫生健康委员会、市住房和城乡建设局", "2027年6月底前"),
    ("建立改造后小区长效管理机制，引入物业服务", "市住房和城乡建设局", "各县（市、区）人民政府、宜昌高新区管委会",
     "2027年6月底前"),
    ("对改造项目实施质量安全监督", "市住房和城乡建设局", "市市场监督管理局", "长期坚持"),
    ("开展城镇老旧小区改造工作绩效评价", "市财政局", "市住房和城乡建设局", "2027年3月底前"),
]
LJ_QUOTA: list[tuple[str, str, str]] = [
    ("西陵区", "28", "4460"), ("伍家岗区", "22", "3610"), ("点军区", "6", "720"), ("猇亭区", "5", "610"),
    ("夷陵区", "18", "2650"), ("宜昌高新区", "7", "930"), ("宜都市", "9", "1260"), ("当阳市", "8", "1130"),
    ("枝江市", "8", "1170"), ("远安县", "4", "520"), ("兴山县", "3", "380"), ("秭归县", "3", "410"),
    ("长阳土家族自治县", "3", "390"), ("五峰土家族自治县", "2", "260"),
]
HEADING_NUM_ID = 90
TASK_NUM_ID = 91


def _numbering_xml() -> tuple[str, str]:
    """Two abstractNum definitions (Chinese heading levels; the task table's 序号) and their nums."""
    def lvl(ilvl: int, fmt: str, text: str, font: str, first_line: int, jc: str = "left") -> str:
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="{jc}"/><w:pPr><w:ind w:left="0" w:firstLine="{first_line}"/>'
                f'</w:pPr><w:rPr><w:rFonts w:eastAsia="{font}"/><w:b w:val="{1 if ilvl == 0 else 0}"/></w:rPr></w:lvl>')

    headings = (f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{HEADING_NUM_ID}"><w:nsid w:val="5A1C3E27"/>'
                '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001F"/>'
                + lvl(0, "chineseCounting", "%1、", "黑体", 640)
                + lvl(1, "chineseCounting", "（%2）", "楷体_GB2312", 640)
                + lvl(2, "decimal", "%3．", "仿宋_GB2312", 640)
                + "</w:abstractNum>")
    seq = (f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{TASK_NUM_ID}"><w:nsid w:val="2B7D90E4"/>'
           '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="04090011"/>'
           + lvl(0, "decimal", "%1", "仿宋_GB2312", 0, "center").replace('<w:b w:val="1"/>', '<w:b w:val="0"/>')
           + "</w:abstractNum>")
    return headings + seq, (f'<w:num xmlns:w="{W_NS}" w:numId="{HEADING_NUM_ID}"><w:abstractNumId '
                            f'w:val="{HEADING_NUM_ID}"/></w:num><w:num xmlns:w="{W_NS}" w:numId="{TASK_NUM_ID}">'
                            f'<w:abstractNumId w:val="{TASK_NUM_ID}"/></w:num>')


def _number(paragraph, num_id: int, ilvl: int) -> None:
    """Puts a paragraph in an automatic list (``w:numPr`` at its schema place in ``w:pPr``)."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def docx_texts() -> list[str]:
    """The docx's texts as a reader sees them (numbering rendered), in order."""
    cn = "一二三四五六七八九十"
    out = [LJ_TITLE, LJ_NUMBER]
    h1 = h2 = 0
    for kind, text in LJ_BODY:
        if kind == "H1":
            h1 += 1
            h2 = 0
            out.append(f"{cn[h1 - 1]}、{text}")
        elif kind == "H2":
            h2 += 1
            out.append(f"（{cn[h2 - 1]}）" + text.replace("|", ""))
        else:
            out.append(text)
    out += ["附件1", LJ_ANNEX1, *LJ_TASK_HEAD]
    for k, row in enumerate(LJ_TASKS, start=1):
        out += [str(k), *row]
    out += ["附件2", LJ_ANNEX2, "县（市、区）", "改造任务", "小区（个）", "居民（户）"]
    for row in LJ_QUOTA:
        out += list(row)
    return [*out, "合计", "126", "18500"]


def make_docx(path: Path) -> None:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.core_properties.title = LJ_TITLE
    d.core_properties.author = "宜昌市人民政府办公室"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 3, 20, 10, 30, 0)
    d.core_properties.last_modified_by = "市政府办公室文电科"
    d.core_properties.revision = 3
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # automatic numbering: abstractNums go before the first <w:num>, the nums at the end
    numbering = d.part.numbering_part.element
    abstract_xml, num_xml = _numbering_xml()
    first_num = numbering.find(qn("w:num"))
    for el in parse_xml(f'<w:x xmlns:w="{W_NS}">{abstract_xml}</w:x>'):
        first_num.addprevious(el)
    for el in parse_xml(f'<w:x xmlns:w="{W_NS}">{num_xml}</w:x>'):
        numbering.append(el)

    def east_asia(run, font: str) -> None:
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)

    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

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
    r = t.add_run(LJ_TITLE)
    r.font.size = Pt(22)
    east_asia(r, "方正小标宋简体")
    n = d.add_paragraph()
    n.alignment = WD_ALIGN_PARAGRAPH.CENTER
    n.add_run(LJ_NUMBER)

    for kind, text in LJ_BODY:
        if kind == "P0":
            para(text, indent=False)
        elif kind == "P":
            para(text)
        elif kind == "P3":
            p = para(text, indent=False)
            p.paragraph_format.left_indent = Pt(80)
        elif kind == "SIGN":
            p = para(text, indent=False)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "PLAN":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.page_break_before = True
            r = p.add_run(text)
            r.font.size = Pt(20)
            east_asia(r, "方正小标宋简体")
        elif kind == "H1":
            p = para(indent=False)
            _number(p, HEADING_NUM_ID, 0)
            r = p.add_run(text)
            east_asia(r, "黑体")
        elif kind == "H2":
            p = para(indent=False)
            _number(p, HEADING_NUM_ID, 1)
            lead, _, rest = text.partition("|")
            r = p.add_run(lead)
            east_asia(r, "楷体_GB2312")
            p.add_run(rest)
        else:  # CC
            p = para(text, indent=False)
            p.runs[0].font.size = Pt(14)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fp._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.add_run(" —")

    new = d.add_section(WD_SECTION.NEW_PAGE)
    new.top_margin, new.bottom_margin = Cm(3.0), Cm(2.8)

    def put(cell, text: str, size: float = 11, bold: bool = False, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
        p = cell.paragraphs[0]
        for extra in cell.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        for run in list(p.runs):
            p._p.remove(run._r)
        p.alignment = align
        if text:
            r = p.add_run(text)
            r.font.size = Pt(size)
            r.bold = bold

    # 附件1: task table, header row repeated, 序号 auto-numbered
    lab = para("附件1", indent=False)
    east_asia(lab.runs[0], "黑体")
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cap.add_run(LJ_ANNEX1)
    r.font.size = Pt(18)
    east_asia(r, "方正小标宋简体")
    tbl = d.add_table(rows=len(LJ_TASKS) + 1, cols=len(LJ_TASK_HEAD))
    tbl.style = d.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(LJ_TASK_HEAD):
        put(tbl.cell(0, j), h, 11, True)
        east_asia(tbl.cell(0, j).paragraphs[0].runs[0], "黑体")
    tbl.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W_NS}"/>'))
    for i, row in enumerate(LJ_TASKS, start=1):
        put(tbl.cell(i, 0), "")
        _number(tbl.cell(i, 0).paragraphs[0], TASK_NUM_ID, 0)
        for j, val in enumerate(row, start=1):
            put(tbl.cell(i, j), val, 11, False, WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER)
    widths = [Cm(1.2), Cm(5.4), Cm(3.4), Cm(3.6), Cm(2.4)]
    for row in tbl.rows:
        for j, cell in enumerate(row.cells):
            cell.width = widths[j]
    for col, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(w) // 635))  # EMU → twips

    # 附件2 on a new page: two-row header (县（市、区） merged down, 改造任务 merged across), 合计 row
    brk = d.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    lab = para("附件2", indent=False)
    east_asia(lab.runs[0], "黑体")
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cap.add_run(LJ_ANNEX2)
    r.font.size = Pt(18)
    east_asia(r, "方正小标宋简体")
    q = d.add_table(rows=len(LJ_QUOTA) + 3, cols=3)
    q.style = d.styles["Table Grid"]
    q.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = q.cell(0, 0).merge(q.cell(1, 0))
    put(head, "县（市、区）", 12, True)
    task = q.cell(0, 1).merge(q.cell(0, 2))
    put(task, "改造任务", 12, True)
    put(q.cell(1, 1), "小区（个）", 12, True)
    put(q.cell(1, 2), "居民（户）", 12, True)
    for i, (name, a, b) in enumerate(LJ_QUOTA, start=2):
        put(q.cell(i, 0), name, 12)
        put(q.cell(i, 1), a, 12)
        put(q.cell(i, 2), b, 12)
    last = len(LJ_QUOTA) + 2
    put(q.cell(last, 0), "合计", 12, True)
    put(q.cell(last, 1), str(sum(int(x[1]) for x in LJ_QUOTA)), 12, True)
    put(q.cell(last, 2), str(sum(int(x[2]) for x in LJ_QUOTA)), 12, True)
    if (sum(int(x[1]) for x in LJ_QUOTA), sum(int(x[2]) for x in LJ_QUOTA)) != (126, 18500):
        raise SystemExit("附件2 totals differ from the plan's 126个/18500户")
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Rewrites the docx's zip entries with one fixed timestamp, so that a rerun gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 3, 20, 10, 30, 0)), data, zipfile.ZIP_DEFLATED)


# =============================================================================================
# 4. yichang-chuangye-daikuan.pdf (watermark, running header, table over a page break, two columns)
# =============================================================================================

CY_TITLE_LINES = ["宜昌市人力资源和社会保障局　宜昌市财政局", "中国人民银行宜昌市分行",
                  "关于进一步加大创业担保贷款支持力度的通知"]
CY_SIGN = ["宜昌市人力资源和社会保障局　　宜昌市财政局", "中国人民银行宜昌市分行", "2026年8月12日"]
CY_ANNEX1 = "宜昌市创业担保贷款受理网点一览表"
CY_ANNEX2 = "创业担保贷款申请材料清单"
CY_FLOW: list[str] = [
    "#ADDR各县（市、区）人力资源和社会保障局、财政局，宜昌高新区社会事务局、财政局，各经办银行：",
    "为进一步发挥创业担保贷款促进创业带动就业的作用，根据国家和省有关规定，结合我市实际，现就进一步加大创业担保"
    "贷款支持力度有关事项通知如下：",
    "#HEAD一、扩大贷款对象范围",
    "符合条件的城镇登记失业人员、就业困难人员（含残疾人）、退役军人、刑满释放人员、高校毕业生（含大学生村官、留学"
    "回国学生）、返乡创业农民工、网络商户、脱贫人口和农村自主创业农民，可以申请个人创业担保贷款。",
    "除助学贷款、扶贫贷款、住房贷款、购车贷款、5万元以下小额消费贷款（含信用卡消费）以外，申请人提交申请时，"
    "本人及其配偶应没有其他贷款。",
    "#HEAD二、提高贷款额度",
    "个人创业担保贷款最高额度由20万元提高至30万元；符合条件的个人合伙创业的，可以按照每人不超过30万元、总额不超过"
    "150万元的额度实行“捆绑性”贷款。个人创业担保贷款期限最长不超过3年。",
    "小微企业当年新招用符合条件人员数量达到企业现有在职职工人数15%（超过100人的企业达到8%），并与其签订1年以上"
    "劳动合同的，可以申请最高不超过400万元的小微企业创业担保贷款，贷款期限最长不超过2年。",
    "#HEAD三、贷款利率和财政贴息",
    "个人创业担保贷款利率不超过贷款合同签订日贷款市场报价利率（LPR）加50个基点，LPR减150个基点以下部分由借款人"
    "和担保机构承担，剩余部分由财政给予贴息。小微企业创业担保贷款利率由经办银行与借款企业协商确定，财政按照贷款"
    "合同签订日LPR的50%给予贴息。",
    "展期、逾期的创业担保贷款，财政不予贴息。对还款积极、带动就业能力强、创业项目好的借款个人和小微企业，可以继续"
    "提供创业担保贷款贴息，累计次数不得超过3次。",
    "#HEAD四、优化办理流程",
    "申请人可以通过“鄂汇办”APP创业担保贷款专区在线申请，也可以到附件1所列受理网点现场申请，申请材料见附件2。人力"
    "资源和社会保障部门自受理之日起5个工作日内完成资格审核；担保机构和经办银行在10个工作日内完成尽职调查和审贷，"
    "符合条件的及时发放贷款。",
    "#HEAD五、加强担保基金管理",
    "市本级创业担保贷款担保基金规模不低于1.5亿元，由宜昌市创业贷款担保中心负责运营。担保基金代偿率达到8%的，暂停"
    "新增担保业务。",
    "#HEAD六、职责分工",
    "市人力资源和社会保障局负责贷款对象资格审核和政策宣传；市财政局负责贴息资金和担保基金的筹集、拨付和监管；中国"
    "人民银行宜昌市分行负责指导经办银行做好贷款发放和利率管理。",
    "#HEAD七、执行时间",
    f"本通知自2026年9月1日起施行，有效期至2028年8月31日。《{CY_OLD_TITLE}》（{CY_OLD_NUMBER}）同时废止。本通知"
    "施行前已签订借款合同的，按照原合同约定执行。",
    "#ANNEXLIST附件：1．" + CY_ANNEX1,
    "#ANNEXLIST　　　2．" + CY_ANNEX2,
    "#SIGN",
    "#BODY（此件公开发布）",
    "#NOTE（联系人：市人社局就业促进科　向红梅，电话：0717-6236157）",
    "#PAGE",
    "#LABEL附件1",
    "#CAPTION" + CY_ANNEX1,
    "#NETTABLE",
    "#GAP",
    "#LABEL附件2",
    "#CAPTION" + CY_ANNEX2,
    "#TWOCOL",
]
CY_NET_HEAD = ("序号", "县（市、区）", "受理网点及地址", "咨询电话")
CY_NET_ROWS = [
    ("市本级", "宜昌市创业贷款担保中心", "西陵区东山大道106号", "0717-6251370"),
    ("西陵区", "西陵区政务服务中心就业创业窗口", "西陵二路26号", "0717-6228416"),
    ("伍家岗区", "伍家岗区政务服务中心就业创业窗口", "伍临路53号", "0717-6521739"),
    ("点军区", "点军区政务服务中心就业创业窗口", "点军大道17号", "0717-6631082"),
    ("猇亭区", "猇亭区政务服务中心就业创业窗口", "猇亭大道129号", "0717-6403285"),
    ("夷陵区", "夷陵区政务服务中心就业创业窗口", "小溪塔街道夷兴大道95号", "0717-7825163"),
    ("宜昌高新区", "高新区政务服务中心就业创业窗口", "发展大道57号", "0717-6556042"),
    ("宜都市", "宜都市政务服务中心就业创业窗口", "陆城街道园林大道12号", "0717-4836215"),
    ("当阳市", "当阳市政务服务中心就业创业窗口", "玉阳街道长坂路118号", "0717-3216638"),
    ("枝江市", "枝江市政务服务中心就业创业窗口", "马家店街道迎宾大道66号", "0717-4217750"),
    ("远安县", "远安县政务服务中心就业创业窗口", "鸣凤镇凤山路31号", "0717-3812496"),
    ("兴山县", "兴山县政务服务中心就业创业窗口", "古夫镇昭君路20号", "0717-2532718"),
    ("秭归县", "秭归县政务服务中心就业创业窗口", "茅坪镇长宁大道45号", "0717-2883574"),
    ("长阳土家族自治县", "长阳县政务服务中心就业创业窗口", "龙舟坪镇清江大道88号", "0717-5321806"),
    ("五峰土家族自治县", "五峰县政务服务中心就业创业窗口", "五峰镇长乐大道7号", "0717-5832147"),
]
CY_TWOCOL_HEAD = ("一、个人申请材料", "二、小微企业申请材料")
CY_TWOCOL = (
    ["1．《创业担保贷款申请表》；", "2．申请人及其配偶的身份证；", "3．营业执照或者其他经营许可证明；",
     "4．属于贷款对象的证明材料（退役证、毕业证、就业创业证等）；", "5．经营场所租赁合同或者产权证明。"],
    ["1．《小微企业创业担保贷款申请表》；", "2．营业执照；", "3．新招用人员的劳动合同和社会保险缴费凭证；",
     "4．企业在职职工花名册；", "5．近一年财务报表。"],
)

PDF_FONT = "STSong-Light"
CY_BODY_PT = 13.5
CY_LEFT = 64
CY_TOP = 842 - 92
CY_BOTTOM = 70
CY_HEIGHTS = {"title": 32, "number": 42, "page": 0, "body": 23, "head": 25, "sign": 0, "label": 28, "caption": 34,
              "gap": 16, "net_head": 30, "net_row": 44, "col_head": 26, "col_row": 21, "annexlist": 24}


def _pdf_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    return pdfmetrics


def _cy_width() -> float:
    return 595.27 - 2 * CY_LEFT


def cy_flow_lines() -> list[tuple[str, str]]:
    pdfmetrics = _pdf_setup()

    def width(t: str, size: float = CY_BODY_PT) -> float:
        return pdfmetrics.stringWidth(t, PDF_FONT, size)

    full = _cy_width()
    col_w = full / 2 - 12
    lines: list[tuple[str, str]] = [("title", t) for t in CY_TITLE_LINES] + [("number", CY_NUMBER)]
    for para in CY_FLOW:
        if para.startswith("#ADDR"):
            lines += [("body", t) for t in wrap_cjk(para[5:], width, full)]
        elif para.startswith("#HEAD"):
            lines.append(("head", "　　" + para[5:]))
        elif para.startswith("#BODY"):
            lines.append(("body", "　　" + para[5:]))
        elif para.startswith("#NOTE"):
            lines += [("body", t) for t in wrap_cjk("　　" + para[5:], width, full)]
        elif para == "#PAGE":
            lines.append(("page", ""))
        elif para.startswith("#ANNEXLIST"):
            lines.append(("annexlist", "　　" + para[10:]))
        elif para == "#SIGN":
            lines.append(("sign", "|".join(CY_SIGN)))
        elif para == "#GAP":
            lines.append(("gap", ""))
        elif para.startswith("#LABEL"):
            lines.append(("label", para[6:]))
        elif para.startswith("#CAPTION"):
            lines.append(("caption", para[8:]))
        elif para == "#NETTABLE":
            lines.append(("net_head", "|".join(CY_NET_HEAD)))
            lines += [("net_row", "|".join((str(k), *r))) for k, r in enumerate(CY_NET_ROWS, start=1)]
        elif para == "#TWOCOL":
            lines.append(("col_head", "|".join(CY_TWOCOL_HEAD)))
            left: list[str] = []
            right: list[str] = []
            for item in CY_TWOCOL[0]:
                left += wrap_cjk(item, lambda t: width(t, 11.5), col_w)
            for item in CY_TWOCOL[1]:
                right += wrap_cjk(item, lambda t: width(t, 11.5), col_w)
            for k in range(max(len(left), len(right))):
                a = left[k] if k < len(left) else ""
                b = right[k] if k < len(right) else ""
                lines.append(("col_row", f"{a}|{b}"))
        else:
            lines += [("body", t) for t in wrap_cjk("　　" + para, width, full)]
    return lines


def cy_pages() -> list[list[tuple[str, str]]]:
    """Paginates the flow; the 网点 table just runs on (no header row or 续表 on the next page)."""
    pages: list[list[tuple[str, str]]] = [[]]
    y = CY_TOP
    for kind, text in cy_flow_lines():
        if kind == "page":
            pages.append([])
            y = CY_TOP
            continue
        h = CY_HEIGHTS[kind] if kind != "sign" else 26 * len(CY_SIGN) + 6
        if y - h < CY_BOTTOM:
            pages.append([])
            y = CY_TOP
            if kind == "gap":
                continue
        pages[-1].append((kind, text))
        y -= h
    # the trap must be there: the header row on one page, the 长阳 row on a later one
    head_page = next(n for n, pg in enumerate(pages) if any(k == "net_head" for k, _ in pg))
    cy_page = next(n for n, pg in enumerate(pages) if any(k == "net_row" and "长阳" in t for k, t in pg))
    if cy_page <= head_page:
        raise SystemExit("the 网点 table no longer crosses a page break before the 长阳 row")
    return pages


def cy_texts() -> list[str]:
    """What the PDF prints, line by line, as a reader reads it (two columns read one after the other)."""
    out: list[str] = []
    pages = cy_pages()
    for pno, page in enumerate(pages, start=1):
        if pno > 1:
            out.append(f"{CY_NUMBER} 宜昌市人力资源和社会保障局")
        cols: tuple[list[str], list[str]] = ([], [])
        for kind, text in page:
            if kind in ("col_row", "col_head"):
                a, b = text.split("|")
                cols[0].append(a)
                cols[1].append(b)
            elif kind == "sign":
                out += text.split("|")
            elif text:
                out.append(text.replace("|", " "))
        out += cols[0] + cols[1]
        out.append(f"第 {pno} 页 共 {len(pages)} 页")
    return out


def make_cy_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _pdf_setup()
    f = PDF_FONT
    pages = cy_pages()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(CY_TITLE)
    c.setAuthor("宜昌市人力资源和社会保障局")
    c.setSubject(CY_NUMBER)
    width = A4[0]
    left, right = CY_LEFT, width - CY_LEFT
    net_xs = [left - 8, left + 20, left + 112, right - 78, right + 8]
    mid = (left + right) / 2

    def net_row(cells: list[str], y: float, h: float, first: bool, head: bool) -> None:
        """A row of the 网点 table; a body row's third cell holds the 网点 over its address."""
        top = y + 16
        c.setLineWidth(0.6)
        if first:
            c.line(net_xs[0], top, net_xs[-1], top)
        c.line(net_xs[0], top - h, net_xs[-1], top - h)
        for x in net_xs:
            c.line(x, top, x, top - h)
        if head:
            c.setFont(f, 10.5)
            for j, cell in enumerate(cells):
                c.drawCentredString((net_xs[j] + net_xs[j + 1]) / 2, y - 4, cell)
            return
        c.setFont(f, 10)
        c.drawCentredString((net_xs[0] + net_xs[1]) / 2, y - 10, cells[0])
        c.drawCentredString((net_xs[1] + net_xs[2]) / 2, y - 10, cells[1])
        c.drawString(net_xs[2] + 4, y - 2, cells[2])
        c.setFont(f, 9.5)
        c.drawString(net_xs[2] + 4, y - 17, cells[3])
        c.setFont(f, 10)
        c.drawCentredString((net_xs[3] + net_xs[4]) / 2, y - 10, cells[4])

    for pno, lines in enumerate(pages, start=1):
        # watermark first, as text, under everything else
        c.saveState()
        c.setFillGray(0.88)
        c.setFont(f, 40)
        c.translate(width / 2, 842 / 2)
        c.rotate(35)
        c.drawCentredString(0, 0, "宜昌市人力资源和社会保障局")
        c.restoreState()
        if pno > 1:
            c.setFont(f, 9)
            c.drawString(left, 842 - 48, CY_NUMBER)
            c.drawRightString(right, 842 - 48, "宜昌市人力资源和社会保障局")
            c.setLineWidth(0.5)
            c.line(left, 842 - 54, right, 842 - 54)
        y = CY_TOP
        first_row = True
        for kind, text in lines:
            if kind == "title":
                c.setFont(f, 19)
                c.drawCentredString(width / 2, y, text)
            elif kind == "number":
                c.setFont(f, 13)
                c.drawCentredString(width / 2, y - 8, text)
                c.setStrokeColorRGB(0.8, 0.1, 0.1)
                c.setLineWidth(1.2)
                c.line(left, y - 20, right, y - 20)
                c.setStrokeColorRGB(0, 0, 0)
            elif kind == "sign":
                c.setFont(f, CY_BODY_PT)
                for k, t in enumerate(text.split("|")):
                    c.drawRightString(right - (40 if t.startswith("20") else 6), y - 14 - 26 * k, t)
                y -= 26 * len(CY_SIGN) + 6
                continue
            elif kind == "label":
                c.setFont(f, 14.5)
                c.drawString(left, y, text)
            elif kind == "caption":
                c.setFont(f, 16)
                c.drawCentredString(width / 2, y, text)
            elif kind == "net_head":
                net_row(text.split("|"), y, CY_HEIGHTS[kind], True, True)
                first_row = False
            elif kind == "net_row":
                net_row(text.split("|"), y, CY_HEIGHTS[kind], first_row, False)
                first_row = False
            elif kind in ("col_head", "col_row"):
                a, b = text.split("|")
                c.setFont(f, 12.5 if kind == "col_head" else 11.5)
                c.drawString(left, y, a)  # left column, then right column, on the same baseline
                c.drawString(mid + 12, y, b)
            elif kind == "gap":
                pass
            else:
                c.setFont(f, CY_BODY_PT)
                c.drawString(left, y, text)
            y -= CY_HEIGHTS[kind]
        if y < CY_BOTTOM - 30:
            raise SystemExit(f"PDF page {pno} overflows (y={y})")
        c.setFont(f, 10)
        c.drawCentredString(width / 2, 40, f"第 {pno} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()


# =============================================================================================
# 5. yichang-daiya-guohu-scan.pdf (two image pages: greyscale + skew; colour + table + seal)
# =============================================================================================

DY_TITLE_LINES = ["宜昌市自然资源和规划局", "国家金融监督管理总局宜昌监管分局", "关于全面推行二手房“带押过户”登记服务的通知"]
DY_ADDR = "各县（市、区）自然资源和规划局，市不动产登记中心，各商业银行宜昌分支机构："
DY_PAGE1 = [
    "为降低二手房交易成本，提升不动产登记便利度，经研究，决定在全市全面推行二手房“带押过户”登记服务。现将有关事项"
    "通知如下：",
    "一、本通知所称“带押过户”，是指已设定商业银行个人住房贷款抵押的二手房，在抵押权人同意的前提下，不需要先还清"
    "原贷款、注销抵押登记，直接办理转移登记和抵押登记的模式。办理“带押过户”的，卖方无需提前筹集资金结清原贷款。",
    "二、适用范围。本市行政区域内已办理不动产登记的二手住房和非住宅，均可以申请办理“带押过户”。房屋被司法查封、"
    "存在异议登记或者权属争议的，不适用“带押过户”。",
    "三、办理模式。买卖双方和抵押权人（卖方贷款银行）签订“带押过户”三方协议。买方申请贷款的，买方贷款银行可以与"
    "卖方贷款银行协商，由买方贷款银行发放贷款用于结清卖方原贷款。",
]
DY_PAGE2_BEFORE = ["四、办理流程和时限如下表："]
DY_TABLE = [("序号", "环节", "办理内容", "办理时限"),
            ("1", "预审", "卖方贷款银行出具同意带押过户意见", "3个工作日"),
            ("2", "申请", "买卖双方和抵押权人共同提交登记申请", "当日受理"),
            ("3", "登记", "转移登记和抵押登记合并办理", "1个工作日"),
            ("4", "放款", "买方贷款银行发放贷款并结清原贷款", "2个工作日")]
DY_PAGE2_AFTER = [
    "五、不动产登记机构和各商业银行不得因办理“带押过户”收取额外费用。",
    "六、本通知自2026年7月1日起施行，有效期至2029年6月30日。政策咨询：市不动产登记中心，电话0717-6440712；也可"
    "拨打12345政务服务便民热线。",
]
DY_SIGN = ["宜昌市自然资源和规划局　　国家金融监督管理总局宜昌监管分局", "2026年6月18日"]

DPI = 200
PAGE_W, PAGE_H = 1654, 2339
MARGIN = 170
BODY_PX = 44
TABLE_PX = 36
TITLE_PX = 54
LINE = 76
DY_COLS = [110, 170, 680, 344]  # table column widths (sum = PAGE_W - 2 * MARGIN)


def _body_font(px: int = BODY_PX):
    from PIL import ImageFont

    path, index = cjk_face(serif=True)
    return ImageFont.truetype(path, px, index=index)


def scan_pages() -> list[list[tuple[str, str]]]:
    """The lines drawn on the two scanned pages, as (kind, text); a table row's cells are joined by "|"."""
    body = _body_font()
    w = PAGE_W - 2 * MARGIN
    p1: list[tuple[str, str]] = [("title", t) for t in DY_TITLE_LINES] + [("number", DY_NUMBER)]
    p1 += [("body", t) for t in wrap_cjk(DY_ADDR, body.getlength, w)]
    for p in DY_PAGE1:
        p1 += [("body", t) for t in wrap_cjk("　　" + p, body.getlength, w)]
    p2: list[tuple[str, str]] = []
    for p in DY_PAGE2_BEFORE:
        p2 += [("body", t) for t in wrap_cjk("　　" + p, body.getlength, w)]
    p2 += [("row", "|".join(r)) for r in DY_TABLE]
    for p in DY_PAGE2_AFTER:
        p2 += [("body", t) for t in wrap_cjk("　　" + p, body.getlength, w)]
    p2 += [("sign", t) for t in DY_SIGN]
    return [p1, p2]


def scan_texts() -> list[str]:
    """The scan's text as a reader reads it, line by line (table rows as cells joined by spaces)."""
    out: list[str] = []
    for n, page in enumerate(scan_pages(), start=1):
        out += [t.replace("|", " ") for _k, t in page]
        out.append(f"— {n} —")
    return out


def _seal(size: int, ring: str):
    from PIL import Image, ImageDraw, ImageFont

    font_path, index = cjk_face(bold=True)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ink = (206, 28, 36, 135)
    c = size / 2
    rad = size / 2 - 6
    d.ellipse((c - rad, c - rad, c + rad, c + rad), outline=ink, width=7)
    pts = []
    for k in range(10):
        r = 40 if k % 2 == 0 else 16
        a = math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(pts, fill=ink)
    font = ImageFont.truetype(font_path, 32, index=index)
    for k, ch in enumerate(ring):
        a = math.radians(220 - k * (260 / (len(ring) - 1)))
        px, py = c + (rad - 32) * math.cos(a), c - (rad - 32) * math.sin(a)
        g = Image.new("L", (44, 44), 0)
        ImageDraw.Draw(g).text((6, 2), ch, font=font, fill=255)
        g = g.rotate(math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        img.paste(Image.new("RGBA", (44, 44), ink), (int(px - 22), int(py - 22)), g)
    return img


def _noise(img, rng: random.Random, count: int) -> None:
    px = img.load()
    for _ in range(count):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        dv = rng.randrange(-60, 60)
        if img.mode == "L":
            px[x, y] = max(0, min(255, px[x, y] + dv))
        else:
            r, g, b = px[x, y]
            px[x, y] = (max(0, min(255, r + dv)), max(0, min(255, g + dv)), max(0, min(255, b + dv)))


def _draw_page(lines: list[tuple[str, str]], page_no: int):
    """Draws one page; returns the RGB image and the y of the signature lines (for the seal)."""
    from PIL import Image, ImageDraw, ImageFont

    body = _body_font()
    cell_font = _body_font(TABLE_PX)
    tpath, tindex = cjk_face(serif=True, bold=True)
    title = ImageFont.truetype(tpath, TITLE_PX, index=tindex)
    img = Image.new("RGB", (PAGE_W, PAGE_H), (246, 245, 241))
    draw = ImageDraw.Draw(img)
    ink = (28, 28, 30)
    y = 190
    sign_at: list[tuple[float, float, float]] = []
    first_row = True
    for kind, text in lines:
        if kind == "title":
            draw.text(((PAGE_W - title.getlength(text)) / 2, y), text, font=title, fill=(150, 20, 24))
            y += 80
        elif kind == "number":
            y += 14
            draw.text(((PAGE_W - body.getlength(text)) / 2, y), text, font=body, fill=ink)
            y += 62
            draw.line((MARGIN, y, PAGE_W - MARGIN, y), fill=(170, 30, 30), width=4)
            y += 34
        elif kind == "body":
            draw.text((MARGIN, y), text, font=body, fill=ink)
            y += LINE
        elif kind == "row":
            h = 78
            if first_row:
                y += 10
                draw.line((MARGIN, y, PAGE_W - MARGIN, y), fill=ink, width=3)
            xs = [MARGIN]
            for wcol in DY_COLS:
                xs.append(xs[-1] + wcol)
            for x in xs:
                draw.line((x, y, x, y + h), fill=ink, width=3)
            draw.line((MARGIN, y + h, PAGE_W - MARGIN, y + h), fill=ink, width=3)
            for j, cell in enumerate(text.split("|")):
                cw = cell_font.getlength(cell)
                draw.text((xs[j] + (DY_COLS[j] - cw) / 2, y + 18), cell, font=cell_font, fill=ink)
            y += h
            if first_row:
                first_row = False
            if text.startswith("4|"):
                y += 26
        else:  # sign
            if text == DY_SIGN[0]:
                y += 190
            w = body.getlength(text)
            x = PAGE_W - MARGIN - w if text == DY_SIGN[0] else PAGE_W - MARGIN - 170 - w
            draw.text((x, y), text, font=body, fill=ink)
            sign_at.append((x, y, w))
            y += LINE
    if y > PAGE_H - 170:
        raise SystemExit(f"scan page {page_no} overflows (y={y})")
    num = f"— {page_no} —"
    draw.text(((PAGE_W - body.getlength(num)) / 2, PAGE_H - 150), num, font=body, fill=ink)
    return img, sign_at


def make_scan(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(9909)
    p1, p2 = scan_pages()

    # page 1: greyscale, a dark scanner-lid edge at the top, a horizontal fold line, skew -0.5°
    img1, _ = _draw_page(p1, 1)
    g = img1.convert("L")
    d = ImageDraw.Draw(g)
    for k in range(34):
        d.line((0, k, PAGE_W, k), fill=int(60 + k * 5))
    fold = PAGE_H // 2 + 37
    d.line((0, fold, PAGE_W, fold), fill=196, width=3)
    d.line((0, fold + 3, PAGE_W, fold + 3), fill=232, width=2)
    _noise(g, rng, 22000)
    g = g.filter(ImageFilter.GaussianBlur(0.55))
    g = g.rotate(-0.5, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=250)

    # page 2: colour, the table, the red seal over the issuers and the date, skew +1.6°
    img2, sign_at = _draw_page(p2, 2)
    seal = _seal(330, "宜昌市自然资源和规划局")
    base = img2.convert("RGBA")
    x0, y0, _w = sign_at[0]
    name_w = _body_font().getlength(DY_SIGN[0].split("　")[0])
    base.alpha_composite(seal, (int(x0 + name_w / 2 - 165), int(y0 - 125)))
    img2 = base.convert("RGB")
    d2 = ImageDraw.Draw(img2)
    d2.rectangle((PAGE_W - 58, 0, PAGE_W - 54, PAGE_H), fill=(228, 227, 223))
    _noise(img2, rng, 26000)
    img2 = img2.filter(ImageFilter.GaussianBlur(0.5))
    img2 = img2.rotate(1.6, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(249, 249, 247))

    stamp = datetime.datetime(2026, 6, 20, 15, 12, 0).timetuple()
    g.save(str(path), "PDF", resolution=float(DPI), quality=60, save_all=True, append_images=[img2],
           creationDate=stamp, modDate=stamp, title="扫描件")


# =============================================================================================
# 6. yichang-gazette-2025-2.txt (UTF-16LE + BOM, CRLF, hard wraps, 目录 with tabs, tab tables)
# =============================================================================================

GAZ_NAME = "宜昌市人民政府公报"
GAZ_ISSUE = "2025年第2期"
GAZ_WIDTH = 30  # full-width characters a line

# (目录 label, title, 文号, signer, date, paragraphs); "#CAPTION" starts an attached 方案/办法,
# "#TABLE" rows are tab-separated cells
GAZ_DOCS: list[tuple[str, str, str, str, str, list[str]]] = [
    ("市政府办公室文件", XF_TITLE, XF_NUMBER, "宜昌市人民政府办公室", "2025年2月12日", [
        "各县（市、区）人民政府，宜昌高新区管委会，市政府各部门：",
        f"《{XF_PLAN}》已经市人民政府同意，现印发给你们，请认真组织实施。",
        "#SIGN",
        "#CAPTION" + XF_PLAN,
        "一、活动时间。2025年3月1日至2025年12月31日，分批次发放。",
        "二、消费券类型和面额。消费券分为家电券和餐饮券：家电券满2000元减300元，餐饮券满100元减20元。每人每批次限领"
        "家电券1张、餐饮券2张。",
        "三、领取和使用。在本市的个人消费者通过“宜格服务”APP消费券专区实名领取，在参与活动的商户使用，领取后7日内有效，"
        "逾期自动作废。",
        "四、资金安排。消费券资金5000万元，由市级财政承担。",
        "五、组织实施。市商务局负责活动组织和商户招募；市财政局负责资金保障；市市场监督管理局负责查处价格违法行为。",
        "六、本方案自2025年3月1日起施行，有效期至2025年12月31日。",
    ]),
    ("部门文件", CY_OLD_TITLE, CY_OLD_NUMBER, "宜昌市人力资源和社会保障局　宜昌市财政局　中国人民银行宜昌市分行",
     "2025年1月20日", [
        "各县（市、区）人力资源和社会保障局、财政局，宜昌高新区社会事务局、财政局，各经办银行：",
        "为做好创业担保贷款工作，根据国家和省有关规定，现就有关事项通知如下：",
        "一、个人创业担保贷款最高额度为20万元，贷款期限最长不超过3年；符合条件的个人合伙创业的，可以按照每人不超过"
        "20万元、总额不超过100万元的额度实行“捆绑性”贷款。",
        "二、小微企业当年新招用符合条件人员数量达到企业现有在职职工人数20%（超过100人的企业达到10%）并与其签订1年"
        "以上劳动合同的，可以申请最高不超过300万元的小微企业创业担保贷款，贷款期限最长不超过2年。",
        "三、个人创业担保贷款利率不超过贷款合同签订日贷款市场报价利率（LPR）加50个基点，LPR减150个基点以下部分由"
        "借款人和担保机构承担，剩余部分由财政给予贴息。",
        "四、申请人可以到县（市、区）人力资源和社会保障部门申请，人力资源和社会保障部门自受理之日起10个工作日内完成"
        "资格审核。",
        "五、本通知自2025年2月1日起施行，有效期至2027年12月31日。",
    ]),
    ("部门文件", BZ_TITLE, BZ_NUMBER, "宜昌市住房和城乡建设局　宜昌市财政局", "2025年2月10日", [
        "各县（市、区）住房和城乡建设局、财政局，宜昌高新区有关部门：",
        f"现将《{BZ_RULES}》印发给你们，请认真贯彻执行。",
        "#SIGN",
        "#CAPTION" + BZ_RULES,
        "第一条　为规范城镇老旧小区改造居民出资和财政补助，建立政府与居民合理共担改造资金的机制，制定本办法。",
        "第二条　本办法适用于本市行政区域内纳入年度改造计划的城镇老旧小区改造项目。",
        "第三条　城镇老旧小区改造内容分为基础类、完善类和提升类。",
        "第四条　改造方案确定的居民出资事项，应当经专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与"
        "表决，并经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。",
        "第五条　居民可以通过直接出资、使用（补建、续筹）住宅专项维修资金、让渡小区公共收益、捐资捐物等方式出资。",
        "第六条　基础类改造内容所需资金由财政补助和专营单位出资解决，居民不出资；完善类、提升类改造内容，居民按照房屋"
        "建筑面积每平方米不低于20元的标准出资。",
        "第七条　市级财政对基础类改造内容按照每户不超过5000元的标准给予补助；对完善类改造内容按照项目总投资的30%给予"
        "补助，每户最高不超过3000元。提升类改造内容不予补助。",
        "第八条　低保户、特困供养人员应当承担的出资部分予以全额减免，所需资金由所在县（市、区）财政承担。",
        "第九条　市级补助资金在改造项目竣工验收合格后，由市财政局会同市住房和城乡建设局于每年6月、12月集中拨付。",
        "第十条　县（市、区）住房和城乡建设部门负责居民出资的组织、公示和监督。",
        "第十一条　本办法自2025年3月1日起施行，有效期5年。",
    ]),
    ("部门文件", HC_TITLE, HC_NUMBER, "宜昌市农业农村局　宜昌市财政局", "2025年2月20日", [
        "各县（市、区）农业农村局、财政局，宜昌高新区有关部门：",
        f"现将《{HC_RULES}》印发给你们，请遵照执行。",
        "#SIGN",
        "#CAPTION" + HC_RULES,
        "第一条　为推进农村人居环境整治，规范农村户厕改造奖补资金管理，制定本办法。",
        "第二条　本办法所称农村户厕改造，是指对本市农村地区农户的旱厕实施无害化卫生厕所改造。",
        "第三条　奖补对象为自愿实施户厕改造并经验收合格的农村常住户。每户限享受一次奖补。",
        "第四条　市级奖补标准如下：",
        "#TABLE改厕模式\t奖补标准（元/户）",
        "#TABLE三格式化粪池式\t1200",
        "#TABLE双瓮漏斗式\t1000",
        "#TABLE完整下水道水冲式\t800",
        "第五条　长阳土家族自治县、五峰土家族自治县、兴山县、秭归县的农户，在第四条标准基础上每户增加200元。",
        "第六条　户厕改造奖补按照“农户申请、村级汇总、乡镇验收、县级复核”的程序办理。县（市、区）农业农村部门复核合格"
        "后，由县（市、区）财政部门在20个工作日内将奖补资金通过惠农“一卡通”发放至农户。",
        "第七条　对虚报冒领奖补资金的，由县（市、区）农业农村部门追回奖补资金，并取消该村下一年度申报资格。",
        "第八条　本办法自2025年3月1日起施行，有效期3年。",
    ]),
]
GAZ_TOC_PAGES = [3, 6, 9, 13]


def _cols(t: str) -> int:
    return sum(1 if ch.isascii() else 2 for ch in t)


def _gazwrap_cjk(text: str) -> list[str]:
    return wrap_cjk(text, _cols, GAZ_WIDTH * 2)


def gazette_lines() -> list[str]:
    out = [GAZ_NAME, GAZ_ISSUE, "（总第218期）", "宜昌市人民政府办公室主办　　2025年2月28日出版", "", "目　　录", ""]
    for k, (label, title, number, *_rest) in enumerate(GAZ_DOCS):
        if k == 0 or GAZ_DOCS[k - 1][0] != label:
            out.append(f"【{label}】")
        entry = _gazwrap_cjk(f"{title}（{number}）")
        entry[-1] += f"\t{GAZ_TOC_PAGES[k]}"
        out += entry
    for _label, title, number, signer, date, paras in GAZ_DOCS:
        out += ["", "", *_gazwrap_cjk(title), number, ""]
        signed = False
        for k, p in enumerate(paras):
            if p == "#SIGN":
                out += ["", signer, date]
                signed = True
            elif p.startswith("#CAPTION"):
                out += ["", p[8:], ""]
            elif p.startswith("#TABLE"):
                out.append(p[6:])
            elif k == 0:
                out += _gazwrap_cjk(p)
            else:
                out += _gazwrap_cjk("　　" + p)
        if not signed:
            out += ["", signer, date]
    out += ["", "", "编辑出版：宜昌市人民政府办公室　　地址：宜昌市西陵区（示例地址）",
            "（本公报刊登的文件与正式文件具有同等效力）"]
    return out


def gazette_text() -> str:
    return "\r\n".join(gazette_lines()) + "\r\n"


# =============================================================================================


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "yichang-yuer-butie.html").write_bytes(b"\xef\xbb\xbf" + html_yuer().encode("utf-8"))
    (OUT / "yichang-yuer-butie-jiedu.html").write_bytes(html_jiedu().encode("ascii"))
    make_docx(OUT / "yichang-laojiu-xiaoqu-plan.docx")
    make_cy_pdf(OUT / "yichang-chuangye-daikuan.pdf")
    make_scan(OUT / "yichang-daiya-guohu-scan.pdf")
    (OUT / "yichang-gazette-2025-2.txt").write_bytes(b"\xff\xfe" + gazette_text().encode("utf-16-le"))
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes the documents of the 潍坊市 (city7) fixture in tests/data/city7/corpus/.

Run once; the outputs are committed. It needs python-docx, Pillow, reportlab and a CJK font
(Noto Sans CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3 -m venv /tmp/c7venv && /tmp/c7venv/bin/pip install python-docx pillow reportlab
    cd /work/main && /tmp/c7venv/bin/python -m tests.support.make_city7_fixtures

Every file of the corpus is written by this script, the text files too, so that their encodings
are exact. The scan's skew, noise, lighting and seal come from a fixed random seed, so a rerun
gives the same image with the same font and Pillow version.

- ``weifang-heating-price.html``: a page of a modern (TRS-style) CMS, UTF-8; the 市发展改革委/
  市住房城乡建设局 notice 潍发改价格〔2026〕58号 sits in ``<div id="zoom"><div class="TRS_Editor">``
  as ONE ``<div>`` whose paragraphs are separated by ``<br>`` and indented with full-width spaces
  (no ``<p>`` per paragraph), with an inline ``<table>`` of prices (``rowspan`` cells) inside
  that same ``<div>``, and a "相关附件" link list after it.
- ``weifang-heating-price-wenda.html``: the 图解/问答 page of the same notice (UTF-8): 图解 figures
  split over ``<span>``s, then six Q&A items as numbered ``<h4>`` headings ("01" in a ``<span>``)
  each followed by an answer ``<div>``.
- ``weifang-farmers-market-plan.docx``: 潍政办字〔2026〕12号. The heading numbers "一、", "（一）" and
  "1." are Word automatic numbering: levels 0 and 1 come from the paragraph STYLES (custom styles
  whose ``w:pPr`` carries ``w:numPr``; the paragraphs themselves have none), level 2 from a
  ``w:numPr`` on each item paragraph; none of the numbers is in the text. A task table
  (序号/工作任务/责任单位/完成时限) whose 责任单位 cells hold several paragraphs
  ("市商务局（牵头）" / "市自然资源和规划局" / …).
- ``weifang-skills-training-subsidy.pdf``: 潍人社字〔2026〕33号, four A4 pages with a text layer in
  STSong-Light; 附件1 is a table that runs from page 2 to page 3 with its header row drawn again at
  the top of page 3 (no "续表" label); 附件2 (page 4) is a 政策问答 set in TWO columns, an answer
  running from the foot of the left column to the top of the right one.
- ``weifang-fireworks-ban-scan.pdf``: 潍政通〔2026〕3号, one RGB page that is only an image (JPEG),
  rotated by −0.9°, darkening towards the foot, speckle, and a red seal over the signature and date.
- ``weifang-gazette-2024-10.txt``: 潍坊市人民政府公报 2024年第10期, **GBK**, LF line ends, no
  hard wrapping (one paragraph a line), no page numbers; each document's 文号 and date in
  parentheses under its title (no signature); a 目录 with dotted leaders; an old subsidy table
  drawn with box-drawing characters.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from tests.support.print_lines import NO_LINE_START as _NO_LINE_START
from tests.support.print_lines import find_cjk_font, wrap

NO_LINE_START = _NO_LINE_START | {"%", "—", "〕", "」", "·", "〉"}

OUT = Path(__file__).resolve().parents[1] / "data" / "city7" / "corpus"


def _cjk_font() -> tuple[str, int]:
    found = find_cjk_font()
    if found is None:
        raise SystemExit("no CJK font on this machine (fc-list :lang=zh)")
    return found


# =============================================================================================
# 1. weifang-heating-price.html (UTF-8, modern CMS, <br>-separated paragraphs in one <div>)
# =============================================================================================

HEAT_NUMBER = "潍发改价格〔2026〕58号"
HEAT_TITLE = "潍坊市发展和改革委员会 潍坊市住房和城乡建设局关于调整中心城区居民供热价格的通知"
HEAT_OLD_NUMBER = "潍发改价格〔2019〕76号"
HEAT_OLD_TITLE = "潍坊市发展和改革委员会关于中心城区居民供热价格有关问题的通知"
HEAT_PHONE = "0536-8232176"

HEAT_BEFORE_TABLE = [
    "奎文区、潍城区、寒亭区、坊子区人民政府，潍坊高新区、潍坊经济区管委会，市直有关部门，各供热企业：",
    "　　为促进城市集中供热行业健康发展，保障群众温暖过冬，根据《山东省定价目录》和有关规定，经成本监审、价格听证并报"
    "市人民政府同意，现将调整中心城区居民供热价格有关事项通知如下：",
    "　　一、适用范围。本通知适用于奎文区、潍城区、寒亭区、坊子区和潍坊高新区、潍坊经济区范围内由集中供热企业供热的"
    "居民用户，以及执行居民供热价格的学校、养老机构、社会福利机构等非营利性用户。",
    "　　二、价格标准。居民供热价格调整后按下表执行：",
]
HEAT_TABLE_HEAD = ("用户类别", "计价方式", "收费项目", "价格标准")
HEAT_AFTER_TABLE = [
    "　　三、计费规定。（一）按建筑面积计收热费的，计费面积为房屋所有权证或者不动产权证书记载的建筑面积。（二）实行"
    "热计量收费的用户，热费由基本热费和计量热费两部分组成，基本热费按照基本热价和建筑面积计收，计量热费按照热计量装置"
    "记录的实际用热量和计量热价计收；一个供热期内热计量收费总额高于按建筑面积计收热费的，按照按建筑面积计收的热费结算，"
    "低于按建筑面积计收热费的，按照实际发生额结算。",
    "　　四、供热期和缴费。中心城区供热期为每年11月15日至次年3月15日。因气温变化需要提前或者延长供热的，由市人民政府"
    "决定，提前或者延长期间不另行收取热费。居民用户应当在每年11月10日前缴纳当期热费，可以通过“爱山东”APP“潍事通”"
    "专区、供热企业微信公众号或者供热企业营业厅缴纳。",
    "　　五、停热申请。居民用户需要停止供热的，应当在每年10月31日前向供热企业提出书面申请，由供热企业关闭入户阀门并"
    "施封；停热期间，按照面积热价的20%缴纳基本热费。",
    "　　六、保障措施。城市低保家庭、特困人员的供热补贴，按照《潍坊市城市供热管理办法》有关规定执行，各区不得因本次"
    "价格调整降低补贴标准。供热企业应当严格执行价格政策，在营业场所显著位置公示供热价格、计费方式和投诉电话，不得擅自"
    "提高收费标准或者收取其他费用。",
    "　　七、执行时间。本通知自2026年11月15日起执行，有效期至2031年11月14日。原《" + HEAT_OLD_TITLE + "》（"
    + HEAT_OLD_NUMBER + "）同时废止。",
    "　　联系人：市发展改革委价格管理科　王立新，联系电话：" + HEAT_PHONE + "。",
    "",
    "　　　　　　　　　　　　　　　　潍坊市发展和改革委员会　　潍坊市住房和城乡建设局",
    "　　　　　　　　　　　　　　　　　　　　　　　　　　　2026年9月28日",
    "　　（此件公开发布）",
]


def _heat_table() -> str:
    return (
        '<table border="1" cellspacing="0" cellpadding="0" align="center" width="92%" '
        'style="border-collapse:collapse;font-size:15px;text-align:center">\n'
        "<tbody>\n"
        "<tr style=\"background:#f2f2f2\">" + "".join(f"<td><strong>{h}</strong></td>" for h in HEAT_TABLE_HEAD)
        + "</tr>\n"
        '<tr><td rowspan="3">居民用户</td><td>按建筑面积计收</td><td>面积热价</td><td>24.50元/平方米·供热期</td></tr>\n'
        '<tr><td rowspan="2">按热计量计收</td><td>基本热价</td><td>9.80元/平方米·供热期</td></tr>\n'
        "<tr><td>计量热价</td><td>0.26元/千瓦时</td></tr>\n"
        "<tr><td>学校、养老机构、社会福利机构等</td><td>按建筑面积计收</td><td>面积热价</td>"
        "<td>24.50元/平方米·供热期</td></tr>\n"
        "</tbody>\n</table>"
    )


HEAT_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="潍坊市人民政府">
<meta name="SiteDomain" content="www.weifang.gov.cn">
<meta name="SiteIDCode" content="3707000019">
<meta name="ColumnName" content="部门文件">
<meta name="ArticleTitle" content="__TITLE__">
<meta name="PubDate" content="2026-09-30 16:05">
<meta name="ContentSource" content="市发展改革委">
<title>__TITLE___部门文件_潍坊市人民政府</title>
<link rel="stylesheet" href="/wfszf/css/common.css">
<link rel="stylesheet" href="/wfszf/css/article.css">
<script src="/wfszf/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问潍坊市人民政府门户网站</span><span class="fr"><a href="javascript:;" id="wza">无障碍</a><a href="javascript:;" id="zzms">长者模式</a><a href="/wfszf/wap/">移动版</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/wfszf/images/logo.png" alt="潍坊市人民政府"></a>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><div class="w1200"><ul><li><a href="/">首页</a></li><li><a href="/wfszf/zwyw/">政务要闻</a></li><li class="on"><a href="/wfszf/zfxxgk/">政府信息公开</a></li><li><a href="/wfszf/zwfw/">政务服务</a></li><li><a href="/wfszf/hdjl/">互动交流</a></li><li><a href="/wfszf/zjwf/">走进潍坊</a></li></ul></div></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="/wfszf/zfxxgk/">政府信息公开</a> &gt; <a href="/wfszf/bmwj/">部门文件</a></div>
<div class="w1200 article-box">
  <div class="xxgk-info">
    <ul>
      <li class="w50"><b>索引号：</b>11370700MB2851446P/2026-0312</li>
      <li class="w50"><b>发布机构：</b>潍坊市发展和改革委员会</li>
      <li class="w50"><b>成文日期：</b>2026-09-28</li>
      <li class="w50"><b>发布日期：</b>2026-09-30</li>
      <li class="w50"><b>文号：</b>__NUMBER__</li>
      <li class="w50"><b>有效性：</b><span class="yx">有效</span></li>
      <li class="w100"><b>标题：</b>__TITLE__</li>
    </ul>
  </div>
  <h1 class="article-title">__TITLE__</h1>
  <div class="article-meta"><span>发布时间：2026-09-30 16:05</span><span>来源：市发展改革委</span><span>浏览量：<em id="pv">--</em></span><span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
  <div id="zoom" class="article-content">
<div class="TRS_Editor"><div style="text-align:center;font-size:16px;line-height:2em">__NUMBER__</div><div style="font-family:仿宋_GB2312;font-size:16px;line-height:2em">__BODY__</div></div>
  </div>
  <div class="xgfj">
    <h5>相关附件：</h5>
    <ul>
      <li><a href="/wfszf/bmwj/202609/P020260930512736284913.pdf" target="_blank">1.潍坊市中心城区居民供热定价成本监审报告（摘要）.pdf</a></li>
      <li><a href="/wfszf/bmwj/202609/P020260930512736301228.pdf" target="_blank">2.潍坊市中心城区居民供热价格调整听证会纪要.pdf</a></li>
    </ul>
  </div>
  <div class="xgjd">相关解读：<a href="/wfszf/zcjd/202609/t20260930_6612084.html" target="_blank">图解｜潍坊市中心城区居民供热价格调整政策问答</a></div>
  <div class="article-tools"><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a><div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div></div>
  <div class="prev-next">
    <p>上一篇：<a href="/wfszf/bmwj/202609/t20260925_6608811.html">潍坊市发展和改革委员会关于2026年秋季学期公办幼儿园保育教育费有关事项的通知</a></p>
    <p>下一篇：<a href="/wfszf/bmwj/202610/t20261009_6619430.html">潍坊市住房和城乡建设局关于做好2026—2027年供热期城市供热工作的通知</a></p>
  </div>
</div>
<div class="footer"><div class="w1200">
  <p><a href="/wfszf/gywm/">关于我们</a> | <a href="/wfszf/wzdt/">网站地图</a> | <a href="/wfszf/lxwm/">联系我们</a></p>
  <p>主办单位：潍坊市人民政府办公室　承办单位：潍坊市大数据局</p>
  <p>网站标识码：3707000019　<a href="https://beian.miit.gov.cn/">鲁ICP备05045218号-1</a>　鲁公网安备 37070202000117号</p>
</div></div>
<script>
/* 字号切换 */
function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}
</script>
</body>
</html>
"""


def html_heat() -> str:
    body = "<br>".join(HEAT_BEFORE_TABLE) + "<br>\n" + _heat_table() + "\n" + "<br>".join(HEAT_AFTER_TABLE)
    return (HEAT_PAGE.replace("__BODY__", body).replace("__NUMBER__", HEAT_NUMBER)
            .replace("__TITLE__", HEAT_TITLE))


# =============================================================================================
# 2. weifang-heating-price-wenda.html (UTF-8, 图解 + Q&A under numbered <h4>)
# =============================================================================================

WENDA_TITLE = "图解｜潍坊市中心城区居民供热价格调整政策问答"

WENDA_FIGURES = [
    ("24.50", "元/平方米", "按建筑面积计收的面积热价"),
    ("9.80", "元/平方米", "热计量基本热价"),
    ("0.26", "元/千瓦时", "热计量计量热价"),
    ("11.15", "起执行", "2026—2027年供热期"),
]

WENDA_QA = [
    ("这次居民供热价格是怎么调整的？",
     "按建筑面积计收的面积热价由每平方米22.00元调整为24.50元，每平方米每个供热期增加2.50元；实行热计量收费的，"
     "基本热价由每平方米8.80元调整为9.80元，计量热价由每千瓦时0.23元调整为0.26元。"),
    ("新价格从什么时候开始执行？已经按原价格交了热费怎么办？",
     "新价格自2026年11月15日开始的2026—2027年供热期起执行。已按原价格缴纳2026—2027年供热期热费的居民用户，应当在"
     "2026年12月31日前按照新价格补缴差额，补缴期间不加收滞纳金。"),
    ("一套100平方米的住房，一个供热期要多交多少钱？",
     "按建筑面积计收热费的，100平方米的住房一个供热期热费由2200元增加到2450元，多交250元。"),
    ("城市低保家庭、特困人员的供热补贴会受影响吗？",
     "不受影响。城市低保家庭、特困人员继续按照《潍坊市城市供热管理办法》规定享受供热补贴，补贴资金由区财政直接拨付给"
     "供热企业，本人不需要申请。各区不得因本次价格调整降低补贴标准。"),
    ("家里暖气不热怎么办？",
     "供热期间，可以拨打供热企业服务热线或者12345政务服务便民热线反映，供热企业应当在接到报修后24小时内上门检查处理。"
     "经检测室温低于规定标准的，按照《潍坊市城市供热管理办法》有关规定退还热费。"),
    ("想改为按热计量收费，怎么办理？",
     "已安装符合标准的热计量装置、具备分户计量条件的居民用户，可以在每年9月30日前向供热企业申请按热计量收费，从下一个"
     "供热期起执行；选择按热计量收费后，一个供热期内不得变更。"),
]

WENDA_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="潍坊市人民政府">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="__TITLE__">
<meta name="PubDate" content="2026-09-30 16:20">
<title>__TITLE___政策解读_潍坊市人民政府</title>
<link rel="stylesheet" href="/wfszf/css/common.css">
<style>
.tj-box{display:flex;flex-wrap:wrap}.tj-item{width:25%;text-align:center}
.tj-num{font-size:40px;color:#d0021b;font-weight:bold}.tj-unit{font-size:14px}
.wd-list h4{font-size:17px;color:#0b4ea2;margin:18px 0 6px}.wd-list h4 span{display:inline-block;background:#0b4ea2;color:#fff;padding:0 6px;margin-right:8px}
</style>
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/wfszf/images/logo.png" alt="潍坊市人民政府"></a></div></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="/wfszf/zfxxgk/">政府信息公开</a> &gt; <a href="/wfszf/zcjd/">政策解读</a> &gt; <a href="/wfszf/zcjd/tjzc/">图解政策</a></div>
<div class="w1200 article-box">
  <h1 class="article-title">__TITLE__</h1>
  <div class="article-meta"><span>发布时间：2026-09-30 16:20</span><span>来源：市发展改革委</span></div>
  <div class="jdwj">解读文件：<a href="/wfszf/bmwj/202609/t20260930_6612071.html">__DOC_TITLE__（__DOC_NUMBER__）</a></div>
  <div id="zoom" class="article-content">
    <p style="text-align:center"><img src="/wfszf/zcjd/202609/W020260930521190284421.jpg" alt="一图读懂供热价格调整" width="750"></p>
    <div class="tj-box">
__FIGURES__
    </div>
    <div class="wd-list">
__QA__
    </div>
    <p class="zxdh">咨询电话：__PHONE__（市发展改革委价格管理科）</p>
  </div>
  <div class="article-tools"><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="footer"><div class="w1200">
  <p>主办单位：潍坊市人民政府办公室　承办单位：潍坊市大数据局</p>
  <p>网站标识码：3707000019　鲁ICP备05045218号-1</p>
</div></div>
</body>
</html>
"""


def html_wenda() -> str:
    figures = "\n".join(
        f'      <div class="tj-item"><span class="tj-num">{n}</span><span class="tj-unit">{u}</span><p>{label}</p></div>'
        for n, u, label in WENDA_FIGURES)
    qa = "\n".join(
        f"      <h4><span>{k:02d}</span>{q}</h4>\n      <div class=\"wd-a\">{a}</div>"
        for k, (q, a) in enumerate(WENDA_QA, start=1))
    return (WENDA_PAGE.replace("__FIGURES__", figures).replace("__QA__", qa)
            .replace("__DOC_TITLE__", HEAT_TITLE).replace("__DOC_NUMBER__", HEAT_NUMBER)
            .replace("__PHONE__", HEAT_PHONE).replace("__TITLE__", WENDA_TITLE))


# =============================================================================================
# 3. weifang-farmers-market-plan.docx (automatic numbering from styles and numPr)
# =============================================================================================

DOCX_NUMBER = "潍政办字〔2026〕12号"
PLAN_TITLE = "潍坊市农贸市场提升改造行动方案（2026—2027年）"
DOCX_TITLE = f"潍坊市人民政府办公室关于印发《{PLAN_TITLE}》的通知"
ANNEX_TITLE = "潍坊市农贸市场提升改造重点任务分工表"

# ("cn", 文号 centred) ("c", title) ("p0", no indent) ("p", body) ("r", right-aligned)
# ("L1", level-0 heading: Word shows "一、") ("L2", level-1 paragraph: "（一）"; a "。" splits a bold lead)
# ("L2h", level-1 heading without body) ("L3", level-2 item "1."; a bold lead up to the first "。")
DOCX_BODY = [
    ("cn", DOCX_NUMBER),
    ("c", DOCX_TITLE),
    ("p0", "各县市区人民政府，市属各开发区管委会，市政府各部门、各直属机构："),
    ("p", f"《{PLAN_TITLE}》已经市政府同意，现印发给你们，请认真组织实施。"),
    ("r", "潍坊市人民政府办公室"),
    ("r", "2026年3月20日"),
    ("p", "（此件公开发布）"),
    ("c", PLAN_TITLE),
    ("p", "为提升农贸市场建设和管理水平，更好保障群众“菜篮子”，结合我市实际，制定本方案。"),
    ("L1", "总体目标"),
    ("p", "到2026年底，中心城区（奎文区、潍城区、寒亭区、坊子区和潍坊高新区、潍坊经济区）完成45个农贸市场提升改造；"
          "到2027年底，全市累计完成农贸市场提升改造120个，其中建成智慧农贸市场30个，中心城区农贸市场标准化率达到100%。"),
    ("L1", "重点任务"),
    ("L2h", "优化市场布局"),
    ("L3", "编制布局规划。2026年6月底前，编制完成《潍坊市中心城区农贸市场布局专项规划》，原则上按照每3万至5万常住人口"
           "设置1个农贸市场，服务半径不超过1000米。"),
    ("L3", "同步配套建设。新建居住区应当按照规划配套建设农贸市场或者社区生鲜超市，与住宅同步规划、同步建设、同步交付使用。"),
    ("L2h", "提升硬件设施"),
    ("L3", "改造基础设施。地面防滑、给排水、通风照明、消防设施达到国家标准，市场内公共卫生间达到二类以上标准。"),
    ("L3", "实行划行归市。市场内按照蔬菜、肉类、水产、熟食、干货等分区经营，水产区与熟食区分开设置。"),
    ("L2h", "推进智慧管理"),
    ("L3", "推广电子溯源秤。到2027年6月底，中心城区农贸市场电子溯源秤使用率达到100%。"),
    ("L3", "设置快检室。每个农贸市场至少设置1处农产品快速检测室，每日检测不少于30批次，检测结果当日公示。"),
    ("L2h", "规范经营秩序"),
    ("L3", "禁止现场宰杀活禽。中心城区农贸市场禁止现场宰杀活禽，活禽实行集中屠宰、冷链配送。"),
    ("L3", "整治周边秩序。农贸市场周边200米范围内禁止占道经营，由城市管理部门依法查处。"),
    ("L1", "支持政策"),
    ("L2", "改造奖补。对中心城区按照标准完成提升改造并通过验收的农贸市场，按照改造投资额的30%给予一次性奖补，单个市场"
           "最高不超过100万元；通过验收并被评为智慧农贸市场的，再给予20万元一次性奖励。奖补资金由市级和区级财政按照5:5的"
           "比例分担。县市农贸市场提升改造奖补办法由各县市自行制定，所需资金由县市承担。"),
    ("L2", "稳定摊位租金。享受改造奖补的农贸市场，改造期间不得上涨摊位租金，改造完成后3年内摊位租金年涨幅不得超过5%。"),
    ("L2", "做好过渡安置。市场改造期间需要临时停业的，由所在区政府（管委会）设置临时疏解点，疏解点免收摊位费。"),
    ("L1", "保障措施"),
    ("L2", "加强组织领导。成立潍坊市农贸市场提升改造工作专班，由副市长张振国任组长，市政府副秘书长李海燕、市商务局局长"
           "刘海涛任副组长，成员由市有关部门和各区政府、市属开发区管委会分管负责同志组成。专班办公室设在市商务局，刘海涛兼任"
           "办公室主任。"),
    ("L2", "强化督导考核。专班办公室每季度对各区改造进度进行调度通报，改造完成情况纳入年度综合考核。"),
    ("L2", "加强宣传引导。通过报纸、电视、网络等渠道宣传农贸市场提升改造成效，营造全社会关心支持的良好氛围。"),
    ("p", "联系人：市商务局市场体系建设科　孙晓梅，联系电话：0536-8786152。"),
    ("p", f"附件：{ANNEX_TITLE}"),
]

TASK_HEADER = ("序号", "工作任务", "责任单位", "完成时限")
# (序号, 工作任务 paragraphs, 责任单位 paragraphs, 完成时限)
TASKS = [
    ("1", ["编制《潍坊市中心城区农贸市场布局专项规划》"],
     ["市商务局（牵头）", "市自然资源和规划局", "市住房和城乡建设局"], "2026年6月30日前"),
    ("2", ["制定农贸市场提升改造验收标准和奖补资金管理办法"], ["市商务局（牵头）", "市财政局"], "2026年4月30日前"),
    ("3", ["完成中心城区45个农贸市场提升改造", "改造期间设置临时疏解点"],
     ["奎文区、潍城区、寒亭区、坊子区政府，潍坊高新区、潍坊经济区管委会（牵头）", "市商务局"], "2026年12月31日前"),
    ("4", ["推广电子溯源秤，设置农产品快速检测室"], ["市市场监管局（牵头）", "市商务局", "市农业农村局"], "2027年6月30日前"),
    ("5", ["清理整治农贸市场周边200米范围内占道经营"],
     ["市城市管理局（牵头）", "市公安局", "各区政府、市属开发区管委会"], "长期坚持"),
    ("6", ["建成30个智慧农贸市场"], ["市商务局（牵头）", "市大数据局", "各县市区政府、市属开发区管委会"],
     "2027年12月31日前"),
    ("7", ["将农贸市场公共卫生间纳入城市公厕统一管理"], ["市城市管理局"], "2026年9月30日前"),
    ("8", ["在新建居住区同步配套建设农贸市场或者社区生鲜超市"], ["市自然资源和规划局（牵头）", "市住房和城乡建设局"],
     "长期坚持"),
]
DOCX_CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，潍坊军分区。"
DOCX_PRINTED = "潍坊市人民政府办公室　　　　　　　　　　　2026年3月20日印发"

NUM_ID = 90
ABSTRACT_ID = 90
STYLE_L1 = ("af8", "方案一级标题")
STYLE_L2 = ("af9", "方案二级标题")


def docx_texts() -> list[str]:
    """The text the docx holds (paragraph texts, then the table's cell paragraphs), for the checks."""
    out = [t for _, t in DOCX_BODY] + ["附件", ANNEX_TITLE, *TASK_HEADER]
    for seq, task, units, deadline in TASKS:
        out += [seq, *task, *units, deadline]
    return [*out, DOCX_CC, DOCX_PRINTED]


def _numbering_xml() -> tuple[str, str]:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lvls = [
        (0, "chineseCounting", "%1、", f'<w:pStyle w:val="{STYLE_L1[0]}"/>', 640),
        (1, "chineseCounting", "（%2）", f'<w:pStyle w:val="{STYLE_L2[0]}"/>', 640),
        (2, "decimal", "%3.", "", 640),
    ]
    parts = [f'<w:abstractNum {w} w:abstractNumId="{ABSTRACT_ID}"><w:nsid w:val="5A3C71E2"/>'
             '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="8E2A4C16"/>']
    for ilvl, fmt, text, pstyle, ind in lvls:
        parts.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
                     f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                     f'<w:pPr><w:ind w:left="0" w:firstLine="{ind}"/></w:pPr></w:lvl>')
    parts.append("</w:abstractNum>")
    num = f'<w:num {w} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>'
    return "".join(parts), num


def make_docx(path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.core_properties.title = DOCX_TITLE
    d.core_properties.author = "潍坊市人民政府办公室"
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    def east_asia(obj, font: str) -> None:
        el = obj.element if hasattr(obj, "element") else obj._element
        el.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)

    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    east_asia(normal, "仿宋_GB2312")

    # numbering.xml: the abstractNum goes before the first w:num, the w:num at the end
    numbering = d.part.numbering_part.element
    abstract_xml, num_xml = _numbering_xml()
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(parse_xml(abstract_xml))
    else:
        numbering.append(parse_xml(abstract_xml))
    numbering.append(parse_xml(num_xml))

    # the two heading styles carry the numbering themselves (style-linked list levels)
    for (sid, name), ilvl, font, bold in ((STYLE_L1, 0, "黑体", False), (STYLE_L2, 1, "楷体_GB2312", True)):
        st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.style_id = sid
        st.base_style = normal
        st.font.size = Pt(16)
        st.font.bold = bold if ilvl == 1 else None
        east_asia(st, font)
        ppr = st.element.get_or_add_pPr()
        num_pr = parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                           + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl else "")
                           + f'<w:numId w:val="{NUM_ID}"/></w:numPr>')
        ppr.insert(0, num_pr)
        st.paragraph_format.first_line_indent = Pt(32)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fp._p.append(parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                           'w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.add_run(" —")

    def item_numpr(p) -> None:
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                f'<w:ilvl w:val="2"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))

    for kind, text in DOCX_BODY:
        if kind == "L1":
            d.add_paragraph(text, style=STYLE_L1[1])
            continue
        if kind == "L2h":
            d.add_paragraph(text, style=STYLE_L2[1])
            continue
        if kind == "L2":
            p = d.add_paragraph(style=STYLE_L2[1])
            head, _, rest = text.partition("。")
            p.add_run(head + "。")
            r = p.add_run(rest)
            r.bold = False
            east_asia(r, "仿宋_GB2312")
            continue
        p = d.add_paragraph()
        pf = p.paragraph_format
        if kind == "L3":
            item_numpr(p)
            pf.first_line_indent = Pt(32)
            head, _, rest = text.partition("。")
            p.add_run(head + "。").bold = True
            p.add_run(rest)
        elif kind in ("c", "cn"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(text)
            if kind == "c":
                run.font.size = Pt(22)
                east_asia(run, "方正小标宋简体")
        elif kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            pf.right_indent = Pt(64)
            p.add_run(text)
        elif kind == "p0":
            p.add_run(text)
        else:
            pf.first_line_indent = Pt(32)
            p.add_run(text)

    d.add_page_break()
    p = d.add_paragraph()
    east_asia(p.add_run("附件"), "黑体")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(ANNEX_TITLE)
    r.font.size = Pt(18)
    east_asia(r, "方正小标宋简体")

    table = d.add_table(rows=len(TASKS) + 1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(6.4), Cm(5.6), Cm(2.9)]
    for row in table.rows:
        for c, wdt in enumerate(widths):
            row.cells[c].width = wdt
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    tr_pr.append(hdr)
    for c, text in enumerate(TASK_HEADER):
        par = table.cell(0, c).paragraphs[0]
        east_asia(par.add_run(text), "黑体")
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def fill(cell, paras: list[str], centre: bool = False) -> None:
        cell.paragraphs[0].add_run(paras[0])
        for more in paras[1:]:
            cell.add_paragraph(more)
        if centre:
            for par in cell.paragraphs:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for r_idx, (seq, task, units, deadline) in enumerate(TASKS, start=1):
        fill(table.cell(r_idx, 0), [seq], centre=True)
        fill(table.cell(r_idx, 1), task)
        fill(table.cell(r_idx, 2), units)
        fill(table.cell(r_idx, 3), [deadline], centre=True)
    for row in table.rows:
        for cell in row.cells:
            for par in cell.paragraphs:
                par.paragraph_format.first_line_indent = Pt(0)
                for run in par.runs:
                    run.font.size = Pt(12)

    d.add_paragraph()
    d.add_paragraph(DOCX_CC)
    d.add_paragraph(DOCX_PRINTED)
    d.save(str(path))


# =============================================================================================
# 4. weifang-skills-training-subsidy.pdf (table over a page break, two-column 问答 page)
# =============================================================================================

PDF_NUMBER = "潍人社字〔2026〕33号"
CATALOG_TITLE = "潍坊市职业技能培训补贴标准目录（2026年版）"
PDF_TITLE = f"潍坊市人力资源和社会保障局 潍坊市财政局关于公布《{CATALOG_TITLE}》的通知"
PDF_TITLE_LINES = ["潍坊市人力资源和社会保障局　潍坊市财政局", "关于公布《潍坊市职业技能培训补贴标准目录",
                   "（2026年版）》的通知"]
OLD_CAT_NUMBER = "潍人社字〔2024〕47号"
OLD_CAT_NAME = "潍坊市2024年职业技能培训补贴标准目录"
OLD_CAT_TITLE = f"潍坊市人力资源和社会保障局 潍坊市财政局关于公布《{OLD_CAT_NAME}》的通知"
PDF_SIGN = ["潍坊市人力资源和社会保障局　　潍坊市财政局", "2026年6月15日"]

PDF_FLOW = [
    "#ADDR各县市区人力资源和社会保障局、财政局，市属各开发区有关部门：",
    "为进一步提高职业技能培训质量，根据国家和省关于职业技能培训补贴的有关规定，结合我市培训成本和市场需求，我们对"
    f"职业技能培训补贴标准目录进行了修订，形成了《{CATALOG_TITLE}》（以下简称《目录》），现予公布，并就有关事项通知如下：",
    "一、补贴对象。城乡未继续升学的应届初高中毕业生、农村转移就业劳动者、脱贫劳动力、毕业年度高校毕业生、城镇登记失业"
    "人员（以下简称“五类人员”）以及企业在职职工，在本市定点培训机构参加职业技能培训并取得职业资格证书或者职业技能等级"
    "证书的，可以按照《目录》标准申请职业技能培训补贴。",
    "二、补贴标准。补贴标准按照职业（工种）和证书等级确定，详见附件1。脱贫享受政策人口、低保家庭成员、残疾人参加培训的，"
    "补贴标准在《目录》基础上提高20%。实际培训收费低于补贴标准的，按照实际收费补贴。",
    "三、补贴次数。每人每年最多享受3次职业技能培训补贴，同一职业（工种）同一等级只能享受1次。",
    "四、申请程序和时限。补贴应当自取得证书之日起12个月内申请，逾期不予受理。申请人通过“爱山东”APP“潍坊人社”专区"
    "或者潍坊人社网上服务大厅提交申请。县市区人力资源和社会保障部门自受理之日起15个工作日内完成审核，审核通过的公示"
    "5个工作日；公示无异议的，由同级财政部门在10个工作日内将补贴资金拨付至申请人本人社会保障卡银行账户。",
    "五、资金来源。补贴资金从职业技能提升行动专账资金或者就业补助资金中列支。",
    f"六、执行时间。本通知自2026年7月1日起执行，有效期至2029年6月30日。《{OLD_CAT_TITLE.replace('《', '〈').replace('》', '〉')}》"
    f"（{OLD_CAT_NUMBER}）同时废止。",
    "#ATT附件：1.潍坊市职业技能培训补贴标准目录（2026年版）",
    "#ATT2　　　2.职业技能培训补贴政策问答",
    "#SIGN",
    "#PAGE",
    "#LABEL附件1",
    "#CAPTION" + CATALOG_TITLE,
    "#UNIT单位：元/人",
    "#TABLE",
    "#NOTE注：1.“—”表示该职业（工种）未设置该等级或者该等级不予补贴。",
    "#NOTE　　2.本目录未列明的职业（工种），不予补贴。",
]

CAT_HEAD = ("序号", "职业（工种）", "五级/初级工", "四级/中级工", "三级/高级工", "二级/技师", "一级/高级技师")
CAT_ROWS = [
    ("电工", "1000", "1500", "2000", "2500", "3000"),
    ("焊工", "1000", "1500", "2000", "2500", "3000"),
    ("车工", "900", "1400", "1900", "2400", "—"),
    ("钳工", "900", "1400", "1900", "2400", "—"),
    ("数控车工", "—", "1600", "2100", "2600", "—"),
    ("汽车维修工", "900", "1400", "1900", "2400", "2900"),
    ("工业机器人系统运维员", "—", "1800", "2300", "2800", "—"),
    ("消防设施操作员", "—", "1300", "1800", "2300", "2800"),
    ("砌筑工", "700", "1000", "1400", "—", "—"),
    ("防水工", "700", "1000", "1400", "—", "—"),
    ("农艺工", "800", "1200", "1600", "—", "—"),
    ("农业经理人", "—", "1300", "1800", "—", "—"),
    ("养老护理员", "1000", "1500", "2000", "2500", "3000"),
    ("育婴员", "900", "1300", "1800", "—", "—"),
    ("保育师", "900", "1300", "1800", "—", "—"),
    ("家政服务员", "800", "1200", "1600", "2000", "—"),
    ("中式烹调师", "900", "1300", "1800", "2300", "2800"),
    ("中式面点师", "900", "1300", "1800", "2300", "2800"),
    ("西式面点师", "900", "1300", "1800", "—", "—"),
    ("美发师", "800", "1200", "1600", "2000", "—"),
    ("美容师", "800", "1200", "1600", "2000", "—"),
    ("电子商务师", "—", "1300", "1800", "2300", "—"),
    ("互联网营销师", "900", "1300", "1800", "2300", "—"),
    ("茶艺师", "800", "1200", "1600", "—", "—"),
    ("眼镜验光员", "800", "1200", "1600", "—", "—"),
    ("健康管理师", "—", "—", "1800", "2300", "2800"),
    ("服装制版师", "900", "1300", "1800", "2300", "—"),
    ("保安员", "600", "900", "1200", "—", "—"),
]

PDF_QA_TITLE = "职业技能培训补贴政策问答"
PDF_QA = [
    ("1.外地户籍人员在潍坊参加培训，能申请补贴吗？",
     "答：可以。在本市就业创业或者在本市参加企业职工基本养老保险的外地户籍人员，与本市户籍人员同等享受职业技能培训补贴。"),
    ("2.已经取得四级证书并享受过补贴，又取得同一职业三级证书的，还能补吗？",
     "答：可以。同一职业（工种）取得更高等级证书的，可以按照更高等级的补贴标准再次申请补贴，不扣减此前已享受的补贴，"
     "但计入当年享受补贴的次数。"),
    ("3.企业在职职工的技能提升补贴和职业技能培训补贴能同时享受吗？",
     "答：不能。企业在职职工凭同一证书已经申领技能提升补贴的，不得再申请职业技能培训补贴。"),
    ("4.自己在网上学习后考取的证书，能申请补贴吗？",
     "答：不能。职业技能培训应当由人力资源和社会保障部门公布的定点培训机构组织实施，未在定点培训机构参加培训的，"
     "不能申请职业技能培训补贴。"),
    ("5.补贴资金发到哪里？",
     "答：补贴资金直接拨付至申请人本人社会保障卡银行账户，不向培训机构拨付。申请人尚未领取社会保障卡的，应当先办理"
     "社会保障卡。"),
    ("6.补贴申请提交后多长时间能到账？",
     "答：县市区人力资源和社会保障部门自受理之日起15个工作日内完成审核，公示5个工作日，公示无异议的在10个工作日内"
     "拨付到账。"),
]

PDF_FONT = "STSong-Light"
BODY_PT = 14
LINE_H = 26
PDF_TOP = 842 - 80
PDF_BOTTOM = 80


def _pdf_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    return pdfmetrics


HEIGHTS = {"title": 40, "number": 46, "body": LINE_H, "att": LINE_H, "sign": 110, "page": 0, "label": 30,
           "caption": 34, "unit": 20, "thead": 29, "trow": 22, "note": 20}
BOX_H = {"thead": 34, "trow": 22}


def pdf_flow_lines() -> list[tuple[str, str]]:
    from reportlab.lib.pagesizes import A4

    pdfmetrics = _pdf_setup()
    full = A4[0] - 144

    def width(t: str) -> float:
        return pdfmetrics.stringWidth(t, PDF_FONT, BODY_PT)

    lines: list[tuple[str, str]] = [("title", t) for t in PDF_TITLE_LINES] + [("number", PDF_NUMBER)]
    for para in PDF_FLOW:
        if para.startswith("#ADDR"):
            lines += [("body", t) for t in wrap(para[5:], width, full, NO_LINE_START)]
        elif para.startswith("#ATT2"):
            lines.append(("att", para[5:]))
        elif para.startswith("#ATT"):
            lines.append(("att", para[4:]))
        elif para == "#SIGN":
            lines.append(("sign", ""))
        elif para == "#PAGE":
            lines.append(("page", ""))
        elif para.startswith("#LABEL"):
            lines.append(("label", para[6:]))
        elif para.startswith("#CAPTION"):
            lines.append(("caption", para[8:]))
        elif para.startswith("#UNIT"):
            lines.append(("unit", para[5:]))
        elif para == "#TABLE":
            lines.append(("thead", " ".join(CAT_HEAD)))
            lines += [("trow", " ".join((str(k), *r))) for k, r in enumerate(CAT_ROWS, start=1)]
        elif para.startswith("#NOTE"):
            lines.append(("note", para[5:]))
        else:
            lines += [("body", t) for t in wrap("　　" + para, width, full, NO_LINE_START)]
    return lines


def pdf_pages() -> list[list[tuple[str, str]]]:
    """Paginates the flow; a table row that starts a page is preceded by the header row again."""
    pages: list[list[tuple[str, str]]] = [[]]
    y = PDF_TOP
    head: tuple[str, str] | None = None
    for kind, text in pdf_flow_lines():
        if kind == "page":
            pages.append([])
            y = PDF_TOP
            continue
        h = HEIGHTS[kind]
        if kind == "thead":
            head = (kind, text)
        if y - h < PDF_BOTTOM:
            pages.append([])
            y = PDF_TOP
            if kind == "trow" and head is not None:
                pages[-1].append(head)
                y -= HEIGHTS["thead"]
        pages[-1].append((kind, text))
        y -= h
    return pages


QA_PT = 10.5
QA_LH = 18
COL_GAP = 24


def qa_columns() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The 问答 page's lines, (kind, text), split into the left and the right column."""
    from reportlab.lib.pagesizes import A4

    pdfmetrics = _pdf_setup()
    col_w = (A4[0] - 144 - COL_GAP) / 2
    lines: list[tuple[str, str]] = []
    for q, a in PDF_QA:
        lines += [("q", t) for t in wrap(q, lambda t: pdfmetrics.stringWidth(t, PDF_FONT, QA_PT), col_w,
                                         NO_LINE_START)]
        lines += [("a", t) for t in wrap("　　" + a, lambda t: pdfmetrics.stringWidth(t, PDF_FONT, QA_PT), col_w,
                                         NO_LINE_START)]
        lines.append(("gap", ""))
    half = (len(lines) + 1) // 2
    return lines[:half], lines[half:]


def pdf_texts() -> list[str]:
    out = [t for page in pdf_pages() for _, t in page if t]
    left, right = qa_columns()
    return [*out, *PDF_SIGN, "附件2", PDF_QA_TITLE, *[t for _, t in left + right if t]]


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _pdf_setup()
    f = PDF_FONT
    pages = pdf_pages()
    total = len(pages) + 1
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(PDF_TITLE)
    c.setAuthor("潍坊市人力资源和社会保障局")
    width = A4[0]
    left, right = 72, width - 72
    xs = [left, left + 32, left + 146, left + 207, left + 268, left + 329, left + 388, right]

    def footer(n: int) -> None:
        c.setFont(f, 10)
        c.drawCentredString(width / 2, 40, f"－{n}－")

    for pno, lines in enumerate(pages, start=1):
        y = PDF_TOP
        for kind, text in lines:
            if kind == "title":
                c.setFont(f, 20)
                c.drawCentredString(width / 2, y, text)
                y -= HEIGHTS["title"]
            elif kind == "number":
                c.setFont(f, 13)
                c.drawCentredString(width / 2, y - 6, text)
                y -= HEIGHTS["number"]
            elif kind == "att":
                c.setFont(f, BODY_PT)
                c.drawString(left + 28, y, text)
                y -= HEIGHTS["att"]
            elif kind == "sign":
                c.setFont(f, BODY_PT)
                y -= 30
                c.drawRightString(right - 20, y, PDF_SIGN[0])
                y -= 26
                c.drawRightString(right - 60, y, PDF_SIGN[1])
                y -= HEIGHTS["sign"] - 56
            elif kind == "label":
                c.setFont(f, 14)
                c.drawString(left, y, text)
                y -= HEIGHTS["label"]
            elif kind == "caption":
                c.setFont(f, 17)
                c.drawCentredString(width / 2, y, text)
                y -= HEIGHTS["caption"]
            elif kind == "unit":
                c.setFont(f, 10)
                c.drawRightString(right, y, text)
                y -= HEIGHTS["unit"]
            elif kind in ("thead", "trow"):
                cells = text.split(" ")
                h = BOX_H[kind]
                top = y + (20 if kind == "thead" else 15)
                c.setLineWidth(0.7)
                c.line(xs[0], top, xs[-1], top)
                c.line(xs[0], top - h, xs[-1], top - h)
                for x in xs:
                    c.line(x, top, x, top - h)
                c.setFont(f, 9.5 if kind == "thead" else 10.5)
                for j, cell in enumerate(cells):
                    if kind == "thead" and "/" in cell:
                        a, b = cell.split("/")
                        c.drawCentredString((xs[j] + xs[j + 1]) / 2, y + 6, a + "/")
                        c.drawCentredString((xs[j] + xs[j + 1]) / 2, y - 6, b)
                    else:
                        c.drawCentredString((xs[j] + xs[j + 1]) / 2, y, cell)
                y -= HEIGHTS[kind]
            elif kind == "note":
                c.setFont(f, 10)
                y -= 4
                c.drawString(left, y, text)
                y -= HEIGHTS["note"] - 4
            else:
                c.setFont(f, BODY_PT)
                c.drawString(left, y, text)
                y -= HEIGHTS["body"]
        if y < PDF_BOTTOM - 30:
            raise SystemExit(f"PDF page {pno} overflows (y={y})")
        footer(pno)
        c.showPage()

    # the last page: 附件2 in two columns
    y = PDF_TOP
    c.setFont(f, 14)
    c.drawString(left, y, "附件2")
    y -= 32
    c.setFont(f, 17)
    c.drawCentredString(width / 2, y, PDF_QA_TITLE)
    y -= 40
    col_w = (right - left - COL_GAP) / 2
    left_col, right_col = qa_columns()
    for x0, col in ((left, left_col), (left + col_w + COL_GAP, right_col)):
        yy = y
        for kind, text in col:
            if kind == "gap":
                yy -= 8
                continue
            c.setFont(f, QA_PT)
            c.drawString(x0, yy, text)
            yy -= QA_LH
        if yy < PDF_BOTTOM:
            raise SystemExit("问答 page overflows")
    c.setLineWidth(0.4)
    c.line(left + col_w + COL_GAP / 2, y + 12, left + col_w + COL_GAP / 2, PDF_BOTTOM + 20)
    footer(total)
    c.showPage()
    c.save()


# =============================================================================================
# 5. weifang-fireworks-ban-scan.pdf (one RGB scanned page, red seal)
# =============================================================================================

SCAN_TITLE_LINES = ["潍坊市人民政府", "关于中心城区禁止燃放烟花爆竹的通告"]
SCAN_NUMBER = "潍政通〔2026〕3号"
SCAN_TITLE = "潍坊市人民政府关于中心城区禁止燃放烟花爆竹的通告"
SCAN_PARAS = [
    "为保障公共安全和人民群众人身财产安全，减少环境污染，根据《中华人民共和国大气污染防治法》《烟花爆竹安全管理条例》"
    "等法律法规，结合我市实际，市政府决定在中心城区禁止燃放烟花爆竹，现通告如下：",
    "一、禁放区域：东至潍安路，西至长松路，南至宝通街，北至北宫街围合区域（含边界道路），以及潍坊高新区、潍坊经济区"
    "城市建成区。",
    "二、禁放时间：全年每日0时至24时。",
    "三、禁放区域内禁止销售烟花爆竹。婚丧嫁娶、开业庆典等确需营造气氛的，可以使用电子鞭炮等环保替代产品。",
    "四、举办焰火晚会等大型焰火燃放活动的，应当依法向公安机关申请许可，经批准后方可燃放。",
    "五、违反本通告规定在禁放区域内燃放烟花爆竹的，由公安机关责令停止燃放，处100元以上500元以下罚款；构成违反治安管理"
    "行为的，依法给予治安管理处罚。在禁放区域内销售烟花爆竹的，由应急管理、市场监督管理等部门依法处理。",
    "六、公民发现违规燃放、销售烟花爆竹的，可以拨打110或者12345政务服务便民热线举报。",
    "七、本通告自2026年12月1日起施行，有效期5年。2021年12月10日发布的《潍坊市人民政府关于中心城区限制燃放烟花爆竹"
    "的通告》（潍政通〔2021〕5号）同时废止。",
    "特此通告。",
]
SCAN_SIGN = ["潍坊市人民政府", "2026年11月18日"]

DPI = 200
PAGE_W, PAGE_H = 1654, 2339
MARGIN = 170
BODY_PX = 36
TITLE_PX = 54
SKEW_DEG = -0.9


def scan_lines() -> list[tuple[str, str]]:
    """The lines drawn on the scanned page, as (kind, text)."""
    from PIL import ImageFont

    font_path, index = _cjk_font()
    body = ImageFont.truetype(font_path, BODY_PX, index=index)
    lines: list[tuple[str, str]] = [("title", t) for t in SCAN_TITLE_LINES] + [("number", SCAN_NUMBER)]
    for para in SCAN_PARAS:
        lines += [("body", t) for t in wrap("　　" + para, body.getlength, PAGE_W - 2 * MARGIN, NO_LINE_START)]
    return lines + [("sign", t) for t in SCAN_SIGN]


def _red_seal(size: int, font_path: str, index: int):
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ink = (205, 38, 42, 150)
    cx = cy = size / 2
    radius = size / 2 - 8
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=ink, width=9)
    star = []
    for k in range(10):
        r = 46 if k % 2 == 0 else 19
        a = math.pi / 2 + k * math.pi / 5
        star.append((cx + r * math.cos(a), cy - r * math.sin(a)))
    d.polygon(star, fill=ink)
    font = ImageFont.truetype(font_path, 38, index=index)
    ring = "潍坊市人民政府"
    for k, ch in enumerate(ring):
        a = math.radians(210 - k * (240 / (len(ring) - 1)))
        px, py = cx + (radius - 40) * math.cos(a), cy - (radius - 40) * math.sin(a)
        glyph = Image.new("L", (50, 50), 0)
        ImageDraw.Draw(glyph).text((6, 2), ch, font=font, fill=255)
        glyph = glyph.rotate(math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        img.paste(Image.new("RGBA", (50, 50), ink), (int(px - 25), int(py - 25)), glyph)
    return img


def make_scan(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(7307)
    font_path, index = _cjk_font()
    body = ImageFont.truetype(font_path, BODY_PX, index=index)
    title = ImageFont.truetype(font_path, TITLE_PX, index=index)
    paper = (246, 243, 235)
    img = Image.new("RGB", (PAGE_W, PAGE_H), paper)
    draw = ImageDraw.Draw(img)
    ink = (38, 36, 40)
    y = 190
    sign_box: tuple[float, float, float, float] | None = None
    for kind, text in scan_lines():
        if kind == "title":
            w = title.getlength(text)
            draw.text(((PAGE_W - w) / 2, y), text, font=title, fill=ink)
            y += 80
        elif kind == "number":
            y += 6
            w = body.getlength(text)
            draw.text(((PAGE_W - w) / 2, y), text, font=body, fill=ink)
            y += 80
        elif kind == "body":
            draw.text((MARGIN, y), text, font=body, fill=ink)
            y += 57
        else:
            if text == SCAN_SIGN[0]:
                y += 60
            w = body.getlength(text)
            x = PAGE_W - MARGIN - 60 - w
            draw.text((x, y), text, font=body, fill=ink)
            sign_box = (x, y, x + w, y + BODY_PX) if sign_box is None else (
                min(sign_box[0], x), sign_box[1], max(sign_box[2], x + w), y + BODY_PX)
            y += 57
    if y > PAGE_H - 120:
        raise SystemExit(f"scan overflows (y={y})")
    assert sign_box is not None
    seal = _red_seal(330, font_path, index)
    cx = (sign_box[0] + sign_box[2]) / 2 - 10
    cy = (sign_box[1] + sign_box[3]) / 2 + 4
    base = img.convert("RGBA")
    base.alpha_composite(seal, (int(cx - 165), int(cy - 165)))
    img = base.convert("RGB")
    # uneven lighting: the page darkens towards the bottom, as under a copier lid left ajar
    shade = Image.linear_gradient("L").resize((PAGE_W, PAGE_H))
    dark = Image.new("RGB", (PAGE_W, PAGE_H), (196, 192, 184))
    img = Image.composite(dark, img, shade.point(lambda v: int(v * v / 255 * 0.5)))
    px = img.load()
    assert px is not None
    for _ in range(30000):
        x, yy = rng.randrange(PAGE_W), rng.randrange(PAGE_H)
        dv = rng.choice((-1, 1)) * rng.randrange(30, 90)
        r, g, b = px[x, yy]  # type: ignore[misc]
        px[x, yy] = (max(0, min(255, r + dv)), max(0, min(255, g + dv)), max(0, min(255, b + dv)))
    for _ in range(40):
        x, yy = rng.randrange(10, PAGE_W - 4), rng.randrange(PAGE_H - 4)
        for dx in range(3):
            for dy in range(2):
                px[x + dx, yy + dy] = (70, 68, 66)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    img = img.rotate(SKEW_DEG, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(250, 249, 245))
    img.save(str(path), "PDF", resolution=float(DPI), quality=60)


# =============================================================================================
# 6. weifang-gazette-2024-10.txt (GBK, LF, one paragraph a line, no page numbers)
# =============================================================================================

GAZ_NAME = "潍坊市人民政府公报"

AMEND_NUMBER = "潍政办发〔2024〕9号"
AMEND_TITLE = "潍坊市人民政府办公室关于修改《潍坊市城市供热管理办法》的决定"
HEAT_RULES_NUMBER = "潍政办发〔2020〕18号"
JIAZHENG_NUMBER = "潍政办字〔2024〕41号"
JIAZHENG_TITLE = "潍坊市人民政府办公室关于印发潍坊市支持家政服务业提质扩容若干措施的通知"
APPOINT_NUMBER = "潍政任〔2024〕15号"
APPOINT_TITLE = "潍坊市人民政府关于周建民等同志职务任免的通知"

OLD_CAT_HEAD = ("序号", "职业（工种）", "五级", "四级", "三级", "二级", "一级")
OLD_CAT_ROWS = [
    ("电工", "900", "1300", "1800", "2300", "2800"),
    ("焊工", "900", "1300", "1800", "2300", "2800"),
    ("养老护理员", "900", "1300", "1800", "2300", "2800"),
    ("育婴员", "800", "1200", "1600", "—", "—"),
    ("家政服务员", "700", "1100", "1500", "—", "—"),
    ("中式烹调师", "800", "1200", "1600", "2100", "2600"),
    ("中式面点师", "800", "1200", "1600", "2100", "2600"),
    ("美发师", "700", "1100", "1500", "—", "—"),
    ("电子商务师", "—", "1200", "1700", "2200", "—"),
    ("保安员", "500", "800", "1100", "—", "—"),
]

GAZ_ADDR = "各县市区人民政府，市属各开发区管委会，市政府各部门、各直属机构："

# (column label, title for the 目录, 文号, [(kind, text)]): "t" title line, "d" the (文号　date) line,
# "p" paragraph (indented), "p0" paragraph without indent, "raw" as is, "" blank, "table" the box table
GAZ_DOCS = [
    ("市政府办公室文件", AMEND_TITLE, AMEND_NUMBER, [
        ("t", "潍坊市人民政府办公室"),
        ("t", "关于修改《潍坊市城市供热管理办法》的决定"),
        ("d", f"（{AMEND_NUMBER}　2024年10月12日）"),
        ("", ""),
        ("p0", GAZ_ADDR),
        ("p", "为减轻城市低保家庭、特困人员冬季取暖负担，市政府决定对《潍坊市城市供热管理办法》（" + HEAT_RULES_NUMBER
              + "）作如下修改："),
        ("p", "将第二十六条修改为：“城市低保家庭、特困人员在集中供热期间的供热费，由所在区财政按照每户每个供热期900元的"
              "标准给予补贴，补贴资金直接拨付至供热企业；实际热费低于补贴标准的，按照实际热费补贴。”"),
        ("p", "本决定自2024年11月1日起施行。《潍坊市城市供热管理办法》的其他条款不变。"),
    ]),
    ("市政府办公室文件", JIAZHENG_TITLE, JIAZHENG_NUMBER, [
        ("t", "潍坊市人民政府办公室"),
        ("t", "关于印发潍坊市支持家政服务业提质扩容若干措施的通知"),
        ("d", f"（{JIAZHENG_NUMBER}　2024年9月20日）"),
        ("", ""),
        ("p0", GAZ_ADDR),
        ("p", "《潍坊市支持家政服务业提质扩容若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。"),
        ("", ""),
        ("t", "潍坊市支持家政服务业提质扩容若干措施"),
        ("", ""),
        ("p", "一、支持员工制家政企业发展。对新设立并在我市登记注册的员工制家政企业，吸纳家政服务员达到20人以上并为其缴纳"
              "社会保险费满6个月的，给予一次性开办补贴5万元。"),
        ("p", "二、落实社会保险补贴。员工制家政企业为家政服务员缴纳社会保险费的，按照单位缴费部分的50%给予社会保险补贴，"
              "每人每月最高300元，补贴期限最长2年。"),
        ("p", "三、提升从业人员技能。家政服务员参加家政服务类职业技能培训并取得证书的，按照职业技能培训补贴标准目录给予"
              "培训补贴。"),
        ("p", "四、加强从业保障。员工制家政企业为家政服务员购买意外伤害保险的，按照每人每年100元给予保险补贴。"),
        ("p", "五、各项补贴由企业通过“潍坊家政”服务平台申报，县市区商务部门会同人力资源和社会保障部门审核后拨付。"),
        ("p", "六、本措施由市商务局会同市人力资源和社会保障局负责解释，自2024年10月1日起施行，有效期至2025年12月31日。"),
    ]),
    ("部门文件", OLD_CAT_TITLE, OLD_CAT_NUMBER, [
        ("t", "潍坊市人力资源和社会保障局　潍坊市财政局"),
        ("t", f"关于公布《{OLD_CAT_NAME}》的通知"),
        ("d", f"（{OLD_CAT_NUMBER}　2024年9月6日）"),
        ("", ""),
        ("p0", "各县市区人力资源和社会保障局、财政局，市属各开发区有关部门："),
        ("p", f"现将《{OLD_CAT_NAME}》予以公布，并就有关事项通知如下："),
        ("p", "一、五类人员和企业在职职工参加职业技能培训并取得职业资格证书或者职业技能等级证书的，按照本目录标准给予职业"
              "技能培训补贴。每人每年最多享受2次。"),
        ("p", "二、补贴应当自取得证书之日起12个月内申请。县市区人力资源和社会保障部门自受理之日起20个工作日内完成审核。"),
        ("p", "三、本通知自2024年10月1日起执行，有效期至2027年9月30日。"),
        ("", ""),
        ("raw", f"　　　　　　{OLD_CAT_NAME}"),
        ("raw", "　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：元/人"),
        ("table", ""),
    ]),
    ("人事任免", APPOINT_TITLE, APPOINT_NUMBER, [
        ("t", "潍坊市人民政府"),
        ("t", "关于周建民等同志职务任免的通知"),
        ("d", f"（{APPOINT_NUMBER}　2024年10月18日）"),
        ("", ""),
        ("p0", GAZ_ADDR),
        ("p", "经市政府研究决定："),
        ("p", "任命周建民为潍坊市商务局副局长；"),
        ("p", "任命韩雪梅为潍坊市人力资源和社会保障局副局长；"),
        ("p", "免去高志强的潍坊市城市管理局副局长职务。"),
    ]),
]

GAZ_COLOPHON = [
    "《潍坊市人民政府公报》　2024年第10期（总第268期）",
    "主管主办：潍坊市人民政府办公室",
    "编辑出版：《潍坊市人民政府公报》编辑部",
    "地　　址：潍坊市奎文区东风东街6396号",
    "电　　话：0536-8787035",
    "印刷单位：潍坊日报社印务中心",
    "准印证号：（鲁）0701-2024-0006",
]


def _w(t: str) -> int:
    return sum(1 if ord(ch) < 128 else 2 for ch in t)


def _box_table() -> list[str]:
    widths = [6, 22, 8, 8, 8, 8, 8]  # half-width columns per cell

    def cell(t: str, wdt: int) -> str:
        pad = wdt - _w(t)
        return " " * (pad // 2) + t + " " * (pad - pad // 2)

    def rule(lft: str, mid: str, rgt: str) -> str:
        return lft + mid.join("─" * (wdt // 2) for wdt in widths) + rgt

    out = [rule("┌", "┬", "┐"), "│" + "│".join(cell(t, wdt) for t, wdt in zip(OLD_CAT_HEAD, widths, strict=True)) + "│"]
    for k, row in enumerate(OLD_CAT_ROWS, start=1):
        out.append(rule("├", "┼", "┤"))
        out.append("│" + "│".join(cell(t, wdt) for t, wdt in zip((str(k), *row), widths, strict=True)) + "│")
    out.append(rule("└", "┴", "┘"))
    return out


def _doc_lines(items) -> list[str]:
    out: list[str] = []
    for kind, text in items:
        if kind == "":
            out.append("")
        elif kind in ("t", "d"):
            out.append("　" * max(0, (40 - len(text)) // 2) + text)
        elif kind == "p":
            out.append("　　" + text)
        elif kind in ("p0", "raw"):
            out.append(text)
        elif kind == "table":
            out += _box_table()
    return out


def gazette_text() -> str:
    toc = [
        "　" * 14 + GAZ_NAME,
        "　" * 12 + "2024年第10期（总第268期）",
        "潍坊市人民政府办公室主办" + "　" * 10 + "2024年10月25日出版",
        "",
        "　" * 17 + "目　　录",
        "",
    ]
    page = 2
    last = None
    body: list[str] = []
    for label, title, number, items in GAZ_DOCS:
        if label != last:
            toc.append(f"【{label}】")
            last = label
        entry = f"{title}（{number}）"
        toc.append(entry + "…" * max(3, 40 - len(entry)) + f"（{page}）")
        lines = _doc_lines(items)
        page += 1 + len(lines) // 28
        body += ["", "━" * 40, "　" * 34 + label, "", *lines]
    out = [*toc, *body, "", "━" * 40, *GAZ_COLOPHON]
    return "\n".join(out) + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "weifang-heating-price.html").write_bytes(html_heat().encode("utf-8"))
    (OUT / "weifang-heating-price-wenda.html").write_bytes(html_wenda().encode("utf-8"))
    make_docx(OUT / "weifang-farmers-market-plan.docx")
    make_pdf(OUT / "weifang-skills-training-subsidy.pdf")
    if find_cjk_font() is None:
        print("no CJK font found (fc-list :lang=zh is empty): weifang-fireworks-ban-scan.pdf not written")
    else:
        make_scan(OUT / "weifang-fireworks-ban-scan.pdf")
    (OUT / "weifang-gazette-2024-10.txt").write_bytes(gazette_text().encode("gbk"))
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

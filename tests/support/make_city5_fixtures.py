"""Writes the documents of the 泉州市 (city5) fixture in tests/data/city5/corpus/.

Run once; the outputs are committed. It needs python-docx, Pillow, reportlab and a CJK font
(Noto Sans CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3 -m venv /tmp/c5venv && /tmp/c5venv/bin/pip install python-docx pillow reportlab
    cd /work/main && /tmp/c5venv/bin/python -m tests.support.make_city5_fixtures

Every file of the corpus is written by this script, the text files too, so that their encodings
are exact. The scan's skew, noise and seal come from a fixed random seed, so a rerun gives the same
image with the same font and Pillow version.

- ``quanzhou-childcare-subsidy.html``: a saved page of the 泉州市人民政府 site (UTF-8), the 市卫健委
  and 市财政局 notice 泉卫人口〔2026〕23号 on 普惠托育 subsidies. Metadata in
  ``<ul class="gk-meta"><li><span>label</span>value</li>``, body in ``<div class="TRS_Editor">`` with
  ``<p style="text-indent:2em">``; the per-托位 and per-child amounts are ``<ol><li>`` items, so their
  "1." "2." "3." exist only as HTML list numbering; a 附件 link list, a right sidebar of 热点 links,
  上一篇/下一篇 and a footer.
- ``quanzhou-childcare-tujie.html``: the 图解/政策问答 page of the same notice, GBK bytes; its
  ``<meta charset="gbk">`` comes after a long analytics script, more than 1024 bytes into the file;
  the 图解 figures are split over ``<b>``/``<small>`` tags.
- ``quanzhou-old-community-renewal.docx``: 泉政办〔2026〕17号, a 市政府办公室 方案 whose headings
  "一、" and "（一）" are Word automatic numbering (numPr, numbering.xml, chineseCounting), not text;
  the 序号 column of the task table is automatic numbering too (decimal), and one 完成时限 cell is
  vertically merged over three rows (vMerge).
- ``quanzhou-parking-fees.pdf``: 泉发改价〔2026〕27号, three pages with a text layer in STSong-Light;
  a running header on every page, a ruled table of 收费标准 per 区域 with a small-print 注 under it,
  page 2 set in two columns.
- ``quanzhou-drone-notice-scan.pdf``: 泉公通〔2026〕6号, two pages that are only images (RGB, 200 dpi),
  each slightly askew, with paper tint, speckle noise and a red round seal over the signature.
- ``quanzhou-gazette-2025-2.txt``: 泉州市人民政府公报 2025年第2期, UTF-16 LE with BOM and CRLF,
  form feeds, page numbers and running headers inside documents.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from tests.support.print_lines import NO_LINE_START as _NO_LINE_START
from tests.support.print_lines import find_cjk_font, notice_lines, wrap

NO_LINE_START = _NO_LINE_START | {"%", "—", "〕", "」"}

OUT = Path(__file__).resolve().parents[1] / "data" / "city5" / "corpus"

# =============================================================================================
# 1. quanzhou-childcare-subsidy.html (UTF-8)
# =============================================================================================

HTML_NUMBER = "泉卫人口〔2026〕23号"
HTML_TITLE = "泉州市卫生健康委员会 泉州市财政局关于印发《泉州市普惠托育服务补助资金管理办法》的通知"

HTML_NOTICE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="泉州市人民政府">
<meta name="SiteDomain" content="www.quanzhou.gov.cn">
<meta name="ColumnName" content="部门文件">
<meta name="ArticleTitle" content="泉州市卫生健康委员会 泉州市财政局关于印发《泉州市普惠托育服务补助资金管理办法》的通知">
<meta name="PubDate" content="2026-03-12 16:05">
<meta name="ContentSource" content="市卫健委">
<title>泉州市卫生健康委员会 泉州市财政局关于印发《泉州市普惠托育服务补助资金管理办法》的通知_部门文件_泉州市人民政府</title>
<link rel="stylesheet" href="/images/qz2024/css/base.css">
<link rel="stylesheet" href="/images/qz2024/css/detail.css">
<script src="/images/qz2024/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="qz-topbar">
  <div class="w1200">
    <span class="welcome">您好，欢迎访问泉州市人民政府网站！</span>
    <a href="javascript:void(0)" id="wza">无障碍浏览</a> | <a href="javascript:void(0)" id="zhlx">長者模式</a> |
    <a href="https://m.quanzhou.gov.cn/">手机版</a> | <a href="/zwgk/zcjd/">政策解读</a>
  </div>
</div>
<div class="qz-header">
  <div class="w1200">
    <a class="logo" href="/"><img src="/images/qz2024/img/logo.png" alt="泉州市人民政府"></a>
    <form class="search" action="/search/" method="get"><input name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
  </div>
  <ul class="qz-nav w1200">
    <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqz/">走进泉州</a></li><li><a href="/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmwj/">部门文件</a></div>
<div class="w1200 detail-wrap clearfix">
 <div class="detail-main">
  <ul class="gk-meta clearfix">
    <li><span>索 引 号：</span>QZ01302-0500-2026-00041</li>
    <li><span>所属机构：</span>泉州市卫生健康委员会</li>
    <li><span>所属主题：</span>卫生、体育 / 人口与计划生育、妇女儿童工作</li>
    <li><span>发文日期：</span>2026-03-10</li>
    <li><span>发文字号：</span>泉卫人口〔2026〕23号</li>
    <li><span>有 效 性：</span>有效</li>
    <li class="full"><span>标　　题：</span>泉州市卫生健康委员会 泉州市财政局关于印发《泉州市普惠托育服务补助资金管理办法》的通知</li>
  </ul>
  <h1 class="art-title">泉州市卫生健康委员会 泉州市财政局关于印发《泉州市普惠托育服务补助资金管理办法》的通知</h1>
  <div class="art-info">
    <span>发布时间：2026-03-12 16:05</span><span>信息来源：市卫健委</span>
    <span class="fontsize">字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
  </div>
  <div class="art-con" id="Zoom">
   <div class="TRS_Editor">
<p style="text-indent:2em">各县（市、区）卫生健康局、财政局，泉州开发区、泉州台商投资区社会事业局、财政金融局：</p>
<p style="text-indent:2em">为加快发展普惠托育服务，减轻家庭养育负担，市卫生健康委、市财政局制定了《泉州市普惠托育服务补助资金管理办法》，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">泉州市卫生健康委员会　　泉州市财政局</p>
<p style="text-align:right">2026年3月10日</p>
<p style="text-indent:2em">（此件主动公开）</p>
<p style="text-align:center"><strong>泉州市普惠托育服务补助资金管理办法</strong></p>
<p style="text-indent:2em"><strong>一、总则</strong></p>
<p style="text-indent:2em">（一）为规范普惠托育服务补助资金管理，提高资金使用效益，推动建设覆盖城乡、质量可靠、价格可承受的普惠托育服务体系，结合我市实际，制定本办法。</p>
<p style="text-indent:2em">（二）本办法适用于鲤城区、丰泽区、洛江区、泉港区、石狮市、晋江市、南安市、惠安县、安溪县、永春县、德化县和泉州开发区、泉州台商投资区。本办法所称普惠托育机构，是指在本市行政区域内依法登记并向县（市、区）卫生健康部门备案，与所在县（市、区）人民政府签订普惠托育服务协议，按照政府指导价收费的托育机构。</p>
<p style="text-indent:2em">（三）补助资金由市、县两级财政按照1:1的比例分担，纳入年度预算，专款专用。</p>
<p style="text-indent:2em"><strong>二、补助项目和标准</strong></p>
<p style="text-indent:2em">（一）托位建设补助。普惠托育机构新增普惠托位并连续运营满6个月的，按照新增托位数给予一次性建设补助：</p>
<ol class="std-list">
<li>社区嵌入式托育点，每个托位5000元；</li>
<li>用人单位举办的托育机构，每个托位4000元；</li>
<li>幼儿园开设的托班，每个托位3000元。</li>
</ol>
<p style="text-indent:2em">每个机构累计补助不超过150个托位。同一托位不得重复享受建设补助。</p>
<p style="text-indent:2em">（二）运营补助。按照普惠托育机构实际收托的3周岁以下婴幼儿人数，每人每月补助200元；收托不满2周岁婴幼儿的，每人每月补助300元。</p>
<p style="text-indent:2em">（三）家庭入托补贴。在普惠托育机构入托的3周岁以下婴幼儿，按照家庭子女孩次给予入托补贴：</p>
<ol class="std-list">
<li>一孩，每人每月200元；</li>
<li>二孩，每人每月400元；</li>
<li>三孩及以上，每人每月600元。</li>
</ol>
<p style="text-indent:2em">入托补贴发放至婴幼儿年满3周岁的当月。婴幼儿当月实际出勤不足10天的，当月不予补贴。</p>
<p style="text-indent:2em">（四）示范奖励。新认定为省级示范性托育机构的，一次性奖励10万元；新认定为市级示范性托育机构的，一次性奖励5万元。市级示范性托育机构晋级为省级的，按差额给予奖励。</p>
<p style="text-indent:2em"><strong>三、申请条件</strong></p>
<p style="text-indent:2em">申请家庭入托补贴的，婴幼儿应当具有本市户籍，或者父母一方在本市连续缴纳职工基本养老保险满6个月。</p>
<p style="text-indent:2em">申请建设补助、运营补助的普惠托育机构，应当取得备案回执，近一年内未发生安全责任事故，未被列入严重失信主体名单。</p>
<p style="text-indent:2em"><strong>四、申报和拨付</strong></p>
<p style="text-indent:2em">（一）家庭入托补贴实行资格认证、机构减免。家长完成入托补贴资格认证后，由普惠托育机构在收取托育费时直接减免，机构按季度向所在县（市、区）卫生健康部门申请结算。</p>
<p style="text-indent:2em">（二）建设补助、运营补助每半年集中申报一次，由普惠托育机构向所在县（市、区）卫生健康部门提出申请。</p>
<p style="text-indent:2em">（三）县（市、区）卫生健康部门自受理之日起15个工作日内完成审核，审核结果公示5个工作日无异议的，由同级财政部门在20个工作日内拨付资金。</p>
<p style="text-indent:2em"><strong>五、监督管理</strong></p>
<p style="text-indent:2em">普惠托育机构应当如实申报托位数、收托人数和出勤情况。以虚报、冒领等手段骗取补助资金的，由县（市、区）卫生健康部门追回已拨付资金，取消其普惠托育机构资格，3年内不得申报各类托育补助。</p>
<p style="text-indent:2em"><strong>六、附则</strong></p>
<p style="text-indent:2em">（一）普惠托育服务价格实行政府指导价，具体标准由各县（市、区）另行制定。</p>
<p style="text-indent:2em">（二）本办法由泉州市卫生健康委员会、泉州市财政局负责解释，自<span style="font-family:仿宋_GB2312">2026年4月1日</span>起施行，有效期至<span style="font-family:仿宋_GB2312">2030年12月31日</span>。</p>
<p style="text-indent:2em">联系人：市卫生健康委人口监测与家庭发展科　陈璟，联系电话：0595-22587316。</p>
   </div>
   <div class="art-attach">
     <p class="attach-title">附件：</p>
     <ul>
       <li><a href="/zwgk/bmwj/202603/P020260312551040211837.docx">1.泉州市普惠托育机构补助申报表.docx</a></li>
       <li><a href="/zwgk/bmwj/202603/P020260312551040213092.pdf">2.泉州市家庭入托补贴资格认证操作指引.pdf</a></li>
     </ul>
   </div>
   <div class="art-jd">相关解读：<a href="/zwgk/zcjd/bmjd/202603/t20260313_3187265.htm">一图读懂《泉州市普惠托育服务补助资金管理办法》</a></div>
  </div>
  <div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="art-prevnext">
    <p>上一篇：<a href="/zwgk/bmwj/202603/t20260305_3181120.htm">泉州市卫生健康委员会关于公布2025年度市级示范性托育机构名单的通知</a></p>
    <p>下一篇：<a href="/zwgk/bmwj/202603/t20260316_3188406.htm">泉州市财政局关于下达2026年第一批城乡居民基本公共卫生服务补助资金的通知</a></p>
  </div>
 </div>
 <div class="detail-side">
  <div class="side-box">
   <h3>热点</h3>
   <ul>
    <li><a href="/ztzl/tyfw/">泉州市托育机构备案名单（2026年第一批）</a></li>
    <li><a href="/zwgk/zcjd/">一图读懂泉州市2026年民生实事项目</a></li>
    <li><a href="/ztzl/yczc/">泉州市育儿补贴申领入口（国家育儿补贴）</a></li>
    <li><a href="/zwgk/tzgg/">关于开展2026年“托育服务宣传月”活动的通知</a></li>
    <li><a href="/hdjl/zxft/">在线访谈：让婴幼儿“托得起、托得好”</a></li>
   </ul>
  </div>
  <div class="side-box">
   <h3>扫一扫在手机打开当前页</h3>
   <img src="/images/qz2024/img/qrcode.png" alt="二维码">
  </div>
 </div>
</div>
<div class="qz-footer">
  <div class="w1200">
    <p><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
    <p>主办单位：泉州市人民政府办公室　承办单位：泉州市大数据服务中心</p>
    <p>网站标识码：3505000001　<a href="https://beian.miit.gov.cn/">闽ICP备05002936号-1</a>　闽公网安备 35050302000187号</p>
    <p>建议使用1366×768分辨率、IE10以上版本浏览器访问本站</p>
  </div>
</div>
<script>
function doZoom(size){ document.getElementById('Zoom').style.fontSize = size + 'px'; }
var _hmt = _hmt || []; // 站点统计：泉州市人民政府网站
</script>
</body>
</html>
"""

# =============================================================================================
# 2. quanzhou-childcare-tujie.html (GBK; the charset meta is past the first 1024 bytes)
# =============================================================================================

TUJIE_TITLE = "一图读懂《泉州市普惠托育服务补助资金管理办法》"

_ANALYTICS = "\n".join(
    f"  _trackCfg.push(['_setCustomVar', {k}, 'col_{k}', 'zcjd-bmjd-{k:02d}', 3]);" for k in range(1, 21))

HTML_TUJIE = """<!DOCTYPE html>
<html>
<head>
<script type="text/javascript">
  // 访问统计（须放在页面最前）
  var _trackCfg = _trackCfg || [];
  _trackCfg.push(['_setAccount', 'QZGOV-350500-0001']);
""" + _ANALYTICS + """
  (function(){ var s = document.createElement('script'); s.src = '/images/qz2024/js/track.js'; document.head.appendChild(s); })();
</script>
<meta charset="gbk">
<title>一图读懂《泉州市普惠托育服务补助资金管理办法》_部门解读_泉州市人民政府</title>
<meta name="ArticleTitle" content="一图读懂《泉州市普惠托育服务补助资金管理办法》">
<link rel="stylesheet" href="/images/qz2024/css/jd.css">
</head>
<body class="jd-page">
<div class="qz-topbar"><div class="w1200"><span class="welcome">您好，欢迎访问泉州市人民政府网站！</span> <a href="javascript:void(0)">无障碍浏览</a> | <a href="javascript:void(0)">長者模式</a></div></div>
<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a> &gt; <a href="/zwgk/zcjd/bmjd/">部门解读</a></div>
<div class="w1200 jd-main">
  <h1 class="jd-h1">一图读懂《泉州市普惠托育服务补助资金管理办法》<span class="tag">图解</span></h1>
  <div class="jd-src">发布时间：2026-03-13　来源：市卫健委　解读文件：<a href="/zwgk/bmwj/202603/t20260312_3186951.htm">泉州市卫生健康委员会 泉州市财政局关于印发《泉州市普惠托育服务补助资金管理办法》的通知（泉卫人口〔2026〕23号）</a></div>
  <div class="tj-block">
    <h2 class="tj-h2">托位建设补助（一次性，按新增普惠托位）</h2>
    <div class="tj-row">
      <div class="tj-item"><div class="tj-num"><b>5000</b><small>元/托位</small></div><p>社区嵌入式托育点</p></div>
      <div class="tj-item"><div class="tj-num"><b>4000</b><small>元/托位</small></div><p>用人单位办托</p></div>
      <div class="tj-item"><div class="tj-num"><b>3000</b><small>元/托位</small></div><p>幼儿园托班</p></div>
    </div>
    <h2 class="tj-h2">家庭入托补贴（每月，从托育费中直接减免）</h2>
    <div class="tj-row">
      <div class="tj-item"><div class="tj-num"><b>200</b><small>元/月</small></div><p>一孩</p></div>
      <div class="tj-item"><div class="tj-num"><b>400</b><small>元/月</small></div><p>二孩</p></div>
      <div class="tj-item"><div class="tj-num"><b>600</b><small>元/月</small></div><p>三孩及以上</p></div>
    </div>
    <p class="tj-note">运营补助：<b>200</b>元/人/月，收托不满2周岁的<b>300</b>元/人/月　示范奖励：省级<b>10</b>万元，市级<b>5</b>万元</p>
  </div>
  <div class="wd-block">
    <h2 class="tj-h2">政策问答</h2>
    <dl class="wd"><dt><em>问</em>哪些托育机构能拿到补助？</dt>
      <dd><em>答</em>在本市依法登记并向县（市、区）卫生健康部门备案、与所在县（市、区）人民政府签订普惠托育服务协议、按照政府指导价收费的普惠托育机构，可以按规定申请托位建设补助、运营补助和示范奖励。</dd></dl>
    <dl class="wd"><dt><em>问</em>家长怎样申请家庭入托补贴？</dt>
      <dd><em>答</em>家长通过“闽政通”APP进入“泉州托育”专区，在线提交婴幼儿户籍信息或者父母一方的社保缴纳信息，完成入托补贴资格认证。认证通过后，补贴由普惠托育机构在收取托育费时直接减免，家长不用先交后领，也不用到窗口跑腿。</dd></dl>
    <dl class="wd"><dt><em>问</em>什么时候认证？从哪个月开始减免？</dt>
      <dd><em>答</em>资格认证全年都可以办理。每月20日（含）前认证通过的，当月起享受减免；20日以后认证通过的，次月起享受减免。认证前的月份不予追溯。</dd></dl>
    <dl class="wd"><dt><em>问</em>托育机构什么时候申报建设补助和运营补助？</dt>
      <dd><em>答</em>每年集中申报两次，时间为3月1日至3月20日、9月1日至9月20日。机构登录“泉州市托育服务综合管理平台”在线申报，上传新增托位、收托人数和出勤记录等材料，逾期不再受理，可以在下一申报期申报。</dd></dl>
    <dl class="wd"><dt><em>问</em>已经领了工会发的托育补助，还能享受家庭入托补贴吗？</dt>
      <dd><em>答</em>已享受市总工会“职工子女托育补助”的，不得重复享受家庭入托补贴，可以选择其中标准较高的一项享受。用人单位自行发放的职工福利不受影响。</dd></dl>
    <dl class="wd"><dt><em>问</em>二孩家庭一年最多能减免多少？</dt>
      <dd><em>答</em>二孩每人每月400元，按全年12个月每月出勤均不少于10天计算，一年最多可以减免4800元。</dd></dl>
    <dl class="wd"><dt><em>问</em>孩子满3周岁以后还能享受吗？</dt>
      <dd><em>答</em>入托补贴发放至婴幼儿年满3周岁的当月，之后不再享受；转入幼儿园小班的，按照学前教育有关政策执行。</dd></dl>
    <p class="wd-tel">咨询电话：0595-22587316（市卫生健康委人口监测与家庭发展科，联系人：陈璟，工作日8:00—12:00、14:30—17:30）</p>
  </div>
  <div class="jd-related">相关文件：<a href="/zwgk/bmwj/202603/t20260312_3186951.htm">泉州市普惠托育服务补助资金管理办法</a>　<a href="/ztzl/yczc/">泉州市育儿补贴申领入口（国家育儿补贴）</a></div>
</div>
<div class="qz-footer"><div class="w1200"><p>主办单位：泉州市人民政府办公室　承办单位：泉州市大数据服务中心</p><p>网站标识码：3505000001　闽ICP备05002936号-1</p></div></div>
</body>
</html>
"""

# =============================================================================================
# 3. quanzhou-old-community-renewal.docx
# =============================================================================================

DOCX_NUMBER = "泉政办〔2026〕17号"
DOCX_TITLE = "泉州市人民政府办公室关于印发《泉州市城镇老旧小区改造提升行动方案（2026—2027年）》的通知"
PLAN_TITLE = "泉州市城镇老旧小区改造提升行动方案（2026—2027年）"
ANNEX_TITLE = "泉州市城镇老旧小区改造提升重点任务分工表"

# ("c", text) centred bold; ("cn", text) centred (文号); ("r", text) right-aligned; ("p", text) body;
# ("n0", text) a level-1 heading numbered 一、二、… by Word; ("n1", text) a paragraph numbered
# （一）（二）… by Word (its first sentence is the sub-heading).
DOCX_BODY = [
    ("cn", DOCX_NUMBER),
    ("c", DOCX_TITLE),
    ("p", "各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会，市直有关单位："),
    ("p", f"《{PLAN_TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。"),
    ("r", "泉州市人民政府办公室"),
    ("r", "2026年4月20日"),
    ("p", "（此件主动公开）"),
    ("c", PLAN_TITLE),
    ("p", "为深入推进城市更新，改善群众居住条件，提升城市品质，结合我市实际，制定本方案。"),
    ("n0", "总体目标"),
    ("p", "2026—2027年，全市计划改造2000年底前建成的城镇老旧小区620个，涉及居民5.8万户；完成既有住宅加装电梯"
          "400台，其中中心城区（鲤城区、丰泽区、洛江区）不少于240台。到2027年底，基本完成2000年底前建成的"
          "需改造城镇老旧小区改造任务。"),
    ("n0", "改造内容"),
    ("n1", "基础类。重点改造供水、排水、供电、燃气、消防、道路等配套设施，实施雨污分流和“三线”"
           "（电力线、通信线、有线电视线）规整入地。"),
    ("n1", "完善类。重点实施加装电梯、增设停车位和电动自行车充电设施、建设适老化和无障碍设施。"),
    ("n1", "提升类。重点完善社区养老托育、医疗卫生、便民市场等公共服务设施，鼓励与泉州古城保护、街巷整治相结合。"),
    ("n0", "支持政策"),
    ("n1", "加装电梯补助。对2026年1月1日以后竣工验收并投入使用的既有住宅加装电梯项目，市级财政按每台15万元"
           "给予补助；位于鲤城区古城保护范围内、需采取特殊设计的，每台再增加补助5万元。"),
    ("n1", "资金分担。老旧小区改造项目在争取中央、省级补助资金的基础上，市、县（市、区）两级财政按照1:1的比例"
           "安排配套资金。"),
    ("n1", "居民出资。鼓励居民通过提取住房公积金、捐资捐物、让渡小区公共收益等方式参与改造。业主可以提取本人及"
           "配偶住房公积金用于加装电梯出资，每户提取总额不超过实际出资额。"),
    ("n1", "审批简化。加装电梯项目实行联合审查，县（市、区）住房和城乡建设部门自受理之日起10个工作日内出具联合"
           "审查意见。"),
    ("n0", "保障措施"),
    ("n1", "加强组织领导。成立泉州市城镇老旧小区改造工作领导小组，组成人员如下："),
    ("p", "组　长：苏振华　市人民政府副市长"),
    ("p", "副组长：王丽娟　市人民政府副秘书长"),
    ("p", "　　　　蔡建国　市住房和城乡建设局局长"),
    ("p", "成　员：市发展和改革委员会、市财政局、市自然资源和规划局、市城市管理局、市市场监督管理局、"
          "国网泉州供电公司、泉州市水务集团有限公司分管负责同志，各县（市、区）人民政府分管负责同志。"),
    ("p", "领导小组办公室设在市住房和城乡建设局，由蔡建国兼任办公室主任，负责日常工作。"),
    ("n1", "强化督导考核。各县（市、区）人民政府每季度结束后5个工作日内向领导小组办公室报送改造进度，"
           "改造任务完成情况纳入年度绩效考评。"),
    ("n1", "做好宣传引导。充分运用“共同缔造”理念，通过居民议事会、入户走访等方式征求居民意见，"
           "做到“改不改、改什么、怎么改”由居民商量决定。"),
    ("p", "联系人：市住房和城乡建设局城市更新科　黄晓婷，联系电话：0595-22796452。"),
    ("p", f"附件：{ANNEX_TITLE}"),
]

TASK_HEADER = ("序号", "任务", "牵头单位", "配合单位", "完成时限")
# (任务, 牵头单位, 配合单位, 完成时限); None = the 完成时限 cell of the row above continues (vMerge).
TASKS = [
    ("制定2026年度城镇老旧小区改造计划，确定改造项目清单", "市住房和城乡建设局",
     "市发展和改革委员会、市财政局", "2026年5月31日前"),
    ("出台既有住宅加装电梯补助资金申报指南", "市住房和城乡建设局", "市财政局、市市场监督管理局", "2026年6月30日前"),
    ("完成鲤城区古城片区老旧小区雨污分流和“三线”规整入地改造", "鲤城区人民政府",
     "国网泉州供电公司、泉州市水务集团有限公司", "2026年12月31日前"),
    ("完成丰泽区东湖街道、丰泽街道老旧小区改造", "丰泽区人民政府", "市城市管理局", None),
    ("推进既有住宅加装电梯，2026年全市完成加装电梯200台", "各县（市、区）人民政府",
     "市住房和城乡建设局、市市场监督管理局", None),
    ("在改造小区增设电动自行车集中充电设施不少于3000个", "市住房和城乡建设局",
     "泉州市消防救援支队、国网泉州供电公司", "2027年6月30日前"),
    ("建立老旧小区改造后长效管理机制，推行物业服务全覆盖", "市住房和城乡建设局",
     "市民政局、各县（市、区）人民政府", "2027年9月30日前"),
    ("完成全市城镇老旧小区改造任务总体评估", "市住房和城乡建设局", "市财政局、市审计局", "2027年12月31日前"),
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

ABSTRACT_HEADINGS = f"""<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="51">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:b/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/></w:rPr></w:lvl>
</w:abstractNum>"""

ABSTRACT_SEQ = f"""<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="52">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="%1"/><w:lvlJc w:val="center"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum>"""

NUM_HEADINGS, NUM_SEQ = 51, 52


def docx_texts() -> list[str]:
    """The text the docx holds (paragraphs, then table cells), for the checks."""
    out = [t for _, t in DOCX_BODY] + ["附件", ANNEX_TITLE]
    out += list(TASK_HEADER)
    for row in TASKS:
        out += [c for c in row if c]
    out += ["抄送：市委办公室，市人大常委会办公室，市政协办公室。",
            "泉州市人民政府办公室　　　　　　　　　　2026年4月20日印发"]
    return out


def make_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.title = DOCX_TITLE
    d.core_properties.author = "泉州市人民政府办公室"
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

    # numbering.xml: two abstract numberings (一、/（一） and 1, 2, 3 for the table's 序号) and their w:num
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for xml in (ABSTRACT_HEADINGS, ABSTRACT_SEQ):
        el = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
    for num_id in (NUM_HEADINGS, NUM_SEQ):
        numbering.append(parse_xml(
            f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))

    def number(p, num_id: int, level: int) -> None:
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id

    for kind, text in DOCX_BODY:
        p = d.add_paragraph()
        if kind == "n0":
            number(p, NUM_HEADINGS, 0)
            p.add_run(text).bold = True
        elif kind == "n1":
            number(p, NUM_HEADINGS, 1)
            head, _, rest = text.partition("。")
            p.add_run(head + "。").bold = True
            if rest:
                p.add_run(rest)
        elif kind in ("c", "cn"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(text)
            if kind == "c":
                run.bold = True
                run.font.size = Pt(22)
        elif kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(text)
        else:
            p.add_run(text)

    d.add_page_break()
    p = d.add_paragraph()
    p.add_run("附件").bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(ANNEX_TITLE).bold = True

    table = d.add_table(rows=len(TASKS) + 1, cols=5)
    table.style = "Table Grid"
    for c, text in enumerate(TASK_HEADER):
        table.cell(0, c).paragraphs[0].add_run(text).bold = True
    # the vertically merged 完成时限 cells first, so that python-docx's merge leaves one paragraph
    start = None
    for r, row in enumerate(TASKS, start=1):
        if row[3] is None and start is None:
            start = r - 1
        if row[3] is not None and start is not None:
            table.cell(start, 4).merge(table.cell(r - 1, 4))
            start = None
    if start is not None:
        table.cell(start, 4).merge(table.cell(len(TASKS), 4))
    for r, (task, lead, partners, deadline) in enumerate(TASKS, start=1):
        seq = table.cell(r, 0).paragraphs[0]  # 序号: Word's automatic numbering, no text
        seq.alignment = WD_ALIGN_PARAGRAPH.CENTER
        number(seq, NUM_SEQ, 0)
        table.cell(r, 1).paragraphs[0].add_run(task)
        table.cell(r, 2).paragraphs[0].add_run(lead)
        table.cell(r, 3).paragraphs[0].add_run(partners)
        if deadline is not None:
            cell = table.cell(r, 4)
            for extra in cell.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
            cell.paragraphs[0].add_run(deadline)

    d.add_paragraph()
    d.add_paragraph("抄送：市委办公室，市人大常委会办公室，市政协办公室。")
    d.add_paragraph("泉州市人民政府办公室　　　　　　　　　　2026年4月20日印发")
    d.save(str(path))


# =============================================================================================
# 4. quanzhou-parking-fees.pdf (three pages, text layer, page 2 in two columns)
# =============================================================================================

PDF_NUMBER = "泉发改价〔2026〕27号"
PDF_TITLE = "泉州市发展和改革委员会 泉州市城市管理局关于调整中心城区机动车停放服务收费标准的通知"
PDF_TITLE_LINES = ["泉州市发展和改革委员会　泉州市城市管理局", "关于调整中心城区机动车停放服务收费标准的通知"]
PDF_HEADER = "泉州市发展和改革委员会　泉州市城市管理局文件"

PDF_TABLE = [
    ("序号", "收费项目", "一类区域", "二类区域", "三类区域"),
    ("1", "路内泊位首1小时", "6元", "4元", "2元"),
    ("2", "路内泊位超过1小时后每30分钟", "3元", "2元", "1元"),
    ("3", "路外公共停车场首1小时", "5元", "3元", "2元"),
    ("4", "路外公共停车场超过1小时后每30分钟", "2元", "1.5元", "1元"),
    ("5", "路外公共停车场24小时最高收费", "40元", "30元", "20元"),
]
PDF_TABLE_NOTES = [
    "注：1.表中为小型车收费标准，大型车按同类区域小型车标准的2倍收取。",
    "2.停放不超过15分钟的，免收停放服务费。",
    "3.路内泊位每日20时至次日8时免费停放，不得收费。",
]

# page 1: full width; page 2: two columns; page 3: full width. "#…" items are drawn specially.
PDF_PAGE1 = [
    "#TITLE", "#NUMBER",
    "#ADDR鲤城区、丰泽区、洛江区人民政府，泉州开发区管委会，市直有关单位，各停车场经营管理单位：",
    "为发挥价格杠杆作用，缓解中心城区停车难问题，根据《福建省定价目录》和有关规定，经市人民政府同意，"
    "现就调整中心城区机动车停放服务收费标准有关事项通知如下：",
    "#H一、适用范围",
    "本通知适用于鲤城区、丰泽区、洛江区和泉州开发区范围内的道路停车泊位（以下简称路内泊位）和政府投资建设的"
    "公共停车场（以下简称路外公共停车场）。住宅小区、商业综合体等经营性停车场收费实行市场调节价，不适用本通知。",
    "#H二、收费标准",
    "路内泊位和路外公共停车场实行政府定价，按照收费区域等级和停放时长计费，标准如下：",
    "#TABLE",
]
PDF_PAGE2 = [  # two columns
    "#H三、收费区域划分",
    "（一）一类区域：鲤城区泉州古城范围内（东至温陵路、南至中山南路、西至新华路、北至北门街围合区域）"
    "以及中山路、西街、涂门街沿线。",
    "（二）二类区域：丰泽区东海片区（东海大街、丰海路、泉秀街沿线），鲤城区江滨北路以北、古城以外区域，"
    "丰泽区刺桐路以东至津淮街以西区域。",
    "（三）三类区域：除一类、二类区域以外的中心城区其他区域，包括洛江区、泉州开发区。",
    "收费区域等级由市城市管理局会同市发展和改革委员会每3年评估调整一次，并向社会公布。",
    "#H四、减免规定",
    "（一）执行公务的军车、警车、消防车、救护车、工程抢险车等特种车辆免费停放。",
    "（二）持残疾人证的残疾人本人驾驶的专用车辆，在路内泊位和路外公共停车场首2小时免费。",
    "（三）新能源小型汽车在路外公共停车场首1小时免费，超过1小时的按照本通知标准收费。",
    "（四）春节、国庆节法定节假日期间，路内泊位的收费标准不上浮；路外公共停车场的收费标准由经营管理单位"
    "在不超过本通知标准的范围内自行确定。",
    "#H五、明码标价",
    "停车场经营管理单位应当在出入口显著位置设置公示牌，公示收费区域等级、收费标准、计费方式、免费时段和"
    "12345价格举报电话，不得在公示标准以外加收任何费用。",
]
PDF_PAGE3 = [
    "#H六、监督管理",
    "市城市管理局负责路内泊位的设置和管理，县（区）市场监督管理部门依法查处不执行政府定价、不明码标价等"
    "价格违法行为。市民可以拨打12345热线反映停车收费问题。",
    "#H七、执行时间",
    "本通知自2026年9月1日起执行，有效期5年。《泉州市物价局关于中心城区机动车停放服务收费有关问题的通知》"
    "（泉价〔2019〕41号）同时废止。",
    "#SIGN", "#CC",
]

BODY_PT = 12
COL_PT = 10.5
LINE_H = 24
COL_LINE_H = 19
PDF_FONT = "STSong-Light"


def _pdf_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    return pdfmetrics


def _wrap_paras(paras: list[str], size: float, width: float) -> list[tuple[str, str]]:
    pdfmetrics = _pdf_setup()
    lines: list[tuple[str, str]] = []
    for para in paras:
        if para.startswith("#H"):
            lines.append(("heading", para[2:]))
        elif para.startswith("#ADDR"):
            lines += [("body", t) for t in wrap(para[5:], lambda t: pdfmetrics.stringWidth(t, PDF_FONT, size),
                                                width, NO_LINE_START)]
        elif para.startswith("#"):
            lines.append((para[1:].lower(), ""))
        else:
            lines += [("body", t) for t in wrap("　　" + para, lambda t: pdfmetrics.stringWidth(t, PDF_FONT, size),
                                                width, NO_LINE_START)]
    return lines


def pdf_lines() -> list[list[tuple[str, str]]]:
    """The lines of each page, as (kind, text); page 2's lines are the left column, then the right one."""
    from reportlab.lib.pagesizes import A4

    full = A4[0] - 144
    col = (full - 24) / 2
    p2 = _wrap_paras(PDF_PAGE2, COL_PT, col)
    return [_wrap_paras(PDF_PAGE1, BODY_PT, full), p2, _wrap_paras(PDF_PAGE3, BODY_PT, full)]


def pdf_texts() -> list[str]:
    """Every string drawn in the PDF, for the checks."""
    out = [PDF_HEADER, PDF_NUMBER, *PDF_TITLE_LINES, *PDF_TABLE_NOTES]
    out += [" ".join(r) for r in PDF_TABLE]
    for page in pdf_lines():
        out += [t for _, t in page if t]
    out += ["泉州市发展和改革委员会　泉州市城市管理局", "2026年7月28日", "（此件主动公开）",
            "抄送：市人民政府办公室，市市场监督管理局，市公安局交通警察支队。",
            "泉州市发展和改革委员会办公室　　　　　　　2026年7月28日印发"]
    return out


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _pdf_setup()
    f = PDF_FONT
    pages = pdf_lines()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(PDF_TITLE)
    c.setAuthor("泉州市发展和改革委员会")
    width, height = A4
    left = 72
    full = width - 144
    colw = (full - 24) / 2

    def header_footer(n: int) -> None:
        c.setFont(f, 9)
        c.drawString(left, height - 42, PDF_HEADER)
        c.drawRightString(width - 72, height - 42, PDF_NUMBER)
        c.setLineWidth(0.6)
        c.line(left, height - 47, width - 72, height - 47)
        c.setFont(f, 10)
        c.drawCentredString(width / 2, 34, f"- {n} -")

    def draw_full(lines, y: float) -> float:
        for kind, text in lines:
            if kind == "title":
                c.setFont(f, 17)
                for t in PDF_TITLE_LINES:
                    c.drawCentredString(width / 2, y, t)
                    y -= 28
            elif kind == "number":
                c.setFont(f, 11)
                c.drawCentredString(width / 2, y, PDF_NUMBER)
                y -= 34
            elif kind == "heading":
                c.setFont(f, 12.5)
                c.drawString(left, y, "　　" + text)
                y -= LINE_H
            elif kind == "table":
                cols = [left, left + 34, left + 232, left + 300, left + 368, width - 72]
                row_h = 22
                top = y + 15
                c.setFont(f, 10.5)
                c.setLineWidth(0.8)
                for r, row in enumerate(PDF_TABLE):
                    for j, cell in enumerate(row):
                        if j == 1 and r > 0:
                            c.drawString(cols[1] + 6, y, cell)
                        else:
                            c.drawCentredString((cols[j] + cols[j + 1]) / 2, y, cell)
                    c.line(cols[0], top - r * row_h, cols[-1], top - r * row_h)
                    y -= row_h
                bottom = top - len(PDF_TABLE) * row_h
                c.line(cols[0], bottom, cols[-1], bottom)
                for x in cols:
                    c.line(x, top, x, bottom)
                y -= 6
                c.setFont(f, 9)  # the small-print 注 under the table
                for k, note in enumerate(PDF_TABLE_NOTES):
                    c.drawString(left + (0 if k == 0 else 18), y, note)
                    y -= 14
                y -= 8
            elif kind == "sign":
                c.setFont(f, 12)
                y -= 30
                c.drawRightString(width - 100, y, "泉州市发展和改革委员会　泉州市城市管理局")
                y -= 22
                c.drawRightString(width - 140, y, "2026年7月28日")
                y -= 30
                c.drawString(left + 24, y, "（此件主动公开）")
                y -= 24
            elif kind == "cc":
                c.setFont(f, 11)
                y -= 60
                c.line(left, y + 16, width - 72, y + 16)
                c.drawString(left + 12, y, "抄送：市人民政府办公室，市市场监督管理局，市公安局交通警察支队。")
                c.line(left, y - 8, width - 72, y - 8)
                y -= 24
                c.drawString(left + 12, y, "泉州市发展和改革委员会办公室　　　　　　　2026年7月28日印发")
                c.line(left, y - 8, width - 72, y - 8)
                y -= 24
            else:
                c.setFont(f, BODY_PT)
                c.drawString(left, y, text)
                y -= LINE_H
        return y

    # page 1
    header_footer(1)
    y = draw_full(pages[0], height - 96)
    if y < 60:
        raise SystemExit(f"page 1 overflows (y={y})")
    c.showPage()

    # page 2: two columns, filled left then right
    header_footer(2)
    top = height - 80
    bottom_limit = 70
    lines = pages[1]
    per_col = math.ceil(len(lines) / 2)
    # never start the right column with a heading's body cut from it: move a trailing heading over
    if lines[per_col - 1][0] == "heading":
        per_col -= 1
    for colno, chunk in enumerate((lines[:per_col], lines[per_col:])):
        x = left + colno * (colw + 24)
        y = top
        for kind, text in chunk:
            if kind == "heading":
                c.setFont(f, 11.5)
                c.drawString(x, y, text)
            else:
                c.setFont(f, COL_PT)
                c.drawString(x, y, text)
            y -= COL_LINE_H
        if y < bottom_limit:
            raise SystemExit(f"page 2 column {colno} overflows (y={y})")
    c.setLineWidth(0.4)
    c.line(left + colw + 12, top + 12, left + colw + 12, top - per_col * COL_LINE_H)
    c.showPage()

    # page 3
    header_footer(3)
    y = draw_full(pages[2], height - 96)
    if y < 60:
        raise SystemExit(f"page 3 overflows (y={y})")
    c.showPage()
    c.save()


# =============================================================================================
# 5. quanzhou-drone-notice-scan.pdf (two scanned pages, no text layer)
# =============================================================================================

SCAN_TITLE_LINES = ["泉州市公安局", "关于在中心城区部分区域禁止", "“低慢小”航空器飞行的通告"]
SCAN_NUMBER = "泉公通〔2026〕6号"
SCAN_PAGE1 = [
    "为维护公共安全和飞行安全，保障泉州世界遗产点和重要设施安全，根据《中华人民共和国治安管理处罚法》"
    "《无人驾驶航空器飞行管理暂行条例》等有关规定，现就在中心城区部分区域禁止“低慢小”航空器飞行有关事项"
    "通告如下：",
    "一、本通告所称“低慢小”航空器，是指无人驾驶航空器、航空模型、动力伞、滑翔伞、三角翼、热气球、"
    "系留气球和孔明灯等。",
    "二、禁飞区域。（一）泉州古城核心区：东至温陵路、南至中山南路、西至新华路、北至北门街围合区域，"
    "以及开元寺、清净寺、天后宫周边300米范围；（二）清源山风景名胜区；（三）市行政中心（丰泽区东海大街）"
    "及周边500米范围；（四）泉州晋江国际机场净空保护区；（五）泉州湾跨海大桥、晋江大桥、顺济新桥桥体"
    "及两侧各200米范围。",
]
SCAN_PAGE2 = [
    "三、禁飞时间。第二条所列区域全天禁止飞行。举办重大活动期间，公安机关可以另行发布公告，临时扩大禁飞区域。",
    "四、确需在禁飞区域飞行的，飞行活动组织者应当提前3个工作日向飞行区域所在地县级公安机关报备，"
    "经同意后方可飞行。",
    "五、法律责任。违反本通告规定在禁飞区域飞行的，由公安机关责令停止飞行；拒不停止的，可以依法采取"
    "技术反制措施；对个人处500元以上2000元以下罚款，对单位处1万元以上5万元以下罚款；构成犯罪的，"
    "依法追究刑事责任。",
    "六、市民发现违反本通告行为的，可以拨打110或者市公安局举报电话0595-22186110举报。",
    "七、本通告自2026年7月1日起施行，有效期5年。",
]
SCAN_SIGN = ["泉州市公安局", "2026年6月15日"]

DPI = 200
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi
MARGIN = 170
BODY_PX = 38
TITLE_PX = 58
SKEW_DEG = (-0.6, 0.9)


def scan_pages() -> list[list[tuple[str, str]]]:
    """The lines drawn on each scanned page, as (kind, text); used by make_scan and by the checks."""
    p1 = notice_lines(SCAN_TITLE_LINES, SCAN_NUMBER, SCAN_PAGE1, [], BODY_PX, PAGE_W - 2 * MARGIN, NO_LINE_START)
    p2 = notice_lines([], "", SCAN_PAGE2, SCAN_SIGN, BODY_PX, PAGE_W - 2 * MARGIN, NO_LINE_START)
    p2 = [(k, t) for k, t in p2 if not (k == "number" and not t)]
    return [p1, p2]


def _seal(size: int, font_path: str, index: int):
    """A red round seal (RGBA) with a star and the issuer's name around the ring."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 32, 38, 170)
    cx = cy = size / 2
    radius = size / 2 - 8
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=red, width=10)
    star = []
    for k in range(10):
        r = 46 if k % 2 == 0 else 19
        a = math.pi / 2 + k * math.pi / 5
        star.append((cx + r * math.cos(a), cy - r * math.sin(a)))
    d.polygon(star, fill=red)
    font = ImageFont.truetype(font_path, 40, index=index)
    ring = "泉州市公安局"
    for k, ch in enumerate(ring):
        a = math.radians(200 - k * (220 / (len(ring) - 1)))
        px, py = cx + (radius - 42) * math.cos(a), cy - (radius - 42) * math.sin(a)
        glyph = Image.new("L", (52, 52), 0)
        ImageDraw.Draw(glyph).text((6, 2), ch, font=font, fill=255)
        glyph = glyph.rotate(math.degrees(a) - 90, resample=Image.BICUBIC)
        img.paste(Image.new("RGBA", (52, 52), red), (int(px - 26), int(py - 26)), glyph)
    return img


def make_scan(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(5205)
    font_path, index = find_cjk_font()
    body = ImageFont.truetype(font_path, BODY_PX, index=index)
    title = ImageFont.truetype(font_path, TITLE_PX, index=index)
    images = []
    for pno, lines in enumerate(scan_pages()):
        paper = (246, 243, 232)
        img = Image.new("RGB", (PAGE_W, PAGE_H), paper)
        draw = ImageDraw.Draw(img)
        y = 180
        sign_box = None
        ink = (28, 28, 30)
        for kind, text in lines:
            if kind == "title":
                w = title.getlength(text)
                draw.text(((PAGE_W - w) / 2, y), text, font=title, fill=ink)
                y += 84
            elif kind == "number":
                y += 10
                w = body.getlength(text)
                draw.text(((PAGE_W - w) / 2, y), text, font=body, fill=ink)
                y += 86
            elif kind == "body":
                draw.text((MARGIN, y), text, font=body, fill=ink)
                y += 64
            else:
                if text == SCAN_SIGN[0]:
                    y += 80
                w = body.getlength(text)
                x = PAGE_W - MARGIN - 60 - w
                draw.text((x, y), text, font=body, fill=ink)
                sign_box = (x, y, x + w, y + BODY_PX) if sign_box is None else (
                    min(sign_box[0], x), sign_box[1], max(sign_box[2], x + w), y + BODY_PX)
                y += 64
        if y > PAGE_H - 160:
            raise SystemExit(f"scan page {pno + 1} overflows (y={y})")
        # page number at the foot, as printed
        pn = f"— {pno + 1} —"
        draw.text(((PAGE_W - body.getlength(pn)) / 2, PAGE_H - 130), pn, font=body, fill=ink)
        if sign_box is not None:
            seal = _seal(330, font_path, index)
            cx = (sign_box[0] + sign_box[2]) / 2
            cy = (sign_box[1] + sign_box[3]) / 2
            img.paste(seal, (int(cx - 165), int(cy - 165)), seal)
        px = img.load()
        for _ in range(14000):  # scanner dust
            x, yy = rng.randrange(PAGE_W), rng.randrange(PAGE_H)
            g = rng.randrange(120, 215)
            px[x, yy] = (g, g, g)
        for _ in range(60):  # a few darker specks
            x, yy = rng.randrange(PAGE_W - 3), rng.randrange(PAGE_H - 3)
            for dx in range(2):
                for dy in range(2):
                    px[x + dx, yy + dy] = (90, 90, 90)
        img = img.rotate(SKEW_DEG[pno], resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
        images.append(img)
    images[0].save(str(path), "PDF", resolution=float(DPI), save_all=True, append_images=images[1:])


# =============================================================================================
# 6. quanzhou-gazette-2025-2.txt (UTF-16 LE with BOM, CRLF, form feeds)
# =============================================================================================

GAZ_HEAD = "泉州市人民政府公报　　　　　　　　　　　　　　　　　　　　2025年第2期"
FF = "\f"


def _page(n: int, label: str) -> str:
    """A page break as it comes out of the typeset gazette: page number, form feed, running header."""
    return f"\n　　　　　　　　　　　　　　　　— {n} —\n{FF}{GAZ_HEAD}\n　　　　　　　　　　　　　　　　　　　　　　　　　　{label}\n\n"


GAZETTE = (
    "泉州市人民政府公报\n"
    "QUANZHOU MUNICIPAL PEOPLE'S GOVERNMENT GAZETTE\n"
    "2025年第2期（总第238期）\n"
    "泉州市人民政府办公室主办　　　　　　2025年4月15日出版\n"
    "\n"
    "目　　录\n"
    "\n"
    "【市政府文件】\n"
    "泉州市人民政府关于修改《泉州市高龄老年人津贴发放办法》的决定\n"
    "　　（泉政〔2025〕6号）…………………………………………………………（2）\n"
    "【市政府办公室文件】\n"
    "泉州市人民政府办公室关于印发泉州市2025年提振消费若干措施的通知\n"
    "　　（泉政办规〔2025〕2号）……………………………………………………（3）\n"
    "【部门文件】\n"
    "泉州市交通运输局关于中心城区老年人乘坐城市公共汽车优惠有关事项的通知\n"
    "　　（泉交运〔2025〕5号）………………………………………………………（6）\n"
    "泉州市交通运输局　泉州市民政局关于调整中心城区老年人乘坐城市公共汽车\n"
    "　　优惠政策的通知（泉交运〔2025〕19号）………………………………（7）\n"
    + _page(1, "市政府文件") +
    "泉州市人民政府\n"
    "关于修改《泉州市高龄老年人津贴发放办法》的决定\n"
    "\n"
    "泉政〔2025〕6号\n"
    "\n"
    "各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会，市人民政府各部门、各直属机构：\n"
    "　　为进一步提高高龄老年人福利水平，市人民政府决定对《泉州市高龄老年人津贴发放办法》（泉政规〔2022〕3号）"
    "作如下修改：\n"
    "　　一、将第四条第一项“80周岁至89周岁的，每人每月100元”修改为“80周岁至89周岁的，每人每月150元”。\n"
    "　　二、将第七条“高龄津贴按季度发放”修改为“高龄津贴按月发放，于每月15日前发放至老年人本人社会保障卡"
    "银行账户”。\n"
    "　　本决定自2025年5月1日起施行。《泉州市高龄老年人津贴发放办法》的其他条款不变，根据本决定作相应修改后"
    "重新公布。\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　　　　　　泉州市人民政府\n"
    "　　　　　　　　　　　　　　　　　　　　　　　2025年3月25日\n"
    "　　（此件主动公开）\n"
    + _page(2, "市政府办公室文件") +
    "泉州市人民政府办公室\n"
    "关于印发泉州市2025年提振消费若干措施的通知\n"
    "\n"
    "泉政办规〔2025〕2号\n"
    "\n"
    "各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会，市直有关单位：\n"
    "　　《泉州市2025年提振消费若干措施》已经市人民政府同意，现印发给你们，请认真组织实施。\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　　　　　　泉州市人民政府办公室\n"
    "　　　　　　　　　　　　　　　　　　　　　　　2025年1月24日\n"
    "　　（此件主动公开）\n"
    "\n"
    "泉州市2025年提振消费若干措施\n"
    "\n"
    "　　一、支持商贸企业升规纳统。对2025年新增纳入限额以上统计的批发、零售、住宿、餐饮企业，给予一次性奖励"
    "5万元；其中年度营业额（销售额）超过1亿元的，给予一次性奖励10万元。\n"
    "　　二、开展“刺桐消费季”活动。全年分4轮发放“泉州消费券”共计1.2亿元，其中餐饮消费券满100元减30元，"
    "零售消费券满200元减50元。\n"
    + _page(3, "市政府办公室文件") +
    "　　三、支持绿色智能家电消费。对个人消费者在本市参与活动的商户购买一级能效或者水效标准家电产品的，按照"
    "产品销售价格的15%给予补贴，每件最高补贴2000元，每人每类产品限补贴1件。\n"
    "　　四、鼓励举办促消费活动。对经市商务局备案、举办时间不少于3天的品牌促销活动，按照活动实际支出的50%"
    "给予主办单位补助，每场最高20万元。\n"
    "　　五、所需资金由市、县（市、区）财政按照现行财政体制分担。各项措施与其他同类政策不重复享受。\n"
    "　　六、本措施由市商务局会同市财政局负责解释，自2025年2月1日起施行，有效期至2025年12月31日。\n"
    + _page(4, "市政府办公室文件") +
    "（本页无正文）\n"
    + _page(5, "部门文件") +
    "泉州市交通运输局\n"
    "关于中心城区老年人乘坐城市公共汽车\n"
    "优惠有关事项的通知\n"
    "\n"
    "泉交运〔2025〕5号\n"
    "\n"
    "泉州公交集团有限公司，鲤城区、丰泽区、洛江区交通运输主管部门：\n"
    "　　为做好中心城区老年人乘坐城市公共汽车优惠工作，现将有关事项通知如下：\n"
    "　　一、年满65周岁的老年人，凭“老年人优待卡”免费乘坐中心城区城市公共汽车。\n"
    "　　二、年满60周岁不满65周岁的老年人，凭“老年人优待卡”乘坐中心城区城市公共汽车享受半价优惠。\n"
    "　　三、“老年人优待卡”由泉州公交集团有限公司IC卡服务中心办理，收取工本费20元。\n"
    "　　四、本通知自2025年2月1日起执行。\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　　　　　　泉州市交通运输局\n"
    "　　　　　　　　　　　　　　　　　　　　　　　2025年1月8日\n"
    + _page(6, "部门文件") +
    "泉州市交通运输局　泉州市民政局\n"
    "关于调整中心城区老年人乘坐城市公共汽车\n"
    "优惠政策的通知\n"
    "\n"
    "泉交运〔2025〕19号\n"
    "\n"
    "泉州公交集团有限公司，鲤城区、丰泽区、洛江区交通运输主管部门、民政局：\n"
    "　　为积极应对人口老龄化，经市人民政府同意，现对中心城区老年人乘坐城市公共汽车优惠政策作如下调整：\n"
    "　　一、年满60周岁的老年人，凭本人社会保障卡或者“老年人优待卡”免费乘坐中心城区城市公共汽车，"
    + _page(7, "部门文件") +
    "不受时段限制。\n"
    "　　二、“老年人优待卡”免收工本费。已经办理“老年人优待卡”的继续有效，无需重新办理。\n"
    "　　三、非本市户籍的年满60周岁的老年人，凭本人身份证到泉州公交集团有限公司IC卡服务中心办理“老年人优待卡”后，"
    "同等享受免费乘车。\n"
    "　　四、本通知自2025年4月1日起执行。《泉州市交通运输局关于中心城区老年人乘坐城市公共汽车优惠有关事项的通知》"
    "（泉交运〔2025〕5号）同时废止。\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　　　　　　泉州市交通运输局　泉州市民政局\n"
    "　　　　　　　　　　　　　　　　　　　　　　　2025年3月18日\n"
    + _page(8, "") +
    "《泉州市人民政府公报》\n"
    "（2025年第2期　总第238期）\n"
    "主管主办：泉州市人民政府办公室\n"
    "编辑出版：《泉州市人民政府公报》编辑部\n"
    "地　　址：泉州市丰泽区东海街道行政中心市政府大楼\n"
    "电　　话：0595-22580312\n"
    "内部资料准印证号：闽泉内资〔2025〕第017号\n"
    "免费赠阅\n"
)


def gazette_text() -> str:
    return GAZETTE


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "quanzhou-childcare-subsidy.html").write_bytes(HTML_NOTICE.encode("utf-8"))
    (OUT / "quanzhou-childcare-tujie.html").write_bytes(HTML_TUJIE.encode("gbk"))
    make_docx(OUT / "quanzhou-old-community-renewal.docx")
    make_pdf(OUT / "quanzhou-parking-fees.pdf")
    if find_cjk_font() is None:
        print("no CJK font found (fc-list :lang=zh is empty): quanzhou-drone-notice-scan.pdf not written")
    else:
        make_scan(OUT / "quanzhou-drone-notice-scan.pdf")
    text = GAZETTE.replace("\n", "\r\n")
    (OUT / "quanzhou-gazette-2025-2.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes the documents of the 扬州市 (city6) fixture in tests/data/city6/corpus/.

Run once; the outputs are committed. It needs python-docx, Pillow, reportlab and a CJK font
(Noto Sans CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3 -m venv /tmp/c6venv && /tmp/c6venv/bin/pip install python-docx pillow reportlab
    cd /work/main && /tmp/c6venv/bin/python -m tests.support.make_city6_fixtures

Every file of the corpus is written by this script, the text files too, so that their encodings
are exact. The scan's skew, noise, shadow and seal come from a fixed random seed, so a rerun gives
the same image with the same font and Pillow version.

- ``yangzhou-graduate-subsidy.html``: a saved page of an older, table-layout CMS of the
  扬州市人民政府 portal, declared and encoded **GB18030** (the footer's "©" and the breadcrumb's
  "›" are not in GBK); the 市人社局/市财政局 notice 扬人社规〔2026〕3号 with its 实施办法 in
  第一条…第十三条, pasted from Word (``MsoNormal`` paragraphs, ``&nbsp;`` indents, digits in
  ``<span lang="EN-US">``), a 信息公开 metadata table, 附件 links, share buttons and a footer.
- ``yangzhou-graduate-subsidy-jiedu.html``: the 政策解读 page of the same notice on the 市人社局
  site (UTF-8, HTML5): a 补贴一览表 ``<table>`` with ``rowspan`` and an FAQ whose answers sit in
  ``<div class="faq-a" style="display:none">`` (opened by a script).
- ``yangzhou-waste-sorting-plan.docx``: 扬府办发〔2026〕14号, a 市政府办公室 方案 with typed heading
  numbers in Word's Heading 1 / Heading 2 styles ("一、", "（一）") and "1." sub-items in plain
  paragraphs; a 重点任务分工表 whose 牵头单位 cell is merged over three rows (vMerge) and whose
  header row repeats; a page-number field in the footer.
- ``yangzhou-resident-medical-insurance.pdf``: 扬医保发〔2025〕41号, four pages with a text layer in
  STSong-Light; the running header and the "第 n 页 共 4 页" footer are drawn after each page's
  body; a paragraph runs over a page break; table 1 is split over two pages with its header row
  repeated under "续表1".
- ``yangzhou-truck-restriction-scan.pdf``: 扬公通〔2026〕5号, one greyscale page that is only an
  image (JPEG in the PDF), rotated, with speckle, a scanner shadow along the left edge, two
  punch holes and a grey seal over the signature.
- ``yangzhou-gazette-2023-8.txt``: 扬州市人民政府公报 2023年第8期, **UTF-8 with a BOM and CRLF**;
  lines hard-wrapped at 38 full-width characters (sentences run on over line ends) and paginated
  every 29 lines with a running header that carries the page number (odd pages
  "…公报 … ·n·", even pages "·n· … 2023年第8期"), no form feeds.
"""

from __future__ import annotations

import math
import random
import re
import sys
from pathlib import Path

from tests.support.print_lines import NO_LINE_START as _NO_LINE_START
from tests.support.print_lines import find_cjk_font, wrap


def _cjk_font() -> tuple[str, int]:
    found = find_cjk_font()
    if found is None:
        raise SystemExit("no CJK font on this machine (fc-list :lang=zh)")
    return found

NO_LINE_START = _NO_LINE_START | {"%", "—", "〕", "」", "·"}

OUT = Path(__file__).resolve().parents[1] / "data" / "city6" / "corpus"

# =============================================================================================
# 1. yangzhou-graduate-subsidy.html (GB18030, table layout, Word-pasted body)
# =============================================================================================

HTML_NUMBER = "扬人社规〔2026〕3号"
HTML_TITLE = "扬州市人力资源和社会保障局 扬州市财政局关于印发《扬州市高校毕业生就业创业补贴实施办法》的通知"
OLD_NUMBER = "扬人社发〔2023〕46号"
OLD_TITLE = "扬州市人力资源和社会保障局 扬州市财政局关于做好高校毕业生就业创业补贴工作的通知"

HTML_COVER = [
    ("p", "各县（市、区）人力资源和社会保障局、财政局，扬州经济技术开发区、生态科技新城、蜀冈—瘦西湖风景名胜区"
          "人力资源和社会保障部门、财政部门："),
    ("p", "现将《扬州市高校毕业生就业创业补贴实施办法》印发给你们，请结合实际认真贯彻落实。"),
    ("r", "扬州市人力资源和社会保障局　　　扬州市财政局"),
    ("r", "2026年5月18日"),
    ("p", "（此件公开发布）"),
]

# (article label, text); label "" = a further paragraph of the article above
HTML_ARTICLES = [
    ("第一条", "为进一步鼓励和支持高校毕业生来扬留扬就业创业，根据国家和省有关规定，结合我市实际，制定本办法。"),
    ("第二条", "本办法所称高校毕业生，是指毕业5年内的全日制普通高等学校毕业生（含技工院校高级工班、预备技师班毕业生）"
               "以及取得国（境）外学历学位的留学回国人员。"),
    ("", "本办法适用于在本市行政区域内就业创业的高校毕业生和吸纳其就业的用人单位，不受户籍限制。"),
    ("第三条", "就业见习补贴。经市、县（市、区）人力资源和社会保障部门认定的就业见习基地，组织离校2年内未就业高校毕业生"
               "和16—24岁失业青年参加就业见习的，按照每人每月1800元给予就业见习补贴，见习期限为3至12个月。"
               "见习期满后留用率达到50%以上的，该批次见习补贴标准提高至每人每月2100元。"),
    ("", "就业见习基地为见习人员办理人身意外伤害保险的，保险费用纳入就业见习补贴范围，据实补贴。"),
    ("第四条", "一次性吸纳就业补贴。企业（含个体工商户）、社会组织吸纳离校2年内未就业高校毕业生就业，签订1年以上劳动合同"
               "并按规定为其连续缴纳社会保险费满3个月的，按照每人1500元给予一次性吸纳就业补贴。同一用人单位吸纳同一人员"
               "就业的，只能享受一次。"),
    ("第五条", "一次性创业补贴。高校毕业生在本市首次创办小微企业或者从事个体经营，取得营业执照并担任法定代表人或者主要"
               "负责人，正常经营满6个月的，给予一次性创业补贴8000元；带动3人以上就业（不含本人）并为其按规定缴纳社会保险费"
               "的，补贴标准提高至12000元。"),
    ("", "一次性创业补贴应当在正常经营满6个月之日起12个月内提出申请，逾期不予受理。每人只能享受一次。"),
    ("第六条", "创业场地租金补贴。高校毕业生在市级以上创业孵化基地以外租用经营场地创业的，按照实际租金的50%给予补贴，"
               "每户每年最高6000元，补贴期限最长不超过3年。入驻市级以上创业孵化基地的，按照孵化基地有关规定减免场地租金，"
               "不再享受本条补贴。"),
    ("第七条", "一次性求职创业补贴。对在毕业学年有就业创业意愿并积极求职创业的低保家庭、脱贫家庭、零就业家庭、残疾及获得"
               "国家助学贷款的高校毕业生，按照每人3000元给予一次性求职创业补贴，由所在高校统一申报。"),
    ("第八条", "申请程序。各项补贴实行网上申请。申请人或者用人单位通过“扬州人社”网上服务大厅提交申请；县（市、区）人力资源"
               "和社会保障部门自受理之日起10个工作日内完成审核，审核通过的在本部门门户网站公示5个工作日；公示无异议的，"
               "由同级财政部门在15个工作日内将补贴资金拨付至申请人或者用人单位银行账户。"),
    ("第九条", "同一人员、同一事项符合本办法和其他就业创业补贴政策的，按照就高原则享受，不得重复享受。"),
    ("第十条", "资金分担。补贴资金从就业补助资金中列支。广陵区、邗江区、江都区和扬州经济技术开发区、生态科技新城、"
               "蜀冈—瘦西湖风景名胜区的补贴资金，由市级和区级按照6:4的比例分担；宝应县、仪征市、高邮市的补贴资金由本级承担。"),
    ("第十一条", "用人单位或者个人以虚报、冒领等手段骗取补贴资金的，由人力资源和社会保障部门追回已发放资金，3年内不得申请"
                 "本办法规定的各项补贴；涉嫌犯罪的，移送司法机关依法处理。"),
    ("第十二条", "本办法由扬州市人力资源和社会保障局、扬州市财政局负责解释。"),
    ("第十三条", f"本办法自2026年6月1日起施行，有效期至2031年5月31日。原《{OLD_TITLE}》（{OLD_NUMBER}）同时废止。"
                 "本办法施行前已受理尚未审核完毕的申请，按照原规定执行。"),
]
HTML_CONTACT = "联系人：市人力资源和社会保障局就业促进和失业保险处　周敏，联系电话：0514-87368215。"
CONTACT_PHONE = "0514-87368215"

_SPAN_CN = '<span style="font-size:16.0pt;font-family:仿宋_GB2312">'
_SPAN_EN = '<span lang="EN-US" style="font-size:16.0pt;font-family:\'Times New Roman\'">'


def _mso(text: str) -> str:
    """A run of text as Word's "save as web page" pastes it: digits and Latin runs in their own spans."""
    out = []
    for part in re.split(r"([0-9A-Za-z.:%\-]+)", text):
        if not part:
            continue
        if re.fullmatch(r"[0-9A-Za-z.:%\-]+", part):
            out.append(f"{_SPAN_EN}{part}</span>")
        else:
            out.append(f"{_SPAN_CN}{part}</span>")
    return "".join(out)


def _body_html() -> str:
    rows = []
    indent = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
    for kind, text in HTML_COVER:
        if kind == "r":
            rows.append(f'<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt">{_mso(text)}'
                        f'&nbsp;&nbsp;&nbsp;&nbsp;<o:p></o:p></p>')
        else:
            rows.append(f'<p class="MsoNormal" style="line-height:28.0pt">{indent}{_mso(text)}<o:p></o:p></p>')
    rows.append('<p class="MsoNormal" style="line-height:28.0pt"><span lang="EN-US">&nbsp;<o:p></o:p></span></p>')
    rows.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><b>'
                '<span style="font-size:22.0pt;font-family:方正小标宋简体">扬州市高校毕业生就业创业补贴实施办法</span>'
                '</b><o:p></o:p></p>')
    for label, text in HTML_ARTICLES:
        if label:
            head = (f'<b><span style="font-size:16.0pt;font-family:黑体">{label}</span></b>'
                    f'<span style="font-size:16.0pt">&nbsp;&nbsp;</span>')
        else:
            head = ""
        rows.append(f'<p class="MsoNormal" style="line-height:28.0pt">{indent}{head}{_mso(text)}<o:p></o:p></p>')
    rows.append(f'<p class="MsoNormal" style="line-height:28.0pt">{indent}{_mso(HTML_CONTACT)}<o:p></o:p></p>')
    return "\n".join(rows)


HTML_NOTICE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<meta name="SiteName" content="扬州市人民政府" />
<meta name="SiteDomain" content="www.yangzhou.gov.cn" />
<meta name="SiteIDCode" content="3210000037" />
<meta name="ColumnName" content="部门文件" />
<meta name="ArticleTitle" content="__TITLE__" />
<meta name="PubDate" content="2026-05-21 10:12" />
<meta name="ContentSource" content="市人社局" />
<title>__TITLE__ - 部门文件 - 扬州市人民政府</title>
<link href="/yzszf/css/style.css" rel="stylesheet" type="text/css" />
<link href="/yzszf/css/xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/yzszf/js/jquery-1.8.3.min.js"></script>
<style type="text/css">
.xxgk_table td{border:1px solid #c9d9ea;padding:6px 8px;font-size:14px;}
.xxgk_table td.t{background:#eef4fb;width:90px;text-align:right;}
</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="500" height="30">&nbsp;今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></td>
    <td width="500" align="right"><a href="javascript:void(0)" onclick="aria.start()">无障碍阅读</a> | <a href="javascript:void(0)">关怀版</a> | <a href="/yzszf/wap/">手机版</a> | <a href="http://english.yangzhou.gov.cn/">English</a>&nbsp;</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="130" background="/yzszf/images/banner.jpg"><img src="/yzszf/images/logo.png" alt="扬州市人民政府" width="420" height="90" /></td>
  </tr>
  <tr>
    <td height="42" class="nav">
      <a href="/">首　页</a><a href="/yzszf/zwdt/">政务动态</a><a href="/yzszf/xxgk/">信息公开</a><a href="/yzszf/zwfw/">政务服务</a><a href="/yzszf/hdjl/">互动交流</a><a href="/yzszf/zjyz/">走进扬州</a>
      <form action="/search/" method="get" style="display:inline"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="36" class="position">您当前的位置：<a href="/">首页</a> › <a href="/yzszf/xxgk/">信息公开</a> › <a href="/yzszf/zcwj/">政策文件</a> › <a href="/yzszf/bmwj/">部门文件</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td valign="top" style="padding:20px 40px;">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="xxgk_table">
        <tr>
          <td class="t">索&nbsp;引&nbsp;号：</td><td>11321000014077812K/2026-00087</td>
          <td class="t">分&nbsp;&nbsp;&nbsp;&nbsp;类：</td><td>劳动、人事、监察\\就业</td>
        </tr>
        <tr>
          <td class="t">发布机构：</td><td>扬州市人力资源和社会保障局</td>
          <td class="t">发文日期：</td><td>2026-05-18</td>
        </tr>
        <tr>
          <td class="t">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>__NUMBER__</td>
          <td class="t">有&nbsp;效&nbsp;性：</td><td><font color="#006600">有效</font></td>
        </tr>
        <tr>
          <td class="t">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">__TITLE__</td>
        </tr>
        <tr>
          <td class="t">内容概述：</td><td colspan="3">明确就业见习补贴、一次性吸纳就业补贴、一次性创业补贴、创业场地租金补贴和一次性求职创业补贴的对象、标准和申请程序。</td>
        </tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td height="20"></td></tr>
        <tr><td align="center" class="title"><font style="font-size:24px;font-weight:bold;color:#c00000">__TITLE__</font></td></tr>
        <tr><td align="center" height="40" class="info">发布时间：2026-05-21&nbsp;&nbsp;&nbsp;&nbsp;来源：市人社局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script type="text/javascript">document.write(getHits('10087612'));</script></span>&nbsp;&nbsp;&nbsp;&nbsp;【字号：<a href="javascript:fontZoom(18)">大</a>&nbsp;<a href="javascript:fontZoom(16)">中</a>&nbsp;<a href="javascript:fontZoom(14)">小</a>】</td></tr>
        <tr><td><hr size="1" color="#c9d9ea" /></td></tr>
        <tr>
          <td id="zoom" class="content" style="font-size:16px;line-height:30px;">
<div class="Section1" style="layout-grid:15.6pt">
<p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US" style="font-size:16.0pt">__NUMBER_MSO__</span></p>
__BODY__
</div>
          </td>
        </tr>
        <tr>
          <td class="fujian" style="padding-top:12px">
            <p><b>附件：</b></p>
            <p><a href="/yzszf/bmwj/202605/W020260521370218654302.doc" target="_blank">1.扬州市高校毕业生就业创业补贴申请表.doc</a></p>
            <p><a href="/yzszf/bmwj/202605/W020260521370218659917.xls" target="_blank">2.扬州市就业见习基地名单（2026年）.xls</a></p>
          </td>
        </tr>
        <tr>
          <td class="jd" style="padding-top:8px">相关解读：<a href="http://rsj.yangzhou.gov.cn/rsj/zcjd/202605/t20260520_4417203.html" target="_blank">《扬州市高校毕业生就业创业补贴实施办法》政策解读</a></td>
        </tr>
        <tr>
          <td height="50" align="right" class="share">分享到：<a href="javascript:shareTo('wx')" title="微信"><img src="/yzszf/images/share_wx.png" alt="微信" /></a> <a href="javascript:shareTo('wb')" title="新浪微博"><img src="/yzszf/images/share_wb.png" alt="微博" /></a> <a href="javascript:shareTo('qz')" title="QQ空间"><img src="/yzszf/images/share_qz.png" alt="QQ空间" /></a>&nbsp;&nbsp;【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td>
        </tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="xgwj">
        <tr><td class="xgwj_t">相关文章</td></tr>
        <tr><td>· <a href="/yzszf/bmwj/202604/t20260415_4398022.html">扬州市人力资源和社会保障局关于公布2026年度市级就业见习基地名单的通知</a></td></tr>
        <tr><td>· <a href="/yzszf/bmwj/202603/t20260322_4381176.html">扬州市人力资源和社会保障局 扬州市财政局关于做好2026年创业担保贷款及贴息工作的通知</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td align="center" style="line-height:26px;padding:16px 0;">
      <a href="/yzszf/gywm/">关于我们</a> | <a href="/yzszf/wzdt/">网站地图</a> | <a href="/yzszf/lxwm/">联系我们</a> | <a href="/yzszf/sybz/">使用帮助</a><br />
      主办单位：扬州市人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：扬州市大数据管理中心<br />
      Copyright © 2026 www.yangzhou.gov.cn All Rights Reserved&nbsp;&nbsp;网站标识码：3210000037<br />
      <a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备05009387号-1</a>&nbsp;&nbsp;<img src="/yzszf/images/ga.png" alt="" />苏公网安备 32100202010148号<br />
      <a href="http://bszs.conac.cn/sitename?method=show&amp;id=0A7C2E5D1B3F4A6E" target="_blank"><img src="/yzszf/images/dzjg.png" alt="党政机关" /></a>
      <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3210000037" target="_blank"><img src="/yzszf/images/jiucuo.png" alt="政府网站找错" /></a>
    </td>
  </tr>
</table>
<script type="text/javascript">
// 字号切换、访问统计
function fontZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
function getHits(id){ return '--'; }
function shareTo(t){ /* 分享 */ }
</script>
</body>
</html>
"""


def html_notice() -> str:
    return (HTML_NOTICE.replace("__BODY__", _body_html())
            .replace("__NUMBER_MSO__", '扬人社规〔</span><span lang="EN-US" style="font-size:16.0pt">2026'
                                       '</span><span style="font-size:16.0pt">〕</span>'
                                       '<span lang="EN-US" style="font-size:16.0pt">3</span>'
                                       '<span style="font-size:16.0pt">号')
            .replace("__NUMBER__", HTML_NUMBER)
            .replace("__TITLE__", HTML_TITLE))


# =============================================================================================
# 2. yangzhou-graduate-subsidy-jiedu.html (UTF-8, HTML5, FAQ answers hidden until clicked)
# =============================================================================================

JIEDU_TITLE = "《扬州市高校毕业生就业创业补贴实施办法》政策解读"

JIEDU_FAQ = [
    ("毕业多少年以内可以享受这些补贴？外地户籍的可以吗？",
     "《办法》所称高校毕业生，是指毕业5年内的全日制普通高等学校毕业生（含技工院校高级工班、预备技师班毕业生）以及"
     "留学回国人员，毕业年限自毕业证书落款日期起计算。各项补贴不受户籍限制，外地户籍高校毕业生在我市就业创业的，"
     "同等享受。"),
    ("补贴怎么申请？需要跑窗口吗？",
     "各项补贴全部实行网上申请。申请人可以登录“扬州人社”网上服务大厅，或者通过“我的扬州”APP“就业创业”专区在线提交，"
     "不需要到窗口提交纸质材料。审核通过并公示无异议后，补贴资金直接拨付至申请人或者用人单位的银行账户。"),
    ("开网店能申请一次性创业补贴吗？",
     "在电子商务平台开设网店，并在本市办理营业执照（含个体工商户营业执照）的，可以按规定申请一次性创业补贴；"
     "仅在平台注册、未办理营业执照的，不能申请。"),
    ("《办法》施行前已经提交的补贴申请，按新标准还是老标准？",
     "《办法》自2026年6月1日起施行。施行前已受理尚未审核完毕的申请，按照原规定执行，即一次性创业补贴按5000元发放、"
     "创业场地租金补贴每户每年最高5000元；2026年6月1日以后受理的申请，按照《办法》规定的标准执行。"),
    ("见习人员中途离开见习岗位，见习补贴怎么算？",
     "就业见习补贴按照见习人员实际见习月数计发，不足1个月的部分不予补贴。见习人员中途离岗的，就业见习基地应当在"
     "5个工作日内在系统中办理见习终止手续。"),
    ("企业吸纳高校毕业生，一次性吸纳就业补贴和一次性扩岗补助能同时享受吗？",
     "不能。同一用人单位吸纳同一人员就业的，一次性吸纳就业补贴与一次性扩岗补助按照就高原则只能享受一项。"),
]

# (类别 or None when the rowspan above covers it, 补贴项目, 补贴对象, 现行标准, 原标准)
JIEDU_TABLE = [
    ("就业类", "就业见习补贴", "就业见习基地", "每人每月1800元；留用率达到50%以上的，每人每月2100元", "每人每月1600元"),
    (None, "一次性吸纳就业补贴", "吸纳离校2年内未就业高校毕业生的用人单位", "每人1500元", "每人1000元"),
    ("创业类", "一次性创业补贴", "首次创业的高校毕业生", "8000元；带动3人以上就业的，12000元", "5000元"),
    (None, "创业场地租金补贴", "在创业孵化基地以外租用场地创业的高校毕业生",
     "实际租金的50%，每户每年最高6000元，最长3年", "每户每年最高5000元，最长2年"),
    ("求职类", "一次性求职创业补贴", "毕业学年困难家庭等高校毕业生", "每人3000元", "—"),
]

JIEDU_INTRO = [
    ("h", "一、起草背景"),
    ("p", f"原《{OLD_TITLE}》（{OLD_NUMBER}）实施以来，对促进高校毕业生来扬留扬就业创业发挥了积极作用。为进一步加大"
          "支持力度、简化申领流程，市人力资源和社会保障局会同市财政局对原政策进行了修订，形成了《扬州市高校毕业生就业"
          "创业补贴实施办法》（以下简称《办法》）。"),
    ("h", "二、主要内容"),
    ("p", "《办法》共十三条，明确了就业见习补贴、一次性吸纳就业补贴、一次性创业补贴、创业场地租金补贴和一次性求职创业补贴"
          "五项补贴的对象、标准和申请程序，并将补贴审核时限由原来的20个工作日压缩至10个工作日。各项补贴标准见下表："),
    ("table", ""),
    ("h", "三、政策问答"),
]


def html_jiedu() -> str:
    parts = []
    for kind, text in JIEDU_INTRO:
        if kind == "h":
            parts.append(f'      <h3 class="jd-h3">{text}</h3>')
        elif kind == "p":
            parts.append(f"      <p>{text}</p>")
        else:
            rows = ['      <table class="jd-table" cellspacing="0">',
                    "        <caption>扬州市高校毕业生就业创业补贴一览表</caption>",
                    "        <thead><tr><th>类别</th><th>补贴项目</th><th>补贴对象</th><th>现行标准</th>"
                    "<th>原标准</th></tr></thead>",
                    "        <tbody>"]
            for k, (cat, item, who, now, old) in enumerate(JIEDU_TABLE):
                span = ""
                if cat is not None:
                    n = 1
                    while k + n < len(JIEDU_TABLE) and JIEDU_TABLE[k + n][0] is None:
                        n += 1
                    span = f'<td rowspan="{n}">{cat}</td>' if n > 1 else f"<td>{cat}</td>"
                rows.append(f"          <tr>{span}<td>{item}</td><td>{who}</td><td>{now}</td><td>{old}</td></tr>")
            rows += ["        </tbody>", "      </table>"]
            parts += rows
    for k, (q, a) in enumerate(JIEDU_FAQ, start=1):
        parts.append(f'      <div class="faq-item">\n        <div class="faq-q" onclick="toggleFaq(this)"><i>问题{k}</i>{q}'
                     f'<span class="arrow">展开</span></div>\n'
                     f'        <div class="faq-a" style="display:none"><p>{a}</p></div>\n      </div>')
    body = "\n".join(parts)
    return JIEDU_PAGE.replace("__BODY__", body).replace("__TITLE__", JIEDU_TITLE)


JIEDU_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="SiteName" content="扬州市人力资源和社会保障局">
  <meta name="ColumnName" content="政策解读">
  <meta name="ArticleTitle" content="__TITLE__">
  <meta name="PubDate" content="2026-05-20 09:30">
  <title>__TITLE__ - 政策解读 - 扬州市人力资源和社会保障局</title>
  <link rel="stylesheet" href="/rsj/static/css/main.min.css">
  <style>
    .faq-q{cursor:pointer;font-weight:bold;padding:10px 0;border-bottom:1px dashed #ddd}
    .faq-q i{font-style:normal;color:#fff;background:#1a6fc4;padding:0 6px;margin-right:8px}
    .jd-table{border-collapse:collapse;width:100%}.jd-table td,.jd-table th{border:1px solid #bcd;padding:6px}
  </style>
</head>
<body>
  <header class="site-header">
    <div class="container">
      <a class="brand" href="/"><img src="/rsj/static/img/logo-rsj.png" alt="扬州市人力资源和社会保障局"></a>
      <nav class="main-nav">
        <a href="/">首页</a><a href="/rsj/xxgk/">信息公开</a><a href="/rsj/zcfg/">政策法规</a><a href="/rsj/zcjd/" class="on">政策解读</a><a href="/rsj/bsfw/">办事服务</a><a href="/rsj/hdjl/">互动交流</a>
      </nav>
      <div class="hotline">服务热线：12333</div>
    </div>
  </header>
  <div class="container crumb">首页 / 政策解读 / 文字解读</div>
  <main class="container">
    <article class="jd-article">
      <h1>__TITLE__</h1>
      <div class="jd-meta">
        <span>发布日期：2026-05-20</span><span>来源：市人力资源和社会保障局</span><span>解读类型：文字解读</span>
      </div>
      <div class="jd-ref">解读文件：<a href="http://www.yangzhou.gov.cn/yzszf/bmwj/202605/t20260521_4426810.html">扬州市人力资源和社会保障局 扬州市财政局关于印发《扬州市高校毕业生就业创业补贴实施办法》的通知（扬人社规〔2026〕3号）</a></div>
      <section class="jd-body">
__BODY__
      </section>
      <p class="jd-tel">咨询电话：0514-87368215（市人力资源和社会保障局就业促进和失业保险处），也可以拨打12333人力资源社会保障服务热线咨询。</p>
    </article>
    <aside class="jd-side">
      <h4>相关解读</h4>
      <ul>
        <li><a href="/rsj/zcjd/202603/t20260323_4382990.html">图解：2026年创业担保贷款政策</a></li>
        <li><a href="/rsj/zcjd/202601/t20260112_4350127.html">《扬州市企业职工基本养老保险若干问题的处理意见》解读</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <div class="container">
      <p>主办：扬州市人力资源和社会保障局　地址：扬州市文昌西路</p>
      <p>网站标识码：3210000012　苏ICP备05009387号-7　苏公网安备 32100202010226号</p>
    </div>
  </footer>
  <script>
    function toggleFaq(el){
      var a = el.nextElementSibling;
      var open = a.style.display === 'none';
      a.style.display = open ? 'block' : 'none';
      el.querySelector('.arrow').textContent = open ? '收起' : '展开';
    }
  </script>
</body>
</html>
"""

# =============================================================================================
# 3. yangzhou-waste-sorting-plan.docx
# =============================================================================================

DOCX_NUMBER = "扬府办发〔2026〕14号"
PLAN_TITLE = "扬州市生活垃圾分类提质增效行动方案（2026—2027年）"
DOCX_TITLE = f"扬州市人民政府办公室关于印发《{PLAN_TITLE}》的通知"
ANNEX_TITLE = "扬州市生活垃圾分类提质增效重点任务分工表"

# ("cn", text) centred 文号; ("c", text) centred bold title; ("r", text) right-aligned; ("p", text) body;
# ("h1", text) Heading 1 (typed "一、"); ("h2", text) Heading 2 (typed "（一）");
# ("i", text) a "1." item whose first sentence is bold
DOCX_BODY = [
    ("cn", DOCX_NUMBER),
    ("c", DOCX_TITLE),
    ("p0", "各县（市、区）人民政府，扬州经济技术开发区、生态科技新城、蜀冈—瘦西湖风景名胜区管委会，市各委办局，"
           "市各直属单位："),
    ("p", f"《{PLAN_TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。"),
    ("r", "扬州市人民政府办公室"),
    ("r", "2026年3月26日"),
    ("p", "（此件公开发布）"),
    ("c", PLAN_TITLE),
    ("p", "为深入推进生活垃圾分类工作，提升城市精细化管理水平，根据国家和省有关要求，结合我市实际，制定本方案。"),
    ("h1", "一、总体目标"),
    ("p", "到2026年底，市区（广陵区、邗江区、江都区和扬州经济技术开发区、生态科技新城、蜀冈—瘦西湖风景名胜区）居民小区"
          "生活垃圾分类覆盖率达到100%，创建生活垃圾分类示范小区150个；到2027年底，市区生活垃圾回收利用率达到40%以上，"
          "厨余垃圾日处理能力达到600吨，宝应县、仪征市、高邮市城区生活垃圾分类覆盖率达到95%以上。"),
    ("h1", "二、主要任务"),
    ("h2", "（一）规范分类投放"),
    ("i", "1.推行定时定点投放。居民小区原则上在每日7:00—9:00、18:00—20:00两个时段集中投放厨余垃圾，每个小区至少设置"
          "1处误时投放点，方便居民在其他时段投放。"),
    ("i", "2.规范大件垃圾投放。居民可以通过12345政务服务便民热线或者“扬州城管”微信小程序预约大件垃圾上门收运，"
          "市区大件垃圾预约收运不收取费用。"),
    ("i", "3.规范装修垃圾投放。装修垃圾实行袋装堆放、预约清运，清运费用由产生者承担。"),
    ("h2", "（二）健全分类收运"),
    ("i", "1.落实分类收运频次。厨余垃圾实行日产日清，其他垃圾每日至少收运1次，有害垃圾每月至少收运1次，可回收物预约收运。"),
    ("i", "2.严禁混装混运。对收运单位混装混运的，由城市管理部门责令整改，纳入收运服务质量考核并扣减服务费用。"),
    ("h2", "（三）提升处理能力"),
    ("i", "1.扩大厨余垃圾处理能力。推进扬州市餐厨废弃物处理中心二期项目建设，2027年6月底前建成投运，新增厨余垃圾处理能力"
          "200吨/日。"),
    ("i", "2.完善可回收物体系。广陵区、邗江区、江都区各建成1座以上可回收物分拣中心。"),
    ("h1", "三、支持政策"),
    ("h2", "（一）示范小区奖补"),
    ("p", "对经验收达到生活垃圾分类示范小区标准的居民小区，市级财政给予每个小区3万元一次性奖励；获评省级生活垃圾分类"
          "示范小区的，再给予2万元一次性奖励。奖励资金主要用于分类设施更新和分类督导员补贴。"),
    ("h2", "（二）绿色账户积分激励"),
    ("p", "推广“绿色账户”积分制度，居民正确分类投放可以获得积分，每100积分可以兑换1元等值的生活用品，积分有效期为2年。"),
    ("h2", "（三）督导员补贴"),
    ("p", "各区按照每个居民小区每月不低于1500元的标准落实分类督导员补贴，所需资金由区级财政承担。"),
    ("h1", "四、保障措施"),
    ("h2", "（一）加强组织领导"),
    ("p", "成立扬州市生活垃圾分类工作领导小组，由副市长陆建华任组长，市人民政府副秘书长徐晓明、市城市管理局局长孙国平任"
          "副组长，成员由市各有关部门和各县（市、区）人民政府、功能区管委会分管负责同志组成。领导小组办公室设在市城市"
          "管理局，孙国平兼任办公室主任。"),
    ("h2", "（二）强化考核督查"),
    ("p", "领导小组办公室每月对各地生活垃圾分类工作开展检查，检查结果在市级媒体通报，并纳入年度综合考核。"),
    ("h2", "（三）依法查处违法行为"),
    ("p", "对单位和个人未按规定分类投放生活垃圾的，由城市管理部门依法责令改正；拒不改正的，依法予以处罚。"),
    ("p", "联系人：市城市管理局市容环境卫生处　钱梦瑶，联系电话：0514-87963241。"),
    ("p", f"附件：{ANNEX_TITLE}"),
]

TASK_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
# (序号, 重点任务, 牵头单位 or None when the cell above continues (vMerge), 配合单位, 完成时限)
TASKS = [
    ("1", "制定生活垃圾分类示范小区验收标准和奖励资金管理办法", "市城市管理局", "市财政局、市住房和城乡建设局",
     "2026年5月31日前"),
    ("2", "更新市区厨余垃圾专用收运车辆40辆", None, "市财政局，广陵区、邗江区、江都区人民政府", "2026年9月30日前"),
    ("3", "开通大件垃圾预约收运服务，接入12345政务服务便民热线", None, "市政务服务管理办公室", "2026年6月30日前"),
    ("4", "建成扬州市餐厨废弃物处理中心二期项目，新增处理能力200吨/日", "扬州市城建国有资产控股（集团）有限责任公司",
     "市发展和改革委员会、市自然资源和规划局、市生态环境局", "2027年6月30日前"),
    ("5", "在党政机关、学校、医院等公共机构全面推行生活垃圾强制分类", "市机关事务管理局", "市教育局、市卫生健康委员会",
     "2026年12月31日前"),
    ("6", "推行“绿色账户”积分兑换，覆盖市区全部居民小区", "广陵区、邗江区、江都区人民政府，各功能区管委会",
     "市城市管理局、市商务局", "2027年3月31日前"),
    ("7", "将生活垃圾分类工作纳入物业服务企业信用评价", "市住房和城乡建设局", "市市场监督管理局", "2026年10月31日前"),
    ("8", "开展生活垃圾分类进学校、进社区、进家庭宣传活动", "市文明办", "市教育局、团市委、市妇联", "长期坚持"),
]
DOCX_CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，扬州军分区。"
DOCX_PRINTED = "扬州市人民政府办公室　　　　　　　　　　　2026年3月26日印发"


def docx_texts() -> list[str]:
    """The text the docx holds (paragraphs, then table cells, each merged cell once), for the checks."""
    out = [t for _, t in DOCX_BODY] + ["附件", ANNEX_TITLE, *TASK_HEADER]
    for row in TASKS:
        out += [c for c in row if c]
    return [*out, DOCX_CC, DOCX_PRINTED]


def make_docx(path: Path) -> None:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    d.core_properties.title = DOCX_TITLE
    d.core_properties.author = "扬州市人民政府办公室"
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    def east_asia(style_or_run, font: str) -> None:
        el = style_or_run.element if hasattr(style_or_run, "element") else style_or_run._element
        el.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)

    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    east_asia(normal, "仿宋_GB2312")
    for name, font in (("Heading 1", "黑体"), ("Heading 2", "楷体_GB2312")):
        st = d.styles[name]
        st.font.size = Pt(16)
        st.font.bold = name == "Heading 1"
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.name = "Times New Roman"
        east_asia(st, font)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.first_line_indent = Pt(32)

    # footer: "— PAGE —" as a Word field, centred
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fld = parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    fp._p.append(fld)
    fp.add_run(" —")

    for kind, text in DOCX_BODY:
        if kind == "h1":
            d.add_paragraph(text, style="Heading 1")
            continue
        if kind == "h2":
            d.add_paragraph(text, style="Heading 2")
            continue
        p = d.add_paragraph()
        pf = p.paragraph_format
        if kind == "i":
            pf.first_line_indent = Pt(32)
            head, _, rest = text.partition("。")
            p.add_run(head + "。").bold = True
            if rest:
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
    title_run = p.add_run(ANNEX_TITLE)
    title_run.font.size = Pt(18)
    east_asia(title_run, "方正小标宋简体")

    table = d.add_table(rows=len(TASKS) + 1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(5.6), Cm(3.2), Cm(3.8), Cm(2.6)]
    for row in table.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    # the header row repeats on every page the table runs over
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    tr_pr.append(hdr)
    for c, text in enumerate(TASK_HEADER):
        run = table.cell(0, c).paragraphs[0].add_run(text)
        east_asia(run, "黑体")
        table.cell(0, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    # the vertically merged 牵头单位 cells first, so that the merge leaves one paragraph
    start = None
    for r, row in enumerate(TASKS, start=1):
        if row[2] is None and start is None:
            start = r - 1
        if row[2] is not None and start is not None:
            table.cell(start, 2).merge(table.cell(r - 1, 2))
            start = None
    if start is not None:
        table.cell(start, 2).merge(table.cell(len(TASKS), 2))
    for r, (seq, task, lead, partners, deadline) in enumerate(TASKS, start=1):
        table.cell(r, 0).paragraphs[0].add_run(seq)
        table.cell(r, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        table.cell(r, 1).paragraphs[0].add_run(task)
        if lead is not None:
            cell = table.cell(r, 2)
            for extra in cell.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
            cell.paragraphs[0].add_run(lead)
        table.cell(r, 3).paragraphs[0].add_run(partners)
        table.cell(r, 4).paragraphs[0].add_run(deadline)
    for row in table.rows:
        for cell in row.cells:
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(12)

    d.add_paragraph()
    d.add_paragraph(DOCX_CC)
    d.add_paragraph(DOCX_PRINTED)
    d.save(str(path))


# =============================================================================================
# 4. yangzhou-resident-medical-insurance.pdf (four pages, text layer, table over a page break)
# =============================================================================================

PDF_NUMBER = "扬医保发〔2025〕41号"
PDF_TITLE = ("扬州市医疗保障局 扬州市财政局 国家税务总局扬州市税务局关于调整城乡居民基本医疗保险筹资和待遇标准的通知")
PDF_TITLE_LINES = ["扬州市医疗保障局　扬州市财政局", "国家税务总局扬州市税务局",
                   "关于调整城乡居民基本医疗保险筹资和待遇标准的通知"]
PDF_HEADER = "扬州市医疗保障局　扬州市财政局　国家税务总局扬州市税务局"
PDF_SIGN = ["扬州市医疗保障局　　　扬州市财政局", "国家税务总局扬州市税务局", "2025年8月26日"]
PDF_CC = "抄送：市人民政府办公室，市教育局，市民政局，市卫生健康委员会，市农业农村局。"
PDF_PRINTED = "扬州市医疗保障局办公室　　　　　　　　　　2025年8月27日印发"

PDF_TABLE1_CAPTION = "表1　居民医保住院起付标准和报销比例"
PDF_TABLE1 = [
    ("序号", "医疗机构级别", "起付标准", "政策范围内报销比例"),
    ("1", "一级及以下医疗机构", "300元", "90%"),
    ("2", "二级医疗机构", "600元", "80%"),
    ("3", "三级医疗机构", "1000元", "65%"),
    ("4", "市外备案转诊就医", "1500元", "55%"),
    ("5", "市外未备案就医", "1500元", "40%"),
]
PDF_TABLE2_CAPTION = "表2　大病保险分段支付比例"
PDF_TABLE2 = [
    ("序号", "个人负担的政策范围内医疗费用", "支付比例"),
    ("1", "1.5万元以上至10万元（含）的部分", "60%"),
    ("2", "10万元以上至20万元（含）的部分", "70%"),
    ("3", "20万元以上的部分", "80%"),
]

# "#H…" a heading line; "#TABLE1"/"#TABLE2" the tables; "#SIGN"/"#CC" the end; other strings are paragraphs
PDF_FLOW = [
    "#ADDR各县（市、区）医疗保障局、财政局、税务局，扬州经济技术开发区、生态科技新城、蜀冈—瘦西湖风景名胜区有关部门，"
    "市各有关单位：",
    "为进一步完善城乡居民基本医疗保险（以下简称“居民医保”）制度，根据国家和省有关规定，经市人民政府同意，现就调整我市"
    "居民医保筹资和待遇标准有关事项通知如下：",
    "#H一、参保范围",
    "除职工基本医疗保险应参保人员以外的本市户籍居民、在本市办理居住证的非本市户籍居民，以及本市各类全日制高等学校、"
    "中等职业学校在校学生，可以参加居民医保。",
    "#H二、筹资标准",
    "（一）2026年度居民医保财政补助标准为每人每年不低于720元。",
    "（二）2026年度居民医保个人缴费标准为：成年居民每人每年400元；未成年人和在校学生每人每年360元。以后年度个人缴费"
    "标准按照国家和省规定另行公布。",
    "（三）特困人员、孤儿、事实无人抚养儿童参加居民医保的，个人缴费部分由财政全额资助；最低生活保障对象、防止返贫监测"
    "对象的个人缴费部分由财政按照70%给予资助；低保边缘家庭成员的个人缴费部分由财政按照50%给予资助。资助对象身份由"
    "民政、农业农村部门按月推送至医疗保障部门，资助资金由市、县（市、区）财政按照现行体制分担，不得要求资助对象先缴后退。",
    "#H三、缴费方式和待遇享受期",
    "（一）每年9月1日至12月31日为下一年度居民医保集中参保缴费期。参保人员可以通过“江苏税务”APP、“江苏医保云”微信"
    "小程序或者合作银行网点缴费。",
    "（二）在集中缴费期内参保缴费的，待遇享受期为次年1月1日至12月31日。",
    "（三）新生儿在出生后90日内参保缴费的，自出生之日起享受居民医保待遇。",
    "（四）除新生儿等特殊人员外，集中缴费期结束后参保缴费的，自缴费次月起设置3个月待遇等待期；连续2年以上中断参保后"
    "再次参保的，每多中断1年，增加1个月待遇等待期。",
    "#H四、待遇标准",
    "（一）普通门诊统筹。参保人员在基层医疗机构发生的政策范围内普通门诊费用，不设起付标准，报销比例为60%，年度最高"
    "支付限额为800元。",
    "（二）住院待遇。住院起付标准和政策范围内报销比例按照医疗机构级别确定（见表1）。一个年度内第二次及以上住院的，"
    "起付标准减半。居民医保住院年度最高支付限额为30万元。",
    "#TABLE1",
    "（三）大病保险。参保人员一个年度内累计发生的个人负担的政策范围内医疗费用超过1.5万元的部分，由大病保险按照分段"
    "比例支付（见表2），大病保险年度最高支付限额为40万元。特困人员、最低生活保障对象、防止返贫监测对象的大病保险起付"
    "标准降低50%，各段支付比例提高5个百分点，不设年度最高支付限额。",
    "#TABLE2",
    "（四）连续参保激励。连续参加居民医保满4年的，之后每连续参保1年，大病保险年度最高支付限额提高1万元；参保人员当年"
    "未发生居民医保基金报销的，次年大病保险年度最高支付限额提高1万元。两项激励累计提高总额不超过大病保险原年度最高支付"
    "限额的20%。",
    "（五）生育医疗费用。参保人员住院分娩发生的政策范围内医疗费用实行定额支付，顺产每例1500元，剖宫产每例2500元。",
    "#H五、工作要求",
    "医疗保障部门负责居民医保参保登记、待遇支付和基金管理；税务部门负责居民医保费征收；财政部门负责落实财政补助资金；"
    "教育部门负责组织在校学生参保；民政、农业农村部门负责资助对象身份认定和信息推送。各地要在每年8月底前制定集中参保"
    "缴费工作方案，确保户籍人口参保率稳定在98%以上。",
    "#H六、执行时间",
    "本通知自2026年1月1日起执行。此前有关规定与本通知不一致的，以本通知为准。",
    "#SIGN",
    "#CC",
]

BODY_PT = 14
LINE_H = 26
PDF_FONT = "STSong-Light"


def _pdf_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    return pdfmetrics


def pdf_flow_lines() -> list[tuple[str, str]]:
    """The PDF's flow as (kind, text) lines before pagination."""
    from reportlab.lib.pagesizes import A4

    pdfmetrics = _pdf_setup()
    full = A4[0] - 144

    def width(t: str) -> float:
        return pdfmetrics.stringWidth(t, PDF_FONT, BODY_PT)

    lines: list[tuple[str, str]] = [("title", t) for t in PDF_TITLE_LINES] + [("number", PDF_NUMBER)]
    for para in PDF_FLOW:
        if para.startswith("#H"):
            lines.append(("heading", para[2:]))
        elif para.startswith("#ADDR"):
            lines += [("body", t) for t in wrap(para[5:], width, full, NO_LINE_START)]
        elif para.startswith("#TABLE"):
            n = para[6:]
            caption, rows = (PDF_TABLE1_CAPTION, PDF_TABLE1) if n == "1" else (PDF_TABLE2_CAPTION, PDF_TABLE2)
            lines.append(("caption", caption))
            lines.append(("thead" + n, " ".join(rows[0])))
            lines += [("trow" + n, " ".join(r)) for r in rows[1:]]
            lines.append(("tend", ""))
        elif para.startswith("#"):
            lines.append((para[1:].lower(), ""))
        else:
            lines += [("body", t) for t in wrap("　　" + para, width, full, NO_LINE_START)]
    return lines


HEIGHTS = {"title": 50, "number": 48, "heading": LINE_H + 4, "body": LINE_H, "caption": 26, "thead1": 24,
           "trow1": 24, "thead2": 24, "trow2": 24, "tend": 12, "sign": 150, "cc": 110}
PDF_TOP = 842 - 92
PDF_BOTTOM = 78


def pdf_pages() -> list[list[tuple[str, str]]]:
    """Paginates the flow: a table that runs over a page break repeats its header row under 续表n."""
    pages: list[list[tuple[str, str]]] = [[]]
    y = PDF_TOP
    current_head: tuple[str, str] | None = None
    for kind, text in pdf_flow_lines():
        h = HEIGHTS[kind]
        if kind.startswith("thead"):
            current_head = (kind, text)
        if y - h < PDF_BOTTOM:
            pages.append([])
            y = PDF_TOP
            if kind.startswith("trow") and current_head is not None:
                n = kind[4:]
                pages[-1].append(("cont", f"续表{n}"))
                pages[-1].append(current_head)
                y -= HEIGHTS["caption"] + HEIGHTS[current_head[0]]
        pages[-1].append((kind, text))
        y -= h
        if kind == "tend":
            current_head = None
    return pages


def pdf_texts() -> list[str]:
    out = [PDF_HEADER, PDF_NUMBER, *PDF_TITLE_LINES, *PDF_SIGN, "（此件公开发布）", PDF_CC, PDF_PRINTED]
    for page in pdf_pages():
        out += [t for _, t in page if t]
    return out


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _pdf_setup()
    f = PDF_FONT
    pages = pdf_pages()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(PDF_TITLE)
    c.setAuthor("扬州市医疗保障局")
    width, height = A4
    left, right = 72, width - 72
    col_x = {"1": [left + 10, left + 55, left + 235, left + 320, right - 10],
             "2": [left + 40, left + 80, left + 330, right - 40]}

    def header_footer(n: int, total: int) -> None:
        # drawn after the page's body, so the text layer gives them last
        c.setFont(f, 9)
        c.drawString(left, height - 44, PDF_HEADER)
        c.drawRightString(right, height - 44, PDF_NUMBER)
        c.setLineWidth(0.5)
        c.line(left, height - 50, right, height - 50)
        c.line(left, 56, right, 56)
        c.setFont(f, 9)
        c.drawCentredString(width / 2, 42, f"第 {n} 页 共 {total} 页")

    for pno, lines in enumerate(pages, start=1):
        y = PDF_TOP
        for kind, text in lines:
            if kind == "title":
                c.setFont(f, 20)
                c.drawCentredString(width / 2, y, text)
                y -= HEIGHTS["title"]
            elif kind == "number":
                y -= 4
                c.setFont(f, 12)
                c.drawCentredString(width / 2, y, PDF_NUMBER)
                y -= HEIGHTS["number"] - 4
            elif kind == "heading":
                c.setFont(f, 13)
                c.drawString(left, y, "　　" + text)
                y -= HEIGHTS["heading"]
            elif kind == "caption":
                c.setFont(f, 11)
                c.drawCentredString(width / 2, y, text)
                y -= HEIGHTS["caption"]
            elif kind == "cont":
                c.setFont(f, 10)
                c.drawString(left + 20, y, text)
                y -= HEIGHTS["caption"]
            elif kind.startswith("thead") or kind.startswith("trow"):
                tnum = kind[-1]
                xs = col_x[tnum]
                row = text.split(" ")
                h = HEIGHTS[kind]
                top = y + 16
                c.setLineWidth(0.8)
                c.line(xs[0], top, xs[-1], top)
                c.setFont(f, 10.5)
                for j, cell in enumerate(row):
                    c.drawCentredString((xs[j] + xs[j + 1]) / 2, y, cell)
                y -= h
                bottom = top - h
                c.line(xs[0], bottom, xs[-1], bottom)
                for x in xs:
                    c.line(x, top, x, bottom)
            elif kind == "tend":
                y -= HEIGHTS["tend"]
            elif kind == "sign":
                c.setFont(f, BODY_PT)
                y -= 24
                for k, t in enumerate(PDF_SIGN):
                    c.drawRightString(right - (30 if k < 2 else 60), y, t)
                    y -= 24
                c.drawString(left + 24, y - 6, "（此件公开发布）")
                y -= HEIGHTS["sign"] - 24 - 24 * len(PDF_SIGN)
            elif kind == "cc":
                c.setFont(f, 10.5)
                y -= 40
                c.setLineWidth(0.8)
                c.line(left, y + 16, right, y + 16)
                c.drawString(left + 8, y, PDF_CC)
                c.setLineWidth(0.5)
                c.line(left, y - 8, right, y - 8)
                y -= 24
                c.drawString(left + 8, y, PDF_PRINTED)
                c.setLineWidth(0.8)
                c.line(left, y - 8, right, y - 8)
                y -= 24
            else:
                c.setFont(f, BODY_PT)
                c.drawString(left, y, text)
                y -= HEIGHTS["body"]
        if y < PDF_BOTTOM - 40:
            raise SystemExit(f"PDF page {pno} overflows (y={y})")
        header_footer(pno, len(pages))
        c.showPage()
    c.save()


# =============================================================================================
# 5. yangzhou-truck-restriction-scan.pdf (one greyscale scanned page, no text layer)
# =============================================================================================

SCAN_TITLE_LINES = ["扬州市公安局", "关于调整市区货车通行管理措施的通告"]
SCAN_NUMBER = "扬公通〔2026〕5号"
SCAN_TITLE = "扬州市公安局关于调整市区货车通行管理措施的通告"
SCAN_PARAS = [
    "为缓解市区交通拥堵，保障道路交通安全和畅通，根据《中华人民共和国道路交通安全法》等有关规定，市公安局决定调整市区"
    "货车通行管理措施，现通告如下：",
    "一、限行区域。东至运河北路、运河南路，南至江阳中路、江阳西路，西至扬子江北路、扬子江中路，北至长春路、平山堂东路"
    "围合区域内的道路（不含上述边界道路）。",
    "二、限行车型和时间。（一）重型、中型货车全天禁止在限行区域内通行。（二）轻型货车每日7时至9时、17时至19时禁止在"
    "限行区域内通行。（三）纯电动轻型、微型厢式货车不受本条第（二）项限制。",
    "三、城市配送、邮政快递、鲜活农产品运输等确需在限行时段进入限行区域的中型、轻型货车，可以通过“交管12123”APP申请"
    "通行证，公安机关交通管理部门在1个工作日内办结。长期通行证有效期最长6个月，临时通行证有效期最长7日。重型货车不予"
    "核发通行证。",
    "四、执行紧急任务的警车、消防车、救护车、工程救险车以及环卫、园林作业车辆，不受本通告限制。",
    "五、违反本通告规定的，由公安机关交通管理部门依照《中华人民共和国道路交通安全法》第九十条规定，处200元罚款。",
    "六、本通告自2026年10月1日起施行，有效期至2029年9月30日。",
    "特此通告。",
]
SCAN_SIGN = ["扬州市公安局", "2026年9月10日"]

DPI = 200
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi
MARGIN = 175
BODY_PX = 37
TITLE_PX = 56
SKEW_DEG = 1.3


def scan_lines() -> list[tuple[str, str]]:
    """The lines drawn on the scanned page, as (kind, text)."""
    from PIL import ImageFont

    font_path, index = _cjk_font()
    body = ImageFont.truetype(font_path, BODY_PX, index=index)
    lines: list[tuple[str, str]] = [("title", t) for t in SCAN_TITLE_LINES] + [("number", SCAN_NUMBER)]
    for para in SCAN_PARAS:
        lines += [("body", t) for t in wrap("　　" + para, body.getlength, PAGE_W - 2 * MARGIN, NO_LINE_START)]
    return lines + [("sign", t) for t in SCAN_SIGN]


def _grey_seal(size: int, font_path: str, index: int):
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("LA", (size, size), (0, 0))
    d = ImageDraw.Draw(img)
    ink = (105, 150)
    cx = cy = size / 2
    radius = size / 2 - 8
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=ink, width=9)
    star = []
    for k in range(10):
        r = 44 if k % 2 == 0 else 18
        a = math.pi / 2 + k * math.pi / 5
        star.append((cx + r * math.cos(a), cy - r * math.sin(a)))
    d.polygon(star, fill=ink)
    font = ImageFont.truetype(font_path, 38, index=index)
    ring = "扬州市公安局"
    for k, ch in enumerate(ring):
        a = math.radians(205 - k * (230 / (len(ring) - 1)))
        px, py = cx + (radius - 40) * math.cos(a), cy - (radius - 40) * math.sin(a)
        glyph = Image.new("L", (50, 50), 0)
        ImageDraw.Draw(glyph).text((6, 2), ch, font=font, fill=255)
        glyph = glyph.rotate(math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        img.paste(Image.new("LA", (50, 50), ink), (int(px - 25), int(py - 25)), glyph)
    return img


def make_scan(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(6306)
    font_path, index = _cjk_font()
    body = ImageFont.truetype(font_path, BODY_PX, index=index)
    title = ImageFont.truetype(font_path, TITLE_PX, index=index)
    img = Image.new("L", (PAGE_W, PAGE_H), 238)
    draw = ImageDraw.Draw(img)
    ink = 34
    y = 200
    sign_box: tuple[float, float, float, float] | None = None
    for kind, text in scan_lines():
        if kind == "title":
            w = title.getlength(text)
            draw.text(((PAGE_W - w) / 2, y), text, font=title, fill=ink)
            y += 82
        elif kind == "number":
            y += 8
            w = body.getlength(text)
            draw.text(((PAGE_W - w) / 2, y), text, font=body, fill=ink)
            y += 84
        elif kind == "body":
            draw.text((MARGIN, y), text, font=body, fill=ink)
            y += 60
        else:
            if text == SCAN_SIGN[0]:
                y += 70
            w = body.getlength(text)
            x = PAGE_W - MARGIN - 70 - w
            draw.text((x, y), text, font=body, fill=ink)
            sign_box = (x, y, x + w, y + BODY_PX) if sign_box is None else (
                min(sign_box[0], x), sign_box[1], max(sign_box[2], x + w), y + BODY_PX)
            y += 60
    if y > PAGE_H - 140:
        raise SystemExit(f"scan overflows (y={y})")
    # the seal, a little to the left of the signature, over both lines
    assert sign_box is not None
    seal = _grey_seal(320, font_path, index)
    cx = (sign_box[0] + sign_box[2]) / 2 - 30
    cy = (sign_box[1] + sign_box[3]) / 2
    base = img.convert("LA")
    base.alpha_composite(seal, (int(cx - 160), int(cy - 160)))
    img = base.convert("L")
    # two punch holes on the left margin and the scanner's shadow along the left edge
    draw = ImageDraw.Draw(img)
    for hy in (PAGE_H // 2 - 420, PAGE_H // 2 + 420):
        draw.ellipse((48, hy - 30, 108, hy + 30), fill=70)
    px = img.load()
    assert px is not None
    for x in range(0, 46):
        shade = int(60 + (238 - 60) * (x / 46) ** 1.6)
        for yy in range(PAGE_H):
            px[x, yy] = min(int(px[x, yy]), shade)  # type: ignore[arg-type]
    for _ in range(26000):  # scanner noise
        x, yy = rng.randrange(PAGE_W), rng.randrange(PAGE_H)
        px[x, yy] = max(0, min(255, int(px[x, yy]) + rng.choice((-1, 1)) * rng.randrange(40, 110)))  # type: ignore[arg-type]
    for _ in range(45):  # dark specks
        x, yy = rng.randrange(60, PAGE_W - 4), rng.randrange(PAGE_H - 4)
        for dx in range(3):
            for dy in range(2):
                px[x + dx, yy + dy] = 80
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(SKEW_DEG, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=245)
    img.save(str(path), "PDF", resolution=float(DPI), quality=55)


# =============================================================================================
# 6. yangzhou-gazette-2023-8.txt (UTF-8 with BOM, CRLF, hard-wrapped, paginated)
# =============================================================================================

GAZ_WRAP = 76  # half-width columns (38 full-width characters)
GAZ_PAGE_LINES = 29
GAZ_NAME = "扬州市人民政府公报"
GAZ_ISSUE = "2023年第8期"

DECISION_NUMBER = "扬府发〔2023〕52号"
DECISION_TITLE = "扬州市人民政府关于废止和宣布失效一批市政府规范性文件的决定"
HOUSING_NUMBER = "扬府办发〔2023〕71号"
HOUSING_TITLE = "扬州市人民政府办公室关于印发扬州市促进房地产市场平稳健康发展若干措施的通知"
APPOINT_NUMBER = "扬府任〔2023〕19号"
APPOINT_TITLE = "扬州市人民政府关于王建华等同志职务任免的通知"

REPEALED = [
    ("扬州市人民政府关于进一步加强城市生活垃圾管理工作的意见", "扬府发〔2012〕86号"),
    ("扬州市人民政府关于印发扬州市市区户外广告设置管理办法的通知", "扬府规〔2015〕4号"),
    ("扬州市人民政府办公室关于印发扬州市公共租赁住房管理办法的通知", "扬府办发〔2014〕33号"),
]
LAPSED = [
    ("扬州市人民政府办公室关于印发扬州市促进大学生创业就业若干政策的通知", "扬府办发〔2016〕95号"),
    ("扬州市人民政府关于加快发展养老服务业的实施意见", "扬府发〔2015〕27号"),
    ("扬州市人民政府办公室关于加快推进电动汽车充电基础设施建设的实施意见", "扬府办发〔2017〕48号"),
    ("扬州市人民政府办公室关于印发扬州市城市绿地认养管理办法的通知", "扬府办发〔2018〕62号"),
]

ADDRESSEE_GOV = ("各县（市、区）人民政府，扬州经济技术开发区、生态科技新城、蜀冈—瘦西湖风景名胜区管委会，市各委办局，"
                 "市各直属单位：")

# A document is a list of (kind, text): "label" column label, "t" title line (centred), "no" 文号,
# "p" paragraph (indented, wrapped), "p0" paragraph without indent, "r" right-aligned, "raw" as is, "" blank.
GAZ_DOCS = [
    ("市政府文件", DECISION_TITLE, DECISION_NUMBER, [
        ("t", "扬州市人民政府"),
        ("t", "关于废止和宣布失效一批市政府规范性文件的决定"),
        ("", ""),
        ("no", DECISION_NUMBER),
        ("", ""),
        ("p0", ADDRESSEE_GOV),
        ("p", "为维护法制统一，推进依法行政，市人民政府对截至2023年6月30日发布的市政府规范性文件进行了全面清理。经清理，"
              "市人民政府决定：对3件市政府规范性文件予以废止，对4件市政府规范性文件宣布失效。"),
        ("p", "本决定自公布之日起施行。"),
        ("", ""),
        ("p", "附件：1.市人民政府决定废止的规范性文件目录"),
        ("raw", "　　　　　2.市人民政府决定宣布失效的规范性文件目录"),
        ("", ""),
        ("r", "扬州市人民政府"),
        ("r", "2023年7月20日"),
        ("p", "（此件公开发布）"),
        ("", ""),
        ("p0", "附件1"),
        ("t", "市人民政府决定废止的规范性文件目录"),
        ("", ""),
        ("raw", "序号　文件名称　　　　　　　　　　　　　　　　　　　　文号"),
        *[("row", f"{k}　{t}　{n}") for k, (t, n) in enumerate(REPEALED, start=1)],
        ("", ""),
        ("p0", "附件2"),
        ("t", "市人民政府决定宣布失效的规范性文件目录"),
        ("", ""),
        ("raw", "序号　文件名称　　　　　　　　　　　　　　　　　　　　文号"),
        *[("row", f"{k}　{t}　{n}") for k, (t, n) in enumerate(LAPSED, start=1)],
    ]),
    ("市政府办公室文件", HOUSING_TITLE, HOUSING_NUMBER, [
        ("t", "扬州市人民政府办公室"),
        ("t", "关于印发扬州市促进房地产市场平稳健康发展"),
        ("t", "若干措施的通知"),
        ("", ""),
        ("no", HOUSING_NUMBER),
        ("", ""),
        ("p0", ADDRESSEE_GOV),
        ("p", "《扬州市促进房地产市场平稳健康发展若干措施》已经市人民政府同意，现印发给你们，请认真贯彻执行。"),
        ("", ""),
        ("r", "扬州市人民政府办公室"),
        ("r", "2023年7月28日"),
        ("p", "（此件公开发布）"),
        ("", ""),
        ("t", "扬州市促进房地产市场平稳健康发展若干措施"),
        ("", ""),
        ("p", "一、发放购房补贴。在市区（广陵区、邗江区、江都区和扬州经济技术开发区、生态科技新城、蜀冈—瘦西湖风景名胜区）"
              "购买新建商品住房，并在2025年6月30日前完成网签备案、缴纳契税的，按照所缴契税的50%给予购房补贴。"),
        ("p", "二、支持高校毕业生购房。毕业5年内的全日制本科及以上学历高校毕业生在市区首次购买新建商品住房的，在第一条补贴"
              "的基础上，再给予每套2万元的购房补贴。"),
        ("p", "三、支持多孩家庭购房。生育二孩、三孩的本市户籍家庭在市区购买新建商品住房的，住房公积金贷款最高额度在现行标准"
              "基础上上浮20%。"),
        ("p", "四、购房补贴由购房人在缴纳契税之日起6个月内，通过“扬州住房”微信公众号提交申请，由所在区住房和城乡建设部门"
              "会同税务部门审核后发放。"),
        ("p", "五、本措施由市住房和城乡建设局会同市财政局负责解释，自2023年8月1日起施行，有效期至2025年6月30日。"),
    ]),
    ("部门文件", OLD_TITLE, OLD_NUMBER, [
        ("t", "扬州市人力资源和社会保障局　扬州市财政局"),
        ("t", "关于做好高校毕业生就业创业补贴工作的通知"),
        ("", ""),
        ("no", OLD_NUMBER),
        ("", ""),
        ("p0", "各县（市、区）人力资源和社会保障局、财政局，扬州经济技术开发区、生态科技新城、蜀冈—瘦西湖风景名胜区"
               "人力资源和社会保障部门、财政部门："),
        ("p", "为进一步做好高校毕业生就业创业工作，根据国家和省有关规定，现就高校毕业生就业创业补贴有关事项通知如下："),
        ("p", "一、就业见习补贴。就业见习基地吸纳离校2年内未就业高校毕业生参加就业见习的，按照每人每月1600元给予就业见习"
              "补贴，见习期限为3至12个月。"),
        ("p", "二、一次性吸纳就业补贴。企业吸纳离校2年内未就业高校毕业生就业，签订1年以上劳动合同并按规定缴纳社会保险费"
              "满3个月的，按照每人1000元给予一次性吸纳就业补贴。"),
        ("p", "三、一次性创业补贴。毕业5年内高校毕业生在本市首次创办小微企业或者从事个体经营，正常经营6个月以上的，给予"
              "一次性创业补贴5000元。"),
        ("p", "四、创业场地租金补贴。高校毕业生在创业孵化基地以外租用经营场地创业的，按照实际租金的50%给予补贴，每户每年"
              "最高5000元，补贴期限最长不超过2年。"),
        ("p", "五、补贴申请经县（市、区）人力资源和社会保障部门自受理之日起20个工作日内审核，公示无异议后拨付。补贴资金从"
              "就业补助资金中列支，市区由市、区两级按照5:5的比例分担。"),
        ("p", "六、本通知自2023年7月1日起施行，有效期至2028年6月30日。"),
        ("", ""),
        ("r", "扬州市人力资源和社会保障局　扬州市财政局"),
        ("r", "2023年6月12日"),
    ]),
    ("人事任免", APPOINT_TITLE, APPOINT_NUMBER, [
        ("t", "扬州市人民政府"),
        ("t", "关于王建华等同志职务任免的通知"),
        ("", ""),
        ("no", APPOINT_NUMBER),
        ("", ""),
        ("p0", ADDRESSEE_GOV),
        ("p", "经市人民政府研究决定："),
        ("p", "任命王建华为扬州市人力资源和社会保障局副局长；"),
        ("p", "任命刘晓燕为扬州市医疗保障局副局长；"),
        ("p", "免去陈立新的扬州市城市管理局副局长职务。"),
        ("", ""),
        ("r", "扬州市人民政府"),
        ("r", "2023年8月10日"),
    ]),
]

GAZ_COLOPHON = [
    "《扬州市人民政府公报》",
    "（2023年第8期　总第251期）",
    "主管主办：扬州市人民政府办公室",
    "编辑出版：《扬州市人民政府公报》编辑部",
    "地　　址：扬州市文昌西路行政中心",
    "电　　话：0514-87363125",
    "内部资料准印证号：苏准印JSE-007702",
    "免费赠阅",
]


def _w(t: str) -> float:
    return sum(1 if ord(ch) < 128 else 2 for ch in t)


def _centre(t: str) -> str:
    pad = max(0, int((GAZ_WRAP - _w(t)) // 4))
    return "　" * pad + t


def _right(t: str) -> str:
    pad = max(0, int((GAZ_WRAP - 8 - _w(t)) // 2))
    return "　" * pad + t


def _doc_lines(items) -> list[str]:
    out: list[str] = []
    for kind, text in items:
        if kind == "":
            out.append("")
        elif kind in ("t", "no"):
            out.append(_centre(text))
        elif kind == "r":
            out.append(_right(text))
        elif kind == "raw":
            out.append(text)
        elif kind == "row":
            seq, title, number = text.split("　")
            first, *more = wrap(title, _w, GAZ_WRAP - 24, NO_LINE_START)
            out.append(f"{seq}　　{first}")
            for m in more:
                out.append(f"　　　{m}")
            out[-1] = out[-1] + "　" + number
        elif kind == "p0":
            out += wrap(text, _w, GAZ_WRAP, NO_LINE_START)
        else:
            out += wrap("　　" + text, _w, GAZ_WRAP, NO_LINE_START)
    return out


def _page_header(n: int) -> str:
    if n % 2:
        return GAZ_NAME + "　" * 13 + GAZ_ISSUE + "　　·" + str(n) + "·"
    return "·" + str(n) + "·　　" + GAZ_ISSUE + "　" * 13 + GAZ_NAME


def gazette_pages() -> tuple[list[list[str]], dict[str, int]]:
    """The body pages (numbered from 1) and the page on which each document starts."""
    pages: list[list[str]] = [[]]
    starts: dict[str, int] = {}
    last_label = None
    for label, _title, number, items in GAZ_DOCS:
        if pages[-1]:  # every document starts on a new page
            pages.append([])
        starts[number] = len(pages)
        lines = []
        if label != last_label:
            lines.append("　" * 30 + label)
            lines.append("")
            last_label = label
        lines += _doc_lines(items)
        for line in lines:
            if len(pages[-1]) >= GAZ_PAGE_LINES:
                pages.append([])
            pages[-1].append(line)
    return pages, starts


def gazette_text() -> str:
    pages, starts = gazette_pages()
    toc = [
        _centre(GAZ_NAME),
        _centre("YANGZHOU MUNICIPAL PEOPLE'S GOVERNMENT GAZETTE"),
        _centre("2023年第8期（总第251期）"),
        "扬州市人民政府办公室主办" + "　" * 8 + "2023年8月25日出版",
        "",
        _centre("目　　录"),
        "",
    ]
    last_label = None
    for label, title, number, _ in GAZ_DOCS:
        if label != last_label:
            toc.append(f"【{label}】")
            last_label = label
        entry = f"{title}（{number}）"
        parts = wrap(entry, _w, GAZ_WRAP - 10, NO_LINE_START)
        for p in parts[:-1]:
            toc.append(p)
        last = parts[-1]
        dots = "…" * max(2, int((GAZ_WRAP - 8 - _w(last)) // 2))
        toc.append(f"{last}{dots}（{starts[number]}）")
    out = [*toc, "", "═" * 38]
    for n, page in enumerate(pages, start=1):
        out += ["", _page_header(n), "", *page]
    out += ["", "─" * 38, *GAZ_COLOPHON]
    return "\n".join(out) + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "yangzhou-graduate-subsidy.html").write_bytes(html_notice().encode("gb18030"))
    (OUT / "yangzhou-graduate-subsidy-jiedu.html").write_bytes(html_jiedu().encode("utf-8"))
    make_docx(OUT / "yangzhou-waste-sorting-plan.docx")
    make_pdf(OUT / "yangzhou-resident-medical-insurance.pdf")
    if find_cjk_font() is None:
        print("no CJK font found (fc-list :lang=zh is empty): yangzhou-truck-restriction-scan.pdf not written")
    else:
        make_scan(OUT / "yangzhou-truck-restriction-scan.pdf")
    text = gazette_text().replace("\n", "\r\n")
    (OUT / "yangzhou-gazette-2023-8.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    print(f"wrote fixtures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes the 四平市 (吉林省, city22) fixture: tests/data/city22/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs reportlab, pikepdf, python-docx and lxml, and WenQuanYi Zen Hei
(Debian's ``fonts-wqy-zenhei``) for the text PDF::

    python3 -m venv /tmp/c22venv
    /tmp/c22venv/bin/pip install reportlab pikepdf python-docx lxml pypdfium2 pyxlsb
    cd /work/main && PYTHONPATH=. /tmp/c22venv/bin/python tests/support/make_city22_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city22``; the corpus goes to ``DIR/corpus``. Every file is byte-identical on a rerun
with the same fonts and library versions: zip members (DOCX, the XLSX inside it, the XLSB) carry one fixed timestamp and
a fixed order, reportlab runs with ``invariant=1``, pikepdf writes a deterministic /ID and fixed dates, and every date
and timestamp in the texts is literal. Nothing is random. Everything in the documents (文号, 索引号, figures, dates,
tasks, addresses, phone numbers, URL paths) is invented; the city, its districts and counties, the departments, the app
“吉事办” and the portal domain www.siping.gov.cn are real.

- ``siping-baohuxing-gengzuo-2024-weixin.html``: a WeChat 公众号 article (四平市农业农村局) saved as one web page,
  reposting the **repealed** 四农联发〔2024〕2号 (保护性耕作作业补助实施方案（2024—2026年）); the body sits in
  ``#js_content`` with ``visibility: hidden``, nested ``<section>``s and sentences split into ``<span leaf="">`` pieces.
- ``siping-gaice-biaozhun-tiaozheng-2026.html``: a www.siping.gov.cn policy page with tabs 政策原文 | 政策解读 | 图解 |
  相关附件 (only the first pane shown): 四农联发〔2026〕5号, which **amends** the 改厕奖补办法 (1500元, 60周岁); the hidden
  政策解读 pane alone gives the 咨询电话.
- ``siping-nongcun-gaice-jiangbu-banfa.docx``: 四农联发〔2025〕11号 (农村户用卫生厕所改造奖补办法) whose 申报流程 is a
  **SmartArt** diagram and whose 县区 tasks are a **bar chart** with its embedded workbook.
- ``siping-baohuxing-gengzuo-shishi-fangan-2026.pdf``: 四农联发〔2026〕4号 (保护性耕作作业补助实施方案（2026—2028年）),
  a text PDF with **optional content**: 正文 ON, 征求意见稿修改痕迹 OFF (the draft's figures drawn under the final ones),
  水印 ON.
- ``siping-baohuxing-gengzuo-renwu-fengong.xlsb``: the 方案's 任务分工表 as an **Excel binary workbook** written after
  [MS-XLSB] (merged 牵头单位 cells, a hidden sheet with the 2024 table).
- ``siping-gaice-jiangbu-shixiang.json``: the 政务服务 matter 农村户用卫生厕所改造奖补申请 as the portal's JSON API returns
  it (pinyin-abbreviated fields, Gson-style ``\\u003c`` escapes, one ``null``, one ``""``), with the **expired**
  四农发〔2025〕23号 in its 相关政策 list.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import struct
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.support import qa_lines
from tests.support.print_lines import wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city22"

F_WX = "siping-baohuxing-gengzuo-2024-weixin.html"
F_TAB = "siping-gaice-biaozhun-tiaozheng-2026.html"
F_DOCX = "siping-nongcun-gaice-jiangbu-banfa.docx"
F_PDF = "siping-baohuxing-gengzuo-shishi-fangan-2026.pdf"
F_XLSB = "siping-baohuxing-gengzuo-renwu-fengong.xlsb"
F_JSON = "siping-gaice-jiangbu-shixiang.json"

# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

NYJ = "四平市农业农村局"
CZJ = "四平市财政局"
WJW = "四平市卫生健康委员会"
PORTAL = "http://www.siping.gov.cn"

BH_OLD_NUMBER = "四农联发〔2024〕2号"  # 保护性耕作 方案 2024—2026 (WeChat), repealed by BH
BH_OLD_PLAN = "四平市黑土地保护性耕作作业补助实施方案（2024—2026年）"
BH_OLD_TITLE = f"{NYJ} {CZJ}关于印发{BH_OLD_PLAN}的通知"

BH_NUMBER = "四农联发〔2026〕4号"  # 保护性耕作 方案 2026—2028 (PDF with layers), in force 2026-04-01 .. 2028-12-31
BH_PLAN = "四平市黑土地保护性耕作作业补助实施方案（2026—2028年）"
BH_TITLE = f"{NYJ} {CZJ}关于印发{BH_PLAN}的通知"
BH_TABLE_TITLE = "四平市黑土地保护性耕作重点任务分工表（2026—2028年）"  # the XLSB

GC_NUMBER = "四农联发〔2025〕11号"  # 改厕奖补办法 (DOCX), in force 2025-06-01 .. 2028-05-31, amended by GT
GC_RULES = "四平市农村户用卫生厕所改造奖补办法"
GC_TITLE = f"{NYJ} {CZJ} {WJW}关于印发{GC_RULES}的通知"

GT_NUMBER = "四农联发〔2026〕5号"  # the amendment (tabbed page), from 2026-05-01
GT_TITLE = f"{NYJ} {CZJ} {WJW}关于调整农村户用卫生厕所改造奖补有关标准的通知"

WT_NUMBER = "四农发〔2025〕23号"  # 问题厕所整改补助 (in the JSON's 相关政策), expired 2026-06-30, no successor
WT_TITLE = f"{NYJ}关于开展农村问题厕所整改补助工作的通知"

MATTER = "农村户用卫生厕所改造奖补申请"  # the JSON

# =============================================================================================
# Texts
# =============================================================================================

# --- 1. The repealed 2024 方案 (WeChat article) ---------------------------------------------------------
WX_ACCOUNT = "四平市农业农村局"
WX_TITLE = "政策速递｜黑土地保护性耕作作业补助标准来了！"
WX_DATE = "2024-04-02 17:36"
WX_LEAD = "近日，四平市农业农村局、四平市财政局联合印发《四平市黑土地保护性耕作作业补助实施方案（2024—2026年）》，" \
          "文号为四农联发〔2024〕2号。小编为大家整理了方案要点，快来看看吧！"
# (heading, [sentence pieces]); a sentence's pieces become <span leaf=""> leaves.
WX_BLOCKS: list[tuple[str, list[list[str]]]] = [
    ("一、补助对象", [["在本市行政区域内开展保护性耕作作业的", "农民、家庭农场、", "农民合作社和农业社会化服务组织。"]]),
    ("二、补助标准", [
        ["免耕播种作业", "（秸秆覆盖地表，免耕播种一次完成）：", "每亩", "补助", "3", "5元。"],
        ["条带耕作作业", "（秸秆归行、条带整地后播种）：", "每亩", "补助", "2", "5元。"],
        ["单个作业主体年度补助资金", "最高不超过", "8", "万元。"],
    ]),
    ("三、怎么申报", [
        ["作业主体在", "作业结束后", "15", "日内", "向乡（镇）人民政府申报；"],
        ["县级农业农村部门于每年", "10月31日前", "完成核验并公示5日。"],
    ]),
    ("四、有效期", [["本方案自印发之日起施行，", "有效期至", "2026年12月31日", "。"]]),
]
WX_SIGN = ("四平市农业农村局　四平市财政局", "2024年3月20日")

# --- 2. The amendment (tabbed policy page) -------------------------------------------------------------
GT_DATE = "2026-04-08"
GT_PUBLISHED = "2026-04-10"
GT_INDEX_NO = "11220300MB0P41726K/2026-00417"
GT_ADDR = "各县（市、区）农业农村局、财政局、卫生健康局："
GT_PARAS = [
    f"为进一步调动农户改厕积极性，经市人民政府同意，现就《{GC_RULES}》（{GC_NUMBER}，以下简称《办法》）有关标准调整如下：",
    "一、将《办法》第五条中“三格式化粪池厕所每户补助1200元”调整为“三格式化粪池厕所每户补助1500元”。",
    "二、将《办法》第六条中“户主年满65周岁的独居老人户”调整为“户主年满60周岁的独居老人户”。",
    "三、本通知自2026年5月1日起施行。2026年5月1日前已验收合格但尚未兑付的，按调整后的标准执行。",
    "四、《办法》其他规定不变。",
]
GT_SIGN = ("四平市农业农村局　　四平市财政局　　四平市卫生健康委员会", "2026年4月8日")
GT_QA = [
    ("这次调整了哪些标准？",
     "一是三格式化粪池厕所补助标准由每户1200元提高到每户1500元；二是享受另增加补助的独居老人户，户主年龄由65周岁放宽到60周岁。"),
    ("双瓮式厕所的补助标准变了吗？", "没有变化，仍按《办法》规定执行。"),
    ("农户到哪里申请？", "农户向户籍所在地村民委员会提出申请，由村民委员会汇总后报乡（镇）人民政府。"),
    ("有疑问找谁？",
     "可拨打四平市农业农村局农村社会事业促进科咨询电话：0434-3267512（工作日8:30—16:30），也可登录“吉事办”查询办理进度。"),
]
GT_FORM = "农村户用卫生厕所改造奖补申请表.docx"
GT_FORM_HREF = "/zwgk/zcjd/202604/P020260410385216904725.docx"

# --- 3. The 改厕奖补办法 (DOCX with SmartArt and chart) --------------------------------------------------
GC_ADDR = "各县（市、区）农业农村局、财政局、卫生健康局："
GC_COVER = f"现将《{GC_RULES}》印发给你们，请认真贯彻执行。"
GC_SIGN = ("四平市农业农村局　　四平市财政局　　四平市卫生健康委员会", "2025年5月20日")
GC_ARTICLES_1 = [
    "第一条　为改善农村人居环境，推进农村户用卫生厕所改造，结合我市实际，制定本办法。",
    "第二条　本办法适用于铁西区、铁东区、梨树县、伊通满族自治县、双辽市农村常住农户新建或改造户用卫生厕所。",
    "第三条　2025—2027年全市计划改造农村户用卫生厕所9250户，各县（市、区）任务详见下图。",
]
GC_ARTICLES_2 = [
    "第四条　改造类型为三格式化粪池厕所和双瓮式厕所，由农户根据当地水源和地质条件自愿选择。",
    "第五条　三格式化粪池厕所每户补助1200元；双瓮式厕所每户补助900元。每户只能享受一次改厕补助。",
    "第六条　户主年满65周岁的独居老人户、低保户、特困供养户，每户另增加补助300元。",
    "第七条　申报流程详见下图。",
]
GC_ARTICLES_3 = [
    "第八条　补助资金由市级财政承担40%、县（市、区）级财政承担60%，专款专用，不得挤占挪用。",
    "第九条　本办法自2025年6月1日起施行，有效期至2028年5月31日。",
]
GC_CHART_TITLE = "2025—2027年各县（市、区）农村户用卫生厕所改造任务（户）"
GC_CHART = [("铁西区", 620), ("铁东区", 480), ("梨树县", 3150), ("伊通满族自治县", 2260), ("双辽市", 2740)]
GC_STEPS = [  # SmartArt: (step, its 时限)
    ("农户申请", "每年3月1日至5月31日向村民委员会提出"),
    ("村级初审", "5个工作日内完成并张榜公示"),
    ("乡镇审核", "10个工作日内报县级农业农村部门"),
    ("县级验收", "竣工后20个工作日内组织验收"),
    ("资金兑付", "验收合格后30日内打入“一卡通”"),
]

# --- 4. The 2026—2028 方案 (PDF with layers) -----------------------------------------------------------
BH_ADDR = "各县（市、区）农业农村局、财政局："
BH_COVER = f"现将《{BH_PLAN}》印发给你们，请认真组织实施。"
BH_ATTACH_LINE = f"附件：{BH_TABLE_TITLE.replace('（2026—2028年）', '')}"
BH_SIGN = ("四平市农业农村局　　四平市财政局", "2026年3月12日")
# The 方案: (kind, visible text, text of the hidden draft layer at the same place or None)
BH_PARAS: list[tuple[str, str, str | None]] = [
    ("h", "一、目标任务", None),
    ("p", "2026年全市实施保护性耕作面积620万亩以上，到2028年达到700万亩以上。", None),
    ("h", "二、补助对象", None),
    ("p", "在本市行政区域内开展保护性耕作作业的农民、家庭农场、农民合作社和农业社会化服务组织（以下统称作业主体）。", None),
    ("h", "三、补助标准", None),
    ("p", "（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：每亩补助50元。",
     "（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：每亩补助45元。"),
    ("p", "（二）条带耕作作业（秸秆归行、条带整地后播种）：每亩补助30元。", None),
    ("p", "同一地块同一年度只能享受一项作业补助。", "（三）深松整地作业：每亩补助20元。"),
    ("p", "单个作业主体年度补助资金最高不超过15万元。", "单个作业主体年度补助资金最高不超过10万元。"),
    ("h", "四、作业要求", None),
    ("p", "免耕播种地块秸秆覆盖率不低于30%。作业机具须安装作业监测终端，作业面积以监测数据和县级核验结果为准。", None),
    ("h", "五、申报兑付", None),
    ("p", "作业主体在作业结束后10日内向乡（镇）人民政府申报；县级农业农村部门于每年9月30日前完成核验并公示7日；"
          "县级财政部门在公示结束后30日内将补助资金兑付到作业主体。", None),
    ("h", "六、施行日期", None),
    ("p", f"本方案自2026年4月1日起施行，有效期至2028年12月31日。《{BH_OLD_TITLE}》（{BH_OLD_NUMBER}）同时废止。", None),
]
BH_CC = "抄送：市人民政府办公室，市发展和改革委员会，市水利局。"
BH_PRINTED = "四平市农业农村局办公室　　　　2026年3月12日印发"

# --- 5. The 任务分工表 (XLSB) ---------------------------------------------------------------------------
XB_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
XB_ROWS = [
    (1, "2026年全市保护性耕作实施面积达到620万亩以上，2028年达到700万亩以上", "市农业农村局",
     "各县（市、区）人民政府", "每年10月31日前"),
    (2, "建设保护性耕作作业监测平台，实现作业机具监测终端全覆盖", "市农业农村局", "市财政局", "2026年6月30日前"),
    (3, "组织作业质量核验，核验结果公示7日", "市农业农村局", "各县（市、区）农业农村局", "每年9月30日前"),
    (4, "将免耕播种机纳入农机购置补贴优先保障范围", "市农业农村局", "市发展和改革委员会", "2026年12月31日前"),
    (5, "落实作业补助资金，公示结束后30日内兑付到作业主体", "市财政局", "市农业农村局", "每年12月31日前"),
    (6, "开展补助资金绩效评价", "市财政局", "市农业农村局、各县（市、区）财政局", "次年3月31日前"),
    (7, "统筹高标准农田建设与黑土地保护，完善田间排灌设施", "市水利局", "市农业农村局、市发展和改革委员会",
     "2027年6月30日前"),
    (8, "在“吉事办”和市政府门户网站公开补助政策和核验结果", "四平市人民政府办公室", "市农业农村局", "2026年5月31日前"),
]
XB_OLD_TITLE = "四平市黑土地保护性耕作重点任务分工表（2024—2026年）"
XB_OLD_ROWS = [
    (1, "2024年全市保护性耕作实施面积达到520万亩以上，2026年达到600万亩以上", "市农业农村局",
     "各县（市、区）人民政府", "每年11月30日前"),
    (2, "组织作业质量核验，核验结果公示5日", "市农业农村局", "各县（市、区）农业农村局", "每年10月31日前"),
    (3, "落实作业补助资金", "市财政局", "市农业农村局", "2024年12月31日前"),
    (4, "开展补助资金绩效评价", "市财政局", "市农业农村局", "2025年6月30日前"),
]
XB_NOTE = "注：各县（市、区）人民政府负责本地区保护性耕作工作的组织实施。"

# --- 6. The 政务服务 matter (JSON) and the expired notice in its 相关政策 --------------------------------
WT_PARAS = [
    "各县（市、区）农业农村局：",
    "为巩固农村改厕成果，现就农村问题厕所整改补助有关事项通知如下：",
    "一、经排查确认存在渗漏、堵塞、冻裂等问题的户用厕所，由农户自行整改或委托施工，经乡（镇）验收合格后，每户补助400元。",
    "二、整改工作应于2026年5月31日前完成，县级农业农村部门于2026年6月20日前将补助资金兑付到户。",
    "三、本通知自印发之日起施行，有效期至2026年6月30日。",
    "四平市农业农村局",
    "2025年8月12日",
]
JS_GXSJ = 1789438800000  # 2026-09-15 10:20:00 +08:00

# =============================================================================================
# Helpers
# =============================================================================================


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _zip(members: list[tuple[str, bytes]], when: tuple[int, int, int, int, int, int]) -> bytes:
    """A zip with fixed member order, one timestamp and deflate (as Office writes them)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data)
    return out.getvalue()


# =============================================================================================
# 1. The WeChat article saved as one web page
# =============================================================================================

WX_BIZ = "MzkzNjQ1MjE4Mg=="
WX_URL = f"https://mp.weixin.qq.com/s?__biz={WX_BIZ}&amp;mid=2247486213&amp;idx=1&amp;sn=7c1e04b9d2a35f6e8b0c4a7d913f2e58"
WX_IMG = "https://mmbiz.qpic.cn/sz_mmbiz_png/Qd4xK2ZpLw7nVb3TqR8sYhM1cGfE0aJk/640?wx_fmt=png&amp;from=appmsg"


def _leaves(pieces: list[str], style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return "".join(f'<span leaf=""{st}>{_x(p)}</span>' for p in pieces)


def _wx_section(inner: str, depth: int) -> str:
    """Wraps ``inner`` in ``depth`` nested <section>s with inline styles, as the 公众号 editors write them."""
    styles = ["margin: 0px 8px; padding: 0px;", "box-sizing: border-box; line-height: 1.75;",
              "text-align: justify; font-size: 15px; color: rgb(62, 62, 62);", "letter-spacing: 0.5px;"]
    for k in range(depth):
        inner = f'<section style="{styles[k % len(styles)]}">{inner}</section>'
    return inner


def wx_body() -> str:
    parts = [_wx_section(f'<p style="text-indent: 2em;">{_leaves([WX_LEAD[:23], WX_LEAD[23:60], WX_LEAD[60:]])}</p>', 3)]
    parts.append(_wx_section(
        f'<p style="text-align: center;"><strong>{_leaves([f"{NYJ} {CZJ}", f"关于印发{BH_OLD_PLAN}", "的通知"])}'
        f'</strong></p><p style="text-align: center;">{_leaves(["四农联发", "〔2024〕", "2号"])}</p>', 3))
    parts.append(_wx_section(
        f'<img class="rich_pages wxw-img" data-src="{WX_IMG}" data-ratio="0.5625" data-w="1080" '
        'data-type="png" style="width: 100%; height: auto;" alt="图片">', 2))
    for head, sentences in WX_BLOCKS:
        h = (f'<section style="display: inline-block; padding: 4px 12px; background-color: rgb(46, 125, 50); '
             f'border-radius: 4px;"><span leaf="" style="color: rgb(255, 255, 255);"><strong>{_x(head)}</strong>'
             '</span></section>')
        parts.append(_wx_section(h, 2))
        for pieces in sentences:
            parts.append(_wx_section(f'<p style="text-indent: 2em;">{_leaves(pieces)}</p>', 4))
    parts.append(_wx_section(f'<p style="text-align: right;">{_leaves([WX_SIGN[0]])}</p>'
                             f'<p style="text-align: right;">{_leaves([WX_SIGN[1]])}</p>', 2))
    parts.append(_wx_section(
        '<p style="text-align: center; color: rgb(136, 136, 136); font-size: 12px;">'
        + _leaves(["来源：", "四平市农业农村局", "　编辑：", "李晓"]) + "</p>", 2))
    return "\n".join(parts)


def make_weixin() -> bytes:
    chrome_counters = ('<div id="js_like_area" class="like_area"><span class="like_btn">赞</span><span id="likeNum">'
                       '46</span><span class="sns_btn">分享</span><span id="shareNum">212</span>'
                       '<span class="old_like_btn">在看</span><span id="oldLikeNum">18</span></div>')
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0123){WX_URL.replace('&amp;', '&')} -->
<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{_x(WX_TITLE)}">
<meta property="og:url" content="{WX_URL}">
<meta property="og:image" content="{WX_IMG}">
<meta property="og:description" content="免耕播种、条带耕作都有补助">
<meta name="description" content="免耕播种、条带耕作都有补助">
<title>{_x(WX_TITLE)}</title>
<style>.rich_media_content{{overflow:hidden;}} .qr_code_pc_outer{{position:fixed;}} .wx_tap_link{{color:#576b95;}}</style>
<script type="text/javascript">var biz = "{WX_BIZ}"; var msg_title = "{_x(WX_TITLE)}"; var ct = "1712050560";
var publish_time = "{WX_DATE[:10]}";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{_x(WX_TITLE)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">四平农业农村</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{_x(WX_ACCOUNT)}</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">{WX_DATE}</em></span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp">发表于<span id="js_ip_wording">吉林</span></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{wx_body()}
</div>
<script type="text/javascript">
  (function(){{ var c = document.getElementById("js_content"); if (c) {{ setTimeout(function(){{ c.style.visibility = "visible"; }}, 0); }}
  var imgs = c.getElementsByTagName("img"); for (var i = 0; i < imgs.length; i++) {{ imgs[i].src = imgs[i].getAttribute("data-src"); }} }})();
</script>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display: none;"><div class="qr_code_pc_inner"><div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img" data-src="/mp/qrcode?scene=10000004&amp;size=102&amp;__biz={WX_BIZ}&amp;mid=2247486213&amp;idx=1&amp;sn=7c1e04b9d2a35f6e8b0c4a7d913f2e58&amp;send_time=" alt="">
<p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div>
<div class="rich_media_tool_area"><div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary">
<a id="js_view_source" class="media_tool_meta meta_extra" href="{PORTAL}/sp_nyncj/tzgg/202404/t20240402_1093521.html">阅读原文</a>
<span class="weui-hidden_abs">轻触阅读原文</span></div>
{chrome_counters}
</div>
<div id="js_pc_weapp_code" style="display:none;">预览时标签不可点</div>
<div class="rich_media_extra" id="js_more_article"><div class="rich_media_extra_title">继续滑动看下一个</div>
<div class="weui-hidden_abs">轻触阅读原文</div></div>
<div id="js_profile_qrcode" class="profile_container" style="display:none;"><div class="profile_inner">
<strong class="profile_nickname">{_x(WX_ACCOUNT)}</strong><img class="profile_qrcode" data-src="/mp/qrcode?scene=10000005&amp;__biz={WX_BIZ}" alt="">
<p>微信扫一扫<br>关注该公众号</p></div></div>
</div></div></div></div>
</div>
</body></html>
"""
    return page.encode("utf-8")


# =============================================================================================
# 2. The tabbed policy page
# =============================================================================================


def make_tab_page() -> bytes:
    body = "\n".join(f'<p style="text-indent:2em;">{_x(p)}</p>' for p in GT_PARAS)
    qa = "\n".join(f'<p><strong>问：{_x(q)}</strong></p>\n<p style="text-indent:2em;">答：{_x(a)}</p>' for q, a in GT_QA)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="四平市人民政府">
<meta name="SiteDomain" content="www.siping.gov.cn">
<meta name="SiteIDCode" content="2203000017">
<meta name="ArticleTitle" content="{_x(GT_TITLE)}">
<meta name="PubDate" content="{GT_PUBLISHED} 09:30">
<meta name="ContentSource" content="四平市农业农村局">
<title>{_x(GT_TITLE)}_政策文件_四平市人民政府</title>
<link rel="stylesheet" href="/images/2023/css/common.css">
<style>.tab-pane{{padding:20px 0;}} .hide{{display:none;}} .tab-nav li.on{{border-bottom:2px solid #c00;}}</style>
</head>
<body>
<div class="header"><div class="w1200"><a href="{PORTAL}/" class="logo"><img src="/images/2023/logo.png" alt="四平市人民政府"></a>
<ul class="nav"><li><a href="{PORTAL}/">首页</a></li><li><a href="{PORTAL}/zwgk/">政务公开</a></li><li><a href="{PORTAL}/zwfw/">政务服务</a></li>
<li><a href="{PORTAL}/hdjl/">互动交流</a></li><li><a href="{PORTAL}/zjsp/">走进四平</a></li></ul></div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="{PORTAL}/">首页</a> &gt; <a href="{PORTAL}/zwgk/">政务公开</a> &gt; <a href="{PORTAL}/zwgk/zcwj/">政策文件</a> &gt; <span>部门文件</span></div>
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tr><th>索引号：</th><td>{GT_INDEX_NO}</td><th>主题分类：</th><td>农业、农村</td></tr>
<tr><th>发文机关：</th><td>四平市农业农村局 四平市财政局 四平市卫生健康委员会</td><th>发文字号：</th><td>{GT_NUMBER}</td></tr>
<tr><th>成文日期：</th><td>{GT_DATE}</td><th>发布日期：</th><td>{GT_PUBLISHED}</td></tr>
<tr><th>标　　题：</th><td colspan="3">{_x(GT_TITLE)}</td></tr>
</table>
<div class="article">
<h1 class="article-title">{_x(GT_TITLE)}</h1>
<div class="article-info">发布时间：{GT_PUBLISHED} 09:30　来源：四平市农业农村局　浏览次数：<span id="hits">1385</span>
　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】
　<a href="javascript:window.print()">打印</a></div>
<ul class="tab-nav" id="policyTabs">
<li class="on" data-target="pane-yw"><a href="javascript:;">政策原文</a></li>
<li data-target="pane-jd"><a href="javascript:;">政策解读</a></li>
<li data-target="pane-tj"><a href="javascript:;">图解</a></li>
<li data-target="pane-fj"><a href="javascript:;">相关附件</a></li>
</ul>
<div class="tab-content">
<div class="tab-pane active" id="pane-yw">
<div class="TRS_Editor" id="zoom">
<p style="text-align:center;">{GT_NUMBER}</p>
<p>{_x(GT_ADDR)}</p>
{body}
<p style="text-align:right;">{_x(GT_SIGN[0])}</p>
<p style="text-align:right;">{GT_SIGN[1]}</p>
<p style="text-indent:2em;">（此件公开发布）</p>
</div>
</div>
<div class="tab-pane" id="pane-jd" style="display:none">
<h2 class="jd-title">一图读懂之外：《关于调整农村户用卫生厕所改造奖补有关标准的通知》政策问答</h2>
{qa}
</div>
<div class="tab-pane hide" id="pane-tj" style="display:none">
<p style="text-align:center;"><img src="/zwgk/zcjd/202604/W020260410385217311602.png" alt="图解：农村户用卫生厕所改造奖补标准调整" width="750"></p>
</div>
<div class="tab-pane hide" id="pane-fj" style="display:none">
<p>相关附件：<a href="{GT_FORM_HREF}" target="_blank">{_x(GT_FORM)}</a></p>
</div>
</div>
<div class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="{PORTAL}/wzdt/">网站地图</a> | <a href="{PORTAL}/lxwm/">联系我们</a></p>
<p>主办：四平市人民政府办公室　承办：四平市政务服务和数字化建设管理局</p>
<p>网站标识码：2203000017　<a href="https://beian.miit.gov.cn/">吉ICP备05003172号</a>　吉公网安备 22030202000418号</p>
</div></div>
<script>
document.querySelectorAll('#policyTabs li').forEach(function (li) {{
  li.addEventListener('click', function () {{
    document.querySelectorAll('.tab-pane').forEach(function (p) {{ p.style.display = 'none'; }});
    document.querySelectorAll('#policyTabs li').forEach(function (x) {{ x.className = ''; }});
    li.className = 'on'; document.getElementById(li.getAttribute('data-target')).style.display = 'block';
  }});
}});
function doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
</body>
</html>
"""
    return page.encode("utf-8")


# =============================================================================================
# 3. The DOCX with a SmartArt 申报流程 and a bar chart
# =============================================================================================

WHEN_DOCX = (2025, 5, 20, 15, 8, 36)
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _guid(k: int) -> str:
    return f"{{{0x3A7B0000 + k:08X}-5C1E-4F2A-9B3D-{0x6E21D0C4B000 + k:012X}}}"


def dgm_data() -> str:
    pts = [f'<dgm:pt modelId="{_guid(0)}" type="doc"><dgm:prSet phldrT="[文本]" loTypeId="urn:microsoft.com/office/'
           'officeart/2005/8/layout/process1" loCatId="process" qsTypeId="urn:microsoft.com/office/officeart/2005/8/'
           'quickstyle/simple1" qsCatId="simple" csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"'
           ' csCatId="accent1" phldr="0"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"'
           ' altLang="en-US"/></a:p></dgm:t></dgm:pt>']
    cxns = []
    for k, (step, limit) in enumerate(GC_STEPS):
        node, par, sib = _guid(10 + k), _guid(30 + k), _guid(50 + k)
        pts.append(
            f'<dgm:pt modelId="{node}"><dgm:prSet phldrT="[文本]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>'
            f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" b="1"/><a:t>{_x(step)}</a:t></a:r></a:p>'
            f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1000"/><a:t>{_x(limit)}</a:t></a:r></a:p>'
            '</dgm:t></dgm:pt>')
        pts.append(f'<dgm:pt modelId="{par}" type="parTrans" cxnId="{_guid(70 + k)}"><dgm:prSet/><dgm:spPr/>'
                   '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p></dgm:t></dgm:pt>')
        pts.append(f'<dgm:pt modelId="{sib}" type="sibTrans" cxnId="{_guid(70 + k)}"><dgm:prSet/><dgm:spPr/>'
                   '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p></dgm:t></dgm:pt>')
        cxns.append(f'<dgm:cxn modelId="{_guid(70 + k)}" srcId="{_guid(0)}" destId="{node}" srcOrd="{k}" destOrd="0" '
                    f'parTransId="{par}" sibTransId="{sib}"/>')
    for k in range(len(GC_STEPS)):
        pts.append(f'<dgm:pt modelId="{_guid(90 + k)}" type="pres"><dgm:prSet presAssocID="{_guid(10 + k)}" '
                   f'presName="node" presStyleLbl="node1" presStyleIdx="{k}" presStyleCnt="{len(GC_STEPS)}"/>'
                   '<dgm:spPr/></dgm:pt>')
    return (f'{XML_HEAD}<dgm:dataModel xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}"><dgm:ptLst>{"".join(pts)}</dgm:ptLst>'
            f'<dgm:cxnLst>{"".join(cxns)}</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst>'
            '<a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            f'<dsp:dataModelExt xmlns:dsp="{NS_DSP}" relId="rId12" minVer="http://schemas.openxmlformats.org/'
            'drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>')


def dgm_layout() -> str:
    return (f'{XML_HEAD}<dgm:layoutDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="urn:microsoft.com/office/'
            'officeart/2005/8/layout/process1"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="process"'
            ' pri="1000"/></dgm:catLst><dgm:sampData><dgm:dataModel><dgm:ptLst><dgm:pt modelId="0" type="doc"/>'
            '<dgm:pt modelId="1"><dgm:prSet phldr="1"/></dgm:pt></dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="4" srcId="0"'
            ' destId="1" srcOrd="0" destOrd="0"/></dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel></dgm:sampData>'
            '<dgm:layoutNode name="Name0"><dgm:varLst><dgm:dir/><dgm:resizeHandles val="exact"/></dgm:varLst>'
            '<dgm:alg type="lin"/><dgm:shape xmlns:r="' + NS_R + '" r:blip=""><dgm:adjLst/></dgm:shape>'
            '<dgm:presOf/><dgm:constrLst><dgm:constr type="w" for="ch" forName="node" refType="w"/>'
            '<dgm:constr type="h" for="ch" forName="node" refType="w" refFor="ch" refForName="node" fact="0.6"/>'
            '</dgm:constrLst><dgm:ruleLst/><dgm:forEach name="Name1" axis="ch" ptType="node">'
            '<dgm:layoutNode name="node"><dgm:varLst><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"/>'
            '<dgm:shape xmlns:r="' + NS_R + '" type="roundRect" r:blip=""><dgm:adjLst><dgm:adj idx="1" val="0.1"/>'
            '</dgm:adjLst></dgm:shape><dgm:presOf axis="desOrSelf" ptType="node"/><dgm:constrLst>'
            '<dgm:constr type="tMarg" refType="primFontSz" fact="0.3"/></dgm:constrLst><dgm:ruleLst>'
            '<dgm:rule type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst></dgm:layoutNode>'
            '<dgm:forEach name="Name2" axis="followSib" ptType="sibTrans" cnt="1"><dgm:layoutNode name="sibTrans">'
            '<dgm:alg type="conn"/><dgm:shape xmlns:r="' + NS_R + '" type="conn" r:blip=""><dgm:adjLst/></dgm:shape>'
            '<dgm:presOf axis="self"/></dgm:layoutNode></dgm:forEach></dgm:forEach></dgm:layoutNode></dgm:layoutDef>')


def dgm_quickstyle() -> str:
    return (f'{XML_HEAD}<dgm:styleDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="urn:microsoft.com/office/'
            'officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat '
            'type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig '
            'rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl name="node1"><dgm:scene3d><a:camera '
            'prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/>'
            '<dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr '
            'r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
            '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>')


def dgm_colors() -> str:
    return (f'{XML_HEAD}<dgm:colorsDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="urn:microsoft.com/office/'
            'officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat '
            'type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1"><dgm:fillClrLst meth="repeat">'
            '<a:schemeClr val="accent1"/></dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/>'
            '</dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr '
            'val="lt1"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>')


def dgm_drawing() -> str:
    """The drawing Word caches for the diagram (dsp:), holding the same texts once more."""
    shapes = []
    w, gap, h = 914400, 228600, 1097280
    for k, (step, limit) in enumerate(GC_STEPS):
        x = k * (w + gap)
        shapes.append(
            f'<dsp:sp modelId="{_guid(90 + k)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
            f'<dsp:spPr><a:xfrm><a:off x="{x}" y="251460"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom '
            'prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 10000"/></a:avLst></a:prstGeom><a:solidFill>'
            '<a:schemeClr val="accent1"/></a:solidFill></dsp:spPr><dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0"'
            ' b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0">'
            '<a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef>'
            '</dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" lIns="38100" '
            'tIns="38100" rIns="38100" bIns="38100" numCol="1" spcCol="1270" anchor="ctr" anchorCtr="0"><a:noAutofit/>'
            f'</a:bodyPr><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" b="1"/><a:t>{_x(step)}</a:t></a:r>'
            f'</a:p><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1000"/><a:t>{_x(limit)}</a:t></a:r></a:p>'
            f'</dsp:txBody><dsp:txXfrm><a:off x="{x}" y="251460"/><a:ext cx="{w}" cy="{h}"/></dsp:txXfrm></dsp:sp>')
    return (f'{XML_HEAD}<dsp:drawing xmlns:dgm="{NS_DGM}" xmlns:dsp="{NS_DSP}" xmlns:a="{NS_A}"><dsp:spTree>'
            '<dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
            f'{"".join(shapes)}</dsp:spTree></dsp:drawing>')


def chart_xml() -> str:
    n = len(GC_CHART)
    cats = "".join(f'<c:pt idx="{k}"><c:v>{_x(name)}</c:v></c:pt>' for k, (name, _) in enumerate(GC_CHART))
    vals = "".join(f'<c:pt idx="{k}"><c:v>{v}</c:v></c:pt>' for k, (_, v) in enumerate(GC_CHART))
    return (f'{XML_HEAD}<c:chartSpace xmlns:c="{NS_C}" xmlns:a="{NS_A}" xmlns:r="{NS_R}"><c:date1904 val="0"/>'
            '<c:lang val="zh-CN"/><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>'
            f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1200" b="1"/><a:t>{_x(GC_CHART_TITLE)}</a:t></a:r></a:p>'
            '</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
            '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser>'
            '<c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/>'
            '<c:pt idx="0"><c:v>改造任务（户）</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr><a:solidFill>'
            '<a:srgbClr val="2E7D32"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:dLbls><c:showLegendKey '
            'val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>'
            f'<c:showBubbleSize val="0"/></c:dLbls><c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache>'
            f'<c:ptCount val="{n}"/>{cats}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B${n + 1}'
            f'</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{vals}</c:numCache>'
            '</c:numRef></c:val></c:ser><c:gapWidth val="150"/><c:axId val="508321792"/><c:axId val="508323456"/>'
            '</c:barChart><c:catAx><c:axId val="508321792"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
            '<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark '
            'val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="508323456"/>'
            '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>'
            '<c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="508323456"/><c:scaling><c:orientation '
            'val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt '
            'formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>'
            '<c:tickLblPos val="nextTo"/><c:crossAx val="508321792"/><c:crosses val="autoZero"/><c:crossBetween '
            'val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
            '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>')


def chart_xlsx() -> bytes:
    """The chart's embedded workbook (Excel 2007+), hand-written with fixed properties."""
    rows = [("县（市、区）", "改造任务（户）"), *GC_CHART]
    strings: list[str] = []
    for r in rows:
        for v in r:
            if isinstance(v, str) and v not in strings:
                strings.append(v)
    cells = []
    for i, r in enumerate(rows, start=1):
        cs = []
        for j, v in enumerate(r):
            ref = "AB"[j] + str(i)
            if isinstance(v, str):
                cs.append(f'<c r="{ref}" t="s"><v>{strings.index(v)}</v></c>')
            else:
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
        cells.append(f'<row r="{i}">{"".join(cs)}</row>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sst = "".join(f"<si><t>{_x(s)}</t></si>" for s in strings)
    members = [
        ("[Content_Types].xml", f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
         'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        ("_rels/.rels", f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'{XML_HEAD}<workbook xmlns="{ns}" xmlns:r="{NS_R}"><sheets><sheet name="Sheet1" '
         'sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/'
         f'2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
         f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", f'{XML_HEAD}<worksheet xmlns="{ns}"><dimension ref="A1:B{len(rows)}"/>'
         f'<sheetData>{"".join(cells)}</sheetData></worksheet>'),
        ("xl/sharedStrings.xml", f'{XML_HEAD}<sst xmlns="{ns}" count="{len(strings)}" uniqueCount="{len(strings)}">'
         f'{sst}</sst>'),
    ]
    return _zip([(n, d.encode("utf-8")) for n, d in members], WHEN_DOCX)


def _inline(kind: str, doc_pr: int, cx: int, cy: int, name: str) -> str:
    if kind == "diagram":
        data = (f'<a:graphicData uri="{NS_DGM}"><dgm:relIds xmlns:dgm="{NS_DGM}" r:dm="rId101" r:lo="rId102" '
                'r:qs="rId103" r:cs="rId104"/></a:graphicData>')
    else:
        data = f'<a:graphicData uri="{NS_C}"><c:chart xmlns:c="{NS_C}" r:id="rId106"/></a:graphicData>'
    return ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{doc_pr}" name="{name}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic xmlns:a="{NS_A}">{data}</a:graphic></wp:inline></w:drawing></w:r></w:p>')


def make_docx() -> bytes:
    import datetime

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    cp = d.core_properties
    cp.author = "市农业农村局农村社会事业促进科"
    cp.last_modified_by = "市农业农村局办公室"
    cp.title = GC_TITLE
    cp.created = datetime.datetime(2025, 5, 19, 9, 12, 0)
    cp.modified = datetime.datetime(2025, 5, 20, 15, 8, 0)
    cp.revision = 7
    cp.comments = ""

    def para(text: str, center: bool = False, right: bool = False, indent: bool = True, size: int = 16,
             bold: bool = False) -> None:
        p = d.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif indent:
            p.paragraph_format.first_line_indent = Pt(32)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold

    para(GC_NUMBER, center=True)
    para(GC_TITLE, center=True, size=22, bold=True)
    para(GC_ADDR, indent=False)
    para(GC_COVER)
    para(GC_SIGN[0], right=True)
    para(GC_SIGN[1], right=True)
    para(GC_RULES, center=True, size=20, bold=True)
    for t in GC_ARTICLES_1:
        para(t)
    para("[[CHART]]")
    para("图1　" + GC_CHART_TITLE, center=True, size=12)
    for t in GC_ARTICLES_2:
        para(t)
    para("[[SMARTART]]")
    para("图2　农村户用卫生厕所改造奖补申报流程", center=True, size=12)
    for t in GC_ARTICLES_3:
        para(t)
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    members = {n: zin.read(n) for n in zin.namelist()}
    order = zin.namelist()

    doc = members["word/document.xml"].decode("utf-8")
    doc = doc.replace("<w:document ", f'<w:document xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
                      f'wordprocessingDrawing" xmlns:r="{NS_R}" ', 1) if "xmlns:wp=" not in doc else doc
    for mark, xml in (("[[CHART]]", _inline("chart", 1, 5486400, 3017520, "图表 1")),
                      ("[[SMARTART]]", _inline("diagram", 2, 5943600, 1600200, "图示 2"))):
        m = re.search(r"<w:p>(?:(?!<w:p>).)*?" + re.escape(mark) + r".*?</w:p>", doc, re.S)
        if m is None:
            m = re.search(r"<w:p [^>]*>(?:(?!<w:p[ >]).)*?" + re.escape(mark) + r".*?</w:p>", doc, re.S)
        assert m is not None, mark
        doc = doc[:m.start()] + xml + doc[m.end():]
    members["word/document.xml"] = doc.encode("utf-8")

    rels = members["word/_rels/document.xml.rels"].decode("utf-8")
    extra = "".join([
        f'<Relationship Id="rId101" Type="{REL}/diagramData" Target="diagrams/data1.xml"/>',
        f'<Relationship Id="rId102" Type="{REL}/diagramLayout" Target="diagrams/layout1.xml"/>',
        f'<Relationship Id="rId103" Type="{REL}/diagramQuickStyle" Target="diagrams/quickStyle1.xml"/>',
        f'<Relationship Id="rId104" Type="{REL}/diagramColors" Target="diagrams/colors1.xml"/>',
        '<Relationship Id="rId12" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" '
        'Target="diagrams/drawing1.xml"/>',
        f'<Relationship Id="rId106" Type="{REL}/chart" Target="charts/chart1.xml"/>',
    ])
    members["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", extra + "</Relationships>").encode()
    ct = members["[Content_Types].xml"].decode("utf-8")
    ov = "".join([
        '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>',
        '<Override PartName="/word/diagrams/data1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'drawingml.diagramData+xml"/>',
        '<Override PartName="/word/diagrams/layout1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'drawingml.diagramLayout+xml"/>',
        '<Override PartName="/word/diagrams/quickStyle1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.drawingml.diagramStyle+xml"/>',
        '<Override PartName="/word/diagrams/colors1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'drawingml.diagramColors+xml"/>',
        '<Override PartName="/word/diagrams/drawing1.xml" ContentType="application/vnd.ms-office.drawingml.'
        'diagramDrawing+xml"/>',
        '<Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'drawingml.chart+xml"/>',
    ])
    members["[Content_Types].xml"] = ct.replace("</Types>", ov + "</Types>").encode()
    new = [
        ("word/diagrams/data1.xml", dgm_data().encode()),
        ("word/diagrams/layout1.xml", dgm_layout().encode()),
        ("word/diagrams/quickStyle1.xml", dgm_quickstyle().encode()),
        ("word/diagrams/colors1.xml", dgm_colors().encode()),
        ("word/diagrams/drawing1.xml", dgm_drawing().encode()),
        ("word/charts/chart1.xml", chart_xml().encode()),
        ("word/charts/_rels/chart1.xml.rels",
         (f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          f'<Relationship Id="rId1" Type="{REL}/package" Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/>'
          '</Relationships>').encode()),
        ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", chart_xlsx()),
    ]
    out = [(n, members[n]) for n in order] + new
    return _zip(out, WHEN_DOCX)


# =============================================================================================
# 4. The text PDF with optional content (layers)
# =============================================================================================


def _wqy() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    return "WQY"


def bh_pdf_lines() -> tuple[bytes, list[str], list[str]]:
    """The notice drawn by reportlab, each layer's drawing wrapped in ``/OC /MCn BDC … EMC``.
    Returns the PDF and the visible and hidden-draft lines in drawing order."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    font = _wqy()
    w, h = A4
    left, right = 79.4, w - 73.7
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(BH_TITLE)
    c.setAuthor(NYJ)
    c.setCreator("WPS Office")
    visible: list[str] = []
    hidden: list[str] = []
    st = {"y": h - 100.0, "page": 1}
    draft: list[tuple[float, float, str]] = []  # (y, size, text) of the draft layer on this page

    def watermark() -> None:
        c._code.append("/OC /MC2 BDC")
        c.saveState()
        c.setFillColorRGB(0.86, 0.86, 0.86)
        c.translate(w / 2, h / 2)
        c.rotate(35)
        c.setFont(font, 64)
        c.drawCentredString(0, 0, "四平市人民政府")
        c.restoreState()
        c._code.append("EMC")

    def begin_page() -> None:
        watermark()
        c._code.append("/OC /MC0 BDC")

    def end_page() -> None:
        c.setFont(font, 14)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(w / 2, 50, f"— {st['page']} —")
        c._code.append("EMC")
        if draft:
            c._code.append("/OC /MC1 BDC")
            c.setFillColorRGB(0, 0, 0)
            for y, size, text in draft:
                c.setFont(font, size)
                c.drawString(left, y, text)
            c._code.append("EMC")
            draft.clear()
        c.showPage()
        st["page"] += 1
        st["y"] = h - 90.0

    def line(text: str, size: float = 16, x: float | None = None, centre: bool = False, lead: float = 29,
             ghost: str | None = None) -> None:
        if st["y"] < 90:
            end_page()
            begin_page()
        c.setFont(font, size)
        if centre:
            c.drawCentredString(w / 2, st["y"], text)
        elif x is not None:
            c.drawRightString(x, st["y"], text)
        else:
            c.drawString(left, st["y"], text)
        visible.append(text)
        if ghost is not None:
            draft.append((st["y"], size, ghost))
            hidden.append(ghost)
        st["y"] -= lead

    def para(text: str, indent: bool = True, size: float = 16, ghost: str | None = None) -> None:
        lines = wrap_cjk(("　　" if indent else "") + text, lambda s: stringWidth(s, font, size), right - left)
        glines = (wrap_cjk(("　　" if indent else "") + ghost, lambda s: stringWidth(s, font, size), right - left)
                  if ghost is not None else [])
        for k, ln in enumerate(lines):
            line(ln, size, ghost=glines[k] if k < len(glines) else None)
        for extra in glines[len(lines):]:
            line("", size, ghost=extra)

    begin_page()
    c.setFillColorRGB(0.8, 0, 0)
    line("四平市农业农村局文件", 30, centre=True, lead=52)
    c.setFillColorRGB(0, 0, 0)
    line(BH_NUMBER, 16, centre=True, lead=14)
    c.setStrokeColorRGB(0.8, 0, 0)
    c.setLineWidth(2)
    c.line(left, st["y"], right, st["y"])
    st["y"] -= 40
    for ln in wrap_cjk(BH_TITLE, lambda s: stringWidth(s, font, 20), right - left - 40):
        line(ln, 20, centre=True, lead=32)
    st["y"] -= 12
    para(BH_ADDR, indent=False)
    para(BH_COVER)
    st["y"] -= 8
    para(BH_ATTACH_LINE)
    st["y"] -= 40
    line(BH_SIGN[0], x=right - 16)
    line(BH_SIGN[1], x=right - 48)
    st["y"] -= 10
    para("（此件公开发布）")
    end_page()
    begin_page()
    for ln in wrap_cjk(BH_PLAN, lambda s: stringWidth(s, font, 20), right - left):
        line(ln, 20, centre=True, lead=36)
    for kind, text, ghost in BH_PARAS:
        para(text, indent=True, ghost=ghost)
        if kind == "h":
            st["y"] -= 2
    st["y"] -= 30
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.8)
    c.line(left, st["y"] + 20, right, st["y"] + 20)
    para(BH_CC, indent=False, size=14)
    c.line(left, st["y"] + 20, right, st["y"] + 20)
    line(BH_PRINTED, 14)
    c.line(left, st["y"] + 20, right, st["y"] + 20)
    end_page()
    c.save()
    return out.getvalue(), [v for v in visible if v], hidden


def _pdf_bytes(pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()


def make_pdf() -> bytes:
    import pikepdf

    raw, _, _ = bh_pdf_lines()
    pdf = pikepdf.Pdf.open(io.BytesIO(raw))
    ocgs = [pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String(n),
                                                 Intent=pikepdf.Name.View))
            for n in ("正文", "征求意见稿修改痕迹", "水印")]
    pdf.Root.OCProperties = pikepdf.Dictionary(
        OCGs=pikepdf.Array(ocgs),
        D=pikepdf.Dictionary(Name=pikepdf.String("默认"), Order=pikepdf.Array(ocgs),
                             ON=pikepdf.Array([ocgs[0], ocgs[2]]), OFF=pikepdf.Array([ocgs[1]]),
                             BaseState=pikepdf.Name.ON))
    pdf.Root.PageMode = pikepdf.Name.UseOC
    for page in pdf.pages:
        res = pikepdf.Dictionary({k: page.obj.Resources[k] for k in page.obj.Resources})
        res.Properties = pikepdf.Dictionary(MC0=ocgs[0], MC1=ocgs[1], MC2=ocgs[2])
        page.obj.Resources = res
    when = "D:20260312163000+08'00'"
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(
        Title=pikepdf.String(BH_TITLE), Author=pikepdf.String(NYJ), Creator=pikepdf.String("WPS 文字"),
        Producer=pikepdf.String("WPS Office; modified using pikepdf"),
        CreationDate=pikepdf.String(when), ModDate=pikepdf.String(when)))
    return _pdf_bytes(pdf)


# =============================================================================================
# 5. The XLSB (Excel binary workbook), written record by record after [MS-XLSB]
# =============================================================================================

WHEN_XLSB = (2026, 3, 12, 11, 24, 50)


def _rec(rt: int, data: bytes = b"") -> bytes:
    """One BIFF12 record: the type and size as 7-bit variable-length integers, then the data."""
    head = bytes([rt]) if rt < 0x80 else bytes([(rt & 0x7F) | 0x80, rt >> 7])
    n, size = len(data), b""
    while True:
        b = n & 0x7F
        n >>= 7
        size += bytes([b | (0x80 if n else 0)])
        if not n:
            break
    return head + size + data


def _ws(s: str) -> bytes:
    """XLWideString: a 4-byte character count and UTF-16LE."""
    return struct.pack("<I", len(s)) + s.encode("utf-16-le")


def _color(rgb: int = 0, auto: bool = True) -> bytes:
    """BrtColor: fValidRGB/xColorType, index, nTintAndShade, R, G, B, alpha."""
    if auto:
        return bytes([0x01, 0x40, 0, 0, 0, 0, 0, 0xFF])
    return bytes([0x05, 0xFF, 0, 0, (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 0xFF])


def xlsb_styles() -> bytes:
    def font(height: int, bold: bool, name: str) -> bytes:
        return _rec(43, struct.pack("<HHHHBBBB", height, 0, 700 if bold else 400, 0, 0, 2, 134, 0)
                    + _color(0x000000, auto=False) + bytes([0]) + _ws(name))

    fill = struct.pack("<I", 0) + _color() + _color() + struct.pack("<I", 0) + b"\x00" * 40 + struct.pack("<I", 0)
    blxf_thin = bytes([1, 0]) + _color(0x000000, auto=False)
    blxf_none = bytes([0, 0]) + _color()
    border_none = bytes([0]) + blxf_none * 5
    border_thin = bytes([0]) + blxf_thin * 4 + blxf_none

    def xf(parent: int, ifont: int, iborder: int, wrap: bool) -> bytes:
        # ixfeParent, iFmt, iFont, iFill, ixBorder, trot, indent, flags (alc=center, alcV=center, fWrap), xfGrbitAtr
        flags = 0x2 | (0x1 << 3) | (0x20 if wrap else 0)
        return _rec(47, struct.pack("<HHHHHBBHBB", parent, 0, ifont, 0, iborder, 0, 0, flags, 0, 0))

    return b"".join([
        _rec(278),
        _rec(611, struct.pack("<I", 2)), font(220, False, "宋体"), font(360, True, "方正小标宋简体"), _rec(612),
        _rec(603, struct.pack("<I", 2)), _rec(45, fill), _rec(45, fill), _rec(604),
        _rec(613, struct.pack("<I", 2)), _rec(46, border_none), _rec(46, border_thin), _rec(614),
        _rec(626, struct.pack("<I", 1)), xf(0xFFFF, 0, 0, False), _rec(627),
        _rec(617, struct.pack("<I", 4)), xf(0, 0, 0, False), xf(0, 1, 0, False), xf(0, 0, 1, True),
        xf(0, 0, 1, True), _rec(618),
        _rec(619, struct.pack("<I", 1)), _rec(48, struct.pack("<IHBB", 0, 1, 0, 0xFF) + _ws("常规")), _rec(620),
        _rec(279),
    ])


def xlsb_sheet(title: str, rows: list[tuple], note: str, selected: bool) -> tuple[bytes, list[str]]:
    """One worksheet part; returns the bytes and the strings it uses (in order of first use)."""
    strings: list[str] = []

    def isst(s: str) -> int:
        if s not in strings:
            strings.append(s)
        return strings.index(s)

    def cell_hdr(col: int, style: int) -> bytes:
        return struct.pack("<II", col, style & 0xFFFFFF)

    def row_hdr(r: int, height: int, c0: int, c1: int) -> bytes:
        return _rec(0, struct.pack("<IIHBBBI", r, 0, height, 0, 0, 0, 1) + struct.pack("<II", c0, c1))

    ncol = len(XB_HEAD)
    body: list[bytes] = []
    merges: list[tuple[int, int, int, int]] = [(0, 0, 0, ncol - 1)]
    body.append(row_hdr(0, 600, 0, ncol - 1))
    body.append(_rec(7, cell_hdr(0, 1) + struct.pack("<I", isst(title))))
    for k in range(1, ncol):
        body.append(_rec(1, cell_hdr(k, 1)))
    body.append(row_hdr(1, 400, 0, ncol - 1))
    for k, head in enumerate(XB_HEAD):
        body.append(_rec(7, cell_hdr(k, 2) + struct.pack("<I", isst(head))))
    r = 2
    k = 0
    while k < len(rows):
        lead = rows[k][2]
        span = 1
        while k + span < len(rows) and rows[k + span][2] == lead:
            span += 1
        if span > 1:
            merges.append((r, r + span - 1, 2, 2))
        for j in range(span):
            no, task, _, partner, when = rows[k + j]
            body.append(row_hdr(r + j, 560, 0, ncol - 1))
            body.append(_rec(2, cell_hdr(0, 3) + struct.pack("<I", (no << 2) | 0x02)))  # BrtCellRk, an integer
            body.append(_rec(7, cell_hdr(1, 3) + struct.pack("<I", isst(task))))
            if j == 0:
                body.append(_rec(7, cell_hdr(2, 3) + struct.pack("<I", isst(lead))))
            else:
                body.append(_rec(1, cell_hdr(2, 3)))  # BrtCellBlank under the merge
            body.append(_rec(7, cell_hdr(3, 3) + struct.pack("<I", isst(partner))))
            body.append(_rec(7, cell_hdr(4, 3) + struct.pack("<I", isst(when))))
        r += span
        k += span
    body.append(row_hdr(r, 400, 0, ncol - 1))
    body.append(_rec(7, cell_hdr(0, 0) + struct.pack("<I", isst(note))))
    merges.append((r, r, 0, ncol - 1))
    last = r
    view = struct.pack("<HIIIBBHHHHHI", 0x03BC if selected else 0x01BC, 0, 0, 0, 64, 0, 0, 100, 0, 0, 0, 0)
    cols = [(0, 0, 6 * 256), (1, 1, 46 * 256), (2, 2, 18 * 256), (3, 3, 26 * 256), (4, 4, 16 * 256)]
    parts = [
        _rec(129),
        _rec(147, bytes([0xC9, 0x04, 0x00]) + _color() + struct.pack("<ii", -1, -1) + struct.pack("<I", 0xFFFFFFFF)),
        _rec(148, struct.pack("<IIII", 0, last, 0, ncol - 1)),
        _rec(133), _rec(137, view), _rec(138), _rec(134),
        _rec(485, struct.pack("<IHHHBB", 0xFFFFFFFF, 8, 270, 0, 0, 0)),
        _rec(390), *[_rec(60, struct.pack("<IIIIH", a, b, wd, 0, 0x0002)) for a, b, wd in cols], _rec(391),
        _rec(145), *body, _rec(146),
        _rec(177, struct.pack("<I", len(merges))),
        *[_rec(176, struct.pack("<IIII", *m)) for m in merges],
        _rec(178),
        _rec(130),
    ]
    return b"".join(parts), strings


def make_xlsb() -> bytes:
    s1, str1 = xlsb_sheet(BH_TABLE_TITLE, XB_ROWS, XB_NOTE, True)
    s2, str2 = xlsb_sheet(XB_OLD_TITLE, XB_OLD_ROWS, XB_NOTE, False)
    strings = list(str1)
    for s in str2:
        if s not in strings:
            strings.append(s)

    def remap(sheet: bytes, local: list[str]) -> bytes:
        # Re-point BrtCellIsst indexes from the sheet's local list to the shared table.
        out = bytearray()
        pos = 0
        while pos < len(sheet):
            rt = sheet[pos]
            p = pos + 1
            if rt & 0x80:
                rt = (rt & 0x7F) | (sheet[p] << 7)
                p += 1
            size, shift = 0, 0
            while True:
                b = sheet[p]
                p += 1
                size |= (b & 0x7F) << shift
                shift += 7
                if not b & 0x80:
                    break
            data = sheet[p:p + size]
            if rt == 7:
                idx = struct.unpack_from("<I", data, 8)[0]
                data = data[:8] + struct.pack("<I", strings.index(local[idx]))
            out += sheet[pos:p] + data
            pos = p + size
        return bytes(out)

    s1, s2 = remap(s1, str1), remap(s2, str2)
    total = 0
    for sheet in (s1, s2):
        pos = 0
        while pos < len(sheet):
            rt = sheet[pos]
            p = pos + 1 + (1 if rt & 0x80 else 0)
            size, shift = 0, 0
            while True:
                b = sheet[p]
                p += 1
                size |= (b & 0x7F) << shift
                shift += 7
                if not b & 0x80:
                    break
            total += rt == 7
            pos = p + size
    sst = (_rec(159, struct.pack("<II", total, len(strings)))
           + b"".join(_rec(19, b"\x00" + _ws(s)) for s in strings) + _rec(160))
    workbook = b"".join([
        _rec(131),
        _rec(128, b"\x00" * 16 + _ws("xl") + _ws("7") + _ws("7") + _ws("27328")),
        _rec(153, struct.pack("<II", 0x00000020, 166925) + _ws("ThisWorkbook")),
        _rec(135), _rec(158, struct.pack("<iiiiIIIB", 240, 105, 28800, 12300, 600, 0, 0, 0x78)), _rec(136),
        _rec(143),
        _rec(156, struct.pack("<II", 0, 1) + _ws("rId1") + _ws("分工表")),
        _rec(156, struct.pack("<II", 1, 2) + _ws("rId2") + _ws("2024—2026年（旧）")),
        _rec(144),
        _rec(132),
    ])
    ns_rel = "http://schemas.openxmlformats.org/package/2006/relationships"
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
          '<Override PartName="/xl/worksheets/sheet2.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
          '<Override PartName="/xl/styles.bin" ContentType="application/vnd.ms-excel.styles"/>'
          '<Override PartName="/xl/sharedStrings.bin" ContentType="application/vnd.ms-excel.sharedStrings"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.extended-properties+xml"/></Types>')
    root_rels = (f'{XML_HEAD}<Relationships xmlns="{ns_rel}">'
                 f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                 'metadata/core-properties" Target="docProps/core.xml"/>'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>')
    wb_rels = (f'{XML_HEAD}<Relationships xmlns="{ns_rel}">'
               f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.bin"/>'
               f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/sheet2.bin"/>'
               f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.bin"/>'
               f'<Relationship Id="rId4" Type="{REL}/sharedStrings" Target="sharedStrings.bin"/></Relationships>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>' + _x(BH_TABLE_TITLE) + '</dc:title>'
            '<dc:creator>市农业农村局农机化推广科</dc:creator><cp:lastModifiedBy>市农业农村局办公室</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-05T02:16:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-12T03:24:50Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft '
           'Excel</Application><DocSecurity>0</DocSecurity><Company></Company><AppVersion>16.0300</AppVersion>'
           '</Properties>')
    members = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", root_rels.encode()),
               ("docProps/app.xml", app.encode()), ("docProps/core.xml", core.encode()),
               ("xl/workbook.bin", workbook), ("xl/_rels/workbook.bin.rels", wb_rels.encode()),
               ("xl/styles.bin", xlsb_styles()), ("xl/sharedStrings.bin", sst),
               ("xl/worksheets/sheet1.bin", s1), ("xl/worksheets/sheet2.bin", s2)]
    return _zip(members, WHEN_XLSB)


# =============================================================================================
# 6. The 政务服务 matter as the portal's JSON API returns it
# =============================================================================================

JS_BLLC = ("<p>1.申请：农户向户籍所在地村民委员会提出申请，填写《农村户用卫生厕所改造奖补申请表》；</p>"
           "<p>2.初审：村民委员会初审并公示后报乡（镇）人民政府；</p>"
           "<p>3.受理审核：乡（镇）人民政府审核后报县农业农村局，县农业农村局在县政务服务中心窗口受理；</p>"
           "<p>4.验收：县农业农村局组织竣工验收；</p>"
           "<p>5.兑付：验收合格后，补助资金通过“一卡通”发放到户。</p>")


def matter() -> dict:
    return {
        "code": 200,
        "msg": "success",
        "data": {
            "id": "8a9f3c2e91b74d06a5e7c1f0d2b38e64",
            "sxmc": MATTER,
            "sxbm": "11220322MB1C58027J4002117000",
            "sxlx": "公共服务",
            "sszt": "梨树县农业农村局",
            "xzqh": "220322",
            "sltj": [
                "在梨树县农村有常住户籍且实际居住的农户",
                f"按《{GC_RULES}》规定的类型新建或改造户用卫生厕所",
                "此前未享受过农村改厕补助",
            ],
            "sqcl": [
                {"clmc": "农村户用卫生厕所改造奖补申请表", "fs": "原件1份", "bz": "村民委员会签署意见"},
                {"clmc": "户主居民身份证", "fs": "复印件1份", "bz": ""},
                {"clmc": "户口簿", "fs": "复印件1份", "bz": "首页及户主页"},
                {"clmc": "“一卡通”存折或银行卡", "fs": "复印件1份", "bz": "用于补助资金发放"},
            ],
            "bllc": JS_BLLC,
            "fdsx": "20个工作日",
            "cnsx": "10个工作日",
            "sfbz": "不收费",
            "zxdh": "0434-5236718",
            "jdtsdh": "12345",
            "bldd": "梨树县政务服务中心一楼农业农村综合窗口（梨树镇政通街66号）",
            "blsj": "周一至周五 8:30—11:30，13:30—16:30（法定节假日除外）",
            "sdyj": f"《{GC_RULES}》（{GC_NUMBER}）；《关于调整农村户用卫生厕所改造奖补有关标准的通知》（{GT_NUMBER}）",
            "wsbl": "“吉事办”APP—农村改厕专区",
            "tbcx": None,
            "ckbl": "",
            "gxsj": JS_GXSJ,
            "xgzc": [
                {"zcmc": WT_TITLE, "wh": WT_NUMBER, "fbrq": "2025-08-12",
                 "zw": "".join(f"<p>{p}</p>" for p in WT_PARAS)},
            ],
        },
    }


def make_json() -> bytes:
    text = json.dumps(matter(), ensure_ascii=False, indent=None, separators=(",", ":"))
    # Gson's HTML-safe escaping, as Java portals write it.
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("=", "\\u003d"), ("'", "\\u0027")):
        text = text.replace(ch, esc)
    text = text.replace("“", "\\u201c").replace("”", "\\u201d")
    return text.encode("utf-8")


# =============================================================================================
# Questions
# =============================================================================================

S_BH = {"doc_number": BH_NUMBER, "doc_title": BH_TITLE}
S_BHO = {"doc_number": BH_OLD_NUMBER, "doc_title": BH_OLD_TITLE}
S_XB = {"doc_number": None, "doc_title": BH_TABLE_TITLE}
S_GC = {"doc_number": GC_NUMBER, "doc_title": GC_TITLE}
S_GT = {"doc_number": GT_NUMBER, "doc_title": GT_TITLE}
S_WT = {"doc_number": WT_NUMBER, "doc_title": WT_TITLE}
S_JS = {"doc_number": None, "doc_title": MATTER}
NF = "文件中未找到相关规定。"


def _xrow(r: tuple) -> str:
    return " ".join(str(v) for v in r)


QA: list[tuple] = [
    # --- 黑土地保护性耕作 (PDF in force, WeChat repealed, XLSB 分工表) -------------------------------------
    ("我们合作社在梨树县，今年春天免耕播种了3800亩玉米，秸秆都覆盖在地表。按每亩补助算，我们能拿多少钱？",
     f"按《{BH_PLAN}》（{BH_NUMBER}）第三部分，免耕播种作业（秸秆覆盖地表，免耕播种一次完成）每亩补助50元。"
     "3800亩×50元＝190000元，但单个作业主体年度补助资金最高不超过15万元，所以你们合作社今年最多能拿15万元。",
     ["每亩补助50元", "最高不超过15万元"], [S_BH], f"{BH_TITLE} > 三、补助标准",
     "（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：每亩补助50元。……单个作业主体年度补助资金最高不超过15万元。",
     "numeric", "public", "hard", F_PDF),
    ("我家在双辽市，今年做的是条带耕作，秸秆归行后条带整地播种，一共200亩。听说保护性耕作每亩补50元，那我家能拿10000元吧？",
     "不是。每亩补助50元是免耕播种作业的标准；条带耕作作业（秸秆归行、条带整地后播种）每亩补助30元。"
     f"您家200亩×30元＝6000元（《{BH_PLAN}》三、补助标准）。",
     ["每亩补助30元", "每亩补助50元"], [S_BH], f"{BH_TITLE} > 三、补助标准",
     "（二）条带耕作作业（秸秆归行、条带整地后播种）：每亩补助30元。", "numeric", "public", "medium", F_PDF),
    ("免耕播种现在每亩到底补多少？村里有人说45元，有人说50元，还有人说单个合作社最多补10万元。",
     f"按{BH_NUMBER}印发的《{BH_PLAN}》，免耕播种作业每亩补助50元，单个作业主体年度补助资金最高不超过15万元。"
     "45元和10万元是征求意见稿的数字，只在文件默认隐藏的“征求意见稿修改痕迹”图层里，不是正式标准。",
     ["每亩补助50元", "最高不超过15万元"], [S_BH], f"{BH_TITLE} > 三、补助标准",
     "（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：每亩补助50元。……单个作业主体年度补助资金最高不超过15万元。",
     "numeric", "public", "hard", F_PDF),
    ("我在四平市农业农村局的公众号上看到，免耕播种每亩补35元，方案有效期到2026年12月31日。今年秋天申报还按35元算吗？",
     f"不按。公众号转发的是{BH_OLD_NUMBER}印发的《{BH_OLD_PLAN}》，它自己写的有效期至2026年12月31日，但"
     f"{BH_NUMBER}印发的《{BH_PLAN}》规定自2026年4月1日起施行，{BH_OLD_NUMBER}“同时废止”。"
     "现在免耕播种作业每亩补助50元，条带耕作作业每亩补助30元。",
     ["同时废止", "每亩补助50元"], [S_BH, S_BHO], f"{BH_TITLE} > 六、施行日期",
     f"本方案自2026年4月1日起施行，有效期至2028年12月31日。《{BH_OLD_TITLE}》（{BH_OLD_NUMBER}）同时废止。",
     "validity", "public", "hard", F_PDF),
    ("2024年那版保护性耕作补助方案里，单个作业主体一年最多能补多少？作业完多少天内申报？现在变了吗？",
     f"按{BH_OLD_NUMBER}（公众号转发的2024—2026年方案），单个作业主体年度补助资金最高不超过8万元，作业结束后15日内向乡（镇）"
     f"人民政府申报。该方案已被{BH_NUMBER}自2026年4月1日起同时废止；现在单个作业主体最高不超过15万元，作业结束后10日内申报。",
     ["最高不超过8万元", "作业结束后15日内"], [S_BHO, S_BH], f"{BH_OLD_TITLE} > 二、补助标准；三、怎么申报",
     "单个作业主体年度补助资金最高不超过8万元。……作业主体在作业结束后15日内向乡（镇）人民政府申报；",
     "numeric", "public", "medium", F_WX),
    (f"{BH_NUMBER}的重点任务分工表里，市农业农村局牵头哪几项任务？各项的配合单位和完成时限分别是什么？",
     "市农业农村局牵头第1至4项：1. 2026年全市保护性耕作实施面积达到620万亩以上、2028年达到700万亩以上，配合单位各县（市、区）人民政府，"
     "每年10月31日前；2. 建设保护性耕作作业监测平台，配合单位市财政局，2026年6月30日前；3. 组织作业质量核验，核验结果公示7日，"
     "配合单位各县（市、区）农业农村局，每年9月30日前；4. 将免耕播种机纳入农机购置补贴优先保障范围，配合单位市发展和改革委员会，"
     "2026年12月31日前。",
     ["2026年6月30日前", "市发展和改革委员会", "每年9月30日前"], [S_XB], f"{BH_TABLE_TITLE} > 分工表（第1—4项）",
     _xrow(XB_ROWS[0]) + "……" + _xrow(XB_ROWS[1][:2] + XB_ROWS[1][3:]) + "……" + _xrow(XB_ROWS[3][:2] + XB_ROWS[3][3:]),
     "department", "civil_servant", "hard", F_XLSB),
    ("保护性耕作补助资金的绩效评价由哪个单位牵头？配合单位是谁？什么时候完成？",
     f"据《{BH_TABLE_TITLE}》第6项“开展补助资金绩效评价”，由市财政局牵头（与第5项合并单元格），配合单位为市农业农村局、"
     "各县（市、区）财政局，完成时限为次年3月31日前。",
     ["市财政局", "次年3月31日前"], [S_XB], f"{BH_TABLE_TITLE} > 分工表（第5—6项）",
     _xrow(XB_ROWS[4][:3]) + "……" + _xrow(XB_ROWS[5][:2] + XB_ROWS[5][3:]),
     "department", "civil_servant", "hard", F_XLSB),
    ("全市保护性耕作实施面积的目标是多少？核验时限是每年什么时候？",
     f"按《{BH_TABLE_TITLE}》（{BH_NUMBER}的附件）和方案，2026年全市实施保护性耕作面积620万亩以上，到2028年达到700万亩以上；"
     "作业质量核验每年9月30日前完成。表中隐藏的“2024—2026年（旧）”工作表里的520万亩、600万亩和每年10月31日前是旧表的数字。",
     ["620万亩以上", "700万亩以上", "每年9月30日前"], [S_XB, S_BH], f"{BH_TABLE_TITLE} > 分工表（第1、3项）",
     _xrow(XB_ROWS[0]) + "……" + _xrow(XB_ROWS[2][:2] + XB_ROWS[2][3:]), "numeric", "civil_servant", "medium", F_XLSB),
    ("保护性耕作作业核验和补助兑付的时间是怎么规定的？县级核验要在什么时候前完成，公示几天，财政多久兑付？",
     f"按《{BH_PLAN}》五、申报兑付：作业主体在作业结束后10日内向乡（镇）人民政府申报；县级农业农村部门于每年9月30日前完成核验并"
     "公示7日；县级财政部门在公示结束后30日内将补助资金兑付到作业主体。",
     ["作业结束后10日内", "每年9月30日前", "公示结束后30日内"], [S_BH], f"{BH_TITLE} > 五、申报兑付",
     BH_PARAS[12][1], "deadline", "civil_servant", "medium", F_PDF),
    ("我家一块地今年先做了条带耕作，后来又补种时免耕播种，能两项补助都拿吗？",
     f"不能。《{BH_PLAN}》规定，同一地块同一年度只能享受一项作业补助。",
     ["同一地块同一年度只能享受一项作业补助"], [S_BH], f"{BH_TITLE} > 三、补助标准",
     "同一地块同一年度只能享受一项作业补助。", "yesno", "public", "easy", F_PDF),
    # --- 农村户用卫生厕所改造 (DOCX amended by the tabbed page; JSON matter; expired notice) -------------
    ("我家在伊通满族自治县农村，今年想把旱厕改成三格式化粪池厕所，能补多少钱？",
     f"按《{GC_RULES}》（{GC_NUMBER}），经{GT_NUMBER}调整，自2026年5月1日起三格式化粪池厕所每户补助1500元"
     "（原来是每户补助1200元）。每户只能享受一次改厕补助。",
     ["三格式化粪池厕所每户补助1500元"], [S_GT, S_GC], f"{GT_TITLE} > 一",
     "一、将《办法》第五条中“三格式化粪池厕所每户补助1200元”调整为“三格式化粪池厕所每户补助1500元”。",
     "numeric", "public", "medium", F_TAB),
    ("我家改的是双瓮式厕所，邻居说改厕每户补1500元，我家也能拿1500元吗？",
     f"不能。{GT_NUMBER}调整后是“三格式化粪池厕所每户补助1500元”，只适用于三格式化粪池厕所；双瓮式厕所每户补助900元，这次调整没有变"
     f"（《{GC_RULES}》第五条）。",
     ["双瓮式厕所每户补助900元", "三格式化粪池厕所每户补助1500元"], [S_GC, S_GT], f"{GC_TITLE} > 第五条",
     GC_ARTICLES_2[1].split("。")[0] + "。", "numeric", "public", "medium", F_DOCX),
    ("我父亲62岁，一个人住在双辽市农村，今年改了三格式化粪池厕所。除了基本补助还能多拿吗？一共多少钱？",
     f"能。{GT_NUMBER}把《办法》第六条的“户主年满65周岁的独居老人户”调整为“户主年满60周岁的独居老人户”，这类户每户另增加补助300元。"
     "您父亲62岁、独居，三格式化粪池厕所每户补助1500元，加300元，一共1800元。",
     ["户主年满60周岁的独居老人户", "每户另增加补助300元"], [S_GT, S_GC], f"{GT_TITLE} > 二",
     "二、将《办法》第六条中“户主年满65周岁的独居老人户”调整为“户主年满60周岁的独居老人户”。",
     "numeric", "public", "hard", F_TAB),
    ("我想给家里改厕，什么时候可以申请？向谁申请？",
     f"按《{GC_RULES}》的申报流程图，农户每年3月1日至5月31日向村民委员会提出申请；村级初审5个工作日内完成并张榜公示。",
     ["每年3月1日至5月31日向村民委员会提出"], [S_GC], f"{GC_TITLE} > 第七条（申报流程图）",
     "农户申请……每年3月1日至5月31日向村民委员会提出", "deadline", "public", "medium", F_DOCX),
    ("改厕验收合格以后，补助款多久能到账？打到哪里？乡镇审核要几天？",
     f"按《{GC_RULES}》第七条的申报流程图：乡镇审核10个工作日内报县级农业农村部门，县级竣工后20个工作日内组织验收，"
     "验收合格后30日内打入“一卡通”。",
     ["验收合格后30日内打入“一卡通”", "10个工作日内报县级农业农村部门"], [S_GC], f"{GC_TITLE} > 第七条（申报流程图）",
     "乡镇审核……10个工作日内报县级农业农村部门……资金兑付……验收合格后30日内打入“一卡通”",
     "deadline", "public", "medium", F_DOCX),
    ("2025—2027年伊通满族自治县的农村户用卫生厕所改造任务是多少户？",
     f"据《{GC_RULES}》（{GC_NUMBER}）第三条所附图表，伊通满族自治县2025—2027年改造任务为2260户（全市9250户）。",
     ["2260"], [S_GC], f"{GC_TITLE} > 第三条（图1）", "伊通满族自治县 2260", "numeric", "civil_servant", "hard", F_DOCX),
    ("梨树县和双辽市2025—2027年的改厕任务加起来是多少户？占全市任务的多大比例？",
     "据第三条所附图表，梨树县3150户、双辽市2740户，合计5890户；全市计划9250户，占约63.7%（5890÷9250）。",
     ["3150", "2740", "9250"], [S_GC], f"{GC_TITLE} > 第三条（图1）",
     "梨树县 3150……双辽市 2740", "multi_hop", "civil_servant", "hard", F_DOCX),
    ("改厕补助标准调整的事，我想打电话问问，市里的咨询电话是多少？",
     f"据市政府网站{GT_NUMBER}页面“政策解读”中的问答，可拨打四平市农业农村局农村社会事业促进科咨询电话0434-3267512"
     "（工作日8:30—16:30），也可登录“吉事办”查询办理进度。",
     ["0434-3267512"], [S_GT], f"{GT_TITLE} > 政策解读（有疑问找谁？）", GT_QA[3][1],
     "procedure", "public", "medium", F_TAB),
    (f"{GT_NUMBER}从什么时候施行？2026年5月1日前已经验收合格但还没兑付的，按新标准还是旧标准？",
     "自2026年5月1日起施行。2026年5月1日前已验收合格但尚未兑付的，按调整后的标准执行；《办法》其他规定不变。",
     ["按调整后的标准执行", "其他规定不变"], [S_GT], f"{GT_TITLE} > 三、四",
     GT_PARAS[3] + "……" + GT_PARAS[4], "validity", "civil_servant", "medium", F_TAB),
    ("我是梨树县的，改厕奖补申请交上去以后，县里多少个工作日能办完？法定时限是多少？",
     f"据“{MATTER}”事项（实施主体梨树县农业农村局），承诺时限为10个工作日，法定时限为20个工作日，不收费。",
     ["10个工作日", "20个工作日"], [S_JS], f"{MATTER} > 承诺时限（cnsx）、法定时限（fdsx）", "10个工作日……20个工作日",
     "deadline", "public", "easy", F_JSON),
    ("梨树县改厕奖补在哪儿办？咨询电话多少？",
     "办理地点：梨树县政务服务中心一楼农业农村综合窗口（梨树镇政通街66号）；咨询电话：0434-5236718；"
     "办理时间周一至周五 8:30—11:30，13:30—16:30（法定节假日除外）。",
     ["梨树县政务服务中心一楼农业农村综合窗口", "0434-5236718"], [S_JS], f"{MATTER} > 办理地点（bldd）、咨询电话（zxdh）",
     "梨树县政务服务中心一楼农业农村综合窗口（梨树镇政通街66号）……0434-5236718", "procedure", "public", "easy", F_JSON),
    ("申请农村改厕奖补要准备哪些材料？收不收费？",
     "申请材料：农村户用卫生厕所改造奖补申请表（原件1份，村民委员会签署意见）、户主居民身份证（复印件1份）、户口簿（复印件1份，"
     "首页及户主页）、“一卡通”存折或银行卡（复印件1份，用于补助资金发放）。收费标准：不收费。",
     ["农村户用卫生厕所改造奖补申请表", "不收费"], [S_JS], f"{MATTER} > 申请材料（sqcl）、收费标准（sfbz）",
     "农村户用卫生厕所改造奖补申请表……户主居民身份证……户口簿……“一卡通”存折或银行卡……不收费",
     "procedure", "public", "easy", F_JSON),
    ("我家厕所去年排查出来有渗漏，是问题厕所，今年11月才整改好。还能按每户400元领整改补助吗？",
     f"不能按这个文件领了。{WT_NUMBER}《{WT_TITLE}》规定问题厕所整改验收合格后每户补助400元，但整改应于2026年5月31日前完成，"
     "且该通知有效期至2026年6月30日，已经失效；现有文件中没有接续的问题厕所整改补助规定。",
     ["有效期至2026年6月30日", "每户补助400元"], [S_WT], f"{WT_TITLE} > 一、二、三",
     WT_PARAS[2] + "……" + WT_PARAS[4], "validity", "public", "hard", F_JSON),
    (f"{GC_NUMBER}规定的改厕补助资金市县怎么分担？这个办法的有效期到什么时候？",
     f"按《{GC_RULES}》第八条，补助资金由市级财政承担40%、县（市、区）级财政承担60%；第九条，自2025年6月1日起施行，"
     f"有效期至2028年5月31日（{GT_NUMBER}只调整了补助标准和年龄，其他规定不变）。",
     ["市级财政承担40%", "有效期至2028年5月31日"], [S_GC], f"{GC_TITLE} > 第八条、第九条",
     GC_ARTICLES_3[0] + "……" + GC_ARTICLES_3[1], "numeric", "civil_servant", "medium", F_DOCX),
    # --- unanswerable --------------------------------------------------------------------------------------
    ("保护性耕作的作业监测终端是农户自己买吗？安装一台终端补贴多少钱？",
     NF + f"《{BH_PLAN}》只要求作业机具须安装作业监测终端，分工表第2项由市农业农村局牵头建设作业监测平台、实现终端全覆盖，"
     "但没有规定终端由谁购买，也没有终端补贴金额。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("黑土地保护性耕作补助的事找市农业农村局哪个科室？联系人是谁，电话多少？",
     NF + f"《{BH_PLAN}》和分工表都没有写科室、联系人和电话；方案只规定作业主体向乡（镇）人民政府申报，县级农业农村部门核验。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("改厕以后化粪池满了，清掏有没有补贴？以后每年的管护费用谁出、出多少？",
     NF + f"《{GC_RULES}》及{GT_NUMBER}只规定新建或改造户用卫生厕所的一次性补助（三格式化粪池厕所每户1500元、双瓮式厕所每户900元），"
     "没有清掏补贴，也没有后期管护费用的规定。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("我在长春市九台区农村，改三格式化粪池厕所能补多少钱？",
     NF + f"现有文件都是四平市的（《{GC_RULES}》适用于铁西区、铁东区、梨树县、伊通满族自治县、双辽市），没有长春市的改厕补助规定。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("今年的玉米大豆生产者补贴每亩是多少？什么时候发？",
     NF + "文件里没有玉米、大豆生产者补贴的内容；最接近的是保护性耕作作业补助（免耕播种作业每亩补助50元、条带耕作作业每亩补助30元），"
     "那是作业补助，不是生产者补贴。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("保护性耕作里深松整地作业每亩补多少钱？",
     NF + f"正式印发的《{BH_PLAN}》只规定免耕播种作业（每亩补助50元）和条带耕作作业（每亩补助30元）两项补助，"
     "没有深松整地作业补助；“深松整地作业每亩补助20元”只出现在PDF默认关闭的“征求意见稿修改痕迹”图层里，不是现行规定。",
     [], [], None, None, "unanswerable", "public", "hard", None),
]

# =============================================================================================
# README
# =============================================================================================

README = r"""# city22: a blind fixture of 四平市 (吉林省) policy documents

A small corpus of policy documents of a twenty-second held-out city, 四平市, and 30 questions about them, for checking that
policyqa works on documents it has never seen, in kinds of file not tried in the earlier fixtures: a **WeChat 公众号 article
saved as one web page** (the body in a `#js_content` that is still `visibility: hidden`, sentences split into `<span leaf="">`
pieces), a **portal policy page with tabs** (政策原文 | 政策解读 | 图解 | 相关附件, only the first pane shown), a **`.docx` whose
facts sit in a SmartArt diagram and a bar chart**, a **text PDF with optional content (layers)** whose hidden layer holds the
征求意见稿's figures, an **Excel binary workbook (`.xlsb`)** written record by record with merged cells and a hidden sheet,
and a **政务服务 matter as the portal's JSON API returns it** (pinyin-abbreviated field names, Gson `\u003c` escapes). The
city, its districts and counties (铁西区, 铁东区, 梨树县, 伊通满族自治县, 双辽市; 梨树镇), the departments (四平市农业农村局,
四平市财政局, 四平市卫生健康委员会, 四平市人民政府办公室, 市发展和改革委员会, 市水利局; 梨树县农业农村局), the app “吉事办”, the
area code 0434, the 12345 hotline and the portal domain www.siping.gov.cn are real. Every document, 文号, 索引号, figure,
date, task given to a body, address (梨树镇政通街66号), person (the 编辑 李晓), phone number, URL path, WeChat `__biz`,
网站标识码/ICP/公安备案 number, and what the app and the offices are said to do is invented. The body “四平市政务服务和数字化建设管理局”
named as 承办 in the page footer is the helper's guess at a name and may not exist. Nothing is taken from a real document.

The content is consistent across documents. **黑土地保护性耕作**: the PDF holds 《四平市农业农村局 四平市财政局关于印发四平市黑土地保护性耕作作业补助实施方案（2026—2028年）的通知》
(四农联发〔2026〕4号, 2026年3月12日, in force 2026-04-01 to 2028-12-31): 620万亩 (2026) / 700万亩 (2028); **免耕播种作业 每亩补助50元 /
条带耕作作业 每亩补助30元** (the swap pair); 同一地块同一年度只能享受一项; **单个作业主体年度补助资金最高不超过15万元** (the cap);
申报 作业结束后10日内, 核验 每年9月30日前, 公示7日, 兑付 公示结束后30日内; and “四农联发〔2024〕2号 **同时废止**”. Its hidden layer
holds the draft's 每亩补助45元, 最高不超过10万元 and a deleted clause “（三）深松整地作业：每亩补助20元。”. The `.xlsb` is its 附件
《四平市黑土地保护性耕作重点任务分工表（2026—2028年）》 (8 rows: **市农业农村局 leads rows 1–4** with different 配合 and 时限, 市财政局
rows 5–6, 市水利局 row 7, 四平市人民政府办公室 row 8); its hidden sheet “2024—2026年（旧）” is the old table (520万亩/600万亩, 每年11月30日前,
公示5日, 每年10月31日前). The WeChat article (四平市农业农村局, published 2024-04-02) reposts the **repealed**
《四平市农业农村局 四平市财政局关于印发四平市黑土地保护性耕作作业补助实施方案（2024—2026年）的通知》 (四农联发〔2024〕2号, 2024年3月20日):
每亩补助35元 / 25元, 最高不超过8万元, 作业结束后15日内, 10月31日前, 公示5日 and **“有效期至2026年12月31日”**, which would still run on
the as-of date; the article does not say it was repealed. **农村户用卫生厕所改造**: the `.docx` holds 《四平市农业农村局 四平市财政局 四平市卫生健康委员会关于印发四平市农村户用卫生厕所改造奖补办法的通知》
(四农联发〔2025〕11号, 2025年5月20日, in force 2025-06-01 to 2028-05-31): 9250户 in 2025—2027, by county **only in the chart**
(铁西区 620, 铁东区 480, 梨树县 3150, 伊通满族自治县 2260, 双辽市 2740); 三格式化粪池厕所 每户补助1200元 / **双瓮式厕所 每户补助900元**;
户主年满65周岁的独居老人户、低保户、特困供养户 另增加300元; the 申报流程 **only in the SmartArt** (每年3月1日至5月31日向村民委员会提出, 5个工作日,
10个工作日, 竣工后20个工作日, 验收合格后30日内打入“一卡通”); 市 40% / 县 60%. The tabbed page holds the **amendment**
《四平市农业农村局 四平市财政局 四平市卫生健康委员会关于调整农村户用卫生厕所改造奖补有关标准的通知》 (四农联发〔2026〕5号, 2026年4月8日, 发布 2026-04-10,
from 2026-05-01): 1200元 → **1500元**, 65周岁 → **60周岁**, 已验收未兑付 按调整后的标准, “《办法》其他规定不变”; its hidden 政策解读 pane alone
gives the 咨询电话 **0434-3267512**. The JSON is the matter “农村户用卫生厕所改造奖补申请” of 梨树县农业农村局 (设定依据 四农联发〔2025〕11号 and
〔2026〕5号; 承诺时限 **10个工作日**, 法定 20个工作日, 不收费, 咨询电话 **0434-5236718**, 办理地点 梨树县政务服务中心一楼农业农村综合窗口);
its 相关政策 list (`xgzc`) carries the **expired** 《四平市农业农村局关于开展农村问题厕所整改补助工作的通知》 (四农发〔2025〕23号, 2025年8月12日):
每户补助400元, 整改 2026年5月31日前, **“有效期至2026年6月30日”**, no successor in the corpus.

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏, 潍坊/山东,
柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西, 遵义/贵州, 曲靖/云南, 宝鸡/陕西, 天水/甘肃, 邢台/河北, 江门/广东,
齐齐哈尔/黑龙江, 赤峰/内蒙古) occurs in a corpus file (checked as substrings of every text a reader gets and of the raw and decoded
bytes and zip members); 长春 occurs only in a question, 辽源 nowhere. The topics are new as far as the helper could see (it read only
the opening text of city2 … city21's READMEs and searched those cuts for 黑土, 保护性耕作, 免耕, 厕所, 改厕, 生产者补贴, 大豆, 农机, 满族,
退役军人: none found; 创业 occurs in city9, so 退役军人创业贴息 was avoided): 黑土地保护性耕作作业补助 (with a repealed 2024 方案, a
draft layer and a 任务分工表) and 农村户用卫生厕所改造奖补 (with an amendment, a 政务服务 matter and an expired 整改补助 notice).
玉米大豆生产者补贴, 深松整地 (outside the hidden layer), 化粪池清掏/管护 are used only in unanswerable questions.

**Who wrote it and what they saw.** A helper session wrote it from a brief (`/tmp/c22/brief.md`). It did not read the system's code
(`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`, `tests/integration/`, `tests/e2e/`), any `out/`,
`var/`, `/tmp/dbg` or `/tmp/snap` folder, or other cities' generators and qa files besides those named here; it did not run policyqa,
pytest or `git status`/`git diff`/`git log`, and committed nothing. It read `tests/data/city20/README.md` (whole), the first six lines
of `tests/data/city20/qa.jsonl`, `tests/support/make_city20_fixtures.py` (lines 1–120, 270–300, 700–760, 855–985, 1240–1260 and
1585–1608, and a grep of its `def`/constant/import lines), `tests/support/print_lines.py` and `tests/support/qa_lines.py` (whole;
`wrap_cjk` and `qa_jsonl` are imported by the generator), and of each of `tests/data/city2/README.md` … `tests/data/city21/README.md`
the text before `## Files`, cut at its first 1,500 bytes. Outside that list it read the `[tool.ruff]` and `[tool.ruff.lint]` sections
of `pyproject.toml`, listed the folder names of `tests/data/` and `tests/support/` (no `city22` existed), and the machine's CJK fonts
(`fc-list :lang=zh`: WenQuanYi Zen Hei and Noto Sans/Serif CJK). Of installed libraries it read parts of pyxlsb's `workbook.py`,
`handlers.py` and `worksheet.py` (how it finds sheets and reads cells) and grepped reportlab's canvas for `_code`. No answer was tuned
against the system; the command below had **not been run** on this fixture when it was handed over. Everything was made and checked in
a separate venv (`/tmp/c22venv`: reportlab 5.1.0, pikepdf 10.18.0, pypdfium2 5.15.2, python-docx 1.2.0, lxml 6.2.1, pyxlsb 1.0.10,
openpyxl 3.1.5, ruff 0.17.6) with WenQuanYi Zen Hei for the PDF. Outside tools run on corpus files: lxml for both HTML pages and the
`.docx`'s diagram and chart parts; python-docx for the `.docx` (`Paragraph.text`); openpyxl for the chart's embedded workbook;
pypdfium2 and pikepdf for the PDF; pyxlsb for the `.xlsb`; Python's `json` for the JSON. The PDF's second page was rendered with pdfium
and looked at (the draft layer does not show). No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `siping-baohuxing-gengzuo-2024-weixin.html` | 四平市农业农村局 四平市财政局关于印发四平市黑土地保护性耕作作业补助实施方案（2024—2026年）的通知 (四农联发〔2024〕2号, 2024年3月20日), reposted by the 公众号 “四平市农业农村局” on 2024-04-02 | **A WeChat article saved “网页，全部” as one `.html`**: the `<!-- saved from url=… -->` mark, `og:` metas, `<h1 class="rich_media_title">`, `#js_name`, `<em id="publish_time">`, “发表于吉林”; the whole body in **`<div id="js_content" class="rich_media_content …" style="visibility: hidden;">`** (the inline script that would show it does not run in a saved file); the body as **nested `<section>`s with inline styles**, headings as styled `<section>`s, every sentence in **`<span leaf="">` pieces, figures split** (`每亩`/`补助`/`3`/`5元`, `最高不超过`/`8`/`万元`, `作业结束后`/`15`/`日内`), so no raw-byte search finds “每亩补助35元”; a lazily loaded image (`data-src`, no `src`); the chrome: 阅读原文 link to an invented portal path, 轻触阅读原文, 赞/分享/在看 counters (46/212/18), “预览时标签不可点”, “继续滑动看下一个”, two “微信扫一扫关注该公众号” QR blocks. The notice is **repealed** by the PDF (“同时废止”), but its own text says “有效期至2026年12月31日” and nothing else here says so. |
| `siping-gaice-biaozhun-tiaozheng-2026.html` | 四平市农业农村局 四平市财政局 四平市卫生健康委员会关于调整农村户用卫生厕所改造奖补有关标准的通知 (四农联发〔2026〕5号, 2026年4月8日, 发布 2026-04-10) | **A www.siping.gov.cn policy page with tabs** (UTF-8): header, breadcrumbs, a 信息公开 table (索引号, 主题分类, 发文机关, **发文字号**, 成文日期, 发布日期, 标题), 【字体：大 中 小】, then tabs **政策原文 \| 政策解读 \| 图解 \| 相关附件** switched by a script: only `#pane-yw` is shown; `#pane-jd` has `style="display:none"`, the 图解 and 相关附件 panes also class `hide`. 政策原文: the amendment (1200元 → 1500元, 65周岁 → 60周岁, 自2026年5月1日起, 已验收未兑付按调整后的标准, “《办法》其他规定不变”). **The hidden 政策解读 restates it as four 问/答 and alone holds the 咨询电话 0434-3267512** (市农业农村局农村社会事业促进科, 工作日8:30—16:30) and that 双瓮式 is unchanged; 图解 is an image with an `alt`; 相关附件 links `农村户用卫生厕所改造奖补申请表.docx`. Footer: 主办/承办, 网站标识码, 吉ICP备, 吉公网安备 (all invented numbers). |
| `siping-nongcun-gaice-jiangbu-banfa.docx` | 四平市农业农村局 四平市财政局 四平市卫生健康委员会关于印发四平市农村户用卫生厕所改造奖补办法的通知 (四农联发〔2025〕11号, 2025年5月20日) | **A `.docx` (python-docx's template, then direct XML, re-zipped with one fixed time) whose facts sit in a SmartArt and a chart**. 第三条 gives only the total (9250户) and “详见下图”: the **bar chart** (`word/charts/chart1.xml`, `c:barChart`, categories in `c:strCache`, values in `c:numCache`, `c:externalData` → `word/embeddings/Microsoft_Excel_Worksheet.xlsx`, a hand-written workbook with the same figures) is the only place with each county's task (梨树县 3150, 伊通满族自治县 2260, …). 第七条 says only “申报流程详见下图”: the **SmartArt** (`wp:inline` → `a:graphicData uri=".../diagram"` → `dgm:relIds r:dm/r:lo/r:qs/r:cs`; `word/diagrams/data1.xml` with five node `dgm:pt`s, parTrans/sibTrans/pres points and `dgm:cxn`s; `layout1.xml` (process1), `quickStyle1.xml`, `colors1.xml`, and `drawing1.xml` (the `dsp:` cache, **the same texts a second time**)) is the only place with the five steps' 时限 (每年3月1日至5月31日向村民委员会提出, 5个工作日内, 10个工作日内, 竣工后20个工作日内, 验收合格后30日内打入“一卡通”). python-docx's `Paragraph.text` gives neither. 1200元 and 65周岁 were **amended** by the tabbed page. |
| `siping-baohuxing-gengzuo-shishi-fangan-2026.pdf` | 四平市农业农村局 四平市财政局关于印发四平市黑土地保护性耕作作业补助实施方案（2026—2028年）的通知 (四农联发〔2026〕4号, 2026年3月12日) | **A text PDF with optional content** (reportlab, WenQuanYi Zen Hei subset with ToUnicode, then pikepdf; deterministic /ID, literal dates): three pages (红头 and 通知; the 方案; 施行日期, 抄送, 印发), **`/OCProperties`** with three OCGs: **正文** (ON), **征求意见稿修改痕迹** (**OFF** in `/D /OFF`) and **水印** (ON, a grey diagonal “四平市人民政府” on every page), each page's content in `/OC /MC0 BDC … EMC` blocks named in the page's `/Properties`. The draft layer draws “每亩补助45元”, “最高不超过10万元” **at the same places** as the final “每亩补助50元”, “最高不超过15万元”, and “（三）深松整地作业：每亩补助20元。” over the line “同一地块同一年度只能享受一项作业补助。”. A viewer shows only the final text; **a text extractor that ignores optional content (pypdfium2's text page does) gets the draft lines too**, after the page's folio, and the watermark's characters first. `/PageMode /UseOC`. “同时废止” of 四农联发〔2024〕2号 is on page 3. |
| `siping-baohuxing-gengzuo-renwu-fengong.xlsb` | 四平市黑土地保护性耕作重点任务分工表（2026—2028年） (the 附件 of 四农联发〔2026〕4号) | **An Excel binary workbook written by hand after [MS-XLSB]**: a zip (fixed time) with `[Content_Types].xml`, rels, `docProps`, `xl/workbook.bin` (BrtBeginBook, BrtFileVersion, BrtWbProp, BrtBookView, **BrtBundleSh ×2, the second with hsState 1 = hidden**), `xl/styles.bin` (fonts, fills, borders, XFs, a style), `xl/sharedStrings.bin` (BrtBeginSst, **BrtSSTItem**), and two sheets (BrtBeginSheet, BrtWsProp, BrtWsDim, views, BrtWsFmtInfo, BrtColInfo, **BrtRowHdr**, **BrtCellIsst** strings, **BrtCellRk** for 序号, **BrtCellBlank** under merges, **BrtMergeCell**). Sheet “分工表”: a title merged A1:E1, a header, 8 rows and a note; **牵头单位 merged C3:C6 (市农业农村局) and C7:C8 (市财政局)**, so pyxlsb gives `None` as the 牵头单位 of rows 2–4 and 6. The hidden sheet “2024—2026年（旧）” holds the old table (520万亩/600万亩, 每年11月30日前, 公示5日, 每年10月31日前, 2025年6月30日前), not current. |
| `siping-gaice-jiangbu-shixiang.json` | 政务服务事项 “农村户用卫生厕所改造奖补申请” (梨树县农业农村局), with 四农发〔2025〕23号 (四平市农业农村局关于开展农村问题厕所整改补助工作的通知, 2025年8月12日) in its 相关政策 | **The portal's JSON API answer**, one line, UTF-8: `{"code":200,"msg":"success","data":{…}}` with **pinyin-abbreviated keys** (`sxmc`, `sxbm`, `sxlx`, `sszt`, `xzqh`, `sltj` (array of strings), `sqcl` (array of `{"clmc","fs","bz"}`), `bllc` (HTML), `fdsx`/`cnsx`, `sfbz`, `zxdh`, `jdtsdh`, `bldd`, `blsj`, `sdyj`, `wsbl`, `tbcx`, `ckbl`, `gxsj`, `xgzc`); **Gson's HTML-safe escapes** (`\u003c`, `\u003e`, `\u003d`) and the quotes “” as `\u201c`/`\u201d`; **`tbcx` is `null`, `ckbl` and one `bz` are `""`**; `gxsj` is a millisecond timestamp (1789438800000 = 2026-09-15 10:20 +08:00). The 承诺时限 (10个工作日), 法定时限 (20个工作日), 咨询电话 and 办理地点 are only here, each under its key. `xgzc[0].zw` is the **expired** 整改补助 notice as HTML (每户补助400元, “有效期至2026年6月30日”). |

All six files are written by `tests/support/make_city22_fixtures.py` (see its docstring), together with this README and `qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c22-001`…`c22-030`, in the format of `tests/data/city20/qa.jsonl` (same fields, same order): `id`, `question`,
`answer`, `key_facts` (1–3 short strings copied verbatim from a document's text), `sources` (`doc_number`, `doc_title`),
`section` (title > section path), `evidence` (verbatim; “……” marks a gap, table rows are given as their cells separated by
spaces, the `.xlsb`'s rows as the cells pyxlsb gives, a merged cell's covered cells left out; the chart as “category value”;
a SmartArt node as its two texts), `type`, `persona`, `difficulty`, `corpus_file`. Multi-issuer `doc_title`s join issuers with a
space, as the documents print them. The `.xlsb` (its title) and the JSON matter (its 事项名称) have `doc_number` null. A key fact may
stand in any of a question's sources' files.

- c22-001 … c22-010 (保护性耕作): **c22-001 a rate times the asker's 3800亩 under a cap** (50元 × 3800 = 190000元 > 最高不超过15万元);
  **c22-002 two groups a careless reader swaps** (条带耕作 每亩补助30元, not 免耕播种's 50元); **c22-003 the visible figures, not the
  hidden draft layer's** (50元, 15万元; not 45元, 10万元); **c22-004 the repealed 2024 方案 asked as if current** (“同时废止” in the
  PDF; its own 有效期 runs to 2026-12-31); **c22-005 values only in the WeChat article's hidden, span-split body** (8万元, 15日内; now
  15万元, 10日内); **c22-006 the four rows 市农业农村局 leads** (only in the `.xlsb`; three of them have an empty 牵头单位 cell under
  the merge); **c22-007 row 6, whose 牵头单位 is only the merged cell above** (市财政局, 次年3月31日前); c22-008 the targets and the
  核验 time (the hidden sheet's 520万亩/600万亩/10月31日 are old); c22-009 civil servant: 申报/核验/公示/兑付; c22-010 one 补助 per 地块
  (yes/no).
- c22-011 … c22-024 (改厕): **c22-011 the amended figure** (三格式 1500元, not 1200元); **c22-012 the swap pair** (双瓮式 900元, not
  1500元); **c22-013 the amended age plus a computation** (62岁 独居: 60周岁, 1500 + 300 = 1800元); **c22-014 and c22-015 only in the
  SmartArt** (每年3月1日至5月31日; 30日内打入“一卡通”, 10个工作日内); **c22-016 only in the chart's values** (伊通满族自治县 2260户);
  **c22-017 a computation from the chart** (3150 + 2740 = 5890户 of 9250, about 63.7%); **c22-018 only in the hidden 政策解读 tab**
  (0434-3267512); c22-019 civil servant: 施行 2026-05-01, 已验收未兑付, 其他规定不变; **c22-020 … c22-022 only in the JSON's named
  fields** (cnsx 10个工作日 / fdsx 20个工作日; bldd and zxdh; sqcl and sfbz); **c22-023 the expired notice asked as if current**
  (有效期至2026年6月30日, no successor); c22-024 civil servant: 市 40% / 县 60%, 有效期至2028年5月31日.
- c22-025 … c22-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no sources):
  **c22-025 a figure not given on a covered topic** (监测终端 补贴); **c22-026 a person/phone not named** (保护性耕作: 科室, 联系人, 电话);
  **c22-027 two parts, neither answered** (化粪池清掏 补贴, 管护费用); **c22-028 another city** (长春市九台区: in no file);
  **c22-029 a topic never mentioned** (玉米大豆生产者补贴); **c22-030 the figure only the PDF's hidden draft layer states**
  (深松整地作业 每亩补助20元).

Personas: 22 public, 8 civil_servant (answerable: 16 and 8). Files as `corpus_file`: PDF 6, `.docx` 6, tabbed page 4, JSON 4,
`.xlsb` 3, WeChat article 1, none 6. Types: numeric 10, deadline 4, procedure 3, validity 3, department 2, yesno 1, multi_hop 1,
unanswerable 6. Difficulty: 5 easy, 14 medium, 11 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: **四农联发〔2026〕4号** (from
2026-04-01 to 2028-12-31) with its 分工表 (the visible sheet); **四农联发〔2025〕11号 (from 2025-06-01 to 2028-05-31) as amended by
四农联发〔2026〕5号 from 2026-05-01** (三格式化粪池厕所每户补助1500元, 户主年满60周岁的独居老人户; the rest unchanged); the 政务服务 matter.
**Not in force: 四农联发〔2024〕2号 (repealed from 2026-04-01, although its own 有效期 runs to 2026-12-31) and 四农发〔2025〕23号
(有效期至2026年6月30日, no successor).** The PDF's draft layer and the `.xlsb`'s hidden sheet state nothing in force.

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city22/qa.jsonl --corpus tests/data/city22/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs `apt-get install fonts-wqy-zenhei`):

```
python3 -m venv /tmp/c22venv && /tmp/c22venv/bin/pip install reportlab pikepdf python-docx lxml pypdfium2 pyxlsb
cd /work/main && PYTHONPATH=. /tmp/c22venv/bin/python tests/support/make_city22_fixtures.py
```

Generation takes about a second. Two runs into two fresh folders give every file they write byte for byte (checked with sha256sum:
the six corpus files, `qa.jsonl` and this README): the `.docx`, the workbook inside it and the `.xlsb` are zipped with fixed
timestamps and member order, python-docx's core properties are set to literal dates, reportlab runs with `invariant=1`, pikepdf
writes a deterministic /ID and the docinfo dates are literal, the JSON's `gxsj` and every date in the texts are literal, and nothing
is random. Another reportlab, pikepdf/qpdf, python-docx (its template) or font version can change the bytes.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city20's fields in city20's order, and the ids run `c22-001`…`c22-030`; the 6
  unanswerable lines have `key_facts` [], `sources` [], `section`/`evidence`/`corpus_file` null and answers starting
  “文件中未找到相关规定。”; the counts above;
- every source's title and 文号 (where it has one) is found in its file; every key fact occurs in its answer and, with whitespace
  removed, in the text of one of its sources' files as a reader gets it, and every evidence part (“……” splits it) likewise in its
  `corpus_file`: for the WeChat page lxml's text of each `<p>` in `#js_content` (spans joined); for the tabbed page lxml's text of each
  `<p>` and `<td>`; for the `.docx` python-docx's `Paragraph.text`, the node texts of `word/diagrams/data1.xml` and the chart's
  `strCache`/`numCache` pairs; for the PDF the visible lines the generator drew, each of which (and each draft line) pypdfium2's page
  text also holds; for the `.xlsb` pyxlsb's rows of the sheet “分工表”; for the JSON the string values after `json.loads`;
- the facts claimed to be in one place only are: 2260, 3150 and the SmartArt 时限 are not in the `.docx`'s paragraphs; 0434-3267512 is in
  the 政策解读 pane and not in the 政策原文 pane; “每亩补助35元” does not occur in the WeChat page's bytes; 深松 occurs only in the PDF's draft
  layer;
- the WeChat page: `#js_content` has `visibility: hidden`, `#js_name` is 四平市农业农村局; the tabbed page: `#pane-jd` has `display:none`;
  the `.docx`: python-docx opens it, the chart's workbook opens with openpyxl and holds the chart's figures; the PDF: 3 pages, the three
  OCGs with 征求意见稿修改痕迹 in `/D /OFF`, the WenQuanYi subsets carry `/ToUnicode` (Helvetica, unused, does not), and pdfium's
  rendering of page 2 shows 50元 and 15万元 and not the draft; the `.xlsb`: pyxlsb reads both sheets (the merged cells as `None`), and the
  second `BrtBundleSh` has hsState 1; the JSON: `json.loads` reads it, `tbcx` is null, `ckbl` is "", the raw text holds `\u003c`;
- the earlier fixtures' cities and provinces and the words of the unanswerable questions (长春, 辽源, 清掏, 管护, 生产者补贴, 大豆) occur in no
  file's text nor in the raw or decoded files and zip members (as substrings); 深松 only in the PDF's hidden layer;
- `ruff check --no-cache` (the venv's ruff, the project's settings) passes on the generator;
- generation twice into fresh folders: byte-identical (sha256sum); every file under 2 MB (the PDF, the largest, about 50 KB).

Not checked: how Excel opens the hand-written `.xlsb` (no office suite on the machine; the records were written after [MS-XLSB] as
the helper recalls it, and only pyxlsb and a byte-level read of `workbook.bin` were used, which do not read `styles.bin` or BrtWsProp),
how Word or WPS draw the SmartArt and the chart (the layout part is a short stand-in for Word's process1 layout, and Word may redraw the
diagram from `data1.xml`), how a browser or WeChat shows the saved article and the tabbed page, how Acrobat or another viewer lists the
layers, and whether the addresses, phone numbers, 索引号, 网站标识码/ICP numbers and URL paths exist (all invented).
"""

# =============================================================================================
# main
# =============================================================================================


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city22 (四平市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR, help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_WX).write_bytes(make_weixin())
    (corpus / F_TAB).write_bytes(make_tab_page())
    (corpus / F_DOCX).write_bytes(make_docx())
    (corpus / F_PDF).write_bytes(make_pdf())
    (corpus / F_XLSB).write_bytes(make_xlsb())
    (corpus / F_JSON).write_bytes(make_json())
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c22", QA), encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

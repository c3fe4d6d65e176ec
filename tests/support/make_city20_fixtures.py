"""Writes the 齐齐哈尔市 (黑龙江省, city20) fixture: tests/data/city20/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs reportlab, pikepdf, python-docx, lxml and Pillow, WenQuanYi Zen Hei
(Debian's ``fonts-wqy-zenhei``) for the text PDF and Noto Sans/Serif CJK (``fonts-noto-cjk``) for the scan::

    python3 -m venv /tmp/c20venv
    /tmp/c20venv/bin/pip install reportlab pikepdf python-docx lxml Pillow pypdfium2 openpyxl
    cd /work/main && PYTHONPATH=. /tmp/c20venv/bin/python tests/support/make_city20_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city20``; the corpus goes to ``DIR/corpus``. Every file is byte-identical on a rerun
with the same fonts and library versions: zip members (DOCX, the XLSX inside the PDF) carry one fixed timestamp, the
MIME boundary of the MHT is literal, reportlab runs with ``invariant=1``, pikepdf writes a deterministic /ID and fixed
dates, the scan's noise comes from ``random.Random`` with a fixed seed, and every date in the texts is literal.
Everything in the documents (文号, 索引号, figures, dates, tasks, addresses, phone numbers, URL paths) is invented;
the city, its districts and counties, the departments, the apps “黑龙江全省事”/“龙江人社” and the portal domain
www.qqhr.gov.cn are real.

- ``qiqihar-jiegan-huantian-buzhu-zijin-fenpei.xls``: an **Excel 2003 XML spreadsheet (SpreadsheetML) under an
  ``.xls`` name**: the 2026年度秸秆还田作业补助资金分配表 (``ss:MergeAcross`` title, ``ss:MergeDown`` county cells,
  ``ss:Index`` skipping covered and empty cells, ``NumberFormat`` ``0.00``, a ``DateTime`` cell, a cell comment with
  the 兑付 deadline, a sheet holding only the 填报说明).
- ``qiqihar-jiegan-huantian-zuoye-buzhu-banfa.mht``: a Word “单个文件网页” of 齐农联发〔2026〕6号 (秸秆还田作业补助办法,
  “同时废止” 齐农联发〔2024〕11号): ``multipart/related``, the HTML part ``gb2312`` in quoted-printable, Word's HTML
  (``MsoNormal``, ``mso-`` styles, ``supportLists`` numbers, an ``MsoTableGrid`` table, an ``<xml>`` properties block),
  a ``filelist.xml`` part and a PNG 二维码 drawn through VML.
- ``qiqihar-zhengfu-gongbao-2026-02-scan.pdf``: two scanned pages (grey JPEG, 200 dpi, no text layer) of
  《齐齐哈尔市人民政府公报》2026年第2期, two columns: 齐教联发〔2026〕2号 (校园冰场浇筑补助, **expired** 2026-04-30) and,
  starting mid-column, 齐人社发〔2026〕9号 (the **amendment** of the 安家补贴办法).
- ``qiqihar-bingxue-yundong-jin-xiaoyuan-fangan.pdf``: a text PDF of 齐政办发〔2026〕41号 (冰雪运动进校园三年行动方案)
  whose 任务分工表 is an **XLSX attached inside the PDF** (``/EmbeddedFiles`` and a ``/FileAttachment`` annotation).
- ``qiqihar-gaoxiao-biyesheng-liuqi-anjia-butie-banfa.docx``: 齐人社发〔2025〕18号 (高校毕业生留齐安家补贴办法), a
  征求意见稿 published with its **tracked changes** (``w:ins``/``w:del``), a **footnote** defining 高校毕业生, a
  reviewer's **comment** and the 咨询电话 in a **text box**.
- ``qiqihar-jiegan-huantian-zanxing-banfa-2024.html``: an old portal page in **GBK declared as gb2312** (“堃” in a
  name) with nested tables, ``<br>``/``&nbsp;`` layout, a 信息索引表 and ``<div id="zoom">``: the **repealed**
  齐农联发〔2024〕11号 (秸秆还田作业补助暂行办法).
"""

from __future__ import annotations

import argparse
import base64
import io
import quopri
import random
import re
import sys
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city20"

F_XLS = "qiqihar-jiegan-huantian-buzhu-zijin-fenpei.xls"
F_MHT = "qiqihar-jiegan-huantian-zuoye-buzhu-banfa.mht"
F_SCAN = "qiqihar-zhengfu-gongbao-2026-02-scan.pdf"
F_PDF = "qiqihar-bingxue-yundong-jin-xiaoyuan-fangan.pdf"
F_DOCX = "qiqihar-gaoxiao-biyesheng-liuqi-anjia-butie-banfa.docx"
F_HTML = "qiqihar-jiegan-huantian-zanxing-banfa-2024.html"

# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

SZFB = "齐齐哈尔市人民政府办公室"
NYJ = "齐齐哈尔市农业农村局"
CZJ = "齐齐哈尔市财政局"
RSJ = "齐齐哈尔市人力资源和社会保障局"
JYJ = "齐齐哈尔市教育局"
TYJ = "齐齐哈尔市体育局"

JG_OLD_NUMBER = "齐农联发〔2024〕11号"  # 秸秆 暂行办法 (GBK page), repealed by JG
JG_OLD_RULES = "齐齐哈尔市秸秆还田作业补助暂行办法"
JG_OLD_TITLE = f"{NYJ} {CZJ}关于印发{JG_OLD_RULES}的通知"

JG_NUMBER = "齐农联发〔2026〕6号"  # 秸秆 办法 (MHT), in force 2026-04-01 .. 2031-03-31
JG_RULES = "齐齐哈尔市秸秆还田作业补助办法"
JG_TITLE = f"{NYJ} {CZJ}关于印发{JG_RULES}的通知"

XLS_TITLE = "2026年度秸秆还田作业补助资金分配表"  # the spreadsheet (no 文号 of its own)

AJ_NUMBER = "齐人社发〔2025〕18号"  # 安家补贴办法 (DOCX with revisions), amended by AT
AJ_RULES = "齐齐哈尔市高校毕业生留齐安家补贴办法"
AJ_TITLE = f"{RSJ} {CZJ}关于印发{AJ_RULES}的通知"

AT_NUMBER = "齐人社发〔2026〕9号"  # the amendment (scan, starts mid-column)
AT_TITLE = f"{RSJ} {CZJ}关于调整高校毕业生留齐安家补贴有关标准的通知"

BC_NUMBER = "齐教联发〔2026〕2号"  # 校园冰场浇筑补助 (scan), expired 2026-04-30, no successor
BC_TITLE = f"{JYJ} {TYJ} {CZJ}关于做好2025—2026年冬季中小学校园冰场浇筑补助工作的通知"

BX_NUMBER = "齐政办发〔2026〕41号"  # 冰雪运动进校园 方案 (PDF with the XLSX 分工表 attached)
BX_PLAN = "齐齐哈尔市冰雪运动进校园三年行动方案（2026—2028年）"
BX_TITLE = f"{SZFB}关于印发{BX_PLAN}的通知"
BX_TABLE_TITLE = "齐齐哈尔市冰雪运动进校园重点任务分工表"
BX_XLSX_NAME = "附件：齐齐哈尔市冰雪运动进校园重点任务分工表.xlsx"

PORTAL = "http://www.qqhr.gov.cn"

# =============================================================================================
# Texts
# =============================================================================================

# --- 秸秆还田作业补助办法 (MHT) ----------------------------------------------------------------------
# GB2312 only: no “—”, no “·”.
JG_ADDR = "各县（市、区）农业农村局、财政局："
JG_COVER = f"《{JG_RULES}》已经市人民政府同意，现印发给你们，请结合实际认真贯彻执行。"
JG_SIGN = ("齐齐哈尔市农业农村局　　齐齐哈尔市财政局", "2026年3月5日")
JG_ARTICLES_1 = [
    "第一条　为保护利用黑土地，提升耕地地力，推进秸秆还田，根据国家和省有关规定，结合我市实际，制定本办法。",
    "第二条　本办法适用于在本市行政区域内开展秸秆翻埋还田、秸秆碎混还田作业的农民、家庭农场、农民合作社和农业"
    "社会化服务组织（以下统称作业主体）。",
    "第三条　秸秆还田作业补助标准如下表：",
]
JG_TABLE = [
    ("还田方式", "作业要求", "补助标准"),
    ("秸秆翻埋还田", "翻耕深度30厘米以上，秸秆全量翻埋", "每亩40元"),
    ("秸秆碎混还田", "旋耕（耙）深度15厘米以上，秸秆粉碎长度10厘米以下", "每亩25元"),
]
JG_ARTICLES_2 = [
    "第四条　同一地块同一年度只能享受一种还田方式补助。单个作业主体年度补助面积最高不超过3万亩。",
    "第五条　秸秆还田作业补助按下列程序办理：",
]
JG_STEPS = [
    "作业主体应在作业结束后15日内，向地块所在乡（镇）人民政府申报作业地块和面积；",
    "县（市、区）农业农村部门依托北斗作业监测数据核验作业面积和质量；",
    "核验结果在村（屯）公示7日；",
    "公示无异议的，由县（市、区）财政部门通过“一卡（折）通”兑付补助资金。",
]
JG_ARTICLES_3 = [
    "第六条　补助资金由市级财政和县（市、区）财政按6:4分担。",
    "第七条　虚报作业面积、套取补助资金的，由县（市、区）农业农村部门追回补助资金，3年内不得享受本办法补助。",
    "第八条　本办法由市农业农村局、市财政局负责解释。",
    f"第九条　本办法自2026年4月1日起施行，有效期至2031年3月31日。《{JG_OLD_TITLE}》（{JG_OLD_NUMBER}）同时废止。",
]
JG_QR_CAPTION = "扫描二维码查看本办法政策解读"

# --- 秸秆还田作业补助暂行办法 2024 (GBK page): repealed by JG, its own text says nothing of it ----------
JG_OLD_INTRO = f"《{JG_OLD_RULES}》已经市人民政府同意，现印发给你们，请认真抓好落实。"
JG_OLD_ARTICLES = [
    "第一条　为推进秸秆综合利用，保护黑土地，结合我市实际，制定本办法。",
    "第二条　本办法适用于在本市开展秸秆还田作业的农民、家庭农场和农民合作社。",
    "第三条　补助标准：秸秆翻埋还田每亩补助30元；秸秆碎混还田每亩补助20元。",
    "第四条　作业主体应在作业结束后10日内向乡（镇）人民政府申报，县（市、区）农业农村部门核验后在村（屯）公示5日。",
    "第五条　补助资金由市级财政和县（市、区）财政按5:5分担。",
    "第六条　本办法自2024年5月1日起施行，有效期至2028年4月30日。",
]
JG_OLD_CONTACT = "联系人：王堃　　联系电话：0452-2418637"

# --- 高校毕业生留齐安家补贴办法 (DOCX). Revisions: ("t", text) kept, ("ins", text), ("del", text) ---------
AJ_ADDR = "各县（市、区）人力资源和社会保障局、财政局，市直各有关单位："
AJ_COVER = f"现将《{AJ_RULES}》印发给你们，请认真贯彻落实。"
AJ_FOOTNOTE = ("本办法所称高校毕业生，是指毕业5年内的全日制普通高等学校毕业生，以及技工院校高级工班、"
               "预备技师（技师）班毕业生。")
AJ_COMMENT = ("市财政局 赵：租房补贴与公共租赁住房保障政策重叠，建议删除；本科毕业生安家补贴建议维持每人8000元，"
              "与财力相匹配。")
AJ_TEXTBOX = "咨询电话：0452-2785316（市人力资源和社会保障局人才服务科）"
AJ_SIGN = ("齐齐哈尔市人力资源和社会保障局　　齐齐哈尔市财政局", "2025年4月15日")
# Each paragraph is a list of (kind, text); kind "fn" places the footnote mark, "cs"/"ce" the comment range.
AJ_BODY: list[list[tuple[str, str]]] = [
    [("t", "第一条　为吸引高校毕业生留齐来齐就业创业，加快集聚青年人才，结合我市实际，制定本办法。")],
    [("t", "第二条　本办法所称留齐高校毕业生"), ("fn", "1"),
     ("t", "，是指在本市行政区域内就业创业、符合本办法规定条件的高校毕业生。")],
    [("t", "第三条　申请安家补贴应同时符合下列条件：")],
    [("t", "（一）与本市用人单位签订1年以上劳动合同，或在本市自主创业并依法办理登记；")],
    [("t", "（二）年龄在35周岁以下；")],
    [("t", "（三）在本市依法缴纳社会保险费满6个月。")],
    [("t", "第四条　安家补贴标准：")],
    [("t", "（一）博士研究生每人50000元；")],
    [("t", "（二）硕士研究生每人"), ("del", "20000元"), ("ins", "30000元"), ("t", "；")],
    [("cs", "0"), ("t", "（三）全日制本科毕业生每人"), ("del", "8000元"), ("ins", "10000元"), ("t", "；")],
    [("t", "（四）专科（高职）毕业生和技工院校高级工班、预备技师（技师）班毕业生每人5000元"), ("del", "；"),
     ("ins", "。")],
    [("del", "（五）在本市租房居住的，另给予每人每月600元租房补贴，最长24个月。"), ("ce", "0")],
    [("t", "第五条　安家补贴分两次发放：经审核符合条件的，首次发放50%；在本市连续就业创业满2年的，发放剩余50%。"
           "同一人只能享受一次安家补贴。")],
    [("t", "第六条　申请人通过“龙江人社”APP或“黑龙江全省事”APP提交申请，也可到就业创业所在地县（市、区）人力资源"
           "和社会保障部门窗口申请。县（市、区）人力资源和社会保障部门自受理之日起"),
     ("del", "20个工作日"), ("ins", "15个工作日"), ("t", "内完成审核，审核通过的补贴资金发放至本人社会保障卡。")],
    [("t", "第七条　补贴资金从市级就业补助资金中列支。以欺骗手段获取补贴的，依法追回并取消其享受资格。")],
    [("t", "第八条　本办法自2025年6月1日起施行，有效期至2030年5月31日。")],
]

# --- The gazette scan: 齐教联发〔2026〕2号 (expired), then 齐人社发〔2026〕9号 (amendment) -------------------
GAZETTE = "齐齐哈尔市人民政府公报"
GAZETTE_ISSUE = "2026年第2期（总第286期）"
GAZETTE_PAGES = (21, 22)
BC_PARAS = [
    "各县（市、区）教育局、体育局、财政局，市直各中小学校：",
    "为深入推进冰雪运动进校园，支持中小学校利用冬季自然条件浇筑校园冰场，开展冰雪体育教学、课外活动和校园冰雪赛事，"
    "让更多学生走向冰场、爱上冰雪，经研究，现就做好2025—2026年冬季中小学校园冰场浇筑补助工作通知如下：",
    "一、补助对象。本市公办中小学校（含九年一贯制学校、特殊教育学校）在2025—2026年冬季浇筑并投入教学使用的"
    "校园冰场。",
    "二、补助标准。标准冰场（面积1800平方米以上）每块补助30000元；简易冰场（面积600平方米以上、不足1800平方米）"
    "每块补助10000元。每所学校最多补助2块冰场。",
    "三、申报程序。学校于2026年2月15日前向县（市、区）教育局申报，县（市、区）教育局会同同级体育部门现场核验后，"
    "于2026年3月10日前报市教育局。",
    "四、资金保障。补助资金从市级体育彩票公益金中列支，由市财政局按核定结果拨付。",
    "五、本通知自印发之日起施行，有效期至2026年4月30日。",
]
BC_SIGN = ["齐齐哈尔市教育局", "齐齐哈尔市体育局", "齐齐哈尔市财政局", "2026年1月12日"]
AT_PARAS = [
    "各县（市、区）人力资源和社会保障局、财政局，市直各有关单位：",
    f"为进一步吸引高校毕业生留齐来齐就业创业，经市人民政府同意，现对《{AJ_RULES}》（{AJ_NUMBER}，以下简称《办法》）"
    "有关标准调整如下：",
    "一、将《办法》第三条第（二）项中的“年龄在35周岁以下”修改为“年龄在40周岁以下”。",
    "二、将《办法》第四条第（三）项中的“每人10000元”修改为“每人15000元”。",
    "三、本通知自2026年3月1日起施行。2026年3月1日前已受理但尚未发放的，按调整后的标准执行。《办法》其他规定不变。",
]
AT_SIGN = ["齐齐哈尔市人力资源和社会保障局", "齐齐哈尔市财政局", "2026年2月10日"]
GAZETTE_COLOPHON = ["《齐齐哈尔市人民政府公报》", "主办：齐齐哈尔市人民政府办公室", "编辑：齐齐哈尔市人民政府公报编辑部",
                    "每月28日出版", "（本期共印1200份）"]

# --- 冰雪运动进校园 方案 (PDF) and its attached 任务分工表 (XLSX) --------------------------------------------
BX_ADDR = "各县（市、区）人民政府，市政府各部门、各直属机构："
BX_COVER = f"《{BX_PLAN}》已经市人民政府同意，现印发给你们，请认真组织实施。"
BX_ATTACH_LINE = f"附件：{BX_TABLE_TITLE}（见本文件附件）"
BX_SIGN = (SZFB, "2026年9月18日")
BX_PLAN_PARAS = [
    ("h", "一、工作目标"),
    ("p", "到2028年，全市认定市级冰雪运动特色学校120所，每个县（市、区）至少建成1所冰雪运动示范学校；冬季（每年12月"
          "至次年2月）中小学每周至少安排1节冰雪体育课，中小学生每人每个冬季参加冰雪运动不少于10次。"),
    ("h", "二、主要任务"),
    ("p", "（一）普及冰雪体育教学。将滑冰、滑雪等项目纳入冬季体育课教学内容，编写校本教材，推广冰上游戏和雪地运动。"),
    ("p", "（二）建设校园冰场雪场。鼓励有条件的中小学校冬季浇筑校园冰场，推动学校与公共冰雪场馆开展合作。"),
    ("p", "（三）举办校园冰雪赛事。每年举办全市中小学生冰雪运动会，各县（市、区）每年至少举办1次校际冰雪比赛。"),
    ("p", "（四）加强师资队伍建设。每年培训冰雪运动教师不少于300人次，支持退役运动员到学校兼任冰雪运动教练。"),
    ("h", "三、保障措施"),
    ("p", "各牵头单位要按照附件明确的分工，会同配合单位制定具体措施，按时限完成任务。市教育局会同市体育局每年12月底前"
          "对各县（市、区）落实情况进行调度通报。"),
]
BX_CC = "抄送：市委办公室，市人大常委会办公室，市政协办公室。"
BX_PRINTED = "齐齐哈尔市人民政府办公室　　　　2026年9月18日印发"
BX_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
BX_ROWS = [
    ("1", "制定冬季中小学冰雪体育课教学指导意见", "市教育局", "市体育局", "2026年11月30日前"),
    ("2", "制定2026—2027年冬季校园冰场浇筑补助办法", "市体育局", "市教育局、市财政局", "2026年12月31日前"),
    ("3", "认定第一批市级冰雪运动特色学校", "市教育局", "市体育局、各县（市、区）人民政府", "2027年6月30日前"),
    ("4", "举办全市中小学生冰雪运动会", "市体育局", "市教育局、团市委", "每年1月底前"),
    ("5", "开展冰雪运动教师专项培训", "市教育局", "市体育局、市人力资源和社会保障局", "每年10月31日前"),
    ("6", "统筹冰雪运动进校园经费保障", "市财政局", "市教育局、市体育局", "每年编制部门预算时"),
    ("7", "将冰雪运动纳入学生体质健康监测和综合素质评价", "市教育局", "市卫生健康委员会", "2027年12月31日前"),
    ("8", "推动公共冰雪场馆在课余时间向中小学生免费或低收费开放", "市体育局", "市发展和改革委员会", "2027年3月31日前"),
]
BX_TABLE_NOTE = "注：各县（市、区）人民政府负责本地区冰雪运动进校园工作的组织实施。"

# --- 2026年度秸秆还田作业补助资金分配表 (SpreadsheetML). (县, 翻埋面积, 碎混面积) in 万亩; None = not planned ------
XLS_COUNTIES: list[tuple[str, str | None, str]] = [
    ("讷河市", "26.5", "31.2"),
    ("依安县", "15.8", "23.76"),
    ("拜泉县", "21.39", "19.98"),
    ("克山县", "18.25", "22.4"),
    ("克东县", "9.6", "12.84"),
    ("富裕县", "8.45", "14.2"),
    ("甘南县", "11.3", "16.52"),
    ("龙江县", "17.65", "20.08"),
    ("泰来县", None, "10.36"),
]
XLS_RATES = {"秸秆翻埋还田": Decimal(40), "秸秆碎混还田": Decimal(25)}
XLS_ISSUED = "2026-04-20T00:00:00.000"
XLS_COMMENT = "各县（市）财政部门应在作业核验公示结束后30日内将补助资金兑付到作业主体，不得滞留、挪用。"
XLS_NOTES = [
    "填报说明",
    "1．本表计划作业面积根据各县（市）上报的2026年秋季秸秆还田作业计划核定，实际兑付以北斗作业监测核验面积为准。",
    f"2．补助标准依据《{JG_RULES}》（{JG_NUMBER}）：秸秆翻埋还田每亩40元，秸秆碎混还田每亩25元。",
    "3．补助资金按计划面积预拨，作业核验结束后按核验面积多退少补，结余资金于2027年3月31日前收回市级财政。",
    "4．泰来县不安排秸秆翻埋还田作业，只安排秸秆碎混还田作业。",
    "5．龙沙区、建华区、铁锋区、昂昂溪区、富拉尔基区、碾子山区、梅里斯达斡尔族区的补助资金另行下达，不列入本表。",
]


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _zip(members: list[tuple[str, bytes]], when: tuple[int, int, int, int, int, int]) -> bytes:
    """A zip with fixed member order, one timestamp and deflate (as Word and Excel write them)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data)
    return out.getvalue()


# =============================================================================================
# 1. The SpreadsheetML .xls (Excel 2003 XML)
# =============================================================================================


def _num(d: Decimal) -> str:
    """A Decimal as Excel writes a Number: no trailing zeros (1355.10 → 1355.1)."""
    s = format(d.normalize(), "f")
    return s


def _cell(value: str, kind: str = "String", style: str | None = None, index: int | None = None,
          across: int = 0, down: int = 0, comment: str | None = None) -> str:
    attrs = ""
    if index is not None:
        attrs += f' ss:Index="{index}"'
    if across:
        attrs += f' ss:MergeAcross="{across}"'
    if down:
        attrs += f' ss:MergeDown="{down}"'
    if style:
        attrs += f' ss:StyleID="{style}"'
    note = ""
    if comment:
        note = (f'<Comment ss:Author="市财政局农业科"><ss:Data xmlns="http://www.w3.org/TR/REC-html40">'
                f'<B><Font html:Face="宋体" x:CharSet="134" html:Size="9">市财政局农业科:</Font></B>'
                f'<Font html:Face="宋体" x:CharSet="134" html:Size="9">&#10;{_x(comment)}</Font></ss:Data></Comment>')
    return f'<Cell{attrs}><Data ss:Type="{kind}">{_x(value)}</Data>{note}</Cell>'


def make_xls() -> bytes:
    rows: list[str] = []
    rows.append('<Row ss:AutoFitHeight="0" ss:Height="30">' + _cell(XLS_TITLE, style="sTitle", across=7) + "</Row>")
    rows.append('<Row ss:Height="18">' + _cell("下达日期：", style="sLeft", index=1)
                + _cell(XLS_ISSUED, "DateTime", "sDate", comment=None)
                + _cell("单位：万亩、元/亩、万元", style="sRight", index=7, across=1) + "</Row>")
    head = ("序号", "县（市）", "还田方式", "计划作业面积（万亩）", "补助标准（元/亩）", "补助资金（万元）", "县合计（万元）", "备注")
    rows.append('<Row ss:Height="30">' + "".join(
        _cell(h, style="sHead", comment=XLS_COMMENT if h == "补助资金（万元）" else None) for h in head) + "</Row>")
    total_area = Decimal(0)
    total_money = Decimal(0)
    for k, (county, deep, mix) in enumerate(XLS_COUNTIES, start=1):
        deep_money = Decimal(deep) * XLS_RATES["秸秆翻埋还田"] if deep else Decimal(0)
        mix_money = Decimal(mix) * XLS_RATES["秸秆碎混还田"]
        county_total = deep_money + mix_money
        total_area += (Decimal(deep) if deep else Decimal(0)) + Decimal(mix)
        total_money += county_total
        first = (_cell(str(k), "Number", "sCenter", down=1) + _cell(county, style="sCenter", down=1)
                 + _cell("秸秆翻埋还田", style="sText"))
        if deep:
            first += (_cell(_num(Decimal(deep)), "Number", "sNum") + _cell("40", "Number", "sInt")
                      + _cell(_num(deep_money), "Number", "sNum")
                      + _cell(_num(county_total), "Number", "sNum", down=1))
            rows.append("<Row>" + first + "</Row>")
        else:  # empty area, rate and money: skipped with ss:Index; the 备注 says why
            first += (_cell(_num(county_total), "Number", "sNum", index=7, down=1)
                      + _cell("不安排", style="sText"))
            rows.append("<Row>" + first + "</Row>")
        second = (_cell("秸秆碎混还田", style="sText", index=3) + _cell(_num(Decimal(mix)), "Number", "sNum")
                  + _cell("25", "Number", "sInt") + _cell(_num(mix_money), "Number", "sNum"))
        rows.append("<Row>" + second + "</Row>")
    rows.append("<Row>" + _cell("合计", style="sHead", across=2) + _cell(_num(total_area), "Number", "sNumB", index=4)
                + _cell(_num(total_money), "Number", "sNumB", index=7) + "</Row>")
    n_rows = len(rows)
    sheet1 = (
        '<Worksheet ss:Name="资金分配表"><Names><NamedRange ss:Name="Print_Titles" ss:RefersTo="=资金分配表!R1:R3"/>'
        f'</Names><Table ss:ExpandedColumnCount="8" ss:ExpandedRowCount="{n_rows}" x:FullColumns="1" x:FullRows="1" '
        'ss:DefaultColumnWidth="54" ss:DefaultRowHeight="15">'
        '<Column ss:Width="36"/><Column ss:Width="66"/><Column ss:Width="84"/><Column ss:Width="78" ss:Span="3"/>'
        '<Column ss:Index="8" ss:Width="60"/>' + "".join(rows) + "</Table>"
        '<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><PageSetup><Layout x:Orientation="Landscape"/>'
        '</PageSetup><Print><ValidPrinterInfo/><PaperSizeIndex>9</PaperSizeIndex></Print><Selected/>'
        '<FreezePanes/><FrozenNoSplit/><SplitHorizontal>3</SplitHorizontal><TopRowBottomPane>3</TopRowBottomPane>'
        '<ActivePane>2</ActivePane><ProtectObjects>False</ProtectObjects><ProtectScenarios>False</ProtectScenarios>'
        "</WorksheetOptions></Worksheet>")
    std = [("还田方式", "作业要求", "补助标准（元/亩）")] + [(r[0], r[1], r[2].removeprefix("每亩").removesuffix("元"))
                                                  for r in JG_TABLE[1:]]
    rows2 = ['<Row ss:Height="24">' + _cell("秸秆还田作业补助标准", style="sTitle", across=2) + "</Row>",
             "<Row>" + "".join(_cell(h, style="sHead") for h in std[0]) + "</Row>"]
    for name, req, rate in std[1:]:
        rows2.append("<Row>" + _cell(name, style="sText") + _cell(req, style="sText")
                     + _cell(rate, "Number", "sInt") + "</Row>")
    sheet2 = (f'<Worksheet ss:Name="补助标准"><Table ss:ExpandedColumnCount="3" ss:ExpandedRowCount="{len(rows2)}" '
              'x:FullColumns="1" x:FullRows="1"><Column ss:Width="90"/><Column ss:Width="300"/><Column ss:Width="90"/>'
              + "".join(rows2) + "</Table>"
              '<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><ProtectObjects>False</ProtectObjects>'
              "</WorksheetOptions></Worksheet>")
    rows3 = ["<Row>" + _cell(t, style="sHead" if k == 0 else "sWrap") + "</Row>" for k, t in enumerate(XLS_NOTES)]
    sheet3 = (f'<Worksheet ss:Name="填报说明"><Table ss:ExpandedColumnCount="1" ss:ExpandedRowCount="{len(rows3)}" '
              'x:FullColumns="1" x:FullRows="1"><Column ss:Width="520"/>' + "".join(rows3) + "</Table>"
              '<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><ProtectObjects>False</ProtectObjects>'
              "</WorksheetOptions></Worksheet>")
    border = ('<Borders><Border ss:Position="Bottom" ss:LineStyle="Continuous" ss:Weight="1"/>'
              '<Border ss:Position="Left" ss:LineStyle="Continuous" ss:Weight="1"/>'
              '<Border ss:Position="Right" ss:LineStyle="Continuous" ss:Weight="1"/>'
              '<Border ss:Position="Top" ss:LineStyle="Continuous" ss:Weight="1"/></Borders>')
    font = '<Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/>'
    styles = (
        '<Styles><Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/><Borders/>'
        f'{font}<Interior/><NumberFormat/><Protection/></Style>'
        '<Style ss:ID="sTitle"><Alignment ss:Horizontal="Center" ss:Vertical="Center"/>'
        '<Font ss:FontName="方正小标宋简体" x:CharSet="134" ss:Size="16"/></Style>'
        '<Style ss:ID="sLeft"><Alignment ss:Horizontal="Left" ss:Vertical="Center"/></Style>'
        '<Style ss:ID="sRight"><Alignment ss:Horizontal="Right" ss:Vertical="Center"/></Style>'
        '<Style ss:ID="sDate"><Alignment ss:Horizontal="Left" ss:Vertical="Center"/>'
        '<NumberFormat ss:Format="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></Style>'
        f'<Style ss:ID="sHead"><Alignment ss:Horizontal="Center" ss:Vertical="Center" ss:WrapText="1"/>{border}'
        '<Font ss:FontName="黑体" x:CharSet="134" ss:Size="11"/><Interior ss:Color="#D9D9D9" ss:Pattern="Solid"/></Style>'
        f'<Style ss:ID="sCenter"><Alignment ss:Horizontal="Center" ss:Vertical="Center"/>{border}</Style>'
        f'<Style ss:ID="sText"><Alignment ss:Horizontal="Left" ss:Vertical="Center" ss:WrapText="1"/>{border}</Style>'
        '<Style ss:ID="sWrap"><Alignment ss:Horizontal="Left" ss:Vertical="Top" ss:WrapText="1"/></Style>'
        f'<Style ss:ID="sNum"><Alignment ss:Horizontal="Right" ss:Vertical="Center"/>{border}'
        '<NumberFormat ss:Format="0.00"/></Style>'
        f'<Style ss:ID="sNumB"><Alignment ss:Horizontal="Right" ss:Vertical="Center"/>{border}'
        '<Font ss:FontName="宋体" x:CharSet="134" ss:Size="11" ss:Bold="1"/><NumberFormat ss:Format="0.00"/></Style>'
        f'<Style ss:ID="sInt"><Alignment ss:Horizontal="Center" ss:Vertical="Center"/>{border}'
        '<NumberFormat ss:Format="0"/></Style></Styles>')
    doc = (
        '<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:html="http://www.w3.org/TR/REC-html40">\r\n'
        '<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Title>' + _x(XLS_TITLE) + "</Title>"
        "<Author>市财政局农业科</Author><LastAuthor>市财政局农业科</LastAuthor>"
        "<Created>2026-04-16T01:25:00Z</Created><LastSaved>2026-04-20T02:10:36Z</LastSaved>"
        "<Company>齐齐哈尔市财政局</Company><Version>11.9999</Version></DocumentProperties>\r\n"
        '<ExcelWorkbook xmlns="urn:schemas-microsoft-com:office:excel"><WindowHeight>9000</WindowHeight>'
        "<WindowWidth>20000</WindowWidth><ActiveSheet>0</ActiveSheet><ProtectStructure>False</ProtectStructure>"
        "<ProtectWindows>False</ProtectWindows></ExcelWorkbook>\r\n" + styles + "\r\n"
        + sheet1 + "\r\n" + sheet2 + "\r\n" + sheet3 + "\r\n</Workbook>\r\n")
    return doc.encode("utf-8")


# =============================================================================================
# 2. The MHT (Word “单个文件网页”)
# =============================================================================================

MHT_BOUNDARY = "----=_NextPart_01DCAC6B.5E3F2A70"
MHT_BASE = "file:///C:/5E3F2A70/"
MHT_STEM = "qqhr-jghtbz"


def _qr_png() -> bytes:
    """A small QR-like picture (fixed seed): 25 × 25 modules with the three finder squares."""
    from PIL import Image

    rng = random.Random(20260305)
    n, scale, quiet = 25, 4, 2
    img = Image.new("L", ((n + 2 * quiet) * scale,) * 2, 255)
    px = img.load()

    def module(r: int, c: int, dark: bool) -> None:
        for dy in range(scale):
            for dx in range(scale):
                px[(c + quiet) * scale + dx, (r + quiet) * scale + dy] = 0 if dark else 255

    for r in range(n):
        for c in range(n):
            module(r, c, rng.random() < 0.5)
    for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):
        for r in range(-1, 8):
            for c in range(-1, 8):
                if 0 <= r0 + r < n and 0 <= c0 + c < n:
                    ring = max(abs(r - 3), abs(c - 3))
                    module(r0 + r, c0 + c, ring in (0, 1, 3) and 0 <= r < 7 and 0 <= c < 7)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=False)
    return out.getvalue()


def _w_p(text: str, style: str = "", cls: str = "MsoNormal", align: str = "") -> str:
    a = f" align={align}" if align else ""
    st = f" style='{style}'" if style else ""
    return (f"<p class={cls}{a}{st}><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{_x(text)}"
            "<span lang=EN-US><o:p></o:p></span></span></p>\n")


def mht_html() -> str:
    props = (
        "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n"
        "  <o:Author>市农业农村局种植业科</o:Author>\n  <o:LastAuthor>市农业农村局办公室</o:LastAuthor>\n"
        "  <o:Revision>6</o:Revision>\n  <o:TotalTime>128</o:TotalTime>\n"
        "  <o:Created>2026-03-02T00:41:00Z</o:Created>\n  <o:LastSaved>2026-03-05T07:18:00Z</o:LastSaved>\n"
        "  <o:Pages>3</o:Pages>\n  <o:Words>412</o:Words>\n  <o:Characters>2350</o:Characters>\n"
        "  <o:Company>齐齐哈尔市农业农村局</o:Company>\n  <o:Lines>19</o:Lines>\n  <o:Paragraphs>5</o:Paragraphs>\n"
        "  <o:Version>16.00</o:Version>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
        "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:SpellingState>Clean</w:SpellingState>\n"
        "  <w:GrammarState>Clean</w:GrammarState>\n  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>\n"
        "  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>\n"
        "  <w:Compatibility>\n   <w:SpaceForUL/>\n   <w:UseFELayout/>\n  </w:Compatibility>\n"
        " </w:WordDocument>\n</xml><![endif]-->\n")
    style = (
        "<style>\n<!--\n /* Font Definitions */\n @font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
        "@font-face\n\t{font-family:仿宋_GB2312;\n\tmso-font-charset:134;}\n"
        "@font-face\n\t{font-family:方正小标宋简体;\n\tmso-font-charset:134;}\n"
        " /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-unhide:no;\n"
        "\tmso-style-qformat:yes;\n\tmso-style-parent:\"\";\n\tmargin:0cm;\n\ttext-align:justify;\n"
        "\ttext-justify:inter-ideograph;\n\tmso-pagination:none;\n\tfont-size:10.5pt;\n"
        "\tfont-family:\"Calibri\",sans-serif;\n\tmso-fareast-font-family:宋体;\n\tmso-font-kerning:1.0pt;}\n"
        "p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph\n\t{mso-style-priority:34;\n"
        "\tmargin:0cm;\n\ttext-indent:21.0pt;\n\tmso-char-indent-count:2.0;}\n"
        "table.MsoTableGrid\n\t{mso-style-name:网格型;\n\tmso-tstyle-rowband-size:0;\n\tmso-tstyle-colband-size:0;\n"
        "\tmso-style-priority:39;\n\tborder:solid windowtext 1.0pt;\n\tmso-border-alt:solid windowtext .5pt;\n"
        "\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;}\n"
        "@page WordSection1\n\t{size:595.3pt 841.9pt;\n\tmargin:104.9pt 73.7pt 87.9pt 79.4pt;\n"
        "\tmso-header-margin:42.55pt;\n\tmso-footer-margin:49.6pt;\n\tmso-page-numbers:1;\n"
        "\tmso-paper-source:0;\n\tlayout-grid:15.6pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
        " /* List Definitions */\n @list l0\n\t{mso-list-id:1726101376;\n\tmso-list-type:hybrid;}\n"
        "@list l0:level1\n\t{mso-level-text:\"%1\\.\";\n\tmso-level-tab-stop:none;\n\tmso-level-number-position:left;\n"
        "\tmargin-left:53.0pt;\n\ttext-indent:-21.0pt;}\n-->\n</style>\n")
    body: list[str] = []
    body.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:"
                "exactly'><span style='font-size:22.0pt;font-family:方正小标宋简体'>"
                f"{_x(JG_TITLE)}<span lang=EN-US><o:p></o:p></span></span></p>\n")
    body.append(_w_p(JG_NUMBER, "text-align:center", align="center"))
    body.append(_w_p(JG_ADDR))
    body.append(_w_p("　　" + JG_COVER, "text-indent:32.0pt"))
    body.append(_w_p(JG_SIGN[0], "text-align:right", align="right"))
    body.append(_w_p(JG_SIGN[1], "text-align:right;margin-right:32.0pt", align="right"))
    body.append("<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all "
                "style='mso-special-character:line-break;page-break-before:always'>\n</span>\n")
    body.append("<p class=MsoNormal align=center style='text-align:center'><span style='font-size:18.0pt;"
                f"font-family:方正小标宋简体'>{_x(JG_RULES)}<span lang=EN-US><o:p></o:p></span></span></p>\n")
    for para in JG_ARTICLES_1:
        body.append(_w_p("　　" + para))
    cells = []
    for k, row in enumerate(JG_TABLE):
        tds = []
        for j, val in enumerate(row):
            width = (113, 236, 104)[j]
            b = "font-weight:bold;" if k == 0 else ""
            tds.append(f"  <td width={width} valign=top style='width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
                       f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal "
                       f"align=center style='text-align:center'><span style='font-size:12.0pt;{b}font-family:仿宋_GB2312'>"
                       f"{_x(val)}<span lang=EN-US><o:p></o:p></span></span></p>\n  </td>\n")
        cells.append(f" <tr style='mso-yfti-irow:{k};height:22.7pt'>\n" + "".join(tds) + " </tr>\n")
    body.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm "
                "5.4pt'>\n" + "".join(cells) + "</table>\n")
    for para in JG_ARTICLES_2:
        body.append(_w_p("　　" + para))
    for k, step in enumerate(JG_STEPS, start=1):
        body.append(
            "<p class=MsoListParagraph style='margin-left:53.0pt;text-indent:-21.0pt;mso-list:l0 level1 lfo1'>"
            "<![if !supportLists]><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><span "
            f"style='mso-list:Ignore'>{k}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span>"
            "</span></span><![endif]><span style='font-size:16.0pt;font-family:仿宋_GB2312'>"
            f"{_x(step)}<span lang=EN-US><o:p></o:p></span></span></p>\n")
    for para in JG_ARTICLES_3:
        body.append(_w_p("　　" + para))
    body.append(
        "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><!--[if gte vml 1]><v:shapetype\n"
        ' id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe"\n'
        ' filled="f" stroked="f">\n <v:stroke joinstyle="miter"/>\n <v:path o:extrusionok="f" gradientshapeok="t"'
        ' o:connecttype="rect"/>\n <o:lock v:ext="edit" aspectratio="t"/>\n</v:shapetype><v:shape id="图片_1"'
        ' o:spid="_x0000_i1025" type="#_x0000_t75" style=\'width:87pt;height:87pt;visibility:visible\'>\n'
        f' <v:imagedata src="{MHT_STEM}.files/image001.png" o:title="二维码"/>\n</v:shape><![endif]--><![if !vml]>'
        f'<img width=116 height=116 src="{MHT_STEM}.files/image001.png" v:shapes="图片_1"><![endif]></span>'
        "<span lang=EN-US><o:p></o:p></span></p>\n")
    body.append(_w_p(JG_QR_CAPTION, "text-align:center", align="center"))
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"\n"
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
        "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
        "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
        "<meta name=Originator content=\"Microsoft Word 15\">\n"
        f"<link rel=File-List href=\"{MHT_STEM}.files/filelist.xml\">\n"
        f"<title>{_x(JG_TITLE)}</title>\n" + props + style + "</head>\n\n"
        "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n\n"
        "<div class=WordSection1 style='layout-grid:15.6pt'>\n\n" + "".join(body) + "\n</div>\n\n</body>\n\n</html>\n")


def _qp(data: bytes) -> bytes:
    """Quoted-printable as Word writes it: CRLF line ends, soft breaks at 76 characters."""
    return quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def make_mht() -> bytes:
    html = mht_html().encode("gb2312")
    filelist = ('<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n'
                f' <o:MainFile HRef="../{MHT_STEM}.htm"/>\n <o:File HRef="image001.png"/>\n'
                ' <o:File HRef="filelist.xml"/>\n</xml>').encode()
    png = base64.encodebytes(_qr_png()).replace(b"\n", b"\r\n")
    parts = [
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + MHT_BOUNDARY.encode() + b"\"\r\n\r\n"
        b"This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this message, "
        b"your browser or editor doesn't support Web Archive files.  Please download a browser that supports Web "
        b"Archive, such as Windows Internet Explorer.\r\n\r\n",
        b"--" + MHT_BOUNDARY.encode() + b"\r\nContent-Location: " + f"{MHT_BASE}{MHT_STEM}.htm".encode()
        + b"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n"
        + _qp(html) + b"\r\n\r\n",
        b"--" + MHT_BOUNDARY.encode() + b"\r\nContent-Location: " + f"{MHT_BASE}{MHT_STEM}.files/image001.png".encode()
        + b"\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\n" + png + b"\r\n",
        b"--" + MHT_BOUNDARY.encode() + b"\r\nContent-Location: " + f"{MHT_BASE}{MHT_STEM}.files/filelist.xml".encode()
        + b"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n\r\n"
        + _qp(filelist) + b"\r\n\r\n",
        b"--" + MHT_BOUNDARY.encode() + b"--\r\n",
    ]
    return b"".join(parts)


# =============================================================================================
# 3. The scanned two-column gazette pages (image-only PDF)
# =============================================================================================

SCAN_DPI = 200
SCAN_W, SCAN_H = 1654, 2339  # A4 at 200 dpi
SCAN_COL_W = 652
SCAN_COL_X = (150, 150 + SCAN_COL_W + 50)
SCAN_TOP, SCAN_BOTTOM = 236, 2150
SCAN_BODY_PX, SCAN_TITLE_PX, SCAN_SMALL_PX = 40, 44, 28
SCAN_ANGLES = (0.45, -0.6)  # degrees, counter-clockwise
SCAN_SEED = 20260228


def _fonts() -> dict:
    from PIL import ImageFont

    serif = cjk_face(serif=True)
    bold = cjk_face(bold=True)
    return {"body": ImageFont.truetype(serif[0], SCAN_BODY_PX, index=serif[1]),
            "title": ImageFont.truetype(bold[0], SCAN_TITLE_PX, index=bold[1]),
            "small": ImageFont.truetype(serif[0], SCAN_SMALL_PX, index=serif[1])}


def scan_items() -> list[tuple[str, str]]:
    """The gazette's flow: (kind, text); kinds title, number, addr, para, sign, gap, colophon."""
    items: list[tuple[str, str]] = [("title", BC_TITLE), ("number", BC_NUMBER), ("addr", BC_PARAS[0])]
    items += [("para", p) for p in BC_PARAS[1:]]
    items += [("sign", s) for s in BC_SIGN]
    items += [("gap", ""), ("gap", ""), ("title", AT_TITLE), ("number", AT_NUMBER), ("addr", AT_PARAS[0])]
    items += [("para", p) for p in AT_PARAS[1:]]
    items += [("sign", s) for s in AT_SIGN]
    items += [("gap", ""), ("gap", ""), ("gap", "")]
    items += [("colophon", s) for s in GAZETTE_COLOPHON]
    return items


def scan_layout() -> list[tuple[int, int, int, int, str, str]]:
    """The printed lines: (page, column, x, y, kind, text), flowing down the left then the right column."""
    fonts = _fonts()
    out: list[tuple[int, int, int, int, str, str]] = []
    page, col, y = 0, 0, SCAN_TOP
    for kind, text in scan_items():
        font = fonts["title"] if kind == "title" else fonts["small"] if kind == "colophon" else fonts["body"]
        step = 66 if kind == "title" else 46 if kind == "colophon" else 64
        if kind == "gap":
            lines = [""]
            step = 30
        elif kind == "para":
            lines = wrap_cjk("　　" + text, font.getlength, SCAN_COL_W)
        elif kind == "addr":
            lines = wrap_cjk(text, font.getlength, SCAN_COL_W)
        elif kind == "title":
            lines = wrap_cjk(text, font.getlength, SCAN_COL_W - 40)
        else:
            lines = [text]
        for line in lines:
            if y + step > SCAN_BOTTOM:
                col += 1
                y = SCAN_TOP
                if col == 2:
                    page, col = page + 1, 0
            if kind == "gap" and y == SCAN_TOP:
                continue
            width = font.getlength(line)
            x0 = SCAN_COL_X[col]
            if kind in ("title", "number", "colophon"):
                x = int(x0 + (SCAN_COL_W - width) / 2)
            elif kind == "sign":
                x = int(x0 + SCAN_COL_W - width - SCAN_BODY_PX)
            else:
                x = x0
            if line:
                out.append((page, col, x, y, kind, line))
            y += step
        if kind == "number":
            y += 16
    return out


def scan_pages() -> list[bytes]:
    """The pages as grey JPEGs: text drawn with Pillow, then turned slightly, noised with a fixed seed and blurred."""
    from PIL import Image, ImageDraw, ImageFilter

    fonts = _fonts()
    lines = scan_layout()
    n_pages = max(p for p, *_ in lines) + 1
    rng = random.Random(SCAN_SEED)
    pages: list[bytes] = []
    for p in range(n_pages):
        img = Image.new("L", (SCAN_W, SCAN_H), 250)
        d = ImageDraw.Draw(img)
        head_left, head_right = (GAZETTE, GAZETTE_ISSUE) if p % 2 == 0 else (GAZETTE_ISSUE, GAZETTE)
        d.text((150, 120), head_left, font=fonts["small"], fill=30)
        d.text((SCAN_W - 150 - fonts["small"].getlength(head_right), 120), head_right, font=fonts["small"], fill=30)
        d.line((150, 172, SCAN_W - 150, 172), fill=20, width=4)
        d.line((150, 180, SCAN_W - 150, 180), fill=20, width=1)
        mid = SCAN_COL_X[0] + SCAN_COL_W + 25
        d.line((mid, SCAN_TOP, mid, SCAN_BOTTOM), fill=60, width=1)
        folio = f"— {GAZETTE_PAGES[p]} —"
        d.text(((SCAN_W - fonts["small"].getlength(folio)) / 2, 2210), folio, font=fonts["small"], fill=30)
        for page, _col, x, y, kind, text in lines:
            if page != p:
                continue
            font = fonts["title"] if kind == "title" else fonts["small"] if kind == "colophon" else fonts["body"]
            d.text((x, y), text, font=font, fill=15)
        img = img.rotate(SCAN_ANGLES[p], resample=Image.Resampling.BICUBIC, fillcolor=250)
        noise = Image.frombytes("L", img.size, rng.randbytes(SCAN_W * SCAN_H))
        img = Image.blend(img, noise, 0.07).filter(ImageFilter.GaussianBlur(0.7))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=50, dpi=(SCAN_DPI, SCAN_DPI))
        pages.append(out.getvalue())
    return pages


def _pdf_dates(pdf, title: str, producer: str, when: str) -> None:
    import pikepdf

    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(
        Title=pikepdf.String(title), Producer=pikepdf.String(producer),
        CreationDate=pikepdf.String(when), ModDate=pikepdf.String(when)))


def _pdf_bytes(pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()


def make_scan() -> bytes:
    import pikepdf

    pdf = pikepdf.Pdf.new()
    w_pt, h_pt = SCAN_W * 72 / SCAN_DPI, SCAN_H * 72 / SCAN_DPI
    for jpeg in scan_pages():
        page = pdf.add_blank_page(page_size=(w_pt, h_pt))
        image = pikepdf.Stream(pdf, jpeg)
        image.Type = pikepdf.Name.XObject
        image.Subtype = pikepdf.Name.Image
        image.Width, image.Height = SCAN_W, SCAN_H
        image.ColorSpace = pikepdf.Name.DeviceGray
        image.BitsPerComponent = 8
        image.Filter = pikepdf.Name.DCTDecode
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pdf.make_stream(f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode())
    _pdf_dates(pdf, f"{GAZETTE}{GAZETTE_ISSUE}", "Scanner ScanPDF 3.2", "D:20260305093012+08'00'")
    return _pdf_bytes(pdf)


# =============================================================================================
# 4. The text PDF whose 任务分工表 is an attached XLSX
# =============================================================================================

WHEN_XLSX = (2026, 9, 17, 16, 42, 10)


def _col(k: int) -> str:
    return "ABCDEFGH"[k]


def make_xlsx() -> bytes:
    """The 任务分工表 as Excel 2007+ writes it: shared strings, a merged title row, fixed core properties."""
    rows = [[BX_TABLE_TITLE], list(BX_HEAD)] + [list(r) for r in BX_ROWS] + [[BX_TABLE_NOTE]]
    strings: list[str] = []
    index: dict[str, int] = {}
    for row in rows:
        for v in row:
            if v not in index:
                index[v] = len(strings)
                strings.append(v)
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        style = 1 if r == 1 else 2 if r == 2 else 3 if r < len(rows) else 4
        ht = ' ht="30" customHeight="1"' if r <= 2 else ""
        cells = "".join(f'<c r="{_col(c)}{r}" s="{style}" t="s"><v>{index[v]}</v></c>' for c, v in enumerate(row))
        xml_rows.append(f'<row r="{r}" spans="1:5"{ht}>{cells}</row>')
    last = len(rows)
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<dimension ref="A1:E{last}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
        '<sheetFormatPr defaultRowHeight="14.25"/><cols><col min="1" max="1" width="6" customWidth="1"/>'
        '<col min="2" max="2" width="44" customWidth="1"/><col min="3" max="3" width="14" customWidth="1"/>'
        '<col min="4" max="4" width="30" customWidth="1"/><col min="5" max="5" width="18" customWidth="1"/></cols>'
        "<sheetData>" + "".join(xml_rows) + "</sheetData>"
        f'<mergeCells count="2"><mergeCell ref="A1:E1"/><mergeCell ref="A{last}:E{last}"/></mergeCells>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape"/></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{sum(len(r) for r in rows)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{_x(s)}</t></si>" for s in strings) + "</sst>")
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="3"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font>'
        '<font><b/><sz val="16"/><name val="方正小标宋简体"/><charset val="134"/></font>'
        '<font><sz val="11"/><name val="黑体"/><charset val="134"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
        '</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'
        '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
        '<alignment horizontal="center" vertical="center"/></xf>'
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">'
        '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">'
        '<alignment vertical="center" wrapText="1"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment vertical="center" wrapText="1"/></xf></cellXfs>'
        '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="24000" windowHeight="12000"/></bookViews>'
                '<sheets><sheet name="任务分工" sheetId="1" r:id="rId1"/></sheets>'
                '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">任务分工!$2:$2</definedName>'
                "</definedNames></workbook>")
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
               f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/extended-properties" Target="docProps/app.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'extended-properties+xml"/></Types>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_x(BX_TABLE_TITLE)}</dc:title><dc:creator>市教育局体育卫生艺术科</dc:creator>"
            "<cp:lastModifiedBy>市政府办公室秘书科</cp:lastModifiedBy>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-09-10T01:20:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-09-17T08:42:10Z</dcterms:modified>'
            "</cp:coreProperties>")
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", app),
               ("docProps/core.xml", core), ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels),
               ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst), ("xl/worksheets/sheet1.xml", sheet)]
    return _zip([(n, d.encode("utf-8")) for n, d in members], WHEN_XLSX)


def _wqy():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        path = next(p for p in ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",) if Path(p).exists())
        pdfmetrics.registerFont(TTFont("WQY", path, subfontIndex=0))
    return "WQY"


def bx_pdf_pages() -> tuple[bytes, float]:
    """The notice drawn by reportlab; returns the PDF and the y (in points) of the 附件 line on page 1."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    font = _wqy()
    w, h = A4
    left, right = 79.4, w - 73.7
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(BX_TITLE)
    c.setAuthor(SZFB)
    c.setCreator("WPS Office")
    state = {"y": h - 100.0, "page": 1}
    attach_y = 0.0

    def footer() -> None:
        c.setFont(font, 14)
        c.drawCentredString(w / 2, 50, f"— {state['page']} —")

    def new_page() -> None:
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = h - 90.0

    def line(text: str, size: float = 16, x: float | None = None, centre: bool = False, lead: float = 29) -> None:
        if state["y"] < 90:
            new_page()
        c.setFont(font, size)
        if centre:
            c.drawCentredString(w / 2, state["y"], text)
        elif x is not None:
            c.drawRightString(x, state["y"], text)
        else:
            c.drawString(left, state["y"], text)
        state["y"] -= lead

    def para(text: str, indent: bool = True, size: float = 16) -> None:
        for ln in wrap_cjk(("　　" if indent else "") + text, lambda s: stringWidth(s, font, size), right - left):
            line(ln, size)

    c.setFillColorRGB(0.8, 0, 0)
    line(SZFB + "文件", 30, centre=True, lead=52)
    c.setFillColorRGB(0, 0, 0)
    line(BX_NUMBER, 16, centre=True, lead=14)
    c.setStrokeColorRGB(0.8, 0, 0)
    c.setLineWidth(2)
    c.line(left, state["y"], right, state["y"])
    state["y"] -= 40
    for ln in wrap_cjk(BX_TITLE, lambda s: stringWidth(s, font, 20), right - left - 40):
        line(ln, 20, centre=True, lead=32)
    state["y"] -= 12
    para(BX_ADDR, indent=False)
    para(BX_COVER)
    state["y"] -= 8
    attach_y = state["y"]
    para(BX_ATTACH_LINE)
    state["y"] -= 40
    line(BX_SIGN[0], x=right - 32)
    line(BX_SIGN[1], x=right - 48)
    state["y"] -= 10
    para("（此件公开发布）")
    new_page()
    for ln in wrap_cjk(BX_PLAN, lambda s: stringWidth(s, font, 20), right - left):
        line(ln, 20, centre=True, lead=36)
    for kind, text in BX_PLAN_PARAS:
        para(text, indent=True)
        if kind == "h":
            state["y"] -= 2
    state["y"] -= 30
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.8)
    c.line(left, state["y"] + 20, right, state["y"] + 20)
    para(BX_CC, indent=False, size=14)
    c.line(left, state["y"] + 20, right, state["y"] + 20)
    line(BX_PRINTED, 14)
    c.line(left, state["y"] + 20, right, state["y"] + 20)
    footer()
    c.showPage()
    c.save()
    return out.getvalue(), attach_y


def make_bx_pdf() -> bytes:
    import pikepdf

    raw, attach_y = bx_pdf_pages()
    pdf = pikepdf.Pdf.open(io.BytesIO(raw))
    when = "D:20260918101500+08'00'"
    spec = pikepdf.AttachedFileSpec(
        pdf, make_xlsx(), description=BX_TABLE_TITLE, filename=BX_XLSX_NAME,
        mime_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        creation_date=when, mod_date=when)
    pdf.attachments[BX_XLSX_NAME] = spec
    fs = pdf.Root.Names.EmbeddedFiles.Names[1]
    page = pdf.pages[0]
    annot = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FileAttachment,
        Rect=pikepdf.Array([520, attach_y - 6, 540, attach_y + 18]), FS=fs, Name=pikepdf.Name.PushPin,
        Contents=pikepdf.String(BX_TABLE_TITLE), T=pikepdf.String(SZFB), M=pikepdf.String(when),
        F=4, C=pikepdf.Array([0.2, 0.4, 0.8])))
    page.obj.Annots = pdf.make_indirect(pikepdf.Array([annot]))
    _pdf_dates(pdf, BX_TITLE, "WPS Office; modified using pikepdf", when)
    pdf.docinfo.Author = pikepdf.String(SZFB)
    pdf.docinfo.Creator = pikepdf.String("WPS 文字")
    return _pdf_bytes(pdf)


# =============================================================================================
# 5. The DOCX with tracked changes, a footnote, a comment and a text box
# =============================================================================================

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WHEN_DOCX = (2025, 4, 15, 16, 20, 48)
REV_AUTHOR = "市人社局就业促进科"
REV_DATE = "2025-04-03T10:12:00Z"
COMMENT_AUTHOR = "市财政局社会保障科 赵"
COMMENT_DATE = "2025-03-28T15:40:00Z"
SUPERSCRIPT = '<w:vertAlign w:val="superscript"/>'


def _rpr(size: int = 32, font: str = "仿宋_GB2312", extra: str = "") -> str:
    return (f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{extra}'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')


def _wt(text: str) -> str:
    return f'<w:t xml:space="preserve">{_x(text)}</w:t>'


def _docx_para(parts: list[tuple[str, str]], rev: list[int], ppr: str = "", size: int = 32,
               font: str = "仿宋_GB2312") -> str:
    """A w:p from (kind, text) parts; ``rev`` counts revision ids."""
    runs = []
    for kind, text in parts:
        if kind == "t":
            runs.append(f"<w:r>{_rpr(size, font)}{_wt(text)}</w:r>")
        elif kind == "ins":
            rev[0] += 1
            runs.append(f'<w:ins w:id="{rev[0]}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r>{_rpr(size, font)}'
                        f"{_wt(text)}</w:r></w:ins>")
        elif kind == "del":
            rev[0] += 1
            runs.append(f'<w:del w:id="{rev[0]}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r>{_rpr(size, font)}'
                        f'<w:delText xml:space="preserve">{_x(text)}</w:delText></w:r></w:del>')
        elif kind == "fn":
            runs.append(f'<w:r>{_rpr(size, font, SUPERSCRIPT)}<w:footnoteReference w:id="{text}"/></w:r>')
        elif kind == "cs":
            runs.append(f'<w:commentRangeStart w:id="{text}"/>')
        elif kind == "ce":
            runs.append(f'<w:commentRangeEnd w:id="{text}"/><w:r>{_rpr(size, font)}'
                        f'<w:commentReference w:id="{text}"/></w:r>')
    return f"<w:p><w:pPr>{ppr}<w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr>{''.join(runs)}</w:p>"


def _textbox_run() -> str:
    """An anchored text box (DrawingML with a VML fallback) holding the 咨询电话."""
    inner = (f'<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>{_rpr(24, "黑体")}{_wt(AJ_TEXTBOX)}'
             "</w:r></w:p></w:txbxContent>")
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>127000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="4320000" cy="432000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4320000" cy="432000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="9525"><a:solidFill><a:srgbClr '
        'val="000000"/></a:solidFill></a:ln></wps:spPr><wps:txbx>' + inner + "</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:10pt;width:340.15pt;height:34pt;z-index:251659264;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin" strokeweight=".75pt">'
        '<v:textbox>' + inner + '</v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r>")


def docx_body() -> str:
    rev = [100]
    centre = '<w:jc w:val="center"/>'
    right = '<w:jc w:val="right"/>'
    ps = [
        _docx_para([("t", AJ_TITLE), ("del", "（征求意见稿）")], rev, centre, 44, "方正小标宋简体"),
        _docx_para([("t", AJ_NUMBER)], rev, centre),
        _docx_para([("t", AJ_ADDR)], rev),
        _docx_para([("t", AJ_COVER)], rev, '<w:ind w:firstLine="640"/>'),
        _docx_para([("t", AJ_SIGN[0])], rev, right),
        _docx_para([("t", AJ_SIGN[1])], rev, right + '<w:ind w:right="640"/>'),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        _docx_para([("t", AJ_RULES)], rev, centre, 36, "方正小标宋简体"),
    ]
    for parts in AJ_BODY:
        ps.append(_docx_para(parts, rev, '<w:ind w:firstLine="640"/>'))
    ps.append("<w:p><w:pPr><w:spacing w:before=\"240\"/></w:pPr>" + _textbox_run() + "</w:p>")
    return "".join(ps)


def make_docx() -> bytes:
    import datetime as dt

    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    props = doc.core_properties
    props.author = REV_AUTHOR
    props.last_modified_by = "市人社局办公室"
    props.title = AJ_TITLE
    props.comments = ""
    props.revision = 7
    props.created = dt.datetime(2025, 3, 24, 8, 30, 0)
    props.modified = dt.datetime(2025, 4, 15, 8, 20, 0)
    body = doc.element.body
    sect = body[-1]
    sect.find(f"{{{W_NS}}}pgSz").set(f"{{{W_NS}}}w", "11906")
    sect.find(f"{{{W_NS}}}pgSz").set(f"{{{W_NS}}}h", "16838")
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
    holder = parse_xml(f"<w:body {ns}>{docx_body()}</w:body>")
    for el in list(holder):
        sect.addprevious(el)
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(raw)
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r>{_rpr(18, "宋体", SUPERSCRIPT)}<w:footnoteRef/></w:r>'
        f"<w:r>{_rpr(18, '宋体')}{_wt(' ' + AJ_FOOTNOTE)}</w:r></w:p></w:footnote></w:footnotes>")
    comments = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="{W_NS}">'
        f'<w:comment w:id="0" w:author="{COMMENT_AUTHOR}" w:date="{COMMENT_DATE}" w:initials="赵">'
        '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        f"</w:rPr><w:annotationRef/></w:r><w:r>{_wt(AJ_COMMENT)}</w:r></w:p></w:comment></w:comments>")
    members: list[tuple[str, bytes]] = []
    for info in src.infolist():
        name = info.filename
        if name in ("docProps/thumbnail.jpeg",):
            continue
        data = src.read(name)
        if name == "[Content_Types].xml":
            data = data.replace(b"</Types>", (
                b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                b'wordprocessingml.footnotes+xml"/><Override PartName="/word/comments.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'))
            data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
        elif name == "_rels/.rels":
            data = re.sub(rb'<Relationship Id="rId\d+" Type="[^"]*/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>',
                          b"", data)
        elif name == "word/_rels/document.xml.rels":
            data = data.replace(b"</Relationships>", (
                f'<Relationship Id="rId90" Type="{rel}/footnotes" Target="footnotes.xml"/>'
                f'<Relationship Id="rId91" Type="{rel}/comments" Target="comments.xml"/></Relationships>').encode())
        elif name == "word/settings.xml":
            data = data.replace(b"<w:defaultTabStop", b"<w:trackRevisions/><w:defaultTabStop", 1)
        elif name == "docProps/app.xml":
            data = data.replace(b"<Application>Microsoft Macintosh Word</Application>",
                                b"<Application>Microsoft Office Word</Application>")
        members.append((name, data))
    members += [("word/footnotes.xml", footnotes.encode("utf-8")), ("word/comments.xml", comments.encode("utf-8"))]
    return _zip(members, WHEN_DOCX)


# =============================================================================================
# 6. The old portal page (GBK bytes under a gb2312 meta)
# =============================================================================================

HTML_INDEX = [
    ("索引号", "11230200MB0X71428K/2024-00137", "主题分类", "农业、林业、水利"),
    ("发文机关", f"{NYJ}　{CZJ}", "成文日期", "2024年04月08日"),
    ("文号", JG_OLD_NUMBER, "发布日期", "2024年04月12日"),
    ("标题", JG_OLD_TITLE, "有效性", "有效"),
]
HTML_RELATED = [
    ("齐齐哈尔市农业农村局关于做好2024年春季农业生产工作的通知", "/zwgk/xxgkml/nyncj/202403/t20240315_2107731.html"),
    ("齐齐哈尔市黑土地保护利用工作方案（2024—2025年）", "/zwgk/xxgkml/nyncj/202402/t20240226_2104122.html"),
    ("齐齐哈尔市农业农村局关于加强秸秆禁烧管控工作的通告", "/zwgk/xxgkml/nyncj/202310/t20231020_2087365.html"),
    ("关于公布2024年度农机购置补贴机具补贴额一览表的公告", "/zwgk/xxgkml/nyncj/202404/t20240402_2109218.html"),
]
HTML_ATTACHMENTS = [
    ("附件1：秸秆还田作业补助申请表.doc", "/zwgk/xxgkml/nyncj/202404/P020240412365184721036.doc"),
    ("附件2：秸秆还田作业面积核验单.doc", "/zwgk/xxgkml/nyncj/202404/P020240412365184725118.doc"),
]


def make_html() -> bytes:
    nb = "&nbsp;" * 4
    idx_rows = "".join(
        f'<tr><td class="xxgk_l" width="13%">{a}：</td><td class="xxgk_r" width="37%">{_x(b)}</td>'
        f'<td class="xxgk_l" width="13%">{c}：</td><td class="xxgk_r" width="37%">{_x(d)}</td></tr>\r\n'
        for a, b, c, d in HTML_INDEX)
    body = [f"各县（市、区）农业农村局、财政局：<br>\r\n{nb}{_x(JG_OLD_INTRO)}<br>\r\n"]
    body.append(f'<div align="right">{_x(NYJ)}{"&nbsp;" * 3}{_x(CZJ)}<br>2024年4月8日{"&nbsp;" * 8}</div><br>\r\n')
    body.append(f'<div align="center"><b>{_x(JG_OLD_RULES)}</b></div><br>\r\n')
    for art in JG_OLD_ARTICLES:
        body.append(f"{nb}{_x(art)}<br>\r\n")
    body.append(f"<br>\r\n{nb}{_x(JG_OLD_CONTACT)}<br>\r\n")
    att_rows = "".join(f'<tr><td height="24">&nbsp;<img src="/images/fj.gif" border="0">&nbsp;<a href="{u}" '
                       f'target="_blank">{_x(n)}</a></td></tr>\r\n' for n, u in HTML_ATTACHMENTS)
    rel_rows = "".join(f'<tr><td height="26" class="rel">·&nbsp;<a href="{u}" target="_blank" title="{_x(t)}">'
                       f"{_x(t)}</a></td></tr>\r\n" for t, u in HTML_RELATED)
    nav = "".join(f'<td class="nav"><a href="{u}">{t}</a></td>' for t, u in (
        ("首页", "/"), ("政务公开", "/zwgk/"), ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/"),
        ("走进鹤城", "/zjhc/"), ("专题专栏", "/ztzl/")))
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n<html>\r\n<head>\r\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\r\n'
        f"<title>{_x(JG_OLD_TITLE)}_政策文件_齐齐哈尔市人民政府</title>\r\n"
        '<meta name="SiteName" content="齐齐哈尔市人民政府">\r\n<meta name="ColumnName" content="政策文件">\r\n'
        f'<meta name="ArticleTitle" content="{_x(JG_OLD_TITLE)}">\r\n<meta name="PubDate" content="2024-04-12 10:26">\r\n'
        '<link href="/css/style.css" rel="stylesheet" type="text/css">\r\n'
        '<script language="javascript" src="/js/common.js"></script>\r\n</head>\r\n'
        '<body leftmargin="0" topmargin="0">\r\n'
        '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">\r\n'
        '<tr><td height="120" background="/images/top_bg.jpg"><img src="/images/logo.png" alt="齐齐哈尔市人民政府">'
        "</td></tr>\r\n"
        f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>\r\n'
        '<tr><td class="dqwz" height="30">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>'
        '&nbsp;&gt;&nbsp;<a href="/zwgk/xxgkml/">政策文件</a></td></tr>\r\n'
        '<tr><td>\r\n<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>\r\n'
        '<td width="730" valign="top">\r\n'
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#cccccc" class="xxgk_table">\r\n'
        + idx_rows + "</table>\r\n"
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\r\n'
        f'<tr><td align="center" class="title" height="60"><b>{_x(JG_OLD_TITLE)}</b></td></tr>\r\n'
        f'<tr><td align="center" height="30">{_x(JG_OLD_NUMBER)}</td></tr>\r\n'
        '<tr><td class="zoom_td">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
        '<a href="javascript:doZoom(14)">小</a>】</td></tr>\r\n'
        '<tr><td><div id="zoom">\r\n' + "".join(body) + "</div></td></tr>\r\n"
        '<tr><td height="30"><b>附件下载：</b></td></tr>\r\n<tr><td>\r\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\r\n' + att_rows + "</table>\r\n</td></tr>\r\n"
        '<tr><td align="right" height="40"><a href="javascript:window.print()">【打印本页】</a>&nbsp;'
        '<a href="javascript:window.close()">【关闭窗口】</a></td></tr>\r\n</table>\r\n</td>\r\n'
        '<td width="20">&nbsp;</td>\r\n<td width="250" valign="top">\r\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="side">\r\n'
        '<tr><td class="side_title" height="36">相关文件</td></tr>\r\n' + rel_rows + "</table>\r\n</td>\r\n"
        "</tr></table>\r\n</td></tr>\r\n"
        '<tr><td class="footer" align="center" height="100">主办：齐齐哈尔市人民政府办公室&nbsp;&nbsp;'
        "承办：齐齐哈尔市政务服务中心<br>\r\n网站标识码：2302000027&nbsp;&nbsp;黑ICP备05003167号&nbsp;&nbsp;"
        '<a href="http://www.beian.gov.cn/">黑公网安备 23020202000158号</a><br>\r\n'
        f'<a href="{PORTAL}/">{PORTAL.removeprefix("http://")}</a></td></tr>\r\n'
        "</table>\r\n</body>\r\n</html>\r\n")
    return page.encode("gbk")


# =============================================================================================
# Questions
# =============================================================================================

S_JG = {"doc_number": JG_NUMBER, "doc_title": JG_TITLE}
S_JGO = {"doc_number": JG_OLD_NUMBER, "doc_title": JG_OLD_TITLE}
S_XLS = {"doc_number": None, "doc_title": XLS_TITLE}
S_AJ = {"doc_number": AJ_NUMBER, "doc_title": AJ_TITLE}
S_AT = {"doc_number": AT_NUMBER, "doc_title": AT_TITLE}
S_BC = {"doc_number": BC_NUMBER, "doc_title": BC_TITLE}
S_BX = {"doc_number": BX_NUMBER, "doc_title": BX_TITLE}
NF = "文件中未找到相关规定。"


def _row(r: tuple[str, ...]) -> str:
    return " ".join(r)


QA: list[tuple] = [
    # --- 秸秆还田 (MHT in force, GBK page repealed, SpreadsheetML allocation) ---------------------------------
    ("我家在讷河市种了300亩玉米，今年秋收后准备把秸秆翻埋还田，翻耕深度能到30厘米以上。每亩能补多少钱？300亩一共能拿多少？",
     f"按《{JG_RULES}》（{JG_NUMBER}）第三条，秸秆翻埋还田（翻耕深度30厘米以上，秸秆全量翻埋）的补助标准是每亩40元。"
     "您家300亩，300亩×40元＝12000元。作业结束后15日内要向地块所在乡（镇）人民政府申报，核验公示后兑付。",
     ["每亩40元", "翻耕深度30厘米以上"], [S_JG], f"{JG_TITLE} > 第三条（补助标准表）", _row(JG_TABLE[1]),
     "numeric", "public", "easy", F_MHT),
    ("我们合作社今年用旋耕机把秸秆粉碎了碎混还田，听说秸秆还田每亩补40元，我们也按40元算吧？",
     "不是。每亩40元是秸秆翻埋还田的标准；秸秆碎混还田（旋耕（耙）深度15厘米以上，秸秆粉碎长度10厘米以下）的补助标准是"
     f"每亩25元（《{JG_RULES}》第三条补助标准表）。",
     ["每亩25元", "每亩40元"], [S_JG], f"{JG_TITLE} > 第三条（补助标准表）",
     _row(JG_TABLE[1]) + "……" + _row(JG_TABLE[2]), "numeric", "public", "medium", F_MHT),
    ("我在市政府网站上看到《齐齐哈尔市秸秆还田作业补助暂行办法》，写着翻埋还田每亩补助30元，有效期到2028年4月30日，页面上还标着"
     "“有效”。今年秋天翻埋还田还按每亩30元算吗？",
     f"不按。{JG_OLD_NUMBER}暂行办法自己写的有效期至2028年4月30日，网页信息索引也还标着“有效”，但《{JG_RULES}》（{JG_NUMBER}）"
     f"第九条规定，该办法自2026年4月1日起施行，{JG_OLD_NUMBER}“同时废止”。现在秸秆翻埋还田按每亩40元、秸秆碎混还田按每亩25元补助。",
     ["同时废止", "每亩40元"], [S_JG, S_JGO], f"{JG_TITLE} > 第九条", JG_ARTICLES_3[3],
     "validity", "public", "hard", F_MHT),
    ("2024年秋天我按当时的暂行办法申请过秸秆碎混还田补助，那时候每亩补多少？作业完多少天内要申报？现在还是这样吗？",
     f"按{JG_OLD_NUMBER}《{JG_OLD_RULES}》，当时秸秆碎混还田每亩补助20元，作业结束后10日内向乡（镇）人民政府申报，公示5日。"
     f"该暂行办法已被{JG_NUMBER}自2026年4月1日起同时废止；现在秸秆碎混还田每亩25元，作业结束后15日内申报，公示7日。",
     ["秸秆碎混还田每亩补助20元", "作业结束后10日内"], [S_JGO, S_JG], f"{JG_OLD_TITLE} > 第三条、第四条",
     JG_OLD_ARTICLES[2] + "……" + "第四条　作业主体应在作业结束后10日内向乡（镇）人民政府申报",
     "numeric", "public", "medium", F_HTML),
    ("拜泉县2026年度秸秆还田作业补助资金一共分配了多少万元？其中翻埋还田多少？",
     f"据《{XLS_TITLE}》，拜泉县县合计1355.10万元：秸秆翻埋还田计划作业面积21.39万亩，每亩40元，补助资金855.60万元；"
     "秸秆碎混还田19.98万亩，每亩25元，补助资金499.50万元。",
     ["1355.1", "855.6"], [S_XLS], f"{XLS_TITLE} > 资金分配表（拜泉县）", "3 拜泉县 秸秆翻埋还田 21.39 40 855.6 1355.1",
     "numeric", "civil_servant", "hard", F_XLS),
    ("依安县今年秸秆碎混还田的计划作业面积是多少？分了多少补助资金？",
     f"据《{XLS_TITLE}》，依安县秸秆碎混还田计划作业面积23.76万亩，补助标准每亩25元，补助资金594万元（23.76万亩×25元/亩）。",
     ["23.76", "594"], [S_XLS], f"{XLS_TITLE} > 资金分配表（依安县）", "秸秆碎混还田 23.76 25 594",
     "numeric", "civil_servant", "medium", F_XLS),
    ("泰来县2026年度有没有秸秆翻埋还田的补助资金？泰来县一共分了多少？",
     f"没有。《{XLS_TITLE}》中泰来县秸秆翻埋还田一行备注“不安排”（填报说明：泰来县不安排秸秆翻埋还田作业，只安排秸秆碎混还田作业）；"
     "泰来县只安排秸秆碎混还田10.36万亩，每亩25元，补助资金259万元，县合计259万元。",
     ["不安排", "10.36"], [S_XLS], f"{XLS_TITLE} > 资金分配表（泰来县）、填报说明",
     "9 泰来县 秸秆翻埋还田 259 不安排……秸秆碎混还田 10.36 25 259", "numeric", "civil_servant", "hard", F_XLS),
    ("县里财政部门拿到秸秆还田作业补助资金后，最晚什么时候要兑付到作业主体手里？",
     f"据《{XLS_TITLE}》“补助资金（万元）”栏的批注：各县（市）财政部门应在作业核验公示结束后30日内将补助资金兑付到作业主体，"
     "不得滞留、挪用。",
     ["作业核验公示结束后30日内"], [S_XLS], f"{XLS_TITLE} > 资金分配表（“补助资金（万元）”批注）", XLS_COMMENT,
     "deadline", "civil_servant", "hard", F_XLS),
    ("2026年度秸秆还田作业补助资金是哪天下达的？用不完的钱什么时候要收回？",
     f"《{XLS_TITLE}》的下达日期是2026-04-20（2026年4月20日）。按填报说明，补助资金按计划面积预拨，作业核验结束后按核验面积多退少补，"
     "结余资金于2027年3月31日前收回市级财政。",
     ["2026-04-20", "2027年3月31日前"], [S_XLS], f"{XLS_TITLE} > 资金分配表、填报说明",
     "下达日期： 2026-04-20T00:00:00.000……结余资金于2027年3月31日前收回市级财政", "deadline", "civil_servant", "medium",
     F_XLS),
    ("我家今年10月20号干完了秸秆翻埋还田，最晚哪天前要去申报？找谁报？公示几天？",
     f"按《{JG_RULES}》第五条，作业主体应在作业结束后15日内，向地块所在乡（镇）人民政府申报作业地块和面积，您家10月20日作业结束，"
     "应在11月4日前申报；县（市、区）农业农村部门依托北斗作业监测数据核验后，核验结果在村（屯）公示7日，公示无异议的由县（市、区）"
     "财政部门通过“一卡（折）通”兑付。",
     ["作业结束后15日内", "公示7日"], [S_JG], f"{JG_TITLE} > 第五条",
     JG_STEPS[0] + "……" + JG_STEPS[2], "procedure", "public", "medium", F_MHT),
    ("同一块地今年先碎混还田、后来又翻埋了一遍，两种补助能不能都领？",
     f"不能。《{JG_RULES}》第四条规定，同一地块同一年度只能享受一种还田方式补助；单个作业主体年度补助面积最高不超过3万亩。",
     ["同一地块同一年度只能享受一种还田方式补助"], [S_JG], f"{JG_TITLE} > 第四条", JG_ARTICLES_2[0],
     "yesno", "public", "easy", F_MHT),
    ("秸秆还田作业补助资金，市级和县级财政现在按什么比例分担？",
     f"按6:4分担：《{JG_RULES}》（{JG_NUMBER}）第六条规定，补助资金由市级财政和县（市、区）财政按6:4分担"
     f"（已废止的{JG_OLD_NUMBER}暂行办法是5:5）。",
     ["按6:4分担"], [S_JG], f"{JG_TITLE} > 第六条", JG_ARTICLES_3[0], "department", "civil_servant", "easy", F_MHT),
    # --- 安家补贴 (DOCX with revisions, amended by the scan) ------------------------------------------------
    ("我今年38岁，去年在外地读完硕士，现在回齐齐哈尔一家企业上班，签了3年合同，社保也交满半年了。我能领安家补贴吗？能领多少？",
     f"能领。{AT_NUMBER}自2026年3月1日起把《{AJ_RULES}》第三条第（二）项的“年龄在35周岁以下”修改为“年龄在40周岁以下”，"
     "您38岁符合；您去年毕业，在毕业5年内，签订1年以上劳动合同、社会保险费缴满6个月也符合。硕士研究生每人30000元，"
     "分两次发放：首次发放50%（15000元），在本市连续就业创业满2年的发放剩余50%。",
     ["年龄在40周岁以下", "每人30000元"], [S_AT, S_AJ], f"{AT_TITLE} > 一", AT_PARAS[2],
     "multi_hop", "public", "hard", F_SCAN),
    ("我是全日制本科毕业生，今年留在齐齐哈尔工作。安家补贴办法上写的本科每人10000元，现在是这个数吗？",
     f"不是。{AT_NUMBER}自2026年3月1日起，把《{AJ_RULES}》第四条第（三）项中的“每人10000元”修改为“每人15000元”，"
     "“《办法》其他规定不变”。现在全日制本科毕业生的安家补贴是每人15000元。",
     ["每人15000元", "《办法》其他规定不变"], [S_AT, S_AJ], f"{AT_TITLE} > 二、三",
     AT_PARAS[3] + "……《办法》其他规定不变。", "numeric", "public", "medium", F_SCAN),
    ("我看到安家补贴文件里硕士那一条有两个数，一个20000元一个30000元，到底是多少？",
     f"是30000元。{AJ_NUMBER}第四条第（二）项现行文字是“硕士研究生每人30000元”；20000元是修订中删除的文字，不再适用。",
     ["硕士研究生每人30000元"], [S_AJ], f"{AJ_TITLE} > 第四条（二）", "（二）硕士研究生每人30000元；",
     "numeric", "public", "medium", F_DOCX),
    ("我2019年本科毕业，在外地工作了好几年，今年回齐齐哈尔上班了。我还算留齐高校毕业生，能领安家补贴吗？",
     f"不能。《{AJ_RULES}》的脚注规定：本办法所称高校毕业生，是指毕业5年内的全日制普通高等学校毕业生，以及技工院校高级工班、"
     "预备技师（技师）班毕业生。您2019年毕业，到2026年已超过毕业5年内的范围，不符合条件。",
     ["毕业5年内"], [S_AJ], f"{AJ_TITLE} > 第二条（脚注）", AJ_FOOTNOTE, "yesno", "public", "hard", F_DOCX),
    ("我博士毕业后留在齐齐哈尔一所高校工作，安家补贴第一次能拿多少？剩下的什么时候给？",
     f"博士研究生安家补贴每人50000元，分两次发放：经审核符合条件的首次发放50%，即25000元；在本市连续就业创业满2年的，发放剩余50%"
     f"（25000元）。同一人只能享受一次（《{AJ_RULES}》第四条、第五条）。",
     ["每人50000元", "首次发放50%"], [S_AJ], f"{AJ_TITLE} > 第四条、第五条",
     "（一）博士研究生每人50000元；……" + AJ_BODY[12][0][1], "numeric", "public", "medium", F_DOCX),
    ("安家补贴在哪儿申请？多长时间审核完？有没有咨询电话？",
     "可以通过“龙江人社”APP或“黑龙江全省事”APP提交申请，也可到就业创业所在地县（市、区）人力资源和社会保障部门窗口申请；"
     "县（市、区）人力资源和社会保障部门自受理之日起15个工作日内完成审核，补贴发放至本人社会保障卡。咨询电话：0452-2785316"
     "（市人力资源和社会保障局人才服务科）。",
     ["15个工作日", "0452-2785316"], [S_AJ], f"{AJ_TITLE} > 第六条、咨询电话",
     "县（市、区）人力资源和社会保障部门自受理之日起15个工作日内完成审核……" + AJ_TEXTBOX,
     "procedure", "public", "easy", F_DOCX),
    ("调整高校毕业生留齐安家补贴标准的通知文号是什么？从哪天起执行？3月1日前已经受理但还没发的按哪个标准？",
     f"文号是{AT_NUMBER}（{AT_TITLE}），自2026年3月1日起施行；2026年3月1日前已受理但尚未发放的，按调整后的标准执行"
     "（年龄在40周岁以下，本科每人15000元），《办法》其他规定不变。",
     [AT_NUMBER, "按调整后的标准执行"], [S_AT], f"{AT_TITLE} > 三", "2026年3月1日前已受理但尚未发放的，按调整后的标准执行。",
     "validity", "civil_servant", "medium", F_SCAN),
    # --- 冰雪运动进校园 (scan: expired 冰场 notice; PDF with the attached 分工表) --------------------------------
    ("我们学校今年冬天又浇了一块2000平方米的冰场，还能按标准冰场每块30000元申请校园冰场浇筑补助吗？",
     f"目前不能按这个文件申请。{BC_NUMBER}只适用于2025—2026年冬季浇筑的冰场，且“本通知自印发之日起施行，有效期至2026年4月30日”，"
     f"现已失效，也没有新的补助文件。按{BX_NUMBER}所附任务分工表，“制定2026—2027年冬季校园冰场浇筑补助办法”由市体育局牵头、"
     "市教育局和市财政局配合，完成时限是2026年12月31日前，请关注新办法。",
     ["有效期至2026年4月30日", "2026年12月31日前"], [S_BC, S_BX], f"{BC_TITLE} > 五", BC_PARAS[6],
     "validity", "public", "hard", F_SCAN),
    ("去年冬天我们村小学浇了一块一千平方米左右的冰场，当时按规定能补多少钱？钱从哪里出？",
     f"按{BC_NUMBER}，面积600平方米以上、不足1800平方米的属于简易冰场，每块补助10000元（标准冰场每块30000元），每所学校最多补助2块；"
     "补助资金从市级体育彩票公益金中列支。该通知有效期至2026年4月30日，已失效。",
     ["每块补助10000元", "市级体育彩票公益金"], [S_BC], f"{BC_TITLE} > 二、四",
     "简易冰场（面积600平方米以上、不足1800平方米）每块补助10000元。……补助资金从市级体育彩票公益金中列支",
     "numeric", "public", "medium", F_SCAN),
    ("冰雪运动进校园三年行动的任务分工里，市教育局牵头哪几项？各自的配合单位和完成时限是什么？",
     f"据{BX_NUMBER}附件《{BX_TABLE_TITLE}》，市教育局牵头4项：1.制定冬季中小学冰雪体育课教学指导意见，配合市体育局，2026年11月30日前；"
     "3.认定第一批市级冰雪运动特色学校，配合市体育局、各县（市、区）人民政府，2027年6月30日前；5.开展冰雪运动教师专项培训，配合"
     "市体育局、市人力资源和社会保障局，每年10月31日前；7.将冰雪运动纳入学生体质健康监测和综合素质评价，配合市卫生健康委员会，"
     "2027年12月31日前。",
     ["2026年11月30日前", "2027年6月30日前", "2027年12月31日前"], [S_BX], f"{BX_TITLE} > 附件 {BX_TABLE_TITLE}",
     _row(BX_ROWS[0]) + "……" + _row(BX_ROWS[2]) + "……" + _row(BX_ROWS[4]) + "……" + _row(BX_ROWS[6]),
     "department", "civil_servant", "hard", F_PDF),
    ("2026—2027年冬季校园冰场浇筑补助办法由哪个部门牵头制定？哪些单位配合？什么时候前完成？",
     f"据{BX_NUMBER}附件《{BX_TABLE_TITLE}》第2项，由市体育局牵头，市教育局、市财政局配合，完成时限为2026年12月31日前。",
     ["市教育局、市财政局", "2026年12月31日前"], [S_BX], f"{BX_TITLE} > 附件 {BX_TABLE_TITLE}（第2项）", _row(BX_ROWS[1]),
     "deadline", "civil_servant", "medium", F_PDF),
    ("孩子上初中，冰雪运动进校园方案里说冬天学校每周要上几节冰雪体育课？学生一个冬天至少参加几次冰雪运动？",
     f"按《{BX_PLAN}》工作目标，冬季（每年12月至次年2月）中小学每周至少安排1节冰雪体育课，中小学生每人每个冬季参加冰雪运动不少于10次。",
     ["每周至少安排1节冰雪体育课", "不少于10次"], [S_BX], f"{BX_TITLE} > {BX_PLAN} > 一、工作目标",
     "中小学每周至少安排1节冰雪体育课，中小学生每人每个冬季参加冰雪运动不少于10次", "numeric", "public", "easy", F_PDF),
    # --- unanswerable -----------------------------------------------------------------------------------------
    ("学校被认定为市级冰雪运动特色学校以后，每所每年能拿到多少补助经费？",
     f"{NF}{BX_NUMBER}的行动方案只提出到2028年认定市级冰雪运动特色学校120所，任务分工表第3项（市教育局牵头，2027年6月30日前认定第一批）"
     "和第6项（市财政局牵头统筹经费保障）都没有规定特色学校的补助金额。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("校园冰场浇筑补助的事，市教育局具体是哪个科室、哪位同志负责？电话多少？",
     f"{NF}{BC_NUMBER}只写明学校向县（市、区）教育局申报、县（市、区）教育局核验后报市教育局，没有写负责科室、联系人和电话；"
     "该通知也已于2026年4月30日到期。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("留齐工作的高校毕业生能不能同时申请人才公寓？配偶随迁过来能不能帮着安排工作？",
     f"{NF}{AJ_NUMBER}及其调整通知只规定了安家补贴的条件、标准和发放方式（同一人只能享受一次安家补贴），没有人才公寓和配偶随迁就业的规定。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("我在大庆市做秸秆还田作业，大庆的秸秆还田补助每亩多少钱？",
     f"{NF}这些文件只涉及齐齐哈尔市的秸秆还田作业补助（{JG_NUMBER}：翻埋还田每亩40元、碎混还田每亩25元），没有大庆市的标准。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("我家住老旧小区，今年改造供热管网，户内换暖气片有没有补贴？",
     f"{NF}这些文件涉及秸秆还田作业补助、高校毕业生留齐安家补贴和冰雪运动进校园，没有老旧小区供热管网改造或户内改造补贴的内容。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("留在齐齐哈尔工作的高校毕业生，租房的话每个月有多少租房补贴？",
     f"{NF}《{AJ_RULES}》现行条文只规定安家补贴（博士每人50000元、硕士每人30000元、本科现为每人15000元、专科和技工院校每人5000元），"
     "没有租房补贴；文件修订稿中的租房补贴一项已在修订中删除，审阅意见也建议删除，不是现行规定。",
     [], [], None, None, "unanswerable", "public", "hard", None),
]


# =============================================================================================
# README
# =============================================================================================

README = f"""# city20: a blind fixture of 齐齐哈尔市 (黑龙江省) policy documents

A small corpus of policy documents of a twentieth held-out city, 齐齐哈尔市, and 30 questions about them, for checking that
policyqa works on documents it has never seen, in kinds of file not tried in the earlier fixtures: an **Excel 2003 XML
spreadsheet (SpreadsheetML) saved under an `.xls` name** (a 财政 资金分配表 with merged and index-skipped cells, number formats,
a date cell, a cell comment and a sheet of 填报说明), a **Word document saved as a single-file web page (`.mht`)** (MIME
`multipart/related`, a gb2312 HTML part in quoted-printable, Word's HTML, a `filelist.xml` part and a VML picture), a
**scanned two-column gazette issue** (page images only), a **text PDF whose 任务分工表 is an `.xlsx` attached inside it**, a
**`.docx` published with its tracked changes, a footnote, a reviewer's comment and a text box**, and an **old portal page
in GBK that declares gb2312**. The city, its counties and districts (讷河市, 依安县, 拜泉县, 克山县, 克东县, 富裕县, 甘南县, 龙江县,
泰来县; 龙沙区, 建华区, 铁锋区, 昂昂溪区, 富拉尔基区, 碾子山区, 梅里斯达斡尔族区), the departments and bodies ({SZFB}, 市农业农村局,
市财政局, 市人力资源和社会保障局, 市教育局, 市体育局, 市卫生健康委员会, 市发展和改革委员会, 团市委), the apps “黑龙江全省事” and
“龙江人社”, the area code 0452, the city's byname 鹤城 (a navigation link) and the portal domain www.qqhr.gov.cn are real. Every
document, 文号, 索引号, figure, date, task given to a body, address, person (王堃, the reviewer 赵), phone number, URL path,
网站标识码/ICP/公安备案 number, the gazette's issue number and colophon, and what the apps are said to do is invented. Nothing is
taken from a real document.

The content is consistent across documents. **秸秆还田**: the `.mht` holds 《{JG_TITLE}》 ({JG_NUMBER}, 2026年3月5日, in force
2026-04-01 to 2031-03-31): **翻埋还田 每亩40元 / 碎混还田 每亩25元** (an `MsoTableGrid` table; the swap pair), 同一地块同一年度只能享受一种,
最高3万亩, the 申报 steps as a Word list (作业结束后15日内, 北斗 核验, 公示7日, 一卡（折）通), 市县 **6:4**, and 第九条 “{JG_OLD_NUMBER}
**同时废止**”. The GBK page holds that **repealed** 《{JG_OLD_TITLE}》 ({JG_OLD_NUMBER}, 2024年4月8日, 发布 2024-04-12): 翻埋 每亩补助30元,
碎混 每亩补助20元, 作业结束后10日内, 公示5日, 5:5, **“有效期至2028年4月30日”**; neither its text nor its 信息索引表 (有效性: **有效**)
says it was repealed. The SpreadsheetML 《{XLS_TITLE}》 (下达日期 2026-04-20) allocates money to nine counties at 40元 and 25元 per 亩
(拜泉县 **1355.1** 万元, shown 1355.10; 泰来县 翻埋 “不安排”; 合计 300.28万亩, 9441.1万元); only its cell comment says the counties must pay
the 作业主体 **作业核验公示结束后30日内**, only its 填报说明 that the remainder goes back **2027年3月31日前**. **高校毕业生留齐安家补贴**:
the `.docx` holds 《{AJ_TITLE}》 ({AJ_NUMBER}, 2025年4月15日, in force 2025-06-01 to 2030-05-31), a 征求意见稿 published with its
revisions: title “（征求意见稿）” deleted; 博士 每人50000元; 硕士 每人~~20000元~~**30000元**; 本科 每人~~8000元~~**10000元**; 专科/技工院校
每人5000元; a whole clause “（五）…每人每月600元租房补贴，最长24个月” **deleted**; 审核 ~~20个工作日~~**15个工作日**; **年龄在35周岁以下**,
社保 满6个月, 首次发放50% / 满2年 剩余50%; the **footnote**: 高校毕业生 = **毕业5年内** …; the **comment** (市财政局 赵) asks to delete the
租房补贴 and keep 本科 at 8000元; the **text box**: 咨询电话 0452-2785316. The scanned gazette's 《{AT_TITLE}》 ({AT_NUMBER}, 2026年2月10日)
**amends** it from 2026-03-01: “年龄在35周岁以下” → **“年龄在40周岁以下”**, “每人10000元” → **“每人15000元”**, “《办法》其他规定不变”.
**冰雪运动进校园**: the same gazette issue first prints 《{BC_TITLE}》 ({BC_NUMBER}, 2026年1月12日): 标准冰场（1800平方米以上）每块
30000元 / 简易冰场（600平方米以上、不足1800平方米）每块10000元, 最多2块, 申报 2026年2月15日前, 体育彩票公益金, **“有效期至2026年4月30日”:
expired, no successor**. The PDF 《{BX_TITLE}》 ({BX_NUMBER}, 2026年9月18日) sets the targets (120所 特色学校, 每周至少1节冰雪体育课,
不少于10次); its attached 《{BX_TABLE_TITLE}》 (8 rows) has **市教育局 leading rows 1, 3, 5, 7 with different 配合 and 时限** and row 2
“制定2026—2027年冬季校园冰场浇筑补助办法” (市体育局, 2026年12月31日前), which is why the 冰场 notice has no successor on the as-of date.

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏, 潍坊/山东,
柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西, 遵义/贵州, 曲靖/云南, 宝鸡/陕西, 天水/甘肃, 邢台/河北, 江门/广东)
occurs in a corpus file (checked as substrings of every text a reader gets and of the raw and decoded bytes); 大庆 occurs only in a
question, 哈尔滨 nowhere. The topics are new as far as the helper could see (it read only the opening text of city2 … city18's
READMEs and the whole of city19's): 秸秆还田作业补助 (with a repealed 暂行办法), 高校毕业生留齐安家补贴 (with an amendment) and
冰雪运动进校园 (an expired 冰场 补助 notice and a 任务分工). 城镇困难群众冬季取暖补贴 was avoided because city7 had a heating subsidy;
老旧小区供热管网改造 is used only as a never-mentioned topic.

**Who wrote it and what they saw.** A helper session wrote it from a brief (`/tmp/c20/brief.md`). It did not read the system's code
(`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`, `tests/integration/`, `tests/e2e/`), any `out/`,
`var/`, `/tmp/dbg` or `/tmp/snap` folder, or other cities' generators and qa files besides those named here; it did not run policyqa,
pytest or `git status`/`git diff`/`git log`, and committed nothing. It read `tests/data/city19/README.md` (whole), the first six lines
of `tests/data/city19/qa.jsonl`, `tests/support/make_city19_fixtures.py` (lines 1–200, 321–360 and 1560–1648, and a grep of its
`def`/constant/import lines), `tests/support/print_lines.py` and `tests/support/qa_lines.py` (whole; `cjk_face`, `wrap_cjk` and
`qa_jsonl` are imported by the generator), and of each of `tests/data/city2/README.md` … `tests/data/city18/README.md` the text before
`## Files`, cut at its first 1,500 bytes (and a search of those cuts for topic words: 供热 in city7, 体育 and 学生 only as department
names in city12 and city14). Outside that list it read the `[tool.ruff]` and `[tool.ruff.lint]` sections of `pyproject.toml`,
listed the folder names of `tests/data/` and `tests/support/` (no `city20` existed), the names in `.venv/bin/` filtered for
ruff/python, and the machine's CJK fonts (`fc-list :lang=zh`: WenQuanYi Zen Hei and Noto Sans/Serif CJK). Of installed libraries it
read pikepdf's `AttachedFileSpec.__init__` docstring and looked at the member list of python-docx's default template. No answer was
tuned against the system; the command below had **not been run** on this fixture when it was handed over. Everything was made and
checked in a separate venv (`/tmp/c20venv`: reportlab 5.1.0, pikepdf 10.18.0, pypdfium2 5.15.2, python-docx 1.2.0, lxml 6.2.1,
Pillow 13.0.0, openpyxl 3.1.5, ruff 0.17.6) with WenQuanYi Zen Hei for the text PDF and Noto Serif/Sans CJK SC for the scan. Outside
tools run on corpus files: lxml for the `.xls`, the `.docx` parts and the page; Python's `email` and lxml for the `.mht`; python-docx
for the `.docx` (`Paragraph.text`); pypdfium2 and pikepdf for both PDFs and openpyxl for the attached `.xlsx`. The scan's first page
and the text PDF's first page were rendered with pdfium and looked at. No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `{F_XLS}` | 《{XLS_TITLE}》 (市财政局农业科, 下达日期 2026-04-20), by the standards of {JG_NUMBER} | **SpreadsheetML (Excel 2003 XML) under an `.xls` name**: `<?xml version="1.0"?>`, `<?mso-application progid="Excel.Sheet"?>`, `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss=…>`, `DocumentProperties` (Title, Author, Created, LastSaved, Company), `ExcelWorkbook`, `Styles` with `NumberFormat`s (`0.00`, `0`, a Chinese date format) and three `Worksheet`s. **资金分配表**: a title row with `ss:MergeAcross="7"`; 序号, 县（市） and 县合计 cells with **`ss:MergeDown="1"`**, written once on the county's first row, so each second row (碎混还田) starts with **`ss:Index="3"`** and has no county name; numbers stored as Excel writes them (**`1355.1`**, `855.6`, `26.5`) and shown as `1355.10`, `855.60`, `26.50` through the style's `0.00`; 泰来县's 翻埋 row has **no area, rate or money: `ss:Index="7"` jumps to its 县合计 (259) and then the 备注 “不安排”**, so a reader that ignores `ss:Index` puts 259 under 计划作业面积; a **`DateTime` cell `2026-04-20T00:00:00.000`**; the header cell “补助资金（万元）” carries an **`ss:Comment`** holding the only 兑付 deadline (作业核验公示结束后30日内). **补助标准**: the two rates. **填报说明**: a sheet of text only (预拨, 多退少补, 2027年3月31日前, 泰来县, the city districts 另行下达). |
| `{F_MHT}` | {JG_TITLE} ({JG_NUMBER}, 2026年3月5日) | **A Word “单个文件网页” (`.mht`)**: `MIME-Version`, `multipart/related` with a literal `----=_NextPart_…` boundary, the English preamble, three parts with `Content-Location`s under `file:///C:/5E3F2A70/`: the HTML **`text/html; charset="gb2312"` in quoted-printable** (Chinese as `=C6=EB…`, lines soft-broken with `=` at 76 characters, `=3D` for `=`, CRLF), `image001.png` in base64 (a QR-like 二维码, fixed seed) and `filelist.xml`. The HTML is Word 15's: `<html xmlns:v xmlns:o xmlns:w xmlns:m …>`, `<meta name=Generator content="Microsoft Word 15">`, `<!--[if gte mso 9]><xml>` blocks of `o:DocumentProperties` and `w:WordDocument`, a `<style>` of `mso-` rules, `class=MsoNormal` paragraphs with `<o:p></o:p>`, a page break `<br clear=all style='…page-break-before:always'>`, the **补助标准 table `class=MsoTableGrid`** (the only place with 每亩40元 / 每亩25元 besides the spreadsheet), the 第五条 steps as **`MsoListParagraph`s whose numbers sit in `<![if !supportLists]>…<![endif]>`**, and the picture as **VML** (`<!--[if gte vml 1]><v:shape><v:imagedata src=…>` with an `<![if !vml]><img>` fallback). 第九条: “{JG_OLD_NUMBER}同时废止”. |
| `{F_SCAN}` | 《{GAZETTE}》{GAZETTE_ISSUE}, pages {GAZETTE_PAGES[0]}–{GAZETTE_PAGES[1]}: {BC_NUMBER} and {AT_NUMBER} | **Image-only PDF** (pikepdf; two A4 pages, each one grey JPEG at 200 dpi, **no text layer**). Each page: a running head (公报 name and 期号, swapped left/right on the even page) over a double rule, **two columns** with a vertical rule, a folio “— 21 —”, “— 22 —”; drawn with Pillow in Noto Serif CJK SC (body) and Noto Sans CJK SC Bold (titles), then **turned {SCAN_ANGLES[0]}° and {SCAN_ANGLES[1]}°**, blended with 7 % noise (`random.Random({SCAN_SEED})`) and blurred. {BC_NUMBER} fills the left column and runs into the right one, where its **“有效期至2026年4月30日”** stands; {AT_NUMBER} **starts in the middle of the right column** right after its signature, its items 一 (40周岁) and 二 (15000元) are in the right column, and its item 三 runs over the page break (“…自2026年3月1日起施” / “行。…《办法》其他规定不变。” on page 22), followed by the gazette's colophon. |
| `{F_PDF}` | {BX_TITLE} ({BX_NUMBER}, 2026年9月18日) | **A text PDF with its 附件 inside** (reportlab, WenQuanYi Zen Hei subset with ToUnicode, then pikepdf; deterministic /ID and fixed dates): page 1 a 红头 (“{SZFB}文件” in red, a red rule), the 通知 and **“附件：{BX_TABLE_TITLE}（见本文件附件）”** with a **`/FileAttachment` annotation** (PushPin) beside it; page 2 the 方案 (targets, 4 tasks, 保障措施), 抄送 and 印发 lines. The 分工表 is **not printed**: it is `{BX_XLSX_NAME}`, an `.xlsx` (hand-written OOXML: shared strings, a merged title row, fixed core properties and zip times) in the document's **`/Names /EmbeddedFiles`** tree (with `/Params` dates and a MIME subtype), the same file spec the annotation points to. Only the attachment says who leads what (市教育局 rows 1, 3, 5, 7; 市体育局 2, 4, 8; 市财政局 6) and by when. |
| `{F_DOCX}` | {AJ_TITLE} ({AJ_NUMBER}, 2025年4月15日) | **A `.docx` published with its revisions** (python-docx's template and core properties, the body, footnotes and comments parts written as XML, re-zipped with fixed times; `w:trackRevisions` on in `settings.xml`): **`w:del`/`w:ins` runs** — title “（征求意见稿）” deleted, 硕士 ~~20000元~~30000元, 本科 ~~8000元~~10000元, a whole 第四条（五） 租房补贴 clause deleted, 审核 ~~20个工作日~~15个工作日, “；”→“。”; **python-docx's `Paragraph.text` drops the inserted runs** (it reads “硕士研究生每人；”), and a reader that keeps `w:delText` reads “每人20000元30000元”. A **footnote** (`word/footnotes.xml`, with separator footnotes −1 and 0) on 第二条 holds the only definition of 高校毕业生 (毕业5年内). A **comment** (`word/comments.xml`, by 市财政局社会保障科 赵, spanning 第四条（三） to the deleted （五）) says 8000元 and asks to delete the 租房补贴: not the notice's text. A **text box** (`wps:txbx` in `mc:Choice` with a VML `v:textbox` fallback, so its text appears twice in the XML) holds the 咨询电话. The age (35周岁) and the 本科 figure (10000元) were **amended** in 2026 (the scan). |
| `{F_HTML}` | {JG_OLD_TITLE} ({JG_OLD_NUMBER}, 2024年4月8日, 发布 2024-04-12) | **An old CMS page in GBK under `<meta … charset=gb2312>`** (the contact **王堃**: 堃 is not in GB2312, so a strict gb2312 decoder fails on it), HTML 4.01 Transitional, laid out with **nested `<table>`s** (a 1000-px frame, a navigation row, breadcrumbs, a content cell and a 250-px sidebar); a **信息索引表** (索引号, 主题分类, 发文机关, 成文日期, 文号, 发布日期, 标题, **有效性: 有效**); the body in **`<div id="zoom">`** with **`<br>` line breaks and `&nbsp;` indents, no `<p>`**; a 附件下载 table linking two `.doc` files by name; a **相关文件 sidebar** naming four other (invented) notices; print/close links; a footer (主办, 承办, 网站标识码, ICP, 公安备案). The **repealed** 暂行办法: its own text says “有效期至2028年4月30日” and the index says 有效; only the `.mht` says it was repealed (30元 / 20元 / 10日内 / 5日 / 5:5 are only here). |

All six files are written by `tests/support/make_city20_fixtures.py` (see its docstring), together with this README and
`qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c20-001`…`c20-030`, in the format of `tests/data/city19/qa.jsonl` (same fields, same order): `id`, `question`,
`answer`, `key_facts` (1–3 short strings copied verbatim from a document's text), `sources` (`doc_number`, `doc_title`),
`section` (title > section path), `evidence` (verbatim; “……” marks a gap, table rows are given as their cells separated by
spaces, the spreadsheet's rows as the cells a reader gets in XML order), `type`, `persona`, `difficulty`, `corpus_file`.
Multi-issuer `doc_title`s join issuers with a space, as the documents print them. The spreadsheet has `doc_number` null (its
title). A key fact may stand in any of a question's sources' files.

- c20-001 … c20-012 (秸秆还田): c20-001 a computation from the `.mht`'s table row (300亩 × 每亩40元 = 12000元); **c20-002 two groups
  a careless reader swaps** (碎混 每亩25元, not 翻埋's 40元); **c20-003 the repealed 暂行办法 asked as if current** (“同时废止” in the
  `.mht`; its own 有效期 runs to 2028-04-30 and the page says 有效); **c20-004 values only in the old page's body** (20元, 10日内; now
  25元, 15日内); **c20-005 a value only in a `MergeDown` cell** (拜泉县 1355.1 shown 1355.10, 855.6); **c20-006 a row that starts with
  `ss:Index`** (依安县 碎混 23.76万亩, 594万元); **c20-007 the row whose empty cells are skipped** (泰来县: “不安排”, 10.36万亩, 259万元);
  **c20-008 only in a cell comment** (作业核验公示结束后30日内); c20-009 the `DateTime` cell and the 填报说明 sheet (2026-04-20,
  2027年3月31日前); **c20-010 only in the Word list** (作业结束后15日内, 公示7日; 10月20日 → 11月4日前); c20-011 one 还田方式 per 地块
  (yes/no); c20-012 civil servant: 6:4.
- c20-013 … c20-019 (安家补贴): **c20-013 a 硕士 of 38** (age amended 35 → 40 in the scan's right column; 30000元 only in inserted
  text); **c20-014 the amended figure** (本科 15000元, not 10000元; “《办法》其他规定不变”); **c20-015 inserted, not deleted, text**
  (30000元, not 20000元); **c20-016 only in the footnote** (毕业5年内: a 2019 graduate is out); c20-017 a computation (博士 50000元 ×
  50% = 25000元 first); c20-018 the procedure and the **text box's phone** (15个工作日 is inserted text); c20-019 civil servant: 文号,
  施行 2026-03-01, 已受理未发放 按调整后的标准 (on the second scanned page).
- c20-020 … c20-024 (冰雪运动进校园): **c20-020 the expired notice asked as if current** (有效期至2026年4月30日 in the scan's right column;
  no successor: 分工表 row 2, 2026年12月31日前); c20-021 the swap pair of the expired notice (简易冰场 10000元 / 标准冰场 30000元);
  **c20-022 the four rows 市教育局 leads** (1, 3, 5, 7 with their 配合 and 时限; only in the attached `.xlsx`); **c20-023 row 2, only in
  the attachment**; c20-024 the 方案's targets (PDF text).
- c20-025 … c20-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no sources):
  **c20-025 a figure not given on a covered topic** (特色学校 补助经费: the 方案 and 分工表 give none); **c20-026 a person/phone not named**
  (冰场 补助 科室, 联系人, phone); **c20-027 two parts, neither answered** (人才公寓, 配偶随迁就业); **c20-028 another city** (大庆市: in
  no file); **c20-029 a topic never mentioned** (老旧小区供热管网改造); **c20-030 the figure only the deleted revision states** (租房补贴:
  the clause is deleted and the comment asks to delete it).

Personas: 20 public, 10 civil_servant (answerable: 15 and 9). Files as `corpus_file`: `.mht` 6, `.xls` 5, scan 5, `.docx` 4, text
PDF 3, GBK page 1, none 6. Types: numeric 11, validity 3, deadline 3, procedure 2, yesno 2, department 2, multi_hop 1, unanswerable 6.
Difficulty: 7 easy, 13 medium, 10 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: **{JG_NUMBER}** (from
2026-04-01 to 2031-03-31) and the spreadsheet that allocates money under it; **{AJ_NUMBER} (from 2025-06-01 to 2030-05-31) as amended
by {AT_NUMBER} from 2026-03-01** (年龄在40周岁以下, 本科 每人15000元; the rest unchanged, its current text being the inserted one);
**{BX_NUMBER}** with its attached 任务分工表. **Not in force: {JG_OLD_NUMBER} (repealed from 2026-04-01, although its own 有效期 runs to
2028-04-30 and its page says 有效) and {BC_NUMBER} (有效期至2026年4月30日, no successor yet: the new 办法 is due by 2026-12-31).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city20/qa.jsonl --corpus tests/data/city20/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs `apt-get install fonts-wqy-zenhei fonts-noto-cjk`):

```
python3 -m venv /tmp/c20venv && /tmp/c20venv/bin/pip install reportlab pikepdf python-docx lxml Pillow pypdfium2 openpyxl
cd /work/main && PYTHONPATH=. /tmp/c20venv/bin/python tests/support/make_city20_fixtures.py
```

Generation takes a few seconds (the scan). Two runs into two fresh folders give every file they write byte for byte (checked with
sha256sum: the six corpus files, `qa.jsonl` and this README): the `.docx` and the attached `.xlsx` are zipped with one fixed
timestamp and fixed member order, the `.mht`'s boundary and `Content-Location`s are literal, reportlab runs with `invariant=1`,
pikepdf writes a deterministic /ID and the docinfo and attachment dates are literal, the scan's noise comes from a seeded
`random.Random`, and every date in the texts is literal. Another reportlab, pikepdf/qpdf, python-docx (its template), Pillow/libjpeg or
font version can change the bytes.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city19's fields in city19's order, and the ids run `c20-001`…`c20-030`; the 6
  unanswerable lines have `key_facts` [], `sources` [], `section`/`evidence`/`corpus_file` null and answers starting
  “文件中未找到相关规定。”; the counts above;
- every source's title and 文号 (where it has one) is found in a corpus file's text; every key fact occurs in its answer and, with
  whitespace removed, in the text of one of its sources' files as a reader gets it, and every evidence part (“……” splits it)
  likewise in its `corpus_file`: for the `.xls` lxml's reading of each `Row`'s `Data` in XML order (plus the comment's text); for the
  `.mht` Python's `email` (quoted-printable, gb2312) and lxml's reading of the HTML's paragraphs and table rows; for the scan the lines
  the generator drew; for the text PDF pypdfium2's page text and openpyxl's reading of the attachment pikepdf extracts; for the `.docx`
  the `w:t`s of each paragraph of `document.xml`, `footnotes.xml` and `comments.xml` **without `w:delText`**; for the page the GBK
  decoding read by lxml (信息索引表 rows, `div#zoom` with `<br>` as line ends, links);
- **no key fact and no evidence part of an answerable question stands only in deleted text or in the comment** (the `.docx` checks
  above leave out `w:delText` and `comments.xml`), and the 租房补贴 of c20-030 occurs only in `w:delText` and the comment;
- the `.xls`: well-formed XML, 3 `Worksheet`s, 4 `ss:MergeAcross` and 27 `ss:MergeDown` cells (序号, 县（市） and 县合计 of 9 counties),
  14 cells with `ss:Index`, one `DateTime`, one `Comment`; the `.mht`: Python's `email` finds 3 parts (html, png, xml), the HTML decodes as gb2312 and holds
  `MsoTableGrid`, `supportLists`, `v:imagedata` and the Word 15 generator; the scan: 2 pages, no text (pdfium finds 0 characters),
  each page one `/DCTDecode` image; the text PDF: 2 pages, `/EmbeddedFiles` holds the `.xlsx` (openpyxl reads its 8 rows), page 1's
  `/FileAttachment` annotation points to the same file spec, the WenQuanYi subsets carry `/ToUnicode` (Helvetica, unused, does not);
  the `.docx`: python-docx opens it (and its `Paragraph.text` gives “（二）硕士研究生每人；”), 4 `w:ins` and 6 `w:del`, 1 footnote
  reference, 1 comment, the text box's two `w:txbxContent`s; the page: GBK bytes that do not decode as gb2312 (because of 堃), a `charset=gb2312` meta, `div#zoom`;
- the words of the unanswerable questions (大庆, 哈尔滨, 供热, 暖气, 人才公寓, 随迁) and the earlier fixtures' cities and provinces occur in
  no file's text nor in the raw or decoded files and members (as substrings);
- `ruff check --no-cache` (the venv's ruff, the project's settings) passes on the generator;
- generation twice into fresh folders: byte-identical (sha256sum); every file under 2 MB (the scan, the largest, about 470 KB).

Not checked: how Excel, WPS or LibreOffice open the SpreadsheetML under an `.xls` name (no office suite on the machine; the XML
was written by hand after Excel 2003's layout and read back only with lxml), how Word, Internet Explorer or a browser open the `.mht`,
how Word shows the `.docx`'s revisions, comment and text box, how an OCR engine reads the scan (no OCR was run: the check used the text
the generator drew), whether a PDF viewer lists the attachment in its panel (only pikepdf and pypdfium2 were used), and whether the
addresses, phone numbers, 索引号, 网站标识码/ICP numbers and URL paths exist (all invented).
"""


# =============================================================================================
# main
# =============================================================================================


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city20 (齐齐哈尔市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR, help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_XLS).write_bytes(make_xls())
    (corpus / F_MHT).write_bytes(make_mht())
    (corpus / F_SCAN).write_bytes(make_scan())
    (corpus / F_PDF).write_bytes(make_bx_pdf())
    (corpus / F_DOCX).write_bytes(make_docx())
    (corpus / F_HTML).write_bytes(make_html())
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c20", QA), encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

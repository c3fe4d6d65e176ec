"""Writes the 遵义市 (贵州省, city14) fixture: tests/data/city14/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs python-docx, openpyxl, lxml, Pillow and a CJK font
(Noto Sans/Serif CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3 -m venv /tmp/c14venv
    /tmp/c14venv/bin/pip install python-docx openpyxl lxml reportlab Pillow pypdfium2
    cd /work/main && PYTHONPATH=. /tmp/c14venv/bin/python tests/support/make_city14_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city14``; the corpus goes to ``DIR/corpus``. Every file is written by
this script: the two HTML pages as literal text (one of them encoded in GBK), the scanned PDF object by
object, the DOCX and the XLSX re-zipped with one fixed timestamp and fixed dates, the scan's skew and
specks and the screenshot from fixed seeds, so a rerun gives the same bytes with the same fonts and
library versions. Everything in the documents (文号, 索引号, figures, dates, people, phone numbers, URL
paths, tasks) is invented; the city, its districts and counties and the departments are real.

- ``zunyi-xueqian-zizhu-saomiao.pdf``: 遵市教发〔2026〕58号, **an image-only scan** (three greyscale JPEG
  pages at 200 dpi, no text layer) that **amends** the DOCX's 资助标准 (600元 → 900元, 1000元 → 1300元)
  and 申请 period (30日 → 45日); **its third page is a landscape table stored turned by 90° with the
  page's /Rotate set to 90**, holding the 合计, the 市/县 shares and the 发放 dates found nowhere else.
- ``meitan-xueqian-zizhu-2023-gbk.html``: 遵市教发〔2023〕9号 reposted on a county portal, **GBK bytes under
  a ``charset=gb2312`` meta** (names with 镕, 喆, 堃), layout tables, ``font`` tags and a 政策解读 of 问/答;
  **repealed** by the DOCX from 2026-03-01.
- ``zunyi-wenlv-shuqi-jiedu-jietu.png``: a phone screenshot (1080 px wide) of a 政务公众号 解读 of
  遵市文广旅发〔2026〕31号 (暑期景区门票优惠), **有效期至2026年8月31日: expired, no successor**.
- ``zunyi-chaye-renwu-fengong.xlsx``: the 任务分工表 of 遵府办发〔2026〕9号 (茶产业三年行动方案): merged 牵头单位
  cells, a 备注 row, a 补贴标准 sheet and **a hidden sheet with the 征求意见稿's other figures**.
- ``zunyi-xueqian-zizhu-tongzhi.docx``: 遵市教发〔2026〕12号 (学前教育幼儿资助), **the 文头 and 文号 in a text
  box** (``mc:AlternateContent``, ``wps:txbx`` and its VML fallback), the 文号 in the page header, **items
  numbered by ``w:numPr`` (一、（一） not in the text)** and **a 资助标准 table whose cells hold tables**.
- ``zunyi-12345-zhengce-wenda.html``: a 12345 热线 政策问答 page (学前资助, 计划生育家庭扶助, 茶园补贴), each 答
  citing a notice by title and 文号, and a 相关文件 sidebar naming notices of other cities.
"""

from __future__ import annotations

import argparse
import datetime
import html
import io
import math
import random
import re
import sys
import zipfile
from pathlib import Path

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city14"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

F_SCAN = "zunyi-xueqian-zizhu-saomiao.pdf"
F_GBK = "meitan-xueqian-zizhu-2023-gbk.html"
F_SHOT = "zunyi-wenlv-shuqi-jiedu-jietu.png"
F_XLSX = "zunyi-chaye-renwu-fengong.xlsx"
F_DOCX = "zunyi-xueqian-zizhu-tongzhi.docx"
F_FAQ = "zunyi-12345-zhengce-wenda.html"


# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

JY, CZ = "遵义市教育局", "遵义市财政局"

XQ_NUMBER = "遵市教发〔2026〕12号"
XQ_TITLE = f"{JY} {CZ}关于做好学前教育幼儿资助工作的通知"
XQ_DATE = "2026年2月16日"

TZ_NUMBER = "遵市教发〔2026〕58号"
TZ_TITLE = f"{JY} {CZ}关于调整学前教育幼儿资助标准的通知"
TZ_ANNEX = "调整后的学前教育幼儿资助标准及资金分担表"
TZ_DATE = "2026年8月20日"

OLD_NUMBER = "遵市教发〔2023〕9号"
OLD_TITLE = f"{JY} {CZ}关于进一步做好学前教育资助工作的通知"
OLD_DATE = "2023年3月8日"
OLD_RULES = "遵义市学前教育资助管理暂行办法"
OLD_RULES_NUMBER = "遵市教发〔2019〕35号"

WL_NUMBER = "遵市文广旅发〔2026〕31号"
WL_TITLE = "遵义市文化广电旅游局关于开展2026年暑期景区门票优惠活动的通知"

CY_NUMBER = "遵府办发〔2026〕9号"
CY_PLAN = "遵义市茶产业高质量发展三年行动方案（2026—2028年）"
CY_TITLE = f"遵义市人民政府办公室关于印发{CY_PLAN}的通知"
CY_TABLE = "遵义市茶产业高质量发展三年行动方案（2026—2028年）重点任务分工表"

JS_NUMBER = "遵市卫健发〔2026〕17号"
JS_TITLE = "遵义市卫生健康局 遵义市财政局关于调整计划生育家庭奖励扶助和特别扶助金标准的通知"

ADDR_JY = "各县（市、区）教育局、财政局："
TEL_ZZ = "0851-28222134"  # 市教育局学生资助管理中心
TEL_MT = "0851-24221576"  # 湄潭县教育局学生资助中心
TEL_12345 = "12345"


# =============================================================================================
# The documents' text
# =============================================================================================

# 1. The DOCX (遵市教发〔2026〕12号). ("1", lead, body) an item numbered by w:numPr at level 0 (一、),
# ("2", "", body) one at level 1 (（一）), ("", "", body) a plain indented paragraph, ("#TABLE", …) the table.
XQ_INTRO = ("为进一步健全学前教育资助制度，保障家庭经济困难幼儿接受普惠性学前教育，根据国家和省有关规定，结合我市实际，"
            "现就做好学前教育幼儿资助工作通知如下：")
XQ_OBJECT = ("在本市经教育行政部门审批设立的公办幼儿园和普惠性民办幼儿园就读、入园当年9月1日前年满3周岁的在园幼儿中，"
             "下列家庭经济困难幼儿可以申请资助：")
XQ_CLASSES = ["特困供养幼儿、孤儿和事实无人抚养儿童（以下称一类幼儿）；", "最低生活保障家庭幼儿（以下称二类幼儿）；",
              "低保边缘家庭幼儿、残疾幼儿和烈士子女（以下称三类幼儿）。"]
XQ_NONLOCAL = ("非本市户籍幼儿随父母在本市居住、父母一方持有本市居住证的，凭户籍所在地有关部门出具的家庭经济困难认定证明，"
               "与本市户籍幼儿同等享受资助。同一幼儿符合多个类别的，按照就高原则享受其中一个类别的资助，不得重复享受。")
XQ_STD_LEAD = "资助包括减免保育教育费和发放生活补助两项，按照资助类别分档确定，具体标准见下表："
XQ_TABLE_HEAD = ("资助类别", "资助对象", "资助内容")
XQ_TABLE_ROWS = [
    ("一类", "特困供养幼儿、孤儿和事实无人抚养儿童",
     [("保育教育费", "全部免除，每生每年不超过2400元"), ("生活补助", "每生每年1200元")]),
    ("二类", "最低生活保障家庭幼儿", [("保育教育费", "减免每生每年1600元"), ("生活补助", "每生每年600元")]),
    ("三类", "低保边缘家庭幼儿、残疾幼儿和烈士子女", [("保育教育费", "减免每生每年1000元"), ("生活补助", "不享受")]),
]
XQ_PAY = ("保育教育费减免部分由幼儿园在收费时直接减免；生活补助由县（市、区）教育局按学期通过银行卡直接发放至幼儿监护人"
          "账户。")
XQ_APPLY = ("幼儿监护人于每学期开学后30日内向就读幼儿园提出申请，填写《遵义市学前教育幼儿资助申请表》，并提供户口簿或者"
            "本市居住证、家庭经济困难证明材料。幼儿园初审并在园内公示5个工作日无异议后，报县（市、区）教育局审核。最低生活"
            "保障家庭、特困供养等信息可以通过部门数据共享核实的，不再要求提供证明材料。")
XQ_FUNDS = ("所需资金由市、县两级财政共同承担，分担比例由市财政局会同市教育局另行明确。幼儿园应当从事业收入中提取3%至5%"
            "的资金，用于资助家庭经济困难幼儿。")
XQ_REQ = ("各县（市、区）教育局要建立学前教育资助管理台账，严禁虚报冒领、截留挪用资助资金。咨询电话："
          f"{TEL_ZZ}（市教育局学生资助管理中心）。")
XQ_END = (f"本通知自2026年3月1日起施行，有效期5年。《{OLD_RULES}》（{OLD_RULES_NUMBER}）、《{OLD_TITLE.replace(' ', '')}》"
          f"（{OLD_NUMBER}）同时废止。")
XQ_ITEMS: list[tuple[str, str, str]] = [
    ("1", "资助对象。", XQ_OBJECT),
    *[("2", "", c) for c in XQ_CLASSES],
    ("", "", XQ_NONLOCAL),
    ("1", "资助标准。", XQ_STD_LEAD),
    ("#TABLE", "", ""),
    ("", "", XQ_PAY),
    ("1", "申请程序。", XQ_APPLY),
    ("1", "资金保障。", XQ_FUNDS),
    ("1", "工作要求。", XQ_REQ),
    ("1", "施行日期。", XQ_END),
]

# 2. The scan (遵市教发〔2026〕58号): pages 1 and 2 in portrait, page 3 the landscape 附件
TZ_PARAS = [
    f"《{XQ_TITLE.replace(' ', '')}》（{XQ_NUMBER}，以下简称《通知》）印发以来，各地认真落实学前教育资助政策。为进一步"
    "减轻家庭经济困难幼儿家庭负担，经市人民政府同意，现对《通知》有关内容调整如下：",
    "一、将《通知》第二条资助标准表中二类幼儿生活补助的“每生每年600元”修改为“每生每年900元”。",
    "二、将《通知》第二条资助标准表中三类幼儿的保育教育费减免标准由“每生每年1000元”修改为“每生每年1300元”。",
    "三、将《通知》第三条中的“每学期开学后30日内”修改为“每学期开学后45日内”。",
    "四、《通知》第四条所称市、县两级财政分担比例，按照本通知附件执行。各县（市、区）财政局要及时足额安排本级资金，"
    "确保资助资金按时发放到位。",
    "五、本通知自2026年9月1日起施行，2026年秋季学期起按照调整后的标准执行。《通知》其他内容不变。",
    f"联系人：市教育局学生资助管理中心杨晓梅，电话：{TEL_ZZ}。",
    f"附件：{TZ_ANNEX}",
]
TZ_SIGN = ["遵义市教育局　　　遵义市财政局", TZ_DATE]
TZ_HEAD = ("资助类别", "资助对象", "保育教育费减免", "生活补助", "合计")
TZ_ROWS = [
    ("一类", "特困供养幼儿、孤儿和事实无人抚养儿童", "全部免除（不超过2400元）", "1200元", "不超过3600元"),
    ("二类", "最低生活保障家庭幼儿", "1600元", "900元", "2500元"),
    ("三类", "低保边缘家庭幼儿、残疾幼儿和烈士子女", "1300元", "不享受", "1300元"),
]
TZ_SHARE_HEAD = ("区域", "市级财政", "县级财政")
TZ_SHARE_ROWS = [("红花岗区、汇川区、播州区", "市级承担30%", "区级承担70%"),
                 ("其他县（市）", "市级承担50%", "县（市）级承担50%")]
TZ_NOTES = ["注：1.资助资金按学期发放，春季学期于5月31日前、秋季学期于11月30日前发放到位。",
            "2.同一幼儿符合多个类别的，按照就高原则享受其中一个类别的资助。"]

# 3. The county portal's page (遵市教发〔2023〕9号, repealed), reposted in 2023
OLD_PARAS = [
    "为进一步做好学前教育资助工作，切实减轻家庭经济困难幼儿家庭负担，现就有关事项通知如下：",
    "一、资助对象。具有本市户籍、在本市公办幼儿园和普惠性民办幼儿园就读的家庭经济困难幼儿，包括特困供养幼儿、孤儿、"
    "最低生活保障家庭幼儿、残疾幼儿和烈士子女。",
    "二、资助标准。特困供养幼儿、孤儿免除保育教育费，并给予生活补助每生每年1000元；最低生活保障家庭幼儿减免保育教育费"
    "每生每年1200元；残疾幼儿和烈士子女减免保育教育费每生每年800元。",
    "三、申请程序。幼儿监护人于每学期开学后20日内向就读幼儿园提出申请，幼儿园初审后报县（市、区）教育局审核。",
    "四、本通知自印发之日起施行，有效期5年。",
]
OLD_QA = [
    ("哪些幼儿可以申请学前教育资助？",
     "具有本市户籍、在公办幼儿园和普惠性民办幼儿园就读的特困供养幼儿、孤儿、最低生活保障家庭幼儿、残疾幼儿和烈士子女。"),
    ("低保家庭的幼儿每年能减免多少保育教育费？", "最低生活保障家庭幼儿每生每年减免保育教育费1200元。"),
    ("外地户籍的幼儿能否申请？", "本通知资助对象为具有本市户籍的幼儿，非本市户籍幼儿暂不纳入资助范围。"),
    ("什么时候申请？向哪里申请？", "每学期开学后20日内，由幼儿监护人向就读幼儿园提出申请。"),
]

# 4. The screenshot (a 公众号 解读 of 遵市文广旅发〔2026〕31号)
WL_ACCOUNT = "遵义文旅"
WL_HEADLINE = "政策解读｜暑期来遵义，这些人游景区免门票、享半价！"
WL_KEYS = ["活动时间：2026年7月1日至8月31日", "中小学生凭学生证免门票", "6周岁（含）以下儿童免门票",
           "60周岁（含）以上老年人门票半价", "省外游客凭身份证享受门票8折优惠"]
WL_MORE = ["遵义这些红色景点，暑期研学必打卡！", "避暑地图来了！来遵义感受夏日清凉", "周末去哪儿｜到湄潭茶海走一走"]
WL_SECTIONS: list[tuple[str, list[str]]] = [
    ("01 谁能享受优惠？", [
        "全日制在校中小学生凭学生证免门票；6周岁（含）以下儿童免门票，须由成人陪同；60周岁（含）以上老年人凭身份证"
        "享受门票半价；省外游客凭本人身份证享受门票8折优惠。",
        "同时符合多项优惠条件的，按照最优惠的一项执行，不重复享受。"]),
    ("02 哪些景区参加？", ["全市国有A级旅游景区均参加本次活动，具体名单以各景区公告为准。"]),
    ("03 怎么享受优惠？", ["游客在景区售票窗口出示有效证件即可享受，无需提前申请；网上购票的，入园时出示证件核验。"]),
    ("04 政策原文（节选）", [
        "一、活动时间。2026年7月1日至8月31日。",
        "二、优惠对象和标准。全日制在校中小学生凭学生证免门票；6周岁（含）以下儿童免门票；60周岁（含）以上老年人门票"
        "半价；省外游客凭本人身份证享受门票8折优惠。",
        "五、本通知自2026年7月1日起施行，有效期至2026年8月31日。"]),
]

# 5. The XLSX (遵府办发〔2026〕9号's 任务分工表): the 牵头单位 of rows 1–3 and 4–5 are merged cells
CY_HEAD = ("序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限")
CY_ROWS = [
    ("1", "茶园提质增效", "新建生态茶园2万亩，改造低产低效茶园5万亩", "市农业农村局", "市林业局、市自然资源和规划局",
     "2028年12月底前"),
    ("2", "茶园绿色防控", "推广杀虫灯、粘虫板等绿色防控技术，茶园绿色防控覆盖率达到90%以上", "", "市生态环境局",
     "2027年12月底前"),
    ("3", "有机茶认证", "新增有机茶认证面积3万亩", "", "市市场监督管理局", "2028年6月底前"),
    ("4", "加工升级", "建设清洁化加工生产线100条", "市工业和信息化局", "市农业农村局", "2027年12月底前"),
    ("5", "茶叶精深加工", "培育茶食品、茶饮料等精深加工企业10家", "", "市科学技术局、市投资促进局", "2028年12月底前"),
    ("6", "品牌宣传推介", "组织“遵义红”“湄潭翠芽”品牌宣传推介活动", "市商务局", "市文化广电旅游局、市农业农村局",
     "每年11月底前"),
    ("7", "茶旅融合", "打造茶旅融合精品线路10条", "市文化广电旅游局", "市农业农村局、市交通运输局", "2027年6月底前"),
    ("8", "金融支持", "开发“茶园贷”等专属信贷产品", "中国人民银行遵义市分行", "市财政局、市农业农村局", "2026年12月底前"),
]
CY_MERGE = [(1, 3), (4, 5)]  # rows (序号) whose 牵头单位 is one merged cell
CY_NOTE = ("备注：各牵头单位于每年6月30日和12月20日前将任务进展情况报市农业农村局（市茶产业发展领导小组办公室），配合单位"
           "按照职责分工积极配合。")
CY_SUB_TITLE = "茶产业发展市级财政补贴标准"
CY_SUB_HEAD = ("补贴项目", "补贴条件", "补贴标准", "申报时间", "受理部门")
CY_SUB_ROWS = [
    ("新建生态茶园", "集中连片50亩以上", "每亩800元，分两年兑现", "每年10月31日前", "茶园所在地县级农业农村部门"),
    ("低产低效茶园改造", "改造面积20亩以上", "每亩500元", "每年10月31日前", ""),
    ("茶园绿色防控", "安装杀虫灯、粘虫板等", "每亩100元", "每年7月31日前", ""),
    ("有机茶认证", "首次获得有机产品认证", "每个经营主体一次性奖励5万元", "获证后6个月内", ""),
    ("清洁化加工生产线", "新建或者改造清洁化加工生产线", "按设备投资额的30%补助，最高不超过50万元", "每年10月31日前",
     "县级工业和信息化部门"),
]
CY_SUB_NOTE = "注：同一地块不得同时享受新建生态茶园补贴和低产低效茶园改造补贴。"
CY_DRAFT_TITLE = "茶产业发展市级财政补贴标准（征求意见稿）"
CY_DRAFT_ROWS = [
    ("新建生态茶园", "集中连片30亩以上", "每亩1000元，一次性兑现", "每年9月30日前", "县级农业农村部门"),
    ("低产低效茶园改造", "改造面积30亩以上", "每亩600元", "每年9月30日前", "县级农业农村部门"),
    ("茶园绿色防控", "安装杀虫灯、粘虫板等", "每亩80元", "每年6月30日前", "县级农业农村部门"),
    ("有机茶认证", "首次获得有机产品认证", "每个经营主体一次性奖励3万元", "获证后3个月内", "县级农业农村部门"),
    ("清洁化加工生产线", "新建清洁化加工生产线", "按设备投资额的25%补助，最高不超过40万元", "每年9月30日前",
     "县级工业和信息化部门"),
]

# 6. The 12345 政策问答 page
FAQ_DATE = "2026-10-20 09:30"
FAQ_ITEMS: list[tuple[str, str]] = [
    ("我家是低保户，孩子在普惠性民办幼儿园上学，学前教育资助一年能有多少？",
     f"根据《{XQ_TITLE}》（{XQ_NUMBER}）和《{TZ_TITLE}》（{TZ_NUMBER}），最低生活保障家庭幼儿属于二类资助对象，自"
     "2026年秋季学期起，减免保育教育费每生每年1600元，发放生活补助每生每年900元。请在每学期开学后45日内向孩子就读的"
     "幼儿园提出申请。"),
    ("孩子户口不在遵义，跟着我们在遵义上幼儿园，能申请学前教育资助吗？",
     f"根据《{XQ_TITLE}》（{XQ_NUMBER}），非本市户籍幼儿随父母在本市居住、父母一方持有本市居住证的，凭户籍所在地有关"
     "部门出具的家庭经济困难认定证明，与本市户籍幼儿同等享受资助。"),
    ("我父母是农村的，只有我一个孩子，现在两人都60多岁了，有没有补助？",
     f"根据《{JS_TITLE}》（{JS_NUMBER}），农村独生子女父母和农村只有两个女孩的父母，年满60周岁后可以享受农村部分计划生育"
     "家庭奖励扶助金，自2026年1月1日起标准为每人每月120元。新申报对象于每年3月31日前向户籍所在地村（居）民委员会提出"
     "申请，经乡镇人民政府（街道办事处）审核、县级卫生健康部门审批后纳入扶助范围。"),
    ("独生子女去世了，老两口都60岁了，政府有什么扶助？",
     f"根据《{JS_TITLE}》（{JS_NUMBER}），独生子女死亡后未再生育或者合法收养子女的夫妻，女方年满49周岁后可以享受计划生育"
     "特别扶助金，自2026年1月1日起，独生子女死亡家庭每人每月750元，独生子女伤残（三级以上）家庭每人每月600元。"),
    ("想在凤冈县流转土地新种一片茶园，有补贴吗？",
     f"根据《{CY_TITLE}》（{CY_NUMBER}），集中连片新建生态茶园50亩以上的，每亩补助800元，分两年兑现。请于每年10月31日前"
     "向茶园所在地县级农业农村部门申报。"),
]
FAQ_SIDEBAR = ["贵阳市学前教育资助实施办法", "毕节市计划生育家庭特别扶助实施细则", "铜仁市茶产业发展奖补办法",
               "安顺市学前教育幼儿资助工作实施方案"]


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def _zip(members: list[tuple[str, bytes]], when: tuple[int, int, int, int, int, int]) -> bytes:
    """A zip container with one fixed timestamp, every member deflated, in the order given."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data)
    return out.getvalue()


def _fixed_zip(data: bytes, when: tuple[int, int, int, int, int, int], modified: str | None = None) -> bytes:
    """An Office file re-zipped with one fixed timestamp (python-docx and openpyxl write the current time);
    ``modified`` replaces the core properties' dcterms:modified."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if modified is not None:
        items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                            rb"\g<1>" + modified.encode() + rb"\g<2>", d) if n == "docProps/core.xml" else d)
                 for n, d in items]
    return _zip(items, when)


# =============================================================================================
# 1. zunyi-xueqian-zizhu-saomiao.pdf (an image-only scan: three greyscale JPEG pages at 200 dpi)
# =============================================================================================

DPI = 200
A4_W, A4_H = 1654, 2339  # A4 at 200 dpi
SC_MARGIN = 210
SC_BODY_PX = 44
SC_LINE = 80
SC_BOTTOM = A4_H - 300
SC_PAPER = 248  # the scanner's white
SC_RED = 112  # the red of the 文头, the rule and the seals as a greyscale scan turns it
SC_SKEW = (-0.3, 0.3, 0.35)  # degrees, pages 1–3 (page 3 before it is turned)


def _font(size: int, serif: bool = False, bold: bool = False):
    from PIL import ImageFont

    path, index = cjk_face(serif=serif, bold=bold)
    return ImageFont.truetype(path, size, index=index)


def seal_image(ring: str, px: int):
    """A round seal (ring, star, the issuer's name along the ring) as an L mask, 255 = ink."""
    from PIL import Image, ImageDraw, ImageFont

    font_path, index = cjk_face(bold=True)
    mask = Image.new("L", (px, px), 0)
    d = ImageDraw.Draw(mask)
    c = px / 2
    rad = px / 2 - 6
    u = px / 400
    d.ellipse((c - rad, c - rad, c + rad, c + rad), outline=255, width=max(2, round(10 * u)))
    pts = []
    for k in range(10):
        r = (58 if k % 2 == 0 else 23) * u
        a = math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(pts, fill=255)
    fs = round(48 * u)
    font = ImageFont.truetype(font_path, fs, index=index)
    for k, ch in enumerate(ring):
        a = math.radians(215 - k * (250 / (len(ring) - 1)))
        gx, gy = c + (rad - fs * 0.95) * math.cos(a), c - (rad - fs * 0.95) * math.sin(a)
        g = Image.new("L", (fs + 16, fs + 16), 0)
        ImageDraw.Draw(g).text((8, 2), ch, font=font, fill=255)
        g = g.rotate(math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        mask.paste(255, (int(gx - g.width / 2), int(gy - g.height / 2)), g)
    return mask


def scan_lines() -> list[list[tuple[str, str]]]:
    """The scan's portrait pages as (kind, text) lines: the paragraphs flow over the page break."""
    body = _font(SC_BODY_PX, serif=True)
    w = A4_W - 2 * SC_MARGIN
    head: list[tuple[str, str]] = [("head", f"{JY}文件"), ("number", TZ_NUMBER), ("title", f"{JY}　{CZ}"),
                                   ("title", "关于调整学前教育幼儿资助标准的通知")]
    flow: list[tuple[str, str, int]] = [("body", t, 1) for t in wrap_cjk(ADDR_JY, body.getlength, w)]
    for p in TZ_PARAS:
        indent = "" if p.startswith("附件") else "　　"
        para = wrap_cjk(indent + p, body.getlength, w)
        flow += [("body", t, len(para) if j == 0 else 1) for j, t in enumerate(para)]
    pages: list[list[tuple[str, str]]] = [head]
    y = 930
    for kind, text, keep in flow:  # a paragraph's first line does not stay alone at the foot of a page
        if y + SC_LINE * min(keep, 2) > SC_BOTTOM:
            pages.append([])
            y = 200
        pages[-1].append((kind, text))
        y += SC_LINE
    pages[-1] += [("sign", t) for t in TZ_SIGN]
    pages[-1] += [("body", "　　（此件公开发布）")]
    return pages


def _speckle(img, rng: random.Random, n: int) -> None:
    px = img.load()
    w, h = img.size
    for _ in range(n):
        x, y = rng.randrange(w), rng.randrange(h)
        v = rng.choice((40, 70, 110, 150))
        px[x, y] = v
        if rng.random() < 0.35 and x + 1 < w:
            px[x + 1, y] = v
        if rng.random() < 0.2 and y + 1 < h:
            px[x, y + 1] = v


def _scan_finish(img, angle: float, rng: random.Random):
    """The page as the scanner's feeder leaves it: skewed, a grey shadow along one edge, specks."""
    from PIL import Image, ImageDraw, ImageFilter

    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=SC_PAPER)
    d = ImageDraw.Draw(img)
    w, h = img.size
    for k in range(14):  # the shadow of the sheet's edge
        d.line((k, 0, k, h), fill=150 + k * 7)
    _speckle(img, rng, 1800)
    for _ in range(2):  # faint streaks of dust on the scanner glass
        x = rng.randrange(200, w - 200)
        d.line((x, 0, x + rng.randrange(-3, 4), h), fill=232, width=1)
    return img.filter(ImageFilter.GaussianBlur(0.6))


def _scan_page(lines: list[tuple[str, str]], pno: int, rng: random.Random):
    from PIL import Image, ImageDraw

    body = _font(SC_BODY_PX, serif=True)
    head_font = _font(104, serif=True, bold=True)
    title = _font(58, serif=True, bold=True)
    small = _font(30)
    img = Image.new("L", (A4_W, A4_H), SC_PAPER)
    d = ImageDraw.Draw(img)
    y = 200
    sign_boxes: list[tuple[float, float, float]] = []
    for kind, text in lines:
        if kind == "head":
            d.text(((A4_W - head_font.getlength(text)) / 2, 300), text, font=head_font, fill=SC_RED)
            y = 520
        elif kind == "number":
            d.text(((A4_W - body.getlength(text)) / 2, y), text, font=body, fill=20)
            y += 76
            d.line((SC_MARGIN - 20, y, A4_W - SC_MARGIN + 20, y), fill=SC_RED, width=5)
            y += 60
        elif kind == "title":
            d.text(((A4_W - title.getlength(text)) / 2, y), text, font=title, fill=15)
            y += 84
            if text.endswith("通知"):
                y += 40
        elif kind == "body":
            d.text((SC_MARGIN, y), text, font=body, fill=25)
            y += SC_LINE
        elif kind == "sign":
            if not sign_boxes:
                y += 150
            x = A4_W - SC_MARGIN - 70 - body.getlength(text)
            d.text((x, y), text, font=body, fill=25)
            sign_boxes.append((x, y, body.getlength(text)))
            y += SC_LINE
    if sign_boxes:  # the two issuers' seals over the signature, grey in the scan
        sx, sy, sw = sign_boxes[0]
        for k, ring in enumerate((JY, CZ)):
            mask = seal_image(ring, 300).rotate(-6 + 13 * k, resample=Image.Resampling.BICUBIC)
            mask = mask.point(lambda v: v * 0.75)
            ink = Image.new("L", mask.size, 128)
            img.paste(ink, (int(sx - 60 + k * (sw - 220)), int(sy - 170 + 12 * k)), mask)
        d = ImageDraw.Draw(img)
        y += 90
        d.line((SC_MARGIN - 20, y, A4_W - SC_MARGIN + 20, y), fill=20, width=3)
        d.text((SC_MARGIN, y + 14), "抄送：市人民政府办公室，省教育厅学生资助管理中心。", font=small, fill=20)
        d.line((SC_MARGIN - 20, y + 62, A4_W - SC_MARGIN + 20, y + 62), fill=20, width=2)
        d.text((SC_MARGIN, y + 76), f"{JY}办公室　　　　　　　　　　　　　　　　{TZ_DATE}印发", font=small, fill=20)
        d.line((SC_MARGIN - 20, y + 124, A4_W - SC_MARGIN + 20, y + 124), fill=20, width=3)
    foot = f"— {pno} —"
    d.text(((A4_W - body.getlength(foot)) / 2, A4_H - 190), foot, font=body, fill=25)
    return _scan_finish(img, SC_SKEW[pno - 1], rng)


def _table(d, x0: int, y: int, cols: list[int], rows: list[tuple[str, ...]], font, head_font, pad: int = 18,
           lead: int = 56) -> int:
    """Draws a ruled table with its cells' text wrapped and centred; returns the y under it."""
    for r, row in enumerate(rows):
        f = head_font if r == 0 else font
        cells = [wrap_cjk(c, f.getlength, cw - 2 * pad) for cw, c in zip(cols, row, strict=True)]
        h = max(len(c) for c in cells) * lead + 2 * pad + 4
        x = x0
        for cw, lines in zip(cols, cells, strict=True):
            d.rectangle((x, y, x + cw, y + h), outline=20, width=3)
            top = y + (h - len(lines) * lead) / 2 + 4
            for j, line in enumerate(lines):
                d.text((x + (cw - f.getlength(line)) / 2, top + j * lead), line, font=f, fill=20)
            x += cw
        y += h
    return y


def _scan_table_page(rng: random.Random):
    """Page 3: the landscape 附件, drawn upright, then turned 90° counter-clockwise into a portrait image
    (as the sheet went through the feeder); the PDF page's /Rotate 90 shows it upright."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (A4_H, A4_W), SC_PAPER)
    d = ImageDraw.Draw(img)
    cell = _font(40, serif=True)
    cell_b = _font(40, bold=True)
    d.text((200, 150), "附件", font=_font(48, bold=True), fill=20)
    t = _font(60, serif=True, bold=True)
    d.text(((A4_H - t.getlength(TZ_ANNEX)) / 2, 240), TZ_ANNEX, font=t, fill=15)
    unit = "单位：每生每年"
    d.text((A4_H - 200 - cell.getlength(unit), 350), unit, font=cell, fill=20)
    y = _table(d, 200, 410, [220, 640, 440, 280, 360], [TZ_HEAD, *TZ_ROWS], cell, cell_b)
    y = _table(d, 200, y + 50, [940, 500, 500], [TZ_SHARE_HEAD, *TZ_SHARE_ROWS], cell, cell_b)
    for k, note in enumerate(TZ_NOTES):
        d.text((200 + (0 if k == 0 else cell.getlength("注：")), y + 36 + k * 62), note, font=cell, fill=20)
    img = _scan_finish(img, SC_SKEW[2], rng)
    return img.rotate(90, expand=True)


def _pdf(pages: list[tuple[bytes, int, int, int]]) -> bytes:
    """An image-only PDF as a scanner's "scan to PDF" writes it: per page one DCT (JPEG) image filling
    the page and nothing else; (jpeg, width px, height px, /Rotate)."""
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for k, (jpeg, w, h, rot) in enumerate(pages):
        pw, ph = w * 72 / DPI, h * 72 / DPI
        page_id, content_id, image_id = 3 + 3 * k, 4 + 3 * k, 5 + 3 * k
        kids.append(f"{page_id} 0 R")
        rotate = f" /Rotate {rot}" if rot else ""
        objs.append((f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}]{rotate} "
                     f"/Resources << /XObject << /Im0 {image_id} 0 R >> /ProcSet [/PDF /ImageB] >> "
                     f"/Contents {content_id} 0 R >>").encode())
        stream = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q\n".encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        objs.append((f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                     f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n").encode()
                    + jpeg + b"\nendstream")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()
    objs.append(b"<< /Producer (Canon iR-ADV C5535 PDF) /Creator (Canon iR-ADV C5535) "
                b"/CreationDate (D:20260820154213+08'00') /ModDate (D:20260820154213+08'00') >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, len(objs), xref))
    return out.getvalue()


def _jpeg(img) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70, dpi=(DPI, DPI))
    return buf.getvalue()


def scan_images() -> list:
    """The three page images as the scanner stores them (page 3 turned)."""
    rng = random.Random(1414)
    pages = scan_lines()
    if len(pages) != 2:
        raise SystemExit(f"the scan's text runs to {len(pages)} pages, not 2")
    return [_scan_page(lines, k, rng) for k, lines in enumerate(pages, start=1)] + [_scan_table_page(rng)]


def make_scan() -> bytes:
    imgs = scan_images()
    return _pdf([(_jpeg(im), im.width, im.height, 90 if k == 2 else 0) for k, im in enumerate(imgs)])


# =============================================================================================
# 2. meitan-xueqian-zizhu-2023-gbk.html (a county portal's page, 2023: GBK under a gb2312 meta)
# =============================================================================================

MT_SITE = "湄潭县人民政府"
MT_MENU = ["首页", "走进湄潭", "政务公开", "政务服务", "互动交流", "茶乡旅游", "专题专栏"]
MT_LEFT = ["政策文件", "上级文件", "县政府文件", "县政府办文件", "部门文件", "政策解读"]


def html_gbk() -> str:
    """The page as the county site's old CMS wrote it. The meta says gb2312 but the bytes are GBK: the
    editor's and the reviewer's names (王喆, 张堃) and the contact's (刘镕) are not in GB2312."""
    nb = "&nbsp;" * 4
    menu = " | ".join(f'<a href="/{k}/" class="nav">{m}</a>' for k, m in
                      zip(("index", "zjmt", "zwgk", "zwfw", "hdjl", "cxly", "ztzl"), MT_MENU, strict=True))
    left = "\n".join(f'<tr><td height="30" class="leftlist">&middot; <a href="/zwgk/zcwj/{k}/">{t}</a></td></tr>'
                     for k, t in enumerate(MT_LEFT))
    paras = "\n".join(f'<p style="line-height:200%">{nb}<font face="仿宋_GB2312" size="4">{_x(p)}</font></p>'
                      for p in OLD_PARAS)
    qa = "\n".join(
        f'<tr><td style="padding:6px 10px;line-height:180%"><font color="#0066CC"><b>问：</b></font>{_x(q)}<br>'
        f'<font color="#CC0000"><b>答：</b></font>{_x(a)}</td></tr>' for q, a in OLD_QA)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{_x(OLD_TITLE)}_上级文件_{MT_SITE}</title>
<meta name="keywords" content="学前教育资助,幼儿资助,湄潭县" />
<link href="/images/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner_top.jpg" width="1000" height="150" alt="{MT_SITE}" /></td></tr>
<tr><td height="36" bgcolor="#1F6F3F" align="center"><font color="#FFFFFF">{menu}</font></td></tr>
<tr><td height="28" bgcolor="#F3F8F4"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="70%">{nb}<font size="2">今天是：<span id="today"></span>{nb}欢迎访问{MT_SITE}门户网站</font></td>
<td width="30%" align="right"><form action="/search/" method="get"><input name="q" type="text" size="16" /> <input type="submit" value="搜索" /></form></td>
</tr></table></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:8px">
<tr>
<td width="220" valign="top" bgcolor="#F7F7F7">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="34" bgcolor="#2E8B57" align="center"><font color="#FFFFFF"><b>政务公开</b></font></td></tr>
{left}
</table>
</td>
<td width="10">&nbsp;</td>
<td width="770" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30" style="border-bottom:1px solid #CCCCCC"><font size="2">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/1/">上级文件</a></font></td></tr>
<tr><td align="center" height="80"><font size="5" color="#CC0000"><b>{_x(OLD_TITLE)}</b></font></td></tr>
<tr><td align="center" height="30" bgcolor="#F5F5F5"><font size="2" color="#666666">发布时间：2023-03-15 10:26{nb}信息来源：湄潭县教育局{nb}作者：王喆{nb}点击数：2316{nb}【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</font></td></tr>
<tr><td id="zoom" style="padding:20px 30px;font-size:16px">
<p align="center"><font face="仿宋_GB2312" size="4">{OLD_NUMBER}</font></p>
<p><font face="仿宋_GB2312" size="4">{ADDR_JY}</font></p>
{paras}
<p>&nbsp;</p>
<p align="right"><font face="仿宋_GB2312" size="4">{JY}{nb}{CZ}{nb}</font></p>
<p align="right"><font face="仿宋_GB2312" size="4">{OLD_DATE}{nb}{nb}</font></p>
<p>{nb}<font face="仿宋_GB2312" size="4">（此件公开发布）</font></p>
<p>&nbsp;</p>
<p><font size="3"><b>附件：</b></font></p>
<p>{nb}<a href="/uploadfiles/202303/20230315102611391.doc"><font color="#0033CC">1.遵义市学前教育资助申请表.doc</font></a></p>
<p>{nb}<a href="/uploadfiles/202303/20230315102611472.xls"><font color="#0033CC">2.遵义市学前教育资助汇总表.xls</font></a></p>
</td></tr>
<tr><td style="padding:10px 30px">
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #D8E6DC">
<tr><td height="32" bgcolor="#EAF4EC">{nb}<font color="#1F6F3F" size="3"><b>政策解读</b></font>{nb}<font size="2" color="#666666">《{_x(OLD_TITLE.replace(" ", ""))}》问答</font></td></tr>
{qa}
<tr><td style="padding:6px 10px"><font size="2" color="#666666">联系人：湄潭县教育局学生资助中心 刘镕{nb}咨询电话：{TEL_MT}</font></td></tr>
</table>
</td></tr>
<tr><td align="right" style="padding:10px 30px"><font size="2">责任编辑：王喆{nb}审核：张堃</font></td></tr>
<tr><td align="center" height="40"><font size="2"><a href="javascript:window.print()">【打印本页】</a>{nb}<a href="javascript:window.close()">【关闭窗口】</a></font></td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:10px">
<tr><td height="4" bgcolor="#1F6F3F"></td></tr>
<tr><td align="center" style="line-height:200%;padding:10px"><font size="2" color="#555555">主办：湄潭县人民政府办公室{nb}承办：湄潭县融媒体中心{nb}联系电话：0851-24222118<br />
网站标识码：5203280001{nb}黔ICP备13004528号{nb}黔公网安备 52032802000107号<br />
建议使用1024×768分辨率 IE8.0以上浏览器浏览本站</font></td></tr>
</table>
</body>
</html>
"""


# =============================================================================================
# 3. zunyi-wenlv-shuqi-jiedu-jietu.png (a long phone screenshot of a 公众号 解读, 1080 px wide)
# =============================================================================================

SHOT_W = 1080
SHOT_PAD = 54
SHOT_TEXT = (51, 51, 51)
SHOT_GREY = (136, 136, 136)
SHOT_LINK = (87, 107, 149)
SHOT_ACCENT = (196, 60, 38)  # the account's headings: a brick red
SHOT_BOX = (255, 247, 232)
SHOT_BOX_LINE = (240, 140, 0)


def _shot_blocks() -> list[tuple[str, object]]:
    """The article top to bottom, as (kind, content)."""
    intro = (f"近日，遵义市文化广电旅游局印发《{WL_TITLE}》（{WL_NUMBER}）。暑期来遵义避暑研学，哪些人可以免门票、"
             "享半价？小编为您划重点↓")
    blocks: list[tuple[str, object]] = [("intro", intro), ("box", WL_KEYS), ("banner", "暑期游遵义·优惠看这里")]
    for head, paras in WL_SECTIONS:
        blocks.append(("head", head))
        blocks += [("para", p) for p in paras]
    blocks.append(("para", "温馨提示：暑期为旅游高峰期，请广大游客错峰出行，提前关注景区发布的预约和限流信息，文明旅游、"
                           "安全出游。"))
    blocks.append(("head", "往期推荐"))
    blocks += [("link", t) for t in WL_MORE]
    return blocks


def make_screenshot() -> bytes:
    from PIL import Image, ImageDraw

    sans = _font(48)
    sans_b = _font(48, bold=True)
    title_f = _font(64, bold=True)
    meta_f = _font(38)
    head_f = _font(54, bold=True)
    small = _font(36)
    status_f = _font(40, bold=True)
    width = SHOT_W - 2 * SHOT_PAD
    blocks = _shot_blocks()

    def para_lines(text: str, font, w: float) -> list[str]:
        return wrap_cjk(text, font.getlength, w)

    # first pass: heights
    def block_height(kind: str, content) -> int:
        if kind in ("intro", "para"):
            return len(para_lines(str(content), sans, width)) * 86 + 44
        if kind == "box":
            n = sum(len(para_lines(k, sans, width - 150)) for k in content)
            return 150 + n * 86 + 60
        if kind == "banner":
            return 460
        if kind == "link":
            return 100
        return 150  # head

    top = 100 + 120
    title_lines = wrap_cjk(WL_HEADLINE, title_f.getlength, width)
    body_top = top + 60 + len(title_lines) * 92 + 40 + 70 + 50
    height = body_top + sum(block_height(k, c) for k, c in blocks) + 120 + 560
    img = Image.new("RGB", (SHOT_W, height), (255, 255, 255))
    d = ImageDraw.Draw(img)
    # status bar (the phone's) and the WeChat article bar
    d.text((64, 28), "18:26", font=status_f, fill=(0, 0, 0))
    for k in range(4):  # signal bars
        d.rectangle((800 + k * 16, 64 - k * 9, 810 + k * 16, 72), fill=(0, 0, 0))
    d.text((872, 30), "5G", font=_font(34, bold=True), fill=(0, 0, 0))
    d.rounded_rectangle((936, 36, 1010, 70), radius=8, outline=(0, 0, 0), width=3)
    d.rounded_rectangle((942, 42, 990, 64), radius=4, fill=(0, 0, 0))
    d.rectangle((1012, 46, 1017, 60), fill=(0, 0, 0))
    d.line((40, 150, 80, 190), fill=(0, 0, 0), width=5)  # ×
    d.line((40, 190, 80, 150), fill=(0, 0, 0), width=5)
    for k in range(3):  # ···
        d.ellipse((972 + k * 24, 164, 984 + k * 24, 176), fill=(0, 0, 0))
    d.line((0, 219, SHOT_W, 219), fill=(229, 229, 229), width=2)
    y = top + 60
    for line in title_lines:
        d.text((SHOT_PAD, y), line, font=title_f, fill=(0, 0, 0))
        y += 92
    y += 40
    d.rounded_rectangle((SHOT_PAD, y + 4, SHOT_PAD + 86, y + 50), radius=6, fill=(242, 242, 242))
    d.text((SHOT_PAD + 10, y + 6), "原创", font=_font(32), fill=SHOT_GREY)
    x = SHOT_PAD + 110
    d.text((x, y), WL_ACCOUNT, font=meta_f, fill=SHOT_LINK)
    x += meta_f.getlength(WL_ACCOUNT) + 30
    d.text((x, y), "2026年6月21日 18:00  贵州", font=meta_f, fill=SHOT_GREY)
    y = body_top
    for kind, content in blocks:
        if kind in ("intro", "para"):
            for line in para_lines(str(content), sans, width):
                d.text((SHOT_PAD, y), line, font=sans, fill=SHOT_TEXT)
                y += 86
            y += 44
        elif kind == "box":
            h = block_height(kind, content) - 40
            d.rounded_rectangle((SHOT_PAD, y + 30, SHOT_W - SHOT_PAD, y + h), radius=24, fill=SHOT_BOX,
                                outline=SHOT_BOX_LINE, width=4)
            d.rounded_rectangle((SHOT_W / 2 - 130, y, SHOT_W / 2 + 130, y + 76), radius=38, fill=SHOT_BOX_LINE)
            d.text((SHOT_W / 2 - sans_b.getlength("划重点") / 2, y + 8), "划重点", font=sans_b, fill=(255, 255, 255))
            yy = y + 130
            for key in content:
                cx, cy = SHOT_PAD + 62, yy + 34  # an orange diamond, as the 🔸 the editor typed
                d.polygon([(cx, cy - 18), (cx + 14, cy), (cx, cy + 18), (cx - 14, cy)], fill=(255, 140, 26))
                for line in para_lines(key, sans, width - 150):
                    d.text((SHOT_PAD + 100, yy), line, font=sans, fill=SHOT_TEXT)
                    yy += 86
            y += h + 40
        elif kind == "banner":
            d.rounded_rectangle((SHOT_PAD, y + 20, SHOT_W - SHOT_PAD, y + 420), radius=16, fill=(24, 110, 96))
            for k in range(6):  # hills
                d.ellipse((SHOT_PAD - 80 + k * 190, y + 300, SHOT_PAD + 180 + k * 190, y + 560), fill=(40, 140, 110))
            d.rectangle((SHOT_PAD, y + 421, SHOT_W, y + 560), fill=(255, 255, 255))
            bf = _font(66, bold=True)
            d.text(((SHOT_W - bf.getlength(str(content))) / 2, y + 140), str(content), font=bf, fill=(255, 255, 255))
            y += 460
        elif kind == "link":
            d.text((SHOT_PAD, y + 10), "▶ " + str(content), font=_font(42), fill=SHOT_LINK)
            d.line((SHOT_PAD, y + 90, SHOT_W - SHOT_PAD, y + 90), fill=(238, 238, 238), width=2)
            y += 100
        else:  # a heading: a coloured bar and bold coloured text
            d.rectangle((SHOT_PAD, y + 46, SHOT_PAD + 12, y + 108), fill=SHOT_ACCENT)
            d.text((SHOT_PAD + 34, y + 44), str(content), font=head_f, fill=SHOT_ACCENT)
            y += 150
    y += 40
    d.text((SHOT_PAD, y), "来源：遵义市文化广电旅游局", font=small, fill=SHOT_GREY)
    d.text((SHOT_PAD, y + 56), "编辑：罗文静｜审核：田茂林", font=small, fill=SHOT_GREY)
    y += 150
    d.text((SHOT_PAD, y), "阅读原文", font=small, fill=SHOT_LINK)
    d.text((SHOT_PAD, y + 70), "阅读 2.3万", font=small, fill=SHOT_GREY)
    for k, (label, n) in enumerate((("分享", ""), ("赞", "412"), ("在看", "186"))):
        x = 560 + k * 170
        d.text((x, y + 70), f"{label} {n}".strip(), font=small, fill=SHOT_GREY)
    y += 160
    d.line((0, y, SHOT_W, y), fill=(229, 229, 229), width=2)
    d.rounded_rectangle((SHOT_PAD, y + 40, SHOT_W - SHOT_PAD, y + 130), radius=12, fill=(247, 247, 247))
    d.text((SHOT_PAD + 30, y + 62), "写留言", font=small, fill=SHOT_GREY)
    img = img.crop((0, 0, SHOT_W, y + 200))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# =============================================================================================
# 4. zunyi-chaye-renwu-fengong.xlsx (the 任务分工表 of 遵府办发〔2026〕9号; a hidden draft sheet)
# =============================================================================================

XLSX_WHEN = (2026, 3, 20, 17, 42, 10)
XLSX_MODIFIED = "2026-03-20T09:42:10Z"


def make_xlsx() -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.page import PageMargins

    wb = openpyxl.Workbook()
    p = wb.properties
    p.creator = "市农业农村局"
    p.lastModifiedBy = "农业农村局-种植业科"
    p.title = CY_TABLE
    p.created = datetime.datetime(2026, 3, 16, 10, 5, 0)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    body = Font(name="仿宋_GB2312", size=12)
    head = Font(name="黑体", size=12)

    def sheet(ws, title: str, sub: str | None, header: tuple[str, ...], rows: list[tuple[str, ...]],
              widths: list[float], note: str | None, merges: list[tuple[int, int, int]]) -> None:
        n = len(header)
        last = openpyxl.utils.get_column_letter(n)
        ws.append([title] + [None] * (n - 1))
        ws.merge_cells(f"A1:{last}1")
        ws["A1"].font = Font(name="方正小标宋简体", size=18)
        ws["A1"].alignment = centre
        ws.row_dimensions[1].height = 42
        r0 = 2
        if sub:
            ws.append([sub] + [None] * (n - 1))
            ws.merge_cells(f"A2:{last}2")
            ws["A2"].font = Font(name="仿宋_GB2312", size=12)
            ws["A2"].alignment = centre
            r0 = 3
        ws.append(list(header))
        for c in range(1, n + 1):
            cell = ws.cell(r0, c)
            cell.font, cell.alignment, cell.border = head, centre, box
        for row in rows:
            ws.append([int(v) if v.isdigit() else (v or None) for v in row])
            r = ws.max_row
            ws.row_dimensions[r].height = 48
            for c in range(1, n + 1):
                cell = ws.cell(r, c)
                cell.font, cell.border = body, box
                cell.alignment = left if header[c - 1] in ("具体内容", "补贴条件", "补贴标准") else centre
        for col, first, count in merges:  # one 牵头单位 / 受理部门 over several rows
            letter = openpyxl.utils.get_column_letter(col)
            ws.merge_cells(f"{letter}{r0 + first}:{letter}{r0 + first + count - 1}")
        if note:
            ws.append([note] + [None] * (n - 1))
            r = ws.max_row
            ws.merge_cells(f"A{r}:{last}{r}")
            ws.cell(r, 1).font, ws.cell(r, 1).alignment = body, left
            ws.row_dimensions[r].height = 40
        for k, w in enumerate(widths, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(k)].width = w
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7)
        ws.print_title_rows = f"{r0}:{r0}"
        ws.freeze_panes = f"A{r0 + 1}"

    ws1 = wb.active
    ws1.title = "重点任务分工"
    merges = [(4, a, b - a + 1) for a, b in CY_MERGE]
    sheet(ws1, CY_TABLE, f"（{CY_NUMBER}附件）", CY_HEAD, CY_ROWS, [7, 16, 42, 20, 30, 16], CY_NOTE, merges)
    ws2 = wb.create_sheet("补贴标准")
    sheet(ws2, CY_SUB_TITLE, None, CY_SUB_HEAD, CY_SUB_ROWS, [20, 30, 36, 16, 24], CY_SUB_NOTE, [(5, 1, 4)])
    ws3 = wb.create_sheet("征求意见稿")
    sheet(ws3, CY_DRAFT_TITLE, "（2025年12月征求意见稿，仅供内部核对）", CY_SUB_HEAD, CY_DRAFT_ROWS,
          [20, 30, 36, 16, 24], None, [])
    ws3.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue(), XLSX_WHEN, modified=XLSX_MODIFIED)


# =============================================================================================
# 5. zunyi-xueqian-zizhu-tongzhi.docx (as a 科室 formats a 通知 in WPS: text box, numbering, nested tables)
# =============================================================================================

DOCX_WHEN = (2026, 2, 16, 15, 20, 0)
NUM_ID = 21  # the w:num of the items' numbering (一、 at level 0, （一） at level 1)


def _textbox_xml() -> str:
    """The 文头 and the 文号 in a floating text box, as WPS and Word write one: the DrawingML shape
    (``wps:txbx``) and, for older readers, its VML copy (``v:textbox``), so the text is there twice."""
    def content() -> str:
        return (
            "<w:txbxContent>"
            '<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="distribute"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:color w:val="FF0000"/>'
            f'<w:sz w:val="80"/></w:rPr><w:t>{JY}文件</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="24" w:space="12" w:color="FF0000"/></w:pBdr>'
            '<w:spacing w:before="480"/><w:jc w:val="center"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
            f"<w:t>{XQ_NUMBER}</w:t></w:r></w:p>"
            "</w:txbxContent>"
        )

    return (
        f'<w:p xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>1260000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5615940" cy="1620000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5615940" cy="1620000"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx>{content()}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0">'
        "<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:99.2pt;width:442.2pt;height:127.55pt;z-index:251659264;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:page" '
        'filled="f" stroked="f"><v:textbox inset="0,0,0,0">'
        f"{content()}</v:textbox><w10:wrap type=\"topAndBottom\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\"/>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def _numbering_xml() -> tuple[str, str]:
    abstract = (
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{NUM_ID}"><w:nsid w:val="5A3C2E71"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0C8E4B2A"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312"/></w:rPr></w:lvl>'
        "</w:abstractNum>"
    )
    num = f'<w:num xmlns:w="{W_NS}" w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'
    return abstract, num


def make_docx() -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    cp = d.core_properties
    cp.title = XQ_TITLE
    cp.author = "学生资助管理中心"
    cp.created = datetime.datetime(2026, 2, 10, 9, 12, 0)
    cp.modified = datetime.datetime(2026, 2, 16, 15, 20, 0)
    cp.last_modified_by = "杨晓梅"
    cp.revision = 6
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    # the items' numbering: an abstractNum (before the first w:num, as the schema orders them) and its num
    numbering = d.part.numbering_part.element
    abstract, num = _numbering_xml()
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(abstract))
    numbering.append(parse_xml(num))

    def fmt(p, indent: bool = True, align=None) -> None:
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if align is not None:
            p.alignment = align

    def run(p, text: str, font: str | None = None, size: float | None = None):
        r = p.add_run(text)
        if font:
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if size:
            r.font.size = Pt(size)
        return r

    def para(text: str, indent: bool = True, align=None, font: str | None = None, size: float | None = None):
        p = d.add_paragraph()
        fmt(p, indent, align)
        if text:
            run(p, text, font, size)
        return p

    def numbered(level: int, lead: str, text: str):
        p = d.add_paragraph()
        fmt(p, indent=False)
        p._p.get_or_add_pPr().insert(0, parse_xml(  # (numPr comes first in a pPr without a pStyle)
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))
        if lead:
            run(p, lead, "黑体")
        run(p, text)
        return p

    body = d.element.body
    body.insert(0, parse_xml(_textbox_xml()))
    t = para("", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    t.paragraph_format.space_before = Pt(30)
    t.paragraph_format.space_after = Pt(24)
    t.paragraph_format.line_spacing = Pt(36)
    run(t, f"{JY} {CZ}", "方正小标宋简体", 22)
    t.add_run().add_break()
    run(t, XQ_TITLE.split(CZ, 1)[1], "方正小标宋简体", 22)
    para(ADDR_JY, indent=False)
    para(XQ_INTRO)
    for kind, lead, text in XQ_ITEMS:
        if kind == "#TABLE":
            table = d.add_table(rows=1 + len(XQ_TABLE_ROWS), cols=3)
            table.style = d.styles["Table Grid"]
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(XQ_TABLE_HEAD):
                c = table.cell(0, j).paragraphs[0]
                c.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run(c, h, "黑体", 14)
            for r, (cls, who, items) in enumerate(XQ_TABLE_ROWS, start=1):
                for j, text_ in enumerate((cls, who)):
                    c = table.cell(r, j).paragraphs[0]
                    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run(c, text_, size=14)
                cell = table.cell(r, 2)  # the cell holds a table of its own: 项目 | 标准
                inner = cell.add_table(rows=len(items), cols=2)
                inner.style = d.styles["Table Grid"]
                for k, (what, amount) in enumerate(items):
                    for j, text_ in enumerate((what, amount)):
                        c = inner.cell(k, j).paragraphs[0]
                        c.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        run(c, text_, size=12)
                cell._tc.remove(cell.paragraphs[0]._p)  # WPS leaves no empty paragraph above it
            widths = (Cm(2.4), Cm(6.2), Cm(7.0))
            for row in table.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = w
        elif kind == "1":
            numbered(0, lead, text)
        elif kind == "2":
            numbered(1, "", text)
        else:
            para(text)
    para("")
    for text in ("遵义市教育局　　　　遵义市财政局", XQ_DATE):
        p = para(text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48)
    para("（此件公开发布）")
    para("")
    cc = para("抄送：市人民政府办公室，省教育厅学生资助管理中心。", indent=False, size=14)
    cc.paragraph_format.left_indent = Pt(14)
    cc._p.get_or_add_pPr().insert(0, parse_xml(
        f'<w:pBdr xmlns:w="{W_NS}"><w:top w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'))
    pr = para(f"{JY}办公室　　　　　　　　　　{XQ_DATE}印发", indent=False, size=14)
    pr.paragraph_format.left_indent = Pt(14)
    # the 文号 again in the page header, the page number in the footer
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(hp, XQ_NUMBER, size=10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fp._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.add_run(" —")
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue(), DOCX_WHEN)


# =============================================================================================
# 6. zunyi-12345-zhengce-wenda.html (the 12345 hotline's 政策问答 page)
# =============================================================================================

def html_faq() -> str:
    items = "\n".join(
        f'<div class="qa-item" id="qa{k}">\n<div class="qa-q"><span class="tag-q">问</span>{_x(q)}</div>\n'
        f'<div class="qa-a"><span class="tag-a">答</span>{_x(a)}</div>\n</div>'
        for k, (q, a) in enumerate(FAQ_ITEMS, start=1))
    side = "\n".join(f'<li><a href="https://www.guizhou.gov.cn/zwgk/zcfg/szfwj/zcwj/t2026{k:04d}.html" '
                     f'target="_blank" title="{t}">{t}</a></li>' for k, t in enumerate(FAQ_SIDEBAR, start=1031))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="遵义市12345政务服务便民热线">
<meta name="ColumnName" content="热点问答">
<meta name="ArticleTitle" content="2026年10月热点问答（教育、卫生健康、农业农村）">
<meta name="PubDate" content="{FAQ_DATE}">
<title>2026年10月热点问答（教育、卫生健康、农业农村）-遵义市12345政务服务便民热线</title>
<link rel="stylesheet" href="/static/css/common.css?v=20260901">
<style>
.qa-item {{ border-bottom: 1px dashed #ddd; padding: 14px 0; }}
.tag-q, .tag-a {{ display: inline-block; width: 24px; margin-right: 8px; color: #fff; text-align: center; }}
.tag-q {{ background: #d9363e; }} .tag-a {{ background: #1e7ad6; }}
.sidebar {{ float: right; width: 280px; }}
</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>遵义市人民政府 | 遵义市政务服务网</span><span class="right"><a href="/wza/">无障碍</a> | <a href="/lnb/">长者模式</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/img/logo12345.png" alt="遵义市12345政务服务便民热线"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/rdwd/" class="on">热点问答</a></li><li><a href="/zcjd/">政策解读</a></li><li><a href="/wyts/">我要诉求</a></li><li><a href="/cxhf/">查询回复</a></li><li><a href="/znwd/">智能问答</a></li></ul></div></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/rdwd/">热点问答</a> &gt; 正文</div>
<div class="sidebar">
<div class="box"><h3>相关文件</h3>
<ul class="list">
{side}
</ul></div>
<div class="box"><h3>热线服务</h3><p>遵义市12345政务服务便民热线</p><p>7×24小时人工服务</p></div>
</div>
<div class="article">
<h1>2026年10月热点问答（教育、卫生健康、农业农村）</h1>
<div class="info"><span>发布时间：{FAQ_DATE}</span><span>来源：遵义市12345政务服务便民热线管理中心</span><span>浏览次数：1846</span></div>
<div class="summary">本期问答根据市民来电整理，政策以正式文件为准。如有疑问，请拨打{TEL_12345}热线咨询。</div>
<div class="qa-list">
{items}
</div>
<div class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a></div>
<div class="prev-next"><p>上一篇：<a href="/rdwd/202609/t20260918_8821405.html">2026年9月热点问答（人社、医保）</a></p><p>下一篇：无</p></div>
</div>
</div>
<div class="footer"><div class="w1200"><p>主办单位：遵义市人民政府办公室　承办单位：遵义市12345政务服务便民热线管理中心</p>
<p>网站标识码：5203000039　黔ICP备05002164号-2　黔公网安备 52030202000208号</p></div></div>
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; $(function(){{ $(".qa-item").first().addClass("open"); }});</script>
</body>
</html>
"""


# =============================================================================================
# qa.jsonl and README.md
# =============================================================================================

def _src(number: str | None, title: str) -> dict:
    return {"doc_number": number, "doc_title": title}


FAQ_H1 = "2026年10月热点问答（教育、卫生健康、农业农村）"
S_XQ = _src(XQ_NUMBER, XQ_TITLE)
S_TZ = _src(TZ_NUMBER, TZ_TITLE)
S_OLD = _src(OLD_NUMBER, OLD_TITLE)
S_WL = _src(WL_NUMBER, WL_TITLE)
S_CY = _src(CY_NUMBER, CY_TABLE)
S_FAQ = _src(None, FAQ_H1)
S_JS = _src(JS_NUMBER, JS_TITLE)
NOT_FOUND = "文件中未找到相关规定。"
XQ_REF = f"《{XQ_TITLE}》（{XQ_NUMBER}）"
TZ_REF = f"《{TZ_TITLE}》（{TZ_NUMBER}）"
TZ_SEC = f"{TZ_TITLE} > "
TZ_ANNEX_SEC = f"{TZ_TITLE} > 附件 {TZ_ANNEX}"
CY_SEC = f"{CY_TABLE} > "
CY_SUB_SEC = f"{CY_TABLE} > {CY_SUB_TITLE}"
FAQ_SEC = f"{FAQ_H1} > "
WL_GONE = "该通知有效期至2026年8月31日，已经到期，文件中没有延续该活动或者新的门票优惠规定。"

# (question, answer, key_facts, sources, section, evidence, type, persona, difficulty, corpus_file)
QA: list[tuple[str, str, list[str], list[dict], str | None, str | None, str, str, str, str | None]] = [
    # the DOCX (遵市教发〔2026〕12号, in force as amended by the scan)
    ("我家孩子是2023年10月出生的，今年9月想送去公办幼儿园上小班，家里是低保户，今年秋季学期能申请学前教育资助吗？",
     f"今年秋季学期不能。{XQ_REF}规定，资助对象是在本市公办幼儿园和普惠性民办幼儿园就读、入园当年9月1日前年满3周岁的"
     "在园幼儿中的家庭经济困难幼儿；2023年10月出生的孩子到2026年9月1日还不满3周岁，不在资助范围内。孩子符合年龄条件"
     "入园后，最低生活保障家庭幼儿属于二类幼儿，可以按规定申请。",
     ["入园当年9月1日前年满3周岁"], [S_XQ], f"{XQ_TITLE} > 一、资助对象",
     "在本市经教育行政部门审批设立的公办幼儿园和普惠性民办幼儿园就读、入园当年9月1日前年满3周岁的在园幼儿中，下列"
     "家庭经济困难幼儿可以申请资助", "yesno", "public", "hard", F_DOCX),
    ("我是外省来遵义打工的，孩子跟着我在汇川区一所普惠性民办幼儿园上中班，我们在老家是低保户，在遵义能申请学前资助吗？"
     "要什么条件？",
     f"能。按照{XQ_REF}，非本市户籍幼儿随父母在本市居住、父母一方持有本市居住证的，凭户籍所在地有关部门出具的家庭经济"
     "困难认定证明，与本市户籍幼儿同等享受资助。最低生活保障家庭幼儿属于二类幼儿，减免保育教育费每生每年1600元，生活补助"
     f"自2026年9月1日起为每生每年900元（{TZ_NUMBER}调整后）；须在每学期开学后45日内向就读幼儿园提出申请。",
     ["父母一方持有本市居住证", "与本市户籍幼儿同等享受资助"], [S_XQ, S_TZ], f"{XQ_TITLE} > 一、资助对象",
     "非本市户籍幼儿随父母在本市居住、父母一方持有本市居住证的，凭户籍所在地有关部门出具的家庭经济困难认定证明，与本市"
     "户籍幼儿同等享受资助。", "procedure", "public", "hard", F_DOCX),
    ("孩子爸妈都不在了，一直由我这个奶奶带着，上幼儿园的保教费能全免吗？另外还有没有补助？",
     f"能全免，还有生活补助。父母双亡的孩子属于孤儿，是一类幼儿。按照{XQ_REF}的资助标准表，一类幼儿保育教育费全部免除，"
     f"每生每年不超过2400元，另发放生活补助每生每年1200元（{TZ_NUMBER}没有调整一类幼儿的标准）。由监护人在每学期开学后"
     "45日内向就读幼儿园提出申请。",
     ["全部免除，每生每年不超过2400元", "每生每年1200元"], [S_XQ], f"{XQ_TITLE} > 二、资助标准",
     "一类 特困供养幼儿、孤儿和事实无人抚养儿童 保育教育费 全部免除，每生每年不超过2400元 生活补助 每生每年1200元",
     "numeric", "public", "hard", F_DOCX),
    ("孩子上的是一家收费比较高的私立幼儿园，不是普惠园，家里是低保户，能申请学前资助吗？",
     f"不能。{XQ_REF}的资助对象限于在本市经教育行政部门审批设立的公办幼儿园和普惠性民办幼儿园就读的在园幼儿，非普惠性"
     "民办幼儿园的幼儿不在资助范围内。",
     ["普惠性民办幼儿园"], [S_XQ], f"{XQ_TITLE} > 一、资助对象",
     "在本市经教育行政部门审批设立的公办幼儿园和普惠性民办幼儿园就读", "yesno", "public", "easy", F_DOCX),
    (f"{XQ_NUMBER}自何时起施行、有效期多长？它废止了哪些文件？",
     f"自2026年3月1日起施行，有效期5年；《{OLD_RULES}》（{OLD_RULES_NUMBER}）和《{OLD_TITLE}》（{OLD_NUMBER}）同时废止"
     f"（该通知第六项）。其资助标准和申请期限已由{TZ_NUMBER}自2026年9月1日起部分调整。",
     ["自2026年3月1日起施行，有效期5年", OLD_NUMBER], [S_XQ], f"{XQ_TITLE} > 六、施行日期", XQ_END,
     "validity", "civil_servant", "medium", F_DOCX),
    # the scan (遵市教发〔2026〕58号, amends the DOCX)
    ("我家是低保户，孩子在区里的公办幼儿园上小班，现在一年能减免多少保教费？生活补助一年给多少？",
     f"最低生活保障家庭幼儿属于二类幼儿。按照{XQ_REF}，减免保育教育费每生每年1600元；生活补助原为每生每年600元，"
     f"{TZ_REF}自2026年9月1日起修改为每生每年900元，两项合计每生每年2500元。",
     ["每生每年1600元", "每生每年900元"], [S_TZ, S_XQ], f"{TZ_SEC}一",
     "一、将《通知》第二条资助标准表中二类幼儿生活补助的“每生每年600元”修改为“每生每年900元”", "multi_hop",
     "public", "hard", F_SCAN),
    ("孩子有残疾证，家里不是低保户，在普惠性民办幼儿园上学，保教费现在一年能减免多少？有生活补助吗？",
     f"残疾幼儿属于三类幼儿。{XQ_NUMBER}原定三类幼儿减免保育教育费每生每年1000元、不享受生活补助；{TZ_REF}自2026年"
     "9月1日起将该标准修改为每生每年1300元。三类幼儿仍不享受生活补助。",
     ["每生每年1300元"], [S_TZ, S_XQ], f"{TZ_SEC}二",
     "二、将《通知》第二条资助标准表中三类幼儿的保育教育费减免标准由“每生每年1000元”修改为“每生每年1300元”。",
     "numeric", "public", "hard", F_SCAN),
    ("孩子这学期开学已经一个多月了（差不多40天），现在还能申请学前教育资助吗？找谁申请？",
     f"还可以。{TZ_REF}自2026年9月1日起将{XQ_NUMBER}第三项中的“每学期开学后30日内”修改为“每学期开学后45日内”，开学"
     "40天仍在期限内。由幼儿监护人向就读幼儿园提出申请，填写《遵义市学前教育幼儿资助申请表》，幼儿园初审并在园内公示"
     "5个工作日无异议后报县（市、区）教育局审核。",
     ["每学期开学后45日内", "向就读幼儿园提出申请"], [S_TZ, S_XQ], f"{TZ_SEC}三",
     "三、将《通知》第三条中的“每学期开学后30日内”修改为“每学期开学后45日内”", "deadline", "public", "hard",
     F_SCAN),
    ("低保家庭的孩子上幼儿园，现在减免加补助，一年总共能拿到多少？",
     f"每生每年2500元。按照{TZ_NUMBER}附件《{TZ_ANNEX}》，二类（最低生活保障家庭幼儿）保育教育费减免1600元、生活补助"
     "900元，合计2500元（自2026年9月1日起）。",
     ["2500元"], [S_TZ], TZ_ANNEX_SEC, "二类 最低生活保障家庭幼儿 1600元 900元 2500元", "numeric", "public", "hard",
     F_SCAN),
    ("学前资助的生活补助，秋季学期什么时候能发到手？",
     f"秋季学期于11月30日前发放到位（春季学期于5月31日前）。{TZ_NUMBER}附件注明资助资金按学期发放；生活补助由县（市、区）"
     f"教育局通过银行卡直接发放至幼儿监护人账户（{XQ_NUMBER}）。",
     ["秋季学期于11月30日前发放到位"], [S_TZ, S_XQ], TZ_ANNEX_SEC,
     "资助资金按学期发放，春季学期于5月31日前、秋季学期于11月30日前发放到位。", "deadline", "public", "medium", F_SCAN),
    (f"{TZ_NUMBER}对{XQ_NUMBER}作了哪些修改？从什么时候起施行？",
     "三处：二类幼儿生活补助由“每生每年600元”修改为“每生每年900元”；三类幼儿保育教育费减免由“每生每年1000元”修改为"
     "“每生每年1300元”；申请期限由“每学期开学后30日内”修改为“每学期开学后45日内”；并规定市、县两级财政分担比例按"
     "其附件执行。本通知自2026年9月1日起施行，2026年秋季学期起按照调整后的标准执行，《通知》其他内容不变。",
     ["自2026年9月1日起施行", "每生每年900元", "每学期开学后45日内"], [S_TZ, S_XQ], f"{TZ_SEC}一至五",
     "五、本通知自2026年9月1日起施行，2026年秋季学期起按照调整后的标准执行。《通知》其他内容不变。", "validity",
     "civil_servant", "medium", F_SCAN),
    ("学前教育资助资金在汇川区由市、区两级财政怎么分担？",
     f"市级承担30%，区级承担70%（红花岗区、汇川区、播州区适用；其他县（市）为市级承担50%、县（市）级承担50%）。依据"
     f"{TZ_NUMBER}附件《{TZ_ANNEX}》；{XQ_NUMBER}第四项只规定由市、县两级财政共同承担、分担比例另行明确。",
     ["市级承担30%", "区级承担70%"], [S_TZ, S_XQ], TZ_ANNEX_SEC, "红花岗区、汇川区、播州区 市级承担30% 区级承担70%",
     "numeric", "civil_servant", "hard", F_SCAN),
    # the county portal's page (遵市教发〔2023〕9号, repealed)
    ("在湄潭县政府网站上看到一个学前教育资助的通知，说低保家庭孩子每年减免1200元保教费，外地户口的孩子不能申请，"
     "现在还是这样吗？",
     f"不是。那是《{OLD_TITLE}》（{OLD_NUMBER}），{XQ_REF}第六项规定自2026年3月1日起该通知同时废止。现行规定：最低生活保障家庭幼儿减免"
     f"保育教育费每生每年1600元，并发放生活补助（{TZ_NUMBER}自2026年9月1日起调整为每生每年900元）；非本市户籍幼儿随父母"
     "在本市居住、父母一方持有本市居住证的，与本市户籍幼儿同等享受资助。",
     ["同时废止", "每生每年1600元"], [S_OLD, S_XQ, S_TZ], f"{OLD_TITLE} > 二、资助标准",
     "最低生活保障家庭幼儿减免保育教育费每生每年1200元……本通知资助对象为具有本市户籍的幼儿，非本市户籍幼儿暂不纳入"
     "资助范围。", "validity", "public", "hard", F_GBK),
    (f"{OLD_NUMBER}现在还有效吗？由哪个文件取代？",
     f"已失效。该通知“自印发之日起施行，有效期5年”，按其本身本可执行到2028年，但{XQ_REF}第六项规定自2026年3月1日起该通知"
     f"同时废止；现行学前教育资助按{XQ_NUMBER}执行，其标准和申请期限又经{TZ_NUMBER}自2026年9月1日起调整。",
     [XQ_NUMBER, "同时废止"], [S_OLD, S_XQ], f"{OLD_TITLE} > 四",
     "四、本通知自印发之日起施行，有效期5年。", "validity", "civil_servant", "medium", F_GBK),
    # the screenshot (遵市文广旅发〔2026〕31号, expired)
    ("下个月想带6岁的孩子和70岁的老妈去遵义的景区玩，听说有孩子免门票、老人半价的优惠，现在还能享受吗？",
     f"不能。《{WL_TITLE}》（{WL_NUMBER}）规定的优惠（6周岁（含）以下儿童免门票、60周岁（含）以上老年人门票半价等）只在"
     "2026年7月1日至8月31日执行，" + WL_GONE,
     ["2026年7月1日至8月31日", "有效期至2026年8月31日"], [S_WL], f"{WL_TITLE} > 一、活动时间；五",
     "一、活动时间。2026年7月1日至8月31日。……五、本通知自2026年7月1日起施行，有效期至2026年8月31日。",
     "validity", "public", "hard", F_SHOT),
    (f"{WL_NUMBER}对省外游客规定了什么门票优惠？该通知现在是否仍然有效？",
     "省外游客凭本人身份证享受门票8折优惠；但该通知自2026年7月1日起施行，有效期至2026年8月31日，截至2026年12月2日已经"
     "失效，文件中没有后续延续的规定。",
     ["省外游客凭本人身份证享受门票8折优惠"], [S_WL], f"{WL_TITLE} > 二、优惠对象和标准；五",
     "省外游客凭本人身份证享受门票8折优惠。……五、本通知自2026年7月1日起施行，有效期至2026年8月31日。", "validity",
     "civil_servant", "medium", F_SHOT),
    # the XLSX (遵府办发〔2026〕9号's 任务分工表 and 补贴标准)
    ("我在湄潭县有30亩老茶园，产量一年不如一年，想改造一下，政府每亩能补多少？",
     f"每亩500元。按照{CY_NUMBER}（茶产业三年行动方案）的市级财政补贴标准，低产低效茶园改造面积20亩以上的，每亩补助500元，"
     "每年10月31日前向茶园所在地县级农业农村部门申报；同一地块不得同时享受新建生态茶园补贴和低产低效茶园改造补贴。",
     ["每亩500元", "改造面积20亩以上"], [S_CY], CY_SUB_SEC, "低产低效茶园改造 改造面积20亩以上 每亩500元 每年10月31日前",
     "numeric", "public", "hard", F_XLSX),
    ("想在凤冈县流转土地新种一片茶园，政府有补贴吗？要种多大面积才行？",
     f"有。新建生态茶园补贴的条件是集中连片50亩以上，标准为每亩800元，分两年兑现；每年10月31日前向茶园所在地县级农业农村部门申报"
     f"（{CY_NUMBER}茶产业三年行动方案的市级财政补贴标准）。",
     ["集中连片50亩以上", "每亩800元，分两年兑现"], [S_CY], CY_SUB_SEC,
     "新建生态茶园 集中连片50亩以上 每亩800元，分两年兑现 每年10月31日前 茶园所在地县级农业农村部门", "numeric",
     "public", "medium", F_XLSX),
    ("茶产业三年行动方案的任务分工中，“有机茶认证”由哪个单位牵头、哪个单位配合？完成时限是什么时候？",
     f"牵头单位为市农业农村局（分工表第1至3项的牵头单位是同一个合并单元格），配合单位为市市场监督管理局，完成时限为"
     f"2028年6月底前；任务是新增有机茶认证面积3万亩（{CY_NUMBER}附件第3项）。",
     ["市农业农村局", "市市场监督管理局", "2028年6月底前"], [S_CY], f"{CY_SEC}3",
     "3 有机茶认证 新增有机茶认证面积3万亩 市市场监督管理局 2028年6月底前", "department", "civil_servant", "hard",
     F_XLSX),
    ("茶产业三年行动方案各牵头单位什么时候报送任务进展？报给哪个部门？",
     f"每年6月30日和12月20日前，将任务进展情况报市农业农村局（市茶产业发展领导小组办公室）（{CY_NUMBER}附件任务分工表"
     "备注）。",
     ["每年6月30日和12月20日前", "市农业农村局（市茶产业发展领导小组办公室）"], [S_CY], f"{CY_SEC}备注", CY_NOTE,
     "deadline", "civil_servant", "medium", F_XLSX),
    ("企业新建清洁化加工生产线，市级财政怎么补？每年什么时候、向哪个部门申报？",
     f"按设备投资额的30%补助，最高不超过50万元；每年10月31日前向县级工业和信息化部门申报（{CY_NUMBER}茶产业三年行动方案"
     "的市级财政补贴标准）。",
     ["按设备投资额的30%补助，最高不超过50万元", "县级工业和信息化部门"], [S_CY], CY_SUB_SEC,
     "清洁化加工生产线 新建或者改造清洁化加工生产线 按设备投资额的30%补助，最高不超过50万元 每年10月31日前 县级工业"
     "和信息化部门", "numeric", "civil_servant", "hard", F_XLSX),
    # the 12345 FAQ page (计划生育家庭扶助: 遵市卫健发〔2026〕17号, known only through the page)
    ("我父母都是农村户口，只生了我一个，现在两个人都过了60岁，每个月能领多少钱？",
     f"按照12345热线热点问答所引《{JS_TITLE}》（{JS_NUMBER}），农村独生子女父母年满60周岁后可以享受农村部分计划生育家庭"
     "奖励扶助金，自2026年1月1日起标准为每人每月120元。新申报对象须于每年3月31日前向户籍所在地村（居）民委员会提出申请。",
     ["每人每月120元"], [S_FAQ, S_JS], f"{FAQ_SEC}问3", "农村独生子女父母和农村只有两个女孩的父母，年满60周岁后可以享受农村部分计划生育家庭奖励扶助金，自2026年1月1日起"
     "标准为每人每月120元。", "numeric", "public", "medium", F_FAQ),
    ("我儿子是独生子，前年生病走了，我和老伴今年都61岁，有什么扶助？每月多少钱？",
     f"可以享受计划生育特别扶助金。按照12345热线热点问答所引{JS_NUMBER}，独生子女死亡后未再生育或者合法收养子女的夫妻，"
     "女方年满49周岁后可以享受，自2026年1月1日起独生子女死亡家庭每人每月750元（独生子女伤残（三级以上）家庭为每人每月"
     "600元）。",
     ["每人每月750元"], [S_FAQ, S_JS], f"{FAQ_SEC}问4",
     "独生子女死亡家庭每人每月750元，独生子女伤残（三级以上）家庭每人每月600元。", "numeric", "public", "hard", F_FAQ),
    ("给父母申请计划生育奖励扶助金，要去哪里申请？有没有时间要求？",
     f"新申报对象于每年3月31日前向户籍所在地村（居）民委员会提出申请，经乡镇人民政府（街道办事处）审核、县级卫生健康部门"
     f"审批后纳入扶助范围（{JS_NUMBER}，据12345热线热点问答）。",
     ["每年3月31日前", "户籍所在地村（居）民委员会"], [S_FAQ, S_JS], f"{FAQ_SEC}问3",
     "新申报对象于每年3月31日前向户籍所在地村（居）民委员会提出申请，经乡镇人民政府（街道办事处）审核、县级卫生健康部门"
     "审批后纳入扶助范围。", "deadline", "public", "medium", F_FAQ),
    # unanswerable
    ("2026年全市学前教育资助资金总额是多少？计划资助多少名幼儿？",
     NOT_FOUND + f"{XQ_NUMBER}和{TZ_NUMBER}只规定了资助对象、每生每年的资助标准和市、县两级财政分担比例，没有规定资金"
     "总额和资助人数。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
    ("茶产业三年行动方案的任务分工表里，市农业农村局负责茶园提质增效的具体联系人是谁？电话多少？",
     NOT_FOUND + f"{CY_NUMBER}的任务分工表只列出牵头单位、配合单位和完成时限（茶园提质增效由市农业农村局牵头），没有"
     "联系人和电话。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("农村计划生育家庭奖励扶助金能让子女代领吗？父母户口迁到城里以后还能继续领吗？",
     NOT_FOUND + f"12345热线热点问答所引{JS_NUMBER}只说明了奖励扶助的对象、每人每月120元的标准和每年3月31日前的申报程序，"
     "没有代领和户口迁移后是否继续享受的规定。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("贵阳市低保家庭的孩子上幼儿园，一年能减免多少保教费？",
     NOT_FOUND + f"文件只有遵义市的规定（{XQ_NUMBER}：最低生活保障家庭幼儿减免保育教育费每生每年1600元），12345问答页的"
     "“相关文件”栏只列出《贵阳市学前教育资助实施办法》的标题，没有其内容。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("遵义市区出租车起步价是多少？晚上有没有夜间加价？",
     NOT_FOUND + "文件中没有出租车运价的规定。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("学前资助里说的“低保边缘家庭”是怎么认定的？家庭收入低于多少才算？",
     NOT_FOUND + f"{XQ_NUMBER}把低保边缘家庭幼儿列为三类资助对象，但没有规定低保边缘家庭的认定标准和收入线。",
     [], [], None, None, "unanswerable", "public", "medium", None),
]


README = """# city14: a blind fixture of 遵义市 (贵州省) policy documents

A small corpus of policy documents of a fourteenth held-out city, 遵义市, and 30 questions about them, for
checking that policyqa works on documents it has never seen, in the kinds of file real users bring: an
image-only scanned PDF (three greyscale JPEG pages, the third a landscape table stored turned), an old county
portal page saved as HTML whose bytes are GBK under a `charset=gb2312` meta, a long phone screenshot (PNG) of a
政务公众号 解读, an XLSX 任务分工表 with merged cells and a hidden sheet, a DOCX with its 文头 in a text box,
automatic numbering and tables inside table cells, and a 12345 热线 政策问答 page. The city, its districts and
counties (红花岗区, 汇川区, 播州区; 湄潭县, 凤冈县), the departments and bodies (市教育局, 市财政局, 市卫生健康局,
市文化广电旅游局, 市农业农村局, 市工业和信息化局, 市商务局, 市市场监督管理局, 市林业局, 市自然资源和规划局, 市生态环境局,
市科学技术局, 市投资促进局, 市交通运输局, 中国人民银行遵义市分行, 省教育厅学生资助管理中心, 湄潭县人民政府), the tea
brands “遵义红” and “湄潭翠芽”, the 12345 hotline and the area code 0851 are real; 贵阳市, 毕节市, 铜仁市 and 安顺市
occur only as titles in the 问答 page's “相关文件” sidebar (the titles are invented too). Every document, 文号,
figure, date, person (杨晓梅, 刘镕, 王喆, 张堃, 罗文静, 田茂林), phone number, URL path, 网站标识码 and ICP number,
the scanner's name in the PDF, the 公众号 “遵义文旅” and what it posts, the tasks given to the bodies and the
计划生育 notice 遵市卫健发〔2026〕17号 (known only through the 问答 page) are invented. Nothing is taken from a real
document.

The content is consistent across documents. The DOCX 遵市教发〔2026〕12号 (《遵义市教育局 遵义市财政局关于做好学前
教育幼儿资助工作的通知》, 2026-02-16, “自2026年3月1日起施行，有效期5年”) sets the 学前教育 资助 in three classes — 一类
(特困供养幼儿、孤儿和事实无人抚养儿童) 保育教育费 “全部免除，每生每年不超过2400元” and 生活补助 “每生每年1200元”; 二类
(最低生活保障家庭幼儿) “减免每生每年1600元” and “每生每年600元”; 三类 (低保边缘家庭幼儿、残疾幼儿和烈士子女) “减免每生每年
1000元”, 生活补助 “不享受” —, the 申请 period “每学期开学后30日内”, 居住证 holders' children on equal terms, and leaves
the 市/县 shares “另行明确”; its item 六 **repeals** 《遵义市学前教育资助管理暂行办法》（遵市教发〔2019〕35号, not in the
corpus) and the GBK page's 遵市教发〔2023〕9号 (“同时废止”), whose own term (“有效期5年”, from 2023-03-08) would still
run. The scan 遵市教发〔2026〕58号 (2026-08-20) **amends** the DOCX from 2026-09-01 (“将《通知》第二条资助标准表中二类
幼儿生活补助的“每生每年600元”修改为“每生每年900元””, 三类 “每生每年1000元” → “每生每年1300元”, 第三条 “每学期开学后30日内”
→ “每学期开学后45日内”, “《通知》其他内容不变”) — the item numbers it cites (第二条, 第三条, 第四条) are the DOCX's
automatic numbers, which are not in the DOCX's text — and its landscape 附件 sets what the DOCX left open (合计
不超过3600元 / 2500元 / 1300元; 红花岗区、汇川区、播州区 市级承担30% 区级承担70%, 其他县（市） 50% / 50%; 发放 春季学期
5月31日前, 秋季学期 11月30日前). The 12345 page (发布时间 2026-10-20) quotes the current figures (1600元, 900元, 45日内,
居住证) with both 文号. The 2023 page's notice and its 政策解读 give the old ones (1000元, 1200元, 800元, 20日内, 本市户籍
only). The screenshot's 遵市文广旅发〔2026〕31号 (暑期景区门票优惠) **expired by its own 有效期** (“本通知自2026年7月1日起
施行，有效期至2026年8月31日”) and no later one exists. The XLSX is the 附件 of 遵府办发〔2026〕9号 (茶产业三年行动方案,
no 有效期, in force); its 补贴标准 sheet gives 新建生态茶园 “每亩800元，分两年兑现” (集中连片50亩以上), which the 12345 page
repeats; its hidden sheet holds the 征求意见稿's other figures.

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏,
潍坊/山东, 柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西) occurs in a corpus file. The topics are new
as far as the helper could see (it read only the opening text of city2 … city12's READMEs, which do not all list
their topics): 学前教育幼儿资助 (a notice, its amendment, a repealed 2023 notice), 计划生育家庭奖励扶助和特别扶助 (through
the 问答 page), 暑期景区门票优惠 (expired) and 茶产业 (a 任务分工表 and 补贴标准).

**Who wrote it and what they saw.** A helper session wrote it from a brief. It did not read the system's code
(`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`, `tests/integration/`,
`tests/e2e/`), any `out/`, `var/`, `/tmp/dbg` or `/tmp/snap` folder, or other cities' generators and qa files
besides those named here; it did not run policyqa, pytest or `git status`/`git diff`/`git log`, and committed
nothing. It read `tests/data/city13/README.md` (whole, its last section “What the first run found”, which describes
how the system fared on city13, included), the first six lines of `tests/data/city13/qa.jsonl`,
`tests/support/make_city13_fixtures.py` (whole, in five displays with lines cut at 300 to 400 characters),
`tests/support/print_lines.py` and `tests/support/qa_lines.py` (whole; `wrap_cjk`, `cjk_face` and `qa_jsonl` are
imported by the generator), and of each of `tests/data/city2/README.md` … `tests/data/city12/README.md` the text
before `## Files`, cut at its first 3,500 bytes, plus the sentences naming topics in those texts (found with grep;
city12's topic paragraph in full). Outside that list it read the `[tool.ruff]` and `[tool.ruff.lint]` sections of
`pyproject.toml`, listed the folder names of `tests/data/` and `tests/support/` (no `city14` existed), listed the
machine's CJK fonts (`fc-list :lang=zh`, the first ten lines, and the names in `/usr/share/fonts/opentype/noto/`), and
listed the names in `.venv/bin/` filtered for “ocr” and “ruff” (to find `rapidocr_onnxruntime`; not named in its
brief). It read installed sources of the libraries it used, in its own venv: python-docx's `_Cell.add_table` and
`_Cell.text` (`docx/table.py`) and the lines of openpyxl's `writer/excel.py` and `packaging/core.py` that set the
`modified` date and write the zip. No answer was tuned against the system; the command below had **not been run**
on this fixture when it was handed over. Everything was made and checked in a separate venv (`/tmp/c14venv`:
python-docx 1.2.0, openpyxl 3.1.5, Pillow 13.0.0, lxml 6.2.1, pypdfium2 5.15.2, reportlab 5.1.0 (installed, not
used), ruff 0.17.6) with Noto Sans/Serif CJK SC. Outside tools run on corpus files: `rapidocr_onnxruntime` from the
project's `.venv`, called directly with `python -c` (not through policyqa), on the scan's pages as pypdfium2 renders
them (200 dpi, the page's /Rotate applied), on the third page's image as it is stored in the file (turned), and on
the screenshot; openpyxl to read the XLSX back; python-docx and lxml (the raw XML) to read the DOCX back; lxml to read
both HTML pages (the GBK one from its raw bytes and from its GBK decoding); Python's `gb2312` and `gbk` codecs; `ruff
check` (the venv's ruff, the project's settings) on the generator only — run from the repository root, it wrote its
cache under `.ruff_cache/0.17.6/` (a git-ignored folder that already existed), the one write outside the paths the brief
allowed. No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `zunyi-xueqian-zizhu-saomiao.pdf` | 遵义市教育局 遵义市财政局关于调整学前教育幼儿资助标准的通知, 遵市教发〔2026〕58号 (2026-08-20) | **An image-only scan as a copier's “scan to PDF” writes it** (written object by object: per page one greyscale JPEG, `DCTDecode`, 1654 × 2339 px at 200 dpi, filling an A4 page; no text layer, no fonts; Producer “Canon iR-ADV C5535 PDF”). Pages 1–2 portrait: 文头 “遵义市教育局文件” and the rule under the 文号 in the grey a greyscale scan makes of red, the title over two lines (“遵义市教育局　遵义市财政局 / 关于调整学前教育幼儿资助标准的通知”), addressee, items 一 … 五, contact (杨晓梅, 0851-28222134), “附件：调整后的学前教育幼儿资助标准及资金分担表”, the signature under two grey seals (ring, star, issuer's name), 公开 line, 抄送/印发 between rules, page numbers “— n —”; **skewed −0.3° and +0.3°**, a grey shadow along the left edge, 1,800 seeded specks per page and two faint dust streaks (`random.Random(1414)`), a light blur. **Page 3 is the landscape 附件: the image is stored turned 90° counter-clockwise (1654 × 2339, the text running bottom to top, as the sheet went through the feeder) and the page's `/Rotate` is 90**, so a viewer (and pypdfium2's render) shows it upright and landscape, but a reader that takes the embedded image as it is gets it sideways. It holds two ruled tables and notes found nowhere else: **资助类别 / 资助对象 / 保育教育费减免 / 生活补助 / 合计 (单位：每生每年): 一类 全部免除（不超过2400元）/ 1200元 / 不超过3600元; 二类 1600元 / 900元 / 2500元; 三类 1300元 / 不享受 / 1300元** (three rows and five columns of figures to swap), **区域 / 市级财政 / 县级财政: 红花岗区、汇川区、播州区 市级承担30% / 区级承担70%; 其他县（市） 市级承担50% / 县（市）级承担50%**, and **注 “资助资金按学期发放，春季学期于5月31日前、秋季学期于11月30日前发放到位”**. Facts on pages 1–2: **一 “每生每年600元”修改为“每生每年900元” (二类 生活补助); 二 三类 保育教育费减免 “每生每年1000元”修改为“每生每年1300元”; 三 “每学期开学后30日内”修改为“每学期开学后45日内”**; 四 shares per the 附件; **五 “本通知自2026年9月1日起施行，2026年秋季学期起按照调整后的标准执行。《通知》其他内容不变。”** The amendment cites the DOCX's items as 第二条/第三条/第四条, numbers the DOCX draws by numbering and does not hold in its text. |
| `meitan-xueqian-zizhu-2023-gbk.html` | 遵义市教育局 遵义市财政局关于进一步做好学前教育资助工作的通知, 遵市教发〔2023〕9号 (2023-03-08), reposted on the 湄潭县人民政府 site on 2023-03-15 | **An old county portal page: the `meta` declares `charset=gb2312`, the bytes are GBK** (`html_gbk().encode("gbk")`): **the author in the info line “作者：王喆”, the reviewer “审核：张堃” and the contact “刘镕” use 喆, 堃 and 镕, which GB2312 lacks**, so a strict GB2312 decoder fails at the info line above the notice, and **lxml given the raw bytes keeps only the page up to “作者：王” (294 characters: the `title`, the menu, the left column, the breadcrumb, the notice's title and half the info line) and silently drops the notice and everything after it**; decoded as GBK the page reads whole. XHTML 1.0 Transitional, layout `table`s three deep (banner, menu row, search form, a left column of 栏目 links, the content cell), `font` tags, `&nbsp;` indents, the breadcrumb “您当前的位置：首页 > 政务公开 > 上级文件”, the title in red, “发布时间 … 信息来源 … 作者 … 点击数 …【字体：大 中 小】”, the notice (文号, addressee, items 一 … 四, signature pushed right with `&nbsp;`, “（此件公开发布）”), **a 附件 list of two links (.doc, .xls)**, **a 政策解读 block of four 问/答 pairs below the notice that restate its figures** (“最低生活保障家庭幼儿每生每年减免保育教育费1200元”, “非本市户籍幼儿暂不纳入资助范围”, 20日内), the contact line, 【打印本页】【关闭窗口】 and the footer (网站标识码, 黔ICP备, 黔公网安备). Facts: 一 本市户籍 only; **二 一类 免除 + 生活补助 每生每年1000元; 低保 减免 每生每年1200元; 残疾、烈士子女 每生每年800元**; 三 20日内; **四 “本通知自印发之日起施行，有效期5年” — which alone would run to 2028, but 遵市教发〔2026〕12号 repealed it from 2026-03-01.** |
| `zunyi-wenlv-shuqi-jiedu-jietu.png` | a 解读 of 遵义市文化广电旅游局关于开展2026年暑期景区门票优惠活动的通知, 遵市文广旅发〔2026〕31号, posted by the 公众号 “遵义文旅” on 2026-06-21 | **A long phone screenshot, 1080 × 5956 px, RGB PNG, no text but the pixels**: the phone's status bar (18:26, signal, 5G, battery), the article bar (×, ···), the headline “政策解读｜暑期来遵义，这些人游景区免门票、享半价！” over two lines, “原创 遵义文旅 2026年6月21日 18:00 贵州”, an intro naming the notice and its 文号 (**broken over two lines, “…（遵市文广旅发〔2026〕31 / 号）”**), **a boxed “划重点” summary with orange diamond bullets** (活动时间：2026年7月1日至8月31日; 中小学生凭学生证免门票; 6周岁（含）以下儿童免门票; 60周岁（含）以上老年人门票半价; 省外游客凭身份证享受门票8折优惠), a green banner “暑期游遵义·优惠看这里”, **headings in brick red with a bar (01 … 04)**, **“04 政策原文（节选）” quoting items 一, 二 and 五 of the notice**, a 温馨提示, “往期推荐” links, 来源/编辑 lines, 阅读原文, **the footer “阅读 2.3万 · 分享 · 赞 412 · 在看 186”** and 写留言. Facts: 一 **“2026年7月1日至8月31日”**; 二 中小学生 免, 6周岁（含）以下 免, 60周岁（含）以上 半价, **“省外游客凭本人身份证享受门票8折优惠”**; **五 “本通知自2026年7月1日起施行，有效期至2026年8月31日” — expired; no later notice.** No count or list of 景区. |
| `zunyi-chaye-renwu-fengong.xlsx` | 遵义市茶产业高质量发展三年行动方案（2026—2028年）重点任务分工表, the 附件 of 遵府办发〔2026〕9号 (《遵义市人民政府办公室关于印发遵义市茶产业高质量发展三年行动方案（2026—2028年）的通知》) | **An openpyxl workbook of three sheets**, re-zipped with one fixed timestamp (created 2026-03-16, modified 2026-03-20, creator 市农业农村局). **Sheet “重点任务分工”**: the title merged over A1:F1, “（遵府办发〔2026〕9号附件）” merged over A2:F2, the header 序号 / 重点任务 / 具体内容 / 牵头单位 / 配合单位 / 完成时限, eight rows, **市农业农村局 one merged cell D4:D6 over tasks 1–3 (茶园提质增效, 茶园绿色防控, 有机茶认证) and 市工业和信息化局 one merged cell D7:D8 over tasks 4–5 — rows 2, 3 and 5 read with an empty 牵头单位**, and **a 备注 row merged over A12:F12: “各牵头单位于每年6月30日和12月20日前将任务进展情况报市农业农村局（市茶产业发展领导小组办公室）”**; 序号 numbers, wrapped cells, borders, landscape print setup with a title row, frozen panes. **Sheet “补贴标准”** (补贴项目 / 补贴条件 / 补贴标准 / 申报时间 / 受理部门): **新建生态茶园 集中连片50亩以上 “每亩800元，分两年兑现”; 低产低效茶园改造 改造面积20亩以上 “每亩500元”; 茶园绿色防控 “每亩100元”; 有机茶认证 “每个经营主体一次性奖励5万元”; 清洁化加工生产线 “按设备投资额的30%补助，最高不超过50万元”** (rows a careless reader swaps), 申报时间 每年10月31日前 (绿色防控 7月31日前, 有机 获证后6个月内), **受理部门 “茶园所在地县级农业农村部门” one merged cell E3:E6 over four rows**, 清洁化 “县级工业和信息化部门”, and the 注 “同一地块不得同时享受新建生态茶园补贴和低产低效茶园改造补贴”. **Sheet “征求意见稿” is hidden (`sheet_state="hidden"`)** and holds the December 2025 draft's other figures (新建 集中连片30亩以上 每亩1000元 一次性兑现; 改造 30亩以上 每亩600元; 绿色防控 每亩80元; 有机 3万元; 清洁化 25%, 最高不超过40万元; 申报 9月30日前). **The visible sheets are the truth; a reader should skip the hidden sheet or mark it as a draft, and an answer of 600元, 1000元 or 25% is read from it.** No person, phone or total budget. |
| `zunyi-xueqian-zizhu-tongzhi.docx` | 遵义市教育局 遵义市财政局关于做好学前教育幼儿资助工作的通知, 遵市教发〔2026〕12号 (2026-02-16) | **A 通知 as a 科室 formats it in WPS** (python-docx, then raw XML; core dates and zip timestamps fixed): **the 文头 “遵义市教育局文件” (red) and the 文号 over a red rule are in a floating text box — `mc:AlternateContent` with `wps:wsp`/`wps:txbx`/`w:txbxContent` and its VML fallback `v:textbox`, so the raw XML holds them twice and python-docx's paragraphs not at all**; **the 文号 again in the page header** (`header1.xml`), the page number “— PAGE —” in the footer; the title (issuers, a `w:br`, the rest), addressee, intro; **the items are numbered by `w:numPr` (an added `w:abstractNum`: level 0 `chineseCounting` “%1、”, level 1 “（%2）”, no tab after): the text holds “资助对象。…”, not “一、资助对象。…”**, so the scan's “第二条”/“第三条” point at numbers only the numbering draws; the three classes as level-1 items; **the 资助标准 table (资助类别 / 资助对象 / 资助内容) whose 资助内容 cells each hold a table of their own (保育教育费 | 生活补助 and their standards) and no paragraph before it: python-docx's `cell.text` of those cells is empty**; signature, 公开 line, 抄送/印发 between rules. Facts: **一 “入园当年9月1日前年满3周岁”, 公办幼儿园和普惠性民办幼儿园 only; “非本市户籍幼儿随父母在本市居住、父母一方持有本市居住证的 … 与本市户籍幼儿同等享受资助”**; **二 the nested table: 一类 “全部免除，每生每年不超过2400元” / “每生每年1200元”; 二类 “减免每生每年1600元” / “每生每年600元”; 三类 “减免每生每年1000元” / “不享受”** (600元 and 1000元 amended by the scan); 生活补助 by 银行卡 to the 监护人; **三 “每学期开学后30日内” (amended) 向就读幼儿园提出申请, 公示5个工作日, 县（市、区）教育局 审核**; 四 shares “另行明确”, 3%至5%; 五 0851-28222134; **六 “本通知自2026年3月1日起施行，有效期5年” and the repeal of 遵市教发〔2019〕35号 and 遵市教发〔2023〕9号**. No total budget, no number of children, no definition of 低保边缘家庭. |
| `zunyi-12345-zhengce-wenda.html` | 2026年10月热点问答（教育、卫生健康、农业农村）, 遵义市12345政务服务便民热线 (发布时间 2026-10-20 09:30) | **A 12345 热线 政策问答 page** (UTF-8): top bar, nav, breadcrumb, **a “相关文件” sidebar listing four notices of other cities (《贵阳市学前教育资助实施办法》, 《毕节市计划生育家庭特别扶助实施细则》, 《铜仁市茶产业发展奖补办法》, 《安顺市学前教育幼儿资助工作实施方案》: titles and links only, no content)**, the title, 发布时间/来源/浏览次数, a disclaimer, five 问/答 pairs in citizens' words, each 答 citing a notice by its full title and 文号, share links, 上一篇/下一篇, footer and a script. Facts: 1 低保 幼儿 二类 1600元 and 900元 “自2026年秋季学期起”, 45日内 (遵市教发〔2026〕12号 + 58号); 2 居住证 (12号); **3 农村部分计划生育家庭奖励扶助金 “每人每月120元” from 2026-01-01, “新申报对象于每年3月31日前向户籍所在地村（居）民委员会提出申请”; 4 特别扶助金 “独生子女死亡家庭每人每月750元，独生子女伤残（三级以上）家庭每人每月600元” (two figures to swap), 女方年满49周岁** (both from 遵市卫健发〔2026〕17号, in no other file); 5 新建生态茶园 800元 (遵府办发〔2026〕9号). Nothing on 代领 or on a 户口 moved. |

All six files are written by `tests/support/make_city14_fixtures.py` (see its docstring), the two HTML pages as
literal text, together with this README and `qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c14-001`…`c14-030`, in the format of `tests/data/city13/qa.jsonl` (same fields, same order): `id`,
`question`, `answer`, `key_facts` (1–3 short strings copied verbatim from a document's text), `sources`
(`doc_number`, `doc_title`), `section` (title > section path), `evidence` (verbatim; “……” marks a gap, table rows
are given as their cells separated by spaces), `type`, `persona`, `difficulty`, `corpus_file`. Multi-issuer
`doc_title`s join issuers with a space, as the documents print them. The XLSX's source is
(遵府办发〔2026〕9号, the table's own title “遵义市茶产业高质量发展三年行动方案（2026—2028年）重点任务分工表”), since the
notice's title is not in the workbook; the 问答 page's questions name the page (`doc_number` null, title
“2026年10月热点问答（教育、卫生健康、农业农村）”) and the notice it cites (遵市卫健发〔2026〕17号). Questions with more than
one source: c14-002 (DOCX + scan; the DOCX), c14-006…c14-008, c14-010…c14-012 (scan + DOCX; the scan), c14-013 (GBK
page + DOCX + scan; the page), c14-014 (GBK page + DOCX; the page), c14-022…c14-024 (the 问答 page + 遵市卫健发〔2026〕17号).
A key fact may stand in any of a question's sources' files (c14-006's “每生每年1600元” is in the DOCX, “每生每年900元” in
the scan).

- c14-001…c14-004, c14-006…c14-010, c14-013, c14-015, c14-017, c14-018, c14-022…c14-024: questions from the public
  in everyday words. **c14-001 a child's age** (born 2023年10月, 入园 2026年9月: no, “入园当年9月1日前年满3周岁”);
  **c14-002 a worker from another province** (居住证, “与本市户籍幼儿同等享受资助”; the repealed 2023 notice said no);
  **c14-003 a grandmother, the nested table's 一类 row** (孤儿: 全部免除 ≤2400元 and 1200元); c14-004 a 非普惠 幼儿园 (no);
  **c14-006 a 低保 family, the amended figure across two files** (1600元 from the DOCX, 900元 from the scan, not 600元);
  **c14-007 the other amended figure** (残疾 三类: 1300元, not 1000元); **c14-008 the amended period** (40 days after
  开学: still in time, 45日 not 30日); **c14-009 the rotated page's 合计** (2500元, in no other file); **c14-010 the
  rotated page's note** (秋季学期 11月30日前); **c14-013 the repealed notice asked as if current** (1200元, 本市户籍 only:
  repealed, now 1600元 + 900元 and 居住证); **c14-015 the expired notice asked as if current** (6岁 child, 70岁
  mother: the 暑期 优惠 ran 2026年7月1日至8月31日, 有效期至2026年8月31日, nothing later); **c14-017 a 补贴标准 row** (30亩
  老茶园 改造: 每亩500元, not the hidden draft's 600元 nor 新建's 800元); c14-018 the other row (新建: 集中连片50亩以上,
  每亩800元 分两年兑现; the draft says 30亩, 1000元); **c14-022 an elderly parent** (农村 独生子女 父母 60岁: 每人每月120元);
  **c14-023 the other 扶助 row** (独生子 died: 750元, not 伤残's 600元); c14-024 when and where (每年3月31日前, 村（居）民委员会).
- c14-005, c14-011, c14-012, c14-014, c14-016, c14-019…c14-021: civil-servant questions. **c14-005 施行, 有效期 and
  what the DOCX repealed** (2026-03-01, 5年; 遵市教发〔2019〕35号, 遵市教发〔2023〕9号); **c14-011 what the scan amends and
  from when** (three changes, 2026-09-01, 其他内容不变); **c14-012 a row of the rotated page's second table** (汇川区:
  市级承担30%, 区级承担70%); **c14-014 what replaced the repealed notice** (遵市教发〔2026〕12号, “同时废止”, though its own
  有效期5年 would run to 2028); **c14-016 the expired notice's rule and term** (省外 8折; 有效期至2026年8月31日); **c14-019
  牵头 from a merged cell, 配合 and 时限** (有机茶认证: 市农业农村局 (D4:D6), 市市场监督管理局, 2028年6月底前); **c14-020
  when and to whom, from the 备注 row** (每年6月30日和12月20日前, 市农业农村局（市茶产业发展领导小组办公室）); **c14-021
  标准 and when/where** (清洁化加工: 30%, 最高50万元; 每年10月31日前, 县级工业和信息化部门; the draft says 25%, 40万元).
- c14-025…c14-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no
  sources): **c14-025 a figure the documents do not give on a topic they cover** (学前资助 资金总额 and 人数: only
  per-child standards and shares); **c14-026 a person the documents do not name** (茶园提质增效's 联系人 and phone: the table
  names 市农业农村局 only); **c14-027 two parts, neither answered, both close** (奖励扶助金 代领; 户口 moved to town: the
  page gives only 对象, 120元 and the 申报 step); **c14-028 another city** (贵阳市's 学前资助: 贵阳 occurs only as a
  title in the sidebar, with no content); c14-029 出租车 运价 (出租车 and 起步价 occur in no file); **c14-030 a fact the DOCX
  does not give on a group it names** (低保边缘家庭's 认定标准 and income line).

Personas: 20 public, 10 civil_servant. Files as `corpus_file`: scan 7 (its rotated page 3), DOCX 5, XLSX 5, 问答 page 3,
GBK page 2, screenshot 2, none 6. Types: numeric 9, validity 6, deadline 4, yesno 2, procedure 1, multi_hop 1,
department 1, unanswerable 6. Difficulty: 2 easy, 12 medium, 16 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply:
**遵市教发〔2026〕12号 (from 2026-03-01, 有效期5年) as amended by 遵市教发〔2026〕58号 from 2026-09-01: 二类 生活补助 900元,
三类 减免 1300元, 申请 每学期开学后45日内, the shares and 发放 dates of the 附件**; 遵府办发〔2026〕9号 (茶产业, no 有效期; its
visible 补贴标准); 遵市卫健发〔2026〕17号 as the 12345 page reports it. **Not in force: 遵市教发〔2023〕9号 (repealed from
2026-03-01 although its own “有效期5年” would still run) and 遵市文广旅发〔2026〕31号 (有效期至2026年8月31日, no
successor).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city14/qa.jsonl --corpus tests/data/city14/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs a CJK font: `apt-get install fonts-noto-cjk`):

```
python3 -m venv /tmp/c14venv && /tmp/c14venv/bin/pip install python-docx openpyxl lxml reportlab Pillow pypdfium2
cd /work/main && PYTHONPATH=. /tmp/c14venv/bin/python tests/support/make_city14_fixtures.py
```

Generation takes about 3 s. Two runs into two fresh folders give all eight files byte for byte (checked with
sha256sum): the DOCX's and the XLSX's zip timestamps and core dates are fixed, the scan's specks and streaks are
seeded, the PDF is written object by object with fixed dates, the screenshot has no randomness. Another Pillow
(its JPEG and PNG encoders, its text rendering), python-docx, openpyxl or font can change the scan, the
screenshot, the DOCX and the XLSX.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city13's fields in city13's order, and the ids run
  `c14-001`…`c14-030` in order; the 6 unanswerable lines have `key_facts` [], `sources` [],
  `section`/`evidence`/`corpus_file` null and answers starting “文件中未找到相关规定。”; every other line's
  `corpus_file` is the file of one of its sources; the persona, type and difficulty counts above;
- every key fact occurs in its answer and, with whitespace removed, in the text of one of its sources' files as a
  reader gets it: for the XLSX the rows of the two visible sheets read by openpyxl (cells joined by spaces); for the
  DOCX the `w:t` text of `word/document.xml` and `word/header1.xml` in document order (table cells, nested ones
  included, joined by spaces); for the two HTML pages lxml's `text_content()` of the page with `script`/`style`
  removed (the GBK page decoded as GBK first); **for the scan and the screenshot the OCR output** of the trial below.
  Every evidence part (“……” splits it) occurs likewise in the `corpus_file`, with one exception, and every
  `doc_number` and `doc_title` in its source's file, with two: **c14-009's evidence row “二类 最低生活保障家庭幼儿
  1600元 900元 2500元” comes back from OCR with the 资助对象 cell after the figures** (“二类 / 1600元 / 900元 / 2500元 /
  最低生活保障家庭幼儿”); **the scan's 文号 遵市教发〔2026〕58号 occurs in its OCR text only as “遵市教发〔2026]58号”**
  (c14-002, c14-006…c14-013) and **the screenshot's 遵市文广旅发〔2026〕31号 only as “遵市文广旅发【2026]31” + “号）”** on
  the next line (c14-015, c14-016). Key facts found also in the hidden sheet: only “县级工业和信息化部门” (c14-021), which
  the hidden sheet shares with the visible one; 每亩500元, 每亩800元，分两年兑现, 集中连片50亩以上 and 30% are not in it;
- the words of the unanswerable questions (出租车, 起步价, 代领, 迁, 资金总额, 认定标准, 低于当地) and the earlier fixtures'
  cities and provinces (and 太原) occur in no file (the DOCX's XML, the XLSX's visible and hidden rows, both raw HTML
  pages, the OCR of the scan and of the screenshot); 贵阳 and 毕节 occur only in the 问答 page's sidebar titles;
  “联系人” occurs only in the scan (杨晓梅, 学前资助) and the GBK page (刘镕), never next to the 茶产业 table;
- **OCR trial** (`rapidocr_onnxruntime` from the project's `.venv`, defaults, images converted to RGB): the scan's pages
  rendered by pypdfium2 at 200 dpi gave 16, 20 and 37 boxes, every printed line in reading order; **the 文号 came back as
  “遵市教发〔2026]58号”**, the cited “遵市教发〔2026〕12号” right, the title's issuers without their full-width space, the
  final “。” of item 三 lost, “（此件公开发布）” with ASCII brackets, the page numbers as “-2-” (page 1's not at all),
  and the seals gave stray “市数”, “市财”, “育”, “?”; on page 3 every cell came back, a two-line 资助对象 cell split in two
  boxes and placed after its row's figures, “其他县 (市)” with ASCII brackets. **Page 3's image as stored in the file
  (turned, no /Rotate applied) gave the same 37 strings, each read right (rapidocr turns tall crops), but in an order
  that follows the turned page — “单位：每生每年”, “不超过3600元”, “县（市）级承担50%”, “2500元” … — not the table's
  rows.** The screenshot gave 54 boxes, every line in order; the 文号 broken as above, “政策解读｜” without its bar,
  “同时” read “司时”, “审核” read “申核”, “↓” read “√”, the ▶ and ◆ bullets dropped, the status bar read “18:26”,
  “- 5G”. (An earlier draft worded item 二 of the scan “…减免的“每生每年1000元”修改为…”; rapidocr's angle classifier
  turned its second line upside down and read nothing, so the item was reworded and page 1's skew changed from −0.45° to
  −0.3° before the fixture was fixed.)
- the PDF has 3 pages and no text (pypdfium2's text of every page is empty), each page one 8-bit greyscale JPEG of
  1654 × 2339 px at 200 dpi; page 3's `/Rotate` is 90 and it renders 2339 × 1655, landscape and upright; the XLSX has
  the sheets 重点任务分工 (visible; merged A1:F1, A2:F2, D4:D6, D7:D8, A12:F12), 补贴标准 (visible; A1:E1, E3:E6, A8:E8)
  and 征求意见稿 (hidden); the DOCX has 2 `w:txbxContent` (the shape and its VML fallback, the 文头 twice in the
  XML), 9 paragraphs with `w:numPr`, 3 tables inside table cells, the 文号 in `header1.xml`, and python-docx finds
  neither the 文头 nor the nested figures nor the numbers “一、”; **strict GB2312 decoding of the GBK page fails at the
  info line (喆), and lxml given its raw bytes returns 294 characters, none of the notice**;
- the scan's three pages and the screenshot were rendered and looked at.

Not checked: how Word, WPS or LibreOffice lay out the DOCX's text box and numbering (none was available; the XML was
written from the OOXML schema as the helper knows it), how Excel or WPS show the XLSX, how a browser shows the GBK
page, and whether the URLs, the 公众号, the phone numbers and the 网站标识码/ICP numbers exist (all invented).
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city14 (遵义市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR,
                    help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_SCAN).write_bytes(make_scan())
    (corpus / F_GBK).write_bytes(html_gbk().encode("gbk"))
    (corpus / F_SHOT).write_bytes(make_screenshot())
    (corpus / F_XLSX).write_bytes(make_xlsx())
    (corpus / F_DOCX).write_bytes(make_docx())
    (corpus / F_FAQ).write_text(html_faq(), encoding="utf-8")
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c14", QA), encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

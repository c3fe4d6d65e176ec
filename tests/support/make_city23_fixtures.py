"""Writes the 锦州市 (辽宁省, city23) fixture: tests/data/city23/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs reportlab, pikepdf, python-docx, python-pptx (with XlsxWriter), lxml
and Pillow, WenQuanYi Zen Hei (Debian's ``fonts-wqy-zenhei``) for the PDF and Noto Sans CJK (``fonts-noto-cjk``) for
the phone screenshot::

    python3 -m venv /tmp/c23venv
    /tmp/c23venv/bin/pip install reportlab pikepdf python-docx python-pptx lxml Pillow pypdfium2 extract-msg olefile
    cd /work/main && PYTHONPATH=. /tmp/c23venv/bin/python tests/support/make_city23_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city23``; the corpus goes to ``DIR/corpus``. Every file is byte-identical on a rerun
with the same fonts and library versions: zip members (the DOCX files, the PPTX and the workbook inside its chart)
carry one fixed timestamp each, the ``.msg``'s compound file is written here sector by sector with fixed FILETIMEs,
reportlab runs with ``invariant=1`` and pikepdf writes a deterministic /ID and fixed dates, the screenshot's noise
comes from ``random.Random`` with a fixed seed, and every date in the texts is literal. Everything in the documents
(文号, figures, dates, tasks, addresses, phone numbers, e-mail addresses, URL paths, 网站标识码/ICP numbers) is
invented; the city, its districts and counties, the departments, the app “辽事通” and the portal domain www.jz.gov.cn
are real.

- ``jinzhou-putao-baoxian-zhuanfa.msg``: an **Outlook message saved as ``.msg``** (OLE compound file v3, MS-OXMSG
  streams and storages: subject, sender, plain and HTML body, one recipient, one attachment). The 市农业农村局 forwards
  锦农联发〔2026〕9号 (葡萄种植保险保费补贴); the notice itself is only in the attached ``.docx``, and the quoted
  “-----原始邮件-----” holds the 征求意见稿's older figures.
- ``jinzhou-meigaidian-butie-banfa.html``: a **portal page saved from a single-page app**: ``<div id="app">`` only, the
  article (锦发改联发〔2025〕23号, 农村清洁取暖“煤改电”补贴办法) and its ``faq`` only in ``window.__INITIAL_STATE__``.
- ``jinzhou-zhengfu-gongbao-2026-09.pdf``: a **text PDF whose fonts have no ToUnicode** (reportlab, WenQuanYi Zen Hei,
  the ``/ToUnicode`` CMaps deleted with pikepdf): a 公报 excerpt with the **expired** 锦海渔联发〔2026〕2号 (伏季休渔
  渔民生活补助) and the **amendment** 锦发改联发〔2026〕16号 of the 煤改电 办法.
- ``jinzhou-jianchuan-zhuanchan-jiedu.pptx``: a **政策解读 deck** whose 补助标准 are only in a **column chart**
  (``c:strCache``/``c:numCache`` and the embedded workbook) and whose 办理流程 is only in a **SmartArt** diagram.
- ``jinzhou-tuoyu-yunying-buzhu-banfa.docx``: 锦卫联发〔2026〕4号 (普惠托育机构运营补助办法, “同时废止” 锦卫发〔2024〕15号)
  with a **footnote**, an **endnote**, a **date-picker** and a **drop-down content control**, a reviewer's **comment**
  and a 任务分工表.
- ``jinzhou-tuoyu-zanxing-banfa-liaoshitong.png``: a **long phone screenshot** (1080 px wide) of the **repealed**
  锦卫发〔2024〕15号 as the app “辽事通” shows it; no text layer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import random
import re
import struct
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city23"

F_MSG = "jinzhou-putao-baoxian-zhuanfa.msg"
F_SPA = "jinzhou-meigaidian-butie-banfa.html"
F_PDF = "jinzhou-zhengfu-gongbao-2026-09.pdf"
F_PPTX = "jinzhou-jianchuan-zhuanchan-jiedu.pptx"
F_DOCX = "jinzhou-tuoyu-yunying-buzhu-banfa.docx"
F_PNG = "jinzhou-tuoyu-zanxing-banfa-liaoshitong.png"

# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

NYJ = "锦州市农业农村局"
CZJ = "锦州市财政局"
FGW = "锦州市发展和改革委员会"
WJW = "锦州市卫生健康委员会"
HYJ = "锦州市海洋与渔业局"

PT_NUMBER = "锦农联发〔2026〕9号"  # 葡萄种植保险 (the .msg's attached .docx), in force to 2026-12-31
PT_TITLE = f"{NYJ} {CZJ}关于做好2026年葡萄种植保险保费补贴工作的通知"
PT_DOCX_NAME = "锦农联发〔2026〕9号 关于做好2026年葡萄种植保险保费补贴工作的通知.docx"

MG_NUMBER = "锦发改联发〔2025〕23号"  # 煤改电 办法 (SPA page), amended by MT
MG_RULES = "锦州市农村清洁取暖“煤改电”补贴办法"
MG_TITLE = f"{FGW} {CZJ}关于印发{MG_RULES}的通知"

MT_NUMBER = "锦发改联发〔2026〕16号"  # the amendment (PDF without ToUnicode)
MT_TITLE = f"{FGW} {CZJ}关于调整农村清洁取暖“煤改电”补贴有关标准的通知"

XY_NUMBER = "锦海渔联发〔2026〕2号"  # 伏季休渔 渔民生活补助 (PDF), expired 2026-10-31, no successor
XY_TITLE = f"{HYJ} {CZJ}关于做好2026年伏季休渔期间渔民生活补助发放工作的通知"

JC_NUMBER = "锦海渔联发〔2026〕5号"  # 减船转产 实施细则 (only its 解读 deck is in the corpus)
JC_RULES = "锦州市近海捕捞渔船减船转产补助实施细则"
JC_DECK = f"《{JC_RULES}》政策解读"

TY_NUMBER = "锦卫联发〔2026〕4号"  # 托育 运营补助办法 (DOCX), repeals TZ
TY_RULES = "锦州市普惠托育机构运营补助办法"
TY_TITLE = f"{WJW} {CZJ}关于印发{TY_RULES}的通知"
TY_TABLE_TITLE = "锦州市普惠托育服务重点任务分工表"

TZ_NUMBER = "锦卫发〔2024〕15号"  # 托育 暂行办法 (long screenshot), repealed by TY
TZ_RULES = "锦州市托育机构运营补助暂行办法"
TZ_TITLE = f"{WJW}关于印发{TZ_RULES}的通知"

PORTAL = "https://www.jz.gov.cn"

# =============================================================================================
# Texts
# =============================================================================================

# --- 葡萄种植保险 (the .msg's attachment) -------------------------------------------------------------
PT_ADDR = "各县（市、区）农业农村局、财政局："
PT_PARAS_1 = [
    "为稳定葡萄产业发展，增强葡萄种植户抵御自然灾害的能力，根据省政策性农业保险工作有关要求，现就做好2026年葡萄种植"
    "保险保费补贴工作通知如下。",
    "一、保险对象。在北镇市、义县、凌海市、黑山县及古塔区、凌河区、太和区种植葡萄、集中连片面积在2亩以上的农户、家庭"
    "农场、农民合作社和农业企业。",
    "二、保险责任。在保险期间内，由于暴雨、洪水、冰雹、大风、干旱、冻害及病虫害造成葡萄植株损毁或产量损失，损失率达到"
    "20%以上的，保险机构按照保险合同约定负责赔偿。",
    "三、保险金额和保费。保险金额和保险费按下表执行：",
]
PT_TABLE = [
    ("品种", "保险金额", "保险费率", "每亩保费", "农户每亩自缴"),
    ("鲜食葡萄", "每亩5000元", "6%", "300元", "75元"),
    ("酿酒葡萄", "每亩3000元", "6%", "180元", "45元"),
]
PT_PARAS_2 = [
    "四、保费补贴。各级财政补贴保费的75%，其中省级财政补贴35%、市级财政补贴20%、县级财政补贴20%；农户自缴25%。",
    "五、投保时间。葡萄出土上架后即可投保，2026年5月31日前完成集中投保。保险期间自保险单载明的起保日起至当年10月31日止。",
    "六、工作要求。各县（市、区）要督促承保机构做到惠农政策、承保情况、理赔结果、服务标准、违规行为“五公开”，不得以任何"
    "形式截留、挪用保费补贴资金。",
    "七、本通知自印发之日起施行，有效期至2026年12月31日。",
]
PT_SIGN = ("锦州市农业农村局　　锦州市财政局", "2026年4月8日")

MAIL_SUBJECT = f"转发：{PT_TITLE}"
MAIL_SENDER = "锦州市农业农村局种植业管理科"
MAIL_SENDER_ADDR = "zzyk_nyncj@jz.gov.cn"
MAIL_TO = "各县（市、区）农业农村局"
MAIL_TO_ADDR = "xsq_nyncj@jz.gov.cn"
MAIL_BODY = [
    "各县（市、区）农业农村局：",
    f"现将《{PT_TITLE}》（{PT_NUMBER}）转发给你们，正式文件见附件，请认真抓好落实，并于2026年4月20日前将本地区葡萄种植"
    "保险投保工作方案报送市农业农村局种植业管理科。",
    "具体标准以附件为准。",
    "",
    "市农业农村局种植业管理科",
    "2026年4月9日",
]
MAIL_QUOTE = [
    "-----原始邮件-----",
    f"发件人：{MAIL_SENDER}",
    "发送时间：2026年3月18日 15:26",
    "收件人：北镇市农业农村局；义县农业农村局；凌海市农业农村局；黑山县农业农村局",
    "主题：葡萄种植保险保费补贴工作通知（征求意见稿）",
    "",
    "各县（市）农业农村局：",
    "2026年葡萄种植保险保费补贴工作通知征求意见稿拟定：鲜食葡萄保险金额每亩4000元，酿酒葡萄保险金额每亩2500元，"
    "保险费率6%，农户自缴30%。请于3月25日前反馈意见。",
]

# --- 煤改电 办法 (SPA page) --------------------------------------------------------------------------
MG_ADDR = "各县（市、区）发展和改革局、财政局："
MG_COVER = f"《{MG_RULES}》已经市人民政府同意，现印发给你们，请认真贯彻执行。"
MG_SIGN = ("锦州市发展和改革委员会　锦州市财政局", "2025年9月12日")
MG_ARTICLES = [
    "第一条　为推进农村地区冬季清洁取暖，减少散煤燃烧，改善空气质量，结合我市实际，制定本办法。",
    "第二条　本办法适用于本市农村地区拆除燃煤取暖设施、改用电采暖设备取暖的农户。已接入城镇集中供暖管网的住户不在补贴范围内。",
    "第三条　设备购置补贴。农户购置安装电采暖设备（含空气源热泵、蓄热式电暖器、碳晶电热板等），按设备额定功率每千瓦补贴"
    "300元，每户最高补贴3000元。同一户只能享受一次设备购置补贴。",
    "第四条　运行电价补贴。采暖季（每年11月1日至次年3月31日）内，对“煤改电”农户采暖用电每千瓦时补贴0.2元，每户每个采暖季"
    "最高补贴1600元。",
    "第五条　户籍内有年满70周岁老年人的“煤改电”农户，运行电价补贴每户每个采暖季另增加300元。",
    "第六条　申请程序。农户向所在村民委员会提出申请，乡（镇）人民政府、街道办事处审核并公示5日，县级发展改革部门会同财政"
    "部门复核后，通过惠民惠农财政补贴资金“一卡通”发放。",
    "第七条　补贴资金由市、县两级财政按5:5比例分担。",
    "第八条　本办法自2025年10月1日起施行，有效期至2028年9月30日。",
]
MG_FAQ = [
    ("租住农房的农户能申请吗？",
     "可以。由实际居住的农户申请，并提交房屋所有人同意改造的书面意见；同一处房屋只能享受一次设备购置补贴。"),
    ("安装完成后多长时间内提出申请？",
     "应在电采暖设备安装验收合格之日起60日内向所在村民委员会提出申请，逾期不予受理。"),
    ("空气源热泵按什么功率计算补贴？", "按产品铭牌标注的额定输入功率计算。"),
    ("补贴资金什么时候发放？", "设备购置补贴在复核完成后30日内发放；运行电价补贴在采暖季结束后一次性发放。"),
]
MG_HOT = [
    ("锦州市2025年秋季农业生产工作会议召开", "/zwgk/gzdt/202509/t20250910_1173520.html"),
    ("关于公布锦州市第二批美丽宜居村名单的通知", "/zwgk/tzgg/202509/t20250905_1172981.html"),
    ("锦州港至东北腹地海铁联运班列开行数量创新高", "/zwgk/gzdt/202509/t20250903_1172804.html"),
    ("锦州市人民政府关于做好2025年秋冬季森林草原防火工作的通告", "/zwgk/tzgg/202508/t20250829_1172377.html"),
]

# --- the 公报 PDF: 伏季休渔 渔民生活补助 (expired) and the 煤改电 amendment -------------------------
GAZETTE = "锦州市人民政府公报"
GAZETTE_ISSUE = "2026年第9期（总第241期）"
GAZETTE_FIRST_PAGE = 27
XY_ADDR = "凌海市、太和区渔业主管部门、财政局，市海洋与渔业综合行政执法队伍："
XY_PARAS = [
    "为保障伏季休渔期间渔民基本生活，维护休渔秩序，现就做好2026年伏季休渔期间渔民生活补助发放工作通知如下：",
    "一、补助对象。持有有效渔业捕捞许可证、在伏季休渔期间按规定停港休渔的本市近海捕捞渔船上的本市户籍在船渔民。",
    "二、补助标准。2026年伏季休渔期为5月1日12时至9月1日12时。在船渔民每人每月补助600元，按4个月计发，每人共2400元。",
    "三、申报发放。渔船所有人于2026年6月15日前向所在乡（镇）人民政府提交在船渔民名册，县级渔业主管部门审核并公示5日后，"
    "于2026年9月30日前将补助资金发放到人。",
    "四、本通知自印发之日起施行，有效期至2026年10月31日。",
]
XY_SIGN = ("锦州市海洋与渔业局", "锦州市财政局", "2026年4月24日")
MT_ADDR = "各县（市、区）发展和改革局、财政局："
MT_PARAS = [
    f"为进一步减轻农户“煤改电”改造负担，经市人民政府同意，现对《{MG_RULES}》（{MG_NUMBER}，以下简称《办法》）有关标准"
    "调整如下：",
    "一、将《办法》第三条中“每户最高补贴3000元”调整为“每户最高补贴3600元”，每千瓦补贴标准不变。",
    "二、将《办法》第五条中“年满70周岁”调整为“年满65周岁”。",
    "三、本通知自2026年10月1日起施行。2026年10月1日以后安装验收合格的电采暖设备，按调整后的标准执行；此前已安装验收的，"
    "仍按原标准执行。运行电价补贴自2026—2027年采暖季起按调整后的年龄条件执行。",
    "四、《办法》其他规定不变。",
]
MT_SIGN = ("锦州市发展和改革委员会", "锦州市财政局", "2026年8月20日")

# --- 减船转产 解读 deck (PPTX) ----------------------------------------------------------------------
JC_CHART_TITLE = "减船转产补助标准（元/千瓦）"
JC_SERIES = "每千瓦补助标准"
JC_CATS = ("船长12米以下", "船长12米（含）至24米", "船长24米（含）以上")
JC_VALUES = (2200, 3000, 3800)
JC_STEPS = (
    "渔船所有人向所在乡（镇）人民政府提出申请",
    "乡（镇）初审后在渔船所在村（社区）公示7日",
    "县级渔业主管部门组织拆解并现场监督",
    "市海洋与渔业局复核确认",
    "县级财政部门在复核确认后30日内拨付补助资金",
)
JC_SLIDES = [
    ("一、出台背景", [
        "落实近海渔业资源总量管理制度，压减近海捕捞渔船数量和功率",
        "引导渔民退出近海捕捞，转产从事水产养殖、休闲渔业和水产品加工",
        f"《{JC_RULES}》（{JC_NUMBER}）于2026年6月10日由锦州市海洋与渔业局、锦州市财政局联合印发",
        "自2026年7月1日起施行，有效期至2028年12月31日",
    ], "本页讲解政策出台的背景和依据，时长约2分钟。"),
    ("二、补助对象和条件", [
        "在本市登记、持有有效渔业船舶证书和渔业捕捞许可证的近海捕捞渔船",
        "船龄满10年，渔船所有人自愿申请拆解并注销渔业捕捞许可证",
        "拆解后3年内不得再申请新建、购置近海捕捞渔船",
    ], "船龄按渔业船舶证书记载的建造完工日期计算。"),
    ("三、补助标准", [
        "按渔船主机功率计算，不同船长档次的每千瓦补助标准见下图",
        "每艘渔船补助总额最高不超过80万元",
    ], "讲解要点：主机功率以渔业船舶检验证书记载的功率为准；补助金额＝主机功率×对应档次标准，超过80万元的按80万元补助。"),
    ("四、办理流程", ["办理流程见下图"], "流程图中各环节均需留存影像资料，拆解现场须全程录像。"),
    ("五、其他事项", [
        "补助资金由市、县两级财政按6:4比例分担",
        "同一艘渔船只能享受一次减船转产补助",
        "以虚假材料骗取补助资金的，追回全部补助资金",
    ], "本页讲完后进入答问环节。"),
]

# --- 托育 运营补助办法 (DOCX) -------------------------------------------------------------------------
TY_ADDR = "各县（市、区）卫生健康局、财政局："
TY_COVER_1 = f"《{TY_RULES}》已经市人民政府同意，现印发给你们，请认真贯彻执行。2026年度补助申报截止日期为"
TY_DEADLINE = "2026年12月15日"
TY_DEADLINE_ISO = "2026-12-15T00:00:00Z"
TY_COVER_2 = "，请各地按时组织辖区内托育机构申报。"
TY_SIGN = ("锦州市卫生健康委员会　　锦州市财政局", "2026年3月16日")
TY_A1 = "第一条　为发展普惠托育服务，降低家庭养育成本，根据国家和省有关规定，结合我市实际，制定本办法。"
TY_A2_1 = ("第二条　本办法适用于在本市卫生健康部门备案、收费不高于本地普惠托育服务指导价格、连续运营满6个月的托育机构。"
           "本年度纳入补助的托育机构类别为：")
TY_CATEGORY = "社区嵌入式托育机构"
TY_CATEGORY_LIST = ("社区嵌入式托育机构", "用人单位办托育机构", "幼儿园托班", "家庭托育点")
TY_A2_2 = "。"
TY_A3_1 = "第三条　补助标准：按机构实际收托的3周岁以下婴幼儿人数，"
TY_A3_C = "每人每月补助200元"
TY_A3_2 = "；其中实际收托2周岁以下婴幼儿的，每人每月补助300元。"
TY_FOOTNOTE = "实际收托人数以机构在“辽事通”托育服务模块登记、当月在托满20天的婴幼儿计；每个机构每年补助总额最高不超过30万元。"
TY_COMMENT = "原稿为每人每月150元，建议改为200元，并对2周岁以下婴幼儿适当提高。"
TY_COMMENT_AUTHOR = "市财政局社会保障科 李"
TY_A4 = ("第四条　申报程序：托育机构于每年申报截止日期前向所在县（市、区）卫生健康部门提交申请；县级卫生健康部门会同财政部门"
         "审核，在部门网站公示5个工作日无异议后拨付补助资金。")
TY_A5 = "第五条　补助资金由市、县两级财政按6:4比例分担。"
TY_A6 = "第六条　获得补助的托育机构不得以任何理由提高收费标准；弄虚作假骗取补助资金的，追回补助资金，3年内不得再申请。"
TY_A7 = (f"第七条　本办法自2026年4月1日起施行，有效期至2029年3月31日。《{TZ_TITLE}》（{TZ_NUMBER}）同时废止。")
TY_ENDNOTE = "咨询电话：0416-3127586（锦州市卫生健康委员会人口监测与家庭发展科）"
TY_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
TY_ROWS = [
    ("1", "组织普惠托育机构运营补助申报审核", "市卫生健康委员会", "市财政局", "每年12月31日前"),
    ("2", "新建住宅小区按标准配建托育服务设施", "市住房和城乡建设局", "市自然资源局", "2027年6月30日前"),
    ("3", "在“辽事通”上线托育服务模块", "市卫生健康委员会", "市营商环境建设局", "2026年6月30日前"),
    ("4", "落实托育机构用水、用电、用气按居民生活类价格执行", "市发展和改革委员会", "市卫生健康委员会", "长期坚持"),
    ("5", "开展托育从业人员职业技能培训", "市人力资源和社会保障局", "市卫生健康委员会", "2027年12月31日前"),
    ("6", "开展托育机构安全检查和服务质量评估", "市卫生健康委员会", "市市场监督管理局、市消防救援支队", "每年11月30日前"),
    ("7", "足额安排市级补助资金", "市财政局", "市卫生健康委员会", "每年3月31日前"),
]

# --- 托育 暂行办法 (long screenshot of 辽事通) ----------------------------------------------------------
TZ_META = "来源：锦州市卫生健康委员会　2024-05-23　阅读 3271"
TZ_PARAS = [
    ("p", "各县（市、区）卫生健康局，委机关各处室："),
    ("p", f"现将《{TZ_RULES}》印发给你们，请认真贯彻执行。"),
    ("r", "锦州市卫生健康委员会"),
    ("r", "2024年5月20日"),
    ("h", TZ_RULES),
    ("p", "第一条　为支持托育机构发展，增加托育服务供给，减轻家庭养育负担，结合我市实际，制定本办法。"),
    ("p", "第二条　本办法适用于在本市卫生健康部门备案、运营满1年的各类托育机构。"),
    ("p", "第三条　补助标准：按机构实际收托的3周岁以下婴幼儿人数，每人每月补助120元，每个机构每年补助最高不超过20万元。"),
    ("p", "第四条　申报程序：托育机构每年10月31日前向所在县（市、区）卫生健康部门提出申请，县级卫生健康部门审核后公示7个"
          "工作日，无异议的拨付补助资金。"),
    ("p", "第五条　补助资金由县级财政承担，市级财政对年度考核优秀的县（市、区）给予奖补。"),
    ("p", "第六条　托育机构应建立婴幼儿在托考勤台账，如实填报收托人数。县级卫生健康部门每年至少开展一次抽查。"),
    ("p", "第七条　托育机构有虚报收托人数、骗取补助资金等行为的，追回已拨付的补助资金，并依法依规处理。"),
    ("p", "第八条　本办法由锦州市卫生健康委员会负责解释。"),
    ("p", "第九条　本办法自2024年6月1日起施行，有效期至2027年5月31日。"),
]
TZ_ATTACH = "附件：托育机构运营补助申请表.docx"
TZ_EDITOR = "责任编辑：辽事通锦州分站"
TZ_COMMENTS = [
    ("锦州宝妈小雨", "太好了，我家孩子在社区托育园，希望机构能把补助用在提高服务上。", 58),
    ("凌河区市民", "请问家庭托育点也能申请吗？", 21),
    ("北镇老刘", "政策很实在，点赞！希望县里尽快落实。", 17),
    ("太和区新手爸爸", "在哪里能查到备案的托育机构名单？", 9),
]
TZ_SERVICES = ("托育机构查询", "生育登记", "出生一件事", "医保参保")
TZ_RELATED = [
    "锦州市开展“托育服务进社区”主题宣传活动",
    "辽事通“一件事”办理指南：新生儿出生一件事",
    "锦州市卫生健康委员会2024年度政府信息公开工作年度报告",
    "婴幼儿照护小贴士：秋冬季节如何预防呼吸道感染",
    "锦州市举办2024年托育机构保育人员技能竞赛",
]


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


def _rezip(data: bytes, when: tuple[int, int, int, int, int, int], drop: tuple[str, ...] = (),
           fix=None) -> bytes:
    """Re-zips an OOXML package with one timestamp; ``fix(name, bytes)`` may rewrite a member."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        if info.filename in drop:
            continue
        body = src.read(info.filename)
        if fix is not None:
            body = fix(info.filename, body)
        members.append((info.filename, body))
    return _zip(members, when)


def _strip_thumbnail(name: str, data: bytes) -> bytes:
    if name == "[Content_Types].xml":
        return data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
    if name == "_rels/.rels":
        return re.sub(rb'<Relationship Id="rId\d+" Type="[^"]*/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>',
                      b"", data)
    return data


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _rpr(size: int = 32, font: str = "仿宋_GB2312", extra: str = "") -> str:
    return (f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{extra}'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')


def _run(text: str, size: int = 32, font: str = "仿宋_GB2312", extra: str = "") -> str:
    return f'<w:r>{_rpr(size, font, extra)}<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'


def _para(runs: str, jc: str = "", size_line: int = 560, indent: bool = False) -> str:
    ppr = f'<w:jc w:val="{jc}"/>' if jc else ""
    ind = '<w:ind w:firstLineChars="200" w:firstLine="640"/>' if indent else ""
    return f'<w:p><w:pPr><w:spacing w:line="{size_line}" w:lineRule="exact"/>{ind}{ppr}</w:pPr>{runs}</w:p>'


def _table(rows: list[tuple[str, ...]], widths: list[int], size: int = 24) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           '<w:jc w:val="center"/><w:tblBorders>'
           + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + f'</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for k, row in enumerate(rows):
        cells = []
        for w, text in zip(widths, row, strict=True):
            font = "黑体" if k == 0 else "仿宋_GB2312"
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                         f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(text, size, font)}</w:p></w:tc>')
        out.append(f"<w:tr>{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _docx_package(body_xml: str, title: str, author: str, created: dt.datetime, modified: dt.datetime) -> bytes:
    """python-docx's template with ``body_xml`` (w: elements) before the section properties; returns the raw save."""
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.comments = ""
    props.revision = 3
    props.created = created
    props.modified = modified
    props.last_printed = modified
    body = doc.element.body
    sect = body[-1]
    sect.find(f"{{{W_NS}}}pgSz").set(f"{{{W_NS}}}w", "11906")
    sect.find(f"{{{W_NS}}}pgSz").set(f"{{{W_NS}}}h", "16838")
    for p in list(body)[:-1]:
        body.remove(p)
    holder = parse_xml(f'<w:body xmlns:w="{W_NS}" '
                       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                       f"{body_xml}</w:body>")
    for el in list(holder):
        sect.addprevious(el)
    raw = io.BytesIO()
    doc.save(raw)
    return raw.getvalue()


def _app_xml(name: str) -> bytes:
    return (b"<Application>Microsoft Macintosh Word</Application>", f"<Application>{name}</Application>".encode())


# =============================================================================================
# 1. The Outlook .msg (OLE compound file, MS-OXMSG)
# =============================================================================================

WHEN_PT_DOCX = (2026, 4, 8, 17, 5, 22)


def make_pt_docx() -> bytes:
    """The 葡萄种植保险 notice attached to the mail."""
    body = [
        _para(_run(PT_NUMBER, 32), "center"),
        _para(_run(PT_TITLE, 44, "方正小标宋简体"), "center", 700),
        _para(_run(PT_ADDR)),
    ]
    body += [_para(_run(t), indent=True) for t in PT_PARAS_1]
    body.append(_table(PT_TABLE, [1500, 1700, 1400, 1500, 1900]))
    body += [_para(_run(t), indent=True) for t in PT_PARAS_2]
    body += [_para(_run(PT_SIGN[0]), "right"), _para(_run(PT_SIGN[1]), "right")]
    raw = _docx_package("".join(body), PT_TITLE, "市农业农村局", dt.datetime(2026, 4, 7, 9, 12, 0),
                        dt.datetime(2026, 4, 8, 17, 5, 0))

    def fix(name: str, data: bytes) -> bytes:
        if name == "docProps/app.xml":
            return data.replace(*_app_xml("Microsoft Office Word"))
        return _strip_thumbnail(name, data)

    return _rezip(raw, WHEN_PT_DOCX, ("docProps/thumbnail.jpeg",), fix)


FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
MSG_FILETIME = 134201712000000000  # 2026-04-09 01:20 UTC (a fixed FILETIME for the storages)


def _cfb_key(name: str) -> tuple[int, str]:
    return (len(name), name.upper())


class _Node:
    def __init__(self, name: str, data: bytes | None = None) -> None:
        self.name = name
        self.data = data  # None: a storage
        self.children: list[_Node] = []
        self.sid = 0

    def add(self, child: _Node) -> _Node:
        self.children.append(child)
        return child


def _cfb(root: _Node) -> bytes:
    """A compound file (v3, 512-byte sectors, 64-byte mini sectors below 4096 bytes) holding ``root``'s tree."""
    nodes: list[_Node] = []

    def walk(n: _Node) -> None:
        n.sid = len(nodes)
        nodes.append(n)
        for c in sorted(n.children, key=lambda c: _cfb_key(c.name)):
            walk(c)

    walk(root)
    links: dict[int, tuple[int, int, int]] = {}  # sid -> (left, right, child)

    def tree(kids: list[_Node]) -> int:
        if not kids:
            return NOSTREAM
        mid = len(kids) // 2
        left, right = tree(kids[:mid]), tree(kids[mid + 1:])
        me = kids[mid]
        links[me.sid] = (left, right, links.get(me.sid, (0, 0, NOSTREAM))[2])
        return me.sid

    for n in nodes:
        if n.data is None:
            kids = sorted(n.children, key=lambda c: _cfb_key(c.name))
            child = tree(kids)
            lr = links.get(n.sid, (NOSTREAM, NOSTREAM, NOSTREAM))
            links[n.sid] = (lr[0], lr[1], child)
    for n in nodes:
        links.setdefault(n.sid, (NOSTREAM, NOSTREAM, NOSTREAM))

    mini = bytearray()
    minifat: list[int] = []
    big: list[tuple[_Node, bytes]] = []
    start: dict[int, int] = {}
    for n in nodes:
        if n.data is None or len(n.data) == 0:
            continue
        if len(n.data) < 4096:
            first = len(minifat)
            count = (len(n.data) + 63) // 64
            minifat += [first + k + 1 for k in range(count - 1)] + [ENDOFCHAIN]
            start[n.sid] = first
            mini += n.data + b"\0" * (count * 64 - len(n.data))
        else:
            big.append((n, n.data))
    sectors: list[bytes] = []
    fat: list[int] = []

    def put(data: bytes) -> int:
        first = len(sectors)
        count = max(1, (len(data) + 511) // 512)
        for k in range(count):
            sectors.append(data[k * 512:(k + 1) * 512].ljust(512, b"\0"))
            fat.append(first + k + 1 if k < count - 1 else ENDOFCHAIN)
        return first

    for n, data in big:
        start[n.sid] = put(data)
    mini_start = put(bytes(mini)) if mini else ENDOFCHAIN
    minifat_bytes = b"".join(struct.pack("<I", v) for v in minifat)
    minifat_bytes += b"\xff" * ((-len(minifat_bytes)) % 512)
    minifat_start = put(minifat_bytes) if minifat else ENDOFCHAIN
    n_minifat = len(minifat_bytes) // 512 if minifat else 0

    entries = []
    for n in nodes:
        name = n.name.encode("utf-16-le")
        kind = 5 if n is root else (1 if n.data is None else 2)
        left, right, child = links[n.sid]
        if n is root:
            sect, size = mini_start, len(mini)
        elif n.data is None:
            sect, size = 0, 0
        else:
            sect, size = start.get(n.sid, ENDOFCHAIN), len(n.data)
        clsid = b"\0" * 16
        if n is root:
            clsid = bytes.fromhex("0B0D020000000000C000000000000046")
        times = (0, 0) if n.data is not None or n is root else (MSG_FILETIME, MSG_FILETIME)
        entries.append(struct.pack("<64sHBBIII16sIQQIQ", name.ljust(64, b"\0"), len(name) + 2, kind, 1,
                                   left, right, child, clsid, 0, times[0], times[1], sect, size))
    while len(entries) % 4:
        entries.append(struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"\0" * 16,
                                   0, 0, 0, 0, 0))
    dir_start = put(b"".join(entries))
    # FAT sectors: enough to describe every sector including themselves
    n_fat = 1
    while (len(sectors) + n_fat) > n_fat * 128:
        n_fat += 1
    fat_start = len(sectors)
    fat += [FATSECT] * n_fat
    fat += [FREESECT] * (n_fat * 128 - len(fat))
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    difat = [fat_start + k for k in range(n_fat)] + [FREESECT] * (109 - n_fat)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("D0CF11E0A1B11AE1"), b"\0" * 16, 0x3E, 3,
                         0xFFFE, 9, 6, b"\0" * 6, 0, n_fat, dir_start, 0, 4096, minifat_start, n_minifat,
                         ENDOFCHAIN, 0)
    header += b"".join(struct.pack("<I", v) for v in difat)
    return header + b"".join(sectors) + fat_bytes


def _u(text: str) -> bytes:
    return text.encode("utf-16-le")


def _props(fixed: list[tuple[int, int]], var: list[tuple[int, int]], header: bytes) -> bytes:
    """A __properties_version1.0 stream: fixed-size values (tag, value) and variable ones (tag, size)."""
    out = bytearray(header)
    for tag, value in fixed:
        out += struct.pack("<IIQ", tag, 6, value)
    for tag, size in var:
        out += struct.pack("<IIII", tag, 6, size, 0)
    return bytes(out)


def _var_nodes(parent: _Node, strings: dict[int, str], binaries: dict[int, bytes]) -> list[tuple[int, int]]:
    var = []
    for tag, text in strings.items():
        data = _u(text)
        parent.add(_Node(f"__substg1.0_{tag:08X}", data))
        var.append((tag, len(data) + 2))
    for tag, data in binaries.items():
        parent.add(_Node(f"__substg1.0_{tag:08X}", data))
        var.append((tag, len(data)))
    return var


def mail_html() -> str:
    body = "".join(f"<p>{html.escape(t) or '&nbsp;'}</p>" for t in MAIL_BODY)
    quote = "".join(f"<p>{html.escape(t) or '&nbsp;'}</p>" for t in MAIL_QUOTE)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p{margin:0;font-family:微软雅黑;font-size:10.5pt}</style></head><body>'
            f'<div>{body}</div><div style="border-top:1px solid #B5C4DF;padding-top:6px;margin-top:12px">'
            f"{quote}</div></body></html>")


def make_msg() -> bytes:
    t_sent = 134201718600000000  # a fixed FILETIME (2026-04-09 09:31 +08:00)
    plain = "\r\n".join([*MAIL_BODY, "", *MAIL_QUOTE]) + "\r\n"
    root = _Node("Root Entry")
    strings = {
        0x001A001F: "IPM.Note",
        0x0037001F: MAIL_SUBJECT,
        0x0E1D001F: MAIL_SUBJECT,
        0x0C1A001F: MAIL_SENDER,
        0x0C1F001F: MAIL_SENDER_ADDR,
        0x0C1E001F: "SMTP",
        0x0042001F: MAIL_SENDER,
        0x0E04001F: MAIL_TO,
        0x1000001F: plain,
        0x1035001F: "<20260409093100.4C21@jz.gov.cn>",
    }
    binaries = {0x10130102: mail_html().encode("utf-8")}
    var = _var_nodes(root, strings, binaries)
    fixed = [(0x00390040, t_sent), (0x0E060040, t_sent), (0x0E070003, 0x11), (0x0E1B000B, 1),
             (0x340D0003, 0x00040000), (0x3FDE0003, 65001), (0x00170003, 1)]
    nameid = root.add(_Node("__nameid_version1.0"))
    for tag in ("00020102", "00030102", "00040102"):
        nameid.add(_Node(f"__substg1.0_{tag}", b""))
    recip = root.add(_Node("__recip_version1.0_#00000000"))
    rvar = _var_nodes(recip, {0x3001001F: MAIL_TO, 0x3003001F: MAIL_TO_ADDR, 0x3002001F: "SMTP",
                              0x39FE001F: MAIL_TO_ADDR}, {})
    recip.add(_Node("__properties_version1.0", _props([(0x0C150003, 1), (0x30000003, 0)], rvar, b"\0" * 8)))
    attach = root.add(_Node("__attach_version1.0_#00000000"))
    data = make_pt_docx()
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    avar = _var_nodes(attach, {0x3707001F: PT_DOCX_NAME, 0x3001001F: PT_DOCX_NAME, 0x370E001F: mime,
                               0x3703001F: ".docx"}, {0x37010102: data})
    attach.add(_Node("__properties_version1.0",
                     _props([(0x37050003, 1), (0x0E200003, len(data)), (0x0E210003, 0), (0x370B0003, 0xFFFFFFFF)],
                            avar, b"\0" * 8)))
    header = struct.pack("<8sIIII8s", b"\0" * 8, 1, 1, 1, 1, b"\0" * 8)
    root.add(_Node("__properties_version1.0", _props(fixed, var, header)))
    return _cfb(root)


# =============================================================================================
# 2. The single-page-app portal page
# =============================================================================================


def spa_content() -> str:
    parts = [f"<p>{_x(MG_ADDR)}</p>", f'<p style="text-indent:2em">{_x(MG_COVER)}</p>',
             f'<p style="text-align:right">{_x(MG_SIGN[0])}</p>', f'<p style="text-align:right">{MG_SIGN[1]}</p>',
             f'<p style="text-align:center"><strong>{_x(MG_RULES)}</strong></p>']
    parts += [f'<p style="text-indent:2em">{_x(t)}</p>' for t in MG_ARTICLES]
    return "\n".join(parts)


def spa_state() -> dict:
    return {
        "site": {"name": "锦州市人民政府", "domain": "www.jz.gov.cn",
                 "menus": [{"name": n, "path": p} for n, p in (("首页", "/"), ("政务公开", "/zwgk/"),
                                                               ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/"),
                                                               ("走进锦州", "/zjjz/"))]},
        "route": {"path": "/zwgk/zcwj/bmwj/202509/t20250916_1173866.html", "channel": "部门文件"},
        "article": {
            "id": 1173866,
            "title": MG_TITLE,
            "docNo": MG_NUMBER,
            "indexNo": "11210700MB1573208X/2025-00412",
            "publisher": f"{FGW} {CZJ}",
            "writeDate": "2025-09-12",
            "pubDate": "2025-09-16 10:30:00",
            "topic": "能源",
            "content": spa_content(),
            "attachments": [],
        },
        "faq": [{"q": q, "a": a} for q, a in MG_FAQ],
        "hotNews": [{"title": t, "url": u, "date": u.split("_")[1][:8]} for t, u in MG_HOT],
        "counter": {"views": 4827, "shares": 63},
        "footer": {"sponsor": "锦州市人民政府办公室", "siteCode": "2107000018", "icp": "辽ICP备05018632号",
                   "police": "辽公网安备21070202000157号", "tel": "0416-2136705"},
    }


def make_spa() -> bytes:
    blob = json.dumps(spa_state(), ensure_ascii=False, separators=(",", ":"))
    blob = blob.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
        f"<title>{_x(MG_TITLE)}_锦州市人民政府</title>\n"
        "<link rel=\"icon\" href=\"/favicon.ico\">\n"
        "<link href=\"/static/css/app.7c1e52b9.css\" rel=\"stylesheet\">\n"
        "<style>#loading{position:fixed;top:45%;left:50%;width:40px;height:40px;margin-left:-20px;"
        "border:4px solid #e5e5e5;border-top-color:#c8161d;border-radius:50%;animation:spin 1s linear infinite}"
        "@keyframes spin{to{transform:rotate(360deg)}}</style>\n"
        "</head>\n<body>\n<noscript>请开启JavaScript</noscript>\n<div id=\"loading\"></div>\n<div id=\"app\"></div>\n"
        f"<script>window.__INITIAL_STATE__ = {blob};</script>\n"
        "<script src=\"/static/js/chunk-vendors.3f9a0d24.js\"></script>\n"
        "<script src=\"/static/js/app.b81c6e07.js\"></script>\n"
        "</body>\n</html>\n")
    return page.encode("utf-8")


# =============================================================================================
# 3. The 公报 PDF whose fonts have no ToUnicode
# =============================================================================================


def _wqy():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    return "WQY"


def gazette_lines() -> list[tuple[str, str, float]]:
    """(kind, text, size) of what is printed, in order: title, number, addressee, paragraphs, signature."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = _wqy()
    width = 595.27 - 72 - 72
    out: list[tuple[str, str, float]] = []
    for number, title, addr, paras, sign in ((XY_NUMBER, XY_TITLE, XY_ADDR, XY_PARAS, XY_SIGN),
                                            (MT_NUMBER, MT_TITLE, MT_ADDR, MT_PARAS, MT_SIGN)):
        out += [("title", t, 18) for t in wrap_cjk(title, lambda s: stringWidth(s, font, 18), width - 30)]
        out.append(("number", number, 13))
        out += [("body", t, 13) for t in wrap_cjk(addr, lambda s: stringWidth(s, font, 13), width)]
        for p in paras:
            out += [("body", t, 13) for t in wrap_cjk("　　" + p, lambda s: stringWidth(s, font, 13), width - 14)]
        out += [("sign", t, 13) for t in sign]
        out.append(("gap", "", 13))
    return out


def gazette_raw() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _wqy()
    w, h = A4
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"{GAZETTE}{GAZETTE_ISSUE}")
    c.setAuthor("锦州市人民政府办公室")
    c.setCreator("FounderFX 5.0")
    state = {"y": 0.0, "page": GAZETTE_FIRST_PAGE}

    def head() -> None:
        c.setFont(font, 10)
        if state["page"] % 2:
            c.drawString(72, h - 50, GAZETTE)
            c.drawRightString(w - 72, h - 50, GAZETTE_ISSUE)
        else:
            c.drawString(72, h - 50, GAZETTE_ISSUE)
            c.drawRightString(w - 72, h - 50, GAZETTE)
        c.setLineWidth(1.2)
        c.line(72, h - 56, w - 72, h - 56)
        c.setLineWidth(0.4)
        c.line(72, h - 59, w - 72, h - 59)
        c.setFont(font, 10)
        c.drawCentredString(w / 2, 40, f"· {state['page']} ·")
        state["y"] = h - 96

    head()
    for kind, text, size in gazette_lines():
        lead = {"title": 28, "number": 26, "gap": 30}.get(kind, 22.5)
        if state["y"] - lead < 60:
            c.showPage()
            state["page"] += 1
            head()
        c.setFont(font, size)
        if kind in ("title", "number"):
            c.drawCentredString(w / 2, state["y"], text)
        elif kind == "sign":
            c.drawRightString(w - 100, state["y"], text)
        elif kind == "body":
            c.drawString(72, state["y"], text)
        state["y"] -= lead
    c.showPage()
    c.save()
    return out.getvalue()


def make_gazette() -> bytes:
    import pikepdf

    pdf = pikepdf.Pdf.open(io.BytesIO(gazette_raw()))
    for page in pdf.pages:
        fonts = page.Resources.get("/Font", {})
        for key in list(fonts.keys()):
            f = fonts[key]
            if "/ToUnicode" in f:
                del f["/ToUnicode"]
    when = "D:20260915090000+08'00'"
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(
        Title=pikepdf.String(f"{GAZETTE}{GAZETTE_ISSUE}"), Producer=pikepdf.String("FounderFX PDF Export 5.0"),
        Creator=pikepdf.String("FounderFX 5.0"), CreationDate=pikepdf.String(when), ModDate=pikepdf.String(when)))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()


# =============================================================================================
# 4. The 政策解读 deck (PPTX with a chart and a SmartArt)
# =============================================================================================

WHEN_PPTX = (2026, 6, 18, 15, 40, 6)
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _dgm_id(k: int) -> str:
    return "{" + f"5A3C{k:04X}-1D2E-4B7F-9A61-0C{k:010X}" + "}"


def smartart_parts() -> dict[str, str]:
    """data1, layout1, quickStyle1, colors1 and drawing1 of a basic process (five steps)."""
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    pts = [f'<dgm:pt modelId="{_dgm_id(0)}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/'
           '2005/8/layout/process1" loCatId="process" qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/'
           'simple1" qsCatId="simple" csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" '
           'csCatId="accent1" phldr="0"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr '
           'lang="zh-CN" altLang="en-US"/></a:p></dgm:t></dgm:pt>']
    cxns = []
    for k, step in enumerate(JC_STEPS, start=1):
        node, par, sib = _dgm_id(k), _dgm_id(100 + k), _dgm_id(200 + k)
        pts.append(f'<dgm:pt modelId="{node}"><dgm:prSet phldrT="[文本]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>'
                   f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>{_x(step)}</a:t></a:r></a:p>'
                   "</dgm:t></dgm:pt>")
        pts.append(f'<dgm:pt modelId="{par}" type="parTrans" cxnId="{_dgm_id(300 + k)}"><dgm:prSet/><dgm:spPr/>'
                   '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p></dgm:t>'
                   "</dgm:pt>")
        pts.append(f'<dgm:pt modelId="{sib}" type="sibTrans" cxnId="{_dgm_id(300 + k)}"><dgm:prSet/><dgm:spPr/>'
                   '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p></dgm:t>'
                   "</dgm:pt>")
        cxns.append(f'<dgm:cxn modelId="{_dgm_id(300 + k)}" srcId="{_dgm_id(0)}" destId="{node}" srcOrd="{k - 1}" '
                    f'destOrd="0" parTransId="{par}" sibTransId="{sib}"/>')
    data = (f'{head}<dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A_NS}"><dgm:ptLst>{"".join(pts)}</dgm:ptLst>'
            f'<dgm:cxnLst>{"".join(cxns)}</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext '
            'uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt '
            'xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" relId="rId6" minVer='
            '"http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>')
    layout = (
        f'{head}<dgm:layoutDef xmlns:dgm="{DGM}" xmlns:a="{A_NS}" '
        'uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/process1"><dgm:title val=""/><dgm:desc val=""/>'
        '<dgm:catLst><dgm:cat type="process" pri="1000"/></dgm:catLst><dgm:sampData><dgm:dataModel><dgm:ptLst>'
        '<dgm:pt modelId="0" type="doc"/><dgm:pt modelId="1"><dgm:prSet phldr="1"/></dgm:pt></dgm:ptLst><dgm:cxnLst>'
        '<dgm:cxn modelId="4" srcId="0" destId="1" srcOrd="0" destOrd="0"/></dgm:cxnLst><dgm:bg/><dgm:whole/>'
        '</dgm:dataModel></dgm:sampData><dgm:layoutNode name="Name0"><dgm:varLst><dgm:dir/><dgm:resizeHandles '
        'val="exact"/></dgm:varLst><dgm:alg type="lin"/><dgm:shape xmlns:r="' + R_NS + '" r:blip=""><dgm:adjLst/>'
        '</dgm:shape><dgm:presOf/><dgm:constrLst><dgm:constr type="w" for="ch" forName="node" refType="w"/>'
        '<dgm:constr type="h" for="ch" forName="node" refType="w" refFor="ch" refForName="node" fact="0.6"/>'
        '<dgm:constr type="w" for="ch" forName="sibTrans" refType="w" refFor="ch" refForName="node" fact="0.2"/>'
        '</dgm:constrLst><dgm:ruleLst/><dgm:forEach name="Name1" axis="ch" ptType="node"><dgm:layoutNode '
        'name="node"><dgm:varLst><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"/><dgm:shape '
        'xmlns:r="' + R_NS + '" type="roundRect" r:blip=""><dgm:adjLst><dgm:adj idx="1" val="0.1"/></dgm:adjLst>'
        '</dgm:shape><dgm:presOf axis="desOrSelf" ptType="node"/><dgm:constrLst><dgm:constr type="tMarg" '
        'refType="primFontSz" fact="0.3"/></dgm:constrLst><dgm:ruleLst><dgm:rule type="primFontSz" val="5" '
        'fact="NaN" max="NaN"/></dgm:ruleLst></dgm:layoutNode><dgm:forEach name="Name2" axis="followSib" '
        'ptType="sibTrans" cnt="1"><dgm:layoutNode name="sibTrans"><dgm:alg type="conn"/><dgm:shape xmlns:r="'
        + R_NS + '" type="conn" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf axis="self"/><dgm:constrLst>'
        '<dgm:constr type="h" refType="w" fact="0.62"/></dgm:constrLst><dgm:ruleLst/></dgm:layoutNode>'
        "</dgm:forEach></dgm:forEach></dgm:layoutNode></dgm:layoutDef>")
    quick = (f'{head}<dgm:styleDef xmlns:dgm="{DGM}" xmlns:a="{A_NS}" '
             'uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/>'
             '<dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d>'
             '<a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl '
             'name="node1"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/>'
             '</dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/>'
             '</a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0">'
             '<a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/>'
             "</a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>")
    colors = (f'{head}<dgm:colorsDef xmlns:dgm="{DGM}" xmlns:a="{A_NS}" '
              'uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/>'
              '<dgm:desc val=""/><dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl '
              'name="node1"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst>'
              '<dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/>'
              '<dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst>'
              "<dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>")
    shapes = []
    box_w, gap, top, box_h = 1480000, 220000, 300000, 1300000
    for k, step in enumerate(JC_STEPS):
        x = k * (box_w + gap)
        shapes.append(
            f'<dsp:sp modelId="{_dgm_id(400 + k)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
            f'<dsp:spPr><a:xfrm><a:off x="{x}" y="{top}"/><a:ext cx="{box_w}" cy="{box_h}"/></a:xfrm>'
            '<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 10000"/></a:avLst></a:prstGeom>'
            '<a:solidFill><a:schemeClr val="accent1"/></a:solidFill><a:ln w="12700"><a:solidFill><a:schemeClr '
            'val="lt1"/></a:solidFill></a:ln></dsp:spPr><dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/>'
            '</a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0">'
            '<a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/>'
            '</a:fontRef></dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" '
            'lIns="45720" tIns="45720" rIns="45720" bIns="45720" numCol="1" spcCol="1270" anchor="ctr" '
            'anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r><a:rPr '
            f'lang="zh-CN" altLang="en-US" sz="1400" kern="1200" dirty="0"/><a:t>{_x(step)}</a:t></a:r></a:p>'
            f'</dsp:txBody><dsp:txXfrm><a:off x="{x}" y="{top}"/><a:ext cx="{box_w}" cy="{box_h}"/></dsp:txXfrm>'
            "</dsp:sp>")
    drawing = (f'{head}<dsp:drawing xmlns:dgm="{DGM}" xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/'
               f'diagram" xmlns:a="{A_NS}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/>'
               f'</dsp:nvGrpSpPr><dsp:grpSpPr/>{"".join(shapes)}</dsp:spTree></dsp:drawing>')
    return {"data1": data, "layout1": layout, "quickStyle1": quick, "colors1": colors, "drawing1": drawing}


def _sldnum_sp(n: int) -> str:
    return ('<p:sp><p:nvSpPr><p:cNvPr id="90" name="灯片编号占位符 4"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            '<p:nvPr><p:ph type="sldNum" sz="quarter" idx="12"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>'
            '<a:lstStyle/><a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr '
            f'lang="zh-CN" altLang="en-US"/><a:t>{n}</a:t></a:fld><a:endParaRPr lang="zh-CN" altLang="en-US"/>'
            "</a:p></p:txBody></p:sp>")


def _smartart_frame() -> str:
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="5" name="图示 4"/><p:cNvGraphicFramePr/><p:nvPr/>'
            '</p:nvGraphicFramePr><p:xfrm><a:off x="457200" y="2600000"/><a:ext cx="8280000" cy="1900000"/></p:xfrm>'
            f'<a:graphic><a:graphicData uri="{DGM}"><dgm:relIds xmlns:dgm="{DGM}" xmlns:r="{R_NS}" r:dm="rId90" '
            'r:lo="rId91" r:qs="rId92" r:cs="rId93"/></a:graphicData></a:graphic></p:graphicFrame>')


def make_pptx() -> bytes:
    import pptx
    from lxml import etree
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Emu, Pt

    prs = pptx.Presentation()
    cp = prs.core_properties
    cp.title = JC_DECK
    cp.author = "市海洋与渔业局渔业管理科"
    cp.last_modified_by = "市海洋与渔业局渔业管理科"
    cp.revision = 5
    cp.comments = ""
    cp.created = dt.datetime(2026, 6, 15, 9, 0, 0)
    cp.modified = dt.datetime(2026, 6, 18, 15, 40, 0)
    cp.last_printed = dt.datetime(2026, 6, 18, 15, 40, 0)
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = JC_DECK
    s.placeholders[1].text = "锦州市海洋与渔业局\n2026年6月"
    for k, (title, bullets, notes) in enumerate(JC_SLIDES, start=2):
        s = prs.slides.add_slide(prs.slide_layouts[5] if title in ("三、补助标准", "四、办理流程")
                                 else prs.slide_layouts[1])
        s.shapes.title.text = title
        if title in ("三、补助标准", "四、办理流程"):
            tb = s.shapes.add_textbox(Emu(457200), Emu(1500000), Emu(8229600), Emu(900000))
            tf = tb.text_frame
            tf.word_wrap = True
            for j, b in enumerate(bullets):
                p = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
                p.text = b
                p.font.size = Pt(20)
        else:
            body = s.placeholders[1].text_frame
            for j, b in enumerate(bullets):
                p = body.paragraphs[0] if j == 0 else body.add_paragraph()
                p.text = b
        if title == "三、补助标准":
            cd = CategoryChartData()
            cd.categories = JC_CATS
            cd.add_series(JC_SERIES, JC_VALUES)
            gf = s.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Emu(914400), Emu(2500000), Emu(7315200),
                                    Emu(3900000), cd)
            ch = gf.chart
            ch.has_title = True
            ch.chart_title.text_frame.text = JC_CHART_TITLE
            ch.has_legend = True
            ch.legend.position = XL_LEGEND_POSITION.BOTTOM
            ch.legend.include_in_layout = False
            plot = ch.plots[0]
            plot.has_data_labels = False
        if title == "四、办理流程":
            s.shapes._spTree.append(etree.fromstring(
                '<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
                f'xmlns:a="{A_NS}"' + _smartart_frame()[len("<p:graphicFrame"):]))
        s.shapes._spTree.append(etree.fromstring(
            '<p:sp xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
            f'xmlns:a="{A_NS}"' + _sldnum_sp(k)[len("<p:sp"):]))
        s.notes_slide.notes_text_frame.text = notes
    raw = io.BytesIO()
    prs.save(raw)
    parts = smartart_parts()
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    slide_of_flow = 5
    members = []
    ct_add = "".join(
        f'<Override PartName="/ppt/diagrams/{n}.xml" ContentType="{t}"/>' for n, t in (
            ("data1", "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"),
            ("layout1", "application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml"),
            ("quickStyle1", "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml"),
            ("colors1", "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml"),
            ("drawing1", "application/vnd.ms-office.drawingml.diagramDrawing+xml")))
    rels_add = (f'<Relationship Id="rId90" Type="{REL_OFFICE}/diagramData" Target="../diagrams/data1.xml"/>'
                f'<Relationship Id="rId91" Type="{REL_OFFICE}/diagramLayout" Target="../diagrams/layout1.xml"/>'
                f'<Relationship Id="rId92" Type="{REL_OFFICE}/diagramQuickStyle" Target="../diagrams/quickStyle1.xml"/>'
                f'<Relationship Id="rId93" Type="{REL_OFFICE}/diagramColors" Target="../diagrams/colors1.xml"/>'
                '<Relationship Id="rId94" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" '
                'Target="../diagrams/drawing1.xml"/>')
    for info in src.infolist():
        name = info.filename
        if name in ("docProps/thumbnail.jpeg", "ppt/printerSettings/printerSettings1.bin"):
            continue
        data = _strip_thumbnail(name, src.read(name))
        if name == "[Content_Types].xml":
            data = data.replace(b"</Types>", ct_add.encode() + b"</Types>")
            data = data.replace(b'<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.'
                                b'presentationml.printerSettings"/>', b"")
        elif name == "ppt/_rels/presentation.xml.rels":
            data = re.sub(rb'<Relationship Id="rId\d+" Type="[^"]*/printerSettings" Target="[^"]*"/>', b"", data)
        elif name == f"ppt/slides/_rels/slide{slide_of_flow}.xml.rels":
            data = data.replace(b"</Relationships>", rels_add.encode() + b"</Relationships>")
        elif name.startswith("ppt/embeddings/") and name.endswith(".xlsx"):
            data = _rezip(data, (1980, 1, 1, 0, 0, 0), fix=_fix_xlsx_core)
        elif name == "docProps/core.xml":
            data = data.replace(b"generated using python-pptx", b"")
        elif name == "docProps/app.xml":
            data = data.replace(b"python-pptx", b"Microsoft Office PowerPoint")
        members.append((name, data))
    members += [(f"ppt/diagrams/{n}.xml", t.encode("utf-8")) for n, t in parts.items()]
    return _zip(members, WHEN_PPTX)


def _fix_xlsx_core(name: str, data: bytes) -> bytes:
    if name == "docProps/core.xml":
        data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-06-15T09:00:00Z", data)
    return data


# =============================================================================================
# 5. The DOCX with footnote, endnote, content controls and a comment
# =============================================================================================

WHEN_DOCX = (2026, 3, 16, 16, 48, 30)
SUPERSCRIPT = '<w:vertAlign w:val="superscript"/>'
COMMENT_REF = '<w:rStyle w:val="CommentReference"/>'


def _sdt_date() -> str:
    return ('<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>'
            '</w:rPr><w:alias w:val="申报截止日期"/><w:tag w:val="deadline"/><w:id w:val="-1418287213"/>'
            f'<w:date w:fullDate="{TY_DEADLINE_ISO}"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
            '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
            f'</w:sdtPr><w:sdtContent>{_run(TY_DEADLINE)}</w:sdtContent></w:sdt>')


def _sdt_drop() -> str:
    items = "".join(f'<w:listItem w:displayText="{_x(t)}" w:value="{_x(t)}"/>' for t in TY_CATEGORY_LIST)
    return ('<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>'
            '</w:rPr><w:alias w:val="机构类别"/><w:tag w:val="category"/><w:id w:val="903517264"/>'
            f'<w:dropDownList><w:listItem w:value=""/>{items}</w:dropDownList></w:sdtPr>'
            f"<w:sdtContent>{_run(TY_CATEGORY)}</w:sdtContent></w:sdt>")


def ty_body() -> str:
    ind = True
    ps = [
        _para(_run(TY_NUMBER), "center"),
        _para(_run(TY_TITLE, 44, "方正小标宋简体"), "center", 700),
        _para(_run(TY_ADDR)),
        _para(_run(TY_COVER_1) + _sdt_date() + _run(TY_COVER_2), indent=ind),
        _para(_run(TY_SIGN[0]), "right"),
        _para(_run(TY_SIGN[1]), "right"),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        _para(_run(TY_RULES, 36, "方正小标宋简体"), "center", 700),
        _para(_run(TY_A1), indent=ind),
        _para(_run(TY_A2_1) + _sdt_drop() + _run(TY_A2_2), indent=ind),
        _para(_run(TY_A3_1) + '<w:commentRangeStart w:id="0"/>' + _run(TY_A3_C) + '<w:commentRangeEnd w:id="0"/>'
              + '<w:r>' + _rpr(32, "仿宋_GB2312", COMMENT_REF) + '<w:commentReference w:id="0"/></w:r>'
              + _run(TY_A3_2)
              + f'<w:r>{_rpr(32, "仿宋_GB2312", SUPERSCRIPT)}<w:footnoteReference w:id="1"/></w:r>', indent=ind),
        _para(_run(TY_A4), indent=ind),
        _para(_run(TY_A5), indent=ind),
        _para(_run(TY_A6), indent=ind),
        _para(_run(TY_A7) + f'<w:r>{_rpr(32, "仿宋_GB2312", SUPERSCRIPT)}<w:endnoteReference w:id="1"/></w:r>',
              indent=ind),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        _para(_run("附件", 32, "黑体")),
        _para(_run(TY_TABLE_TITLE, 36, "方正小标宋简体"), "center", 700),
        _table([TY_HEAD, *TY_ROWS], [700, 3300, 1700, 1900, 1500]),
    ]
    return "".join(ps)


def make_docx() -> bytes:
    raw = _docx_package(ty_body(), TY_TITLE, "市卫生健康委员会人口监测与家庭发展科", dt.datetime(2026, 3, 2, 8, 40, 0),
                        dt.datetime(2026, 3, 16, 16, 48, 0))
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    note = ('<w:{k} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{k}><w:{k} w:type="continuationSeparator" '
            'w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:{k}><w:{k} w:id="1"><w:p><w:pPr><w:pStyle w:val="{style}"/>'
            '</w:pPr><w:r>' + _rpr(18, "宋体", SUPERSCRIPT) + "<w:{ref}/></w:r>{text}</w:p></w:{k}>")
    footnotes = (f'{head}<w:footnotes xmlns:w="{W_NS}">'
                 + note.format(k="footnote", style="FootnoteText", ref="footnoteRef",
                               text=_run(" " + TY_FOOTNOTE, 18, "宋体")) + "</w:footnotes>")
    endnotes = (f'{head}<w:endnotes xmlns:w="{W_NS}">'
                + note.format(k="endnote", style="EndnoteText", ref="endnoteRef",
                              text=_run(" " + TY_ENDNOTE, 18, "宋体")) + "</w:endnotes>")
    comments = (f'{head}<w:comments xmlns:w="{W_NS}">'
                f'<w:comment w:id="0" w:author="{TY_COMMENT_AUTHOR}" w:date="2026-03-09T10:21:00Z" w:initials="李">'
                '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                f'</w:rPr><w:annotationRef/></w:r>{_run(TY_COMMENT, 20, "宋体")}</w:p></w:comment></w:comments>')
    rel = REL_OFFICE
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    def fix(name: str, data: bytes) -> bytes:
        data = _strip_thumbnail(name, data)
        if name == "[Content_Types].xml":
            data = data.replace(b"</Types>", (
                f'<Override PartName="/word/footnotes.xml" ContentType="{ct}.footnotes+xml"/>'
                f'<Override PartName="/word/endnotes.xml" ContentType="{ct}.endnotes+xml"/>'
                f'<Override PartName="/word/comments.xml" ContentType="{ct}.comments+xml"/></Types>').encode())
        elif name == "word/_rels/document.xml.rels":
            data = data.replace(b"</Relationships>", (
                f'<Relationship Id="rId90" Type="{rel}/footnotes" Target="footnotes.xml"/>'
                f'<Relationship Id="rId91" Type="{rel}/endnotes" Target="endnotes.xml"/>'
                f'<Relationship Id="rId92" Type="{rel}/comments" Target="comments.xml"/></Relationships>').encode())
        elif name == "word/settings.xml":
            data = data.replace(b"<w:defaultTabStop", (
                b'<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                b'<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr><w:defaultTabStop'), 1)
        elif name == "docProps/app.xml":
            data = data.replace(*_app_xml("Microsoft Office Word"))
        return data

    out = _rezip(raw, WHEN_DOCX, ("docProps/thumbnail.jpeg",), fix)
    src = zipfile.ZipFile(io.BytesIO(out))
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    members += [("word/footnotes.xml", footnotes.encode()), ("word/endnotes.xml", endnotes.encode()),
                ("word/comments.xml", comments.encode())]
    return _zip(members, WHEN_DOCX)


# =============================================================================================
# 6. The long phone screenshot of 辽事通
# =============================================================================================

PHONE_W = 1080
PHONE_MIN_H = 7000
MARGIN = 54


def screenshot_items() -> list[tuple[str, str]]:
    """The lines drawn in the article card, as (kind, text), in order (the check reads these)."""
    from PIL import ImageFont

    path, index = cjk_face()
    bpath, bindex = cjk_face(bold=True)
    body = ImageFont.truetype(path, 42, index=index)
    title = ImageFont.truetype(bpath, 54, index=bindex)
    width = PHONE_W - 2 * MARGIN
    items: list[tuple[str, str]] = [("title", t) for t in wrap_cjk(TZ_TITLE, title.getlength, width)]
    items += [("meta", TZ_META), ("banner", ""), ("number", TZ_NUMBER)]
    for kind, text in TZ_PARAS:
        if kind == "p":
            items += [("body", t) for t in wrap_cjk("　　" + text, body.getlength, width)] + [("gap", "")]
        elif kind == "h":
            items += [("head", t) for t in wrap_cjk(text, title.getlength, width)] + [("gap", "")]
        else:
            items.append(("right", text))
    items += [("gap", ""), ("link", TZ_ATTACH), ("meta", TZ_EDITOR), ("gap", ""), ("section", "精选留言")]
    for who, text, likes in TZ_COMMENTS:
        items.append(("who", f"{who}　　赞 {likes}"))
        items += [("comment", t) for t in wrap_cjk(text, body.getlength, width - 40)]
        items.append(("gap", ""))
    items += [("section", "猜你想办"), ("services", "")]
    items.append(("section", "相关推荐"))
    for k, t in enumerate(TZ_RELATED):
        items += [("related", ln) for ln in wrap_cjk(t, body.getlength, width)]
        items.append(("meta", f"辽事通·锦州　2024-0{5 + k % 3}-{10 + k * 3}"))
        items.append(("rule", ""))
    return items


LEAD = {"title": 84, "head": 90, "meta": 66, "number": 80, "body": 86, "right": 84, "gap": 44, "banner": 600,
        "link": 84, "section": 120, "who": 70, "comment": 80, "related": 78, "rule": 44, "services": 300}


def make_png() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    path, index = cjk_face()
    bpath, bindex = cjk_face(bold=True)
    f_body = ImageFont.truetype(path, 42, index=index)
    f_title = ImageFont.truetype(bpath, 54, index=bindex)
    f_small = ImageFont.truetype(path, 34, index=index)
    f_bar = ImageFont.truetype(bpath, 48, index=bindex)
    f_status = ImageFont.truetype(bpath, 38, index=bindex)
    f_banner = ImageFont.truetype(bpath, 72, index=bindex)
    items = screenshot_items()
    y_end = 300 + sum(LEAD[k] for k, _ in items) + 60
    height = max(PHONE_MIN_H, y_end + 180)
    img = Image.new("RGB", (PHONE_W, height), (244, 245, 247))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, PHONE_W, 100], fill=(255, 255, 255))
    d.text((60, 28), "9:41", font=f_status, fill=(20, 20, 20))
    d.rectangle([930, 38, 1000, 70], outline=(20, 20, 20), width=3)
    d.rectangle([935, 43, 990, 65], fill=(20, 20, 20))
    d.rectangle([1002, 48, 1008, 60], fill=(20, 20, 20))
    d.text((830, 30), "87%", font=f_small, fill=(20, 20, 20))
    d.rectangle([0, 100, PHONE_W, 240], fill=(255, 255, 255))
    d.line([(70, 170), (100, 140)], fill=(30, 30, 30), width=6)
    d.line([(70, 170), (100, 200)], fill=(30, 30, 30), width=6)
    d.text((PHONE_W // 2, 170), "辽事通", font=f_bar, fill=(30, 30, 30), anchor="mm")
    for k in range(3):
        d.ellipse([960 + k * 22, 164, 972 + k * 22, 176], fill=(30, 30, 30))
    d.line([(0, 240), (PHONE_W, 240)], fill=(225, 225, 225), width=2)
    d.rectangle([0, 260, PHONE_W, y_end], fill=(255, 255, 255))
    y = 300
    for kind, text in items:
        if kind == "title":
            d.text((MARGIN, y), text, font=f_title, fill=(17, 17, 17))
        elif kind == "head":
            d.text((PHONE_W // 2, y + 30), text, font=f_title, fill=(17, 17, 17), anchor="mm")
        elif kind == "meta":
            d.text((MARGIN, y + 8), text, font=f_small, fill=(150, 150, 150))
        elif kind == "banner":
            d.rounded_rectangle([MARGIN, y + 20, PHONE_W - MARGIN, y + 520], 24, fill=(222, 236, 252))
            for k in range(6):
                cx = MARGIN + 120 + k * 160
                d.ellipse([cx - 50, y + 330, cx + 50, y + 430], fill=(255, 205, 160 - k * 10))
            d.text((PHONE_W // 2, y + 200), "托育服务　暖心护苗", font=f_banner, fill=(30, 90, 170), anchor="mm")
        elif kind == "number":
            d.text((PHONE_W // 2, y + 30), text, font=f_body, fill=(51, 51, 51), anchor="mm")
        elif kind == "right":
            d.text((PHONE_W - MARGIN, y), text, font=f_body, fill=(51, 51, 51), anchor="ra")
        elif kind == "link":
            d.text((MARGIN, y), text, font=f_body, fill=(22, 119, 255))
        elif kind == "section":
            d.rectangle([0, y, PHONE_W, y + 16], fill=(244, 245, 247))
            d.rectangle([MARGIN, y + 44, MARGIN + 8, y + 88], fill=(22, 119, 255))
            d.text((MARGIN + 28, y + 40), text, font=f_bar, fill=(17, 17, 17))
        elif kind == "who":
            d.ellipse([MARGIN, y + 4, MARGIN + 50, y + 54], fill=(200, 210, 225))
            d.text((MARGIN + 70, y + 10), text, font=f_small, fill=(110, 110, 110))
        elif kind == "comment":
            d.text((MARGIN + 70, y), text, font=f_body, fill=(51, 51, 51))
        elif kind == "related":
            d.text((MARGIN, y), text, font=f_body, fill=(34, 34, 34))
        elif kind == "services":
            for k, label in enumerate(TZ_SERVICES):
                cx = MARGIN + 120 + k * 240
                d.rounded_rectangle([cx - 60, y + 20, cx + 60, y + 140], 28, fill=(232, 241, 255))
                d.text((cx, y + 80), label[0], font=f_bar, fill=(22, 119, 255), anchor="mm")
                d.text((cx, y + 200), label, font=f_small, fill=(51, 51, 51), anchor="mm")
        elif kind == "rule":
            d.line([(MARGIN, y + 20), (PHONE_W - MARGIN, y + 20)], fill=(235, 235, 235), width=2)
        elif kind == "body":
            d.text((MARGIN, y), text, font=f_body, fill=(51, 51, 51))
        y += LEAD[kind]
    d.rectangle([0, height - 160, PHONE_W, height], fill=(255, 255, 255))
    d.line([(0, height - 160), (PHONE_W, height - 160)], fill=(225, 225, 225), width=2)
    for k, label in enumerate(("点赞 126", "收藏", "分享")):
        d.text((180 + k * 360, height - 80), label, font=f_body, fill=(80, 80, 80), anchor="mm")
    # mild realism: a JPEG round trip and sparse seeded noise, then a 128-colour palette to stay small
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88)
    img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    rng = random.Random(20240523)
    px = img.load()
    for _ in range(height * 6):
        x, yy = rng.randrange(PHONE_W), rng.randrange(height)
        r, g, b = px[x, yy]
        dv = rng.choice((-6, -4, 4, 6))
        px[x, yy] = (max(0, min(255, r + dv)), max(0, min(255, g + dv)), max(0, min(255, b + dv)))
    img = img.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()


# =============================================================================================
# Questions and README
# =============================================================================================

S_PT = {"doc_number": PT_NUMBER, "doc_title": PT_TITLE}
S_MG = {"doc_number": MG_NUMBER, "doc_title": MG_TITLE}
S_MT = {"doc_number": MT_NUMBER, "doc_title": MT_TITLE}
S_XY = {"doc_number": XY_NUMBER, "doc_title": XY_TITLE}
S_JC = {"doc_number": None, "doc_title": JC_DECK}
S_TY = {"doc_number": TY_NUMBER, "doc_title": TY_TITLE}
S_TZ = {"doc_number": TZ_NUMBER, "doc_title": TZ_TITLE}
NOT_FOUND = "文件中未找到相关规定。"

QA: list[tuple] = [
    # --- 葡萄种植保险 (.msg) ---------------------------------------------------------------------
    ("我家在北镇市种了8亩鲜食葡萄，今年想上葡萄种植保险。每亩保费多少？我自己一共要交多少钱？",
     f"按《{PT_TITLE}》（{PT_NUMBER}）第三项的表格，鲜食葡萄保险金额每亩5000元，保险费率6%，每亩保费300元，农户每亩自缴75元"
     "（各级财政补贴保费的75%，农户自缴25%）。您家8亩，8亩×75元＝600元（8亩总保费2400元，其余由财政补贴）。要在2026年5月31日前"
     "完成集中投保。",
     ["每亩5000元", "75元"], [S_PT], f"{PT_TITLE} > 三、保险金额和保费（表）", "鲜食葡萄 每亩5000元 6% 300元 75元",
     "numeric", "public", "easy", F_MSG),
    ("我在义县种的是酿酒葡萄，听说葡萄保险的保险金额是每亩5000元，我的也按5000元保吗？每亩自己交多少？",
     f"不是。每亩5000元是鲜食葡萄的保险金额；按{PT_NUMBER}第三项的表格，酿酒葡萄保险金额是每亩3000元，保险费率6%，每亩保费180元，"
     "农户每亩自缴45元。",
     ["每亩3000元", "45元"], [S_PT], f"{PT_TITLE} > 三、保险金额和保费（表）",
     "鲜食葡萄 每亩5000元 6% 300元 75元……酿酒葡萄 每亩3000元 6% 180元 45元", "numeric", "public", "medium", F_MSG),
    ("市农业农村局转发葡萄种植保险通知的邮件往下翻，写着鲜食葡萄保险金额每亩4000元、农户自缴30%。我们县给农户宣传时按这个口径吗？",
     "不按。邮件下方“原始邮件”里是3月18日征求意见稿拟定的数字，不是正式文件；邮件正文也写明具体标准以附件为准。附件正式文件"
     f"{PT_NUMBER}规定：鲜食葡萄保险金额每亩5000元（每亩保费300元），各级财政补贴保费的75%，农户自缴25%（鲜食葡萄农户每亩自缴75元）。",
     ["每亩5000元", "农户自缴25%"], [S_PT], f"{PT_TITLE} > 三、保险金额和保费；四、保费补贴",
     "鲜食葡萄 每亩5000元 6% 300元 75元……四、保费补贴。各级财政补贴保费的75%，其中省级财政补贴35%、市级财政补贴20%、县级财政"
     "补贴20%；农户自缴25%。", "numeric", "civil_servant", "hard", F_MSG),
    ("我是黑山县农业农村局的，葡萄种植保险保费中县级财政要补贴多少？集中投保要在什么时候前完成？",
     f"按{PT_NUMBER}第四项，各级财政补贴保费的75%，其中省级财政补贴35%、市级财政补贴20%、县级财政补贴20%，农户自缴25%；第五项规定"
     "葡萄出土上架后即可投保，2026年5月31日前完成集中投保，保险期间至当年10月31日止。",
     ["县级财政补贴20%", "2026年5月31日前完成集中投保"], [S_PT], f"{PT_TITLE} > 四、保费补贴；五、投保时间",
     "其中省级财政补贴35%、市级财政补贴20%、县级财政补贴20%；农户自缴25%。……五、投保时间。葡萄出土上架后即可投保，2026年5月31日前"
     "完成集中投保。", "deadline", "civil_servant", "medium", F_MSG),
    # --- 煤改电 (SPA page, amendment in the PDF) ---------------------------------------------------
    ("我家在黑山县农村，今年11月把燃煤土暖气换成了空气源热泵，额定功率8千瓦，设备购置能补多少钱？",
     f"按《{MG_RULES}》（{MG_NUMBER}）第三条，按设备额定功率每千瓦补贴300元：8千瓦×300元＝2400元。每户最高补贴额已由{MT_NUMBER}"
     "调整为每户最高补贴3600元（2026年10月1日以后安装验收的适用），2400元未超过上限，可补2400元。",
     ["每千瓦补贴300元"], [S_MG, S_MT], f"{MG_TITLE} > 第三条", MG_ARTICLES[2], "numeric", "public", "easy", F_SPA),
    ("我家在北镇市农村，2026年10月底装好电采暖设备并验收了，额定功率一共14千瓦。办法上写每户最高补贴3000元，是只能拿3000元吗？",
     f"不是。14千瓦×每千瓦300元＝4200元，超过上限；但{MT_NUMBER}将《办法》第三条中“每户最高补贴3000元”调整为“每户最高补贴3600元”，"
     "自2026年10月1日起施行，2026年10月1日以后安装验收合格的按调整后的标准执行。您家10月底验收，可补3600元。",
     ["每户最高补贴3600元", "2026年10月1日起施行"], [S_MT, S_MG], f"{MT_TITLE} > 一、三",
     "一、将《办法》第三条中“每户最高补贴3000元”调整为“每户最高补贴3600元”，每千瓦补贴标准不变。……三、本通知自2026年10月1日起施行。",
     "numeric", "public", "hard", F_PDF),
    ("我家改了“煤改电”，户里有位67岁的老人，这个采暖季运行电价补贴能不能多加？加多少？",
     f"能。{MG_NUMBER}《办法》第五条原来要求户籍内有年满70周岁老年人，{MT_NUMBER}已将其调整为“年满65周岁”，运行电价补贴自2026—2027年"
     "采暖季起按调整后的年龄条件执行。67岁符合，运行电价补贴每户每个采暖季另增加300元。",
     ["年满65周岁", "另增加300元"], [S_MT, S_MG], f"{MT_TITLE} > 二、三",
     "二、将《办法》第五条中“年满70周岁”调整为“年满65周岁”。……运行电价补贴自2026—2027年采暖季起按调整后的年龄条件执行。",
     "yesno", "public", "medium", F_PDF),
    ("煤改电设备装好验收了，最晚多少天内要去申请补贴？过期还能申请吗？",
     f"据{MG_NUMBER}页面上的政策问答，应在电采暖设备安装验收合格之日起60日内向所在村民委员会提出申请，逾期不予受理。",
     ["安装验收合格之日起60日内", "逾期不予受理"], [S_MG], f"{MG_TITLE} > 政策问答（安装完成后多长时间内提出申请？）",
     MG_FAQ[1][1], "deadline", "public", "medium", F_SPA),
    ("我家是煤改电户，上个采暖季采暖用电5000千瓦时，运行电价补贴能拿多少？最多能拿多少？",
     f"按{MG_NUMBER}第四条，采暖季（每年11月1日至次年3月31日）内采暖用电每千瓦时补贴0.2元：5000千瓦时×0.2元＝1000元；每户每个"
     "采暖季最高补贴1600元，1000元未超过上限。",
     ["每千瓦时补贴0.2元", "最高补贴1600元"], [S_MG], f"{MG_TITLE} > 第四条", MG_ARTICLES[3],
     "numeric", "public", "medium", F_SPA),
    ("调整煤改电补贴标准的通知文号是什么？什么时候施行？施行前已经安装验收的按哪个标准？",
     f"是{MT_NUMBER}（{FGW}、{CZJ}，2026年8月20日），自2026年10月1日起施行；2026年10月1日以后安装验收合格的电采暖设备按调整后的标准"
     "执行，此前已安装验收的，仍按原标准执行；《办法》其他规定不变。",
     [MT_NUMBER, "仍按原标准执行"], [S_MT], f"{MT_TITLE} > 三、四",
     "三、本通知自2026年10月1日起施行。2026年10月1日以后安装验收合格的电采暖设备，按调整后的标准执行；此前已安装验收的，仍按原标准"
     "执行。", "validity", "civil_servant", "medium", F_PDF),
    # --- 伏季休渔 (PDF, expired) ------------------------------------------------------------------
    ("我是凌海市的渔民，听说伏季休渔期间在船渔民每人每月补助600元，现在12月了还能去乡里申报吗？",
     f"不能再按这个通知申报。{XY_NUMBER}规定2026年伏季休渔期（5月1日12时至9月1日12时）在船渔民每人每月补助600元、按4个月计发，由"
     "渔船所有人于2026年6月15日前提交在船渔民名册；该通知“有效期至2026年10月31日”，现已过期，文件中也没有接续的新通知。",
     ["有效期至2026年10月31日", "2026年6月15日前"], [S_XY], f"{XY_TITLE} > 三、四",
     "三、申报发放。渔船所有人于2026年6月15日前向所在乡（镇）人民政府提交在船渔民名册……四、本通知自印发之日起施行，有效期至2026年"
     "10月31日。", "validity", "public", "hard", F_PDF),
    # --- 减船转产 (PPTX) ---------------------------------------------------------------------------
    ("我家渔船船长15米，主机功率220千瓦，船龄12年，想报减船转产拆解，能补多少钱？",
     f"据{JC_DECK}第三部分的补助标准图，船长12米（含）至24米的每千瓦补助标准为3000元：220千瓦×3000元＝66万元，未超过每艘渔船补助"
     "总额最高不超过80万元的上限，可补66万元。船龄满10年、自愿申请拆解并注销渔业捕捞许可证才符合条件。",
     ["3000", "最高不超过80万元"], [S_JC], f"{JC_DECK} > 三、补助标准（图表）",
     "船长12米（含）至24米 3000……每艘渔船补助总额最高不超过80万元", "numeric", "public", "medium", F_PPTX),
    ("我家是船长26米的渔船，主机300千瓦，减船转产按每千瓦的标准算能拿114万元吗？",
     f"拿不到114万元。据{JC_DECK}的补助标准图，船长24米（含）以上的每千瓦补助标准是3800元，300千瓦×3800元＝114万元，但每艘渔船"
     "补助总额最高不超过80万元，所以按80万元补助。",
     ["3800", "最高不超过80万元"], [S_JC], f"{JC_DECK} > 三、补助标准（图表）",
     "船长24米（含）以上 3800……每艘渔船补助总额最高不超过80万元", "numeric", "public", "hard", F_PPTX),
    ("申请减船转产补助要走哪些步骤？要公示几天？复核后多久拨钱？",
     f"据{JC_DECK}第四部分的办理流程图：渔船所有人向所在乡（镇）人民政府提出申请；乡（镇）初审后在渔船所在村（社区）公示7日；县级渔业"
     "主管部门组织拆解并现场监督；市海洋与渔业局复核确认；县级财政部门在复核确认后30日内拨付补助资金。",
     ["公示7日", "复核确认后30日内拨付补助资金"], [S_JC], f"{JC_DECK} > 四、办理流程（流程图）",
     "乡（镇）初审后在渔船所在村（社区）公示7日……县级财政部门在复核确认后30日内拨付补助资金", "procedure", "public", "medium",
     F_PPTX),
    ("减船转产补助实施细则的文号是什么？什么时候施行、有效期到哪天？市县资金怎么分担？",
     f"《{JC_RULES}》文号为{JC_NUMBER}，2026年6月10日由锦州市海洋与渔业局、锦州市财政局联合印发，自2026年7月1日起施行，有效期至2028年"
     "12月31日；补助资金由市、县两级财政按6:4比例分担。",
     [JC_NUMBER, "有效期至2028年12月31日", "6:4"], [S_JC], f"{JC_DECK} > 一、出台背景；五、其他事项",
     "自2026年7月1日起施行，有效期至2028年12月31日……补助资金由市、县两级财政按6:4比例分担", "validity", "civil_servant", "easy",
     F_PPTX),
    # --- 托育 (DOCX; the repealed 暂行办法 in the screenshot) -----------------------------------------
    ("我们社区托育园有个孩子这个月只在托了15天，这个孩子这个月能算进运营补助的收托人数吗？",
     f"不能。据{TY_NUMBER}《{TY_RULES}》第三条的脚注，实际收托人数以机构在“辽事通”托育服务模块登记、当月在托满20天的婴幼儿计；"
     "15天不满20天，不计入当月收托人数。",
     ["当月在托满20天"], [S_TY], f"{TY_TITLE} > 第三条（脚注）", TY_FOOTNOTE, "yesno", "public", "medium", F_DOCX),
    ("我们托育机构全年每月稳定收托150名2到3周岁的孩子，按每人每月200元算，一年能拿36万元运营补助吗？",
     f"拿不到36万元。按{TY_NUMBER}第三条，3周岁以下婴幼儿每人每月补助200元，150人×200元×12个月＝36万元；但第三条脚注规定每个机构每年"
     "补助总额最高不超过30万元，所以一年最多30万元。",
     ["每人每月补助200元", "最高不超过30万元"], [S_TY], f"{TY_TITLE} > 第三条及脚注",
     "第三条　补助标准：按机构实际收托的3周岁以下婴幼儿人数，每人每月补助200元……每个机构每年补助总额最高不超过30万元。",
     "numeric", "public", "hard", F_DOCX),
    ("2026年度普惠托育机构运营补助申报截止到哪天？",
     f"按{TY_NUMBER}通知正文，2026年度补助申报截止日期为2026年12月15日，托育机构向所在县（市、区）卫生健康部门提交申请。",
     ["2026年12月15日"], [S_TY], f"{TY_TITLE} > 通知正文", f"2026年度补助申报截止日期为{TY_DEADLINE}",
     "deadline", "public", "easy", F_DOCX),
    ("托育机构运营补助的事情，打哪个电话咨询？",
     f"{TY_NUMBER}的尾注写明：咨询电话：0416-3127586（锦州市卫生健康委员会人口监测与家庭发展科）。",
     ["0416-3127586"], [S_TY], f"{TY_TITLE} > 尾注", TY_ENDNOTE, "department", "public", "easy", F_DOCX),
    ("我们是幼儿园办的托班，收费也符合普惠价格，今年能申请普惠托育机构运营补助吗？",
     f"按{TY_NUMBER}《{TY_RULES}》第二条，本年度纳入补助的托育机构类别为社区嵌入式托育机构；幼儿园托班不在本年度补助的类别内。",
     ["社区嵌入式托育机构"], [S_TY], f"{TY_TITLE} > 第二条",
     f"本年度纳入补助的托育机构类别为：{TY_CATEGORY}。", "yesno", "public", "hard", F_DOCX),
    ("我在“辽事通”上看到《锦州市托育机构运营补助暂行办法》，写的每人每月补助120元，有效期到2027年5月31日。现在还按120元补吗？",
     f"不按。{TZ_NUMBER}暂行办法自己写的有效期至2027年5月31日，但{TY_NUMBER}《{TY_RULES}》第七条规定该办法自2026年4月1日起施行，"
     f"{TZ_NUMBER}“同时废止”。现在按实际收托的3周岁以下婴幼儿每人每月补助200元，2周岁以下的每人每月补助300元。",
     ["同时废止", "每人每月补助200元"], [S_TY, S_TZ], f"{TY_TITLE} > 第七条", TY_A7,
     "validity", "public", "hard", F_DOCX),
    ("2024年的托育机构运营补助暂行办法当时规定每个机构每年最高补多少？公示几个工作日？现在还是这样吗？",
     f"按{TZ_NUMBER}暂行办法第三条、第四条，当时每人每月补助120元，每个机构每年补助最高不超过20万元，县级卫生健康部门审核后公示7个"
     f"工作日。该办法已被{TY_NUMBER}自2026年4月1日起同时废止；现在每个机构每年补助总额最高不超过30万元，公示5个工作日。",
     ["每个机构每年补助最高不超过20万元", "公示7个工作日"], [S_TZ, S_TY], f"{TZ_TITLE} > 第三条、第四条",
     "第三条　补助标准：按机构实际收托的3周岁以下婴幼儿人数，每人每月补助120元，每个机构每年补助最高不超过20万元。……县级卫生健康"
     "部门审核后公示7个工作日", "numeric", "civil_servant", "medium", F_PNG),
    ("普惠托育服务重点任务分工表里，市卫生健康委员会牵头哪几项？各自的配合单位和完成时限是什么？",
     f"据{TY_NUMBER}附件《{TY_TABLE_TITLE}》，市卫生健康委员会牵头三项：1．组织普惠托育机构运营补助申报审核，配合单位市财政局，"
     "每年12月31日前；3．在“辽事通”上线托育服务模块，配合单位市营商环境建设局，2026年6月30日前；6．开展托育机构安全检查和服务质量"
     "评估，配合单位市市场监督管理局、市消防救援支队，每年11月30日前。",
     ["每年12月31日前", "2026年6月30日前", "每年11月30日前"], [S_TY], f"{TY_TITLE} > 附件 {TY_TABLE_TITLE}",
     " ".join(TY_ROWS[0]) + "……" + " ".join(TY_ROWS[2]) + "……" + " ".join(TY_ROWS[5]),
     "department", "civil_servant", "hard", F_DOCX),
    ("我家孩子1岁半，在社区托育园全日托，托育园按我家孩子每月能拿到多少运营补助？是200元吗？",
     f"不是200元。按{TY_NUMBER}第三条，每人每月补助200元是3周岁以下婴幼儿的一般标准；实际收托2周岁以下婴幼儿的，每人每月补助300元。"
     "1岁半属于2周岁以下，按每人每月300元（当月在托满20天才计入）。",
     ["每人每月补助300元"], [S_TY], f"{TY_TITLE} > 第三条", "其中实际收托2周岁以下婴幼儿的，每人每月补助300元。",
     "numeric", "public", "medium", F_DOCX),
    # --- unanswerable ----------------------------------------------------------------------------
    ("托育机构新增托位有没有一次性建设补助？每个托位补多少钱？",
     f"{NOT_FOUND}{TY_NUMBER}只规定按实际收托人数发放的运营补助（3周岁以下每人每月200元，2周岁以下每人每月300元，每个机构每年最高"
     f"30万元），已废止的{TZ_NUMBER}也只有运营补助，都没有托位建设补助的标准。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("凌海市办减船转产补助，县里具体找哪个科室？联系人是谁、电话多少？",
     f"{NOT_FOUND}{JC_DECK}只写明向所在乡（镇）人民政府提出申请、由县级渔业主管部门组织拆解并现场监督，没有写科室、联系人和电话。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("北镇葡萄冬季埋土防寒有没有补贴？更新葡萄架材（水泥柱、钢丝）有没有补贴？",
     f"{NOT_FOUND}两项都没有规定。最接近的是{PT_NUMBER}的葡萄种植保险保费补贴（各级财政补贴保费的75%，鲜食葡萄保险金额每亩5000元、"
     "酿酒葡萄每亩3000元）。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("沈阳市农村煤改电设备购置每千瓦补多少钱？",
     f"{NOT_FOUND}文件只有锦州市的规定：{MG_NUMBER}按设备额定功率每千瓦补贴300元，每户最高补贴额经{MT_NUMBER}调整为3600元；没有"
     "沈阳市的标准。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("锦州市居家养老助餐补贴，80岁以上老人每餐补多少钱？",
     f"{NOT_FOUND}这些文件涉及葡萄种植保险、农村清洁取暖“煤改电”、伏季休渔渔民生活补助、减船转产和普惠托育机构运营补助，没有"
     "居家养老助餐方面的内容。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("普惠托育机构运营补助办法征求意见的时候，原稿定的补助标准是每人每月多少元？",
     f"{NOT_FOUND}正式印发的{TY_NUMBER}只规定现行标准（3周岁以下每人每月补助200元，2周岁以下每人每月补助300元），没有写原稿的数字；"
     "文档里审阅人的批注不是通知的内容。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
]
README = r"""# city23: a blind fixture of 锦州市 (辽宁省) policy documents

A small corpus of policy documents of a twenty-third held-out city, 锦州市, and 30 questions about them, for checking that
policyqa works on documents it has never seen, in kinds of file not tried in the earlier fixtures: an **Outlook message saved
as `.msg`** (an OLE compound file in the MS-OXMSG layout, the notice only in its attached `.docx`, an older draft's figures in
the quoted thread), a **portal page saved from a single-page app** (`<div id="app"></div>` only; the article and its 问答 only
in `window.__INITIAL_STATE__`), a **text PDF whose fonts have no `/ToUnicode`** (it looks right but its text layer is
garbage), a **`.pptx` 政策解读 deck whose facts sit in a column chart and a SmartArt diagram**, a **`.docx` with a footnote,
an endnote, a date-picker and a drop-down content control and a reviewer's comment**, and a **long phone screenshot** (PNG) of
a notice in the app “辽事通”. The city, its districts and counties (古塔区, 凌河区, 太和区, 凌海市, 北镇市, 黑山县, 义县), the
departments (锦州市农业农村局, 锦州市财政局, 锦州市发展和改革委员会, 锦州市卫生健康委员会, 锦州市海洋与渔业局, and in the 分工表
市住房和城乡建设局, 市自然资源局, 市营商环境建设局, 市人力资源和社会保障局, 市市场监督管理局, 市消防救援支队), the app “辽事通”,
the area code 0416 and the portal domain www.jz.gov.cn are real. Every document, 文号, 索引号, figure, date, task given to a
body, e-mail address, phone number, URL path, 网站标识码/ICP/公安备案 number, the gazette's issue number and pages, the
comments and read counts in the screenshot and what the app is said to do is invented. Nothing is taken from a real
document.

The content is consistent across documents. **葡萄种植保险**: the `.msg` is 锦州市农业农村局种植业管理科 forwarding (2026-04-09)
《锦州市农业农村局 锦州市财政局关于做好2026年葡萄种植保险保费补贴工作的通知》 (锦农联发〔2026〕9号, 2026年4月8日, 有效期至2026年12月31日) to
各县（市、区）农业农村局; the notice is only in the attached `.docx`: **鲜食葡萄 保险金额每亩5000元, 每亩保费300元, 农户每亩自缴75元 /
酿酒葡萄 每亩3000元, 180元, 45元** (the swap pair, a table), 费率6%, 财政补贴保费的75% (省级35%、市级20%、县级20%), 农户自缴25%,
集中投保 2026年5月31日前. The mail's quoted “-----原始邮件-----” (2026-03-18, 征求意见稿) says **每亩4000元 / 每亩2500元 / 农户自缴30%**:
not current. **农村清洁取暖“煤改电”**: the SPA page holds 《锦州市发展和改革委员会 锦州市财政局关于印发锦州市农村清洁取暖“煤改电”补贴办法的通知》
(锦发改联发〔2025〕23号, 2025年9月12日, in force 2025-10-01 to 2028-09-30): 设备购置 **每千瓦补贴300元, 每户最高补贴3000元**, 运行电价
每千瓦时补贴0.2元 (每户每个采暖季最高1600元), **年满70周岁** 老人户 另增加300元, 公示5日, 市县 5:5; only its `faq` says
**安装验收合格之日起60日内** 申请. The PDF's 《锦州市发展和改革委员会 锦州市财政局关于调整农村清洁取暖“煤改电”补贴有关标准的通知》
(锦发改联发〔2026〕16号, 2026年8月20日) **amends** it from 2026-10-01: “每户最高补贴3000元” → **“每户最高补贴3600元”**, “年满70周岁” →
**“年满65周岁”**, 此前已安装验收的仍按原标准, “《办法》其他规定不变”. **伏季休渔**: the same PDF first prints 《锦州市海洋与渔业局
锦州市财政局关于做好2026年伏季休渔期间渔民生活补助发放工作的通知》 (锦海渔联发〔2026〕2号, 2026年4月24日): 每人每月600元 × 4个月 = 2400元,
名册 2026年6月15日前, 发放 2026年9月30日前, **“有效期至2026年10月31日”: expired, no successor**. **减船转产**: the deck
《锦州市近海捕捞渔船减船转产补助实施细则》政策解读 (锦州市海洋与渔业局, 2026年6月) explains 锦海渔联发〔2026〕5号 (印发 2026-06-10, 施行
2026-07-01, 有效期至2028年12月31日, not itself in the corpus): 船龄满10年, **每千瓦 2200 / 3000 / 3800 元 for 船长12米以下 / 12米（含）至24米 /
24米（含）以上 (only in the chart)**, **每艘最高不超过80万元**, 市县 6:4, and the five steps (公示7日, 复核确认后30日内拨付) only in the
SmartArt. **普惠托育**: the `.docx` holds 《锦州市卫生健康委员会 锦州市财政局关于印发锦州市普惠托育机构运营补助办法的通知》 (锦卫联发〔2026〕4号,
2026年3月16日, in force 2026-04-01 to 2029-03-31): **3周岁以下 每人每月补助200元 / 2周岁以下 每人每月补助300元**, the footnote
(**当月在托满20天**, **每个机构每年最高不超过30万元**), 公示5个工作日, 市县 6:4, 申报截止 **2026年12月15日** (a date content control), 类别
**社区嵌入式托育机构** (a drop-down), the endnote 咨询电话 0416-3127586, the comment (原稿 150元), its 附件 《锦州市普惠托育服务重点任务分工表》 (7 rows:
**市卫生健康委员会 leads rows 1, 3, 6** with different 配合 and 时限), and 第七条 “锦卫发〔2024〕15号 **同时废止**”. The screenshot shows that
**repealed** 《锦州市卫生健康委员会关于印发锦州市托育机构运营补助暂行办法的通知》 (锦卫发〔2024〕15号, 2024年5月20日, in 辽事通 2024-05-23):
每人每月120元, 每个机构每年最高20万元, 10月31日前申请, 公示7个工作日, **“有效期至2027年5月31日”**; nothing in it says it was repealed.

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏, 潍坊/山东,
柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西, 遵义/贵州, 曲靖/云南, 宝鸡/陕西, 天水/甘肃, 邢台/河北, 江门/广东,
齐齐哈尔/黑龙江, 赤峰/内蒙古, 四平/吉林) occurs in a corpus file (checked as substrings of every text a reader gets and of the raw
bytes, the zip members and the `.msg`'s UTF-16 streams); 沈阳 occurs only in a question, 葫芦岛 nowhere. The topics are new as far as
the helper could see (it read only the opening text of city2 … city22's READMEs and the whole of city20's): 葡萄种植保险保费补贴,
农村清洁取暖“煤改电”补贴 (with an amendment), 伏季休渔渔民生活补助 (expired), 近海渔船减船转产补助 and 普惠托育机构运营补助 (with a
repealed 暂行办法). 居家养老助餐 was avoided because city4 had a 老年助餐 notice, and is used only as a never-mentioned topic; city7's
heating topic was heating prices and a 低保 heating subsidy, not equipment for 煤改电.

**Who wrote it and what they saw.** A helper session wrote it from a brief (`/tmp/c23/brief.md`). It did not read the system's code
(`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`, `tests/integration/`, `tests/e2e/`), any `out/`,
`var/`, `/tmp/dbg` or `/tmp/snap` folder, or other cities' generators and qa files besides those named here; it did not run policyqa,
pytest or `git status`/`git diff`/`git log`, and committed nothing. It read `tests/data/city20/README.md` (whole), the first six lines
of `tests/data/city20/qa.jsonl`, `tests/support/make_city20_fixtures.py` (lines 1–120, 270–300, 700–750, 855–1170 and 1480–1608, and a
grep of its `def`/constant/import lines), `tests/support/print_lines.py` and `tests/support/qa_lines.py` (whole; `cjk_face`, `wrap_cjk`
and `qa_jsonl` are imported by the generator), and of each of `tests/data/city2/README.md` … `tests/data/city22/README.md` the text
before `## Files`, cut at its first 1,500 bytes (and a search of those cuts for topic words: 供热 in city7, 助餐 in city4, 就业 in city3;
渔, 葡萄, 保险, 取暖, 煤改电, 养老, 托育 in none). Outside that list it read the `[tool.ruff]` and `[tool.ruff.lint]` sections of
`pyproject.toml`, listed the folder names of `tests/data/` and `tests/support/` (no `city23` existed) and the machine's CJK fonts
(`fc-list :lang=zh`: WenQuanYi Zen Hei and Noto Sans/Serif CJK). Of installed libraries it listed the members of python-docx's and
python-pptx's default templates and the placeholders of two python-pptx layouts, and grepped python-pptx's `chart/xlsx.py` for its
workbook writer. No answer was tuned against the system; the command below had **not been run** on this fixture when it was handed
over. Everything was made and checked in a separate venv (`/tmp/c23venv`: reportlab 5.1.0, pikepdf 10.18.0, pypdfium2 5.15.2,
python-docx 1.2.0, python-pptx 1.0.2 with XlsxWriter 3.3.4, extract-msg 0.57.0, olefile 0.47, lxml 6.2.1, Pillow 13.0.0, openpyxl 3.1.5)
with WenQuanYi Zen Hei for the PDF and Noto Sans CJK SC (Regular and Bold) for the screenshot; the project's own ruff
(`.venv/bin/ruff`) checked the generator. Outside tools run on corpus files: extract-msg and olefile for the `.msg` (and python-docx and
lxml for its attachment); Python's `json` and lxml for the SPA page; pypdfium2 and pikepdf for the PDF; python-pptx, lxml and openpyxl
(the chart's workbook) for the `.pptx`; python-docx and lxml for the `.docx`; Pillow for the PNG. Both PDF pages were rendered with
pdfium at 200 dpi and looked at, and so were the top, a middle stretch and a reduced whole of the screenshot. No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `jinzhou-putao-baoxian-zhuanfa.msg` | the mail “转发：锦州市农业农村局 锦州市财政局关于做好2026年葡萄种植保险保费补贴工作的通知” and its attachment 锦农联发〔2026〕9号 (2026年4月8日) | **An Outlook `.msg`**: an OLE compound file (CFB v3, 512-byte sectors, a 64-byte-sector mini stream for streams under 4096 bytes, written sector by sector by the generator) in the MS-OXMSG layout: the top `__properties_version1.0` (32-byte header: 1 recipient, 1 attachment; fixed-size properties such as `PR_CLIENT_SUBMIT_TIME`, `PR_MESSAGE_DELIVERY_TIME` 2026-04-09 01:31 UTC, `PR_STORE_SUPPORT_MASK` with the Unicode bit, `PR_INTERNET_CPID` 65001), `__substg1.0_001A001F` (IPM.Note), **`0037001F` subject, `0C1A001F` sender name, `1000001F` plain body (UTF-16LE) and `10130102` HTML body (UTF-8 bytes)**, an empty `__nameid_version1.0`, **`__recip_version1.0_#00000000`** (display name, SMTP address, `PR_RECIPIENT_TYPE` 1) and **`__attach_version1.0_#00000000`** with `3707001F` (long file name “锦农联发〔2026〕9号 关于做好2026年葡萄种植保险保费补贴工作的通知.docx”), `37010102` (the `.docx`, about 37 KB), `370E001F` (its MIME type) and `PR_ATTACH_METHOD` 1. The body is only a cover note (“各县（市、区）农业农村局：现将……转发给你们，正式文件见附件……2026年4月20日前……报送……具体标准以附件为准。”); **the notice is only in the attachment** (python-docx template, a table of 品种 / 保险金额 / 保险费率 / 每亩保费 / 农户每亩自缴). The **quoted “-----原始邮件-----”** (3月18日, 主题 “……（征求意见稿）”) says 鲜食葡萄 **每亩4000元**, 酿酒葡萄 **每亩2500元**, **农户自缴30%**: the old draft, in both bodies. |
| `jinzhou-meigaidian-butie-banfa.html` | 锦州市发展和改革委员会 锦州市财政局关于印发锦州市农村清洁取暖“煤改电”补贴办法的通知 (锦发改联发〔2025〕23号, 2025年9月12日, 发布 2025-09-16) | **A page saved from a single-page app** (UTF-8): `<title>` plus a `<body>` of **`<noscript>请开启JavaScript</noscript>`, a CSS spinner `<div id="loading">`, an empty `<div id="app"></div>`** and three scripts, two with `src` (`chunk-vendors…js`, `app…js`) that are not in the corpus. The article is **only in `<script>window.__INITIAL_STATE__ = {…};</script>`** (one line of JSON, `<`, `>` and `&` written as **`\u003c`, `\u003e`, `\u0026`**): `article.title`, `docNo`, `indexNo`, `publisher`, `writeDate`, `pubDate`, `topic`, **`article.content`** (the notice as an HTML string, paragraphs separated by `\n`) and a **`faq` array of four `{q, a}`** the app shows as an accordion; **only the `faq` gives the 60日内 deadline** (and who may apply when renting, the power to count, when the money comes). The rest of the state is chrome: `site.menus`, `route`, **`hotNews` (four other headlines)**, `counter`, `footer` (主办, 网站标识码 2107000018, 辽ICP备05018632号, 辽公网安备21070202000157号, a phone). Its 每户最高补贴3000元 and 年满70周岁 are **amended** (the PDF). |
| `jinzhou-zhengfu-gongbao-2026-09.pdf` | 《锦州市人民政府公报》2026年第9期（总第241期） pages 27–28: 锦海渔联发〔2026〕2号 and 锦发改联发〔2026〕16号 | **A text PDF whose fonts have no `/ToUnicode`**: reportlab (`invariant=1`) drew it with a **WenQuanYi Zen Hei** subset (two simple TrueType subsets `AAAAAA+`/`AAAAAB+WenQuanYiZenHei-0` whose codes are subset indices), then pikepdf **deleted both fonts' `/ToUnicode` CMaps** (as some typesetting systems write them; Producer “FounderFX PDF Export 5.0”, fixed dates, deterministic /ID). The pages render right (running head swapped left/right on the even page over a double rule, folios “· 27 ·”, “· 28 ·”), but **pypdfium2's text is garbage: control characters and Latin-1 letters (`\x01\x04\x05…`, `ÄÅÇÉÑÖÜ…`, `°°`) with only the digits, spaces and a few ASCII signs surviving** (e.g. “600”, “2400”, “3600” stand among garbage; “每户最高补贴”, “65周岁”, “有效期” never come out). Page 27: the **expired** 伏季休渔 notice (its **“有效期至2026年10月31日”**), then the **amendment** starts mid-page; its items 三 and 四 (“自2026年10月1日起施行……仍按原标准执行……《办法》其他规定不变”) are on page 28. |
| `jinzhou-jianchuan-zhuanchan-jiedu.pptx` | 《锦州市近海捕捞渔船减船转产补助实施细则》政策解读 (锦州市海洋与渔业局, 2026年6月; explains 锦海渔联发〔2026〕5号) | **A 6-slide deck** (python-pptx's template, core properties fixed, printer settings and thumbnail dropped, re-zipped with one time): slide text in placeholders and text boxes, **speaker notes on every slide** (one says 主机功率 is the 检验证书's and that amounts over 80万元 are paid at 80万元), a **slide-number placeholder (`<a:fld type="slidenum">`) on slides 2–6**. Slide 4 says only “每千瓦补助标准**见下图**” and the cap; the three rates are **only in a clustered column chart** (`ppt/charts/chart1.xml`: `c:strCache` of the categories 船长12米以下 / 船长12米（含）至24米 / 船长24米（含）以上, `c:numCache` **2200, 3000, 3800**, title 减船转产补助标准（元/千瓦）) and its **embedded workbook** `ppt/embeddings/Microsoft_Excel_Sheet1.xlsx` (XlsxWriter's, its dates fixed). Slide 5 says only “办理流程见下图”; the five steps are **only in a SmartArt** basic process: a `p:graphicFrame` with `dgm:relIds` to `ppt/diagrams/data1.xml` (**the `dgm:pt` texts**, `parTrans`/`sibTrans` points and `dgm:cxn`s), `layout1.xml` (process1), `quickStyle1.xml`, `colors1.xml` and `drawing1.xml` (the cached `dsp:sp` shapes holding the same texts), with their content types and the slide's relationships. |
| `jinzhou-tuoyu-yunying-buzhu-banfa.docx` | 锦州市卫生健康委员会 锦州市财政局关于印发锦州市普惠托育机构运营补助办法的通知 (锦卫联发〔2026〕4号, 2026年3月16日) | **A `.docx` with notes, content controls and a comment** (python-docx's template and core properties, body and parts written as XML, re-zipped with fixed times): the 申报截止日期 is a **date-picker `w:sdt`** (`w:date w:fullDate="2026-12-15T00:00:00Z"`, `w:dateFormat`, showing “2026年12月15日”) and the 第二条 类别 a **`w:dropDownList`** whose shown text is 社区嵌入式托育机构 (the other `w:listItem`s 用人单位办托育机构, **幼儿园托班**, 家庭托育点 are not content); **python-docx's `Paragraph.text` drops both** (“……申报截止日期为，请各地……”, “……类别为：。”). 第三条 ends with a **footnote reference**; **`word/footnotes.xml` (separators −1 and 0) holds the only 当月在托满20天 and 每年最高不超过30万元**. 第七条 (“锦卫发〔2024〕15号同时废止”) ends with an **endnote** (`word/endnotes.xml`: 咨询电话 0416-3127586). A **comment** (`word/comments.xml`, 市财政局社会保障科 李, anchored by `w:commentRangeStart`/`End` on “每人每月补助200元”) says **原稿为每人每月150元**: not the notice. A page break and the 附件 **任务分工表** (a `w:tbl`, 7 rows; 市卫生健康委员会 leads **rows 1, 3, 6** with 市财政局 / 市营商环境建设局 / 市市场监督管理局、市消防救援支队 and 每年12月31日前 / 2026年6月30日前 / 每年11月30日前). |
| `jinzhou-tuoyu-zanxing-banfa-liaoshitong.png` | 锦州市卫生健康委员会关于印发锦州市托育机构运营补助暂行办法的通知 (锦卫发〔2024〕15号, 2024年5月20日) as shown in 辽事通 | **A long phone screenshot**: 1080 × 7248 px, a 128-colour palette PNG with **no text layer and no metadata**, drawn with Pillow in Noto Sans CJK SC at phone size (body 42 px, titles 54 px bold): a status bar (9:41, 87 %, battery), the app's title bar “辽事通” with a back arrow and “…”, the title, a 来源/date/阅读 line, a drawn banner (托育服务　暖心护苗), the 文号, the notice and its 暂行办法 (第一条–第九条), an attachment link, 精选留言 (four invented comments), 猜你想办 icons, **相关推荐** (five other headlines) and a bottom bar **点赞 126 / 收藏 / 分享**; a light-grey background, a JPEG round trip (quality 88) and sparse ±4–6 noise from `random.Random(20240523)`. The **repealed** 暂行办法: its own text says “有效期至2027年5月31日”; only the `.docx` says it was repealed (120元 / 20万元 / 10月31日前 / 公示7个工作日 are only here). |

All six files are written by `tests/support/make_city23_fixtures.py` (see its docstring), together with this README and
`qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c23-001`…`c23-030`, in the format of `tests/data/city20/qa.jsonl` (same fields, same order): `id`, `question`,
`answer`, `key_facts` (1–3 short strings copied verbatim from a document's text as a reader gets it; for the PDF and the screenshot,
the text as printed), `sources` (`doc_number`, `doc_title`), `section` (title > section path), `evidence` (verbatim; “……” marks a
gap, table rows are given as their cells separated by spaces, the chart's points as “series category value”), `type`, `persona`,
`difficulty`, `corpus_file`. Multi-issuer `doc_title`s join issuers with a space, as the documents print them. The deck has
`doc_number` null (its title names the 细则, whose 文号 is on slide 2). A key fact may stand in any of a question's sources' files.

- c23-001 … c23-004 (葡萄种植保险, `.msg`): **c23-001 a computation from the attachment's table row** (鲜食 8亩 × 农户每亩自缴75元 = 600元);
  **c23-002 two groups a careless reader swaps** (酿酒葡萄 每亩3000元 / 45元, not 鲜食's 5000元); **c23-003 the quoted old thread's
  figures asked as current** (4000元, 30% → 每亩5000元, 农户自缴25%); c23-004 civil servant: 县级财政补贴20%, 2026年5月31日前.
- c23-005 … c23-010 (煤改电): **c23-005 a rate × the asker's kW under the cap** (8千瓦 × 每千瓦300元 = 2400元, SPA article);
  **c23-006 the amended cap** (14千瓦 → 4200元 → **每户最高补贴3600元**, not 3000元; only in the PDF as printed); **c23-007 the amended age**
  (67岁: 年满70周岁 → **年满65周岁**, 另增加300元); **c23-008 only in the `faq`** (安装验收合格之日起60日内, 逾期不予受理); c23-009 a computation
  from the article (5000千瓦时 × 0.2元 = 1000元 ≤ 1600元); c23-010 civil servant: the amendment's 文号, 施行 2026-10-01, 此前已安装验收的
  仍按原标准 (on the PDF's second page).
- c23-011 (伏季休渔): **the expired notice asked as if current** (有效期至2026年10月31日 in the PDF; 2026年6月15日前; no successor).
- c23-012 … c23-015 (减船转产, `.pptx`): **c23-012 a chart value × the asker's kW** (15米, 220千瓦 × 3000 = 66万元 ≤ 80万元); **c23-013 the
  cap** (26米, 300千瓦 × 3800 = 114万元 → 80万元); **c23-014 only in the SmartArt** (公示7日, 复核确认后30日内拨付补助资金); c23-015
  civil servant: 锦海渔联发〔2026〕5号, 有效期至2028年12月31日, 6:4 (slide text).
- c23-016 … c23-024 (普惠托育): **c23-016 only in the footnote** (当月在托满20天: 15天 is out); **c23-017 a computation under the footnote's
  cap** (150人 × 200元 × 12 = 36万元 → 30万元); **c23-018 only in the date content control** (2026年12月15日); **c23-019 only in the endnote**
  (0416-3127586); **c23-020 only in the drop-down's shown text** (社区嵌入式托育机构; 幼儿园托班 is only an unchosen list entry); **c23-021
  the repealed 暂行办法 asked as if current** (“同时废止” in the `.docx`; its own 有效期 runs to 2027-05-31); **c23-022 values only in the
  screenshot** (20万元, 公示7个工作日; now 30万元, 5个工作日); **c23-023 the three rows 市卫生健康委员会 leads** (1, 3, 6 with their 配合 and
  时限); c23-024 the second group of the same rule (1岁半: 2周岁以下 每人每月补助300元, not 200元).
- c23-025 … c23-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no sources):
  **c23-025 a figure not given on a covered topic** (托位 一次性建设补助); **c23-026 a person/phone not named** (减船转产 科室, 联系人, phone);
  **c23-027 two parts, neither answered** (葡萄 埋土防寒, 架材 更新); **c23-028 another city** (沈阳市: in no file); **c23-029 a topic never
  mentioned** (居家养老助餐); **c23-030 the figure only the comment states** (托育 原稿 标准: only the reviewer's comment says 150元).

Personas: 23 public, 7 civil_servant (answerable: 18 and 6). Files as `corpus_file`: `.docx` 8, `.msg` 4, PDF 4, `.pptx` 4, SPA page 3,
screenshot 1, none 6. Types: numeric 11, validity 4, deadline 3, yesno 3, department 2, procedure 1, unanswerable 6. Difficulty: 7 easy,
13 medium, 10 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: **锦农联发〔2026〕9号** (to
2026-12-31); **锦发改联发〔2025〕23号 (from 2025-10-01 to 2028-09-30) as amended by 锦发改联发〔2026〕16号 from 2026-10-01** (每户最高补贴3600元,
年满65周岁; the rest unchanged; equipment installed and accepted before 2026-10-01 keeps 3000元); **锦海渔联发〔2026〕5号** (from 2026-07-01 to
2028-12-31, as its 解读 deck gives it); **锦卫联发〔2026〕4号** (from 2026-04-01 to 2029-03-31) with its 任务分工表. **Not in force:
锦卫发〔2024〕15号 (repealed from 2026-04-01, although its own 有效期 runs to 2027-05-31 and the app still shows it) and 锦海渔联发〔2026〕2号
(有效期至2026年10月31日, no successor in the corpus).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city23/qa.jsonl --corpus tests/data/city23/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs `apt-get install fonts-wqy-zenhei fonts-noto-cjk`):

```
python3 -m venv /tmp/c23venv && /tmp/c23venv/bin/pip install reportlab pikepdf python-docx python-pptx lxml Pillow pypdfium2 extract-msg olefile openpyxl
cd /work/main && PYTHONPATH=. /tmp/c23venv/bin/python tests/support/make_city23_fixtures.py
```

Generation takes about two seconds. Two runs into two fresh folders give every file they write byte for byte (checked with sha256sum:
the six corpus files, `qa.jsonl` and this README): the `.docx` files and the `.pptx` are zipped with one fixed timestamp and fixed
member order (the chart's workbook with XlsxWriter's 1980-01-01 times and its core dates replaced), the `.msg`'s compound file is laid
out by the generator with fixed FILETIMEs and no free-sector randomness, reportlab runs with `invariant=1` and pikepdf writes a
deterministic /ID and literal dates, the screenshot's noise comes from a seeded `random.Random`, and every date in the texts is
literal. Another reportlab, pikepdf/qpdf, python-docx or python-pptx (their templates), XlsxWriter, Pillow/libjpeg or font version can
change the bytes.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city20's fields in city20's order, and the ids run `c23-001`…`c23-030`; the 6
  unanswerable lines have `key_facts` [], `sources` [], `section`/`evidence`/`corpus_file` null and answers starting
  “文件中未找到相关规定。”; the counts above;
- every source's title and 文号 (where it has one) is found in its file's text; every key fact occurs in its answer and, with whitespace
  removed, in the text of one of its sources' files as a reader gets it, and every evidence part (“……” splits it) likewise in its
  `corpus_file`: for the `.msg` extract-msg's reading of the attachment (the `w:t`s of each paragraph and table row of its `.docx`);
  for the SPA page `json` on the `__INITIAL_STATE__` blob, lxml on `article.content`'s paragraphs, and the `faq` pairs; for the PDF
  the lines the generator drew (what a reader sees rendered); for the `.pptx` python-pptx's slide and notes text, the chart's
  `c:strCache`/`c:numCache` points read by lxml and the SmartArt's `dgm:pt` texts in `data1.xml`; for the `.docx` the `w:t`s of each
  paragraph and table row of `document.xml`, `footnotes.xml` and `endnotes.xml` (content controls included, **`comments.xml` left
  out**); for the screenshot the lines the generator drew;
- the “only in” traps hold: 每亩5000元 is in the attachment and not in the mail's body, while 4000元 is only in the body's quoted thread;
  安装验收合格之日起60日内 is in the `faq` and not in `article.content`; the chart values 3000 and 3800 are in the chart and not in any
  slide, note or SmartArt text; 公示7日 is in the SmartArt and not in the slides or notes; 当月在托满20天 and 30万元 stand only in
  `footnotes.xml`; 150元 is only in `comments.xml`; 最高不超过20万元 is in the screenshot's lines and not in the `.docx`;
- the `.msg`: olefile lists 26 streams (top-level properties, subject, sender name and address, plain and HTML body, the recipient
  and attachment storages, `__nameid_version1.0`); extract-msg reads the subject, sender, recipient, date (2026-04-09 01:31 UTC), plain
  and HTML bodies and the attachment (long file name, MIME type, data that python-docx opens with its table); the SPA page: lxml sees
  only `noscript`, `div#loading`, `div#app` and three scripts in `<body>`, the blob holds `\u003c`; the PDF: 2 pages, no font keeps a
  `/ToUnicode`, pdfium's text is garbage (only digits survive; “每户最高补贴”, “65周岁”, “有效期” are absent) while both pages rendered at
  200 dpi read clearly; the `.pptx`: python-pptx opens it (6 slides, a chart with categories and values as above, openpyxl reads the
  embedded workbook's 4 rows); the `.docx`: python-docx opens it, its `Paragraph.text` loses both content controls' text; the PNG:
  1080 × 7248, mode `P`, no text chunks;
- the words of the unanswerable questions (沈阳, 葫芦岛, 助餐, 养老, 建设补助, 埋土, 架材) and the earlier fixtures' cities and provinces occur
  in no file's text nor in the raw files, zip members or the `.msg`'s UTF-16 streams (as substrings);
- `ruff check --no-cache` (the project's `.venv/bin/ruff`, the project's settings) passes on the generator;
- generation twice into fresh folders: byte-identical (sha256sum); every file under 2 MB (the screenshot, the largest, about 840 KB).

Not checked: how Outlook opens the `.msg` (no Outlook on the machine; the compound file was written by hand after MS-CFB and
MS-OXMSG and read back only with olefile and extract-msg; its directory tree is balanced but all nodes are black, which these readers
do not check), how a browser runs the SPA page (its scripts are not in the corpus, so a browser would show only the spinner), how
Acrobat or an OCR engine treats the PDF (only pdfium was used), how PowerPoint draws the chart and the SmartArt (the `layout1.xml` is
a reduced process layout; PowerPoint may redraw the diagram from `data1.xml` or use `drawing1.xml`), how Word shows the content
controls, notes and comment, how an OCR engine reads the screenshot (no OCR was run: the checks used the lines the generator drew), and
whether the addresses, phone numbers, e-mail addresses, 索引号, 网站标识码/ICP numbers and URL paths exist (all invented).
"""


# =============================================================================================
# main
# =============================================================================================


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city23 (锦州市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR, help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_MSG).write_bytes(make_msg())
    (corpus / F_SPA).write_bytes(make_spa())
    (corpus / F_PDF).write_bytes(make_gazette())
    (corpus / F_PPTX).write_bytes(make_pptx())
    (corpus / F_DOCX).write_bytes(make_docx())
    (corpus / F_PNG).write_bytes(make_png())
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c23", QA), encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

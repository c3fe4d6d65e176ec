"""Writes the 赤峰市 (内蒙古自治区, city21) fixture: tests/data/city21/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs reportlab, pikepdf, python-docx, lxml, Pillow and fontTools, WenQuanYi
Zen Hei (Debian's ``fonts-wqy-zenhei``) for the text PDFs and Noto Sans/Serif CJK (``fonts-noto-cjk``) for the
outlined gazette and the worksheet preview::

    python3 -m venv /tmp/c21venv
    /tmp/c21venv/bin/pip install reportlab pikepdf python-docx lxml Pillow fonttools pypdfium2 openpyxl
    cd /work/main && PYTHONPATH=. /tmp/c21venv/bin/python tests/support/make_city21_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city21``; the corpus goes to ``DIR/corpus``. Every file is byte-identical on a rerun
with the same fonts and library versions: zip members (the two DOCX files, the XLSX members) carry one fixed timestamp
and a fixed order, reportlab runs with ``invariant=1``, pikepdf writes a deterministic /ID and literal dates, the
``.fodt`` and the saved page are literal text, and every date in the texts is literal. Everything in the documents
(文号, figures, dates, tasks, addresses, phone numbers, URL paths) is invented; the city, its districts and banners, the
departments, the app “蒙速办”, the area code 0476 and the portal domain www.chifeng.gov.cn are real.

- ``chifeng-caoyuan-shengtai-bujiang-fangan-2026.pdf``: a **PDF portfolio** (``/Collection`` with a ``/Schema``,
  ``/View /D``, members with ``/Desc`` and ``/CI``) whose single cover page only says it is a PDF 包; members: the
  notice 赤农牧发〔2026〕12号 (草原生态保护补助奖励 实施方案, “同时废止” 赤农牧发〔2023〕45号) as a text PDF, its 附件1
  测算表 as ``.xlsx`` and its 附件2 政策解读 as GB18030 ``.txt``.
- ``chifeng-rouniu-jichu-muniu-kuoqun-butie-banfa.docx``: 赤农牧发〔2025〕37号 (肉牛基础母牛扩群提质补贴实施办法) from a
  公文 template: 文号, title and date in **block-level ``w:sdt``** controls, an empty 联系人 control showing its
  **placeholder**, 第五条 inside one ``w:sdt`` around five paragraphs, and the 补贴标准 table as an **``w:altChunk``**
  (``word/afchunk.htm``).
- ``chifeng-keerqin-shadi-zaolin-zhongcao-buzhu-banfa.fodt``: 赤林草发〔2026〕15号 (科尔沁沙地造林种草补助办法) as a
  **flat ODT with recorded changes** (a figure replaced, an item deleted, a sentence inserted), a numbered list, a table
  with a spanned cell and a footnote.
- ``chifeng-zhengfu-gongbao-2026-07-zhuanqu.pdf``: two pages of 《赤峰市人民政府公报》2026年第7期 **converted to
  outlines** (every glyph a filled path): 赤水发〔2026〕9号 (自来水入户 补助, **expired** 2026-10-31) and, starting
  mid-page, 赤农牧发〔2026〕29号 (the **amendment** of the 肉牛 办法).
- ``balinyouqi-caoyuan-bujiang-shishi-xize-2023.htm`` with ``..._files/``: an old 巴林右旗 portal page saved
  “网页，全部” — a ``<frameset>`` whose main frame (GBK) holds the **repealed** 赤农牧发〔2023〕45号.
- ``chifeng-keerqin-shadi-zonghe-zhili-fangan.docx``: 赤政办发〔2026〕18号 (科尔沁沙地综合治理三年行动方案) whose 任务
  分工表 is an **embedded Excel worksheet** (``w:object``, ``o:OLEObject ProgID="Excel.Sheet.12"``) with a PNG preview
  showing only its first three tasks.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city21"

F_PORT = "chifeng-caoyuan-shengtai-bujiang-fangan-2026.pdf"
F_RN = "chifeng-rouniu-jichu-muniu-kuoqun-butie-banfa.docx"
F_FODT = "chifeng-keerqin-shadi-zaolin-zhongcao-buzhu-banfa.fodt"
F_GAZ = "chifeng-zhengfu-gongbao-2026-07-zhuanqu.pdf"
F_HTM = "balinyouqi-caoyuan-bujiang-shishi-xize-2023.htm"
F_HTM_DIR = "balinyouqi-caoyuan-bujiang-shishi-xize-2023_files"
F_SD = "chifeng-keerqin-shadi-zonghe-zhili-fangan.docx"

# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

SZFB = "赤峰市人民政府办公室"
NMJ = "赤峰市农牧局"
LCJ = "赤峰市林业和草原局"
CZJ = "赤峰市财政局"
SLJ = "赤峰市水利局"

CY_OLD_NUMBER = "赤农牧发〔2023〕45号"  # 草原补奖 实施细则 (frameset page), repealed by CY
CY_OLD_RULES = "赤峰市草原生态保护补助奖励政策实施细则"
CY_OLD_TITLE = f"{NMJ} {LCJ} {CZJ}关于印发{CY_OLD_RULES}的通知"

CY_NUMBER = "赤农牧发〔2026〕12号"  # 草原补奖 实施方案 (portfolio), 2026-04-01 .. 2030-12-31
CY_PLAN = "赤峰市草原生态保护补助奖励政策实施方案（2026—2030年）"
CY_TITLE = f"{NMJ} {LCJ} {CZJ}关于印发{CY_PLAN}的通知"
CY_XLSX_TITLE = "2026年赤峰市草原生态保护补助奖励面积和资金测算表"

RN_NUMBER = "赤农牧发〔2025〕37号"  # 肉牛 办法 (DOCX with content controls), amended by RT
RN_RULES = "赤峰市肉牛基础母牛扩群提质补贴实施办法"
RN_TITLE = f"{NMJ} {CZJ}关于印发{RN_RULES}的通知"

RT_NUMBER = "赤农牧发〔2026〕29号"  # the amendment (outlined gazette, starts mid-page)
RT_TITLE = f"{NMJ} {CZJ}关于调整肉牛基础母牛扩群提质补贴有关标准的通知"

ZL_NUMBER = "赤水发〔2026〕9号"  # 自来水入户 补助 (outlined gazette), expired 2026-10-31, no successor
ZL_TITLE = f"{SLJ} {CZJ}关于做好2026年农村牧区自来水入户工程补助工作的通知"

SD_NUMBER = "赤政办发〔2026〕18号"  # 沙地综合治理 方案 (DOCX with the embedded worksheet)
SD_PLAN = "赤峰市科尔沁沙地综合治理三年行动方案（2026—2028年）"
SD_TITLE = f"{SZFB}关于印发{SD_PLAN}的通知"
SD_TABLE_TITLE = "赤峰市科尔沁沙地综合治理重点任务分工表"

ZC_NUMBER = "赤林草发〔2026〕15号"  # 造林种草补助办法 (FODT with recorded changes), 2026-07-01 .. 2029-06-30
ZC_RULES = "赤峰市科尔沁沙地造林种草补助办法"
ZC_TITLE = f"{LCJ} {CZJ}关于印发{ZC_RULES}的通知"

PORTAL = "http://www.chifeng.gov.cn"

# =============================================================================================
# Texts
# =============================================================================================

# --- 草原补奖 实施方案 (the portfolio's notice PDF) ----------------------------------------------------
CY_ADDR = "各旗县区农牧局、林业和草原局、财政局："
CY_COVER = f"《{CY_PLAN}》已经市人民政府同意，现印发给你们，请认真贯彻执行。"
CY_ATTACH = ["附件：1．" + CY_XLSX_TITLE, "　　　2．政策解读"]
CY_SIGN = ("赤峰市农牧局　　赤峰市林业和草原局　　赤峰市财政局", "2026年3月18日")
CY_PARAS = [
    ("h", "一、实施范围"),
    ("p", "全市纳入草原生态保护补助奖励政策范围的禁牧草原和草畜平衡草原。补助奖励对象为承包经营上述草原并履行禁牧或者"
          "草畜平衡义务的农牧户。"),
    ("h", "二、补助奖励标准"),
    ("p", "（一）禁牧补助。对禁牧区草原，按照每亩每年8.6元的标准给予禁牧补助。"),
    ("p", "（二）草畜平衡奖励。对草畜平衡区草原，按照每亩每年3.2元的标准给予草畜平衡奖励。"),
    ("p", "各旗县区禁牧面积、草畜平衡面积和资金测算见附件1。"),
    ("h", "三、资金管理"),
    ("p", "补奖资金由旗县区财政局通过“一卡通”直接兑付到户，任何单位和个人不得截留、挤占、挪用。"),
    ("h", "四、监督管理"),
    ("p", "禁牧区全年禁止放牧；草畜平衡区按照核定载畜量放牧。苏木乡镇人民政府每年组织开展一次载畜量核查，旗县区农牧局、"
          "林业和草原局负责监督检查。"),
    ("h", "五、其他"),
    ("p", f"本方案自2026年4月1日起施行，有效期至2030年12月31日。《{CY_OLD_TITLE}》（{CY_OLD_NUMBER}）同时废止。"),
]
CY_PARA_REPEAL = f"本方案自2026年4月1日起施行，有效期至2030年12月31日。……（{CY_OLD_NUMBER}）同时废止。"  # over a page break

# 附件1 (xlsx member): 旗县区, 禁牧面积 (万亩), 草畜平衡面积 (万亩); money = area x rate.
CY_RATE_JM = Decimal("8.6")
CY_RATE_CX = Decimal("3.2")
CY_AREAS = [
    ("阿鲁科尔沁旗", "420.5", "680.2"), ("巴林左旗", "180.3", "390.6"), ("巴林右旗", "260", "455.8"),
    ("林西县", "95.4", "210.1"), ("克什克腾旗", "510.6", "820.4"), ("翁牛特旗", "330.7", "560.9"),
    ("敖汉旗", "120.8", "300.2"), ("喀喇沁旗", "45.1", "98.7"), ("宁城县", "38.2", "86.3"), ("松山区", "60.5", "150"),
]
CY_XLSX_HEAD = ("序号", "旗县区", "禁牧面积（万亩）", "禁牧补助（万元）", "草畜平衡面积（万亩）", "草畜平衡奖励（万元）",
                "合计（万元）")
CY_XLSX_NOTE = "注：禁牧补助按每亩每年8.6元、草畜平衡奖励按每亩每年3.2元测算；红山区、元宝山区无补奖草原，不列入本表。"

CY_TXT_LINES = [
    f"《{CY_PLAN}》政策解读",
    "",
    "一、为什么出台《实施方案》？",
    "为进一步加强草原生态保护，巩固禁牧和草畜平衡成果，市农牧局、市林业和草原局、市财政局制定了《实施方案》，自2026年"
    f"4月1日起施行，原实施细则（{CY_OLD_NUMBER}）同时废止。",
    "",
    "二、补助奖励标准是多少？",
    "禁牧补助每亩每年8.6元，草畜平衡奖励每亩每年3.2元，均较原实施细则有所提高。",
    "",
    "三、补奖资金什么时候发放？",
    "补奖资金每年9月30日前通过“一卡通”发放到户。农牧户可通过“蒙速办”APP查询本户补奖面积和资金发放情况。",
    "",
    "四、草畜平衡区超载怎么处理？",
    "苏木乡镇人民政府核查发现超载的，责令限期减畜；逾期未减畜的，扣发当年草畜平衡奖励资金的50%。",
    "",
    "五、咨询电话",
    "市农牧局草原工作科：0476-8336215",
]
CY_TXT_PAY = CY_TXT_LINES[9]
CY_TXT_OVER = CY_TXT_LINES[12]

PORT_COVER = [
    "此 PDF 文件是一个 PDF 包，其中包含多个文件。",
    "若要获得最佳体验，请在 Acrobat X 或 Adobe Reader X 或更高版本中打开此 PDF 包。",
    "立即获取 Adobe Reader！",
]
PORT_NOTICE_NAME = f"{CY_NUMBER}.pdf"
PORT_XLSX_NAME = f"附件1：{CY_XLSX_TITLE}.xlsx"
PORT_TXT_NAME = "附件2：政策解读.txt"

# --- 草原补奖 实施细则 2023 (the frameset page's main frame) -------------------------------------------
CY_OLD_ADDR = CY_ADDR
CY_OLD_COVER = f"现将《{CY_OLD_RULES}》印发给你们，请认真贯彻执行。"
CY_OLD_SIGN = ("赤峰市农牧局　赤峰市林业和草原局　赤峰市财政局", "2023年6月12日")
CY_OLD_ARTICLES = [
    "第一条　为加强草原生态保护，落实草原生态保护补助奖励政策，结合我市实际，制定本细则。",
    "第二条　本细则适用于本市纳入草原生态保护补助奖励政策范围的禁牧草原和草畜平衡草原。",
    "第三条　禁牧补助标准为每亩每年7.2元；草畜平衡奖励标准为每亩每年2.4元。",
    "第四条　补奖资金实行“一卡通”发放，每年10月31日前发放到户。",
    "第五条　草畜平衡区超载且逾期未减畜的，扣发当年草畜平衡奖励资金的30%。",
    "第六条　旗县区农牧局、林业和草原局负责禁牧和草畜平衡监管，旗县区财政局负责补奖资金拨付和监管。",
    "第七条　本细则自2023年7月1日起施行，有效期至2027年12月31日。",
]

# --- 肉牛 办法 (DOCX with content controls and an altChunk) -------------------------------------------
RN_ADDR = "各旗县区农牧局、财政局："
RN_COVER = f"《{RN_RULES}》已经市人民政府同意，现印发给你们，请结合实际认真贯彻执行。"
RN_SIGN_ORG = "赤峰市农牧局　　赤峰市财政局"
RN_DATE = "2025年5月20日"
PLACEHOLDER = "单击或点击此处输入文字。"
RN_ART_1 = [
    "第一条　为稳定和扩大肉牛基础母牛存栏，提高肉牛良种化水平，促进肉牛产业高质量发展，结合我市实际，制定本办法。",
    "第二条　补贴对象为在本市行政区域内从事肉牛养殖的农牧户、家庭牧场和农民专业合作社（以下统称养殖主体）。农牧户申请人"
    "（户主）年龄在18周岁以上、65周岁以下。",
    "第三条　补贴标准如下：",
]
RN_CHUNK_HEAD = ("补贴项目", "补贴条件", "补贴标准")
RN_CHUNK_ROWS = [
    ("新增基础母牛", "年末能繁母牛存栏较上年末净增加的部分", "每头1500元"),
    ("良种自繁犊牛", "使用良种冻精配种，当年出生并成活6个月以上", "每头300元"),
]
RN_CHUNK_NOTE = "注：同一养殖主体每户（场）每年补贴最高不超过10万元；新增基础母牛须为24月龄以上、已产犊或者已确认妊娠的母牛。"
RN_ART_4 = "第四条　申请补贴的基础母牛应佩戴统一耳标，录入畜牧兽医信息系统，并参加政策性肉牛养殖保险。"
RN_ART_5 = [
    "第五条　补贴按年度申报，程序如下：",
    "（一）申报。每年11月1日至11月30日，养殖主体向所在嘎查（村）提出申请，填写《基础母牛扩群提质补贴申请表》。",
    "（二）初审。苏木乡镇人民政府（街道办事处）组织入户核实存栏数量，于12月15日前报旗县区农牧局。",
    "（三）核验公示。旗县区农牧局会同财政局核验，核验结果在嘎查（村）公示7日。",
    "（四）发放。公示无异议的，由旗县区财政局于次年3月31日前通过“一卡通”发放到户。",
]
RN_ART_REST = [
    "第六条　补贴资金由市、旗县区财政按6:4比例承担。",
    "第七条　对虚报存栏数量、套取补贴资金的，追回已发放资金，三年内不得享受本办法补贴。",
    "第八条　本办法自2025年7月1日起施行，有效期至2028年6月30日。",
]

# --- the outlined gazette: 自来水入户 (expired) and the 肉牛 amendment ------------------------------------
GAZETTE = "赤峰市人民政府公报"
GAZETTE_ISSUE = "2026年第7期（总第403期）"
GAZETTE_PAGES = (23, 24)
ZL_ADDR = "各旗县区水利局、财政局："
ZL_PARAS = [
    "为提高农村牧区供水保障水平，推动自来水入户，经研究，现就做好2026年农村牧区自来水入户工程补助工作通知如下：",
    "一、补助范围。2026年在本市农村牧区集中供水工程覆盖范围内，新接通自来水入户管道并安装水表的农牧户。已享受过自来水"
    "入户补助的农牧户不再重复补助。",
    "二、补助标准。按户给予一次性补助，标准如下表：",
]
ZL_TABLE = [("序号", "农牧户类别", "补助标准"), ("1", "一般农牧户", "每户800元"),
            ("2", "脱贫户、低保户、特困供养户", "每户1200元")]
ZL_PARAS_2 = [
    "入户管道长度超过50米的，超出部分所需费用由旗县区统筹解决。",
    "三、申报程序。农牧户于2026年8月31日前向所在嘎查（村）提出申请，嘎查（村）汇总后报苏木乡镇人民政府审核；旗县区水利局"
    "会同财政局于2026年9月30日前完成验收，验收结果在嘎查（村）公示5日。",
    "四、资金来源和拨付。补助资金由市、旗县区财政按5:5比例承担，旗县区财政局在公示结束后15个工作日内将补助资金拨付到户。",
    "五、工作要求。各旗县区要加强入户工程质量管理，严禁以补助名义向农牧户收取费用。",
    "六、本通知自印发之日起施行，有效期至2026年10月31日。",
]
ZL_SIGN = ["赤峰市水利局　　赤峰市财政局", "2026年5月12日"]
RT_ADDR = RN_ADDR
RT_PARAS = [
    f"为进一步调动农牧户养殖基础母牛积极性，经市人民政府同意，现对《{RN_RULES}》（{RN_NUMBER}，以下简称《办法》）有关标准"
    "调整如下：",
    "一、将《办法》第二条中“年龄在18周岁以上、65周岁以下”调整为“年龄在18周岁以上、70周岁以下”。",
    "二、将《办法》第三条补贴标准表中新增基础母牛补贴标准“每头1500元”调整为“每头2000元”。",
    "三、本通知自2026年7月1日起施行。2026年7月1日前已受理尚未发放的补贴，按原标准执行。",
    "四、《办法》其他规定不变。",
]
RT_SIGN = ["赤峰市农牧局　　赤峰市财政局", "2026年6月8日"]
GAZETTE_COLOPHON = ["《赤峰市人民政府公报》（月刊）　主办：赤峰市人民政府办公室", "编辑：赤峰市人民政府公报编辑部　2026年7月15日出版"]

# --- 造林种草补助办法 (FODT) ------------------------------------------------------------------------------
ZC_ADDR = "各旗县区林业和草原局、财政局："
ZC_COVER = f"《{ZC_RULES}》已经市人民政府同意，现印发给你们，请认真贯彻执行。"
ZC_SIGN = ("赤峰市林业和草原局　　赤峰市财政局", "2026年6月26日")
ZC_ART_1 = f"第一条　为加快科尔沁沙地综合治理，根据《{SD_PLAN}》，制定本办法。"
ZC_ART_2 = ("第二条　本办法适用于在本市科尔沁沙地治理区内集中连片", "开展造林种草的农牧户、家庭林场（牧场）、农民专业合作社和企业。")
ZC_NOTE = "集中连片，是指同一地块面积在100亩以上；农牧户个人造林面积不足的，可由嘎查（村）组织联户申报。"
ZC_ART_3 = "第三条　造林种草补助标准如下："
ZC_ITEMS = [  # (text before the change, deleted, inserted, text after)
    ("人工乔木造林，每亩补助", "400元", "500元", "；"),
    ("人工灌木造林，每亩补助260元；", "", "", ""),
    ("飞播造林，每亩补助120元；", "", "", ""),
    ("人工种草，每亩补助150元。", "", "", ""),
]
ZC_DELETED_ITEM = "封沙育林（草），每亩每年补助30元，连续补助3年。"
ZC_ART_4 = "第四条　造林种草地块经旗县区林业和草原局验收合格后，按下表拨付补助资金。"
ZC_ART_4_INS = "旗县区财政局应在验收合格后30个工作日内将补助资金拨付到户（单位）。"
ZC_TABLE_TITLE = "造林种草验收标准和拨付方式"
ZC_TABLE = [
    ("造林种草方式", "验收标准", "拨付方式"),
    ("人工乔木造林、人工灌木造林", "当年成活率85%以上，第三年保存率80%以上", "当年验收合格后拨付70%，第三年复查合格后拨付30%"),
    ("飞播造林", "成效调查有效苗面积占飞播面积30%以上", "成效调查合格后一次性拨付"),
    ("人工种草", "当年出苗率80%以上", "验收合格后一次性拨付"),
]
ZC_ARTS_REST = [
    "第五条　申请补助的单位和个人应于每年4月30日前向旗县区林业和草原局申报当年造林种草计划。",
    "第六条　同一地块不得重复享受其他财政造林种草补助。",
    "第七条　本办法自2026年7月1日起施行，有效期至2029年6月30日。",
]
ZC_CHANGE_AUTHOR = "市林草局生态修复科"

# --- 沙地综合治理 方案 (DOCX with the embedded worksheet) ------------------------------------------------
SD_ADDR = "各旗县区人民政府，市政府各部门、各直属单位："
SD_COVER = f"《{SD_PLAN}》已经市人民政府同意，现印发给你们，请认真组织实施。"
SD_SIGN = (SZFB, "2026年4月15日")
SD_PARAS = [
    ("h", "一、总体目标"),
    ("p", "到2028年底，全市累计完成科尔沁沙地综合治理任务360万亩，其中造林种草210万亩、封育保护150万亩，治理区林草植被"
          "盖度提高5个百分点以上。"),
    ("h", "二、重点任务"),
    ("p", "（一）科学开展造林种草。坚持以水定绿，宜乔则乔、宜灌则灌、宜草则草，优先营造乡土树种。"),
    ("p", "（二）严格保护沙区草原。落实禁牧和草畜平衡制度，防止草原沙化。"),
    ("p", "（三）强化水资源保障。推进沙区高效节水灌溉，控制地下水开采。"),
    ("p", "（四）发展沙产业。培育林下经济和沙地特色产品，带动农牧民增收。"),
    ("h", "三、保障措施"),
    ("p", "各旗县区人民政府是本地区沙地治理的责任主体。各牵头单位要制定具体措施，按时限完成任务，每年12月10日前将任务完成情况"
          "报市林业和草原局。"),
]
SD_ATTACH = f"附件：{SD_TABLE_TITLE}"
SD_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
SD_ROWS = [
    ("1", "编制科尔沁沙地综合治理年度实施计划，分解下达旗县区任务", "市林业和草原局", "市发展和改革委员会、市财政局",
     "每年3月31日前"),
    ("2", "制定科尔沁沙地造林种草补助办法", "市林业和草原局", "市财政局", "2026年6月30日前"),
    ("3", "落实草原禁牧和草畜平衡制度，严格沙区草原保护", "市农牧局", "市林业和草原局、各旗县区人民政府", "长期坚持"),
    ("4", "推进沙区高效节水灌溉和地下水超采治理", "市水利局", "市农牧局、市财政局", "2027年12月31日前"),
    ("5", "建立沙地治理成效监测评估体系，每年发布治理成效报告", "市林业和草原局", "市水利局、市农牧局", "2026年12月31日前"),
    ("6", "统筹整合沙地治理资金，落实市级配套资金", "市财政局", "市发展和改革委员会", "每年4月30日前"),
    ("7", "培育沙产业和林下经济，建设沙地特色产品交易平台", "市林业和草原局", "市商务局", "2028年6月30日前"),
    ("8", "将沙地治理任务完成情况纳入旗县区年度目标考核", "市林业和草原局", "市发展和改革委员会", "每年12月20日前"),
    ("9", "开展沙区农牧民就业技能培训，吸纳当地农牧民参与治沙", "市人力资源和社会保障局", "市林业和草原局、市农牧局",
     "2028年12月31日前"),
]
SD_PREVIEW_ROWS = 3  # the object's picture shows the title, the header and these first task rows only

FORBIDDEN = ("宁夏", "株洲", "湖南", "绵阳", "四川", "洛阳", "河南", "泉州", "福建", "扬州", "江苏", "潍坊", "山东", "柳州",
             "广西", "宜昌", "湖北", "赣州", "江西", "芜湖", "安徽", "嘉兴", "浙江", "长治", "山西", "遵义", "贵州", "曲靖",
             "云南", "宝鸡", "陕西", "天水", "甘肃", "邢台", "河北", "江门", "广东", "齐齐哈尔", "黑龙江", "呼和浩特", "通辽")


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


def _num(d: Decimal) -> str:
    """A Decimal as Excel stores a number: no trailing zeros (2844.020 → 2844.02)."""
    return format(d.normalize(), "f")


# =============================================================================================
# XLSX (the portfolio's 测算表 and the worksheet embedded in the 方案)
# =============================================================================================

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
SML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _col(k: int) -> str:
    return "ABCDEFGHIJ"[k]


def make_xlsx(sheet: str, rows: list[list[str | Decimal]], widths: list[int], merges: list[str], title: str,
              creator: str, modified_by: str, created: str, modified: str,
              when: tuple[int, int, int, int, int, int]) -> bytes:
    """A workbook as Excel 2016 writes it: shared strings, numbers as numbers, merged rows, fixed properties.
    Row 1 is a title, row 2 (or 3, when row 2 is a one-cell unit line) the header; a one-cell last row is a note."""
    strings: list[str] = []
    index: dict[str, int] = {}
    for row in rows:
        for v in row:
            if isinstance(v, str) and v not in index:
                index[v] = len(strings)
                strings.append(v)
    ncol = len(widths)
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        one = len(row) == 1
        style = 1 if r == 1 else 4 if one else 2 if r <= 3 and all(isinstance(v, str) for v in row) else 3
        ht = ' ht="30" customHeight="1"' if r == 1 else ""
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, Decimal):
                cells.append(f'<c r="{ref}" s="5"><v>{_num(v)}</v></c>')
            else:
                cells.append(f'<c r="{ref}" s="{style}" t="s"><v>{index[v]}</v></c>')
        xml_rows.append(f'<row r="{r}" spans="1:{ncol}"{ht}>{"".join(cells)}</row>')
    last = len(rows)
    cols = "".join(f'<col min="{k}" max="{k}" width="{w}" customWidth="1"/>' for k, w in enumerate(widths, start=1))
    merge_xml = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
                 + "</mergeCells>") if merges else ""
    sheet_xml = (
        f'{XML_HEAD}<worksheet xmlns="{SML_NS}" xmlns:r="{REL_NS}">'
        f'<dimension ref="A1:{_col(ncol - 1)}{last}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/>'
        f'</sheetViews><sheetFormatPr defaultRowHeight="14.25"/><cols>{cols}</cols>'
        "<sheetData>" + "".join(xml_rows) + "</sheetData>" + merge_xml
        + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape"/></worksheet>')
    count = sum(1 for row in rows for v in row if isinstance(v, str))
    sst = (f'{XML_HEAD}<sst xmlns="{SML_NS}" count="{count}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{_x(s)}</t></si>" for s in strings) + "</sst>")
    styles = (
        f'{XML_HEAD}<styleSheet xmlns="{SML_NS}">'
        '<numFmts count="1"><numFmt numFmtId="176" formatCode="0.00"/></numFmts>'
        '<fonts count="3"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font>'
        '<font><b/><sz val="16"/><name val="方正小标宋简体"/><charset val="134"/></font>'
        '<font><sz val="11"/><name val="黑体"/><charset val="134"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
        '</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'
        '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
        '<alignment horizontal="center" vertical="center"/></xf>'
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">'
        '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">'
        '<alignment vertical="center" wrapText="1"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment vertical="center" wrapText="1"/></xf>'
        '<xf numFmtId="176" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>'
        '</cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    workbook = (f'{XML_HEAD}<workbook xmlns="{SML_NS}" xmlns:r="{REL_NS}">'
                '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="24000" windowHeight="12000"/></bookViews>'
                f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wb_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">'
               f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{REL_NS}/styles" Target="styles.xml"/>'
               f'<Relationship Id="rId3" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>')
    oo = "application/vnd.openxmlformats-officedocument"
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/xl/workbook.xml" ContentType="{oo}.spreadsheetml.sheet.main+xml"/>'
          f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{oo}.spreadsheetml.worksheet+xml"/>'
          f'<Override PartName="/xl/styles.xml" ContentType="{oo}.spreadsheetml.styles+xml"/>'
          f'<Override PartName="/xl/sharedStrings.xml" ContentType="{oo}.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/>'
          f'<Override PartName="/docProps/app.xml" ContentType="{oo}.extended-properties+xml"/></Types>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_x(title)}</dc:title><dc:creator>{_x(creator)}</dc:creator>"
            f"<cp:lastModifiedBy>{_x(modified_by)}</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", app),
               ("docProps/core.xml", core), ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels),
               ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst), ("xl/worksheets/sheet1.xml", sheet_xml)]
    return _zip([(n, d.encode("utf-8")) for n, d in members], when)


def cy_xlsx_rows() -> list[list[str | Decimal]]:
    rows: list[list[str | Decimal]] = [[CY_XLSX_TITLE], ["单位：万亩、万元"], list(CY_XLSX_HEAD)]
    tot = [Decimal(0)] * 5
    for k, (name, jm, cx) in enumerate(CY_AREAS, start=1):
        a, b = Decimal(jm), Decimal(cx)
        vals = [a, a * CY_RATE_JM, b, b * CY_RATE_CX, a * CY_RATE_JM + b * CY_RATE_CX]
        tot = [t + v for t, v in zip(tot, vals, strict=True)]
        rows.append([str(k), name, *vals])
    rows.append(["合计", "", *tot])
    rows.append([CY_XLSX_NOTE])
    return rows


def make_cy_xlsx() -> bytes:
    rows = cy_xlsx_rows()
    n = len(rows)
    return make_xlsx("测算表", rows, [6, 14, 16, 16, 18, 18, 14], ["A1:G1", "A2:G2", f"A{n - 1}:B{n - 1}", f"A{n}:G{n}"],
                     CY_XLSX_TITLE, "市农牧局草原工作科", "市财政局农业农村科", "2026-03-06T02:10:00Z",
                     "2026-03-17T07:35:40Z", (2026, 3, 17, 15, 35, 40))


def make_sd_xlsx() -> bytes:
    rows: list[list[str | Decimal]] = [[SD_TABLE_TITLE], list(SD_HEAD)] + [list(r) for r in SD_ROWS]
    return make_xlsx("分工表", rows, [6, 44, 18, 32, 18], ["A1:E1"], SD_TABLE_TITLE, "市林草局规划财务科",
                     "市政府办公室秘书一科", "2026-04-02T01:00:00Z", "2026-04-14T09:12:30Z", (2026, 4, 14, 17, 12, 30))


# =============================================================================================
# 1. The PDF portfolio
# =============================================================================================


def _wqy() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    return "WQY"


def _pdf_dates(pdf, title: str, producer: str, when: str, author: str, creator: str) -> None:
    import pikepdf

    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(
        Title=pikepdf.String(title), Author=pikepdf.String(author), Creator=pikepdf.String(creator),
        Producer=pikepdf.String(producer), CreationDate=pikepdf.String(when), ModDate=pikepdf.String(when)))


def _pdf_bytes(pdf, version: str = "") -> bytes:
    out = io.BytesIO()
    if version:
        pdf.save(out, deterministic_id=True, fix_metadata_version=False, min_version=version)
    else:
        pdf.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()


def cy_notice_pdf() -> bytes:
    """The 通知 and its 方案 as a text PDF (WenQuanYi Zen Hei subset with ToUnicode)."""
    import pikepdf
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    font = _wqy()
    w, h = A4
    left, right = 79.4, w - 73.7
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(CY_TITLE)
    c.setAuthor(NMJ)
    c.setCreator("WPS 文字")
    state = {"y": h - 100.0, "page": 1}

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
    line("赤峰市农牧局文件", 30, centre=True, lead=52)
    c.setFillColorRGB(0, 0, 0)
    line(CY_NUMBER, 16, centre=True, lead=14)
    c.setStrokeColorRGB(0.8, 0, 0)
    c.setLineWidth(2)
    c.line(left, state["y"], right, state["y"])
    state["y"] -= 40
    for ln in wrap_cjk(CY_TITLE, lambda s: stringWidth(s, font, 20), right - left - 40):
        line(ln, 20, centre=True, lead=32)
    state["y"] -= 12
    para(CY_ADDR, indent=False)
    para(CY_COVER)
    state["y"] -= 8
    for a in CY_ATTACH:
        para(a)
    state["y"] -= 30
    line(CY_SIGN[0], x=right - 10)
    line(CY_SIGN[1], x=right - 48)
    state["y"] -= 10
    para("（此件公开发布）")
    new_page()
    for ln in wrap_cjk(CY_PLAN, lambda s: stringWidth(s, font, 20), right - left):
        line(ln, 20, centre=True, lead=36)
    for kind, text in CY_PARAS:
        para(text, indent=True)
        if kind == "h":
            state["y"] -= 2
    footer()
    c.showPage()
    c.save()
    pdf = pikepdf.Pdf.open(io.BytesIO(out.getvalue()))
    _pdf_dates(pdf, CY_TITLE, "WPS 文字", "D:20260318160510+08'00'", NMJ, "WPS 文字")
    return _pdf_bytes(pdf)


def cy_txt() -> bytes:
    return ("\r\n".join(CY_TXT_LINES) + "\r\n").encode("gb18030")


def portfolio_cover() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _wqy()
    w, h = A4
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(0, h - 120, w, 120, stroke=0, fill=1)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    y = h - 220
    for k, text in enumerate(PORT_COVER):
        c.setFont(font, 16 if k == 0 else 12)
        c.drawCentredString(w / 2, y, text)
        y -= 34
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.rect(w / 2 - 80, y - 12, 160, 30, stroke=1, fill=0)
    c.showPage()
    c.save()
    return out.getvalue()


def make_portfolio() -> bytes:
    """A PDF 包: one cover page, /Collection in the catalog, three members in /EmbeddedFiles with /Desc and /CI."""
    import pikepdf

    pdf = pikepdf.Pdf.open(io.BytesIO(portfolio_cover()))
    when = "D:20260318163000+08'00'"
    members = [
        (PORT_NOTICE_NAME, cy_notice_pdf(), CY_TITLE, "application/pdf", 1, "正文", "D:20260318160510+08'00'"),
        (PORT_XLSX_NAME, make_cy_xlsx(), CY_XLSX_TITLE,
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 2, "附件", "D:20260317153540+08'00'"),
        (PORT_TXT_NAME, cy_txt(), f"《{CY_PLAN}》政策解读", "text/plain", 3, "解读", "D:20260318090000+08'00'"),
    ]
    cis = {}
    for name, data, desc, mime, order, kind, mod in members:
        pdf.attachments[name] = pikepdf.AttachedFileSpec(
            pdf, data, description=desc, filename=name, mime_type=mime, creation_date=mod, mod_date=mod)
        cis[name] = (order, kind)
    names = pdf.Root.Names.EmbeddedFiles.Names
    for k in range(0, len(names), 2):
        order, kind = cis[str(names[k])]
        names[k + 1].CI = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.CollectionItem, XH=order, LB=pikepdf.String(kind)))
    field = pikepdf.Name.CollectionField
    pdf.Root.Collection = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Collection,
        Schema=pikepdf.Dictionary(
            Type=pikepdf.Name.CollectionSchema,
            XH=pikepdf.Dictionary(Type=field, Subtype=pikepdf.Name.N, N=pikepdf.String("序号"), O=0, V=True),
            FileName=pikepdf.Dictionary(Type=field, Subtype=pikepdf.Name.F, N=pikepdf.String("文件名"), O=1, V=True),
            Desc=pikepdf.Dictionary(Type=field, Subtype=pikepdf.Name.Desc, N=pikepdf.String("说明"), O=2, V=True),
            LB=pikepdf.Dictionary(Type=field, Subtype=pikepdf.Name.S, N=pikepdf.String("类别"), O=3, V=True),
            ModDate=pikepdf.Dictionary(Type=field, Subtype=pikepdf.Name.ModDate, N=pikepdf.String("日期"), O=4, V=True),
        ),
        D=pikepdf.String(PORT_NOTICE_NAME), View=pikepdf.Name.D,
        Sort=pikepdf.Dictionary(Type=pikepdf.Name.CollectionSort, S=pikepdf.Name.XH, A=True)))
    pdf.Root.PageMode = pikepdf.Name.UseAttachments
    _pdf_dates(pdf, CY_TITLE, "Adobe Acrobat Pro 11.0.23", when, NMJ, "Adobe Acrobat Pro 11.0.23")
    return _pdf_bytes(pdf, "1.7")


# =============================================================================================
# 2. The DOCX with block-level content controls and an altChunk
# =============================================================================================

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WHEN_RN = (2025, 5, 20, 17, 6, 22)
DEFAULT_PLACEHOLDER = "DefaultPlaceholder_-1854013440"


def _rpr(size: int = 32, font: str = "仿宋_GB2312", extra: str = "") -> str:
    return (f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{extra}'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')


def _wt(text: str) -> str:
    return f'<w:t xml:space="preserve">{_x(text)}</w:t>'


def _wp(text: str, size: int = 32, font: str = "仿宋_GB2312", jc: str = "", indent: bool = False,
        extra: str = "", ppr_extra: str = "") -> str:
    ppr = ""
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if indent:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    ppr = f'<w:pPr><w:spacing w:line="560" w:lineRule="exact"/>{ppr_extra}{ppr}</w:pPr>'
    return f"<w:p>{ppr}<w:r>{_rpr(size, font, extra)}{_wt(text)}</w:r></w:p>"


def _sdt(alias: str, tag: str, sid: int, content: str, placeholder: bool = False) -> str:
    """A block-level content control (w:sdt around whole paragraphs)."""
    pr = (f'<w:sdtPr><w:alias w:val="{_x(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
          f'<w:placeholder><w:docPart w:val="{DEFAULT_PLACEHOLDER}"/></w:placeholder>'
          + ("<w:showingPlcHdr/>" if placeholder else "") + "</w:sdtPr>")
    return f"<w:sdt>{pr}<w:sdtEndPr/><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def rn_body() -> str:
    red = '<w:color w:val="FF0000"/>'
    parts = [
        _wp("赤峰市农牧局文件", 72, "方正小标宋简体", "center", extra=red),
        _sdt("文号", "DocNumber", 1028461730, _wp(RN_NUMBER, jc="center")),
        '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr></w:pPr></w:p>',
        _sdt("标题", "DocTitle", 1028461731, _wp(RN_TITLE, 44, "方正小标宋简体", "center")),
        _wp(RN_ADDR),
        _wp(RN_COVER, indent=True),
        _wp(f"附件：{RN_RULES}", indent=True),
        _wp(RN_SIGN_ORG, jc="right"),
        _sdt("成文日期", "SignDate", 1028461732, _wp(RN_DATE, jc="right")),
        _sdt("联系人及电话", "Contact", 1028461733,
             '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:r><w:rPr>'
             '<w:rStyle w:val="PlaceholderText"/></w:rPr>' + _wt(PLACEHOLDER) + "</w:r></w:p>", placeholder=True),
        _wp("（此件公开发布）", indent=True),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        _wp(RN_RULES, 44, "方正小标宋简体", "center"),
    ]
    parts += [_wp(t, indent=True) for t in RN_ART_1]
    parts.append('<w:altChunk r:id="rId80"/>')
    parts.append(_wp(RN_ART_4, indent=True))
    parts.append(_sdt("申报程序", "Procedure", 1028461734, "".join(_wp(t, indent=True) for t in RN_ART_5)))
    parts += [_wp(t, indent=True) for t in RN_ART_REST]
    return "".join(parts)


def rn_chunk_html() -> str:
    """The 补贴标准 table pasted as HTML (an altChunk Word merges on opening)."""
    head = "".join(f"<th>{_x(t)}</th>" for t in RN_CHUNK_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{_x(t)}</td>" for t in r) + "</tr>\r\n" for r in RN_CHUNK_ROWS)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head>\r\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\r\n'
        "<title>补贴标准</title>\r\n<style type=\"text/css\">\r\n"
        "table{border-collapse:collapse;width:100%;font-family:仿宋_GB2312;font-size:14pt}\r\n"
        "th,td{border:1px solid #000;padding:4px 6px;text-align:center}\r\n"
        "p.note{font-family:仿宋_GB2312;font-size:14pt;text-indent:2em}\r\n</style>\r\n</head>\r\n<body>\r\n"
        f'<table border="1" cellspacing="0" cellpadding="0">\r\n<tr>{head}</tr>\r\n{rows}</table>\r\n'
        f'<p class="note">{_x(RN_CHUNK_NOTE)}</p>\r\n</body>\r\n</html>\r\n')


GLOSSARY = (
    f'{XML_HEAD}<w:glossaryDocument xmlns:w="{W_NS}"><w:docParts><w:docPart><w:docPartPr>'
    f'<w:name w:val="{DEFAULT_PLACEHOLDER}"/><w:category><w:name w:val="常规"/><w:gallery w:val="placeholder"/>'
    '</w:category><w:types><w:type w:val="bbPlcHdr"/></w:types><w:behaviors><w:behavior w:val="content"/>'
    '</w:behaviors><w:guid w:val="{6F1B8C1E-2D6A-4C55-9A43-1B7E0C2D9F31}"/></w:docPartPr><w:docPartBody><w:p>'
    f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{PLACEHOLDER}</w:t></w:r></w:p>'
    "</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>")
PLACEHOLDER_STYLE = (
    b'<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
    b'<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
    b'<w:rPr><w:color w:val="808080"/></w:rPr></w:style>')


def _docx(body_xml: str, title: str, author: str, last_by: str, created: tuple, modified: tuple,
          extra_ct: bytes, extra_rels: bytes, extra_members: list[tuple[str, bytes]],
          when: tuple[int, int, int, int, int, int], styles_extra: bytes = b"") -> bytes:
    """python-docx's template with ``body_xml`` as the body, the extra parts, rels and content types, re-zipped."""
    import datetime as dt

    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = last_by
    props.title = title
    props.comments = ""
    props.revision = 5
    props.created = dt.datetime(*created)
    props.modified = dt.datetime(*modified)
    body = doc.element.body
    sect = body[-1]
    sect.find(f"{{{W_NS}}}pgSz").set(f"{{{W_NS}}}w", "11906")
    sect.find(f"{{{W_NS}}}pgSz").set(f"{{{W_NS}}}h", "16838")
    ns = (f'xmlns:w="{W_NS}" xmlns:r="{REL_NS}" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
    holder = parse_xml(f"<w:body {ns}>{body_xml}</w:body>")
    for el in list(holder):
        sect.addprevious(el)
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(raw)
    members: list[tuple[str, bytes]] = []
    for info in src.infolist():
        name = info.filename
        if name == "docProps/thumbnail.jpeg":
            continue
        data = src.read(name)
        if name == "[Content_Types].xml":
            data = data.replace(b"</Types>", extra_ct + b"</Types>")
            data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
        elif name == "_rels/.rels":
            data = re.sub(rb'<Relationship Id="rId\d+" Type="[^"]*/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>',
                          b"", data)
        elif name == "word/_rels/document.xml.rels":
            data = data.replace(b"</Relationships>", extra_rels + b"</Relationships>")
        elif name == "word/styles.xml" and styles_extra and b'w:styleId="PlaceholderText"' not in data:
            data = data.replace(b"</w:styles>", styles_extra + b"</w:styles>")
        elif name == "docProps/app.xml":
            data = data.replace(b"<Application>Microsoft Macintosh Word</Application>",
                                b"<Application>Microsoft Office Word</Application>")
        members.append((name, data))
    return _zip(members + extra_members, when)


def make_rn_docx() -> bytes:
    ct = (b'<Override PartName="/word/afchunk.htm" ContentType="text/html"/>'
          b'<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-'
          b'officedocument.wordprocessingml.document.glossary+xml"/>')
    rels = (f'<Relationship Id="rId80" Type="{REL_NS}/aFChunk" Target="afchunk.htm"/>'
            f'<Relationship Id="rId81" Type="{REL_NS}/glossaryDocument" Target="glossary/document.xml"/>').encode()
    extra = [("word/afchunk.htm", rn_chunk_html().encode("utf-8")), ("word/glossary/document.xml", GLOSSARY.encode())]
    return _docx(rn_body(), RN_TITLE, "市农牧局畜牧科", "市农牧局办公室", (2025, 5, 9, 9, 0, 0),
                 (2025, 5, 20, 9, 6, 0), ct, rels, extra, WHEN_RN, PLACEHOLDER_STYLE)


# =============================================================================================
# 3. The flat ODT with recorded changes
# =============================================================================================

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'xmlns:officeooo="http://openoffice.org/2009/office" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')


def _change_info(date: str) -> str:
    return (f"<office:change-info><dc:creator>{ZC_CHANGE_AUTHOR}</dc:creator><dc:date>{date}</dc:date>"
            "</office:change-info>")


def _tp(text: str, style: str = "P_Body") -> str:
    return f'<text:p text:style-name="{style}">{_x(text)}</text:p>'


def make_fodt() -> bytes:
    tracked = (
        '<text:tracked-changes text:track-changes="true">'
        f'<text:changed-region xml:id="ct2841" text:id="ct2841"><text:deletion>{_change_info("2026-06-19T10:21:37")}'
        f'<text:p text:style-name="P_Item">{ZC_ITEMS[0][1]}</text:p></text:deletion></text:changed-region>'
        f'<text:changed-region xml:id="ct2842" text:id="ct2842"><text:insertion>{_change_info("2026-06-19T10:21:41")}'
        "</text:insertion></text:changed-region>"
        f'<text:changed-region xml:id="ct2843" text:id="ct2843"><text:deletion>{_change_info("2026-06-19T10:24:05")}'
        f'<text:p text:style-name="P_Item"/><text:list text:style-name="L_Items" text:continue-numbering="true">'
        f'<text:list-item><text:p text:style-name="P_Item">{_x(ZC_DELETED_ITEM)}</text:p></text:list-item>'
        "</text:list></text:deletion></text:changed-region>"
        f'<text:changed-region xml:id="ct2844" text:id="ct2844"><text:insertion>{_change_info("2026-06-19T10:30:12")}'
        "</text:insertion></text:changed-region>"
        "</text:tracked-changes>")
    items = []
    for k, (before, deleted, inserted, after) in enumerate(ZC_ITEMS):
        if deleted:
            inner = (f'{_x(before)}<text:change text:change-id="ct2841"/><text:change-start text:change-id="ct2842"/>'
                     f'{_x(inserted)}<text:change-end text:change-id="ct2842"/>{_x(after)}')
        else:
            inner = _x(before)
        if k == len(ZC_ITEMS) - 1:
            inner += '<text:change text:change-id="ct2843"/>'
        items.append(f'<text:list-item><text:p text:style-name="P_Item">{inner}</text:p></text:list-item>')
    n_cols = 3
    cells = []
    cells.append(f'<table:table-row><table:table-cell table:style-name="Tbl.A1" table:number-columns-spanned="{n_cols}" '
                 f'office:value-type="string">{_tp(ZC_TABLE_TITLE, "P_TableHead")}</table:table-cell>'
                 + "<table:covered-table-cell/>" * (n_cols - 1) + "</table:table-row>")
    for r, row in enumerate(ZC_TABLE):
        style = "P_TableHead" if r == 0 else "P_Table"
        cells.append("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="Tbl.A1" office:value-type="string">{_tp(v, style)}</table:table-cell>'
            for v in row) + "</table:table-row>")
    table = ('<table:table table:name="表格1" table:style-name="Tbl">'
             '<table:table-column table:style-name="Tbl.A"/><table:table-column table:style-name="Tbl.B"/>'
             '<table:table-column table:style-name="Tbl.C"/>' + "".join(cells) + "</table:table>")
    note = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            f'<text:note-body><text:p text:style-name="Footnote">{_x(ZC_NOTE)}</text:p></text:note-body></text:note>')
    body = "".join([
        _tp("赤峰市林业和草原局文件", "P_RedHead"),
        _tp(ZC_NUMBER, "P_Center"),
        _tp(ZC_TITLE, "P_Title"),
        _tp(ZC_ADDR, "P_NoIndent"),
        _tp(ZC_COVER),
        _tp(ZC_SIGN[0], "P_Right"),
        _tp(ZC_SIGN[1], "P_Right"),
        _tp("（此件公开发布）"),
        _tp(ZC_RULES, "P_TitleBreak"),
        _tp(ZC_ART_1),
        f'<text:p text:style-name="P_Body">{_x(ZC_ART_2[0])}{note}{_x(ZC_ART_2[1])}</text:p>',
        _tp(ZC_ART_3),
        '<text:list xml:id="list2026061901" text:style-name="L_Items">' + "".join(items) + "</text:list>",
        f'<text:p text:style-name="P_Body">{_x(ZC_ART_4)}<text:change-start text:change-id="ct2844"/>'
        f'{_x(ZC_ART_4_INS)}<text:change-end text:change-id="ct2844"/></text:p>',
        table,
    ] + [_tp(t) for t in ZC_ARTS_REST])
    fonts = (
        "<office:font-face-decls>"
        '<style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312" style:font-family-generic="roman"/>'
        '<style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体" style:font-pitch="variable"/>'
        '<style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="swiss"/>'
        '<style:font-face style:name="Noto Serif CJK SC" svg:font-family="&apos;Noto Serif CJK SC&apos;" '
        'style:font-family-generic="system" style:font-pitch="variable"/>'
        "</office:font-face-decls>")
    styles = (
        "<office:styles>"
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" '
        'style:writing-mode="page"/><style:text-properties style:font-name="仿宋_GB2312" fo:font-size="16pt" '
        'style:font-name-asian="仿宋_GB2312" style:font-size-asian="16pt" fo:language="zh" fo:country="CN"/>'
        "</style:default-style>"
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:line-height="28pt" '
        'fo:text-indent="32pt"/></style:style>'
        '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="extra"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/>'
        '<style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>'
        '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="extra"><style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>'
        '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="extra"><style:paragraph-properties fo:text-align="center"/></style:style>'
        '<text:list-style style:name="L_Items"><text:list-level-style-number text:level="1" '
        'style:num-prefix="（" style:num-suffix="）" style:num-format="1"><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
        'text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="1.13cm"/></style:list-level-properties>'
        "</text:list-level-style-number></text:list-style>"
        '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>'
        "</office:styles>")
    auto = (
        "<office:automatic-styles>"
        '<style:style style:name="P_Body" style:family="paragraph" style:parent-style-name="Text_20_body"/>'
        '<style:style style:name="P_Item" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L_Items"/>'
        '<style:style style:name="P_NoIndent" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-indent="0pt"/></style:style>'
        '<style:style style:name="P_Center" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P_Right" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="end" fo:margin-right="1.5cm"/></style:style>'
        '<style:style style:name="P_RedHead" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#ff0000" '
        'style:font-name="方正小标宋简体" fo:font-size="36pt" style:font-name-asian="方正小标宋简体" '
        'style:font-size-asian="36pt"/></style:style>'
        '<style:style style:name="P_Title" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-top="0.8cm"/><style:text-properties '
        'style:font-name="方正小标宋简体" fo:font-size="22pt" style:font-name-asian="方正小标宋简体" '
        'style:font-size-asian="22pt"/></style:style>'
        '<style:style style:name="P_TitleBreak" style:family="paragraph" style:parent-style-name="P_Title">'
        '<style:paragraph-properties fo:break-before="page"/></style:style>'
        '<style:style style:name="P_TableHead" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="黑体" '
        'fo:font-size="12pt" style:font-name-asian="黑体" style:font-size-asian="12pt"/></style:style>'
        '<style:style style:name="P_Table" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>'
        '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="15.6cm" '
        'table:align="margins"/></style:style>'
        '<style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties '
        'style:column-width="4.2cm"/></style:style>'
        '<style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties '
        'style:column-width="5.6cm"/></style:style>'
        '<style:style style:name="Tbl.C" style:family="table-column"><style:table-column-properties '
        'style:column-width="5.8cm"/></style:style>'
        '<style:style style:name="Tbl.A1" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" '
        'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.54cm" fo:margin-bottom="2.2cm" '
        'fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style/><style:footer-style/></style:page-layout>'
        "</office:automatic-styles>")
    master = (
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
        f'<style:header><text:p text:style-name="Header">{ZC_RULES}</text:p></style:header>'
        '<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1'
        "</text:page-number> —</text:p></style:footer></style:master-page></office:master-styles>")
    meta = (
        "<office:meta><meta:creation-date>2026-06-12T09:02:11.482000000</meta:creation-date>"
        f"<dc:title>{_x(ZC_TITLE)}</dc:title><meta:initial-creator>{ZC_CHANGE_AUTHOR}</meta:initial-creator>"
        f"<dc:creator>{ZC_CHANGE_AUTHOR}</dc:creator><dc:date>2026-06-19T10:31:02.117000000</dc:date>"
        "<meta:editing-cycles>9</meta:editing-cycles><meta:editing-duration>PT2H41M8S</meta:editing-duration>"
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"
        '</meta:generator><meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
        'meta:page-count="3" meta:paragraph-count="27" meta:word-count="1183" meta:character-count="1262" '
        'meta:non-whitespace-character-count="1254"/></office:meta>')
    settings = (
        "<office:settings><config:config-item-set "
        'config:name="ooo:configuration-settings"><config:config-item config:name="RedlineProtectionKey" '
        'config:type="base64Binary"></config:config-item></config:config-item-set></office:settings>')
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>\n\n'
        f'<office:document {ODF_NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">\n '
        f"{meta}\n {settings}\n {fonts}\n {styles}\n {auto}\n {master}\n "
        f'<office:body>\n  <office:text>\n   {tracked}\n   {body}\n  </office:text>\n </office:body>\n'
        "</office:document>\n")
    return doc.encode("utf-8")


# =============================================================================================
# 4. The gazette pages converted to outlines (转曲)
# =============================================================================================


class OutlineFont:
    """Glyph outlines of one face of a CJK font, as lists of path operations in font units."""

    def __init__(self, path: str, index: int) -> None:
        from fontTools.ttLib import TTCollection

        self.font = TTCollection(path, lazy=True).fonts[index]
        self.cmap = self.font.getBestCmap()
        self.glyphs = self.font.getGlyphSet()
        self.upm = self.font["head"].unitsPerEm
        self.cache: dict[str, tuple[float, list[tuple]]] = {}

    def glyph(self, ch: str) -> tuple[float, list[tuple]]:
        if ch not in self.cache:
            from fontTools.pens.basePen import BasePen

            ops: list[tuple] = []

            class Pen(BasePen):
                def _moveTo(self, p):
                    ops.append(("m", p))

                def _lineTo(self, p):
                    ops.append(("l", p))

                def _curveToOne(self, p1, p2, p3):
                    ops.append(("c", p1, p2, p3))

                def _closePath(self):
                    ops.append(("h",))

            name = self.cmap.get(ord(ch))
            if name is None:
                raise SystemExit(f"no glyph for {ch!r}")
            g = self.glyphs[name]
            g.draw(Pen(self.glyphs))
            self.cache[ch] = (g.width, ops)
        return self.cache[ch]

    def width(self, text: str, size: float) -> float:
        return sum(self.glyph(ch)[0] for ch in text) * size / self.upm


def _draw_outlined(c, font: OutlineFont, text: str, x: float, y: float, size: float) -> None:
    """Fills every glyph of ``text`` as a path (no text object): one path per line, nonzero winding."""
    from reportlab.pdfgen.canvas import FILL_NON_ZERO

    s = size / font.upm
    path = c.beginPath()
    pen_x = x
    for ch in text:
        adv, ops = font.glyph(ch)
        for op in ops:
            if op[0] == "m":
                path.moveTo(round(pen_x + op[1][0] * s, 2), round(y + op[1][1] * s, 2))
            elif op[0] == "l":
                path.lineTo(round(pen_x + op[1][0] * s, 2), round(y + op[1][1] * s, 2))
            elif op[0] == "c":
                path.curveTo(*(round(v, 2) for p in op[1:] for v in (pen_x + p[0] * s, y + p[1] * s)))
            else:
                path.close()
        pen_x += adv * s
    c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)


GZ_W, GZ_H = 595.28, 841.89
GZ_LEFT, GZ_RIGHT = 78.0, 517.0
GZ_TOP, GZ_BOTTOM = 760.0, 88.0
GZ_BODY = 11.0
GZ_LEAD = 20.5


def gazette_items() -> list[tuple[str, str]]:
    """The gazette's content as (kind, text) before layout."""
    items: list[tuple[str, str]] = [("title", ZL_TITLE), ("number", ZL_NUMBER), ("addr", ZL_ADDR)]
    items += [("body", t) for t in ZL_PARAS]
    items.append(("table", ""))
    items += [("body", t) for t in ZL_PARAS_2]
    items += [("sign", t) for t in ZL_SIGN]
    items += [("gap", ""), ("title", RT_TITLE), ("number", RT_NUMBER), ("addr", RT_ADDR)]
    items += [("body", t) for t in RT_PARAS]
    items += [("sign", t) for t in RT_SIGN]
    items += [("gap", ""), ("rule", "")] + [("end", t) for t in GAZETTE_COLOPHON]
    return items


def gazette_layout(body: OutlineFont, bold: OutlineFont) -> list[list[tuple]]:
    """Pages of drawing operations: ("text", x, y, size, face, line) or ("rule", x1, y1, x2, y2, width)."""
    pages: list[list[tuple]] = [[]]
    y = GZ_TOP
    width = GZ_RIGHT - GZ_LEFT

    def need(h: float) -> None:
        nonlocal y
        if y - h < GZ_BOTTOM:
            pages.append([])
            y = GZ_TOP

    def put(text: str, size: float, face: str, align: str = "left", lead: float = GZ_LEAD, indent: float = 0) -> None:
        nonlocal y
        need(lead)
        f = bold if face == "bold" else body
        w = f.width(text, size)
        x = {"left": GZ_LEFT + indent, "center": (GZ_LEFT + GZ_RIGHT - w) / 2, "right": GZ_RIGHT - 22 - w}[align]
        pages[-1].append(("text", x, y - size, size, face, text))
        y -= lead

    for kind, text in gazette_items():
        if kind == "title":
            y -= 6
            for ln in wrap_cjk(text, lambda s: bold.width(s, 15), width - 30):
                put(ln, 15, "bold", "center", 26)
            y -= 2
        elif kind == "number":
            put(text, GZ_BODY, "body", "center", GZ_LEAD + 6)
        elif kind == "addr":
            put(text, GZ_BODY, "body")
        elif kind == "body":
            for ln in wrap_cjk("　　" + text, lambda s: body.width(s, GZ_BODY), width):
                put(ln, GZ_BODY, "body")
        elif kind == "sign":
            put(text, GZ_BODY, "body", "right")
        elif kind == "gap":
            y -= 16
        elif kind == "end":
            put(text, 9, "body", "center", 15)
        elif kind == "rule":
            need(40)
            pages[-1].append(("rule", GZ_LEFT + 80, y, GZ_RIGHT - 80, y, 0.6))
            y -= 8
        elif kind == "table":
            row_h = 24.0
            need(row_h * len(ZL_TABLE) + 8)
            xs = [GZ_LEFT + 30, GZ_LEFT + 80, GZ_LEFT + 300, GZ_RIGHT - 30]
            top = y - 4
            for r, row in enumerate(ZL_TABLE):
                base = top - (r + 1) * row_h + 8
                for k, cell in enumerate(row):
                    face = "bold" if r == 0 else "body"
                    f = bold if r == 0 else body
                    cx = (xs[k] + xs[k + 1] - f.width(cell, 10.5)) / 2
                    pages[-1].append(("text", cx, base, 10.5, face, cell))
            bottom = top - row_h * len(ZL_TABLE)
            for r in range(len(ZL_TABLE) + 1):
                lw = 1.0 if r in (0, len(ZL_TABLE)) else 0.5
                pages[-1].append(("rule", xs[0], top - r * row_h, xs[-1], top - r * row_h, lw))
            for k, x in enumerate(xs):
                pages[-1].append(("rule", x, top, x, bottom, 1.0 if k in (0, len(xs) - 1) else 0.5))
            y = bottom - 10
    return pages


def gazette_fonts() -> tuple[OutlineFont, OutlineFont]:
    serif = cjk_face(serif=True)
    sans_bold = cjk_face(bold=True)
    return OutlineFont(*serif), OutlineFont(*sans_bold)


def gazette_lines() -> list[list[str]]:
    """The text drawn on each page (running head, lines, table cells, folio), in drawing order: what a reader
    of the pages sees, used to check the key facts."""
    body, bold = gazette_fonts()
    out = []
    for p, ops in enumerate(gazette_layout(body, bold)):
        head = gazette_head(p)
        out.append([head[0], head[1]] + [op[5] for op in ops if op[0] == "text"] + [f"— {GAZETTE_PAGES[0] + p} —"])
    return out


def gazette_head(p: int) -> tuple[str, str]:
    return (GAZETTE, GAZETTE_ISSUE) if p % 2 == 0 else (GAZETTE_ISSUE, GAZETTE)


def make_gazette() -> bytes:
    import pikepdf
    from reportlab.pdfgen import canvas

    body, bold = gazette_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(GZ_W, GZ_H), invariant=1, pageCompression=1)
    faces = {"body": body, "bold": bold}
    for p, ops in enumerate(gazette_layout(body, bold)):
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        left, right = gazette_head(p)
        _draw_outlined(c, body, left, GZ_LEFT, 792, 9)
        _draw_outlined(c, body, right, GZ_RIGHT - body.width(right, 9), 792, 9)
        c.setLineWidth(1.2)
        c.line(GZ_LEFT, 785, GZ_RIGHT, 785)
        c.setLineWidth(0.4)
        c.line(GZ_LEFT, 782.5, GZ_RIGHT, 782.5)
        for op in ops:
            if op[0] == "text":
                _, x, y, size, face, text = op
                _draw_outlined(c, faces[face], text, x, y, size)
            else:
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, y1, x2, y2)
        folio = f"— {GAZETTE_PAGES[0] + p} —"
        _draw_outlined(c, body, folio, (GZ_W - body.width(folio, 10)) / 2, 52, 10)
        c.showPage()
    c.save()
    pdf = pikepdf.Pdf.open(io.BytesIO(out.getvalue()))
    for page in pdf.pages:  # reportlab's empty text block and its Helvetica resource: not in an outlined file
        raw = page.Contents.read_bytes().replace(b" BT /F1 12 Tf 14.4 TL ET", b"")
        page.Contents = pdf.make_stream(raw)
        page.Resources = pikepdf.Dictionary(ProcSet=pikepdf.Array([pikepdf.Name.PDF]))
    _pdf_dates(pdf, f"{GAZETTE}{GAZETTE_ISSUE}", "Adobe PDF Library 17.0", "D:20260715102233+08'00'",
               "赤峰市人民政府公报编辑部", "Adobe InDesign 18.5 (Windows)")
    return _pdf_bytes(pdf)


# =============================================================================================
# 5. The frameset page saved “网页，全部”
# =============================================================================================

HTM_URL = f"{PORTAL}/blyq/zwgk/sjwj/201606/t20230620_1836.html"
HTM_FRAMES = f"{PORTAL}/blyq/zwgk/sjwj/"


def _mark(url: str) -> str:
    return f"<!-- saved from url=({len(url):04d}){url} -->"


def htm_top() -> bytes:
    d = F_HTM_DIR
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">\r\n'
        f"{_mark(HTM_URL)}\r\n"
        "<HTML><HEAD><TITLE>巴林右旗人民政府--政务公开--上级文件</TITLE>\r\n"
        '<META http-equiv=Content-Type content="text/html; charset=gbk">\r\n'
        '<META content="MSHTML 6.00.2900.5512" name=GENERATOR></HEAD>\r\n'
        '<FRAMESET border=0 frameSpacing=0 rows=118,* frameBorder=0>'
        f'<FRAME name=topFrame src="{d}/top.htm" noResize scrolling=no>\r\n'
        '<FRAMESET border=0 frameSpacing=0 cols=190,* frameBorder=0>'
        f'<FRAME name=leftFrame src="{d}/left.htm" noResize scrolling=no>'
        f'<FRAME name=mainFrame src="{d}/content.htm">\r\n'
        "</FRAMESET><NOFRAMES>\r\n<BODY>您的浏览器不支持框架，请使用支持框架的浏览器访问本站。</BODY></NOFRAMES></FRAMESET></HTML>\r\n")
    return html.encode("gbk")


def htm_top_frame() -> bytes:
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n'
        f"{_mark(HTM_FRAMES + 'top.htm')}\r\n"
        "<HTML><HEAD><TITLE>top</TITLE>\r\n"
        '<META http-equiv=Content-Type content="text/html; charset=gbk">\r\n'
        '<LINK href="style.css" type=text/css rel=stylesheet>\r\n'
        '<SCRIPT language=javascript src="common.js" type=text/javascript></SCRIPT>\r\n'
        '<META content="MSHTML 6.00.2900.5512" name=GENERATOR></HEAD>\r\n'
        "<BODY class=top leftMargin=0 topMargin=0>\r\n"
        '<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0><TBODY><TR>\r\n'
        '<TD width=90><IMG height=80 alt=旗徽 src="logo.gif" width=80></TD>\r\n'
        "<TD class=sitename>巴林右旗人民政府<BR><SPAN class=en>www.chifeng.gov.cn/blyq</SPAN></TD>\r\n"
        "<TD class=today align=right><SCRIPT>showToday();</SCRIPT></TD></TR>\r\n"
        '<TR><TD class=nav colSpan=3><A href="#" target=_top>首页</A> | <A href="#">旗情概况</A> | '
        '<A href="#">政务公开</A> | <A href="#">政务服务</A> | <A href="#">互动交流</A></TD></TR>'
        "</TBODY></TABLE></BODY></HTML>\r\n")
    return html.encode("gbk")


def htm_left_frame() -> bytes:
    links = ["政务公开指南", "政务公开目录", "旗政府文件", "旗政府办文件", "部门文件", "上级文件", "政策解读", "依申请公开"]
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n'
        f"{_mark(HTM_FRAMES + 'left.htm')}\r\n"
        "<HTML><HEAD><TITLE>left</TITLE>\r\n"
        '<META http-equiv=Content-Type content="text/html; charset=gbk">\r\n'
        '<LINK href="style.css" type=text/css rel=stylesheet></HEAD>\r\n'
        "<BODY class=left>\r\n<DIV class=menutitle>政务公开</DIV>\r\n<UL class=menu>\r\n"
        + "".join(f'<LI><A href="#" target=mainFrame>{t}</A></LI>\r\n' for t in links)
        + "</UL>\r\n</BODY></HTML>\r\n")
    return html.encode("gbk")


def htm_content_frame() -> bytes:
    body = "".join(f"<P>{_x(t)}</P>\r\n" for t in CY_OLD_ARTICLES)
    index_rows = [("索引号", "11150400MB1C21C0X7/2023-00386"), ("发文机关", "赤峰市农牧局"), ("文号", CY_OLD_NUMBER),
                  ("成文日期", "2023年06月12日"), ("发布日期", "2023年06月20日"), ("有效性", "有效")]
    index = "".join(f"<TR><TD class=k>{k}：</TD><TD>{_x(v)}</TD></TR>\r\n" for k, v in index_rows)
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n'
        f"{_mark(HTM_FRAMES + 'content.htm')}\r\n"
        f"<HTML><HEAD><TITLE>{_x(CY_OLD_TITLE)}</TITLE>\r\n"
        '<META http-equiv=Content-Type content="text/html; charset=gbk">\r\n'
        '<LINK href="style.css" type=text/css rel=stylesheet>\r\n'
        '<SCRIPT language=javascript src="common.js" type=text/javascript></SCRIPT></HEAD>\r\n'
        "<BODY class=main>\r\n"
        "<DIV class=position>当前位置：首页 &gt; 政务公开 &gt; 上级文件</DIV>\r\n"
        f"<TABLE class=index cellSpacing=0 cellPadding=3 width=\"96%\" border=1>\r\n{index}</TABLE>\r\n"
        f"<H1 class=title>{_x(CY_OLD_TITLE)}</H1>\r\n"
        "<DIV class=info>发布时间：2023-06-20　来源：赤峰市农牧局　"
        "浏览次数：<SCRIPT>showHits(1836);</SCRIPT></DIV>\r\n"
        f'<DIV class=article id=zoom>\r\n<P align=center>{CY_OLD_NUMBER}</P>\r\n<P>{_x(CY_OLD_ADDR)}</P>\r\n'
        f"<P>　　{_x(CY_OLD_COVER)}</P>\r\n"
        f"<P align=right>{CY_OLD_SIGN[0]}</P>\r\n<P align=right>{CY_OLD_SIGN[1]}</P>\r\n"
        f"<P align=center><STRONG>{CY_OLD_RULES}</STRONG></P>\r\n{body}</DIV>\r\n"
        '<DIV class=tools>【<A href="javascript:window.print()">打印本页</A>】【<A href="javascript:window.close()">'
        "关闭窗口</A>】</DIV>\r\n"
        "<DIV class=footer>主办：巴林右旗人民政府办公室　地址：巴林右旗大板镇政府路8号　电话：0476-6226135</DIV>\r\n"
        "</BODY></HTML>\r\n")
    return html.encode("gbk")


def htm_css() -> bytes:
    return (
        "body{margin:0;font-size:12px;font-family:宋体}\r\n.top{background:#1f5fa8;color:#fff}\r\n"
        ".sitename{font-size:28px;font-weight:bold;font-family:黑体;color:#fff}\r\n.en{font-size:11px}\r\n"
        ".nav{background:#0d3f7a;height:26px;padding-left:20px}\r\n.nav a{color:#fff;text-decoration:none}\r\n"
        ".left{background:#eef3f9}\r\n.menutitle{background:#1f5fa8;color:#fff;font-weight:bold;padding:6px}\r\n"
        ".menu li{line-height:26px}\r\n.main{padding:10px 20px}\r\n.position{color:#666;margin-bottom:8px}\r\n"
        ".index td{font-size:12px}\r\n.index .k{background:#f3f3f3;width:90px}\r\n"
        ".title{font-size:20px;text-align:center;color:#c00}\r\n.info{text-align:center;color:#888}\r\n"
        "#zoom{font-size:16px;line-height:30px}\r\n.footer{border-top:2px solid #1f5fa8;margin-top:20px;color:#666}\r\n"
    ).encode("gbk")


def htm_js() -> bytes:
    return (
        "function showToday(){var d=new Date();var w=['日','一','二','三','四','五','六'];\r\n"
        "document.write(d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w[d.getDay()]);}\r\n"
        "function showHits(n){document.write(n);}\r\n").encode("gbk")


def htm_gif() -> bytes:
    """An 80x80 two-colour GIF (a round badge) drawn with Pillow; no timestamps in GIF."""
    from PIL import Image, ImageDraw

    img = Image.new("P", (80, 80), 0)
    img.putpalette([255, 255, 255, 31, 95, 168, 204, 0, 0] + [0] * (256 * 3 - 9))
    d = ImageDraw.Draw(img)
    d.ellipse((4, 4, 76, 76), fill=1)
    d.ellipse((18, 18, 62, 62), fill=0)
    d.polygon([(40, 22), (46, 38), (62, 40), (48, 48), (52, 62), (40, 54), (28, 62), (32, 48), (18, 40), (34, 38)],
              fill=2)
    out = io.BytesIO()
    img.save(out, "GIF")
    return out.getvalue()


def htm_filelist() -> bytes:
    files = ["top.htm", "left.htm", "content.htm", "style.css", "common.js", "logo.gif", "filelist.xml"]
    xml = (f'<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef="../{F_HTM}"/>\r\n'
           + "".join(f' <o:File HRef="{f}"/>\r\n' for f in files) + "</xml>")
    return xml.encode("utf-8")


def htm_files() -> list[tuple[str, bytes]]:
    return [("top.htm", htm_top_frame()), ("left.htm", htm_left_frame()), ("content.htm", htm_content_frame()),
            ("style.css", htm_css()), ("common.js", htm_js()), ("logo.gif", htm_gif()),
            ("filelist.xml", htm_filelist())]


# =============================================================================================
# 6. The DOCX with an embedded Excel worksheet
# =============================================================================================

WHEN_SD = (2026, 4, 15, 16, 48, 6)


def sd_preview_png() -> bytes:
    """The picture Word keeps for the object: the sheet's title, header and first task rows (the object is cropped)."""
    from PIL import Image, ImageDraw, ImageFont

    path, index = cjk_face()
    bpath, bindex = cjk_face(bold=True)
    font = ImageFont.truetype(path, 20, index=index)
    head_font = ImageFont.truetype(bpath, 20, index=bindex)
    title_font = ImageFont.truetype(bpath, 26, index=bindex)
    widths = [60, 420, 170, 300, 170]
    xs = [10]
    for w in widths:
        xs.append(xs[-1] + w)
    row_h = 64
    top = 56
    height = top + row_h * (1 + SD_PREVIEW_ROWS) + 4
    img = Image.new("RGB", (xs[-1] + 10, height), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text(((xs[0] + xs[-1]) / 2, 28), SD_TABLE_TITLE, font=title_font, fill=(0, 0, 0), anchor="mm")
    rows = [SD_HEAD, *SD_ROWS[:SD_PREVIEW_ROWS]]
    for r, row in enumerate(rows):
        y0 = top + r * row_h
        for k, cell in enumerate(row):
            f = head_font if r == 0 else font
            lines = wrap_cjk(cell, f.getlength, widths[k] - 14)
            for j, ln in enumerate(lines):
                yy = y0 + row_h / 2 + (j - (len(lines) - 1) / 2) * 26
                d.text(((xs[k] + xs[k + 1]) / 2, yy), ln, font=f, fill=(0, 0, 0), anchor="mm")
        d.line((xs[0], y0, xs[-1], y0), fill=(0, 0, 0), width=1)
    for x in xs:
        d.line((x, top, x, height), fill=(0, 0, 0), width=1)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()


def sd_body() -> str:
    red = '<w:color w:val="FF0000"/>'
    parts = [
        _wp(SZFB + "文件", 64, "方正小标宋简体", "center", extra=red),
        _wp(SD_NUMBER, jc="center"),
        '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr></w:pPr></w:p>',
        _wp(SD_TITLE, 44, "方正小标宋简体", "center"),
        _wp(SD_ADDR),
        _wp(SD_COVER, indent=True),
        _wp(SD_SIGN[0], jc="right"),
        _wp(SD_SIGN[1], jc="right"),
        _wp("（此件公开发布）", indent=True),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        _wp(SD_PLAN, 44, "方正小标宋简体", "center"),
    ]
    for kind, text in SD_PARAS:
        parts.append(_wp(text, font="黑体" if kind == "h" else "仿宋_GB2312", indent=True))
    parts.append(_wp(SD_ATTACH, font="黑体"))
    parts.append(
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:object w:dxaOrig="10580" w:dyaOrig="3920">'
        '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
        'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:formulas>'
        '<v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/><v:f eqn="sum 0 0 @1"/>'
        '<v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/>'
        '<v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/>'
        '<v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/>'
        '</v:formulas><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
        '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
        '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:451.5pt;height:167.25pt" o:ole="">'
        '<v:imagedata r:id="rId70" o:title=""/></v:shape>'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
        'ObjectID="_1806141337" r:id="rId71"/></w:object></w:r></w:p>')
    return "".join(parts)


def make_sd_docx() -> bytes:
    ct = (b'<Default Extension="png" ContentType="image/png"/>'
          b'<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>')
    rels = (f'<Relationship Id="rId70" Type="{REL_NS}/image" Target="media/image1.png"/>'
            f'<Relationship Id="rId71" Type="{REL_NS}/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>'
            ).encode()
    extra = [("word/embeddings/Microsoft_Excel_Worksheet.xlsx", make_sd_xlsx()), ("word/media/image1.png", sd_preview_png())]
    return _docx(sd_body(), SD_TITLE, "市林草局规划财务科", "市政府办公室秘书一科", (2026, 4, 2, 9, 0, 0),
                 (2026, 4, 15, 8, 48, 0), ct, rels, extra, WHEN_SD)


# =============================================================================================
# Questions
# =============================================================================================

S_CY = {"doc_number": CY_NUMBER, "doc_title": CY_TITLE}
S_CYO = {"doc_number": CY_OLD_NUMBER, "doc_title": CY_OLD_TITLE}
S_RN = {"doc_number": RN_NUMBER, "doc_title": RN_TITLE}
S_RT = {"doc_number": RT_NUMBER, "doc_title": RT_TITLE}
S_ZL = {"doc_number": ZL_NUMBER, "doc_title": ZL_TITLE}
S_SD = {"doc_number": SD_NUMBER, "doc_title": SD_TITLE}
S_ZC = {"doc_number": ZC_NUMBER, "doc_title": ZC_TITLE}
NF = "文件中未找到相关规定。"


def _row(r: tuple[str, ...] | list) -> str:
    return " ".join(str(v) for v in r)


def _cy_row(name: str) -> list[str]:
    row = next(r for r in cy_xlsx_rows() if len(r) > 1 and r[1] == name)
    return [v if isinstance(v, str) else _num(v) for v in row]


WN = _cy_row("翁牛特旗")
KS = _cy_row("克什克腾旗")

QA: list[tuple] = [
    # --- 肉牛 基础母牛扩群 (DOCX with content controls, amended in the outlined gazette) ------------------
    ("我家在林西县养肉牛，今年年底能繁母牛比去年末净增加了12头，都打了耳标、录了系统。按现在的标准能补多少钱？",
     f"按{RT_NUMBER}调整后的标准，新增基础母牛每头2000元（原《{RN_RULES}》规定的每头1500元已自2026年7月1日起调整为每头2000元，"
     "《办法》其他规定不变）。您家净增加12头，12头×2000元＝24000元，未超过每户（场）每年10万元的上限。",
     ["每头2000元"], [S_RN, S_RT], f"{RT_TITLE} > 二", RT_PARAS[2], "numeric", "public", "medium", F_GAZ),
    ("我们家庭牧场今年新增基础母牛80头，每头补2000元的话，是不是一共能拿16万元？",
     f"不是。按{RT_NUMBER}，新增基础母牛现在每头2000元，80头×2000元＝16万元；但《{RN_RULES}》第三条补贴标准表的注明确："
     "同一养殖主体每户（场）每年补贴最高不超过10万元。所以您家今年最多能拿10万元。",
     ["每户（场）每年补贴最高不超过10万元", "每头2000元"], [S_RN, S_RT], f"{RN_TITLE} > 第三条（补贴标准表）",
     RN_CHUNK_NOTE, "numeric", "public", "hard", F_RN),
    ("我今年67岁，在喀喇沁旗养了20多头母牛，能申请基础母牛扩群补贴吗？听说超过65岁就不行了。",
     f"可以申请。《{RN_RULES}》第二条原来要求农牧户申请人年龄在18周岁以上、65周岁以下，但{RT_NUMBER}已把它调整为"
     "“年龄在18周岁以上、70周岁以下”，自2026年7月1日起施行。您67岁，符合年龄条件（还须满足耳标、录入系统、参保等其他条件）。",
     ["70周岁以下"], [S_RT, S_RN], f"{RT_TITLE} > 一", RT_PARAS[1], "yesno", "public", "medium", F_GAZ),
    ("我家用良种冻精给母牛配种，今年自己繁殖的犊牛有没有补贴？一头补多少？",
     f"有。《{RN_RULES}》第三条补贴标准表：良种自繁犊牛（使用良种冻精配种，当年出生并成活6个月以上）每头300元。"
     "同一养殖主体每户（场）每年补贴最高不超过10万元。",
     ["每头300元", "当年出生并成活6个月以上"], [S_RN], f"{RN_TITLE} > 第三条（补贴标准表）", _row(RN_CHUNK_ROWS[1]),
     "numeric", "public", "medium", F_RN),
    ("基础母牛扩群补贴每年什么时候申报？向谁申报？钱什么时候能发下来？",
     f"按《{RN_RULES}》第五条：每年11月1日至11月30日，养殖主体向所在嘎查（村）提出申请；苏木乡镇人民政府（街道办事处）"
     "入户核实后于12月15日前报旗县区农牧局，核验结果在嘎查（村）公示7日；公示无异议的，由旗县区财政局于次年3月31日前通过"
     "“一卡通”发放到户。",
     ["每年11月1日至11月30日", "次年3月31日前"], [S_RN], f"{RN_TITLE} > 第五条",
     RN_ART_5[1] + "……" + RN_ART_5[4], "deadline", "public", "medium", F_RN),
    (f"{RT_NUMBER}从什么时候开始施行？2026年7月1日前已经受理、还没发放的母牛补贴按哪个标准发？",
     f"{RT_NUMBER}第三条：本通知自2026年7月1日起施行；2026年7月1日前已受理尚未发放的补贴，按原标准执行，即新增基础母牛仍按"
     f"《{RN_RULES}》原定的每头1500元。《办法》其他规定不变。",
     ["自2026年7月1日起施行", "按原标准执行"], [S_RT, S_RN], f"{RT_TITLE} > 三、四",
     RT_PARAS[3] + "……" + RT_PARAS[4], "validity", "civil_servant", "medium", F_GAZ),
    (f"《{RN_RULES}》是哪个文号印发的？成文日期是哪天？有效期到什么时候？",
     f"该办法由《{RN_TITLE}》（{RN_NUMBER}）印发，成文日期为2025年5月20日；办法第八条规定自2025年7月1日起施行，"
     f"有效期至2028年6月30日。其中年龄和新增基础母牛补贴标准已被{RT_NUMBER}自2026年7月1日起调整。",
     ["2025年5月20日", "有效期至2028年6月30日"], [S_RN], f"{RN_TITLE} > 文号、成文日期；第八条",
     RN_DATE + "……" + RN_ART_REST[2], "validity", "civil_servant", "easy", F_RN),
    # --- 草原生态保护补助奖励 (portfolio in force, frameset page repealed) --------------------------------
    ("我家在阿鲁科尔沁旗承包的草原划在草畜平衡区，有2000亩。村里有人说每亩能拿8.6元，那我家一年是不是能拿17200元？",
     f"不是。按《{CY_PLAN}》（{CY_NUMBER}），每亩每年8.6元是禁牧区草原的禁牧补助；草畜平衡区草原的草畜平衡奖励是每亩每年3.2元。"
     "您家2000亩×3.2元＝6400元。",
     ["每亩每年3.2元", "每亩每年8.6元"], [S_CY], f"{CY_TITLE} > 二、补助奖励标准",
     CY_PARAS[3][1] + "……" + CY_PARAS[4][1], "numeric", "public", "hard", F_PORT),
    ("我家在克什克腾旗有1500亩草原划为禁牧区，一年能拿多少禁牧补助？",
     f"按《{CY_PLAN}》（{CY_NUMBER}）二（一），禁牧区草原按照每亩每年8.6元给予禁牧补助。您家1500亩×8.6元＝12900元/年，"
     "由旗县区财政局通过“一卡通”直接兑付到户。",
     ["每亩每年8.6元"], [S_CY], f"{CY_TITLE} > 二、补助奖励标准", CY_PARAS[3][1], "numeric", "public", "easy", F_PORT),
    ("巴林右旗政府网站上有一篇《赤峰市草原生态保护补助奖励政策实施细则》，说禁牧补助每亩每年7.2元，有效期到2027年12月31日，"
     "页面上还标着“有效”。今年还按7.2元发吗？",
     f"不按。{CY_OLD_NUMBER}实施细则自己写的有效期至2027年12月31日，网页信息索引也标着“有效”，但《{CY_PLAN}》（{CY_NUMBER}）"
     f"规定自2026年4月1日起施行，{CY_OLD_NUMBER}“同时废止”。现在禁牧补助是每亩每年8.6元，草畜平衡奖励是每亩每年3.2元。",
     ["同时废止", "每亩每年8.6元"], [S_CY, S_CYO], f"{CY_TITLE} > 五、其他", CY_PARA_REPEAL,
     "validity", "public", "hard", F_PORT),
    ("2023年的草原补奖实施细则里，草畜平衡奖励每亩多少？补奖资金规定什么时候前发放？",
     f"{CY_OLD_NUMBER}《{CY_OLD_RULES}》第三条：草畜平衡奖励标准为每亩每年2.4元；第四条：补奖资金每年10月31日前发放到户。"
     f"该细则已被{CY_NUMBER}自2026年4月1日起同时废止；现行方案的草畜平衡奖励为每亩每年3.2元，政策解读说补奖资金每年9月30日前发放。",
     ["每亩每年2.4元", "每年10月31日前"], [S_CYO, S_CY], f"{CY_OLD_TITLE} > 第三条、第四条",
     CY_OLD_ARTICLES[2] + "……" + CY_OLD_ARTICLES[3], "numeric", "public", "medium", F_HTM),
    ("翁牛特旗2026年的禁牧面积是多少？禁牧补助资金测算了多少万元？",
     f"据{CY_NUMBER}附件1《{CY_XLSX_TITLE}》，翁牛特旗禁牧面积{WN[2]}万亩，禁牧补助{WN[3]}万元（{WN[2]}万亩×8.6元）；"
     f"草畜平衡面积{WN[4]}万亩，草畜平衡奖励{WN[5]}万元，合计{WN[6]}万元。",
     [WN[2], WN[3]], [S_CY], f"{CY_XLSX_TITLE} > 翁牛特旗", _row(WN), "numeric", "civil_servant", "hard", F_PORT),
    ("克什克腾旗2026年的禁牧补助资金比草畜平衡奖励资金多多少万元？",
     f"据{CY_NUMBER}附件1《{CY_XLSX_TITLE}》，克什克腾旗禁牧补助{KS[3]}万元（{KS[2]}万亩×8.6元），草畜平衡奖励{KS[5]}万元"
     f"（{KS[4]}万亩×3.2元），禁牧补助多{Decimal(KS[3]) - Decimal(KS[5])}万元；两项合计{KS[6]}万元。",
     [KS[3], KS[5]], [S_CY], f"{CY_XLSX_TITLE} > 克什克腾旗", _row(KS), "numeric", "civil_servant", "hard", F_PORT),
    ("我家在巴林左旗，草畜平衡区放牧超载了，会扣补奖资金吗？扣多少？",
     f"会。《{CY_PLAN}》的政策解读说：苏木乡镇人民政府核查发现超载的，责令限期减畜；逾期未减畜的，扣发当年草畜平衡奖励资金的50%。"
     f"（已废止的{CY_OLD_NUMBER}细则规定的是30%，不再适用。）",
     ["扣发当年草畜平衡奖励资金的50%"], [S_CY], f"{CY_TITLE} > 政策解读 > 四、草畜平衡区超载怎么处理？",
     CY_TXT_OVER, "numeric", "public", "medium", F_PORT),
    ("今年的草原补奖资金什么时候能发到卡上？在哪能查到我家的补奖面积？",
     f"据《{CY_PLAN}》政策解读：补奖资金每年9月30日前通过“一卡通”发放到户；农牧户可通过“蒙速办”APP查询本户补奖面积和资金发放情况。",
     ["每年9月30日前", "蒙速办"], [S_CY], f"{CY_TITLE} > 政策解读 > 三、补奖资金什么时候发放？", CY_TXT_PAY,
     "deadline", "public", "easy", F_PORT),
    (f"《{CY_PLAN}》的文号是什么？什么时候施行，有效期到哪天？",
     f"文号是{CY_NUMBER}（{CY_TITLE}，2026年3月18日）。方案自2026年4月1日起施行，有效期至2030年12月31日，"
     f"{CY_OLD_NUMBER}同时废止。",
     [CY_NUMBER, "有效期至2030年12月31日"], [S_CY], f"{CY_TITLE} > 五、其他", CY_PARA_REPEAL,
     "validity", "civil_servant", "easy", F_PORT),
    # --- 自来水入户 (outlined gazette, expired) -----------------------------------------------------------
    ("我家在宁城县的嘎查，今年11月底才接通自来水入户管道。现在还能申请每户800元的自来水入户补助吗？",
     f"按现有文件不能。{ZL_NUMBER}《{ZL_TITLE}》规定农牧户于2026年8月31日前申请，且该通知“有效期至2026年10月31日”，"
     "到2026年12月2日已经失效；文件中没有接续的新通知。",
     ["有效期至2026年10月31日", "2026年8月31日前"], [S_ZL], f"{ZL_TITLE} > 三、六",
     ZL_PARAS_2[1][:32] + "……" + ZL_PARAS_2[4], "validity", "public", "hard", F_GAZ),
    ("今年6月我家（脱贫户）接通了自来水，邻居家是一般农牧户，补800元。我们家是不是也只补800元？",
     f"不是。按{ZL_NUMBER}第二条的补助标准表，一般农牧户每户800元，脱贫户、低保户、特困供养户每户1200元。您家是脱贫户，"
     "按每户1200元补助（须在2026年8月31日前申请）。",
     ["每户1200元", "每户800元"], [S_ZL], f"{ZL_TITLE} > 二、补助标准（表）",
     _row(ZL_TABLE[1]) + "……" + _row(ZL_TABLE[2]), "numeric", "public", "medium", F_GAZ),
    # --- 科尔沁沙地 (FODT with recorded changes; DOCX with the embedded worksheet) -------------------------
    ("在科尔沁沙地搞人工乔木造林，每亩补助多少钱？",
     f"按《{ZC_RULES}》（{ZC_NUMBER}）第三条：人工乔木造林，每亩补助500元（修订中删去的400元不是现行标准）。",
     ["人工乔木造林，每亩补助500元"], [S_ZC], f"{ZC_TITLE} > 第三条", "人工乔木造林，每亩补助500元；",
     "numeric", "public", "medium", F_FODT),
    ("我们合作社在翁牛特旗沙地集中连片人工灌木造林300亩，能拿多少补助？分几次拨？",
     f"按《{ZC_RULES}》第三条，人工灌木造林每亩补助260元，300亩×260元＝78000元。第四条的表规定：当年验收合格后拨付70%"
     "（54600元），第三年复查合格后拨付30%（23400元）；验收标准是当年成活率85%以上、第三年保存率80%以上。",
     ["每亩补助260元", "当年验收合格后拨付70%"], [S_ZC], f"{ZC_TITLE} > 第三条；第四条（表）",
     "人工灌木造林，每亩补助260元；……" + _row(ZC_TABLE[1]), "numeric", "civil_servant", "hard", F_FODT),
    ("我家在敖汉旗有一块60亩的沙地，想自己种树，能申请造林种草补助吗？",
     f"单独申请不行。《{ZC_RULES}》第二条要求集中连片开展造林种草，注释说明：集中连片是指同一地块面积在100亩以上；"
     "农牧户个人造林面积不足的，可由嘎查（村）组织联户申报。您家60亩，可以通过嘎查（村）联户申报。",
     ["同一地块面积在100亩以上", "联户申报"], [S_ZC], f"{ZC_TITLE} > 第二条（注1）", ZC_NOTE,
     "yesno", "public", "hard", F_FODT),
    ("造林种草地块验收合格后，旗县区财政局要在多长时间内拨付补助资金？",
     f"《{ZC_RULES}》第四条：旗县区财政局应在验收合格后30个工作日内将补助资金拨付到户（单位）。",
     ["验收合格后30个工作日内"], [S_ZC], f"{ZC_TITLE} > 第四条", ZC_ART_4_INS, "deadline", "civil_servant", "medium",
     F_FODT),
    (f"{SD_NUMBER}的任务分工表里，市林业和草原局牵头哪些任务？配合单位和完成时限分别是什么？",
     f"据《{SD_TABLE_TITLE}》，市林业和草原局牵头5项：1．{SD_ROWS[0][1]}（配合：{SD_ROWS[0][3]}，{SD_ROWS[0][4]}）；"
     f"2．{SD_ROWS[1][1]}（配合：{SD_ROWS[1][3]}，{SD_ROWS[1][4]}）；5．{SD_ROWS[4][1]}（配合：{SD_ROWS[4][3]}，"
     f"{SD_ROWS[4][4]}）；7．{SD_ROWS[6][1]}（配合：{SD_ROWS[6][3]}，{SD_ROWS[6][4]}）；8．{SD_ROWS[7][1]}（配合："
     f"{SD_ROWS[7][3]}，{SD_ROWS[7][4]}）。",
     ["2028年6月30日前", "每年12月20日前", "2026年12月31日前"], [S_SD], f"{SD_TITLE} > 附件：{SD_TABLE_TITLE}",
     _row(SD_ROWS[4]) + "……" + _row(SD_ROWS[6]) + "……" + _row(SD_ROWS[7]), "department", "civil_servant", "hard",
     F_SD),
    ("沙地综合治理方案里，推进沙区高效节水灌溉这项任务由谁牵头、谁配合、什么时候完成？",
     f"据{SD_NUMBER}附件《{SD_TABLE_TITLE}》第4项“{SD_ROWS[3][1]}”：牵头单位{SD_ROWS[3][2]}，配合单位{SD_ROWS[3][3]}，"
     f"完成时限{SD_ROWS[3][4]}。",
     ["市水利局", "2027年12月31日前"], [S_SD], f"{SD_TITLE} > 附件：{SD_TABLE_TITLE}", _row(SD_ROWS[3]),
     "department", "civil_servant", "medium", F_SD),
    # --- unanswerable -----------------------------------------------------------------------------------
    ("我想贷款买基础母牛，市里对养牛贷款给多少贴息？",
     f"{NF}《{RN_RULES}》只规定新增基础母牛每头补贴（现为每头2000元）、良种自繁犊牛每头300元和每户（场）每年最高10万元，"
     "没有贷款贴息的规定。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("肉牛基础母牛扩群补贴办法的联系人是谁？咨询电话是多少？",
     f"{NF}《{RN_TITLE}》没有写联系人和电话（该栏未填写）；申报按第五条向所在嘎查（村）提出，由旗县区农牧局核验。"
     "草原补奖政策解读里的0476-8336215是市农牧局草原工作科的电话，不是本办法的咨询电话。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("禁牧以后，家里搞舍饲圈养有没有补贴？草原管护员每个月工资多少？",
     f"{NF}文件中既没有舍饲圈养补贴，也没有草原管护员工资的规定；最接近的是《{CY_PLAN}》的禁牧补助（每亩每年8.6元）和"
     "草畜平衡奖励（每亩每年3.2元）。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("我们在对比周边盟市的草原补奖标准，通辽市的禁牧补助每亩多少钱？",
     f"{NF}文件都是赤峰市的，没有通辽市的规定；赤峰市《{CY_PLAN}》的禁牧补助为每亩每年8.6元。",
     [], [], None, None, "unanswerable", "civil_servant", "easy", None),
    ("在旗县蒙医医院看病，蒙医药服务的报销比例是多少？",
     f"{NF}文件中没有关于蒙医药服务或医疗报销的内容。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("科尔沁沙地封沙育林每亩每年补多少？连续补几年？",
     f"{NF}《{ZC_RULES}》第三条现行的补助标准只有人工乔木造林（每亩500元）、人工灌木造林（每亩260元）、飞播造林（每亩120元）"
     "和人工种草（每亩150元），没有封沙育林的补助标准（修订中该项已删除）。",
     [], [], None, None, "unanswerable", "public", "hard", None),
]


README = """# city21: a blind fixture of 赤峰市 (内蒙古自治区) policy documents

A small corpus of policy documents of a twenty-first held-out city, 赤峰市, and 30 questions about them, for checking that
policyqa works on documents it has never seen, in kinds of file not tried in the earlier fixtures: a **PDF portfolio** (a PDF
“包” whose only page is Acrobat's “open this portfolio” cover, the notice, its `.xlsx` 测算表 and a GB18030 `.txt` 政策解读 being
members of the collection), a **`.docx` made from a 公文 template with block-level content controls** (文号, title and date in
`w:sdt`s, one control still showing its placeholder, a whole 条 inside one control) **and an `altChunk`** (the 补贴标准 table as
an HTML part Word merges on opening), a **flat OpenDocument text (`.fodt`) with recorded changes** (a figure deleted and its
replacement inserted, an item deleted, a sentence inserted), a numbered list, a spanned table cell and a footnote, **two pages
of a gazette converted to outlines** (转曲: every glyph a filled vector path, no text, no font, no image), an **old 旗 portal page
saved “网页，全部” that is a `<frameset>`** (the notice only in the main frame's GBK page inside the `_files` folder) and a
**`.docx` whose 任务分工表 is an embedded Excel worksheet** whose preview picture shows only the first three tasks. The city,
its districts and banners/counties (红山区, 元宝山区, 松山区, 宁城县, 林西县, 喀喇沁旗, 巴林左旗, 巴林右旗, 阿鲁科尔沁旗, 克什克腾旗, 翁牛特旗,
敖汉旗; 大板镇 as the seat of 巴林右旗 in a page footer), 科尔沁沙地, the departments and bodies (赤峰市人民政府办公室, 赤峰市农牧局,
赤峰市林业和草原局, 赤峰市财政局, 赤峰市水利局, 市发展和改革委员会, 市商务局, 市人力资源和社会保障局, 巴林右旗人民政府办公室), the app
“蒙速办”, the area code 0476 and the portal domain www.chifeng.gov.cn are real. Every document, 文号, 索引号, figure, date, task
given to a body, address, phone number, URL path, the gazette's issue number and colophon, and what the app is said to do is
invented. Nothing is taken from a real document; the portfolio's cover sentence imitates the wording Acrobat puts on a
portfolio's cover sheet.

The content is consistent across documents. **草原生态保护补助奖励**: the portfolio holds 《赤峰市农牧局 赤峰市林业和草原局 赤峰市财政局关于印发赤峰市草原生态保护补助奖励政策实施方案（2026—2030年）的通知》
(赤农牧发〔2026〕12号, 2026年3月18日, in force 2026-04-01 to 2030-12-31): **禁牧补助 每亩每年8.6元 / 草畜平衡奖励 每亩每年3.2元** (the
swap pair), “一卡通” 兑付, and “赤农牧发〔2023〕45号 **同时废止**”; its 附件1 (`.xlsx` member) 《2026年赤峰市草原生态保护补助奖励面积和资金测算表》
gives each 旗县区's areas and money (翁牛特旗 禁牧 330.7万亩 / 2844.02万元; 克什克腾旗 4391.16 / 2625.28 / 7016.44万元), its 附件2
(`.txt` member) is the only place with the 发放 date (**每年9月30日前**), “蒙速办”, the 超载 penalty (**扣发当年草畜平衡奖励资金的50%**) and
a 草原 phone. The frameset page holds the **repealed** 《赤峰市农牧局 赤峰市林业和草原局 赤峰市财政局关于印发赤峰市草原生态保护补助奖励政策实施细则的通知》
(赤农牧发〔2023〕45号, 2023年6月12日): 7.2元 / 2.4元, 每年10月31日前, 30%, and its own **“有效期至2027年12月31日”**; neither its text nor its
信息索引 (有效性: **有效**) says it was repealed. **肉牛基础母牛扩群**: the content-control `.docx` holds 《赤峰市农牧局 赤峰市财政局关于印发赤峰市肉牛基础母牛扩群提质补贴实施办法的通知》
(赤农牧发〔2025〕37号, 2025年5月20日, in force 2025-07-01 to 2028-06-30): 申请人 **年龄在18周岁以上、65周岁以下**; in the altChunk only:
新增基础母牛 **每头1500元**, 良种自繁犊牛 **每头300元**, **每户（场）每年补贴最高不超过10万元**; 第五条 (申报 11月1日至11月30日, 12月15日前, 公示7日,
次年3月31日前) only inside a content control; 市县 6:4. The outlined gazette's second notice 《赤峰市农牧局 赤峰市财政局关于调整肉牛基础母牛扩群提质补贴有关标准的通知》
(赤农牧发〔2026〕29号, 2026年6月8日) **amends** it from 2026-07-01: 65 → **70周岁以下**, 每头1500元 → **每头2000元**, 已受理尚未发放的 按原标准,
“《办法》其他规定不变”. **农村牧区自来水入户**: the gazette's first notice 《赤峰市水利局 赤峰市财政局关于做好2026年农村牧区自来水入户工程补助工作的通知》
(赤水发〔2026〕9号, 2026年5月12日): 一般农牧户 **每户800元** / 脱贫户、低保户、特困供养户 **每户1200元** (a ruled table), 申请 2026年8月31日前,
验收 9月30日前, 公示5日, 5:5, **“有效期至2026年10月31日”: expired, no successor**. **科尔沁沙地**: the worksheet `.docx` holds 《赤峰市人民政府办公室关于印发赤峰市科尔沁沙地综合治理三年行动方案（2026—2028年）的通知》
(赤政办发〔2026〕18号, 2026年4月15日; targets 360万亩 = 造林种草210万亩 + 封育保护150万亩); its embedded 《赤峰市科尔沁沙地综合治理重点任务分工表》
(9 tasks) has **市林业和草原局 leading rows 1, 2, 5, 7, 8 with different 配合 and 时限**, and row 2 “制定科尔沁沙地造林种草补助办法”
(市财政局, 2026年6月30日前) is the `.fodt`: 《赤峰市林业和草原局 赤峰市财政局关于印发赤峰市科尔沁沙地造林种草补助办法的通知》 (赤林草发〔2026〕15号, 2026年6月26日,
in force 2026-07-01 to 2029-06-30): 人工乔木造林 每亩补助 ~~400元~~ **500元**, 人工灌木造林 260元, 飞播造林 120元, 人工种草 150元, a
**deleted** item “封沙育林（草），每亩每年补助30元，连续补助3年”, an **inserted** 30个工作日内 拨付 sentence, the 验收/拨付 table (70% / 30%) and
the footnote defining 集中连片 (**同一地块面积在100亩以上**, 联户申报).

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏, 潍坊/山东,
柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西, 遵义/贵州, 曲靖/云南, 宝鸡/陕西, 天水/甘肃, 邢台/河北, 江门/广东,
齐齐哈尔/黑龙江) occurs in a corpus file (checked as substrings of every text a reader gets and of the raw and decoded bytes of every
file, zip member and PDF member); 通辽 occurs only in a question, 呼和浩特 nowhere. The topics are new as far as the helper could see
(it read only the opening text of city2 … city19's READMEs and the whole of city20's): 草原生态保护补助奖励 (with a repealed 细则),
肉牛基础母牛扩群 (with an amendment), 农村牧区自来水入户 (an expired notice) and 科尔沁沙地 治理/造林种草补助 (a 任务分工 and a revised 办法).
A search of those README openings for 牛, 草原, 牧, 沙, 林, 生态, 供水/自来水 and 蒙医 found them only in place, person or department names.
蒙医药 is used only as a never-mentioned topic.

**Who wrote it and what they saw.** A helper session wrote it from a brief (`/tmp/c21/brief.md`; the folder also held a
`brief2.md`, which it did not open). It did not read the system's code (`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`),
its tests (`tests/unit/`, `tests/integration/`, `tests/e2e/`), any `out/`, `var/`, `/tmp/dbg` or `/tmp/snap` folder, or other
cities' generators and qa files besides those named here; it did not run policyqa, pytest or `git status`/`git diff`/`git log`, and
committed nothing. It read `tests/data/city20/README.md` (whole), the first six lines of `tests/data/city20/qa.jsonl`,
`tests/support/make_city20_fixtures.py` (lines 1–120, 270–330, 700–990, 1075–1150, 1240–1260 and 1585–1608, and a grep of its
`def`/constant/import lines), `tests/support/print_lines.py` and `tests/support/qa_lines.py` (whole; `cjk_face`, `wrap_cjk` and `qa_jsonl`
are imported by the generator), and of each of `tests/data/city2/README.md` … `tests/data/city19/README.md` the text before `## Files`,
cut at its first 1,500 bytes (and a search of those cuts for the topic words above). Outside that list it read the `[tool.ruff]` and
`[tool.ruff.lint]` sections of `pyproject.toml`, listed the folder names of `tests/data/` and `tests/support/` (no `city21` existed),
checked the version of `.venv/bin/ruff`, and listed the machine's CJK fonts (`fc-list :lang=zh`: WenQuanYi Zen Hei and Noto
Sans/Serif CJK). Of installed libraries it looked only at the file names of python-docx's templates folder and reportlab's fill-rule
constants. No answer was tuned against the system; the command below had **not been run** on this fixture when it was handed over.
Everything was made and checked in a separate venv (`/tmp/c21venv`: reportlab 5.1.0, pikepdf 10.18.0, pypdfium2 5.15.2,
python-docx 1.2.0, lxml 6.2.1, Pillow 13.0.0, openpyxl 3.1.5, fonttools 4.69.1, ruff 0.17.6) with WenQuanYi Zen Hei for the two text
PDFs, Noto Serif CJK SC (body) and Noto Sans CJK SC Bold (titles) for the outlined gazette, and Noto Sans CJK SC for the worksheet
preview. Outside tools run on corpus files: pikepdf and pypdfium2 for both PDFs and the portfolio's PDF member, openpyxl for both
`.xlsx` files, Python's `gb18030`/`gbk` codecs for the `.txt` and the frame pages, lxml for the `.fodt`, the `.docx` parts and the
HTML, python-docx (`Document.paragraphs`) for both `.docx` files. The portfolio's cover page, its member's first page, both gazette
pages (at 200 dpi) and the worksheet preview were rendered and looked at. No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `chifeng-caoyuan-shengtai-bujiang-fangan-2026.pdf` | 赤峰市农牧局 赤峰市林业和草原局 赤峰市财政局关于印发赤峰市草原生态保护补助奖励政策实施方案（2026—2030年）的通知 (赤农牧发〔2026〕12号, 2026年3月18日) with its two 附件 | **A PDF portfolio** (PDF 1.7, pikepdf over reportlab, deterministic /ID, literal dates): the file's **only page** is a cover saying, in Chinese as Acrobat words it, that it is a PDF 包 to be opened in Acrobat X / Adobe Reader X or later — no policy text at all. The catalog has **`/Collection`** (`/Schema` with fields 序号 (`/N`), 文件名 (`/F`), 说明 (`/Desc`), 类别 (`/S`), 日期 (`/ModDate`); `/View /D`; `/D` naming the notice as the initial document; `/Sort` by 序号) and `/PageMode /UseAttachments`; **`/Names /EmbeddedFiles`** holds three file specs, each with `/Desc`, `/Params` dates, a MIME subtype and a **`/CI`** collection item (序号, 类别 正文/附件/解读): `赤农牧发〔2026〕12号.pdf` — the 通知 and 方案 as a **text PDF** (3 pages, 红头, WenQuanYi subsets with ToUnicode; the repeal sentence runs over the page break between pages 2 and 3), `附件1：2026年赤峰市草原生态保护补助奖励面积和资金测算表.xlsx` — hand-written OOXML (shared strings, numbers stored as numbers with a `0.00` format, merged title/unit/合计/note rows; **the only place with the per-旗县 areas and money**), and `附件2：政策解读.txt` — **GB18030 with CRLF** (**the only place with 每年9月30日前, “蒙速办”, the 50% 扣发 and the 0476-8336215 草原 phone**). |
| `chifeng-rouniu-jichu-muniu-kuoqun-butie-banfa.docx` | 赤峰市农牧局 赤峰市财政局关于印发赤峰市肉牛基础母牛扩群提质补贴实施办法的通知 (赤农牧发〔2025〕37号, 2025年5月20日) | **A 公文 template's content controls and an altChunk** (python-docx's template, the body written as XML, re-zipped with fixed times). Five **block-level `w:sdt`s** (each `w:sdtPr` with `w:alias`, `w:tag`, `w:id` and a `w:placeholder` docPart): 文号 (`DocNumber`), 标题 (`DocTitle`), 成文日期 (`SignDate`: **2025年5月20日 is only here**), 联系人及电话 (`Contact`) **still showing its placeholder “单击或点击此处输入文字。” with `w:showingPlcHdr`** and the `PlaceholderText` style (a `word/glossary/document.xml` holds the default placeholder docPart), and 申报程序 (`Procedure`) **around the five paragraphs of 第五条** (申报 dates, 12月15日前, 公示7日, 次年3月31日前 are only there). **python-docx's `Document.paragraphs` skips all of them** (it sees 16 paragraphs and neither the 文号 nor 第五条). After “第三条　补贴标准如下：” the body has a **`w:altChunk r:id` → `word/afchunk.htm`** (relationship type `aFChunk`, content type `text/html`), a UTF-8 XHTML page with the 补贴标准 `<table>` and a note: **每头1500元, 每头300元 and the 10万元 cap exist only there**. The age (65周岁) and 每头1500元 were **amended** in 2026 (the gazette). |
| `chifeng-keerqin-shadi-zaolin-zhongcao-buzhu-banfa.fodt` | 赤峰市林业和草原局 赤峰市财政局关于印发赤峰市科尔沁沙地造林种草补助办法的通知 (赤林草发〔2026〕15号, 2026年6月26日) | **A flat ODT as LibreOffice 7.6 writes it, with recorded changes**: one XML file, `office:document` with `office:mimetype="application/vnd.oasis.opendocument.text"`, inline `office:meta` (generator, dates, statistics), `office:settings`, `office:font-face-decls`, `office:styles` (a **`text:list-style` numbering （1）…（4）**, a footnote configuration), `office:automatic-styles` (page layout, table styles), `office:master-styles` (a **header** with the 办法's name and a **footer** with `text:page-number`). `office:text` **starts with `text:tracked-changes`** holding four `text:changed-region`s: **ct2841 a deletion of “400元”** (stored there as a `text:p`), marked in item （1） by `text:change` right before **ct2842's insertion “500元”** (`text:change-start`/`text:change-end`); **ct2843 the deletion of a whole list item** “封沙育林（草），每亩每年补助30元，连续补助3年。” (a `text:list` inside `text:deletion`), marked by `text:change` at the end of item （4）; **ct2844 the insertion** of “旗县区财政局应在验收合格后30个工作日内…” in 第四条. A reader that reads the tracked-changes block as text gets 400元 and 封沙育林; one that drops insertions loses 500元 and the 30个工作日. 第二条 carries a **`text:note` footnote** (citation “1”) in the middle of the sentence: **the only definition of 集中连片 (100亩, 联户申报)**. A **`table:table`** whose first row is one cell **`table:number-columns-spanned="3"`** (with two `table:covered-table-cell`s) titled 造林种草验收标准和拨付方式, then 3 rows (85% / 80%, 70% / 30%). |
| `chifeng-zhengfu-gongbao-2026-07-zhuanqu.pdf` | 《赤峰市人民政府公报》2026年第7期（总第403期）, pages 23–24: 赤水发〔2026〕9号 and 赤农牧发〔2026〕29号 | **Text converted to outlines** (转曲): every glyph (running head, titles, body, table cells, folios) is a **filled path** drawn from Noto Serif CJK SC / Noto Sans CJK SC Bold CFF outlines with fontTools (one path per line, nonzero winding, coordinates rounded to 0.01 pt); **no text objects, no fonts, no images** (each page's resources are only `/ProcSet [/PDF]`; reportlab's empty `BT … ET` was removed); pdfium extracts **0 characters** from both pages. A4, a running head (公报 name and 期号, swapped left/right on the even page) over a double rule, folios “— 23 —”, “— 24 —”. 赤水发〔2026〕9号 fills most of page 23, with its **补助标准 table drawn as ruled lines** (序号 / 农牧户类别 / 补助标准: 每户800元, 每户1200元) and its **“有效期至2026年10月31日”**; 赤农牧发〔2026〕29号 **starts in the lower part of page 23** right after the first notice's signature (title, 文号, 主送, the first line of its preamble) and continues on page 24 (items 一 70周岁, 二 每头2000元, 三 施行/原标准, 四 其他规定不变), followed by a short rule and the colophon. About 310 KB. |
| `balinyouqi-caoyuan-bujiang-shishi-xize-2023.htm` + `balinyouqi-caoyuan-bujiang-shishi-xize-2023_files/` | 赤峰市农牧局 赤峰市林业和草原局 赤峰市财政局关于印发赤峰市草原生态保护补助奖励政策实施细则的通知 (赤农牧发〔2023〕45号, 2023年6月12日, 发布 2023-06-20), as reposted by 巴林右旗人民政府's old portal | **A page saved “网页，全部” from a `<frameset>` site** (IE's `<!-- saved from url=(NNNN)… -->` marks, upper-case MSHTML tags): the top `.htm` (GBK, `charset=gbk`) holds **only** `<FRAMESET rows=118,*>` (topFrame) with a nested `<FRAMESET cols=190,*>` (leftFrame, mainFrame) and a `<NOFRAMES>` line — **no policy text**. The folder holds `top.htm` (banner, nav), `left.htm` (menu), **`content.htm` — the main frame, GBK declared `charset=gbk`, the only file with the notice**: breadcrumbs, an 信息索引 table (索引号, 发文机关, 文号, 成文日期, 发布日期, **有效性: 有效**), `<H1>`, the body in `<DIV id=zoom>` as `<P>`s, print/close links, a footer with the 旗政府办公室's (invented) address and phone; `style.css`, `common.js` (date and hit-counter `document.write`s), `logo.gif` and a `filelist.xml`. The **repealed** 细则: its own text says “有效期至2027年12月31日” and the index says 有效; only the portfolio says it was repealed (7.2元 / 2.4元 / 10月31日前 / 30% are only here). The folder counts as part of this one file. |
| `chifeng-keerqin-shadi-zonghe-zhili-fangan.docx` | 赤峰市人民政府办公室关于印发赤峰市科尔沁沙地综合治理三年行动方案（2026—2028年）的通知 (赤政办发〔2026〕18号, 2026年4月15日) | **An embedded Excel worksheet** (“插入 → 对象 → Microsoft Excel 工作表”): after “附件：赤峰市科尔沁沙地综合治理重点任务分工表” a paragraph holds **`w:object`** with Word's `v:shapetype _x0000_t75`, a **`v:shape` whose `v:imagedata` is `word/media/image1.png`** and an **`o:OLEObject Type="Embed" ProgID="Excel.Sheet.12"`** pointing (relationship type `package`) to **`word/embeddings/Microsoft_Excel_Worksheet.xlsx`** (content types for `png` and `xlsx`). The xlsx is a real workbook (sheet 分工表: title row merged A1:E1, 序号/重点任务/牵头单位/配合单位/完成时限, 9 tasks). **The PNG preview shows only the title, the header and tasks 1–3** (as a cropped object does): tasks 4–9 — 市水利局's 节水灌溉 (2027年12月31日前), 市林业和草原局's rows 5, 7, 8 (2026年12月31日前, 2028年6月30日前, 每年12月20日前), 市财政局's row 6, 市人力资源和社会保障局's row 9 — **exist only inside the embedded workbook**, not in `document.xml` and not in the picture. |

All six files are written by `tests/support/make_city21_fixtures.py` (see its docstring), together with this README and
`qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c21-001`…`c21-030`, in the format of `tests/data/city20/qa.jsonl` (same fields, same order): `id`, `question`,
`answer`, `key_facts` (1–3 short strings copied verbatim from a document's text), `sources` (`doc_number`, `doc_title`),
`section` (title > section path), `evidence` (verbatim; “……” marks a gap, table rows are given as their cells separated by
spaces, the `.xlsx` rows as the values openpyxl gives, e.g. `260` and `2844.02`), `type`, `persona`, `difficulty`, `corpus_file`.
Multi-issuer `doc_title`s join issuers with a space, as the documents print them. A key fact may stand in any of a question's
sources' files. For the frameset page `corpus_file` is the top `.htm`; its evidence is in `_files/content.htm`.

- c21-001 … c21-007 (肉牛基础母牛扩群): **c21-001 the amended figure** (12头 × 每头2000元 = 24000元, not 1500元; gazette page 24);
  **c21-002 a rate times the asker's own quantity under a cap** (80头 × 2000元 = 16万元 → **10万元**, the cap only in the altChunk);
  **c21-003 an age threshold amended** (67岁: 65 → 70周岁以下, only in the gazette's second notice); **c21-004 only in the altChunk
  HTML** (良种自繁犊牛 每头300元); **c21-005 only inside the content control around 第五条** (11月1日至11月30日, 次年3月31日前); c21-006
  civil servant: the amendment's 施行 date and 已受理尚未发放 按原标准; **c21-007 civil servant: 成文日期 only in a content control**
  (2025年5月20日) and the 有效期.
- c21-008 … c21-016 (草原补奖): **c21-008 two groups a careless reader swaps** (草畜平衡 每亩每年3.2元, not 禁牧's 8.6元: 2000亩 → 6400元);
  c21-009 禁牧 1500亩 × 8.6元 = 12900元; **c21-010 the repealed 细则 asked as if current** (“同时废止” in the portfolio's notice, over a page
  break; its own 有效期 runs to 2027-12-31 and the page says 有效); **c21-011 values only in the frameset's main frame** (2.4元, 10月31日前;
  now 3.2元, 9月30日前); **c21-012 only in the portfolio's xlsx member** (翁牛特旗 330.7万亩, 2844.02万元); **c21-013 a computation from
  a table row of the xlsx** (克什克腾旗 4391.16 − 2625.28 = 1765.88万元); **c21-014 only in the txt member** (扣发 50%, not the old 30%);
  **c21-015 only in the txt member** (每年9月30日前, “蒙速办”); c21-016 civil servant: 文号 and 有效期.
- c21-017 … c21-018 (自来水入户): **c21-017 the expired notice asked as if current** (有效期至2026年10月31日, 申请 8月31日前; no successor);
  **c21-018 two groups in the ruled table** (脱贫户 每户1200元, not 一般农牧户's 800元).
- c21-019 … c21-024 (科尔沁沙地): **c21-019 only in the `.fodt`'s inserted text** (人工乔木造林 每亩补助500元, not the deleted 400元);
  c21-020 a computation (300亩 × 260元 = 78000元; 70% / 30% from the spanned table); **c21-021 only in the footnote** (60亩: 集中连片 =
  100亩以上, 联户申报); **c21-022 only in the inserted sentence** (验收合格后30个工作日内); **c21-023 civil servant: the rows 市林业和草原局
  leads** (1, 2, 5, 7, 8; rows 5, 7, 8 not in the preview); **c21-024 a row only in the embedded worksheet** (row 4: 市水利局, 市农牧局、市财政局,
  2027年12月31日前).
- c21-025 … c21-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no sources):
  **c21-025 a figure not given on a covered topic** (养牛贷款贴息); **c21-026 a person/phone not named** (the 肉牛 办法's 联系人 control
  shows only its placeholder; the 草原 phone in the 解读 is another office's); **c21-027 two parts, neither answered** (舍饲圈养补贴, 草原管护员
  工资); **c21-028 another city** (通辽市: in no file); **c21-029 a topic never mentioned** (蒙医药 报销); **c21-030 the figure only the
  deleted revision states** (封沙育林: only in the `.fodt`'s tracked deletion).

Personas: 20 public, 10 civil_servant (answerable: 15 and 9). Files as `corpus_file`: portfolio 8, gazette 5, content-control
`.docx` 4, `.fodt` 4, worksheet `.docx` 2, frameset page 1, none 6. Types: numeric 12, validity 5, deadline 3, yesno 2, department 2,
unanswerable 6. Difficulty: 6 easy, 13 medium, 11 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: **赤农牧发〔2026〕12号** (from
2026-04-01 to 2030-12-31) with its two 附件; **赤农牧发〔2025〕37号 (from 2025-07-01 to 2028-06-30) as amended by 赤农牧发〔2026〕29号 from
2026-07-01** (年龄在18周岁以上、70周岁以下, 新增基础母牛 每头2000元; the rest unchanged); **赤政办发〔2026〕18号** with its embedded 分工表;
**赤林草发〔2026〕15号** (from 2026-07-01 to 2029-06-30; its current text is the one with insertions kept and deletions left out).
**Not in force: 赤农牧发〔2023〕45号 (repealed from 2026-04-01, although its own 有效期 runs to 2027-12-31 and its page says 有效) and
赤水发〔2026〕9号 (有效期至2026年10月31日, no successor in the corpus).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city21/qa.jsonl --corpus tests/data/city21/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs `apt-get install fonts-wqy-zenhei fonts-noto-cjk`):

```
python3 -m venv /tmp/c21venv && /tmp/c21venv/bin/pip install reportlab pikepdf python-docx lxml Pillow fonttools pypdfium2 openpyxl
cd /work/main && PYTHONPATH=. /tmp/c21venv/bin/python tests/support/make_city21_fixtures.py
```

Generation takes about two seconds. Two runs into two fresh folders give every file they write byte for byte (checked with
sha256sum: the five corpus files, the top `.htm` and the seven files of its `_files` folder, `qa.jsonl` and this README): the
`.docx` files and the `.xlsx` files (inside the portfolio and inside the `.docx`) are zipped with one fixed timestamp and a fixed
member order, reportlab runs with `invariant=1`, pikepdf writes a deterministic /ID and the docinfo, attachment and `/Params` dates
are literal, the `.fodt`, the frame pages, the CSS, JS and `filelist.xml` are literal text, the GIF and the PNG preview are drawn by
Pillow without timestamps, and every date in the texts is literal. Another reportlab, pikepdf/qpdf, python-docx (its template),
Pillow, fontTools or font version can change the bytes.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city20's fields in city20's order, and the ids run `c21-001`…`c21-030`; the 6
  unanswerable lines have `key_facts` [], `sources` [], `section`/`evidence`/`corpus_file` null and answers starting
  “文件中未找到相关规定。”; the counts above;
- every source's title and 文号 is found in its file's text; every key fact occurs in its answer and, with whitespace removed, in the
  text of one of its sources' files as a reader gets it, and every evidence part (“……” splits it) likewise in its `corpus_file`:
  for the portfolio pypdfium2's text of the cover and of the PDF member, openpyxl's rows of the `.xlsx` member and the GB18030 text;
  for the content-control `.docx` the `w:t`s of every `w:p` of `document.xml` (content controls included) and lxml's reading of
  `afchunk.htm` (table rows, paragraphs); for the `.fodt` lxml's reading of `office:text` **without `text:tracked-changes`**
  (insertions kept), list items, table rows, and the footnote bodies taken out of their paragraphs; for the gazette the lines the
  generator drew; for the frameset page lxml's reading of `content.htm` decoded as GBK; for the worksheet `.docx` the `w:t`s of
  `document.xml` and openpyxl's rows of the embedded workbook;
- where each “only in” fact stands: 每头300元 and the 10万元 cap only in `afchunk.htm`; 2025年5月20日 and the 第五条 dates only inside
  `w:sdt`s; 70周岁以下 and 每头2000元 only in the gazette; 330.7, 2844.02, 4391.16, 2625.28 only in the `.xlsx` member; 50%, 9月30日前
  and 蒙速办 only in the `.txt` member; 2.4元 and 10月31日前 only in `content.htm`; 500元 and 30个工作日内 only in the `.fodt`'s body
  (inserted text), 400元 and 封沙育林 only in its tracked deletions, 100亩以上 only in its footnote; the worksheet's rows 4–9 only in
  the embedded workbook (the preview was drawn from rows 1–3 only);
- no key fact and no evidence part of an answerable question stands only in deleted text or in a placeholder;
- the portfolio: PDF 1.7, one page, `/Collection` with `/View /D` and a five-field `/Schema`, three `/EmbeddedFiles` each with `/CI`
  and `/Desc`; the PDF member 3 pages with WenQuanYi subsets carrying `/ToUnicode` (reportlab's unused Helvetica does not); the
  content-control `.docx`: python-docx opens it and sees 16 paragraphs, none holding the 文号 or 第五条; 5 `w:sdt`, 1 `w:showingPlcHdr`,
  1 `w:altChunk`; the `.fodt`: well-formed, the tracked deletions hold “400元”, an empty paragraph and the 封沙育林 item, one footnote;
  the gazette: 2 pages, resources only `/ProcSet`, no `BT` and no `Do` in the content streams, pdfium finds 0 characters, and the
  pages rendered at 200 dpi read cleanly; the frameset page: the top file holds `<FRAMESET>` and `<NOFRAMES>`, `content.htm` decodes
  as GBK; the worksheet `.docx`: python-docx opens it, openpyxl reads the embedded workbook's 9 tasks;
- the words of the unanswerable questions (通辽, 呼和浩特, 贴息, 舍饲, 管护员, 蒙医, 医院, 报销) and the earlier fixtures' cities and
  provinces occur in no file's text nor in the raw or decoded files, zip members and PDF members (as substrings); 联系人 occurs only as
  the `w:alias` of the empty content control;
- `ruff check --no-cache` (the project's `.venv/bin/ruff`, the project's settings) passes on the generator;
- generation twice into fresh folders: byte-identical (sha256sum); every file under 2 MB (the gazette, the largest, about 310 KB).

Not checked: how Acrobat or another viewer shows the portfolio (whether it lists the members with the schema's columns), how Word
opens the content-control `.docx` (whether it merges the altChunk and shows the placeholder) and the worksheet `.docx` (whether the
object opens in Excel), how LibreOffice opens the `.fodt` and shows its recorded changes, how a browser lays out the frameset page, how
an OCR engine reads the outlined pages (no OCR was run: the check used the text the generator drew), and whether the addresses, phone
numbers, 索引号 and URL paths exist (all invented). No office suite was on the machine.
"""


# =============================================================================================
# main
# =============================================================================================


def write(out: Path) -> None:
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_PORT).write_bytes(make_portfolio())
    (corpus / F_RN).write_bytes(make_rn_docx())
    (corpus / F_FODT).write_bytes(make_fodt())
    (corpus / F_GAZ).write_bytes(make_gazette())
    (corpus / F_HTM).write_bytes(htm_top())
    (corpus / F_HTM_DIR).mkdir(exist_ok=True)
    for name, data in htm_files():
        (corpus / F_HTM_DIR / name).write_bytes(data)
    (corpus / F_SD).write_bytes(make_sd_docx())
    (out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c21", QA), encoding="utf-8")
    (out / "README.md").write_text(README, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city21 (赤峰市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR, help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    write(args.out)
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

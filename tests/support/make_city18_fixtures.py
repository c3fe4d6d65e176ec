"""Writes the 邢台市 (河北省, city18) fixture: tests/data/city18/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs reportlab, pikepdf, lxml, Pillow and pillow-heif, WenQuanYi Zen Hei
(Debian's ``fonts-wqy-zenhei``) for the two PDFs and Noto Sans/Serif CJK SC (Debian's ``fonts-noto-cjk``) for the
EPUB's cover and the photographed notice::

    python3 -m venv /tmp/c18venv
    /tmp/c18venv/bin/pip install reportlab pikepdf lxml Pillow pillow-heif pypdfium2
    cd /work/main && PYTHONPATH=. /tmp/c18venv/bin/python tests/support/make_city18_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city18``; the corpus goes to ``DIR/corpus``. Every file is byte-identical on a
rerun with the same fonts and library versions: zip members (the ODS and the EPUB) carry one fixed timestamp,
reportlab runs with ``invariant=1``, pikepdf saves with ``deterministic_id``, the JSON's dates are literal, and the
photo's paper texture, light and noise come from ``random.Random``/NumPy generators with fixed seeds (x265 is run
with one thread). Everything in the documents (文号, figures, dates, tasks, addresses, phone numbers, URL paths) is
invented; the city, its districts and counties, the departments and the “冀时办” app name are real.

- ``xingtai-qingjie-qunuan-yunxing-butie-fenpei.ods``: a LibreOffice Calc spreadsheet, the 2026—2027年采暖季
  清洁取暖运行补贴预拨资金分配表: merged title, **repeated cells** (``table:number-columns-repeated`` on a
  non-empty 50.00% cell shared by 市级 and 县级, ``table:number-rows-repeated`` on empty rows), shown text that
  differs from ``office:value`` (``1658.40`` for 1658.4, ``50.00%`` for 0.5), a 合计 row, a 注, a 说明 sheet.
- ``xingtai-huimin-zhengce-huibian-2026.epub``: an EPUB 3 政策汇编 of three notices: 邢政办发〔2025〕41号 (清洁取暖
  运行补贴办法, **amended** by the JSON's 邢政办发〔2026〕33号; split over two XHTML files, its 任务分工表 in the
  second), 邢民发〔2025〕27号 (取暖救助, **expired** 2026-03-15) and 邢农发〔2024〕15号 (户厕改造奖补暂行办法,
  **repealed** by the JSON's 邢农发〔2026〕22号); file names not in reading order; a 编者说明 and an 编者注.
- ``xingtai-jiuye-jianxi-butie-banshi-zhinan.pdf``: an AcroForm 办事指南 (就业见习补贴申领) whose page prints only
  the labels; **the values are only in the fields' /V** (``/NeedAppearances true``, no appearance streams for the
  text and choice fields).
- ``xingtai-nongcun-huce-gaizao-mingbaizhi.pdf``: an 8-page A5 明白纸 (户厕改造奖补) **imposed two-up in booklet
  order** on four landscape A4 sheets (8|1, 2|7, 6|3, 4|5), lines of both halves on one grid; its 奖补标准表 runs
  from page 3 onto page 4 and its 申请 steps from page 5 onto page 6.
- ``xingtai-zhengce-wenjianku-export.json``: an open-data portal's API answer holding three records: 邢政办发〔2026〕33号
  (the amendment, with a table), 邢农发〔2026〕22号 (the 户厕 办法 that repeals 邢农发〔2024〕15号) and 邢人社发〔2024〕7号
  (就业见习, **“失效” only in its ``sxx`` field**).
- ``longyao-qingjie-qunuan-gonggao-photo.heic``: a phone photo (HEIC) of 隆尧县发展和改革局's 公告 pinned on a
  村务公开栏: perspective, tilt, uneven light, glare, **stored sideways with EXIF orientation 6**.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city18"

F_ODS = "xingtai-qingjie-qunuan-yunxing-butie-fenpei.ods"
F_EPUB = "xingtai-huimin-zhengce-huibian-2026.epub"
F_FORM = "xingtai-jiuye-jianxi-butie-banshi-zhinan.pdf"
F_BOOK = "xingtai-nongcun-huce-gaizao-mingbaizhi.pdf"
F_JSON = "xingtai-zhengce-wenjianku-export.json"
F_HEIC = "longyao-qingjie-qunuan-gonggao-photo.heic"

# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

SZF = "邢台市人民政府办公室"
FGW = "邢台市发展和改革委员会"
CZJ = "邢台市财政局"
MZJ = "邢台市民政局"
NYJ = "邢台市农业农村局"
RSJ = "邢台市人力资源和社会保障局"

QN_NUMBER = "邢政办发〔2025〕41号"  # 清洁取暖运行补贴办法 (EPUB), amended by TZ
QN_RULES = "邢台市农村地区冬季清洁取暖运行补贴办法"
QN_TITLE = f"{SZF}关于印发{QN_RULES}的通知"
QN_DATE = "2025年10月24日"
QN_TASKS = "邢台市农村地区冬季清洁取暖运行补贴工作任务分工表"

TZ_NUMBER = "邢政办发〔2026〕33号"  # the amendment (JSON)
TZ_TITLE = f"{SZF}关于调整农村地区冬季清洁取暖运行补贴标准的通知"
TZ_DATE = "2026年10月16日"

JZ_NUMBER = "邢民发〔2025〕27号"  # 取暖救助 (EPUB), expired
JZ_TITLE = f"{MZJ} {CZJ}关于做好2025—2026年采暖季困难群众冬季取暖救助工作的通知"
JZ_DATE = "2025年11月5日"

HC_OLD_NUMBER = "邢农发〔2024〕15号"  # 户厕 暂行办法 (EPUB), repealed by HC
HC_OLD_RULES = "邢台市农村户厕改造奖补暂行办法"
HC_OLD_TITLE = f"{NYJ} {CZJ}关于印发{HC_OLD_RULES}的通知"
HC_OLD_DATE = "2024年3月20日"

HC_NUMBER = "邢农发〔2026〕22号"  # 户厕 办法 (JSON), in force; the booklet explains it
HC_RULES = "邢台市农村户厕改造奖补办法"
HC_TITLE = f"{NYJ} {CZJ}关于印发{HC_RULES}的通知"
HC_DATE = "2026年5月18日"

JX_OLD_NUMBER = "邢人社发〔2024〕7号"  # 就业见习 2024 (JSON), “失效” only in its metadata
JX_OLD_TITLE = f"{RSJ} {CZJ}关于做好2024年就业见习工作的通知"
JX_OLD_DATE = "2024年3月8日"

GUIDE_TITLE = "邢台市就业见习补贴申领办事指南"
BOOK_TITLE = "农村户厕改造奖补政策明白纸（2026年版）"
FP_TITLE = "2026—2027年采暖季农村地区冬季清洁取暖运行补贴预拨资金分配表"
HB_TITLE = "邢台市惠民惠农政策汇编（2026年版）"
LY_TITLE = "隆尧县发展和改革局关于做好2026—2027年采暖季农村清洁取暖运行补贴发放工作的公告"

# =============================================================================================
# The texts
# =============================================================================================

QN_ADDR = "各县（市、区）人民政府，市政府有关部门："
QN_COVER = f"《{QN_RULES}》已经市政府同意，现印发给你们，请认真贯彻执行。"
QN_ARTICLES_1 = [  # the EPUB's first file of the chapter
    "第一条　为巩固农村地区冬季清洁取暖改造成果，减轻农村居民取暖负担，保障群众温暖过冬，结合我市实际，制定本办法。",
    "第二条　本办法适用于本市行政区域内已完成“煤改气”“煤改电”清洁取暖改造并经县级验收合格的农村居民用户"
    "（以下简称用户）。每户只能按一种取暖方式享受运行补贴。",
    "第三条　运行补贴期为每年11月15日至次年3月15日。",
    "第四条　运行补贴标准：",
    "（一）“煤改气”用户按采暖期实际用气量每立方米补贴1元，每户每个采暖季最高补贴气量1000立方米；",
    "（二）“煤改电”用户按采暖期实际用电量每千瓦时补贴0.2元，每户每个采暖季最高补贴电量5000千瓦时；",
    "（三）家庭成员中有年满75周岁老年人的用户，以及城乡低保户、特困供养户，每户每个采暖季另行增发一次性补贴200元，"
    "同时符合多项条件的不重复增发。",
]
QN_ARTICLES_2 = [  # the EPUB's second file of the chapter
    "第五条　燃气经营企业和供电企业于采暖季结束后15日内，将用户实际用气量、用电量报送所在县（市、区）发展改革部门。"
    "乡镇人民政府（街道办事处）负责用户信息核对和公示，公示期不少于5日。县级发展改革部门会同财政部门复核后，"
    "于每年4月30日前将补贴资金一次性发放至用户社会保障卡（“一卡通”）账户。",
    "第六条　运行补贴资金由市、县两级财政分担，各县（市、区）分担比例在年度资金分配方案中明确。",
    "第七条　对虚报冒领、骗取补贴资金的，由县级发展改革部门追回已发放资金，该户3年内不得享受运行补贴；"
    "涉嫌违法犯罪的，依法移送有关机关处理。",
    "第八条　本办法由市发展和改革委员会负责解释，自2025年11月1日起施行，有效期至2028年10月31日。",
]
QN_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
QN_ROWS = [
    ("1", "建立用户用气量、用电量按月报送机制", "市发展和改革委员会", "国网邢台供电公司，各燃气经营企业", "2025年11月15日前"),
    ("2", "制定年度资金分配方案，预拨补贴资金", "市财政局", "市发展和改革委员会", "每年11月30日前"),
    ("3", "组织用户信息核对和公示", "各县（市、区）人民政府", "各乡镇人民政府（街道办事处）", "每年12月31日前"),
    ("4", "开展农村燃气设施安全检查", "市住房和城乡建设局", "市城市管理综合行政执法局，各县（市、区）人民政府",
     "每年11月10日前"),
    ("5", "组织补贴资金发放绩效评价", "市发展和改革委员会", "市财政局，市审计局", "每年6月30日前"),
    ("6", "开展政策宣传解读", "市发展和改革委员会", "各县（市、区）人民政府，国网邢台供电公司", "2025年11月30日前"),
]

TZ_ADDR = QN_ADDR
TZ_INTRO = (f"为进一步减轻农村“煤改电”用户取暖负担，经市政府同意，现就调整《{QN_RULES}》（{QN_NUMBER}，"
            "以下简称《办法》）有关标准通知如下：")
TZ_ITEMS = [
    "一、将《办法》第四条第（二）项中的“每千瓦时补贴0.2元”修改为“每千瓦时补贴0.3元”。",
    "二、将《办法》第四条第（三）项中的“年满75周岁老年人”修改为“年满70周岁老年人”。",
    "三、调整后的运行补贴标准见下表：",
]
TZ_HEAD = ("用户类型", "补贴标准", "每户每个采暖季最高补贴量", "每户每个采暖季最高补贴额")
TZ_ROWS = [
    ("“煤改气”用户", "每立方米补贴1元", "1000立方米", "1000元"),
    ("“煤改电”用户", "每千瓦时补贴0.3元", "5000千瓦时", "1500元"),
    ("增发补贴", "年满70周岁老年人、城乡低保户、特困供养户", "—", "200元（不重复增发）"),
]
TZ_LAST = "四、本通知自2026年11月1日起施行，2026—2027年采暖季起按调整后的标准执行。《办法》其他规定不变。"

JZ_ADDR = "各县（市、区）民政局、财政局："
JZ_PARAS = [
    "为保障困难群众温暖过冬，经市政府同意，现就做好2025—2026年采暖季困难群众冬季取暖救助工作通知如下：",
    "一、救助对象。2025年11月1日在册的城乡低保对象和特困供养人员。",
    "二、救助标准。城乡低保对象按户发放一次性取暖救助，每户300元；特困供养人员按人发放一次性取暖救助，每人500元。"
    "同时为低保对象和特困供养人员的，按就高原则发放，不重复享受。",
    "三、发放方式。县级民政部门于2025年12月20日前将救助资金发放至救助对象社会保障卡（“一卡通”）账户。",
    "四、资金保障。救助资金从县级困难群众救助补助资金中列支，各县（市、区）财政部门要及时足额拨付。",
    "五、本通知仅适用于2025—2026年采暖季，有效期至2026年3月15日。",
]

HC_OLD_ADDR = "各县（市、区）农业农村局、财政局："
HC_OLD_COVER = f"现将《{HC_OLD_RULES}》印发给你们，请结合实际认真贯彻落实。"
HC_OLD_ARTICLES = [
    "第一条　为加快推进农村户厕改造，改善农村人居环境，结合我市实际，制定本办法。",
    "第二条　本办法适用于本市农村地区新建或改建卫生户厕并经县级验收合格的农户。",
    "第三条　奖补标准：（一）三格式化粪池户厕每户奖补1200元；（二）双瓮漏斗式户厕每户奖补1000元；"
    "（三）完整下水道水冲式户厕每户奖补800元。",
    "第四条　农户向村民委员会提出申请，村民委员会初审并公示5日，乡镇人民政府审核，县级农业农村部门组织验收。",
    "第五条　验收合格后60日内，县级财政部门将奖补资金拨付至农户“一卡通”账户。",
    "第六条　奖补资金由市、县两级财政按4:6比例分担。",
    "第七条　本办法自2024年4月1日起施行，有效期至2028年3月31日。",
]
HC_OLD_NOTE = "编者注：本办法附件《邢台市农村户厕改造奖补申请表》未收入本汇编。"

HC_ADDR = HC_OLD_ADDR
HC_COVER = f"现将《{HC_RULES}》印发给你们，请认真贯彻落实。"
HC_ARTICLES = [
    "第一条　为持续推进农村户厕改造，巩固改厕成效，改善农村人居环境，结合我市实际，制定本办法。",
    "第二条　本办法适用于本市农村地区2026年6月1日以后新建或改建卫生户厕并经县级验收合格的农户。"
    "已享受过户厕改造奖补的农户不再重复享受。",
    "第三条　奖补标准见下表。脱贫户、防止返贫监测户在下表标准基础上每户再增加300元。",
    "第四条　农户向村民委员会提出申请，村民委员会初审并公示5日，乡镇人民政府（街道办事处）审核，"
    "县级农业农村部门组织验收。",
    "第五条　验收合格后30日内，县级财政部门将奖补资金拨付至户主社会保障卡（“一卡通”）账户。",
    "第六条　奖补资金由市、县两级财政按5:5比例分担。",
    "第七条　乡镇人民政府（街道办事处）设立管护服务站，负责粪污清掏、设施维修和资源化利用，每户每年至少清掏1次。",
    f"第八条　本办法自2026年6月1日起施行，有效期至2031年5月31日。原《{HC_OLD_RULES}》（{HC_OLD_NUMBER}）同时废止。",
]
HC_HEAD = ("改厕类型", "每户奖补标准")
HC_ROWS = [
    ("三格式化粪池户厕", "1500元"),
    ("双瓮漏斗式户厕", "1300元"),
    ("完整下水道水冲式户厕（接入村庄污水管网）", "900元"),
]

JX_OLD_ADDR = "各县（市、区）人力资源和社会保障局、财政局："
JX_OLD_PARAS = [
    "为促进高校毕业生等青年就业，现就做好2024年就业见习工作通知如下：",
    "一、见习对象。离校2年内未就业高校毕业生和16—24岁失业青年。",
    "二、见习期限。见习期限为3至12个月。",
    "三、见习补贴。对吸纳见习人员的见习单位，按每人每月1400元给予就业见习补贴；见习期满留用率达到50%以上的，"
    "按每人每月1600元给予补贴。",
    "四、见习单位应与见习人员签订见习协议，按月发放基本生活费，并为见习人员购买人身意外伤害保险。",
    "五、见习单位于见习期满后3个月内，向所在地人力资源和社会保障部门申领见习补贴。",
]

# The AcroForm 办事指南: (field name, printed label, value, kind, rows); kind "tx" text, "ml" multiline text
GUIDE_FIELDS = [
    ("sxmc", "事项名称", "就业见习补贴申领", "tx", 1),
    ("sszt", "实施主体", "邢台市人力资源和社会保障局（市本级）；各县（市、区）人力资源和社会保障局（属地）", "ml", 2),
    ("sdyj", "设定依据",
     "《邢台市人力资源和社会保障局 邢台市财政局关于进一步做好就业见习工作的通知》（邢人社发〔2026〕11号）", "ml", 2),
    ("sqtj", "申请条件",
     "1.见习单位为在本市依法登记、经人力资源社会保障部门认定的就业见习基地；\n"
     "2.见习人员为离校2年内未就业高校毕业生或16—24岁失业青年；\n"
     "3.见习单位与见习人员签订见习协议，按月发放不低于当地最低工资标准的基本生活费，并为见习人员购买人身意外伤害保险；\n"
     "4.见习期限为3至12个月。", "ml", 5),
    ("sqcl", "申请材料",
     "1.就业见习补贴申请表；2.见习协议；3.基本生活费发放银行流水；4.人身意外伤害保险缴费凭证。", "ml", 2),
    ("btbz", "补贴标准",
     "按见习人员每人每月1600元标准给予见习单位就业见习补贴；见习期满留用率达到50%以上的，"
     "补贴标准提高到每人每月1900元。", "ml", 3),
    ("blsx", "办理时限", "承诺时限15个工作日（法定时限20个工作日）", "tx", 1),
    ("sldd", "受理地点", "邢台市政务服务中心三楼人社综合窗口（C区18号）", "tx", 1),
    ("blsj", "办理时间", "工作日上午8:30—12:00，下午14:30—17:30（法定节假日除外）", "tx", 1),
    ("zxdh", "咨询电话", "0319-3216875", "tx", 1),
    ("jddh", "监督投诉电话", "0319-3216809", "tx", 1),
]
GUIDE_CHANNELS = ["窗口办理", "网上办理（冀时办APP“就业创业”专区）", "窗口办理或冀时办APP“就业创业”专区在线申领"]
GUIDE_CHANNEL = GUIDE_CHANNELS[2]

# The photographed 公告 (隆尧县)
LY_TITLE_LINES = ["隆尧县发展和改革局", "关于做好2026—2027年采暖季农村清洁取暖", "运行补贴发放工作的公告"]
LY_PARAS = [
    "全县已完成煤改气、煤改电改造并经验收合格的农村居民用户：",
    "一、补贴期为2026年11月15日至2027年3月15日。",
    "二、补贴标准：“煤改气”每立方米补贴1元，每户最高1000立方米；“煤改电”每千瓦时补贴0.3元，每户最高5000千瓦时。"
    "家中有年满70周岁老年人的，或为城乡低保户、特困供养户的，每户另行增发200元。",
    "三、请各户于2026年12月20日前，由户主携带户口簿、身份证和社会保障卡到所在村村民委员会核对户主姓名和账户信息。"
    "逾期未核对的，补贴顺延至核对完成后发放。",
    "四、补贴资金于2027年4月30日前一次性发放至户主社会保障卡。",
    "五、咨询电话：0319-6857231（县发展和改革局能源股）。",
]
LY_SIGN = ["隆尧县发展和改革局", "2026年11月20日"]

# The ODS: (县区, 煤改气户数, 煤改电户数, 市级比例 %)
FP_COUNTIES = [
    ("襄都区", 2140, 3860, 40), ("信都区", 18650, 9420, 40), ("任泽区", 15230, 6170, 50),
    ("南和区", 14980, 5840, 50), ("临城县", 6320, 8950, 50), ("内丘县", 9870, 7640, 50),
    ("柏乡县", 8460, 3290, 50), ("隆尧县", 21370, 4180, 50), ("宁晋县", 28540, 5360, 50),
    ("巨鹿县", 16720, 3910, 60), ("新河县", 7930, 2480, 60), ("广宗县", 9150, 3070, 60),
    ("平乡县", 13860, 2750, 60), ("威县", 20410, 4690, 50), ("清河县", 17280, 3540, 50),
    ("临西县", 12650, 2960, 50), ("南宫市", 19740, 4230, 50), ("沙河市", 11390, 9870, 50),
]
FP_GAS, FP_ELEC = 600, 900  # 元 per household: 60% of 1000元 and of 1500元
FP_NOTE = ("注：预拨资金＝煤改气户数×600元＋煤改电户数×900元（按每户每个采暖季最高补贴额的60%预拨），"
           "采暖季结束后据实清算；增发补贴另行拨付。")
FP_MAKER = "制表单位：邢台市财政局　邢台市发展和改革委员会　　制表日期：2026年11月10日"
FP_EXPLAIN = [
    "说明",
    f"一、编制依据：《{QN_RULES}》（{QN_NUMBER}）、《{TZ_TITLE}》（{TZ_NUMBER}）。",
    "二、测算口径：“煤改气”用户每户每个采暖季最高补贴额1000元，“煤改电”用户1500元，按60%预拨。",
    "三、分担比例：襄都区、信都区市级40%、区级60%；巨鹿县、新河县、广宗县、平乡县市级60%、县级40%；"
    "其余县（市、区）市级、县级各50%。",
    "四、清算：各县（市、区）于2027年5月31日前将清算资料报市发展和改革委员会、市财政局。",
]


def fp_amount(gas: int, elec: int) -> float:
    """预拨资金 in 万元 (at most two decimals)."""
    return round((gas * FP_GAS + elec * FP_ELEC) / 10000, 2)


def fp_shown(v: float) -> str:
    return f"{v:.2f}"


# =============================================================================================
# Shared helpers
# =============================================================================================

WHEN_ODS = (2026, 11, 10, 16, 42, 18)
WHEN_EPUB = (2026, 3, 20, 9, 30, 0)


def _zip(members: list[tuple[str, bytes]], when: tuple[int, int, int, int, int, int]) -> bytes:
    """A zip as ODF and EPUB want it: ``mimetype`` first and stored, everything else deflated, one timestamp."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data)
    return out.getvalue()


def wqy_path() -> str:
    for d in ("/usr/share/fonts", "/usr/local/share/fonts"):
        found = sorted(Path(d).rglob("wqy-zenhei.ttc")) if Path(d).is_dir() else []
        if found:
            return str(found[0])
    raise SystemExit("no WenQuanYi Zen Hei on this machine (apt-get install fonts-wqy-zenhei)")


def _rl_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", wqy_path(), subfontIndex=0))
    return "WQY"


def _pil_font(size: int, serif: bool = False, bold: bool = False):
    from PIL import ImageFont

    path, index = cjk_face(serif=serif, bold=bold)
    return ImageFont.truetype(path, size, index=index)


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;"})


# =============================================================================================
# 1. The ODS (LibreOffice Calc): 预拨资金分配表 + 说明
# =============================================================================================

ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
)
ODS_GENERATOR = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"
ODS_COLS = ("序号", "县（市、区）", "煤改气户数（户）", "煤改电户数（户）", "预拨资金（万元）", "市级承担比例",
            "县级承担比例")


def _c_str(text: str, style: str = "ce2", span: int = 0) -> str:
    sp = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span else ""
    return (f'<table:table-cell table:style-name="{style}"{sp} office:value-type="string" calcext:value-type="string">'
            f"<text:p>{_x(text)}</text:p></table:table-cell>")


def _c_int(n: int, formula: str = "") -> str:
    f = f' table:formula="{formula}"' if formula else ""
    return (f'<table:table-cell table:style-name="ce3"{f} office:value-type="float" office:value="{n}" '
            f'calcext:value-type="float"><text:p>{n}</text:p></table:table-cell>')


def _c_money(v: float, formula: str = "") -> str:
    f = f' table:formula="{formula}"' if formula else ""
    return (f'<table:table-cell table:style-name="ce4"{f} office:value-type="float" office:value="{v!r}" '
            f'calcext:value-type="float"><text:p>{fp_shown(v)}</text:p></table:table-cell>')


def _c_pct(p: int, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell table:style-name="ce5"{rep} office:value-type="percentage" office:value="{p / 100!r}" '
            f'calcext:value-type="percentage"><text:p>{p:.2f}%</text:p></table:table-cell>')


def _row(cells: str, style: str = "ro2", repeat: int = 1) -> str:
    rep = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-row table:style-name="{style}"{rep}>{cells}</table:table-row>'


def fp_sheet_rows() -> list[list[str]]:
    """The 分配表's rows as a reader of the ODS gets them (repeated cells expanded, shown text)."""
    rows = [[FP_TITLE], list(ODS_COLS)]
    for k, (name, gas, elec, city) in enumerate(FP_COUNTIES, start=1):
        rows.append([str(k), name, str(gas), str(elec), fp_shown(fp_amount(gas, elec)), f"{city:.2f}%",
                     f"{100 - city:.2f}%"])
    rows.append(["合计", "", *fp_totals()])
    return rows


def fp_totals() -> list[str]:
    gas = sum(r[1] for r in FP_COUNTIES)
    elec = sum(r[2] for r in FP_COUNTIES)
    money = round(sum(fp_amount(r[1], r[2]) for r in FP_COUNTIES), 2)
    return [str(gas), str(elec), fp_shown(money)]


def make_ods() -> bytes:
    n = len(FP_COUNTIES)
    first, last = 3, 2 + n  # data rows in the sheet (1-based): title 1, header 2
    rows = [
        _row(_c_str(FP_TITLE, "ce1", span=7) + '<table:covered-table-cell table:number-columns-repeated="6"/>', "ro1"),
        _row("".join(_c_str(h, "ce6") for h in ODS_COLS)),
    ]
    for k, (name, gas, elec, city) in enumerate(FP_COUNTIES, start=1):
        r = first + k - 1
        pct = _c_pct(city, 2) if city == 50 else _c_pct(city) + _c_pct(100 - city)
        rows.append(_row(f'<table:table-cell table:style-name="ce3" office:value-type="float" office:value="{k}" '
                         f'calcext:value-type="float"><text:p>{k}</text:p></table:table-cell>'
                         + _c_str(name) + _c_int(gas) + _c_int(elec)
                         + _c_money(fp_amount(gas, elec), f"of:=([.C{r}]*{FP_GAS}+[.D{r}]*{FP_ELEC})/10000")
                         + pct))
    gas_t, elec_t, money_t = fp_totals()
    rows.append(_row(_c_str("合计", "ce6") + '<table:table-cell table:style-name="ce6"/>'
                     + _c_int(int(gas_t), f"of:=SUM([.C{first}:.C{last}])")
                     + _c_int(int(elec_t), f"of:=SUM([.D{first}:.D{last}])")
                     + _c_money(float(money_t), f"of:=SUM([.E{first}:.E{last}])")
                     + '<table:table-cell table:style-name="ce6" table:number-columns-repeated="2"/>'))
    rows.append(_row('<table:table-cell table:number-columns-repeated="7"/>', repeat=2))
    rows.append(_row(_c_str(FP_NOTE, "ce7", span=7) + '<table:covered-table-cell table:number-columns-repeated="6"/>',
                     "ro3"))
    rows.append(_row(_c_str(FP_MAKER, "ce7") + '<table:table-cell table:number-columns-repeated="6"/>'))
    rows.append(_row('<table:table-cell table:number-columns-repeated="7"/>', repeat=1048576 - (n + 7)))
    cols = ('<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>'
            '<table:table-column table:style-name="co2" table:default-cell-style-name="Default"/>'
            '<table:table-column table:style-name="co3" table:number-columns-repeated="3" '
            'table:default-cell-style-name="Default"/>'
            '<table:table-column table:style-name="co4" table:number-columns-repeated="2" '
            'table:default-cell-style-name="Default"/>')
    sheet1 = f'<table:table table:name="分配表" table:style-name="ta1">{cols}{"".join(rows)}</table:table>'
    ex_rows = [_row(_c_str(t, "ce6" if k == 0 else "ce8")) for k, t in enumerate(FP_EXPLAIN)]
    ex_rows.append(_row("<table:table-cell/>", repeat=1048576 - len(FP_EXPLAIN)))
    sheet2 = ('<table:table table:name="说明" table:style-name="ta1">'
              '<table:table-column table:style-name="co5" table:default-cell-style-name="Default"/>'
              f'{"".join(ex_rows)}</table:table>')
    styles = (
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="0.5in"/></style:style>'
        '<style:style style:name="co2" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="1.1in"/></style:style>'
        '<style:style style:name="co3" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="1.3in"/></style:style>'
        '<style:style style:name="co4" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="1.1in"/></style:style>'
        '<style:style style:name="co5" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="9in"/></style:style>'
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
        'style:row-height="0.45in" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>'
        '<style:style style:name="ro2" style:family="table-row"><style:table-row-properties '
        'style:row-height="0.178in" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ro3" style:family="table-row"><style:table-row-properties '
        'style:row-height="0.5in" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>'
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
        '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
        '<number:number-style style:name="N2"><number:number number:decimal-places="2" '
        'number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>'
        '<number:percentage-style style:name="N11"><number:number number:decimal-places="2" '
        'number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text>'
        '</number:percentage-style>'
        '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties style:text-align-source="fix" style:repeat-content="false" '
        'style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties style:font-name="方正小标宋简体" fo:font-size="16pt" '
        'style:font-name-asian="方正小标宋简体" style:font-size-asian="16pt"/></style:style>'
        '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>'
        '<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>'
        '<style:style style:name="ce4" style:family="table-cell" style:parent-style-name="Default" '
        'style:data-style-name="N2"><style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>'
        '<style:style style:name="ce5" style:family="table-cell" style:parent-style-name="Default" '
        'style:data-style-name="N11"><style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>'
        '<style:style style:name="ce6" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:border="0.06pt solid #000000" fo:wrap-option="wrap" '
        'style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
        '<style:style style:name="ce7" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>'
        '<style:style style:name="ce8" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:wrap-option="wrap"/></style:style>'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODS_NS} office:version="1.3">'
        '<office:scripts/><office:font-face-decls>'
        '<style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体" style:font-family-generic="system" '
        'style:font-pitch="variable"/>'
        '<style:font-face style:name="宋体" svg:font-family="宋体" style:font-family-generic="system" '
        'style:font-pitch="variable"/></office:font-face-decls>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        '<office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false" '
        'table:use-regular-expressions="false" table:use-wildcards="true"/>'
        f"{sheet1}{sheet2}<table:named-expressions/></office:spreadsheet></office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODS_NS} office:version="1.3"><office:meta>'
        "<meta:creation-date>2026-11-06T09:14:27.512000000</meta:creation-date>"
        "<dc:date>2026-11-10T16:42:18.206000000</dc:date><meta:editing-duration>PT2H17M41S</meta:editing-duration>"
        "<meta:editing-cycles>9</meta:editing-cycles>"
        f'<meta:document-statistic meta:table-count="2" meta:cell-count="{8 * n + 30}" meta:object-count="0"/>'
        f"<meta:generator>{ODS_GENERATOR}</meta:generator><dc:title>{_x(FP_TITLE)}</dc:title>"
        "<dc:creator>市财政局农业农村科</dc:creator></office:meta></office:document-meta>"
    )
    styles_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODS_NS} office:version="1.3">'
        "<office:font-face-decls>"
        '<style:font-face style:name="宋体" svg:font-family="宋体" style:font-family-generic="system" '
        'style:font-pitch="variable"/></office:font-face-decls>'
        '<office:styles><style:default-style style:family="table-cell"><style:paragraph-properties '
        'style:tab-stop-distance="0.5in"/><style:text-properties style:font-name="宋体" fo:language="en" '
        'fo:country="US" style:font-name-asian="宋体" style:language-asian="zh" style:country-asian="CN"/>'
        '</style:default-style><number:number-style style:name="N0"><number:number number:min-integer-digits="1"/>'
        '</number:number-style><style:style style:name="Default" style:family="table-cell"/></office:styles>'
        '<office:automatic-styles><style:page-layout style:name="Mpm1"><style:page-layout-properties '
        'style:print-orientation="landscape" fo:page-width="11.6929in" fo:page-height="8.2681in"/>'
        "</style:page-layout></office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="Mpm1">'
        "<style:header-footer/></style:master-page></office:master-styles></office:document-styles>"
    )
    settings = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings {ODS_NS} office:version="1.3">'
        '<office:settings><config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
        '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
        '<config:config-item config:name="ActiveTable" config:type="string">分配表</config:config-item>'
        "</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>"
        '<config:config-item-set config:name="ooo:configuration-settings">'
        '<config:config-item config:name="HasColumnRowHeaders" config:type="boolean">true</config:config-item>'
        "</config:config-item-set></office:settings></office:document-settings>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return _zip([
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("settings.xml", settings.encode("utf-8")),
        ("content.xml", content.encode("utf-8")),
        ("meta.xml", meta.encode("utf-8")),
        ("styles.xml", styles_xml.encode("utf-8")),
        ("META-INF/manifest.xml", manifest.encode("utf-8")),
    ], WHEN_ODS)


# =============================================================================================
# 2. The EPUB 政策汇编: preface, three notices (the first split over two files), file names out of order
# =============================================================================================

EPUB_ID = "urn:uuid:6c1f2a4e-8b3d-4f7a-9e25-0d41b7c3a918"
EPUB_PREFACE = [
    "为方便基层干部群众查阅惠民惠农政策，市政府办公室对近年来印发的部分政策文件进行了汇编。",
    "本汇编收录文件3件，按文件内容分类编排，收录文件截至2026年2月28日。",
    "收录文件的文字以发文机关印发的正式文本为准。文件如有修改、废止，以发文机关最新发布的文件为准。",
]
EPUB_FILES = {  # spine order; the names sort otherwise (c0903 < c0987 < c1042 < c1108 < c1200 < cover < nav)
    "cover": "cover.xhtml",
    "preface": "c1200.xhtml",
    "qn1": "c1042.xhtml",
    "qn2": "c0987.xhtml",
    "jz": "c1108.xhtml",
    "hc": "c0903.xhtml",
}


def _xhtml(title: str, body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
        'xml:lang="zh-CN" lang="zh-CN">\n<head>\n<meta charset="utf-8"/>\n'
        f'<title>{_x(title)}</title>\n<link rel="stylesheet" type="text/css" href="../styles/hb.css"/>\n</head>\n'
        f"<body>\n{body}\n</body>\n</html>\n"
    ).encode()


def _ps(paras: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{_x(t)}</p>" for t in paras)


def _sign(*lines: str) -> str:
    return "\n".join(f'<p class="sign">{_x(t)}</p>' for t in lines)


def epub_cover_png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (900, 1260), (176, 30, 35))
    d = ImageDraw.Draw(img)
    d.rectangle((60, 60, 840, 1200), outline=(236, 200, 120), width=4)
    big, mid = _pil_font(74, serif=True, bold=True), _pil_font(40, serif=True)
    for k, t in enumerate(("邢台市", "惠民惠农", "政策汇编")):
        w = d.textlength(t, font=big)
        d.text(((900 - w) / 2, 300 + k * 120), t, font=big, fill=(250, 236, 190))
    for k, t in enumerate(("（2026年版）", "邢台市人民政府办公室　编", "2026年3月")):
        w = d.textlength(t, font=mid)
        d.text(((900 - w) / 2, 760 + k * 90), t, font=mid, fill=(250, 236, 190))
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()


def epub_chapters() -> dict[str, bytes]:
    qn1 = (
        f'<section epub:type="chapter" id="wj1">\n<h2 class="part">一、冬季清洁取暖</h2>\n'
        f"<h1>{_x(QN_TITLE)}</h1>\n<p class=\"wh\">{_x(QN_NUMBER)}</p>\n"
        f'<p class="noindent">{_x(QN_ADDR)}</p>\n<p>{_x(QN_COVER)}</p>\n'
        f"{_sign(SZF, QN_DATE)}\n<p>（此件公开发布）</p>\n<h2>{_x(QN_RULES)}</h2>\n{_ps(QN_ARTICLES_1)}\n</section>"
    )
    table = "\n".join(
        "<tr>" + "".join(f"<td>{_x(c)}</td>" for c in row) + "</tr>" for row in QN_ROWS)
    qn2 = (
        f'<section epub:type="chapter" id="wj1-2">\n{_ps(QN_ARTICLES_2)}\n'
        f'<p class="noindent">附件</p>\n<h3>{_x(QN_TASKS)}</h3>\n<table class="fg">\n<thead><tr>'
        + "".join(f"<th>{_x(h)}</th>" for h in QN_HEAD)
        + f"</tr></thead>\n<tbody>\n{table}\n</tbody>\n</table>\n</section>"
    )
    jz = (
        f'<section epub:type="chapter" id="wj2">\n<h2 class="part">二、困难群众取暖救助</h2>\n'
        f"<h1>{_x(JZ_TITLE)}</h1>\n<p class=\"wh\">{_x(JZ_NUMBER)}</p>\n"
        f'<p class="noindent">{_x(JZ_ADDR)}</p>\n{_ps(JZ_PARAS)}\n{_sign(MZJ, CZJ, JZ_DATE)}\n</section>'
    )
    hc = (
        f'<section epub:type="chapter" id="wj3">\n<h2 class="part">三、农村人居环境</h2>\n'
        f"<h1>{_x(HC_OLD_TITLE)}</h1>\n<p class=\"wh\">{_x(HC_OLD_NUMBER)}</p>\n"
        f'<p class="noindent">{_x(HC_OLD_ADDR)}</p>\n<p>{_x(HC_OLD_COVER)}</p>\n{_sign(NYJ, CZJ, HC_OLD_DATE)}\n'
        f"<h2>{_x(HC_OLD_RULES)}</h2>\n{_ps(HC_OLD_ARTICLES)}\n"
        f'<aside epub:type="footnote" class="bzz"><p>{_x(HC_OLD_NOTE)}</p></aside>\n</section>'
    )
    preface = (f'<section epub:type="preface" id="bzsm">\n<h1>编者说明</h1>\n{_ps(EPUB_PREFACE)}\n'
               f'<p class="sign">编　者</p>\n<p class="sign">2026年3月</p>\n</section>')
    cover = ('<section epub:type="cover" class="cover">\n'
             f'<img src="../images/cover.png" alt="{_x(HB_TITLE)}"/>\n</section>')
    return {
        EPUB_FILES["cover"]: _xhtml(HB_TITLE, cover),
        EPUB_FILES["preface"]: _xhtml("编者说明", preface),
        EPUB_FILES["qn1"]: _xhtml(QN_TITLE, qn1),
        EPUB_FILES["qn2"]: _xhtml(QN_TITLE, qn2),
        EPUB_FILES["jz"]: _xhtml(JZ_TITLE, jz),
        EPUB_FILES["hc"]: _xhtml(HC_OLD_TITLE, hc),
    }


EPUB_CSS = """@charset "utf-8";
body { font-family: "FangSong", "仿宋", serif; line-height: 1.8; margin: 0 1em; }
h1 { font-family: "SimHei", "黑体", sans-serif; font-size: 1.4em; text-align: center; margin: 1.2em 0 0.4em; }
h2 { font-size: 1.2em; text-align: center; }
h2.part { font-size: 1em; text-align: left; color: #b01e23; }
h3 { font-size: 1.1em; text-align: center; }
p { text-indent: 2em; margin: 0.3em 0; }
p.noindent, p.wh { text-indent: 0; }
p.wh { text-align: center; }
p.sign { text-align: right; text-indent: 0; }
table.fg { border-collapse: collapse; width: 100%; font-size: 0.9em; }
table.fg td, table.fg th { border: 1px solid #000; padding: 0.2em; }
aside.bzz { font-family: "KaiTi", "楷体", serif; border-top: 1px solid #999; margin-top: 1em; }
.cover img { width: 100%; }
"""


def make_epub() -> bytes:
    chapters = epub_chapters()
    nav = _xhtml("目录", (
        '<nav epub:type="toc" id="toc">\n<h1>目录</h1>\n<ol>\n'
        f'<li><a href="text/{EPUB_FILES["preface"]}">编者说明</a></li>\n'
        f'<li><a href="text/{EPUB_FILES["qn1"]}">{_x(QN_TITLE)}</a></li>\n'
        f'<li><a href="text/{EPUB_FILES["jz"]}">{_x(JZ_TITLE)}</a></li>\n'
        f'<li><a href="text/{EPUB_FILES["hc"]}">{_x(HC_OLD_TITLE)}</a></li>\n</ol>\n</nav>\n'
        '<nav epub:type="landmarks" hidden="hidden">\n<ol>\n'
        f'<li><a epub:type="cover" href="text/{EPUB_FILES["cover"]}">封面</a></li>\n'
        f'<li><a epub:type="bodymatter" href="text/{EPUB_FILES["qn1"]}">正文</a></li>\n</ol>\n</nav>'
    )).replace(b"../styles/hb.css", b"styles/hb.css")
    order = ["cover", "preface", "qn1", "qn2", "jz", "hc"]
    manifest = "\n".join(
        f'    <item id="{k}" href="text/{EPUB_FILES[k]}" media-type="application/xhtml+xml"/>'
        for k in sorted(order, key=lambda k: EPUB_FILES[k]))
    spine = "\n".join(f'    <itemref idref="{k}"/>' for k in order)
    opf = f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid" xml:lang="zh-CN">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="bookid">{EPUB_ID}</dc:identifier>
    <dc:title>{_x(HB_TITLE)}</dc:title>
    <dc:creator>{SZF}</dc:creator>
    <dc:publisher>{SZF}</dc:publisher>
    <dc:language>zh-CN</dc:language>
    <dc:date>2026-03-20</dc:date>
    <dc:subject>政策汇编</dc:subject>
    <meta property="dcterms:modified">2026-03-20T01:30:00Z</meta>
    <meta name="cover" content="cover-image"/>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="css" href="styles/hb.css" media-type="text/css"/>
    <item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image"/>
{manifest}
  </manifest>
  <spine toc="ncx">
{spine}
  </spine>
</package>
"""
    points = [("preface", "编者说明"), ("qn1", QN_TITLE), ("jz", JZ_TITLE), ("hc", HC_OLD_TITLE)]
    ncx_points = "\n".join(
        f'    <navPoint id="np{k}" playOrder="{k}"><navLabel><text>{_x(t)}</text></navLabel>'
        f'<content src="text/{EPUB_FILES[f]}"/></navPoint>' for k, (f, t) in enumerate(points, start=1))
    ncx = f"""<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head><meta name="dtb:uid" content="{EPUB_ID}"/><meta name="dtb:depth" content="1"/></head>
  <docTitle><text>{_x(HB_TITLE)}</text></docTitle>
  <navMap>
{ncx_points}
  </navMap>
</ncx>
"""
    container = ('<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n<rootfiles>\n'
                 '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>\n'
                 "</rootfiles>\n</container>\n")
    members = [
        ("mimetype", b"application/epub+zip"),
        ("META-INF/container.xml", container.encode("utf-8")),
        ("OEBPS/content.opf", opf.encode("utf-8")),
        ("OEBPS/toc.ncx", ncx.encode("utf-8")),
        ("OEBPS/nav.xhtml", nav),
        ("OEBPS/styles/hb.css", EPUB_CSS.encode("utf-8")),
        ("OEBPS/images/cover.png", epub_cover_png()),
    ]
    members += [(f"OEBPS/text/{name}", chapters[name]) for name in sorted(chapters)]
    return _zip(members, WHEN_EPUB)


# =============================================================================================
# 3. The AcroForm 办事指南: labels printed, values only in the fields' /V
# =============================================================================================

A4W, A4H = 595.28, 841.89


def guide_layout() -> list[tuple[str, str, float, float]]:
    """(field name, label, top y, bottom y) of each row of the printed table, the two last rows included."""
    rows = [(name, label, max(30.0, 12.0 + n * 15.0)) for name, label, _v, _k, n in GUIDE_FIELDS]
    rows += [("sf", "是否收费", 30.0), ("blqd", "办理渠道", 30.0)]
    out, y = [], A4H - 150
    for name, label, h in rows:
        out.append((name, label, y, y - h))
        y -= h
    return out


G_LEFT, G_RIGHT, G_LABEL = 62.0, 533.0, 112.0


def make_guide_pdf() -> bytes:
    import pikepdf
    from reportlab.pdfgen import canvas

    font = _rl_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(A4W, A4H), invariant=1, pageCompression=1)
    c.setTitle(GUIDE_TITLE)
    c.setAuthor(RSJ)
    c.setCreator("河北政务服务网事项管理系统")
    c.setFont(font, 20)
    c.drawCentredString(A4W / 2, A4H - 88, GUIDE_TITLE)
    c.setFont(font, 11)
    c.drawCentredString(A4W / 2, A4H - 114, "（2026年8月修订）")
    layout = guide_layout()
    c.setLineWidth(0.8)
    top, bottom = layout[0][2], layout[-1][3]
    c.rect(G_LEFT, bottom, G_RIGHT - G_LEFT, top - bottom)
    c.line(G_LEFT + G_LABEL, bottom, G_LEFT + G_LABEL, top)
    for name, label, y0, y1 in layout:
        c.line(G_LEFT, y1, G_RIGHT, y1)
        c.setFont(font, 11)
        c.drawCentredString(G_LEFT + G_LABEL / 2, (y0 + y1) / 2 - 4, label)
        if name == "sf":
            for k, t in enumerate(("收费", "不收费")):
                x = G_LEFT + G_LABEL + 16 + k * 90
                c.rect(x, (y0 + y1) / 2 - 5, 10, 10)
                c.drawString(x + 15, (y0 + y1) / 2 - 4, t)
    c.setFont(font, 9)
    c.drawString(G_LEFT, bottom - 22, "本指南由邢台市人力资源和社会保障局编制，事项信息以河北政务服务网公布的为准。")
    c.drawCentredString(A4W / 2, 40, "— 1 —")
    c.showPage()
    c.save()

    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    page = pdf.pages[0].obj
    cid = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType0, BaseFont=pikepdf.Name("/STSong-Light"),
        CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("GB1"),
                                         Supplement=4),
        FontDescriptor=pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name("/STSong-Light"), Flags=6,
            FontBBox=[-25, -254, 1000, 880], ItalicAngle=0, Ascent=880, Descent=-120, CapHeight=880, StemV=93)),
        DW=1000))
    song = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=pikepdf.Name("/STSong-Light"),
        Encoding=pikepdf.Name("/UniGB-UCS2-H"), DescendantFonts=[cid]))
    da = pikepdf.String("/STSong 10 Tf 0 g")
    fields = []
    values = {name: (value, kind) for name, _l, value, kind, _n in GUIDE_FIELDS}
    for name, label, y0, y1 in guide_layout():
        rect = [G_LEFT + G_LABEL + 3, y1 + 2, G_RIGHT - 3, y0 - 2]
        if name in values:
            value, kind = values[name]
            w = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                                   T=pikepdf.String(name), TU=pikepdf.String(label), V=pikepdf.String(value),
                                   DA=da, Rect=rect, F=4, P=page, Ff=4096 if kind == "ml" else 0,
                                   MK=pikepdf.Dictionary())
        elif name == "blqd":
            w = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Ch,
                                   T=pikepdf.String(name), TU=pikepdf.String(label), Ff=131072,
                                   Opt=[pikepdf.String(o) for o in GUIDE_CHANNELS],
                                   V=pikepdf.String(GUIDE_CHANNEL), DA=da, Rect=rect, F=4, P=page)
        else:  # two check boxes, 收费 (off) and 不收费 (on), the only fields with appearance streams
            for k, (fname, flabel, on) in enumerate((("sf_yes", "收费", False), ("sf_no", "不收费", True))):
                x = G_LEFT + G_LABEL + 16 + k * 90
                yb = (y0 + y1) / 2 - 5
                res = pikepdf.Dictionary()
                ap_on = pdf.make_stream(b"q 0 g 1.2 w 2 5 m 4.2 2.2 l 8.6 8.4 l S Q", Type=pikepdf.Name.XObject,
                                        Subtype=pikepdf.Name.Form, BBox=[0, 0, 10, 10], Resources=res)
                ap_off = pdf.make_stream(b"", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                                         BBox=[0, 0, 10, 10], Resources=pikepdf.Dictionary())
                state = pikepdf.Name.Yes if on else pikepdf.Name.Off
                fields.append(pdf.make_indirect(pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Btn,
                    T=pikepdf.String(fname), TU=pikepdf.String(f"{label}：{flabel}"), V=state, AS=state,
                    Rect=[x, yb, x + 10, yb + 10], F=4, P=page, MK=pikepdf.Dictionary(CA=pikepdf.String("4")),
                    AP=pikepdf.Dictionary(N=pikepdf.Dictionary(Yes=ap_on, Off=ap_off)))))
            continue
        fields.append(pdf.make_indirect(w))
    page.Annots = pdf.make_indirect(pikepdf.Array(fields))
    pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(
        Fields=pikepdf.Array(fields), NeedAppearances=True, DA=da,
        DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(STSong=song))))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# =============================================================================================
# 4. The two-up booklet 明白纸: 8 A5 pages on 4 landscape A4 sheets in booklet order
# =============================================================================================

BOOK_PAGES: list[list[tuple]] = [
    [  # 1: cover
        ("blank",), ("blank",), ("blank",), ("blank",), ("title", "农村户厕改造"), ("title", "奖补政策明白纸"),
        ("blank",), ("center", "（2026年版）"), ("blank",), ("blank",), ("blank",), ("blank",), ("blank",),
        ("center", "邢台市农业农村局"), ("center", "2026年6月"),
    ],
    [  # 2
        ("h", "一、政策依据"),
        ("p", f"《{HC_TITLE}》（{HC_NUMBER}），自2026年6月1日起施行。原《{HC_OLD_RULES}》（{HC_OLD_NUMBER}）同时废止。"),
        ("blank",),
        ("h", "二、哪些农户可以申请"),
        ("p", "本市农村地区2026年6月1日以后新建或改建卫生户厕，并经县级农业农村部门验收合格的农户，可以申请奖补。"),
        ("p", "已享受过户厕改造奖补的农户，不再重复享受。"),
        ("p", "改厕前请先向村民委员会报名，由村里统一登记，便于乡镇安排技术指导和验收。"),
    ],
    [  # 3: the table starts
        ("h", "三、奖补标准"),
        ("p", "奖补资金按户计发，不同改厕类型的标准如下："),
        ("row", HC_HEAD, True), ("row", HC_ROWS[0], False), ("row", HC_ROWS[1], False),
        ("blank",), ("right", "（转下页）"),
    ],
    [  # 4: the table goes on
        ("p0", "（续表）"),
        ("row", HC_HEAD, True), ("row", HC_ROWS[2], False), ("row", ("脱贫户、防止返贫监测户", "每户再增加300元"), False),
        ("p", "注：脱贫户、防止返贫监测户在上述标准基础上每户再增加300元；同一农户只享受一次奖补。"),
        ("blank",),
        ("h", "四、改厕要达到什么要求"),
        ("p", "1.三格式化粪池有效容积不小于1.5立方米，双瓮漏斗式前后瓮有效容积合计不小于1立方米。"),
        ("p", "2.厕屋有顶、有门、有窗，地面硬化，便器与管道连接严密、不渗不漏。"),
        ("p", "3.化粪池（瓮）不得建在低洼积水处，距离饮用水井不少于10米。"),
    ],
    [  # 5: the steps start
        ("h", "五、怎么申请"),
        ("p", "第一步：农户向所在村民委员会提出申请，填写《邢台市农村户厕改造申请表》。"),
        ("p", "第二步：村民委员会初审，并在村务公开栏公示5日。"),
        ("p", "第三步：乡镇人民政府（街道办事处）审核。"),
        ("p", "第四步：改厕完工后，县级农业农村部门组织验收。"),
    ],
    [  # 6: the steps go on
        ("p", "第五步：验收合格后30日内，县级财政部门将奖补资金拨付至户主社会保障卡（“一卡通”）账户。"),
        ("p", "第六步：乡镇建立改厕户档案，纳入长效管护。"),
        ("blank",),
        ("h", "六、建好以后怎么管护"),
        ("p", "乡镇人民政府（街道办事处）设立管护服务站，负责粪污清掏、设施维修和资源化利用，每户每年至少清掏1次。"),
        ("p", "改厕户要正确使用，不向厕所内倾倒生活垃圾；冬季做好化粪池和管道防冻。"),
    ],
    [  # 7
        ("h", "七、常见问题"),
        ("p", "问：自己找人改的厕所能领奖补吗？"),
        ("p", "答：可以。只要符合农村卫生户厕验收标准，并经县级农业农村部门验收合格，就可以申请。"),
        ("p", "问：奖补资金发到哪里？"),
        ("p", "答：发放至户主社会保障卡（“一卡通”）账户，不发放现金。"),
        ("p", "问：化粪池满了找谁清掏？要花钱吗？"),
        ("p", "答：拨打乡镇管护服务站电话预约。清掏服务费每次不超过40元，脱贫户、防止返贫监测户免收。"),
    ],
    [  # 8: back cover
        ("h", "咨询和监督电话"),
        ("p", "邢台市农业农村局农村社会事业促进科：0319-2686413"),
        ("p", "监督举报电话：0319-2686420"),
        ("p", "各县（市、区）农业农村局、乡镇人民政府（街道办事处）均可咨询。"),
        ("blank",), ("blank",), ("blank",), ("blank",), ("blank",),
        ("center", "邢台市农业农村局　印制"),
    ],
]
BOOK_SHEETS = [(8, 1), (2, 7), (6, 3), (4, 5)]
B_W, B_H = 841.89, 595.28
B_HALF = B_W / 2
B_MARGIN, B_TOP, B_LEAD, B_LINES = 38.0, 532.0, 19.0, 24
B_COLS = (226.0, 118.9)


def book_page_lines(page: list[tuple]) -> list[tuple]:
    """The page's items laid on the line grid: (kind, grid line, text or cells, extra)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = _rl_font()
    width = B_HALF - 2 * B_MARGIN
    out, k = [], 0
    for item in page:
        kind = item[0]
        if kind == "blank":
            k += 1
        elif kind == "title":
            k += 2
            out.append(("title", k - 1, item[1], None))
        elif kind in ("center", "h", "right", "p0"):
            out.append((kind, k, item[1], None))
            k += 1
        elif kind == "p":
            for ln in wrap_cjk("　　" + item[1], lambda s: stringWidth(s, font, 10.5), width):
                out.append(("p", k, ln, None))
                k += 1
        elif kind == "row":
            cells = [wrap_cjk(t, lambda s: stringWidth(s, font, 10.5), w - 10) for t, w in
                     zip(item[1], B_COLS, strict=True)]
            n = max(len(c) for c in cells)
            out.append(("row", k, cells, (n, item[2])))
            k += n
    if k > B_LINES:
        raise SystemExit(f"a booklet page needs {k} lines (at most {B_LINES})")
    return out


def make_booklet_pdf() -> bytes:
    import pikepdf
    from reportlab.pdfgen import canvas

    font = _rl_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(B_W, B_H), invariant=1, pageCompression=1)
    c.setTitle(BOOK_TITLE)
    c.setAuthor(NYJ)
    c.setCreator("方正飞翔 9.0")
    for sheet in BOOK_SHEETS:
        for half, pno in enumerate(sheet):
            x0 = half * B_HALF + B_MARGIN
            width = B_HALF - 2 * B_MARGIN
            for kind, k, text, extra in book_page_lines(BOOK_PAGES[pno - 1]):
                y = B_TOP - k * B_LEAD
                if kind == "title":
                    c.setFont(font, 24)
                    c.drawCentredString(x0 + width / 2, y, text)
                elif kind == "center":
                    c.setFont(font, 12)
                    c.drawCentredString(x0 + width / 2, y, text)
                elif kind == "right":
                    c.setFont(font, 10.5)
                    c.drawRightString(x0 + width, y, text)
                elif kind == "h":
                    c.setFont(font, 12.5)
                    c.drawString(x0, y, text)
                elif kind in ("p", "p0"):
                    c.setFont(font, 10.5)
                    c.drawString(x0, y, text)
                else:  # a table row
                    n, header = extra
                    top, bottom = y + 13.5, y - (n - 1) * B_LEAD - 5.5
                    c.setLineWidth(0.7)
                    c.rect(x0, bottom, B_COLS[0] + B_COLS[1], top - bottom)
                    c.line(x0 + B_COLS[0], bottom, x0 + B_COLS[0], top)
                    c.setFont(font, 10.5)
                    for col, lines in enumerate(text):
                        cx = x0 + (0 if col == 0 else B_COLS[0]) + 5
                        for j, ln in enumerate(lines):
                            if header:
                                c.drawCentredString(cx - 5 + B_COLS[col] / 2, y - j * B_LEAD, ln)
                            else:
                                c.drawString(cx, y - j * B_LEAD, ln)
            c.setFont(font, 10)
            c.drawCentredString(half * B_HALF + B_HALF / 2, 30, f"— {pno} —")
        c.setLineWidth(0.3)
        c.setDash(2, 3)
        c.setStrokeGray(0.6)
        c.line(B_HALF, 12, B_HALF, 24)
        c.line(B_HALF, B_H - 24, B_HALF, B_H - 12)
        c.setDash()
        c.setStrokeGray(0)
        c.showPage()
    c.save()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# =============================================================================================
# 5. The open-data portal's JSON export (three records)
# =============================================================================================

def _ms(y: int, m: int, d: int) -> int:
    """Epoch milliseconds of midnight, Beijing time."""
    tz = dt.timezone(dt.timedelta(hours=8))
    return int(dt.datetime(y, m, d, tzinfo=tz).timestamp() * 1000)


def _html_table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    th = "".join(f"<td><strong>{_x(h)}</strong></td>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{_x(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;"><tbody><tr>{th}</tr>{trs}</tbody></table>'


def _hp(text: str, right: bool = False) -> str:
    style = "text-align:right;" if right else "text-indent:2em;"
    return f'<p style="{style}">{_x(text)}</p>'


def json_records() -> list[dict]:
    tz_content = (f"<p>{_x(TZ_ADDR)}</p>" + _hp(TZ_INTRO) + "".join(_hp(t) for t in TZ_ITEMS)
                  + _html_table(TZ_HEAD, TZ_ROWS) + _hp(TZ_LAST) + _hp(SZF, True) + _hp(TZ_DATE, True)
                  + _hp("（此件公开发布）"))
    hc_content = (f"<p>{_x(HC_ADDR)}</p>" + _hp(HC_COVER) + _hp(f"{NYJ}　{CZJ}", True) + _hp(HC_DATE, True)
                  + f'<p style="text-align:center;"><strong>{_x(HC_RULES)}</strong></p>'
                  + "".join(_hp(t) for t in HC_ARTICLES[:3]) + _html_table(HC_HEAD, HC_ROWS)
                  + "".join(_hp(t) for t in HC_ARTICLES[3:]))
    jx_content = (f"<p>{_x(JX_OLD_ADDR)}</p>" + "".join(_hp(t) for t in JX_OLD_PARAS)
                  + _hp(f"{RSJ}　{CZJ}", True) + _hp(JX_OLD_DATE, True))
    return [
        {"id": "f3a9c2e4d71b4e0f8a16", "title": TZ_TITLE, "wenhao": TZ_NUMBER, "syh": "xtszf-2026-00412",
         "fwjg": SZF, "cwrq": _ms(2026, 10, 16), "fbrq": "2026-10-19", "sxx": "有效", "syfw": "全市",
         "zcfl": "能源", "gkfs": "主动公开", "content": tz_content,
         "attachments": [{"name": "《关于调整农村地区冬季清洁取暖运行补贴标准的通知》政策解读.pdf",
                          "url": "/zwgk/zcjd/202610/P020261019561238742150.pdf"}],
         "url": "/zwgk/zcwj/szfbgswj/202610/t20261019_618245.html"},
        {"id": "8be01d5c93f24a7b9c03", "title": HC_TITLE, "wenhao": HC_NUMBER, "syh": "xtsnyj-2026-00087",
         "fwjg": f"{NYJ}、{CZJ}", "cwrq": _ms(2026, 5, 18), "fbrq": "2026-05-21", "sxx": "有效",
         "syfw": "全市农村地区", "zcfl": "农业、农村", "gkfs": "主动公开", "content": hc_content,
         "attachments": [{"name": "附件1：邢台市农村户厕改造申请表.docx",
                          "url": "/zwgk/zcwj/bmwj/202605/P020260521402718365441.docx"},
                         {"name": "附件2：农村卫生户厕验收标准.pdf",
                          "url": "/zwgk/zcwj/bmwj/202605/P020260521402718365992.pdf"}],
         "url": "/zwgk/zcwj/bmwj/202605/t20260521_603377.html"},
        {"id": "2d7f40b8a5e9416c8d57", "title": JX_OLD_TITLE, "wenhao": JX_OLD_NUMBER, "syh": "xtsrsj-2024-00031",
         "fwjg": f"{RSJ}、{CZJ}", "cwrq": _ms(2024, 3, 8), "fbrq": "2024-03-12", "sxx": "失效",
         "syfw": "全市", "zcfl": "劳动、人事", "gkfs": "主动公开", "content": jx_content,
         "attachments": [{"name": "附件：就业见习补贴申请表.xls",
                          "url": "/zwgk/zcwj/bmwj/202403/P020240312335190472871.xls"}],
         "url": "/zwgk/zcwj/bmwj/202403/t20240312_498102.html"},
    ]


def make_json() -> bytes:
    recs = json_records()
    doc = {"code": 200, "msg": "success",
           "data": {"total": len(recs), "pageNum": 1, "pageSize": 20, "list": recs}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# =============================================================================================
# 6. The HEIC photo of the 公告 on a 村务公开栏 (stored sideways, EXIF orientation 6)
# =============================================================================================

PH_W, PH_H = 2250, 3000  # upright size; stored as 3000 × 2250


def _notice_paper():
    """The printed 公告 as a grey-scale-ish RGB page, upright."""
    from PIL import Image, ImageDraw

    pw, ph = 1560, 2206
    rng = random.Random(1802)
    paper = Image.new("RGB", (pw, ph), (246, 244, 236))
    d = ImageDraw.Draw(paper)
    for _ in range(2500):  # paper fibre specks
        x, y = rng.randrange(pw), rng.randrange(ph)
        g = rng.randrange(200, 232)
        d.point((x, y), fill=(g, g, g - 6))
    tfont, bfont = _pil_font(58, serif=False, bold=True), _pil_font(42, serif=True)
    y = 150
    for t in LY_TITLE_LINES:
        w = d.textlength(t, font=tfont)
        d.text(((pw - w) / 2, y), t, font=tfont, fill=(20, 20, 20))
        y += 82
    y += 40
    left, width = 120, pw - 240
    for k, para in enumerate(LY_PARAS):
        lines = wrap_cjk(("" if k == 0 else "　　") + para, lambda s: d.textlength(s, font=bfont), width)
        for ln in lines:
            d.text((left, y), ln, font=bfont, fill=(28, 28, 28))
            y += 70
    y += 50
    for t in LY_SIGN:
        w = d.textlength(t, font=bfont)
        d.text((pw - 170 - w, y), t, font=bfont, fill=(28, 28, 28))
        y += 64
    if y > ph - 80:
        raise SystemExit(f"the 公告 runs to {y}px on a {ph}px page")
    return paper


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE data mapping output points ``dst`` to input points ``src``."""
    import numpy as np

    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return [float(t) for t in np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float))]


def photo_upright():
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(18)
    # the board: a blue-grey 村务公开栏 panel with a frame and a painted header
    board = Image.new("RGB", (PH_W, PH_H), (64, 92, 120))
    d = ImageDraw.Draw(board)
    d.rectangle((0, 0, PH_W, 170), fill=(150, 40, 36))
    hf = _pil_font(92, bold=True)
    w = d.textlength("村务公开栏", font=hf)
    d.text(((PH_W - w) / 2, 30), "村务公开栏", font=hf, fill=(246, 222, 150))
    d.rectangle((0, 170, PH_W, 196), fill=(120, 120, 118))
    tex = rng.normal(0, 7, (PH_H, PH_W, 1)).repeat(3, axis=2)
    board = Image.fromarray(np.clip(np.asarray(board, dtype=float) + tex, 0, 255).astype("uint8"))
    paper = _notice_paper()
    pw, ph = paper.size
    quad = [(262, 402), (2008, 336), (2076, 2766), (196, 2838)]  # tl, tr, br, bl on the board
    coeffs = _perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = paper.transform((PH_W, PH_H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((PH_W, PH_H), Image.Transform.PERSPECTIVE, coeffs,
                                                    Image.Resampling.BILINEAR)
    shadow = mask.filter(ImageFilter.GaussianBlur(14)).point(lambda v: v * 0.45)
    board.paste((30, 40, 52), (14, 18), shadow)  # a soft shadow down and to the right
    board.paste(warped, (0, 0), mask)
    d = ImageDraw.Draw(board)
    for x, y in ((300, 440), (1966, 378), (2030, 2724), (240, 2796)):  # push pins
        d.ellipse((x - 20, y - 20, x + 20, y + 20), fill=(196, 30, 30), outline=(120, 12, 12), width=3)
        d.ellipse((x - 8, y - 12, x + 2, y - 2), fill=(240, 150, 150))
    arr = np.asarray(board, dtype=float)
    yy, xx = np.mgrid[0:PH_H, 0:PH_W].astype(float)
    light = 0.80 + 0.22 * (xx / PH_W) + 0.06 * (1 - yy / PH_H)  # darker on the left, brighter at the top
    glare = 95 * np.exp(-(((xx - 1600) / 330) ** 2 + ((yy - 2280) / 250) ** 2))  # a flash glare, lower right
    arr = arr * light[..., None] + glare[..., None] + rng.normal(0, 4.5, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
    return img.filter(ImageFilter.GaussianBlur(0.9))


def make_heic() -> bytes:
    import pillow_heif
    from PIL import Image

    upright = photo_upright()
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # turned left; orientation 6 turns it back right
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 13"
    exif[0x0131] = "17.6.1"
    exif[0x0132] = "2026:11:23 10:41:27"
    exif[0x0112] = 6
    heif = pillow_heif.from_pillow(stored)
    out = io.BytesIO()
    heif.save(out, quality=62, exif=exif.tobytes(), enc_params={"x265:pools": "none", "x265:frame-threads": "1"})
    return out.getvalue()


# =============================================================================================
# Questions
# =============================================================================================

BOOK_DOC = "农村户厕改造奖补政策明白纸"


def _src(number: str | None, title: str) -> dict:
    return {"doc_number": number, "doc_title": title}


S_QN = _src(QN_NUMBER, QN_TITLE)
S_TZ = _src(TZ_NUMBER, TZ_TITLE)
S_JZ = _src(JZ_NUMBER, JZ_TITLE)
S_HC_OLD = _src(HC_OLD_NUMBER, HC_OLD_TITLE)
S_HC = _src(HC_NUMBER, HC_TITLE)
S_JX_OLD = _src(JX_OLD_NUMBER, JX_OLD_TITLE)
S_GUIDE = _src(None, GUIDE_TITLE)
S_BOOK = _src(None, BOOK_DOC)
S_FP = _src(None, FP_TITLE)
S_LY = _src(None, LY_TITLE)
NONE = "文件中未找到相关规定。"


def _fp_row(name: str) -> str:
    for k, (n, gas, elec, city) in enumerate(FP_COUNTIES, start=1):
        if n == name:
            return f"{k} {n} {gas} {elec} {fp_shown(fp_amount(gas, elec))} {city:.2f}% {100 - city:.2f}%"
    raise KeyError(name)


def _guide(name: str) -> str:
    return next(v for n, _l, v, _k, _r in GUIDE_FIELDS if n == name)


QA: list[tuple] = [
    # --- 清洁取暖运行补贴: the amendment (JSON) over the 办法 (EPUB) ---
    ("我家在任泽区农村，前年装了空气源热泵“煤改电”，家里老人今年72岁。今年这个采暖季电费补贴每度电补多少？一季最多能拿多少？老人这块还能多领吗？",
     f"每千瓦时补贴0.3元，电量补贴每户每个采暖季最多1500元，另可增发200元，合计最多1700元。《{TZ_TITLE}》（{TZ_NUMBER}）"
     f"自2026年11月1日起将《{QN_RULES}》（{QN_NUMBER}）第四条第（二）项的每千瓦时补贴0.2元修改为“每千瓦时补贴0.3元”，"
     "每户每个采暖季最高补贴电量5000千瓦时（最高1500元）；同时把第（三）项增发补贴的条件由年满75周岁老年人修改为"
     "“年满70周岁老年人”，您家老人72岁，每户每个采暖季另行增发一次性补贴200元。",
     ["每千瓦时补贴0.3元", "年满70周岁老年人"], [S_TZ, S_QN], f"{TZ_TITLE} > 一、二",
     f"{TZ_ITEMS[0]}……{TZ_ITEMS[1]}", "multi_hop", "public", "hard", F_JSON),
    ("煤改气和煤改电的运行补贴，一户一个采暖季最多分别能补多少钱？",
     f"“煤改气”用户每户每个采暖季最高1000元，“煤改电”用户最高1500元。{TZ_NUMBER}所列调整后的运行补贴标准表中："
     "煤改气每立方米补贴1元、最高补贴量1000立方米，最高补贴额1000元；煤改电每千瓦时补贴0.3元、最高补贴量5000千瓦时，"
     "最高补贴额1500元；符合条件的另有增发补贴200元（不重复增发）。",
     ["1000元", "1500元"], [S_TZ], f"{TZ_TITLE} > 三（调整后的运行补贴标准表）",
     f"{' '.join(TZ_ROWS[0])}……{' '.join(TZ_ROWS[1])}", "numeric", "public", "medium", F_JSON),
    (f"{TZ_NUMBER}从哪天开始施行？2026—2027年采暖季按什么标准执行？原来的《办法》其他条款还适用吗？",
     f"《{TZ_TITLE}》（{TZ_NUMBER}）第四项规定“本通知自2026年11月1日起施行”，2026—2027年采暖季起按调整后的标准"
     f"（煤改电每千瓦时补贴0.3元，增发补贴年龄为年满70周岁）执行；“《办法》其他规定不变”，即《{QN_RULES}》（{QN_NUMBER}）"
     "关于补贴期、一种取暖方式、4月30日前发放等规定继续适用，其有效期至2028年10月31日。",
     ["本通知自2026年11月1日起施行", "《办法》其他规定不变"], [S_TZ, S_QN], f"{TZ_TITLE} > 四", TZ_LAST,
     "validity", "civil_servant", "medium", F_JSON),
    ("冬天的清洁取暖运行补贴是按月发吗？一般什么时候能发到卡上？",
     f"不是按月发，采暖季结束后一次性发放。按《{QN_RULES}》（{QN_NUMBER}）第五条，燃气经营企业和供电企业在采暖季结束后15日内"
     "报送用气量、用电量，乡镇（街道）核对并公示，公示期不少于5日，县级发展改革部门会同财政部门复核后，"
     "于每年4月30日前将补贴资金一次性发放至用户社会保障卡（“一卡通”）账户。",
     ["每年4月30日前", "公示期不少于5日"], [S_QN], f"{QN_RULES} > 第五条", QN_ARTICLES_2[0],
     "deadline", "public", "medium", F_EPUB),
    ("清洁取暖运行补贴任务分工表里，“开展农村燃气设施安全检查”由哪个部门牵头？配合单位和完成时限是什么？",
     f"由市住房和城乡建设局牵头，市城市管理综合行政执法局、各县（市、区）人民政府配合，每年11月10日前完成（{QN_NUMBER}附件"
     f"《{QN_TASKS}》第4项）。",
     ["市住房和城乡建设局", "每年11月10日前"], [S_QN], f"{QN_TITLE} > 附件 {QN_TASKS} > 4", " ".join(QN_ROWS[3]),
     "department", "civil_servant", "medium", F_EPUB),
    (f"{QN_NUMBER}的任务分工表中，市发展和改革委员会牵头哪几项任务？各项的配合单位和完成时限分别是什么？",
     "牵头三项：第1项“建立用户用气量、用电量按月报送机制”，配合单位为国网邢台供电公司、各燃气经营企业，2025年11月15日前完成；"
     "第5项“组织补贴资金发放绩效评价”，配合单位为市财政局、市审计局，每年6月30日前完成；第6项“开展政策宣传解读”，"
     "配合单位为各县（市、区）人民政府、国网邢台供电公司，2025年11月30日前完成。第2项“制定年度资金分配方案，预拨补贴资金”"
     "由市财政局牵头，市发展和改革委员会只是配合单位。",
     ["2025年11月15日前", "每年6月30日前", "2025年11月30日前"], [S_QN], f"{QN_TITLE} > 附件 {QN_TASKS} > 1、5、6",
     f"{' '.join(QN_ROWS[0])}……{' '.join(QN_ROWS[4])}……{' '.join(QN_ROWS[5])}",
     "department", "civil_servant", "hard", F_EPUB),
    ("我家是煤改气用户，冬天又添了几台电暖器，煤改气和煤改电的运行补贴能不能两样都领？",
     f"不能。《{QN_RULES}》（{QN_NUMBER}）第二条规定“每户只能按一种取暖方式享受运行补贴”。您家是经验收的“煤改气”用户，"
     "按实际用气量每立方米补贴1元、每户每个采暖季最高补贴气量1000立方米计算。",
     ["每户只能按一种取暖方式享受运行补贴"], [S_QN], f"{QN_RULES} > 第二条", QN_ARTICLES_1[1],
     "yesno", "public", "medium", F_EPUB),
    # --- the ODS 分配表 ---
    ("宁晋县2026—2027年采暖季清洁取暖运行补贴预拨资金是多少？县级财政承担比例是多少？",
     f"宁晋县预拨资金2194.80万元（煤改气28540户、煤改电5360户），市级承担比例50.00%、县级承担比例50.00%，"
     f"即县级承担1097.40万元。见《{FP_TITLE}》第9行。",
     ["2194.80", "50.00%"], [S_FP], f"{FP_TITLE} > 9 宁晋县", _fp_row("宁晋县"),
     "numeric", "civil_servant", "medium", F_ODS),
    ("巨鹿县这次预拨的清洁取暖运行补贴资金里，市级财政要承担多少万元？",
     "813.06万元。分配表中巨鹿县预拨资金1355.10万元（煤改气16720户×600元＋煤改电3910户×900元），市级承担比例60.00%、"
     "县级40.00%，市级承担1355.10×60%＝813.06万元（县级542.04万元）。",
     ["1355.10", "60.00%"], [S_FP], f"{FP_TITLE} > 10 巨鹿县", _fp_row("巨鹿县"),
     "numeric", "civil_servant", "hard", F_ODS),
    # --- the HEIC photo ---
    ("我是隆尧县农村的煤改电户，村务公开栏贴了通知让去核对信息，最晚哪天去？要带什么？",
     "请于2026年12月20日前，由户主携带户口簿、身份证和社会保障卡到所在村村民委员会核对户主姓名和账户信息；"
     "逾期未核对的，补贴顺延至核对完成后发放。补贴资金于2027年4月30日前一次性发放至户主社会保障卡（隆尧县发展和改革局公告）。",
     ["2026年12月20日前", "户口簿、身份证和社会保障卡"], [S_LY], f"{LY_TITLE} > 三",
     "三、请各户于2026年12月20日前，由户主携带户口簿、身份证和社会保障卡到所在村村民委员会核对户主姓名和账户信息。",
     "deadline", "public", "medium", F_HEIC),
    ("隆尧县清洁取暖补贴的事，有问题打哪个电话问？",
     "隆尧县发展和改革局公告所列咨询电话：0319-6857231（县发展和改革局能源股）。",
     ["0319-6857231"], [S_LY], f"{LY_TITLE} > 五", "五、咨询电话：0319-6857231（县发展和改革局能源股）。",
     "department", "public", "easy", F_HEIC),
    # --- 取暖救助 (EPUB, expired) ---
    ("我家是低保户，去年冬天领过300元一次性取暖救助，今年冬天还有吗？什么时候发？",
     f"现有文件中没有今年的这项救助。《{JZ_TITLE}》（{JZ_NUMBER}）规定低保对象每户300元，但该通知“仅适用于2025—2026年采暖季，"
     "有效期至2026年3月15日”，已经失效，文件中没有2026—2027年采暖季的取暖救助通知。如果您家是经验收的煤改气或煤改电用户，"
     f"低保户可按{QN_NUMBER}（经{TZ_NUMBER}调整）每户每个采暖季另行增发一次性补贴200元，这是运行补贴的增发，不是民政部门的取暖救助。",
     ["有效期至2026年3月15日"], [S_JZ], f"{JZ_TITLE} > 五", JZ_PARAS[5], "validity", "public", "medium", F_EPUB),
    ("2025—2026年采暖季的困难群众取暖救助，低保对象和特困供养人员分别是怎么发的？各发多少？",
     "低保对象按户发放，每户300元；特困供养人员按人发放，每人500元；同时为低保对象和特困供养人员的按就高原则发放、"
     f"不重复享受，2025年12月20日前发放至社会保障卡（“一卡通”）账户。该通知（{JZ_NUMBER}）仅适用于2025—2026年采暖季，"
     "有效期至2026年3月15日，现已失效。",
     ["每户300元", "每人500元"], [S_JZ], f"{JZ_TITLE} > 二", JZ_PARAS[2], "numeric", "public", "medium", F_EPUB),
    # --- 户厕改造: the repealed 暂行办法 (EPUB), the 办法 (JSON), the booklet ---
    (f"我们村有人说改三格式化粪池厕所每户奖补1200元，是按{HC_OLD_NUMBER}说的，现在还是这个标准吗？",
     f"不是。{HC_OLD_NUMBER}印发的《{HC_OLD_RULES}》虽然写着有效期至2028年3月31日，但《{HC_TITLE}》（{HC_NUMBER}）第八条规定"
     "新办法自2026年6月1日起施行，原暂行办法“同时废止”。现行标准为三格式化粪池户厕每户1500元（双瓮漏斗式户厕1300元，"
     "完整下水道水冲式户厕900元），脱贫户、防止返贫监测户每户再增加300元。",
     ["同时废止", "1500元"], [S_HC, S_HC_OLD], f"{HC_RULES} > 第八条", HC_ARTICLES[7],
     "validity", "public", "hard", F_JSON),
    ("我家是脱贫户，今年夏天把旱厕改成了双瓮漏斗式的，验收也过了，能拿多少奖补？",
     "每户1600元。明白纸“三、奖补标准”表中双瓮漏斗式户厕每户奖补1300元，续表中脱贫户、防止返贫监测户每户再增加300元"
     "（在上述标准基础上），合计1600元，验收合格后30日内拨付至户主社会保障卡（“一卡通”）账户。",
     ["1300元", "每户再增加300元"], [S_BOOK, S_HC], f"{BOOK_DOC} > 三、奖补标准",
     "双瓮漏斗式户厕 1300元……脱贫户、防止返贫监测户 每户再增加300元", "numeric", "public", "hard", F_BOOK),
    ("改了厕所以后化粪池满了，找人清掏要花多少钱？",
     "拨打乡镇管护服务站电话预约，清掏服务费每次不超过40元，脱贫户、防止返贫监测户免收；管护服务站每户每年至少清掏1次。",
     ["清掏服务费每次不超过40元"], [S_BOOK], f"{BOOK_DOC} > 七、常见问题",
     "答：拨打乡镇管护服务站电话预约。清掏服务费每次不超过40元，脱贫户、防止返贫监测户免收。",
     "numeric", "public", "medium", F_BOOK),
    ("农村改厕想申请奖补，要走哪些步骤？钱多长时间能到？",
     "共六步：第一步向所在村民委员会提出申请，填写《邢台市农村户厕改造申请表》；第二步村民委员会初审，并在村务公开栏公示5日；"
     "第三步乡镇人民政府（街道办事处）审核；第四步改厕完工后，县级农业农村部门组织验收；第五步验收合格后30日内，"
     "县级财政部门将奖补资金拨付至户主社会保障卡（“一卡通”）账户；第六步乡镇建立改厕户档案，纳入长效管护。",
     ["公示5日", "验收合格后30日内"], [S_BOOK, S_HC], f"{BOOK_DOC} > 五、怎么申请",
     "第四步：改厕完工后，县级农业农村部门组织验收。……第五步：验收合格后30日内，县级财政部门将奖补资金拨付至户主社会保障卡"
     "（“一卡通”）账户。", "procedure", "public", "medium", F_BOOK),
    ("现在户厕改造奖补资金市县两级怎么分担？和2024年的暂行办法比有什么变化？",
     f"按5:5比例分担。{HC_NUMBER}第六条规定奖补资金由市、县两级财政按5:5比例分担；已废止的{HC_OLD_NUMBER}暂行办法是按4:6分担。"
     "拨付时限也由验收合格后60日内缩短为30日内，奖补标准由1200元/1000元/800元提高到1500元/1300元/900元。",
     ["按5:5比例分担"], [S_HC, S_HC_OLD], f"{HC_RULES} > 第六条", HC_ARTICLES[5],
     "numeric", "civil_servant", "medium", F_JSON),
    ("我家2025年改厕已经领过一次奖补了，今年想把厕所再改成接污水管网的水冲式，还能再领奖补吗？",
     f"不能。《{HC_RULES}》（{HC_NUMBER}）第二条规定“已享受过户厕改造奖补的农户不再重复享受”。",
     ["已享受过户厕改造奖补的农户不再重复享受"], [S_HC], f"{HC_RULES} > 第二条", HC_ARTICLES[1],
     "yesno", "public", "medium", F_JSON),
    # --- 就业见习: the AcroForm guide, the 2024 notice marked 失效 ---
    ("我们公司是市里认定的就业见习基地，今年接收了几名应届毕业生见习，见习补贴每人每月多少？听说留用多的还能多给？",
     f"按见习人员每人每月1600元标准给予见习单位就业见习补贴；见习期满留用率达到50%以上的，补贴标准提高到每人每月1900元"
     f"（《{GUIDE_TITLE}》“补贴标准”栏）。",
     ["每人每月1600元", "每人每月1900元"], [S_GUIDE], f"{GUIDE_TITLE} > 补贴标准", _guide("btbz"),
     "numeric", "public", "medium", F_FORM),
    ("就业见习补贴去哪里申请？多长时间能办完？",
     f"受理地点为邢台市政务服务中心三楼人社综合窗口（C区18号），办理渠道为{GUIDE_CHANNEL}；办理时限为承诺时限15个工作日"
     "（法定时限20个工作日）。",
     ["邢台市政务服务中心三楼人社综合窗口", "承诺时限15个工作日"], [S_GUIDE], f"{GUIDE_TITLE} > 受理地点、办理时限",
     f"{_guide('blsx')}……{_guide('sldd')}", "procedure", "public", "medium", F_FORM),
    ("我今年25岁，没上过大学，失业半年了，能去参加就业见习吗？",
     "按办事指南的申请条件，见习人员为离校2年内未就业高校毕业生或16—24岁失业青年。您25岁、不是高校毕业生，"
     "不在见习人员范围内。",
     ["16—24岁失业青年"], [S_GUIDE], f"{GUIDE_TITLE} > 申请条件",
     "2.见习人员为离校2年内未就业高校毕业生或16—24岁失业青年；", "yesno", "public", "medium", F_FORM),
    (f"{JX_OLD_NUMBER}规定见习补贴每人每月1400元，这个文件现在还有效吗？现在按什么标准？",
     f"已失效。市政策文件库中《{JX_OLD_TITLE}》（{JX_OLD_NUMBER}）的时效性标注为“失效”（正文没有写有效期）。现行"
     f"《{GUIDE_TITLE}》的设定依据为邢人社发〔2026〕11号，标准为每人每月1600元，见习期满留用率达到50%以上的提高到每人每月1900元"
     "（不要把旧文件中留用后的1600元当作新标准的提高额）。",
     ["失效", "每人每月1600元"], [S_JX_OLD, S_GUIDE], f"{JX_OLD_TITLE} > 时效性（sxx）",
     "失效……三、见习补贴。对吸纳见习人员的见习单位，按每人每月1400元给予就业见习补贴", "validity", "civil_servant",
     "hard", F_JSON),
    ("申领就业见习补贴要交费吗？有问题打什么电话咨询？",
     "不收费（办事指南“是否收费”一栏勾选的是“不收费”）。咨询电话0319-3216875，监督投诉电话0319-3216809。",
     ["0319-3216875"], [S_GUIDE], f"{GUIDE_TITLE} > 是否收费、咨询电话", _guide("zxdh"), "yesno", "public", "easy", F_FORM),
    # --- unanswerable ---
    ("煤改气用户换燃气壁挂炉，政府给购置补贴吗？每台补多少钱？",
     NONE + f"现有文件只规定“煤改气”“煤改电”用户的运行补贴（{QN_NUMBER}、{TZ_NUMBER}：煤改气每立方米补贴1元，每户每个采暖季"
     "最高1000立方米；煤改电每千瓦时补贴0.3元），没有设备购置补贴的规定。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("清洁取暖任务分工表里负责燃气安全检查的市住房和城乡建设局，具体是哪个科室、联系人和电话？",
     NONE + f"{QN_NUMBER}的任务分工表只列出牵头单位市住房和城乡建设局、配合单位（市城市管理综合行政执法局、各县（市、区）人民政府）"
     "和每年11月10日前的时限，没有科室、联系人或电话。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("煤改气用的天然气现在居民价格每立方米多少钱？采暖季有没有阶梯价格？",
     NONE + "文件只规定运行补贴按实际用气量每立方米补贴1元、每户每个采暖季最高补贴气量1000立方米，既没有天然气价格，"
     "也没有阶梯价格的规定。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("石家庄市农村煤改电的运行补贴标准是多少？",
     NONE + f"现有文件都是邢台市（及隆尧县）的规定：邢台市“煤改电”用户自2026年11月1日起每千瓦时补贴0.3元（{TZ_NUMBER}），"
     "没有石家庄市的标准。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("邢台市电动自行车以旧换新补贴怎么申请？",
     NONE + "现有文件涉及冬季清洁取暖运行补贴、困难群众取暖救助、农村户厕改造奖补和就业见习补贴，没有电动自行车以旧换新的内容。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("2026年全市要完成多少户农村户厕改造？市级安排的奖补资金一共多少？",
     NONE + f"{HC_NUMBER}和明白纸只规定每户奖补标准（三格式化粪池户厕1500元、双瓮漏斗式户厕1300元、完整下水道水冲式户厕900元，"
     "脱贫户、防止返贫监测户每户再增加300元）和市、县5:5分担，没有年度改造户数和奖补资金数额。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
]


README = f"""# city18: a blind fixture of 邢台市 (河北省) policy documents

A small corpus of policy documents of an eighteenth held-out city, 邢台市, and 30 questions about them, for checking that
policyqa works on documents it has never seen, in kinds of file not tried in the earlier fixtures: an **OpenDocument
spreadsheet (`.ods`) as LibreOffice Calc saves it** (repeated cells, a merged title, shown text that differs from the stored
value), an **EPUB 3 政策汇编** holding three notices as chapters (one split over two XHTML files, file names not in reading
order), a **fillable PDF form (AcroForm) whose values are only in the fields**, an **A5 明白纸 imposed two-up in booklet order**
on landscape A4 sheets, a **JSON answer of an open-data portal's 政策文件库 API** holding three notices as records, and a
**HEIC phone photo** of a notice on a 村务公开栏, stored sideways with an EXIF orientation tag. The city, its districts and
counties (襄都区, 信都区, 任泽区, 南和区, 临城县, 内丘县, 柏乡县, 隆尧县, 宁晋县, 巨鹿县, 新河县, 广宗县, 平乡县, 威县, 清河县, 临西县,
南宫市, 沙河市), the departments and bodies (邢台市人民政府办公室, 市发展和改革委员会, 市财政局, 市民政局, 市农业农村局,
市人力资源和社会保障局, 市住房和城乡建设局, 市城市管理综合行政执法局, 市审计局, 国网邢台供电公司, 隆尧县发展和改革局), the
“冀时办” app name (河北's 政务服务 app), the area code 0319 and the portal domain www.xingtai.gov.cn (not written into any file)
are real. Every document, 文号, 索引号, figure, date, task given to a body, number of households per 县区, address, phone
number, URL path and the 邢人社发〔2026〕11号 the 办事指南 cites are invented. Nothing is taken from a real document.

The content is consistent across documents. The EPUB's first chapter, {QN_NUMBER} (《{QN_TITLE}》, {QN_DATE}), sets the
清洁取暖运行补贴 for 农村 “煤改气”/“煤改电” users (第二条 **“每户只能按一种取暖方式享受运行补贴”**; 第三条 11月15日 … 次年3月15日;
第四条 **煤改气 每立方米补贴1元, 最高1000立方米; 煤改电 “每千瓦时补贴0.2元”, 最高5000千瓦时; 增发200元 for “年满75周岁老年人”,
低保户, 特困供养户**; in the chapter's **second file**: 第五条 reports within 15日, 公示 ≥5日, **发放 “每年4月30日前”** to the
社会保障卡; 第六条 the 分担比例 is left to the yearly 分配方案; 第七条 3年内; 第八条 “自2025年11月1日起施行，有效期至2028年10月31日”;
and the 附件 任务分工表, 6 rows, **市发展和改革委员会 leads rows 1, 5 and 6 with different 配合 and 时限**). The JSON's
{TZ_NUMBER} (《{TZ_TITLE}》, {TZ_DATE}, 发布 2026-10-19) **amends** it from 2026-11-01: “每千瓦时补贴0.2元” →
**“每千瓦时补贴0.3元”**, “年满75周岁老年人” → **“年满70周岁老年人”**, “《办法》其他规定不变”, with a table of 最高补贴额 (1000元 /
**1500元** / 增发200元). The ODS 《{FP_TITLE}》 (2026年11月10日) pre-allocates the 2026—2027 season with the amended maxima
(600元 / 900元 a household, 60%) and gives each 县区's 市级/县级 shares (40/60 for 襄都区 and 信都区, 60/40 for 巨鹿县, 新河县, 广宗县,
平乡县, **50/50 for the other twelve, written as one repeated cell**). The photographed 公告 of 隆尧县发展和改革局 (2026年11月20日)
repeats the amended standards and adds what only it says: **核对 by 2026年12月20日 with 户口簿、身份证和社会保障卡**, 发放 by
2027年4月30日, phone 0319-6857231. The EPUB's second chapter, {JZ_NUMBER} (《{JZ_TITLE}》, {JZ_DATE}): 一次性取暖救助 **低保
每户300元 (按户) / 特困 每人500元 (按人)**, 就高, by 2025-12-20; **“本通知仅适用于2025—2026年采暖季，有效期至2026年3月15日”: expired, no
successor.** The EPUB's third chapter, {HC_OLD_NUMBER} (《{HC_OLD_TITLE}》, {HC_OLD_DATE}): 户厕改造奖补 三格式 1200元, 双瓮 1000元,
水冲式 800元, 60日内, 4:6, “有效期至2028年3月31日”, and an 编者注; **repealed from 2026-06-01** by the JSON's {HC_NUMBER}
(《{HC_TITLE}》, {HC_DATE}, 发布 2026-05-21; 第八条 “…（{HC_OLD_NUMBER}）同时废止”), which the EPUB cannot say (its 编者说明: files
up to 2026-02-28): **三格式 1500元, 双瓮漏斗式 1300元, 完整下水道水冲式 900元 (a table), 脱贫户/防止返贫监测户 +300元**, 不再重复享受,
公示5日, 30日内, 5:5, 管护服务站 每年至少清掏1次, in force to 2031-05-31. The booklet 明白纸 (市农业农村局, 2026年6月) explains
that 办法 and adds the **清掏服务费 (每次不超过40元, 脱贫户 and 监测户 免收)**, the 6 steps and the phones. The AcroForm
《{GUIDE_TITLE}》 (2026年8月修订) gives, **only in its fields**, 见习人员 “离校2年内未就业高校毕业生或16—24岁失业青年”, **每人每月1600元
/ 留用率50%以上 每人每月1900元**, 承诺时限15个工作日, the 受理地点, the phones and 不收费 (a check box). The JSON's third record,
{JX_OLD_NUMBER} (《{JX_OLD_TITLE}》, {JX_OLD_DATE}): 1400元 / 1600元; **its text says nothing about validity; only its `sxx` field
says “失效”.**

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏, 潍坊/山东,
柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西, 遵义/贵州, 曲靖/云南, 宝鸡/陕西, 天水/甘肃) occurs in a corpus file
(checked as substrings of every text a reader gets, OCR included, and of the raw zip members and JSON); 石家庄 occurs only in a
question. The topics are new as far as the helper could see (it read only the opening text of city2 … city16's READMEs and the
whole of city17's): 农村冬季清洁取暖运行补贴 (with an amendment and a 资金分配表), 困难群众冬季取暖救助 (expired), 农村户厕改造奖补
(with a repealed 暂行办法 and a 明白纸) and 就业见习补贴 (a 办事指南 and a 2024 notice marked 失效).

**Who wrote it and what they saw.** A helper session wrote it from a brief. It did not read the system's code (`rag/`,
`index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`, `tests/integration/`, `tests/e2e/`), any `out/`,
`var/`, `/tmp/dbg` or `/tmp/snap` folder, or other cities' generators and qa files besides those named here; it did not run
policyqa, pytest or `git status`/`git diff`/`git log`, and committed nothing. It read `tests/data/city17/README.md` (whole), the
first six lines of `tests/data/city17/qa.jsonl`, `tests/support/make_city17_fixtures.py` (lines 1–80, 280–470 and 1480–1562,
with lines cut at 200 to 300 characters, and a grep of its `def`/constant/import lines), `tests/support/print_lines.py` and
`tests/support/qa_lines.py` (whole; `wrap_cjk`, `cjk_face` and `qa_jsonl` are imported by the generator), and of each of
`tests/data/city2/README.md` … `tests/data/city16/README.md` the text before `## Files`, cut at its first 1,500 bytes (and a
search of those cuts for topic words). Outside that list it read the `[tool.ruff]` and `[tool.ruff.lint]` sections of
`pyproject.toml` (the `sed` range also printed the `[tool.mypy]` section after them), listed the folder names of `tests/data/`
and `tests/support/` (no `city18` existed), the names in `.venv/bin/` filtered for ocr/python/ruff, and the machine's CJK fonts
(`fc-list :lang=zh`: none at first; it installed Debian's `fonts-wqy-zenhei` and `fonts-noto-cjk` with apt-get). Of installed
library sources it read pillow-heif's `options.py` (its head), `heif.py` (lines 540–565 and 700–730) and a grep for
“orient” in the package, to see how an EXIF orientation is written. No answer was tuned against the system; the command below
had **not been run** on this fixture when it was handed over. Everything was made and checked in a separate venv
(`/tmp/c18venv`: reportlab 5.1.0, pikepdf 10.18.0, pypdfium2 5.15.2, lxml 6.2.1, Pillow 13.0.0, pillow-heif 1.9.0 with libheif
1.23.7 and x265 4.3, NumPy 2.4.6, odfpy 1.4.1, EbookLib 0.20, ruff 0.17.6) with WenQuanYi Zen Hei (both PDFs) and Noto Sans/Serif
CJK SC (the EPUB's cover and the photographed notice). Outside tools run on corpus files: `rapidocr_onnxruntime` from the
project's `.venv`, called directly with `python -c` (not through policyqa), on the HEIC photo decoded upright by pillow-heif;
pypdfium2 and pikepdf for the PDFs; zipfile, lxml and odfpy for the ODS; zipfile, lxml and EbookLib for the EPUB; `json` and lxml
for the JSON; pillow-heif for the HEIC. No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `{F_ODS}` | {FP_TITLE} (邢台市财政局, 邢台市发展和改革委员会; 制表日期 2026年11月10日) | **A LibreOffice Calc `.ods`** (zip: `mimetype` first and stored, `content.xml`, `styles.xml`, `meta.xml` with a LibreOffice 7.6 generator, `settings.xml`, `META-INF/manifest.xml`; fixed times). Sheet “分配表”: the title **merged over 7 columns** (`table:number-columns-spanned="7"` + `table:covered-table-cell table:number-columns-repeated="6"`), header 序号 / 县（市、区） / 煤改气户数（户） / 煤改电户数（户） / 预拨资金（万元） / 市级承担比例 / 县级承担比例, 18 县区 rows, 合计 (formulas `of:=SUM(…)` with their values), two empty rows written as **one row with `table:number-rows-repeated="2"`**, the 注 (merged) and the 制表 line, then Calc's trailing empty block (`number-rows-repeated="1048551"`). **For the twelve 50/50 县区 the 市级 and 县级 cells are one cell with `table:number-columns-repeated="2"`** (`office:value="0.5"`, shown “50.00%”): a reader that does not expand the repeat sees one 50.00% and no 县级 column (宁晋县's row reads “9 宁晋县 28540 5360 2194.80 50.00%”). **Shown text differs from the value** in 43 cells: 预拨资金 `office:value="1658.4"` shown “1658.40” (format `0.00`, formulas `of:=([.C10]*600+[.D10]*900)/10000`), percentages `0.6` shown “60.00%”. Second sheet “说明”: 编制依据 (both 文号), 测算口径, the 分担比例 in words, 清算 by 2027-05-31. Values: 宁晋县 2194.80 (50/50), 巨鹿县 1355.10 (60/40: 市级 813.06), 隆尧县 1658.40, 合计 254690 / 92210 / 23580.30. |
| `{F_EPUB}` | {HB_TITLE} (邢台市人民政府办公室 编, 2026年3月): {QN_NUMBER}, {JZ_NUMBER}, {HC_OLD_NUMBER} | **An EPUB 3** (`mimetype` first and stored, `META-INF/container.xml`, `OEBPS/content.opf` with manifest, **spine** and cover-image, `nav.xhtml` (toc + landmarks), `toc.ncx`, CSS, a PNG cover with the title drawn in it). Spine: cover, 编者说明 (`c1200.xhtml`: **not a notice**; “收录文件截至2026年2月28日 … 文件如有修改、废止，以发文机关最新发布的文件为准”), **{QN_NUMBER} split over `c1042.xhtml` (the 通知, 第一条 … 第四条) and `c0987.xhtml` (第五条 … 第八条 and the 附件 任务分工表 as an XHTML table)**, {JZ_NUMBER} (`c1108.xhtml`), {HC_OLD_NUMBER} (`c0903.xhtml`, with an `<aside>` **编者注**). **Alphabetical order (c0903, c0987, c1042, c1108, c1200, cover) is not reading order**: a reader that takes files by name reads the repealed 户厕 办法 first and the second half of the 清洁取暖 办法 before its first half. **{QN_NUMBER}'s 0.2元 and 75周岁 are amended** by the JSON; **{JZ_NUMBER} expired on 2026-03-15** (“仅适用于2025—2026年采暖季”), no successor; **{HC_OLD_NUMBER} is repealed from 2026-06-01** though its text says “有效期至2028年3月31日” and nothing in the EPUB says otherwise. Two groups a careless reader swaps: 低保 **每户300元** (按户) / 特困 **每人500元** (按人). |
| `{F_FORM}` | {GUIDE_TITLE} (市人力资源和社会保障局, 2026年8月修订) | **A fillable PDF form (AcroForm)**: one A4 page (reportlab, WenQuanYi Zen Hei with ToUnicode) printing only the title, “（2026年8月修订）”, a boxed table of **labels** (事项名称, 实施主体, 设定依据, 申请条件, 申请材料, 补贴标准, 办理时限, 受理地点, 办理时间, 咨询电话, 监督投诉电话, 是否收费 with two empty boxes “收费”/“不收费”, 办理渠道), a footnote and “— 1 —”. **Every value is only in a field's `/V`** (pikepdf): 11 text fields (5 multiline, `/Ff 4096`), a combo box (`/FT /Ch`, `/Ff 131072`, 3 `/Opt`, `/V` “{GUIDE_CHANNEL}”) and two check boxes (`sf_yes` `/Off`, **`sf_no` `/Yes`**), `/AcroForm /NeedAppearances true`, `/DR` with an unembedded STSong-Light; **no appearance stream for the text and choice fields** (only the check boxes have `/AP`). pypdfium2's text has the labels and none of the values; rendered with pdfium's form support the values appear (looked at). Values only here: **每人每月1600元 / 留用率达到50%以上的 每人每月1900元**, “16—24岁失业青年”, 承诺时限15个工作日, 邢台市政务服务中心三楼人社综合窗口（C区18号）, 0319-3216875, 不收费. |
| `{F_BOOK}` | 农村户厕改造奖补政策明白纸（2026年版） (邢台市农业农村局, 2026年6月) | **A two-up booklet**: 8 A5 pages on **4 landscape A4 sheets in booklet order — sheet 1: 8 \\| 1, sheet 2: 2 \\| 7, sheet 3: 6 \\| 3, sheet 4: 4 \\| 5** (reportlab, WenQuanYi Zen Hei with ToUnicode, `— n —` at each A5 page's foot, dashed fold marks). **Both halves use one line grid** (baselines every 19 pt from 532 pt), so a reader that reads a sheet line by line across its width joins a line of one page to a line of another (sheet 2's second line reads “《邢台市农业农村局 邢台市财政局关于印发…奖补　　问：自己找人改的厕所能领奖补吗？”); one that reads left then right reads 8, 1, 2, 7, 6, 3, 4, 5. **The 奖补标准表 runs from page 3 (三格式 1500元, 双瓮漏斗式 1300元, “（转下页）”) onto page 4 (“（续表）”, 水冲式 900元, “脱贫户、防止返贫监测户 每户再增加300元”, 注)**, and **the 申请 steps from page 5 (第一步 … 第四步) onto page 6 (第五步 “验收合格后30日内…”, 第六步)**. Second half only: 管护 (p6), **常见问题 with “清掏服务费每次不超过40元” (p7)**, the phones 0319-2686413 / 0319-2686420 (p8). |
| `{F_JSON}` | the portal's 政策文件库 export: {TZ_NUMBER}, {HC_NUMBER}, {JX_OLD_NUMBER} | **An API answer** (UTF-8, compact, `{{"code":200,"msg":"success","data":{{"total":3,"pageNum":1,"pageSize":20,"list":[…]}}}}`): each record has `id`, `title`, `wenhao`, `syh`, `fwjg`, **`cwrq` in epoch milliseconds** (1792080000000 = 2026-10-16 00:00 +08:00), `fbrq` (“2026-10-19”), **`sxx`**, `syfw`, `zcfl`, `gkfs`, **`content` (an HTML string: `<p>` paragraphs with inline styles and a `<table>`)**, `attachments` (names and URL paths) and `url`. {TZ_NUMBER}: **the amendment** (its 调整后的运行补贴标准 table holds the 最高补贴额 1000元 / 1500元 / 200元), sxx 有效. {HC_NUMBER}: the 户厕 办法 (table of 奖补标准, “同时废止” in 第八条), sxx 有效. **{JX_OLD_NUMBER}: sxx “失效” — its content has no 有效期 and no 废止 sentence**; its 1400元 / 1600元 (留用) are not the current 1600元 / 1900元. |
| `{F_HEIC}` | {LY_TITLE} (2026年11月20日), photographed on a 村务公开栏 | **A HEIC photo** (pillow-heif/libheif with x265, brand `heic`, quality 62, one thread): the coded image is **3000 × 2250, sideways**, with **EXIF orientation 6** (Make Apple, Model iPhone 13, DateTime 2026:11:23 10:41:27) and the matching `irot` property; upright it is 2250 × 3000. A blue-grey board with a painted “村务公开栏” header, the A4 notice (Noto Sans CJK SC Bold title, Noto Serif CJK SC body) **warped in perspective** (corners not square, slight tilt), four push pins, a soft shadow, **light falling from left to right, a glare patch in the lower right**, sensor noise and a slight blur (NumPy/`random` with fixed seeds). Only here: **核对 “2026年12月20日前” with “户口簿、身份证和社会保障卡”**, 逾期 顺延, phone **0319-6857231** (县发展和改革局能源股). The standards it repeats are the amended ones (0.3元, 70周岁). |

All six files are written by `tests/support/make_city18_fixtures.py` (see its docstring), together with this README and
`qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c18-001`…`c18-030`, in the format of `tests/data/city17/qa.jsonl` (same fields, same order): `id`, `question`,
`answer`, `key_facts` (1–3 short strings copied verbatim from a document's text), `sources` (`doc_number`, `doc_title`),
`section` (title > section path), `evidence` (verbatim; “……” marks a gap, table rows are given as their cells separated by
spaces, a form value as the field's value), `type`, `persona`, `difficulty`, `corpus_file`. Multi-issuer `doc_title`s join
issuers with a space, as the documents print them. Four sources have `doc_number` null: the ODS, the 办事指南, the 明白纸 and the
photographed 公告 (their titles). A key fact may stand in any of a question's sources' files.

- c18-001 … c18-003 (the JSON's amendment over the EPUB's 办法): **c18-001 a 煤改电 family with a grandparent of 72** (0.3元 not
  0.2元, 5000千瓦时 → 1500元, + 200元 because the age is now 70, not 75); **c18-002 the two groups' maxima** (煤改气 1000元,
  煤改电 1500元: only in the JSON's table); c18-003 civil servant: 施行 2026-11-01, “《办法》其他规定不变”.
- c18-004 … c18-007 (the EPUB's split chapter): **c18-004 发放 “每年4月30日前” and 公示 (second file)**; **c18-005 row 4 of the
  分工表** (市住房和城乡建设局, 每年11月10日前); **c18-006 the three rows 市发展和改革委员会 leads** (1, 5, 6; not row 2, where it
  only 配合); c18-007 one 取暖方式 only (first file).
- c18-008, c18-009 (the ODS): **c18-008 宁晋县: 2194.80 and the 县级 50.00% that is only in the repeated cell**; **c18-009 a
  computation from a row** (巨鹿县 1355.10 × 60% = 813.06万元).
- c18-010, c18-011 (the HEIC photo, from the OCR text): **c18-010 the 核对 deadline and documents**; c18-011 the phone.
- c18-012, c18-013 (the EPUB's expired notice): **c18-012 the expired 取暖救助 asked as if current** (有效期至2026年3月15日, no
  successor; the 运行补贴's 增发200元 is a different thing); **c18-013 two groups a careless reader swaps** (每户300元 / 每人500元).
- c18-014 … c18-019 (户厕: the repealed EPUB chapter, the JSON 办法, the booklet): **c18-014 the repealed 1200元 asked as if
  current** (“同时废止”, 1500元 now; the old text's 有效期 would run to 2028); **c18-015 脱贫户 + 双瓮漏斗式 across the booklet's
  page break** (1300元 on page 3 + 300元 on page 4 = 1600元); **c18-016 the booklet's second half** (清掏 40元, page 7); c18-017
  the steps across pages 5–6 (公示5日, 30日内); c18-018 civil servant: 5:5 (was 4:6); c18-019 不再重复享受.
- c18-020 … c18-024 (就业见习): **c18-020, c18-021, c18-022 and c18-024 values only in the form's fields** (1600元 / 1900元;
  受理地点 and 15个工作日; 16—24岁 for a 25-year-old; 不收费 and the phone); **c18-023 the record whose validity is only in
  metadata** ({JX_OLD_NUMBER}: sxx 失效; 1400元 → 1600元 now).
- c18-025 … c18-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no sources):
  **c18-025 a figure not given on a covered topic** (a 壁挂炉 购置补贴: only 运行补贴 exists); **c18-026 a person not named** (the
  科室, 联系人 and phone for row 4: the 分工表 names bodies only); **c18-027 two parts, neither answered** (the gas price and
  阶梯 pricing: only the 1元/立方米 subsidy); **c18-028 another city** (石家庄市: in no file); c18-029 电动自行车以旧换新 (never
  mentioned); **c18-030 a figure not given on a covered topic** (2026's 户厕 target and total money: only per-household
  standards and 5:5).

Personas: 21 public, 9 civil_servant (answerable: 17 and 7). Files as `corpus_file`: JSON 7, EPUB 6, form PDF 4, booklet PDF 3,
ODS 2, HEIC 2, none 6. Types: numeric 8, validity 4, yesno 4, department 3, deadline 2, procedure 2, multi_hop 1, unanswerable 6.
Difficulty: 4 easy, 20 medium, 6 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: **{QN_NUMBER} (from
2025-11-01 to 2028-10-31) as amended by {TZ_NUMBER} from 2026-11-01** (煤改电 0.3元, 增发 from 70周岁; the rest unchanged), the
ODS built on both, the 隆尧县 公告, **{HC_NUMBER}** (from 2026-06-01 to 2031-05-31) and the 明白纸 explaining it, and the 办事指南.
**Not in force: {HC_OLD_NUMBER} (repealed from 2026-06-01, although its own 有效期 runs to 2028-03-31), {JZ_NUMBER} (有效期至2026年3月15日,
no successor) and {JX_OLD_NUMBER} (marked “失效” by the portal's `sxx` only).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city18/qa.jsonl --corpus tests/data/city18/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs `apt-get install fonts-noto-cjk fonts-wqy-zenhei`):

```
python3 -m venv /tmp/c18venv && /tmp/c18venv/bin/pip install reportlab pikepdf lxml Pillow pillow-heif pypdfium2
cd /work/main && PYTHONPATH=. /tmp/c18venv/bin/python tests/support/make_city18_fixtures.py
```

Generation takes about 13 s (most of it encoding the HEIC). Two runs into two fresh folders give every file they write byte for
byte (checked with sha256sum: the six corpus files, `qa.jsonl` and this README): the ODS and the EPUB are zipped with one fixed
timestamp and fixed member order, their dates are literal; reportlab runs with `invariant=1` and pikepdf saves with
`deterministic_id=True`; the JSON's fields are literal; the photo's textures, light and noise come from `random.Random` and
`numpy.random.default_rng` with fixed seeds, and x265 runs with `pools=none` and one frame thread. Another Pillow, reportlab,
pikepdf (qpdf), pillow-heif (libheif, x265), NumPy or font can change the files.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city17's fields in city17's order, and the ids run `c18-001`…`c18-030`; the 6
  unanswerable lines have `key_facts` [], `sources` [], `section`/`evidence`/`corpus_file` null and answers starting
  “文件中未找到相关规定。”; the counts above;
- every source's title (and 文号 where it has one) is found in a corpus file; every key fact occurs in its answer and, with
  whitespace removed, in the text of one of its sources' files as a reader gets it, and every evidence part (“……” splits it)
  likewise in its `corpus_file`: for the ODS lxml's reading of `content.xml` **with repeated cells expanded**, each row's shown
  texts (`text:p`) joined by spaces, both sheets; for the EPUB the XHTML files **in spine order** (container → OPF → spine, lxml,
  `<p>`/headings and table rows); for the form pypdfium2's page text **plus each field's `/V`** (pikepdf); for the booklet
  pypdfium2's text of **each sheet's left and right halves** (`get_text_bounded`) put back in page order 1 … 8; for the JSON
  `json` and lxml's text of each record's `content` plus its `title`, `wenhao`, `fwjg`, `fbrq`, `sxx` and `syfw`; for the HEIC
  **the OCR text of the upright photo**;
- the ODS: `mimetype` first and stored, 6 members; 12 non-empty cells with `number-columns-repeated="2"` (value 0.5, “50.00%”),
  `number-rows-repeated` 2 / 1048551 / 1048571, two merged cells with covered cells, 43 cells whose shown text differs from
  `office:value`, sheets “分配表” and “说明”; without expanding the repeat 宁晋县's row has one “50.00%”; odfpy loads it;
- the EPUB: `mimetype` first and stored; spine cover, c1200, c1042, c0987, c1108, c0903, alphabetical order otherwise; EbookLib
  reads its title and spine; the cover PNG was looked at;
- the form: 14 fields, `/NeedAppearances true`, no `/AP` on the 11 text and the choice field, `/AP` on the 2 check boxes;
  pypdfium2's text has the labels and none of “1600元”, “0319-3216875”, “15个工作日”, “16—24岁”; the page rendered by pdfium
  **with forms initialised shows the values** and the ticked “不收费” (looked at);
- the booklet: 4 landscape A4 sheets, the page numbers found in the halves are 8, 1, 2, 7, 6, 3, 4, 5 in sheet order; a
  full-width band of sheet 2 gives a line of page 2 joined to a line of page 7; the sheets were rendered and looked at;
- the JSON: `code` 200, `msg` success, `total` 3, the three records' 文号, `sxx` (有效, 有效, 失效), `cwrq` and `fbrq`;
- the HEIC: brand `heic`, `ispe` 3000 × 2250, EXIF orientation 6, decoded upright 2250 × 3000 by pillow-heif, 0.8 MB;
- the words of the unanswerable questions (石家庄, 保定, 壁挂炉, 购置, 科室, 联系人, 气价, 阶梯, 电动自行车, 以旧换新, 总额,
  天然气价格) and the earlier fixtures' cities and provinces occur in no file's text nor in the raw zip members and JSON (as
  substrings);
- **OCR trial** (`rapidocr_onnxruntime` from the project's `.venv`, defaults, the upright photo as RGB): every line of the notice
  came back in reading order, plus the board's “村务公开栏”; slips: the title's “2026—2027” came back as “2026-2027” (so no key fact
  is taken from the title); in one trial “的，” came back as “的,”. An earlier draft whose first line held “煤改气”“煤改电” in two
  pairs of quotation marks lost that whole line (also on the flat page), so the line was reworded without quotation marks. Key
  facts and evidence of c18-010 and c18-011 occur in the OCR text (joined, whitespace removed);
- `ruff check --no-cache` (the venv's ruff, the project's settings) passes on the generator;
- generation twice into fresh folders: byte-identical (sha256sum); every file under 2 MB (the HEIC, the largest, about 0.83 MB).

Not checked: how LibreOffice, Calibre or an e-reader, Acrobat/WPS (the form with `NeedAppearances` and a non-embedded
STSong-Light) and an iPhone or macOS Photos show the files (none on the machine: the form was only seen through pdfium), whether
libheif readers other than pillow-heif apply the `irot` and the EXIF tag once or twice, and whether the addresses, phone numbers
and URL paths exist (all invented).
"""


# =============================================================================================
# main
# =============================================================================================

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city18 (邢台市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR, help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_ODS).write_bytes(make_ods())
    (corpus / F_EPUB).write_bytes(make_epub())
    (corpus / F_FORM).write_bytes(make_guide_pdf())
    (corpus / F_BOOK).write_bytes(make_booklet_pdf())
    (corpus / F_JSON).write_bytes(make_json())
    (corpus / F_HEIC).write_bytes(make_heic())
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c18", QA), encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

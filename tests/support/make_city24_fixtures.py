"""Writes the 三亚市 (海南省, city24) fixture: tests/data/city24/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs reportlab, pikepdf, python-docx, lxml, Pillow and numpy,
WenQuanYi Zen Hei (Debian's ``fonts-wqy-zenhei``) for the text PDF and Noto Serif CJK (``fonts-noto-cjk``) for the
photographed notice::

    python3 -m venv /tmp/c24venv
    /tmp/c24venv/bin/pip install reportlab pikepdf python-docx lxml Pillow numpy pypdfium2 openpyxl xlrd
    cd /work/main && PYTHONPATH=. /tmp/c24venv/bin/python tests/support/make_city24_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city24``; the corpus goes to ``DIR/corpus``. Every file is byte-identical on a rerun
with the same fonts and library versions: the DOCX is zipped with one fixed timestamp and member order, reportlab runs
with ``invariant=1``, pikepdf writes a deterministic /ID and literal dates, the photo's noise, shadow and seal ink come
from seeded generators, and every date in the texts is literal. Everything in the documents (文号, 索引号, figures,
dates, tasks, names, phone numbers, URL paths, 网站标识码/ICP numbers, the export system's name) is invented; the city,
its districts, 育才生态区, the departments, the app “海易办” and the portal domain www.sanya.gov.cn are real.

- ``sanya-xinnengyuan-qiche-tiaozheng-fujian.doc``: a **“附件” .doc that is Word's “save as web page” HTML** (GBK bytes
  under ``charset=gb2312``, ``MsoNormal`` paragraphs, ``<o:p>``, mso spans, the ``<xml>`` blocks in conditional
  comments): the **amendment** 三商联发〔2026〕16号 of the 新能源汽车置换更新补贴 细则 (12000元; 2027年3月31日).
- ``sanya-taifeng-yuchuan-xiufu-biaozhun.xls``: a **.xls that is an HTML table exported from a 政务系统** (GBK,
  ``charset=gbk``, rowspan/colspan): the 台风灾后渔船修复补助 notice 三农联发〔2026〕19号, **expired** 2026-11-30, no
  successor.
- ``sanya-dongji-guacai-sheshi-butie.pdf``: a **text PDF** (三农联发〔2026〕27号, 冬季瓜菜设施建设补贴) whose 附表 page is
  **landscape by ``/Rotate 90``**, with two **semi-transparent red seals** over the issuers' names and the date.
- ``sanya-lizu-miaozu-jiyi-fuchi-banfa.docx``: 三旅文联发〔2026〕6号 (黎族苗族传统技艺传承扶持办法) with **tracked changes**
  (``w:del``/``w:ins``), the red 文件头 and 文号 in **text boxes** (``wps:txbx`` with a VML fallback) and a 任务分工表
  with **vertically merged** 牵头单位 cells; its 第九条 repeals 三旅文发〔2024〕9号 (“同时废止”).
- ``sanya-jiyi-zanxing-banfa-paizhao.pdf``: an **image-only PDF of two phone photos** of the **repealed** 三旅文发〔2024〕9号
  pinned on a board (turned 1–2°, uneven light, a shadow, a red seal over the date, JPEG).
- ``sanya-xinnengyuan-qiche-zhihuan-xize.html``: a **portal page whose article is in an ``<iframe srcdoc>``** (escaped
  HTML), its second half in a **“阅读全文” ``display:none``** block: the 细则 三商联发〔2026〕5号 (amended).
"""

from __future__ import annotations

import argparse
import html
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city24"

F_DOC = "sanya-xinnengyuan-qiche-tiaozheng-fujian.doc"
F_XLS = "sanya-taifeng-yuchuan-xiufu-biaozhun.xls"
F_PDF = "sanya-dongji-guacai-sheshi-butie.pdf"
F_DOCX = "sanya-lizu-miaozu-jiyi-fuchi-banfa.docx"
F_PHOTO = "sanya-jiyi-zanxing-banfa-paizhao.pdf"
F_HTML = "sanya-xinnengyuan-qiche-zhihuan-xize.html"

# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

NYJ = "三亚市农业农村局"
CZJ = "三亚市财政局"
SWJ = "三亚市商务局"
LWJ = "三亚市旅游和文化广电体育局"

GC_NUMBER = "三农联发〔2026〕27号"  # 冬季瓜菜设施建设补贴 (text PDF), in force to 2027-06-30
GC_PLAN = "三亚市2026—2027年度冬季瓜菜设施建设补贴实施方案"
GC_TITLE = f"{NYJ} {CZJ}关于印发{GC_PLAN}的通知"
GC_TABLE_TITLE = "三亚市2026—2027年度冬季瓜菜设施建设补贴标准表"

YC_NUMBER = "三农联发〔2026〕19号"  # 台风灾后渔船修复补助 (.xls), expired 2026-11-30, no successor
YC_TITLE = f"{NYJ} {CZJ}关于做好2026年台风灾后渔船修复补助工作的通知"
YC_TABLE_TITLE = "三亚市2026年台风灾后渔船修复补助标准表"

QC_NUMBER = "三商联发〔2026〕5号"  # 新能源汽车置换更新补贴 细则 (iframe page), amended by QT
QC_RULES = "三亚市2026年新能源汽车置换更新补贴实施细则"
QC_TITLE = f"{SWJ} {CZJ}关于印发{QC_RULES}的通知"

QT_NUMBER = "三商联发〔2026〕16号"  # the amendment (Word-HTML .doc)
QT_TITLE = f"{SWJ} {CZJ}关于调整新能源汽车置换更新补贴有关事项的通知"

JY_NUMBER = "三旅文联发〔2026〕6号"  # 传统技艺传承扶持办法 (DOCX), repeals JZ
JY_RULES = "三亚市黎族苗族传统技艺传承扶持办法"
JY_TITLE = f"{LWJ} {CZJ}关于印发{JY_RULES}的通知"
JY_TABLE_TITLE = "三亚市黎族苗族传统技艺传承扶持重点任务分工表"

JZ_NUMBER = "三旅文发〔2024〕9号"  # 传承补助暂行办法 (photo PDF), repealed by JY
JZ_RULES = "三亚市黎族苗族传统技艺传承补助暂行办法"
JZ_TITLE = f"{LWJ}关于印发{JZ_RULES}的通知"

PORTAL = "https://www.sanya.gov.cn"

# =============================================================================================
# Texts
# =============================================================================================

# --- 冬季瓜菜设施建设补贴 (text PDF) --------------------------------------------------------------
GC_ADDR = "各区农业农村局、财政局，育才生态区管委会："
GC_COVER = f"《{GC_PLAN}》已经市人民政府同意，现印发给你们，请认真组织实施。"
GC_SIGN = ("三亚市农业农村局", "三亚市财政局", "2026年8月28日")
GC_PARAS = [
    "一、总体要求。为稳定冬季瓜菜生产，提升设施农业抗风防灾能力，保障冬春季蔬菜供应，对新建冬季瓜菜生产设施给予一次性"
    "建设补贴。",
    "二、补贴对象。在海棠区、吉阳区、天涯区、崖州区和育才生态区从事冬季瓜菜生产，2026年9月1日至2026年12月31日期间新建"
    "生产设施、连片建设面积10亩以上的农民合作社、家庭农场、农业企业和种植大户。",
    "三、补贴内容和标准。对单体钢架大棚、连栋钢架大棚、防虫网室和水肥一体化设施四类设施给予补贴，具体标准见附表。"
    "同一地块同一类设施只能享受一次补贴，已享受其他财政设施补贴的不得重复申报。补贴面积按验收确认的实际建成面积计算。",
    "四、申报和验收。设施建成后，经营主体于2026年12月31日前向所在区农业农村局（育才生态区向其农业农村部门）提出验收申请；"
    "区农业农村局会同区财政局在受理后20个工作日内组织验收，验收结果公示5个工作日。",
    "五、资金拨付。补贴资金由市、区财政按6:4比例分担，验收结果公示无异议后30日内拨付到经营主体账户。",
    "六、监督管理。对虚报面积、重复申报、套取补贴资金的，追回补贴资金，经营主体3年内不得申报市级农业补贴项目。",
    "七、本方案自印发之日起施行，有效期至2027年6月30日。",
]
GC_HEAD = ("序号", "设施类型", "主要建设标准", "补贴标准", "每个经营主体补贴上限", "适用作物（参考）")
GC_ROWS = [
    ("1", "单体钢架大棚", "跨度8米以上、肩高2米以上，热镀锌钢管骨架，抗风等级不低于10级", "每亩补贴8000元", "40万元",
     "辣椒、豇豆、苦瓜等"),
    ("2", "连栋钢架大棚", "单栋跨度8米以上、连栋3栋以上，肩高3米以上，抗风等级不低于12级", "每亩补贴12000元", "60万元",
     "哈密瓜、西甜瓜、番茄等"),
    ("3", "防虫网室", "网目40目以上，立柱间距不大于4米，四周及顶部全封闭", "每亩补贴3000元", "15万元", "叶菜类"),
    ("4", "水肥一体化设施", "含首部枢纽、输水管网和滴灌带，实现水肥同步精准供应", "每亩补贴1200元", "10万元", "各类瓜菜"),
]
GC_NOTES = [
    "注：1.享受补贴的设施须自验收之日起连续用于瓜菜生产3年以上，未满3年拆除或改作他用的，按未满年限比例收回补贴资金。",
    "2.同一经营主体建设多类设施的，各类设施分别计算补贴，合计最高不超过80万元。",
]

# --- 台风灾后渔船修复补助 (.xls HTML export) --------------------------------------------------------
YC_BASIS = f"文件依据：《{YC_TITLE}》（{YC_NUMBER}）　发布日期：2026-07-28"
YC_HEAD = ("序号", "船长分类", "受损程度", "补助标准", "每艘最高补助")
YC_ROWS = [
    ("1", "12米以下", "一般损坏（船体、机器经修理可恢复使用）", "每艘补助3000元", "/"),
    ("1", "12米以下", "严重损坏（需更换主机或大修船体）", "每艘补助8000元", "/"),
    ("2", "12米（含）至24米", "一般损坏（船体、机器经修理可恢复使用）", "每千瓦补助100元", "2万元"),
    ("2", "12米（含）至24米", "严重损坏（需更换主机或大修船体）", "每千瓦补助200元", "5万元"),
    ("3", "24米（含）以上", "一般损坏（船体、机器经修理可恢复使用）", "每千瓦补助150元", "4万元"),
    ("3", "24米（含）以上", "严重损坏（需更换主机或大修船体）", "每千瓦补助300元", "10万元"),
]
YC_NOTES = [
    "说明：",
    "1.补助对象为在本市登记、持有有效渔业船舶证书，在2026年第7号台风中受损的海洋捕捞渔船（不含休闲渔船）。",
    "2.船长12米（含）以上渔船按主机功率计算补助，主机功率以渔业船舶检验证书记载为准；按功率计算超过每艘最高补助的，按最高补助"
    "额度发放。",
    "3.船东应于2026年9月30日前向所在区农业农村局申报，逾期不予受理；区农业农村局核实损失后报市农业农村局复核。",
    "4.补助资金由市、区财政按5:5比例分担。",
    "5.本通知自印发之日起施行，有效期至2026年11月30日。",
]
YC_EXPORT = "导出时间：2026-08-03 10:26:41　导出人：yyk_admin　数据来源：三亚市惠农补贴信息管理平台"

# --- 新能源汽车置换更新补贴 细则 (portal page, article in iframe srcdoc) ----------------------------------
QC_ADDR = "各区商务主管部门、财政局，各汽车销售企业："
QC_COVER = f"《{QC_RULES}》已经市人民政府同意，现印发给你们，请认真贯彻执行。"
QC_SIGN = ("三亚市商务局　三亚市财政局", "2026年3月20日")
QC_VISIBLE = [
    "第一条　为促进汽车消费，推动绿色出行，支持个人消费者将燃油乘用车置换为新能源乘用车，制定本细则。",
    "第二条　补贴对象。具有本市户籍或持有本市有效居住证的个人消费者，在2026年4月1日至2026年12月31日期间，将本人名下的燃油"
    "乘用车报废或转出，并在本市汽车销售企业购买新能源乘用车新车、在本市办理注册登记的，可按本细则申请补贴。",
    "第三条　旧车条件。报废或转出的燃油乘用车须在申请人名下登记满1年（以机动车登记证书记载的登记日期计算），且报废或转出时间"
    "在新车购车发票开具之日前后30日内。",
    "第四条　补贴标准。按新车类型和购车发票价格（含税）分档给予一次性补贴：",
]
QC_TABLE = [
    ("新车类型", "新车价格（含税）", "补贴标准"),
    ("纯电动乘用车", "15万元（含）以上", "每辆补贴10000元"),
    ("纯电动乘用车", "15万元以下", "每辆补贴6000元"),
    ("插电式混合动力（含增程式）乘用车", "15万元（含）以上", "每辆补贴8000元"),
    ("插电式混合动力（含增程式）乘用车", "15万元以下", "每辆补贴5000元"),
]
QC_AFTER_TABLE = ("第五条　每名申请人在本细则有效期内限申请1辆新车补贴。补贴资金总额3000万元，由市财政承担，发完即止，资金使用"
                  "进度在“三亚商务”微信公众号公布。")
QC_HIDDEN = [
    "第六条　申请方式。申请人应当自购车发票开具之日起90日内，通过“海易办”平台“新能源汽车置换补贴”专区提交申请，上传身份证件、"
    "旧车报废或转出证明、新车购车发票、机动车登记证书等材料。",
    "第七条　审核发放。市商务局会同市财政局、市公安局交通警察支队在受理后15个工作日内完成审核，审核通过的名单公示5个工作日，"
    "公示无异议的，补贴资金发放至申请人本人银行账户。",
    "第八条　对提供虚假材料骗取补贴的，追回已发放资金，取消其申请资格，并依法依规处理。",
    "第九条　本细则由市商务局负责解释，自2026年4月1日起施行，有效期至2027年6月30日。",
]
QC_ATTACH = "附件：三亚市新能源汽车置换更新补贴申请表.docx"
QC_INDEX = "SY-SWJ-2026-00317"
QC_RELATED = [
    "三亚市商务局关于公布2026年第一季度全市社会消费品零售总额的通报",
    "三亚市2026年“春季购车节”活动参展企业名单公示",
    "三亚市商务局关于做好2026年汽车流通行业安全生产工作的通知",
    "三亚市商务局2025年政府信息公开工作年度报告",
]

# --- the amendment (Word-HTML .doc) ----------------------------------------------------------------
QT_ADDR = "各区商务主管部门、财政局，各汽车销售企业："
QT_PARAS = [
    f"为进一步释放汽车消费潜力，经市人民政府同意，现对《{QC_RULES}》（{QC_NUMBER}，以下简称《细则》）有关事项调整如下：",
    "一、将《细则》第四条中纯电动乘用车新车价格15万元（含）以上的补贴标准由“每辆补贴10000元”调整为“每辆补贴12000元”。"
    "其他车型和价格档次的补贴标准不变。",
    "二、将《细则》第二条中的购车时间“2026年4月1日至2026年12月31日”调整为“2026年4月1日至2027年3月31日”。",
    "三、本通知自2026年10月1日起施行。购车发票开具日期在2026年10月1日以后的，按调整后的标准执行；在此之前购车的，仍按原标准"
    "执行。",
    "四、《细则》其他规定不变。",
]
QT_SIGN = ("三亚市商务局　　　　三亚市财政局", "2026年9月25日")
QT_CONTACT = "（联系电话：0898-88267315）"
QT_CC = "抄送：市人民政府办公室，市公安局交通警察支队。"

# --- 传统技艺传承扶持办法 (DOCX with tracked changes) -----------------------------------------------------
JY_ADDR = "各区旅游和文化主管部门、财政局，育才生态区管委会："
JY_COVER = f"《{JY_RULES}》已经市人民政府同意，现印发给你们，请认真贯彻执行。"
JY_SIGN = ("三亚市旅游和文化广电体育局　　三亚市财政局", "2026年4月20日")
JY_REVIEWER = "市旅文局非遗科 陈"
JY_REV_DATE = "2026-04-17T09:36:00Z"
# Each article as pieces: str (plain), ("del", text) or ("ins", text), tracked by JY_REVIEWER.
JY_ARTICLES: list[list[str | tuple[str, str]]] = [
    ["第一条　为保护传承黎族苗族传统技艺，鼓励代表性传承人开展传习活动，结合本市实际，制定本办法。"],
    ["第二条　本办法所称黎族苗族传统技艺，是指列入市级以上非物质文化遗产代表性项目名录的黎族纺染织绣技艺（黎锦）、黎族原始"
     "制陶技艺、黎族藤竹编技艺、苗族蜡染技艺等传统技艺项目。"],
    ["第三条　传承补助。对市级非物质文化遗产代表性传承人，每人每年给予传承补助", ("del", "6000元"), ("ins", "8000元"),
     "；对区级代表性传承人，每人每年给予传承补助3000元。已享受国家级、省级代表性传承人补助的，不重复享受市级传承补助。"],
    ["第四条　带徒传艺补助。代表性传承人招收学徒开展传习，学徒学习满6个月并经考核合格的，按每名学徒2000元给予带徒补助，每名"
     "传承人每年带徒补助最高不超过2万元。"],
    ["第五条　传习所运营补助。经市旅游和文化广电体育局认定的传统技艺传习所，每个每年给予运营补助3万元，用于场地维护、材料购置"
     "和传习活动开支。"],
    ["第六条　展示展销补助。传承人或传习所参加市级以上部门主办的非遗展示展销活动的，按实际展位费的50%给予补助，每次最高不超过"
     "5000元。", ("del", "参加境外展会的，每次另给予交通补助3000元。")],
    ["第七条　申报程序。每年3月1日至3月31日，由传承人本人或传习所向所在区旅游和文化主管部门申报，区级初审后报市旅游和文化广电"
     "体育局审核", ("ins", "，审核结果在市旅游和文化广电体育局门户网站公示5个工作日"), "。"],
    ["第八条　资金保障。所需资金由市、区财政按5:5比例分担，纳入年度部门预算。"],
    [f"第九条　本办法自2026年5月1日起施行，有效期至2029年4月30日。《{JZ_RULES}》（{JZ_NUMBER}）同时废止。"],
]
JY_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
JY_ROWS = [
    ("1", "开展市级代表性传承人认定和年度考核", "市旅游和文化广电体育局", "各区人民政府", "每年6月30日前"),
    ("2", "认定传统技艺传习所并开展运营评估", "市旅游和文化广电体育局", "市财政局、各区人民政府", "2026年9月30日前"),
    ("3", "组织黎锦等传统技艺展示展销活动", "市旅游和文化广电体育局", "市商务局", "每年12月31日前"),
    ("4", "将传统技艺项目纳入职业技能培训补贴范围", "市人力资源和社会保障局", "市旅游和文化广电体育局", "2026年10月31日前"),
    ("5", "推动传统技艺进校园、进课堂", "市教育局", "市旅游和文化广电体育局、各区人民政府", "每学年"),
    ("6", "落实传承扶持资金保障", "市财政局", "市旅游和文化广电体育局", "每年3月31日前"),
    ("7", "支持传统技艺产品申请商标注册和地理标志", "市市场监督管理局", "市旅游和文化广电体育局", "2026年12月31日前"),
]
JY_CC = "抄送：市人民政府办公室，各区人民政府。"
JY_PRINTED = "三亚市旅游和文化广电体育局办公室　　2026年4月20日印发"

# --- the repealed 暂行办法 (photo PDF) ------------------------------------------------------------
JZ_ADDR = "各区旅游和文化主管部门，育才生态区管委会："
JZ_COVER = f"《{JZ_RULES}》已经局党组会议研究同意，现印发给你们，请遵照执行。"
JZ_SIGN = ("三亚市旅游和文化广电体育局", "2024年6月12日")
JZ_PUBLIC = "（此件公开发布）"
JZ_ARTICLES = [
    "第一条　为加强黎族苗族传统技艺保护传承，支持代表性传承人开展传习活动，制定本办法。",
    "第二条　补助对象为市级非物质文化遗产代表性传承人和经认定的传统技艺传习所。",
    "第三条　市级代表性传承人每人每年补助5000元。",
    "第四条　传承人招收学徒开展传习，学徒学习满6个月并经考核合格的，按每名学徒1000元给予补助，每名传承人每年最高不超过1万元。",
    "第五条　经认定的传统技艺传习所每个每年补助2万元。",
    "第六条　补助对象于每年4月30日前向所在区旅游和文化主管部门申报，审核结果公示7个工作日。",
    "第七条　本办法自2024年7月1日起施行，有效期至2027年6月30日。",
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


def _ascii_runs(text: str) -> list[str]:
    """Splits text where Word would switch between an East Asian run and a Latin (lang=EN-US) run."""
    return [m.group(0) for m in re.finditer(r"[\x21-\x7e]+|[^\x21-\x7e]+", text)]


# =============================================================================================
# 1. The “附件” .doc that is Word's “save as web page” HTML (GBK)
# =============================================================================================

WORD_STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
	{font-family:仿宋_GB2312;
	mso-font-alt:仿宋;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:方正小标宋简体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-size:10.0pt;
	mso-ansi-font-size:10.0pt;
	mso-bidi-font-size:10.0pt;
	mso-font-kerning:0pt;}
 /* Page Definitions */
 @page
	{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-page-numbers:1;
	mso-paper-source:0;
	layout-grid:28.95pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>"""

DOC_XML_PROPS = """<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>swj</o:Author>
  <o:LastAuthor>Administrator</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:TotalTime>38</o:TotalTime>
  <o:LastPrinted>2026-09-25T02:10:00Z</o:LastPrinted>
  <o:Created>2026-09-24T01:12:00Z</o:Created>
  <o:LastSaved>2026-09-25T07:45:00Z</o:LastSaved>
  <o:Pages>1</o:Pages>
  <o:Words>118</o:Words>
  <o:Characters>676</o:Characters>
  <o:Lines>5</o:Lines>
  <o:Paragraphs>1</o:Paragraphs>
  <o:CharactersWithSpaces>793</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>14.45 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="59" Name="Table Grid"/>
 </w:LatentStyles>
</xml><![endif]-->"""


def _word_spans(text: str, pt: float, font: str) -> str:
    """Word's HTML for a run of text: East Asian runs in the paragraph's font, ASCII runs as lang=EN-US spans."""
    out = []
    for part in _ascii_runs(text):
        body = html.escape(part, quote=False)
        if part[0].isascii():
            out.append(f"<span lang=EN-US style='font-size:{pt}pt;font-family:{font};mso-hansi-font-family:"
                       f"\"Times New Roman\"'>{body}</span>")
        else:
            out.append(f"<span style='font-size:{pt}pt;font-family:{font};mso-ascii-font-family:\"Times New Roman\";"
                       f"mso-hansi-font-family:\"Times New Roman\"'>{body}</span>")
    return "".join(out)


def _word_p(text: str, *, pt: float = 16.0, font: str = "仿宋_GB2312", align: str = "", indent: bool = False,
            line: float = 28.95) -> str:
    style = [f"line-height:{line}pt", "mso-line-height-rule:exactly"]
    attr = ""
    if align:
        attr = f" align={align}"
        style.insert(0, f"text-align:{align}")
    if indent:
        style.insert(0, "text-indent:32.0pt;mso-char-indent-count:2.0")
    eol = (f"<span lang=EN-US style='font-size:{pt}pt;font-family:{font}'><o:p></o:p></span>")
    return f"<p class=MsoNormal{attr} style='{';'.join(style)}'>{_word_spans(text, pt, font)}{eol}</p>\n"


def _word_blank(pt: float = 16.0) -> str:
    return (f"<p class=MsoNormal style='line-height:28.95pt;mso-line-height-rule:exactly'><span lang=EN-US "
            f"style='font-size:{pt}pt;font-family:仿宋_GB2312'><o:p>&nbsp;</o:p></span></p>\n")


def word_doc_paragraphs() -> list[str]:
    """The .doc's paragraphs as a reader gets them (the check reads these)."""
    return [QT_NUMBER, QT_TITLE, QT_ADDR, *QT_PARAS, QT_SIGN[0], QT_SIGN[1], QT_CONTACT, QT_CC]


def make_word_html_doc() -> bytes:
    head = (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\n"
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\n"
        "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"\n"
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
        "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
        "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
        "<meta name=Originator content=\"Microsoft Word 15\">\n"
        f"<title>{QT_NUMBER}</title>\n{DOC_XML_PROPS}\n{WORD_STYLE}\n"
        "<!--[if gte mso 10]>\n<style>\n /* Style Definitions */\n table.MsoNormalTable\n"
        "\t{mso-style-name:普通表格;\n\tmso-tstyle-rowband-size:0;\n\tmso-tstyle-colband-size:0;\n"
        "\tmso-style-noshow:yes;\n\tmso-style-priority:99;\n\tmso-style-parent:\"\";\n"
        "\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;\n\tmso-para-margin:0cm;\n\tmso-para-margin-bottom:.0001pt;\n"
        "\tmso-pagination:widow-orphan;\n\tfont-size:10.0pt;\n\tfont-family:\"Times New Roman\",serif;}\n"
        "</style>\n<![endif]--><!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext=\"edit\" spidmax=\"1026\"/>\n"
        "</xml><![endif]--><!--[if gte mso 9]><xml>\n <o:shapelayout v:ext=\"edit\">\n"
        "  <o:idmap v:ext=\"edit\" data=\"1\"/>\n </o:shapelayout></xml><![endif]-->\n</head>\n\n"
        "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n\n"
        "<div class=WordSection1 style='layout-grid:28.95pt'>\n\n"
    )
    body = [_word_p(QT_NUMBER, align="center"), _word_blank(),
            _word_p(QT_TITLE, pt=22.0, font="方正小标宋简体", align="center", line=35.0), _word_blank(),
            _word_p(QT_ADDR)]
    body += [_word_p(t, indent=True) for t in QT_PARAS]
    body += [_word_blank(), _word_blank()]
    sign = QT_SIGN[0].replace("　　　　", "<span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                                         "&nbsp;</span>")
    body.append("<p class=MsoNormal align=right style='text-align:right;line-height:28.95pt;mso-line-height-rule:"
                "exactly'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>"
                + sign + "<span style='mso-spacerun:yes'>&nbsp;&nbsp;</span></span><span lang=EN-US style='font-size:"
                "16.0pt;font-family:仿宋_GB2312'><o:p></o:p></span></p>\n")
    body.append(_word_p(QT_SIGN[1], align="right"))
    body.append(_word_p(QT_CONTACT, indent=True))
    body += [_word_blank()] * 3
    body.append("<div style='mso-element:para-border-div;border:none;border-top:solid windowtext 1.0pt;mso-border-top-"
                "alt:solid windowtext .75pt;padding:1.0pt 0cm 0cm 0cm'>\n")
    body.append(_word_p(QT_CC, pt=14.0))
    body.append("</div>\n")
    tail = "\n</div>\n\n</body>\n\n</html>\n"
    text = head + "".join(body) + tail
    return text.replace("\n", "\r\n").encode("gbk")


# =============================================================================================
# 2. The .xls that is an HTML table exported from a 政务系统 (GBK)
# =============================================================================================


def xls_rows() -> list[list[str]]:
    """The table's rows as a reader gets them (merged cells given once, where they start)."""
    rows = [[YC_TABLE_TITLE], [YC_BASIS], list(YC_HEAD)]
    prev = ""
    for row in YC_ROWS:
        if row[0] != prev:
            rows.append(list(row))
        else:
            rows.append(list(row[2:]))
        prev = row[0]
    rows.append(["\n".join(YC_NOTES)])
    rows.append([YC_EXPORT])
    return rows


def make_xls_html() -> bytes:
    td = "<td class=xl66"
    out = [
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta http-equiv=Content-Type content=\"text/html; charset=gbk\">\n"
        "<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content=\"hnbt-export 2.3\">\n"
        "<!--[if gte mso 9]><xml>\n<x:ExcelWorkbook>\n<x:ExcelWorksheets>\n<x:ExcelWorksheet>\n"
        "<x:Name>渔船修复补助标准</x:Name>\n<x:WorksheetOptions>\n<x:DefaultRowHeight>285</x:DefaultRowHeight>\n"
        "<x:Print><x:ValidPrinterInfo/><x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>\n"
        "<x:Selected/>\n<x:ProtectContents>False</x:ProtectContents>\n</x:WorksheetOptions>\n</x:ExcelWorksheet>\n"
        "</x:ExcelWorksheets>\n<x:WindowHeight>9000</x:WindowHeight>\n<x:WindowWidth>18000</x:WindowWidth>\n"
        "</x:ExcelWorkbook>\n</xml><![endif]-->\n<style>\n"
        "table{mso-displayed-decimal-separator:\"\\.\";mso-displayed-thousand-separator:\"\\,\";}\n"
        "td{mso-style-parent:style0;padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;"
        "font-size:11.0pt;font-family:宋体;mso-number-format:\"\\@\";vertical-align:middle;"
        "border:.5pt solid windowtext;white-space:normal;}\n"
        ".xl65{font-size:16.0pt;font-weight:700;text-align:center;border:none;}\n"
        ".xl66{text-align:center;}\n.xl67{font-weight:700;text-align:center;background:#D9E1F2;}\n"
        ".xl68{text-align:left;vertical-align:top;}\n.xl69{text-align:right;border:none;color:#808080;font-size:9.0pt;}\n"
        "</style>\n</head>\n<body>\n"
        "<table border=1 cellpadding=0 cellspacing=0 width=860 style='border-collapse:collapse;table-layout:fixed;"
        "width:645pt'>\n"
        " <col width=50 style='width:38pt'>\n <col width=150 style='width:113pt'>\n <col width=300 style='width:225pt'>\n"
        " <col width=200 style='width:150pt'>\n <col width=160 style='width:120pt'>\n",
        f" <tr height=40 style='height:30.0pt'>\n  <td colspan=5 height=40 class=xl65 style='height:30.0pt'>"
        f"{html.escape(YC_TABLE_TITLE)}</td>\n </tr>\n",
        f" <tr height=30 style='height:22.5pt'>\n  <td colspan=5 class=xl68 style='border:none'>"
        f"{html.escape(YC_BASIS)}</td>\n </tr>\n",
        " <tr height=30 style='height:22.5pt'>\n"
        + "".join(f"  <td class=xl67>{html.escape(h)}</td>\n" for h in YC_HEAD) + " </tr>\n",
    ]
    prev = ""
    for row in YC_ROWS:
        cells = []
        if row[0] != prev:
            cells.append(f"{td} rowspan=2 x:num>{row[0]}</td>")
            cells.append(f"{td} rowspan=2>{html.escape(row[1])}</td>")
        prev = row[0]
        cells += [f"<td class=xl68>{html.escape(row[2])}</td>", f"{td}>{html.escape(row[3])}</td>",
                  f"{td}>{html.escape(row[4])}</td>"]
        out.append(" <tr height=36 style='height:27.0pt'>\n" + "".join(f"  {c}\n" for c in cells) + " </tr>\n")
    notes = "<br>\n".join(html.escape(t) for t in YC_NOTES)
    out.append(f" <tr height=190 style='height:142.5pt'>\n  <td colspan=5 class=xl68>{notes}</td>\n </tr>\n")
    out.append(f" <tr height=24 style='height:18.0pt'>\n  <td colspan=5 class=xl69>{html.escape(YC_EXPORT)}</td>\n"
               " </tr>\n")
    out.append("</table>\n</body>\n</html>\n")
    return "".join(out).replace("\n", "\r\n").encode("gbk")


# =============================================================================================
# 3. The text PDF with a landscape 附表 page and red seals (冬季瓜菜设施建设补贴)
# =============================================================================================

RED = (0.86, 0.08, 0.08)


def _wqy() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    return "WQY"


def make_seal(name: str, seed: int, px: int = 560):
    """A round red official seal (RGBA, semi-transparent, uneven ink): the issuer's name on the upper arc, a star."""
    import math

    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    path, index = cjk_face(bold=True)
    font = ImageFont.truetype(path, int(px * 0.14), index=index)
    ink = Image.new("L", (px, px), 0)
    d = ImageDraw.Draw(ink)
    c = px / 2
    d.ellipse([8, 8, px - 8, px - 8], outline=255, width=int(px * 0.03))
    star = []
    for k in range(10):
        r = px * (0.15 if k % 2 == 0 else 0.06)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((c + r * math.cos(a), c + 0.02 * px + r * math.sin(a)))
    d.polygon(star, fill=255)
    n = len(name)
    span = min(250.0, 26.0 * n)
    for k, ch in enumerate(name):
        ang = -90 - span / 2 + span * (k + 0.5) / n
        tile = Image.new("L", (int(px * 0.2), int(px * 0.2)), 0)
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=font, fill=255, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        rr = px * 0.36
        x = c + rr * math.cos(math.radians(ang)) - tile.width / 2
        y = c + rr * math.sin(math.radians(ang)) - tile.height / 2
        ink.paste(255, (int(x), int(y)), tile)
    rng = np.random.RandomState(seed)
    grain = Image.fromarray((rng.rand(px // 8, px // 8) * 255).astype("uint8")).resize((px, px), Image.Resampling.BICUBIC)
    grain = grain.filter(ImageFilter.GaussianBlur(3))
    a = np.asarray(ink, dtype=np.float32) / 255.0
    g = np.asarray(grain, dtype=np.float32) / 255.0
    speck = rng.rand(px, px) > 0.06
    alpha = a * (0.45 + 0.4 * g) * speck
    rgba = np.zeros((px, px, 4), dtype=np.uint8)
    rgba[..., 0] = 214
    rgba[..., 1] = 28
    rgba[..., 2] = 34
    rgba[..., 3] = np.clip(alpha * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def pdf_lines() -> list[tuple[int, str]]:
    """(page, text) of every line drawn, in order (what a reader sees on the rendered pages; the check reads these)."""
    return [(p, t) for p, t, k, *_ in _pdf_layout() if k != "grid"]


def _pdf_layout() -> list[tuple]:
    """(page, text, kind, x, y, size, extra): the drawing plan of the PDF (pages 1-2 portrait, page 3 landscape)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = _wqy()
    w, h = 595.27, 841.89
    left, width = 80.0, 595.27 - 160.0
    plan: list[tuple] = []

    def wrap(text: str, size: float, max_w: float) -> list[str]:
        return wrap_cjk(text, lambda s: stringWidth(s, font, size), max_w)

    # page 1: 红头, 文号, title, addressee, cover, signatures, date
    plan += [(1, "三亚市农业农村局", "red", w / 2 - 50, h - 118, 28, "c"),
             (1, "三亚市财政局", "red", w / 2 - 50, h - 158, 28, "c"),
             (1, "文件", "red", w / 2 + 130, h - 150, 42, "c"),
             (1, GC_NUMBER, "text", w / 2, h - 210, 16, "c")]
    y = h - 272
    for t in wrap(GC_TITLE, 20, width - 20):
        plan.append((1, t, "text", w / 2, y, 20, "c"))
        y -= 32
    y -= 14
    for t in wrap(GC_ADDR, 16, width):
        plan.append((1, t, "text", left, y, 16, "l"))
        y -= 28
    for t in wrap("　　" + GC_COVER, 16, width):
        plan.append((1, t, "text", left, y, 16, "l"))
        y -= 28
    y -= 84
    plan += [(1, GC_SIGN[0], "text", 190, y, 16, "c"), (1, GC_SIGN[1], "text", 420, y, 16, "c"),
             (1, GC_SIGN[2], "text", 420, y - 30, 16, "c"),
             (1, "（此件公开发布）", "text", left + 32, y - 72, 16, "l"),
             (1, "— 1 —", "text", w / 2, 52, 12, "c")]
    # page 2: the plan
    y = h - 100
    for t in wrap(GC_PLAN, 20, width - 20):
        plan.append((2, t, "text", w / 2, y, 20, "c"))
        y -= 34
    y -= 10
    for para in GC_PARAS:
        for t in wrap("　　" + para, 15, width):
            plan.append((2, t, "text", left, y, 15, "l"))
            y -= 26.5
    plan.append((2, "— 2 —", "text", w / 2, 52, 12, "c"))
    # page 3 (landscape, drawn in landscape coordinates 842 x 595)
    lw, lh = h, w
    plan += [(3, "附表", "text", 60, lh - 62, 16, "l"), (3, GC_TABLE_TITLE, "text", lw / 2, lh - 98, 19, "c")]
    cols = [40.0, 100.0, 246.0, 126.0, 92.0, 118.0]
    x0 = (lw - sum(cols)) / 2
    y = lh - 122
    grid = []
    for k, row in enumerate([GC_HEAD, *GC_ROWS]):
        size = 12.5
        cells = [wrap(t, size, cw - 12) for t, cw in zip(row, cols, strict=True)]
        n = max(len(c) for c in cells)
        row_h = n * 17 + 16
        x = x0
        for lines, cw in zip(cells, cols, strict=True):
            ty = y - (row_h - len(lines) * 17) / 2 - 13
            for t in lines:
                plan.append((3, t, "bold" if k == 0 else "text", x + cw / 2, ty, size, "c"))
                ty -= 17
            x += cw
        grid.append((y, row_h))
        y -= row_h
    plan.append((3, "", "grid", x0, 0, 0, (cols, grid)))
    y -= 26
    for note in GC_NOTES:
        for t in wrap(note, 12.5, sum(cols)):
            plan.append((3, t, "text", x0, y, 12.5, "l"))
            y -= 20
    plan.append((3, "— 3 —", "text", lw / 2, 36, 12, "c"))
    return [p for p in plan if p[2] != "grid"] + [p for p in plan if p[2] == "grid"]


def pdf_raw() -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    font = _wqy()
    w, h = 595.27, 841.89
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(w, h), invariant=1, pageCompression=1)
    c.setTitle(GC_TITLE)
    c.setAuthor("三亚市农业农村局")
    c.setSubject(GC_NUMBER)
    c.setCreator("WPS 文字")
    plan = _pdf_layout()
    for page in (1, 2, 3):
        if page == 3:
            c.setPageRotation(90)
            c.transform(0, 1, -1, 0, w, 0)  # draw in landscape coordinates; /Rotate 90 shows them upright
        for _p, text, kind, x, y, size, extra in (q for q in plan if q[0] == page):
            if kind == "grid":
                cols, grid = extra
                c.setLineWidth(0.8)
                top = grid[0][0]
                bottom = grid[-1][0] - grid[-1][1]
                for gy, _gh in grid:
                    c.line(x, gy, x + sum(cols), gy)
                c.line(x, bottom, x + sum(cols), bottom)
                gx = x
                for cw in [0.0, *cols]:
                    gx += cw
                    c.line(gx, top, gx, bottom)
                continue
            c.setFillColorRGB(*(RED if kind == "red" else (0, 0, 0)))
            c.setFont(font, size)
            if kind == "bold":
                c.saveState()
                c.setStrokeColorRGB(0, 0, 0)
                c.setLineWidth(0.35)
                t = c.beginText()
                t.setTextRenderMode(2)
                t.setFont(font, size)
                t.setTextOrigin(x - c.stringWidth(text, font, size) / 2, y)
                t.textLine(text)
                c.drawText(t)
                c.restoreState()
                continue
            if extra == "c":
                c.drawCentredString(x, y, text)
            else:
                c.drawString(x, y, text)
        if page == 1:
            c.setStrokeColorRGB(*RED)
            c.setLineWidth(2.2)
            c.line(72, h - 226, w - 72, h - 226)
            c.setLineWidth(0.8)
            c.line(72, h - 230.5, w - 72, h - 230.5)
            sign_y = next(q[4] for q in plan if q[1] == GC_SIGN[0] and q[2] == "text")
            c.drawImage(ImageReader(make_seal(NYJ, 2026082801)), 190 - 62, sign_y - 58, 124, 124, mask="auto")
            c.drawImage(ImageReader(make_seal(CZJ, 2026082802)), 420 - 58, sign_y - 74, 124, 124, mask="auto")
        c.showPage()
    c.save()
    return out.getvalue()


def make_pdf() -> bytes:
    import pikepdf

    pdf = pikepdf.Pdf.open(io.BytesIO(pdf_raw()))
    # reportlab writes the rotated page's MediaBox swapped; the page is a portrait A4 sheet turned by /Rotate 90
    pdf.pages[2].obj.MediaBox = pikepdf.Array([0, 0, 595.27, 841.89])
    when = "D:20260828163012+08'00'"
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(
        Title=pikepdf.String(GC_TITLE), Author=pikepdf.String("三亚市农业农村局"), Subject=pikepdf.String(GC_NUMBER),
        Creator=pikepdf.String("WPS 文字"), Producer=pikepdf.String("WPS PDF 11.1"),
        CreationDate=pikepdf.String(when), ModDate=pikepdf.String(when)))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()


# =============================================================================================
# 4. The DOCX: tracked changes, 红头 and 文号 in text boxes, a 分工表 with vertically merged cells
# =============================================================================================

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WHEN_DOCX = (2026, 4, 20, 17, 22, 8)
FS = "仿宋_GB2312"


def _rpr(size: int = 32, font: str = FS, extra: str = "") -> str:
    return (f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{extra}'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')


def _run(text: str, size: int = 32, font: str = FS, extra: str = "") -> str:
    return f'<w:r>{_rpr(size, font, extra)}<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'


def _para(runs: str, jc: str = "", line: int = 579, indent: bool = False, extra_ppr: str = "") -> str:
    ppr = f'<w:jc w:val="{jc}"/>' if jc else ""
    ind = '<w:ind w:firstLineChars="200" w:firstLine="640"/>' if indent else ""
    return (f'<w:p><w:pPr>{extra_ppr}<w:spacing w:line="{line}" w:lineRule="exact"/>{ind}{ppr}</w:pPr>'
            f"{runs}</w:p>")


def _tracked(pieces: list[str | tuple[str, str]], rev: list[int]) -> str:
    """Runs of an article; ("del", t) and ("ins", t) become w:del / w:ins by the reviewer."""
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(_run(piece))
            continue
        kind, text = piece
        rev[0] += 1
        attrs = f'w:id="{rev[0]}" w:author="{JY_REVIEWER}" w:date="{JY_REV_DATE}"'
        if kind == "del":
            out.append(f'<w:del {attrs}><w:r>{_rpr()}<w:delText xml:space="preserve">{_x(text)}</w:delText></w:r>'
                       "</w:del>")
        else:
            out.append(f"<w:ins {attrs}>{_run(text)}</w:ins>")
    return "".join(out)


def _textbox(shape_id: int, name: str, paras: str, x_emu: int, y_emu: int, cx: int, cy: int) -> str:
    """A floating text box as Word 2010+ writes it: a wps shape, and the same text again in the VML fallback."""
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    pt_w, pt_h, pt_x, pt_y = cx / 12700, cy / 12700, x_emu / 12700, y_emu / 12700
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + shape_id}" '
        'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{shape_id}" name="{_x(name)}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{a}"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
        '<a:ln><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        "</mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape id="文本框 {shape_id}" o:spid="_x0000_s10{25 + shape_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{pt_x:.1f}pt;margin-top:{pt_y:.1f}pt;width:{pt_w:.1f}pt;'
        f'height:{pt_h:.1f}pt;z-index:{shape_id};mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:page" filled="f" stroked="f">'
        f'<v:textbox inset="0,0,0,0"><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def _red(text: str, size: int, jc: str = "center", spacing: int = 0) -> str:
    extra = '<w:color w:val="FF0000"/>' + (f'<w:spacing w:val="{spacing}"/>' if spacing else "")
    return _para(_run(text, size, "方正小标宋简体", extra), jc, line=int(size * 14))


def _cell(text: str, width: int, *, head: bool = False, vmerge: str | None = None) -> str:
    vm = "" if vmerge is None else ('<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>")
    font = "黑体" if head else FS
    body = (f'<w:p><w:pPr><w:spacing w:line="360" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
            f"{_run(text, 24, font) if text else ''}</w:p>")
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vm}<w:vAlign w:val="center"/></w:tcPr>'
            f"{body}</w:tc>")


def _merged_table() -> str:
    widths = [700, 3300, 1800, 2000, 1500]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    out.append('<w:tr><w:trPr><w:tblHeader/><w:trHeight w:val="567"/></w:trPr>'
               + "".join(_cell(t, w, head=True) for t, w in zip(JY_HEAD, widths, strict=True)) + "</w:tr>")
    for k, row in enumerate(JY_ROWS):
        cells = []
        for j, (text, w) in enumerate(zip(row, widths, strict=True)):
            vm = None
            shown = text
            if j == 2:
                above = JY_ROWS[k - 1][2] if k else None
                below = JY_ROWS[k + 1][2] if k + 1 < len(JY_ROWS) else None
                if text == above:
                    vm, shown = "continue", ""
                elif text == below:
                    vm = "restart"
            cells.append(_cell(shown, w, vmerge=vm))
        out.append('<w:tr><w:trPr><w:trHeight w:val="680"/></w:trPr>' + "".join(cells) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_body() -> str:
    rev = [100]
    boxes = (_textbox(1, "文本框 1", _red("三亚市旅游和文化广电体育局", 52, "distribute") + _red("三亚市财政局", 52, "distribute"),
                      0, 1440000, 4320000, 1260000)
             + _textbox(2, "文本框 2", _red("文件", 80, "center"), 4500000, 1440000, 1120000, 1260000)
             + _textbox(3, "文本框 3", _para(_run(JY_NUMBER), "center"), 0, 3000000, 5615940, 400000))
    red_rule = ('<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="1" w:color="FF0000"/></w:pBdr>')
    ps = [
        f'<w:p><w:pPr><w:spacing w:line="579" w:lineRule="exact"/></w:pPr>{boxes}</w:p>',
        *['<w:p><w:pPr><w:spacing w:line="579" w:lineRule="exact"/></w:pPr></w:p>'] * 3,
        f'<w:p><w:pPr>{red_rule}<w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:p>',
        _para(_run(JY_TITLE, 44, "方正小标宋简体"), "center", 700),
        _para(_run(JY_ADDR)),
        _para(_run(JY_COVER), indent=True),
        _para(""), _para(_run(JY_SIGN[0]), "right"), _para(_run(JY_SIGN[1]), "right"),
        _para(_run("（此件公开发布）"), indent=True),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        _para(_run(JY_RULES, 44, "方正小标宋简体"), "center", 700),
    ]
    ps += [_para(_tracked(art, rev), indent=True) for art in JY_ARTICLES]
    ps += ['<w:p><w:r><w:br w:type="page"/></w:r></w:p>', _para(_run("附件", 32, "黑体")),
           _para(_run(JY_TABLE_TITLE, 36, "方正小标宋简体"), "center", 700), _merged_table(), _para(""),
           _para(_run(JY_CC, 28), extra_ppr='<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'),
           _para(_run(JY_PRINTED, 28), extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" '
                 'w:color="000000"/></w:pBdr>')]
    return "".join(ps)


def docx_text() -> list[str]:
    """The DOCX's text as a reader that accepts the tracked changes gets it: text boxes once, then the body paragraphs
    and table rows (the check reads these)."""
    out = ["三亚市旅游和文化广电体育局", "三亚市财政局", "文件", JY_NUMBER, JY_TITLE, JY_ADDR, JY_COVER, *JY_SIGN,
           "（此件公开发布）", JY_RULES]
    for art in JY_ARTICLES:
        out.append("".join(p if isinstance(p, str) else (p[1] if p[0] == "ins" else "") for p in art))
    out += ["附件", JY_TABLE_TITLE, " ".join(JY_HEAD)]
    out += [" ".join(r) for r in JY_ROWS]
    return [*out, JY_CC, JY_PRINTED]


def make_docx() -> bytes:
    import docx

    doc = docx.Document()
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    template_doc = src.read("word/document.xml").decode("utf-8")
    root_open = template_doc[template_doc.index("<w:document"):template_doc.index("<w:body>")]
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + root_open
                + f"<w:body>{docx_body()}{sect}</w:body></w:document>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_x(JY_TITLE)}</dc:title><dc:creator>市旅文局非遗科</dc:creator>"
            f"<cp:lastModifiedBy>{_x(JY_REVIEWER)}</cp:lastModifiedBy><cp:revision>7</cp:revision>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-09T01:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-04-20T09:22:00Z</dcterms:modified>'
            "</cp:coreProperties>")
    members = []
    for info in src.infolist():
        name = info.filename
        if name in ("docProps/thumbnail.jpeg",):
            continue
        data = src.read(name)
        if name == "word/document.xml":
            data = document.encode("utf-8")
        elif name == "docProps/core.xml":
            data = core.encode("utf-8")
        elif name == "docProps/app.xml":
            data = re.sub(rb"<Application>[^<]*</Application>", b"<Application>Microsoft Office Word</Application>",
                          data)
        elif name == "word/settings.xml":
            data = data.replace(b"<w:defaultTabStop", b"<w:trackRevisions/><w:defaultTabStop", 1)
        elif name == "[Content_Types].xml":
            data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
        elif name == "_rels/.rels":
            data = re.sub(rb'<Relationship Id="rId\d+" Type="[^"]*/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>',
                          b"", data)
        members.append((name, data))
    return _zip(members, WHEN_DOCX)


# =============================================================================================
# 5. The image-only PDF: two phone photos of the repealed 暂行办法 pinned on a board
# =============================================================================================

SHEET_W, SHEET_H = 1240, 1754  # an A4 sheet at 150 dpi
SHEET_X = 150


def sheet_items() -> list[list[tuple[str, str]]]:
    """Per sheet, the printed lines as (kind, text), in order (the check reads these)."""
    from PIL import ImageFont

    path, index = cjk_face(serif=True)
    bpath, bindex = cjk_face(serif=True, bold=True)
    body = ImageFont.truetype(path, 36, index=index)
    title = ImageFont.truetype(bpath, 46, index=bindex)
    width = SHEET_W - 2 * SHEET_X
    p1: list[tuple[str, str]] = [("red", f"{LWJ}文件"), ("number", JZ_NUMBER)]
    p1 += [("title", t) for t in wrap_cjk(JZ_TITLE, title.getlength, width - 100)]
    p1 += [("body", t) for t in wrap_cjk(JZ_ADDR, body.getlength, width)]
    p1 += [("body", t) for t in wrap_cjk("　　" + JZ_COVER, body.getlength, width)]
    p1 += [("gap", ""), ("sign", JZ_SIGN[0]), ("date", JZ_SIGN[1]), ("body", "　　" + JZ_PUBLIC), ("folio", "— 1 —")]
    p2: list[tuple[str, str]] = [("title", JZ_RULES), ("gap", "")]
    for art in JZ_ARTICLES:
        p2 += [("body", t) for t in wrap_cjk("　　" + art, body.getlength, width)]
    p2.append(("folio", "— 2 —"))
    return [p1, p2]


def _sheet(items: list[tuple[str, str]]):
    """The printed sheet (RGB) and where the date line sits (for the seal)."""
    from PIL import Image, ImageDraw, ImageFont

    path, index = cjk_face(serif=True)
    bpath, bindex = cjk_face(serif=True, bold=True)
    f_body = ImageFont.truetype(path, 36, index=index)
    f_title = ImageFont.truetype(bpath, 46, index=bindex)
    f_red = ImageFont.truetype(bpath, 64, index=bindex)
    img = Image.new("RGB", (SHEET_W, SHEET_H), (247, 246, 241))
    d = ImageDraw.Draw(img)
    ink = (28, 28, 30)
    y = 190
    date_xy = (0, 0)
    for kind, text in items:
        if kind == "red":
            d.text((SHEET_W // 2, y), text, font=f_red, fill=(206, 24, 30), anchor="mt")
            y += 150
        elif kind == "number":
            d.text((SHEET_W // 2, y), text, font=f_body, fill=ink, anchor="mt")
            d.line([(SHEET_X - 20, y + 62), (SHEET_W - SHEET_X + 20, y + 62)], fill=(206, 24, 30), width=5)
            y += 120
        elif kind == "title":
            d.text((SHEET_W // 2, y), text, font=f_title, fill=ink, anchor="mt")
            y += 70
        elif kind == "body":
            d.text((SHEET_X, y), text, font=f_body, fill=ink)
            y += 64
        elif kind == "gap":
            y += 90
        elif kind == "sign":
            d.text((SHEET_W - SHEET_X - 60, y), text, font=f_body, fill=ink, anchor="ra")
            y += 64
        elif kind == "date":
            d.text((SHEET_W - SHEET_X - 110, y), text, font=f_body, fill=ink, anchor="ra")
            date_xy = (SHEET_W - SHEET_X - 110 - int(f_body.getlength(text) / 2), y + 18)
            y += 110
        elif kind == "folio":
            d.text((SHEET_W // 2, SHEET_H - 110), text, font=f_body, fill=ink, anchor="mt")
    return img, date_xy


def _photo(sheet, seed: int, angle: float) -> bytes:
    """The sheet pinned on a cork board, photographed: turned, lit unevenly, a shadow, noise, JPEG."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.RandomState(seed)
    cw, ch = 1500, 2000
    board = rng.normal(0, 9, (ch // 4, cw // 4)).astype(np.float32)
    board_img = Image.fromarray(np.clip(board + 128, 0, 255).astype("uint8")).resize((cw, ch),
                                                                                     Image.Resampling.BICUBIC)
    b = np.asarray(board_img, dtype=np.float32) - 128
    base = np.stack([142 + b, 108 + b * 0.9, 72 + b * 0.7], axis=-1)
    canvas = Image.fromarray(np.clip(base, 0, 255).astype("uint8"), "RGB")
    paper = sheet.resize((1320, int(1320 * SHEET_H / SHEET_W)), Image.Resampling.LANCZOS).convert("RGBA")
    paper = paper.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    shadow = Image.new("L", paper.size, 0)
    shadow.paste(paper.getchannel("A"), (0, 0))
    shadow = shadow.filter(ImageFilter.GaussianBlur(10))
    ox, oy = (cw - paper.width) // 2 + 8, (ch - paper.height) // 2 + 6
    canvas.paste((60, 44, 30), (ox + 9, oy + 12), shadow.point(lambda v: v * 0.55))
    canvas.paste(paper, (ox, oy), paper)
    d = ImageDraw.Draw(canvas)
    for px, py, col in ((ox + 90, oy + 60, (30, 120, 200)), (ox + paper.width - 90, oy + 55, (220, 60, 50))):
        d.ellipse([px - 16, py - 16, px + 16, py + 16], fill=col)
        d.ellipse([px - 7, py - 9, px + 1, py - 2], fill=(255, 255, 255))
    # uneven light: brighter upper left, darker lower right, and the phone's shadow at the bottom left
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    light = 1.06 - 0.20 * (xx / cw) * 0.55 - 0.20 * (yy / ch) * 0.8
    blob = np.exp(-(((xx - 300) / 420) ** 2 + ((yy - 1880) / 300) ** 2))
    light = light * (1 - 0.33 * blob)
    arr = np.asarray(canvas, dtype=np.float32) * light[..., None] * np.array([1.0, 0.985, 0.95], dtype=np.float32)
    arr += rng.normal(0, 3.2, arr.shape)
    photo = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"), "RGB").filter(ImageFilter.GaussianBlur(0.7))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=72, optimize=True)
    return out.getvalue()


def make_photo_pdf() -> bytes:
    import pikepdf
    from PIL import Image

    pdf = pikepdf.Pdf.new()
    angles = (1.4, -1.7)
    for k, items in enumerate(sheet_items()):
        sheet, date_xy = _sheet(items)
        if k == 0:
            seal = make_seal(LWJ, 2024061201, 300).rotate(-8, resample=Image.Resampling.BICUBIC)
            sheet.paste(seal, (date_xy[0] - 150, date_xy[1] - 150), seal)
        jpg = _photo(sheet, 20261128 + k, angles[k])
        w, h = Image.open(io.BytesIO(jpg)).size
        pw, ph = w * 72 / 180, h * 72 / 180
        image = pikepdf.Stream(pdf, jpg)
        image.Type = pikepdf.Name.XObject
        image.Subtype = pikepdf.Name.Image
        image.Width, image.Height = w, h
        image.ColorSpace = pikepdf.Name.DeviceRGB
        image.BitsPerComponent = 8
        image.Filter = pikepdf.Name.DCTDecode
        content = pdf.make_stream(f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im{k} Do Q".encode())
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=pikepdf.Array([0, 0, round(pw, 2), round(ph, 2)]),
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary({f"/Im{k}": image})),
                                  Contents=content)
        pdf.pages.append(pikepdf.Page(page))
    when = "D:20261128163405+08'00'"
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(
        Title=pikepdf.String("IMG_4127"), Producer=pikepdf.String("iOS Version 18.6 Quartz PDFContext"),
        Creator=pikepdf.String("照片"), CreationDate=pikepdf.String(when), ModDate=pikepdf.String(when)))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()


# =============================================================================================
# 6. The portal page: the article only in an <iframe srcdoc>, half of it behind “阅读全文”
# =============================================================================================

PORTAL_PATH = "/sanyasite/bmwj/202603/b7e41c2a9f0d4e55a3c1d86e0f2b7a91.shtml"


def _p(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ' style="text-indent:2em;"'
    return f"<p{attr}>{html.escape(text, quote=False)}</p>"


def portal_article() -> str:
    """The HTML the iframe shows (before escaping into srcdoc)."""
    table = ['<table class="bzb" border="1" cellspacing="0" cellpadding="6" align="center">']
    for k, row in enumerate(QC_TABLE):
        tag = "th" if k == 0 else "td"
        table.append("<tr>" + "".join(f"<{tag}>{html.escape(c, quote=False)}</{tag}>" for c in row) + "</tr>")
    table.append("</table>")
    visible = [
        _p(QC_ADDR, "noindent"), _p(QC_COVER), _p(QC_SIGN[0], "right"), _p(QC_SIGN[1], "right"),
        f'<p class="center"><strong>{html.escape(QC_RULES)}</strong></p>',
        *[_p(t) for t in QC_VISIBLE], "".join(table), _p(QC_AFTER_TABLE),
    ]
    hidden = [*[_p(t) for t in QC_HIDDEN],
              f'<p class="attach">{html.escape(QC_ATTACH)}</p>']
    style = ("body{margin:0;font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:16px;line-height:2;color:#333;}"
             ".TRS_Editor p{margin:0 0 8px;}.noindent{text-indent:0}.right{text-align:right}.center{text-align:center}"
             ".bzb{border-collapse:collapse;margin:8px auto;font-size:15px}.bzb th{background:#f2f6fb}"
             ".readall{text-align:center;margin:12px 0}.readall a{display:inline-block;padding:4px 28px;"
             "border:1px solid #1d63b0;border-radius:16px;color:#1d63b0;text-decoration:none}"
             ".attach{color:#1d63b0}")
    script = ("function showAll(){document.getElementById('moreContent').style.display='block';"
              "document.getElementById('readAll').style.display='none';"
              "parent.postMessage({h:document.body.scrollHeight},'*');}")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><base target="_blank">'
            f"<style>{style}</style></head><body>"
            '<div class="TRS_Editor">' + "\n".join(visible)
            + '\n<div id="moreContent" class="more" style="display:none">' + "\n".join(hidden) + "</div>"
            + '\n<div class="readall" id="readAll"><a href="javascript:void(0);" onclick="showAll()">阅读全文 ∨</a>'
            + f"</div></div><script>{script}</script></body></html>")


def portal_text() -> list[str]:
    """The article's paragraphs and table rows as a reader gets them from the srcdoc (the check reads these)."""
    rows = [" ".join(r) for r in QC_TABLE]
    return [QC_ADDR, QC_COVER, *QC_SIGN, QC_RULES, *QC_VISIBLE, *rows, QC_AFTER_TABLE, *QC_HIDDEN, QC_ATTACH]


def make_portal() -> bytes:
    srcdoc = html.escape(portal_article(), quote=True)
    meta = [("索引号", QC_INDEX), ("主题分类", "商贸、海关、旅游"), ("发布机构", SWJ), ("成文日期", "2026-03-20"),
            ("文　　号", QC_NUMBER), ("发布日期", "2026-03-23"), ("有 效 性", "有效")]
    meta_rows = "".join(f"<li><span class=\"k\">{k}：</span><span class=\"v\">{html.escape(v)}</span></li>"
                        for k, v in meta)
    related = "".join(f'<li><a href="/sanyasite/bmwj/202603/{k + 1:02d}a{7 * k + 3}.shtml" title="{html.escape(t)}">'
                      f"{html.escape(t)}</a></li>" for k, t in enumerate(QC_RELATED))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="三亚市人民政府">
<meta name="SiteDomain" content="www.sanya.gov.cn">
<meta name="SiteIDCode" content="4602000031">
<meta name="ColumnName" content="部门文件">
<meta name="ArticleTitle" content="{html.escape(QC_TITLE)}">
<meta name="PubDate" content="2026-03-23 16:05">
<meta name="ContentSource" content="三亚市商务局">
<title>{html.escape(QC_TITLE)}_部门文件_三亚市人民政府</title>
<link rel="stylesheet" href="/sanyasite/css/common.css?v=20260301">
<link rel="stylesheet" href="/sanyasite/css/article.css?v=20260301">
<style>
.meta-box ul{{display:flex;flex-wrap:wrap;border:1px solid #d9e3ef;background:#f7fafd;padding:10px 16px;margin:0}}
.meta-box li{{width:50%;list-style:none;line-height:30px;font-size:14px}}
.meta-box .k{{color:#666}}
#contentFrame{{width:100%;min-height:900px;border:0;overflow:hidden}}
</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问三亚市人民政府门户网站</span><a href="/sanyasite/wza/index.shtml">无障碍</a>
<a href="/sanyasite/mobile/index.shtml">移动版</a><a href="/sanyasite/en/index.shtml">English</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/">三亚市人民政府</a>
<form class="search" action="/guestweb4/s" method="get"><input type="text" name="searchWord" placeholder="请输入关键词">
<button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/sanyasite/zwgk/index.shtml">政务公开</a></li>
<li><a href="/sanyasite/zwfw/index.shtml">政务服务</a></li><li><a href="/sanyasite/hdjl/index.shtml">互动交流</a></li>
<li><a href="/sanyasite/zjsy/index.shtml">走进三亚</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/sanyasite/zwgk/index.shtml">政务公开</a> &gt;
<a href="/sanyasite/zcwj/index.shtml">政策文件</a> &gt; <a href="/sanyasite/bmwj/index.shtml">部门文件</a></div>
<div class="w1200 main">
<div class="article">
<div class="meta-box"><ul>{meta_rows}</ul></div>
<h1 class="art-title">{html.escape(QC_TITLE)}</h1>
<div class="art-info"><span>来源：三亚市商务局</span><span>发布时间：2026-03-23 16:05</span>
<span>字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span>
<span>浏览次数：<b id="hits">--</b></span></div>
<div class="art-content">
<iframe id="contentFrame" name="contentFrame" title="正文" scrolling="no" sandbox="allow-scripts allow-popups" srcdoc="{srcdoc}"></iframe>
</div>
<div class="art-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="side"><div class="side-title">相关文章</div><ul class="side-list">{related}</ul>
<div class="side-title">政策解读</div><ul class="side-list"><li>暂无</li></ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办：三亚市人民政府办公室　承办：三亚市大数据发展中心</p>
<p>网站标识码：4602000031　<a href="https://beian.miit.gov.cn/">琼ICP备10200317号</a>　琼公网安备 46020002000318号</p>
<p>联系电话：0898-88390127（工作日 8:00—12:00，14:30—17:30）</p>
</div></div>
<script src="/sanyasite/js/jquery.min.js"></script>
<script>
window.addEventListener('message',function(e){{if(e.data&&e.data.h){{document.getElementById('contentFrame').style.height=(e.data.h+40)+'px';}}}});
</script>
</body>
</html>
"""
    return page.encode("utf-8")


# =============================================================================================
# Questions and README
# =============================================================================================

S_GC = {"doc_number": GC_NUMBER, "doc_title": GC_TITLE}
S_YC = {"doc_number": YC_NUMBER, "doc_title": YC_TITLE}
S_QC = {"doc_number": QC_NUMBER, "doc_title": QC_TITLE}
S_QT = {"doc_number": QT_NUMBER, "doc_title": QT_TITLE}
S_JY = {"doc_number": JY_NUMBER, "doc_title": JY_TITLE}
S_JZ = {"doc_number": JZ_NUMBER, "doc_title": JZ_TITLE}
NOT_FOUND = "文件中未找到相关规定。"
GC_TAB = f"{GC_TITLE} > 附表 {GC_TABLE_TITLE}"
ROW_DT = " ".join(GC_ROWS[0])
ROW_LD = " ".join(GC_ROWS[1])
ROW_FC = " ".join(GC_ROWS[2])

QA: list[tuple] = [
    # --- 冬季瓜菜设施建设补贴 (text PDF) ---------------------------------------------------------------
    ("我们合作社在崖州区新建了15亩单体钢架大棚种辣椒，按冬季瓜菜设施补贴能拿多少钱？",
     f"按《{GC_TITLE}》（{GC_NUMBER}）的附表，单体钢架大棚每亩补贴8000元，每个经营主体补贴上限40万元。15亩×8000元＝12万元，"
     "未超过40万元的上限，可补12万元（补贴面积按验收确认的实际建成面积计算）。",
     ["每亩补贴8000元", "40万元"], [S_GC], GC_TAB, ROW_DT, "numeric", "public", "easy", F_PDF),
    ("听村里人说冬季瓜菜大棚每亩能补12000元、最高60万元。我在天涯区建的是单体钢架大棚，不是连栋的，也按这个标准吗？",
     f"不是。每亩补贴12000元、每个经营主体上限60万元是连栋钢架大棚的标准；按{GC_NUMBER}的附表，单体钢架大棚是每亩补贴8000元，"
     "每个经营主体补贴上限40万元。",
     ["每亩补贴8000元", "40万元"], [S_GC], GC_TAB, f"{ROW_DT}……{ROW_LD}", "numeric", "public", "medium", F_PDF),
    ("我们公司在海棠区建了60亩连栋钢架大棚种哈密瓜，按每亩的标准算，一共能补多少？",
     f"按{GC_NUMBER}的附表，连栋钢架大棚每亩补贴12000元，每个经营主体补贴上限60万元。60亩×12000元＝72万元，超过上限，"
     "只能补60万元。",
     ["每亩补贴12000元", "60万元"], [S_GC], GC_TAB, ROW_LD, "numeric", "public", "hard", F_PDF),
    ("我们家庭农场今年同时新建了50亩连栋钢架大棚和20亩防虫网室，两类设施的补贴加起来能拿多少？",
     f"按{GC_NUMBER}的附表：连栋钢架大棚50亩×每亩补贴12000元＝60万元，正好是该类60万元的上限；防虫网室20亩×每亩补贴3000元＝6万元，"
     "未超过15万元的上限。附表注2规定各类设施分别计算补贴，合计最高不超过80万元；60万元＋6万元＝66万元，未超过80万元，可补66万元。",
     ["每亩补贴3000元", "合计最高不超过80万元"], [S_GC], GC_TAB,
     f"{ROW_LD}……{ROW_FC}……2.同一经营主体建设多类设施的，各类设施分别计算补贴，合计最高不超过80万元。",
     "numeric", "public", "hard", F_PDF),
    ("我们用冬季瓜菜设施补贴建了防虫网室，种两年以后想拆掉改作停车场，之前领的补贴要退吗？",
     f"要退。按{GC_NUMBER}附表下的注1，享受补贴的设施须自验收之日起连续用于瓜菜生产3年以上，未满3年拆除或改作他用的，"
     "按未满年限比例收回补贴资金。",
     ["连续用于瓜菜生产3年以上", "按未满年限比例收回补贴资金"], [S_GC], f"{GC_TAB} > 注1",
     "注：1.享受补贴的设施须自验收之日起连续用于瓜菜生产3年以上，未满3年拆除或改作他用的，按未满年限比例收回补贴资金。",
     "yesno", "public", "hard", F_PDF),
    ("我是吉阳区农业农村局的，冬季瓜菜设施建设补贴的验收申请截止到什么时候？受理后多长时间内要组织验收，验收结果公示几天？",
     f"按{GC_PLAN}（{GC_NUMBER}）第四项，经营主体于2026年12月31日前向所在区农业农村局提出验收申请；区农业农村局会同区财政局"
     "在受理后20个工作日内组织验收，验收结果公示5个工作日。",
     ["2026年12月31日前", "20个工作日内"], [S_GC], f"{GC_TITLE} > {GC_PLAN} > 四、申报和验收", GC_PARAS[3],
     "deadline", "civil_servant", "medium", F_PDF),
    ("冬季瓜菜设施建设补贴方案的文号是什么？补贴资金市、区怎么分担？验收公示后多长时间拨付？",
     f"文号是{GC_NUMBER}（2026年8月28日印发）。按方案第五项，补贴资金由市、区财政按6:4比例分担，验收结果公示无异议后30日内"
     "拨付到经营主体账户。",
     ["三农联发〔2026〕27号", "6:4", "30日内"], [S_GC], f"{GC_TITLE} > {GC_PLAN} > 五、资金拨付", GC_PARAS[4],
     "numeric", "civil_servant", "easy", F_PDF),
    ("我在吉阳区种冬季瓜菜，大棚是2025年底建好的，今年还能申请这个设施建设补贴吗？",
     f"不能。按{GC_NUMBER}方案第二项，补贴对象是2026年9月1日至2026年12月31日期间新建生产设施、连片建设面积10亩以上的农民合作社、"
     "家庭农场、农业企业和种植大户；2025年建成的大棚不在补贴范围内。",
     ["2026年9月1日至2026年12月31日期间新建生产设施"], [S_GC], f"{GC_TITLE} > {GC_PLAN} > 二、补贴对象", GC_PARAS[1],
     "yesno", "public", "medium", F_PDF),
    # --- 新能源汽车置换更新补贴 (portal page + Word-HTML .doc) -------------------------------------------
    ("我在吉阳区把开了6年的燃油车卖了，10月18日买了一辆18万元的纯电动车。细则上写纯电动15万元以上每辆补贴10000元，我是能拿1万元吗？",
     f"能拿12000元。《{QT_TITLE}》（{QT_NUMBER}）将《细则》第四条中纯电动乘用车新车价格15万元（含）以上的补贴标准由“每辆补贴10000元”"
     "调整为“每辆补贴12000元”，自2026年10月1日起施行，购车发票开具日期在2026年10月1日以后的按调整后的标准执行。您10月18日购车，"
     "可按每辆补贴12000元申请（旧车须在名下登记满1年，转出时间在发票开具之日前后30日内）。",
     ["每辆补贴12000元", "2026年10月1日起施行"], [S_QT, S_QC], f"{QT_TITLE} > 一、三",
     f"{QT_PARAS[1]}……{QT_PARAS[3]}", "numeric", "public", "medium", F_DOC),
    ("细则说购车时间要在2026年12月31日前，我准备明年2月份再把旧车报废换新能源车，还能享受置换补贴吗？",
     f"能。{QT_NUMBER}将《细则》第二条中的购车时间“2026年4月1日至2026年12月31日”调整为“2026年4月1日至2027年3月31日”，"
     "2027年2月购车在补贴期内（细则有效期至2027年6月30日；补贴资金总额3000万元，发完即止）。",
     ["2026年4月1日至2027年3月31日"], [S_QT, S_QC], f"{QT_TITLE} > 二", QT_PARAS[2], "deadline", "public", "medium",
     F_DOC),
    ("我买的是增程式的SUV，发票价12.8万元，旧车已经报废了，能补多少？是不是和纯电车一样补6000元？",
     f"不是。按《{QC_RULES}》（{QC_NUMBER}）第四条的表格，插电式混合动力（含增程式）乘用车15万元以下每辆补贴5000元；每辆补贴6000元是"
     f"纯电动乘用车15万元以下的标准。{QT_NUMBER}只调整了纯电动乘用车15万元（含）以上一档，其他车型和价格档次的补贴标准不变。",
     ["每辆补贴5000元"], [S_QC], f"{QC_TITLE} > {QC_RULES} > 第四条（表）",
     "纯电动乘用车 15万元以下 每辆补贴6000元……插电式混合动力（含增程式）乘用车 15万元以下 每辆补贴5000元",
     "numeric", "public", "medium", F_HTML),
    ("我8月份买了一辆20万元的纯电车，已经按1万元领了置换补贴。听说现在提高到12000元了，能给我补发2000元差价吗？",
     f"不能。{QT_NUMBER}第三条规定，本通知自2026年10月1日起施行，购车发票开具日期在2026年10月1日以后的按调整后的标准执行；"
     "在此之前购车的，仍按原标准执行。8月购车仍按细则原标准每辆补贴10000元。",
     ["仍按原标准执行"], [S_QT, S_QC], f"{QT_TITLE} > 三", QT_PARAS[3], "yesno", "public", "hard", F_DOC),
    ("新能源车置换补贴，买车以后多长时间内要申请？在哪里申请？",
     f"按{QC_NUMBER}细则第六条，应当自购车发票开具之日起90日内，通过“海易办”平台“新能源汽车置换补贴”专区提交申请，上传身份证件、"
     "旧车报废或转出证明、新车购车发票、机动车登记证书等材料。受理后15个工作日内完成审核，审核通过的名单公示5个工作日。",
     ["自购车发票开具之日起90日内", "海易办"], [S_QC], f"{QC_TITLE} > {QC_RULES} > 第六条", QC_HIDDEN[0],
     "deadline", "public", "medium", F_HTML),
    ("我是区商务主管部门的，置换补贴对旧车有什么要求？旧车要在申请人名下登记多久，报废或转出时间有什么限制？",
     f"按{QC_NUMBER}细则第三条，报废或转出的燃油乘用车须在申请人名下登记满1年（以机动车登记证书记载的登记日期计算），"
     "且报废或转出时间在新车购车发票开具之日前后30日内。调整通知没有改动这一条。",
     ["登记满1年", "前后30日内"], [S_QC], f"{QC_TITLE} > {QC_RULES} > 第三条", QC_VISIBLE[2],
     "procedure", "civil_servant", "medium", F_HTML),
    # --- 台风灾后渔船修复补助 (.xls HTML export) ---------------------------------------------------------
    ("我家在崖州区的渔船（船长15米）7月台风时主机被打坏了，一直没去申请，现在还能申请台风灾后渔船修复补助吗？",
     f"不能了。《{YC_TITLE}》（{YC_NUMBER}）规定船东应于2026年9月30日前向所在区农业农村局申报，逾期不予受理；该通知有效期至"
     "2026年11月30日，现已失效，文件中也没有延续或替代它的新通知。",
     ["有效期至2026年11月30日", "2026年9月30日前"], [S_YC], f"{YC_TITLE} > {YC_TABLE_TITLE} > 说明3、5",
     f"{YC_NOTES[3]}……{YC_NOTES[5]}", "validity", "public", "hard", F_XLS),
    (f"我是区农业农村局的，复核一艘9月已按时申报的台风受损渔船：船长26米，主机功率400千瓦，需要更换主机。按{YC_NUMBER}的标准应核定多少补助？",
     "按标准表，船长24米（含）以上、严重损坏（需更换主机或大修船体）的每千瓦补助300元，每艘最高补助10万元。400千瓦×300元＝12万元，"
     "超过每艘最高补助，按10万元核定（主机功率以渔业船舶检验证书记载为准）。该通知有效期至2026年11月30日，现已届满。",
     ["每千瓦补助300元", "10万元"], [S_YC], f"{YC_TITLE} > {YC_TABLE_TITLE} > 24米（含）以上；说明2",
     f"24米（含）以上……严重损坏（需更换主机或大修船体） 每千瓦补助300元 10万元……{YC_NOTES[2]}",
     "numeric", "civil_servant", "hard", F_XLS),
    # --- 黎族苗族传统技艺 (DOCX, photo PDF) --------------------------------------------------------------
    ("我是市级黎锦代表性传承人，现在每年的传承补助是多少？",
     f"按《{JY_RULES}》（{JY_NUMBER}）第三条，市级非物质文化遗产代表性传承人每人每年给予传承补助8000元（修订痕迹里删去的6000元"
     "不是现行标准，原暂行办法的5000元已随暂行办法废止）。已享受国家级、省级代表性传承人补助的，不重复享受市级传承补助。",
     ["传承补助8000元"], [S_JY], f"{JY_TITLE} > {JY_RULES} > 第三条",
     "第三条　传承补助。对市级非物质文化遗产代表性传承人，每人每年给予传承补助8000元", "numeric", "public", "medium",
     F_DOCX),
    ("我带了12个学黎锦的徒弟，都学满半年、考核合格了，今年的带徒补助能拿多少？",
     f"按{JY_NUMBER}第四条，学徒学习满6个月并经考核合格的，按每名学徒2000元给予带徒补助，每名传承人每年带徒补助最高不超过2万元。"
     "12名×2000元＝24000元，超过上限，只能拿2万元。",
     ["每名学徒2000元", "最高不超过2万元"], [S_JY], f"{JY_TITLE} > {JY_RULES} > 第四条", JY_ARTICLES[3][0],
     "numeric", "public", "hard", F_DOCX),
    ("村委会公告栏上贴着传统技艺传承补助暂行办法，说带徒每名学徒补1000元、每年最高1万元，有效期到2027年。现在还是按这个标准吗？",
     f"不是。该暂行办法（{JZ_NUMBER}）虽然写明有效期至2027年6月30日，但{JY_NUMBER}第九条规定《{JZ_RULES}》（{JZ_NUMBER}）同时废止，"
     "新办法自2026年5月1日起施行。现行标准是每名学徒2000元，每名传承人每年带徒补助最高不超过2万元。",
     ["同时废止", "每名学徒2000元"], [S_JY, S_JZ], f"{JY_TITLE} > {JY_RULES} > 第九条、第四条",
     f"{JY_ARTICLES[8][0]}……{JY_ARTICLES[3][0]}", "validity", "public", "hard", F_DOCX),
    ("以前那个传统技艺传承补助暂行办法里，市级传承人每年补多少？现在的新办法比原来多了多少？",
     f"暂行办法（{JZ_NUMBER}）第三条规定市级代表性传承人每人每年补助5000元，该办法已被{JY_NUMBER}同时废止；现行办法第三条为每人每年"
     "给予传承补助8000元，比原来多3000元。",
     ["每人每年补助5000元", "传承补助8000元"], [S_JZ, S_JY], f"{JZ_TITLE} > {JZ_RULES} > 第三条",
     JZ_ARTICLES[2], "numeric", "public", "hard", F_PHOTO),
    ("任务分工表里，市旅游和文化广电体育局牵头的是哪几项？各自的配合单位和完成时限是什么？",
     f"按{JY_NUMBER}附件《{JY_TABLE_TITLE}》，市旅游和文化广电体育局牵头3项：1.开展市级代表性传承人认定和年度考核，配合单位各区人民政府，"
     "每年6月30日前；2.认定传统技艺传习所并开展运营评估，配合单位市财政局、各区人民政府，2026年9月30日前；3.组织黎锦等传统技艺"
     "展示展销活动，配合单位市商务局，每年12月31日前。其余4项分别由市人力资源和社会保障局、市教育局、市财政局、市市场监督管理局牵头，"
     "市旅游和文化广电体育局是配合单位。",
     ["开展市级代表性传承人认定和年度考核", "认定传统技艺传习所并开展运营评估", "组织黎锦等传统技艺展示展销活动"], [S_JY],
     f"{JY_TITLE} > 附件 {JY_TABLE_TITLE}",
     "1 开展市级代表性传承人认定和年度考核 市旅游和文化广电体育局 各区人民政府 每年6月30日前……认定传统技艺传习所并开展运营评估"
     "……市财政局、各区人民政府 2026年9月30日前……组织黎锦等传统技艺展示展销活动……市商务局 每年12月31日前",
     "department", "civil_servant", "hard", F_DOCX),
    ("黎族苗族传统技艺传承扶持办法的文号是多少？从什么时候开始施行，有效期到哪天？",
     f"文号是{JY_NUMBER}（{LWJ}、{CZJ} 2026年4月20日印发）。按办法第九条，自2026年5月1日起施行，有效期至2029年4月30日。",
     ["三旅文联发〔2026〕6号", "有效期至2029年4月30日"], [S_JY], f"{JY_TITLE} > {JY_RULES} > 第九条",
     JY_ARTICLES[8][0], "validity", "civil_servant", "medium", F_DOCX),
    ("我们传习所参加了市里主办的非遗展销活动，展位费花了12000元，能补多少？",
     f"按{JY_NUMBER}第六条，参加市级以上部门主办的非遗展示展销活动的，按实际展位费的50%给予补助，每次最高不超过5000元。"
     "12000元×50%＝6000元，超过上限，可补5000元。",
     ["50%", "每次最高不超过5000元"], [S_JY], f"{JY_TITLE} > {JY_RULES} > 第六条", JY_ARTICLES[5][0],
     "numeric", "public", "medium", F_DOCX),
    ("传承补助每年什么时候申报？审核结果要公示几天？",
     f"按{JY_NUMBER}第七条，每年3月1日至3月31日，由传承人本人或传习所向所在区旅游和文化主管部门申报，区级初审后报市旅游和文化广电"
     "体育局审核，审核结果在市旅游和文化广电体育局门户网站公示5个工作日。",
     ["每年3月1日至3月31日", "公示5个工作日"], [S_JY], f"{JY_TITLE} > {JY_RULES} > 第七条",
     "第七条　申报程序。每年3月1日至3月31日，由传承人本人或传习所向所在区旅游和文化主管部门申报，区级初审后报市旅游和文化广电"
     "体育局审核，审核结果在市旅游和文化广电体育局门户网站公示5个工作日。", "deadline", "public", "easy", F_DOCX),
    # --- unanswerable ------------------------------------------------------------------------------
    ("我是崖州区农业农村局的，冬季瓜菜大棚每年更换棚膜有没有补贴？每亩补多少？",
     f"{NOT_FOUND}{GC_NUMBER}只对新建的单体钢架大棚、连栋钢架大棚、防虫网室和水肥一体化设施四类设施给予一次性建设补贴（如单体钢架大棚"
     "每亩补贴8000元），没有更换棚膜的补贴标准。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("新能源汽车置换补贴的事想直接找商务局的经办人，联系人叫什么名字？",
     f"{NOT_FOUND}{QC_NUMBER}细则和{QT_NUMBER}调整通知都没有写联系人姓名，调整通知只留了联系电话0898-88267315。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("黎锦传承补助要不要交个人所得税？补助是发现金还是打到银行卡上？",
     f"{NOT_FOUND}{JY_NUMBER}只规定了补助标准（如市级传承人每人每年8000元）、申报程序和市、区按5:5分担资金，既没有写补助是否缴纳"
     "个人所得税，也没有写发放方式。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("海口市的新能源汽车置换更新补贴每辆车补多少钱？",
     f"{NOT_FOUND}文件中只有三亚市的《{QC_RULES}》（{QC_NUMBER}）及其调整通知（{QT_NUMBER}），没有海口市的补贴规定。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("我刚到三亚工作，听说有人才租房补贴，每个月能领多少？",
     f"{NOT_FOUND}这些文件涉及冬季瓜菜设施建设补贴、新能源汽车置换更新补贴、台风灾后渔船修复补助和黎族苗族传统技艺传承扶持，"
     "没有人才租房补贴的内容。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("我是区旅游和文化主管部门的，传承人去境外参加展会，交通补助每次是多少？",
     f"{NOT_FOUND}{JY_NUMBER}第六条只规定参加市级以上部门主办的非遗展示展销活动按实际展位费的50%补助、每次最高不超过5000元；"
     "“参加境外展会的，每次另给予交通补助3000元”是修订痕迹中已删除的文字，不是办法的规定。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
]


README = r"""# city24: a blind fixture of 三亚市 (海南省) policy documents

A small corpus of policy documents of a twenty-fourth held-out city, 三亚市, and 30 questions about them, for checking that
policyqa works on documents it has never seen, in kinds of file not tried in the earlier fixtures: a **“附件” `.doc` that is
really Word's “save as web page” HTML** (GBK bytes under `charset=gb2312`, the extension lying about the content), an **`.xls`
that is really an HTML table exported from a 政务系统** (GBK, `charset=gbk`, merged cells by `rowspan`/`colspan`), a **text PDF
whose 附表 page is landscape by `/Rotate 90`, with two semi-transparent red seals over the issuers' names and the date**, a
**`.docx` with tracked changes, its red 文件头 and 文号 in text boxes and a 任务分工表 with vertically merged 牵头单位 cells**, an
**image-only PDF of two phone photos of a paper notice pinned on a board**, and a **portal page whose article sits in an
`<iframe srcdoc>`, its second half behind a collapsed “阅读全文”**. The city, its districts (海棠区, 吉阳区, 天涯区, 崖州区) and
育才生态区, the departments (三亚市农业农村局, 三亚市财政局, 三亚市商务局, 三亚市旅游和文化广电体育局, and in the texts 市公安局交通警察支队,
市人力资源和社会保障局, 市教育局, 市市场监督管理局), the app “海易办”, the area code 0898 and the portal domain www.sanya.gov.cn are
real. Every document, 文号, 索引号, figure, date, task given to a body, phone number, URL path, 网站标识码/ICP/公安备案 number, the
typhoon's number, the export system's name (“三亚市惠农补贴信息管理平台”) and the reviewer's name is invented. Nothing is taken from a
real document.

The content is consistent across documents. **冬季瓜菜设施建设补贴**: the PDF is 《三亚市农业农村局 三亚市财政局关于印发三亚市2026—2027年度
冬季瓜菜设施建设补贴实施方案的通知》 (三农联发〔2026〕27号, 2026年8月28日, 有效期至2027年6月30日): new facilities built 2026年9月1日至2026年12月31日,
连片10亩以上; the landscape 附表: **单体钢架大棚 每亩补贴8000元, 上限40万元 / 连栋钢架大棚 每亩补贴12000元, 上限60万元** (the swap pair), 防虫网室
每亩补贴3000元 (15万元), 水肥一体化设施 每亩补贴1200元 (10万元); **only the notes under the table** say the facility must be used
**连续用于瓜菜生产3年以上** (else 按未满年限比例收回) and that several kinds together get **合计最高不超过80万元**; 验收申请 2026年12月31日前, 受理后
20个工作日内 验收, 公示5个工作日, 市区 6:4, 30日内拨付. **新能源汽车置换更新补贴**: the portal page holds 《三亚市商务局 三亚市财政局关于印发
三亚市2026年新能源汽车置换更新补贴实施细则的通知》 (三商联发〔2026〕5号, 2026年3月20日, 施行 2026-04-01, 有效期至2027年6月30日): 本市户籍或居住证,
购车时间 2026年4月1日至2026年12月31日, 旧车 **登记满1年**, 报废或转出在发票开具之日 **前后30日内**; the table: 纯电动 15万元（含）以上 **每辆补贴10000元**
/ 纯电动 15万元以下 **6000元** / 插电式混合动力（含增程式） 15万元（含）以上 **8000元** / 15万元以下 **5000元** (the rows a reader swaps); 限1辆,
资金总额3000万元; **only behind “阅读全文”**: 申请 **自购车发票开具之日起90日内** via “海易办”, 15个工作日 审核, 公示5个工作日, 有效期. The `.doc`
holds 《三亚市商务局 三亚市财政局关于调整新能源汽车置换更新补贴有关事项的通知》 (三商联发〔2026〕16号, 2026年9月25日), which **amends** it: 纯电动 15万元（含）以上
“每辆补贴10000元” → **“每辆补贴12000元”**, 购车时间 → **“2026年4月1日至2027年3月31日”**, in force 2026-10-01 (发票 before that: 仍按原标准执行),
“《细则》其他规定不变”, and a 联系电话 0898-88267315 (no contact person). **台风灾后渔船修复补助**: the `.xls` holds 《三亚市农业农村局 三亚市财政局
关于做好2026年台风灾后渔船修复补助工作的通知》 (三农联发〔2026〕19号, 2026-07-28) as its export: by 船长 and 受损程度 (12米以下 每艘3000元 / 8000元;
12米（含）至24米 每千瓦100元 / 200元, 最高2万元 / 5万元; 24米（含）以上 每千瓦150元 / 300元, 最高4万元 / 10万元), 申报 2026年9月30日前, 市区 5:5,
**“有效期至2026年11月30日”: expired, no successor**. **黎族苗族传统技艺传承扶持**: the `.docx` holds 《三亚市旅游和文化广电体育局 三亚市财政局关于印发
三亚市黎族苗族传统技艺传承扶持办法的通知》 (三旅文联发〔2026〕6号, 2026年4月20日, 施行 2026-05-01, 有效期至2029年4月30日): 市级传承人 每人每年给予
传承补助 **8000元** (a tracked change: **6000元 deleted, 8000元 inserted**), 区级 3000元; 带徒 **每名学徒2000元, 每年最高不超过2万元**; 传习所 3万元; 展位费
**50%, 每次最高不超过5000元** (the sentence “参加境外展会的，每次另给予交通补助3000元。” is **a deleted tracked change**); 申报 每年3月1日至3月31日, 公示5个
工作日 (**an inserted tracked change**); 市区 5:5; 第九条 “三旅文发〔2024〕9号 **同时废止**”; 附件 任务分工表 (7 rows; **市旅游和文化广电体育局 leads rows
1–3 in one vertically merged cell**, with 各区人民政府 / 市财政局、各区人民政府 / 市商务局 and 每年6月30日前 / 2026年9月30日前 / 每年12月31日前). The photo PDF
shows the **repealed** 《三亚市旅游和文化广电体育局关于印发三亚市黎族苗族传统技艺传承补助暂行办法的通知》 (三旅文发〔2024〕9号, 2024年6月12日): 每人每年补助
5000元, 每名学徒1000元 (最高1万元), 传习所2万元, 4月30日前 申报, 公示7个工作日, **“有效期至2027年6月30日”**; nothing on it says it was repealed.

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏, 潍坊/山东, 柳州/广西,
宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西, 遵义/贵州, 曲靖/云南, 宝鸡/陕西, 天水/甘肃, 邢台/河北, 江门/广东, 齐齐哈尔/黑龙江,
赤峰/内蒙古, 四平/吉林, 锦州/辽宁) occurs in a corpus file (checked as substrings of every text a reader gets, of the decoded raw
files, of the DOCX's zip members and of the portal page with its `srcdoc` unescaped); 海口 occurs only in a question. The topics are
new as far as the helper could see (it read only the opening text of city2 … city22's READMEs and the whole of city23's, and searched
those cuts for 瓜菜, 大棚, 汽车, 新能源, 置换, 渔船, 台风, 民宿, 非遗, 传统技艺, 人才: none occurs; 黎 occurs only as 黎城县 in city13, 苗 only
as 融水苗族自治县 in city8, 充电 as 充电设施 in city10, 租房 as a 公积金 figure in city8): 冬季瓜菜设施建设补贴, 新能源汽车置换更新补贴 (with an
amendment), 台风灾后渔船修复补助 (expired; city23's fishing topics were 伏季休渔 and 减船转产, not repairs) and 黎族苗族传统技艺传承扶持 (with a
repealed 暂行办法). 人才租房补贴 is used only as a never-mentioned topic of this corpus.

**Who wrote it and what they saw.** A helper session wrote it from a brief (`/tmp/c24/brief.md`). It did not read the system's code
(`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`, `tests/integration/`, `tests/e2e/`), any `out/`,
`var/`, `/tmp/dbg` or `/tmp/snap` folder, or other cities' generators and qa files besides those named here; it did not run policyqa,
pytest or any git command, and committed nothing. It read `tests/data/city23/README.md` (whole), the first six lines of
`tests/data/city23/qa.jsonl`, `tests/support/make_city23_fixtures.py` (lines 1–140, 325–470, 730–835, 1040–1330 and 1640–1685, and a
grep of its `def`/constant/import lines), `tests/support/print_lines.py` and `tests/support/qa_lines.py` (whole; `cjk_face`, `wrap_cjk`
and `qa_jsonl` are imported by the generator), and of each of `tests/data/city2/README.md` … `tests/data/city23/README.md` the text
before `## Files`, cut at its first 1,500 bytes. `tests/support/cfb.py` was not needed and not read. Outside that list it read the
`[tool.ruff]` and `[tool.ruff.lint]` sections of `pyproject.toml` and listed the folder names of `tests/data/` and `tests/support/`
(no `city24` existed). The machine had no CJK font, so it installed Debian's `fonts-wqy-zenhei` and `fonts-noto-cjk` with apt-get. Of
installed libraries it looked at the members, `[Content_Types].xml`, relationships and `document.xml` root of python-docx's default
template. No answer was tuned against the system; the command below had **not been run** on this fixture when it was handed over.
Everything was made and checked in a separate venv (`/tmp/c24venv`: reportlab 5.1.0, pikepdf 10.18.0, pypdfium2 5.15.2, python-docx
1.2.0, lxml 6.2.1, Pillow 13.0.0, numpy, openpyxl 3.1.5, xlrd 2.0.2, olefile 0.47) with WenQuanYi Zen Hei for the text PDF and
Noto Serif CJK SC (Regular and Bold; Noto Sans CJK SC Bold for the seals' characters) for the photographed notice; the project's own
ruff (`.venv/bin/ruff`) checked the generator. Outside tools run on corpus files: lxml (after decoding the bytes as GBK) for the
`.doc` and the `.xls` (xlrd refuses the `.xls`: it is not BIFF); pypdfium2 and pikepdf for both PDFs; python-docx and lxml for the
`.docx`; lxml for the portal page and its `srcdoc`. All three pages of the text PDF and both pages of the photo PDF were rendered with
pdfium and looked at. No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `sanya-xinnengyuan-qiche-tiaozheng-fujian.doc` | 三亚市商务局 三亚市财政局关于调整新能源汽车置换更新补贴有关事项的通知 (三商联发〔2026〕16号, 2026年9月25日) | **A `.doc` that is Word's “save as web page” HTML**, as a portal's “附件” download often is: **GB2312-encodable bytes declared `charset=gb2312`** with CRLF line ends, `<html xmlns:v=… xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w=…>`, `<meta name=ProgId content=Word.Document>`, Word's `<!--[if gte mso 9]><xml>` blocks (`o:DocumentProperties`, `w:WordDocument`, `w:LatentStyles`) and a `<style>` of `@font-face`, `p.MsoNormal` and `@page WordSection1`; every paragraph a `<p class=MsoNormal>` whose text is split into **mso `<span>`s at each switch between Chinese and ASCII** (“每辆补贴” / `<span lang=EN-US>12000</span>` / “元”) and ends in `<o:p></o:p>`; blank paragraphs are `<o:p>&nbsp;</o:p>`, the signature's gap is an `mso-spacerun` span of `&nbsp;`, the 抄送 line sits in a `mso-element:para-border-div`. `<title>` is only the 文号. The **amendment**: “每辆补贴10000元” → **“每辆补贴12000元”** (纯电动 15万元（含）以上 only), 购车时间 → **“2026年4月1日至2027年3月31日”**, 施行 2026-10-01, 此前购车的 **仍按原标准执行**, 《细则》其他规定不变; 联系电话 0898-88267315, no 联系人. |
| `sanya-taifeng-yuchuan-xiufu-biaozhun.xls` | 三亚市2026年台风灾后渔船修复补助标准表, the export of 三亚市农业农村局 三亚市财政局关于做好2026年台风灾后渔船修复补助工作的通知 (三农联发〔2026〕19号, 2026-07-28) | **An `.xls` that is an HTML table** as a 政务系统's “导出Excel” writes it: GBK bytes, `<meta http-equiv=Content-Type content="text/html; charset=gbk">`, `<meta name=ProgId content=Excel.Sheet>`, an `x:ExcelWorkbook` block naming the sheet “渔船修复补助标准”, `mso-number-format:"\@"`; one `<table>`: the title and the 文件依据 line as **`colspan=5`** rows, a header row, six data rows where **序号 and 船长分类 span two rows each (`rowspan=2`)** so that the second row of each pair starts with its 受损程度, a **`colspan=5` 说明 cell of five `<br>`-separated items** (功率 from the 检验证书 and the cap rule, **申报 2026年9月30日前**, 市区 5:5, **“有效期至2026年11月30日”**) and an export line (导出时间 2026-08-03, 导出人, the system's name). xlrd cannot open it (no BIFF). The notice is **expired** on 2026-12-02, with no successor. |
| `sanya-dongji-guacai-sheshi-butie.pdf` | 三亚市农业农村局 三亚市财政局关于印发三亚市2026—2027年度冬季瓜菜设施建设补贴实施方案的通知 (三农联发〔2026〕27号, 2026年8月28日) | **A text PDF with a landscape page** (reportlab with `invariant=1`, WenQuanYi Zen Hei subset with `/ToUnicode`, then pikepdf: Producer “WPS PDF 11.1”, fixed dates, deterministic /ID). Page 1: the red 文件头 (two issuers and “文件”), the 文号, a red double rule, the title, the cover text, the two issuers' names, the date and “（此件公开发布）”, with **two round red seals** (Pillow RGBA images placed with an alpha soft mask: a ring, a star, the issuer's name on the upper arc, uneven seeded “ink”) **printed over the names and the date**; the seals are images, so their characters are not in the text layer. Page 2: the 方案 (一 … 七). Page 3: **a portrait A4 page object with `/Rotate 90`** whose content is drawn turned, so that it shows as landscape: 附表 and the six-column **补贴标准表** (单体钢架大棚 / 连栋钢架大棚 next to each other, the grid drawn with lines, bold header by text render mode 2) and **the two notes under it**, which alone hold the 3-year rule and the 80万元 total cap. pdfium gives the text of all three pages; lines are broken as printed (e.g. “2026年12月31日” / “前向所在区……”). |
| `sanya-lizu-miaozu-jiyi-fuchi-banfa.docx` | 三亚市旅游和文化广电体育局 三亚市财政局关于印发三亚市黎族苗族传统技艺传承扶持办法的通知 (三旅文联发〔2026〕6号, 2026年4月20日) | **A `.docx` from a 红头 template, published with tracked changes** (python-docx's template with `document.xml` written whole, `<w:trackRevisions/>` in the settings, core properties fixed, thumbnail dropped, zipped with one timestamp). The **red 文件头** (三亚市旅游和文化广电体育局 / 三亚市财政局, and “文件”) and the **文号** are in **three floating text boxes** (`mc:AlternateContent`: a `wps:wsp` with `wps:txbx`/`w:txbxContent`, and the **same text again in the VML fallback** `v:shape`/`v:textbox`), so a reader that takes every `w:t` gets them twice and python-docx's `Paragraph.text` not at all; the red rule is a paragraph border. 第三条: **`w:del` “6000元” then `w:ins` “8000元”** by “市旅文局非遗科 陈”; 第六条 ends with a **deleted sentence** (“参加境外展会的，每次另给予交通补助3000元。”, `w:delText`); 第七条 has an **inserted clause** (“，审核结果在市旅游和文化广电体育局门户网站公示5个工作日”). python-docx's `Paragraph.text` drops both inserted runs (“……每人每年给予传承补助；……”). 第九条: 三旅文发〔2024〕9号 **同时废止**. After a page break the 附件 **任务分工表** (a `w:tbl`, header row repeated, 7 rows) whose 牵头单位 column has **one `w:vMerge w:val="restart"` cell and two `w:vMerge` continuation cells** (rows 1–3, 市旅游和文化广电体育局; python-docx repeats the text in each merged row), then 抄送 and 印发 lines. |
| `sanya-jiyi-zanxing-banfa-paizhao.pdf` | 三亚市旅游和文化广电体育局关于印发三亚市黎族苗族传统技艺传承补助暂行办法的通知 (三旅文发〔2024〕9号, 2024年6月12日) | **An image-only PDF of two phone photos** (pikepdf: two 600 × 800 pt pages, each one 1500 × 2000 px **JPEG (quality 72) as a `DCTDecode` XObject**, no text layer, Producer “iOS Version 18.6 Quartz PDFContext”, Title “IMG_4127”, 2026-11-28). Each printed A4 sheet (150 dpi, Noto Serif CJK SC, the red 文件头 and rule on sheet 1) is **turned 1.4° and −1.7°**, pinned with two drawn push pins on a drawn cork board, with a drop shadow, **uneven light (brighter at the top left) and a darker blob at the bottom left** (the phone's shadow), a slight blur and seeded noise (`numpy.random.RandomState`); sheet 1 has the **red seal over the date**. Sheet 1: the notice; sheet 2: the 暂行办法 第一条–第七条. The **repealed** 暂行办法: its own text says “有效期至2027年6月30日”; only the `.docx` says it was repealed (5000元 / 1000元 / 1万元 / 2万元 / 4月30日前 / 公示7个工作日 are only here). |
| `sanya-xinnengyuan-qiche-zhihuan-xize.html` | 三亚市商务局 三亚市财政局关于印发三亚市2026年新能源汽车置换更新补贴实施细则的通知 (三商联发〔2026〕5号, 2026年3月20日, 发布 2026-03-23) | **A portal article page whose body is an `<iframe srcdoc="…">`** (UTF-8): the page itself has the site's chrome (top bar, search, nav, breadcrumb), a **meta box** (索引号 SY-SWJ-2026-00317, 主题分类, 发布机构, 成文日期, 文号, 发布日期, 有效性 “有效”), the `<h1>` title, a 来源/time line, a “相关文章” sidebar of four other headlines and a footer (主办, 网站标识码, ICP and 公安备案 numbers, a phone); **the notice is only in the iframe's `srcdoc` attribute, as HTML escaped with `&lt;`, `&gt;`, `&quot;`, `&amp;`**. Inside it: the cover text, the 细则's 第一条–第五条 and the 补贴标准 `<table>`, then **`<div id="moreContent" style="display:none">` holding 第六条–第九条 and the 附件 line** and a “阅读全文 ∨” link whose script shows it; **only that hidden block gives the 90日内 deadline**, the 审核 time, the 公示 and the 有效期. Its 10000元 and 2026年12月31日 are **amended** (the `.doc`). |

All six files are written by `tests/support/make_city24_fixtures.py` (see its docstring), together with this README and
`qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c24-001`…`c24-030`, in the format of `tests/data/city23/qa.jsonl` (same fields, same order): `id`, `question`,
`answer`, `key_facts` (1–3 short strings copied verbatim from a document's text as a reader gets it; for the photo PDF, the text as
printed), `sources` (`doc_number`, `doc_title`), `section` (title > section path), `evidence` (verbatim; “……” marks a gap, table rows are
given as their cells separated by spaces), `type`, `persona`, `difficulty`, `corpus_file`. Multi-issuer `doc_title`s join issuers
with a space, as the documents print them. A key fact may stand in any of a question's sources' files.

- c24-001 … c24-008 (冬季瓜菜设施, PDF): **c24-001 a rate × the asker's 亩 under the cap** (15亩 × 8000元 = 12万元 ≤ 40万元); **c24-002 the
  swap pair** (单体钢架大棚 8000元 / 40万元, not 连栋's 12000元 / 60万元); **c24-003 the cap** (60亩 × 12000元 = 72万元 → 60万元); **c24-004 two
  kinds and the total cap only in the table's note** (50亩 连栋 = 60万元 + 20亩 防虫网室 = 6万元 = 66万元 ≤ 80万元); **c24-005 a yes/no only in
  the note** (3年 rule: 按未满年限比例收回); c24-006 civil servant: 2026年12月31日前, 20个工作日内, 公示5个工作日; c24-007 civil servant:
  文号, 6:4, 30日内; c24-008 a yes/no on eligibility (built in 2025: no; 2026年9月1日至2026年12月31日期间新建).
- c24-009 … c24-014 (新能源汽车置换, the `.doc` and the portal page): **c24-009 the amended figure asked as the old** (18万元 纯电, bought
  10-18: 每辆补贴12000元, not 10000元); **c24-010 the amended date asked as the old** (buying in 2027-02: 2026年4月1日至2027年3月31日); **c24-011
  the swap rows** (增程式 12.8万元: 每辆补贴5000元, not 纯电's 6000元); **c24-012 bought before the amendment** (8月: 仍按原标准执行, 10000元, no
  top-up); **c24-013 only behind “阅读全文”** (自购车发票开具之日起90日内, 海易办); c24-014 civil servant, two parts: 登记满1年, 前后30日内.
- c24-015, c24-016 (台风渔船, `.xls`): **c24-015 the expired notice asked as if current** (有效期至2026年11月30日, 申报 2026年9月30日前, no
  successor); **c24-016 civil servant: a rate × kW under the cap from the merged table** (26米, 400千瓦, 严重损坏: 400 × 300元 = 12万元 → 10万元).
- c24-017 … c24-024 (传统技艺, `.docx` and photo PDF): **c24-017 the inserted figure** (传承补助8000元; 6000元 is deleted); **c24-018 a computation
  under the cap** (12名 × 2000元 = 24000元 → 2万元); **c24-019 the repealed 暂行办法 asked as if current** (“同时废止” in the `.docx`; its own 有效期
  runs to 2027-06-30); **c24-020 a value only in the photo** (5000元 then, 8000元 now: 3000元 more); **c24-021 the three rows
  市旅游和文化广电体育局 leads** (1–3 in one merged cell, with their 配合 and 时限); **c24-022 the 文号 only in a text box** (三旅文联发〔2026〕6号,
  有效期至2029年4月30日); c24-023 a computation under a cap (展位费 12000元 × 50% = 6000元 → 5000元); **c24-024 the inserted clause** (每年3月1日至
  3月31日, 公示5个工作日).
- c24-025 … c24-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no sources):
  **c24-025 a figure not given on a covered topic** (更换棚膜 补贴); **c24-026 a contact person not named** (置换补贴 联系人: only a phone);
  **c24-027 two parts, neither answered** (传承补助 个人所得税, 发放方式); **c24-028 another city of 海南** (海口市: in no file); **c24-029 a topic
  never mentioned** (人才租房补贴); **c24-030 the figure only a deleted tracked change states** (境外展会 交通补助 3000元).

Personas: 22 public, 8 civil_servant (answerable: 18 and 6). Files as `corpus_file`: text PDF 8, `.docx` 7, `.doc` 3, portal page 3,
`.xls` 2, photo PDF 1, none 6. Types: numeric 12, deadline 4, validity 3, yesno 3, department 1, procedure 1, unanswerable 6.
Difficulty: 5 easy, 13 medium, 12 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: **三农联发〔2026〕27号** (from
2026-08-28 to 2027-06-30); **三商联发〔2026〕5号 (from 2026-04-01 to 2027-06-30) as amended by 三商联发〔2026〕16号 from 2026-10-01**
(纯电动 15万元（含）以上 每辆补贴12000元, 购车时间 to 2027-03-31; the rest unchanged; cars invoiced before 2026-10-01 keep 10000元);
**三旅文联发〔2026〕6号** (from 2026-05-01 to 2029-04-30) with its 任务分工表. **Not in force: 三旅文发〔2024〕9号 (repealed from 2026-05-01,
although its own 有效期 runs to 2027-06-30 and the paper copy is still pinned up) and 三农联发〔2026〕19号 (有效期至2026年11月30日, no
successor in the corpus).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city24/qa.jsonl --corpus tests/data/city24/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs `apt-get install fonts-wqy-zenhei fonts-noto-cjk`):

```
python3 -m venv /tmp/c24venv && /tmp/c24venv/bin/pip install reportlab pikepdf python-docx lxml Pillow numpy pypdfium2 openpyxl xlrd
cd /work/main && PYTHONPATH=. /tmp/c24venv/bin/python tests/support/make_city24_fixtures.py
```

Generation takes about three seconds. Two runs into two fresh folders give every file they write byte for byte (checked with
sha256sum: the six corpus files, `qa.jsonl` and this README): the `.docx` is zipped with one fixed timestamp and fixed member order,
reportlab runs with `invariant=1` and pikepdf writes a deterministic /ID and literal dates for both PDFs, the seals' ink and the
photos' board, noise and shadow come from seeded `numpy.random.RandomState`s, the `.doc`, `.xls` and portal page are plain strings,
and every date in the texts is literal. Another reportlab, pikepdf/qpdf, python-docx (its template), Pillow/libjpeg, numpy or font
version can change the bytes.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city23's fields in city23's order, and the ids run `c24-001`…`c24-030`; the 6
  unanswerable lines have `key_facts` [], `sources` [], `section`/`evidence`/`corpus_file` null and answers starting
  “文件中未找到相关规定。”; the counts above;
- every source's title and 文号 is found in its file's text; every key fact occurs in its answer and, with whitespace removed, in the
  text of one of its sources' files as a reader gets it, and every evidence part (“……” splits it) likewise in its `corpus_file`: for
  the `.doc` and the `.xls` lxml on the GBK-decoded bytes (the `<p>`s; the `<tr>`s with their cells joined by spaces); for the text
  PDF pdfium's text of its three pages; for the `.docx` the `w:t`s (not the `w:delText`s) of each body paragraph, text box and table
  row of `document.xml`; for the photo PDF the lines the generator drew; for the portal page lxml on the unescaped `srcdoc` (its `<p>`s
  and table rows) and on the page itself;
- the “only in” traps hold: 每辆补贴12000元 and 2027年3月31日 are only in the `.doc`; 90日内 is in the hidden `moreContent` block and in no
  shown paragraph of the `srcdoc`; 8000元 is inside a `w:ins` and 6000元 inside a `w:del` of 第三条, and 交通补助 occurs only in a `w:delText`;
  公示5个工作日 is inside a `w:ins`; python-docx's `Paragraph.text` has neither 8000元 nor the 文号, which is in a `w:txbxContent`;
  每人每年补助5000元 and 每名学徒1000元 are only in the photo's lines; 连续用于瓜菜生产3年以上 and 80万元 are only on the PDF's third page;
  有效期至2026年11月30日 is only in the `.xls`;
- the `.doc` decodes as GB2312 (so as GBK too); lxml reads both GBK files; the text PDF has 3 pages with `/Rotate` 0, 0, 90 and pdfium
  renders page 3 as landscape; the photo PDF has 2 pages, no text; python-docx opens the `.docx` (its table of 8 rows reads as above);
  the portal page's `<body>` text is only chrome, meta box and title;
- the earlier fixtures' cities and provinces and the words of the unanswerable questions (海口, 棚膜, 个人所得税, 个税, 人才, 租房, 联系人)
  occur in no file's text nor in the decoded raw files, the `.docx`'s zip members or the unescaped portal page (as substrings);
- `ruff check --no-cache` (the project's `.venv/bin/ruff`, the project's settings) passes on the generator;
- generation twice into fresh folders: byte-identical (sha256sum); every file under 1.5 MB (the photo PDF, the largest, about 390 KB).

Not checked: how Word opens the `.doc` and the `.docx` (no Word or LibreOffice on the machine; the text boxes' placement and the
tracked changes were not seen drawn), how Excel opens the `.xls`, how Acrobat or an OCR engine treats the PDFs (only pdfium was used;
no OCR was run on the photos: the checks used the lines the generator drew), how a browser lays out the `srcdoc` and its “阅读全文”
script, and whether the addresses, phone numbers, 索引号, 网站标识码/ICP numbers and URL paths exist (all invented).
"""


# =============================================================================================
# main
# =============================================================================================


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city24 (三亚市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR, help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_DOC).write_bytes(make_word_html_doc())
    (corpus / F_XLS).write_bytes(make_xls_html())
    (corpus / F_PDF).write_bytes(make_pdf())
    (corpus / F_DOCX).write_bytes(make_docx())
    (corpus / F_PHOTO).write_bytes(make_photo_pdf())
    (corpus / F_HTML).write_bytes(make_portal())
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c24", QA), encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

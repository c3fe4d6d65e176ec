"""Writes the 芜湖市 (安徽省, city11) fixture: tests/data/city11/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs python-docx, xlwt, Pillow, reportlab and a CJK font
(Noto Sans/Serif CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3.11 -m venv /tmp/c11venv
    /tmp/c11venv/bin/pip install python-docx openpyxl xlwt Pillow reportlab pypdfium2
    cd /work/main && PYTHONPATH=. /tmp/c11venv/bin/python tests/support/make_city11_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city11``; the corpus goes to ``DIR/corpus``. Every file is written by
this script, the OFD's XML, the zip's member names and the HTML pages too, so that their bytes are exact.
Zip timestamps are fixed, the scan's skew and noise come from a fixed seed (``random.Random(1111)``) and
the PDF is written with ``invariant=1``, so a rerun gives the same bytes with the same fonts and library
versions. Everything in the documents (文号, 索引号, figures, dates, people, phone numbers, URL paths,
tasks) is invented; the city, its districts and counties, the departments, the 12345 hotline and the
“皖事通” app are real.

- ``wuhu-zhengfu-gongbao-2026-5.ofd``: 芜湖市人民政府公报 2026年第5期, **an OFD (GB/T 33190-2016)**:
  ``OFD.xml`` → ``Doc_0/Document.xml`` (CommonData, a TemplatePage with the running header, outlines),
  ``PublicRes.xml`` (fonts), one ``Content.xml`` per page made of **line fragments** (script runs in
  their own fonts, random cuts, some lines written right to left), a masthead of single red characters
  with a CTM, red rules and a ruled table as PathObjects, DeltaX in the ``g n w`` form, page numbers
  written first, a ``Signs/`` entry with a seal picture. Three documents: 芜政办〔2026〕9号 (加装电梯补助办法,
  **repeals the 2024 暂行办法**, **amended by the zip's notice**), 芜民〔2026〕21号 (残疾人两项补贴, **its
  解读 is the WeChat article**) and 芜政办秘〔2026〕31号 (领导小组).
- ``wuhu-minzheng-weixin-liangxiang-butie.html``: the 解读 of 芜民〔2026〕21号, **a WeChat 公众号 article
  saved from the browser** (hidden ``#js_content``, ``<span leaf="">`` pieces, publish time set by script).
- ``附件下载.zip``: **GBK member names without the UTF-8 flag**, a folder holding 芜建房〔2026〕62号 (a docx
  that **amends 芜政办〔2026〕9号 第五条 and 第六条**), its 附件 (an xlwt ``.xls``) and a ``Thumbs.db``.
- ``wuhu-binzang-jianmian-scan.pdf``: 芜民〔2024〕48号 (基本殡葬服务费用减免), **an image-only scan** of
  three pages, skewed and noisy, the third a ruled table; **“有效期2年” from 2024-10-01: expired**.
- ``wuhu-jiazhuang-dianti-zanxing-2024.html``: 芜政办〔2024〕3号 (加装电梯补助暂行办法) on the portal, with
  a 信息公开 grid that still says “有效”; **repealed by 芜政办〔2026〕9号**.
"""

from __future__ import annotations

import argparse
import base64
import datetime
import hashlib
import html
import io
import math
import random
import sys
import zipfile
from pathlib import Path

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city11"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFD_NS = "http://www.ofdspec.org/2016"


# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

ZX_NUMBER = "芜政办〔2024〕3号"
ZX_RULES = "芜湖市既有住宅加装电梯补助暂行办法"
ZX_TITLE = f"芜湖市人民政府办公室关于印发{ZX_RULES}的通知"

DT_NUMBER = "芜政办〔2026〕9号"
DT_RULES = "芜湖市既有住宅加装电梯补助办法"
DT_TITLE = f"芜湖市人民政府办公室关于印发{DT_RULES}的通知"

LX_NUMBER = "芜民〔2026〕21号"
LX_TITLE = "芜湖市民政局 芜湖市财政局 芜湖市残疾人联合会关于提高困难残疾人生活补贴和重度残疾人护理补贴标准的通知"
LX_SHORT = "关于提高困难残疾人生活补贴和重度残疾人护理补贴标准的通知"

LD_NUMBER = "芜政办秘〔2026〕31号"
LD_TITLE = "芜湖市人民政府办公室关于调整芜湖市既有住宅加装电梯工作领导小组成员的通知"

TZ_NUMBER = "芜建房〔2026〕62号"
TZ_TITLE = "芜湖市住房和城乡建设局 芜湖市财政局关于调整既有住宅加装电梯补助有关事项的通知"
FP_TITLE = "2026年既有住宅加装电梯市级补助资金分配表"

BZ_NUMBER = "芜民〔2024〕48号"
BZ_TITLE = "芜湖市民政局 芜湖市财政局关于实施基本殡葬服务费用减免政策的通知"
BZ_ANNEX = "芜湖市基本殡葬服务费用减免标准"

WX_TITLE = "【政策解读】两项补贴标准7月起提高！残疾人朋友关心的问题都在这里"
WX_ACCOUNT = "芜湖民政"

GAZ_NAME = "芜湖市人民政府公报"
GAZ_ISSUE = "2026年第5期"
GAZ_TOTAL = "（总第212期）"
GAZ_DATE = "2026年5月31日"

ADDR_GOV = "各县、市、区人民政府，各开发区管委会，市政府各部门、各直属单位："


# =============================================================================================
# The documents' text
# =============================================================================================

# The 加装电梯 办法 (芜政办〔2026〕9号) in the gazette; "#TABLE" is the 补助标准 table
DT_TABLE = [("住宅层数", "每台补助标准"), ("4层", "每台10万元"), ("5层至6层", "每台15万元"),
            ("7层及以上", "每台20万元")]
DT_ARTICLES = [
    "第一条　为改善既有住宅居住条件，方便老年人、残疾人等群体出行，规范既有住宅加装电梯补助工作，结合本市实际，"
    "制定本办法。",
    "第二条　本办法适用于镜湖区、弋江区、鸠江区、湾沚区、繁昌区和芜湖经开区范围内，已取得不动产权证书、未设电梯的"
    "4层及以上（不含地下室）既有住宅加装电梯的补助。无为市、南陵县可以参照本办法制定具体措施。",
    "第三条　加装电梯应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意，由业主推选的"
    "代表作为申请人。",
    "第四条　申请人向住宅所在区住房和城乡建设部门提出加装电梯申请。区住房和城乡建设部门会同自然资源和规划、市场监管"
    "等部门在15个工作日内完成联合审查，出具审查意见。",
    "第五条　补助标准按照住宅层数确定，具体如下：",
    "#TABLE",
    "加装电梯的单元内有持证重度残疾人或者80周岁以上老年人常住的，每台另增加补助2万元。补助资金由市、区两级财政按照"
    "4:6比例分担。补助标准由市住房和城乡建设局会同市财政局根据实施情况适时调整。",
    "第六条　申请人应当自电梯竣工验收合格并取得特种设备使用登记证书之日起6个月内，向区住房和城乡建设部门申请补助。"
    "区住房和城乡建设部门审核后报市住房和城乡建设局复核，复核通过的，在20个工作日内拨付补助资金。",
    "第七条　同一单元只能享受一次加装电梯补助。已按照原暂行办法享受补助的，不得重复申请。",
    "第八条　加装电梯所需资金除政府补助外，由业主按照所在楼层、房屋面积等因素协商分摊，也可以申请使用住宅专项"
    "维修资金。",
    "第九条　以提供虚假材料等方式骗取补助资金的，由区住房和城乡建设部门追回补助资金，并依法依规追究相关责任。",
    "第十条　本办法由市住房和城乡建设局负责解释。",
    f"第十一条　本办法自2026年5月1日起施行，有效期5年。原《{ZX_RULES}》（{ZX_NUMBER}）同时废止。",
]

LX_ITEMS = [
    "#ADDR各县、市、区民政局、财政局、残联，各开发区社会事务部门：",
    "为进一步保障残疾人基本生活，经市政府同意，决定自2026年7月1日起提高困难残疾人生活补贴和重度残疾人护理补贴"
    "（以下简称“两项补贴”）标准。现将有关事项通知如下：",
    "#HEAD一、补贴对象",
    "（一）困难残疾人生活补贴对象。具有本市户籍，持有第二代《中华人民共和国残疾人证》，纳入最低生活保障范围的"
    "残疾人，以及低保边缘家庭中的一级、二级重度残疾人。",
    "（二）重度残疾人护理补贴对象。具有本市户籍，持有第二代《中华人民共和国残疾人证》，残疾等级为一级、二级的重度"
    "残疾人，以及残疾等级为三级的智力、精神残疾人。",
    "#HEAD二、补贴标准",
    "（一）困难残疾人生活补贴：一级、二级残疾人每人每月110元，三级、四级残疾人每人每月80元。",
    "（二）重度残疾人护理补贴：一级残疾人每人每月120元，二级残疾人每人每月100元，三级智力、精神残疾人每人每月80元。",
    "（三）重度残疾人居家托养服务补贴标准由市残疾人联合会会同市财政局另行制定。",
    "#HEAD三、申请和审核",
    "残疾人或者其监护人可以通过“皖事通”APP“残疾人两项补贴”专区在线申请，也可以向户籍所在地乡镇（街道）提出申请。"
    "乡镇（街道）在10个工作日内完成初审，县（市、区）残联、民政部门在5个工作日内完成审核，审核通过的自次月起发放"
    "补贴。",
    "#HEAD四、发放方式",
    "两项补贴按月发放至残疾人本人社会保障卡，每月15日前到账。",
    "#HEAD五、资金保障",
    "镜湖区、弋江区、鸠江区所需资金由市级财政和区级财政按照5:5比例分担；湾沚区、繁昌区、无为市、南陵县所需资金由"
    "市级财政和县（市、区）财政按照3:7比例分担。",
    "#HEAD六、其他",
    "本通知自2026年7月1日起施行。此前有关规定与本通知不一致的，以本通知为准。",
    "政策咨询：市民政局社会救助科，电话0553-3847215；市残联康复部，电话0553-2918473。也可拨打12345政务服务便民热线。",
    "#SIGN",
]
LX_SIGNER = "芜湖市民政局　芜湖市财政局　芜湖市残疾人联合会"
LX_DATE = "2026年5月8日"

LD_ITEMS = [
    "#ADDR各县、市、区人民政府，各开发区管委会，市政府有关部门：",
    "因人事变动和工作需要，经市政府同意，现将芜湖市既有住宅加装电梯工作领导小组成员调整如下：",
    "#LIST组　长：陈启航　副市长",
    "#LIST副组长：汪　伟　市政府副秘书长",
    "#LIST　　　　许　晨　市住房和城乡建设局局长",
    "成员由市财政局、市自然资源和规划局、市市场监督管理局、市城市管理局、市消防救援支队和各区人民政府、芜湖经开区"
    "管委会分管负责同志组成。",
    "领导小组办公室设在市住房和城乡建设局，承担领导小组日常工作，办公室主任由市住房和城乡建设局分管负责同志兼任。"
    "领导小组成员如有变动，由成员单位接任工作的同志自然替补，不再另行发文。",
    "#SIGN",
    "#OPEN（此件公开发布）",
]

# (目录 label, title, 文号, signer, date, items); "#CAPTION" starts the attached 办法, "#ADDR" the addressee
# line, "#HEAD" a heading, "#LIST" an unindented line, "#SIGN" the signature, "#OPEN" the 公开 line
GAZ_DOCS: list[tuple[str, str, str, str, str, list[str]]] = [
    ("市政府办公室文件", DT_TITLE, DT_NUMBER, "芜湖市人民政府办公室", "2026年4月20日", [
        "#ADDR" + ADDR_GOV,
        f"《{DT_RULES}》已经市政府第28次常务会议研究同意，现印发给你们，请认真贯彻执行。",
        "#SIGN",
        "#OPEN（此件公开发布）",
        "#CAPTION" + DT_RULES,
        *DT_ARTICLES,
    ]),
    ("市政府办公室文件", LD_TITLE, LD_NUMBER, "芜湖市人民政府办公室", "2026年5月12日", LD_ITEMS),
    ("部门文件", LX_TITLE, LX_NUMBER, LX_SIGNER, LX_DATE, LX_ITEMS),
]

# The 2024 暂行办法 on the portal (repealed by 芜政办〔2026〕9号 第十一条)
ZX_ARTICLES = [
    "第一条　为推进既有住宅加装电梯工作，改善居民出行条件，制定本办法。",
    "第二条　本办法适用于镜湖区、弋江区、鸠江区范围内，未设电梯的4层及以上既有住宅加装电梯的补助。",
    "第三条　加装电梯应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意。",
    "第四条　每台电梯补助8万元，所需资金由市、区两级财政各承担50%。",
    "第五条　申请人应当自电梯竣工验收合格之日起3个月内，向区住房和城乡建设部门申请补助。",
    "第六条　同一单元只能享受一次补助。",
    "第七条　本办法由市住房和城乡建设局负责解释。",
    "第八条　本办法自2024年3月1日起施行，有效期3年。",
]

# The zip's notice (芜建房〔2026〕62号) and its 附件
TZ_ADDR = "各区住房和城乡建设局、财政局，芜湖经开区建设管理部门、财政部门："
TZ_PARAS = [
    f"根据《{DT_RULES}》（{DT_NUMBER}，以下简称《办法》）第五条规定，经市政府同意，现就既有住宅加装电梯补助有关事项"
    "通知如下：",
    "一、提高4层住宅补助标准。将《办法》第五条中4层住宅的补助标准由每台10万元调整为每台12万元，其他层数的补助标准"
    "不变。",
    "二、延长补助申请期限。将《办法》第六条中“之日起6个月内”修改为“之日起12个月内”。",
    "三、本通知施行前已竣工验收但尚未申请补助的，按照本通知规定的标准和期限执行。",
    "四、各区要按照附件所列计划台数和市级补助资金做好资金安排，于2026年11月30日前将资金使用情况报市住房和城乡建设局。",
    "五、本通知自2026年10月1日起施行。《办法》其他条款不变。",
]
TZ_ANNEX = f"附件：{FP_TITLE}"
TZ_SIGN = ["芜湖市住房和城乡建设局　　芜湖市财政局", "2026年9月15日"]
TZ_CONTACT = "（联系人：市住房和城乡建设局房屋安全科孙晓雯，电话：0553-3918562）"
FP_HEAD = ("序号", "区", "计划加装台数（台）", "市级补助资金（万元）", "区住房和城乡建设部门咨询电话")
FP_ROWS = [("镜湖区", 60, 360, "0553-3126748"), ("弋江区", 45, 270, "0553-4812035"),
           ("鸠江区", 50, 300, "0553-5839172"), ("湾沚区", 18, 108, "0553-5621840"),
           ("繁昌区", 15, 90, "0553-7863159"), ("芜湖经开区", 12, 72, "0553-5974216")]
FP_NOTE = "注：市级补助资金按每台6万元测算，据实结算。"

# The scanned 殡葬 notice (芜民〔2024〕48号)
BZ_ADDR = "各县、市、区民政局、财政局，各开发区社会事务部门，各殡仪馆："
BZ_PARAS = [
    "为进一步推进惠民殡葬，减轻群众丧葬负担，经市政府同意，决定对本市户籍居民实施基本殡葬服务费用减免。现将有关"
    "事项通知如下：",
    "一、减免对象。具有本市户籍的居民死亡后，遗体在本市殡仪馆火化的，其家属享受基本殡葬服务费用减免。",
    "二、减免项目和标准。减免遗体接运、遗体存放、遗体火化、骨灰寄存和普通骨灰盒5项基本殡葬服务费用，具体标准"
    "见附件。",
    "三、减免方式。减免费用由殡仪馆在结算时直接减免，家属无需另行申请。殡仪馆每季度向所在地县（市、区）民政部门"
    "申报减免资金，县（市、区）民政部门在10个工作日内完成审核。",
    "四、生态安葬奖补。骨灰实行树葬、花坛葬、草坪葬等节地生态安葬的，另给予每例1000元奖补，由安葬地县（市、区）"
    "民政部门发放。",
    "五、资金保障。减免资金由市级财政和县（市、区）财政按照4:6比例分担。",
    "六、本通知自2024年10月1日起施行，有效期2年。",
    "政策咨询电话：0553-3847630（市民政局社会事务科）。",
]
BZ_SIGN = ["芜湖市民政局　　芜湖市财政局", "2024年9月10日"]
BZ_TABLE = [("序号", "服务项目", "减免标准", "说明"),
            ("1", "遗体接运", "每具不超过400元", "限本县（市、区）范围内"),
            ("2", "遗体存放", "每具不超过300元", "限3天"),
            ("3", "遗体火化", "每具不超过600元", "普通火化炉"),
            ("4", "骨灰寄存", "每具不超过200元", "限3年"),
            ("5", "普通骨灰盒", "每个不超过300元", ""),
            ("", "合计", "每具不超过1800元", "")]

# The WeChat 解读 of 芜民〔2026〕21号: (question, answer)
WX_INTRO = (f"今年5月，市民政局、市财政局、市残联联合印发《{LX_SHORT}》（{LX_NUMBER}），自2026年7月1日起提高"
            "“两项补贴”标准。小编整理了大家最关心的几个问题，一起来看↓")
WX_QA = [
    ("这次标准提高了多少？",
     "困难残疾人生活补贴：一级、二级残疾人由每人每月90元提高到110元，三级、四级残疾人由每人每月60元提高到80元。"
     "重度残疾人护理补贴：一级残疾人由每人每月100元提高到120元，二级残疾人由每人每月80元提高到100元，三级智力、"
     "精神残疾人由每人每月60元提高到80元。"),
    ("已经在领两项补贴的，需要重新申请吗？",
     "不需要重新申请。已纳入两项补贴发放范围的残疾人，自2026年7月起由系统自动按照新标准发放。"),
    ("为什么7月份到账的还是原来的标准？",
     "因发放系统升级，2026年7月、8月仍按原标准发放，差额部分在9月随当月补贴一并补发，请大家放心。"),
    ("两项补贴可以同时领吗？",
     "可以。纳入低保的一级、二级重度残疾人，同时符合两项补贴条件的，可以同时享受困难残疾人生活补贴和重度残疾人护理补贴。"),
    ("残疾人年满60周岁后还能领吗？",
     "能。残疾人年满60周岁后，符合条件的继续享受两项补贴，不因年龄原因停发。"),
    ("哪些情况不能领护理补贴？",
     "已纳入特困人员集中供养的重度残疾人，不享受重度残疾人护理补贴。残疾人死亡、户籍迁出本市或者残疾人证注销的，"
     "自次月起停发两项补贴。"),
    ("怎么申请？",
     "残疾人或者其监护人可以通过“皖事通”APP“残疾人两项补贴”专区在线申请，也可以到户籍所在地乡镇（街道）申请，需要"
     "携带本人身份证和第二代残疾人证。申请不收取任何费用。"),
]
WX_OUTRO = "咨询电话：市民政局社会救助科0553-3847215，市残联康复部0553-2918473。"


# =============================================================================================
# 1. wuhu-zhengfu-gongbao-2026-5.ofd (GB/T 33190: OFD.xml, Document.xml, templates, fragments, seal)
# =============================================================================================

OFD_W, OFD_H = 210.0, 297.0
OFD_LEFT, OFD_RIGHT = 26.0, 184.0
OFD_TOP, OFD_BOTTOM = 36.0, 272.0
PT = 25.4 / 72
BODY_MM = round(12 * PT, 4)  # 4.2333
OFD_PITCH = {"label": 9.0, "gap": 6.0, "title": 9.5, "number": 10.0, "body": 7.0, "head": 7.0, "list": 7.0,
             "sign": 7.0, "open": 8.0, "caption": 11.0, "trow": 9.0}
# font IDs in PublicRes.xml
F_SONG, F_FS, F_HEI, F_XBS, F_TNR = 3, 4, 5, 6, 7
OFD_FONTS = [(F_SONG, "宋体", "宋体"), (F_FS, "仿宋_GB2312", "仿宋_GB2312"), (F_HEI, "黑体", "黑体"),
             (F_XBS, "方正小标宋简体", "方正小标宋简体"), (F_TNR, "Times New Roman", "Times New Roman")]
OFD_RED = "200 16 30"
DT_COLS = [62.0, 62.0]
OFD_WHEN = datetime.datetime(2026, 5, 31, 16, 20, 0)


def ofd_width(text: str, size: float) -> float:
    """Advance of a line: CJK glyphs one em, ASCII half an em (the fonts' metrics are not embedded)."""
    return sum(size * 0.5 if ord(ch) < 128 else size for ch in text)


def _num(v: float) -> str:
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def delta_x(text: str, size: float) -> str:
    """DeltaX with runs of equal advances written in the compressed “g n w” form."""
    adv = [size * 0.5 if ord(ch) < 128 else size for ch in text[:-1]]
    out: list[str] = []
    k = 0
    while k < len(adv):
        j = k
        while j < len(adv) and abs(adv[j] - adv[k]) < 1e-9:
            j += 1
        out.append(f"g {j - k} {_num(adv[k])}" if j - k > 1 else _num(adv[k]))
        k = j
    return " ".join(out)


def gazette_flow() -> list[tuple[int, str, str]]:
    """The gazette's content lines after the cover: (document index, kind, text)."""
    width = OFD_RIGHT - OFD_LEFT
    out: list[tuple[int, str, str]] = []
    prev = ""
    for n, (label, title, number, signer, date, items) in enumerate(GAZ_DOCS):
        if label != prev:
            out.append((n, "label", f"【{label}】"))
            prev = label
        else:
            out.append((n, "gap", ""))
        out += [(n, "title", t) for t in wrap_cjk(title, lambda t: ofd_width(t, 5.6444), width - 16)]
        out.append((n, "number", number))
        for item in items:
            if item.startswith("#ADDR"):
                out += [(n, "body", t) for t in wrap_cjk(item[5:], lambda t: ofd_width(t, BODY_MM), width)]
            elif item.startswith("#HEAD"):
                out.append((n, "head", "　　" + item[5:]))
            elif item.startswith("#LIST"):
                out.append((n, "list", "　　" + item[5:]))
            elif item == "#SIGN":
                out += [(n, "sign", signer), (n, "sign", date)]
            elif item.startswith("#OPEN"):
                out.append((n, "open", "　　" + item[5:]))
            elif item.startswith("#CAPTION"):
                out.append((n, "caption", item[8:]))
            elif item == "#TABLE":
                out += [(n, "trow", "|".join(row)) for row in DT_TABLE]
            else:
                out += [(n, "body", t) for t in wrap_cjk("　　" + item, lambda t: ofd_width(t, BODY_MM), width)]
    return out


def gazette_pages() -> tuple[list[list[tuple[int, str, str]]], list[int]]:
    """The content pages (page 2 on) and the page each document starts on; a title keeps two lines with it,
    a table stays on one page, a paragraph may run over a page break."""
    flow = gazette_flow()
    pages: list[list[tuple[int, str, str]]] = [[]]
    starts: list[int] = []
    y = OFD_TOP
    k = 0
    while k < len(flow):
        n, kind, _t = flow[k]
        group = [flow[k]]
        if kind in ("label", "gap"):
            j = k + 1
            while j < len(flow) and flow[j][1] in ("title", "number"):
                j += 1
            group = flow[k:j + 2]
        elif kind == "trow":
            j = k
            while j < len(flow) and flow[j][1] == "trow":
                j += 1
            group = flow[k:j]
        elif kind == "sign":
            group = flow[k:k + 2]
        size = len(group)
        h = sum(OFD_PITCH[g[1]] for g in group)
        if y + h > OFD_BOTTOM and pages[-1]:
            pages.append([])
            y = OFD_TOP
            if group[0][1] == "gap":
                group = group[1:]
                h -= OFD_PITCH["gap"]
        if len(starts) == n and kind in ("label", "gap"):
            starts.append(len(pages) + 1)
        pages[-1] += group
        y += h
        k += size
    return pages, starts


class _Ofd:
    """Collects a page's objects with IDs unique over the document."""

    def __init__(self, first_id: int) -> None:
        self.next_id = first_id

    def nid(self) -> int:
        self.next_id += 1
        return self.next_id

    def text(self, x: float, baseline: float, text: str, font: int, size: float, color: str | None = None,
             ctm: str | None = None, hscale: float = 1.0) -> str:
        asc = round(size * 0.88, 4)
        w = ofd_width(text, size) * hscale
        attrs = (f'ID="{self.nid()}" Boundary="{_num(x)} {_num(baseline - asc)} {_num(w)} {_num(size * 1.2)}" '
                 f'Font="{font}" Size="{_num(size)}"')
        if ctm:
            attrs += f' CTM="{ctm}"'
        fill = f'<ofd:FillColor Value="{color}"/>' if color else ""
        dx = delta_x(text, size)
        dxa = f' DeltaX="{dx}"' if dx else ""
        return (f"<ofd:TextObject {attrs}>{fill}<ofd:TextCode X=\"0\" Y=\"{_num(asc)}\"{dxa}>"
                f"{html.escape(text, quote=False)}</ofd:TextCode></ofd:TextObject>")

    def path(self, x: float, y: float, w: float, h: float, data: str, width: float, color: str = "0 0 0") -> str:
        return (f'<ofd:PathObject ID="{self.nid()}" Boundary="{_num(x)} {_num(y)} {_num(w)} {_num(h)}" '
                f'LineWidth="{_num(width)}" Stroke="true" Fill="false"><ofd:StrokeColor Value="{color}"/>'
                f"<ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>")


def _split_runs(text: str) -> list[str]:
    """A line cut where the script changes (ASCII runs are set in Times New Roman)."""
    runs: list[str] = []
    for ch in text:
        if runs and (ord(ch) < 128) == (ord(runs[-1][-1]) < 128):
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


def _line_objects(o: _Ofd, rng: random.Random, x: float, baseline: float, text: str, font: int,
                  size: float) -> list[str]:
    """A body line as a converter writes it: fragments by script, some CJK runs cut again at random, and
    now and then the fragments written from right to left."""
    frags: list[tuple[float, str]] = []
    cx = x
    for run in _split_runs(text):
        pieces = [run]
        if ord(run[0]) >= 128 and len(run) > 6 and rng.random() < 0.35:
            cut = rng.randrange(2, len(run) - 2)
            pieces = [run[:cut], run[cut:]]
        for p in pieces:
            frags.append((cx, p))
            cx += ofd_width(p, size)
    objs = [o.text(fx, baseline, p, F_TNR if ord(p[0]) < 128 else font, size) for fx, p in frags]
    if len(objs) > 2 and rng.random() < 0.15:
        objs.reverse()
    return objs


def _seal_png(ring: str, px: int = 400, alpha: int = 230) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font_path, index = cjk_face(bold=True)
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ink = (214, 24, 32, alpha)
    c = px / 2
    rad = px / 2 - 8
    u = px / 400
    d.ellipse((c - rad, c - rad, c + rad, c + rad), outline=ink, width=round(12 * u))
    pts = []
    for k in range(10):
        r = (58 if k % 2 == 0 else 23) * u
        a = math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(pts, fill=ink)
    fs = round(44 * u)
    font = ImageFont.truetype(font_path, fs, index=index)
    for k, ch in enumerate(ring):
        a = math.radians(210 - k * (240 / (len(ring) - 1)))
        gx, gy = c + (rad - fs) * math.cos(a), c - (rad - fs) * math.sin(a)
        g = Image.new("L", (fs + 16, fs + 16), 0)
        ImageDraw.Draw(g).text((8, 2), ch, font=font, fill=255)
        g = g.rotate(math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        img.paste(Image.new("RGBA", g.size, ink), (int(gx - g.width / 2), int(gy - g.height / 2)), g)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _der(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + body


def _xml(root: str, body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:{root} xmlns:ofd="{OFD_NS}">{body}</ofd:{root}>'


def gazette_toc() -> list[tuple[str, str]]:
    """The 目录 as (kind, text): labels and entry lines; an entry's last line ends with "|page"."""
    _pages, starts = gazette_pages()
    out: list[tuple[str, str]] = []
    prev = ""
    for n, (label, title, number, *_rest) in enumerate(GAZ_DOCS):
        if label != prev:
            out.append(("toc_label", f"【{label}】"))
            prev = label
        lines = wrap_cjk(f"{title}（{number}）", lambda t: ofd_width(t, 4.0), OFD_RIGHT - OFD_LEFT - 30)
        out += [("toc", t) for t in lines[:-1]]
        out.append(("toc", f"{lines[-1]}|{starts[n]}"))
    return out


def make_ofd(path: Path) -> dict[str, object]:
    """Writes the gazette as OFD; returns facts about it for the README (page of the seal, page breaks)."""
    rng = random.Random(1111)
    pages, starts = gazette_pages()
    o = _Ofd(20)
    tpl_id = o.nid()
    page_ids = [o.nid() for _ in range(len(pages) + 1)]
    mid = OFD_W / 2
    page_xml: list[str] = []

    # the running header (template of pages 2 on)
    hdr = [o.text(OFD_LEFT, 20.5, GAZ_NAME, F_SONG, 3.5278),
           o.text(OFD_RIGHT - ofd_width(GAZ_ISSUE, 3.5278), 20.5, GAZ_ISSUE, F_SONG, 3.5278),
           o.path(OFD_LEFT, 22.5, OFD_RIGHT - OFD_LEFT, 1, f"M 0 0.5 L {_num(OFD_RIGHT - OFD_LEFT)} 0.5", 0.35)]
    layer_id = o.nid()
    tpl = _xml("Page", f'<ofd:Content><ofd:Layer ID="{layer_id}" Type="Background">{"".join(hdr)}</ofd:Layer>'
                       "</ofd:Content>")

    # page 1: cover with the red masthead of single characters and the 目录
    cover: list[str] = []
    cover.append(o.path(OFD_LEFT, 74, OFD_RIGHT - OFD_LEFT, 3,
                        f"M 0 0.5 L {_num(OFD_RIGHT - OFD_LEFT)} 0.5 M 0 2.2 L {_num(OFD_RIGHT - OFD_LEFT)} 2.2",
                        0.8, OFD_RED))
    issue = f"{GAZ_ISSUE}{GAZ_TOTAL}"
    cover += _line_objects(o, rng, mid - ofd_width(issue, 4.9389) / 2, 62, issue, F_SONG, 4.9389)
    sub = f"芜湖市人民政府办公室主办　　{GAZ_DATE}出版"
    cover += _line_objects(o, rng, mid - ofd_width(sub, 3.8806) / 2, 70, sub, F_SONG, 3.8806)
    cover.append(o.text(mid - ofd_width("目　　录", 6.35) / 2, 92, "目　　录", F_HEI, 6.35))
    y = 106.0
    for kind, text in gazette_toc():
        if kind == "toc_label":
            y += 2
            cover.append(o.text(OFD_LEFT, y, text, F_HEI, 4.2333))
            y += 8
            continue
        t, _, pno = text.partition("|")
        cover += _line_objects(o, rng, OFD_LEFT + 8, y, t, F_FS, 4.0)
        if pno:
            x0 = OFD_LEFT + 8 + ofd_width(t, 4.0) + 1.5
            dots = "…" * int((OFD_RIGHT - 8 - x0) / 3.0)
            cover.append(o.text(x0, y, dots, F_SONG, 3.0))
            cover.append(o.text(OFD_RIGHT - ofd_width(pno, 4.0), y, pno, F_TNR, 4.0))
        y += 7
    mast_size, scale = 15.0, 0.82
    step = mast_size * scale + 1.6
    x0 = mid - (step * len(GAZ_NAME) - 1.6) / 2
    for k, ch in enumerate(GAZ_NAME):  # written after the 目录, one object per character, narrowed by a CTM
        cover.append(o.text(x0 + k * step, 50, ch, F_XBS, mast_size, OFD_RED, ctm=f"{scale} 0 0 1 0 0",
                            hscale=scale))
    layer_id = o.nid()
    page_xml.append(_xml("Page", f"<ofd:Area><ofd:PhysicalBox>0 0 {_num(OFD_W)} {_num(OFD_H)}</ofd:PhysicalBox>"
                                 f'</ofd:Area><ofd:Content><ofd:Layer ID="{layer_id}" Type="Body">'
                                 f'{"".join(cover)}</ofd:Layer></ofd:Content>'))

    seal_at: tuple[int, float, float] | None = None
    outline_top: dict[int, tuple[int, float]] = {}
    breaks: list[str] = []
    for pno, lines in enumerate(pages, start=2):
        objs = [o.text(mid - ofd_width(f"— {pno} —", 3.7042) / 2, 284, f"— {pno} —", F_TNR, 3.7042)]
        y = OFD_TOP
        trows: list[tuple[float, list[str]]] = []
        for n, kind, text in lines:
            if n not in outline_top:
                outline_top[n] = (pno, y)
            pitch = OFD_PITCH[kind]
            if kind == "label":
                objs.append(o.text(OFD_LEFT, y + 5, text, F_HEI, 4.5861))
            elif kind == "title":
                objs.append(o.text(mid - ofd_width(text, 5.6444) / 2, y + 6, text, F_XBS, 5.6444))
            elif kind == "number":
                objs += _line_objects(o, rng, mid - ofd_width(text, BODY_MM) / 2, y + 5, text, F_FS, BODY_MM)
            elif kind == "caption":
                objs.append(o.text(mid - ofd_width(text, 5.2917) / 2, y + 7, text, F_XBS, 5.2917))
            elif kind == "sign":
                x = OFD_RIGHT - 12 - ofd_width(text, BODY_MM)
                objs += _line_objects(o, rng, x, y + 5, text, F_FS, BODY_MM)
                if n == 1 and text.endswith("办公室"):
                    seal_at = (pno, x + ofd_width(text, BODY_MM) / 2, y + 5)
            elif kind == "trow":
                trows.append((y, text.split("|")))
            else:
                lead = len(text) - len(text.lstrip("　"))
                x = OFD_LEFT + lead * BODY_MM
                objs += _line_objects(o, rng, x, y + 5, text[lead:], F_HEI if kind == "head" else F_FS, BODY_MM)
            y += pitch
        if trows:
            tw = sum(DT_COLS)
            tx, ty = mid - tw / 2, trows[0][0]
            th = OFD_PITCH["trow"] * len(trows)
            data = []
            for r in range(len(trows) + 1):
                data.append(f"M 0 {_num(r * OFD_PITCH['trow'])} L {_num(tw)} {_num(r * OFD_PITCH['trow'])}")
            cx = 0.0
            for cw in [0.0, *DT_COLS]:
                cx += cw
                data.append(f"M {_num(cx)} 0 L {_num(cx)} {_num(th)}")
            objs.append(o.path(tx, ty, tw, th, " ".join(data), 0.25))
            for r, (ry, cells) in enumerate(trows):
                cx = tx
                for cw, cell in zip(DT_COLS, cells, strict=True):
                    objs.append(o.text(cx + (cw - ofd_width(cell, 4.0)) / 2, ry + 6, cell,
                                       F_HEI if r == 0 else F_FS, 4.0))
                    cx += cw
        last, nxt = lines[-1], (pages[pno - 1][0] if pno - 1 < len(pages) else None)
        if nxt and last[1] == "body" and nxt[1] == "body" and not nxt[2].startswith("　"):
            breaks.append(f"{pno}/{pno + 1}: “{last[2][-8:]}” | “{nxt[2][:8]}”")
        layer_id = o.nid()
        page_xml.append(_xml("Page", f'<ofd:Template TemplateID="{tpl_id}" ZOrder="Background"/>'
                                     f"<ofd:Area><ofd:PhysicalBox>0 0 {_num(OFD_W)} {_num(OFD_H)}</ofd:PhysicalBox>"
                                     f'</ofd:Area><ofd:Content><ofd:Layer ID="{layer_id}" Type="Body">'
                                     f'{"".join(objs)}</ofd:Layer></ofd:Content>'))

    outlines = "".join(
        f'<ofd:OutlineElem Title="{html.escape(GAZ_DOCS[n][1])}"><ofd:Actions><ofd:Action Event="CLICK">'
        f'<ofd:Goto><ofd:Dest Type="XYZ" PageID="{page_ids[p - 1]}" Left="0" Top="{_num(t)}"/></ofd:Goto>'
        "</ofd:Action></ofd:Actions></ofd:OutlineElem>" for n, (p, t) in sorted(outline_top.items()))
    max_id = o.nid()
    fonts = "".join(f'<ofd:Font ID="{i}" FontName="{a}" FamilyName="{b}"/>' for i, a, b in OFD_FONTS)
    public = _xml("Res", f'<ofd:Fonts>{fonts}</ofd:Fonts><ofd:ColorSpaces><ofd:ColorSpace ID="8" Type="RGB" '
                         'BitsPerComponent="8"/></ofd:ColorSpaces>').replace("<ofd:Res ", '<ofd:Res BaseLoc="Res" ', 1)
    docres = _xml("Res", "").replace("<ofd:Res ", '<ofd:Res BaseLoc="Res" ', 1)
    pages_xml = "".join(f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k, pid in enumerate(page_ids))
    document = _xml("Document", (
        f"<ofd:CommonData><ofd:MaxUnitID>{max_id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {_num(OFD_W)} "
        f"{_num(OFD_H)}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
        f'<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes><ofd:TemplatePage ID="{tpl_id}" '
        f'BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages>{pages_xml}</ofd:Pages>'
        f"<ofd:Outlines>{outlines}</ofd:Outlines>"))
    doc_id = hashlib.md5(f"{GAZ_NAME}{GAZ_ISSUE}".encode()).hexdigest()
    ofd_xml = _xml("OFD", (
        f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{GAZ_NAME}{GAZ_ISSUE}</ofd:Title>"
        "<ofd:Author>芜湖市人民政府办公室</ofd:Author><ofd:Subject>政府公报</ofd:Subject>"
        "<ofd:CreationDate>2026-05-31</ofd:CreationDate><ofd:ModDate>2026-05-31</ofd:ModDate>"
        "<ofd:Creator>版式转换服务</ofd:Creator><ofd:CreatorVersion>3.2.1</ofd:CreatorVersion>"
        f'<ofd:CustomDatas><ofd:CustomData Name="期号">{GAZ_ISSUE}{GAZ_TOTAL}</ofd:CustomData></ofd:CustomDatas>'
        "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
        "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody>"))
    ofd_xml = ofd_xml.replace("<ofd:OFD ", '<ofd:OFD Version="1.0" DocType="OFD" ', 1)

    members: dict[str, bytes] = {"OFD.xml": ofd_xml.encode(), "Doc_0/Document.xml": document.encode(),
                                 "Doc_0/PublicRes.xml": public.encode(), "Doc_0/DocumentRes.xml": docres.encode(),
                                 "Doc_0/Tpls/Tpl_0/Content.xml": tpl.encode()}
    for k, px in enumerate(page_xml):
        members[f"Doc_0/Pages/Page_{k}/Content.xml"] = px.encode()
    # the electronic seal: Signatures.xml, Signature.xml with a StampAnnot, the seal (.esl holding a PNG)
    if seal_at is None:
        raise SystemExit("no signature line for the seal")
    spno, sx, sy = seal_at
    png = _seal_png("芜湖市人民政府办公室")
    esl = _der(0x30, _der(0x16, b"ES") + _der(0x02, b"\x04") + _der(0x16, b"340200000031") + _der(0x30, (
        _der(0x02, b"\x01") + _der(0x0C, "芜湖市人民政府办公室电子印章".encode()) + _der(0x16, b"png")
        + _der(0x04, png))))
    refs = "".join(f'<ofd:Reference FileRef="/{name}"><ofd:CheckValue>'
                   f"{base64.b64encode(hashlib.sha256(data).digest()).decode()}</ofd:CheckValue></ofd:Reference>"
                   for name, data in members.items() if name != "OFD.xml")
    members["Doc_0/Signs/Sign_0/Seal.esl"] = esl
    sig = _xml("Signature", (
        '<ofd:SignedInfo><ofd:Provider ProviderName="电子印章服务" Version="2.0" Company="芜湖市人民政府办公室"/>'
        "<ofd:SignatureMethod>1.2.156.10197.1.501</ofd:SignatureMethod>"
        "<ofd:SignatureDateTime>20260531082000Z</ofd:SignatureDateTime>"
        f'<ofd:References CheckMethod="1.2.156.10197.1.401">{refs}</ofd:References>'
        f'<ofd:StampAnnot ID="1" PageRef="{page_ids[spno - 1]}" Boundary="{_num(sx - 21)} {_num(sy - 24)} 42 42"/>'
        "<ofd:Seal><ofd:BaseLoc>/Doc_0/Signs/Sign_0/Seal.esl</ofd:BaseLoc></ofd:Seal></ofd:SignedInfo>"
        "<ofd:SignedValue>/Doc_0/Signs/Sign_0/SignedValue.dat</ofd:SignedValue>"))
    members["Doc_0/Signs/Signatures.xml"] = _xml("Signatures", (
        '<ofd:MaxSignId>1</ofd:MaxSignId><ofd:Signature ID="1" Type="Seal" '
        'BaseLoc="/Doc_0/Signs/Sign_0/Signature.xml"/>')).encode()
    members["Doc_0/Signs/Sign_0/Signature.xml"] = sig.encode()
    members["Doc_0/Signs/Sign_0/SignedValue.dat"] = b"".join(
        hashlib.sha256(sig.encode() + bytes([k])).digest() for k in range(3))[:72]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, date_time=OFD_WHEN.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)
    return {"pages": len(pages) + 1, "starts": starts, "seal_page": spno, "breaks": breaks}


# =============================================================================================
# 2. wuhu-minzheng-weixin-liangxiang-butie.html (a WeChat 公众号 article saved from the browser)
# =============================================================================================

WX_URL = "https://mp.weixin.qq.com/s/Q7mWk2pLx9RtV4nB8cZ1aE"
WX_SRC = "https://www.wuhu.gov.cn/openness/public/6596221/36815542.html"
WX_IMG = "https://mmbiz.qpic.cn/mmbiz_png/Kd8vQ2xRt0aLpW3nFh7yZc1bM9uJ5eGiS{0}/640?wx_fmt=png&from=appmsg"
WX_LAZY = ("data:image/svg+xml,%3C%3Fxml version='1.0' encoding='UTF-8'%3F%3E%3Csvg width='1px' height='1px' "
           "viewBox='0 0 1 1' version='1.1' xmlns='http://www.w3.org/2000/svg'%3E%3Ctitle%3E%3C/title%3E%3Cg "
           "stroke='none' stroke-width='1' fill='none' fill-rule='evenodd' fill-opacity='0'%3E%3Cg transform="
           "'translate(-249.000000, -126.000000)' fill='%23FFFFFF'%3E%3Crect x='249' y='126' width='1' height='1'"
           "%3E%3C/rect%3E%3C/g%3E%3C/g%3E%3C/svg%3E")
WX_PAST = ["全市民政系统开展“七一”走访慰问困难党员活动", "2026年度社会组织年报工作启动啦",
           "婚姻登记“跨省通办”常见问题解答"]
WX_STYLE = """body{margin:0;background:#fff;-webkit-text-size-adjust:100%}
.rich_media_area_primary{padding:20px 16px 12px;background:#fff}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:500}
.rich_media_meta_list{margin-bottom:22px;line-height:20px;font-size:15px;color:rgba(0,0,0,.3)}
.rich_media_meta_nickname a{color:#576b95}
.rich_media_content{overflow:hidden;color:rgba(0,0,0,.9);font-size:17px;word-wrap:break-word;text-align:justify}
.rich_media_tool{padding-top:14px;font-size:15px;color:rgba(0,0,0,.3)}
.wx_follow_tips{display:none}
"""


def _leaves(text: str, rng: random.Random) -> str:
    """Text as WeChat's editor stores it: many ``<span leaf="">`` pieces cut anywhere, inside words and
    numbers, some pieces wrapped once more in a styled span."""
    out: list[str] = []
    k = 0
    while k < len(text):
        n = rng.randint(2, 9)
        piece = html.escape(text[k:k + n], quote=False)
        if rng.random() < 0.2:
            out.append(f'<span style="letter-spacing: 0.5px;"><span leaf="">{piece}</span></span>')
        else:
            out.append(f'<span leaf="">{piece}</span>')
        k += n
    return "".join(out)


def html_weixin() -> str:
    rng = random.Random(2026)
    p_style = "margin: 0px 8px 16px;line-height: 1.75em;text-align: justify;"
    sec = []
    sec.append('<section style="text-align: center;margin-bottom: 12px;"><section style="display: inline-block;'
               'padding: 4px 14px;border-radius: 14px;background-color: rgb(0, 122, 204);"><span style="color: '
               'rgb(255, 255, 255);font-size: 14px;">' + _leaves("点击蓝字", rng) + '</span></section><p style='
               '"font-size: 12px;color: rgb(136, 136, 136);margin-top: 4px;">' + _leaves("关注我们", rng)
               + "</p></section>")
    sec.append(f'<section style="{p_style}"><span style="font-size: 15px;letter-spacing: 1px;">'
               f"{_leaves(WX_INTRO, rng)}</span></section>")
    sec.append('<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="2.4815" '
               f'data-s="300,640" data-src="{html.escape(WX_IMG.format("yitu"))}" data-type="png" data-w="1080" '
               f'style="width: 100%;height: auto;" src="{html.escape(WX_LAZY)}"></section>')
    sec.append('<section style="text-align: center;margin-bottom: 20px;"><span style="font-size: 12px;color: '
               'rgb(136, 136, 136);">' + _leaves("▲一图读懂两项补贴", rng) + "</span></section>")
    for k, (q, a) in enumerate(WX_QA, start=1):
        sec.append('<section style="display: flex;justify-content: flex-start;align-items: center;margin: 24px 8px '
                   '10px;"><section style="background-color: rgb(0, 122, 204);border-radius: 4px;padding: 2px 8px;'
                   'flex-shrink: 0;"><span style="color: rgb(255, 255, 255);font-size: 15px;"><strong>'
                   f'<span leaf="">Q{k}</span></strong></span></section><section style="margin-left: 8px;">'
                   f'<p style="margin: 0px;"><strong><span style="font-size: 16px;color: rgb(0, 122, 204);">'
                   f"{_leaves(q, rng)}</span></strong></p></section></section>")
        sec.append(f'<section style="{p_style}"><span style="font-size: 15px;letter-spacing: 1px;">'
                   f"{_leaves(a, rng)}</span></section>")
        if k in (2, 5):
            sec.append('<p style="margin: 0px;"><span leaf=""><br class="ProseMirror-trailingBreak"></span></p>')
    sec.append(f'<section style="{p_style}"><span style="font-size: 14px;color: rgb(89, 89, 89);">'
               f"{_leaves(WX_OUTRO, rng)}</span></section>")
    sec.append('<section style="margin: 30px 8px 10px;border-top: 1px dashed rgb(200, 200, 200);padding-top: 10px;">'
               '<p style="text-align: center;"><strong><span style="color: rgb(0, 122, 204);">'
               + _leaves("往期推荐", rng) + "</span></strong></p>"
               + "".join(f'<p style="margin: 6px 0px;"><a href="https://mp.weixin.qq.com/s/{"Pk" + str(k) * 20}" '
                         f'target="_blank" data-linktype="2"><span leaf="">{html.escape(t, quote=False)}</span></a></p>'
                         for k, t in enumerate(WX_PAST, start=3))
               + "</section>")
    sec.append('<section style="text-align: center;margin-top: 20px;"><img class="rich_pages wxw-img __bg_gif" '
               f'data-ratio="1" data-src="{html.escape(WX_IMG.format("qrcode"))}" data-type="png" data-w="430" '
               f'style="width: 40%;" src="{html.escape(WX_IMG.format("qrcode") + "&tp=webp&wxfrom=5&wx_lazy=1")}">'
               '<p style="font-size: 12px;color: rgb(136, 136, 136);">' + _leaves("长按识别二维码关注我们", rng)
               + "</p></section>")
    sec.append('<p style="font-size: 12px;color: rgb(136, 136, 136);margin: 16px 8px 0px;">'
               + _leaves("来源：芜湖市民政局　编辑：方媛　审核：程立", rng) + "</p>")
    content = "<section data-role=\"outer\" label=\"edit by 135editor\">" + "\n".join(sec) + "</section>"
    return f"""<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="description" content="两项补贴标准7月起提高">
<meta property="og:title" content="{html.escape(WX_TITLE)}">
<meta property="og:url" content="{WX_URL}">
<meta property="og:image" content="{html.escape(WX_IMG.format("cover"))}">
<meta property="og:description" content="两项补贴标准7月起提高">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="{WX_ACCOUNT}">
<meta property="twitter:card" content="summary">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<title>{html.escape(WX_TITLE, quote=False)}</title>
<style>{WX_STYLE}</style>
<script nonce="1482731960" type="text/javascript">
window.__second_open__ = false;
var write_sceen_time = (+new Date());
var biz = "MzA3NTk4MTI0Ng==" || "";
var sn = "c4e0d7b95a3f1e26b8d0a47c91f3e5d2" || "";
var mid = "2651837402" || "";
var idx = "1" || "";
var msg_title = '{WX_TITLE}'.html(false);
var msg_desc = htmlDecode("两项补贴标准7月起提高");
var nickname = htmlDecode("{WX_ACCOUNT}");
var user_name = "gh_8c1f0e5a7d32";
var ct = "1784541900";
var createTime = '2026-07-20 18:05';
var publish_time = "2026-07-20" * 1;
var ip_wording = {{countryName: '中国', provinceName: '安徽'}};
function htmlDecode(str) {{ return str.replace(/&#39;/g, "'").replace(/<br\\s*\\/?>/g, "\\n"); }}
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page wx_wap_desktop_fontsize_2 mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default pages_skin_pc">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{html.escape(WX_TITLE, quote=False)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">{WX_ACCOUNT}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{WX_ACCOUNT}</a></span>
<span class="rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></span>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden; opacity: 0;">
{content}
</div>
<script nonce="1482731960" type="text/javascript">
(function () {{
  var c = document.getElementById('js_content');
  document.getElementById('publish_time').innerHTML = createTime;
  setTimeout(function () {{ c.style.visibility = 'visible'; c.style.opacity = 1; }}, 0);
}})();
</script>
<div class="rich_media_tool" id="js_toobar3">
<a class="media_tool_meta meta_primary" id="js_view_source" href="{WX_SRC}">阅读原文</a>
<div class="media_tool_meta"><span id="js_read_area3">阅读 <span id="readNum3"></span></span></div>
</div>
</div>
<div class="interaction_bar"><button class="sns_opr_btn js_like_btn">赞</button><button class="sns_opr_btn js_share_btn">分享</button><button class="sns_opr_btn js_inwatch_btn">在看</button><button class="sns_opr_btn js_comment_btn">写留言</button></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><p>微信扫一扫<br>关注该公众号</p></div>
<div class="function_mod js_related_area" style="display: none;"><h3>喜欢此内容的人还喜欢</h3></div>
</div>
</div>
</div>
</div>
<script nonce="1482731960" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js"></script>
</body>
</html>
"""


# =============================================================================================
# 3. 附件下载.zip (made on Windows: GBK names, no UTF-8 flag; a folder, a docx, an xls, Thumbs.db)
# =============================================================================================

ZIP_DIR = "关于调整既有住宅加装电梯补助有关事项的通知/"
ZIP_DOCX = ZIP_DIR + "关于调整既有住宅加装电梯补助有关事项的通知.docx"
ZIP_XLS = ZIP_DIR + f"附件：{FP_TITLE}.xls"
ZIP_THUMBS = ZIP_DIR + "Thumbs.db"
ZIP_WHEN = datetime.datetime(2026, 9, 16, 10, 12, 36)


class GbkZipInfo(zipfile.ZipInfo):
    """A member whose name is stored in GBK with the UTF-8 flag (bit 11) unset, as Windows tools do."""

    def _encodeFilenameFlags(self):  # zipfile's own (private) method name
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def docx_texts() -> list[str]:
    """The zip's docx as a reader sees it, paragraph by paragraph."""
    return ["芜湖市住房和城乡建设局", "芜湖市财政局", TZ_NUMBER, TZ_TITLE, TZ_ADDR, *TZ_PARAS, TZ_ANNEX, *TZ_SIGN,
            TZ_CONTACT]


def make_tz_docx() -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    d.core_properties.title = TZ_TITLE
    d.core_properties.author = "房屋安全科"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 9, 15, 15, 40, 0)
    d.core_properties.last_modified_by = "孙晓雯"
    d.core_properties.revision = 3
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

    def east_asia(run, font: str) -> None:
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)

    def para(text: str, indent: bool = True, align=None, size: float | None = None, font: str | None = None,
             red: bool = False):
        p = d.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if align is not None:
            p.alignment = align
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        if font:
            east_asia(r, font)
        if red:
            r.font.color.rgb = RGBColor(0xE0, 0x10, 0x1E)
        return p

    # the joint red 文头: two issuers stacked, "文件" beside them (a two-column borderless table)
    head = d.add_table(rows=2, cols=2)
    for i, name in enumerate(["芜湖市住房和城乡建设局", "芜湖市财政局"]):
        cp = head.cell(i, 0).paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = cp.add_run(name)
        r.font.size, r.font.color.rgb = Pt(26), RGBColor(0xE0, 0x10, 0x1E)
        east_asia(r, "方正小标宋简体")
    merged = head.cell(0, 1).merge(head.cell(1, 1))
    mp = merged.paragraphs[0]
    mp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = mp.add_run("文件")
    r.font.size, r.font.color.rgb = Pt(36), RGBColor(0xE0, 0x10, 0x1E)
    east_asia(r, "方正小标宋简体")
    n = para(TZ_NUMBER, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    n.paragraph_format.space_before = Pt(24)
    n._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr xmlns:w="{W_NS}"><w:bottom w:val="single" w:sz="18" w:space="8" w:color="E0101E"/></w:pBdr>'))
    t = para(TZ_TITLE, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, font="方正小标宋简体")
    t.paragraph_format.space_before = Pt(24)
    t.paragraph_format.space_after = Pt(24)
    t.paragraph_format.line_spacing = Pt(36)
    para(TZ_ADDR, indent=False)
    for text in TZ_PARAS:
        p = para(text)
        if text[:2] in ("一、", "二、"):  # the lead phrase in 黑体, as a run of its own
            p.runs[0].text = text[text.index("。") + 1:]
            p.runs[0]._r.addprevious(parse_xml(
                f'<w:r xmlns:w="{W_NS}"><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>'
                f'<w:t xml:space="preserve">{html.escape(text[:text.index("。") + 1], quote=False)}</w:t></w:r>'))
    para("")
    para(TZ_ANNEX)
    para("")
    for text in TZ_SIGN:
        p = para(text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48)
    para(TZ_CONTACT)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fp._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.add_run(" —")
    tmp = io.BytesIO()
    d.save(tmp)
    with zipfile.ZipFile(io.BytesIO(tmp.getvalue())) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 9, 15, 15, 40, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def xls_texts() -> list[str]:
    """The xls's cells as Excel shows them, row by row."""
    out = ["附件", FP_TITLE, *FP_HEAD]
    for k, (area, n, money, tel) in enumerate(FP_ROWS, start=1):
        out += [str(k), area, str(n), str(money), tel]
    return [*out, "合计", str(sum(r[1] for r in FP_ROWS)), str(sum(r[2] for r in FP_ROWS)), FP_NOTE]


def make_xls() -> bytes:
    import xlwt

    if sum(r[2] for r in FP_ROWS) != 6 * sum(r[1] for r in FP_ROWS):
        raise SystemExit("the 分配表 no longer adds up to 6万元 a lift")
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("分配表")
    title = xlwt.easyxf("font: name 方正小标宋简体, height 360; align: horiz center, vert center")
    head = xlwt.easyxf("font: name 黑体, height 240; align: horiz center, vert center, wrap on; "
                       "borders: left thin, right thin, top thin, bottom thin")
    cell = xlwt.easyxf("font: name 仿宋_GB2312, height 240; align: horiz center, vert center; "
                       "borders: left thin, right thin, top thin, bottom thin")
    plain = xlwt.easyxf("font: name 黑体, height 240")
    note = xlwt.easyxf("font: name 仿宋_GB2312, height 220; align: wrap on")
    ws.write(0, 0, "附件", plain)
    ws.write_merge(1, 1, 0, 4, FP_TITLE, title)
    ws.row(1).height_mismatch = True
    ws.row(1).height = 720
    for j, h in enumerate(FP_HEAD):
        ws.write(2, j, h, head)
    for k, (area, n, money, tel) in enumerate(FP_ROWS, start=1):
        for j, v in enumerate([k, area, n, money, tel]):
            ws.write(2 + k, j, v, cell)
    last = 3 + len(FP_ROWS)
    ws.write_merge(last, last, 0, 1, "合计", cell)
    ws.write(last, 2, xlwt.Formula(f"SUM(C4:C{last})"), cell)
    ws.write(last, 3, xlwt.Formula(f"SUM(D4:D{last})"), cell)
    ws.write(last, 4, "", cell)
    ws.write_merge(last + 1, last + 1, 0, 4, FP_NOTE, note)
    for j, w in enumerate((6, 14, 14, 16, 26)):
        ws.col(j).width = 256 * w
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _thumbs_db() -> bytes:
    """Junk a Windows folder leaves: the header of an OLE compound file, then seeded bytes."""
    rng = random.Random(62)
    head = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900060000000000")
    return head + bytes(rng.randrange(256) for _ in range(3072 - len(head)))


def make_zip(path: Path) -> None:
    when = ZIP_WHEN.timetuple()[:6]
    members = [(ZIP_DIR, b""), (ZIP_DOCX, make_tz_docx()), (ZIP_XLS, make_xls()), (ZIP_THUMBS, _thumbs_db())]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = GbkZipInfo(name, date_time=when)
            info.create_system = 0  # MS-DOS
            info.create_version = 20
            if name.endswith("/"):
                info.external_attr = 0x10
                z.writestr(info, b"", zipfile.ZIP_STORED)
            else:
                info.external_attr = 0x20
                z.writestr(info, data, zipfile.ZIP_DEFLATED)


# =============================================================================================
# 4. wuhu-binzang-jianmian-scan.pdf (three scanned pages, no text layer; page 3 a ruled table)
# =============================================================================================

SCAN_W, SCAN_H = 1240, 1754  # A4 at 150 dpi
SCAN_MARGIN = 138
SCAN_BODY_PX = 31
SCAN_LINE = 56
SCAN_SKEW = [0.6, -0.45, 0.85]  # degrees, per page
SCAN_TABLE_COLS = [84, 200, 300, 400]
SCAN_TABLE_ROW = 78


def scan_lines() -> list[list[tuple[str, str]]]:
    """The scanned notice's lines, page by page, as (kind, text)."""
    from PIL import ImageFont

    path, index = cjk_face(serif=True)
    body = ImageFont.truetype(path, SCAN_BODY_PX, index=index)
    w = SCAN_W - 2 * SCAN_MARGIN
    lines: list[tuple[str, str]] = [("head", "芜湖市民政局　芜湖市财政局文件"), ("number", BZ_NUMBER)]
    lines += [("title", t) for t in wrap_cjk(BZ_TITLE.replace(" ", "　"), lambda t: len(t) * 40.0, w - 40)]
    lines += [("body", t) for t in wrap_cjk(BZ_ADDR, body.getlength, w)]
    for p in BZ_PARAS:
        lines += [("body", t) for t in wrap_cjk("　　" + p, body.getlength, w)]
    lines += [("body", ""), ("body", "　　附件：" + BZ_ANNEX)]
    lines += [("sign", t) for t in BZ_SIGN]
    # page 1 ends after item 四; items 五 and 六, the 附件 line and the signature go to page 2
    cut = next(k for k, (_kind, t) in enumerate(lines) if t.startswith("　　五、"))
    return [lines[:cut], lines[cut:], [("annex", "附件"), ("annex_title", BZ_ANNEX)]]


def _scan_page(k: int, lines: list[tuple[str, str]], rng: random.Random):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    spath, sindex = cjk_face(serif=True)
    body = ImageFont.truetype(spath, SCAN_BODY_PX, index=sindex)
    bpath, bindex = cjk_face(serif=True, bold=True)
    head = ImageFont.truetype(bpath, 50, index=bindex)
    title = ImageFont.truetype(bpath, 38, index=bindex)
    hei_path, hei_index = cjk_face(bold=True)
    hei = ImageFont.truetype(hei_path, 30, index=hei_index)
    img = Image.new("RGB", (SCAN_W, SCAN_H), (251, 250, 246))
    d = ImageDraw.Draw(img)
    ink, red = (28, 28, 30), (200, 26, 32)
    y = 150
    sign_box = None
    for kind, text in lines:
        if kind == "head":
            d.text(((SCAN_W - head.getlength(text)) / 2, y), text, font=head, fill=red)
            y += 96
        elif kind == "number":
            d.text(((SCAN_W - body.getlength(text)) / 2, y), text, font=body, fill=ink)
            y += 48
            d.line((SCAN_MARGIN - 20, y, SCAN_W - SCAN_MARGIN + 20, y), fill=red, width=4)
            y += 32
        elif kind == "title":
            d.text(((SCAN_W - title.getlength(text)) / 2, y), text, font=title, fill=ink)
            y += 60
        elif kind == "body":
            d.text((SCAN_MARGIN, y), text, font=body, fill=ink)
            y += SCAN_LINE
        elif kind == "sign":
            if sign_box is None:
                y += 110
            x = SCAN_W - SCAN_MARGIN - 70 - body.getlength(text)
            d.text((x, y), text, font=body, fill=ink)
            sign_box = sign_box or (x, y)
            y += SCAN_LINE
        elif kind == "annex":
            d.text((SCAN_MARGIN - 30, y), text, font=hei, fill=ink)
            y += 80
        else:
            d.text(((SCAN_W - title.getlength(text)) / 2, y), text, font=title, fill=ink)
            y += 90
            tw = sum(SCAN_TABLE_COLS)
            x0 = (SCAN_W - tw) // 2
            for r, row in enumerate(BZ_TABLE):
                top = y + r * SCAN_TABLE_ROW
                cx = x0
                for cw, cell in zip(SCAN_TABLE_COLS, row, strict=True):
                    f = hei if r == 0 else body
                    d.text((cx + (cw - f.getlength(cell)) / 2, top + (SCAN_TABLE_ROW - 34) / 2), cell, font=f, fill=ink)
                    cx += cw
            bottom = y + len(BZ_TABLE) * SCAN_TABLE_ROW
            for r in range(len(BZ_TABLE) + 1):
                d.line((x0, y + r * SCAN_TABLE_ROW, x0 + tw, y + r * SCAN_TABLE_ROW), fill=ink, width=3 if r in (0, len(BZ_TABLE)) else 2)
            cx = x0
            for cw in [0, *SCAN_TABLE_COLS]:
                cx += cw
                d.line((cx, y, cx, bottom), fill=ink, width=2)
            y = bottom
    if y > SCAN_H - 120:
        raise SystemExit(f"scan page {k + 1} overflows (y={y})")
    if sign_box is not None:  # the two issuers' seals over the signature
        seal = Image.open(io.BytesIO(_seal_png("芜湖市民政局", 200, 150))).convert("RGBA")
        seal2 = Image.open(io.BytesIO(_seal_png("芜湖市财政局", 200, 150))).convert("RGBA")
        base = img.convert("RGBA")
        base.alpha_composite(seal, (int(sign_box[0] - 20), int(sign_box[1] - 120)))
        base.alpha_composite(seal2, (int(sign_box[0] + 230), int(sign_box[1] - 112)))
        img = base.convert("RGB")
    d = ImageDraw.Draw(img)
    d.text((SCAN_W / 2 - 30, SCAN_H - 90), f"— {k + 1} —", font=body, fill=ink)
    # the scanner: a skew, a grey edge where the lid did not close, speckles, a little blur
    img = img.rotate(SCAN_SKEW[k], resample=Image.Resampling.BICUBIC, fillcolor=(246, 245, 240))
    d = ImageDraw.Draw(img)
    for x in range(14):
        d.line((x, 0, x, SCAN_H), fill=(120 + 9 * x, 120 + 9 * x, 118 + 9 * x))
    px = img.load()
    for _ in range(9000):
        x, yy = rng.randrange(SCAN_W), rng.randrange(SCAN_H)
        v = rng.choice((40, 70, 205))
        px[x, yy] = (v, v, v)
    for _ in range(30000):
        x, yy = rng.randrange(SCAN_W), rng.randrange(SCAN_H)
        dv = rng.randrange(-14, 14)
        r, g, b = px[x, yy]
        px[x, yy] = (max(0, min(255, r + dv)), max(0, min(255, g + dv)), max(0, min(255, b + dv)))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def make_scan(path: Path) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(1111)
    w, h = 595.27, 841.89
    c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
    c.setCreator("Scan")
    for k, lines in enumerate(scan_lines()):
        buf = io.BytesIO()
        _scan_page(k, lines, rng).save(buf, "JPEG", quality=72, dpi=(150, 150))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


# =============================================================================================
# 5. wuhu-jiazhuang-dianti-zanxing-2024.html (portal notice page, 信息公开 grid still says 有效)
# =============================================================================================

ZX_URL_DIR = "https://www.wuhu.gov.cn/openness/public/6596221"
ZX_META = [("索引号", "003149850/202402-00015", "信息分类", "城乡建设、环境保护\\房地产"),
           ("发布机构", "芜湖市人民政府办公室", "成文日期", "2024-02-20"),
           ("文号", ZX_NUMBER, "发布日期", "2024-02-23"),
           ("有效性", "有效", "主题词", "加装电梯；补助")]


def html_zanxing() -> str:
    meta = "\n".join(f'<tr><td class="lab">{a}：</td><td>{html.escape(b, quote=False)}</td><td class="lab">{c}：</td>'
                     f"<td>{html.escape(d, quote=False)}</td></tr>" for a, b, c, d in ZX_META)
    meta = meta.replace("</tr>\n<tr><td class=\"lab\">文号", f'</tr>\n<tr><td class="lab">名称：</td><td colspan="3">'
                        f'{ZX_TITLE}</td></tr>\n<tr><td class="lab">文号', 1)
    body = [f'<p style="text-indent:0">{ADDR_GOV}</p>',
            f"<p>《{ZX_RULES}》已经市政府同意，现印发给你们，请认真遵照执行。</p>",
            '<p style="text-align:right">芜湖市人民政府办公室</p>', '<p style="text-align:right">2024年2月20日</p>',
            "<p>（此件公开发布）</p>", f'<p style="text-align:center;text-indent:0"><strong>{ZX_RULES}</strong></p>']
    body += [f"<p>{a}</p>" for a in ZX_ARTICLES]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="芜湖市人民政府">
<meta name="SiteDomain" content="www.wuhu.gov.cn">
<meta name="ColumnName" content="市政府办公室文件">
<meta name="ArticleTitle" content="{ZX_TITLE}">
<meta name="PubDate" content="2024-02-23 16:40">
<meta name="ContentSource" content="芜湖市人民政府办公室">
<title>{ZX_TITLE}_市政府办公室文件_芜湖市人民政府</title>
<link rel="stylesheet" href="/static/css/xxgk.css">
<script src="/static/js/jquery.min.js"></script>
<script>var _pageIndex = "36815001"; var _mdsTitle = "政府信息公开";</script>
</head>
<body>
<div class="top"><div class="w1200"><span>欢迎访问芜湖市人民政府网站</span> <a href="javascript:;">无障碍</a> <a href="javascript:;">长者模式</a> <a href="https://www.wuhu.gov.cn/english/">English</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="https://www.wuhu.gov.cn/">芜湖市人民政府</a><form class="search"><input type="text" name="q" placeholder="请输入搜索内容"><button>搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="https://www.wuhu.gov.cn/">首页</a></li><li><a href="https://www.wuhu.gov.cn/openness/">政务公开</a></li><li><a href="https://www.wuhu.gov.cn/site/tpl/">政务服务</a></li><li><a href="https://www.wuhu.gov.cn/hdjl/">互动交流</a></li><li><a href="https://www.wuhu.gov.cn/zjwh/">走进芜湖</a></li></ul></div>
<div class="w1200 crumb">您的位置：<a href="https://www.wuhu.gov.cn/">首页</a> &gt; <a href="https://www.wuhu.gov.cn/openness/">政府信息公开</a> &gt; <a href="{ZX_URL_DIR}/">市政府办公室文件</a></div>
<div class="w1200 main">
<div class="left-nav"><h3>信息公开目录</h3><ul><li>法定主动公开内容</li><li>政策文件</li><li>政策解读</li><li>规划计划</li><li>财政信息</li></ul></div>
<div class="con">
<table class="table_suoyin" cellspacing="0" cellpadding="0"><tbody>
{meta}
</tbody></table>
<div class="newstitle"><h1>{ZX_TITLE}</h1></div>
<div class="wzcon j-fontContent" id="zoom">
{chr(10).join(body)}
</div>
<div class="fj">相关附件：<a href="{ZX_URL_DIR}/P020240223591406.pdf">{ZX_TITLE}.pdf</a></div>
<div class="share">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】 分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
</div>
</div>
<div class="footer"><div class="w1200"><p><a href="https://www.wuhu.gov.cn/site/map/">网站地图</a> | <a href="https://www.wuhu.gov.cn/site/contact/">联系我们</a> | <a href="https://www.wuhu.gov.cn/site/notice/">网站声明</a></p>
<p>主办：芜湖市人民政府办公室　承办：芜湖市数据资源管理局　政府网站标识码：3402000003</p>
<p>皖ICP备00000000号-1　皖公网安备 34020000000000号</p></div></div>
</body>
</html>
"""


# =============================================================================================
# qa.jsonl and README.md
# =============================================================================================

F_OFD = "wuhu-zhengfu-gongbao-2026-5.ofd"
F_WX = "wuhu-minzheng-weixin-liangxiang-butie.html"
F_ZIP = "附件下载.zip"
F_SCAN = "wuhu-binzang-jianmian-scan.pdf"
F_ZX = "wuhu-jiazhuang-dianti-zanxing-2024.html"
def _src(number: str | None, title: str) -> dict:
    return {"doc_number": number, "doc_title": title}


S_DT = _src(DT_NUMBER, DT_TITLE)
S_LD = _src(LD_NUMBER, LD_TITLE)
S_LX = _src(LX_NUMBER, LX_TITLE)
S_WX = _src(None, WX_TITLE)
S_TZ = _src(TZ_NUMBER, TZ_TITLE)
S_FP = _src(TZ_NUMBER, FP_TITLE)
S_BZ = _src(BZ_NUMBER, BZ_TITLE)
S_ZX = _src(ZX_NUMBER, ZX_TITLE)
GZ = f"{GAZ_NAME} {GAZ_ISSUE} > "
NOT_FOUND = "文件中未找到相关规定。"
DT_SEC = f"{GZ}{DT_TITLE} > {DT_RULES}"
LX_SEC = f"{GZ}{LX_TITLE}"

# (question, answer, key_facts, sources, section, evidence, type, persona, difficulty, corpus_file)
QA: list[tuple[str, str, list[str], list[dict], str | None, str | None, str, str, str, str | None]] = [
    ("我家是镜湖区的老小区，6层楼，没有电梯，现在想加装电梯，政府每台补多少钱？",
     f"每台15万元。《{DT_RULES}》（{DT_NUMBER}）第五条规定，5层至6层住宅每台补助15万元；单元内有持证重度残疾人或者"
     "80周岁以上老年人常住的，每台另增加补助2万元。加装须经本单元房屋专有部分面积占比和人数占比均三分之二以上的业主同意。",
     ["5层至6层", "每台15万元"], [S_DT], f"{DT_SEC} > 第五条",
     "第五条　补助标准按照住宅层数确定，具体如下：……5层至6层 每台15万元", "colloquial", "public", "easy", F_OFD),
    ("我住弋江区一栋4层的老楼，邻居们商量加装电梯，现在能补多少钱？",
     f"每台12万元。{DT_NUMBER}印发的《{DT_RULES}》第五条原定4层住宅每台补助10万元；{TZ_NUMBER}将4层住宅的补助标准由"
     "每台10万元调整为每台12万元（其他层数不变），本通知自2026年10月1日起施行。",
     ["每台12万元", "自2026年10月1日起施行"], [S_TZ, S_DT], f"{TZ_TITLE} > 一、提高4层住宅补助标准",
     "一、提高4层住宅补助标准。将《办法》第五条中4层住宅的补助标准由每台10万元调整为每台12万元，其他层数的补助标准"
     "不变。……五、本通知自2026年10月1日起施行。《办法》其他条款不变。……4层 每台10万元",
     "multi_hop", "public", "hard", F_ZIP),
    ("我们单元住着一位85岁的老人，加装电梯的补助能不能多给一点？",
     f"能。《{DT_RULES}》（{DT_NUMBER}）第五条规定，加装电梯的单元内有持证重度残疾人或者80周岁以上老年人常住的，"
     "每台另增加补助2万元。",
     ["每台另增加补助2万元"], [S_DT], f"{DT_SEC} > 第五条",
     "加装电梯的单元内有持证重度残疾人或者80周岁以上老年人常住的，每台另增加补助2万元。",
     "yesno", "public", "medium", F_OFD),
    (f"{DT_NUMBER}印发的办法第六条规定，申请人应当自取得特种设备使用登记证书之日起6个月内申请补助，这个期限现在还执行吗？",
     f"不再按6个月执行。{TZ_NUMBER}将《办法》第六条中“之日起6个月内”修改为“之日起12个月内”，本通知自2026年10月1日起"
     "施行；本通知施行前已竣工验收但尚未申请补助的，也按照本通知规定的标准和期限执行。《办法》其他条款不变。",
     ["之日起12个月内", "自2026年10月1日起施行"], [S_TZ, S_DT], f"{TZ_TITLE} > 二、延长补助申请期限",
     "二、延长补助申请期限。将《办法》第六条中“之日起6个月内”修改为“之日起12个月内”。……五、本通知自2026年10月1日起"
     "施行。《办法》其他条款不变。", "validity", "civil_servant", "hard", F_ZIP),
    (f"{DT_NUMBER}印发的既有住宅加装电梯补助办法中，补助资金由市、区两级财政按什么比例分担？",
     "按照4:6比例分担（第五条：“补助资金由市、区两级财政按照4:6比例分担。”）。",
     ["4:6"], [S_DT], f"{DT_SEC} > 第五条", "补助资金由市、区两级财政按照4:6比例分担。",
     "numeric", "civil_servant", "easy", F_OFD),
    ("我在市政府网站上看到《芜湖市既有住宅加装电梯补助暂行办法》，说每台电梯补8万元，页面上还标着“有效”，现在还按这个补吗？",
     f"不按了。《{ZX_RULES}》（{ZX_NUMBER}）已被{DT_NUMBER}印发的《{DT_RULES}》废止：新办法第十一条规定“本办法自"
     f"2026年5月1日起施行，有效期5年。原《{ZX_RULES}》（{ZX_NUMBER}）同时废止。”网站信息公开栏里的“有效”没有更新。"
     f"现行补助按住宅层数确定：4层每台12万元（{TZ_NUMBER}自2026年10月1日起调整）、5层至6层每台15万元、7层及以上每台20万元。",
     ["同时废止", "本办法自2026年5月1日起施行"], [S_DT, S_ZX], f"{DT_SEC} > 第十一条",
     f"第十一条　本办法自2026年5月1日起施行，有效期5年。原《{ZX_RULES}》（{ZX_NUMBER}）同时废止。……第四条　每台电梯补助"
     "8万元，所需资金由市、区两级财政各承担50%。", "validity", "public", "hard", F_OFD),
    ("我家住的是3层的老房子，能申请加装电梯补助吗？",
     f"不能。《{DT_RULES}》（{DT_NUMBER}）第二条规定，补助对象是已取得不动产权证书、未设电梯的4层及以上（不含地下室）"
     "既有住宅；3层住宅不在补助范围内。",
     ["4层及以上（不含地下室）"], [S_DT], f"{DT_SEC} > 第二条",
     "第二条　本办法适用于镜湖区、弋江区、鸠江区、湾沚区、繁昌区和芜湖经开区范围内，已取得不动产权证书、未设电梯的"
     "4层及以上（不含地下室）既有住宅加装电梯的补助。", "yesno", "public", "easy", F_OFD),
    (f"按照《{DT_RULES}》，区住房和城乡建设部门完成加装电梯联合审查的时限是多少？补助复核通过后多少个工作日内拨付？",
     "区住房和城乡建设部门会同自然资源和规划、市场监管等部门在15个工作日内完成联合审查（第四条）；区住房和城乡建设部门"
     "审核后报市住房和城乡建设局复核，复核通过的，在20个工作日内拨付补助资金（第六条）。",
     ["在15个工作日内完成联合审查", "在20个工作日内拨付补助资金"], [S_DT], f"{DT_SEC} > 第四条；第六条",
     "区住房和城乡建设部门会同自然资源和规划、市场监管等部门在15个工作日内完成联合审查，出具审查意见。……复核通过的，"
     "在20个工作日内拨付补助资金。", "deadline", "civil_servant", "medium", F_OFD),
    (f"{LD_NUMBER}调整后，芜湖市既有住宅加装电梯工作领导小组的组长是谁？领导小组办公室设在哪个单位？",
     "组长为副市长陈启航；领导小组办公室设在市住房和城乡建设局，承担领导小组日常工作，办公室主任由市住房和城乡建设局"
     "分管负责同志兼任。",
     ["陈启航", "领导小组办公室设在市住房和城乡建设局"], [S_LD], f"{GZ}{LD_TITLE}",
     "组　长：陈启航　副市长……领导小组办公室设在市住房和城乡建设局，承担领导小组日常工作，办公室主任由市住房和城乡建设局"
     "分管负责同志兼任。", "department", "civil_servant", "easy", F_OFD),
    ("我妈是二级肢体残疾，家在无为市，家里吃低保。困难残疾人生活补贴和重度残疾人护理补贴能一起领吗？一个月一共多少钱？",
     f"可以一起领。政策解读明确，纳入低保的一级、二级重度残疾人，同时符合两项补贴条件的，可以同时享受。按照{LX_NUMBER}，"
     "自2026年7月1日起，困难残疾人生活补贴一级、二级残疾人每人每月110元，重度残疾人护理补贴二级残疾人每人每月100元，"
     "合计每月210元，按月发放至本人社会保障卡，每月15日前到账。",
     ["可以同时享受", "每人每月110元", "二级残疾人每人每月100元"], [S_WX, S_LX], f"{WX_TITLE} > Q4 两项补贴可以同时领吗？",
     "可以。纳入低保的一级、二级重度残疾人，同时符合两项补贴条件的，可以同时享受困难残疾人生活补贴和重度残疾人护理补贴。"
     "……（一）困难残疾人生活补贴：一级、二级残疾人每人每月110元……二级残疾人每人每月100元",
     "multi_hop", "public", "hard", F_WX),
    ("我儿子一级残疾，去年就开始领两项补贴了。这次标准提高，是不是还得重新去申请？",
     "不需要重新申请。政策解读明确，已纳入两项补贴发放范围的残疾人，自2026年7月起由系统自动按照新标准发放（一级残疾人的"
     "重度残疾人护理补贴为每人每月120元）。",
     ["不需要重新申请", "由系统自动按照新标准发放"], [S_WX], f"{WX_TITLE} > Q2 已经在领两项补贴的，需要重新申请吗？",
     "不需要重新申请。已纳入两项补贴发放范围的残疾人，自2026年7月起由系统自动按照新标准发放。",
     "yesno", "public", "medium", F_WX),
    ("我爸二级残疾，今年就满60岁了，听说满60岁护理补贴就停了，是真的吗？",
     "不是。政策解读明确，残疾人年满60周岁后，符合条件的继续享受两项补贴，不因年龄原因停发；二级残疾人的重度残疾人护理"
     "补贴为每人每月100元。",
     ["继续享受两项补贴", "不因年龄原因停发"], [S_WX], f"{WX_TITLE} > Q5 残疾人年满60周岁后还能领吗？",
     "能。残疾人年满60周岁后，符合条件的继续享受两项补贴，不因年龄原因停发。", "yesno", "public", "medium", F_WX),
    ("我姐姐是一级智力残疾，现在在特困供养机构集中供养，还能领重度残疾人护理补贴吗？",
     "不能。政策解读明确，已纳入特困人员集中供养的重度残疾人，不享受重度残疾人护理补贴。",
     ["已纳入特困人员集中供养的重度残疾人", "不享受重度残疾人护理补贴"], [S_WX], f"{WX_TITLE} > Q6 哪些情况不能领护理补贴？",
     "已纳入特困人员集中供养的重度残疾人，不享受重度残疾人护理补贴。", "yesno", "public", "medium", F_WX),
    ("残疾人两项补贴在哪里申请？多久能审完，什么时候开始发？",
     f"按照{LX_NUMBER}，残疾人或者其监护人可以通过“皖事通”APP“残疾人两项补贴”专区在线申请，也可以向户籍所在地乡镇"
     "（街道）提出申请。乡镇（街道）在10个工作日内完成初审，县（市、区）残联、民政部门在5个工作日内完成审核，审核通过的"
     "自次月起发放补贴，按月发放至残疾人本人社会保障卡，每月15日前到账。",
     ["“残疾人两项补贴”专区", "在10个工作日内完成初审", "审核通过的自次月起发放补贴"], [S_LX], f"{LX_SEC} > 三、申请和审核",
     "残疾人或者其监护人可以通过“皖事通”APP“残疾人两项补贴”专区在线申请，也可以向户籍所在地乡镇（街道）提出申请。"
     "乡镇（街道）在10个工作日内完成初审，县（市、区）残联、民政部门在5个工作日内完成审核，审核通过的自次月起发放补贴。",
     "procedure", "public", "medium", F_OFD),
    (f"{LX_NUMBER}规定的两项补贴资金，湾沚区由市级和区级财政按什么比例分担？",
     "按照3:7比例分担。湾沚区与繁昌区、无为市、南陵县同属一类，所需资金由市级财政和县（市、区）财政按照3:7比例分担；"
     "5:5只适用于镜湖区、弋江区、鸠江区。",
     ["3:7"], [S_LX], f"{LX_SEC} > 五、资金保障",
     "镜湖区、弋江区、鸠江区所需资金由市级财政和区级财政按照5:5比例分担；湾沚区、繁昌区、无为市、南陵县所需资金由市级财政"
     "和县（市、区）财政按照3:7比例分担。", "numeric", "civil_servant", "medium", F_OFD),
    (f"{LX_NUMBER}从什么时候起施行？现在是否有效？",
     f"{LX_NUMBER}自2026年7月1日起施行（成文日期2026年5月8日），通知未规定有效期；此前有关规定与本通知不一致的，以本通知"
     "为准。截至2026年12月2日有效。",
     ["自2026年7月1日起施行"], [S_LX], f"{LX_SEC} > 六、其他",
     "本通知自2026年7月1日起施行。此前有关规定与本通知不一致的，以本通知为准。", "validity", "civil_servant", "easy", F_OFD),
    ("两项补贴不是说7月就涨了吗？我7月份卡上收到的怎么还是老标准，少的钱还给不给？",
     "会补。政策解读说明，因发放系统升级，2026年7月、8月仍按原标准发放，差额部分在9月随当月补贴一并补发。",
     ["差额部分在9月随当月补贴一并补发"], [S_WX], f"{WX_TITLE} > Q3 为什么7月份到账的还是原来的标准？",
     "因发放系统升级，2026年7月、8月仍按原标准发放，差额部分在9月随当月补贴一并补发，请大家放心。",
     "colloquial", "public", "medium", F_WX),
    (f"{FP_TITLE}中，鸠江区计划加装多少台电梯？市级补助资金是多少万元？",
     f"鸠江区计划加装50台，市级补助资金300万元（{TZ_NUMBER}的附件；表注：市级补助资金按每台6万元测算，据实结算）。",
     ["50", "300"], [S_FP], f"{FP_TITLE} > 鸠江区", "3 鸠江区 50 300 0553-5839172",
     "numeric", "civil_servant", "medium", F_ZIP),
    ("我家在繁昌区，想问加装电梯补助的事，该打哪个电话？",
     f"繁昌区住房和城乡建设部门的咨询电话是0553-7863159（{FP_TITLE}，{TZ_NUMBER}的附件）；也可以联系市住房和城乡建设局"
     "房屋安全科，电话0553-3918562。",
     ["0553-7863159"], [S_FP], f"{FP_TITLE} > 繁昌区", "5 繁昌区 15 90 0553-7863159",
     "department", "public", "medium", F_ZIP),
    (f"按照{TZ_NUMBER}，各区应当在什么时间前报送加装电梯补助资金使用情况？通知施行前已竣工验收但还没申请补助的怎么办？",
     "各区应于2026年11月30日前将资金使用情况报市住房和城乡建设局；本通知施行前已竣工验收但尚未申请补助的，按照本通知规定的"
     "标准和期限执行（4层住宅每台12万元，申请期限改为之日起12个月内）。",
     ["于2026年11月30日前", "按照本通知规定的标准和期限执行"], [S_TZ], f"{TZ_TITLE} > 三；四",
     "三、本通知施行前已竣工验收但尚未申请补助的，按照本通知规定的标准和期限执行。四、各区要按照附件所列计划台数和市级补助"
     "资金做好资金安排，于2026年11月30日前将资金使用情况报市住房和城乡建设局。", "deadline", "civil_servant", "medium", F_ZIP),
    ("我外公今年8月在南陵县去世，在殡仪馆火化的，当时火化费能减免多少？",
     f"每具不超过600元。{BZ_NUMBER}附件《{BZ_ANNEX}》规定遗体火化（普通火化炉）减免每具不超过600元，由殡仪馆在结算时直接"
     "减免，家属无需另行申请。该通知自2024年10月1日起施行，有效期2年，2026年8月仍在有效期内。",
     ["每具不超过600元"], [S_BZ], f"{BZ_TITLE} > 附件 {BZ_ANNEX}", "3 遗体火化 每具不超过600元 普通火化炉",
     "colloquial", "public", "hard", F_SCAN),
    (f"{BZ_NUMBER}附件中，骨灰寄存的减免标准是多少？有什么期限限制？",
     "骨灰寄存减免每具不超过200元，限3年。该通知自2024年10月1日起施行，有效期2年，已于2026年9月30日期满。",
     ["每具不超过200元", "限3年"], [S_BZ], f"{BZ_TITLE} > 附件 {BZ_ANNEX}", "4 骨灰寄存 每具不超过200元 限3年",
     "numeric", "civil_servant", "hard", F_SCAN),
    ("我奶奶11月份去世了，在繁昌区火化，基本殡葬服务费用还能减免吗？",
     f"按现有文件不能确定还能减免。{BZ_NUMBER}规定“本通知自2024年10月1日起施行，有效期2年”，即到2026年9月30日期满，"
     "11月已超出有效期；文件中没有延续或新的减免规定。可以向市民政局社会事务科咨询（0553-3847630）。",
     ["自2024年10月1日起施行", "有效期2年"], [S_BZ], f"{BZ_TITLE} > 六",
     "六、本通知自2024年10月1日起施行，有效期2年。", "validity", "public", "hard", F_SCAN),
    (f"{BZ_NUMBER}规定的基本殡葬服务费用减免，家属需要自己申请吗？减免资金由谁申报？",
     "家属无需另行申请，减免费用由殡仪馆在结算时直接减免；殡仪馆每季度向所在地县（市、区）民政部门申报减免资金，县（市、区）"
     "民政部门在10个工作日内完成审核。（该通知有效期2年，已于2026年9月30日期满。）",
     ["家属无需另行申请", "殡仪馆每季度向所在地县（市、区）民政部门申报减免资金"], [S_BZ], f"{BZ_TITLE} > 三、减免方式",
     "三、减免方式。减免费用由殡仪馆在结算时直接减免，家属无需另行申请。殡仪馆每季度向所在地县（市、区）民政部门申报减免"
     "资金，县（市、区）民政部门在10个工作日内完成审核。", "procedure", "civil_servant", "medium", F_SCAN),
    ("我们楼加装的电梯用起来以后，每年的维保费用政府给补贴吗？",
     NOT_FOUND + f"文件中没有电梯投入使用后维护保养费用的补贴规定。最接近的是《{DT_RULES}》（{DT_NUMBER}）：补助的是"
     f"加装电梯，按住宅层数每台10万元至20万元（4层已由{TZ_NUMBER}调整为每台12万元）；第八条规定加装所需资金除政府补助外"
     "由业主协商分摊，也可以申请使用住宅专项维修资金。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("马鞍山市的重度残疾人护理补贴一个月多少钱？我户口在马鞍山。",
     NOT_FOUND + f"文件只有芜湖市的规定（{LX_NUMBER}，对象是具有芜湖市户籍的残疾人：一级每人每月120元，二级每人每月100元，"
     "三级智力、精神残疾人每人每月80元），没有马鞍山市的标准。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    (f"{LX_NUMBER}中重度残疾人居家托养服务补贴的标准是每人每月多少？",
     NOT_FOUND + "通知只规定重度残疾人居家托养服务补贴标准由市残疾人联合会会同市财政局另行制定，没有给出金额；文件中的110元、"
     "80元、120元、100元是困难残疾人生活补贴和重度残疾人护理补贴的标准。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
    ("要是有人用假材料骗加装电梯的补助，会被罚款多少？",
     NOT_FOUND + f"《{DT_RULES}》第九条只规定以提供虚假材料等方式骗取补助资金的，由区住房和城乡建设部门追回补助资金，并依法"
     "依规追究相关责任，没有规定罚款数额。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("申请困难残疾人生活补贴，对申请人家庭存款有没有上限要求？",
     NOT_FOUND + f"{LX_NUMBER}规定的对象条件是：具有本市户籍，持有第二代《中华人民共和国残疾人证》，纳入最低生活保障范围的"
     "残疾人，以及低保边缘家庭中的一级、二级重度残疾人；没有家庭存款方面的规定。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
    ("在芜湖买新房，契税补贴怎么申请？",
     NOT_FOUND + "现有文件涉及既有住宅加装电梯补助、困难残疾人生活补贴和重度残疾人护理补贴、基本殡葬服务费用减免，没有购房"
     "契税补贴的内容。",
     [], [], None, None, "unanswerable", "public", "easy", None),
]


def qa_jsonl() -> str:
    return qa_lines.qa_jsonl("c11", QA)


README = """# city11: a blind fixture of 芜湖市 (安徽省) policy documents

A small corpus of policy documents of an eleventh held-out city, 芜湖市, and 30 questions about them, for
checking that policyqa works on documents it has never seen, in the kinds of file real users bring: an OFD
gazette, a WeChat article saved from the browser, a portal's “附件下载.zip” made on Windows, an image-only
scanned PDF and a portal notice page. The city, its districts and counties (镜湖区, 弋江区, 鸠江区, 湾沚区,
繁昌区, 芜湖经开区; 无为市, 南陵县), the departments (市住房和城乡建设局, 市财政局, 市民政局, 市残疾人联合会,
市自然资源和规划局, 市市场监督管理局, 市城市管理局, 市消防救援支队, 市数据资源管理局 …), the 12345 hotline, the
“皖事通” app and the portal's domain (www.wuhu.gov.cn) are real; 马鞍山市 appears only in a question. Every
document, 文号, 索引号, figure, date, person (陈启航, 汪伟, 许晨, 孙晓雯, …), phone number, URL path, WeChat id,
task given to a body and what the apps and offices are said to do is invented (the 加装电梯工作领导小组, the
“残疾人两项补贴” 专区 of 皖事通, the 房屋安全科 among them). Nothing is taken from a real document.

The content is consistent across documents: the gazette's 办法 芜政办〔2026〕9号 **repeals** the portal's
暂行办法 芜政办〔2024〕3号 (第十一条 “原《芜湖市既有住宅加装电梯补助暂行办法》（芜政办〔2024〕3号）同时废止”,
from 2026-05-01) and the zip's 芜建房〔2026〕62号 **amends** the 办法 (第五条 4层 每台10万元 → 每台12万元; 第六条
“之日起6个月内” → “之日起12个月内”; from 2026-10-01, “《办法》其他条款不变”), as the 办法's own 第五条 allows
(“补助标准由市住房和城乡建设局会同市财政局根据实施情况适时调整”); the zip's xls is that notice's 附件 and its
市级补助资金 are 每台6万元 = 40% of 15万元, the 办法's 4:6 share (200台, 1200万元); the gazette's 领导小组 notice
芜政办秘〔2026〕31号 names the same 领导小组; the WeChat article is the 解读 of the gazette's 芜民〔2026〕21号,
names its title and 文号 and repeats its new figures with the old ones (生活补贴 一级、二级 90 → 110元, 三级、四级
60 → 80元; 护理补贴 一级 100 → 120元, 二级 80 → 100元, 三级智力、精神 60 → 80元); the scanned 殡葬 notice
芜民〔2024〕48号 **expired by its own 有效期, stated as a duration** (“自2024年10月1日起施行，有效期2年”, so to
2026-09-30), and no later one exists.

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建,
扬州/江苏, 潍坊/山东, 柳州/广西, 宜昌/湖北, 赣州/江西) occurs in a corpus file, nor any earlier topic. The
topics are new: 既有住宅加装电梯补助 (an 暂行办法, the 办法 that repeals it, its amendment with a funds table, a
领导小组), 困难残疾人生活补贴和重度残疾人护理补贴 with a WeChat 解读, and an expired 基本殡葬服务费用减免 notice.

**Who wrote it and what they saw.** A helper session wrote it from a brief. It did not read the
system's code (`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`,
`tests/integration/`, `tests/e2e/`) or any `out/`, `var/` or `/tmp/dbg` folder, did not run policyqa,
pytest or `git status`/`git diff`/`git log`, and committed nothing. It read `tests/data/city10/README.md`
(whole), the first six lines of `tests/data/city10/qa.jsonl`, `tests/support/make_city10_fixtures.py`
(whole, in three displays; its question list and README were seen with lines cut at 400 characters) and
`tests/support/print_lines.py` (whole; `wrap_cjk` and `cjk_face` are imported by the generator). Outside
that list it read the `[tool.ruff]` and `[tool.ruff.lint]` sections of `pyproject.toml` and listed the
folder names of `tests/data/` (no `city11` existed). The machine had no CJK font, so it installed Debian's
`fonts-noto-cjk` with apt-get (outside the repository). No answer was tuned against the system; the
command below had **not been run** on this fixture when it was handed over. Everything was made and
checked in a separate venv (`/tmp/c11venv`: python-docx 1.2.0, openpyxl 3.1.5, xlwt 1.3.0, xlrd (for the
check only), Pillow 13.0.0, reportlab 5.1.0, pypdfium2 5.15.2) with Noto Sans/Serif CJK SC. Outside tools
run on corpus files: `rapidocr_onnxruntime` 1.4.4 from the project's `.venv`, called directly (not through
policyqa), on the scan's pages rendered at 150 dpi with pypdfium2; a throw-away OFD reader (zip + XML,
TextObjects placed by Boundary + TextCode X/Y and grouped into lines) and a renderer of its output with
Pillow, to look at the pages; `xlrd` and python-docx to read the zip's members; `ruff` from `.venv` on the
generator only (`ruff check` passes).

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `wuhu-zhengfu-gongbao-2026-5.ofd` | 芜湖市人民政府公报 2026年第5期（总第212期）, three documents | **An OFD (GB/T 33190-2016), i.e. a zip**: `OFD.xml` (`ofd:OFD` Version 1.0, DocBody with DocInfo — DocID, Title, Author, CreationDate, Creator, CustomDatas “期号” — `DocRoot` Doc_0/Document.xml and `Signatures`), `Doc_0/Document.xml` (CommonData: MaxUnitID, PageArea/PhysicalBox `0 0 210 297` in mm, PublicRes, DocumentRes, a TemplatePage; Pages/Page with BaseLoc; **Outlines** with one OutlineElem per document), `Doc_0/PublicRes.xml` (fonts 宋体, 仿宋_GB2312, 黑体, 方正小标宋简体, Times New Roman, not embedded; an RGB ColorSpace), `Doc_0/Tpls/Tpl_0/Content.xml` (**the running header “芜湖市人民政府公报 … 2026年第5期” and its rule live only in the template**, referenced by pages 2–5 with ZOrder Background), five `Doc_0/Pages/Page_N/Content.xml`, namespace `http://www.ofdspec.org/2016` with `ofd:` prefixes, fixed zip timestamps. **Text is written as a converter writes it: each line cut where the script changes (ASCII runs such as “2026”, “4:6”, “0553-3847215” are TextObjects of their own in Times New Roman), CJK runs sometimes cut again at random, and about one line in seven written right to left**; DeltaX mostly in the compressed `g n w` form (`g 9 4.5861`, `3.7042 g 3 1.8521`); **the page number “— n —” is the first object of each page's layer**. Page 1 (no template): **the red masthead “芜湖市人民政府公报” as nine single-character TextObjects of 15 mm with `CTM="0.82 0 0 1 0 0"`, written after the 目录**, a red double rule (PathObject), the issue line, a 目录 whose entries run over two lines and end in leaders and a page number (2, 3, 4). Documents follow one another under 【市政府办公室文件】 / 【部门文件】 labels. **The 办法's 第五条 table (住宅层数 / 每台补助标准: 4层 每台10万元; 5层至6层 每台15万元; 7层及以上 每台20万元) is a PathObject grid with one TextObject per cell.** **Page breaks: 第六条 breaks inside “…之日起6 / 个月内…” (page 2 → 3), and 芜民〔2026〕21号's 五、资金保障 inside “按照3:7比 / 例分担” (page 4 → 5); the page number and the template's header fall between the halves.** **An electronic seal: `Doc_0/Signs/Signatures.xml` → `Sign_0/Signature.xml` with a StampAnnot on page 3 over “芜湖市人民政府办公室” (the 领导小组 notice's signature), `Seal.esl` (a DER structure holding the seal's PNG) and `SignedValue.dat`; the check values are SHA-256 (not SM3) and the signed value is not a real signature — it does not verify.** (1) **芜政办〔2026〕9号 芜湖市人民政府办公室关于印发芜湖市既有住宅加装电梯补助办法的通知** (2026-04-20): 第二条 镜湖区、弋江区、鸠江区、湾沚区、繁昌区和芜湖经开区, **4层及以上（不含地下室）**, 无为市、南陵县 “参照…制定具体措施”; 第三条 三分之二 + 三分之二; 第四条 **15个工作日 联合审查**; 第五条 the table, **持证重度残疾人或者80周岁以上老年人常住 → 每台另增加补助2万元**, **市、区 4:6**, 标准 “适时调整”; **第六条 之日起6个月内 (amended to 12个月 by the zip's notice), 复核通过 20个工作日 拨付**; 第七条 一次; 第八条 业主分摊, 专项维修资金; 第九条 骗取 → 追回 + 依法依规追究 (no fine); **第十一条 自2026年5月1日起施行，有效期5年; 原暂行办法（芜政办〔2024〕3号）同时废止**. (2) **芜政办秘〔2026〕31号** 领导小组: 组长 副市长陈启航, 副组长 汪伟 (副秘书长), 许晨 (住建局局长), **办公室设在市住房和城乡建设局**. (3) **芜民〔2026〕21号 芜湖市民政局 芜湖市财政局 芜湖市残疾人联合会关于提高困难残疾人生活补贴和重度残疾人护理补贴标准的通知** (2026-05-08): 对象; **生活补贴 一级、二级 110元, 三级、四级 80元; 护理补贴 一级 120元, 二级 100元, 三级智力、精神 80元 (每人每月)**; **居家托养服务补贴标准 “另行制定”**; 皖事通 “残疾人两项补贴” 专区 or 乡镇（街道）, **10个工作日 初审 / 5个工作日 审核 / 自次月起发放**; 社会保障卡, 每月15日前; **镜湖区、弋江区、鸠江区 5:5; 湾沚区、繁昌区、无为市、南陵县 3:7** (two 区 in the county group); **自2026年7月1日起施行** (no 有效期); 0553-3847215, 0553-2918473. |
| `wuhu-minzheng-weixin-liangxiang-butie.html` | 【政策解读】两项补贴标准7月起提高！残疾人朋友关心的问题都在这里 (公众号 “芜湖民政”; no 文号; the 解读 of 芜民〔2026〕21号) | **An `mp.weixin.qq.com/s/…` page saved from the browser**: `h1#activity-name` (title with surrounding newlines), the account in `#js_name` and a meta span, **`em#publish_time` empty — the time is only in scripts (`var createTime = '2026-07-20 18:05'`, `var ct = "1784541900"`) and filled in by an inline script**; **`div#js_content.rich_media_content` with `style="visibility: hidden; opacity: 0;"`** (made visible by script); `og:` meta, `msg_title`/`msg_desc`/`nickname` in a `<script>`, a `<style>`, an external script. The body: **nested `<section>`s with inline styles, 163 `<span leaf="">` pieces cut every 2–9 characters, inside words and numbers (“不因年龄原因停发”, “每人每月90元” never occur whole in the raw HTML), some wrapped again in a styled span**, `<br class="ProseMirror-trailingBreak">` spacers, a **“点击蓝字 / 关注我们”** header, **a 一图读懂 picture (lazy `data-src` on mmbiz.qpic.cn, an SVG placeholder `src`) whose content is not in the text, with the caption “▲一图读懂两项补贴”**, Q1…Q7 in decorative flex sections (“Q4” and its question in separate sections), **往期推荐** links, a QR code image (“长按识别二维码关注我们”), 来源/编辑/审核; outside `#js_content`: **阅读原文** (`#js_view_source`, to an invented portal URL), 阅读, 赞/分享/在看/写留言 buttons, “微信扫一扫 关注该公众号”, a hidden “喜欢此内容的人还喜欢”. Facts only here: **不需要重新申请 (由系统自动按照新标准发放); 2026年7月、8月仍按原标准发放，差额部分在9月随当月补贴一并补发; 可以同时享受 (低保 一级、二级); 年满60周岁后 继续享受, 不因年龄原因停发; 已纳入特困人员集中供养的重度残疾人，不享受重度残疾人护理补贴**; 死亡、迁出、注销 → 次月起停发; 申请不收取任何费用; the old figures. |
| `附件下载.zip` | 芜建房〔2026〕62号 芜湖市住房和城乡建设局 芜湖市财政局关于调整既有住宅加装电梯补助有关事项的通知, and its 附件 2026年既有住宅加装电梯市级补助资金分配表 | **A zip as a portal offers it, made on Windows by a Chinese tool: every member name is GBK with the UTF-8 flag (bit 11) unset** (Python's zipfile shows them as cp437 mojibake such as “╣╪╙┌╡≈…”; decode `name.encode("cp437").decode("gbk")`), create_system 0 (MS-DOS), DOS attributes, one fixed timestamp (2026-09-16 10:12:36). Members: the folder **`关于调整既有住宅加装电梯补助有关事项的通知/`** (a stored directory entry), **`…/关于调整既有住宅加装电梯补助有关事项的通知.docx`**, **`…/附件：2026年既有住宅加装电梯市级补助资金分配表.xls`** and **`…/Thumbs.db`** (3 KB of junk after an OLE header). The docx (python-docx): **a red joint 文头 built as a borderless 2×2 table (“芜湖市住房和城乡建设局” / “芜湖市财政局” left, “文件” merged on the right)**, the 文号 over a red bottom border, the title, the lead phrases of items 一 and 二 as runs of their own in 黑体, signature, contact line, footer “— PAGE —”. Facts: **一、4层 “由每台10万元调整为每台12万元”, 其他层数不变; 二、第六条 “之日起6个月内” → “之日起12个月内”; 三、施行前已竣工验收但尚未申请 → 按照本通知规定的标准和期限执行; 四、于2026年11月30日前 报送资金使用情况; 五、自2026年10月1日起施行。《办法》其他条款不变**; 孙晓雯 0553-3918562. The xls (**xlwt, BIFF8**): sheet “分配表”, **“附件” in A1, the title merged over A2:E2**, header (序号/区/计划加装台数（台）/市级补助资金（万元）/区住房和城乡建设部门咨询电话), six rows (镜湖区 60/360/0553-3126748, 弋江区 45/270/0553-4812035, **鸠江区 50/300/0553-5839172**, 湾沚区 18/108/0553-5621840, **繁昌区 15/90/0553-7863159**, 芜湖经开区 12/72/0553-5974216) with **numbers stored as numbers (xlrd reads 50.0)**, **a 合计 row merged over A:B whose totals are `SUM` formulas with no cached value (xlrd reads '' — Excel would show 200 and 1200)**, a merged note row (“注：市级补助资金按每台6万元测算，据实结算。”). **The xls does not print a 文号**; it belongs to 芜建房〔2026〕62号 only by the folder and the docx's 附件 line. |
| `wuhu-binzang-jianmian-scan.pdf` | 芜湖市民政局 芜湖市财政局关于实施基本殡葬服务费用减免政策的通知, 芜民〔2024〕48号 | **Three image-only pages (no text layer: pypdfium2 reads 0 characters), each a 150 dpi JPEG (quality 72) drawn over the whole A4 page** (reportlab, `invariant=1`). Drawn with Pillow in Noto Serif CJK SC: red 文头 “芜湖市民政局　芜湖市财政局文件”, 文号, red rule, title over two lines, body; **page 1 ends after item 四; page 2 holds 五, 六, the 政策咨询 line, the 附件 line and the signature under two semi-transparent red seals**; **page 3 the 附件 “芜湖市基本殡葬服务费用减免标准”, a ruled table** (序号/服务项目/减免标准/说明: 1 遗体接运 每具不超过400元 限本县（市、区）范围内; 2 遗体存放 每具不超过300元 限3天; **3 遗体火化 每具不超过600元 普通火化炉; 4 骨灰寄存 每具不超过200元 限3年**; 5 普通骨灰盒 每个不超过300元; 合计 每具不超过1800元). **Each page skewed (+0.6°, −0.45°, +0.85°), a grey scanner edge on the left, seeded speckles and grain (`random.Random(1111)`), Gaussian blur 0.6 px.** Facts: 本市户籍, 本市殡仪馆火化; 5项; **由殡仪馆在结算时直接减免，家属无需另行申请; 殡仪馆每季度向所在地县（市、区）民政部门申报减免资金, 10个工作日 审核**; 生态安葬 每例1000元; 4:6; **“本通知自2024年10月1日起施行，有效期2年” — expired on 2026-09-30**; 0553-3847630. **OCR trial** (`rapidocr_onnxruntime` 1.4.4, defaults, on pypdfium2 renders at 150 dpi): **every printed line of pages 1 and 2 came back, in reading order and broken where the print breaks (16 and 12 boxes); the 文号 came back as “芜民[2024]48号” (brackets lost)**; the seals gave stray “市民”, “财”, “湖”, “湖”; the 政策咨询 line lost its final “。”. **Page 3 gave 27 boxes: every cell was read right, but not in row order** (“遗体接运 / 每具不超过400元 / 限本县（市、区）范围内 / 1 / 每具不超过300元 / 限3天 / 2 / 遗体存放 / 遗体火化 / 每具不超过600元 / 普通火化炉 / 3 / …”): a reader that joins the boxes in OCR order puts “遗体存放” after its own figure. |
| `wuhu-jiazhuang-dianti-zanxing-2024.html` | 芜湖市人民政府办公室关于印发芜湖市既有住宅加装电梯补助暂行办法的通知, 芜政办〔2024〕3号 | A portal notice page (UTF-8): top bar, header with a search form, nav, breadcrumb (首页 > 政府信息公开 > 市政府办公室文件), a left 信息公开目录, **a 信息公开 grid before the title (索引号 003149850/202402-00015, 信息分类, 发布机构, 成文日期 2024-02-20, 名称, 文号, 发布日期 2024-02-23, 主题词) whose 有效性 still says “有效” — the 暂行办法 was repealed by the gazette's 办法 from 2026-05-01**; `<h1>` title, the notice, signature, the 暂行办法 (第一条…第八条: 镜湖区、弋江区、鸠江区 only, **每台电梯补助8万元, 各承担50%, 竣工验收合格之日起3个月内**, 自2024年3月1日起施行，有效期3年 — which alone would run to 2027-02-28), a PDF 附件 link (not in the corpus), print/share, footer with 皖ICP备. |

All five files are written by `tests/support/make_city11_fixtures.py` (see its docstring), the OFD's XML, the
zip's member names and both HTML pages too (as literal text), together with this README and `qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c11-001`…`c11-030`, in the format of `tests/data/city10/qa.jsonl` (same fields, same
order): `id`, `question`, `answer`, `key_facts` (1–3 short strings copied verbatim from a document's
text), `sources` (`doc_number`, `doc_title`; `doc_number` is null for the WeChat 解读; the xls's source is
its own title with the 文号 of the notice it is the 附件 of, 芜建房〔2026〕62号, which the xls itself does not
print), `section` (title > section path; for the gazette “芜湖市人民政府公报 2026年第5期 > title …”),
`evidence` (verbatim; “……” marks a gap, table rows are given as their cells separated by spaces),
`type`, `persona`, `difficulty`, `corpus_file`. **For the zip's members `corpus_file` is `附件下载.zip`**: the
docx is `关于调整既有住宅加装电梯补助有关事项的通知/关于调整既有住宅加装电梯补助有关事项的通知.docx` (c11-002,
c11-004, c11-020), the xls `关于调整既有住宅加装电梯补助有关事项的通知/附件：2026年既有住宅加装电梯市级补助资金分配表.xls`
(c11-018, c11-019). Multi-issuer `doc_title`s join issuers with a space, as the gazette and the scan print
them. The xls's key facts are the cells as Excel shows them (“50”, “300”). Four questions have two
sources: c11-002 and c11-004 (zip's notice + gazette's 办法; `corpus_file` the zip), c11-006 (gazette's
办法 + portal's 暂行办法; the gazette), c11-010 (WeChat + gazette's 芜民〔2026〕21号; the WeChat page).

- c11-001…c11-003, c11-006, c11-007, c11-010…c11-014, c11-017, c11-019, c11-021, c11-023: questions from
  the public in everyday words. c11-001 **an OFD table cell** (6层: 5层至6层 每台15万元); **c11-002 an OFD
  table row amended by the zip** (4层: 每台12万元 from 2026-10-01, not the table's 10万元); c11-003 a “yes” (85岁
  老人 → 每台另增加补助2万元); **c11-006 the repealed 暂行办法 asked as if current** (8万元 and the page's
  “有效”: 同时废止 by 芜政办〔2026〕9号 from 2026-05-01); **c11-007 a “no”** (3层: 4层及以上); **c11-010 WeChat +
  OFD** (二级肢体残疾 on 低保 in 无为市: 可以同时享受 from the 解读, 110元 + 100元 from the notice); **c11-011 a
  “no” only in the WeChat article** (不需要重新申请); **c11-012 a “yes” only in the WeChat article** (满60岁:
  不因年龄原因停发); **c11-013 a “no” only in the WeChat article** (特困集中供养 → 不享受护理补贴); c11-014 the
  procedure (皖事通 专区, 10个工作日, 次月起); **c11-017 only in the WeChat article** (7月、8月 old rate, 差额 9月
  补发); **c11-019 an xls row's phone** (繁昌区 0553-7863159); **c11-021 a scan table cell, asked of a date when
  the notice was in force** (2026年8月: 遗体火化 每具不超过600元); **c11-023 the expired scan notice asked as
  if current** (11月: 有效期2年 from 2024-10-01 → ended 2026-09-30; nothing later).
- c11-004, c11-005, c11-008, c11-009, c11-015, c11-016, c11-018, c11-020, c11-022, c11-024: civil-servant
  questions. **c11-004 an amended clause** (第六条 6个月 → 之日起12个月内 by 芜建房〔2026〕62号 from 2026-10-01; in
  the OFD the old clause is cut by a page break inside “之日起6 / 个月内”); c11-005 4:6; c11-008 15 and 20
  个工作日 (the 20 is at the top of page 3); c11-009 组长 and 办公室 (the 领导小组 notice); **c11-015 湾沚区's
  share** (3:7: a 区 in the county group, not 5:5; its evidence runs over the page break “3:7比 / 例分担”);
  c11-016 施行日期 (no 有效期); **c11-018 an xls row** (鸠江区 50台, 300万元); **c11-020 a deadline and a
  transition rule only in the zip's docx** (2026年11月30日前; 按照本通知规定的标准和期限执行); **c11-022 a scan
  table row** (骨灰寄存 每具不超过200元, 限3年; the notice has expired); c11-024 the scan's procedure (家属无需
  另行申请; 殡仪馆每季度 申报).
- c11-025…c11-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key
  facts, no sources): **c11-025 a near miss** (电梯 维保 costs after installation — the corpus subsidises the
  加装 only; 维保 and 保养 occur in no file); **c11-026 another city of the province** (马鞍山市's 护理补贴);
  **c11-027 a figure left to another body** (居家托养服务补贴 “由市残疾人联合会会同市财政局另行制定”); **c11-028 a
  penalty the text does not give** (骗取加装电梯补助: 追回 + 依法依规追究; 罚 occurs in no file); **c11-029 a
  condition never stated** (家庭存款 for 困难残疾人生活补贴; 存款 occurs in no file); c11-030 **a topic not in the
  corpus** (购房契税补贴; 契税 occurs in no file).

Personas: 18 public, 12 civil_servant. Files: OFD 10 (only its facts: 9), WeChat 5 (only its facts: 4),
zip 5 (docx 3, xls 2), scan 4 (table only: 2), portal page 0 as `corpus_file` (1 as a second source), none
6. Types: colloquial 3, numeric 4, yesno 5, multi_hop 2, procedure 2, deadline 2, validity 4, department 2,
unanswerable 6. Difficulty: 6 easy, 12 medium, 12 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: the 办法
芜政办〔2026〕9号 (from 2026-05-01, 5 years) **with 第五条's 4层 row (每台12万元) and 第六条 (之日起12个月内) as
amended by 芜建房〔2026〕62号 from 2026-10-01** and its other articles unchanged; 芜建房〔2026〕62号 itself (from
2026-10-01, no 有效期; its 报送 deadline 2026-11-30 has passed); 芜政办秘〔2026〕31号 (领导小组, no term);
芜民〔2026〕21号 (from 2026-07-01, no 有效期), explained by the WeChat 解读. **Repealed: the 暂行办法 芜政办〔2024〕3号
(by 芜政办〔2026〕9号 第十一条 from 2026-05-01, although its own 有效期 ran to 2027-02-28 and the portal still says
“有效”).** **Expired: the 殡葬 notice 芜民〔2024〕48号 (有效期2年 from 2024-10-01, so to 2026-09-30).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --corpus tests/data/city11/corpus --qa tests/data/city11/qa.jsonl --out out/city11 --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs a CJK font: `apt-get install fonts-noto-cjk`):

```
python3.11 -m venv /tmp/c11venv && /tmp/c11venv/bin/pip install python-docx openpyxl xlwt Pillow reportlab pypdfium2
cd /work/main && PYTHONPATH=. /tmp/c11venv/bin/python tests/support/make_city11_fixtures.py
```

Two runs give all seven files byte for byte (checked with sha256sum, into two fresh folders): the OFD's,
the zip's and the docx's zip timestamps are fixed, the docx's core dates are fixed, the OFD's fragment cuts
and the scan's noise are seeded, the PDF is written with reportlab's `invariant=1`. Another Pillow,
reportlab, python-docx, xlwt or font can change the scan, the seal, the docx and the xls.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city10's fields in city10's order, and the ids run
  `c11-001`…`c11-030` in order; the 6 unanswerable lines have `key_facts` [], `sources` [],
  `section`/`evidence`/`corpus_file` null and answers starting “文件中未找到相关规定。”; every other line's
  `corpus_file` is the file of one of its sources; the persona, type and difficulty counts above;
- every key fact occurs in its answer and, with whitespace removed, in the text of one of its sources'
  files as a reader sees it: for the OFD the TextCode texts of each page (template first, then page
  content) placed by Boundary + TextCode Y and X and joined line by line; for the WeChat page and the portal
  page the HTML with `<script>`/`<style>` removed, tags removed and entities unescaped; for the zip its
  members with names decoded as GBK, the docx read with python-docx (paragraphs and table rows) and the xls
  with xlrd (integral floats shown as integers); **for the scan the OCR output** of the trial above. Every
  evidence part (“……” splits it) and every `doc_number` and `doc_title` occurs likewise, with these
  exceptions, which are the traps: **c11-015's evidence occurs in the OFD only once the running header (the
  template) and the page number are dropped** (it runs over the page 4/5 break); **the scan's table-row
  evidence (c11-021, c11-022) occurs in the drawn text but not in the OCR text** (the OCR boxes are not in row
  order), and **the scan's 文号 occurs in the OCR text only as “芜民[2024]48号”** (c11-021…c11-024; its title
  does occur). The words of the unanswerable questions (维保, 保养, 马鞍山, 罚, 存款, 契税) and the earlier
  fixtures' cities and provinces occur in no file's text, in no raw HTML, in no OFD member and not in the
  scan's drawn text; “之日起6个月内” does not occur in the OFD's line text (the page break cuts it);
- the zip's members have bit 11 unset and GBK name bytes, no UTF-8 name bytes; xlrd reads the xls's 合计
  cells as '' and finds the merged ranges A2:E2, A10:B10, A11:E11; the WeChat page's `#js_content` carries
  the hidden style, `#publish_time` is empty, and “不因年龄原因停发” is not in the raw HTML; the OFD has 14
  members, 5 pages (documents start on pages 2, 3, 4 as the 目录 says), page 2 has 65 TextObjects, 48 of them
  with a `g` DeltaX, and the StampAnnot points at page 3; the scan has 3 pages and no text layer;
- the OFD's pages were drawn from the throw-away reader's output and looked at (cover, 2, 4, 5), and the
  scan's three pages were rendered and looked at.

Not checked: how a real OFD reader (数科, 福昕, 书生 or the national reader) opens the file — none was
available, the XML was written from the standard's structure as the helper knows it, and the seal's
signature does not verify; how a browser shows the WeChat page (its scripts point at WeChat's servers); how
Excel or WPS show the xls (the 合计 formulas are assumed to be recalculated on open) and the docx's 文头 table;
and whether the portal's URLs exist (the paths are invented).
"""



def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city11 (芜湖市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR,
                    help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    info = make_ofd(corpus / F_OFD)
    (corpus / F_WX).write_text(html_weixin(), encoding="utf-8")
    make_zip(corpus / F_ZIP)
    make_scan(corpus / F_SCAN)
    (corpus / F_ZX).write_text(html_zanxing(), encoding="utf-8")
    (args.out / "qa.jsonl").write_text(qa_jsonl(), encoding="utf-8")
    readme = args.out / "README.md"
    if not readme.exists():  # (a README extended after a run is not overwritten)
        readme.write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}: OFD {info}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes the 嘉兴市 (浙江省, city12) fixture: tests/data/city12/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs python-docx, python-pptx, Pillow, reportlab and a CJK font
(Noto Sans/Serif CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3.11 -m venv /tmp/c12venv
    /tmp/c12venv/bin/pip install python-docx python-pptx reportlab Pillow pypdfium2
    cd /work/main && PYTHONPATH=. /tmp/c12venv/bin/python tests/support/make_city12_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city12``; the corpus goes to ``DIR/corpus``. Every file is written by
this script, the RTF and the HTML page as literal text, so that their bytes are exact. The docx's and the
pptx's zip timestamps and core dates are fixed, the scan's skew and noise come from a fixed seed
(``random.Random(1212)``) and both PDFs are written with ``invariant=1`` (the gazette's RC4 key follows
from its fixed document ID), so a rerun gives the same bytes with the same fonts and library versions.
Everything in the documents (文号, 索引号, figures, dates, people, phone numbers, e-mail, URL paths, tasks)
is invented; the city, its districts and counties, the departments, the 12345 hotline and the “浙里办” app
are real.

- ``jiaxing-kehou-fuwu-tongzhi.rtf``: 嘉教基〔2026〕37号 (市区义务教育学校课后服务), **an RTF as Word/WPS
  saves it**: GBK ``\\'xx`` text, two paragraphs as ``\\uN?`` escapes, a header and a footer with a PAGE
  field, ``\\line`` and ``\\tab``, ignorable destinations, **a 收费标准 table whose 说明 column holds rules
  found nowhere else**, a PNG seal (``\\pngblip``) by the signature.
- ``jiaxing-xianxue-youdai-jiedu.pptx``: **a 政策解读 deck** of 嘉政办发〔2026〕18号 (无偿献血者激励和优待):
  multi-level bullets, **a table with a merged cell**, **a grouped shape** holding a fact, a 一图读懂
  picture, footer and slide number on every slide, speaker notes.
- ``jiaxing-zhengfu-gongbao-2026-7.pdf``: 嘉兴市人民政府公报 2026年第7期, **an encrypted text PDF** (RC4
  128, owner password, empty user password, copying not permitted): the final 献血 办法 嘉政办发〔2026〕18号,
  the AED 方案 嘉政办发〔2026〕21号 with **a wide 任务分工表 on a portrait page with /Rotate 90**, and
  嘉交〔2026〕38号 (暑期 学生 免费乘公交, **有效期至2026年8月31日: expired**).
- ``jiaxing-xianxue-youdai-zqyj.html``: **the 征求意见稿** of the 献血 办法 on the portal, **figures and
  rules that the final 办法 changed or dropped**; not in force.
- ``jiaxing-laonianren-gongjiao-2023.docx``: 嘉交〔2023〕9号 (老年人 乘公交 优惠), **有效期3年 from
  2023-02-01, extended by the scan to 2027-12-31**.
- ``jiaxing-gongjiao-yanqi-scan.pdf``: 嘉交〔2026〕5号, **an image-only scan** of one page: “有效期延长至
  2027年12月31日”.
"""

from __future__ import annotations

import argparse
import binascii
import datetime
import html
import io
import math
import random
import sys
import zipfile
from pathlib import Path

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city12"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"

F_RTF = "jiaxing-kehou-fuwu-tongzhi.rtf"
F_PPTX = "jiaxing-xianxue-youdai-jiedu.pptx"
F_GAZ = "jiaxing-zhengfu-gongbao-2026-7.pdf"
F_DRAFT = "jiaxing-xianxue-youdai-zqyj.html"
F_BUS = "jiaxing-laonianren-gongjiao-2023.docx"
F_SCAN = "jiaxing-gongjiao-yanqi-scan.pdf"


# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

KH_NUMBER = "嘉教基〔2026〕37号"
KH_ISSUERS = ["嘉兴市教育局", "嘉兴市发展和改革委员会", "嘉兴市财政局"]
KH_SHORT = "关于规范市区义务教育学校课后服务工作的通知"
KH_TITLE = " ".join(KH_ISSUERS) + KH_SHORT

XX_NUMBER = "嘉政办发〔2026〕18号"
XX_RULES = "嘉兴市无偿献血者激励和优待办法"
XX_TITLE = f"嘉兴市人民政府办公室关于印发{XX_RULES}的通知"
ZQ_TITLE = f"关于公开征求《{XX_RULES}（征求意见稿）》意见的公告"
JD_TITLE = f"《{XX_RULES}》政策解读"

AED_NUMBER = "嘉政办发〔2026〕21号"
AED_PLAN = "嘉兴市公共场所自动体外除颤器配置三年行动方案（2026—2028年）"
AED_TITLE = f"嘉兴市人民政府办公室关于印发{AED_PLAN}的通知"
AED_ANNEX = "嘉兴市公共场所自动体外除颤器配置重点任务分工表"

SX_NUMBER = "嘉交〔2026〕38号"
SX_TITLE = "嘉兴市交通运输局 嘉兴市教育局关于2026年暑期市区中小学生免费乘坐城市公交的通知"

LN_NUMBER = "嘉交〔2023〕9号"
LN_ISSUERS = ["嘉兴市交通运输局", "嘉兴市财政局", "嘉兴市民政局"]
LN_TITLE = " ".join(LN_ISSUERS) + "关于调整市区老年人乘坐城市公交优惠政策的通知"
YQ_NUMBER = "嘉交〔2026〕5号"
YQ_TITLE = " ".join(LN_ISSUERS) + "关于延长市区老年人乘坐城市公交优惠政策有效期的通知"

GAZ_NAME = "嘉兴市人民政府公报"
GAZ_ISSUE = "2026年第7期"
GAZ_TOTAL = "（总第186期）"
GAZ_DATE = "2026年7月15日"

ADDR_GOV = "各县（市、区）人民政府，市政府各部门、各直属单位："
BUS_ADDR = "各县（市、区）交通运输、财政、民政部门，嘉兴经开区、嘉兴港区有关部门，市区各公交运营企业："
TEL_JY = "0573-82516093"  # 市教育局基础教育处
TEL_XZ = "0573-82087516"  # 嘉兴市中心血站
TEL_JT = "0573-82713648"  # 市交通运输局运输管理处
TEL_YZ = "0573-82039175"  # 市卫生健康委员会医政医管处
ZQ_MAIL = "wjwyzc_zqyj@jiaxing.gov.cn"
ZQ_ADDR = "嘉兴市南湖区广场路66号嘉兴市卫生健康委员会医政医管处（邮编314000）"


# =============================================================================================
# The documents' text
# =============================================================================================

# 1. The RTF notice (嘉教基〔2026〕37号); "#TABLE" is the 收费标准 table, "#U" marks a paragraph written
# with \uN? escapes, "|" the place of a \line
KH_ADDR = "各县（市、区）教育、发展改革、财政部门，嘉兴经开区、嘉兴港区有关部门，市直属各学校："
KH_PARAS = [
    "为减轻学生过重作业负担和家长接送负担，更好满足学生课后看护需求，经市政府同意，现就规范市区义务教育学校"
    "课后服务有关事项通知如下：",
    "一、服务对象。课后服务面向南湖区、秀洲区、嘉兴经开区、嘉兴港区公办义务教育学校在校学生，由学生和家长自愿"
    "选择参加，学校不得以任何方式强制或者变相强制学生参加。嘉善县、海盐县、海宁市、平湖市、桐乡市参照本通知执行。",
    "二、服务时间和报名。课后服务在每个教学日放学后开展，分为基本托管、延时托管和晚间托管，具体时段见本通知"
    "第四项。学校应当在每学期开学后2周内组织报名，家长可以通过“浙里办”APP“课后服务”模块或者向学校报名。",
    "三、服务内容。课后服务以指导学生完成作业、自主阅读、体育锻炼、艺术和科普活动为主，不得利用课后服务时间"
    "讲授新课或者组织集体补课。",
    "四、收费标准。课后服务实行成本分担，按学期收费，收费标准如下：",
    "#TABLE",
    "学校应当在收费前将收费项目、标准和依据向家长公示，表中未列明的项目不得收费。",
    "#U五、退费办法。学生中途退出课后服务的，学校按照剩余教学周数退还费用，并在学期结束后30日内退还至原缴费"
    "账户。",
    "#U六、教师补助。参与课后服务的教师按照每课时不低于60元的标准给予补助，所需经费从课后服务收费和财政补助中"
    "列支，不纳入绩效工资总量。",
    f"七、监督管理。各县（市、区）教育部门要会同发展改革、财政部门加强对课后服务收费的监督检查。|投诉举报电话："
    f"{TEL_JY}（市教育局基础教育处），也可以拨打12345政务服务便民热线。",
    "八、本通知自2026年9月1日起施行，有效期5年。",
]
KH_TABLE = [("学段", "服务时段", "收费标准（每生每学期）", "说明"),
            ("小学", "基本托管（放学后至17:30）", "不超过600元", "低保、特困供养家庭学生免收"),
            ("小学", "延时托管（17:30至18:30）", "不超过300元", "须先参加基本托管"),
            ("初中", "基本托管（放学后至17:30）", "不超过500元", "低保、特困供养家庭学生免收"),
            ("初中", "晚间托管（17:30至20:00）", "不超过400元", "仅限九年级学生")]
KH_DATE = "2026年8月18日"
KH_PRINTED = "嘉兴市教育局办公室　　　　　　　　　　2026年8月18日印发"

# 2. The final 办法 (嘉政办发〔2026〕18号, in the gazette) and its 征求意见稿 (on the portal)
XX_ARTICLES = [
    "第一条　为鼓励公民参加无偿献血，弘扬人道主义精神，保障临床用血需要，根据《中华人民共和国献血法》等法律"
    "法规，结合本市实际，制定本办法。",
    "第二条　本办法适用于在本市行政区域内参加无偿献血的献血者及其配偶、父母、子女。",
    "第三条　市卫生健康委员会负责全市无偿献血者激励和优待工作的组织实施。嘉兴市中心血站承担用血费用报销、献血"
    "记录查询等具体工作。市财政、医疗保障、文化广电旅游等部门按照各自职责做好相关工作。",
    "第四条　献血者本人临床用血的，按照下列标准免费用血：",
    "（一）累计献血量不足1000毫升的，按照献血量的5倍免费用血；",
    "（二）累计献血量达到1000毫升以上的，终身免费用血。",
    "献血者的配偶、父母、子女临床用血的，按照献血者累计献血量等量免费用血。",
    "第五条　在本市医疗机构临床用血的，由医疗机构在出院结算时直接减免应当免费的用血费用，献血者及其家属无需"
    "另行申请。在本市以外医疗机构临床用血的，可以自出院之日起2年内，持本人身份证、献血证明和用血费用票据向嘉兴市"
    "中心血站申请报销。",
    "第六条　获得国家无偿献血奉献奖、无偿献血志愿服务奖或者累计献血（全血）达到20次的献血者，凭《无偿献血证》"
    "或者电子献血证享受下列优待：",
    "（一）免费游览本市政府投资主办的公园、景区、博物馆；",
    "（二）在本市公立医疗机构就诊时享受优先挂号、优先就诊、优先取药服务。",
    "第七条　获得国家无偿献血奉献奖的本市献血者，由市人民政府给予一次性奖励：金奖2000元，银奖1500元，铜奖"
    "1000元。",
    "第八条　献血者可以通过“浙里办”APP“无偿献血”专区查询献血记录、申领电子献血证和申请市外用血费用报销。嘉兴市"
    "中心血站自受理报销申请之日起10个工作日内完成审核，审核通过的，将报销款项转入申请人银行账户。",
    "第九条　以虚构献血记录、伪造用血票据等方式骗取用血费用报销或者奖励的，由市卫生健康委员会责令退回，并依法"
    "依规追究相关责任。",
    "第十条　本办法由市卫生健康委员会负责解释。",
    "第十一条　本办法自2026年8月1日起施行，有效期5年。",
]
ZQ_ARTICLES = [
    XX_ARTICLES[0], XX_ARTICLES[1], XX_ARTICLES[2], XX_ARTICLES[3],
    "（一）累计献血量不足800毫升的，按照献血量的3倍免费用血；",
    "（二）累计献血量达到800毫升以上的，终身免费用血。",
    XX_ARTICLES[6],
    "第五条　献血者及其配偶、父母、子女临床用血的，先由本人垫付用血费用，出院后持本人身份证、献血证明和用血费用"
    "票据向嘉兴市中心血站申请报销。在本市以外医疗机构临床用血的，应当自出院之日起1年内申请报销。",
    "第六条　获得国家无偿献血奉献奖、无偿献血志愿服务奖或者累计献血（全血）达到30次的献血者，凭《无偿献血证》"
    "享受下列优待：",
    XX_ARTICLES[9], XX_ARTICLES[10],
    "第七条　获得国家无偿献血奉献奖的献血者在本市公立医疗机构就诊的，免收普通门诊诊察费。",
    "第八条　获得国家无偿献血奉献奖的本市献血者，由市人民政府给予一次性奖励：金奖1500元，银奖1000元，铜奖"
    "500元。",
    "第九条　献血者可以通过“浙里办”APP“无偿献血”专区查询献血记录和申请用血费用报销。嘉兴市中心血站自受理报销"
    "申请之日起15个工作日内完成审核，审核通过的，将报销款项转入申请人银行账户。",
    "第十条" + XX_ARTICLES[13][3:],
    "第十一条" + XX_ARTICLES[14][3:],
    "第十二条　本办法自2026年　月　日起施行。",
]

# 3. The AED 方案 (嘉政办发〔2026〕21号) and its landscape 附件
AED_ITEMS = [
    "#ADDR" + ADDR_GOV,
    f"《{AED_PLAN}》已经市政府同意，现印发给你们，请结合实际认真组织实施。",
    "#SIGN",
    "#OPEN（此件公开发布）",
    "#CAPTION" + AED_PLAN,
    "为提升公共场所突发心脏骤停急救能力，推进自动体外除颤器（以下简称AED）科学配置和规范使用，制定本方案。",
    "#HEAD一、工作目标",
    "到2028年底，全市公共场所累计配置AED不少于3000台，每10万人口配置不少于50台，交通枢纽、学校、体育场馆等重点"
    "公共场所实现全覆盖。",
    "#HEAD二、配置要求",
    "AED应当安装在醒目、便于取用的位置，确保发生心脏骤停时4分钟内可以取得。配置单位负责设备日常管理，每月至少"
    "巡检1次，并及时更换到期的电极片和电池。",
    "#HEAD三、急救培训",
    "配置单位应当组织工作人员参加心肺复苏和AED使用培训，每台AED周边至少有5名持有效培训证书的人员。",
    "#HEAD四、资金保障",
    "政府投资建设的公共场所配置AED所需经费由同级财政承担；其他公共场所由经营管理单位负责配置。鼓励企业、社会"
    "组织和个人捐赠AED。",
    "#HEAD五、任务分工",
    "各项重点任务的牵头单位、配合单位和完成时限见附件。各牵头单位每年12月10日前将工作进展报市卫生健康委员会。",
    "附件：" + AED_ANNEX,
    "#LANDSCAPE",
]
AED_HEAD = ("序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限")
AED_ROWS = [
    ("1", "交通枢纽配置", "火车站、汽车客运站、高速公路服务区、城市公交枢纽站实现AED全覆盖", "市交通运输局",
     "市卫生健康委员会，各县（市、区）人民政府", "2026年12月底前"),
    ("2", "学校配置", "全市中小学校、中等职业学校和高等院校每校至少配置1台", "市教育局",
     "市卫生健康委员会、市财政局", "2027年6月底前"),
    ("3", "体育场馆配置", "公共体育场馆和全民健身中心实现全覆盖", "市体育局", "市卫生健康委员会", "2027年12月底前"),
    ("4", "养老机构配置", "床位50张以上的养老机构实现全覆盖", "市民政局",
     "市卫生健康委员会，各县（市、区）人民政府", "2027年12月底前"),
    ("5", "AED地图", "在“浙里办”APP上线AED地图，实时显示设备位置和状态", "市卫生健康委员会", "市红十字会",
     "2026年10月底前"),
    ("6", "公众急救培训", "每年开展公众心肺复苏和AED使用培训不少于5万人次", "市红十字会",
     "市卫生健康委员会、市教育局", "每年12月底前"),
    ("7", "年度评估", "对各县（市、区）配置和使用情况开展年度评估，结果向社会公布", "市卫生健康委员会", "市财政局",
     "2028年12月底前"),
]
AED_COLS = [40.0, 92.0, 250.0, 104.0, 178.0, 96.0]  # points, on the landscape page

SX_ITEMS = [
    "#ADDR南湖区、秀洲区交通运输、教育部门，嘉兴经开区、嘉兴港区有关部门，市区各公交运营企业：",
    "为方便中小学生暑期出行，倡导绿色出行，经市政府同意，决定在2026年暑期实施市区中小学生免费乘坐城市公交政策。"
    "现将有关事项通知如下：",
    "一、免费对象。在南湖区、秀洲区、嘉兴经开区、嘉兴港区学校就读的中小学生（含中等职业学校学生），持学生公交卡"
    "乘坐城市公交的，免收车费。",
    "二、免费时间。2026年7月1日至8月31日，每日首班车至末班车。",
    "三、免费范围。市区城市公交线路，不含城际公交、旅游专线和定制公交。",
    "四、资金保障。公交运营企业因此减少的票款收入，由市、区两级财政按照6:4比例给予补偿。",
    "五、本通知自2026年7月1日起施行，有效期至2026年8月31日。",
    "#SIGN",
]

# (目录 label, title, 文号, signer, date, items); "#ADDR" the addressee line, "#HEAD" a heading, "#SIGN" the
# signature, "#OPEN" the 公开 line, "#CAPTION" the title of an attached 办法/方案, "#LANDSCAPE" the annex page
GAZ_DOCS: list[tuple[str, str, str, str, str, list[str]]] = [
    ("市政府办公室文件", XX_TITLE, XX_NUMBER, "嘉兴市人民政府办公室", "2026年6月25日", [
        "#ADDR" + ADDR_GOV,
        f"《{XX_RULES}》已经市政府第31次常务会议审议通过，现印发给你们，请认真贯彻执行。",
        "#SIGN",
        "#OPEN（此件公开发布）",
        "#CAPTION" + XX_RULES,
        *XX_ARTICLES,
    ]),
    ("市政府办公室文件", AED_TITLE, AED_NUMBER, "嘉兴市人民政府办公室", "2026年6月30日", AED_ITEMS),
    ("部门文件", SX_TITLE, SX_NUMBER, "嘉兴市交通运输局　嘉兴市教育局", "2026年6月20日", SX_ITEMS),
]

# 4. The old 老年人 公交 notice (docx) and its extension (the scan)
LN_PARAS = [
    "为进一步落实老年人优待政策，方便老年人出行，经市政府同意，现就调整市区老年人乘坐城市公交优惠政策有关事项通知"
    "如下：",
    "一、适用范围。本通知适用于在南湖区、秀洲区、嘉兴经开区、嘉兴港区运营的城市公交线路，不含城际公交、旅游专线"
    "和定制公交。",
    "二、优惠对象和标准。",
    "（一）年满65周岁的老年人，凭老年人公交卡免费乘坐城市公交。",
    "（二）年满60周岁不满65周岁的老年人，凭老年人公交卡按照票价5折乘坐城市公交。",
    "（三）工作日7:00至8:30早高峰时段，前两项所列老年人乘车一律按照票价5折收费。",
    "三、办理条件。具有本市户籍的老年人，以及持有本市居住证满1年的非本市户籍老年人，可以申办老年人公交卡。",
    "四、办理方式。老年人可以持本人身份证到市民卡服务网点办理，也可以通过“浙里办”APP“老年人公交卡”模块在线申办，"
    "免收工本费。老年人公交卡每年年审一次，可以通过“浙里办”APP人脸识别完成。",
    "五、资金保障。公交运营企业因执行本通知减少的票款收入，由市、区两级财政按照6:4比例给予补偿。",
    "六、本通知自2023年2月1日起施行，有效期3年。此前有关规定与本通知不一致的，以本通知为准。",
]
LN_SIGN = ["嘉兴市交通运输局　　嘉兴市财政局　　嘉兴市民政局", "2023年1月12日"]
LN_CONTACT = f"（联系人：市交通运输局运输管理处周立群，电话：{TEL_JT}）"

YQ_PARAS = [
    f"《{LN_TITLE}》（{LN_NUMBER}）将于2026年1月31日到期。经评估，该通知实施效果良好，经市政府同意，决定将其有效期"
    "延长至2027年12月31日，优惠对象、标准和办理方式不变。",
    "有效期内，国家和省出台新规定的，从其规定。",
    f"政策咨询电话：{TEL_JT}（市交通运输局运输管理处）。",
]
YQ_SIGN = ["嘉兴市交通运输局　嘉兴市财政局　嘉兴市民政局", "2026年1月20日"]

# 5. The 解读 deck of the 办法
JD_ORG = "嘉兴市卫生健康委员会"
JD_FOOTER = f"{JD_ORG}　政策解读"
JD_TOC = ["一、出台背景", "二、主要内容", "三、优待和奖励一览", "四、一图读懂", "五、电子献血证怎么领", "六、咨询方式"]
JD_BACKGROUND = [
    (0, f"无偿献血是临床用血的主要来源。为回馈献血者，{JD_ORG}起草了《{XX_RULES}》。"),
    (0, "2026年5月8日至6月7日，向社会公开征求意见。"),
    (0, f"2026年6月25日，市政府办公室印发《{XX_RULES}》（{XX_NUMBER}）。"),
    (1, "自2026年8月1日起施行，有效期5年。"),
]
JD_MAIN = [
    (0, "谁能享受"),
    (1, "在本市参加无偿献血的献血者及其配偶、父母、子女"),
    (0, "献血者本人用血"),
    (1, "累计献血量不足1000毫升：按照献血量的5倍免费用血"),
    (1, "累计献血量达到1000毫升以上：终身免费用血"),
    (0, "配偶、父母、子女用血"),
    (1, "按照献血者累计献血量等量免费用血"),
    (0, "怎么报销"),
    (1, "在本市医疗机构用血：出院结算时直接减免，无需另行申请"),
    (1, "在本市以外用血：自出院之日起2年内向嘉兴市中心血站申请报销"),
]
JD_TABLE = [("对象", "优待或奖励", "兑现方式"),
            ("获得国家无偿献血奉献奖金奖", "一次性奖励2000元", "每年12月底前统一发放至本人银行账户"),
            ("获得国家无偿献血奉献奖银奖", "一次性奖励1500元", ""),
            ("获得国家无偿献血奉献奖铜奖", "一次性奖励1000元", ""),
            ("获得奉献奖、志愿服务奖或者累计献全血20次",
             "免费游览政府投资主办的公园、景区、博物馆；公立医疗机构就诊优先挂号、优先就诊、优先取药",
             "凭《无偿献血证》或者电子献血证")]
JD_STEPS = ["第一步\n打开“浙里办”APP，进入“无偿献血”专区", "第二步\n完成实名认证，点击“申领电子献血证”",
            "第三步\n领取成功，电子献血证与纸质《无偿献血证》具有同等效力"]
JD_NOTES = {
    3: "本页介绍办法出台的过程：公开征求意见后，市政府办公室于2026年6月25日印发办法，自2026年8月1日起施行。",
    4: "讲解要点：累计献血量不足1000毫升的按照献血量的5倍免费用血，达到1000毫升以上的终身免费用血；在本市医疗机构"
       "用血的，出院结算时直接减免。",
    7: "现场演示：打开“浙里办”APP，进入“无偿献血”专区，完成实名认证后申领电子献血证。",
}


# =============================================================================================
# A red seal (PNG), used by the RTF and the scan
# =============================================================================================

def seal_png(ring: str, px: int = 400, alpha: int = 230) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font_path, index = cjk_face(bold=True)
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ink = (214, 24, 32, alpha)
    c = px / 2
    rad = px / 2 - 8
    u = px / 400
    d.ellipse((c - rad, c - rad, c + rad, c + rad), outline=ink, width=max(2, round(12 * u)))
    pts = []
    for k in range(10):
        r = (58 if k % 2 == 0 else 23) * u
        a = math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(pts, fill=ink)
    fs = round(44 * u * (10 / max(10, len(ring))) ** 0.5)
    font = ImageFont.truetype(font_path, fs, index=index)
    for k, ch in enumerate(ring):
        a = math.radians(215 - k * (250 / (len(ring) - 1)))
        gx, gy = c + (rad - fs) * math.cos(a), c - (rad - fs) * math.sin(a)
        g = Image.new("L", (fs + 16, fs + 16), 0)
        ImageDraw.Draw(g).text((8, 2), ch, font=font, fill=255)
        g = g.rotate(math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        img.paste(Image.new("RGBA", g.size, ink), (int(gx - g.width / 2), int(gy - g.height / 2)), g)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _fixed_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """An Office file re-zipped with one fixed timestamp (python-docx/pptx write the current time)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in items:
            z.writestr(zipfile.ZipInfo(name, date_time=when), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


# =============================================================================================
# 1. jiaxing-kehou-fuwu-tongzhi.rtf (as Word/WPS saves it: GBK escapes, \u escapes, a table, a seal)
# =============================================================================================

def _rtf_ascii(ch: str) -> str:
    return "\\" + ch if ch in "\\{}" else ch


def rtf_gbk(text: str) -> str:
    """Text as \\'xx escapes of its GBK bytes (ASCII kept as is)."""
    return "".join(_rtf_ascii(ch) if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("gbk"))
                   for ch in text)


def rtf_uni(text: str) -> str:
    """Text as \\uN? escapes; N is a signed 16-bit number, so code points above 32767 are negative."""
    out = []
    for ch in text:
        n = ord(ch)
        if n < 128:
            out.append(_rtf_ascii(ch))
        else:
            out.append(f"\\u{n - 65536 if n > 32767 else n}?")
    return "\\uc1 " + "".join(out)


RTF_BODY = "\\pard\\plain\\ltrpar\\qj\\fi640\\sl560\\slmult0\\widctlpar\\f1\\fs32\\lang1033\\langfe2052 "


def _rtf_para(text: str) -> str:
    uni = text.startswith("#U")
    if uni:
        text = text[2:]
    enc = rtf_uni if uni else rtf_gbk
    lead = ""
    if text[1:2] == "、" and "。" in text[:12]:  # the item's lead phrase in bold (黑体)
        k = text.index("。") + 1
        lead, text = text[:k], text[k:]
    parts = [enc(p) for p in text.split("|")]
    body = "\\line ".join(parts)
    if lead:
        return RTF_BODY + "{\\f2\\b " + enc(lead) + "}" + body + "\\par\n"
    return RTF_BODY + body + "\\par\n"


def _rtf_table() -> str:
    widths = [1000, 3400, 2300, 2500]
    border = "\\brdrs\\brdrw10 "
    out = []
    for r, row in enumerate(KH_TABLE):
        d = ("\\trowd\\irow" + str(r) + "\\irowband" + str(r) + "\\ltrrow\\ts11\\trgaph108\\trleft0\\trqc"
             + "".join(f"\\trbrdr{s}{border}" for s in "tlbrhv") + ("\\trhdr" if r == 0 else ""))
        x = 0
        for w in widths:
            x += w
            d += "\\clvertalc" + "".join(f"\\clbrdr{s}{border}" for s in "tlbr") + f"\\cltxlrtb\\clftsWidth3\\clwWidth{w}\\cellx{x}"
        cells = []
        for cell in row:
            txt = rtf_gbk(cell)
            if r == 0:
                txt = "{\\f2\\b " + txt + "}"
            cells.append("\\pard\\plain\\ltrpar\\qc\\intbl\\sl360\\slmult0\\f1\\fs24 " + txt + "\\cell ")
        out.append(d + "\n" + "".join(cells) + "\\pard\\plain\\intbl\\row\n")
    return "".join(out) + "\\pard\\plain\n"


def _rtf_pict(png: bytes, goal: int) -> str:
    from PIL import Image

    w, h = Image.open(io.BytesIO(png)).size
    hexdata = binascii.hexlify(png).decode()
    lines = "\n".join(hexdata[k:k + 128] for k in range(0, len(hexdata), 128))
    return ("{\\*\\shppict{\\pict{\\*\\picprop\\shplid1025{\\sp{\\sn shapeType}{\\sv 75}}{\\sp{\\sn fFlipH}{\\sv 0}}"
            "{\\sp{\\sn wzName}{\\sv " + rtf_gbk("图片 1") + "}}{\\sp{\\sn fLayoutInCell}{\\sv 1}}}"
            f"\\picscalex100\\picscaley100\\piccropl0\\piccropr0\\piccropt0\\piccropb0\\picw{w * 26}\\pich{h * 26}"
            f"\\picwgoal{goal}\\pichgoal{goal}\\pngblip\\bliptag-1735602874{{\\*\\blipuid 98b4f9c60d4a6b1f2c3e5a7d8e9f0a1b}}\n"
            f"{lines}}}}}")


def make_rtf() -> str:
    title_info = rtf_uni(KH_TITLE)
    head = (
        "{\\rtf1\\ansi\\ansicpg936\\deff0\\stshfdbch1\\stshfloch3\\stshfhich3\\deflang1033\\deflangfe2052"
        "{\\fonttbl{\\f0\\froman\\fcharset134\\fprq2{\\*\\panose 02010600030101010101}" + rtf_gbk("宋体") + ";}"
        "{\\f1\\fmodern\\fcharset134\\fprq1{\\*\\panose 02010609030101010101}" + rtf_gbk("仿宋_GB2312") + ";}"
        "{\\f2\\fnil\\fcharset134\\fprq2{\\*\\panose 02010609060101010101}" + rtf_gbk("黑体") + ";}"
        "{\\f3\\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
        "{\\f4\\fnil\\fcharset134\\fprq2 " + rtf_gbk("方正小标宋简体") + ";}}\n"
        "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;\\red128\\green128\\blue128;}\n"
        "{\\*\\defchp \\f1\\fs32\\lang1033\\langfe2052}{\\*\\defpap \\ql\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto"
        "\\adjustright\\rin0\\lin0\\itap0 }\n"
        "{\\stylesheet{\\ql\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\f1\\fs32"
        "\\lang1033\\langfe2052\\snext0\\sqformat\\spriority0 Normal;}{\\*\\cs10\\additive\\ssemihidden\\sunhideused"
        "\\spriority1 Default Paragraph Font;}{\\*\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3"
        "\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblind0\\tblindtype3\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr"
        "\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright"
        "\\rin0\\lin0\\itap0 \\fs20\\lang1024\\langfe1024\\snext11\\ssemihidden\\sunhideused Normal Table;}}\n"
        "{\\*\\rsidtbl \\rsid1186371\\rsid2453219\\rsid9440768}\n"
        "{\\*\\generator WPS Office 12.1.0.17827;}\n"
        "{\\info{\\title " + title_info + "}{\\author " + rtf_gbk("基础教育处") + "}{\\operator "
        + rtf_gbk("沈嘉怡") + "}{\\creatim\\yr2026\\mo8\\dy17\\hr15\\min12}{\\revtim\\yr2026\\mo8\\dy18\\hr9\\min46}"
        "{\\version4}{\\edmins57}{\\nofpages2}{\\nofwords412}{\\nofchars2351}{\\*\\company "
        + rtf_gbk("嘉兴市教育局") + "}{\\vern11}}\n"
        "{\\*\\xmlnstbl {\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}\n"
        "\\paperw11906\\paperh16838\\margl1588\\margr1474\\margt2098\\margb1984\\gutter0\\ltrsect\n"
        "\\deftab420\\ftnbj\\aenddoc\\formshade\\dgmargin\\dghspace180\\dgvspace312\\dghorigin1588\\dgvorigin2098"
        "\\dghshow0\\dgvshow2\\jcompress1\\viewkind1\\viewscale100\\splytwnine\\ftnlytwnine\\htmautsp\\useltbaln"
        "\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nogrowautofit\\nofeaturethrottle1\\ilfomacatclnup0\n"
        "{\\*\\latentstyles\\lsdstimax376\\lsdlockeddef0\\lsdsemihiddendef0\\lsdunhideuseddef0\\lsdqformatdef0"
        "\\lsdprioritydef99{\\lsdlockedexcept \\lsdqformat1 \\lsdpriority0 \\lsdlocked0 Normal;\\lsdqformat1 "
        "\\lsdpriority9 \\lsdlocked0 heading 1;\\lsdsemihidden1 \\lsdunhideused1 \\lsdpriority39 \\lsdlocked0 toc 1;"
        "\\lsdpriority59 \\lsdlocked0 Table Grid;}}\n"
        "\\sectd\\ltrsect\\linex0\\headery851\\footery1134\\colsx425\\endnhere\\sectlinegrid579\\sectspecifyl"
        "\\sftnbj\n"
        "{\\header \\pard\\plain\\ltrpar\\qr\\widctlpar\\brdrb\\brdrs\\brdrw6\\brsp20 \\f0\\fs18\\cf3 "
        + rtf_gbk(KH_NUMBER) + "\\tab " + rtf_gbk("嘉兴市教育局") + "\\par}\n"
        "{\\footer \\pard\\plain\\ltrpar\\qc\\widctlpar \\f3\\fs28 " + rtf_gbk("— ")
        + "{\\field{\\*\\fldinst {\\f3\\fs28 PAGE }}{\\fldrslt {\\f3\\fs28\\lang1024 1}}}" + rtf_gbk(" —")
        + "\\par}\n"
        "{\\*\\pnseclvl1\\pnucrm\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}{\\*\\pnseclvl2\\pnucltr\\pnstart1"
        "\\pnindent720\\pnhang {\\pntxta .}}{\\*\\pnseclvl3\\pndec\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}\n"
    )
    body = [
        "\\pard\\plain\\ltrpar\\qc\\sl-1100\\slmult0\\widctlpar\\sb600 {\\f4\\fs88\\cf2\\expnd6\\expndtw30 "
        + rtf_gbk("嘉兴市教育局文件") + "}\\par\n",
        "\\pard\\plain\\ltrpar\\qc\\sb480\\sa120\\widctlpar\\brdrb\\brdrs\\brdrw30\\brsp120\\brdrcf2 {\\f1\\fs32 "
        + rtf_gbk(KH_NUMBER) + "}\\par\n",
        "\\pard\\plain\\ltrpar\\qc\\sb600\\sa600\\sl720\\slmult0\\widctlpar {\\f4\\fs44 "
        + rtf_gbk("　".join(KH_ISSUERS)) + "\\line " + rtf_gbk(KH_SHORT) + "}\\par\n",
        "\\pard\\plain\\ltrpar\\ql\\sl560\\slmult0\\widctlpar {\\f1\\fs32 {\\*\\bkmkstart _GoBack}{\\*\\bkmkend _GoBack}"
        + rtf_gbk(KH_ADDR) + "}\\par\n",
    ]
    for p in KH_PARAS:
        body.append(_rtf_table() if p == "#TABLE" else _rtf_para(p))
    body.append("\\pard\\plain\\ltrpar\\ql\\sl560\\slmult0\\widctlpar \\f1\\fs32 \\par\n")
    body.append("\\pard\\plain\\ltrpar\\qr\\sl360\\slmult0\\widctlpar " + _rtf_pict(seal_png("嘉兴市教育局", 240, 235), 2268)
                + "\\par\n")
    for name in KH_ISSUERS:  # the signature, right-aligned by a tab stop
        body.append("\\pard\\plain\\ltrpar\\ql\\tqr\\tx8400\\sl560\\slmult0\\widctlpar \\f1\\fs32 \\tab "
                    + rtf_gbk(name) + "\\par\n")
    body.append("\\pard\\plain\\ltrpar\\ql\\tqr\\tx8400\\sl560\\slmult0\\widctlpar \\f1\\fs32 \\tab "
                + rtf_gbk(KH_DATE) + "\\par\n")
    body.append("\\pard\\plain\\ltrpar\\ql\\fi640\\sl560\\slmult0\\widctlpar \\f1\\fs32 " + rtf_gbk("（此件公开发布）")
                + "\\par\n")
    body.append("\\pard\\plain\\ltrpar\\ql\\sb600\\sl500\\slmult0\\widctlpar\\brdrt\\brdrs\\brdrw10\\brdrb\\brdrs"
                "\\brdrw10 \\f1\\fs28 " + rtf_gbk(KH_PRINTED) + "\\par}")
    return head + "".join(body)


# =============================================================================================
# 2. jiaxing-xianxue-youdai-jiedu.pptx (a 政策解读 deck: bullets, table, group, picture, notes)
# =============================================================================================

def _poster_png() -> bytes:
    """The 一图读懂 picture: its words are drawn, not written in the slide's text."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = 1280, 720
    img = Image.new("RGB", (w, h), (255, 246, 244))
    d = ImageDraw.Draw(img)
    bp, bi = cjk_face(bold=True)
    rp, ri = cjk_face()
    big = ImageFont.truetype(bp, 56, index=bi)
    mid = ImageFont.truetype(bp, 40, index=bi)
    small = ImageFont.truetype(rp, 24, index=ri)
    red = (200, 30, 40)
    d.rectangle((0, 0, w, 110), fill=red)
    d.text((60, 24), "一图读懂 无偿献血者激励和优待", font=big, fill=(255, 255, 255))
    boxes = [("5倍", "不足1000毫升\n按献血量5倍免费用血"), ("终身", "累计1000毫升以上\n终身免费用血"),
             ("等量", "配偶、父母、子女\n按累计献血量等量用血"), ("2年", "市外用血\n出院2年内申请报销")]
    for k, (num, cap) in enumerate(boxes):
        x = 60 + k * 300
        d.rounded_rectangle((x, 160, x + 260, 420), 24, outline=red, width=5, fill=(255, 255, 255))
        d.text((x + 130 - d.textlength(num, font=big) / 2, 190), num, font=big, fill=red)
        for j, line in enumerate(cap.split("\n")):
            d.text((x + 130 - d.textlength(line, font=small) / 2, 300 + j * 40), line, font=small, fill=(60, 60, 60))
    d.text((60, 470), "奉献奖一次性奖励：金奖2000元　银奖1500元　铜奖1000元", font=mid, fill=(60, 60, 60))
    d.text((60, 540), "累计献全血20次：免费游览政府投资主办的公园、景区、博物馆", font=mid, fill=(60, 60, 60))
    d.text((60, 640), "献血前一晚保证睡眠　献血前不要空腹　献血后多喝水", font=small, fill=(140, 140, 140))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def make_pptx() -> bytes:
    from lxml import etree
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.oxml.ns import qn
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    sw, sh = prs.slide_width, prs.slide_height
    cp = prs.core_properties
    cp.title = JD_TITLE
    cp.author = "医政医管处"
    cp.last_modified_by = "陆思远"
    cp.created = datetime.datetime(2026, 7, 2, 10, 5, 0)
    cp.modified = datetime.datetime(2026, 7, 8, 17, 42, 0)
    cp.revision = 12
    red = RGBColor(0xC8, 0x1E, 0x28)
    grey = RGBColor(0x59, 0x59, 0x59)

    def ea(run, face: str = "微软雅黑") -> None:
        rpr = run._r.get_or_add_rPr()
        el = rpr.find(qn("a:ea"))
        if el is None:
            el = etree.SubElement(rpr, qn("a:ea"))
        el.set("typeface", face)

    def set_text(tf, text: str, size: float, bold: bool = False, color=None, align=None) -> None:
        tf.clear()
        for k, line in enumerate(text.split("\n")):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            if align is not None:
                p.alignment = align
            r = p.add_run()
            r.text = line
            r.font.size = Pt(size)
            r.font.bold = bold
            if color is not None:
                r.font.color.rgb = color
            ea(r)

    def place(shape, left: float, top: float, width: float, height: float) -> None:
        shape.left, shape.top, shape.width, shape.height = (Emu(int(v * 914400)) for v in (left, top, width, height))

    def chrome(slide, n: int) -> None:
        """The footer text and the slide number, on every slide, as text boxes a template would give."""
        foot = slide.shapes.add_textbox(Emu(457200), sh - Emu(500000), Emu(6000000), Emu(320000))
        foot.name = "页脚占位符 4"
        set_text(foot.text_frame, JD_FOOTER, 11, color=grey)
        num = slide.shapes.add_textbox(sw - Emu(1400000), sh - Emu(500000), Emu(943200), Emu(320000))
        num.name = "灯片编号占位符 5"
        p = num.text_frame.paragraphs[0]
        p.alignment = PP_ALIGN.RIGHT
        fld = etree.SubElement(p._p, qn("a:fld"))
        fld.set("id", "{3F1C2A7B-5D8E-4B6A-9C0D-1E2F3A4B5C6D}")
        fld.set("type", "slidenum")
        rpr = etree.SubElement(fld, qn("a:rPr"))
        rpr.set("lang", "zh-CN")
        rpr.set("sz", "1100")
        t = etree.SubElement(fld, qn("a:t"))
        t.text = str(n)

    def titled(n: int, title: str, layout: int = 5):
        slide = prs.slides.add_slide(prs.slide_layouts[layout])
        place(slide.shapes.title, 0.6, 0.35, 12.1, 0.9)
        set_text(slide.shapes.title.text_frame, title, 30, bold=True, color=red, align=PP_ALIGN.LEFT)
        return slide

    def bullets(slide, items: list[tuple[int, str]]) -> None:
        body = slide.placeholders[1]
        place(body, 0.8, 1.5, 11.7, 5.0)
        tf = body.text_frame
        tf.clear()
        for k, (level, text) in enumerate(items):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            p.level = level
            r = p.add_run()
            r.text = text
            r.font.size = Pt(22 if level == 0 else 18)
            r.font.bold = level == 0
            ea(r)

    # 1 title slide
    s = prs.slides.add_slide(prs.slide_layouts[0])
    place(s.shapes.title, 0.8, 2.0, 11.7, 1.5)
    set_text(s.shapes.title.text_frame, JD_TITLE, 40, bold=True, color=red)
    place(s.placeholders[1], 0.8, 3.8, 11.7, 1.2)
    set_text(s.placeholders[1].text_frame, f"{JD_ORG}\n2026年7月", 22, color=grey)
    chrome(s, 1)
    # 2 目录
    s = titled(2, "目　录", 1)
    bullets(s, [(0, t) for t in JD_TOC])
    chrome(s, 2)
    # 3, 4 bullets
    s = titled(3, JD_TOC[0], 1)
    bullets(s, JD_BACKGROUND)
    chrome(s, 3)
    s = titled(4, JD_TOC[1], 1)
    bullets(s, JD_MAIN)
    chrome(s, 4)
    # 5 the table (a graphic frame), the 兑现方式 of the three 奖 rows merged into one cell
    s = titled(5, JD_TOC[2])
    gf = s.shapes.add_table(len(JD_TABLE), 3, Emu(548640), Emu(1463040), Emu(11094720), Emu(4300000))
    gf.name = "表格 3"
    table = gf.table
    for j, wd in enumerate((3.4, 4.9, 3.83)):
        table.columns[j].width = Emu(int(wd * 914400))
    table.cell(1, 2).merge(table.cell(3, 2))
    for r, row in enumerate(JD_TABLE):
        for j, text in enumerate(row):
            if not text:
                continue
            cell = table.cell(r, j)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            set_text(cell.text_frame, text, 16 if r else 18, bold=r == 0,
                     color=RGBColor(0xFF, 0xFF, 0xFF) if r == 0 else None)
    chrome(s, 5)
    # 6 一图读懂 (a picture) with a caption
    s = titled(6, JD_TOC[3])
    s.shapes.add_picture(io.BytesIO(_poster_png()), Emu(1371600), Emu(1371600), width=Emu(9448800))
    cap = s.shapes.add_textbox(Emu(1371600), Emu(6680000 - 1030000), Emu(9448800), Emu(400000))
    set_text(cap.text_frame, f"一图读懂《{XX_RULES}》", 14, color=grey, align=PP_ALIGN.CENTER)
    chrome(s, 6)
    # 7 a grouped shape: three boxes and two arrows
    s = titled(7, JD_TOC[4])
    grp = s.shapes.add_group_shape()
    grp.name = "组合 8"
    for k, step in enumerate(JD_STEPS):
        box = grp.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(600000 + k * 3900000), Emu(2000000),
                                   Emu(3200000), Emu(2100000))
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor(0xFD, 0xEC, 0xEA)
        box.line.color.rgb = red
        set_text(box.text_frame, step, 18, color=RGBColor(0x33, 0x33, 0x33), align=PP_ALIGN.CENTER)
        box.text_frame.word_wrap = True
        if k < len(JD_STEPS) - 1:
            grp.shapes.add_shape(MSO_SHAPE.RIGHT_ARROW, Emu(3880000 + k * 3900000), Emu(2850000), Emu(520000),
                                 Emu(400000)).fill.solid()
    tip = s.shapes.add_textbox(Emu(600000), Emu(4500000), Emu(11000000), Emu(500000))
    set_text(tip.text_frame, "市外用血费用报销、献血记录查询也可以在“无偿献血”专区办理。", 18, color=grey)
    chrome(s, 7)
    # 8 咨询方式
    s = titled(8, JD_TOC[5], 1)
    bullets(s, [(0, f"嘉兴市中心血站：{TEL_XZ}"), (0, "也可以拨打12345政务服务便民热线"), (0, "谢谢！")])
    chrome(s, 8)
    for n, text in JD_NOTES.items():
        prs.slides[n - 1].notes_slide.notes_text_frame.text = text
    buf = io.BytesIO()
    prs.save(buf)
    return _fixed_zip(buf.getvalue(), (2026, 7, 8, 17, 42, 0))


# =============================================================================================
# 3. jiaxing-zhengfu-gongbao-2026-7.pdf (encrypted text PDF; the 附件 page is portrait with /Rotate 90)
# =============================================================================================

PW, PH = 595.27, 841.89
G_LEFT, G_RIGHT = 72.0, 523.0
G_TOP, G_BOTTOM = 748.0, 84.0
G_FONT = "STSong-Light"
G_BODY = 11.5
G_PITCH = {"label": 26.0, "gap": 18.0, "title": 24.0, "number": 26.0, "body": 20.5, "head": 21.0, "sign": 20.5,
           "open": 24.0, "caption": 30.0}
RED = (0.78, 0.08, 0.12)


def _w(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, G_FONT, size)


def gazette_flow() -> list[tuple[int, str, str]]:
    """The gazette's content lines after the cover: (document index, kind, text)."""
    width = G_RIGHT - G_LEFT
    out: list[tuple[int, str, str]] = []
    prev = ""
    for n, (label, title, number, signer, date, items) in enumerate(GAZ_DOCS):
        if label != prev:
            out.append((n, "label", f"【{label}】"))
            prev = label
        else:
            out.append((n, "gap", ""))
        out += [(n, "title", t) for t in wrap_cjk(title, lambda t: _w(t, 15.5), width - 30)]
        out.append((n, "number", number))
        for item in items:
            if item.startswith("#ADDR"):
                out += [(n, "body", t) for t in wrap_cjk(item[5:], lambda t: _w(t, G_BODY), width)]
            elif item.startswith("#HEAD"):
                out.append((n, "head", "　　" + item[5:]))
            elif item == "#SIGN":
                out += [(n, "sign", signer), (n, "sign", date)]
            elif item.startswith("#OPEN"):
                out.append((n, "open", "　　" + item[5:]))
            elif item.startswith("#CAPTION"):
                out += [(n, "caption", t) for t in wrap_cjk(item[8:], lambda t: _w(t, 14), width)]
            elif item == "#LANDSCAPE":
                out.append((n, "landscape", AED_ANNEX))
            else:
                out += [(n, "body", t) for t in wrap_cjk("　　" + item, lambda t: _w(t, G_BODY), width)]
    return out


def gazette_pages() -> tuple[list[list[tuple[int, str, str]]], list[int]]:
    """The content pages (page 2 on) and the page each document starts on; a title keeps its 文号 and two
    lines with it, a signature stays whole, the annex has a page of its own and the next document starts
    on a fresh page; a paragraph may run over a page break."""
    flow = gazette_flow()
    pages: list[list[tuple[int, str, str]]] = [[]]
    starts: list[int] = []
    y = G_TOP
    k = 0
    while k < len(flow):
        n, kind, _t = flow[k]
        group = [flow[k]]
        if kind in ("label", "gap"):
            j = k + 1
            while j < len(flow) and flow[j][1] in ("title", "number"):
                j += 1
            group = flow[k:j + 2]
        elif kind == "sign":
            group = flow[k:k + 2]
        if kind == "landscape":
            pages.append([flow[k]])
            pages.append([])
            y = G_TOP
            k += 1
            continue
        size = len(group)
        h = sum(G_PITCH[g[1]] for g in group)
        if pages[-1] and y - h < G_BOTTOM:
            pages.append([])
            y = G_TOP
        if not pages[-1] and group[0][1] == "gap":
            group = group[1:]
            h -= G_PITCH["gap"]
        if len(starts) == n and kind in ("label", "gap"):
            starts.append(len(pages) + 1)
        pages[-1] += group
        y -= h
        k += size
    return [p for p in pages if p], starts


def _text(c, x: float, y: float, text: str, size: float, bold: bool = False, color=(0, 0, 0)) -> None:
    c.saveState()  # (the text render mode is graphics state: it would outlive the text object)
    t = c.beginText()
    t.setTextOrigin(x, y)
    t.setFont(G_FONT, size)
    if bold:  # the CID font has no bold face: fill and stroke, as converters do
        t.setTextRenderMode(2)
        c.setLineWidth(0.35)
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def _running(c, pno: int, width: float, height: float, left: float, right: float) -> None:
    """The running header (gazette name, issue, rule) and the page number, in the page's own frame."""
    _text(c, left, height - 48, GAZ_NAME, 9)
    _text(c, right - _w(GAZ_ISSUE, 9), height - 48, GAZ_ISSUE, 9)
    c.setLineWidth(0.6)
    c.line(left, height - 54, right, height - 54)
    foot = f"— {pno} —"
    _text(c, width / 2 - _w(foot, 10) / 2, 40, foot, 10)


def _annex_page(c, pno: int) -> None:
    """The 附件 on a portrait page shown landscape: /Rotate 90, content drawn turned by 90 degrees (reportlab
    takes the page size in display orientation and writes the portrait MediaBox itself)."""
    c.setPageSize((PH, PW))
    c.setPageRotation(90)
    c.saveState()
    c.translate(PW, 0)
    c.rotate(90)
    lw, lh = PH, PW  # the landscape frame
    tw = sum(AED_COLS)
    x0 = (lw - tw) / 2
    _running(c, pno, lw, lh, x0, x0 + tw)
    _text(c, x0, lh - 84, "附件", 13, bold=True)
    _text(c, lw / 2 - _w(AED_ANNEX, 16) / 2, lh - 112, AED_ANNEX, 16, bold=True)
    y = lh - 130
    size = 10.0
    lead = 14.0
    for r, row in enumerate([AED_HEAD, *AED_ROWS]):
        cells = [wrap_cjk(cell, lambda t: _w(t, size), cw - 8) for cw, cell in zip(AED_COLS, row, strict=True)]
        h = max(len(x) for x in cells) * lead + 10
        c.setLineWidth(0.8 if r == 0 else 0.5)
        c.rect(x0, y - h, tw, h)
        cx = x0
        for cw, lines in zip(AED_COLS, cells, strict=True):
            c.line(cx, y, cx, y - h)
            top = y - (h - len(lines) * lead) / 2 - size
            for j, line in enumerate(lines):
                lx = cx + (cw - _w(line, size)) / 2 if len(lines) == 1 else cx + 4
                _text(c, lx, top - j * lead + 1, line, size, bold=r == 0)
            cx += cw
        y -= h
    c.restoreState()


def make_gazette(path: Path) -> dict[str, object]:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(G_FONT))
    pages, starts = gazette_pages()
    enc = pdfencrypt.StandardEncryption("", ownerPassword="JX-gongbao-2026#7", canPrint=1, canModify=0, canCopy=0,
                                        canAnnotate=0, strength=128)
    c = canvas.Canvas(str(path), pagesize=(PW, PH), invariant=1, encrypt=enc)
    c.setTitle(f"{GAZ_NAME}{GAZ_ISSUE}")
    c.setAuthor("嘉兴市人民政府办公室")
    c.setSubject("政府公报")
    c.setCreator("方正书版 10.0")
    c.setProducer("PDF Library 15.0")
    mid = PW / 2
    # page 1: masthead, issue line, red double rule, 目录
    _text(c, mid - _w(GAZ_NAME, 36) / 2, 730, GAZ_NAME, 36, bold=True, color=RED)
    issue = f"{GAZ_ISSUE}{GAZ_TOTAL}"
    _text(c, mid - _w(issue, 14) / 2, 690, issue, 14)
    sub = f"嘉兴市人民政府办公室主办　　{GAZ_DATE}出版"
    _text(c, mid - _w(sub, 11) / 2, 668, sub, 11)
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(2.2)
    c.line(G_LEFT, 652, G_RIGHT, 652)
    c.setLineWidth(0.8)
    c.line(G_LEFT, 647, G_RIGHT, 647)
    c.setStrokeColorRGB(0, 0, 0)
    _text(c, mid - _w("目　　录", 18) / 2, 610, "目　　录", 18, bold=True)
    y = 575.0
    prev = ""
    for n, (label, title, number, *_rest) in enumerate(GAZ_DOCS):
        if label != prev:
            _text(c, G_LEFT, y, f"【{label}】", 12, bold=True)
            y -= 24
            prev = label
        lines = wrap_cjk(f"{title}（{number}）", lambda t: _w(t, 11.5), G_RIGHT - G_LEFT - 60)
        for j, line in enumerate(lines):
            _text(c, G_LEFT + 24, y, line, 11.5)
            if j == len(lines) - 1:
                x1 = G_LEFT + 24 + _w(line, 11.5) + 4
                dots = "…" * int((G_RIGHT - 20 - x1) / _w("…", 11.5))
                _text(c, x1, y, dots, 11.5)
                _text(c, G_RIGHT - _w(str(starts[n]), 11.5), y, str(starts[n]), 11.5)
            y -= 20
        y -= 8
    c.showPage()
    breaks: list[str] = []
    for pno, lines in enumerate(pages, start=2):
        if lines[0][1] == "landscape":
            _annex_page(c, pno)
            c.showPage()
            c.setPageRotation(0)
            c.setPageSize((PW, PH))
            continue
        _running(c, pno, PW, PH, G_LEFT, G_RIGHT)
        y = G_TOP
        for _n, kind, text in lines:
            y -= G_PITCH[kind]
            base = y + 6
            if kind == "label":
                _text(c, G_LEFT, base, text, 13, bold=True)
            elif kind == "title":
                _text(c, mid - _w(text, 15.5) / 2, base, text, 15.5, bold=True)
            elif kind == "number":
                _text(c, mid - _w(text, G_BODY) / 2, base + 4, text, G_BODY)
            elif kind == "caption":
                _text(c, mid - _w(text, 14) / 2, base, text, 14, bold=True)
            elif kind == "sign":
                _text(c, G_RIGHT - 36 - _w(text, G_BODY), base, text, G_BODY)
            elif kind == "head":
                _text(c, G_LEFT, base, text, G_BODY, bold=True)
            elif kind in ("body", "open"):
                _text(c, G_LEFT, base, text, G_BODY)
        nxt = pages[pno - 1][0] if pno - 1 < len(pages) else None
        last = lines[-1]
        if nxt and last[1] == "body" and nxt[1] == "body" and not nxt[2].startswith("　"):
            breaks.append(f"{pno}/{pno + 1}: “{last[2][-8:]}” | “{nxt[2][:8]}”")
        c.showPage()
    c.save()
    return {"pages": len(pages) + 1, "starts": starts, "breaks": breaks}


# =============================================================================================
# 4. jiaxing-xianxue-youdai-zqyj.html (the portal's 征求意见 page with the draft's full text)
# =============================================================================================

ZQ_URL = "https://www.jiaxing.gov.cn/art/2026/5/8/art_1229426583_60218473.html"
ZQ_META = [("索引号", "002597428/2026-06719", "信息分类", "卫生健康\\意见征集"),
           ("发布机构", "嘉兴市卫生健康委员会", "发布日期", "2026-05-08"),
           ("征集开始", "2026-05-08", "征集结束", "2026-06-07")]


def html_draft() -> str:
    meta = "\n".join(f'<tr><th>{a}</th><td>{html.escape(b, quote=False)}</td><th>{c}</th>'
                     f"<td>{html.escape(d, quote=False)}</td></tr>" for a, b, c, d in ZQ_META)
    intro = [
        f"为鼓励公民参加无偿献血，更好地回馈献血者，市卫生健康委员会起草了《{XX_RULES}（征求意见稿）》，现向社会"
        "公开征求意见。",
        "征求意见时间：2026年5月8日至2026年6月7日。",
        "公众可以通过以下方式提出意见建议：",
        f"（一）电子邮件：发送至{ZQ_MAIL}，邮件主题请注明“献血办法意见”；",
        f"（二）信函：邮寄至{ZQ_ADDR}，请在信封上注明“献血办法征求意见”字样；",
        f"（三）电话：{TEL_YZ}（工作日上午8:30—12:00，下午13:30—17:00）。",
        "请在意见建议中注明真实姓名和联系方式，以便进一步沟通。",
    ]
    body = [f"<p>{html.escape(t, quote=False)}</p>" for t in intro]
    body.append('<p style="text-align:right">嘉兴市卫生健康委员会</p>')
    body.append('<p style="text-align:right">2026年5月8日</p>')
    body.append(f'<p style="text-align:center;text-indent:0"><strong>{XX_RULES}</strong></p>')
    body.append('<p style="text-align:center;text-indent:0">（征求意见稿）</p>')
    body += [f"<p>{html.escape(a, quote=False)}</p>" for a in ZQ_ARTICLES]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="嘉兴市人民政府">
<meta name="SiteDomain" content="www.jiaxing.gov.cn">
<meta name="ColumnName" content="意见征集">
<meta name="ArticleTitle" content="{ZQ_TITLE}">
<meta name="PubDate" content="2026-05-08 16:20">
<meta name="ContentSource" content="嘉兴市卫生健康委员会">
<meta name="Url" content="{ZQ_URL}">
<title>{ZQ_TITLE}_意见征集_嘉兴市人民政府</title>
<link rel="stylesheet" href="/static/css/gkml.css">
<script src="/static/js/jquery-3.6.0.min.js"></script>
<script>var columnid = "1229426583"; var articleid = "60218473"; var status = "已结束";</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>嘉兴市人民政府门户网站</span> <a href="javascript:;">无障碍浏览</a> <a href="javascript:;">关怀版</a> <a href="https://www.jiaxing.gov.cn/col/col1229426101/index.html">登录</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="https://www.jiaxing.gov.cn/">嘉兴市人民政府</a><form class="search" action="https://www.jiaxing.gov.cn/jsearchfront/search.do"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="https://www.jiaxing.gov.cn/">首页</a></li><li><a href="https://www.jiaxing.gov.cn/col/col1229426100/index.html">政务公开</a></li><li><a href="https://www.jiaxing.gov.cn/col/col1229426102/index.html">政务服务</a></li><li class="on"><a href="https://www.jiaxing.gov.cn/col/col1229426103/index.html">政民互动</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="https://www.jiaxing.gov.cn/">首页</a> &gt; <a href="https://www.jiaxing.gov.cn/col/col1229426103/index.html">政民互动</a> &gt; <a href="https://www.jiaxing.gov.cn/col/col1229426583/index.html">意见征集</a></div>
<div class="w1200 main">
<table class="xxgk_table" cellspacing="0" cellpadding="0"><tbody>
{meta}
<tr><th>征集状态</th><td colspan="3"><span class="zt zt-end">已结束</span></td></tr>
</tbody></table>
<div class="article"><h1 class="title">{ZQ_TITLE}</h1>
<div class="info">发布时间：2026-05-08 16:20　来源：嘉兴市卫生健康委员会　<span id="fontsize">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="content" id="zoom">
{chr(10).join(body)}
</div>
<div class="fj">附件：<a href="https://www.jiaxing.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=2605081620417.docx">{XX_RULES}（征求意见稿）.docx</a></div>
<div class="yjzj"><a class="btn" href="javascript:alert('征集已结束');">我要提意见</a></div>
</div>
<div class="share">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
</div>
<div class="footer"><div class="w1200"><p><a href="https://www.jiaxing.gov.cn/col/col1229426110/index.html">网站地图</a> | <a href="https://www.jiaxing.gov.cn/col/col1229426111/index.html">联系我们</a> | <a href="https://www.jiaxing.gov.cn/col/col1229426112/index.html">网站声明</a></p>
<p>主办：嘉兴市人民政府办公室　网站标识码：3304000001</p>
<p>浙ICP备00000000号-1　浙公网安备 33040202000000号</p></div></div>
</body>
</html>
"""


# =============================================================================================
# 5. jiaxing-laonianren-gongjiao-2023.docx (the 2023 notice whose 有效期 the scan extends)
# =============================================================================================

def make_bus_docx() -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.title = LN_TITLE
    cp.author = "运输管理处"
    cp.created = cp.modified = datetime.datetime(2023, 1, 12, 10, 20, 0)
    cp.last_modified_by = "周立群"
    cp.revision = 5
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

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
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if red:
            r.font.color.rgb = RGBColor(0xE0, 0x10, 0x1E)
        return p

    head = para("嘉兴市交通运输局文件", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=40, font="方正小标宋简体",
                red=True)
    head.paragraph_format.space_before = Pt(36)
    head.paragraph_format.line_spacing = Pt(60)
    n = para(LN_NUMBER, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    n.paragraph_format.space_before = Pt(24)
    n._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr xmlns:w="{W_NS}"><w:bottom w:val="single" w:sz="18" w:space="8" w:color="E0101E"/></w:pBdr>'))
    t = para(LN_TITLE, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, font="方正小标宋简体")
    t.paragraph_format.space_before = Pt(24)
    t.paragraph_format.space_after = Pt(24)
    t.paragraph_format.line_spacing = Pt(36)
    para(BUS_ADDR, indent=False)
    for text in LN_PARAS:
        p = para(text)
        if text[1:2] == "、":  # the lead phrase in 黑体, as a run of its own
            k = text.index("。") + 1
            p.runs[0].text = text[k:]
            p.runs[0]._r.addprevious(parse_xml(
                f'<w:r xmlns:w="{W_NS}"><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>'
                f'<w:t xml:space="preserve">{html.escape(text[:k], quote=False)}</w:t></w:r>'))
    para("")
    for text in LN_SIGN:
        p = para(text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(32)
    para("（此件公开发布）")
    para(LN_CONTACT)
    para("")
    cc = para("抄送：市政府办公室，各县（市、区）人民政府。", indent=False, size=14)
    cc.paragraph_format.left_indent = Pt(14)
    cc._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr xmlns:w="{W_NS}"><w:top w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'))
    pr = para("嘉兴市交通运输局办公室　　　　　　　　　2023年1月12日印发", indent=False, size=14)
    pr.paragraph_format.left_indent = Pt(14)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fp._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.add_run(" —")
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue(), (2023, 1, 12, 10, 20, 0))


# =============================================================================================
# 6. jiaxing-gongjiao-yanqi-scan.pdf (one scanned page, no text layer)
# =============================================================================================

SCAN_W, SCAN_H = 1240, 1754  # A4 at 150 dpi
SCAN_MARGIN = 138
SCAN_BODY_PX = 31
SCAN_LINE = 56
SCAN_SKEW = -0.7  # degrees


def scan_lines() -> list[tuple[str, str]]:
    """The scanned notice's lines as (kind, text)."""
    from PIL import ImageFont

    path, index = cjk_face(serif=True)
    body = ImageFont.truetype(path, SCAN_BODY_PX, index=index)
    w = SCAN_W - 2 * SCAN_MARGIN
    lines: list[tuple[str, str]] = [("head", "嘉兴市交通运输局文件"), ("number", YQ_NUMBER)]
    lines += [("title", "　".join(LN_ISSUERS))]  # the title broken where a typesetter breaks it
    lines += [("title", t) for t in ("关于延长市区老年人乘坐城市公交", "优惠政策有效期的通知")]
    if "".join(t for k, t in lines if k == "title").replace("　", " ") != YQ_TITLE:
        raise SystemExit("the scan's title lines do not make its title")
    lines += [("body", t) for t in wrap_cjk(BUS_ADDR, body.getlength, w)]
    for p in YQ_PARAS:
        lines += [("body", t) for t in wrap_cjk("　　" + p, body.getlength, w)]
    lines += [("sign", t) for t in YQ_SIGN]
    lines += [("body", ""), ("body", "　　（此件公开发布）")]
    return lines


def _scan_page(rng: random.Random):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    spath, sindex = cjk_face(serif=True)
    body = ImageFont.truetype(spath, SCAN_BODY_PX, index=sindex)
    bpath, bindex = cjk_face(serif=True, bold=True)
    head = ImageFont.truetype(bpath, 60, index=bindex)
    title = ImageFont.truetype(bpath, 38, index=bindex)
    img = Image.new("RGB", (SCAN_W, SCAN_H), (250, 249, 244))
    d = ImageDraw.Draw(img)
    ink, red = (30, 30, 32), (200, 26, 32)
    y = 170
    sign_box = None
    for kind, text in scan_lines():
        if kind == "head":
            d.text(((SCAN_W - head.getlength(text)) / 2, y), text, font=head, fill=red)
            y += 120
        elif kind == "number":
            d.text(((SCAN_W - body.getlength(text)) / 2, y), text, font=body, fill=ink)
            y += 50
            d.line((SCAN_MARGIN - 20, y, SCAN_W - SCAN_MARGIN + 20, y), fill=red, width=4)
            y += 40
        elif kind == "title":
            d.text(((SCAN_W - title.getlength(text)) / 2, y), text, font=title, fill=ink)
            y += 60
        elif kind == "body":
            if not sign_box and y < 560:
                y += 10
            d.text((SCAN_MARGIN, y), text, font=body, fill=ink)
            y += SCAN_LINE
        elif kind == "sign":
            if sign_box is None:
                y += 120
            x = SCAN_W - SCAN_MARGIN - 40 - body.getlength(text)
            d.text((x, y), text, font=body, fill=ink)
            sign_box = sign_box or (x, y, body.getlength(text))
            y += SCAN_LINE
    if y > SCAN_H - 140:
        raise SystemExit(f"the scan overflows (y={y})")
    if sign_box is not None:  # the three issuers' seals over the signature
        base = img.convert("RGBA")
        sx, sy, sw = sign_box
        for k, ring in enumerate(LN_ISSUERS):
            seal = Image.open(io.BytesIO(seal_png(ring, 200, 150))).convert("RGBA")
            base.alpha_composite(seal, (int(sx + k * (sw - 200) / 2), int(sy - 118 + 6 * k)))
        img = base.convert("RGB")
    d = ImageDraw.Draw(img)
    d.line((SCAN_MARGIN - 20, SCAN_H - 230, SCAN_W - SCAN_MARGIN + 20, SCAN_H - 230), fill=ink, width=2)
    d.text((SCAN_MARGIN, SCAN_H - 216), "嘉兴市交通运输局办公室　　　　　　　2026年1月20日印发", font=body, fill=ink)
    d.line((SCAN_MARGIN - 20, SCAN_H - 170, SCAN_W - SCAN_MARGIN + 20, SCAN_H - 170), fill=ink, width=2)
    # the scanner: a skew, a grey edge at the top where the lid did not close, speckles, a little blur
    img = img.rotate(SCAN_SKEW, resample=Image.Resampling.BICUBIC, fillcolor=(245, 244, 239))
    d = ImageDraw.Draw(img)
    for yy in range(12):
        d.line((0, yy, SCAN_W, yy), fill=(118 + 10 * yy, 118 + 10 * yy, 116 + 10 * yy))
    px = img.load()
    for _ in range(8000):
        x, yy = rng.randrange(SCAN_W), rng.randrange(SCAN_H)
        v = rng.choice((45, 80, 200))
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

    rng = random.Random(1212)
    c = canvas.Canvas(str(path), pagesize=(PW, PH), invariant=1)
    c.setCreator("Scan")
    buf = io.BytesIO()
    _scan_page(rng).save(buf, "JPEG", quality=72, dpi=(150, 150))
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, width=PW, height=PH)
    c.showPage()
    c.save()


# =============================================================================================
# qa.jsonl and README.md
# =============================================================================================

def _src(number: str | None, title: str) -> dict:
    return {"doc_number": number, "doc_title": title}


S_KH = _src(KH_NUMBER, KH_TITLE)
S_JD = _src(None, JD_TITLE)
S_XX = _src(XX_NUMBER, XX_TITLE)
S_ZQ = _src(None, ZQ_TITLE)
S_AED = _src(AED_NUMBER, AED_TITLE)
S_SX = _src(SX_NUMBER, SX_TITLE)
S_LN = _src(LN_NUMBER, LN_TITLE)
S_YQ = _src(YQ_NUMBER, YQ_TITLE)
GZ = f"{GAZ_NAME} {GAZ_ISSUE} > "
NOT_FOUND = "文件中未找到相关规定。"
XX_SEC = f"{GZ}{XX_TITLE} > {XX_RULES}"
AED_SEC = f"{GZ}{AED_TITLE}"
EXT = f"（该通知有效期已由{YQ_NUMBER}延长至2027年12月31日。）"

# (question, answer, key_facts, sources, section, evidence, type, persona, difficulty, corpus_file)
QA: list[tuple[str, str, list[str], list[dict], str | None, str | None, str, str, str, str | None]] = [
    # the RTF notice (嘉教基〔2026〕37号)
    ("孩子在南湖区读小学三年级，家里是低保户，学校的课后服务要交钱吗？",
     f"基本托管不用交。《{KH_TITLE}》（{KH_NUMBER}）的收费标准表规定，小学基本托管（放学后至17:30）每生每学期不超过"
     "600元，低保、特困供养家庭学生免收；延时托管（17:30至18:30）每生每学期不超过300元，表中没有免收的规定，且须先"
     "参加基本托管。课后服务由学生和家长自愿选择参加。",
     ["低保、特困供养家庭学生免收"], [S_KH], f"{KH_TITLE} > 四、收费标准",
     "小学 基本托管（放学后至17:30） 不超过600元 低保、特困供养家庭学生免收", "yesno", "public", "hard", F_RTF),
    ("我家孩子读初一，想让他在学校晚间托管到晚上8点再去接，可以吗？",
     f"不可以。{KH_NUMBER}的收费标准表中，初中晚间托管（17:30至20:00）每生每学期不超过400元，仅限九年级学生；"
     "初一（七年级）学生可以参加基本托管（放学后至17:30，每生每学期不超过500元）。",
     ["仅限九年级学生"], [S_KH], f"{KH_TITLE} > 四、收费标准",
     "初中 晚间托管（17:30至20:00） 不超过400元 仅限九年级学生", "yesno", "public", "hard", F_RTF),
    (f"{KH_NUMBER}规定的小学延时托管收费标准是多少？参加延时托管有什么条件？",
     f"延时托管（17:30至18:30）每生每学期不超过300元，须先参加基本托管；基本托管（放学后至17:30）每生每学期不超过"
     f"600元（{KH_NUMBER}收费标准表）。",
     ["不超过300元", "须先参加基本托管"], [S_KH], f"{KH_TITLE} > 四、收费标准",
     "小学 延时托管（17:30至18:30） 不超过300元 须先参加基本托管", "numeric", "civil_servant", "medium", F_RTF),
    (f"{KH_NUMBER}规定，参与课后服务的教师补助标准是多少？这部分补助是否纳入绩效工资总量？",
     "按照每课时不低于60元的标准给予补助，所需经费从课后服务收费和财政补助中列支，不纳入绩效工资总量（第六项"
     "“教师补助”）。",
     ["每课时不低于60元", "不纳入绩效工资总量"], [S_KH], f"{KH_TITLE} > 六、教师补助",
     "六、教师补助。参与课后服务的教师按照每课时不低于60元的标准给予补助，所需经费从课后服务收费和财政补助中列支，"
     "不纳入绩效工资总量。", "numeric", "civil_servant", "medium", F_RTF),
    ("孩子课后服务上了一个多月不想上了，交的钱能退吗？多久能退回来？",
     f"能退。按照{KH_NUMBER}第五项，学生中途退出课后服务的，学校按照剩余教学周数退还费用，并在学期结束后30日内"
     "退还至原缴费账户。",
     ["按照剩余教学周数退还费用", "学期结束后30日内"], [S_KH], f"{KH_TITLE} > 五、退费办法",
     "五、退费办法。学生中途退出课后服务的，学校按照剩余教学周数退还费用，并在学期结束后30日内退还至原缴费账户。",
     "procedure", "public", "medium", F_RTF),
    ("规范市区义务教育学校课后服务的那份通知，文号是什么？什么时候开始施行，有效期多长？",
     f"《{KH_TITLE}》，文号{KH_NUMBER}，本通知自2026年9月1日起施行，有效期5年（至2031年8月31日），截至2026年"
     "12月2日有效。",
     [KH_NUMBER, "自2026年9月1日起施行，有效期5年"], [S_KH], f"{KH_TITLE} > 八",
     "八、本通知自2026年9月1日起施行，有效期5年。", "validity", "civil_servant", "easy", F_RTF),
    # the 解读 deck
    ("我得了国家无偿献血奉献奖铜奖，嘉兴市里奖励多少钱？钱什么时候发？",
     f"一次性奖励1000元，每年12月底前统一发放至本人银行账户。《{XX_RULES}》（{XX_NUMBER}）第七条规定金奖2000元、"
     "银奖1500元、铜奖1000元；发放时间见市卫生健康委员会的政策解读（“优待和奖励一览”表中三个奖项共用的“兑现方式”）。"
     "征求意见稿中的铜奖500元没有被正式办法采用。",
     ["一次性奖励1000元", "每年12月底前统一发放至本人银行账户"], [S_JD, S_XX], f"{JD_TITLE} > 三、优待和奖励一览",
     "获得国家无偿献血奉献奖铜奖 一次性奖励1000元……每年12月底前统一发放至本人银行账户", "multi_hop", "public",
     "hard", F_PPTX),
    ("我的纸质献血证找不到了，用手机上的电子献血证能享受献血者优待吗？在哪里领？",
     f"能。《{XX_RULES}》（{XX_NUMBER}）第六条规定凭《无偿献血证》或者电子献血证享受优待；政策解读说明，打开“浙里办”"
     "APP，进入“无偿献血”专区，完成实名认证后点击“申领电子献血证”，电子献血证与纸质《无偿献血证》具有同等效力。",
     ["与纸质《无偿献血证》具有同等效力", "“无偿献血”专区"], [S_JD, S_XX], f"{JD_TITLE} > 五、电子献血证怎么领",
     "第一步 打开“浙里办”APP，进入“无偿献血”专区……第三步 领取成功，电子献血证与纸质《无偿献血证》具有同等效力",
     "yesno", "public", "hard", F_PPTX),
    # the gazette: the final 办法 (its draft is on the portal)
    ("我爸以前献过血，我妈下个月要在嘉兴的医院做手术，可能要输血。听说要先自己垫钱，出院后再去血站报销，是这样吗？",
     f"不用先垫钱。现行《{XX_RULES}》（{XX_NUMBER}，自2026年8月1日起施行）第五条规定，在本市医疗机构临床用血的，由医疗"
     "机构在出院结算时直接减免应当免费的用血费用，献血者及其家属无需另行申请；配偶按照献血者累计献血量等量免费用血"
     "（第四条）。“先由本人垫付用血费用，出院后申请报销”是征求意见稿第五条的写法，正式办法没有采用。",
     ["在出院结算时直接减免", "无需另行申请"], [S_XX, S_ZQ], f"{XX_SEC} > 第五条",
     "第五条　在本市医疗机构临床用血的，由医疗机构在出院结算时直接减免应当免费的用血费用，献血者及其家属无需另行申请。",
     "multi_hop", "public", "hard", F_GAZ),
    (f"{XX_NUMBER}施行后，累计献血量800毫升的献血者本人临床用血，按什么标准免费用血？",
     f"按照献血量的5倍免费用血，即可以免费用血4000毫升。《{XX_RULES}》第四条规定，累计献血量不足1000毫升的，按照献血量的"
     "5倍免费用血；累计献血量达到1000毫升以上的，终身免费用血。征求意见稿规定的“800毫升以上终身免费用血”“3倍”没有被"
     "正式办法采用。",
     ["累计献血量不足1000毫升的", "按照献血量的5倍免费用血"], [S_XX], f"{XX_SEC} > 第四条",
     "（一）累计献血量不足1000毫升的，按照献血量的5倍免费用血；（二）累计献血量达到1000毫升以上的，终身免费用血。",
     "numeric", "civil_servant", "hard", F_GAZ),
    (f"《{XX_RULES}（征求意见稿）》公开征求意见到哪天截止？意见可以通过哪些方式提？",
     f"征求意见时间为2026年5月8日至2026年6月7日，截止日为2026年6月7日。可以发送电子邮件至{ZQ_MAIL}，或者信函邮寄至"
     f"{ZQ_ADDR}，也可以打电话{TEL_YZ}。征求意见已经结束，正式办法已由{XX_NUMBER}印发，自2026年8月1日起施行。",
     ["2026年6月7日", ZQ_MAIL], [S_ZQ, S_XX], ZQ_TITLE,
     f"征求意见时间：2026年5月8日至2026年6月7日。……（一）电子邮件：发送至{ZQ_MAIL}", "deadline", "civil_servant",
     "easy", F_DRAFT),
    ("听说献血满一定次数就能免费逛公园、景区，要献多少次？",
     f"累计献血（全血）达到20次（或者获得国家无偿献血奉献奖、无偿献血志愿服务奖）的献血者，凭《无偿献血证》或者电子献血证，"
     f"可以免费游览本市政府投资主办的公园、景区、博物馆，在本市公立医疗机构就诊时享受优先挂号、优先就诊、优先取药服务"
     f"（{XX_NUMBER}第六条）。征求意见稿中的30次没有被采用。",
     ["累计献血（全血）达到20次"], [S_XX], f"{XX_SEC} > 第六条",
     "第六条　获得国家无偿献血奉献奖、无偿献血志愿服务奖或者累计献血（全血）达到20次的献血者，凭《无偿献血证》或者"
     "电子献血证享受下列优待：（一）免费游览本市政府投资主办的公园、景区、博物馆；", "numeric", "public", "medium",
     F_GAZ),
    (f"《{XX_RULES}》由哪个部门负责组织实施？用血费用报销的具体工作由哪个单位承担？",
     "市卫生健康委员会负责全市无偿献血者激励和优待工作的组织实施；嘉兴市中心血站承担用血费用报销、献血记录查询等具体"
     f"工作（{XX_NUMBER}第三条）。",
     ["市卫生健康委员会负责全市无偿献血者激励和优待工作的组织实施", "嘉兴市中心血站承担用血费用报销"], [S_XX],
     f"{XX_SEC} > 第三条",
     "第三条　市卫生健康委员会负责全市无偿献血者激励和优待工作的组织实施。嘉兴市中心血站承担用血费用报销、献血记录查询"
     "等具体工作。", "department", "civil_servant", "easy", F_GAZ),
    ("我以前在嘉兴献过血，今年在上海住院输了血，回嘉兴还能报销吗？多长时间内要去报，去哪里办？",
     f"能报销。按照{XX_NUMBER}第五条，在本市以外医疗机构临床用血的，可以自出院之日起2年内，持本人身份证、献血证明和"
     "用血费用票据向嘉兴市中心血站申请报销；也可以通过“浙里办”APP“无偿献血”专区申请市外用血费用报销（第八条）。"
     "血站自受理报销申请之日起10个工作日内完成审核，审核通过的，将报销款项转入申请人银行账户。",
     ["自出院之日起2年内", "向嘉兴市中心血站申请报销"], [S_XX], f"{XX_SEC} > 第五条",
     "在本市以外医疗机构临床用血的，可以自出院之日起2年内，持本人身份证、献血证明和用血费用票据向嘉兴市中心血站申请"
     "报销。", "procedure", "public", "medium", F_GAZ),
    # the gazette: the AED 方案 and its landscape 附件
    ("AED三年行动方案里，学校配置AED由哪个部门牵头？要求什么时候前完成？",
     f"牵头单位是市教育局（配合单位：市卫生健康委员会、市财政局），完成时限为2027年6月底前；要求全市中小学校、中等职业"
     f"学校和高等院校每校至少配置1台（{AED_NUMBER}附件《{AED_ANNEX}》第2项）。",
     ["市教育局", "2027年6月底前"], [S_AED], f"{AED_SEC} > 附件 {AED_ANNEX}",
     "2 学校配置 全市中小学校、中等职业学校和高等院校每校至少配置1台 市教育局 市卫生健康委员会、市财政局 2027年6月底前",
     "department", "civil_servant", "hard", F_GAZ),
    ("我妈住的养老院有80张床位，按规定要配AED吗？什么时候前要配好？",
     f"要配。按照{AED_NUMBER}附件《{AED_ANNEX}》，床位50张以上的养老机构实现全覆盖，由市民政局牵头，完成时限为"
     "2027年12月底前。",
     ["床位50张以上的养老机构实现全覆盖", "2027年12月底前"], [S_AED], f"{AED_SEC} > 附件 {AED_ANNEX}",
     "4 养老机构配置 床位50张以上的养老机构实现全覆盖 市民政局 市卫生健康委员会，各县（市、区）人民政府 2027年12月底前",
     "yesno", "public", "hard", F_GAZ),
    (f"{AED_NUMBER}提出，到2028年底全市公共场所要配置多少台AED？每10万人口配置多少台？",
     "到2028年底，全市公共场所累计配置AED不少于3000台，每10万人口配置不少于50台，交通枢纽、学校、体育场馆等重点公共"
     "场所实现全覆盖（方案“一、工作目标”）。",
     ["不少于3000台", "每10万人口配置不少于50台"], [S_AED], f"{AED_SEC} > {AED_PLAN} > 一、工作目标",
     "到2028年底，全市公共场所累计配置AED不少于3000台，每10万人口配置不少于50台，交通枢纽、学校、体育场馆等重点公共"
     "场所实现全覆盖。", "numeric", "civil_servant", "easy", F_GAZ),
    # the 老年人 公交 notice (docx) and its extension (scan)
    ("我今年66岁，住在南湖区，坐市区公交还免费吗？听说老年人坐公交优惠的那个文件到期了。",
     f"还免费。《{LN_TITLE}》（{LN_NUMBER}）自2023年2月1日起施行，有效期3年，原定2026年1月31日到期；{YQ_NUMBER}"
     "已将其有效期延长至2027年12月31日，优惠对象、标准和办理方式不变。按照该通知，年满65周岁的老年人凭老年人公交卡"
     "免费乘坐城市公交；但工作日7:00至8:30早高峰时段按照票价5折收费。",
     ["有效期延长至2027年12月31日", "凭老年人公交卡免费乘坐城市公交"], [S_LN, S_YQ], f"{LN_TITLE} > 二、优惠对象和标准",
     "（一）年满65周岁的老年人，凭老年人公交卡免费乘坐城市公交。……六、本通知自2023年2月1日起施行，有效期3年。……"
     "决定将其有效期延长至2027年12月31日，优惠对象、标准和办理方式不变。", "validity", "public", "hard", F_BUS),
    (f"{YQ_NUMBER}延长了哪个文件的有效期？延长到什么时候？",
     f"延长的是《{LN_TITLE}》（{LN_NUMBER}）。该通知原定2026年1月31日到期，有效期延长至2027年12月31日，优惠对象、标准"
     "和办理方式不变；有效期内国家和省出台新规定的，从其规定。",
     [LN_NUMBER, "有效期延长至2027年12月31日"], [S_YQ, S_LN], YQ_TITLE,
     f"《{LN_TITLE}》（{LN_NUMBER}）将于2026年1月31日到期。经评估，该通知实施效果良好，经市政府同意，决定将其有效期"
     "延长至2027年12月31日，优惠对象、标准和办理方式不变。", "validity", "civil_servant", "medium", F_SCAN),
    ("我爸62岁，坐市区公交能打折吗？打几折？",
     f"能，打5折。{LN_NUMBER}规定，年满60周岁不满65周岁的老年人，凭老年人公交卡按照票价5折乘坐城市公交。" + EXT,
     ["按照票价5折乘坐城市公交"], [S_LN, S_YQ], f"{LN_TITLE} > 二、优惠对象和标准",
     "（二）年满60周岁不满65周岁的老年人，凭老年人公交卡按照票价5折乘坐城市公交。", "colloquial", "public", "easy",
     F_BUS),
    ("我70多岁了，平时工作日早上7点半坐公交去菜场，这个时间也是免费的吗？",
     f"不免费。{LN_NUMBER}规定，工作日7:00至8:30早高峰时段，享受优惠的老年人乘车一律按照票价5折收费；其他时段年满"
     "65周岁的老年人凭老年人公交卡免费乘坐城市公交。" + EXT,
     ["工作日7:00至8:30早高峰时段", "按照票价5折收费"], [S_LN, S_YQ], f"{LN_TITLE} > 二、优惠对象和标准",
     "（三）工作日7:00至8:30早高峰时段，前两项所列老年人乘车一律按照票价5折收费。", "yesno", "public", "hard", F_BUS),
    ("我今年67岁，外地户口，来嘉兴帮儿子带孩子两年了，有居住证，能办老年人公交卡吗？去哪儿办？",
     f"能办。{LN_NUMBER}规定，持有本市居住证满1年的非本市户籍老年人可以申办老年人公交卡；可以持本人身份证到市民卡服务"
     "网点办理，也可以通过“浙里办”APP“老年人公交卡”模块在线申办，免收工本费。老年人公交卡每年年审一次，可以通过"
     "“浙里办”APP人脸识别完成。" + EXT,
     ["持有本市居住证满1年的非本市户籍老年人", "“老年人公交卡”模块"], [S_LN, S_YQ], f"{LN_TITLE} > 三、办理条件；四、办理方式",
     "三、办理条件。具有本市户籍的老年人，以及持有本市居住证满1年的非本市户籍老年人，可以申办老年人公交卡。四、办理"
     "方式。老年人可以持本人身份证到市民卡服务网点办理，也可以通过“浙里办”APP“老年人公交卡”模块在线申办，免收工本费。",
     "procedure", "public", "medium", F_BUS),
    ("市区老年人乘坐城市公交优惠，公交运营企业减少的票款收入由市、区两级财政按什么比例补偿？",
     f"按照6:4比例给予补偿（{LN_NUMBER}第五项“资金保障”）。" + EXT,
     ["6:4"], [S_LN, S_YQ], f"{LN_TITLE} > 五、资金保障",
     "五、资金保障。公交运营企业因执行本通知减少的票款收入，由市、区两级财政按照6:4比例给予补偿。", "numeric",
     "civil_servant", "easy", F_BUS),
    # the gazette: the expired 暑期 notice
    ("暑假的时候孩子坐市区公交是免费的，现在开学了，孩子上学坐公交还免费吗？",
     f"不免费了。{SX_NUMBER}规定的中小学生免费乘坐城市公交时间为2026年7月1日至8月31日，通知“自2026年7月1日起施行，有效期"
     "至2026年8月31日”，已于2026年8月31日期满；文件中没有延长该通知或者新的学生免费乘车规定。",
     ["有效期至2026年8月31日"], [S_SX], f"{GZ}{SX_TITLE} > 五",
     "二、免费时间。2026年7月1日至8月31日，每日首班车至末班车。……五、本通知自2026年7月1日起施行，有效期至2026年8月31日。",
     "validity", "public", "hard", F_GAZ),
    # unanswerable
    ("湖州市区的老年人坐公交是免费的吗？几岁开始免费？",
     NOT_FOUND + f"文件只有嘉兴市区的规定（{LN_NUMBER}，有效期已延长至2027年12月31日：年满65周岁的老年人凭老年人公交卡"
     "免费乘坐，年满60周岁不满65周岁的按票价5折），没有湖州市的政策。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("商场、超市自己配置AED，市财政每台补助多少钱？",
     NOT_FOUND + f"{AED_NUMBER}只规定政府投资建设的公共场所配置AED所需经费由同级财政承担，其他公共场所由经营管理单位"
     "负责配置，鼓励企业、社会组织和个人捐赠AED，没有规定每台补助金额。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
    ("获得过国家无偿献血奉献奖的人，现在去公立医院看普通门诊，能免诊察费吗？",
     NOT_FOUND + f"现行《{XX_RULES}》（{XX_NUMBER}）第六条只规定在本市公立医疗机构就诊时享受优先挂号、优先就诊、优先取药"
     "服务；“免收普通门诊诊察费”只出现在征求意见稿第七条，正式办法没有保留，征求意见稿不具有效力。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("献完血以后，单位要给几天假？",
     NOT_FOUND + f"文件规定的是献血者及其家属的用血费用减免、优待和奖励（{XX_NUMBER}），没有献血后休假的规定。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("中小学课后服务期间学生发生意外伤害的，保险由谁购买？费用标准是多少？",
     NOT_FOUND + f"{KH_NUMBER}规定了课后服务的对象、时间、内容、收费标准、退费、教师补助和监督管理，没有意外伤害保险的"
     "规定。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("老年人在嘉兴坐出租车有优惠吗？",
     NOT_FOUND + f"{LN_NUMBER}只适用于市区城市公交线路（不含城际公交、旅游专线和定制公交），文件中没有出租车的优惠规定。",
     [], [], None, None, "unanswerable", "public", "easy", None),
]


def qa_jsonl() -> str:
    return qa_lines.qa_jsonl("c12", QA)


README = """# city12: a blind fixture of 嘉兴市 (浙江省) policy documents

A small corpus of policy documents of a twelfth held-out city, 嘉兴市, and 30 questions about them, for
checking that policyqa works on documents it has never seen, in the kinds of file real users bring: an RTF
notice as Word/WPS saves it, a 政策解读 slide deck (PPTX), an encrypted text-PDF gazette with a landscape
page, a portal's 征求意见 page holding a draft, a DOCX notice and an image-only scanned PDF. The city, its
districts and counties (南湖区, 秀洲区, 嘉兴经开区, 嘉兴港区; 嘉善县, 海盐县, 海宁市, 平湖市, 桐乡市), the
departments and bodies (市教育局, 市发展和改革委员会, 市财政局, 市卫生健康委员会, 嘉兴市中心血站, 市交通运输局,
市民政局, 市体育局, 市红十字会 …), the 12345 hotline, the “浙里办” app and the portal's domain
(www.jiaxing.gov.cn) are real; 湖州市 and 上海 appear only in questions. Every document, 文号, 索引号, figure,
date, person (沈嘉怡, 陆思远, 周立群), phone number, e-mail box, street address, URL path, task given to a body
and what the app and the offices are said to do is invented (the “无偿献血” 专区, the “课后服务” and
“老年人公交卡” 模块 of 浙里办, the 市民卡服务网点's role among them). Nothing is taken from a real document.

The content is consistent across documents: the gazette's 办法 嘉政办发〔2026〕18号 is **the final text of the
portal's 征求意见稿** and differs from it in figures and rules (第四条 “不足1000毫升 … 5倍” / “1000毫升以上 终身”
against the draft's 800毫升, 3倍; 第五条 **本市用血 “在出院结算时直接减免 … 无需另行申请”** against the draft's
“先由本人垫付用血费用，出院后 … 申请报销”, 市外 “自出院之日起2年内” against 1年; 第六条 20次 against 30次,
“或者电子献血证” added; 第七条 奖励 金奖2000元、银奖1500元、铜奖1000元 against 1500/1000/500; 第八条 10个工作日
against 15; **the draft's 第七条 “免收普通门诊诊察费” was dropped**; the draft has 12 articles, the final 11);
the PPTX is the 解读 of that 办法, names its title and 文号 and repeats the final figures (never the draft's),
and its background slide gives the 征求意见 period of the portal page (2026年5月8日至6月7日); the DOCX's
老年人 公交 notice 嘉交〔2023〕9号 **expired by its own term on 2026-01-31** (“自2023年2月1日起施行，有效期3年”)
**but the scanned 嘉交〔2026〕5号 extended it** (“决定将其有效期延长至2027年12月31日，优惠对象、标准和办理方式
不变”), so it is in force on 2026-12-02; the gazette's 暑期 notice 嘉交〔2026〕38号 **expired by its own 有效期**
(“自2026年7月1日起施行，有效期至2026年8月31日”) and no later one exists; both 公交 notices give the same 6:4
share and the same 线路 exclusions (城际公交、旅游专线和定制公交).

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建,
扬州/江苏, 潍坊/山东, 柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽) occurs in a corpus file, nor any earlier topic.
The topics are new: 义务教育学校课后服务 (收费、退费、教师补助), 无偿献血者激励和优待 (a 征求意见稿, the final 办法
and its 解读), 公共场所 AED 配置 (a 三年行动方案 with a 任务分工表), 老年人乘坐城市公交优惠 (a 2023 notice and the
extension of its 有效期) and an expired 暑期 中小学生 免费乘公交 notice.

**Who wrote it and what they saw.** A helper session wrote it from a brief. It did not read the
system's code (`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`,
`tests/integration/`, `tests/e2e/`) or any `out/`, `var/`, `/tmp/dbg` or `/tmp/snap` folder, did not run
policyqa, pytest or `git status`/`git diff`/`git log`, and committed nothing. It read `tests/data/city11/README.md`
(whole), the first six lines of `tests/data/city11/qa.jsonl`, `tests/support/make_city11_fixtures.py` (whole, in
six displays; the first was cut by the tool's output limit, and its question list and README were then seen
with lines cut at 200 to 600 characters), `tests/support/print_lines.py` and `tests/support/qa_lines.py` (whole;
`wrap_cjk`, `cjk_face` and `qa_jsonl` are imported by the generator), and in each of `tests/data/city2/README.md`
… `tests/data/city11/README.md` the text before `## Files` and the first column of the files table (city6's,
city7's and city8's opening text twice). Outside that list it read the `[tool.ruff]` and `[tool.ruff.lint]`
sections of `pyproject.toml`, listed the folder names of `tests/data/` and `tests/support/` (no `city12`
existed), listed the machine's CJK fonts (`fc-list :lang=zh`), and read parts of the installed sources of
reportlab (`pdfencrypt.py`, `canvas.py`, `pdfdoc.py`), pypdfium2 (`page.py`) and striprtf in its own venv. No
answer was tuned against the system; the command below had **not been run** on this fixture when it was handed
over. Everything was made and checked in a separate venv (`/tmp/c12venv`: python-docx 1.2.0, python-pptx 1.0.2,
reportlab 5.1.0, Pillow 13.0.0, pypdfium2 5.15.2, lxml 6.2.0; pycryptodome, installed as the brief asked but not
used — reportlab does RC4 itself; striprtf 0.0.35 for the check only) with Noto Sans/Serif CJK SC. Outside tools
run on corpus files: `rapidocr_onnxruntime` 1.4.4 from the project's `.venv`, called directly (not through
policyqa), on the scan rendered at 150 dpi with pypdfium2; pypdfium2 to read the gazette's text layer and
permissions back and to render its pages and the scan for a look; python-pptx, python-docx and striprtf to read
the PPTX, the DOCX and the RTF back; `ruff` from `.venv` on the generator only (`ruff check` passes). No GPU
machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `jiaxing-kehou-fuwu-tongzhi.rtf` | 嘉兴市教育局 嘉兴市发展和改革委员会 嘉兴市财政局关于规范市区义务教育学校课后服务工作的通知, 嘉教基〔2026〕37号 (2026-08-18) | **An RTF written as Word/WPS writes it, pure ASCII**: `{\\rtf1\\ansi\\ansicpg936\\deff0`, a `\\fonttbl` whose names are GBK escapes with `\\fcharset134` (宋体 `\\'cb\\'ce\\'cc\\'e5`, 仿宋_GB2312, 黑体, 方正小标宋简体; Times New Roman), `\\colortbl` (red, grey), `{\\*\\defchp}`, a `\\stylesheet`, `{\\*\\rsidtbl}`, `{\\*\\generator WPS Office 12.1.0.17827;}`, `{\\*\\xmlnstbl}`, `{\\*\\latentstyles …}`, three `{\\*\\pnseclvlN …}`, a `{\\*\\bkmkstart _GoBack}{\\*\\bkmkend _GoBack}` in the addressee line and an `\\info` group (**the title as `\\uN?` escapes**, author 基础教育处, operator 沈嘉怡, `\\creatim` 2026-08-17 15:12). **A `{\\header …}` (“嘉教基〔2026〕37号 `\\tab` 嘉兴市教育局”, grey, bottom border) and a `{\\footer …}` (“— `{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}` —”)**; the body mostly as GBK `\\'xx` escapes, **paragraphs 五 and 六 as `\\uc1 \\uN?` escapes, code points above 32767 negative** (退 `\\u-28672?`; 159 `\\u` escapes, 37 negative); the red 文头 “嘉兴市教育局文件” (lead issuer only), the 文号 over a red bottom border, **the title broken by a `\\line` after the three issuers**, each item's lead phrase a bold 黑体 group, **a `\\line` inside item 七 before “投诉举报电话”**; **a table (`\\trowd … \\cellx … \\intbl … \\cell … \\row`, 5 rows × 4 columns, `\\trhdr` header) between 四 and the paragraph after it, whose 说明 column holds three rules found nowhere else in the text: “低保、特困供养家庭学生免收” (基本托管 rows), “须先参加基本托管” (小学 延时托管) and “仅限九年级学生” (初中 晚间托管)**; **a hex `\\pict` (`{\\*\\shppict{\\pict{\\*\\picprop …}… \\pngblip …}}`, a 240 px PNG of the red seal of 嘉兴市教育局) just above the signature**, the signature and date right-aligned by `\\tqr\\tx8400 \\tab`, the 公开 line, an 印发 line between two rules. Facts: 一 南湖区、秀洲区、嘉兴经开区、嘉兴港区 公办 schools, 自愿, 嘉善县 … 桐乡市 “参照本通知执行”; 二 开学后2周内 报名, 浙里办 “课后服务” 模块; 三 不得讲授新课; 四 the table (小学 基本托管（放学后至17:30） 不超过600元; 小学 延时托管（17:30至18:30） 不超过300元; 初中 基本托管 不超过500元; 初中 晚间托管（17:30至20:00） 不超过400元, 每生每学期); **五 “按照剩余教学周数退还费用 … 学期结束后30日内”; 六 “每课时不低于60元 … 不纳入绩效工资总量”** (both in `\\u` escapes); 七 0573-82516093, 12345; **八 “本通知自2026年9月1日起施行，有效期5年”**. striprtf (used for the check) drops the header and the footer and gives table cells joined by “\\|”. |
| `jiaxing-xianxue-youdai-jiedu.pptx` | 《嘉兴市无偿献血者激励和优待办法》政策解读 (嘉兴市卫生健康委员会, 2026年7月; no 文号; the 解读 of 嘉政办发〔2026〕18号) | **A 16:9 deck of 8 slides (python-pptx, default template)**: a Title Slide (title and subtitle placeholders), **a 目录 slide**, **two slides of multi-level bullets** in the body placeholder (level 0 headings, level 1 facts: 背景 — 征求意见 2026年5月8日至6月7日, 印发 2026年6月25日, 嘉政办发〔2026〕18号, 自2026年8月1日起施行，有效期5年; 主要内容 — 5倍 / 终身 / 等量, 本市 “出院结算时直接减免，无需另行申请”, 市外 “自出院之日起2年内”); **a table slide (a graphic frame, 5 × 3: 对象 / 优待或奖励 / 兑现方式) whose 兑现方式 cell is merged over the three 奖 rows, so “每年12月底前统一发放至本人银行账户” is written once, in the 金奖 row, and the 银奖 and 铜奖 rows' cells are empty (spanned)**; that date occurs in no other file; **a 一图读懂 picture (PNG 1280 × 720) whose words — 5倍, 终身, 等量, 2年, the three 奖励 figures, 20次 and three tips for donors (“献血前一晚保证睡眠 …”) — are only drawn** and a caption text box; **a grouped shape “组合 8” (three rounded rectangles and two arrows) whose boxes hold the three steps of getting an 电子献血证 (“打开“浙里办”APP，进入“无偿献血”专区” / “完成实名认证，点击“申领电子献血证”” / “领取成功，电子献血证与纸质《无偿献血证》具有同等效力”) — “具有同等效力” occurs nowhere else**, each box's “第一步 …” label a paragraph of its own; a 咨询 slide (嘉兴市中心血站 0573-82087516). **Every slide, the title slide too, carries two text boxes (not placeholders) named “页脚占位符 4” (“嘉兴市卫生健康委员会　政策解读”) and “灯片编号占位符 5” (an `a:fld type="slidenum"`)**. **Speaker notes on slides 3, 4 and 7 repeat the slides' content** and hold no fact of their own. Core properties: author 医政医管处, last modified by 陆思远, 2026-07-02 / 2026-07-08, revision 12; zip timestamps fixed. |
| `jiaxing-zhengfu-gongbao-2026-7.pdf` | 嘉兴市人民政府公报 2026年第7期（总第186期）, 2026年7月15日, three documents | **An encrypted text PDF: Standard security handler, RC4 128-bit (`/V 2 /R 3`), an owner password and an empty user password — it opens without a password — and `/P -60`: printing allowed, copying, modifying and annotating not**; text in the Adobe-GB1 CID font STSong-Light (not embedded, `UniGB-UCS2-H`), bold faked with text render mode 2; lines broken as print breaks them (`wrap_cjk`). Page 1: the red masthead, the issue line, a red double rule and a 目录 with leaders and page numbers (2, 3, 6), **whose first entry breaks the 文号 over two lines (“…的通知（嘉 / 政办发〔2026〕18号）”)**. Pages 2–6: **a running header “嘉兴市人民政府公报 … 2026年第7期” over a rule and a footer “— n —”, written before the body, so a text reader gets them first on every page**. **Page 5 is the 附件 of the AED 方案: a portrait MediaBox `[0 0 595.27 841.89]` with `/Rotate 90`, its content (header, footer, title, table) drawn turned by 90°, so that it shows as a landscape page; the 任务分工表 is six columns wide (序号 / 重点任务 / 具体内容 / 牵头单位 / 配合单位 / 完成时限), ruled, with cells wrapped inside their column** (pypdfium2 gives each row as one line, a wrapped cell's halves separated by a space: “每校至少配置 1台”). **Page breaks: the 办法's 第七条 breaks inside “金 / 奖2000元” (page 2 → 3), and the 方案's heading “四、资金保障” is the last line of page 3, its paragraph on page 4**; the next document after the landscape page starts on a fresh page. (1) **嘉政办发〔2026〕18号 嘉兴市人民政府办公室关于印发嘉兴市无偿献血者激励和优待办法的通知** (2026-06-25; the final text of the portal's draft): 第二条 献血者及其配偶、父母、子女; **第三条 市卫生健康委员会 组织实施, 嘉兴市中心血站 承担用血费用报销**; **第四条 不足1000毫升 按照献血量的5倍, 1000毫升以上 终身, 配偶、父母、子女 等量**; **第五条 本市 “在出院结算时直接减免 … 无需另行申请”, 市外 “自出院之日起2年内 … 向嘉兴市中心血站申请报销”**; **第六条 累计献血（全血）达到20次 (or 奉献奖、志愿服务奖), 凭《无偿献血证》或者电子献血证: 免费游览 …; 优先挂号、优先就诊、优先取药** (no 诊察费); **第七条 金奖2000元，银奖1500元，铜奖1000元**; 第八条 浙里办 “无偿献血” 专区, 10个工作日; 第九条 责令退回 (no fine); **第十一条 自2026年8月1日起施行，有效期5年**. (2) **嘉政办发〔2026〕21号 嘉兴市人民政府办公室关于印发嘉兴市公共场所自动体外除颤器配置三年行动方案（2026—2028年）的通知** (2026-06-30, no 有效期): 一 **不少于3000台, 每10万人口配置不少于50台**; 二 4分钟, 每月至少巡检1次; 三 每台 至少5名 持证人员; 四 **政府投资 → 同级财政; 其他 → 经营管理单位; 鼓励捐赠 (no per-unit figure)**; 五 每年12月10日前 报进展; 附件 the table (1 交通枢纽 市交通运输局 2026年12月底前; **2 学校 每校至少配置1台 市教育局 (市卫生健康委员会、市财政局) 2027年6月底前**; 3 体育场馆 市体育局 2027年12月底前; **4 养老机构 “床位50张以上的养老机构实现全覆盖” 市民政局 2027年12月底前**; 5 AED地图 市卫生健康委员会 2026年10月底前; 6 培训 5万人次 市红十字会 每年12月底前; 7 年度评估 市卫生健康委员会 2028年12月底前). (3) **嘉交〔2026〕38号 嘉兴市交通运输局 嘉兴市教育局关于2026年暑期市区中小学生免费乘坐城市公交的通知** (2026-06-20): 学生公交卡, 2026年7月1日至8月31日, 6:4, **“本通知自2026年7月1日起施行，有效期至2026年8月31日” — expired, not extended**. |
| `jiaxing-xianxue-youdai-zqyj.html` | 关于公开征求《嘉兴市无偿献血者激励和优待办法（征求意见稿）》意见的公告 (嘉兴市卫生健康委员会, 2026-05-08; no 文号) | A portal page (UTF-8): top bar, header with a search form, nav, breadcrumb (首页 > 政民互动 > 意见征集), **a grid before the title (索引号 002597428/2026-06719, 信息分类, 发布机构, 发布日期, 征集开始 2026-05-08, 征集结束 2026-06-07, 征集状态 “已结束”)**, `<h1>` title, the 公告 (**征求意见时间：2026年5月8日至2026年6月7日**; 电子邮件 wjwyzc_zqyj@jiaxing.gov.cn; 信函 to 嘉兴市南湖区广场路66号 … 医政医管处（邮编314000）; 电话 0573-82039175), signature, then **the draft's full text (第一条 … 第十二条, “本办法自2026年　月　日起施行”) — not in force, and different from the final 办法 in the gazette: 800毫升 / 3倍, “先由本人垫付用血费用”, 1年, 30次, no 电子献血证, 15个工作日, 奖励 1500/1000/500元, and a 第七条 “免收普通门诊诊察费” that the final dropped** (诊察费 occurs in no other file); a .docx 附件 link (not in the corpus), a disabled “我要提意见” button, footer with 浙ICP备. |
| `jiaxing-laonianren-gongjiao-2023.docx` | 嘉兴市交通运输局 嘉兴市财政局 嘉兴市民政局关于调整市区老年人乘坐城市公交优惠政策的通知, 嘉交〔2023〕9号 (2023-01-12) | A python-docx 公文: red 文头 “嘉兴市交通运输局文件” (lead issuer only), the 文号 over a red bottom border, the title, addressee, the items' lead phrases as 黑体 runs of their own, signature, 公开 line, contact (周立群, 0573-82713648), 抄送 and 印发 lines between rules, footer “— PAGE —” (a `fldSimple`); core dates and zip timestamps fixed. Facts: 一 市区 线路, **不含城际公交、旅游专线和定制公交**; 二 **（一）年满65周岁 “凭老年人公交卡免费乘坐城市公交”; （二）年满60周岁不满65周岁 “按照票价5折乘坐城市公交”; （三）“工作日7:00至8:30早高峰时段” 前两项 “一律按照票价5折收费”**; 三 **本市户籍, “持有本市居住证满1年的非本市户籍老年人”**; 四 市民卡服务网点 or 浙里办 “老年人公交卡” 模块, 免收工本费, 每年年审一次; 五 **6:4**; **六 “本通知自2023年2月1日起施行，有效期3年” — which alone would have ended on 2026-01-31; extended by the scan to 2027-12-31**. |
| `jiaxing-gongjiao-yanqi-scan.pdf` | 嘉兴市交通运输局 嘉兴市财政局 嘉兴市民政局关于延长市区老年人乘坐城市公交优惠政策有效期的通知, 嘉交〔2026〕5号 (2026-01-20) | **One image-only page (no text layer: pypdfium2 reads 0 characters), a 150 dpi JPEG (quality 72) drawn over the whole A4 page** (reportlab, `invariant=1`). Drawn with Pillow in Noto Serif CJK SC: red 文头 “嘉兴市交通运输局文件”, 文号, red rule, **the title over three lines (the three issuers / 关于延长市区老年人乘坐城市公交 / 优惠政策有效期的通知)**, addressee, body, **the signature under three semi-transparent red seals**, the 公开 line, an 印发 line between rules; **skewed −0.7°, a grey scanner edge along the top, seeded speckles and grain (`random.Random(1212)`), Gaussian blur 0.6 px**. Facts: **“《…关于调整市区老年人乘坐城市公交优惠政策的通知》（嘉交〔2023〕9号）将于2026年1月31日到期 … 决定将其有效期延长至2027年12月31日，优惠对象、标准和办理方式不变”**; 国家和省 新规定 从其规定; 0573-82713648. **OCR trial** (`rapidocr_onnxruntime` 1.4.4, defaults, on a pypdfium2 render at 150 dpi): 28 boxes; **every printed line came back, in reading order and broken where the print breaks; both 文号 came back with square brackets (“嘉交[2026]5号”, “嘉交[2023]9号”)**, the spaces between the issuers in the titles were lost, the 政策咨询 line lost its final “。”, and the seals gave stray “交通”, “市”, “财”, “市民”, “兴”, “兴”, “政”, “1”. |

All six files are written by `tests/support/make_city12_fixtures.py` (see its docstring), the RTF and the HTML
page as literal text, together with this README and `qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c12-001`…`c12-030`, in the format of `tests/data/city11/qa.jsonl` (same fields, same
order): `id`, `question`, `answer`, `key_facts` (1–3 short strings copied verbatim from a document's
text), `sources` (`doc_number`, `doc_title`; `doc_number` is null for the PPTX 解读 and the 征求意见 page),
`section` (title > section path; for the gazette “嘉兴市人民政府公报 2026年第7期 > title …”), `evidence`
(verbatim; “……” marks a gap, table rows are given as their cells separated by spaces), `type`, `persona`,
`difficulty`, `corpus_file`. Multi-issuer `doc_title`s join issuers with a space, as the documents print them.
Ten questions have two sources: c12-007 and c12-008 (PPTX + gazette's 办法; the PPTX), c12-009 (gazette's
办法 + draft page; the gazette), c12-011 (draft page + gazette's 办法; the page), c12-018 and c12-020…c12-023
(DOCX + scan; the DOCX), c12-019 (scan + DOCX; the scan).

- c12-001, c12-002, c12-005, c12-007…c12-009, c12-012, c12-014, c12-016, c12-018, c12-020…c12-022, c12-024:
  questions from the public in everyday words. **c12-001 an RTF table cell** (小学 低保户: 基本托管
  “低保、特困供养家庭学生免收”; 延时托管 has no such note); **c12-002 a “no” only in the RTF table** (初一,
  晚间托管: “仅限九年级学生”); **c12-005 an RTF `\\u` paragraph** (退费: 按照剩余教学周数, 学期结束后30日内);
  **c12-007 the PPTX table's merged cell** (铜奖: 一次性奖励1000元 in its own row, “每年12月底前统一发放至本人银行
  账户” only in the 金奖 row's merged cell; the draft said 500元); **c12-008 the grouped shape** (电子献血证
  “与纸质《无偿献血证》具有同等效力”, 浙里办 “无偿献血” 专区); **c12-009 draft against final** (“听说要先自己垫钱”:
  the draft's 第五条 says 先垫付, the final's “在出院结算时直接减免 … 无需另行申请”); **c12-012 a figure the
  draft had otherwise** (20次, draft 30次); **c12-014 a place outside the city named in the question** (上海: “在本市
  以外医疗机构” 用血 → 自出院之日起2年内, 嘉兴市中心血站; the draft said 1年); **c12-016 a landscape-table row**
  (80张床位: “床位50张以上的养老机构实现全覆盖”, 2027年12月底前); **c12-018 the extended notice asked as if it had
  lapsed** (66岁: still free — 嘉交〔2023〕9号's 有效期3年 from 2023-02-01 extended by the scan to 2027-12-31 — but
  5折 on 工作日7:00至8:30); c12-020 60–64岁 5折; **c12-021 a “no” from a sub-item** (7点半: 早高峰 5折); c12-022
  the procedure (居住证满1年, 市民卡服务网点 or 浙里办 模块); **c12-024 the expired, not-extended notice asked as if
  current** (开学后: 嘉交〔2026〕38号 “有效期至2026年8月31日”, nothing later).
- c12-003, c12-004, c12-006, c12-010, c12-011, c12-013, c12-015, c12-017, c12-019, c12-023: civil-servant
  questions. **c12-003 an RTF table row** (延时托管 不超过300元, 须先参加基本托管); **c12-004 an RTF `\\u`
  paragraph** (每课时不低于60元, 不纳入绩效工资总量); c12-006 文号, 施行, 有效期 of the RTF notice; **c12-010 a
  figure where draft and final differ** (800毫升: final “不足1000毫升 … 5倍” → 4000毫升; under the draft it would be
  终身); **c12-011 the 征求意见 deadline, answerable from the draft page** (2026年6月7日, the e-mail box; the
  answer adds that the final 办法 is in force); c12-013 the 办法's 组织实施 and 具体工作 bodies (第三条); **c12-015 who
  and when from the landscape table** (学校: 市教育局, 2027年6月底前); c12-017 the 方案's targets; **c12-019 the
  scan** (嘉交〔2026〕5号 extends 嘉交〔2023〕9号 to 2027-12-31; the OCR gives both 文号 with square brackets);
  c12-023 6:4.
- c12-025…c12-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key
  facts, no sources): **c12-025 a neighbouring city** (湖州市's 公交 rule; 湖州 occurs in no file); **c12-026 a figure
  the documents do not give on a topic they cover** (AED 每台补助: the 方案 only says 政府投资 → 同级财政, others →
  经营管理单位, 鼓励捐赠); **c12-027 a rule only the draft had, asked as the current rule** (奉献奖 → 免诊察费: the
  draft's 第七条, dropped by the final; 诊察费 occurs only in the draft page); c12-028 献血 → 休假 (休假 occurs in no
  file); c12-029 课后服务 意外伤害保险 (保险 occurs in no file); c12-030 老年人 出租车 (出租车 occurs in no file;
  the 公交 notice covers 城市公交 only).

Personas: 18 public, 12 civil_servant. Files as `corpus_file`: RTF 6 (table only: 3), PPTX 2 (table 1, group 1),
gazette 9 (办法 5, 方案 3 — landscape table 2 —, 暑期 notice 1), draft page 1, DOCX 5, scan 1, none 6; as a second
source: the gazette's 办法 3, the draft page 1, the scan 5, the DOCX 1. Types: colloquial 1, numeric 6, yesno 5,
multi_hop 2, procedure 3, deadline 1, validity 4, department 2, unanswerable 6. Difficulty: 7 easy, 9 medium,
14 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply:
嘉教基〔2026〕37号 (from 2026-09-01, 有效期5年); the 办法 嘉政办发〔2026〕18号 (from 2026-08-01, 有效期5年), explained
by the PPTX; the 方案 嘉政办发〔2026〕21号 (no 有效期; its AED地图 deadline, 2026年10月底前, has passed);
**嘉交〔2023〕9号, in force by the extension: its own 有效期3年 ended on 2026-01-31, and 嘉交〔2026〕5号 extended it to
2027-12-31**; 嘉交〔2026〕5号 itself. **Not in force: the 征求意见稿 (a draft; its 征求意见 ended on 2026-06-07 and the
final 办法 replaced its text) and 嘉交〔2026〕38号 (有效期至2026年8月31日, not extended).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --corpus tests/data/city12/corpus --qa tests/data/city12/qa.jsonl --out out/city12 --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs a CJK font: `apt-get install fonts-noto-cjk`):

```
python3.11 -m venv /tmp/c12venv && /tmp/c12venv/bin/pip install python-docx python-pptx reportlab Pillow pypdfium2
cd /work/main && PYTHONPATH=. /tmp/c12venv/bin/python tests/support/make_city12_fixtures.py
```

Generation takes about 1.5 s. Two runs give all seven files byte for byte (checked with sha256sum, into two
fresh folders): the DOCX's and the PPTX's zip timestamps and core dates are fixed, the scan's noise is seeded,
both PDFs are written with reportlab's `invariant=1` (the gazette's RC4 key follows from its fixed document ID).
Another Pillow, reportlab, python-docx, python-pptx or font can change the scan, the seals, the picture, the
DOCX and the PPTX.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city11's fields in city11's order, and the ids run
  `c12-001`…`c12-030` in order; the 6 unanswerable lines have `key_facts` [], `sources` [],
  `section`/`evidence`/`corpus_file` null and answers starting “文件中未找到相关规定。”; every other line's
  `corpus_file` is the file of one of its sources; the persona, type and difficulty counts above;
- every key fact occurs in its answer and, with whitespace removed, in the text of one of its sources' files as
  a reader sees it: for the RTF striprtf's text (table cells joined by spaces); for the PPTX the text frames of
  every shape (inside the group too), the table rows and the notes; for the gazette pypdfium2's text of all pages
  (opened without a password); for the draft page the HTML with `<script>`/`<style>` removed, tags removed and
  entities unescaped; for the DOCX its paragraphs; **for the scan the OCR output** of the trial above. Every
  evidence part (“……” splits it) and every `doc_number` and `doc_title` occurs likewise, with these exceptions,
  which are the traps: **the scan's 文号 嘉交〔2026〕5号 occurs in the OCR text only as “嘉交[2026]5号”**
  (c12-018…c12-023), and **c12-019's evidence occurs in the scan's drawn text but not in its OCR text (“嘉交[2023]9号”)**. The words of the unanswerable questions (湖州, 休假, 保险, 出租车, 出租汽车), 上海 and the
  earlier fixtures' cities and provinces occur in no file's text, not in the raw HTML and not in the scan's drawn
  text; 诊察费 occurs only in the draft page;
- the RTF is pure ASCII, its braces balance, it has 5 `\\row`s of 4 `\\cell`s, 159 `\\u` escapes (37 negative);
  the gazette has 6 pages, documents starting on pages 2, 3 and 6 as its 目录 says, page 5 with MediaBox
  `[0 0 595.27 841.89]` and `/Rotate 90` (pypdfium2: size 841.89 × 595.27, rotation 90), the encryption
  dictionary `/Filter /Standard /V 2 /R 3 /Length 128 /P -60`, and pypdfium2's permissions show printing allowed
  and copying not; the PPTX has 8 slides, the footer and slide-number boxes on all 8, notes on 3, a group of 5
  shapes on slide 7 and a table with a merged cell on slide 5; the scan has 1 page and no text layer;
- the gazette's pages 1, 2, 3 and 5, the scan and the 一图读懂 picture were rendered and looked at.

Not checked: how Word, WPS or LibreOffice open the RTF (none was available; the control words were written
from the RTF 1.9 specification as the helper knows it) and whether they show the seal; how PowerPoint or WPS
lay out the deck (the group and the table were placed by python-pptx only, and were not rendered); how Acrobat
treats the encryption; and whether the portal's URLs, the e-mail box and the street address exist (all invented).
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city12 (嘉兴市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR,
                    help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_RTF).write_bytes(make_rtf().encode("ascii"))
    (corpus / F_PPTX).write_bytes(make_pptx())
    info = make_gazette(corpus / F_GAZ)
    (corpus / F_DRAFT).write_text(html_draft(), encoding="utf-8")
    (corpus / F_BUS).write_bytes(make_bus_docx())
    make_scan(corpus / F_SCAN)
    (args.out / "qa.jsonl").write_text(qa_jsonl(), encoding="utf-8")
    readme = args.out / "README.md"
    if not readme.exists():  # (a README extended after a run is not overwritten)
        readme.write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}: gazette {info}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

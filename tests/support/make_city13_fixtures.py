"""Writes the 长治市 (山西省, city13) fixture: tests/data/city13/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs python-docx, lxml, Pillow, reportlab and a CJK font
(Noto Sans/Serif CJK SC, as listed by ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``)::

    python3 -m venv /tmp/c13venv
    /tmp/c13venv/bin/pip install python-docx lxml reportlab Pillow pypdfium2 odfpy
    cd /work/main && PYTHONPATH=. /tmp/c13venv/bin/python tests/support/make_city13_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city13``; the corpus goes to ``DIR/corpus``. Every file is written by
this script; the ODT, the WeChat page and the portal text as literal text, so that their bytes are exact.
The ODT's and the DOCX's zip timestamps and dates are fixed, the fax's skew and noise come from a fixed
seed (``random.Random(1313)``) and the gazette is written with ``invariant=1``, so a rerun gives the same
bytes with the same fonts and library versions. Everything in the documents (文号, 索引号, figures, dates,
people, phone numbers, URL paths, tasks) is invented; the city, its districts and counties, the
departments, the 12345 hotline and the “三晋通” app are real.

- ``changzhi-shilaohua-gaizao-tongzhi.odt``: 长民发〔2026〕31号 (特殊困难老年人家庭适老化改造), **an ODT as
  LibreOffice saves it**: header/footer in styles.xml, a numbered ``text:list``, spans, ``text:s``,
  ``text:tab``, ``text:line-break``, a soft page break, a footnote, **a 补助标准 table whose row-spanning
  and column-spanning cells hold facts found nowhere else**.
- ``changzhi-wugong-jiaotong-butie-xiuding.docx``: 长人社发〔2026〕9号 (春节后来长务工人员一次性交通补贴),
  **a 修订 draft published with its tracked changes unaccepted** (``w:ins``/``w:del``, figures changed
  by revision) and a comment that is no part of the notice; **有效期至2026年6月30日: expired**.
- ``changzhi-jiaoyu-zhaosheng-weixin.html``: 长教发〔2026〕21号 (城区义务教育招生入学) **reposted by the
  “长治教育” WeChat account**, saved from the browser: ``#js_content`` soup, 原创, an image caption holding
  one fact, 阅读原文, the QR footer and scripts.
- ``changzhi-zhengfu-gongbao-2026-4.pdf``: 长治市人民政府公报 2026年第4期, **a two-column text PDF**: the
  临时救助 办法 长政办发〔2026〕7号 (**repeals** 长政办发〔2021〕30号 and the .txt's 长民发〔2023〕27号), the
  社区嵌入式服务设施 方案 长政办发〔2026〕11号 with **a 任务分工表 spanning both columns**, and the 低保标准
  notice 长民发〔2026〕12号 **starting under it, mid-page**.
- ``changzhi-linshi-jiuzhu-tiaozheng-fax.tif``: 长民发〔2026〕58号, **a two-page 1-bit fax (TIFF, G4)** that
  **amends** 第五条 and 第七条 of the 办法 (3倍 → 4倍, 6倍 → 8倍, 1000元 → 2000元).
- ``changzhi-jinanxing-jiuzhu-2023.txt``: 长民发〔2023〕27号, **GB18030 text copied from the portal** (CRLF,
  the menu and 【打印本页】【关闭窗口】 around it); **repealed** by the 办法.
"""

from __future__ import annotations

import argparse
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

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city13"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

F_ODT = "changzhi-shilaohua-gaizao-tongzhi.odt"
F_DOCX = "changzhi-wugong-jiaotong-butie-xiuding.docx"
F_WX = "changzhi-jiaoyu-zhaosheng-weixin.html"
F_GAZ = "changzhi-zhengfu-gongbao-2026-4.pdf"
F_FAX = "changzhi-linshi-jiuzhu-tiaozheng-fax.tif"
F_TXT = "changzhi-jinanxing-jiuzhu-2023.txt"


# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

MZ, CZ = "长治市民政局", "长治市财政局"

SL_NUMBER = "长民发〔2026〕31号"
SL_TITLE = f"{MZ} {CZ}关于做好2026年特殊困难老年人家庭适老化改造工作的通知"

JT_NUMBER = "长人社发〔2026〕9号"
JT_ISSUERS = ["长治市人力资源和社会保障局", CZ]
JT_TITLE = " ".join(JT_ISSUERS) + "关于对2026年春节后来长务工人员给予一次性交通补贴的通知"

ZS_NUMBER = "长教发〔2026〕21号"
ZS_TITLE = "长治市教育局关于做好2026年城区义务教育学校招生入学工作的通知"
WX_TITLE = "2026年城区义务教育招生入学政策发布！适龄儿童家长请收好"

JZ_NUMBER = "长政办发〔2026〕7号"
JZ_RULES = "长治市临时救助实施办法"
JZ_TITLE = f"长治市人民政府办公室关于印发{JZ_RULES}的通知"
OLD_RULES = "长治市临时救助暂行办法"
OLD_NUMBER = "长政办发〔2021〕30号"

QR_NUMBER = "长政办发〔2026〕11号"
QR_PLAN = "长治市城市社区嵌入式服务设施建设实施方案（2026—2027年）"
QR_TITLE = f"长治市人民政府办公室关于印发{QR_PLAN}的通知"
QR_ANNEX = "长治市城市社区嵌入式服务设施建设重点任务分工表"

DB_NUMBER = "长民发〔2026〕12号"
DB_TITLE = f"{MZ} {CZ}关于提高2026年全市城乡最低生活保障标准的通知"

TZ_NUMBER = "长民发〔2026〕58号"
TZ_TITLE = f"{MZ} {CZ}关于调整临时救助标准的通知"

JN_NUMBER = "长民发〔2023〕27号"
JN_TITLE = f"{MZ} {CZ}关于进一步做好急难型临时救助工作的通知"

GAZ_NAME = "长治市人民政府公报"
GAZ_ISSUE = "2026年第4期"
GAZ_TOTAL = "（总第412期）"
GAZ_DATE = "2026年4月10日"

ADDR_GOV = "各县、区人民政府，长治高新区管委会，市直各有关单位："
ADDR_MZ = "各县、区民政局、财政局，长治高新区社会事业局、财政局："
TEL_YL = "0355-2196327"  # 市民政局养老服务科
TEL_JZ = "0355-2196315"  # 市民政局社会救助科
TEL_JY = "0355-2035618"  # 市人社局就业促进科
TEL_JC = "0355-2033526"  # 市教育局基础教育科


# =============================================================================================
# The documents' text
# =============================================================================================

# 1. The ODT notice (长民发〔2026〕31号). The numbers of the list items are drawn by the list style, not
# written in the text, as LibreOffice does.
SL_INTRO = ("为积极应对人口老龄化，改善特殊困难老年人居家生活条件，经市人民政府同意，现就做好2026年特殊困难老年人"
            "家庭适老化改造工作通知如下：")
SL_OBJECT = ("具有本市户籍、年满60周岁，且属于特困供养老年人家庭、最低生活保障家庭或者低保边缘家庭的老年人家庭。同等"
             "条件下，优先安排失能、半失能、高龄（80周岁以上）和独居老年人家庭。")
SL_FOOTNOTE = ("低保边缘家庭，是指家庭人均收入高于当地最低生活保障标准、低于当地最低生活保障标准1.5倍，且家庭财产状况"
               "符合规定的家庭。")
SL_CONTENT_LEAD = "改造内容由县、区民政部门委托的第三方评估机构入户评估后，与老年人家庭共同确定，分为两类："
SL_LIST = [
    "基础类项目（必选）：在卫生间、浴室安装扶手，地面防滑处理，消除门槛高差，配置淋浴椅等；",
    "提升类项目（可选）：安装紧急呼叫设备、烟雾报警器、智能监测设备，配置护理床、助行器等。",
]
SL_TABLE_HEAD = ("改造对象", "补助标准（每户）", "资金分担和拨付")
SL_TABLE_ROWS = [("特困供养老年人家庭", "不超过6000元"), ("最低生活保障家庭", "不超过5000元"),
                 ("低保边缘家庭", "不超过3000元")]
SL_TABLE_SPAN = ("市级财政承担60%，县、区财政承担40%。补助资金在改造完成并经验收合格后直接拨付至施工单位，老年人家庭"
                 "无需垫付。")
SL_TABLE_NOTE = "每户只能享受一次适老化改造补助，超出补助标准的费用由老年人家庭自愿承担。"
SL_APPLY = ("老年人或者其家属于2026年8月31日前向户籍所在地乡镇人民政府（街道办事处）提出申请，也可以通过“三晋通”APP"
            "提交申请。乡镇人民政府（街道办事处）初审后报县、区民政部门审核。")
SL_TIME = "各县、区应当于2026年11月30日前全部完成改造和验收，并将完成情况报市民政局。"
SL_REQ = ("各县、区民政部门要加强对施工单位的监督管理，严禁向老年人家庭推销与改造无关的产品。监督电话："
          f"{TEL_YL}（市民政局养老服务科）。")
SL_DATE = "2026年5月20日"

# 2. The DOCX (长人社发〔2026〕9号): ("", text) as is, ("+", text) inserted, ("-", text) deleted by revision
JT_ADDR = "各县、区人力资源和社会保障局、财政局，长治高新区人力资源部门、财政局，各有关企业："
JT_PARAS: list[list[tuple[str, str]]] = [
    [("", "为帮助企业稳岗扩岗，鼓励外地劳动者春节后来长务工，经市人民政府同意，决定对2026年春节后来长务工人员给予"
          "一次性交通补贴。现将有关事项通知如下：")],
    [("", "一、补贴对象。2026年2月10日至3月31日期间，在本市行政区域内企业新就业或者返岗就业，与企业签订1年以上劳动"
          "合同并在本市参加职工养老保险的非长治市户籍劳动者。")],
    [("", "二、补贴标准。按照劳动者户籍所在地分档给予一次性交通补贴：")],
    [("#TABLE", "")],
    [("", "每名劳动者只能享受一次补贴。"),
     ("+", "脱贫人口（含防止返贫监测对象）在上述标准基础上每人增加200元。")],
    [("", "三、申领程序。用工企业于"), ("-", "2026年4月30日"), ("+", "2026年5月31日"),
     ("", "前，通过“三晋通”APP或者向企业所在地县、区人力资源和社会保障部门统一申报。县、区人力资源和社会保障部门审核"
          "通过后，补贴资金"), ("-", "拨付至用工企业，由企业代为发放"), ("+", "直接发放至劳动者本人社会保障卡"),
     ("", "。")],
    [("", "四、资金来源。所需资金从就业补助资金中列支。")],
    [("", "五、本通知自印发之日起施行，有效期至2026年6月30日。")],
]
JT_TABLE: list[list[list[tuple[str, str]]]] = [
    [[("", "户籍所在地")], [("", "补贴标准")]],
    [[("", "山西省外")], [("", "每人"), ("-", "300"), ("+", "500"), ("", "元")]],
    [[("", "山西省内长治市外")], [("", "每人"), ("-", "200"), ("+", "300"), ("", "元")]],
]
JT_COMMENT = "省外标准是否提高到每人600元，请规划财务科核算资金总量后再定稿。"
JT_SIGN = ["长治市人力资源和社会保障局　　长治市财政局", "2026年2月6日"]
JT_CONTACT = f"（联系人：市人力资源和社会保障局就业促进科李卫东，电话：{TEL_JY}）"

# 3. The WeChat article (长教发〔2026〕21号)
ZS_ADDR = "各县、区教育局，长治高新区社会事业局，市直各学校："
ZS_ITEMS = [
    ("一、招生范围。", "潞州区、上党区、屯留区、潞城区和长治高新区公办义务教育学校实行免试就近入学，公办学校不得以任何"
                     "形式组织考试选拔学生。"),
    ("二、入学年龄。", "小学一年级招收2026年8月31日前年满6周岁（2020年8月31日前出生）的适龄儿童。不足6周岁的儿童，学校"
                     "不得招收。"),
    ("三、随迁子女入学。", "父母一方在本市城区务工或者经商，持有本市有效居住证，并在本市连续缴纳社会保险满6个月的非本市"
                         "户籍适龄儿童少年，由居住地所在县、区教育局统筹安排到公办学校就读，与本市户籍学生享受同等待遇。"),
    ("四、优先保障。", "最低生活保障家庭子女、特困供养儿童、烈士子女和现役军人子女，在学区内优先安排入学。"),
    ("五、报名时间和方式。", "网上报名时间为2026年7月1日至7月10日，家长通过“长治市义务教育招生服务平台”填报信息；现场"
                           "审核时间为7月15日至7月18日；录取结果于8月5日前公布。"),
    ("六、咨询电话。", f"市教育局基础教育科{TEL_JC}；各县、区教育局咨询电话另行公布。"),
]
ZS_CAPTION = "图｜2026年城区义务教育招生时间安排（网上报名平台每日8:00—20:00开放）"
ZS_DATE = "2026年5月28日"

# 4. The gazette: the 临时救助 办法, the 嵌入式服务设施 方案 and the 低保标准 notice
JZ_ARTICLES = [
    "第一条　为规范临时救助工作，发挥临时救助兜底保障作用，根据《社会救助暂行办法》和省有关规定，结合本市实际，"
    "制定本办法。",
    "第二条　本办法所称临时救助，是指对遭遇突发事件、意外伤害、重大疾病或者其他特殊原因导致基本生活陷入困境，其他"
    "社会救助制度暂时无法覆盖或者救助之后基本生活仍有严重困难的家庭或者个人给予的应急性、过渡性救助。",
    "第三条　市民政局负责全市临时救助工作的统筹指导。县、区人民政府负责本行政区域临时救助工作的组织实施，乡镇人民"
    "政府（街道办事处）负责受理申请、调查核实并提出救助意见。市财政局负责临时救助资金保障。",
    "第四条　临时救助分为急难型临时救助和支出型临时救助：",
    "（一）急难型临时救助，对象为因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重"
    "困难、需要立即采取救助措施的家庭或者个人；",
    "（二）支出型临时救助，对象为因教育、医疗等生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的"
    "最低生活保障家庭、特困供养人员和低保边缘家庭。",
    "第五条　临时救助金额按照当地城市月最低生活保障标准的倍数确定：",
    "（一）急难型临时救助，一次救助金额一般不超过当地城市月最低生活保障标准的3倍；",
    "（二）支出型临时救助，一次救助金额一般不超过当地城市月最低生活保障标准的6倍；",
    "（三）情况特别严重的，经县、区民政部门审批，一次救助金额最高不超过当地城市月最低生活保障标准的12倍。",
    "同一家庭或者个人因同一事由12个月内原则上只能申请一次临时救助。",
    "第六条　申请临时救助，由申请人向户籍所在地乡镇人民政府（街道办事处）提出，也可以通过“三晋通”APP“社会救助”"
    "专区在线申请。非本市户籍人员在本市遭遇急难的，可以向急难发生地乡镇人民政府（街道办事处）申请急难型临时救助。",
    "第七条　对急难型临时救助实行先行救助。救助金额在1000元以下的，乡镇人民政府（街道办事处）可以直接先行救助，"
    "并在救助后5个工作日内补齐审批手续。",
    "第八条　乡镇人民政府（街道办事处）应当自受理申请之日起10个工作日内完成调查核实，县、区民政部门应当在5个工作日"
    "内作出审批决定。救助金原则上通过社会保障卡发放至申请人账户。",
    "第九条　最低生活保障家庭、特困供养人员申请临时救助的，不再重复核对家庭经济状况。",
    "第十条　采取虚报、隐瞒、伪造等手段骗取临时救助金的，由县、区民政部门追回，并依法依规追究相关责任。",
    f"第十一条　本办法自2026年4月1日起施行，有效期5年。《{OLD_RULES}》（{OLD_NUMBER}）、《{JN_TITLE.replace(' ', '')}》"
    f"（{JN_NUMBER}）同时废止。",
]
QR_BODY = [
    "为完善城市社区服务功能，推进社区嵌入式服务设施建设，制定本方案。",
    "#HEAD一、工作目标",
    "到2027年底，在潞州区、上党区、屯留区、潞城区和长治高新区建成社区嵌入式服务设施不少于100个，城市社区覆盖率达到"
    "80%以上，基本形成“15分钟社区生活圈”。",
    "#HEAD二、建设内容",
    "每个设施建筑面积原则上不少于500平方米，重点配置托育、老年人日间照料、儿童托管、医疗卫生、文化体育和便民服务等"
    "功能。",
    "#HEAD三、支持政策",
    "市级财政对新建的社区嵌入式服务设施每个补助30万元，对利用既有房屋改建的每个补助15万元。",
    "#HEAD四、组织保障",
    "各县、区人民政府是设施建设的责任主体。各牵头单位于每季度末将工作进展报市发展和改革委员会，市发展和改革委员会"
    "汇总后报市人民政府。",
    "附件：" + QR_ANNEX,
]
QR_HEAD = ("序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限")
QR_ROWS = [
    ("1", "编制布局规划", "结合城市更新编制社区嵌入式服务设施布局规划", "市自然资源和规划局",
     "市住房和城乡建设局、市民政局", "2026年6月底前"),
    ("2", "社区托育服务", "每个设施设置托位不少于20个，普惠托位占比不低于60%", "市卫生健康委员会",
     "市民政局、市教育局", "2027年6月底前"),
    ("3", "老年人日间照料", "每个设施设置日间照料床位不少于10张", "市民政局", "市卫生健康委员会", "2027年6月底前"),
    ("4", "既有房屋改造利用", "盘活闲置国有房屋用于设施建设", "市住房和城乡建设局", "市财政局、市国资委",
     "2026年12月底前"),
    ("5", "资金补助", "新建设施每个补助30万元，改建设施每个补助15万元", "市财政局", "市发展和改革委员会",
     "每年3月底前下达"),
    ("6", "监测评估", "对各县、区建设运营情况开展年度评估", "市发展和改革委员会", "市民政局、市卫生健康委员会",
     "2027年12月底前"),
]
QR_COLS = [26.0, 62.0, 141.0, 88.0, 96.0, 70.0]  # points; the table spans both columns (483 pt)
DB_BODY = [
    "为切实保障困难群众基本生活，经市人民政府同意，自2026年1月1日起，提高全市城乡最低生活保障标准（以下简称低保"
    "标准）。现将有关事项通知如下：",
    "一、低保标准。调整后的低保标准如下：",
    "#TABLE",
    "二、特困人员基本生活标准。特困人员基本生活标准按照不低于当地城市低保标准的1.3倍确定。",
    "三、资金保障。提标所需资金由市、县两级财政按照现行渠道负担。各县、区要于2026年3月底前将提标资金发放到位。",
]
DB_HEAD = ("区域", "城市低保标准", "农村低保标准")
DB_ROWS = [("潞州区、上党区、屯留区、潞城区、长治高新区", "每人每月800元", "每人每月600元"),
           ("襄垣县、平顺县、黎城县、壶关县、长子县、武乡县、沁县、沁源县", "每人每月760元", "每人每月560元")]
DB_COLS = [99.0, 66.0, 66.0]

# (目录 label, title, 文号, signer, date, items); "#ADDR" the addressee, "#HEAD" a heading, "#SIGN" the
# signature, "#OPEN" the 公开 line, "#CAPTION" the title of an attached 办法/方案, "#WIDE" the 任务分工表,
# "#TABLE" the 低保 table (inside a column)
GAZ_DOCS: list[tuple[str, str, str, str, str, list[str]]] = [
    ("市政府办公室文件", JZ_TITLE, JZ_NUMBER, "长治市人民政府办公室", "2026年3月12日", [
        "#ADDR" + ADDR_GOV,
        f"《{JZ_RULES}》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
        "#SIGN",
        "#OPEN（此件公开发布）",
        "#CAPTION" + JZ_RULES,
        *JZ_ARTICLES,
    ]),
    ("市政府办公室文件", QR_TITLE, QR_NUMBER, "长治市人民政府办公室", "2026年3月25日", [
        "#ADDR" + ADDR_GOV,
        f"《{QR_PLAN}》已经市人民政府同意，现印发给你们，请认真组织实施。",
        "#SIGN",
        "#OPEN（此件公开发布）",
        "#CAPTION" + QR_PLAN,
        *QR_BODY,
        "#WIDE",
    ]),
    ("部门文件", DB_TITLE, DB_NUMBER, "长治市民政局　长治市财政局", "2026年2月26日", [
        "#ADDR" + ADDR_MZ,
        *DB_BODY,
        "#SIGN",
    ]),
]

# 5. The fax (长民发〔2026〕58号): page 1 and page 2
TZ_PAGE1 = [
    f"《{JZ_RULES}》（{JZ_NUMBER}印发）自2026年4月1日施行以来，各县、区认真落实临时救助政策，及时解决了一批困难"
    f"群众的急难问题。为进一步提高临时救助水平，经市人民政府同意，现对《{JZ_RULES}》有关条款修改如下：",
    "一、将第五条第（一）项中的“3倍”修改为“4倍”。",
    "二、将第五条第（二）项中的“6倍”修改为“8倍”。",
    "三、将第七条中的“1000元以下”修改为“2000元以下”。",
    "四、各县、区民政部门要会同财政部门及时调整临时救助资金预算安排，确保救助资金足额到位；要及时向社会公布调整后"
    "的临时救助标准，做好政策宣传解读，确保符合条件的困难群众应救尽救。",
]
TZ_PAGE2 = [
    f"五、本通知自2026年10月1日起施行。《{JZ_RULES}》其他条款不变。",
    f"执行中遇到的问题，请及时报市民政局社会救助科（电话：{TEL_JZ}）。",
]
TZ_SIGN = ["长治市民政局　　　长治市财政局", "2026年9月18日"]

# 6. The portal text (长民发〔2023〕27号, repealed by the 办法)
JN_PARAS = [
    "为进一步发挥临时救助应急救难作用，及时解决群众遭遇的急难问题，现就进一步做好急难型临时救助工作通知如下：",
    "一、对因火灾、交通事故、突发重大疾病等原因导致基本生活陷入困境的家庭或者个人，乡镇人民政府（街道办事处）要及时"
    "受理、快速办理。",
    "二、急难型临时救助一次救助金额一般不超过当地城市月最低生活保障标准的2倍。",
    "三、对救助金额在500元以下的，乡镇人民政府（街道办事处）可以直接先行救助，事后补齐审批手续。",
    "四、持有本市居住证的非本市户籍人员在居住地遭遇急难的，可以向居住地乡镇人民政府（街道办事处）申请急难型临时救助。",
    "五、本通知自印发之日起施行，有效期5年。",
]
JN_DATE = "2023年6月15日"


def _zip(members: list[tuple[str, bytes, bool]], when: tuple[int, int, int, int, int, int]) -> bytes:
    """A zip container with one fixed timestamp; (name, data, compress) in order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, compress in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.create_system = 0
            z.writestr(info, data)
    return out.getvalue()


def _fixed_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """An Office file re-zipped with one fixed timestamp (python-docx writes the current time)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        items = [(i.filename, z.read(i.filename), True) for i in z.infolist()]
    return _zip(items, when)


# =============================================================================================
# 1. changzhi-shilaohua-gaizao-tongzhi.odt (as LibreOffice saves it in a 信创 office)
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
    'xmlns:officeooo="http://openoffice.org/2009/office"'
)
ODF_GENERATOR = "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2"


def _x(text: str) -> str:
    return html.escape(text, quote=False)


def _odt_font_decls() -> str:
    faces = [("仿宋_GB2312", "modern", "fixed"), ("黑体", "swiss", "variable"), ("方正小标宋简体", "roman", "variable"),
             ("宋体", "roman", "variable"), ("Times New Roman", "roman", "variable")]
    return "<office:font-face-decls>" + "".join(
        f'<style:font-face style:name="{n}" svg:font-family="&apos;{n}&apos;" style:font-family-generic="{g}" '
        f'style:font-pitch="{p}"/>' for n, g, p in faces) + "</office:font-face-decls>"


def odt_styles() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {ODF_NS} office:version="1.3">'
        + _odt_font_decls()
        + "<office:styles>"
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" '
        'style:punctuation-wrap="hanging" style:line-break="strict" style:writing-mode="page"/>'
        '<style:text-properties style:font-name="Times New Roman" fo:font-size="16pt" fo:language="en" fo:country="US" '
        'style:font-name-asian="仿宋_GB2312" style:font-size-asian="16pt" style:language-asian="zh" style:country-asian="CN"/>'
        "</style:default-style>"
        '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
        '<style:paragraph-properties fo:line-height="28pt" fo:text-align="justify"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
        'style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" '
        'style:class="text"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.6cm" '
        'fo:margin-bottom="0.6cm" fo:line-height="36pt"/><style:text-properties fo:font-size="22pt" '
        'style:font-name-asian="方正小标宋简体" style:font-size-asian="22pt"/></style:style>'
        '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="extra"><style:paragraph-properties fo:border-bottom="0.5pt solid #808080" fo:padding="0.05cm">'
        '<style:tab-stops><style:tab-stop style:position="15.6cm" style:type="right"/></style:tab-stops>'
        '</style:paragraph-properties><style:text-properties fo:font-size="9pt" fo:color="#808080" '
        'style:font-name-asian="宋体" style:font-size-asian="9pt"/></style:style>'
        '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties '
        'fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>'
        '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="extra"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm" '
        'fo:line-height="100%"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>'
        '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center" '
        'fo:line-height="100%"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>'
        '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>'
        '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">'
        '<style:text-properties style:text-position="super 58%"/></style:style>'
        '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
        'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>'
        "</office:styles>"
        "<office:automatic-styles>"
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" '
        'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.7cm" fo:margin-bottom="2.5cm" '
        'fo:margin-left="2.8cm" fo:margin-right="2.6cm" style:writing-mode="lr-tb" style:layout-grid-lines="22" '
        'style:layout-grid-base-height="0.99cm" style:layout-grid-mode="none"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/>'
        "</style:header-style>"
        '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/>'
        "</style:footer-style></style:page-layout>"
        "</office:automatic-styles>"
        "<office:master-styles>"
        '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
        f'<style:header><text:p text:style-name="Header">{_x(SL_NUMBER)}<text:tab/>{MZ}</text:p></style:header>'
        '<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1'
        "</text:page-number> —</text:p></style:footer>"
        "</style:master-page></office:master-styles></office:document-styles>"
    )


def odt_content() -> str:
    auto = (
        "<office:automatic-styles>"
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-top="1cm" fo:line-height="60pt"/>'
        '<style:text-properties fo:color="#e0101e" fo:font-size="40pt" style:font-name-asian="方正小标宋简体" '
        'style:font-size-asian="40pt" fo:letter-spacing="0.1cm"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-top="0.8cm" fo:padding-bottom="0.25cm" '
        'fo:border-bottom="1.5pt solid #e0101e"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="start" fo:text-indent="0cm"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-indent="1.13cm"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="end" fo:margin-right="1.13cm"/></style:style>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-left="0.5cm" fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" '
        'fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000">'
        '<style:tab-stops><style:tab-stop style:position="15cm" style:type="right"/></style:tab-stops>'
        '</style:paragraph-properties><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>'
        "</style:style>"
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Standard" '
        'style:list-style-name="L1"><style:paragraph-properties fo:text-indent="1.13cm"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties style:font-name-asian="黑体"/>'
        "</style:style>"
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold" style:font-name-asian="黑体"/></style:style>'
        '<style:style style:name="表格1" style:family="table"><style:table-properties style:width="15.6cm" '
        'table:align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/></style:style>'
        '<style:style style:name="表格1.A" style:family="table-column"><style:table-column-properties '
        'style:column-width="4.4cm"/></style:style>'
        '<style:style style:name="表格1.B" style:family="table-column"><style:table-column-properties '
        'style:column-width="3.6cm"/></style:style>'
        '<style:style style:name="表格1.C" style:family="table-column"><style:table-column-properties '
        'style:column-width="7.6cm"/></style:style>'
        '<style:style style:name="表格1.A1" style:family="table-cell"><style:table-cell-properties '
        'style:vertical-align="middle" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="（" '
        'style:num-suffix="）" style:num-format="一"><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
        'text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties>'
        "</text:list-level-style-number></text:list-style>"
        "</office:automatic-styles>"
    )

    def item(lead: str, body: str, soft_break: bool = False) -> str:
        sb = "<text:soft-page-break/>" if soft_break else ""
        return f'<text:p text:style-name="P4">{sb}<text:span text:style-name="T1">{_x(lead)}</text:span>{body}</text:p>'

    def cell(text: str, span: str = "", style: str = "Table_20_Contents") -> str:
        return (f'<table:table-cell table:style-name="表格1.A1"{span} office:value-type="string">'
                f'<text:p text:style-name="{style}">{_x(text)}</text:p></table:table-cell>')

    note = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            f'<text:note-body><text:p text:style-name="Footnote">{_x(SL_FOOTNOTE)}</text:p></text:note-body>'
            "</text:note>")
    obj = _x(SL_OBJECT).replace("低保边缘家庭的", "低保边缘家庭" + note + "的", 1)
    head = "".join(f'<table:table-cell table:style-name="表格1.A1" office:value-type="string"><text:p '
                   f'text:style-name="Table_20_Contents"><text:span text:style-name="T2">{_x(h)}</text:span>'
                   "</text:p></table:table-cell>" for h in SL_TABLE_HEAD)
    rows = []
    for k, (who, amount) in enumerate(SL_TABLE_ROWS):
        last = (cell(SL_TABLE_SPAN, ' table:number-rows-spanned="3" table:number-columns-spanned="1"', "P3")
                if k == 0 else "<table:covered-table-cell/>")
        rows.append(f"<table:table-row>{cell(who)}{cell(amount)}{last}</table:table-row>")
    rows.append("<table:table-row>" + cell(SL_TABLE_NOTE, ' table:number-columns-spanned="3"', "P3")
                + "<table:covered-table-cell/><table:covered-table-cell/></table:table-row>")
    table = ('<table:table table:name="表格1" table:style-name="表格1">'
             '<table:table-column table:style-name="表格1.A"/><table:table-column table:style-name="表格1.B"/>'
             '<table:table-column table:style-name="表格1.C"/>'
             f"<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>"
             + "".join(rows) + "</table:table>")
    lst = ('<text:list xml:id="list1" text:style-name="L1">'
           + "".join(f'<text:list-item><text:p text:style-name="P7">{_x(t)}</text:p></text:list-item>' for t in SL_LIST)
           + "</text:list>")
    body = [
        f'<text:p text:style-name="P1">{MZ}文件</text:p>',
        f'<text:p text:style-name="P2">{_x(SL_NUMBER)}</text:p>',
        f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{MZ}<text:s/>{CZ}<text:line-break/>'
        f"{_x(SL_TITLE.split(CZ, 1)[1])}</text:h>",
        f'<text:p text:style-name="P3">{_x(ADDR_MZ)}</text:p>',
        f'<text:p text:style-name="P4">{_x(SL_INTRO)}</text:p>',
        item("一、改造对象。", obj),
        item("二、改造内容。", _x(SL_CONTENT_LEAD)),
        lst,
        item("三、补助标准。", "补助标准和资金分担方式见下表："),
        table,
        item("四、申请程序。", _x(SL_APPLY)),
        item("五、时间安排。", _x(SL_TIME), soft_break=True),
        item("六、工作要求。", _x(SL_REQ)),
        '<text:p text:style-name="Standard"/>',
        f'<text:p text:style-name="P5">{MZ}<text:s text:c="6"/>{CZ}</text:p>',
        f'<text:p text:style-name="P5">{SL_DATE}</text:p>',
        '<text:p text:style-name="P4">（此件主动公开）</text:p>',
        '<text:p text:style-name="Standard"/>',
        '<text:p text:style-name="P6">抄送：市人民政府办公室，各县、区人民政府，长治高新区管委会。</text:p>',
        f'<text:p text:style-name="P6">{MZ}办公室<text:tab/>{SL_DATE}印发</text:p>',
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ODF_NS} office:version="1.3">'
        "<office:scripts/>" + _odt_font_decls() + auto
        + '<office:body><office:text><text:sequence-decls>'
        '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
        '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
        '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
        '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
        "</text:sequence-decls>"
        + "".join(body) + "</office:text></office:body></office:document-content>"
    )


def odt_meta() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {ODF_NS} office:version="1.3"><office:meta>'
        "<meta:creation-date>2026-05-18T09:12:37.418000000</meta:creation-date>"
        f"<dc:title>{_x(SL_TITLE)}</dc:title>"
        "<meta:initial-creator>郭晓燕</meta:initial-creator><dc:creator>郭晓燕</dc:creator>"
        "<dc:date>2026-05-20T16:45:03.902000000</dc:date>"
        "<meta:editing-cycles>7</meta:editing-cycles><meta:editing-duration>PT2H31M12S</meta:editing-duration>"
        f"<meta:generator>{ODF_GENERATOR}</meta:generator>"
        '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
        'meta:page-count="2" meta:paragraph-count="31" meta:word-count="1034" meta:character-count="1187" '
        'meta:non-whitespace-character-count="1180"/>'
        "</office:meta></office:document-meta>"
    )


def odt_settings() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3"><office:settings>'
        '<config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item config:name="ViewAreaTop" config:type="long">0</config:config-item>'
        '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
        "</config:config-item-set>"
        '<config:config-item-set config:name="ooo:configuration-settings">'
        '<config:config-item config:name="PrinterName" config:type="string">Pantum M7160DW</config:config-item>'
        "</config:config-item-set></office:settings></office:document-settings>"
    )


def make_odt() -> bytes:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\n'
        ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
        ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
        "</manifest:manifest>\n"
    )
    members = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", False),
        ("settings.xml", odt_settings().encode("utf-8"), True),
        ("content.xml", odt_content().encode("utf-8"), True),
        ("meta.xml", odt_meta().encode("utf-8"), True),
        ("styles.xml", odt_styles().encode("utf-8"), True),
        ("META-INF/manifest.xml", manifest.encode("utf-8"), True),
    ]
    return _zip(members, (2026, 5, 20, 16, 45, 4))


# =============================================================================================
# 2. changzhi-wugong-jiaotong-butie-xiuding.docx (a 修订 draft: tracked changes and a comment)
# =============================================================================================

REV_AUTHOR = "李卫东"
REV_DATE = "2026-02-05T16:32:00Z"


def _rev_runs(segments: list[tuple[str, str]], rid: list[int], rpr: str = "") -> str:
    """The runs of a paragraph with tracked changes: inserted text in w:ins, deleted text in w:del/w:delText."""
    out = []
    for kind, text in segments:
        t = html.escape(text, quote=False)
        if kind == "":
            out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>')
        elif kind == "+":
            rid[0] += 1
            out.append(f'<w:ins w:id="{rid[0]}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r>{rpr}'
                       f'<w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
        else:
            rid[0] += 1
            out.append(f'<w:del w:id="{rid[0]}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r>{rpr}'
                       f'<w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
    return "".join(out)


def make_docx() -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.title = JT_TITLE
    cp.author = "就业促进科"
    cp.created = datetime.datetime(2026, 2, 3, 9, 40, 0)
    cp.modified = datetime.datetime(2026, 2, 6, 11, 5, 0)
    cp.last_modified_by = REV_AUTHOR
    cp.revision = 9
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    rid = [100]

    def fmt(p, indent: bool = True, align=None) -> None:
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if align is not None:
            p.alignment = align

    def para(text: str, indent: bool = True, align=None, size: float | None = None, font: str | None = None,
             red: bool = False):
        p = d.add_paragraph()
        fmt(p, indent, align)
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        if font:
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if red:
            r.font.color.rgb = RGBColor(0xE0, 0x10, 0x1E)
        return p

    def rev_para(segments: list[tuple[str, str]]):
        p = d.add_paragraph()
        fmt(p)
        first = segments[0][1]
        if segments[0][0] == "" and first[1:2] == "、":  # the item's lead phrase in 黑体, a run of its own
            k = first.index("。") + 1
            p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>'
                                  f'<w:t xml:space="preserve">{html.escape(first[:k], quote=False)}</w:t></w:r>'))
            segments = [("", first[k:]), *segments[1:]]
        for el in parse_xml(f'<w:p xmlns:w="{W_NS}">{_rev_runs(segments, rid)}</w:p>'):
            p._p.append(el)
        return p

    head = para("长治市人力资源和社会保障局文件", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=36,
                font="方正小标宋简体", red=True)
    head.paragraph_format.space_before = Pt(36)
    head.paragraph_format.line_spacing = Pt(60)
    n = para(JT_NUMBER, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    n.paragraph_format.space_before = Pt(24)
    n._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr xmlns:w="{W_NS}"><w:bottom w:val="single" w:sz="18" w:space="8" w:color="E0101E"/></w:pBdr>'))
    t = para(JT_TITLE, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, font="方正小标宋简体")
    t.paragraph_format.space_before = Pt(24)
    t.paragraph_format.space_after = Pt(24)
    t.paragraph_format.line_spacing = Pt(36)
    para(JT_ADDR, indent=False)
    std_para = None
    for segs in JT_PARAS:
        if segs[0][0] == "#TABLE":
            table = d.add_table(rows=len(JT_TABLE), cols=2)
            table.style = d.styles["Table Grid"]
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(JT_TABLE):
                for j, cell_segs in enumerate(row):
                    cp_ = table.cell(r, j).paragraphs[0]
                    cp_.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    rpr = '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>' if r == 0 else ""
                    for el in parse_xml(f'<w:p xmlns:w="{W_NS}">{_rev_runs(cell_segs, rid, rpr)}</w:p>'):
                        cp_._p.append(el)
            continue
        p = rev_para(segs)
        if segs[0][1].startswith("二、补贴标准"):
            std_para = p
    para("")
    for text in JT_SIGN:
        p = para(text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(32)
    para("（此件主动公开）")
    para(JT_CONTACT)
    para("")
    cc = para("抄送：市人民政府办公室，各县、区人民政府，长治高新区管委会。", indent=False, size=14)
    cc.paragraph_format.left_indent = Pt(14)
    cc._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr xmlns:w="{W_NS}"><w:top w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'))
    pr = para("长治市人力资源和社会保障局办公室　　　　　　2026年2月6日印发", indent=False, size=14)
    pr.paragraph_format.left_indent = Pt(14)
    # the comment on the 补贴标准 lead phrase (a reviewer's note, no part of the notice)
    assert std_para is not None
    lead = [r for r in std_para.runs if r.text.startswith("二、")]
    c = d.add_comment(lead, text=JT_COMMENT, author="赵建平", initials="赵")
    c._comment_elm.set(qn("w:date"), "2026-02-05T09:14:00Z")
    # saved with 修订 on, as the draft was circulated
    track = parse_xml(f'<w:trackRevisions xmlns:w="{W_NS}"/>')
    tab_stop = d.settings.element.find(qn("w:defaultTabStop"))
    if tab_stop is not None:
        tab_stop.addprevious(track)
    else:
        d.settings.element.append(track)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fp._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.add_run(" —")
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue(), (2026, 2, 6, 11, 5, 0))


# =============================================================================================
# 3. changzhi-jiaoyu-zhaosheng-weixin.html (a WeChat article saved from the browser)
# =============================================================================================

WX_ACCOUNT = "长治教育"
WX_BIZ = "MzA5NjQ3ODUyMw=="
WX_URL = ("https://mp.weixin.qq.com/s?__biz=MzA5NjQ3ODUyMw==&amp;mid=2651873306&amp;idx=1&amp;sn="
          "5c0f3a9d2e7b41c8a6f0d9e2b3c4a517&amp;chksm=8b4a0c2fbc3d8539")
WX_SOURCE = "https://www.changzhi.gov.cn/zfxxgk/zc/qtwj/202605/t20260528_2716489.shtml"
WX_IMG = ("https://mmbiz.qpic.cn/mmbiz_png/Qx7vN3kPcLdZbE2aHf9Rg1tWm5YsUoJ0iVnK8eTq4Ay6XwCzD2lMbS/640"
          "?wx_fmt=png&amp;from=appmsg")
WX_QR = "https://mmbiz.qpic.cn/mmbiz_jpg/Qx7vN3kPcLdZbE2aHf9Rg1tWm5YsUoJ0qrcode8eTq4Ay6XwCz/640?wx_fmt=jpeg"


def _wx_span(text: str, style: str = "font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);") -> str:
    return f'<span style="{style}"><span leaf="">{_x(text)}</span></span>'


def _wx_item(lead: str, body: str) -> str:
    """One item of the notice as the 135editor/秀米 soup nests it: the lead phrase bold and blue, the body
    split into spans wherever the editor changed a style (digits in a span of their own)."""
    parts = []
    buf = ""
    for ch in body:
        if buf and (ch.isdigit() != buf[-1].isdigit()):
            parts.append(buf)
            buf = ""
        buf += ch
    parts.append(buf)
    spans = "".join(_wx_span(p, "font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);"
                               + ("font-family: Optima-Regular, PingFangTC-light;" if p[:1].isdigit() else ""))
                    for p in parts)
    return (
        '<section style="margin: 0px 8px 16px;box-sizing: border-box;"><section style="box-sizing: border-box;'
        'line-height: 1.75em;text-align: justify;"><p style="text-indent: 2em;margin-bottom: 0px;">'
        f'<strong><span style="font-size: 15px;color: rgb(0, 112, 192);letter-spacing: 1px;"><span leaf="">'
        f"{_x(lead)}</span></span></strong>{spans}</p></section></section>"
    )


def html_wechat() -> str:
    intro = (f"近日，长治市教育局印发《{ZS_TITLE}》（{ZS_NUMBER}），对今年城区义务教育学校招生入学工作作出安排。"
             "小编为您梳理如下，请家长们收藏转发！")
    items = "\n".join(_wx_item(lead, body) for lead, body in ZS_ITEMS)
    return f"""<!DOCTYPE html>
<html class=""><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="{WX_TITLE}">
<meta property="og:url" content="{WX_URL}">
<meta property="og:image" content="{WX_IMG}">
<meta property="og:description" content="城区义务教育招生入学政策来了">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<title>{WX_TITLE}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.d1f3c8a2.css">
<script type="text/javascript" nonce="1873306521">
var __INLINE_SCRIPT__ = {{}};
window.logs = {{ pagetime: {{}} }};
window.__ajaxTest = "0";
var write_sceen_time = (+new Date());
window.__second_open__ = false;
</script>
<style>
.rich_media_title {{ font-size: 22px; line-height: 1.4; margin-bottom: 14px; }}
.rich_media_meta_list {{ margin-bottom: 22px; line-height: 20px; font-size: 15px; }}
.rich_media_content {{ overflow: hidden; color: rgba(0,0,0,0.9); font-size: 17px; }}
.qr_code_pc {{ position: absolute; left: 100%; top: 0; width: 140px; padding: 16px; }}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default" ontouchstart="">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{WX_TITLE}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_title_tag weui-flex">原创</span>
<span class="rich_media_meta rich_media_meta_text">基础教育科</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{WX_ACCOUNT}</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年5月28日 18:30</em></span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp"><span id="js_ip_wording">山西</span></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="box-sizing: border-box;font-style: normal;font-weight: 400;text-align: justify;font-size: 16px;"><section style="margin: 10px 0px;box-sizing: border-box;"><section style="display: inline-block;width: 100%;vertical-align: top;border-width: 0px;box-sizing: border-box;"><section style="margin: 0px 8px 20px;box-sizing: border-box;"><section style="line-height: 1.75em;text-align: justify;box-sizing: border-box;"><p style="text-indent: 2em;">{_wx_span(intro)}</p></section></section></section></section>
<section style="margin: 10px 0px 20px;text-align: center;box-sizing: border-box;"><section style="display: inline-block;padding: 4px 18px;background-color: rgb(0, 112, 192);border-radius: 15px;box-sizing: border-box;"><p style="color: rgb(255, 255, 255);font-size: 16px;letter-spacing: 2px;"><strong><span leaf="">政策原文</span></strong></p></section></section>
<section style="margin: 0px 8px 10px;text-align: center;box-sizing: border-box;"><p><strong>{_wx_span(ZS_TITLE, "font-size: 16px;color: rgb(0, 0, 0);")}</strong></p><p>{_wx_span(ZS_NUMBER, "font-size: 15px;color: rgb(136, 136, 136);")}</p></section>
<section style="margin: 0px 8px 10px;box-sizing: border-box;"><p>{_wx_span(ZS_ADDR)}</p></section>
{items}
<section style="margin: 0px 8px 10px;text-align: right;box-sizing: border-box;"><p>{_wx_span("长治市教育局")}</p><p>{_wx_span(ZS_DATE)}</p></section>
<section style="margin: 24px 0px 8px;text-align: center;line-height: 0;box-sizing: border-box;"><section style="vertical-align: middle;display: inline-block;line-height: 0;width: 100%;box-sizing: border-box;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-s="300,640" data-src="{WX_IMG}" data-type="png" data-w="1080" style="vertical-align: middle;width: 100%;box-sizing: border-box;" data-imgfileid="100041827" alt="图片"></section></section>
<section style="margin: 0px 0px 24px;text-align: center;box-sizing: border-box;"><p style="font-size: 12px;color: rgb(136, 136, 136);"><span leaf="">{_x(ZS_CAPTION)}</span></p></section>
<section style="margin: 30px 8px 0px;box-sizing: border-box;"><p style="font-size: 13px;color: rgb(136, 136, 136);"><span leaf="">来源：长治市教育局</span></p><p style="font-size: 13px;color: rgb(136, 136, 136);"><span leaf="">编辑：王晓琳｜审核：牛建军</span></p></section>
<section style="margin: 30px 0px 0px;text-align: center;box-sizing: border-box;"><section style="display: inline-block;width: 40%;box-sizing: border-box;"><img class="rich_pages wxw-img" data-ratio="1" data-src="{WX_QR}" data-type="jpeg" data-w="430" style="width: 100%;" alt="图片"></section><p style="font-size: 13px;color: rgb(0, 112, 192);letter-spacing: 1px;"><span leaf="">长按识别二维码</span></p><p style="font-size: 13px;color: rgb(0, 112, 192);letter-spacing: 1px;"><span leaf="">关注“长治教育”</span></p><p style="font-size: 12px;color: rgb(136, 136, 136);"><span leaf="">分享｜收藏｜点赞｜在看</span></p></section>
</section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<script type="text/javascript" nonce="1873306521">
var first_sceen__time = (+new Date());
if ("" == 1 && document.getElementById('js_content')) {{
  document.getElementById('js_content').addEventListener("selectstart",function(e){{ e.preventDefault(); }});
}}
</script>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;"></div>
<div class="rich_media_tool_area" id="js_toobar3"><div class="rich_media_tool">
<a id="js_view_source" class="media_tool_meta meta_primary" href="{WX_SOURCE}">阅读原文</a>
<div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary" style="display:none;">阅读 <span id="readNum3"></span></div>
</div></div>
<div class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102&amp;__biz={WX_BIZ}">
<p>微信扫一扫<br>关注该公众号</p>
</div></div></div>
</div>
</div>
</div>
</div>
</div>
<script type="text/javascript" nonce="1873306521">
var biz = "{WX_BIZ}" || "";
var sn = "5c0f3a9d2e7b41c8a6f0d9e2b3c4a517" || "";
var mid = "2651873306" || "";
var idx = "1" || "";
var nickname = htmlDecode("{WX_ACCOUNT}");
var msg_title = '{WX_TITLE}'.html(false);
var msg_desc = htmlDecode("城区义务教育招生入学政策来了");
var msg_link = "{WX_URL}";
var ct = "1780050600";
var publish_time = "2026-05-28" || "";
var copyright_stat = "1";
var source_url = "{WX_SOURCE}";
var appmsg_type = "9";
var user_name = "gh_8c3f5a2d41b7";
var round_head_img = "http://mmbiz.qpic.cn/mmbiz_png/Qx7vN3kPcLdZbE2aHf9Rg1tWm5Ys/0?wx_fmt=png";
var ori_head_img_url = "http://wx.qlogo.cn/mmhead/Q3auHgzwzM5iaLbE2aHf9Rg1tWm5Ys/132";
window.__appmsgCgiData = {{ nick_name: nickname, title: msg_title, biz: biz, ip_wording: {{ province_name: "山西" }} }};
</script>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.8b2c1f04.js" nonce="1873306521"></script>
<script type="text/javascript" nonce="1873306521">
(function(){{ var el = document.getElementById("js_content"); if (el) {{ el.style.visibility = "visible"; }} }})();
</script>
</body></html>
"""


# =============================================================================================
# 4. changzhi-zhengfu-gongbao-2026-4.pdf (a gazette set in two columns; one table spans both)
# =============================================================================================

PW, PH = 595.27, 841.89
G_LEFT, G_RIGHT = 56.0, 539.0
G_GAP = 19.0
G_COL = (G_RIGHT - G_LEFT - G_GAP) / 2
G_TOP, G_BOTTOM = 772.0, 66.0
G_FONT = "STSong-Light"
G_BODY = 10.0
G_PITCH = {"label": 22.0, "gap": 14.0, "title": 19.0, "number": 19.0, "body": 16.0, "head": 17.0, "sign": 16.0,
           "open": 18.0, "caption": 20.0}
G_TSIZE = 12.5  # title
G_CSIZE = 11.5  # caption
G_CELL = 9.0
G_CELL_LEAD = 12.0
RED = (0.78, 0.08, 0.12)


def _w(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, G_FONT, size)


def _cell_lines(row: tuple[str, ...], cols: list[float]) -> list[list[str]]:
    return [wrap_cjk(cell, lambda t: _w(t, G_CELL), cw - 6) for cw, cell in zip(cols, row, strict=True)]


def _table_height(rows: list[tuple[str, ...]], cols: list[float]) -> float:
    return sum(max(len(c) for c in _cell_lines(row, cols)) * G_CELL_LEAD + 7 for row in rows)


WIDE_HEAD = 44.0  # "附件" and the table's title above the 任务分工表


def gazette_flow() -> list[tuple[int, str, object, float]]:
    """The gazette's content after the cover: (document index, kind, text or rows, height)."""
    out: list[tuple[int, str, object, float]] = []
    prev = ""
    col = G_COL
    for n, (label, title, number, signer, date, items) in enumerate(GAZ_DOCS):
        if label != prev:
            out.append((n, "label", f"【{label}】", G_PITCH["label"]))
            prev = label
        else:
            out.append((n, "gap", "", G_PITCH["gap"]))
        tw = col - 10
        lines = wrap_cjk(title, lambda t: _w(t, G_TSIZE), tw)
        while len(lines[-1]) < 4:  # no title ends with a line of a character or two
            tw -= G_TSIZE
            lines = wrap_cjk(title, lambda t: _w(t, G_TSIZE), tw)
        out += [(n, "title", t, G_PITCH["title"]) for t in lines]
        out.append((n, "number", number, G_PITCH["number"]))
        for item in items:
            if item.startswith("#ADDR"):
                out += [(n, "body", t, G_PITCH["body"]) for t in wrap_cjk(item[5:], lambda t: _w(t, G_BODY), col)]
            elif item.startswith("#HEAD"):
                out.append((n, "head", "　　" + item[5:], G_PITCH["head"]))
            elif item == "#SIGN":
                out += [(n, "sign", signer, G_PITCH["sign"]), (n, "sign", date, G_PITCH["sign"])]
            elif item.startswith("#OPEN"):
                out.append((n, "open", "　　" + item[5:], G_PITCH["open"]))
            elif item.startswith("#CAPTION"):
                out += [(n, "caption", t, G_PITCH["caption"]) for t in wrap_cjk(item[8:], lambda t: _w(t, G_CSIZE),
                                                                                 col - 10)]
            elif item == "#WIDE":
                rows = [QR_HEAD, *QR_ROWS]
                out.append((n, "wide", rows, WIDE_HEAD + _table_height(rows, QR_COLS)))
            elif item == "#TABLE":
                rows = [DB_HEAD, *DB_ROWS]
                out.append((n, "table", rows, _table_height(rows, DB_COLS) + 8))
            else:
                out += [(n, "body", t, G_PITCH["body"]) for t in wrap_cjk("　　" + item, lambda t: _w(t, G_BODY), col)]
    return out


def gazette_pages() -> tuple[list[list[dict]], list[int]]:
    """Pages (from page 2) as lists of bands: {"kind": "cols", "top", "cols": [left, right]} or {"kind":
    "wide", "top", "item"}; a title keeps its 文号 and two lines with it, a signature stays whole; before the
    wide table the text above it on its page is balanced over the two columns."""
    flow = gazette_flow()
    pages: list[list[dict]] = []
    starts: list[int] = []
    state = {"col": 0, "y": G_TOP}

    def new_page() -> None:
        pages.append([{"kind": "cols", "top": G_TOP, "cols": [[], []]}])
        state["col"], state["y"] = 0, G_TOP

    def band() -> dict:
        return pages[-1][-1]

    new_page()
    k = 0
    while k < len(flow):
        n, kind, _t, _h = flow[k]
        if kind == "wide":
            item = flow[k]
            b = band()
            items = b["cols"][0] + b["cols"][1]
            hs = [it[3] for it in items]
            best = (sum(hs), len(items))
            for j in range(len(items) + 1):
                m = max(sum(hs[:j]), sum(hs[j:]))
                if m < best[0] or (m == best[0] and j < best[1]):
                    best = (m, j)
            bottom = b["top"] - best[0]
            if bottom - 8 - item[3] >= G_BOTTOM:
                b["cols"] = [items[:best[1]], items[best[1]:]]
                y = bottom - 8 if items else b["top"]
            else:
                new_page()
                y = G_TOP
            pages[-1].append({"kind": "wide", "top": y, "item": item})
            y -= item[3] + 12
            pages[-1].append({"kind": "cols", "top": y, "cols": [[], []]})
            state["col"], state["y"] = 0, y
            k += 1
            continue
        group = [flow[k]]
        if kind in ("label", "gap"):
            j = k + 1
            while j < len(flow) and flow[j][1] in ("title", "number"):
                j += 1
            group = flow[k:j + 2]
        elif kind == "sign":
            group = flow[k:k + 2]
        h = sum(g[3] for g in group)
        if state["y"] - h < G_BOTTOM:
            if state["col"] == 0:
                state["col"], state["y"] = 1, band()["top"]
            else:
                new_page()
        b = band()
        if not b["cols"][state["col"]] and group[0][1] == "gap":
            group = group[1:]
            h -= G_PITCH["gap"]
        if len(starts) == n and kind in ("label", "gap"):
            starts.append(len(pages) + 1)
        b["cols"][state["col"]] += group
        state["y"] -= h
        k += len(group)
    return pages, starts


def _text(c, x: float, y: float, text: str, size: float, bold: bool = False, color=(0, 0, 0)) -> None:
    c.saveState()  # (the text render mode is graphics state: it would outlive the text object)
    t = c.beginText()
    t.setTextOrigin(x, y)
    t.setFont(G_FONT, size)
    if bold:  # the CID font has no bold face: fill and stroke, as converters do
        t.setTextRenderMode(2)
        c.setLineWidth(0.3)
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def _draw_table(c, x0: float, y: float, rows: list[tuple[str, ...]], cols: list[float]) -> None:
    tw = sum(cols)
    for r, row in enumerate(rows):
        cells = _cell_lines(row, cols)
        h = max(len(x) for x in cells) * G_CELL_LEAD + 7
        c.setLineWidth(0.7 if r == 0 else 0.45)
        c.rect(x0, y - h, tw, h)
        cx = x0
        for cw, lines in zip(cols, cells, strict=True):
            c.line(cx, y, cx, y - h)
            top = y - (h - len(lines) * G_CELL_LEAD) / 2 - G_CELL + 1
            for j, line in enumerate(lines):
                lx = cx + (cw - _w(line, G_CELL)) / 2 if len(lines) == 1 else cx + 3
                _text(c, lx, top - j * G_CELL_LEAD, line, G_CELL, bold=r == 0)
            cx += cw
        y -= h


def _draw_column(c, x: float, y: float, items: list) -> float:
    for _n, kind, text, h in items:
        if kind == "table":
            _draw_table(c, x, y - 4, text, DB_COLS)
            y -= h
            continue
        y -= h
        base = y + 4.5
        if kind == "label":
            _text(c, x, base, text, 11, bold=True)
        elif kind == "title":
            _text(c, x + (G_COL - _w(text, G_TSIZE)) / 2, base, text, G_TSIZE, bold=True)
        elif kind == "number":
            _text(c, x + (G_COL - _w(text, G_BODY)) / 2, base + 3, text, G_BODY)
        elif kind == "caption":
            _text(c, x + (G_COL - _w(text, G_CSIZE)) / 2, base, text, G_CSIZE, bold=True)
        elif kind == "sign":
            _text(c, x + G_COL - 20 - _w(text, G_BODY), base, text, G_BODY)
        elif kind == "head":
            _text(c, x, base, text, G_BODY, bold=True)
        elif kind in ("body", "open"):
            _text(c, x, base, text, G_BODY)
    return y


def make_gazette(path: Path) -> dict[str, object]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(G_FONT))
    pages, starts = gazette_pages()
    c = canvas.Canvas(str(path), pagesize=(PW, PH), invariant=1)
    c.setTitle(f"{GAZ_NAME}{GAZ_ISSUE}")
    c.setAuthor("长治市人民政府办公室")
    c.setSubject("政府公报")
    c.setCreator("方正飞腾 FounderFIT 6.1")
    c.setProducer("Founder PDF Library 8.0")
    mid = PW / 2
    # page 1: masthead, issue line, red double rule, 目录 (one column)
    _text(c, mid - _w(GAZ_NAME, 36) / 2, 730, GAZ_NAME, 36, bold=True, color=RED)
    issue = f"{GAZ_ISSUE}{GAZ_TOTAL}"
    _text(c, mid - _w(issue, 14) / 2, 690, issue, 14)
    sub = f"长治市人民政府办公室主办　　{GAZ_DATE}出版"
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
        lines = wrap_cjk(f"{title}（{number}）", lambda t: _w(t, 11.5), G_RIGHT - G_LEFT - 70)
        for j, line in enumerate(lines):
            _text(c, G_LEFT + 24, y, line, 11.5)
            if j == len(lines) - 1:
                x1 = G_LEFT + 24 + _w(line, 11.5) + 4
                dots = "…" * int((G_RIGHT - 20 - x1) / _w("…", 11.5))
                _text(c, x1, y, dots, 11.5)
                _text(c, G_RIGHT - _w(str(starts[n]), 11.5), y, str(starts[n]), 11.5)
            y -= 20
        y -= 8
    _text(c, G_LEFT, 96, "长治市人民政府公报编辑部编辑　　地址：长治市潞州区英雄中路", 9)
    _text(c, G_LEFT, 82, "内部资料　免费交流　　准印证号：晋内资准字（D）第0427号", 9)
    c.showPage()
    layout: list[dict[str, object]] = []
    for pno, bands in enumerate(pages, start=2):
        # the running header and the page number (the master page, written first)
        _text(c, G_LEFT, 800, GAZ_NAME, 9)
        _text(c, G_RIGHT - _w(GAZ_ISSUE, 9), 800, GAZ_ISSUE, 9)
        c.setLineWidth(0.6)
        c.line(G_LEFT, 794, G_RIGHT, 794)
        foot = f"· {pno} ·"
        _text(c, mid - _w(foot, 10) / 2, 40, foot, 10)
        for b in bands:
            if b["kind"] == "wide":
                _n, _k, rows, h = b["item"]
                top = b["top"]
                _text(c, G_LEFT, top - 14, "附件", 11, bold=True)
                _text(c, mid - _w(QR_ANNEX, 13) / 2, top - 34, QR_ANNEX, 13, bold=True)
                _draw_table(c, G_LEFT, top - WIDE_HEAD, rows, QR_COLS)
                layout.append({"page": pno, "wide": [round(top), round(top - h)]})
                continue
            left, right = b["cols"]
            if not left and not right:
                continue
            y1 = _draw_column(c, G_LEFT, b["top"], left)
            y2 = _draw_column(c, G_LEFT + G_COL + G_GAP, b["top"], right)
            xr = G_LEFT + G_COL + G_GAP / 2
            c.setLineWidth(0.4)
            c.line(xr, b["top"] - 2, xr, min(y1, y2) + 2)
            layout.append({"page": pno, "cols": [len(left), len(right)], "top": round(b["top"])})
        c.showPage()
    c.save()
    return {"pages": len(pages) + 1, "starts": starts, "bands": layout}


# =============================================================================================
# 5. changzhi-linshi-jiuzhu-tiaozheng-fax.tif (a two-page fax: 200 dpi, 1 bit, G4)
# =============================================================================================

FAX_W, FAX_H = 1654, 2339  # A4 at 200 dpi
FAX_MARGIN = 206
FAX_BODY_PX = 44
FAX_LINE = 80
FAX_BOTTOM = FAX_H - 276  # 35 mm, as GB/T 9704 sets it
FAX_SKEW = (-0.4, 0.35)  # degrees, page 1 and page 2
FAX_HEADER = "2026-09-18 10:21    FROM: 0355-2196315 长治市民政局社会救助科    TO: 各县区民政局    P.{}/2"


def seal_image(ring: str, px: int):
    """A round seal (ring, star, the issuer's name along the ring) as an L mask, 255 = ink."""
    from PIL import Image, ImageDraw, ImageFont

    font_path, index = cjk_face(bold=True)
    mask = Image.new("L", (px, px), 0)
    d = ImageDraw.Draw(mask)
    c = px / 2
    rad = px / 2 - 6
    u = px / 400
    d.ellipse((c - rad, c - rad, c + rad, c + rad), outline=255, width=max(2, round(11 * u)))
    pts = []
    for k in range(10):
        r = (56 if k % 2 == 0 else 22) * u
        a = math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(pts, fill=255)
    fs = round(46 * u)
    font = ImageFont.truetype(font_path, fs, index=index)
    for k, ch in enumerate(ring):
        a = math.radians(210 - k * (240 / (len(ring) - 1)))
        gx, gy = c + (rad - fs * 0.95) * math.cos(a), c - (rad - fs * 0.95) * math.sin(a)
        g = Image.new("L", (fs + 16, fs + 16), 0)
        ImageDraw.Draw(g).text((8, 2), ch, font=font, fill=255)
        g = g.rotate(math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        mask.paste(255, (int(gx - g.width / 2), int(gy - g.height / 2)), g)
    return mask


def fax_lines() -> list[list[tuple[str, str]]]:
    """The fax's lines as (kind, text), page by page: the paragraphs flow over the page break."""
    from PIL import ImageFont

    path, index = cjk_face(serif=True)
    body = ImageFont.truetype(path, FAX_BODY_PX, index=index)
    w = FAX_W - 2 * FAX_MARGIN
    head: list[tuple[str, str]] = [("head", f"{MZ}文件"), ("number", TZ_NUMBER), ("title", f"{MZ}　{CZ}"),
                                   ("title", "关于调整临时救助标准的通知")]
    flow: list[tuple[str, str, int]] = [("body", t, 1) for t in wrap_cjk(ADDR_MZ, body.getlength, w)]
    for p in TZ_PAGE1 + TZ_PAGE2:
        para = wrap_cjk("　　" + p, body.getlength, w)
        flow += [("body", t, len(para) if j == 0 else 1) for j, t in enumerate(para)]
    pages: list[list[tuple[str, str]]] = [head]
    y = 900
    for kind, text, keep in flow:  # a paragraph's first line does not stay alone at the foot of a page
        if y + FAX_LINE * min(keep, 2) > FAX_BOTTOM:
            pages.append([])
            y = 150
        pages[-1].append((kind, text))
        y += FAX_LINE
    pages[-1] += [("sign", t) for t in TZ_SIGN]
    pages[-1] += [("body", "　　（此件主动公开）")]
    return pages


def _fax_page(lines: list[tuple[str, str]], pno: int, rng: random.Random):
    from PIL import Image, ImageDraw, ImageFont

    spath, sindex = cjk_face(serif=True)
    body = ImageFont.truetype(spath, FAX_BODY_PX, index=sindex)
    bpath, bindex = cjk_face(serif=True, bold=True)
    head_font = ImageFont.truetype(bpath, 84, index=bindex)
    title = ImageFont.truetype(bpath, 54, index=bindex)
    npath, nindex = cjk_face()
    small = ImageFont.truetype(npath, 26, index=nindex)
    img = Image.new("L", (FAX_W, FAX_H), 255)
    d = ImageDraw.Draw(img)
    seal_grey = 118  # the red of the seals and of the 文头 as the fax's scanner turns it
    d.text((40, 22), FAX_HEADER.format(pno), font=small, fill=0)
    y = 150
    sign_boxes: list[tuple[float, float, float]] = []
    for kind, text in lines:
        if kind == "head":
            d.text(((FAX_W - head_font.getlength(text)) / 2, 260), text, font=head_font, fill=seal_grey)
            y = 440
        elif kind == "number":
            d.text(((FAX_W - body.getlength(text)) / 2, y), text, font=body, fill=0)
            y += 74
            d.line((FAX_MARGIN - 30, y, FAX_W - FAX_MARGIN + 30, y), fill=seal_grey, width=5)
            y += 48
        elif kind == "title":
            d.text(((FAX_W - title.getlength(text)) / 2, y), text, font=title, fill=0)
            y += 78
            if text.endswith("通知"):
                y += 32
        elif kind == "body":
            d.text((FAX_MARGIN, y), text, font=body, fill=0)
            y += FAX_LINE
        elif kind == "sign":
            if not sign_boxes:
                y += 150
            x = FAX_W - FAX_MARGIN - 60 - body.getlength(text)
            d.text((x, y), text, font=body, fill=0)
            sign_boxes.append((x, y, body.getlength(text)))
            y += FAX_LINE
    if sign_boxes:  # the two issuers' seals over the signature, turned grey by the fax
        sx, sy, sw = sign_boxes[0]
        for k, ring in enumerate((MZ, CZ)):
            mask = seal_image(ring, 300).rotate(-8 + 14 * k, resample=Image.Resampling.BICUBIC)
            mask = mask.point(lambda v: v * 0.8)
            ink = Image.new("L", mask.size, seal_grey)
            img.paste(ink, (int(sx - 40 + k * (sw - 230)), int(sy - 190 + 10 * k)), mask)
        d = ImageDraw.Draw(img)
        y += 60
        d.line((FAX_MARGIN - 30, y, FAX_W - FAX_MARGIN + 30, y), fill=0, width=3)
        d.text((FAX_MARGIN, y + 14), "抄送：市人民政府办公室。", font=small, fill=0)
        d.line((FAX_MARGIN - 30, y + 58, FAX_W - FAX_MARGIN + 30, y + 58), fill=0, width=2)
        d.text((FAX_MARGIN, y + 70), f"{MZ}办公室　　　　　　　　　　　　　　　　2026年9月18日印发", font=small, fill=0)
        d.line((FAX_MARGIN - 30, y + 114, FAX_W - FAX_MARGIN + 30, y + 114), fill=0, width=3)
    # the page as the receiving fax prints it: skewed, speckled, a few streaks, then 1 bit (dithered)
    img = img.rotate(FAX_SKEW[pno - 1], resample=Image.Resampling.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(2600):
        x, yy = rng.randrange(FAX_W), rng.randrange(FAX_H)
        px[x, yy] = 0
        if rng.random() < 0.3 and x + 1 < FAX_W:
            px[x + 1, yy] = 0
    d = ImageDraw.Draw(img)
    for _ in range(3):
        yy = rng.randrange(200, FAX_H - 200)
        x0 = rng.randrange(0, FAX_W // 2)
        d.line((x0, yy, x0 + rng.randrange(200, 900), yy), fill=170, width=1)
    return img.convert("1")


def make_fax() -> bytes:
    rng = random.Random(1313)
    pages = [_fax_page(lines, k, rng) for k, lines in enumerate(fax_lines(), start=1)]
    if len(pages) != 2:
        raise SystemExit(f"the fax has {len(pages)} pages, not 2")
    buf = io.BytesIO()
    pages[0].save(buf, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(200, 200))
    return buf.getvalue()


# =============================================================================================
# 6. changzhi-jinanxing-jiuzhu-2023.txt (the portal page copied as text, GB18030, CRLF)
# =============================================================================================

def portal_text() -> str:
    lines = [
        "长治市人民政府门户网站",
        "无障碍浏览 | 关怀版 | 繁體 | 登录 | 注册",
        "首页 • 政务公开 • 政务服务 • 政民互动 • 走进长治 • 专题专栏",
        "请输入关键字    搜索",
        "当前位置：首页 > 政务公开 > 政策文件 > 部门文件",
        "",
        "索 引 号：11140400MB1957362X/2023-00418    主题分类：民政、扶贫、救灾",
        "发文机关：长治市民政局 长治市财政局    成文日期：2023年06月15日",
        f"标　　题：{JN_TITLE}",
        f"发文字号：{JN_NUMBER}    发布日期：2023年06月16日",
        "",
        JN_TITLE,
        "发布时间：2023-06-16 10:08    来源：长治市民政局    浏览次数：3127",
        "【字体：大 中 小】",
        "",
        ADDR_MZ,
    ]
    lines += ["　　" + p for p in JN_PARAS]
    lines += [
        "",
        "　　　　　　　　　　　　　　　　　　长治市民政局　　长治市财政局",
        "　　　　　　　　　　　　　　　　　　　　　　" + JN_DATE,
        "　　（此件公开发布）",
        "",
        "相关附件：无",
        "扫一扫在手机打开当前页",
        "【打印本页】【关闭窗口】",
        "",
        "相关链接：中国政府网 | 山西省人民政府 | 长治市民政局",
        "网站地图 | 联系我们 | 网站声明",
        "主办单位：长治市人民政府办公室　　承办单位：长治市政务信息管理中心",
        "网站标识码：1404000001　　晋ICP备05003217号　　晋公网安备 14040202000118号",
    ]
    return "\r\n".join(lines) + "\r\n"


# =============================================================================================
# qa.jsonl and README.md
# =============================================================================================

def _src(number: str | None, title: str) -> dict:
    return {"doc_number": number, "doc_title": title}


S_SL = _src(SL_NUMBER, SL_TITLE)
S_JT = _src(JT_NUMBER, JT_TITLE)
S_ZS = _src(ZS_NUMBER, ZS_TITLE)
S_JZ = _src(JZ_NUMBER, JZ_TITLE)
S_QR = _src(QR_NUMBER, QR_TITLE)
S_DB = _src(DB_NUMBER, DB_TITLE)
S_TZ = _src(TZ_NUMBER, TZ_TITLE)
S_JN = _src(JN_NUMBER, JN_TITLE)
GZ = f"{GAZ_NAME} {GAZ_ISSUE} > "
NOT_FOUND = "文件中未找到相关规定。"
JZ_SEC = f"{GZ}{JZ_TITLE} > {JZ_RULES}"
QR_SEC = f"{GZ}{QR_TITLE}"
SL_STD = f"{SL_TITLE} > 三、补助标准"
JT_GONE = "该通知有效期至2026年6月30日，已经期满，文件中没有延续该通知或者新的交通补贴规定。"
TZ_NOTE = f"（第五条、第七条已由{TZ_NUMBER}自2026年10月1日起修改。）"

# (question, answer, key_facts, sources, section, evidence, type, persona, difficulty, corpus_file)
QA: list[tuple[str, str, list[str], list[dict], str | None, str | None, str, str, str, str | None]] = [
    # the ODT (长民发〔2026〕31号, 适老化改造)
    ("我妈今年72岁，家里是低保户，想在卫生间装扶手、地面做防滑，政府能补多少钱？要我们先垫钱吗？",
     f"能补，不用先垫钱。按照《{SL_TITLE}》（{SL_NUMBER}），具有本市户籍、年满60周岁的最低生活保障家庭可以申请适老化"
     "改造，卫生间、浴室安装扶手和地面防滑处理属于基础类项目；补助标准为最低生活保障家庭每户不超过5000元，补助资金在"
     "改造完成并经验收合格后直接拨付至施工单位，老年人家庭无需垫付，超出补助标准的费用由老年人家庭自愿承担。申请须于"
     "2026年8月31日前提出，今年的申请期已过。",
     ["不超过5000元", "老年人家庭无需垫付"], [S_SL], SL_STD,
     "最低生活保障家庭 不超过5000元……补助资金在改造完成并经验收合格后直接拨付至施工单位，老年人家庭无需垫付。",
     "yesno", "public", "hard", F_ODT),
    ("我爸68岁，我们家收入比低保标准高一点，不是低保户。听说“低保边缘家庭”也能申请适老化改造，什么样的算低保边缘"
     "家庭？能补多少？",
     f"按照{SL_NUMBER}，低保边缘家庭是指家庭人均收入高于当地最低生活保障标准、低于当地最低生活保障标准1.5倍，且家庭财产"
     "状况符合规定的家庭（通知第一项的脚注）；低保边缘家庭的老年人家庭适老化改造补助标准为每户不超过3000元（最低生活保障"
     "家庭不超过5000元，特困供养老年人家庭不超过6000元）。申请须于2026年8月31日前提出。",
     ["低于当地最低生活保障标准1.5倍", "不超过3000元"], [S_SL], f"{SL_TITLE} > 一、改造对象；三、补助标准",
     "低保边缘家庭，是指家庭人均收入高于当地最低生活保障标准、低于当地最低生活保障标准1.5倍，且家庭财产状况符合规定的"
     "家庭。……低保边缘家庭 不超过3000元", "numeric", "public", "hard", F_ODT),
    (f"{SL_NUMBER}中，特困供养老年人家庭适老化改造的补助标准是多少？补助资金由市、县两级怎么分担？",
     "特困供养老年人家庭每户不超过6000元；市级财政承担60%，县、区财政承担40%，补助资金在改造完成并经验收合格后直接"
     f"拨付至施工单位（{SL_NUMBER}第三项补助标准表）。",
     ["不超过6000元", "市级财政承担60%"], [S_SL], SL_STD,
     "特困供养老年人家庭 不超过6000元 市级财政承担60%，县、区财政承担40%。", "numeric", "civil_servant", "medium",
     F_ODT),
    ("想给家里老人申请今年的适老化改造，到哪里申请？现在还来得及吗？",
     f"向户籍所在地乡镇人民政府（街道办事处）提出申请，也可以通过“三晋通”APP提交申请。但{SL_NUMBER}规定申请须于2026年"
     "8月31日前提出，各县、区应当于2026年11月30日前全部完成改造和验收，今年的申请期已经结束。",
     ["2026年8月31日前", "户籍所在地乡镇人民政府（街道办事处）"], [S_SL], f"{SL_TITLE} > 四、申请程序",
     "四、申请程序。老年人或者其家属于2026年8月31日前向户籍所在地乡镇人民政府（街道办事处）提出申请，也可以通过"
     "“三晋通”APP提交申请。", "deadline", "public", "medium", F_ODT),
    ("家里老人一个人住，想装个紧急呼叫的设备，适老化改造包括这个吗？",
     f"包括。{SL_NUMBER}规定，提升类项目（可选）包括安装紧急呼叫设备、烟雾报警器、智能监测设备，配置护理床、助行器等；"
     "同等条件下优先安排独居老年人家庭。改造对象为具有本市户籍、年满60周岁的特困供养老年人家庭、最低生活保障家庭或者"
     "低保边缘家庭。",
     ["安装紧急呼叫设备"], [S_SL], f"{SL_TITLE} > 二、改造内容",
     "提升类项目（可选）：安装紧急呼叫设备、烟雾报警器、智能监测设备，配置护理床、助行器等。", "yesno", "public",
     "easy", F_ODT),
    # the DOCX (长人社发〔2026〕9号, expired; tracked changes)
    ("我是河北人，今年春节后来长治的厂里上班，签了两年合同，听说有交通补贴，能领多少？现在还能申请吗？",
     f"现在不能申请了。《{JT_TITLE}》（{JT_NUMBER}）对2026年2月10日至3月31日期间在本市企业新就业或者返岗就业、签订1年"
     "以上劳动合同并在本市参加职工养老保险的非长治市户籍劳动者给予一次性交通补贴，山西省外每人500元（修订把300元改为"
     "500元），由用工企业于2026年5月31日前统一申报。" + JT_GONE,
     ["每人500元", "有效期至2026年6月30日"], [S_JT], f"{JT_TITLE} > 二、补贴标准；五",
     "山西省外 每人500元……五、本通知自印发之日起施行，有效期至2026年6月30日。", "validity", "public", "hard",
     F_DOCX),
    ("我老家是山西吕梁的，春节后来长治上班，那个来长务工的交通补贴给多少？",
     f"山西省内长治市外的务工人员每人300元（{JT_NUMBER}补贴标准表；修订把200元改为300元，山西省外为每人500元）。脱贫人口"
     "（含防止返贫监测对象）每人增加200元。" + JT_GONE,
     ["每人300元"], [S_JT], f"{JT_TITLE} > 二、补贴标准",
     "山西省内长治市外 每人300元", "numeric", "public", "hard", F_DOCX),
    (f"{JT_NUMBER}规定用工企业申报交通补贴的截止时间是哪天？向哪个部门申报？补贴资金发到哪里？",
     "用工企业于2026年5月31日前（修订前为4月30日），通过“三晋通”APP或者向企业所在地县、区人力资源和社会保障部门统一"
     "申报；审核通过后，补贴资金直接发放至劳动者本人社会保障卡（修订删去了“拨付至用工企业，由企业代为发放”）。" + JT_GONE,
     ["2026年5月31日", "直接发放至劳动者本人社会保障卡"], [S_JT], f"{JT_TITLE} > 三、申领程序",
     "三、申领程序。用工企业于2026年5月31日前，通过“三晋通”APP或者向企业所在地县、区人力资源和社会保障部门统一申报。"
     "县、区人力资源和社会保障部门审核通过后，补贴资金直接发放至劳动者本人社会保障卡。", "deadline", "civil_servant",
     "hard", F_DOCX),
    # the WeChat article (长教发〔2026〕21号)
    ("孩子是2020年9月5日出生的，今年秋天能在长治市区上一年级吗？",
     f"不能。《{ZS_TITLE}》（{ZS_NUMBER}）规定，小学一年级招收2026年8月31日前年满6周岁（2020年8月31日前出生）的适龄"
     "儿童，不足6周岁的儿童，学校不得招收。",
     ["2020年8月31日前出生"], [S_ZS], f"{ZS_TITLE} > 二、入学年龄",
     "二、入学年龄。小学一年级招收2026年8月31日前年满6周岁（2020年8月31日前出生）的适龄儿童。不足6周岁的儿童，学校"
     "不得招收。", "yesno", "public", "medium", F_WX),
    ("我们一家是河北来的，在长治市区打工两年了，有居住证，孩子上小学能进公办学校吗？需要什么条件？",
     f"能。按照{ZS_NUMBER}，父母一方在本市城区务工或者经商，持有本市有效居住证，并在本市连续缴纳社会保险满6个月的非本市"
     "户籍适龄儿童少年，由居住地所在县、区教育局统筹安排到公办学校就读，与本市户籍学生享受同等待遇。",
     ["连续缴纳社会保险满6个月", "统筹安排到公办学校就读"], [S_ZS], f"{ZS_TITLE} > 三、随迁子女入学",
     "父母一方在本市城区务工或者经商，持有本市有效居住证，并在本市连续缴纳社会保险满6个月的非本市户籍适龄儿童少年，"
     "由居住地所在县、区教育局统筹安排到公办学校就读，与本市户籍学生享受同等待遇。", "procedure", "public", "hard",
     F_WX),
    ("孩子入学网上报名，我白天要上班，晚上几点前还能在平台上报？",
     "网上报名平台每日8:00—20:00开放（“长治教育”公众号文中招生时间安排图的说明），晚上8点前可以报。网上报名时间为2026年"
     f"7月1日至7月10日，通过“长治市义务教育招生服务平台”填报（{ZS_NUMBER}第五项），今年的报名已经结束。",
     ["每日8:00—20:00开放"], [S_ZS], f"{ZS_TITLE} > 五、报名时间和方式",
     "网上报名平台每日8:00—20:00开放", "numeric", "public", "hard", F_WX),
    # the gazette: the 临时救助 办法
    (f"《{JZ_RULES}》的文号是什么？什么时候开始施行，有效期多长？",
     f"由《{JZ_TITLE}》（{JZ_NUMBER}）印发，本办法自2026年4月1日起施行，有效期5年（至2031年3月31日），截至2026年12月"
     f"2日有效；其第五条、第七条已由{TZ_NUMBER}自2026年10月1日起修改。",
     [JZ_NUMBER, "自2026年4月1日起施行，有效期5年"], [S_JZ], f"{JZ_SEC} > 第十一条",
     "第十一条　本办法自2026年4月1日起施行，有效期5年。", "validity", "civil_servant", "easy", F_GAZ),
    (f"{JZ_NUMBER}印发的临时救助实施办法施行后，哪些文件同时废止？",
     f"《{OLD_RULES}》（{OLD_NUMBER}）和《{JN_TITLE}》（{JN_NUMBER}）自2026年4月1日起同时废止（《{JZ_RULES}》"
     "第十一条）。",
     [OLD_NUMBER, JN_NUMBER], [S_JZ], f"{JZ_SEC} > 第十一条",
     f"《{OLD_RULES}》（{OLD_NUMBER}）、《{JN_TITLE.replace(' ', '')}》（{JN_NUMBER}）同时废止。", "validity",
     "civil_servant", "medium", F_GAZ),
    ("我是河北人，在长治打工出了车祸，钱都花光了，没有长治户口也没办居住证，能在长治申请临时救助吗？找谁？",
     f"能。《{JZ_RULES}》（{JZ_NUMBER}）第六条规定，非本市户籍人员在本市遭遇急难的，可以向急难发生地乡镇人民政府（街道"
     "办事处）申请急难型临时救助，不要求居住证（要求持有居住证的是已废止的长民发〔2023〕27号）。急难型临时救助一次救助"
     f"金额一般不超过当地城市月最低生活保障标准的4倍，救助金额在2000元以下的可以先行救助{TZ_NOTE}",
     ["可以向急难发生地乡镇人民政府（街道办事处）申请急难型临时救助"], [S_JZ, S_TZ], f"{JZ_SEC} > 第六条",
     "非本市户籍人员在本市遭遇急难的，可以向急难发生地乡镇人民政府（街道办事处）申请急难型临时救助。", "yesno",
     "public", "hard", F_GAZ),
    ("我妈是低保户，这回住院花了不少钱，申请临时救助的话，还要再把家里收入查一遍吗？",
     f"不用。《{JZ_RULES}》（{JZ_NUMBER}）第九条规定，最低生活保障家庭、特困供养人员申请临时救助的，不再重复核对家庭经济"
     "状况。因医疗支出突然增加导致基本生活暂时出现严重困难的最低生活保障家庭，可以申请支出型临时救助，一次救助金额一般"
     f"不超过当地城市月最低生活保障标准的8倍{TZ_NOTE}",
     ["不再重复核对家庭经济状况"], [S_JZ, S_TZ], f"{JZ_SEC} > 第九条",
     "第九条　最低生活保障家庭、特困供养人员申请临时救助的，不再重复核对家庭经济状况。", "yesno", "public", "medium",
     F_GAZ),
    # the gazette: the 低保标准 notice
    ("我家在武乡县农村，现在的低保标准是每人每月多少钱？",
     f"每人每月560元。《{DB_TITLE}》（{DB_NUMBER}）自2026年1月1日起，襄垣县、平顺县、黎城县、壶关县、长子县、武乡县、"
     "沁县、沁源县的农村低保标准为每人每月560元（城市低保标准为每人每月760元）；潞州区、上党区、屯留区、潞城区、长治高新区"
     "的农村低保标准为每人每月600元。",
     ["每人每月560元"], [S_DB], f"{GZ}{DB_TITLE} > 一、低保标准",
     "襄垣县、平顺县、黎城县、壶关县、长子县、武乡县、沁县、沁源县 每人每月760元 每人每月560元", "numeric", "public",
     "hard", F_GAZ),
    # the gazette: the 嵌入式服务设施 方案 and its 任务分工表
    ("社区嵌入式服务设施建设实施方案里，社区托育服务由哪个部门牵头、哪些部门配合？什么时候完成？",
     f"牵头单位是市卫生健康委员会，配合单位是市民政局、市教育局，完成时限为2027年6月底前；要求每个设施设置托位不少于"
     f"20个，普惠托位占比不低于60%（{QR_NUMBER}附件《{QR_ANNEX}》第2项）。",
     ["市卫生健康委员会", "市民政局、市教育局", "2027年6月底前"], [S_QR], f"{QR_SEC} > 附件 {QR_ANNEX}",
     "2 社区托育服务 每个设施设置托位不少于20个，普惠托位占比不低于60% 市卫生健康委员会 市民政局、市教育局 2027年6月"
     "底前", "department", "civil_servant", "hard", F_GAZ),
    (f"{QR_NUMBER}要求盘活闲置国有房屋用于设施建设，由哪个单位牵头？完成时限是什么时候？",
     f"由市住房和城乡建设局牵头，市财政局、市国资委配合，完成时限为2026年12月底前（{QR_NUMBER}附件《{QR_ANNEX}》第4项"
     "“既有房屋改造利用”）。",
     ["市住房和城乡建设局", "2026年12月底前"], [S_QR], f"{QR_SEC} > 附件 {QR_ANNEX}",
     "4 既有房屋改造利用 盘活闲置国有房屋用于设施建设 市住房和城乡建设局 市财政局、市国资委 2026年12月底前",
     "deadline", "civil_servant", "hard", F_GAZ),
    ("社区嵌入式服务设施建设中，各牵头单位什么时候报送工作进展？报给哪个部门？",
     "各牵头单位于每季度末将工作进展报市发展和改革委员会，市发展和改革委员会汇总后报市人民政府（方案“四、组织保障”）。",
     ["每季度末", "市发展和改革委员会"], [S_QR], f"{QR_SEC} > {QR_PLAN} > 四、组织保障",
     "各牵头单位于每季度末将工作进展报市发展和改革委员会，市发展和改革委员会汇总后报市人民政府。", "department",
     "civil_servant", "medium", F_GAZ),
    ("家门口的社区服务设施里会有托育吗？一个点能收多少个孩子？",
     f"会。《{QR_PLAN}》（{QR_NUMBER}）要求社区嵌入式服务设施重点配置托育等功能，每个设施设置托位不少于20个，普惠托位"
     "占比不低于60%，由市卫生健康委员会牵头，2027年6月底前完成。",
     ["每个设施设置托位不少于20个"], [S_QR], f"{QR_SEC} > 附件 {QR_ANNEX}",
     "每个设施设置托位不少于20个，普惠托位占比不低于60%", "numeric", "public", "medium", F_GAZ),
    # the fax (长民发〔2026〕58号, amends the 办法)
    ("我住潞州区，家里着火了，一下子生活没着落，能申请临时救助吗？一次最多能给多少钱？",
     f"能，属于急难型临时救助。《{TZ_TITLE}》（{TZ_NUMBER}）自2026年10月1日起将《{JZ_RULES}》第五条第（一）项中的"
     "“3倍”修改为“4倍”，即急难型临时救助一次救助金额一般不超过当地城市月最低生活保障标准的4倍；潞州区城市低保标准为"
     f"每人每月800元（{DB_NUMBER}），一般不超过3200元。情况特别严重的，经县、区民政部门审批，最高不超过当地城市月最低"
     "生活保障标准的12倍（9600元）。救助金额在2000元以下的，乡镇人民政府（街道办事处）可以直接先行救助。",
     ["修改为“4倍”", "每人每月800元"], [S_TZ, S_JZ, S_DB], TZ_TITLE,
     "一、将第五条第（一）项中的“3倍”修改为“4倍”", "multi_hop", "public", "hard", F_FAX),
    ("我家是低保户，孩子考上大学，学费一下子凑不齐，能申请临时救助吗？一次最多能给多少？",
     f"能申请支出型临时救助：因教育等生活必需支出突然增加超出家庭承受能力的最低生活保障家庭属于支出型临时救助对象"
     f"（{JZ_NUMBER}第四条）。{TZ_NUMBER}自2026年10月1日起将第五条第（二）项中的“6倍”修改为“8倍”，一次救助金额一般"
     "不超过当地城市月最低生活保障标准的8倍（潞州区、上党区、屯留区、潞城区、长治高新区城市低保标准每人每月800元，即"
     "6400元；各县760元，即6080元）。",
     ["修改为“8倍”"], [S_TZ, S_JZ, S_DB], TZ_TITLE,
     "二、将第五条第（二）项中的“6倍”修改为“8倍”", "multi_hop", "public", "hard", F_FAX),
    (f"{TZ_NUMBER}修改了《{JZ_RULES}》的哪些条款？从什么时候起施行？",
     "修改了第五条第（一）项（“3倍”修改为“4倍”）、第五条第（二）项（“6倍”修改为“8倍”）和第七条（“1000元以下”修改为"
     f"“2000元以下”）；本通知自2026年10月1日起施行，《{JZ_RULES}》其他条款不变。",
     ["自2026年10月1日起施行", "“1000元以下”修改为“2000元以下”"], [S_TZ, S_JZ], TZ_TITLE,
     "三、将第七条中的“1000元以下”修改为“2000元以下”……五、本通知自2026年10月1日起施行。", "validity",
     "civil_servant", "medium", F_FAX),
    # the portal text (长民发〔2023〕27号, repealed)
    ("我在网上看到民政局2023年的通知，说急难型临时救助一次最多给低保标准的2倍、500元以下可以先给钱，现在还是这样吗？",
     f"不是。《{JN_TITLE}》（{JN_NUMBER}）已由《{JZ_RULES}》（{JZ_NUMBER}印发，自2026年4月1日起施行）同时废止。现行"
     f"规定：急难型临时救助一次救助金额一般不超过当地城市月最低生活保障标准的4倍（{TZ_NUMBER}自2026年10月1日起将办法"
     "的“3倍”修改为“4倍”）；救助金额在2000元以下的，乡镇人民政府（街道办事处）可以直接先行救助（原办法为1000元）。",
     ["同时废止", "修改为“4倍”"], [S_JN, S_JZ, S_TZ], JN_TITLE,
     "二、急难型临时救助一次救助金额一般不超过当地城市月最低生活保障标准的2倍。三、对救助金额在500元以下的，乡镇人民"
     "政府（街道办事处）可以直接先行救助，事后补齐审批手续。", "validity", "public", "hard", F_TXT),
    # unanswerable
    ("2026年全市计划完成多少户特殊困难老年人家庭适老化改造？市级安排了多少资金？",
     NOT_FOUND + f"{SL_NUMBER}只规定了改造对象、改造内容、每户补助标准（特困供养老年人家庭不超过6000元，最低生活保障"
     "家庭不超过5000元，低保边缘家庭不超过3000元）和市级财政承担60%、县、区财政承担40%的分担比例，没有规定改造户数和"
     "资金总额。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
    ("社区嵌入式服务设施建设由市发展和改革委员会汇总进展，具体联系人是谁？电话多少？",
     NOT_FOUND + f"{QR_NUMBER}只规定各牵头单位于每季度末将工作进展报市发展和改革委员会，没有列出联系人和电话。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("春节后来长务工的交通补贴要交个人所得税吗？审核通过后多少个工作日能到账？",
     NOT_FOUND + f"{JT_NUMBER}只规定了补贴标准、用工企业于2026年5月31日前统一申报以及审核通过后直接发放至劳动者本人社会"
     "保障卡，没有个人所得税和到账时限的规定；该通知有效期至2026年6月30日，已经期满。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("太原市的急难型临时救助，一次最多能给多少？",
     NOT_FOUND + f"文件只有长治市的规定（{JZ_NUMBER}印发的办法，经{TZ_NUMBER}修改：急难型临时救助一次救助金额一般"
     "不超过当地城市月最低生活保障标准的4倍），没有太原市的政策。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("在长治市区养狗要办犬证吗？一年交多少钱？",
     NOT_FOUND + "文件中没有养犬管理的规定。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("今年城区小学一年级每个班最多多少人？一共招多少个班？",
     NOT_FOUND + f"{ZS_NUMBER}规定了招生范围、入学年龄、随迁子女入学条件、优先保障对象和报名时间，没有班额和招生计划。",
     [], [], None, None, "unanswerable", "public", "medium", None),
]


README = """# city13: a blind fixture of 长治市 (山西省) policy documents

A small corpus of policy documents of a thirteenth held-out city, 长治市, and 30 questions about them, for
checking that policyqa works on documents it has never seen, in the kinds of file real users bring: an ODT
notice as LibreOffice saves it in a 信创 office, a DOCX 修订 draft published with its tracked changes
unaccepted, a WeChat public-account article saved from the browser, a two-column text-PDF gazette, a
two-page fax scan (TIFF) and a GB18030 text file copied from the portal. The city, its districts and
counties (潞州区, 上党区, 屯留区, 潞城区, 长治高新区; 襄垣县, 平顺县, 黎城县, 壶关县, 长子县, 武乡县, 沁县, 沁源县),
the street named on the gazette's cover (英雄中路), the departments and bodies (市民政局, 市财政局,
市人力资源和社会保障局, 市教育局, 市卫生健康委员会, 市住房和城乡建设局, 市自然资源和规划局, 市发展和改革委员会,
市国资委 …), the 12345 hotline, the “三晋通” app and the portal's domain (www.changzhi.gov.cn) are real; 河北,
吕梁 and 太原市 appear only in questions. Every document, 文号, 索引号, figure, date, person (郭晓燕, 李卫东, 赵建平,
王晓琳, 牛建军), phone number, URL path, WeChat id, task given to a body and what the app, the platforms and the
offices are said to do is invented (the “社会救助” 专区 of 三晋通, the “长治市义务教育招生服务平台”, the
“长治教育” account among them). Nothing is taken from a real document.

The content is consistent across documents: the gazette's 办法 长政办发〔2026〕7号 (《长治市临时救助实施办法》,
from 2026-04-01, 有效期5年) **repeals** 《长治市临时救助暂行办法》（长政办发〔2021〕30号, not in the corpus) and the
portal text's 长民发〔2023〕27号 (第十一条 “……同时废止”), whose own term (“有效期5年” from 2023-06-15) would still
run; the fax 长民发〔2026〕58号 **amends** the 办法 from 2026-10-01 (“将第五条第（一）项中的“3倍”修改为“4倍””,
第（二）项 “6倍” → “8倍”, 第七条 “1000元以下” → “2000元以下”, “其他条款不变”), so the 办法's printed 3倍 / 6倍 /
1000元 are no longer current, and the 2023 notice's 2倍 / 500元 / 居住证 rule even less; the 办法's multiples are of
“当地城市月最低生活保障标准”, which the gazette's 长民发〔2026〕12号 sets (潞州区、上党区、屯留区、潞城区、长治高新区
城市 每人每月800元, 农村 600元; the eight counties 760元 / 560元); the ODT's 适老化改造 notice and the 临时救助
办法 use the same 低保边缘家庭 and 特困供养 groups; the DOCX's 交通补贴 notice 长人社发〔2026〕9号 **expired by its
own 有效期** (“有效期至2026年6月30日”) and no later one exists.

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建,
扬州/江苏, 潍坊/山东, 柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江) occurs in a corpus file, nor any
earlier topic. The topics are new: 特殊困难老年人家庭适老化改造, 春节后来长务工人员一次性交通补贴, 城区义务教育招生入学
(入学年龄, 随迁子女), 临时救助 (an 办法, its amendment, a repealed 2023 notice), 城乡低保标准 and 城市社区嵌入式服务设施
(a 实施方案 with a 任务分工表).

**Who wrote it and what they saw.** A helper session wrote it from a brief. It did not read the
system's code (`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`,
`tests/integration/`, `tests/e2e/`) or any `out/`, `var/`, `/tmp/dbg` or `/tmp/snap` folder, did not run
policyqa, pytest or `git status`/`git diff`/`git log`, and committed nothing. It read `tests/data/city12/README.md`
(whole, its last section “What the first run found”, which describes how the system fared on city12, included),
the first six lines of `tests/data/city12/qa.jsonl`, `tests/support/make_city12_fixtures.py` (whole, in five
displays with lines cut at 260 to 400 characters), `tests/support/print_lines.py` and `tests/support/qa_lines.py`
(whole; `wrap_cjk`, `cjk_face` and `qa_jsonl` are imported by the generator), and in each of
`tests/data/city2/README.md` … `tests/data/city11/README.md` the text before `## Files` (city11's cut at 5,000
characters). Outside that list it read the `[tool.ruff]` and `[tool.ruff.lint]` sections of `pyproject.toml`,
listed the folder names of `tests/data/` and `tests/support/` (no `city13` existed) and the file names in
`.venv/bin/` (to find `rapidocr_onnxruntime` and `ruff`), listed the machine's CJK fonts (`fc-list :lang=zh`),
and read the installed python-docx's `Document.add_comment` (`document.py`, `comments.py`, to fix the comment's
date) in its own venv. No answer was tuned against the system; the command below had **not been run** on this
fixture when it was handed over. Everything was made and checked in a separate venv (`/tmp/c13venv`:
python-docx 1.2.0, reportlab 5.1.0, Pillow 13.0.0, pypdfium2 5.15.2, lxml 6.2.0, odfpy 1.4.1 for the check
only) with Noto Sans/Serif CJK SC. Outside tools run on corpus files: `rapidocr_onnxruntime` from the project's
`.venv`, called directly (not through policyqa), on the fax's two pages (each frame of the TIFF as it is, 200 dpi,
converted to RGB); odfpy to read the ODT back; python-docx and lxml (the raw XML, changes accepted) to read the
DOCX back; lxml to read the WeChat page; pypdfium2 to read the gazette's text back (and its character boxes, to
see the two columns) and to render its pages for a look; Python's `gb18030` codec for the text file; `ruff` from
`.venv` on the generator only (`ruff check` passes; it writes its cache to `.ruff_cache/`). One slip: a final
`find . -newer <brief>` over the repository (to see that nothing outside its own paths had been touched) listed
the **names** of two files another session had changed, one under `rag/` and one under `index/`; neither was
opened. No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `changzhi-shilaohua-gaizao-tongzhi.odt` | 长治市民政局 长治市财政局关于做好2026年特殊困难老年人家庭适老化改造工作的通知, 长民发〔2026〕31号 (2026-05-20) | **An ODT written by hand as LibreOffice 7.4 saves it**: `mimetype` stored first and uncompressed, then `settings.xml`, `content.xml`, `meta.xml` (generator LibreOffice/7.4.7.2, creator 郭晓燕, dates fixed), `styles.xml` and `META-INF/manifest.xml`, one fixed zip timestamp. **styles.xml's master page holds a header (“长民发〔2026〕31号 `text:tab` 长治市民政局”) and a footer (“— `text:page-number` —”)** that are not in content.xml. content.xml: the red 文头 “长治市民政局文件”, the 文号 over a red bottom border, **the title as a `text:h` broken by a `text:line-break` after the two issuers, which a `text:s` separates**, addressee, items whose lead phrases are 黑体 `text:span`s, **a `text:list` (style L1) whose numbers “（一）（二）” are drawn by the list style and are not in the text**, **a footnote `text:note` inside item 一's sentence (after “低保边缘家庭”) whose body holds the definition found nowhere else: “家庭人均收入高于当地最低生活保障标准、低于当地最低生活保障标准1.5倍”** (odfpy's `extractText` puts it inline, mid-sentence, after the citation “1”), **a `table:table` (header row in `table:table-header-rows`) whose 资金分担和拨付 cell spans three rows (`table:number-rows-spanned="3"`, two `table:covered-table-cell`s below it) and whose last row is one cell spanning three columns: “市级财政承担60%，县、区财政承担40%……直接拨付至施工单位，老年人家庭无需垫付” and “每户只能享受一次适老化改造补助……自愿承担” occur nowhere else**, a `text:soft-page-break` at the start of item 五, the signature with `text:s text:c="6"` between the issuers, the 公开 line, and the 抄送 / 印发 lines (印发 with a `text:tab`). Facts: 一 本市户籍、年满60周岁, 特困供养老年人家庭、最低生活保障家庭或者低保边缘家庭, 优先 失能、半失能、高龄（80周岁以上）和独居; 二 基础类（必选）扶手、防滑 …; **提升类（可选）“安装紧急呼叫设备”**; **三 the table: 特困供养老年人家庭 不超过6000元; 最低生活保障家庭 不超过5000元; 低保边缘家庭 不超过3000元** (three figures a careless reader swaps); 四 **“于2026年8月31日前向户籍所在地乡镇人民政府（街道办事处）提出申请”** or 三晋通; 五 2026年11月30日前 完成; 六 监督电话 0355-2196327. No 户数 and no total budget anywhere. |
| `changzhi-wugong-jiaotong-butie-xiuding.docx` | 长治市人力资源和社会保障局 长治市财政局关于对2026年春节后来长务工人员给予一次性交通补贴的通知, 长人社发〔2026〕9号 (2026-02-06) | **A 修订 draft circulated for sign-off and published without accepting the changes** (python-docx, then raw `w:ins`/`w:del` runs by 李卫东, 2026-02-05; `w:trackRevisions` on in settings.xml): **in the 补贴标准 table “每人`<w:del>300</w:del><w:ins>500</w:ins>`元” (山西省外) and “每人`<w:del>200</w:del><w:ins>300</w:ins>`元” (山西省内长治市外)** — the deleted old figure next to the new one, and the two rows' figures easily swapped; **an inserted sentence “脱贫人口（含防止返贫监测对象）在上述标准基础上每人增加200元。”**; **三 “用工企业于`<del>2026年4月30日</del><ins>2026年5月31日</ins>`前”** and **“补贴资金`<del>拨付至用工企业，由企业代为发放</del><ins>直接发放至劳动者本人社会保障卡</ins>`”**; **a comment (`word/comments.xml`, by 赵建平, on item 二's lead phrase): “省外标准是否提高到每人600元，请规划财务科核算资金总量后再定稿。” — no part of the notice, 600元 occurs nowhere else**. The truth is the text after accepting: 500元 / 300元 / 2026年5月31日 / 社会保障卡. python-docx's `Paragraph.text` misses the inserted runs (it reads “每人元” and “用工企业于前”). Red 文头 “长治市人力资源和社会保障局文件”, 文号 over a red rule, title, addressee, items with 黑体 lead runs, signature, 公开 line, contact (李卫东, 0355-2035618), 抄送/印发 between rules, footer “— PAGE —”; core dates and zip timestamps fixed. **五 “本通知自印发之日起施行，有效期至2026年6月30日” — expired; no later notice.** No 个人所得税 and no 到账 time anywhere. |
| `changzhi-jiaoyu-zhaosheng-weixin.html` | 长治市教育局关于做好2026年城区义务教育学校招生入学工作的通知, 长教发〔2026〕21号 (2026-05-28), reposted as “2026年城区义务教育招生入学政策发布！适龄儿童家长请收好” by the 公众号 “长治教育” (2026年5月28日 18:30) | **A WeChat article saved from the browser**: `og:` metas, the title in `h1.rich_media_title#activity-name`, `#meta_content` with the **“原创” mark (`#copyright_logo`)**, the author line, the account name `#js_name` and the IP 属地 “山西”; **`div#js_content` with `style="visibility: hidden;"`** (as WeChat serves it until its script shows it) holding **135editor-style soup: `section` in `section` in `section`, inline styles, every run in `span style=…` > `span leaf=""`, digits in spans of their own** (“2026”、“年”、“8”、“月” … each a span), the lead phrases bold and blue; an editor's intro naming the notice and its 文号, a “政策原文” badge, the notice's title, 文号, addressee, items 一 … 六 and signature; **an `img` (`data-src` on mmbiz.qpic.cn, no `src`) whose caption is the only place of “网上报名平台每日8:00—20:00开放”**; 来源/编辑 lines, **the QR “长按识别二维码 / 关注“长治教育”” footer and “分享｜收藏｜点赞｜在看”**, **a “阅读原文” link (`#js_view_source`) to the portal**, a hidden PC QR box, and five `script` blocks (`msg_title`, `biz`, `nickname` …). Facts: 一 潞州区、上党区、屯留区、潞城区和长治高新区 公办 免试就近入学; **二 “2026年8月31日前年满6周岁（2020年8月31日前出生）”, 不足6周岁 不得招收**; **三 随迁子女: 本市有效居住证 + “在本市连续缴纳社会保险满6个月”, “统筹安排到公办学校就读，与本市户籍学生享受同等待遇”**; 四 低保家庭子女 … 优先; 五 网上报名 2026年7月1日至7月10日, 现场审核 7月15日至7月18日, 8月5日前 公布; 六 0355-2033526. No 班额 or 招生计划. |
| `changzhi-zhengfu-gongbao-2026-4.pdf` | 长治市人民政府公报 2026年第4期（总第412期）, 2026年4月10日, three documents | **A text PDF set in two columns** (reportlab, `invariant=1`; STSong-Light, not embedded, `UniGB-UCS2-H`; bold faked with text render mode 2): **page 1, one column: red masthead, issue line, red double rule and a 目录 with leaders and page numbers (2, 2, 3), whose first entry breaks its 文号 over two lines (“…（长政办发〔2026〕 / 7号）”)**; **pages 2–3 in two columns of 232 pt with a 19 pt gutter and a thin rule between them, lines broken as print breaks them (`wrap_cjk`)**, the running header “长治市人民政府公报 … 2026年第4期” over a rule and the footer “· n ·”, written first on each page. The content stream gives the left column, then the right; **a reader that sorts the page's text by line across both columns interleaves two unrelated half-lines on every line**. **Page 2: the 办法's 第五条 breaks from the foot of the left column (“（三）情况特别严重的，经县、区民政部门审批，”) to the head of the right (“一次救助金额最高不超过……12倍。”)**; **the 方案 starts in the middle of the right column of page 2**, under the 办法, and runs on to page 3; **page 3: the 方案's text above its 附件 is balanced over the two columns, then the 附件 “长治市城市社区嵌入式服务设施建设重点任务分工表” spans both columns (six ruled columns, 序号 / 重点任务 / 具体内容 / 牵头单位 / 配合单位 / 完成时限, cells wrapped inside their column), and under it the 低保 notice starts in the left column, its own 3-column table in the right column**. (1) **长政办发〔2026〕7号 长治市人民政府办公室关于印发长治市临时救助实施办法的通知** (2026-03-12): 第三条 市民政局 统筹指导, 县、区人民政府 组织实施, 乡镇（街道） 受理; 第四条 急难型 / 支出型 (最低生活保障家庭、特困供养人员和低保边缘家庭); **第五条 （一）急难型 “不超过当地城市月最低生活保障标准的3倍”, （二）支出型 “…的6倍”, （三）特别严重 “最高不超过…12倍”** (（一）（二） amended by the fax); **第六条 “非本市户籍人员在本市遭遇急难的，可以向急难发生地乡镇人民政府（街道办事处）申请急难型临时救助”** (no 居住证); **第七条 先行救助 “1000元以下”** (amended); 第八条 10 / 5个工作日, 社会保障卡; **第九条 “不再重复核对家庭经济状况”**; **第十一条 “自2026年4月1日起施行，有效期5年” and the repeal of 长政办发〔2021〕30号 and 长民发〔2023〕27号**. (2) **长政办发〔2026〕11号 … 城市社区嵌入式服务设施建设实施方案（2026—2027年）的通知** (2026-03-25, no 有效期): 一 不少于100个, 覆盖率 80%以上; 二 不少于500平方米; **三 新建 每个补助30万元, 改建 每个补助15万元**; **四 “各牵头单位于每季度末将工作进展报市发展和改革委员会”** (no person, no phone); the 附件 table (1 布局规划 市自然资源和规划局 2026年6月底前; **2 社区托育服务 “每个设施设置托位不少于20个，普惠托位占比不低于60%” 市卫生健康委员会 (市民政局、市教育局) 2027年6月底前**; 3 日间照料 10张 市民政局 2027年6月底前; **4 既有房屋改造利用 市住房和城乡建设局 (市财政局、市国资委) 2026年12月底前**; 5 资金补助 市财政局 每年3月底前下达; 6 监测评估 市发展和改革委员会 2027年12月底前); no total investment. (3) **长民发〔2026〕12号 长治市民政局 长治市财政局关于提高2026年全市城乡最低生活保障标准的通知** (2026-02-26, 自2026年1月1日起): **the table (区域 / 城市低保标准 / 农村低保标准): 潞州区、上党区、屯留区、潞城区、长治高新区 每人每月800元 / 每人每月600元; 襄垣县 … 沁源县 每人每月760元 / 每人每月560元** (two rows and two columns to swap); 特困 1.3倍. |
| `changzhi-linshi-jiuzhu-tiaozheng-fax.tif` | 长治市民政局 长治市财政局关于调整临时救助标准的通知, 长民发〔2026〕58号 (2026-09-18) | **A two-page fax in one TIFF (Pillow): 1654 × 2339 px, 200 dpi, 1 bit, CCITT G4**, no text anywhere but the pixels. Drawn in Noto Serif CJK SC at 44 px (16 pt) on an 80 px pitch; **a fax header line at the top of each page “2026-09-18 10:21    FROM: 0355-2196315 长治市民政局社会救助科    TO: 各县区民政局    P.1/2” (“P.2/2”)**; the 文头 “长治市民政局文件” and the rule under the 文号 in the grey the fax makes of red; the title over two lines; **page 1 ends after item 四; page 2 holds item 五 (“本通知自2026年10月1日起施行。《长治市临时救助实施办法》其他条款不变。”), the contact line, the signature under two seals (ring, star, issuer's name; grey and Floyd–Steinberg dithered as the 1-bit conversion leaves them), the 公开 line and the 抄送/印发 lines**; **skewed −0.4° (page 1) and +0.35° (page 2), 2,600 seeded specks and three faint streaks (`random.Random(1313)`)**. Facts: **“一、将第五条第（一）项中的“3倍”修改为“4倍”。二、将第五条第（二）项中的“6倍”修改为“8倍”。三、将第七条中的“1000元以下”修改为“2000元以下”。”** — the amendment names only the article and item, so what “4倍” is of (急难型, 当地城市月最低生活保障标准) must be read from the gazette's 办法; 四 公布 …; 五 施行 2026-10-01, “其他条款不变”; 0355-2196315. **OCR trial** (`rapidocr_onnxruntime` 1.4.4, defaults, each TIFF frame converted to RGB): 18 + 15 boxes; **every printed line came back, in reading order and broken where the print breaks; the 文号 came back as “长民发[2026].58号” and the cited 文号 as “长政办发〔2026】7号”**; the final “。” of items 一 and 三 and the “）。” after the phone number were lost, a few “，：” / “·” were added, the fax header lost its spaces, **the signature “长治市财政局” came back as “长治市财政篇”** and the seals gave stray “市”, “民”, “财”. (An earlier draft quoted the whole phrases in the amendment; rapidocr's angle classifier turned one of those lines upside down and read nothing, so the amendment was reworded and the skew changed before the fixture was fixed.) |
| `changzhi-jinanxing-jiuzhu-2023.txt` | 长治市民政局 长治市财政局关于进一步做好急难型临时救助工作的通知, 长民发〔2023〕27号 (2023-06-15) | **The portal page copied as text and saved in GB18030** (no BOM, CRLF line ends; **the menu uses “•” (U+2022), which GBK cannot encode, so a GBK/cp936 decoder fails on that line and only GB18030 reads the whole file**): the site name, the 无障碍/关怀版 bar, the menu, the search box, the breadcrumb, **the metadata grid (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期) before the title**, the title, 发布时间/来源/浏览次数, 【字体：大 中 小】, the notice with full-width-space indents (“　　”), the signature pushed right with full-width spaces, “相关附件：无”, **“【打印本页】【关闭窗口】”**, related links and the footer (晋ICP备, 晋公网安备). Facts: **二 急难型 “不超过当地城市月最低生活保障标准的2倍”; 三 “500元以下” 先行救助; 四 “持有本市居住证的非本市户籍人员” only; 五 “本通知自印发之日起施行，有效期5年” — which alone would run to 2028, but 长政办发〔2026〕7号 第十一条 repealed it from 2026-04-01.** |

All six files are written by `tests/support/make_city13_fixtures.py` (see its docstring), the ODT's XML, the
WeChat page and the portal text as literal text, together with this README and `qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c13-001`…`c13-030`, in the format of `tests/data/city12/qa.jsonl` (same fields, same
order): `id`, `question`, `answer`, `key_facts` (1–3 short strings copied verbatim from a document's
text), `sources` (`doc_number`, `doc_title`), `section` (title > section path; for the gazette
“长治市人民政府公报 2026年第4期 > title …”), `evidence` (verbatim; “……” marks a gap, table rows are given as their
cells separated by spaces), `type`, `persona`, `difficulty`, `corpus_file`. Multi-issuer `doc_title`s join
issuers with a space, as the documents print them. Six questions have more than one source: c13-014 and
c13-015 (gazette's 办法 + fax; the gazette), c13-021 and c13-022 (fax + gazette's 办法 + gazette's 低保 notice; the
fax), c13-023 (fax + gazette's 办法; the fax), c13-024 (portal text + gazette's 办法 + fax; the text).

- c13-001, c13-002, c13-004, c13-005, c13-006, c13-007, c13-009…c13-011, c13-014…c13-016, c13-020…c13-022,
  c13-024: questions from the public in everyday words. **c13-001 the ODT table's row and its row-spanning cell**
  (72岁 低保户 扶手: 最低生活保障家庭 不超过5000元, “老年人家庭无需垫付” only in the spanned cell; the 申请 deadline
  has passed); **c13-002 the footnote and a table row** (“低保边缘家庭” 是什么: 1.5倍, 不超过3000元); c13-004 where to
  apply, **a deadline already passed** (2026年8月31日前); c13-005 a list item (紧急呼叫设备); **c13-006 the expired
  DOCX asked as if current, with a figure changed by revision** (河北人: 每人500元, not 300元 nor the comment's 600元;
  有效期至2026年6月30日, nothing later); **c13-007 the other table row** (吕梁, 山西省内: 每人300元, not 200元);
  **c13-009 a child's age** (2020年9月 出生: no, “2020年8月31日前出生”); **c13-010 a worker from another province's
  child** (居住证, “连续缴纳社会保险满6个月”); **c13-011 the image caption** (报名平台 每日8:00—20:00开放); **c13-014 a
  worker from another province in an emergency** (第六条 急难发生地, no 居住证 needed — the repealed 2023 notice asked
  for one); c13-015 a 低保 family (第九条 不再重复核对); **c13-016 a table row of the 低保 notice** (武乡县 农村:
  每人每月560元); c13-020 托位 (不少于20个); **c13-021 the amended figure across three documents** (潞州区 火灾: the
  fax's “修改为“4倍”” × 潞州区 城市低保 800元 → 3200元; the gazette's 办法 still prints 3倍); **c13-022 the other amended
  figure** (低保户 学费: 支出型 “修改为“8倍””); **c13-024 the repealed notice asked as if current** (2倍 / 500元:
  repealed by 长政办发〔2026〕7号, now 4倍 and 2000元).
- c13-003, c13-008, c13-012, c13-013, c13-017…c13-019, c13-023: civil-servant questions. **c13-003 a table row and
  the spanned cell** (特困 不超过6000元, 市级60% / 县区40%); **c13-008 three revised passages** (2026年5月31日 not
  4月30日, 县、区人力资源和社会保障部门, 社会保障卡 not 企业代发); c13-012 文号, 施行, 有效期 of the 办法 (the answer adds
  the amendment); **c13-013 what the 办法 repealed** (长政办发〔2021〕30号, 长民发〔2023〕27号); **c13-017 牵头 and 配合
  from the table spanning both columns** (托育: 市卫生健康委员会; 市民政局、市教育局; 2027年6月底前); **c13-018 牵头 and
  时限** (既有房屋改造利用: 市住房和城乡建设局, 2026年12月底前); **c13-019 when and to whom** (每季度末, 市发展和改革委员会);
  **c13-023 the fax: what it amends and from when** (自2026年10月1日起施行, “1000元以下” → “2000元以下”).
- c13-025…c13-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key
  facts, no sources): **c13-025 a figure the documents do not give on a topic they cover** (适老化改造 户数 and 资金总额:
  only per-household standards and the 60/40 share); **c13-026 a person the documents do not name** (the 方案 names
  市发展和改革委员会 but no 联系人 or phone); **c13-027 two parts, neither answered** (交通补贴 个人所得税 and 到账 days:
  the notice says only 社会保障卡 and the 申报 deadline); **c13-028 another city** (太原市's 急难型 救助; 太原 occurs in
  no file); c13-029 养犬 (犬 and 狗 occur in no file); **c13-030 a figure the 招生 notice does not give** (班额, 招生计划).

Personas: 20 public, 10 civil_servant. Files as `corpus_file`: ODT 5, DOCX 3, WeChat page 3, gazette 9 (办法 4,
方案 4 — the wide table 3 —, 低保 notice 1), fax 3, portal text 1, none 6. Types: numeric 6, yesno 5, validity 5,
deadline 3, department 2, multi_hop 2, procedure 1, unanswerable 6. Difficulty: 3 easy, 11 medium, 16 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply:
长民发〔2026〕31号 (适老化改造; no 有效期, but its 申请 deadline 2026-08-31 and its 完成 date 2026-11-30 have passed);
长教发〔2026〕21号 (招生; its 报名 dates have passed); **长政办发〔2026〕7号 (from 2026-04-01, 有效期5年) as amended by
长民发〔2026〕58号 from 2026-10-01: 急难型 4倍, 支出型 8倍, 先行救助 2000元以下**; 长政办发〔2026〕11号 (no 有效期; its
布局规划 deadline, 2026年6月底前, has passed); 长民发〔2026〕12号 (低保标准 from 2026-01-01). **Not in force:
长民发〔2023〕27号 (repealed from 2026-04-01 although its own “有效期5年” would still run) and 长人社发〔2026〕9号
(有效期至2026年6月30日, no successor).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city13/qa.jsonl --corpus tests/data/city13/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs a CJK font: `apt-get install fonts-noto-cjk`):

```
python3 -m venv /tmp/c13venv && /tmp/c13venv/bin/pip install python-docx lxml reportlab Pillow pypdfium2 odfpy
cd /work/main && PYTHONPATH=. /tmp/c13venv/bin/python tests/support/make_city13_fixtures.py
```

Generation takes about 1 s. Two runs give all eight files byte for byte (checked with sha256sum, into two
fresh folders): the ODT's and the DOCX's zip timestamps and dates (core properties, revisions, the comment)
are fixed, the fax's noise is seeded, the gazette is written with reportlab's `invariant=1`. Another Pillow,
reportlab, python-docx or font can change the fax, the gazette and the DOCX.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city12's fields in city12's order, and the ids run
  `c13-001`…`c13-030` in order; the 6 unanswerable lines have `key_facts` [], `sources` [],
  `section`/`evidence`/`corpus_file` null and answers starting “文件中未找到相关规定。”; every other line's
  `corpus_file` is the file of one of its sources; the persona, type and difficulty counts above;
- every key fact occurs in its answer and, with whitespace removed, in the text of one of its sources' files as
  a reader gets it: for the ODT odfpy's `teletype.extractText` of each child of `office:text`; for the DOCX the
  text of `word/document.xml` with the changes accepted (`w:del` dropped, `w:ins` kept; table cells joined by
  spaces); for the WeChat page lxml's `text_content()` of `body` with `script`/`style` removed; for the gazette
  pypdfium2's text of all pages; **for the fax the OCR output** of the trial above; for the text file its GB18030
  decoding. Every evidence part (“……” splits it) and every `doc_number` and `doc_title` occurs likewise in its
  file, with one exception, which is a trap: **the fax's 文号 长民发〔2026〕58号 occurs in the OCR text only as
  “长民发[2026].58号”** (c13-014, c13-015, c13-021…c13-024). The words of the unanswerable questions (太原, 晋城, 犬,
  狗, 所得税, 个税, 到账, 班额), the places in the questions (河北, 吕梁) and the earlier fixtures' cities and
  provinces (and 湖州, 上海) occur in no file: not in the ODT's or the DOCX's XML (comments included), not in the
  raw HTML, not in the gazette's text, not in the fax's drawn text or its OCR, not in the text file;
- the ODT is a zip whose first member is `mimetype`, stored; odfpy loads it; content.xml has 1 `table:table` with
  one `number-rows-spanned="3"` cell, one `number-columns-spanned="3"` cell and 4 `table:covered-table-cell`s, 1
  `text:list`, 1 `text:note`, 1 `text:soft-page-break`; styles.xml's master page has the header and the footer;
- the DOCX has 9 tracked changes by 李卫东 (5 `w:ins`, 4 `w:del`) and one comment by 赵建平 in `word/comments.xml`, and
  `w:trackRevisions` in `word/settings.xml`; python-docx's paragraph text drops the inserted runs (as noted above);
- the gazette has 3 pages, documents starting on pages 2, 2 and 3 as its 目录 says; pypdfium2's character boxes
  on pages 2 and 3 fall in two bands, x from 56 to 288 pt and from 307 pt on (726 and 737 characters on page 2;
  in the 19 pt gutter only the page number and, on page 3, a few characters of the wide table), and its text comes
  column by column;
- the TIFF has 2 frames, mode 1, 200 × 200 dpi, G4; the text file has no BOM, only CRLF line ends, fails as GBK
  on the menu line and decodes as GB18030;
- the gazette's pages and both fax pages were rendered and looked at.

Not checked: how LibreOffice, WPS or 永中 Office open the ODT (none was available; the XML was written from the
ODF 1.3 schema as the helper knows it) and how Word or WPS show the DOCX's revisions and comment; how a fax
viewer shows the TIFF; and whether the portal's URLs, the WeChat ids and the phone numbers exist (all invented).
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city13 (长治市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR,
                    help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_ODT).write_bytes(make_odt())
    (corpus / F_DOCX).write_bytes(make_docx())
    (corpus / F_WX).write_text(html_wechat(), encoding="utf-8")
    info = make_gazette(corpus / F_GAZ)
    (corpus / F_FAX).write_bytes(make_fax())
    (corpus / F_TXT).write_bytes(portal_text().encode("gb18030"))
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c13", QA), encoding="utf-8")
    readme = args.out / "README.md"
    if not readme.exists():  # (a README extended after a run is not overwritten)
        readme.write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}: gazette {info}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

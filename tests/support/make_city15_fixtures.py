"""Writes the 曲靖市 (云南省, city15) fixture: tests/data/city15/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs python-docx, xlwt, reportlab, pikepdf, Pillow, a CJK font
for the images (Noto Sans/Serif CJK SC, ``fc-list :lang=zh``; Debian's ``fonts-noto-cjk``), a CJK font
with TrueType outlines for the PDFs (reportlab cannot embed Noto's CFF outlines: WenQuanYi Zen Hei,
Debian's ``fonts-wqy-zenhei``) and, for the one step that makes the ``.doc``, LibreOffice::

    python3 -m venv /tmp/c15venv
    /tmp/c15venv/bin/pip install python-docx xlwt xlrd reportlab pikepdf Pillow pypdfium2 lxml olefile
    cd /work/main && PYTHONPATH=. /tmp/c15venv/bin/python tests/support/make_city15_fixtures.py [DIR]
    cd /work/main && PYTHONPATH=. /tmp/c15venv/bin/python tests/support/make_city15_fixtures.py --doc [DIR]

``DIR`` defaults to ``tests/data/city15``; the corpus goes to ``DIR/corpus``. The plain run writes every
file but the ``.doc``: the Word document's source is written as a DOCX to ``DIR/doc-source/`` (python-docx,
zip re-written with one fixed timestamp). **``--doc`` converts that DOCX to the corpus's ``.doc`` (Word
97–2003, binary OLE) with ``soffice --headless --convert-to doc``**; that conversion is not
byte-deterministic, so the committed ``.doc`` is the one made once, and ``--doc`` is run only to remake it.
Everything else is byte-identical on a rerun with the same fonts and library versions. Everything in the
documents (文号, 索引号, figures, dates, people, phone numbers, URL paths, tasks) is invented; the city, its
districts, counties and towns and the departments are real.

- ``qujing-chengxiang-yanglao-tongzhi.html`` + ``qujing-chengxiang-yanglao-tongzhi_2.html``: 曲政办发〔2026〕9号
  (城乡居民基本养老保险), **one notice split over two CMS pages** (第1页 / 第2页 / 下一页); the title and the
  发布日期 only on page 1, page 2 starting at item 四; it **repeals** the gazette's 曲人社发〔2025〕41号.
- ``qujing-yanglao-daiyu-tiaozheng.pdf``: 曲政办发〔2026〕41号, a two-page text PDF **whose fonts have no
  /ToUnicode** (copying its text gives garbage); it **amends** 曲政办发〔2026〕9号 (15元 → 25元, 10元 → 20元,
  20元 → 40元, 2000元 → 3000元).
- ``qujing-zhengfu-gongbao-2025-07.pdf``: 曲靖市人民政府公报 2025年第7期, **two columns** per page, a 目录,
  running heads, three notices: 曲人社发〔2025〕41号 (repealed), 曲农发〔2025〕47号 (**expired**: 有效期至
  2026年5月31日) and 曲住建发〔2025〕56号 (公租房 for 外来务工人员, in force, **a full-width table**).
- ``qilin-weifang-gaizao-fangan.doc``: 麒政办发〔2026〕12号 (农村危房改造和农房抗震改造 方案), **a Word 97–2003
  file** converted by LibreOffice from the DOCX in ``doc-source/``.
- ``qilin-weifang-gaizao-fujian.xls``: its 附件1 任务分工表 and 附件2 补助标准, **BIFF8 written by xlwt**,
  merged 牵头单位 and 改造类别 cells, a 备注 row.
- ``qilin-wenhuaguan-baoming-gonggaolan.jpg``: **a phone photo of a notice on a 公告栏** (麒麟区文化馆 寒假
  少儿公益艺术培训 报名), at an angle, unevenly lit, a neighbour sheet at the right edge, **the pixels stored
  turned 90° counter-clockwise with EXIF Orientation 6**.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city15"

F_HTML1 = "qujing-chengxiang-yanglao-tongzhi.html"
F_HTML2 = "qujing-chengxiang-yanglao-tongzhi_2.html"
F_AMD = "qujing-yanglao-daiyu-tiaozheng.pdf"
F_GAZ = "qujing-zhengfu-gongbao-2025-07.pdf"
F_DOC = "qilin-weifang-gaizao-fangan.doc"
F_DOCX_SRC = "qilin-weifang-gaizao-fangan.docx"  # in DIR/doc-source/, the .doc's source
F_XLS = "qilin-weifang-gaizao-fujian.xls"
F_PHOTO = "qilin-wenhuaguan-baoming-gonggaolan.jpg"


# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

SZF = "曲靖市人民政府办公室"

YL_NUMBER = "曲政办发〔2026〕9号"
YL_TITLE = f"{SZF}关于进一步做好城乡居民基本养老保险工作的通知"
YL_DATE = "2026年2月10日"

AM_NUMBER = "曲政办发〔2026〕41号"
AM_TITLE = f"{SZF}关于调整城乡居民基本养老保险有关待遇标准的通知"
AM_DATE = "2026年9月15日"
AM_ANNEX = "调整前后城乡居民基本养老保险待遇标准对照表"

OLD_NUMBER = "曲人社发〔2025〕41号"
OLD_TITLE = "曲靖市人力资源和社会保障局 曲靖市财政局关于调整城乡居民基本养老保险缴费补贴标准的通知"
OLD_RULES = "曲靖市城乡居民基本养老保险实施办法"
OLD_RULES_NUMBER = "曲政发〔2019〕17号"

YC_NUMBER = "曲农发〔2025〕47号"
YC_TITLE = "曲靖市农业农村局 曲靖市财政局关于开展2025年秋冬种油菜绿色高产高效示范补助工作的通知"

GZ_NUMBER = "曲住建发〔2025〕56号"
GZ_TITLE = "曲靖市住房和城乡建设局 曲靖市财政局关于将外来务工人员纳入中心城区公共租赁住房保障范围的通知"
GZ_TABLE_TITLE = "中心城区公共租赁住房租赁补贴标准（按户按月发放）"

WF_NUMBER = "麒政办发〔2026〕12号"
WF_PLAN = "麒麟区2026年农村危房改造和农房抗震改造实施方案"
WF_TITLE = f"麒麟区人民政府办公室关于印发{WF_PLAN}的通知"
WF_DATE = "2026年3月18日"
WF_TASKS = "麒麟区2026年农村危房改造和农房抗震改造重点任务分工表"
WF_SUBSIDY = "麒麟区2026年农村危房改造和农房抗震改造补助标准"

PX_TITLE = "麒麟区文化馆2027年寒假少儿公益艺术培训报名通知"

GB_NAME = "曲靖市人民政府公报"
GB_ISSUE = "2025年第7期"

TEL_SB = "0874-3125617"  # 市社会保险中心
TEL_WF = "0874-3196215"  # 麒麟区住房和城乡建设局村镇建设股
TEL_WHG = "0874-3126538"  # 麒麟区文化馆


# =============================================================================================
# The documents' text
# =============================================================================================

# 1. The paginated web article (曲政办发〔2026〕9号): (heading, [paragraphs]); page 2 starts at item 四.
YL_ADDR = "各县（市、区）人民政府，市直各部门："
YL_INTRO = ("为进一步完善城乡居民基本养老保险制度，提高参保缴费水平和待遇水平，根据国家和省有关规定，结合我市实际，"
            "经市人民政府同意，现就有关事项通知如下：")
YL_AGE = ("年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的本市户籍城乡"
          "居民，可以在户籍所在地参加城乡居民基本养老保险。")
YL_NONLOCAL = ("非本市户籍人员在本市居住、持有本市居住证满1年且未在户籍所在地参加城乡居民基本养老保险的，可以在居住地参保。"
               "参保人不得同时参加职工基本养老保险和城乡居民基本养老保险，不得重复参保。")
YL_LEVELS = ("个人缴费标准设为每年200元、300元、400元、500元、600元、800元、1000元、1500元、2000元、3000元10个档次，"
             "参保人自主选择档次缴费，多缴多得。每年缴费时间为1月1日至12月25日，可以通过户籍所在地或者居住地乡镇（街道）"
             "便民服务中心和税务部门线上渠道缴纳。")
YL_SUBSIDY = ["政府对参保人缴费给予补贴，补贴资金全部记入个人账户：",
              "（一）选择200元档次缴费的，每人每年补贴30元；",
              "（二）选择300元、400元档次缴费的，每人每年补贴40元；",
              "（三）选择500元至800元档次缴费的，每人每年补贴60元；",
              "（四）选择1000元及以上档次缴费的，每人每年补贴100元。",
              "缴费补贴所需资金由市、县两级财政按照4:6的比例分担。"]
YL_HARDSHIP = ("对最低生活保障对象、特困人员、返贫致贫人口和重度残疾人等缴费困难群体，由县级人民政府按每人每年200元的标准"
               "为其代缴全部最低档次养老保险费；对低保边缘家庭成员，按每人每年100元的标准代缴部分养老保险费。被代缴人员同时"
               "享受本通知第三项规定的政府缴费补贴。")
YL_BASIC = "（一）基础养老金。在国家和省确定的基础养老金标准基础上，市级财政为本市参保人每人每月加发基础养老金15元。"
YL_AGED = ("（二）高龄加发。年满70周岁不满80周岁的，每人每月加发10元；年满80周岁不满90周岁的，每人每月加发20元；"
           "年满90周岁及以上的，每人每月加发50元。")
YL_LONG = "（三）长缴多得。累计缴费超过15年的，每多缴费1年，每人每月加发基础养老金2元。"
YL_PAYOUT = ("参保人年满60周岁、累计缴费满15年，且未领取国家规定的基本养老保障待遇的，可以按月领取城乡居民基本养老保险"
             "待遇。")
YL_FUNERAL = ("领取待遇人员死亡的，从次月起停止发放养老金，其遗属可以申领一次性丧葬补助金，丧葬补助金标准为2000元。遗属应当"
              "在参保人死亡之日起6个月内向户籍所在地乡镇（街道）便民服务中心提出申请。")
YL_SERVICE = ("各县（市、区）人力资源和社会保障部门、社会保险经办机构要优化经办流程，推行待遇资格认证“静默认证”，做好参保"
              f"缴费和待遇发放工作。咨询电话：12333、{TEL_SB}（市社会保险中心）。")
YL_END = (f"本通知自2026年3月1日起施行，有效期5年。《{OLD_RULES}》（{OLD_RULES_NUMBER}）、《{OLD_TITLE}》（{OLD_NUMBER}）"
          "同时废止。此前有关规定与本通知不一致的，以本通知为准。")
YL_PAGE1: list[tuple[str, list[str]]] = [
    ("一、参保范围", [YL_AGE, YL_NONLOCAL]),
    ("二、缴费档次", [YL_LEVELS]),
    ("三、政府缴费补贴", YL_SUBSIDY),
]
YL_PAGE2: list[tuple[str, list[str]]] = [
    ("四、困难群体代缴", [YL_HARDSHIP]),
    ("五、待遇标准", ["城乡居民基本养老保险待遇由基础养老金和个人账户养老金构成。", YL_BASIC, YL_AGED, YL_LONG]),
    ("六、领取条件", [YL_PAYOUT]),
    ("七、丧葬补助金", [YL_FUNERAL]),
    ("八、经办服务", [YL_SERVICE]),
    ("九、施行日期", [YL_END]),
]

# 2. The PDF without /ToUnicode (曲政办发〔2026〕41号, amends 曲政办发〔2026〕9号)
AM_PARAS = [
    f"《{YL_TITLE}》（{YL_NUMBER}，以下简称《通知》）印发以来，各地认真抓好落实，城乡居民基本养老保险待遇水平稳步"
    "提高。为进一步保障城乡老年居民基本生活，经市人民政府同意，现对《通知》有关待遇标准调整如下：",
    "一、将《通知》第五项第（一）目中的“每人每月加发基础养老金15元”修改为“每人每月加发基础养老金25元”。",
    "二、将《通知》第五项第（二）目中的“年满70周岁不满80周岁的，每人每月加发10元”修改为“年满70周岁不满80周岁的，"
    "每人每月加发20元”；“年满80周岁不满90周岁的，每人每月加发20元”修改为“年满80周岁不满90周岁的，每人每月加发40元”。"
    "年满90周岁及以上的加发标准不变。",
    "三、将《通知》第七项中的“丧葬补助金标准为2000元”修改为“丧葬补助金标准为3000元”。",
    "四、调整所需资金由市、县两级财政按照《通知》第三项规定的比例分担。各县（市、区）社会保险经办机构要于2026年10月"
    "底前完成待遇调整，按时足额发放。",
    "五、本通知自2026年10月1日起施行，2026年10月起按照调整后的标准发放。《通知》其他内容不变。",
    f"联系人：市社会保险中心待遇科赵丽萍，电话：{TEL_SB}。",
    f"附件：{AM_ANNEX}",
]
AM_HEAD = ("项目", "适用对象", "调整前", "调整后")
AM_ROWS = [
    ("市级加发基础养老金", "领取待遇人员", "每人每月15元", "每人每月25元"),
    ("高龄加发", "年满70周岁不满80周岁", "每人每月10元", "每人每月20元"),
    ("高龄加发", "年满80周岁不满90周岁", "每人每月20元", "每人每月40元"),
    ("高龄加发", "年满90周岁及以上", "每人每月50元", "每人每月50元"),
    ("丧葬补助金", "领取待遇人员死亡", "2000元", "3000元"),
]

# 3. The gazette's three notices: (title, 文号, addressee, paragraphs, signature, date); "#TABLE" marks the table
OLD_PARAS = [
    "为鼓励城乡居民选择较高档次缴费，根据省有关规定，经市人民政府同意，现就调整我市城乡居民基本养老保险缴费补贴"
    "标准有关事项通知如下：",
    "一、补贴标准。参保人选择200元档次缴费的，每人每年补贴20元；选择300元、400元档次缴费的，每人每年补贴30元；"
    "选择500元至800元档次缴费的，每人每年补贴50元；选择1000元及以上档次缴费的，每人每年补贴80元。",
    "二、困难群体代缴。对最低生活保障对象、特困人员和重度残疾人，由县级人民政府按每人每年100元的标准代缴部分养老"
    "保险费，并享受相应档次的缴费补贴。",
    "三、资金分担。缴费补贴所需资金由市、县两级财政按照3:7的比例分担，各县（市、区）财政局要及时足额安排本级资金。",
    "四、本通知自2025年7月1日起施行，有效期5年。",
]
YC_PARAS = [
    "为稳定油菜种植面积，提高油菜单产和品质，市农业农村局、市财政局决定在全市开展2025年秋冬种油菜绿色高产高效示范"
    "补助工作。现将有关事项通知如下：",
    "一、补助对象。在本市集中连片种植油菜100亩以上、建设绿色高产高效示范片的种植大户、家庭农场和农民专业合作社。",
    "二、补助标准。示范片内统一供种、统一开展绿色防控的，每亩补助80元，其中良种补助50元、绿色防控物资补助30元；"
    "单个经营主体补助总额不超过10万元。",
    "三、申报程序。经营主体于2025年10月31日前向所在县（市、区）农业农村局申报，经县级农业农村、财政部门实地核验后，"
    "于2026年4月30日前兑付补助资金。",
    "四、有效期限。本通知自印发之日起施行，有效期至2026年5月31日。",
]
GZ_PARAS = [
    "为解决外来务工人员阶段性住房困难，根据国家和省有关规定，现就将外来务工人员纳入中心城区公共租赁住房保障范围有关"
    "事项通知如下：",
    "一、保障对象。在麒麟区、沾益区、马龙区和曲靖经济技术开发区（以下称中心城区）稳定就业，与用人单位签订劳动合同并在"
    "本市连续缴纳职工基本养老保险满12个月，本人及配偶、未成年子女在中心城区无自有住房的外来务工人员（含外省籍），"
    "可以申请公共租赁住房实物配租或者租赁补贴。",
    "二、保障方式。公共租赁住房租金按照同地段同类住房市场租金的70%确定；最低生活保障家庭按照公租房租金的10%收取，"
    "低保边缘家庭按照公租房租金的50%收取。选择租赁补贴的，按照下表标准按月发放：",
    "#TABLE",
    "三、申请程序。申请人向工作单位所在地街道办事处（社区）提交申请，经区住房和城乡建设局审核、公示7日无异议后，由市"
    "住房保障中心统一轮候配租或者发放租赁补贴。每年3月和9月集中受理申请。",
    "四、退出管理。保障对象不再符合保障条件的，应当在3个月内退出公共租赁住房或者停止领取租赁补贴。",
    "五、本通知自2025年8月1日起施行，有效期5年。",
]
GZ_HEAD = ("保障对象", "1人户", "2人户", "3人及以上户")
GZ_ROWS = [
    ("城镇低收入住房困难家庭", "300元", "450元", "600元"),
    ("城镇中等偏下收入住房困难家庭", "200元", "300元", "400元"),
    ("外来务工人员", "240元", "360元", "480元"),
]
GB_NOTICES = [
    (OLD_TITLE, OLD_NUMBER, "各县（市、区）人力资源和社会保障局、财政局：", OLD_PARAS,
     "曲靖市人力资源和社会保障局　曲靖市财政局", "2025年6月20日"),
    (YC_TITLE, YC_NUMBER, "各县（市、区）农业农村局、财政局：", YC_PARAS, "曲靖市农业农村局　曲靖市财政局",
     "2025年7月15日"),
    (GZ_TITLE, GZ_NUMBER, "麒麟区、沾益区、马龙区住房和城乡建设局、财政局，曲靖经济技术开发区管委会：", GZ_PARAS,
     "曲靖市住房和城乡建设局　曲靖市财政局", "2025年7月25日"),
]

# 4. The Word document (麒政办发〔2026〕12号) and 5. its two annexes in the .xls
WF_ADDR = "各乡镇人民政府、街道办事处，区直各部门："
WF_COVER = f"《{WF_PLAN}》已经区人民政府同意，现印发给你们，请认真组织实施。"
WF_ANNEXES = [f"附件：1.{WF_TASKS}", f"　　　2.{WF_SUBSIDY}"]
WF_INTRO = "为保障农村低收入群体等重点对象住房安全，提升农房抗震设防能力，根据省、市有关工作部署，结合我区实际，制定本方案。"
WF_GOAL = "2026年全区完成农村危房改造180户、农房抗震改造300户，2026年11月30日前全部竣工验收。任务分解如下："
WF_TABLE = [("乡镇（街道）", "农村危房改造", "农房抗震改造"),
            ("越州镇", "60户", "90户"),
            ("东山镇", "70户", "110户"),
            ("茨营镇", "30户", "60户"),
            ("珠街街道", "20户", "40户"),
            ("合计", "180户", "300户")]
WF_BODY: list[tuple[str, str]] = [  # ("h", heading) or ("p", paragraph); "#TABLE" the task table
    ("h", "一、目标任务"), ("p", WF_GOAL), ("t", "#TABLE"),
    ("h", "二、改造对象"),
    ("p", "（一）农村危房改造对象为住房经鉴定为C级或者D级危房的农村易返贫致贫户、农村低保户、农村分散供养特困人员、"
          "农村低保边缘家庭等低收入群体。"),
    ("p", "（二）农房抗震改造对象为未达到当地抗震设防要求、经评估需要加固的一般农户自有住房，优先支持位于地震易发区和"
          "人口聚居村庄的农房。"),
    ("h", "三、补助标准"),
    ("p", "补助资金实行分类补助，C级危房以修缮加固为主，D级危房原则上拆除重建，具体标准见附件2。同一农户只能享受一次"
          "农村危房改造或者农房抗震改造补助，不得重复享受。"),
    ("h", "四、实施程序"),
    ("p", "1.农户申请。符合条件的农户于2026年5月31日前向所在村（居）民委员会提出书面申请，并提交户口簿、身份证明和住房"
          "情况说明。"),
    ("p", "2.审核公示。村（居）民委员会初审后报乡镇人民政府（街道办事处）审核，审核结果在村务公开栏公示7日。"),
    ("p", "3.等级鉴定。区住房和城乡建设局组织对申请农户的住房进行安全等级鉴定，出具鉴定结论。"),
    ("p", "4.竣工验收。改造完成后，由乡镇人民政府（街道办事处）会同区住房和城乡建设局组织验收；验收合格的，补助资金通过"
          "“一卡通”直接拨付至农户账户。"),
    ("h", "五、建设要求"),
    ("p", "拆除重建的，1至2人户建筑面积控制在40至60平方米，3人户控制在60至80平方米，3人以上户人均建筑面积不超过18平方米。"
          "改造后的住房须达到当地抗震设防要求。"),
    ("h", "六、保障措施"),
    ("p", "各乡镇（街道）和区直有关部门要按照附件1明确的分工抓好落实。区住房和城乡建设局要加强技术指导和质量安全监管，"
          f"区财政局要及时拨付补助资金，严禁截留、挤占、挪用。咨询电话：{TEL_WF}（区住房和城乡建设局村镇建设股）。"),
    ("h", "七、施行日期"),
    ("p", "本方案自印发之日起施行，有效期至2026年12月31日。"),
]
WF_CC = "抄送：区委办公室，区人大常委会办公室，区政协办公室。"
WF_PRINTED = "麒麟区人民政府办公室　　　　　　　　2026年3月18日印发"

XT_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
XT_ROWS = [
    ("1", "改造对象身份认定", "区民政局", "区农业农村局、区残联、各乡镇（街道）", "2026年5月31日前"),
    ("2", "住房安全等级鉴定", "区住房和城乡建设局", "各乡镇（街道）", "2026年6月30日前"),
    ("3", "改造方案审核和施工技术指导", "", "区自然资源局、各乡镇（街道）", "2026年10月31日前"),
    ("4", "竣工验收", "", "区财政局、各乡镇（街道）", "2026年11月30日前"),
    ("5", "补助资金筹措和拨付", "区财政局", "区住房和城乡建设局", "验收合格后20个工作日内"),
    ("6", "农村建筑工匠培训", "区人力资源和社会保障局", "区住房和城乡建设局", "2026年8月31日前"),
]
XT_MERGE = (2, 4)  # 序号 whose 牵头单位 is one merged cell
XT_NOTE = ("备注：各牵头单位于每月25日前将任务进展情况报区住房和城乡建设局（区农村危房改造工作领导小组办公室），12月10日前"
           "报送全年工作总结。")
XS_HEAD = ("改造类别", "补助对象", "改造方式", "补助标准")
XS_ROWS = [
    ("农村危房改造", "农村分散供养特困人员", "D级危房拆除重建", "每户45000元"),
    ("", "农村低保户、农村易返贫致贫户", "D级危房拆除重建", "每户40000元"),
    ("", "农村低保边缘家庭", "D级危房拆除重建", "每户30000元"),
    ("", "上述各类对象", "C级危房修缮加固", "每户15000元"),
    ("农房抗震改造", "一般农户", "抗震加固", "每户10000元"),
]
XS_NOTE = "注：补助资金在竣工验收合格后一次性拨付；同一农户只能享受一次补助，不得重复享受。"

# 6. The photographed notice (麒麟区文化馆)
PX_LINES_TITLE = ["麒麟区文化馆", "2027年寒假少儿公益艺术培训", "报名通知"]
PX_PARAS = [
    "为丰富少年儿童寒假文化生活，麒麟区文化馆将举办2027年寒假少儿公益艺术培训班，现将报名事项通知如下：",
    "一、招收对象：麒麟区辖区内7至12周岁少年儿童。",
    "二、培训项目：少儿书法、少儿舞蹈、少儿合唱，每个班30人，额满为止。",
    "三、报名时间：2026年12月12日至12月20日（每天9:00—17:00）。",
    "四、报名地点：麒麟区文化馆一楼服务台。",
    "五、培训时间：2027年1月18日至2月5日，每周二、四、六上午。",
    "六、培训全程免费。报名时请携带户口簿或者出生医学证明。",
    f"咨询电话：{TEL_WHG}",
]
PX_SIGN = ["麒麟区文化馆", "2026年11月28日"]


# =============================================================================================
# Shared helpers
# =============================================================================================

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


def _fixed_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """An Office file re-zipped with one fixed timestamp (python-docx writes the current time)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    return _zip(items, when)


def wqy_path() -> str:
    """WenQuanYi Zen Hei (TrueType outlines, which reportlab can embed; Noto CJK's CFF it cannot)."""
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


def _pdf_finish(data: bytes, info: dict[str, str], strip_tounicode: bool) -> bytes:
    """Sets the document info and, if asked, removes every /ToUnicode of every font (pikepdf); the file ID
    is derived from the content, so the bytes repeat."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    if strip_tounicode:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font and "/ToUnicode" in obj:
                del obj["/ToUnicode"]
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary({f"/{k}": pikepdf.String(v) for k, v in info.items()}))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


# =============================================================================================
# 1. qilin-weifang-gaizao-fangan.doc (python-docx → DOCX in doc-source/, then LibreOffice → .doc)
# =============================================================================================

DOCX_WHEN = (2026, 3, 18, 16, 12, 0)


def _east_asian(run_or_style, name: str) -> None:
    from docx.oxml.ns import qn

    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)


def make_docx() -> bytes:
    import datetime

    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.author = "麒麟区人民政府办公室"
    cp.last_modified_by = "区政府办-秘书科"
    cp.title = WF_TITLE
    cp.created = datetime.datetime(2026, 3, 17, 9, 40, 0)
    cp.modified = datetime.datetime(2026, 3, 18, 16, 12, 0)
    cp.revision = 7
    cp.comments = ""
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    _east_asian(normal, "仿宋_GB2312")
    for name, size in (("Heading 1", 22), ("Heading 2", 16)):
        st = d.styles[name]
        st.font.size = Pt(size)
        st.font.bold = name == "Heading 2"
        st.font.color.rgb = RGBColor(0, 0, 0)
        _east_asian(st, "方正小标宋简体" if name == "Heading 1" else "黑体")

    hp = sec.header.paragraphs[0]
    hp.text = WF_NUMBER
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.text = "麒麟区人民政府办公室"

    def para(text: str, align=None, indent: bool = True, style: str | None = None):
        p = d.add_paragraph(text, style=style)
        if align is not None:
            p.alignment = align
        if indent and align is None:
            p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = Pt(28)
        return p

    red = d.add_paragraph()
    red.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = red.add_run("麒麟区人民政府办公室文件")
    r.font.size, r.font.color.rgb = Pt(36), RGBColor(0xE0, 0x10, 0x10)
    _east_asian(r, "方正小标宋简体")
    para(WF_NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("━" * 18, align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].font.color.rgb = RGBColor(0xE0, 0x10, 0x10)
    d.add_heading(WF_TITLE, level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(WF_ADDR, indent=False)
    para(WF_COVER)
    for a in WF_ANNEXES:
        para(a)
    para("麒麟区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(WF_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("（此件公开发布）")
    d.add_page_break()
    d.add_heading(WF_PLAN, level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(WF_INTRO)
    for kind, text in WF_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "p":
            para(text)
        else:
            t = d.add_table(rows=len(WF_TABLE), cols=3)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(WF_TABLE):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = val
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if i == 0:
                        cell.paragraphs[0].runs[0].font.bold = True
    para("")
    para("━" * 24, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(WF_CC, indent=False)
    para(WF_PRINTED, indent=False)
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue(), DOCX_WHEN)


def convert_doc(docx: Path, out: Path) -> None:
    """``--doc``: the DOCX → a Word 97–2003 .doc with LibreOffice headless (not byte-deterministic)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        src = Path(tmp) / out.with_suffix(".docx").name
        src.write_bytes(docx.read_bytes())
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "doc:MS Word 97", "--outdir", tmp, str(src)], check=True, capture_output=True)
        shutil.copyfile(Path(tmp) / out.name, out)


# =============================================================================================
# 2. qilin-weifang-gaizao-fujian.xls (BIFF8 by xlwt: 附件1 任务分工表, 附件2 补助标准)
# =============================================================================================

def make_xls() -> bytes:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    border = "borders: left thin, right thin, top thin, bottom thin"
    title = xlwt.easyxf("font: name 方正小标宋简体, height 360; align: horiz centre, vert centre, wrap on")
    sub = xlwt.easyxf("font: name 仿宋_GB2312, height 240; align: horiz centre, vert centre")
    head = xlwt.easyxf(f"font: name 黑体, height 240; align: horiz centre, vert centre, wrap on; {border}")
    centre = xlwt.easyxf(f"font: name 仿宋_GB2312, height 240; align: horiz centre, vert centre, wrap on; {border}")
    left = xlwt.easyxf(f"font: name 仿宋_GB2312, height 240; align: horiz left, vert centre, wrap on; {border}")
    note = xlwt.easyxf("font: name 仿宋_GB2312, height 240; align: horiz left, vert centre, wrap on")

    def sheet(name: str, ttl: str, subtitle: str, header: tuple[str, ...], rows: list[tuple[str, ...]],
              widths: list[int], merge: tuple[int, int, int] | None, remark: str) -> None:
        """``merge``: (column, first row, last row) of ``rows`` (0-based) written as one merged cell."""
        ws = wb.add_sheet(name)
        n = len(header)
        ws.write_merge(0, 0, 0, n - 1, ttl, title)
        ws.row(0).height_mismatch = True
        ws.row(0).height = 720
        ws.write_merge(1, 1, 0, n - 1, subtitle, sub)
        for c, h in enumerate(header):
            ws.write(2, c, h, head)
        for k, row in enumerate(rows):
            r = 3 + k
            ws.row(r).height_mismatch = True
            ws.row(r).height = 760
            for c, v in enumerate(row):
                if merge and c == merge[0] and merge[1] <= k <= merge[2]:
                    continue
                style = left if header[c] in ("重点任务", "配合单位", "补助对象") else centre
                ws.write(r, c, int(v) if v.isdigit() else v, style)
        if merge:
            col, a, b = merge
            ws.write_merge(3 + a, 3 + b, col, col, rows[a][col], centre)
        r = 3 + len(rows)
        ws.write_merge(r, r, 0, n - 1, remark, note)
        ws.row(r).height_mismatch = True
        ws.row(r).height = 720
        for c, w in enumerate(widths):
            ws.col(c).width = w * 256
        ws.set_panes_frozen(True)
        ws.set_horz_split_pos(3)
        ws.portrait = False
        ws.paper_size_code = 9  # A4

    sheet("附件1 任务分工表", WF_TASKS, f"（{WF_NUMBER}附件1）", XT_HEAD, XT_ROWS, [7, 28, 22, 36, 22],
          (2, XT_MERGE[0] - 1, XT_MERGE[1] - 1), XT_NOTE)
    sheet("附件2 补助标准", WF_SUBSIDY, f"（{WF_NUMBER}附件2）", XS_HEAD, XS_ROWS, [18, 32, 22, 20],
          (0, 0, 3), XS_NOTE)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# =============================================================================================
# 3. qujing-yanglao-daiyu-tiaozheng.pdf (reportlab text PDF, then every /ToUnicode removed)
# =============================================================================================

A4W, A4H = 595.28, 841.89
RED = (0.85, 0.08, 0.08)


def make_amend_pdf(strip: bool = True) -> bytes:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    font = _rl_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(A4W, A4H), invariant=1, pageCompression=1)
    c.setTitle(AM_TITLE)
    c.setAuthor(SZF)
    left, right, bottom = 79.0, A4W - 74.0, 96.0
    width = right - left
    body, lead = 15.5, 28.5
    page = [1]

    def footer() -> None:
        c.setFont(font, 13)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(A4W / 2, 52, f"— {page[0]} —")

    def new_page() -> float:
        footer()
        c.showPage()
        page[0] += 1
        return A4H - 90

    def lines(text: str, size: float, w: float) -> list[str]:
        return wrap_cjk(text, lambda s: stringWidth(s, font, size), w)

    # 文头, 文号, the red rule
    c.setFillColorRGB(*RED)
    c.setFont(font, 30)
    c.drawCentredString(A4W / 2, A4H - 118, f"{SZF}文件")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, body)
    c.drawCentredString(A4W / 2, A4H - 176, AM_NUMBER)
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(1.6)
    c.line(left, A4H - 190, right, A4H - 190)
    y = A4H - 236
    c.setFont(font, 20)
    for t in ("曲靖市人民政府办公室关于调整城乡居民", "基本养老保险有关待遇标准的通知"):
        c.drawCentredString(A4W / 2, y, t)
        y -= 34
    y -= 8
    c.setFont(font, body)
    c.drawString(left, y, "各县（市、区）人民政府，市直各部门：")
    y -= lead
    for para in AM_PARAS[:-1]:
        for ln in lines("　　" + para, body, width):
            if y < bottom:
                y = new_page()
                c.setFont(font, body)
            c.drawString(left, y, ln)
            y -= lead
    y -= 6
    c.drawString(left, y, "　　" + AM_PARAS[-1])
    y -= lead * 2.2
    sign_x = right - 40
    for t in (SZF, AM_DATE):
        c.drawRightString(sign_x, y, t)
        y -= lead
    c.drawString(left, y, "　　（此件公开发布）")
    y -= lead * 1.6
    # the annex: a small ruled table
    c.setFont(font, 14)
    c.drawString(left, y, "附件")
    y -= lead
    c.setFont(font, 15)
    c.drawCentredString(A4W / 2, y, AM_ANNEX)
    y -= 16
    cols = [118.0, 138.0, 92.0, 94.0]
    row_h = 22.0
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.7)
    x0 = left
    for k, row in enumerate([AM_HEAD, *AM_ROWS]):
        top = y - k * row_h
        c.line(x0, top, x0 + sum(cols), top)
        c.setFont(font, 11.5)
        x = x0
        for w, val in zip(cols, row, strict=True):
            c.drawCentredString(x + w / 2, top - 15.5, val)
            x += w
    y_end = y - (len(AM_ROWS) + 1) * row_h
    c.line(x0, y_end, x0 + sum(cols), y_end)
    x = x0
    for w in [0.0, *cols]:
        x += w
        c.line(x, y, x, y_end)
    if y_end < 150:
        raise SystemExit(f"the amendment's page 2 runs into the 版记 (table ends at {y_end:.0f} pt)")
    # 版记: 抄送 and 印发 between rules at the foot of the last page
    c.setFont(font, 13)
    c.setLineWidth(0.9)
    for yy in (132, 108, 84):
        c.line(left, yy, right, yy)
    c.drawString(left + 12, 115, "抄送：市委办公室，市人大常委会办公室，市政协办公室。")
    c.drawString(left + 12, 91, SZF)
    c.drawRightString(right - 12, 91, "2026年9月15日印发")
    footer()
    c.showPage()
    c.save()
    if page[0] != 2:
        raise SystemExit(f"the amendment runs to {page[0]} pages, not 2")
    info = {"Title": AM_TITLE, "Author": SZF, "Creator": "WPS 文字", "Producer": "ReportLab PDF Library",
            "CreationDate": "D:20260915101522+08'00'", "ModDate": "D:20260915101522+08'00'"}
    return _pdf_finish(buf.getvalue(), info, strip_tounicode=strip)


# =============================================================================================
# 4. qujing-zhengfu-gongbao-2025-07.pdf (a two-column gazette issue, text layer, normal fonts)
# =============================================================================================

GB_LEFT, GB_GAP = 50.0, 22.0
GB_COL = (A4W - 2 * GB_LEFT - GB_GAP) / 2
GB_TOP, GB_BOTTOM = A4H - 74, 62.0
GB_BODY, GB_LEAD = 9.8, 15.6


def _gb_lines(font: str) -> list[tuple[str, str, int, float]]:
    """The notices as lines to flow, (kind, text, notice index, height); kind "table" is the full-width table."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def wrap(text: str, size: float) -> list[str]:
        return wrap_cjk(text, lambda s: stringWidth(s, font, size), GB_COL)

    out: list[tuple[str, str, int, float]] = []
    for k, (title, number, addr, paras, sign, date) in enumerate(GB_NOTICES):
        if k:
            out.append(("space", "", k, GB_LEAD * 1.2))
        out += [("title", t, k, 18.5) for t in wrap(title, 12.5)]
        out.append(("number", f"（{number}）", k, GB_LEAD * 1.3))
        out += [("body", t, k, GB_LEAD) for t in wrap(addr, GB_BODY)]
        for para in paras:
            if para == "#TABLE":
                out.append(("table", "", k, 0.0))
                continue
            out += [("body", t, k, GB_LEAD) for t in wrap("　　" + para, GB_BODY)]
        out += [("sign", sign, k, GB_LEAD * 1.6), ("sign", date, k, GB_LEAD)]
    return out


def make_gazette() -> bytes:
    font = _rl_font()
    starts = _gazette(font, None)[1]
    data, again = _gazette(font, starts)
    if again != starts:
        raise SystemExit("the gazette's layout moved between its two passes")
    info = {"Title": f"{GB_NAME}{GB_ISSUE}", "Author": SZF, "Creator": "方正书版", "Producer": "ReportLab PDF Library",
            "CreationDate": "D:20250731170500+08'00'", "ModDate": "D:20250731170500+08'00'"}
    return _pdf_finish(data, info, strip_tounicode=False)


def _gazette(font: str, toc_pages: list[tuple[int, str, float]] | None) -> tuple[bytes, list[tuple[int, str, float]]]:
    """One layout pass; returns the PDF and, per notice, (page, column, y) of its first line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(A4W, A4H), invariant=1, pageCompression=1)
    c.setTitle(f"{GB_NAME}{GB_ISSUE}")
    page = [1]
    starts: list[tuple[int, str, float]] = []

    def running_head() -> None:
        c.setFont(font, 9)
        c.setFillColorRGB(0.55, 0.05, 0.05)
        if page[0] % 2:
            c.drawString(GB_LEFT, A4H - 46, GB_NAME)
            c.drawRightString(A4W - GB_LEFT, A4H - 46, GB_ISSUE)
        else:
            c.drawString(GB_LEFT, A4H - 46, GB_ISSUE)
            c.drawRightString(A4W - GB_LEFT, A4H - 46, GB_NAME)
        c.setStrokeColorRGB(0.55, 0.05, 0.05)
        c.setLineWidth(0.8)
        c.line(GB_LEFT, A4H - 52, A4W - GB_LEFT, A4H - 52)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFont(font, 9.5)
        c.drawCentredString(A4W / 2, 34, f"· {page[0]} ·")

    def next_page() -> None:
        c.showPage()
        page[0] += 1
        running_head()

    # page 1: the masthead and the 目录
    running_head()
    c.setFillColorRGB(0.78, 0.06, 0.06)
    c.setFont(font, 36)
    c.drawCentredString(A4W / 2, A4H - 150, GB_NAME)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 14)
    c.drawCentredString(A4W / 2, A4H - 188, f"{GB_ISSUE}（总第187期）")
    c.setFont(font, 10.5)
    c.drawCentredString(A4W / 2, A4H - 210, f"{SZF}编印　　　　2025年7月31日出版")
    c.setStrokeColorRGB(0.78, 0.06, 0.06)
    c.setLineWidth(2)
    c.line(GB_LEFT, A4H - 226, A4W - GB_LEFT, A4H - 226)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFont(font, 18)
    c.drawCentredString(A4W / 2, A4H - 272, "目　　录")
    c.setFont(font, 12)
    c.drawString(GB_LEFT + 10, A4H - 306, "【部门文件】")
    y = A4H - 334
    toc_w = A4W - 2 * GB_LEFT - 60
    for k, (title, number, *_rest) in enumerate(GB_NOTICES):
        pno = str(toc_pages[k][0]) if toc_pages else "0"
        entry = wrap_cjk(f"{title}（{number}）", lambda s: stringWidth(s, font, 11), toc_w)
        c.setFont(font, 11)
        for j, t in enumerate(entry):
            c.drawString(GB_LEFT + 30, y, t)
            if j == len(entry) - 1:
                tw = stringWidth(t, font, 11)
                dots = "·" * max(3, int((A4W - GB_LEFT - 30 - (GB_LEFT + 30 + tw)) / stringWidth("·", font, 11)))
                c.drawString(GB_LEFT + 32 + tw, y, dots)
                c.drawRightString(A4W - GB_LEFT, y, pno)
            y -= 19
        y -= 10
    c.setFont(font, 9.5)
    c.drawString(GB_LEFT + 10, 120, "主办：曲靖市人民政府办公室")
    c.drawString(GB_LEFT + 10, 104, "内部资料　免费交流")
    next_page()

    lines = _gb_lines(font)
    x_cols = (GB_LEFT, GB_LEFT + GB_COL + GB_GAP)

    def draw_col(col: int, items: list[tuple[str, str, int, float]], top: float) -> None:
        y = top
        x = x_cols[col]
        for kind, text, k, h in items:
            y -= h
            if kind == "title":
                if len(starts) == k:
                    starts.append((page[0], "left" if col == 0 else "right", round(y)))
                c.setFont(font, 12.5)
                c.drawCentredString(x + GB_COL / 2, y + 3, text)
            elif kind == "number":
                c.setFont(font, GB_BODY)
                c.drawCentredString(x + GB_COL / 2, y + 4, text)
            elif kind == "body":
                c.setFont(font, GB_BODY)
                c.drawString(x, y + 4, text)
            elif kind == "sign":
                c.setFont(font, GB_BODY)
                c.drawRightString(x + GB_COL - 12, y + 4, text)

    def height(items: list[tuple[str, str, int, float]]) -> float:
        return sum(i[3] for i in items)

    def fill(items: list, cap: float) -> tuple[list, list, list]:
        cols: list[list] = [[], []]
        k = 0
        for col in (0, 1):
            h = 0.0
            while k < len(items) and h + items[k][3] <= cap:
                if not cols[col] and items[k][0] == "space":  # no gap at a column's top
                    k += 1
                    continue
                cols[col].append(items[k])
                h += items[k][3]
                k += 1
        return cols[0], cols[1], items[k:]

    def separator(top: float, bottom: float) -> None:
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.4)
        xm = GB_LEFT + GB_COL + GB_GAP / 2
        c.line(xm, top, xm, bottom)
        c.setStrokeColorRGB(0, 0, 0)

    top = GB_TOP
    pending: list[tuple[str, str, int, float]] = []

    def close_band() -> float:
        """Flows the pending lines in two columns from ``top``: full pages first, then a balanced band."""
        nonlocal top, pending
        while True:
            left, right, rest = fill(pending, top - GB_BOTTOM)
            if not rest:
                break
            draw_col(0, left, top)
            draw_col(1, right, top)
            separator(top, GB_BOTTOM)
            next_page()
            top = GB_TOP
            pending = rest
        total = height(pending)
        best = len(pending)
        for split in range(len(pending) + 1):
            if height(pending[:split]) >= total / 2:
                best = split
                break
        left, right = pending[:best], pending[best:]
        while right and right[0][0] == "space":
            right = right[1:]
        draw_col(0, left, top)
        draw_col(1, right, top)
        used = max(height(left), height(right))
        separator(top, top - used)
        pending = []
        return top - used

    for item in lines:
        if item[0] != "table":
            pending.append(item)
            continue
        y_table = close_band() - 10
        rows = [GZ_HEAD, *GZ_ROWS]
        row_h = 21.0
        need = 20 + row_h * len(rows) + 14
        if y_table - need < GB_BOTTOM:
            next_page()
            y_table = GB_TOP
        full = A4W - 2 * GB_LEFT
        c.setFont(font, 10.5)
        c.drawCentredString(A4W / 2, y_table - 12, GZ_TABLE_TITLE)
        y0 = y_table - 20
        cols = [full * 0.37, full * 0.21, full * 0.21, full * 0.21]
        c.setLineWidth(0.7)
        for r, row in enumerate(rows):
            yy = y0 - r * row_h
            c.line(GB_LEFT, yy, GB_LEFT + full, yy)
            x = GB_LEFT
            c.setFont(font, 10)
            for w, val in zip(cols, row, strict=True):
                c.drawCentredString(x + w / 2, yy - 14.5, val)
                x += w
        y_end = y0 - len(rows) * row_h
        c.line(GB_LEFT, y_end, GB_LEFT + full, y_end)
        x = GB_LEFT
        for w in [0.0, *cols]:
            x += w
            c.line(x, y0, x, y_end)
        top = y_end - 14
        if top - GB_BOTTOM < 6 * GB_LEAD:  # no two-line scraps of columns under the table
            next_page()
            top = GB_TOP
    close_band()
    # the colophon at the foot of the last page
    c.setLineWidth(0.6)
    c.rect(GB_LEFT, 70, A4W - 2 * GB_LEFT, 62)
    c.setFont(font, 9.5)
    c.drawString(GB_LEFT + 12, 114, f"编辑出版：{SZF}　　地址：曲靖市麒麟区麒麟北路　　邮编：655000")
    c.drawString(GB_LEFT + 12, 96, "电话：0874-3122076　　印刷：曲靖市印刷厂　　每月出版")
    c.drawString(GB_LEFT + 12, 78, "本刊刊登的市人民政府和市人民政府办公室文件与正式文件具有同等效力")
    c.showPage()
    c.save()
    return buf.getvalue(), starts


# =============================================================================================
# 5. qujing-chengxiang-yanglao-tongzhi.html and _2.html (one notice on two CMS pages)
# =============================================================================================

HTML_MENU = ["首页", "政务公开", "政务服务", "互动交流", "走进曲靖", "专题专栏"]
HTML_SIDE = ["市政府文件", "市政府办文件", "部门文件", "政策解读", "规范性文件"]
HTML_META = [("索引号", "11530300015172035M/2026-00417"), ("发布机构", SZF), ("成文日期", "2026-02-10"),
             ("发布日期", "2026-02-12"), ("文号", YL_NUMBER), ("主题分类", "劳动、人事、监察\\社会保障")]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_page(n: int) -> str:
    """Page ``n`` (1 or 2) of the notice as the portal's CMS splits it."""
    first = F_HTML1
    second = F_HTML2
    head_title = f"{YL_TITLE}_市政府办文件_曲靖市人民政府" if n == 1 else "政策文件_曲靖市人民政府"
    menu = "\n".join(f'        <li><a href="/{k}/">{_esc(m)}</a></li>' for k, m in
                     zip(["index", "zwgk", "zwfw", "hdjl", "zjqj", "ztzl"], HTML_MENU, strict=True))
    side = "\n".join(f'          <li><a href="/zwgk/zcwj/{k}/">{_esc(s)}</a></li>' for k, s in enumerate(HTML_SIDE))
    parts: list[str] = []
    if n == 1:
        meta = "\n".join(f"            <tr><th>{_esc(a)}：</th><td>{_esc(b)}</td></tr>" for a, b in HTML_META)
        parts.append(f"""        <table class="xxgk-meta">
{meta}
        </table>
        <h1 class="article-title">{_esc(YL_TITLE)}</h1>
        <div class="article-info">
          <span>发布日期：2026-02-12 10:30</span>
          <span>来源：市人民政府办公室</span>
          <span>浏览次数：<em id="hits">3862</em></span>
          <span class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
        </div>""")
        body = [f'<p style="text-align:center">{_esc(YL_NUMBER)}</p>', f"<p>{_esc(YL_ADDR)}</p>",
                f'<p style="text-indent:2em">{_esc(YL_INTRO)}</p>']
        items = YL_PAGE1
    else:
        body = []
        items = YL_PAGE2
    for heading, paras in items:
        body.append(f'<p style="text-indent:2em"><strong>{_esc(heading)}</strong></p>')
        body += [f'<p style="text-indent:2em">{_esc(p)}</p>' for p in paras]
    if n == 2:
        body += [f'<p style="text-align:right">{_esc(SZF)}</p>', f'<p style="text-align:right">{_esc(YL_DATE)}</p>',
                 '<p style="text-indent:2em">（此件公开发布）</p>']
    content = "\n".join("          " + b for b in body)
    if n == 1:
        pager = (f'<span class="current">第1页</span> <a href="{second}">第2页</a> '
                 f'<a href="{second}" class="next">下一页</a>')
    else:
        pager = (f'<a href="{first}" class="prev">上一页</a> <a href="{first}">第1页</a> '
                 '<span class="current">第2页</span> <span class="disabled">下一页</span>')
    parts.append(f"""        <div class="article-content TRS_Editor" id="zoom">
{content}
        </div>
        <div class="page-nav" id="pagenav">{pager}</div>
        <div class="article-tools">
          <a href="javascript:window.print()">【打印本页】</a>
          <a href="javascript:window.close()">【关闭窗口】</a>
          <span class="share">分享到：<a href="#" class="wx">微信</a> <a href="#" class="wb">微博</a></span>
        </div>""")
    article = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="SiteName" content="曲靖市人民政府">
  <meta name="ColumnName" content="市政府办文件">
  <title>{_esc(head_title)}</title>
  <link rel="stylesheet" href="/images/2021/css/common.css">
  <link rel="stylesheet" href="/images/2021/css/article.css">
  <script src="/images/2021/js/jquery.min.js"></script>
</head>
<body>
  <div class="topbar">
    <div class="w1200">
      <span class="welcome">欢迎访问曲靖市人民政府门户网站</span>
      <span class="links"><a href="/wza/">无障碍</a> | <a href="/zzlb/">长者模式</a> | <a href="#" id="jt">繁體</a> | <a href="/user/login">登录</a></span>
    </div>
  </div>
  <div class="header">
    <div class="w1200">
      <a class="logo" href="/"><img src="/images/2021/logo.png" alt="曲靖市人民政府"></a>
      <form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
    </div>
  </div>
  <div class="nav">
    <ul class="w1200">
{menu}
    </ul>
  </div>
  <div class="main w1200">
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/1/">市政府办文件</a></div>
    <div class="left-col">
      <div class="side-box">
        <h3>政策文件</h3>
        <ul>
{side}
        </ul>
      </div>
    </div>
    <div class="right-col">
      <div class="article">
{article}
      </div>
    </div>
  </div>
  <div class="footer">
    <div class="w1200">
      <p><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
      <p>主办：{_esc(SZF)}　　承办：曲靖市人民政府办公室政务公开科</p>
      <p>网站标识码：5303000029　　滇ICP备05004638号　　滇公网安备 53030202000127号</p>
    </div>
  </div>
  <script>
    function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
    $(function () {{ $.get("/hits/?id=2026-00417", function (n) {{ $("#hits").text(n); }}); }});
  </script>
</body>
</html>
"""


# =============================================================================================
# 6. qilin-wenhuaguan-baoming-gonggaolan.jpg (a phone photo of a notice on a 公告栏)
# =============================================================================================

PHOTO_SEED = 1515
PAPER_W, PAPER_H = 1240, 1754  # the printed A4 sheet at 150 dpi
PHOTO_W, PHOTO_H = 1500, 2000  # the photo, upright (stored turned: 2000 × 1500)


def _font(size: int, serif: bool = False, bold: bool = False):
    from PIL import ImageFont

    path, index = cjk_face(serif=serif, bold=bold)
    return ImageFont.truetype(path, size, index=index)


def _sheet():
    """The printed notice, flat."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (PAPER_W, PAPER_H), (250, 249, 244))
    d = ImageDraw.Draw(img)
    y = 150
    for k, t in enumerate(PX_LINES_TITLE):
        f = _font(58 if k else 50, bold=True)
        d.text((PAPER_W / 2, y), t, font=f, fill=(25, 25, 25), anchor="mt")
        y += 86
    y += 40
    body = _font(40, serif=True)
    margin = 120
    for para in PX_PARAS:
        for ln in wrap_cjk("　　" + para, body.getlength, PAPER_W - 2 * margin):
            d.text((margin, y), ln, font=body, fill=(20, 20, 20))
            y += 66
        y += 8
    y += 60
    for t in PX_SIGN:
        d.text((PAPER_W - margin - 40, y), t, font=body, fill=(20, 20, 20), anchor="ra")
        y += 66
    return img


def _neighbour():
    """Part of another sheet pinned next to it (only its left part shows in the photo)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (PAPER_W, PAPER_H), (236, 240, 243))
    d = ImageDraw.Draw(img)
    d.text((PAPER_W / 2, 170), "冬季消防安全提示", font=_font(64, bold=True), fill=(160, 20, 20), anchor="mt")
    body = _font(40)
    for k, t in enumerate(["　　冬季天干物燥，用火用电增多，", "请广大居民注意以下事项：", "　　一、不私拉乱接电线；",
                           "　　二、楼道内不堆放杂物；", "　　三、电动自行车不进楼入户。"]):
        d.text((110, 330 + k * 70), t, font=body, fill=(40, 40, 40))
    return img


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination (the 8 × 8 system of a perspective transform)."""
    n = len(b)
    m = [[*row, v] for row, v in zip(a, b, strict=True)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[p] = m[p], m[i]
        for r in range(n):
            if r != i:
                f = m[r][i] / m[i][i]
                m[r] = [x - f * y for x, y in zip(m[r], m[i], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective(src_size: tuple[int, int], quad: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping the photo's points back to the sheet, the sheet's corners
    (tl, tr, br, bl) landing on ``quad``."""
    w, h = src_size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    rows, rhs = [], []
    for (x, y), (u, v) in zip(quad, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return _solve(rows, rhs)


def photo_upright():
    """The photo as it looks once its EXIF orientation is applied."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(PHOTO_SEED)
    # the board: a blue-grey 公告栏 with a coarse texture
    small = Image.new("L", (PHOTO_W // 8, PHOTO_H // 8))
    small.putdata([rng.randint(0, 255) for _ in range(small.width * small.height)])
    tex = small.resize((PHOTO_W, PHOTO_H), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(3))
    board = Image.merge("RGB", [tex.point(lambda v, b=b: int(b + (v - 128) * 0.10)) for b in (92, 110, 128)])
    # the frame of the board at the top
    ImageDraw.Draw(board).rectangle((0, 0, PHOTO_W, 70), fill=(150, 150, 146))

    def paste(sheet, quad: list[tuple[float, float]]) -> None:
        coeffs = _perspective(sheet.size, quad)
        warped = sheet.transform((PHOTO_W, PHOTO_H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
        mask = Image.new("L", sheet.size, 255).transform((PHOTO_W, PHOTO_H), Image.Transform.PERSPECTIVE, coeffs,
                                                          Image.Resampling.BILINEAR)
        board.paste(warped, (0, 0), mask)

    paste(_neighbour(), [(1330, 230), (2400, 300), (2350, 1790), (1300, 1720)])
    paste(_sheet(), [(205, 215), (1255, 290), (1225, 1805), (150, 1735)])
    pins = ImageDraw.Draw(board)
    for px, py, col in ((250, 262, (200, 30, 30)), (1200, 330, (200, 30, 30)), (1370, 280, (30, 90, 190))):
        pins.ellipse((px - 17, py - 17, px + 17, py + 17), fill=col)
        pins.ellipse((px - 7, py - 9, px + 1, py - 1), fill=(240, 200, 200))
    # light: brighter at the top left, a soft shadow (the photographer) across the lower left
    light = Image.new("L", (PHOTO_W // 10, PHOTO_H // 10))
    light.putdata([int(255 - 80 * (0.45 * (i % light.width) / light.width + 0.55 * (i // light.width) / light.height))
                   for i in range(light.width * light.height)])
    light = light.resize((PHOTO_W, PHOTO_H), Image.Resampling.BICUBIC)
    shade = Image.new("L", (PHOTO_W, PHOTO_H), 255)
    ImageDraw.Draw(shade).polygon([(0, 1250), (520, 1100), (900, 1500), (760, 2000), (0, 2000)], fill=150)
    shade = shade.filter(ImageFilter.GaussianBlur(90))
    lit = ImageChops.multiply(ImageChops.multiply(board, Image.merge("RGB", [light] * 3)),
                              Image.merge("RGB", [shade] * 3))
    warm = Image.new("RGB", lit.size, (255, 246, 228))
    lit = ImageChops.multiply(lit, warm)
    # sensor noise and a little blur
    noise = Image.new("L", (PHOTO_W // 2, PHOTO_H // 2))
    noise.putdata([max(0, min(255, int(rng.gauss(128, 9)))) for _ in range(noise.width * noise.height)])
    noise = noise.resize((PHOTO_W, PHOTO_H), Image.Resampling.BILINEAR)
    lit = ImageChops.add(lit, Image.merge("RGB", [noise] * 3), scale=1.0, offset=-128)
    return lit.filter(ImageFilter.GaussianBlur(1.3))


def make_photo() -> bytes:
    from PIL import Image

    stored = photo_upright().transpose(Image.Transpose.ROTATE_90)  # turned 90° counter-clockwise
    exif = Image.Exif()
    exif[0x010F] = "Xiaomi"  # Make
    exif[0x0110] = "Redmi Note 12 Turbo"  # Model
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x0131] = "MIUI Camera"  # Software
    exif[0x0132] = "2026:11:29 10:14:27"  # DateTime
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2026:11:29 10:14:27"  # DateTimeOriginal
    sub[0x9004] = "2026:11:29 10:14:27"  # DateTimeDigitized
    buf = io.BytesIO()
    stored.save(buf, "JPEG", quality=84, exif=exif.tobytes(), dpi=(72, 72))
    return buf.getvalue()


# =============================================================================================
# qa.jsonl and README.md
# =============================================================================================

def _src(number: str | None, title: str) -> dict:
    return {"doc_number": number, "doc_title": title}


S_YL = _src(YL_NUMBER, YL_TITLE)
S_AM = _src(AM_NUMBER, AM_TITLE)
S_OLD = _src(OLD_NUMBER, OLD_TITLE)
S_YC = _src(YC_NUMBER, YC_TITLE)
S_GZ = _src(GZ_NUMBER, GZ_TITLE)
S_WF = _src(WF_NUMBER, WF_TITLE)
S_XT = _src(WF_NUMBER, WF_TASKS)
S_XS = _src(WF_NUMBER, WF_SUBSIDY)
S_PX = _src(None, PX_TITLE)
NOT_FOUND = "文件中未找到相关规定。"
YL_REF = f"《{YL_TITLE}》（{YL_NUMBER}）"
AM_REF = f"《{AM_TITLE}》（{AM_NUMBER}）"
OLD_REF = f"《{OLD_TITLE}》（{OLD_NUMBER}）"
YC_REF = f"《{YC_TITLE}》（{YC_NUMBER}）"
GZ_REF = f"《{GZ_TITLE}》（{GZ_NUMBER}）"
WF_REF = f"《{WF_TITLE}》（{WF_NUMBER}）"
YL_SEC = f"{YL_TITLE} > "
AM_SEC = f"{AM_TITLE} > "
GZ_SEC = f"{GZ_TITLE} > "
WF_SEC = f"{WF_PLAN} > "
PX_SEC = f"{PX_TITLE} > "

# (question, answer, key_facts, sources, section, evidence, type, persona, difficulty, corpus_file)
QA: list[tuple[str, str, list[str], list[dict], str | None, str | None, str, str, str, str | None]] = [
    # the web article, page 1 (曲政办发〔2026〕9号, in force as amended by 曲政办发〔2026〕41号)
    ("我儿子今年17岁，初中毕业后没再上学，在家帮着种地，他能参加城乡居民养老保险吗？",
     f"能。按照{YL_REF}第一项，年满16周岁（不含在校学生）、不属于职工基本养老保险制度覆盖范围的本市户籍城乡居民，可以"
     "在户籍所在地参加城乡居民基本养老保险。孩子17岁、已经不在校，可以参保；个人缴费在每年200元至3000元的10个档次中"
     "自主选择，每年1月1日至12月25日缴费。",
     ["年满16周岁（不含在校学生）"], [S_YL], f"{YL_SEC}一、参保范围", YL_AGE, "yesno", "public", "medium", F_HTML1),
    ("我是外省户口，在麒麟区摆摊做小生意三年了，办了居住证，老家那边没交过城乡居民养老保险，能在曲靖交吗？",
     f"能。{YL_REF}第一项规定，非本市户籍人员在本市居住、持有本市居住证满1年且未在户籍所在地参加城乡居民基本养老保险"
     "的，可以在居住地参保；但不得同时参加职工基本养老保险和城乡居民基本养老保险，不得重复参保。",
     ["持有本市居住证满1年", "可以在居住地参保"], [S_YL], f"{YL_SEC}一、参保范围", YL_NONLOCAL, "yesno", "public",
     "hard", F_HTML1),
    ("我每年交500块钱的城乡居民养老保险，政府每年给我补多少？",
     f"每人每年补贴60元。按照{YL_REF}第三项，选择500元至800元档次缴费的，每人每年补贴60元，补贴资金全部记入个人账户。"
     f"（公报上的{OLD_NUMBER}曾规定为每人每年50元，该通知已于2026年3月1日废止；{AM_NUMBER}没有调整缴费补贴。）",
     ["每人每年补贴60元"], [S_YL], f"{YL_SEC}三、政府缴费补贴", "（三）选择500元至800元档次缴费的，每人每年补贴60元；",
     "numeric", "public", "medium", F_HTML1),
    # the web article, page 2
    ("我们家是低保户，我爱人交不起城乡居民养老保险，政府能帮着交吗？帮交多少？",
     f"能。{YL_REF}第四项规定，对最低生活保障对象等缴费困难群体，由县级人民政府按每人每年200元的标准为其代缴全部最低档次"
     "养老保险费，被代缴人员同时享受政府缴费补贴（200元档次每人每年补贴30元）。",
     ["按每人每年200元的标准"], [S_YL], f"{YL_SEC}四、困难群体代缴", YL_HARDSHIP.split("；")[0], "numeric",
     "public", "medium", F_HTML2),
    (f"{YL_NUMBER}自何时起施行？有效期多长？它废止了哪些文件？",
     f"自2026年3月1日起施行，有效期5年；《{OLD_RULES}》（{OLD_RULES_NUMBER}）和{OLD_REF}同时废止（该通知第九项）。其第五项、"
     f"第七项的待遇标准已由{AM_NUMBER}自2026年10月1日起调整。",
     ["自2026年3月1日起施行，有效期5年", OLD_NUMBER], [S_YL], f"{YL_SEC}九、施行日期", YL_END, "validity",
     "civil_servant", "medium", F_HTML2),
    # the PDF without /ToUnicode (曲政办发〔2026〕41号, amends the article)
    ("我妈今年75岁，在领城乡居民养老金，现在每个月的高龄加发是多少钱？",
     f"每月加发20元。{YL_REF}第五项原规定年满70周岁不满80周岁的每人每月加发10元；{AM_REF}自2026年10月1日起将其修改为"
     "“年满70周岁不满80周岁的，每人每月加发20元”。此外，市级加发基础养老金也由每人每月15元调整为25元。",
     ["年满70周岁不满80周岁的，每人每月加发20元"], [S_AM, S_YL], f"{AM_SEC}二",
     "“年满70周岁不满80周岁的，每人每月加发10元”修改为“年满70周岁不满80周岁的，每人每月加发20元”", "multi_hop",
     "public", "hard", F_AMD),
    ("我父亲今年83岁，领城乡居民养老金，高龄加发现在每月多少？",
     f"每人每月加发40元。{YL_NUMBER}原定年满80周岁不满90周岁的每人每月加发20元，{AM_REF}自2026年10月1日起修改为每人每月"
     "加发40元（年满90周岁及以上的仍为每人每月50元）。",
     ["每人每月加发40元"], [S_AM, S_YL], f"{AM_SEC}二",
     "“年满80周岁不满90周岁的，每人每月加发20元”修改为“年满80周岁不满90周岁的，每人每月加发40元”", "numeric",
     "public", "hard", F_AMD),
    ("我父亲上个月去世了，他生前一直领城乡居民养老金，家里能领多少丧葬补助金？去哪儿申请，有时间限制吗？",
     f"3000元。{YL_REF}第七项原定丧葬补助金标准为2000元，{AM_REF}自2026年10月1日起修改为“丧葬补助金标准为3000元”。"
     "遗属应当在参保人死亡之日起6个月内向户籍所在地乡镇（街道）便民服务中心提出申请。",
     ["丧葬补助金标准为3000元", "6个月内"], [S_AM, S_YL], f"{AM_SEC}三",
     "三、将《通知》第七项中的“丧葬补助金标准为2000元”修改为“丧葬补助金标准为3000元”。", "numeric", "public", "hard",
     F_AMD),
    (f"{AM_NUMBER}对{YL_NUMBER}作了哪些修改？自何时起施行？",
     "三处：市级加发基础养老金由“每人每月加发基础养老金15元”修改为“每人每月加发基础养老金25元”；高龄加发中年满70周岁"
     "不满80周岁的由每人每月10元修改为20元，年满80周岁不满90周岁的由每人每月20元修改为40元（90周岁及以上不变）；丧葬"
     "补助金由2000元修改为3000元。本通知自2026年10月1日起施行，2026年10月起按照调整后的标准发放，《通知》其他内容不变。",
     ["自2026年10月1日起施行", "每人每月加发基础养老金25元"], [S_AM, S_YL], f"{AM_SEC}一至五", AM_PARAS[5],
     "validity", "civil_servant", "medium", F_AMD),
    # the gazette: 曲人社发〔2025〕41号 (repealed)
    ("在市政府公报上看到，城乡居民养老保险交200元那一档，政府每年补贴20元，现在还是这个标准吗？",
     f"不是。那是{OLD_REF}，{YL_REF}第九项规定自2026年3月1日起该通知同时废止。现行标准：选择200元档次缴费的，每人每年补贴"
     "30元。",
     ["同时废止", "每人每年补贴30元"], [S_OLD, S_YL], f"{OLD_TITLE} > 一、补贴标准",
     "参保人选择200元档次缴费的，每人每年补贴20元", "validity", "public", "hard", F_GAZ),
    (f"{OLD_NUMBER}现在还有效吗？由哪个文件取代？",
     f"已失效。该通知自2025年7月1日起施行、有效期5年，按其本身本可执行到2030年，但{YL_REF}第九项规定自2026年3月1日起该"
     f"通知同时废止；现行缴费补贴和代缴标准按{YL_NUMBER}执行，其待遇标准又经{AM_NUMBER}自2026年10月1日起调整。",
     [YL_NUMBER, "同时废止"], [S_OLD, S_YL], f"{OLD_TITLE} > 四", OLD_PARAS[4], "validity", "civil_servant",
     "medium", F_GAZ),
    # the gazette: 曲农发〔2025〕47号 (expired)
    ("我们合作社今年秋天种了150亩油菜，还能申请去年那种油菜绿色高产高效示范补助吗？",
     f"不能。{YC_REF}只针对2025年秋冬种，自印发之日起施行，有效期至2026年5月31日，已经到期；文件中没有2026年秋冬种的"
     "示范补助规定。",
     ["有效期至2026年5月31日"], [S_YC], f"{YC_TITLE} > 四、有效期限", YC_PARAS[4], "validity", "public", "hard",
     F_GAZ),
    (f"{YC_NUMBER}规定的示范补助每亩多少、单个经营主体最多补多少？该通知现在是否仍然有效？",
     "示范片内统一供种、统一开展绿色防控的，每亩补助80元（良种补助50元、绿色防控物资补助30元），单个经营主体补助总额"
     "不超过10万元；但该通知有效期至2026年5月31日，截至2026年12月2日已经失效，文件中没有后续规定。",
     ["每亩补助80元", "不超过10万元"], [S_YC], f"{YC_TITLE} > 二、补助标准；四、有效期限",
     "每亩补助80元，其中良种补助50元、绿色防控物资补助30元；单个经营主体补助总额不超过10万元。……本通知自印发之日起"
     "施行，有效期至2026年5月31日。", "validity", "civil_servant", "medium", F_GAZ),
    # the gazette: 曲住建发〔2025〕56号 (公租房, in force)
    ("我是外省人，在曲靖经开区一家工厂上班两年了，单位一直给交社保，在曲靖没有房子，能申请公租房吗？",
     f"可以申请。{GZ_REF}规定，在中心城区（麒麟区、沾益区、马龙区和曲靖经济技术开发区）稳定就业，与用人单位签订劳动合同"
     "并在本市连续缴纳职工基本养老保险满12个月，本人及配偶、未成年子女在中心城区无自有住房的外来务工人员（含外省籍），"
     "可以申请公共租赁住房实物配租或者租赁补贴；向工作单位所在地街道办事处（社区）提交申请，每年3月和9月集中受理。",
     ["连续缴纳职工基本养老保险满12个月", "含外省籍"], [S_GZ], f"{GZ_SEC}一、保障对象", GZ_PARAS[1], "yesno",
     "public", "medium", F_GAZ),
    ("我们一家三口从外地来曲靖打工，自己在外面租房住，不住公租房的话，每月能领多少租赁补贴？要什么条件？",
     f"每户每月480元（外来务工人员3人及以上户）。依据{GZ_REF}，条件是在中心城区稳定就业、签订劳动合同并在本市连续缴纳职工"
     "基本养老保险满12个月，本人及配偶、未成年子女在中心城区无自有住房。",
     ["480元", "连续缴纳职工基本养老保险满12个月"], [S_GZ], f"{GZ_SEC}二、保障方式 > {GZ_TABLE_TITLE}",
     "外来务工人员 240元 360元 480元", "numeric", "public", "hard", F_GAZ),
    ("家里是低保户，要是住上公租房，房租怎么收？",
     f"按照公租房租金的10%收取。{GZ_REF}第二项规定，公共租赁住房租金按照同地段同类住房市场租金的70%确定，最低生活保障家庭"
     "按照公租房租金的10%收取（低保边缘家庭按照50%收取）。",
     ["按照公租房租金的10%收取"], [S_GZ], f"{GZ_SEC}二、保障方式",
     "最低生活保障家庭按照公租房租金的10%收取", "numeric", "public", "medium", F_GAZ),
    # the .xls (麒政办发〔2026〕12号's annexes)
    ("我家在麒麟区东山镇农村，是低保户，老房子鉴定是D级危房，要拆了重建，政府每户补多少钱？",
     f"每户40000元。按照{WF_NUMBER}附件2《{WF_SUBSIDY}》，农村低保户、农村易返贫致贫户D级危房拆除重建的，每户补助40000元"
     "（农村分散供养特困人员为每户45000元，农村低保边缘家庭为每户30000元），竣工验收合格后一次性拨付。",
     ["每户40000元"], [S_XS, S_WF], f"{WF_SUBSIDY} > 农村危房改造",
     "农村低保户、农村易返贫致贫户 D级危房拆除重建 每户40000元", "numeric", "public", "hard", F_XLS),
    ("我母亲一个人住在越州镇农村，是分散供养特困人员，老房子鉴定为C级危房，修缮加固能补多少？",
     f"每户15000元。按照{WF_NUMBER}附件2《{WF_SUBSIDY}》，C级危房修缮加固对各类改造对象均为每户15000元；每户45000元是"
     "分散供养特困人员D级危房拆除重建的标准。",
     ["每户15000元"], [S_XS, S_WF], f"{WF_SUBSIDY} > 农村危房改造", "上述各类对象 C级危房修缮加固 每户15000元",
     "numeric", "public", "hard", F_XLS),
    ("麒麟区农村危房改造的任务分工中，住房安全等级鉴定由哪个单位牵头、哪些单位配合？完成时限是什么时候？",
     f"由区住房和城乡建设局牵头（分工表第2至4项的牵头单位是同一个合并单元格），各乡镇（街道）配合，2026年6月30日前完成"
     f"（{WF_NUMBER}附件1第2项）。",
     ["区住房和城乡建设局", "2026年6月30日前"], [S_XT], f"{WF_TASKS} > 2",
     "2 住房安全等级鉴定 区住房和城乡建设局 各乡镇（街道） 2026年6月30日前", "department", "civil_servant", "hard",
     F_XLS),
    ("麒麟区农村危房改造各牵头单位什么时候报送任务进展？报给哪个部门？全年总结什么时候报？",
     f"每月25日前将任务进展情况报区住房和城乡建设局（区农村危房改造工作领导小组办公室），12月10日前报送全年工作总结"
     f"（{WF_NUMBER}附件1任务分工表备注）。",
     ["每月25日前", "区住房和城乡建设局（区农村危房改造工作领导小组办公室）", "12月10日前"], [S_XT], f"{WF_TASKS} > 备注",
     XT_NOTE, "deadline", "civil_servant", "medium", F_XLS),
    # the .doc (麒政办发〔2026〕12号)
    ("麒麟区农村的老房子想申请今年的危房改造补助，最晚什么时候申请？向谁申请？",
     f"按照{WF_REF}的实施方案第四项，符合条件的农户须于2026年5月31日前向所在村（居）民委员会提出书面申请，并提交户口簿、"
     "身份证明和住房情况说明；截至2026年12月2日，今年的申请期限已过。",
     ["2026年5月31日前", "所在村（居）民委员会"], [S_WF], f"{WF_SEC}四、实施程序",
     "符合条件的农户于2026年5月31日前向所在村（居）民委员会提出书面申请", "deadline", "public", "medium", F_DOC),
    (f"{WF_NUMBER}给东山镇下达的2026年农村危房改造和农房抗震改造任务各是多少户？全区要在什么时候前竣工验收？",
     "东山镇农村危房改造70户、农房抗震改造110户；全区2026年11月30日前全部竣工验收（全区任务为农村危房改造180户、"
     "农房抗震改造300户）。",
     ["70户", "110户", "2026年11月30日前"], [S_WF], f"{WF_SEC}一、目标任务", "东山镇 70户 110户", "numeric",
     "civil_servant", "medium", F_DOC),
    # the photo (麒麟区文化馆)
    ("孩子6岁半，能报名文化馆寒假的免费少儿艺术培训班吗？",
     "不能。《麒麟区文化馆2027年寒假少儿公益艺术培训报名通知》的招收对象是麒麟区辖区内7至12周岁少年儿童，6岁半的孩子"
     "年龄不够。",
     ["7至12周岁"], [S_PX], f"{PX_SEC}一、招收对象", "一、招收对象：麒麟区辖区内7至12周岁少年儿童。", "yesno",
     "public", "easy", F_PHOTO),
    ("麒麟区文化馆寒假少儿培训班什么时候报名？到哪儿报？要带什么？",
     "报名时间为2026年12月12日至12月20日（每天9:00—17:00），地点在麒麟区文化馆一楼服务台，报名时携带户口簿或者出生医学"
     f"证明；培训全程免费，咨询电话{TEL_WHG}（《麒麟区文化馆2027年寒假少儿公益艺术培训报名通知》）。",
     ["2026年12月12日至12月20日", "麒麟区文化馆一楼服务台"], [S_PX], f"{PX_SEC}三、报名时间；四、报名地点",
     "三、报名时间：2026年12月12日至12月20日（每天9:00—17:00）。……四、报名地点：麒麟区文化馆一楼服务台。",
     "procedure", "public", "medium", F_PHOTO),
    # unanswerable
    ("麒麟区2026年农村危房改造和农房抗震改造的补助资金总额是多少？市、区两级财政各承担多少？",
     NOT_FOUND + f"{WF_NUMBER}的实施方案只规定了任务户数（农村危房改造180户、农房抗震改造300户）和附件2的每户补助标准，"
     "没有规定资金总额和市、区分担比例。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
    ("危房改造任务分工表里，区民政局负责改造对象身份认定的具体联系人是谁？电话多少？",
     NOT_FOUND + f"{WF_NUMBER}附件1只列出牵头单位（改造对象身份认定由区民政局牵头）、配合单位和完成时限，没有联系人；方案"
     f"只给出区住房和城乡建设局村镇建设股的咨询电话{TEL_WF}。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("城乡居民养老保险中间断交了几年，现在能补缴吗？补缴的那几年政府还给缴费补贴吗？",
     NOT_FOUND + f"{YL_NUMBER}只规定了缴费档次、每年1月1日至12月25日的缴费时间和按档次的政府缴费补贴，没有补缴以及"
     "补缴年度能否享受补贴的规定。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("玉溪市的外来务工人员申请公租房，租赁补贴一个月多少钱？",
     NOT_FOUND + f"文件只有曲靖市中心城区的规定（{GZ_NUMBER}：外来务工人员租赁补贴1人户每月240元、2人户360元、3人及以上"
     "户480元），没有玉溪市的规定。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("在麒麟区养狗要办犬证吗？一年交多少钱？",
     NOT_FOUND + "文件中没有养犬登记和收费的规定。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("曲靖中心城区的公租房租金一平方米一个月多少钱？",
     NOT_FOUND + f"{GZ_NUMBER}只规定公共租赁住房租金按照同地段同类住房市场租金的70%确定（低保家庭按公租房租金的10%、低保"
     "边缘家庭按50%收取），没有每平方米的具体租金数额。",
     [], [], None, None, "unanswerable", "public", "medium", None),
]

README = """# city15: a blind fixture of 曲靖市 (云南省) policy documents

A small corpus of policy documents of a fifteenth held-out city, 曲靖市, and 30 questions about them, for checking
that policyqa works on documents it has never seen, in kinds of file not tried in the earlier fixtures: a legacy
Word 97–2003 `.doc` (binary OLE) as a 区县 office still publishes its attachments, a legacy Excel `.xls` (BIFF8)
任务分工表, a text PDF whose fonts have no ToUnicode map (copying its text gives garbage), one long notice published
as a paginated web article (two HTML files), a two-column issue of the 曲靖市人民政府公报 and a phone photo (JPEG) of
a notice pinned on a 公告栏, stored turned with only the EXIF orientation tag making it upright. The city, its
districts and county-level units (麒麟区, 沾益区, 马龙区, 曲靖经济技术开发区), the towns of 麒麟区 named in the `.doc`'s
table (越州镇, 东山镇, 茨营镇, 珠街街道, as far as the helper knows them), 麒麟北路, the departments and bodies (市人民政府
办公室, 市人力资源和社会保障局, 市财政局, 市农业农村局, 市住房和城乡建设局, 麒麟区人民政府办公室 and the 区 departments in the
分工表, 麒麟区文化馆), the hotline 12333 and the area code 0874 are real. Every document, 文号, 索引号, figure, date,
person (赵丽萍), phone number, URL path, 网站标识码 and ICP number, the gazette's issue number and colophon, the
市社会保险中心's and 市住房保障中心's roles, the tasks given to the bodies, the training classes and the phone's make
and model in the photo's EXIF are invented. Nothing is taken from a real document.

The content is consistent across documents. The web article 曲政办发〔2026〕9号 (《曲靖市人民政府办公室关于进一步做好城乡
居民基本养老保险工作的通知》, 2026-02-10, “本通知自2026年3月1日起施行，有效期5年”) sets the 城乡居民基本养老保险 rules:
参保 from “年满16周岁（不含在校学生）”, 非本市户籍 with “持有本市居住证满1年” may insure “在居住地”; ten 缴费档次 (200元 …
3000元), 缴费时间 1月1日至12月25日; **政府缴费补贴 by 档次: 200元 → 每人每年补贴30元, 300元/400元 → 40元, 500元至800元 →
60元, 1000元及以上 → 100元** (市:县 4:6); 代缴 for 低保对象、特困人员、返贫致贫人口、重度残疾人 “按每人每年200元的标准”,
低保边缘家庭成员 100元; **市级加发基础养老金 每人每月15元; 高龄加发 70–79周岁 10元, 80–89周岁 20元, 90周岁及以上 50元**;
长缴多得 2元 a year; 领取 at 60 after 15 years; **丧葬补助金 2000元**, to be claimed within 6个月; and its item 九
**repeals** 《曲靖市城乡居民基本养老保险实施办法》（曲政发〔2019〕17号, not in the corpus) and the gazette's 曲人社发〔2025〕41号
(“同时废止”), whose own term (“自2025年7月1日起施行，有效期5年”) would run to 2030. The PDF without ToUnicode
曲政办发〔2026〕41号 (2026-09-15) **amends** it from 2026-10-01 (“将《通知》第五项第（一）目中的“每人每月加发基础养老金15元”
修改为“每人每月加发基础养老金25元””; 70–79周岁 “每人每月加发10元” → “每人每月加发20元”; 80–89周岁 “每人每月加发20元” →
“每人每月加发40元”, 90周岁及以上 unchanged; “丧葬补助金标准为2000元” → “丧葬补助金标准为3000元”; “《通知》其他内容不变”),
so the new 70–79 figure (20元) is the old 80–89 figure. The gazette 2025年第7期 (2025-07-31) holds 曲人社发〔2025〕41号 with
the old figures (200元 档 20元, 300/400元 30元, 500–800元 50元, 1000元 80元; 代缴 100元 for three groups; 市:县 3:7),
the **expired** 曲农发〔2025〕47号 (2025年秋冬种油菜绿色高产高效示范补助: 集中连片100亩以上, 每亩补助80元 (良种50元 +
绿色防控物资30元), 单个经营主体 不超过10万元, 申报 2025年10月31日前, 兑付 2026年4月30日前, “有效期至2026年5月31日”; no later
notice exists) and the **in-force** 曲住建发〔2025〕56号 (外来务工人员 “含外省籍” in 中心城区 公租房 from 2025-08-01, 有效期5年:
“连续缴纳职工基本养老保险满12个月”, 无自有住房; 租金 “同地段同类住房市场租金的70%”, 低保家庭 10%, 低保边缘家庭 50%;
租赁补贴 table by group and household size; 每年3月和9月集中受理). The `.doc` 麒政办发〔2026〕12号 (2026-03-18, 农村危房改造和
农房抗震改造 实施方案, “有效期至2026年12月31日”: in force on 2026-12-02) gives the task numbers per town, the 申请 by
2026年5月31日 to the 村（居）民委员会 and the steps, and refers to its two annexes, which are the `.xls`: the 任务分工表 (牵头/
配合/时限, 备注) and the 补助标准 per group (特困 D级 45000元, 低保户/易返贫致贫户 D级 40000元, 低保边缘 D级 30000元, C级
修缮加固 15000元 for all, 抗震加固 10000元). The photo's notice (麒麟区文化馆, 2026-11-28) stands alone (7至12周岁, 报名
2026年12月12日至12月20日, 一楼服务台).

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏, 潍坊/山东,
柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西, 遵义/贵州) occurs in a corpus file, nor 玉溪 or 昆明 (which occur
only in a question). The topics are new as far as the helper could see (it read only the opening text of city2 … city13's
READMEs and the whole of city14's): 城乡居民基本养老保险 (缴费补贴, 代缴, 高龄加发, 丧葬补助金: a notice on two web pages, its
amendment, a repealed 2025 notice), 秋冬种油菜示范补助 (expired), 外来务工人员 公共租赁住房 (in force), 农村危房改造和农房
抗震改造 (a 方案, its 任务分工表 and 补助标准) and a 文化馆 寒假 少儿 公益培训 报名 notice.

**Who wrote it and what they saw.** A helper session wrote it from a brief. It did not read the system's code
(`rag/`, `index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`, `tests/integration/`,
`tests/e2e/`), any `out/`, `var/`, `/tmp/dbg` or `/tmp/snap` folder, or other cities' generators and qa files besides
those named here; it did not run policyqa, pytest or `git status`/`git diff`/`git log`, and committed nothing. It read
`tests/data/city14/README.md` (whole, its last section “What the first run found”, which describes how the system fared
on city14, included), the first six lines of `tests/data/city14/qa.jsonl`, `tests/support/make_city14_fixtures.py`
(whole in substance: its docstring, constants and texts, its zip helpers, its XLSX writer, its seal and scan-PDF
helpers, its questions, the end of its README and its `main`, in displays with lines cut at 300 to 600 characters;
the bodies of its scan-page, screenshot, DOCX and FAQ-page functions were not displayed), `tests/support/print_lines.py`
and `tests/support/qa_lines.py` (whole; `wrap_cjk`, `cjk_face` and `qa_jsonl` are imported by the generator), and of each
of `tests/data/city2/README.md` … `tests/data/city13/README.md` the text before `## Files`, cut at its first 2,500 bytes,
plus the sentences naming topics in city8 … city13's (found with grep). Outside that list it read the `[tool.ruff]` and
`[tool.ruff.lint]` sections of `pyproject.toml`, listed the folder names of `tests/data/` and `tests/support/` (no
`city15` existed), listed the machine's CJK fonts (`fc-list :lang=zh`) and the names in `.venv/bin/` filtered for “ocr”
and “ruff”. It installed with apt (as root) `libreoffice-writer-nogui`, `libreoffice-calc-nogui` and
`fonts-wqy-zenhei` (the machine had only Noto CJK, whose CFF outlines reportlab cannot embed). It read no installed
library source. No answer was tuned against the system; the command below had **not been run** on this fixture when it
was handed over. Everything was made and checked in a separate venv (`/tmp/c15venv`: python-docx 1.2.0, xlwt 1.3.0,
xlrd 2.0.2, reportlab 5.1.0, pikepdf 10.18.0, Pillow 13.0.0, pypdfium2 5.15.2, lxml 6.2.1, olefile 0.47, ruff 0.17.6;
openpyxl 3.1.5 installed, not used) with Noto Sans/Serif CJK SC (the photo) and WenQuanYi Zen Hei (the PDFs), and
LibreOffice 7.4.7.2. Outside tools run on corpus files: `rapidocr_onnxruntime` from the project's `.venv`, called
directly with `python -c` (not through policyqa), on the two pages of the PDF without ToUnicode as pypdfium2 renders
them (200 dpi), on the photo after `ImageOps.exif_transpose` and on the photo as its pixels are stored; pypdfium2 for
both PDFs' text; pikepdf to count fonts and ToUnicode maps; olefile and LibreOffice's txt conversion (`soffice
--convert-to "txt:Text (encoded):UTF8"`) for the `.doc`; xlrd (`formatting_info=True`) for the `.xls`; lxml for the two
HTML pages; Pillow for the photo's EXIF; `ruff check` (the venv's ruff, the project's settings) on the generator only —
run from the repository root, it wrote its cache under `.ruff_cache/0.17.6/` (a folder that already existed,
ignored by its own `.gitignore`), the one write outside the paths the brief allowed besides apt's installs. No GPU machine
was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `qujing-chengxiang-yanglao-tongzhi.html` + `qujing-chengxiang-yanglao-tongzhi_2.html` | 曲靖市人民政府办公室关于进一步做好城乡居民基本养老保险工作的通知, 曲政办发〔2026〕9号 (2026-02-10, 发布日期 2026-02-12) | **One notice split by the portal's CMS over two pages**, both UTF-8 with the same top bar, header, search form, menu, breadcrumb (“当前位置：首页 > 政务公开 > 政策文件 > 市政府办文件”), left column of 栏目 links, print/close/share links, footer (网站标识码, 滇ICP备, 滇公网安备) and a script; **the 信息公开 table (索引号, 发布机构, 成文日期, 发布日期, 文号, 主题分类), the title (`h1`), the info line (发布日期 2026-02-12 10:30, 来源, 浏览次数, 【字体：大 中 小】), the 文号, the addressee and the intro only on page 1** (page 2's `<title>` is only “政策文件_曲靖市人民政府”); **page 1 holds items 一 … 三 and page 2 starts mid-list at “四、困难群体代缴”** and ends with the signature, the date and “（此件公开发布）”; at the bottom of each the pager **“第1页 第2页 下一页”** (page 1; 第2页 and 下一页 link to `_2.html`) and “上一页 第1页 第2页 下一页” (page 2; 下一页 not a link). A reader must join the pages: page 2 alone names neither its notice nor its 文号, and its items refer to “本通知第三项” on page 1. Facts on page 1: **一 “年满16周岁（不含在校学生）” (本市户籍, 户籍所在地) and “非本市户籍人员在本市居住、持有本市居住证满1年且未在户籍所在地参加城乡居民基本养老保险的，可以在居住地参保”**; 二 ten 档次, 1月1日至12月25日; **三 (一)–(四) 30元 / 40元 / 60元 / 100元 per 档次 (rows a careless reader swaps), 4:6**. Facts on page 2: **四 代缴 200元 (低保 etc.) / 100元 (低保边缘)**; **五 (一) 15元, (二) 10元 / 20元 / 50元, (三) 2元 (amended by the PDF)**; 六 60周岁, 15年; **七 丧葬补助金 2000元 (amended), 6个月内**; 八 12333, 0874-3125617; **九 “自2026年3月1日起施行，有效期5年” and the repeal of 曲政发〔2019〕17号 and 曲人社发〔2025〕41号**. No 补缴 rule. |
| `qujing-yanglao-daiyu-tiaozheng.pdf` | 曲靖市人民政府办公室关于调整城乡居民基本养老保险有关待遇标准的通知, 曲政办发〔2026〕41号 (2026-09-15) | **A text PDF whose fonts have no ToUnicode map**: reportlab set it in WenQuanYi Zen Hei (two embedded TrueType subsets, simple fonts with one-byte codes), then pikepdf deleted every `/ToUnicode` (the file has 0 of them; Info: Creator “WPS 文字”, dates 2026-09-15). It renders exactly as before, but **pypdfium2's text is garbage: the Chinese comes out as Latin-1 symbols (“ÄÅÇÉÑÖ”, “ÜáàâäãåçÜéèê” …) and only digits and ASCII survive (“202641”, “15”, “25”, “70 ÀÃ…80”)** — so a reader must OCR the rendered page or tell the user it cannot read the file, **never index that garbage**. Two A4 pages in 公文 layout: 文头 “曲靖市人民政府办公室文件” in red, 文号, red rule, the title over two lines, addressee, intro naming 曲政办发〔2026〕9号 as “《通知》”, items 一 … 五, contact (赵丽萍, 0874-3125617), “附件：…对照表”, signature, date, “（此件公开发布）”, **the 附件 table on page 2 (项目 / 适用对象 / 调整前 / 调整后: 15元→25元; 70–79 10元→20元; 80–89 20元→40元; 90+ 50元→50元; 丧葬 2000元→3000元)**, 抄送/印发 between rules, page numbers “— n —”. Facts found in no other file: **一 “每人每月加发基础养老金25元”; 二 “年满70周岁不满80周岁的，每人每月加发20元”, “年满80周岁不满90周岁的，每人每月加发40元”, 90+ unchanged; 三 “丧葬补助金标准为3000元”**; 四 funds per 《通知》第三项, 2026年10月底前; **五 “本通知自2026年10月1日起施行，2026年10月起按照调整后的标准发放。《通知》其他内容不变。”** The item numbers it cites (第五项第（一）目 …) are the article's 一、…（一）. |
| `qujing-zhengfu-gongbao-2025-07.pdf` | 曲靖市人民政府公报 2025年第7期（总第187期）, 2025-07-31 | **A gazette issue in two columns** (reportlab, WenQuanYi Zen Hei with its ToUnicode maps; Creator “方正书版”): page 1 the masthead (“曲靖市人民政府公报” in red, 期号, 编印/出版 line) and **a 目录 of three entries with dot leaders and page numbers (all “2”)**; **running heads on every page (公报名 and 期号, swapped left/right on even pages, over a red rule) and page numbers “· n ·”**; pages 2–3 set in **two columns of about 24 characters with a grey rule between them**. **曲人社发〔2025〕41号 starts at the top of page 2's left column and 曲农发〔2025〕47号 follows in the same column; 曲住建发〔2025〕56号 starts in the middle of page 2's right column**; after its item 二 the columns above are closed and **the 租赁补贴 table spans the full width** (保障对象 / 1人户 / 2人户 / 3人及以上户: 城镇低收入住房困难家庭 300元 450元 600元; 城镇中等偏下收入住房困难家庭 200元 300元 400元; **外来务工人员 240元 360元 480元** — nine figures to swap), and its items 三 … 五 continue in two balanced columns at the top of page 3, above the colophon box. **The content stream is in reading order (each column top to bottom, left column first), so pypdfium2's text reads right; a reader that orders lines by their height on the page, or reads across the page, interleaves the two columns line by line — reading order must be column by column.** Titles are broken inside the column (“…曲靖市财政 / 局关于调整…”). Facts: **41号 (repealed from 2026-03-01 by 曲政办发〔2026〕9号): 200元 档 “每人每年补贴20元”, 300/400元 30元, 500–800元 50元, 1000元及以上 80元; 代缴 100元; 3:7; “本通知自2025年7月1日起施行，有效期5年”**; **47号 (expired): 100亩以上; “每亩补助80元”, 良种50元 + 防控30元, “不超过10万元”; 2025年10月31日前 申报; 2026年4月30日前 兑付; “有效期至2026年5月31日”**; **56号 (in force): “连续缴纳职工基本养老保险满12个月”, “（含外省籍）”; 70% of 市场租金, 低保 10%, 低保边缘 50%; the table; 街道办事处（社区）, 公示7日, 市住房保障中心, 每年3月和9月; 3个月内 退出; 2025-08-01, 有效期5年.** No rent per square metre, no 玉溪. |
| `qilin-weifang-gaizao-fangan.doc` | 麒麟区人民政府办公室关于印发麒麟区2026年农村危房改造和农房抗震改造实施方案的通知, 麒政办发〔2026〕12号 (2026-03-18) | **A Word 97–2003 binary `.doc`** (OLE compound file: `WordDocument` (FIB magic 0xA5EC), `1Table`, `SummaryInformation`, `DocumentSummaryInformation`, `CompObj`, `Ole`), **made the way a 区县 office makes one: the generator writes a DOCX with python-docx (`doc-source/qilin-weifang-gaizao-fangan.docx`, zip timestamps and core dates fixed) and `--doc` converts it with LibreOffice 7.4 headless (`soffice --convert-to "doc:MS Word 97"`)**. The conversion is not byte-deterministic: **the committed `.doc` was made once and is not regenerated byte for byte**. Content: 文头 “麒麟区人民政府办公室文件” in red, 文号, a rule of “━”, the 印发 notice (title as Heading 1, addressee, one sentence, **附件 list naming the two annexes, which are not in the `.doc` but in the `.xls`**), signature, date, 公开 line; after a page break the 方案 (title as Heading 1, **items 一 … 七 as Heading 2 paragraphs, typed, not numbered by Word**, sub-items （一）（二） and 1. … 4.), **a small 3 × 6 table of 任务分解 (乡镇（街道） / 农村危房改造 / 农房抗震改造: 越州镇 60户 90户, 东山镇 70户 110户, 茨营镇 30户 60户, 珠街街道 20户 40户, 合计 180户 300户)**, 抄送/印发 lines; **the 文号 also in the page header** (LibreOffice's txt conversion leaves the header out), the office's name in the footer; SummaryInformation: author 麒麟区人民政府办公室, created 2026-03-17, saved 2026-03-18. Facts: **一 180户 / 300户, “2026年11月30日前全部竣工验收”**; 二 who (C级或者D级危房 of 易返贫致贫户、低保户、分散供养特困人员、低保边缘家庭; 抗震: 一般农户); **三 “具体标准见附件2” (no amounts in the `.doc`)**, 只能享受一次; **四 “于2026年5月31日前向所在村（居）民委员会提出书面申请”**, 公示7日, 鉴定 by 区住房和城乡建设局, “一卡通”; 五 40至60平方米 …; 六 0874-3196215 (村镇建设股, no person); **七 “有效期至2026年12月31日”**. No total budget, no 市/区 shares. |
| `qilin-weifang-gaizao-fujian.xls` | 麒麟区2026年农村危房改造和农房抗震改造重点任务分工表 and …补助标准, 附件1 and 附件2 of 麒政办发〔2026〕12号 | **A BIFF8 workbook written by xlwt** (CDF “Microsoft Excel”, no dates in it), two sheets. **“附件1 任务分工表”**: title merged over A1:E1, “（麒政办发〔2026〕12号附件1）” merged over A2:E2, header 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限, six rows, **区住房和城乡建设局 one merged cell C5:C7 over tasks 2–4 (住房安全等级鉴定, 改造方案审核和施工技术指导, 竣工验收) — rows 3 and 4 read with an empty 牵头单位** (xlrd gives “” there), 配合单位 lists, 时限 (2026年5月31日前 … 验收合格后20个工作日内), and **a 备注 row merged over A10:E10: “各牵头单位于每月25日前将任务进展情况报区住房和城乡建设局（区农村危房改造工作领导小组办公室），12月10日前报送全年工作总结。”**; fonts 仿宋_GB2312/黑体/方正小标宋简体, borders, wrapped cells, frozen header, landscape A4. **“附件2 补助标准”** (改造类别 / 补助对象 / 改造方式 / 补助标准): **农村危房改造 one merged cell A4:A7 over four rows — 农村分散供养特困人员 D级危房拆除重建 “每户45000元”; 农村低保户、农村易返贫致贫户 D级 “每户40000元”; 农村低保边缘家庭 D级 “每户30000元”; 上述各类对象 C级危房修缮加固 “每户15000元”** — and 农房抗震改造 一般农户 抗震加固 “每户10000元” (five figures a careless reader swaps), and the 注 “补助资金在竣工验收合格后一次性拨付；同一农户只能享受一次补助，不得重复享受。” No person, phone or total. |
| `qilin-wenhuaguan-baoming-gonggaolan.jpg` | 麒麟区文化馆2027年寒假少儿公益艺术培训报名通知 (2026-11-28) | **A phone photo of a printed notice pinned on a 公告栏**: JPEG (quality 84), **stored 2000 × 1500 px, the pixels turned 90° counter-clockwise (the text runs bottom to top), with EXIF Orientation = 6 (“rotate 90° clockwise to display”)**, so a viewer or `ImageOps.exif_transpose` shows it upright (1500 × 2000) and a reader that ignores the tag gets it sideways; EXIF Make “Xiaomi”, Model “Redmi Note 12 Turbo”, DateTime/DateTimeOriginal 2026:11:29 10:14:27. The sheet (drawn in Noto Sans/Serif CJK SC) is **warped in perspective** (its corners off square: the top edge dropping to the right, the left edge leaning in at the top), **lit unevenly (a gradient darker towards the bottom right, a warm cast, a soft shadow over the lower left)**, with seeded sensor noise (`random.Random(1515)`) and a Gaussian blur of 1.3 px, three push pins, the board's frame at the top and **a neighbouring sheet (“冬季消防安全提示”) cut by the right edge** (only “请广大”, “一”, “二”, “三” of it show). Facts: **一 “麒麟区辖区内7至12周岁少年儿童”**; 二 书法、舞蹈、合唱, 每个班30人; **三 “2026年12月12日至12月20日（每天9:00—17:00）”**; **四 “麒麟区文化馆一楼服务台”**; 五 2027年1月18日至2月5日, 每周二、四、六上午; 六 免费, 户口簿或者出生医学证明; 0874-3126538. No 文号. |

All seven files but the `.doc` are written by `tests/support/make_city15_fixtures.py` (see its docstring), the two HTML
pages as literal text, together with this README, `qa.jsonl` and the `.doc`'s source `doc-source/qilin-weifang-gaizao-fangan.docx`
(kept so that the `.doc` can be remade; it is not part of the corpus).

## Questions (`qa.jsonl`)

30 lines, ids `c15-001`…`c15-030`, in the format of `tests/data/city14/qa.jsonl` (same fields, same order): `id`,
`question`, `answer`, `key_facts` (1–3 short strings copied verbatim from a document's text), `sources` (`doc_number`,
`doc_title`), `section` (title > section path), `evidence` (verbatim; “……” marks a gap, table rows are given as their
cells separated by spaces), `type`, `persona`, `difficulty`, `corpus_file`. Multi-issuer `doc_title`s join issuers with a
space, as the documents print them. The `.xls`'s sources are (麒政办发〔2026〕12号, the sheet's own title: “…重点任务分工表” or
“…补助标准”), since the notice's title is not in the workbook; the photo's source has `doc_number` null. For the two
web pages `corpus_file` names the page that holds the evidence. Questions with more than one source: c15-006…c15-009
(the PDF + the article; the PDF), c15-010, c15-011 (the gazette + the article; the gazette), c15-017, c15-018 (the `.xls`'s
补助标准 + the `.doc`; the `.xls`). A key fact may stand in any of a question's sources' files.

- c15-001…c15-004, c15-006…c15-008, c15-010, c15-012, c15-014…c15-019, c15-023, c15-024: questions from the public in
  everyday words. **c15-001 a child's age** (a 17-year-old out of school: “年满16周岁（不含在校学生）”); **c15-002 a worker
  from another province** (居住证 满1年, “可以在居住地参保”); **c15-003 a row of the 补贴 list** (500元 档: 60元, not the
  repealed 50元); **c15-004 a 低保 family** (代缴 “按每人每年200元的标准”, page 2); **c15-006 an elderly parent, the amended
  figure** (75岁: 20元, not the article's 10元 — and 20元 is also the article's old 80–89 figure); **c15-007 the other
  amended row** (83岁: 40元, not 20元); **c15-008 the amended 丧葬补助金 and where/when** (3000元, not 2000元; 6个月内,
  乡镇（街道）便民服务中心); **c15-010 the repealed notice asked as if current** (200元 档 20元 from the gazette: repealed,
  now 30元); **c15-012 the expired notice asked as if current** (油菜 示范补助 for 2026: 有效期至2026年5月31日, nothing later);
  **c15-014 a worker from another province, conditions** (公租房: 12个月 职工养老保险, 含外省籍); **c15-015 a row of the
  full-width table and the conditions** (外来务工 3人户: 480元, not 600元 or 400元); **c15-016 a 低保 family's rent** (10%
  of the 公租房 rent; 低保边缘 50%); **c15-017 a 补助标准 row** (低保户 D级: 每户40000元, not 45000元 or 30000元); **c15-018 an
  elderly parent, the row a careless reader swaps** (特困 mother, C级: 每户15000元, not 特困's D级 45000元); **c15-019 when
  and to whom** (2026年5月31日前, 村（居）民委员会 — the period is over on 2026-12-02); **c15-023 a child's age** (6岁半:
  no, 7至12周岁); c15-024 when, where and what to bring (the photo).
- c15-005, c15-009, c15-011, c15-013, c15-020…c15-022: civil-servant questions. **c15-005 施行, 有效期 and what the
  article repealed** (2026-03-01, 5年; 曲政发〔2019〕17号, 曲人社发〔2025〕41号; page 2); **c15-009 what the PDF amends and from
  when** (three items, 2026-10-01, 其他内容不变); **c15-011 what replaced the repealed notice** (曲政办发〔2026〕9号, “同时废止”,
  though its own 有效期5年 would run to 2030); **c15-013 the expired notice's standard and term** (80元, 10万元; expired);
  **c15-020 牵头 from a merged cell, 配合 and 时限** (住房安全等级鉴定: 区住房和城乡建设局 (C5:C7), 各乡镇（街道）, 2026年6月30日
  前); **c15-021 when and to whom, from the 备注 row** (每月25日前, 区住房和城乡建设局（区农村危房改造工作领导小组办公室）, 12月10日
  前); **c15-022 a row of the `.doc`'s table** (东山镇: 70户, 110户; 2026年11月30日前).
- c15-025…c15-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no
  sources): **c15-025 a figure the documents do not give on a topic they cover** (危房改造 资金总额 and 市/区 shares: only
  户数 and per-household standards); **c15-026 a person the documents do not name** (区民政局's 联系人 for 身份认定: the
  分工表 names bodies only; the one 联系人 in the corpus, 赵丽萍, is in the 养老 PDF); **c15-027 two parts, neither
  answered, both close** (城乡居民养老保险 补缴, and whether 补缴 years get the 补贴: the article gives only 档次, 缴费时间 and
  补贴 per 档次); **c15-028 another city** (玉溪市's 公租房 租赁补贴: 玉溪 occurs in no file); c15-029 养犬 登记 (犬 and 狗
  occur in no file); **c15-030 a figure not given on a topic covered** (公租房 rent per square metre: only “市场租金的70%”).

Personas: 21 public, 9 civil_servant (answerable: 17 and 7). Files as `corpus_file`: gazette 7, PDF without ToUnicode 4,
`.xls` 4, web page 1 3, web page 2 2, `.doc` 2, photo 2, none 6. Types: numeric 9, validity 6, yesno 4, deadline 2,
multi_hop 1, department 1, procedure 1, unanswerable 6. Difficulty: 2 easy, 16 medium, 12 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: **曲政办发〔2026〕9号
(from 2026-03-01, 有效期5年) as amended by 曲政办发〔2026〕41号 from 2026-10-01: 市级加发 25元, 高龄加发 20元 / 40元 / 50元,
丧葬补助金 3000元**, its 补贴 (30/40/60/100元) and 代缴 (200元/100元) unchanged; 曲住建发〔2025〕56号 (to 2030); 麒政办发〔2026〕12号
and its annexes (有效期至2026年12月31日); the 文化馆's notice. **Not in force: 曲人社发〔2025〕41号 (repealed from 2026-03-01
although its own “有效期5年” would still run) and 曲农发〔2025〕47号 (有效期至2026年5月31日, no successor).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city15/qa.jsonl --corpus tests/data/city15/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs `apt-get install fonts-noto-cjk fonts-wqy-zenhei`, and LibreOffice for `--doc`):

```
python3 -m venv /tmp/c15venv && /tmp/c15venv/bin/pip install python-docx xlwt xlrd reportlab pikepdf Pillow pypdfium2 lxml olefile
cd /work/main && PYTHONPATH=. /tmp/c15venv/bin/python tests/support/make_city15_fixtures.py
cd /work/main && PYTHONPATH=. /tmp/c15venv/bin/python tests/support/make_city15_fixtures.py --doc   # only to remake the .doc
```

Generation takes about 3 s. Two runs into two fresh folders give every file they write byte for byte (checked with
sha256sum: the six corpus files, the DOCX source, `qa.jsonl` and this README): the DOCX's zip timestamps and core dates
are fixed, xlwt writes no dates, reportlab runs with `invariant=1` and pikepdf saves with a content-derived ID and fixed
Info dates, the photo's noise and texture are seeded. **The `.doc` is the exception: `--doc` runs LibreOffice, whose
output is not byte-identical from run to run; the committed `.doc` is the one made when the fixture was written.** Another
Pillow, reportlab, pikepdf, xlwt, python-docx or font can change the files.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city14's fields in city14's order, and the ids run `c15-001`…`c15-030`;
  the 6 unanswerable lines have `key_facts` [], `sources` [], `section`/`evidence`/`corpus_file` null and answers starting
  “文件中未找到相关规定。”; every other line's `corpus_file` is a file of one of its sources; the counts above;
- every key fact occurs in its answer and, with whitespace removed, in the text of one of its sources' files as a reader
  gets it: for the two web pages lxml's `text_content()` with `script`/`style` removed; for the gazette pypdfium2's text;
  for the `.doc` LibreOffice's txt conversion; for the `.xls` xlrd's rows of both sheets (cells joined by spaces, merged
  cells empty below their first row); **for the PDF without ToUnicode and for the photo the OCR output** of the trial
  below. Every evidence part (“……” splits it) occurs likewise in the `corpus_file`, and every `doc_number` and `doc_title`
  in its source's files, with four exceptions, all OCR: **c15-006's and c15-007's evidence (“…“年满70周岁不满80周岁的，每人
  每月加发10元”修改为…”) and c15-008's (“…“丧葬补助金标准为2000元”修改为…”) come back from OCR with an ASCII `"` for the
  closing ” before “修改为” (c15-006's also for the “ that opens it)**, and **c15-024's “（每天9:00—17:00）。” comes back as “（每天” + “9:00-17:00)。”** (ASCII hyphen and
  closing bracket). The PDF's 文号 cited in its intro comes back as “曲政办发〔2026）9号”; its own 文号 is read right;
- the words of the unanswerable questions (玉溪, 昆明, 犬, 狗, 补缴, 资金总额, 每平方米) and the earlier fixtures' cities and
  provinces occur in no file (the HTML as bytes, the DOCX source's XML, the `.doc`'s text, the `.xls`'s rows, both PDFs'
  text, the OCR of the PDF and of the photo); “联系人” occurs once (the 养老 PDF's 赵丽萍); “分担” only in the 养老
  documents;
- **OCR trial** (`rapidocr_onnxruntime` from the project's `.venv`, defaults, images converted to RGB): the PDF without
  ToUnicode rendered by pypdfium2 at 200 dpi gave 21 and 40 boxes, every line in reading order and every table cell; the
  intro's “〔2026〕9号” came back “〔2026）9号”, some closing ” as `"`, “。” after the phone number as “.”, “（此件公开发布）”
  with ASCII brackets, page numbers “一1一” and “-2—”. **The photo after `exif_transpose` gave 20 boxes, every line of the
  notice in order** (plus “请广大” from the neighbour sheet), with the two ASCII slips above. **The photo as stored (turned,
  the tag ignored) gave 18 boxes, each line read right (rapidocr turns tall crops) but in an order that follows the turned
  image, the title after the body and the signature in the middle, and “一、” of item 一 lost** — so the EXIF tag matters
  for the reading order, not for the characters;
- pypdfium2's text of the PDF without ToUnicode is garbage as described above (no CJK character survives); pikepdf counts
  3 fonts (two TrueType subsets and reportlab's unused Helvetica) and 0 `/ToUnicode` in it, and 2 `/ToUnicode` in the
  gazette; both render (pypdfium2, 200 dpi) and were looked at: the PDF 2 pages, the gazette 3; **pypdfium2's text of the
  gazette gives each column top to bottom, left column first, the table's rows between item 二 and item 三**;
- the `.doc` is an OLE file with `WordDocument` (FIB 0xA5EC) and `1Table`; LibreOffice's txt of it holds the whole text,
  the table one cell a line, no header; the `.xls` opens in xlrd with the sheets “附件1 任务分工表” (merged A1:E1, A2:E2,
  C5:C7, A10:E10) and “附件2 补助标准” (A1:D1, A2:D2, A4:A7, A9:D9); the photo's EXIF reads Orientation 6, stored
  2000 × 1500, 1500 × 2000 after `exif_transpose`, and was looked at;
- generation twice into fresh folders: byte-identical (sha256sum), except the `.doc`, which is not regenerated.

Not checked: how Word, WPS or Excel show the `.doc` and the `.xls` (only LibreOffice and xlrd were available), how a
browser shows the two pages, and whether the URLs, the phone numbers and the 网站标识码/ICP numbers exist (all invented).
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city15 (曲靖市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR,
                    help="the fixture folder (default: %(default)s)")
    ap.add_argument("--doc", action="store_true",
                    help="only convert DIR/doc-source/*.docx to the corpus's .doc with LibreOffice (not deterministic)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    src = args.out / "doc-source" / F_DOCX_SRC
    if args.doc:
        convert_doc(src, corpus / F_DOC)
        print(f"converted {src} to {corpus / F_DOC}")
        return 0
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_bytes(make_docx())
    (corpus / F_XLS).write_bytes(make_xls())
    (corpus / F_AMD).write_bytes(make_amend_pdf())
    (corpus / F_GAZ).write_bytes(make_gazette())
    (corpus / F_HTML1).write_text(html_page(1), encoding="utf-8")
    (corpus / F_HTML2).write_text(html_page(2), encoding="utf-8")
    (corpus / F_PHOTO).write_bytes(make_photo())
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c15", QA), encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    if not (corpus / F_DOC).exists():
        print(f"note: {corpus / F_DOC} is missing; run again with --doc to make it from {src}")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

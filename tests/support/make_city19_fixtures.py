"""Writes the 江门市 (广东省, city19) fixture: tests/data/city19/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs reportlab, py7zr, lxml and Pillow, and WenQuanYi Zen Hei (Debian's
``fonts-wqy-zenhei``) for the PDF::

    python3 -m venv /tmp/c19venv
    /tmp/c19venv/bin/pip install reportlab py7zr lxml Pillow pypdfium2 pikepdf odfpy
    cd /work/main && PYTHONPATH=. /tmp/c19venv/bin/python tests/support/make_city19_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city19``; the corpus goes to ``DIR/corpus``. Every file is byte-identical on a rerun
with the same fonts and library versions: the ODP's zip members carry one fixed timestamp, the 7z's members get fixed
FILETIMEs, reportlab runs with ``invariant=1``, every date in the XML, the Markdown and the Word XML is literal, and
nothing is random. Everything in the documents (文号, 索引号, figures, dates, tasks, addresses, phone numbers, URL
paths) is invented; the city, its districts and county-level cities, the departments, the 12345 hotline and the
“粤省事”/“粤智助” app names are real.

- ``jiangmen-guiqiao-qiaojuan-bangfu-jiedu.odp``: a LibreOffice Impress 政策解读 deck (10 slides) of 江外侨〔2025〕9号
  (困难归侨侨眷帮扶补助办法): **speaker notes** holding facts the slides lack, a **table** in a frame on slide 5,
  nested outline lists, frames whose XML order differs from their place on the slide, a master-page footer.
- ``jiangmen-zhengce-wenjian-fujian-dabao.7z``: a portal's “附件打包下载” (py7zr, LZMA2), a Chinese folder holding
  江人社发〔2026〕8号 (家政服务员技能培训补贴) as **GB18030 text with CRLF** and 江建〔2024〕13号 (台风灾后农房修缮补助
  暂行办法, **repealed** by the PDF) as a **saved portal page** with navigation, breadcrumbs, 相关链接 and footer.
- ``jiangmen-12345-zhengce-wenda.md``: a 12345 hotline 政策问答 knowledge base (YAML front matter, ``### 问：``,
  pipe tables, bullets, bold, links) whose 更新日期 is before the amendment: its 每人每月300元 / 年满70周岁 are
  **outdated**.
- ``jiangmen-zhengfu-xinxi-gongkai-mulu.xml``: a 政府信息公开目录 export of three records with the body as HTML in
  CDATA: 江外侨〔2026〕5号 (the **amendment**), 江农发〔2025〕31号 (渔民转产转业补助, **expired** on 2026-06-30) and
  江人社发〔2024〕15号 (家政 2024, **“失效” only in ``youxiaoxing``**).
- ``jiangmen-taifeng-nongfang-xiushan-banfa.pdf``: a 红头文件 江建〔2026〕21号 (台风灾后农村住房修缮加固补助办法, “同时
  废止” 江建〔2024〕13号), 3 pages, a **diagonal watermark drawn as text in the middle of each content stream**, a red
  round seal drawn as text on an arc, “— n —” footers.
- ``jiangmen-yumin-zhuanchan-zhuanye-renwu-fengong.doc``: **Word 2003 XML** (WordprocessingML) under a ``.doc`` name:
  江府办函〔2026〕37号 and its 任务分工表 (``w:gridSpan`` group rows, a ``w:vmerge`` 牵头单位 over rows 1–2, runs split
  inside dates).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.support import qa_lines
from tests.support.print_lines import wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city19"

F_ODP = "jiangmen-guiqiao-qiaojuan-bangfu-jiedu.odp"
F_7Z = "jiangmen-zhengce-wenjian-fujian-dabao.7z"
F_MD = "jiangmen-12345-zhengce-wenda.md"
F_XML = "jiangmen-zhengfu-xinxi-gongkai-mulu.xml"
F_PDF = "jiangmen-taifeng-nongfang-xiushan-banfa.pdf"
F_DOC = "jiangmen-yumin-zhuanchan-zhuanye-renwu-fengong.doc"

# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

SZFB = "江门市人民政府办公室"
WQJ = "江门市外事侨务局"
CZJ = "江门市财政局"
RSJ = "江门市人力资源和社会保障局"
ZJJ = "江门市住房和城乡建设局"
NYJ = "江门市农业农村局"

QB_NUMBER = "江外侨〔2025〕9号"  # 归侨侨眷帮扶补助办法 (explained by the ODP deck), amended by QT
QB_RULES = "江门市困难归侨侨眷帮扶补助办法"
QB_TITLE = f"{WQJ} {CZJ}关于印发{QB_RULES}的通知"
DECK_TITLE = f"《{QB_RULES}》政策解读"

QT_NUMBER = "江外侨〔2026〕5号"  # the amendment (XML)
QT_TITLE = f"{WQJ} {CZJ}关于调整困难归侨侨眷帮扶补助标准的通知"

TF_OLD_NUMBER = "江建〔2024〕13号"  # 台风 暂行办法 (7z, saved web page), repealed by TF
TF_OLD_RULES = "江门市台风灾后农房修缮补助暂行办法"
TF_OLD_TITLE = f"{ZJJ}关于印发{TF_OLD_RULES}的通知"

TF_NUMBER = "江建〔2026〕21号"  # 台风 办法 (PDF), in force
TF_RULES = "江门市台风灾后农村住房修缮加固补助办法"
TF_TITLE = f"{ZJJ}关于印发{TF_RULES}的通知"

JZ_NUMBER = "江人社发〔2026〕8号"  # 家政 培训补贴 (7z, GB18030 text), in force
JZ_TITLE = f"{RSJ} {CZJ}关于做好家政服务员技能培训补贴工作的通知"

JZ_OLD_NUMBER = "江人社发〔2024〕15号"  # 家政 2024 (XML), “失效” only in youxiaoxing
JZ_OLD_TITLE = f"{RSJ} {CZJ}关于做好2024年家政服务员技能培训补贴工作的通知"

YM_NUMBER = "江农发〔2025〕31号"  # 渔民 补助 2025 (XML), expired 2026-06-30, no successor
YM_TITLE = f"{NYJ} {CZJ}关于做好2025年度渔民转产转业补助工作的通知"

YF_NUMBER = "江府办函〔2026〕37号"  # 任务分工 (Word 2003 XML)
YF_PLAN = "江门市渔民转产转业帮扶重点工作任务分工方案"
YF_TITLE = f"{SZFB}关于印发{YF_PLAN}的通知"

MD_TITLE = "12345热线政策问答知识库：归侨侨眷帮扶和家政服务员培训补贴"

PORTAL = "https://www.jiangmen.gov.cn"

# =============================================================================================
# Texts
# =============================================================================================

# --- ODP: 政策解读 of 江外侨〔2025〕9号. Frames: (kind, x, y, w, h, content) in XML order. ---------------------
# kind "title" | "sub" | "text" (list of paragraphs) | "outline" (list of (text, [children])) | "table" (rows)
DECK_SLIDES: list[dict] = [
    {"frames": [("title", 1.4, 5.2, 25.2, 3.2, DECK_TITLE),
                ("sub", 1.4, 9.6, 25.2, 2.4, [f"{WQJ}", "2025年5月"])],
     "notes": None},
    {"frames": [("title", 1.4, 0.8, 25.2, 2.6, "一、出台背景和依据"),
                ("outline", 1.4, 3.8, 25.2, 10.5, [
                    ("为切实保障困难归侨侨眷基本生活，市外事侨务局会同市财政局制定了《江门市困难归侨侨眷帮扶补助办法》。", []),
                    (f"文件名称：《{QB_TITLE}》（{QB_NUMBER}）", []),
                    ("施行时间：自2025年6月1日起施行，有效期至2030年5月31日", [])])],
     "notes": "《办法》于2025年4月18日印发，共十二条。本解读只介绍主要内容，具体以《办法》原文为准。"},
    {"frames": [("title", 1.4, 0.8, 25.2, 2.6, "二、帮扶对象"),
                ("text", 1.4, 12.6, 25.2, 1.8, ["共同条件：本市户籍，家庭人均月收入低于当地最低生活保障标准的1.5倍"]),
                ("outline", 14.4, 3.8, 12.2, 8.4, [
                    ("侨眷：华侨、归侨在国内的眷属", [
                        ("配偶、父母、子女及其配偶", []),
                        ("兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女", [])])]),
                ("outline", 1.4, 3.8, 12.2, 8.4, [
                    ("归侨：回国定居的华侨", [
                        ("持有归侨身份证明", []),
                        ("户籍在本市满1年", [])])])],
     "notes": None},
    {"frames": [("outline", 1.4, 3.8, 25.2, 10.5, [
                    ("对象：年满70周岁的困难归侨", []),
                    ("标准：每人每月300元", []),
                    ("发放：按季度发放至本人社会保障卡", [])]),
                ("title", 1.4, 0.8, 25.2, 2.6, "三、定期生活补助")],
     "notes": "定期生活补助于每季度首月15日前发放。享受定期生活补助的困难归侨，仍可按规定申请临时帮扶。"},
    {"frames": [("title", 1.4, 0.8, 25.2, 2.6, "四、临时帮扶标准"),
                ("table", 1.4, 3.8, 25.2, 9.0, [
                    ("帮扶对象", "适用情形", "帮扶标准"),
                    ("困难归侨", "因病、因灾、因意外事故导致基本生活出现严重困难", "每人每次最高5000元"),
                    ("困难侨眷", "因病、因灾、因意外事故导致基本生活出现严重困难", "每户每次最高3000元"),
                    ("患重特大疾病的归侨侨眷", "当年医保报销后个人自付费用超过2万元",
                     "超过2万元的部分按30%补助，每人每年最高20000元")])],
     "notes": "同一家庭每年申请临时帮扶不超过2次。临时帮扶与定期生活补助可以同时享受。"},
    {"frames": [("title", 1.4, 0.8, 25.2, 2.6, "五、申请渠道"),
                ("outline", 1.4, 3.8, 25.2, 10.5, [
                    ("线下：向户籍所在镇人民政府（街道办事处）提出申请", []),
                    ("线上：通过“粤省事”小程序“侨务服务”专区提交", []),
                    ("自助：在村（社区）“粤智助”政府服务自助机上申请", [])])],
     "notes": "申请临时帮扶的，应在困难发生之日起3个月内提出。村（社区）工作人员可协助老年人在自助机上提交。"},
    {"frames": [("title", 1.4, 0.8, 25.2, 2.6, "六、办理流程"),
                ("outline", 1.4, 3.8, 25.2, 10.5, [
                    ("申请受理", [("提交申请书、户口簿、归侨侨眷身份证明和家庭收入情况说明", [])]),
                    ("初审公示", [("镇（街道）入户核查，在村（居）公示5日", [])]),
                    ("审核发放", [("市（区）侨务部门审核，财政部门拨付资金", [])])])],
     "notes": "市（区）侨务部门自收到初审材料之日起15个工作日内作出审核决定。"},
    {"frames": [("title", 1.4, 0.8, 25.2, 2.6, "七、不予帮扶的情形"),
                ("outline", 1.4, 3.8, 25.2, 10.5, [
                    ("隐瞒家庭收入、提供虚假材料的", []),
                    ("家庭拥有2套以上住房或非营运机动车的", []),
                    ("已享受特困人员救助供养的，不再享受定期生活补助", [])])],
     "notes": None},
    {"frames": [("title", 1.4, 0.8, 25.2, 2.6, "八、资金保障"),
                ("outline", 1.4, 3.8, 25.2, 10.5, [
                    ("帮扶补助资金由市级财政和市（区）财政按5:5分担", []),
                    ("资金实行专款专用，接受审计和社会监督", [])])],
     "notes": "其中台山市、开平市、恩平市按市级6、市（区）级4分担。"},
    {"frames": [("title", 1.4, 0.8, 25.2, 2.6, "九、咨询方式"),
                ("text", 1.4, 8.6, 25.2, 2.0, ["咨询电话：0750-3527146（市外事侨务局侨政科）"]),
                ("text", 1.4, 4.6, 25.2, 2.0, ["办公地点：江门市蓬江区市行政中心2号楼5楼"])],
     "notes": None},
]

# --- 7z member 1: 江人社发〔2026〕8号 as GB18030 text (CRLF) ---------------------------------------------------
JZ_TEXT = [
    f"{RSJ} {CZJ}",
    "关于做好家政服务员技能培训补贴工作的通知",
    JZ_NUMBER,
    "",
    "各市（区）人力资源和社会保障局、财政局：",
    "　　为促进家政服务业提质扩容，提升家政服务员职业技能水平，结合我市实际，现就做好家政服务员技能培训补贴工作通知如下：",
    "　　一、补贴对象",
    "　　在本市参加家政服务员职业技能培训并取得相应证书、年满18周岁且未满60周岁的劳动者。同一等级证书只能享受一次补贴，"
    "每人每年享受培训补贴不超过3次。",
    "　　二、补贴标准",
    "　　（一）取得家政服务员五级/初级工职业技能等级证书的，每人补贴1500元；",
    "　　（二）取得家政服务员四级/中级工职业技能等级证书的，每人补贴2000元；",
    "　　（三）取得家政服务员三级/高级工职业技能等级证书的，每人补贴2500元；",
    "　　（四）取得母婴护理、居家养老照护等专项职业能力证书的，每人补贴800元。",
    "　　脱贫人口、低保家庭成员、残疾人参加家政服务员培训的，培训期间另按每人每天40元给予生活费补贴，最多补贴20天。",
    "　　三、申领程序",
    "　　参训人员应在取得证书之日起12个月内，通过“粤省事”“技能培训补贴申领”服务或线下窗口，向参训所在地市（区）"
    "人力资源社会保障部门申领。市（区）人力资源社会保障部门自受理之日起20个工作日内完成审核，审核通过的补贴资金直接"
    "发放至本人社会保障卡银行账户。",
    "　　四、资金来源",
    "　　补贴资金从职业技能提升行动专账资金中列支。",
    "　　五、其他",
    "　　本通知自2026年4月1日起施行，有效期至2028年3月31日。",
    "　　咨询电话：0750-3168420（市人力资源和社会保障局职业能力建设科）。",
    "",
    f"{RSJ}　　{CZJ}",
    "2026年3月16日",
    "",
]

# --- 7z member 2: 江建〔2024〕13号 as a saved portal page ---------------------------------------------------------
TF_OLD_COVER = f"《{TF_OLD_RULES}》已经市人民政府同意，现印发给你们，请认真贯彻执行。"
TF_OLD_ARTICLES = [
    "第一条　为帮助受台风灾害影响的农村群众尽快修缮受损住房，结合本市实际，制定本办法。",
    "第二条　本办法适用于本市行政区域内因台风灾害造成自有住房损坏的农村居民户。",
    "第三条　补助标准：（一）一般损坏的，每户补助3000元；（二）严重损坏的，每户补助8000元；"
    "（三）低保户、分散供养特困人员每户再增加1000元。",
    "第四条　农户应在灾害发生后60日内向所在村（居）民委员会提出申请。镇人民政府（街道办事处）组织核查并公示，"
    "公示期不少于5日。",
    "第五条　补助资金由市级财政和市（区）财政按5:5分担。",
    "第六条　市（区）住房城乡建设主管部门负责补助资金的审核和发放，自收到申请之日起30个工作日内拨付到户。",
    "第七条　本办法自2024年9月1日起施行，有效期至2027年8月31日。",
]

# --- PDF: 江建〔2026〕21号 -----------------------------------------------------------------------------------
TF_ADDR = "各市（区）住房城乡建设主管部门，市有关单位："
TF_COVER = (f"《{TF_RULES}》已经市人民政府同意，现印发给你们，请认真贯彻执行。执行中遇到的问题，"
            "请径向市住房和城乡建设局村镇建设科反映。")
TF_ARTICLES = [
    "第一条　为支持受台风灾害影响的农村群众及时修缮加固受损住房，保障住房安全，结合本市实际，制定本办法。",
    "第二条　本办法适用于本市行政区域内因台风及其引发的暴雨、风暴潮等灾害造成自有住房损坏、经鉴定可修缮加固后"
    "继续居住的农村居民户。房屋倒塌需恢复重建的，按照灾后恢复重建有关规定执行，不适用本办法。",
    "第三条　申请补助的住房应为农户在本市的唯一住房。同一住房因同一次灾害只能享受一次补助。",
    "第四条　补助标准如下：",
    "（一）一般损坏（屋面、门窗等非承重构件受损，经修缮后可正常居住）的，每户补助6000元；",
    "（二）严重损坏（墙体、梁柱等承重构件受损，需加固后方可居住）的，每户补助15000元；",
    "（三）低保户、分散供养特困人员、防止返贫监测对象和户主年满70周岁的农户，按上述标准每户再增加3000元。",
    "第五条　农户应在灾害发生之日起90日内向所在村（居）民委员会提出申请。镇人民政府（街道办事处）组织技术人员"
    "入户核查，对损坏等级作出认定，并在村（居）务公开栏公示，公示期不少于7日。",
    "第六条　市（区）住房城乡建设主管部门自收到镇人民政府（街道办事处）报送材料之日起20个工作日内完成审核，"
    "审核通过的补助资金通过“一卡通”直接发放到户。",
    "第七条　补助资金由市级财政和市（区）财政按6:4分担，其中台山市、开平市、恩平市按7:3分担。",
    "第八条　各市（区）住房城乡建设主管部门应建立修缮加固档案。对虚报冒领、骗取补助资金的，依法追回并追究责任。",
    "第九条　本办法由市住房和城乡建设局负责解释。",
    f"第十条　本办法自2026年7月1日起施行，有效期至2031年6月30日。《{TF_OLD_RULES}》（{TF_OLD_NUMBER}）同时废止。",
]
TF_CC = "抄送：市人民政府办公室，市财政局，市民政局，市农业农村局。"
TF_PRINTED = "江门市住房和城乡建设局办公室　　　　2026年6月8日印发"
WATERMARK = "江门市人民政府门户网站　仅供参考"

# --- XML: 政府信息公开目录 ------------------------------------------------------------------------------------
QT_PARAS = [
    "各市（区）外事侨务局、财政局：",
    f"为进一步加大困难归侨侨眷帮扶力度，经市人民政府同意，现就调整《{QB_RULES}》（{QB_NUMBER}，以下简称《办法》）"
    "有关标准通知如下：",
    "一、将《办法》第五条第一款中的“每人每月300元”修改为“每人每月400元”。",
    "二、将《办法》第五条第一款中的“年满70周岁”修改为“年满65周岁”。",
    "三、调整后的帮扶补助标准如下表：",
]
QT_TABLE = [("帮扶项目", "帮扶对象", "标准"),
            ("定期生活补助", "年满65周岁的困难归侨", "每人每月400元"),
            ("临时帮扶", "困难归侨", "每人每次最高5000元"),
            ("临时帮扶", "困难侨眷", "每户每次最高3000元")]
QT_LAST = "四、本通知自2026年8月1日起施行，2026年8月起按调整后的标准发放。《办法》其他规定不变。"

YM_PARAS = [
    "各市（区）农业农村局、财政局：",
    "为支持退出海洋捕捞的渔民转产转业，经研究，现就做好2025年度渔民转产转业补助工作通知如下：",
    "一、补助对象。2025年1月1日至2025年12月31日期间自愿退出海洋捕捞、拆解或处置渔船并注销海洋渔业捕捞许可证的"
    "本市户籍渔船船东，以及在上述渔船上连续从事捕捞作业满3年的本市户籍船员。",
    "二、补助标准。按下表执行，船东和船员不重复享受：",
]
YM_TABLE = [("补助类别", "补助对象", "补助标准"),
            ("一次性转产转业补助", "渔船船东", "每人20000元"),
            ("一次性转产转业补助", "渔船船员", "每人8000元"),
            ("一次性生活补助", "年满55周岁的船东、船员", "每人另加3000元")]
YM_LAST = [
    "三、申报时间。符合条件的渔民于2026年3月31日前向户籍所在镇人民政府（街道办事处）申报，市（区）农业农村部门"
    "审核后于2026年5月31日前发放到位。",
    "四、资金来源。补助资金由市级财政和市（区）财政按5:5分担。",
    "五、本通知自印发之日起实施，有效期至2026年6月30日。",
]

JZ_OLD_PARAS = [
    "各市（区）人力资源和社会保障局、财政局：",
    "为扩大家政服务有效供给，提升家政服务员职业技能水平，现就做好2024年家政服务员技能培训补贴工作通知如下：",
    "一、补贴对象。在本市参加家政服务员职业技能培训并取得相应证书的劳动者。",
    "二、补贴标准。按下表执行：",
]
JZ_OLD_TABLE = [("证书等级", "补贴标准"),
                ("五级/初级工", "每人1000元"),
                ("四级/中级工", "每人1500元"),
                ("三级/高级工", "每人2000元")]
JZ_OLD_LAST = [
    "三、申领方式。参训人员在取得证书之日起6个月内，向户籍所在地或参训所在地人力资源社会保障部门申领。",
    "四、工作要求。各地要加强培训过程监管，严禁虚假培训、套取补贴资金。",
]

# --- Word 2003 XML: 江府办函〔2026〕37号 ----------------------------------------------------------------------
YF_ADDR = "各市（区）人民政府，市政府各部门、各直属机构："
YF_COVER = (f"《{YF_PLAN}》已经市人民政府同意，现印发给你们，请认真组织实施。各牵头单位要会同配合单位细化工作措施，"
            "于每季度末月25日前将工作进展情况报送市农业农村局汇总。")
YF_INTRO = "为推动退捕渔民转产转业、稳定增收，结合我市实际，制定本分工方案。"
YF_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
# (group heading) or (no, task, lead, partners, deadline); lead None = vertically merged with the row above
YF_ROWS: list[tuple] = [
    ("一、摸清底数和补助政策",),
    ("1", "全面摸清退捕渔民底数，建立转产转业帮扶台账", "市农业农村局", "各市（区）人民政府", "2026年11月30日前"),
    ("2", "研究制定2027年度渔民转产转业补助实施方案", None, "市财政局", "2027年3月31日前"),
    ("3", "落实渔民转产转业补助资金", "市财政局", "市农业农村局，市审计局", "每年6月30日前"),
    ("二、就业帮扶和社会保障",),
    ("4", "组织退捕渔民参加家政服务、电工、水产养殖等职业技能培训", "市人力资源和社会保障局",
     "市农业农村局，各市（区）人民政府", "2026年12月31日前"),
    ("5", "开发公益性岗位，优先安置年满45周岁的大龄退捕渔民", "市人力资源和社会保障局",
     "市财政局，台山市、新会区人民政府", "2027年6月30日前"),
    ("6", "指导退捕渔民发展深远海养殖和休闲渔业", "市农业农村局",
     "市发展和改革局，台山市、新会区、恩平市人民政府", "2027年9月30日前"),
    ("三、政策宣传和服务",),
    ("7", "在“粤省事”“粤智助”上线渔民转产转业帮扶事项办事指南", "市政务服务和数据管理局",
     "市农业农村局，市人力资源和社会保障局", "2026年12月15日前"),
    ("8", "开展政策宣传解读，组织进渔港、进渔村宣讲", "市农业农村局",
     "市人力资源和社会保障局，市政务服务和数据管理局", "2026年10月31日前"),
    ("9", "开展帮扶工作成效评估", "市发展和改革局", "市农业农村局，市财政局", "2027年12月31日前"),
]


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;"})


# =============================================================================================
# 1. The ODP (LibreOffice Impress)
# =============================================================================================

WHEN_ODP = (2025, 5, 12, 15, 8, 44)
ODP_GENERATOR = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"
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
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0" '
    'xmlns:anim="urn:oasis:names:tc:opendocument:xmlns:animation:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
)


def _zip(members: list[tuple[str, bytes]], when: tuple[int, int, int, int, int, int]) -> bytes:
    """A zip as ODF wants it: ``mimetype`` first and stored, everything else deflated, one timestamp."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data)
    return out.getvalue()


def _cm(v: float) -> str:
    return f"{v:.3f}cm"


def _geo(x: float, y: float, w: float, h: float) -> str:
    return f'svg:width="{_cm(w)}" svg:height="{_cm(h)}" svg:x="{_cm(x)}" svg:y="{_cm(y)}"'


def _odp_list(items: list[tuple], level: int = 1) -> str:
    out = '<text:list text:style-name="L2">' if level == 1 else "<text:list>"
    for text, children in items:
        out += f'<text:list-item><text:p text:style-name="P{level + 1}">{_x(text)}</text:p>'
        if children:
            out += _odp_list(children, level + 1)
        out += "</text:list-item>"
    return out + "</text:list>"


def _odp_frame(kind: str, x: float, y: float, w: float, h: float, content) -> str:
    g = _geo(x, y, w, h)
    if kind == "title":
        return (f'<draw:frame presentation:style-name="pr1" draw:layer="layout" {g} presentation:class="title" '
                f'presentation:user-transformed="true"><draw:text-box><text:p>{_x(content)}</text:p>'
                "</draw:text-box></draw:frame>")
    if kind == "sub":
        paras = "".join(f'<text:p text:style-name="P1">{_x(t)}</text:p>' for t in content)
        return (f'<draw:frame presentation:style-name="pr4" draw:layer="layout" {g} presentation:class="subtitle">'
                f"<draw:text-box>{paras}</draw:text-box></draw:frame>")
    if kind == "outline":
        return (f'<draw:frame presentation:style-name="pr2" draw:layer="layout" {g} presentation:class="outline" '
                f'presentation:user-transformed="true"><draw:text-box>{_odp_list(content)}</draw:text-box></draw:frame>')
    if kind == "text":
        paras = "".join(f'<text:p text:style-name="P5">{_x(t)}</text:p>' for t in content)
        return (f'<draw:frame draw:style-name="gr2" draw:text-style-name="P5" draw:layer="layout" {g}>'
                f"<draw:text-box>{paras}</draw:text-box></draw:frame>")
    if kind == "table":
        widths = (5.6, 10.4, 9.2)
        cols = "".join(f'<table:table-column table:style-name="co{k}"/>' for k in range(1, len(widths) + 1))
        rows = ""
        for r, row in enumerate(content):
            cells = "".join(f'<table:table-cell table:style-name="{"ce1" if r == 0 else "ce2"}">'
                            f'<text:p text:style-name="P6">{_x(c)}</text:p></table:table-cell>' for c in row)
            rows += f'<table:table-row table:style-name="ro1">{cells}</table:table-row>'
        return (f'<draw:frame draw:style-name="standard" draw:layer="layout" {g}>'
                f'<table:table table:template-name="default" table:use-first-row-styles="true" '
                f'table:use-banding-rows-styles="true">{cols}{rows}</table:table></draw:frame>')
    raise ValueError(kind)


def odp_content() -> bytes:
    styles = (
        '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
        'presentation:background-visible="true" presentation:background-objects-visible="true" '
        'presentation:display-footer="true" presentation:display-page-number="true" '
        'presentation:display-date-time="false"/></style:style>'
        '<style:style style:name="dp2" style:family="drawing-page"><style:drawing-page-properties '
        'presentation:display-header="true" presentation:display-footer="true" '
        'presentation:display-page-number="false" presentation:display-date-time="true"/></style:style>'
        '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties '
        'style:protect="size"/></style:style>'
        '<style:style style:name="gr2" style:family="graphic" style:parent-style-name="standard">'
        '<style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="true" '
        'fo:min-height="1.2cm"/></style:style>'
        '<style:style style:name="pr1" style:family="presentation" style:parent-style-name="Default-title">'
        '<style:graphic-properties fo:min-height="2.629cm"/></style:style>'
        '<style:style style:name="pr2" style:family="presentation" style:parent-style-name="Default-outline1">'
        '<style:graphic-properties fo:min-height="8.2cm"/></style:style>'
        '<style:style style:name="pr3" style:family="presentation" style:parent-style-name="Default-notes">'
        '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="13.364cm"/></style:style>'
        '<style:style style:name="pr4" style:family="presentation" style:parent-style-name="Default-subtitle">'
        '<style:graphic-properties fo:min-height="2.4cm"/></style:style>'
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties '
        'style:column-width="5.600cm"/></style:style>'
        '<style:style style:name="co2" style:family="table-column"><style:table-column-properties '
        'style:column-width="10.400cm"/></style:style>'
        '<style:style style:name="co3" style:family="table-column"><style:table-column-properties '
        'style:column-width="9.200cm"/></style:style>'
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
        'style:row-height="2.100cm"/></style:style>'
        '<style:style style:name="ce1" style:family="table-cell"><style:graphic-properties draw:fill="solid" '
        'draw:fill-color="#b4261a"/><style:paragraph-properties fo:border="0.03pt solid #ffffff"/>'
        '<style:text-properties fo:color="#ffffff" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce2" style:family="table-cell"><style:graphic-properties draw:fill="solid" '
        'draw:fill-color="#f6e7e4"/><style:paragraph-properties fo:border="0.03pt solid #ffffff"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties '
        'fo:text-align="center"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties '
        'fo:margin-left="0cm"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph"><style:paragraph-properties '
        'fo:margin-left="1.2cm"/><style:text-properties fo:font-size="20pt"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph"><style:paragraph-properties '
        'fo:margin-left="0cm"/><style:text-properties fo:font-size="12pt"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph"><style:text-properties fo:font-size="20pt" '
        'style:font-name-asian="Noto Sans CJK SC"/></style:style>'
        '<style:style style:name="P6" style:family="paragraph"><style:text-properties fo:font-size="16pt"/>'
        "</style:style>"
        '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="●">'
        '<style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.9cm"/>'
        '<style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true" '
        'fo:font-size="45%"/></text:list-level-style-bullet>'
        '<text:list-level-style-bullet text:level="2" text:bullet-char="–">'
        '<style:list-level-properties text:space-before="1.6cm" text:min-label-width="0.8cm"/>'
        '<style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true" '
        'fo:font-size="75%"/></text:list-level-style-bullet></text:list-style>'
    )
    pages = ""
    for n, slide in enumerate(DECK_SLIDES, start=1):
        layout = "AL1T0" if n == 1 else "AL2T1"
        frames = "".join(_odp_frame(*f) for f in slide["frames"])
        notes_text = slide["notes"]
        notes_body = f'<text:p text:style-name="P4">{_x(notes_text)}</text:p>' if notes_text else ""
        placeholder = "" if notes_text else ' presentation:placeholder="true"'
        notes = ('<presentation:notes draw:style-name="dp2"><draw:page-thumbnail draw:style-name="gr1" '
                 f'draw:layer="layout" {_geo(3.075, 2.257, 14.848, 8.35)} draw:page-number="{n}" '
                 'presentation:class="page"/><draw:frame presentation:style-name="pr3" draw:text-style-name="P4" '
                 f'draw:layer="layout" {_geo(2.1, 11.601, 16.799, 13.364)} presentation:class="notes"{placeholder}>'
                 f"<draw:text-box>{notes_body}</draw:text-box></draw:frame></presentation:notes>")
        pages += (f'<draw:page draw:name="page{n}" draw:style-name="dp1" draw:master-page-name="Default" '
                  f'presentation:presentation-page-layout-name="{layout}" presentation:use-footer-name="ftr1">'
                  f"{frames}{notes}</draw:page>")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ODF_NS} office:version="1.3"><office:scripts/>'
        '<office:font-face-decls><style:font-face style:name="Noto Sans CJK SC" '
        'svg:font-family="&apos;Noto Sans CJK SC&apos;" style:font-family-generic="system" '
        'style:font-pitch="variable"/><style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" '
        'style:font-charset="x-symbol"/></office:font-face-decls>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        "<office:body><office:presentation>"
        f'<presentation:footer-decl presentation:name="ftr1">{WQJ}</presentation:footer-decl>'
        f'{pages}<presentation:settings presentation:mouse-visible="false"/>'
        "</office:presentation></office:body></office:document-content>"
    )
    return xml.encode("utf-8")


def odp_styles() -> bytes:
    def pstyle(name: str, size: str, extra: str = "") -> str:
        return (f'<style:style style:name="{name}" style:family="presentation">'
                f'<style:graphic-properties draw:stroke="none" draw:fill="none"/>{extra}'
                f'<style:text-properties fo:font-size="{size}" style:font-name-asian="Noto Sans CJK SC" '
                f'style:font-size-asian="{size}"/></style:style>')

    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {ODF_NS} office:version="1.3">'
        '<office:font-face-decls><style:font-face style:name="Noto Sans CJK SC" '
        'svg:font-family="&apos;Noto Sans CJK SC&apos;" style:font-family-generic="system" '
        'style:font-pitch="variable"/></office:font-face-decls>'
        "<office:styles>"
        '<draw:marker draw:name="Arrow" svg:viewBox="0 0 20 30" svg:d="M10 0l-10 30h20z"/>'
        '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" '
        'draw:fill-color="#729fcf"/><style:paragraph-properties style:writing-mode="lr-tb"/>'
        '<style:text-properties style:font-name-asian="Noto Sans CJK SC" fo:font-size="18pt" '
        'fo:language="zh" fo:country="CN"/></style:default-style>'
        '<style:style style:name="standard" style:family="graphic"><style:graphic-properties draw:stroke="solid" '
        'svg:stroke-color="#3465a4" draw:fill="solid" draw:fill-color="#729fcf"/></style:style>'
        '<style:style style:name="objectwithoutfill" style:family="graphic" style:parent-style-name="standard">'
        '<style:graphic-properties draw:fill="none"/></style:style>'
        '<style:presentation-page-layout style:name="AL1T0"><presentation:placeholder presentation:object="title" '
        'svg:x="1.4cm" svg:y="5.2cm" svg:width="25.199cm" svg:height="3.2cm"/><presentation:placeholder '
        'presentation:object="subtitle" svg:x="1.4cm" svg:y="9.6cm" svg:width="25.199cm" svg:height="2.4cm"/>'
        "</style:presentation-page-layout>"
        '<style:presentation-page-layout style:name="AL2T1"><presentation:placeholder presentation:object="title" '
        'svg:x="1.4cm" svg:y="0.8cm" svg:width="25.199cm" svg:height="2.6cm"/><presentation:placeholder '
        'presentation:object="outline" svg:x="1.4cm" svg:y="3.8cm" svg:width="25.199cm" svg:height="10.5cm"/>'
        "</style:presentation-page-layout>"
        "</office:styles>"
        "<office:automatic-styles>"
        '<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" '
        'fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" '
        'fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
        '<style:page-layout style:name="PM2"><style:page-layout-properties fo:margin-top="0cm" '
        'fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21cm" '
        'fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout>'
        '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties '
        'draw:background-size="full" draw:fill="solid" draw:fill-color="#fffaf5"/></style:style>'
        '<style:style style:name="MP1" style:family="paragraph"><style:paragraph-properties '
        'fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:color="#8c1c13"/></style:style>'
        '<style:style style:name="MP2" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>'
        '<style:text-properties fo:font-size="12pt" fo:color="#8c1c13"/></style:style>'
        "</office:automatic-styles>"
        "<office:master-styles>"
        + pstyle("Default-title", "36pt")
        + pstyle("Default-subtitle", "24pt")
        + pstyle("Default-outline1", "24pt")
        + pstyle("Default-notes", "14pt")
        + pstyle("Default-background", "12pt")
        + '<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="Mdp1">'
        '<draw:rect draw:style-name="standard" draw:layer="backgroundobjects" svg:width="28cm" '
        'svg:height="0.35cm" svg:x="0cm" svg:y="0cm"/>'
        '<draw:frame presentation:style-name="Default-title" draw:layer="backgroundobjects" '
        'svg:width="25.199cm" svg:height="2.629cm" svg:x="1.4cm" svg:y="0.628cm" presentation:class="title" '
        'presentation:placeholder="true"><draw:text-box/></draw:frame>'
        '<draw:frame presentation:style-name="Default-outline1" draw:layer="backgroundobjects" '
        'svg:width="25.199cm" svg:height="9.134cm" svg:x="1.4cm" svg:y="3.685cm" presentation:class="outline" '
        'presentation:placeholder="true"><draw:text-box/></draw:frame>'
        '<draw:frame presentation:style-name="Default-background" draw:text-style-name="MP1" '
        'draw:layer="backgroundobjects" svg:width="12cm" svg:height="1.0cm" svg:x="8cm" svg:y="14.5cm" '
        f'presentation:class="footer"><draw:text-box><text:p text:style-name="MP1">{WQJ}</text:p>'
        "</draw:text-box></draw:frame>"
        '<draw:frame presentation:style-name="Default-background" draw:text-style-name="MP2" '
        'draw:layer="backgroundobjects" svg:width="4cm" svg:height="1.0cm" svg:x="22.6cm" svg:y="14.5cm" '
        'presentation:class="page-number"><draw:text-box><text:p text:style-name="MP2">'
        "<text:page-number>&lt;编号&gt;</text:page-number></text:p></draw:text-box></draw:frame>"
        '<presentation:notes style:page-layout-name="PM2"><draw:page-thumbnail presentation:style-name='
        '"Default-title" draw:layer="backgroundobjects" svg:width="14.848cm" svg:height="8.35cm" '
        'svg:x="3.075cm" svg:y="2.257cm" presentation:class="page"/><draw:frame presentation:style-name='
        '"Default-notes" draw:layer="backgroundobjects" svg:width="16.799cm" svg:height="13.364cm" '
        'svg:x="2.1cm" svg:y="11.601cm" presentation:class="notes" presentation:placeholder="true">'
        "<draw:text-box/></draw:frame></presentation:notes>"
        "</style:master-page></office:master-styles></office:document-styles>"
    )
    return xml.encode("utf-8")


def odp_meta() -> bytes:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:meta>'
        "<meta:creation-date>2025-05-09T10:21:37.512000000</meta:creation-date>"
        f"<dc:title>{_x(DECK_TITLE)}</dc:title><dc:creator>侨政科</dc:creator>"
        "<dc:date>2025-05-12T15:08:44.201000000</dc:date>"
        "<meta:editing-cycles>7</meta:editing-cycles><meta:editing-duration>PT2H14M36S</meta:editing-duration>"
        f"<meta:generator>{ODP_GENERATOR}</meta:generator>"
        '<meta:document-statistic meta:object-count="31"/></office:meta></office:document-meta>'
    )
    return xml.encode("utf-8")


def odp_settings() -> bytes:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3">'
        '<office:settings><config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item config:name="VisibleAreaTop" config:type="int">-1000</config:config-item>'
        '<config:config-item config:name="VisibleAreaLeft" config:type="int">-600</config:config-item>'
        '<config:config-item config:name="VisibleAreaWidth" config:type="int">29200</config:config-item>'
        '<config:config-item config:name="VisibleAreaHeight" config:type="int">17750</config:config-item>'
        "</config:config-item-set></office:settings></office:document-settings>"
    )
    return xml.encode("utf-8")


def odp_thumbnail() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (256, 144), (255, 250, 245))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 255, 3), fill=(52, 101, 164))
    d.rectangle((24, 52, 232, 70), fill=(140, 28, 19))
    d.rectangle((72, 86, 184, 94), fill=(120, 120, 120))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()


def make_odp() -> bytes:
    manifest = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        b'manifest:version="1.3">'
        b'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        b'manifest:media-type="application/vnd.oasis.opendocument.presentation"/>'
        b'<manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>'
        b'<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        b'<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        b'<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        b"</manifest:manifest>"
    )
    return _zip([
        ("mimetype", b"application/vnd.oasis.opendocument.presentation"),
        ("Thumbnails/thumbnail.png", odp_thumbnail()),
        ("settings.xml", odp_settings()),
        ("content.xml", odp_content()),
        ("meta.xml", odp_meta()),
        ("styles.xml", odp_styles()),
        ("META-INF/manifest.xml", manifest),
    ], WHEN_ODP)


# =============================================================================================
# 2. The 7z (附件打包下载): GB18030 text + saved web page
# =============================================================================================

SEVENZ_DIR = "江门市人民政府门户网站_附件打包下载"
SEVENZ_TXT = f"{SEVENZ_DIR}/家政服务员技能培训补贴通知（{JZ_NUMBER}）.txt"
SEVENZ_HTML = f"{SEVENZ_DIR}/{TF_OLD_TITLE}.html"
SEVENZ_TIMES = {SEVENZ_DIR: (2026, 11, 28, 9, 14, 2), SEVENZ_TXT: (2026, 3, 18, 10, 2, 40),
                SEVENZ_HTML: (2024, 8, 23, 16, 45, 12)}
TF_OLD_URL = f"{PORTAL}/zwgk/zcwj/bmwj/content/post_2024082317.html"


def jz_txt() -> bytes:
    return "\r\n".join(JZ_TEXT).encode("gb18030")


def tf_old_html() -> bytes:
    body = "".join(f"<p>{_x(a)}</p>\n" for a in TF_OLD_ARTICLES)
    nav = "".join(f'<li><a href="{PORTAL}/{p}/">{t}</a></li>' for t, p in (
        ("首页", ""), ("政务公开", "zwgk"), ("政务服务", "zwfw"), ("互动交流", "hdjl"), ("走进侨乡", "zjqx")))
    links = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in (
        ("广东省人民政府门户网站", "https://www.gd.gov.cn/"),
        ("江门市住房和城乡建设局", f"{PORTAL}/jmszjj/"),
        ("江门市应急管理局", f"{PORTAL}/jmsyjglj/")))
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0066){TF_OLD_URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="江门市人民政府门户网站">
<meta name="ColumnName" content="部门文件">
<meta name="ArticleTitle" content="{_x(TF_OLD_TITLE)}">
<meta name="PubDate" content="2024-08-23 16:40">
<meta name="ContentSource" content="{ZJJ}">
<title>{_x(TF_OLD_TITLE)}_部门文件_江门市人民政府门户网站</title>
<link rel="stylesheet" href="./{_x(TF_OLD_TITLE)}_files/common.css">
<script src="./{_x(TF_OLD_TITLE)}_files/jquery.min.js"></script>
<script>function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</head>
<body>
<div class="top-bar"><span>无障碍浏览</span> | <span>长者模式</span> | <a href="{PORTAL}/">简体</a></div>
<div class="header"><img src="./{_x(TF_OLD_TITLE)}_files/logo.png" alt="江门市人民政府门户网站"></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="breadcrumb">当前位置：<a href="{PORTAL}/">首页</a> &gt; <a href="{PORTAL}/zwgk/">政务公开</a> &gt; <a href="{PORTAL}/zwgk/zcwj/">政策文件</a> &gt; <a href="{PORTAL}/zwgk/zcwj/bmwj/">部门文件</a></div>
<div class="article">
<table class="info-table">
<tr><td>索引号：</td><td>007024519/2024-00286</td><td>分类：</td><td>城乡建设、环境保护</td></tr>
<tr><td>发布机构：</td><td>{ZJJ}</td><td>成文日期：</td><td>2024-08-20</td></tr>
<tr><td>名称：</td><td colspan="3">{_x(TF_OLD_TITLE)}</td></tr>
<tr><td>文号：</td><td>{TF_OLD_NUMBER}</td><td>发布日期：</td><td>2024-08-23</td></tr>
</table>
<h1 class="title">{_x(TF_OLD_TITLE)}</h1>
<div class="article-info">发布时间：2024-08-23 16:40　来源：{ZJJ}　【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div id="zoom" class="article-content">
<p>各市（区）住房城乡建设主管部门，市有关单位：</p>
<p>{_x(TF_OLD_COVER)}</p>
<p style="text-align:right">{ZJJ}</p>
<p style="text-align:right">2024年8月20日</p>
<h2 style="text-align:center">{TF_OLD_RULES}</h2>
{body}</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>{links}</ul></div>
<div class="footer">
<p><a href="{PORTAL}/wzdt/">网站地图</a> | <a href="{PORTAL}/lxwm/">联系我们</a> | <a href="{PORTAL}/sybz/">使用帮助</a></p>
<p>主办：{SZFB}　承办：江门市政务服务和数据管理局</p>
<p>网站标识码：4407000031　粤ICP备05083217号　粤公网安备 44070302000412号</p>
</div>
</body></html>
"""
    return html.encode("utf-8")


def _filetime(when: tuple[int, int, int, int, int, int]) -> int:
    import datetime as dt

    t = dt.datetime(*when, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    epoch = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)
    return int((t - epoch).total_seconds()) * 10_000_000


def make_7z() -> bytes:
    import py7zr
    from py7zr.helpers import ArchiveTimestamp
    from py7zr.member import MemberType

    def fix(name: str, kind: MemberType) -> None:
        info = z.header.files_info.files[-1]
        stamp = ArchiveTimestamp(_filetime(SEVENZ_TIMES[name]))
        info["creationtime"] = info["lastwritetime"] = info["lastaccesstime"] = stamp
        info["attributes"] = kind.attributes()

    out = io.BytesIO()
    with tempfile.TemporaryDirectory() as tmp, \
            py7zr.SevenZipFile(out, "w", filters=[{"id": py7zr.FILTER_LZMA2, "preset": 7}]) as z:
        z.write(Path(tmp), arcname=SEVENZ_DIR)
        fix(SEVENZ_DIR, MemberType.DIRECTORY)
        for name, data in ((SEVENZ_TXT, jz_txt()), (SEVENZ_HTML, tf_old_html())):
            z.writestr(data, name)
            fix(name, MemberType.FILE)
    return out.getvalue()


# =============================================================================================
# 3. The Markdown (12345 政策问答 knowledge base)
# =============================================================================================

QB_URL = f"{PORTAL}/zwgk/zcwj/bmwj/content/post_2025041836.html"
JZ_URL = f"{PORTAL}/zwgk/zcwj/bmwj/content/post_2026031652.html"

MARKDOWN = f"""---
title: {MD_TITLE}
发布机构: 江门市政务服务和数据管理局（12345政务服务便民热线）
更新日期: 2026-05-20
知识库编号: JM12345-ZC-0917
适用范围: 话务员答复群众咨询参考
---

# {MD_TITLE}

> 本知识库由12345热线根据部门提供的政策文件整理，供话务员答复群众咨询参考。政策以发文机关最新文件为准。

## 一、困难归侨侨眷帮扶

依据：[《{QB_TITLE}》（{QB_NUMBER}）]({QB_URL})

### 问：哪些人可以申请困难归侨侨眷帮扶？

本市户籍、家庭人均月收入低于当地最低生活保障标准1.5倍的归侨、侨眷，可以申请临时帮扶；其中**年满70周岁的困难归侨**还可以按月享受定期生活补助。

### 问：定期生活补助和临时帮扶的标准是多少？

按《办法》规定，标准如下：

| 类别 | 标准 |
| :--- | :---: |
| 定期生活补助（困难归侨） | 每人每月300元 |
| 临时帮扶（困难归侨） | 每人每次最高5000元 |
| 临时帮扶（困难侨眷） | 每户每次最高3000元 |
| 春节慰问金（困难归侨） | 每人800元 |
| 春节慰问金（困难侨眷） | 每户500元 |

春节慰问金按市外事侨务局年度慰问方案发放，每年春节前由镇（街道）**送慰问金到户**，不需要本人申请。

### 问：在哪里申请？

- 到户籍所在镇人民政府（街道办事处）申请；
- 通过“粤省事”小程序“侨务服务”专区在线申请；
- 在村（社区）的“粤智助”政府服务自助机上申请。

需要转办的，转{WQJ}侨政科办理。

## 二、家政服务员技能培训补贴

依据：[《{JZ_TITLE}》（{JZ_NUMBER}）]({JZ_URL})

### 问：考了家政服务员证书能领多少补贴？

按取得的证书等级发放，**同一等级证书只能享受一次补贴**：

| 类别 | 标准 |
|---|---:|
| 五级/初级工 | 每人1500元 |
| 四级/中级工 | 每人2000元 |
| 三级/高级工 | 每人2500元 |
| 专项职业能力证书 | 每人800元 |

### 问：补贴发到哪里？

审核通过后，补贴资金直接发放至本人**社会保障卡**银行账户。

### 问：外地户籍在江门参加培训可以申领吗？

可以，向**参训所在地**市（区）人力资源社会保障部门申领。

## 三、转办规则

- 归侨侨眷帮扶：转{WQJ}；
- 家政服务员培训补贴：转{RSJ}；
- 诉求涉及多个部门的，按“首接负责”原则由热线派单。

[返回知识库目录]({PORTAL}/12345/zsk/)
"""


# =============================================================================================
# 4. The XML (政府信息公开目录 export)
# =============================================================================================

def _html_table(rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f'<table border="1" cellspacing="0" cellpadding="4"><tbody><tr>{head}</tr>{body}</tbody></table>'


def _hp(text: str, right: bool = False) -> str:
    style = "text-align:right;" if right else "text-indent:2em;"
    return f'<p style="{style}">{text}</p>'


XML_RECORDS: list[dict] = [
    {"id": "2026071411", "suoyinhao": "007024487/2026-00153", "title": QT_TITLE, "wenhao": QT_NUMBER,
     "fawenjiguan": f"{WQJ}　{CZJ}", "chengwenriqi": "2026-07-10", "fabuRiqi": "2026-07-14",
     "youxiaoxing": "有效", "zhutifenlei": "民政、扶贫、救灾", "url": f"{PORTAL}/zwgk/zcwj/bmwj/content/post_2026071411.html",
     "zhengwen": _hp(QT_PARAS[0]).replace(" style=\"text-indent:2em;\"", "") + "".join(_hp(p) for p in QT_PARAS[1:])
     + _html_table(QT_TABLE) + _hp(QT_LAST) + _hp(f"{WQJ}　{CZJ}", True) + _hp("2026年7月10日", True),
     "fujian": []},
    {"id": "2025051608", "suoyinhao": "007024503/2025-00097", "title": YM_TITLE, "wenhao": YM_NUMBER,
     "fawenjiguan": f"{NYJ}　{CZJ}", "chengwenriqi": "2025-05-12", "fabuRiqi": "2025-05-16",
     "youxiaoxing": "失效", "zhutifenlei": "农业、林业、水利", "url": f"{PORTAL}/zwgk/zcwj/bmwj/content/post_2025051608.html",
     "zhengwen": _hp(YM_PARAS[0]).replace(" style=\"text-indent:2em;\"", "") + "".join(_hp(p) for p in YM_PARAS[1:])
     + _html_table(YM_TABLE) + "".join(_hp(p) for p in YM_LAST) + _hp(f"{NYJ}　{CZJ}", True)
     + _hp("2025年5月12日", True),
     "fujian": [("2025年度渔民转产转业补助申报表.xls", "/attachment/0/173/173418/3325167.xls")]},
    {"id": "2024041203", "suoyinhao": "007024495/2024-00061", "title": JZ_OLD_TITLE, "wenhao": JZ_OLD_NUMBER,
     "fawenjiguan": f"{RSJ}　{CZJ}", "chengwenriqi": "2024-04-09", "fabuRiqi": "2024-04-12",
     "youxiaoxing": "失效", "zhutifenlei": "劳动、人事、监察", "url": f"{PORTAL}/zwgk/zcwj/bmwj/content/post_2024041203.html",
     "zhengwen": _hp(JZ_OLD_PARAS[0]).replace(" style=\"text-indent:2em;\"", "") + "".join(_hp(p) for p in JZ_OLD_PARAS[1:])
     + _html_table(JZ_OLD_TABLE) + "".join(_hp(p) for p in JZ_OLD_LAST) + _hp(f"{RSJ}　{CZJ}", True)
     + _hp("2024年4月9日", True),
     "fujian": [("家政服务员技能培训补贴申领表.doc", "/attachment/0/151/151276/2907734.doc")]},
]


def make_xml() -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<GovInfoList source="江门市人民政府门户网站政府信息公开目录" exportTime="2026-11-28 16:20:05" '
           f'total="{len(XML_RECORDS)}">']
    for r in XML_RECORDS:
        out.append(f'  <record id="{r["id"]}">')
        for key in ("suoyinhao", "title", "wenhao", "fawenjiguan", "chengwenriqi", "fabuRiqi", "youxiaoxing",
                    "zhutifenlei"):
            out.append(f"    <{key}>{_x(r[key])}</{key}>")
        out.append(f"    <zhengwen><![CDATA[{r['zhengwen']}]]></zhengwen>")
        if r["fujian"]:
            out.append("    <fujianList>")
            for name, path in r["fujian"]:
                out.append(f"      <fujian><fujianMc>{_x(name)}</fujianMc><fujianUrl>{PORTAL}{path}</fujianUrl></fujian>")
            out.append("    </fujianList>")
        else:
            out.append("    <fujianList/>")
        out.append(f"    <url>{r['url']}</url>")
        out.append("  </record>")
    out.append("</GovInfoList>")
    return ("\n".join(out) + "\n").encode("utf-8")


# =============================================================================================
# 5. The PDF (红头文件, watermark, seal)
# =============================================================================================

PDF_FONT = "WQY"
RED = (0.84, 0.07, 0.07)


def wqy_path() -> str:
    for d in ("/usr/share/fonts", "/usr/local/share/fonts"):
        found = sorted(Path(d).rglob("wqy-zenhei.ttc")) if Path(d).is_dir() else []
        if found:
            return str(found[0])
    raise SystemExit("no WenQuanYi Zen Hei on this machine (apt-get install fonts-wqy-zenhei)")


def _rl_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(PDF_FONT, wqy_path(), subfontIndex=0))
    return PDF_FONT


PDF_W, PDF_H = 595.28, 841.89
PDF_LEFT = 79.0
PDF_TEXT_W = 437.0
PDF_BODY = 16.0
PDF_LEAD = 28.0
PDF_TOP = 735.0
PDF_BOTTOM = 110.0


def pdf_pages() -> list[list[tuple]]:
    """Lays the notice out: a list of pages, each a list of (kind, text, x, y, size) to draw."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def width(s: str, size: float = PDF_BODY) -> float:
        return stringWidth(s, PDF_FONT, size)

    _rl_font()
    pages: list[list[tuple]] = []
    page: list[tuple] = []
    y = 0.0

    def para(text: str, indent: bool = True, kind: str = "body") -> None:
        nonlocal page, y
        for line in wrap_cjk(("　　" if indent else "") + text, width, PDF_TEXT_W):
            if y < PDF_BOTTOM:
                pages.append(page)
                page, y = [], PDF_TOP
            page.append((kind, line, PDF_LEFT, y, PDF_BODY))
            y -= PDF_LEAD

    # page 1: the 红头 and the 通知
    page = [("header", f"{ZJJ}文件", PDF_W / 2, 742.0, 30.0),
            ("number", TF_NUMBER, PDF_W / 2, 690.0, PDF_BODY),
            ("rule", "", PDF_LEFT, 676.0, 0)]
    y = 630.0
    for t in wrap_cjk(TF_TITLE, lambda s: width(s, 20.0), PDF_TEXT_W - 40):
        page.append(("title", t, PDF_W / 2, y, 20.0))
        y -= 32.0
    y -= 12.0
    para(TF_ADDR, indent=False)
    para(TF_COVER)
    y -= 40.0
    page.append(("sign", ZJJ, PDF_LEFT + PDF_TEXT_W - 40, y, PDF_BODY))
    page.append(("sign", "2026年6月8日", PDF_LEFT + PDF_TEXT_W - 40, y - PDF_LEAD, PDF_BODY))
    page.append(("seal", ZJJ, PDF_LEFT + PDF_TEXT_W - 110, y - 6, 0))
    y -= PDF_LEAD * 3
    page.append(("body", "（此件主动公开）", PDF_LEFT, y, PDF_BODY))
    pages.append(page)
    # pages 2 and on: the 办法
    page, y = [], PDF_TOP
    page.append(("title", TF_RULES, PDF_W / 2, y, 20.0))
    y -= 44.0
    for art in TF_ARTICLES:
        para(art)
    y -= 20.0
    if y < PDF_BOTTOM + 60:
        pages.append(page)
        page, y = [], PDF_TOP
    page.append(("rule_black", "", PDF_LEFT, y + 8, 0))
    page.append(("body", TF_CC, PDF_LEFT, y - 16, 14.0))
    page.append(("rule_black", "", PDF_LEFT, y - 28, 0))
    page.append(("body", TF_PRINTED, PDF_LEFT, y - 52, 14.0))
    page.append(("rule_black", "", PDF_LEFT, y - 64, 0))
    pages.append(page)
    return pages


def _seal(c, cx: float, cy: float, name: str) -> None:
    import math

    r = 62.0
    c.saveState()
    c.setFillAlpha(0.82)
    c.setStrokeAlpha(0.82)
    c.setStrokeColorRGB(*RED)
    c.setFillColorRGB(*RED)
    c.setLineWidth(3.2)
    c.circle(cx, cy, r, stroke=1, fill=0)
    pts = []
    for k in range(10):
        rad = 20.0 if k % 2 == 0 else 8.0
        a = math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for pt in pts[1:]:
        p.lineTo(*pt)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    size = 13.0
    span = 250.0
    n = len(name)
    for k, ch in enumerate(name):
        ang = 90 + span / 2 - k * span / (n - 1)
        c.saveState()
        c.translate(cx, cy)
        c.rotate(ang - 90)
        c.setFont(PDF_FONT, size)
        c.drawCentredString(0, r - size - 5, ch)
        c.restoreState()
    c.restoreState()


def _watermark(c) -> None:
    """The portal's watermark: copies of WATERMARK end to end along parallel lines at 35°, light grey."""
    import math

    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = 26.0
    step = stringWidth(WATERMARK, PDF_FONT, size) + 70.0
    ux, uy = math.cos(math.radians(35)), math.sin(math.radians(35))
    c.saveState()
    c.setFillColorRGB(0.55, 0.55, 0.55)
    c.setFillAlpha(0.28)
    c.setFont(PDF_FONT, size)
    for stripe in range(-4, 5):
        x0, y0 = -60.0, 400.0 + stripe * 200.0
        for k in range(-2, 4):
            x, y = x0 + k * step * ux, y0 + k * step * uy
            if -400 < x < PDF_W and -300 < y < PDF_H:
                c.saveState()
                c.translate(x, y)
                c.rotate(35)
                c.drawString(0, 0, WATERMARK)
                c.restoreState()
    c.restoreState()


def make_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    _rl_font()
    pages = pdf_pages()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(PDF_W, PDF_H), invariant=1, pageCompression=1)
    c.setTitle(TF_TITLE)
    c.setAuthor(ZJJ)
    c.setSubject(TF_NUMBER)
    c.setCreator("WPS 文字")
    for no, items in enumerate(pages, start=1):
        half = len(items) // 2
        for k, (kind, text, x, y, size) in enumerate(items):
            if k == half:
                _watermark(c)
            if kind == "header":
                c.setFillColorRGB(*RED)
                c.setFont(PDF_FONT, size)
                c.drawCentredString(x, y, text, charSpace=2)
                c.setFillColorRGB(0, 0, 0)
            elif kind == "rule":
                c.setStrokeColorRGB(*RED)
                c.setLineWidth(2.2)
                c.line(PDF_LEFT - 6, y, PDF_LEFT + PDF_TEXT_W + 6, y)
            elif kind == "rule_black":
                c.setStrokeColorRGB(0, 0, 0)
                c.setLineWidth(0.8)
                c.line(PDF_LEFT, y, PDF_LEFT + PDF_TEXT_W, y)
            elif kind in ("number", "title", "sign"):
                c.setFont(PDF_FONT, size)
                c.drawCentredString(x, y, text)
            elif kind == "seal":
                _seal(c, x + 70, y + 4, text)
            else:
                c.setFont(PDF_FONT, size)
                c.drawString(x, y, text)
        if len(items) < 2:
            _watermark(c)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(PDF_FONT, 14.0)
        c.drawCentredString(PDF_W / 2, 52.0, f"— {no} —")
        c.showPage()
    c.save()
    return out.getvalue()


# =============================================================================================
# 6. The Word 2003 XML under a .doc name
# =============================================================================================

W_NS = ('xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" '
        'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
        'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882"')
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"


def _wr(text: str, font: str = FS, size: int = 32, bold: bool = False) -> str:
    b = "<w:b/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:fareast="{font}" w:h-ansi="{font}"/>'
            f'<wx:font wx:val="{font}"/>{b}<w:sz w:val="{size}"/><w:sz-cs w:val="{size}"/></w:rPr>'
            f"<w:t>{_x(text)}</w:t></w:r>")


def _wp(runs: str, jc: str = "both", indent: bool = False, spacing: int = 560) -> str:
    ind = '<w:ind w:first-line-chars="200" w:first-line="640"/>' if indent else ""
    return (f'<w:p><w:pPr><w:spacing w:line="{spacing}" w:line-rule="exact"/>{ind}<w:jc w:val="{jc}"/></w:pPr>'
            f"{runs}</w:p>")


def _wsplit(text: str, size: int = 24) -> str:
    """A cell's text as Word leaves it after edits: dates split into two runs (年…月 | 日前)."""
    if "月" in text and text.endswith("日前"):
        k = text.index("月") + 1
        return _wr(text[:k], size=size) + _wr(text[k:], size=size)
    return _wr(text, size=size)


YF_WIDTHS = (700, 3000, 1700, 2300, 1400)


def _wtc(inner: str, width: int, span: int = 0, vmerge: str | None = None, shade: bool = False) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vmerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vmerge/>"
    if shade:
        props += '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
    props += '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{inner}</w:tc>"


def _wcell_p(runs: str, jc: str = "center") -> str:
    return f'<w:p><w:pPr><w:spacing w:line="360" w:line-rule="auto"/><w:jc w:val="{jc}"/></w:pPr>{runs}</w:p>'


def yf_table() -> str:
    border = "".join(f'<w:{s} w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in YF_WIDTHS)
    rows = ['<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(
        _wtc(_wcell_p(_wr(h, font=HT, size=24)), w, shade=True) for h, w in zip(YF_HEAD, YF_WIDTHS, strict=True))
        + "</w:tr>"]
    for k, row in enumerate(YF_ROWS):
        if len(row) == 1:
            rows.append("<w:tr>" + _wtc(_wcell_p(_wr(row[0], font=HT, size=24), jc="left"), sum(YF_WIDTHS),
                                        span=len(YF_WIDTHS)) + "</w:tr>")
            continue
        no, task, lead, partners, deadline = row
        nxt = YF_ROWS[k + 1] if k + 1 < len(YF_ROWS) else None
        if lead is None:
            lead_cell = _wtc(_wcell_p(""), YF_WIDTHS[2], vmerge="continue")
        elif nxt is not None and len(nxt) == 5 and nxt[2] is None:
            lead_cell = _wtc(_wcell_p(_wr(lead, size=24)), YF_WIDTHS[2], vmerge="restart")
        else:
            lead_cell = _wtc(_wcell_p(_wr(lead, size=24)), YF_WIDTHS[2])
        rows.append("<w:tr>" + _wtc(_wcell_p(_wr(no, size=24)), YF_WIDTHS[0])
                    + _wtc(_wcell_p(_wr(task, size=24), jc="left"), YF_WIDTHS[1]) + lead_cell
                    + _wtc(_wcell_p(_wr(partners, size=24), jc="left"), YF_WIDTHS[3])
                    + _wtc(_wcell_p(_wsplit(deadline)), YF_WIDTHS[4]) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(YF_WIDTHS)}" w:type="dxa"/><w:jc w:val="center"/>'
            f"<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type=\"Fixed\"/>"
            '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def make_doc() -> bytes:
    body = [
        _wp(_wr(SZFB + "文件", font=XBS, size=72), jc="center", spacing=1000),
        _wp(_wr(YF_NUMBER), jc="center"),
        _wp("", jc="center"),
        _wp(_wr(SZFB + "关于印发", font=XBS, size=44), jc="center", spacing=700),
        _wp(_wr(YF_PLAN + "的通知", font=XBS, size=44), jc="center", spacing=700),
        _wp(""),
        _wp(_wr(YF_ADDR)),
        _wp(_wr(YF_COVER[:40]) + _wr(YF_COVER[40:]), indent=True),
        _wp(""),
        _wp(_wr(SZFB), jc="right"),
        _wp(_wr("2026年9月15日"), jc="right"),
        _wp(_wr("（此件公开发布）"), indent=True),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        _wp(_wr(YF_PLAN, font=XBS, size=40), jc="center", spacing=700),
        _wp(_wr(YF_INTRO), indent=True),
        yf_table(),
        _wp(""),
    ]
    sect = ('<w:sectPr><w:ftr w:type="odd"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            '<w:r><w:t>— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t> —</w:t></w:r>'
            '</w:p></w:ftr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" '
            'w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:line-pitch="579"/></w:sectPr>')
    fonts = "".join(f'<w:font w:name="{f}"><w:panose-1 w:val="02010609030101010101"/><w:charset w:val="86"/>'
                    '<w:family w:val="Modern"/><w:pitch w:val="fixed"/></w:font>' for f in (FS, XBS, HT))
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        f'<w:wordDocument {W_NS} w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" '
        'xml:space="preserve">'
        '<w:ignoreSubtree w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>'
        f"<o:DocumentProperties><o:Title>{_x(YF_TITLE)}</o:Title><o:Author>市政府办公室秘书科</o:Author>"
        "<o:LastAuthor>jmszfb</o:LastAuthor><o:Revision>4</o:Revision><o:TotalTime>38</o:TotalTime>"
        "<o:Created>2026-09-14T08:12:00Z</o:Created><o:LastSaved>2026-09-15T02:40:00Z</o:LastSaved>"
        "<o:Pages>3</o:Pages><o:Words>412</o:Words><o:Characters>2351</o:Characters>"
        "<o:Company>江门市人民政府办公室</o:Company><o:Version>11.9999</o:Version></o:DocumentProperties>"
        f"<w:fonts><w:defaultFonts w:ascii=\"Times New Roman\" w:fareast=\"宋体\" w:h-ansi=\"Times New Roman\" "
        f'w:cs="Times New Roman"/>{fonts}</w:fonts>'
        '<w:styles><w:versionOfBuiltInStylenames w:val="4"/><w:latentStyles w:defLockedState="off" '
        'w:latentStyleCount="156"/><w:style w:type="paragraph" w:default="on" w:styleId="a">'
        '<w:name w:val="Normal"/><wx:uiName wx:val="正文"/><w:pPr><w:widowControl w:val="off"/><w:jc w:val="both"/>'
        '</w:pPr><w:rPr><wx:font wx:val="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/>'
        '<w:sz-cs w:val="24"/><w:lang w:val="EN-US" w:fareast="ZH-CN" w:bidi="AR-SA"/></w:rPr></w:style>'
        '<w:style w:type="table" w:default="on" w:styleId="a1"><w:name w:val="Normal Table"/>'
        '<wx:uiName wx:val="普通表格"/><w:rPr><wx:font wx:val="Times New Roman"/></w:rPr><w:tblPr>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style></w:styles>"
        '<w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:doNotEmbedSystemFonts/>'
        '<w:bordersDontSurroundHeader/><w:bordersDontSurroundFooter/><w:defaultTabStop w:val="420"/>'
        '<w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
        '<w:displayVerticalDrawingGridEvery w:val="2"/><w:punctuationKerning/>'
        '<w:characterSpacingControl w:val="CompressPunctuation"/><w:compat><w:spaceForUL/>'
        "<w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>"
        "<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat></w:docPr>"
        f"<w:body><wx:sect>{''.join(body)}{sect}</wx:sect></w:body></w:wordDocument>"
    )
    return xml.encode("utf-8")


# =============================================================================================
# Questions
# =============================================================================================

def _src(number: str | None, title: str) -> dict:
    return {"doc_number": number, "doc_title": title}


S_QB = _src(QB_NUMBER, QB_TITLE)
S_DECK = _src(None, DECK_TITLE)
S_QT = _src(QT_NUMBER, QT_TITLE)
S_TF = _src(TF_NUMBER, TF_TITLE)
S_TF_OLD = _src(TF_OLD_NUMBER, TF_OLD_TITLE)
S_JZ = _src(JZ_NUMBER, JZ_TITLE)
S_JZ_OLD = _src(JZ_OLD_NUMBER, JZ_OLD_TITLE)
S_YM = _src(YM_NUMBER, YM_TITLE)
S_YF = _src(YF_NUMBER, YF_TITLE)
S_MD = _src(None, MD_TITLE)
NONE = "文件中未找到相关规定。"


def _yf_row(no: str) -> str:
    for row in YF_ROWS:
        if len(row) == 5 and row[0] == no:
            return " ".join(c for c in row if c)
    raise KeyError(no)


def _table_row(rows: list[tuple[str, ...]], first: str, second: str = "") -> str:
    return " ".join(next(r for r in rows if r[0] == first and (not second or r[1] == second)))


DECK_TABLE = next(f[5] for s in DECK_SLIDES for f in s["frames"] if f[0] == "table")

QA: list[tuple] = [
    # --- 归侨侨眷帮扶: the amendment (XML) over the 办法 (explained by the ODP deck and the Markdown) ---
    ("我外公是归侨，户口在开平，今年67岁，一个人住，收入很低，够得上困难归侨的条件。他现在能领定期生活补助吗？每个月多少钱？",
     f"能领，每人每月400元。《{QT_TITLE}》（{QT_NUMBER}）自2026年8月1日起，把《{QB_RULES}》（{QB_NUMBER}）第五条第一款中的"
     "“年满70周岁”修改为“年满65周岁”，“每人每月300元”修改为“每人每月400元”。您外公67岁，已年满65周岁，符合本市户籍、"
     "家庭人均月收入低于当地最低生活保障标准1.5倍等条件的，可按每人每月400元领取定期生活补助。",
     ["每人每月400元", "年满65周岁"], [S_QT, S_QB], f"{QT_TITLE} > 一、二",
     f"{QT_PARAS[2]}……{QT_PARAS[3]}", "multi_hop", "public", "hard", F_XML),
    ("12345热线的政策问答里写着困难归侨定期生活补助每人每月300元、要年满70周岁，现在还是这样吗？",
     f"不是。12345热线知识库的更新日期是2026-05-20，写的是调整前的标准。{QT_NUMBER}自2026年8月1日起施行，将“每人每月300元”"
     "修改为“每人每月400元”，“年满70周岁”修改为“年满65周岁”，“《办法》其他规定不变”。现在应按年满65周岁、每人每月400元执行。",
     ["每人每月400元", "《办法》其他规定不变"], [S_QT, S_MD], f"{QT_TITLE} > 一、四",
     f"{QT_PARAS[2]}……{QT_LAST}", "validity", "public", "medium", F_XML),
    ("我爸领归侨定期生活补助，是每个月发还是几个月发一次？一般几号前能到账？",
     f"按季度发放，发到本人社会保障卡，于每季度首月15日前发放（{DECK_TITLE}“三、定期生活补助”页及其讲解备注）。",
     ["按季度发放", "每季度首月15日前"], [S_DECK], f"{DECK_TITLE} > 三、定期生活补助（备注）",
     "发放：按季度发放至本人社会保障卡……定期生活补助于每季度首月15日前发放。", "deadline", "public", "medium", F_ODP),
    ("我爸是鹤山的困难归侨，今年做了心脏搭桥手术，医保报销后自己还掏了8万元。这种大病能补多少钱？",
     f"可补18000元。按{DECK_TITLE}的临时帮扶标准表，患重特大疾病的归侨侨眷，当年医保报销后个人自付费用超过2万元的，"
     "“超过2万元的部分按30%补助，每人每年最高20000元”。您父亲个人自付8万元，超过2万元的部分是6万元，6万元×30%＝18000元，"
     "没有超过每人每年最高20000元。",
     ["超过2万元的部分按30%补助", "每人每年最高20000元"], [S_DECK], f"{DECK_TITLE} > 四、临时帮扶标准（表）",
     " ".join(DECK_TABLE[3]), "numeric", "public", "hard", F_ODP),
    ("我们是侨眷家庭，一家四口，今年遭了水灾生活很困难。临时帮扶是不是每人最高5000元，我们家能拿2万元？",
     "不是。每人每次最高5000元是困难归侨的标准；困难侨眷的临时帮扶按户计算，每户每次最高3000元，您家四口人也只按一户算，"
     f"一次最高3000元（{DECK_TITLE}“四、临时帮扶标准”表；{QT_NUMBER}调整后的标准表同样列明困难侨眷每户每次最高3000元）。",
     ["每户每次最高3000元", "每人每次最高5000元"], [S_DECK, S_QT], f"{DECK_TITLE} > 四、临时帮扶标准（表）",
     f"{' '.join(DECK_TABLE[1])}……{' '.join(DECK_TABLE[2])}", "numeric", "public", "medium", F_ODP),
    ("我家是困难侨眷，听说春节有慰问金，能拿多少？要自己去申请吗？",
     "困难侨眷的春节慰问金是每户500元（困难归侨是每人800元）。据12345热线政策问答知识库，春节慰问金按市外事侨务局年度慰问方案"
     "发放，每年春节前由镇（街道）送慰问金到户，不需要本人申请。",
     ["每户500元", "不需要本人申请"], [S_MD], f"{MD_TITLE} > 一、困难归侨侨眷帮扶 > 问：定期生活补助和临时帮扶的标准是多少？",
     "春节慰问金（困难侨眷） 每户500元……春节慰问金按市外事侨务局年度慰问方案发放，每年春节前由镇（街道）送慰问金到户，"
     "不需要本人申请。", "numeric", "public", "medium", F_MD),
    (f"{QT_NUMBER}从哪天起施行？调整以后，{QB_NUMBER}《办法》的其他条款还执行吗？",
     f"{QT_NUMBER}第四项规定“本通知自2026年8月1日起施行”，2026年8月起按调整后的标准发放；“《办法》其他规定不变”，即"
     f"《{QB_RULES}》（{QB_NUMBER}）除定期生活补助的标准和年龄条件外，其余规定继续执行（其有效期至2030年5月31日）。",
     ["本通知自2026年8月1日起施行", "《办法》其他规定不变"], [S_QT, S_QB], f"{QT_TITLE} > 四",
     QT_LAST, "validity", "civil_servant", "easy", F_XML),
    ("困难归侨侨眷帮扶补助资金，市级和市（区）级怎么分担？台山市也是一样吗？",
     "一般由市级财政和市（区）财政按5:5分担；其中台山市、开平市、恩平市按市级6、市（区）级4分担，所以台山市是6:4，不是5:5"
     f"（{DECK_TITLE}“八、资金保障”页及其讲解备注）。",
     ["按5:5分担", "台山市、开平市、恩平市按市级6、市（区）级4分担"], [S_DECK], f"{DECK_TITLE} > 八、资金保障（备注）",
     "帮扶补助资金由市级财政和市（区）财政按5:5分担……其中台山市、开平市、恩平市按市级6、市（区）级4分担。",
     "numeric", "civil_servant", "medium", F_ODP),
    ("我奶奶是侨眷，上个月住院花了不少钱，家里很困难。申请临时帮扶有时间限制吗？审核要多久？",
     "有。申请临时帮扶的，应在困难发生之日起3个月内提出；市（区）侨务部门自收到初审材料之日起15个工作日内作出审核决定。"
     "可以向户籍所在镇人民政府（街道办事处）申请，也可以通过“粤省事”小程序“侨务服务”专区或村（社区）的“粤智助”政府服务"
     f"自助机申请（{DECK_TITLE}“五、申请渠道”“六、办理流程”页的讲解备注）。",
     ["困难发生之日起3个月内", "15个工作日内作出审核决定"], [S_DECK], f"{DECK_TITLE} > 五、申请渠道；六、办理流程（备注）",
     "申请临时帮扶的，应在困难发生之日起3个月内提出。……市（区）侨务部门自收到初审材料之日起15个工作日内作出审核决定。",
     "deadline", "public", "medium", F_ODP),
    # --- 台风灾后农房: the 办法 (PDF, watermark) repeals the 暂行办法 (7z, saved web page) ---
    ("我家在台山农村，是低保户。前阵子台风把屋顶瓦片和门窗刮坏了，修好还能住，政府能补多少钱？",
     f"可补9000元。按《{TF_TITLE}》（{TF_NUMBER}）第四条，屋面、门窗等非承重构件受损、经修缮后可正常居住的属于一般损坏，"
     "每户补助6000元；低保户按上述标准每户再增加3000元，合计9000元。",
     ["每户补助6000元", "每户再增加3000元"], [S_TF], f"{TF_RULES} > 第四条",
     f"{TF_ARTICLES[4]}……{TF_ARTICLES[6]}", "numeric", "public", "medium", F_PDF),
    (f"我下载的《{TF_OLD_RULES}》（{TF_OLD_NUMBER}）写着严重损坏每户补助8000元，有效期到2027年8月31日。现在房子严重损坏还是按8000元补吗？",
     f"不是。{TF_OLD_NUMBER}虽然写明有效期至2027年8月31日，但《{TF_RULES}》（{TF_NUMBER}）第十条规定自2026年7月1日起施行，"
     f"{TF_OLD_NUMBER}“同时废止”。现行标准是：严重损坏（墙体、梁柱等承重构件受损，需加固后方可居住）的，每户补助15000元。",
     ["同时废止", "每户补助15000元"], [S_TF, S_TF_OLD], f"{TF_RULES} > 第四条、第十条",
     f"{TF_ARTICLES[5]}……{TF_ARTICLES[12]}", "validity", "public", "hard", F_PDF),
    ("2024年的台风农房修缮暂行办法里，一般损坏原来每户补多少？灾后多少天内要申请？现在的办法又是怎么规定的？",
     f"按《{TF_OLD_RULES}》（{TF_OLD_NUMBER}）第三条、第四条，一般损坏的每户补助3000元，农户应在灾害发生后60日内提出申请。"
     f"该暂行办法已被{TF_NUMBER}自2026年7月1日起废止，现在一般损坏每户补助6000元，申请期限为灾害发生之日起90日内。",
     ["每户补助3000元", "60日内"], [S_TF_OLD, S_TF], f"{TF_OLD_RULES} > 第三条、第四条",
     f"{TF_OLD_ARTICLES[2]}……{TF_OLD_ARTICLES[3]}", "multi_hop", "public", "hard", F_7Z),
    ("我爷爷78岁，是户主，家在恩平农村。台风后老房子承重墙开裂，鉴定要加固才能住。能补多少？",
     f"可补18000元。按{TF_NUMBER}第四条，墙体、梁柱等承重构件受损、需加固后方可居住的属于严重损坏，每户补助15000元；"
     "户主年满70周岁的农户按上述标准每户再增加3000元。您爷爷78岁，合计每户18000元。",
     ["每户补助15000元", "户主年满70周岁"], [S_TF], f"{TF_RULES} > 第四条",
     f"{TF_ARTICLES[5]}……{TF_ARTICLES[6]}", "numeric", "public", "medium", F_PDF),
    ("台风过后，农房修缮加固补助要在多长时间内申请？公示几天？审核要多久，钱怎么发？",
     f"按{TF_NUMBER}第五条、第六条：农户应在灾害发生之日起90日内向所在村（居）民委员会提出申请；镇人民政府（街道办事处）"
     "组织入户核查、认定损坏等级，并在村（居）务公开栏公示，公示期不少于7日；市（区）住房城乡建设主管部门自收到报送材料之日起"
     "20个工作日内完成审核，审核通过的补助资金通过“一卡通”直接发放到户。",
     ["90日内", "公示期不少于7日", "20个工作日内完成审核"], [S_TF], f"{TF_RULES} > 第五条、第六条",
     f"{TF_ARTICLES[7]}……报送材料之日起20个工作日内完成审核……核通过的补助资金通过“一卡通”直接发放到户。", "procedure", "public", "medium", F_PDF),
    (f"{TF_NUMBER}规定的修缮加固补助资金，市级和市（区）财政按什么比例分担？台山市、开平市、恩平市有什么不同？",
     f"按第七条，补助资金由市级财政和市（区）财政按6:4分担，其中台山市、开平市、恩平市按7:3分担（已废止的{TF_OLD_NUMBER}"
     "是5:5）。",
     ["按6:4分担", "按7:3分担"], [S_TF], f"{TF_RULES} > 第七条", TF_ARTICLES[9], "numeric", "civil_servant", "easy", F_PDF),
    ("我家在开平有两套房，台风把其中一套老屋刮坏了，这套老屋能申请修缮补助吗？",
     f"不能。{TF_NUMBER}第三条规定，申请补助的住房应为农户在本市的唯一住房，同一住房因同一次灾害只能享受一次补助。您家在本市"
     "有两套房，受损的老屋不是唯一住房，不符合条件。",
     ["唯一住房"], [S_TF], f"{TF_RULES} > 第三条", TF_ARTICLES[2], "yesno", "public", "easy", F_PDF),
    # --- 家政服务员技能培训补贴: the 2026 notice (7z, GB18030 text), the 2024 one (XML, 失效 in metadata) ---
    ("我是低保家庭成员，想参加家政服务员培训，培训要15天。培训期间有没有生活费补贴？一共能拿多少？",
     f"有。按《{JZ_TITLE}》（{JZ_NUMBER}），低保家庭成员参加家政服务员培训的，培训期间另按每人每天40元给予生活费补贴，"
     "最多补贴20天。您培训15天，可得15×40＝600元生活费补贴；取得证书后还可以按证书等级申领培训补贴。",
     ["每人每天40元", "最多补贴20天"], [S_JZ], f"{JZ_TITLE} > 二、补贴标准",
     JZ_TEXT[13].strip("　"), "numeric", "public", "medium", F_7Z),
    ("我今年61岁，身体还不错，想学家政考个初级证，能领家政服务员培训补贴吗？",
     f"不能。{JZ_NUMBER}规定补贴对象是在本市参加家政服务员职业技能培训并取得相应证书、年满18周岁且未满60周岁的劳动者。"
     "您61岁，超出了年龄范围。",
     ["年满18周岁且未满60周岁"], [S_JZ], f"{JZ_TITLE} > 一、补贴对象",
     JZ_TEXT[7].strip("　"), "yesno", "public", "medium", F_7Z),
    ("我今年5月拿到了家政服务员四级/中级工证书，能补多少？最晚什么时候要申领，审核要多久？",
     f"每人补贴2000元。按{JZ_NUMBER}，取得家政服务员四级/中级工职业技能等级证书的，每人补贴2000元；应在取得证书之日起12个月内"
     "（即最晚到2027年5月），通过“粤省事”“技能培训补贴申领”服务或线下窗口向参训所在地市（区）人力资源社会保障部门申领；"
     "部门自受理之日起20个工作日内完成审核，补贴资金直接发放至本人社会保障卡银行账户。",
     ["每人补贴2000元", "取得证书之日起12个月内", "20个工作日内完成审核"], [S_JZ], f"{JZ_TITLE} > 二、三",
     f"{JZ_TEXT[10].strip('　')}……{JZ_TEXT[15].strip('　')}", "deadline", "public", "medium", F_7Z),
    (f"{JZ_OLD_NUMBER}规定家政服务员五级/初级工证书每人补贴1000元，这个文件现在还有效吗？现在初级证补多少？",
     f"已失效。政府信息公开目录中{JZ_OLD_NUMBER}的有效性标注为“失效”（其正文没有写有效期，也没有废止的说法）。现行的是"
     f"{JZ_NUMBER}（自2026年4月1日起施行，有效期至2028年3月31日）：取得家政服务员五级/初级工职业技能等级证书的，每人补贴1500元。",
     ["失效", "每人补贴1500元"], [S_JZ_OLD, S_JZ], f"{JZ_OLD_TITLE} > 有效性（youxiaoxing）",
     f"{JZ_OLD_NUMBER}……失效", "validity", "civil_servant", "hard", F_XML),
    # --- 渔民转产转业: the 任务分工 (Word 2003 XML) and the expired 2025 notice (XML) ---
    (f"{YF_NUMBER}的任务分工表里，市农业农村局牵头哪几项任务？每项的配合单位和完成时限是什么？",
     "市农业农村局牵头4项：第1项“全面摸清退捕渔民底数，建立转产转业帮扶台账”，配合单位为各市（区）人民政府，2026年11月30日前"
     "完成；第2项“研究制定2027年度渔民转产转业补助实施方案”（牵头单位与第1项是同一个纵向合并的单元格），配合单位为市财政局，"
     "2027年3月31日前完成；第6项“指导退捕渔民发展深远海养殖和休闲渔业”，配合单位为市发展和改革局，台山市、新会区、恩平市"
     "人民政府，2027年9月30日前完成；第8项“开展政策宣传解读，组织进渔港、进渔村宣讲”，配合单位为市人力资源和社会保障局，"
     "市政务服务和数据管理局，2026年10月31日前完成。第3、4、7、9项中市农业农村局只是配合单位。",
     ["2026年11月30日前", "2027年3月31日前", "2027年9月30日前"], [S_YF], f"{YF_TITLE} > {YF_PLAN} > 1、2、6、8",
     "……".join(_yf_row(n) for n in ("1", "2", "6", "8")), "department", "civil_servant", "hard", F_DOC),
    ("渔民转产转业帮扶任务分工中，“组织退捕渔民参加职业技能培训”由哪个部门牵头？配合单位和完成时限是什么？",
     f"由市人力资源和社会保障局牵头，市农业农村局、各市（区）人民政府配合，2026年12月31日前完成（{YF_NUMBER}任务分工表第4项）。",
     ["市人力资源和社会保障局", "2026年12月31日前"], [S_YF], f"{YF_TITLE} > {YF_PLAN} > 4",
     _yf_row("4"), "department", "civil_servant", "medium", F_DOC),
    ("我是新会区的渔船船员，去年（2025年）跟船东一起退捕、注销了捕捞证。2025年那个通知说船员每人补8000元，我现在还能去申报吗？",
     f"不能再按该通知申报。《{YM_TITLE}》（{YM_NUMBER}）要求符合条件的渔民于2026年3月31日前申报，且该通知“有效期至2026年6月30日”，"
     f"已经失效，语料中没有接续的补助通知。{YF_NUMBER}任务分工表第2项只是要求市农业农村局会同市财政局在2027年3月31日前研究制定"
     "2027年度渔民转产转业补助实施方案，可关注后续文件。",
     ["有效期至2026年6月30日", "2026年3月31日前"], [S_YM, S_YF], f"{YM_TITLE} > 三、五",
     f"{YM_LAST[0]}……{YM_LAST[2]}", "validity", "public", "hard", F_XML),
    ("2025年度渔民转产转业补助，船东和船员分别补多少？年纪大的有没有多给？",
     f"按{YM_NUMBER}的补助标准表：渔船船东一次性转产转业补助每人20000元，渔船船员每人8000元，船东和船员不重复享受；年满55周岁的"
     "船东、船员另有一次性生活补助，每人另加3000元。注意该通知有效期至2026年6月30日，已经失效。",
     ["每人20000元", "每人8000元", "每人另加3000元"], [S_YM], f"{YM_TITLE} > 二、补助标准（表）",
     "……".join(" ".join(r) for r in YM_TABLE[1:]), "numeric", "public", "medium", F_XML),
    # --- unanswerable ---
    ("台风把我家在台山的老房子整个刮塌了，要推倒重建，重建每户能补多少钱？",
     f"{NONE}最接近的是《{TF_RULES}》（{TF_NUMBER}）：它只规定修缮加固补助（一般损坏每户6000元，严重损坏每户15000元），"
     "并在第二条写明房屋倒塌需恢复重建的，按照灾后恢复重建有关规定执行，不适用本办法；文件中没有给出重建补助的金额。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("渔民转产转业任务分工表第6项（深远海养殖和休闲渔业），市农业农村局具体由哪个科室、哪位联系人负责？联系电话是多少？",
     f"{NONE}{YF_NUMBER}的任务分工表只列出牵头单位（市农业农村局）、配合单位（市发展和改革局，台山市、新会区、恩平市人民政府）"
     "和完成时限（2027年9月30日前），没有写科室、联系人和电话；通知只要求各牵头单位于每季度末月25日前将工作进展情况报送"
     "市农业农村局汇总。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("家政培训机构要具备什么条件才能成为补贴定点培训机构？每个培训班最多能招多少人？",
     f"{NONE}{JZ_NUMBER}只规定了补贴对象、按证书等级的补贴标准、生活费补贴和申领程序，没有规定定点培训机构的条件，也没有规定"
     "每个培训班的人数。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("佛山市的困难归侨定期生活补助每月多少钱？",
     f"{NONE}文件中没有佛山市的规定。最接近的是江门市的标准：按{QT_NUMBER}，江门市年满65周岁的困难归侨定期生活补助为"
     "每人每月400元。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("江门市建新能源汽车公共充电桩有什么建设补贴？",
     f"{NONE}这些文件涉及困难归侨侨眷帮扶、台风灾后农房修缮加固补助、家政服务员技能培训补贴和渔民转产转业，没有涉及充电设施"
     "建设补贴。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("我是归侨子女，今年考上大学了，有没有归侨侨眷子女助学金？每年多少？",
     f"{NONE}最接近的是困难归侨侨眷帮扶：困难侨眷因病、因灾、因意外事故导致基本生活出现严重困难的，可以申请临时帮扶"
     "（每户每次最高3000元）；文件中没有助学金的规定。",
     [], [], None, None, "unanswerable", "public", "medium", None),
]


README = f"""# city19: a blind fixture of 江门市 (广东省) policy documents

A small corpus of policy documents of a nineteenth held-out city, 江门市, and 30 questions about them, for checking that
policyqa works on documents it has never seen, in kinds of file not tried in the earlier fixtures: an **OpenDocument
presentation (`.odp`) as LibreOffice Impress saves it** (a 政策解读 deck whose speaker notes and one slide table hold facts
the slide text does not), a **7-Zip archive** (“附件打包下载”) holding a notice as **GB18030 text with CRLF line ends** and
another as a **saved portal page**, a **Markdown 政策问答 knowledge base** exported from the 12345 hotline (YAML front matter,
pipe tables), an **XML export of a 政府信息公开目录** (bodies as HTML in CDATA, validity in a metadata element), a **红头 PDF
with a diagonal text watermark and a red seal drawn as text**, and a **`.doc` that is really Word 2003 XML**
(WordprocessingML) holding a 任务分工表. The city, its districts and county-level cities (蓬江区, 江海区, 新会区, 台山市,
开平市, 鹤山市, 恩平市), the departments and bodies ({SZFB}, {WQJ}, {CZJ}, {RSJ}, {ZJJ}, {NYJ}, 市民政局, 市审计局,
市发展和改革局, 市政务服务和数据管理局, 江门市应急管理局 in a link), the 12345 hotline, the 广东 apps “粤省事” and “粤智助”, the
area code 0750, the portal domain www.jiangmen.gov.cn and the 广东省人民政府门户网站 link (www.gd.gov.cn) are real. Every document, 文号, 索引号, figure, date, task given
to a body, address, phone number, URL path, 网站标识码/ICP number and what the apps are said to do (the “侨务服务” 专区, the
“技能培训补贴申领” service) is invented. Nothing is taken from a real document.

The content is consistent across documents. The ODP deck {DECK_TITLE} ({WQJ}, 2025年5月) explains 《{QB_TITLE}》
({QB_NUMBER}, 印发 2025年4月18日, in force 2025-06-01 to 2030-05-31; its full text is not in the corpus): 对象 本市户籍、家庭人均
月收入低于当地最低生活保障标准的1.5倍 (**income threshold**); 定期生活补助 for **年满70周岁的困难归侨, 每人每月300元**, 按季度
发放 (notes: **“每季度首月15日前”**); 临时帮扶 in a **slide table**: **困难归侨 每人每次最高5000元 / 困难侨眷 每户每次最高3000元**
(按人 / 按户: the swap pair) and **重特大疾病 “超过2万元的部分按30%补助，每人每年最高20000元”** (only in the table); notes only:
临时帮扶 **“困难发生之日起3个月内”**, 审核 **“15个工作日内作出审核决定”**, **台山市、开平市、恩平市 6:4** (the slide says 5:5),
“同一家庭每年申请临时帮扶不超过2次”. The XML's {QT_NUMBER} (《{QT_TITLE}》, 成文 2026-07-10, 发布 2026-07-14) **amends** it from
2026-08-01: “每人每月300元” → **“每人每月400元”**, “年满70周岁” → **“年满65周岁”**, “《办法》其他规定不变”, with a table of the
adjusted standards. The Markdown {MD_TITLE} (更新日期 **2026-05-20**, before the amendment) cites {QB_NUMBER} and {JZ_NUMBER} and
still says **每人每月300元 and 年满70周岁 (outdated)**; only it has the 春节慰问金 (**困难归侨 每人800元 / 困难侨眷 每户500元**, a second
swap pair, “不需要本人申请”). The 7z's saved page holds 《{TF_OLD_TITLE}》 ({TF_OLD_NUMBER}, 2024年8月20日, 发布 2024-08-23):
一般损坏 每户补助3000元, 严重损坏 每户补助8000元, 低保/特困 +1000元, 60日内, 公示5日, 5:5, 30个工作日, **“有效期至2027年8月31日”**,
and nothing about a repeal. The PDF's 《{TF_TITLE}》 ({TF_NUMBER}, 2026年6月8日) **repeals it from 2026-07-01** (第十条 “…（{TF_OLD_NUMBER}）
同时废止”, in force to 2031-06-30): 唯一住房; **一般损坏 每户补助6000元 / 严重损坏 每户补助15000元**; 低保户、特困、监测对象 and
**户主年满70周岁** “按上述标准每户再增加3000元”; 倒塌重建 not covered; **90日内**, 公示期不少于7日, 20个工作日内完成审核, 一卡通;
**6:4, 台山市、开平市、恩平市 7:3**. The 7z's GB18030 text {JZ_NUMBER} (《{JZ_TITLE}》, 2026年3月16日, in force 2026-04-01 to
2028-03-31): **年满18周岁且未满60周岁**; 五级/初级工 1500元, 四级/中级工 2000元, 三级/高级工 2500元, 专项职业能力 800元; **生活费补贴
每人每天40元，最多补贴20天** for 脱贫人口、低保家庭成员、残疾人; 12个月内, 20个工作日, phone 0750-3168420. The XML's
{JZ_OLD_NUMBER} (《{JZ_OLD_TITLE}》, 2024年4月9日): 1000元 / 1500元 / 2000元, 6个月内; **its text says nothing about validity; only its
`youxiaoxing` says “失效”.** The XML's {YM_NUMBER} (《{YM_TITLE}》, 2025年5月12日): **船东 每人20000元 / 船员 每人8000元, 年满55周岁
每人另加3000元**, 申报 2026年3月31日前, **“有效期至2026年6月30日”: expired, no successor** (`youxiaoxing` 失效 too). The Word 2003
XML's {YF_NUMBER} (《{YF_TITLE}》, 2026年9月15日) and its 任务分工表 (9 rows in 3 groups): **市农业农村局 leads rows 1, 2, 6 and 8
with different 配合 and 时限 (rows 1–2 share one vertically merged 牵头单位 cell)**, 市人力资源和社会保障局 rows 4–5; row 2 says the
2027年度 补助实施方案 is still to be made (by 2027年3月31日前), which is why the 2025 notice has no successor on the as-of date.

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏, 潍坊/山东,
柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西, 遵义/贵州, 曲靖/云南, 宝鸡/陕西, 天水/甘肃, 邢台/河北) occurs in a
corpus file (checked as substrings of every text a reader gets and of the raw XML, Markdown, Word XML, zip and 7z members and the
PDF bytes); 佛山 occurs only in a question, 广州 nowhere. The topics are new as far as the helper could see (it read only the opening
text of city2 … city17's READMEs and the whole of city18's; 充电设施 was city10's and is used here only as a never-mentioned topic):
困难归侨侨眷帮扶补助 (with an amendment), 台风灾后农房修缮加固补助 (with a repealed 暂行办法), 家政服务员技能培训补贴 (with a 2024
notice marked 失效) and 渔民转产转业 (an expired 补助 notice and a 任务分工).

**Who wrote it and what they saw.** A helper session wrote it from a brief. It did not read the system's code (`rag/`,
`index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`, `tests/integration/`, `tests/e2e/`), any `out/`,
`var/`, `/tmp/dbg` or `/tmp/snap` folder, or other cities' generators and qa files besides those named here; it did not run
policyqa, pytest or `git status`/`git diff`/`git log`, and committed nothing. It read the brief (and the four other files lying
next to it, `city.md`, `howto.md`, `pre.md`, `q.md`: pieces of the same brief, `q.md` an older city17 version of its question
list), `tests/data/city18/README.md` (whole), the first six lines of `tests/data/city18/qa.jsonl`,
`tests/support/make_city18_fixtures.py` (lines 1–80, 293–340, 1203–1240 and 1590–1616, cut at 250–300 characters, and a grep of
its `def`/constant/import lines), `tests/support/print_lines.py` and `tests/support/qa_lines.py` (whole; `wrap_cjk` and
`qa_jsonl` are imported by the generator), and of each of `tests/data/city2/README.md` … `tests/data/city17/README.md` the text
before `## Files`, cut at its first 1,500 bytes (and a search of those cuts for topic words). Outside that list it read the
`[tool.ruff]` and `[tool.ruff.lint]` sections of `pyproject.toml`, listed the folder names of `tests/data/` and `tests/support/`
(no `city19` existed), the names in `.venv/bin/` filtered for ruff/python, the machine's CJK fonts (`fc-list :lang=zh`, WenQuanYi
Zen Hei and Noto Sans/Serif CJK already installed) and looked for `soffice`, `7z`, `pdftotext` and `mutool` (none). Of installed
library sources it read parts of py7zr's `py7zr.py` (how `writestr`/`write` fill a member's times and attributes), `member.py`
(`MemberType`) and `helpers.py` (`ArchiveTimestamp`), and grepped reportlab's `pdfgen` for `setFillAlpha`/`setHorizScale`. No answer
was tuned against the system; the command below had **not been run** on this fixture when it was handed over. Everything was made
and checked in a separate venv (`/tmp/c19venv`: reportlab 5.1.0, py7zr 1.1.4, lxml 6.2.1, Pillow 13.0.0, pypdfium2 5.15.2, pikepdf
10.18.0, pdfminer.six 20260107, odfpy 1.4.1, ruff 0.17.6) with WenQuanYi Zen Hei for the PDF. Outside tools run on corpus files:
zipfile, lxml and odfpy for the ODP; py7zr and lxml for the 7z; lxml for the XML, the saved page and the Word XML; pypdfium2,
pdfminer.six and pikepdf for the PDF (its three pages rendered with pdfium and looked at). No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `{F_ODP}` | {DECK_TITLE} ({WQJ}, 2025年5月), explaining {QB_NUMBER} | **A LibreOffice Impress `.odp`** (zip: `mimetype` first and stored, `Thumbnails/thumbnail.png`, `settings.xml`, `content.xml`, `meta.xml` with a LibreOffice 7.6 generator, `styles.xml`, `META-INF/manifest.xml`; one fixed time). 10 `draw:page`s of `draw:frame`s (title, subtitle, outline text with **nested `text:list`s**, plain text frames) and, on slide 5, **a `table:table` inside a frame** (帮扶对象 / 适用情形 / 帮扶标准). **Speaker notes** (`presentation:notes`) on 6 slides hold facts no slide has: 每季度首月15日前 (slide 4), 同一家庭每年不超过2次 (5), 困难发生之日起3个月内 (6), 15个工作日内作出审核决定 (7), 台山市、开平市、恩平市 6:4 (9), the 印发 date (2). **Frames out of order** on 3 slides: slide 3 has the bottom “共同条件” frame first and the right (侨眷) column before the left (归侨) one, slide 4 its outline before its title, slide 10 the phone (lower) before the address (upper); a reader going by XML order reads them shuffled. `styles.xml`'s master page has a **footer frame “{WQJ}” and a `text:page-number` frame** shown on every slide (plus a `presentation:footer-decl`). **Outdated**: 300元 and 70周岁 were amended in 2026 (the XML). The **重特大疾病 row (30%, 20000元) is only in the table**. |
| `{F_7Z}` | 附件打包下载: {JZ_NUMBER} (text) and {TF_OLD_NUMBER} (saved page) | **A 7-Zip archive** (py7zr, LZMA2 preset 7, 3 entries, fixed FILETIMEs and attributes): a folder `{SEVENZ_DIR}/` (Chinese name) holding `家政服务员技能培训补贴通知（{JZ_NUMBER}）.txt` — **GB18030 bytes with CRLF line ends** (not valid UTF-8), no BOM — and `{TF_OLD_TITLE}.html` — **a saved portal page in UTF-8** with a `saved from url` comment, CMS `<meta>`s, a top bar, the portal's **navigation** (首页, 政务公开, …), **breadcrumbs**, an info table (索引号, 成文日期, 文号, 发布日期), the article, print/close links, **a 相关链接 list** and a **footer** (主办, 网站标识码, ICP and 公安备案 numbers), plus a small inline script. The txt holds the **current** 家政 notice (values only there: 年满18周岁且未满60周岁, 每人每天40元, 最多补贴20天, 12个月内, the phone); the page holds the **repealed** 台风 暂行办法, whose text says “有效期至2027年8月31日” and nothing about its repeal (3000元 / 8000元 / 60日内 only here). |
| `{F_MD}` | {MD_TITLE} (江门市政务服务和数据管理局（12345政务服务便民热线）, 更新日期 2026-05-20) | **Markdown**: a YAML front matter block (title, 发布机构, 更新日期, 知识库编号, 适用范围), `#`/`##` headings, `### 问：…` questions each with an answer paragraph, **two pipe tables** (`| 类别 | 标准 |` with alignment rows `| :--- | :---: |` and `|---|---:|`), bullet lists, a blockquote, **bold** (`**…**`, one inside the sentence a key fact of c19-006 is next to) and links to invented `www.jiangmen.gov.cn` paths whose link text is the cited notices' titles and 文号. **Outdated answer**: 定期生活补助 “每人每月300元” and “年满70周岁的困难归侨” (amended from 2026-08-01). **Only here**: 春节慰问金 困难归侨 每人800元 / 困难侨眷 每户500元 (a swap pair), “不需要本人申请”. |
| `{F_XML}` | 政府信息公开目录 export: {QT_NUMBER}, {YM_NUMBER}, {JZ_OLD_NUMBER} | **XML** (`<?xml version="1.0" encoding="UTF-8"?>`, root `<GovInfoList source=… exportTime=… total="3">`), three `<record id=…>`s with `<suoyinhao>`, `<title>`, `<wenhao>`, `<fawenjiguan>`, `<chengwenriqi>` (`2026-07-10`), `<fabuRiqi>`, **`<youxiaoxing>`**, `<zhutifenlei>`, **`<zhengwen>` holding HTML in CDATA** (`<p style=…>` and one `<table border="1">` each), `<fujianList>` (empty, or `<fujian>` with `<fujianMc>`/`<fujianUrl>`) and `<url>`. {QT_NUMBER}: **the amendment** (its table: 定期生活补助 年满65周岁的困难归侨 每人每月400元; 临时帮扶 5000元 / 3000元), 有效. {YM_NUMBER}: 渔民 补助 (table: **20000元 / 8000元 / 每人另加3000元**), “有效期至2026年6月30日”, 失效. **{JZ_OLD_NUMBER}: `youxiaoxing` “失效” — its body has no 有效期 and no 废止 sentence**; its 1000元 / 1500元 / 2000元 are not the current 1500元 / 2000元 / 2500元. |
| `{F_PDF}` | {TF_TITLE} ({TF_NUMBER}, 2026年6月8日) | **A 红头文件**, 3 A4 pages (reportlab, WenQuanYi Zen Hei subset **with ToUnicode**): “{ZJJ}文件” in **30 pt red**, the 文号, **a red rule**, the title, 主送, the 通知, signature and date **under a red round seal** (a circle, a five-pointed star and “{ZJJ}” **drawn as text, one rotated character each, on an arc**; its top characters are upright, so a text reader gets a stray “和” near the date), “（此件主动公开）”; pages 2–3 the 办法 (第一条 … 第十条), 抄送 and 印发 lines between black rules; “— 1 —” … “— 3 —” footers. **A diagonal watermark “{WATERMARK}”** (grey, 28 % opaque, 26 pt, at 35°, copies end to end on parallel lines) **drawn as text in the middle of each page's content stream**: in pypdfium2's stream-order text (`get_text_range`) 10–12 watermark lines sit between body lines (pdfminer.six's `extract_text` also gives them as lines of their own), on page 2 **between the two lines of 第四条（一）** (“…经修缮” / “后可正常居住）的，每户补助6000元；”); a reader must drop rotated text. Every PDF key fact stands on **one body line that a watermark copy crosses** (checked from pdfium's character boxes). 第六条 runs over the page break (“…20个工作日内完成审核，审” / “— 2 —” / “核通过的…”). |
| `{F_DOC}` | {YF_TITLE} ({YF_NUMBER}, 2026年9月15日) | **A `.doc` that is Word 2003 XML**: `<?xml … standalone="yes"?>`, `<?mso-application progid="Word.Document"?>`, `<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" …>`, `o:DocumentProperties` (Title, Author 市政府办公室秘书科, Created 2026-09-14T08:12:00Z, LastSaved, Company …), `w:fonts`, `w:styles`, `w:docPr`, `w:body`/`wx:sect` with `w:p`/`w:r`/`w:t` (仿宋_GB2312, 方正小标宋简体, 黑体 named but not embedded), a page break, **one `w:tbl`** (header row with `w:tblHeader`; **three group rows “一、…” “二、…” “三、…” spanning 5 columns with `w:gridSpan`**; **rows 1–2 share the 牵头单位 “市农业农村局” through `w:vmerge w:val="restart"` / `w:vmerge`**, so a reader that ignores the merge sees row 2 without a 牵头单位) and `w:sectPr` with a footer `PAGE` field. **Every 完成时限 of the form “…月…日前” is split into two runs** (“2026年11月” + “30日前”) and the 通知's paragraph into two runs. |

All six files are written by `tests/support/make_city19_fixtures.py` (see its docstring), together with this README and
`qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c19-001`…`c19-030`, in the format of `tests/data/city18/qa.jsonl` (same fields, same order): `id`, `question`,
`answer`, `key_facts` (1–3 short strings copied verbatim from a document's text), `sources` (`doc_number`, `doc_title`),
`section` (title > section path), `evidence` (verbatim; “……” marks a gap, table rows are given as their cells separated by
spaces, the Markdown without its `**` and link markup), `type`, `persona`, `difficulty`, `corpus_file`. Multi-issuer
`doc_title`s join issuers with a space, as the documents print them. Two sources have `doc_number` null: the ODP deck and the
Markdown knowledge base (their titles). A key fact may stand in any of a question's sources' files.

- c19-001 … c19-009 (归侨侨眷: the XML's amendment over the 办法 the deck and the Markdown explain): **c19-001 an 归侨 of 67** (年满65周岁
  now, 每人每月400元 not 300元); **c19-002 the Markdown's outdated 300元 must lose to {QT_NUMBER}**; **c19-003 the payment date only in
  the notes** (按季度发放 on the slide, 每季度首月15日前 in the notes); **c19-004 a computation from the slide table's 重特大疾病 row**
  (自付8万元: (8−2)万元 × 30% = 18000元 ≤ 20000元); **c19-005 two groups a careless reader swaps** (侨眷 每户每次最高3000元, not 每人
  5000元); **c19-006 only in a Markdown pipe table** (侨眷 春节慰问金 每户500元); c19-007 civil servant: 施行 2026-08-01, “《办法》其他
  规定不变”; **c19-008 notes only** (台山市 6:4, the slide says 5:5); c19-009 notes only (3个月内, 15个工作日内).
- c19-010 … c19-016 (台风农房: the watermarked PDF and the repealed saved page): **c19-010 a 低保户 with 一般损坏** (6000元 + 3000元,
  both on watermarked lines); **c19-011 the repealed 8000元 asked as if current** (“同时废止”, 15000元 now, though the old text's
  有效期 runs to 2027-08-31); **c19-012 values only in the saved web page** (3000元, 60日内; now 6000元, 90日内); **c19-013 the age
  threshold** (户主 78岁: 15000元 + 3000元); c19-014 the steps (90日内, 公示期不少于7日, 20个工作日内, 第六条 across the page break);
  c19-015 civil servant: 6:4 / 7:3; c19-016 唯一住房 (yes/no).
- c19-017 … c19-020 (家政): **c19-017, c19-018, c19-019 values only in the 7z's GB18030 text** (每人每天40元 × 15天 = 600元; 61岁: not
  年满18周岁且未满60周岁; 2000元 and 12个月内); **c19-020 the record whose validity is only in metadata** ({JZ_OLD_NUMBER}: youxiaoxing
  失效; 1000元 → 1500元 now).
- c19-021 … c19-024 (渔民): **c19-021 the four rows 市农业农村局 leads** (1, 2, 6, 8 — row 2 only through the vertical merge — with
  their 配合 and 时限; not rows 3, 4, 7, 9 where it only 配合); c19-022 row 4 (市人力资源和社会保障局, 2026年12月31日前); **c19-023 the
  expired notice asked as if current** (有效期至2026年6月30日, 申报 by 2026-03-31, no successor; row 2's 方案 is due by 2027-03-31);
  **c19-024 only in an XML record's table** (船东 20000元 / 船员 8000元 / 55周岁 +3000元; a swap pair).
- c19-025 … c19-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no sources):
  **c19-025 a figure not given on a covered topic** (倒塌重建: 第二条 sends it to other rules, no amount); **c19-026 a person/phone not
  named** (科室, 联系人, phone for row 6: the 分工表 names bodies only); **c19-027 two parts, neither answered** (定点培训机构 conditions
  and class size); **c19-028 another city** (佛山市: in no file); c19-029 新能源汽车充电桩 (never mentioned); c19-030 归侨侨眷子女助学金
  (closest: 临时帮扶).

Personas: 22 public, 8 civil_servant (answerable: 18 and 6). Files as `corpus_file`: XML 6, PDF 6, ODP 5, 7z 4, Word XML 2,
Markdown 1, none 6. Types: numeric 9, validity 5, deadline 3, multi_hop 2, yesno 2, department 2, procedure 1, unanswerable 6.
Difficulty: 5 easy, 18 medium, 7 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: **{QB_NUMBER} (from
2025-06-01 to 2030-05-31) as amended by {QT_NUMBER} from 2026-08-01** (每人每月400元, 年满65周岁; the rest unchanged; the deck and the
Markdown that explain it quote the old 300元/70周岁), **{TF_NUMBER}** (from 2026-07-01 to 2031-06-30), **{JZ_NUMBER}** (from
2026-04-01 to 2028-03-31) and **{YF_NUMBER}** with its 任务分工. **Not in force: {TF_OLD_NUMBER} (repealed from 2026-07-01, although its
own 有效期 runs to 2027-08-31), {YM_NUMBER} (有效期至2026年6月30日, no successor) and {JZ_OLD_NUMBER} (marked “失效” only by the
directory's `youxiaoxing`).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city19/qa.jsonl --corpus tests/data/city19/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs `apt-get install fonts-wqy-zenhei`):

```
python3 -m venv /tmp/c19venv && /tmp/c19venv/bin/pip install reportlab py7zr lxml Pillow pypdfium2 pikepdf odfpy
cd /work/main && PYTHONPATH=. /tmp/c19venv/bin/python tests/support/make_city19_fixtures.py
```

Generation takes under a second. Two runs into two fresh folders give every file they write byte for byte (checked with
sha256sum: the six corpus files, `qa.jsonl` and this README): the ODP is zipped with one fixed timestamp and fixed member order, the
7z's three entries get fixed creation/write/access FILETIMEs and fixed attributes (py7zr would otherwise stamp the current time),
reportlab runs with `invariant=1`, and every date in the XML, Markdown, saved page and Word XML is literal; nothing is random.
Another reportlab, py7zr (LZMA), Pillow (the ODP thumbnail) or WenQuanYi version can change the bytes.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city18's fields in city18's order, and the ids run `c19-001`…`c19-030`; the 6
  unanswerable lines have `key_facts` [], `sources` [], `section`/`evidence`/`corpus_file` null and answers starting
  “文件中未找到相关规定。”; the counts above;
- every source's title (and 文号 where it has one) is found in a corpus file; every key fact occurs in its answer and, with
  whitespace removed, in the text of one of its sources' files as a reader gets it, and every evidence part (“……” splits it)
  likewise in its `corpus_file`: for the ODP lxml's reading of `content.xml` page by page (frames' `text:p`s, table rows as cells
  joined by spaces, then the notes); for the 7z py7zr's extraction, the `.txt` decoded as GB18030 and the page's `<p>`/headings/
  list items/table rows by lxml (scripts dropped); for the Markdown its lines with table rows as cells, alignment rows, `**` and
  link targets removed; for the XML each record's metadata elements and lxml's reading of its CDATA HTML; for the PDF pypdfium2's
  characters in stream order **without the rotated ones** (watermark and the seal's slanted characters); for the Word XML the
  `w:t`s of each `w:p`, table rows as non-empty cells joined by spaces;
- the ODP: `mimetype` first and stored, 7 members, 10 pages, notes text on 6, a table on 1, frames out of y/x order on 3, the
  master page's footer text and page-number field; odfpy loads it (10 `draw:page`s);
- the 7z: 3 entries (folder + 2 files) with the fixed times; the `.txt` has CRLF only and does not decode as UTF-8;
- the XML: well-formed, 3 records, `youxiaoxing` 有效 / 失效 / 失效, and {JZ_OLD_NUMBER}'s body mentions neither 有效期 nor 废止;
- the PDF: 3 pages, the WenQuanYi subsets carry `/ToUnicode` (pikepdf); every PDF key fact stands on one line and a watermark
  character's box overlaps that line's box (pdfium character boxes); pypdfium2's `get_text_range` puts the watermark copies as lines of
  their own in the middle of each page (34 such lines in all), pdfminer.six's `extract_text` as lines of their own too; the pages were rendered and looked at;
- the Word XML: the prolog and processing instruction, 3 `w:gridSpan`, 2 `w:vmerge`, 1 `w:sectPr`, the document properties;
- the words of the unanswerable questions (佛山, 广州, 充电, 新能源, 助学, 定点, 科室, 联系人, 培训班, 大学) and the earlier fixtures'
  cities and provinces occur in no file's text nor in the raw files and members (as substrings);
- `ruff check --no-cache` (the venv's ruff, the project's settings) passes on the generator;
- generation twice into fresh folders: byte-identical (sha256sum); every file under 2 MB (the PDF, the largest, about 70 KB).

Not checked: how LibreOffice Impress, PowerPoint or WPS show the `.odp` (no office suite on the machine; the XML was written by hand
after LibreOffice's layout and only read back with lxml and odfpy), how 7-Zip or Windows Explorer list the archive, how Word or WPS
open the Word 2003 XML under a `.doc` name, how a position-based PDF extractor other than pdfminer.six (e.g. `pdftotext -layout`)
merges the watermark into body lines, and whether the addresses, phone numbers, 索引号 and URL paths exist (all invented).
"""


# =============================================================================================
# main
# =============================================================================================

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city19 (江门市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR, help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_ODP).write_bytes(make_odp())
    (corpus / F_7Z).write_bytes(make_7z())
    (corpus / F_MD).write_bytes(MARKDOWN.encode("utf-8"))
    (corpus / F_XML).write_bytes(make_xml())
    (corpus / F_PDF).write_bytes(make_pdf())
    (corpus / F_DOC).write_bytes(make_doc())
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c19", QA), encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

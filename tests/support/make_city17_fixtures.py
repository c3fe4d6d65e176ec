"""Writes the 天水市 (甘肃省, city17) fixture: tests/data/city17/README.md, corpus/ and qa.jsonl.

Run once; the outputs are committed. It needs python-docx, lxml, reportlab, pikepdf, openpyxl, fonttools,
Pillow, a CJK font with TrueType outlines (WenQuanYi Zen Hei, Debian's ``fonts-wqy-zenhei``) for the PDFs and
Noto Serif/Sans CJK SC (Debian's ``fonts-noto-cjk``) for the scanned pages and the table preview::

    python3 -m venv /tmp/c17venv
    /tmp/c17venv/bin/pip install python-docx lxml reportlab pikepdf openpyxl fonttools Pillow pypdfium2
    cd /work/main && PYTHONPATH=. /tmp/c17venv/bin/python tests/support/make_city17_fixtures.py [DIR]

``DIR`` defaults to ``tests/data/city17``; the corpus goes to ``DIR/corpus``. Every file is byte-identical on a
rerun with the same fonts and library versions: zip members carry fixed timestamps, the Office files' core
dates are fixed (openpyxl's save-time ``modified`` is overwritten), reportlab runs with ``invariant=1``, pikepdf
saves with ``deterministic_id``, the attachment's dates are literal, the MHTML's Date and boundary are literal
and the scans' paper noise comes from ``random.Random`` with fixed seeds. Everything in the documents (文号,
figures, dates, tasks, people, URL paths) is invented; the city, its districts and counties and the departments
are real.

- ``tianshui-zulin-butie-banfa.pdf``: 天政办发〔2026〕12号 (城镇住房保障家庭租赁补贴实施办法), two pages, **its
  附件 (the 任务分工表) not printed but embedded as an .xlsx in /EmbeddedFiles**; it **repeals** the HTML's
  天住建发〔2022〕41号 and is **amended** by the DOCX.
- ``tianshui-zulin-butie-tiaozheng.docx``: 天政办发〔2026〕41号, the amending notice (“将《办法》第四条……修改为……”);
  **its 补贴标准表 is an embedded Excel worksheet** (an OLE object with a PNG preview), not a Word table.
- ``tianshui-zhujian-zulin-butie-zanxing.html``: a portal page saved “仅HTML” **whose article is filled in by
  JavaScript**: the notice sits in ``window.__INITIAL_STATE__``; 天住建发〔2022〕41号, **repealed**.
- ``tianshui-jiaoyu-xueqian-zizhu-2026chun.mhtml``: a page saved “网页，单个文件” **whose notice is two scanned JPEG
  pages**; 天教发〔2026〕6号 (2026年春季学期 学前教育幼儿资助), **expired** (有效期至2026年8月31日), no successor.
- ``tianshui-gongbao-2026-09-jumin-yibao.pdf``: a 公报 page **converted to outlines** (no text layer, no image):
  天医保发〔2026〕58号 (2027年度 城乡居民医保 参保缴费 and 参保资助), in force.
- ``tianshui-jumin-yibao-zizhu-fenpei.xlsx``: the 参保资助资金分配表 by 县区, **金额 and 合计 as formulas with no
  cached values**.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import quopri
import random
import re
import sys
import zipfile
from pathlib import Path

from tests.support import qa_lines
from tests.support.print_lines import cjk_face, wrap_cjk

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "city17"

F_ZL = "tianshui-zulin-butie-banfa.pdf"
F_TZ = "tianshui-zulin-butie-tiaozheng.docx"
F_SD = "tianshui-zhujian-zulin-butie-zanxing.html"
F_XQ = "tianshui-jiaoyu-xueqian-zizhu-2026chun.mhtml"
F_YB = "tianshui-gongbao-2026-09-jumin-yibao.pdf"
F_FP = "tianshui-jumin-yibao-zizhu-fenpei.xlsx"

# =============================================================================================
# Numbers and titles shared by several documents
# =============================================================================================

SZF = "天水市人民政府办公室"
ZJJ = "天水市住房和城乡建设局"
CZJ = "天水市财政局"
JYJ = "天水市教育局"
YBJ = "天水市医疗保障局"
SWJ = "国家税务总局天水市税务局"

ZL_NUMBER = "天政办发〔2026〕12号"
ZL_RULES = "天水市城镇住房保障家庭租赁补贴实施办法"
ZL_TITLE = f"{SZF}关于印发{ZL_RULES}的通知"
ZL_DATE = "2026年3月18日"
ZL_TASKS = "天水市城镇住房保障家庭租赁补贴工作任务分工表"
ZL_ATTACH = f"附件：{ZL_TASKS}.xlsx"  # the embedded file's name

TZ_NUMBER = "天政办发〔2026〕41号"
TZ_TITLE = f"{SZF}关于调整城镇住房保障家庭租赁补贴标准的通知"
TZ_DATE = "2026年10月22日"

SD_NUMBER = "天住建发〔2022〕41号"
SD_RULES = "天水市城镇住房困难家庭租赁补贴暂行办法"
SD_TITLE = f"{ZJJ} {CZJ}关于印发{SD_RULES}的通知"

XQ_NUMBER = "天教发〔2026〕6号"
XQ_TITLE = f"{JYJ} {CZJ}关于做好2026年春季学期学前教育幼儿资助工作的通知"
XQ_DATE = "2026年2月24日"

YB_NUMBER = "天医保发〔2026〕58号"
YB_TITLE = f"{YBJ} {CZJ} {SWJ}关于做好2027年度城乡居民基本医疗保险参保缴费工作的通知"
YB_DATE = "2026年8月25日"

FP_TITLE = "2027年度城乡居民基本医疗保险参保资助资金分配表"

# =============================================================================================
# 1. The PDF with its 附件 embedded: 天政办发〔2026〕12号 (in force from 2026-04-01; amended by 41号)
# =============================================================================================

ZL_ADDR = "秦州区、麦积区人民政府，市政府有关部门："
ZL_COVER = f"《{ZL_RULES}》已经市政府同意，现印发给你们，请认真贯彻执行。"
ZL_ARTICLES = [
    "第一条　为进一步完善城镇住房保障体系，缓解城镇中低收入住房困难家庭和新市民住房困难，根据国家和省有关规定，"
    "结合我市实际，制定本办法。",
    "第二条　本办法适用于秦州区、麦积区城市规划区范围内城镇住房保障家庭租赁补贴（以下简称租赁补贴）的申请、审核、"
    "发放和管理。",
    "第三条　申请租赁补贴应当符合下列条件之一：",
    "（一）具有城区户籍，家庭成员享受城市最低生活保障或者属于城市特困人员，且在城区无自有住房或者人均住房建筑面积"
    "低于15平方米的家庭（以下简称低保特困家庭）；",
    "（二）具有城区户籍，家庭人均月收入低于上年度城区居民人均可支配收入月平均值的70%，且在城区无自有住房的家庭"
    "（以下简称低收入家庭）；",
    "（三）在城区稳定就业、持有本市居住证、在本市连续缴纳社会保险满6个月，本人及配偶在城区无自有住房的新就业无房"
    "职工和外来务工人员（以下简称新市民）。",
    "第四条　租赁补贴标准：",
    "（一）低保特困家庭：每平方米每月10元；",
    "（二）低收入家庭：每平方米每月6元；",
    "（三）新市民：按人发放，每人每月200元，同一申请人累计领取不超过36个月。",
    "低保特困家庭和低收入家庭的月补贴额按照补贴标准乘以保障面积计算。保障面积按照家庭人口人均15平方米计算，"
    "每户最高不超过45平方米。",
    "第五条　低保特困家庭和低收入家庭成员中有年满70周岁老年人、未满16周岁未成年人或者持证重度残疾人的，每有一人，"
    "每月增发租赁补贴50元。",
    "第六条　低保特困家庭和低收入家庭向户籍所在地街道办事处提出申请，新市民向工作单位所在地街道办事处提出申请。"
    "街道办事处自受理之日起10个工作日内完成初审，区住房和城乡建设局会同区民政局在15个工作日内完成复核，复核结果"
    "在申请人所在社区公示7日。",
    "第七条　租赁补贴按季度发放。区住房和城乡建设局于每季度首月20日前将补贴资金直接拨付至申请人社会保障卡银行账户。",
    "第八条　区住房和城乡建设局每年对保障家庭进行复核，不再符合条件的，自次月起停发租赁补贴。以虚报、隐瞒等不正当"
    "手段取得租赁补贴的，责令退回已领取的补贴，5年内不得再次申请。",
    "第九条　租赁补贴所需资金由市、区两级财政按照6:4的比例分担。",
    "第十条　本办法由市住房和城乡建设局负责解释。",
    f"第十一条　本办法自2026年4月1日起施行，有效期至2029年3月31日。《{SD_TITLE}》（{SD_NUMBER}）同时废止。",
]
ZL_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
ZL_ROWS = [
    ("1", "制定租赁补贴申请审核操作规程", "市住房和城乡建设局", "市民政局、市财政局", "2026年4月30日前"),
    ("2", "建立户籍、社保、不动产、收入信息共享核查机制", "市住房和城乡建设局",
     "市公安局、市人力资源和社会保障局、市自然资源局、市民政局", "2026年6月30日前"),
    ("3", "组织受理、初审和复核，按季度发放租赁补贴", "秦州区人民政府、麦积区人民政府", "市住房和城乡建设局",
     "每季度首月20日前"),
    ("4", "落实市级补贴资金并开展资金绩效评价", "市财政局", "市住房和城乡建设局", "每年3月31日前"),
    ("5", "将新市民租赁补贴纳入“甘快办”线上受理", "市政务服务中心", "市住房和城乡建设局、市人力资源和社会保障局",
     "2026年9月30日前"),
    ("6", "开展年度复核和违规领取清理", "市住房和城乡建设局", "秦州区人民政府、麦积区人民政府、市民政局",
     "每年11月30日前"),
    ("7", "开展政策宣传解读", "市住房和城乡建设局", "秦州区人民政府、麦积区人民政府", "2026年4月15日前"),
]
ZL_CC = "抄送：市委办公室，市人大常委会办公室，市政协办公室。"

# =============================================================================================
# 2. The DOCX with an embedded Excel worksheet: 天政办发〔2026〕41号 (amends 天政办发〔2026〕12号)
# =============================================================================================

TZ_PARAS = [
    f"《{ZL_TITLE}》（{ZL_NUMBER}，以下简称《办法》）印发以来，秦州区、麦积区累计向城镇住房保障家庭和新市民发放租赁"
    "补贴，有效缓解了住房困难。为进一步减轻保障家庭租房负担，经市政府同意，现就调整租赁补贴标准有关事项通知如下：",
    "一、将《办法》第四条第（一）项中的“每平方米每月10元”修改为“每平方米每月12元”。",
    "二、将《办法》第四条第（三）项中的“每人每月200元”修改为“每人每月260元”。",
    "三、将《办法》第五条中的“年满70周岁老年人”修改为“年满65周岁老年人”。",
    "四、调整后各类保障对象的租赁补贴标准见下表：",
    # the embedded worksheet goes here
    "五、本通知自2026年11月1日起施行，2026年第四季度租赁补贴按照调整后的标准发放。《办法》其他规定不变。",
]
TZ_TABLE_TITLE = "调整后租赁补贴标准表"
TZ_HEAD = ("保障对象", "补贴方式", "补贴标准", "每户每月最高补贴额（不含增发）", "增发补贴")
TZ_ROWS = [
    ("低保特困家庭", "按保障面积", "每平方米每月12元", "540元", "每人每月50元"),
    ("低收入家庭", "按保障面积", "每平方米每月6元", "270元", "每人每月50元"),
    ("新市民", "按人", "每人每月260元", "不适用（累计领取不超过36个月）", "不增发"),
]
TZ_NOTE = "注：保障面积按家庭人口人均15平方米计算，每户最高不超过45平方米；增发补贴适用于第五条所列人员。"
TZ_CC = "抄送：市委办公室，市人大常委会办公室，市政协办公室。"

# =============================================================================================
# 3. The JavaScript portal page: 天住建发〔2022〕41号 (repealed from 2026-04-01 by 天政办发〔2026〕12号)
# =============================================================================================

SD_ADDR = "秦州区、麦积区住房和城乡建设局、财政局："
SD_COVER = f"现将《{SD_RULES}》印发给你们，请遵照执行。"
SD_ARTICLES = [
    "第一条　为解决城区低收入住房困难家庭的住房问题，结合我市实际，制定本办法。",
    "第二条　具有城区户籍，享受城市最低生活保障的家庭或者家庭人均月收入低于上年度城区居民人均可支配收入月平均值"
    "60%的低收入家庭，在城区无自有住房或者人均住房建筑面积低于13平方米的，可以申请租赁补贴。",
    "第三条　租赁补贴标准为：低保家庭每平方米每月8元，低收入家庭每平方米每月5元。保障面积按照人均13平方米计算，"
    "每户最高不超过39平方米。",
    "第四条　申请人向户籍所在地社区居民委员会提出申请，经街道办事处审核、区住房和城乡建设局审批，审批结果公示5日。",
    "第五条　租赁补贴每半年发放一次。",
    "第六条　租赁补贴所需资金由市级财政和区级财政各承担50%。",
    "第七条　本办法自2022年9月1日起施行，有效期5年。",
]
SD_RELATED = [
    ("天水市2022年第二批公共租赁住房配租结果公示", "2022-08-12"),
    (f"{ZJJ}关于开展2022年度城镇保障性住房年度复核工作的通知", "2022-07-28"),
    (f"{ZJJ}关于进一步规范住宅小区物业服务收费的通知", "2022-07-05"),
    ("2022年上半年城镇老旧小区改造项目进展情况", "2022-07-01"),
]

# =============================================================================================
# 4. The MHTML's scanned notice: 天教发〔2026〕6号 (expired: 有效期至2026年8月31日, no successor)
# =============================================================================================

XQ_ADDR = "各县区教育局、财政局，市直各幼儿园："
XQ_PARAS = [
    "为保障家庭经济困难幼儿接受学前教育，根据国家和省学前教育资助有关规定，现就做好2026年春季学期学前教育幼儿资助"
    "工作通知如下：",
    "一、资助对象。在我市经审批设立的公办幼儿园和普惠性民办幼儿园就读的3至6周岁在园幼儿（含非本市户籍随迁子女）"
    "中的家庭经济困难幼儿。",
    "二、资助标准。（一）一档：孤儿、事实无人抚养儿童、残疾儿童、特困供养儿童和城乡低保家庭幼儿，每生每学期1000元；"
    "（二）二档：脱贫家庭（含防止返贫监测对象家庭）幼儿，每生每学期600元。同一幼儿只按一档资助，不重复享受。",
    "三、申请程序。幼儿家长于2026年3月20日前向就读幼儿园提出申请；幼儿园审核后在园内公示5个工作日，于2026年4月10日前"
    "将资助名单报县区教育局。",
    "四、资金发放。县区教育局于2026年5月31日前将资助资金通过银行卡直接发放至幼儿监护人账户。所需资金由市、县区财政"
    "按照3:7的比例分担。",
    "五、有效期限。本通知适用于2026年春季学期，自印发之日起施行，有效期至2026年8月31日。",
]
XQ_URL = "https://www.tianshui.gov.cn/zwgk/tzgg/202602/t20260227_1368425.html"
XQ_PUBLISHED = "2026-02-27 16:05"

# =============================================================================================
# 5. The outlined 公报 page: 天医保发〔2026〕58号 (in force)
# =============================================================================================

YB_ADDR = "各县区医疗保障局、财政局、税务局，各乡镇人民政府、街道办事处："
YB_PARAS = [
    "为做好2027年度城乡居民基本医疗保险（以下简称居民医保）参保缴费工作，现将有关事项通知如下：",
    "一、参保范围。除职工基本医疗保险应参保人员以外的本市户籍城乡居民；在本市居住并持有本市居住证的非本市户籍人员"
    "及其未成年子女；在本市各类学校就读的学生和在本市托育机构、幼儿园的婴幼儿。",
    "二、缴费标准和缴费期。2027年度居民医保个人缴费标准为每人每年400元。集中缴费期为2026年9月1日至2026年12月31日，"
    "待遇享受期为2027年1月1日至2027年12月31日。",
    "三、参保资助。（一）特困人员、孤儿和事实无人抚养儿童，个人缴费部分给予全额资助；（二）最低生活保障对象，"
    "每人资助280元；（三）防止返贫监测对象，每人资助200元。同时具有多重身份的，按照就高原则资助，不重复资助。"
    "资助资金从医疗救助基金中列支，由县区医疗保障局直接代缴。",
    "四、新生儿参保。新生儿在出生后90日内办理参保缴费的，自出生之日起享受居民医保待遇。",
    "五、缴费方式。参保人员可以通过税务部门线上缴费渠道、银行柜台或者村（社区）代收点缴纳。",
    "六、工作要求。各县区医疗保障局于2027年1月15日前将参保缴费和资助情况报市医疗保障局；各乡镇人民政府、街道办事处"
    "要做好特殊困难群体的参保动员。",
    "七、本通知自印发之日起施行。",
]
GB_ISSUE = "2026年第9期"

# =============================================================================================
# 6. The XLSX with formulas: the 参保资助资金分配表 (standards as in 天医保发〔2026〕58号)
# =============================================================================================

FP_COUNTIES = ["秦州区", "麦积区", "清水县", "秦安县", "甘谷县", "武山县", "张家川回族自治县"]
FP_GROUPS = [("特困人员", 400), ("最低生活保障对象", 280), ("防止返贫监测对象", 200)]
FP_PEOPLE = {  # 县区: (特困, 低保, 监测)
    "秦州区": (1286, 18452, 2315), "麦积区": (1402, 20167, 2908), "清水县": (963, 14385, 3476),
    "秦安县": (1158, 19624, 4012), "甘谷县": (1217, 21365, 3851), "武山县": (1034, 16738, 3209),
    "张家川回族自治县": (876, 15293, 4187),
}
FP_FIRST_ROW = 5  # the first data row (rows 1–4: 附件, title, unit line, header)


def fp_rows() -> list[tuple[int, str, str, int, int]]:
    """(row number, 县区, 资助类别, 人数, 标准) of the 分配表's data rows."""
    out = []
    r = FP_FIRST_ROW
    for county in FP_COUNTIES:
        for (group, std), n in zip(FP_GROUPS, FP_PEOPLE[county], strict=True):
            out.append((r, county, group, n, std))
            r += 1
    return out


def fp_amount(county: str, group: str) -> str:
    """What Excel shows (format 0.00) in a row's 金额 cell."""
    for _r, c, g, n, std in fp_rows():
        if c == county and g == group:
            return f"{n * std / 10000:.2f}"
    raise KeyError((county, group))


def fp_cell(county: str, group: str) -> str:
    for r, c, g, _n, _std in fp_rows():
        if c == county and g == group:
            return f"F{r}"
    raise KeyError((county, group))


def fp_total() -> tuple[int, str]:
    rows = fp_rows()
    return sum(n for *_x, n, _s in rows), f"{sum(n * s for *_x, n, s in rows) / 10000:.2f}"


# =============================================================================================
# Shared helpers
# =============================================================================================

A4W, A4H = 595.28, 841.89
RED = (0.85, 0.08, 0.08)


def _zip(members: list[tuple[str, bytes]], when: tuple[int, int, int, int, int, int]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data)
    return out.getvalue()


def _fixed_zip(data: bytes, when: tuple[int, int, int, int, int, int],
               replace: dict[str, bytes] | None = None, add: list[tuple[str, bytes]] | None = None) -> bytes:
    """An Office file re-zipped with one fixed timestamp; ``replace`` swaps members' bytes, ``add`` appends."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        items = [(i.filename, (replace or {}).get(i.filename, z.read(i.filename))) for i in z.infolist()]
    return _zip(items + (add or []), when)


def _xlsx_bytes(wb, created: str, modified: str, when: tuple[int, int, int, int, int, int]) -> bytes:
    """An openpyxl workbook saved with fixed core dates (openpyxl stamps ``modified`` with the clock) and zip times."""
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
    core = re.sub(r"(<dcterms:created[^>]*>)[^<]*", lambda m: m.group(1) + created, core)
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", lambda m: m.group(1) + modified, core)
    return _fixed_zip(buf.getvalue(), when, {"docProps/core.xml": core.encode("utf-8")})


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


# =============================================================================================
# 1. tianshui-zulin-butie-banfa.pdf (reportlab, two pages) with the 任务分工表 .xlsx embedded
# =============================================================================================

def make_tasks_xlsx() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "任务分工表"
    wb.properties.creator = "天水市住房和城乡建设局"
    wb.properties.lastModifiedBy = "住房保障科"
    wb.properties.title = ZL_TASKS
    ws["A1"] = "附件"
    ws["A1"].font = Font(name="黑体", size=14)
    ws.merge_cells("A2:E2")
    ws["A2"] = ZL_TASKS
    ws["A2"].font = Font(name="方正小标宋简体", size=18)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r, row in enumerate([ZL_HEAD, *ZL_ROWS], start=3):
        for c, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=int(val) if (c == 1 and val.isdigit()) else val)
            cell.border = box
            cell.alignment = Alignment(horizontal="center" if c in (1, 5) else "left", vertical="center",
                                       wrap_text=True)
            cell.font = Font(name="黑体" if r == 3 else "仿宋_GB2312", size=12, bold=r == 3)
        ws.row_dimensions[r].height = 24 if r == 3 else 48
    for col, w in zip("ABCDE", (7, 34, 22, 34, 18), strict=True):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[2].height = 36
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    return _xlsx_bytes(wb, "2026-03-12T08:30:00Z", "2026-03-18T09:12:00Z", (2026, 3, 18, 17, 12, 0))


def make_zl_pdf() -> bytes:
    import pikepdf
    from pikepdf import AttachedFileSpec
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    font = _rl_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(A4W, A4H), invariant=1, pageCompression=1)
    c.setTitle(ZL_TITLE)
    c.setAuthor(SZF)
    c.setCreator("天水市协同办公系统")
    left, right, bottom = 79.0, A4W - 74.0, 140.0
    width = right - left
    body, lead = 13.0, 21.0
    page = [1]

    def footer() -> None:
        c.setFont(font, 12)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(A4W / 2, 50, f"— {page[0]} —")

    def new_page() -> float:
        footer()
        c.showPage()
        page[0] += 1
        return A4H - 80

    def para(y: float, text: str, size: float = body, indent: bool = True) -> float:
        for ln in wrap_cjk(("　　" if indent else "") + text, lambda s: stringWidth(s, font, size), width):
            if (y < bottom and page[0] > 1) or y < 72:
                y = new_page()
            c.setFont(font, size)
            c.drawString(left, y, ln)
            y -= lead
        return y

    c.setFillColorRGB(*RED)
    c.setFont(font, 28)
    c.drawCentredString(A4W / 2, A4H - 105, f"{SZF}文件")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, body)
    c.drawCentredString(A4W / 2, A4H - 148, ZL_NUMBER)
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(1.6)
    c.line(left, A4H - 160, right, A4H - 160)
    y = A4H - 194
    c.setFont(font, 18)
    for t in ("天水市人民政府办公室关于印发天水市城镇住房", "保障家庭租赁补贴实施办法的通知"):
        c.drawCentredString(A4W / 2, y, t)
        y -= 27
    y -= 4
    y = para(y, ZL_ADDR, indent=False)
    y = para(y, ZL_COVER)
    y -= 4
    for t in (SZF, ZL_DATE):
        c.setFont(font, body)
        c.drawRightString(right - 24, y, t)
        y -= lead
    y = para(y, "（此件公开发布）")
    y -= 10
    c.setFont(font, 17)
    c.drawCentredString(A4W / 2, y, ZL_RULES)
    y -= lead + 8
    for text in ZL_ARTICLES:
        y = para(y, text)
    y -= 6
    y = para(y, f"附件：{ZL_TASKS}")
    if page[0] != 2 or y < 130:
        raise SystemExit(f"the 办法 ends on page {page[0]} at {y:.0f} pt; it must end on page 2 above the 版记")
    c.setFont(font, 11)
    c.setLineWidth(0.9)
    c.setStrokeColorRGB(0, 0, 0)
    for yy in (122, 98, 74):
        c.line(left, yy, right, yy)
    c.drawString(left + 8, 105, ZL_CC)
    c.drawString(left + 8, 81, SZF)
    c.drawRightString(right - 8, 81, "2026年3月18日印发")
    footer()
    c.showPage()
    c.save()

    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    spec = AttachedFileSpec(pdf, make_tasks_xlsx(), description=ZL_TASKS, filename=ZL_ATTACH,
                            mime_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            creation_date="D:20260318091200+08'00'", mod_date="D:20260318091200+08'00'")
    pdf.attachments[ZL_ATTACH] = spec
    pdf.Root.PageMode = pikepdf.Name.UseAttachments
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary({
        "/Title": pikepdf.String(ZL_TITLE), "/Author": pikepdf.String(SZF),
        "/Creator": pikepdf.String("天水市协同办公系统"), "/Producer": pikepdf.String("ReportLab PDF Library"),
        "/CreationDate": pikepdf.String("D:20260318091500+08'00'"),
        "/ModDate": pikepdf.String("D:20260318091500+08'00'")}))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# =============================================================================================
# 2. tianshui-zulin-butie-tiaozheng.docx (python-docx, then an OLE-embedded Excel worksheet by zipfile + lxml)
# =============================================================================================

def _east_asian(run_or_style, name: str) -> None:
    from docx.oxml.ns import qn

    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _para(d, text: str = "", align=None, indent: bool = True, size: float | None = None, font: str | None = None,
          red: bool = False):
    from docx.shared import Pt, RGBColor

    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        if font:
            _east_asian(r, font)
        if red:
            r.font.color.rgb = RGBColor(0xE0, 0x10, 0x10)
    if align is not None:
        p.alignment = align
    elif indent:
        p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28)
    return p


def make_standard_xlsx() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    wb.properties.creator = "住房保障科"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:E1")
    ws["A1"] = TZ_TABLE_TITLE
    ws["A1"].font = Font(name="黑体", size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for r, row in enumerate([TZ_HEAD, *TZ_ROWS], start=2):
        for col, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=col, value=val)
            cell.border = box
            cell.font = Font(name="仿宋_GB2312", size=12, bold=r == 2)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells("A6:E6")
    ws["A6"] = TZ_NOTE
    ws["A6"].font = Font(name="仿宋_GB2312", size=10)
    ws["A6"].alignment = Alignment(wrap_text=True)
    for col, w in zip("ABCDE", (16, 12, 18, 22, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[6].height = 30
    return _xlsx_bytes(wb, "2026-10-19T02:10:00Z", "2026-10-20T07:35:00Z", (2026, 10, 20, 15, 35, 0))


def make_table_png() -> tuple[bytes, int, int]:
    """The preview Word keeps for the OLE object: the worksheet as drawn (PNG, 2 px per pt)."""
    from PIL import Image, ImageDraw

    cols = [170, 130, 230, 250, 180]
    title_h, row_h, note_h = 56, 64, 60
    w = sum(cols) + 2
    h = title_h + row_h * (1 + len(TZ_ROWS)) + note_h
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    head_f, cell_f, small_f, title_f = _pil_font(22, bold=True), _pil_font(22), _pil_font(18), _pil_font(28, bold=True)
    d.text((w // 2, title_h // 2), TZ_TABLE_TITLE, font=title_f, fill=(0, 0, 0), anchor="mm")
    y = title_h
    for r, row in enumerate([TZ_HEAD, *TZ_ROWS]):
        x = 1
        f = head_f if r == 0 else cell_f
        for cw, val in zip(cols, row, strict=True):
            d.rectangle((x, y, x + cw, y + row_h), outline=(0, 0, 0), width=1)
            lines = wrap_cjk(val, f.getlength, cw - 14)
            ty = y + row_h // 2 - (len(lines) - 1) * 14
            for ln in lines:
                d.text((x + cw // 2, ty), ln, font=f, fill=(0, 0, 0), anchor="mm")
                ty += 28
            x += cw
        y += row_h
    for k, ln in enumerate(wrap_cjk(TZ_NOTE, small_f.getlength, w - 16)):
        d.text((8, y + 8 + k * 24), ln, font=small_f, fill=(0, 0, 0))
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue(), w, h


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
OLE_MARK = "[[OLE-OBJECT]]"


def make_tz_docx() -> bytes:
    import datetime

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    from lxml import etree

    d = docx.Document()
    cp = d.core_properties
    cp.author = SZF
    cp.last_modified_by = "市住房和城乡建设局住房保障科"
    cp.title = TZ_TITLE
    cp.created = datetime.datetime(2026, 10, 15, 9, 20, 0)
    cp.modified = datetime.datetime(2026, 10, 22, 16, 40, 0)
    cp.revision = 9
    cp.comments = ""
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    _east_asian(normal, "仿宋_GB2312")
    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    _para(d, f"{SZF}文件", align=center, size=30, font="方正小标宋简体", red=True)
    _para(d, TZ_NUMBER, align=center)
    _para(d, "━" * 18, align=center, red=True)
    _para(d, TZ_TITLE, align=center, size=22, font="方正小标宋简体")
    _para(d, ZL_ADDR, indent=False)
    for k, text in enumerate(TZ_PARAS):
        _para(d, text)
        if k == 4:
            _para(d, OLE_MARK, align=center)
    _para(d)
    _para(d, SZF, align=right)
    _para(d, TZ_DATE, align=right)
    _para(d, "（此件公开发布）")
    _para(d)
    _para(d, "━" * 24, align=center)
    _para(d, TZ_CC, indent=False)
    _para(d, f"{SZF}　　　　　　　　2026年10月22日印发", indent=False)
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()

    png, pw, ph = make_table_png()
    wpt, hpt = pw / 2, ph / 2
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        doc_xml, rels_xml, ct_xml = (z.read(n) for n in ("word/document.xml", "word/_rels/document.xml.rels",
                                                         "[Content_Types].xml"))
    # the body: the marker paragraph's run becomes <w:object> (v:shape + v:imagedata preview + o:OLEObject)
    root = etree.fromstring(doc_xml)
    w, v, o, r = (f"{{{ns}}}" for ns in (W_NS, V_NS, O_NS, R_NS))
    t = next(t for t in root.iter(f"{w}t") if t.text == OLE_MARK)
    run = t.getparent()
    run.remove(t)
    obj = etree.SubElement(run, f"{w}object", {f"{w}dxaOrig": str(int(wpt * 20)), f"{w}dyaOrig": str(int(hpt * 20))})
    st = etree.SubElement(obj, f"{v}shapetype", {
        "id": "_x0000_t75", "coordsize": "21600,21600", f"{o}spt": "75", f"{o}preferrelative": "t",
        "path": "m@4@5l@4@11@9@11@9@5xe", "filled": "f", "stroked": "f"})
    etree.SubElement(st, f"{v}stroke", {"joinstyle": "miter"})
    formulas = etree.SubElement(st, f"{v}formulas")
    for eqn in ("if lineDrawn pixelLineWidth 0", "sum @0 1 0", "sum 0 0 @1", "prod @2 1 2", "prod @3 21600 pixelWidth",
                "prod @3 21600 pixelHeight", "sum @0 0 1", "prod @6 1 2", "prod @7 21600 pixelWidth",
                "sum @8 21600 0", "prod @7 21600 pixelHeight", "sum @10 21600 0"):
        etree.SubElement(formulas, f"{v}f", {"eqn": eqn})
    etree.SubElement(st, f"{v}path", {f"{o}extrusionok": "f", "gradientshapeok": "t", f"{o}connecttype": "rect"})
    etree.SubElement(st, f"{o}lock", {f"{v}ext": "edit", "aspectratio": "t"})
    shape = etree.SubElement(obj, f"{v}shape", {"id": "_x0000_i1025", "type": "#_x0000_t75",
                                                 "style": f"width:{wpt:.1f}pt;height:{hpt:.1f}pt", f"{o}ole": ""})
    etree.SubElement(shape, f"{v}imagedata", {f"{r}id": "rId901", f"{o}title": ""})
    etree.SubElement(obj, f"{o}OLEObject", {"Type": "Embed", "ProgID": "Excel.Sheet.12", "ShapeID": "_x0000_i1025",
                                            "DrawAspect": "Content", "ObjectID": "_1821613052", f"{r}id": "rId902"})
    doc_xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    # relationships: the preview image and the embedded package
    rels = etree.fromstring(rels_xml)
    pr = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    etree.SubElement(rels, f"{pr}Relationship", {
        "Id": "rId901", "Type": f"{R_NS}/image", "Target": "media/image1.png"})
    etree.SubElement(rels, f"{pr}Relationship", {
        "Id": "rId902", "Type": f"{R_NS}/package", "Target": "embeddings/Microsoft_Excel_Worksheet.xlsx"})
    rels_xml = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    # content types: png and xlsx
    ct = etree.fromstring(ct_xml)
    cn = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    have = {e.get("Extension") for e in ct.iter(f"{cn}Default")}
    for ext, mime in (("png", "image/png"),
                      ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")):
        if ext not in have:
            ct.insert(0, etree.Element(f"{cn}Default", {"Extension": ext, "ContentType": mime}))
    ct_xml = etree.tostring(ct, xml_declaration=True, encoding="UTF-8", standalone=True)
    return _fixed_zip(data, (2026, 10, 22, 16, 40, 0),
                      {"word/document.xml": doc_xml, "word/_rels/document.xml.rels": rels_xml,
                       "[Content_Types].xml": ct_xml},
                      [("word/media/image1.png", png), ("word/embeddings/Microsoft_Excel_Worksheet.xlsx",
                                                         make_standard_xlsx())])


# =============================================================================================
# 3. tianshui-zhujian-zulin-butie-zanxing.html (a portal page whose article comes from __INITIAL_STATE__)
# =============================================================================================

def _json_escaped(obj) -> str:
    """JSON as a server-side renderer writes it: UTF-8, with <, >, &, 〔〕 and quotes escaped as \\u."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch in "<>&〔〕“”《》":
        s = s.replace(ch, f"\\u{ord(ch):04x}")
    return s


def make_sd_html() -> bytes:
    paras = [SD_ADDR, "　　" + SD_COVER, f"<strong>{SD_RULES}</strong>",
             *("　　" + a for a in SD_ARTICLES)]
    body = "".join(f'<p style="text-indent:0;line-height:2em">{p.replace("　", "&nbsp;&nbsp;")}</p>' for p in paras)
    body += ('<p style="text-align:right">天水市住房和城乡建设局&nbsp;&nbsp;&nbsp;&nbsp;天水市财政局</p>'
             '<p style="text-align:right">2022年8月15日</p>')
    state = {
        "site": {"name": "天水市住房和城乡建设局", "channel": "通知公告", "channelId": 1187},
        "article": {
            "id": 72615, "title": SD_TITLE, "docNo": SD_NUMBER, "indexNo": "11620500MB1948273K/2022-00316",
            "publisher": ZJJ, "writtenDate": "2022-08-15", "publishDate": "2022-08-19 10:32:00",
            "subject": "城乡建设、环境保护\\住房", "content": body, "attachments": [], "views": 4183,
        },
        "relatedList": [{"title": t, "date": dt, "url": f"/tzgg/{dt[:7].replace('-', '')}/t{dt.replace('-', '')}_{k}.html"}
                        for k, (t, dt) in enumerate(SD_RELATED, start=71930)],
        "loading": False,
    }
    menu = "".join(f'<li class="nav-item"><a href="{u}">{m}</a></li>'
                   for u, m in (("/", "首页"), ("/zwgk/", "政务公开"), ("/zfbz/", "住房保障"), ("/bsfw/", "办事服务"),
                                ("/hdjl/", "互动交流"), ("/ztzl/", "专题专栏")))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="天水市住房和城乡建设局">
<meta name="ColumnName" content="通知公告">
<title>天水市住房和城乡建设局</title>
<link href="/static/css/app.8c21d0e4.css" rel="stylesheet">
</head>
<body>
<noscript><strong>本网站需要启用JavaScript才能正常浏览，请开启浏览器的JavaScript功能。</strong></noscript>
<div id="app">
  <div class="top-bar"><span class="welcome">欢迎访问天水市住房和城乡建设局网站</span><a href="/wza/">无障碍</a>
    <a href="/m/">移动版</a></div>
  <header class="header"><div class="logo"><img src="/static/img/logo.png" alt="天水市住房和城乡建设局"></div>
    <div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></header>
  <nav class="nav"><ul>{menu}</ul></nav>
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <span>通知公告</span></div>
  <div class="main">
    <div class="article-box">
      <h1 class="article-title"></h1>
      <div class="article-meta"><span class="meta-source"></span><span class="meta-date"></span></div>
      <div class="article-content"><div class="loading">加载中…</div></div>
    </div>
    <aside class="related"><h3>相关文章</h3><ul class="related-list"></ul></aside>
  </div>
  <footer class="footer"><p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> |
    <a href="/contact/">联系我们</a></p>
    <p>主办单位：天水市住房和城乡建设局　地址：天水市秦州区民主西路38号</p>
    <p>甘ICP备05001473号-2　网站标识码：6205000027　甘公网安备 62050202000215号</p></footer>
</div>
<script>window.__INITIAL_STATE__ = {_json_escaped(state)};</script>
<script src="/static/js/chunk-vendors.4f1b9a2c.js"></script>
<script src="/static/js/app.3f9c2a71.js"></script>
</body>
</html>
""".replace("\n", "\r\n").encode("utf-8")


# =============================================================================================
# 4. tianshui-jiaoyu-xueqian-zizhu-2026chun.mhtml (Chrome "单个文件"; the notice as two scanned JPEG pages)
# =============================================================================================

SCAN_W, SCAN_H = 1240, 1754  # A4 at 150 dpi


def _seal(names: str, seed: int):
    """A round red seal (RGBA): the name along the top arc, a star in the middle."""
    import math

    from PIL import Image, ImageDraw

    size = 300
    seal = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(seal)
    red = (214, 30, 36, 215)
    d.ellipse((8, 8, size - 8, size - 8), outline=red, width=9)
    cx = cy = size / 2
    star = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 44 if k % 2 == 0 else 18
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(star, fill=red)
    f = _pil_font(36, serif=False, bold=True)
    n = len(names)
    span = 220.0
    for k, ch in enumerate(names):
        ang = -span / 2 + span * k / (n - 1)  # degrees from the top, clockwise
        glyph = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((24, 24), ch, font=f, fill=red, anchor="mm")
        glyph = glyph.rotate(-ang, resample=Image.BICUBIC, expand=False)
        rad = math.radians(ang - 90)
        gx, gy = cx + 104 * math.cos(rad), cy + 104 * math.sin(rad)
        seal.alpha_composite(glyph, (int(gx - 24), int(gy - 24)))
    rng = random.Random(seed)  # ink gaps
    px = seal.load()
    for _ in range(2600):
        x, y = rng.randrange(size), rng.randrange(size)
        if px[x, y][3]:
            px[x, y] = (px[x, y][0], px[x, y][1], px[x, y][2], rng.randrange(60, 160))
    return seal


def _scan_pages() -> list[list[tuple[str, str]]]:
    """The scanned notice's lines by page, as (kind, text)."""
    body_f = _pil_font(34, serif=True)
    width = SCAN_W - 2 * 150
    lines: list[tuple[str, str]] = [("head", f"{JYJ}文件"), ("number", XQ_NUMBER), ("rule", ""),
                                    ("title", f"{JYJ} {CZJ}"),
                                    ("title", "关于做好2026年春季学期学前教育幼儿资助工作的通知"),
                                    ("body0", XQ_ADDR)]
    for p in XQ_PARAS:
        if p.startswith("三、"):
            lines.append(("page", ""))  # the scanner's page 1 ends with item 二
        lines += [("body", ln) for ln in wrap_cjk("　　" + p, body_f.getlength, width)]
    lines += [("gap", ""), ("sign", f"{JYJ}　　　　{CZJ}"), ("sign", XQ_DATE), ("gap", ""),
              ("body", "　　（此件主动公开）")]
    pages: list[list[tuple[str, str]]] = [[]]
    for kind, text in lines:
        if kind == "page":
            pages.append([])
            continue
        pages[-1].append((kind, text))
    return pages


def make_scans() -> list[bytes]:
    from PIL import Image, ImageDraw, ImageFilter

    head_f = _pil_font(72, serif=True, bold=True)
    title_f = _pil_font(44, serif=False, bold=True)
    body_f = _pil_font(34, serif=True)
    small_f = _pil_font(30, serif=True)
    out: list[bytes] = []
    pages = _scan_pages()
    skews = [0.8, -1.2, 0.6]
    for k, page in enumerate(pages):
        rng = random.Random(1700 + k)
        noise = Image.frombytes("L", (SCAN_W, SCAN_H), rng.randbytes(SCAN_W * SCAN_H))
        noise = noise.point(lambda v: 232 + v % 15).filter(ImageFilter.GaussianBlur(0.8))
        img = Image.merge("RGB", (noise, noise, noise.point(lambda v: max(v - 6, 0))))
        d = ImageDraw.Draw(img)
        ink = (38, 36, 40)
        y = 150
        sign_y: list[int] = []
        for kind, text in page:
            if kind == "head":
                d.text((SCAN_W // 2, y + 50), text, font=head_f, fill=(200, 28, 32), anchor="mm")
                y += 110
            elif kind == "number":
                d.text((SCAN_W // 2, y + 26), text, font=body_f, fill=ink, anchor="mm")
                y += 60
            elif kind == "rule":
                d.line((150, y + 10, SCAN_W - 150, y + 10), fill=(200, 28, 32), width=4)
                y += 50
            elif kind == "title":
                d.text((SCAN_W // 2, y + 26), text, font=title_f, fill=ink, anchor="mm")
                y += 62
            elif kind in ("body", "body0"):
                d.text((150, y), text, font=body_f, fill=ink)
                y += 54
            elif kind == "gap":
                y += 130
            elif kind == "sign":
                d.text((SCAN_W - 190, y), text, font=body_f, fill=ink, anchor="ra")
                sign_y.append(y)
                y += 60
        if k == len(pages) - 1:  # 版记: 抄送 and 印发 between rules at the foot of the last page
            for yy in (SCAN_H - 330, SCAN_H - 260, SCAN_H - 190):
                d.line((150, yy, SCAN_W - 150, yy), fill=ink, width=2)
            d.text((170, SCAN_H - 312), "抄送：市人民政府办公室。", font=small_f, fill=ink)
            d.text((170, SCAN_H - 242), f"{JYJ}办公室", font=small_f, fill=ink)
            d.text((SCAN_W - 170, SCAN_H - 242), "2026年2月24日印发", font=small_f, fill=ink, anchor="ra")
        d.text((SCAN_W // 2, SCAN_H - 110), f"— {k + 1} —", font=body_f, fill=ink, anchor="mm")
        for _ in range(140):  # dust
            x0, y0 = rng.randrange(SCAN_W), rng.randrange(SCAN_H)
            r0 = rng.choice((1, 1, 2))
            d.ellipse((x0, y0, x0 + r0, y0 + r0), fill=(90, 90, 90))
        if sign_y:
            for name, dx, seed in ((JYJ, 600, 17), (CZJ, 300, 18)):
                seal = _seal(name, seed).rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
                sx, sy = SCAN_W - 190 - dx, sign_y[0] - 80
                img.paste(seal, (sx, sy), seal)
        img = img.rotate(skews[k % len(skews)], resample=Image.BICUBIC, fillcolor=(236, 236, 232))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72, optimize=True)
        out.append(buf.getvalue())
    return out


def _qp(text: str) -> str:
    """Quoted-printable as Chrome writes an MHTML part (CRLF lines, soft breaks at 76)."""
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n").replace("\r\r\n", "\r\n")


def make_mhtml() -> bytes:
    scans = make_scans()
    boundary = "----MultipartBoundary--b7RzWqJ3kXc2dP9sN4mVhLtE0aYfUo6GiKx1C8jZ5----"
    img_urls = [f"https://www.tianshui.gov.cn/zwgk/tzgg/202602/W02026022755{k + 1}318406927.jpg"
                for k in range(len(scans))]
    imgs = "".join(f'<p style="text-align:center"><img src="{u}" width="800" alt="" oldsrc="W0202602275{k}.jpg"></p>'
                   for k, u in enumerate(img_urls))
    menu = "".join(f'<li><a href="https://www.tianshui.gov.cn/{u}">{m}</a></li>'
                   for u, m in (("", "首页"), ("zwgk/", "政务公开"), ("zwfw/", "政务服务"), ("hdjl/", "互动交流"),
                                ("zjts/", "走进天水")))
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="ArticleTitle" content="{XQ_TITLE}">
<meta name="PubDate" content="{XQ_PUBLISHED}">
<meta name="ContentSource" content="{JYJ}">
<title>{XQ_TITLE}_通知公告_天水市人民政府</title>
<link rel="stylesheet" type="text/css" href="cid:css-4a1f2b3c-9d8e-4f70-a612-35b0c2d1e9f4@mhtml.blink" /></head>
<body><div class="top"><div class="w1200"><span>天水市人民政府</span><a href="https://www.tianshui.gov.cn/wza/">无障碍浏览</a></div></div>
<div class="nav"><ul>{menu}</ul></div>
<div class="position">您当前的位置：<a href="https://www.tianshui.gov.cn/">首页</a> &gt; <a href="https://www.tianshui.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.tianshui.gov.cn/zwgk/tzgg/">通知公告</a></div>
<div class="article"><h1 class="title">{XQ_TITLE}</h1>
<div class="info"><span>发布机构：{JYJ}</span><span>发布日期：{XQ_PUBLISHED}</span><span>浏览次数：2361</span>
<span class="font">字体：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div class="content" id="zoom">{imgs}</div>
<div class="fj">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="footer"><p>主办：天水市人民政府办公室　承办：天水市大数据中心</p><p>甘ICP备05002839号　网站标识码：6205000001</p></div>
</body></html>
"""
    css = "body{margin:0;font:14px/1.8 \"Microsoft YaHei\";}.title{font-size:26px;text-align:center;}\n"
    subject = "".join(f"=?utf-8?Q?{''.join(f'={b:02X}' for b in part.encode('utf-8'))}?="
                      for part in [XQ_TITLE[k:k + 8] for k in range(0, len(XQ_TITLE), 8)])
    subject = subject.replace("?==?", "?=\r\n =?")
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {XQ_URL}",
        f"Subject: {subject}",
        "Date: Wed, 2 Dec 2026 09:41:26 +0800",
        "MIME-Version: 1.0",
        f"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"",
        "",
        "",
        f"--{boundary}",
        "Content-Type: text/html",
        "Content-ID: <frame-6F3D2A90C1B84E57A0D9B1C3E5F7A2B4@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {XQ_URL}",
        "",
        _qp(html),
    ]
    parts += [f"--{boundary}", "Content-Type: text/css",
              "Content-Transfer-Encoding: quoted-printable",
              "Content-Location: cid:css-4a1f2b3c-9d8e-4f70-a612-35b0c2d1e9f4@mhtml.blink", "", _qp(css)]
    for url, data in zip(img_urls, scans, strict=True):
        s = base64.b64encode(data).decode()
        parts += [f"--{boundary}", "Content-Type: image/jpeg", "Content-Transfer-Encoding: base64",
                  f"Content-Location: {url}", "", "\r\n".join(s[k:k + 76] for k in range(0, len(s), 76)), ""]
    parts += [f"--{boundary}--", ""]
    return "\r\n".join(parts).encode("ascii")


# =============================================================================================
# 5. tianshui-gongbao-2026-09-jumin-yibao.pdf (a 公报 page, every glyph drawn as a path: 转曲)
# =============================================================================================

class _Outlines:
    """Draws text as filled paths, glyph by glyph, from the TrueType outlines of WenQuanYi Zen Hei."""

    def __init__(self) -> None:
        from fontTools.ttLib import TTFont

        self.font = TTFont(wqy_path(), fontNumber=0, lazy=True)
        self.cmap = self.font.getBestCmap()
        self.glyphs = self.font.getGlyphSet()
        self.upem = self.font["head"].unitsPerEm
        self.hmtx = self.font["hmtx"]

    def width(self, text: str, size: float) -> float:
        return sum(self.hmtx[self.cmap[ord(ch)]][0] for ch in text) * size / self.upem

    def draw(self, c, x: float, y: float, text: str, size: float, anchor: str = "l") -> None:
        from fontTools.pens.basePen import BasePen

        if anchor == "c":
            x -= self.width(text, size) / 2
        elif anchor == "r":
            x -= self.width(text, size)
        path = c.beginPath()
        k = size / self.upem

        class Pen(BasePen):
            def __init__(self, glyphset, ox: float) -> None:
                super().__init__(glyphset)
                self.ox = ox

            def t(self, pt):
                return round(self.ox + pt[0] * k, 2), round(y + pt[1] * k, 2)

            def _moveTo(self, pt):
                path.moveTo(*self.t(pt))

            def _lineTo(self, pt):
                path.lineTo(*self.t(pt))

            def _curveToOne(self, p1, p2, p3):
                path.curveTo(*self.t(p1), *self.t(p2), *self.t(p3))

            def _closePath(self):
                path.close()

        for ch in text:
            name = self.cmap[ord(ch)]
            if ch not in " 　":
                self.glyphs[name].draw(Pen(self.glyphs, x))
            x += self.hmtx[name][0] * k
        c.drawPath(path, stroke=0, fill=1, fillMode=1)  # nonzero winding (FILL_NON_ZERO), as glyph outlines need


def make_yb_pdf() -> bytes:
    import pikepdf
    from reportlab.pdfgen import canvas

    ol = _Outlines()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(A4W, A4H), invariant=1, pageCompression=1)
    left, right = 72.0, A4W - 72.0
    width = right - left
    body, lead = 11.5, 19.5
    page = [1]

    def running_head() -> None:
        c.setFillColorRGB(0, 0, 0)
        ol.draw(c, left, A4H - 48, "天水市人民政府公报", 9)
        ol.draw(c, right, A4H - 48, GB_ISSUE, 9, "r")
        c.setLineWidth(0.6)
        c.line(left, A4H - 54, right, A4H - 54)
        c.line(left, A4H - 56.5, right, A4H - 56.5)

    def footer() -> None:
        ol.draw(c, A4W / 2, 40, f"· {20 + page[0]} ·", 9, "c")

    def para(y: float, text: str, size: float = body, indent: bool = True) -> float:
        for ln in wrap_cjk(("　　" if indent else "") + text, lambda s: ol.width(s, size), width):
            if y < 70:
                footer()
                c.showPage()
                page[0] += 1
                running_head()
                y = A4H - 84
            ol.draw(c, left, y, ln, size)
            y -= lead
        return y

    running_head()
    y = A4H - 90
    ol.draw(c, A4W / 2, y, "【部门文件】", 11, "c")
    y -= 38
    for t in (f"{YBJ} {CZJ}", SWJ, "关于做好2027年度城乡居民基本医疗保险", "参保缴费工作的通知"):
        ol.draw(c, A4W / 2, y, t, 16, "c")
        y -= 26
    ol.draw(c, A4W / 2, y - 2, YB_NUMBER, body, "c")
    y -= 36
    y = para(y, YB_ADDR, indent=False)
    for p in YB_PARAS:
        y = para(y, p)
    y -= 10
    for t in (f"{YBJ}　{CZJ}", SWJ, YB_DATE):
        ol.draw(c, right - 20, y, t, body, "r")
        y -= lead
    y = para(y, "（此件公开发布）")
    footer()
    c.showPage()
    c.save()
    if page[0] > 2:
        raise SystemExit(f"the 公报 notice runs to {page[0]} pages; it must fit on two")
    # reportlab opens every page with an empty text object setting Helvetica (BT /F1 12 Tf 14.4 TL ET): dropped, with
    # the font resource, so that the page has no text operator and no font at all, as a print shop's 转曲 file
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    for pg in pdf.pages:
        ops, in_text = [], False
        for op in pikepdf.parse_content_stream(pg):
            name = str(op.operator)
            if name == "BT":
                in_text = True
            if not in_text:
                ops.append(op)
            if name == "ET":
                in_text = False
        pg.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))
        pg.obj.Resources = pikepdf.Dictionary({"/ProcSet": pikepdf.Array([pikepdf.Name.PDF])})
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary({
        "/Title": pikepdf.String(f"天水市人民政府公报{GB_ISSUE}"), "/Creator": pikepdf.String("Adobe InDesign 18.5 (Windows)"),
        "/Producer": pikepdf.String("Adobe PDF Library 17.0"),
        "/CreationDate": pikepdf.String("D:20260915103322+08'00'"),
        "/ModDate": pikepdf.String("D:20260915103340+08'00'")}))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


# =============================================================================================
# 6. tianshui-jumin-yibao-zizhu-fenpei.xlsx (openpyxl: 金额 and 合计 are formulas, no cached values)
# =============================================================================================

def make_fp_xlsx() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "分配表"
    wb.properties.creator = "天水市财政局"
    wb.properties.title = FP_TITLE
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "附件"
    ws.merge_cells("A2:F2")
    ws["A2"] = FP_TITLE
    ws["A2"].font = Font(name="方正小标宋简体", size=16)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:F3")
    ws["A3"] = "单位：人、元/人、万元"
    ws["A3"].alignment = Alignment(horizontal="right")
    head = ("序号", "县区", "资助类别", "人数", "标准（元/人）", "金额（万元）")
    for col, val in enumerate(head, start=1):
        cell = ws.cell(row=4, column=col, value=val)
        cell.font = Font(name="黑体", size=11)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
    rows = fp_rows()
    for k, (r, county, group, n, std) in enumerate(rows, start=1):
        for col, val in enumerate((k, county, group, n, std, f"=D{r}*E{r}/10000"), start=1):
            cell = ws.cell(row=r, column=col, value=val)
            cell.border = box
            cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(row=r, column=6).number_format = "0.00"
    last = rows[-1][0]
    tot = last + 1
    ws.merge_cells(f"A{tot}:C{tot}")
    ws[f"A{tot}"] = "合计"
    ws[f"D{tot}"] = f"=SUM(D{FP_FIRST_ROW}:D{last})"
    ws[f"F{tot}"] = f"=SUM(F{FP_FIRST_ROW}:F{last})"
    ws[f"F{tot}"].number_format = "0.00"
    for col in range(1, 7):
        ws.cell(row=tot, column=col).border = box
        ws.cell(row=tot, column=col).alignment = Alignment(horizontal="center")
    ws[f"A{tot + 1}"] = f"注：资助标准依据{YB_NUMBER}确定；金额＝人数×标准÷10000。"
    ws[f"A{tot + 2}"] = "制表单位：天水市财政局社会保障科　天水市医疗保障局待遇保障科　　制表日期：2026年9月10日"
    for col, w in zip("ABCDEF", (6, 18, 18, 10, 14, 14), strict=True):
        ws.column_dimensions[col].width = w
    return _xlsx_bytes(wb, "2026-09-08T01:00:00Z", "2026-09-10T08:20:00Z", (2026, 9, 10, 16, 20, 0))


# =============================================================================================
# qa.jsonl and README.md
# =============================================================================================

def _src(number: str | None, title: str) -> dict:
    return {"doc_number": number, "doc_title": title}


S_ZL = _src(ZL_NUMBER, ZL_TITLE)
S_TZ = _src(TZ_NUMBER, TZ_TITLE)
S_SD = _src(SD_NUMBER, SD_TITLE)
S_XQ = _src(XQ_NUMBER, XQ_TITLE)
S_YB = _src(YB_NUMBER, YB_TITLE)
S_FP = _src(None, FP_TITLE)
NOT_FOUND = "文件中未找到相关规定。"
ZL_REF = f"《{ZL_TITLE}》（{ZL_NUMBER}）"
TZ_REF = f"《{TZ_TITLE}》（{TZ_NUMBER}）"
SD_REF = f"《{SD_TITLE}》（{SD_NUMBER}）"
XQ_REF = f"《{XQ_TITLE}》（{XQ_NUMBER}）"
YB_REF = f"《{YB_TITLE}》（{YB_NUMBER}）"
ZL_SEC = f"{ZL_RULES} > "
TZ_SEC = f"{TZ_TITLE} > "
XQ_SEC = f"{XQ_TITLE} > "
YB_SEC = f"{YB_TITLE} > "


def _art(k: int) -> str:
    """An article of the 办法 as the PDF prints it."""
    return ZL_ARTICLES[k]


def _task(k: int) -> str:
    return " ".join(ZL_ROWS[k - 1])


def _tz_row(k: int) -> str:
    return " ".join(TZ_ROWS[k - 1])


def _fp_row(county: str, group: str) -> str:
    for _r, c, g, n, std in fp_rows():
        if c == county and g == group:
            k = FP_COUNTIES.index(c) * 3 + [x for x, _s in FP_GROUPS].index(g) + 1
            return f"{k} {c} {g} {n} {std} {fp_amount(c, g)}"
    raise KeyError((county, group))


GG_DB = fp_amount("甘谷县", "最低生活保障对象")
TOTAL_N, TOTAL_AMT = fp_total()

# (question, answer, key_facts, sources, section, evidence, type, persona, difficulty, corpus_file)
QA: list[tuple[str, str, list[str], list[dict], str | None, str | None, str, str, str, str | None]] = [
    # the DOCX (天政办发〔2026〕41号, amends the PDF's 办法); its 标准表 only in the embedded worksheet
    ("我家是秦州区的低保户，一家三口，孩子8岁，城里没房子一直租房住，现在每个月能领多少租房补贴？",
     f"每月590元。{ZL_REF}印发的《办法》规定，低保特困家庭的月补贴额按补贴标准乘以保障面积计算，保障面积人均15平方米、"
     f"每户最高不超过45平方米（三口之家为45平方米）；{TZ_REF}自2026年11月1日起将低保特困家庭的标准由每平方米每月10元"
     "修改为“每平方米每月12元”，即12元×45平方米＝540元；家庭成员中有未满16周岁未成年人的，每有一人每月增发租赁补贴"
     "50元，合计每月590元。（2022年暂行办法中的每平方米每月8元已废止。）",
     ["每平方米每月12元", "每月增发租赁补贴50元"], [S_TZ, S_ZL], f"{TZ_SEC}一", TZ_PARAS[1], "multi_hop", "public",
     "hard", F_TZ),
    ("我们家户口在麦积区，是低收入家庭，四口人一起租房住，我父亲今年67岁，现在每月租房补贴能领多少？",
     f"每月320元。按{ZL_REF}印发的《办法》第四条，低收入家庭每平方米每月6元，保障面积人均15平方米、每户最高不超过45平方米"
     f"（四口人按45平方米），即270元；{TZ_REF}自2026年11月1日起将第五条中的“年满70周岁老年人”修改为“年满65周岁老年人”，"
     "您父亲67岁，家庭每月增发租赁补贴50元，合计320元。",
     ["每平方米每月6元", "年满65周岁老年人"], [S_TZ, S_ZL], f"{TZ_SEC}三", TZ_PARAS[3], "multi_hop", "public", "hard",
     F_TZ),
    ("我从青海来天水打工，在麦积区一个厂里上班，办了居住证，社保交了8个月，自己租房住，能领租房补贴吗？一个月多少钱？",
     f"可以按新市民申请，每人每月260元。{ZL_REF}印发的《办法》第三条第（三）项规定，在城区稳定就业、持有本市居住证、"
     f"在本市连续缴纳社会保险满6个月，本人及配偶在城区无自有住房的外来务工人员可以申请；{TZ_REF}自2026年11月1日起将"
     "新市民标准由每人每月200元修改为“每人每月260元”，同一申请人累计领取不超过36个月，不享受增发补贴。应向工作单位所在地"
     "街道办事处提出申请。",
     ["每人每月260元", "在本市连续缴纳社会保险满6个月"], [S_TZ, S_ZL], f"{TZ_SEC}二", TZ_PARAS[2], "yesno", "public",
     "medium", F_TZ),
    ("低收入家庭的租房补贴，现在一户一个月最多能拿多少？不算给老人孩子增发的那部分。",
     f"每户每月最高270元。{TZ_REF}所附调整后租赁补贴标准表中，低收入家庭按保障面积计发，每平方米每月6元，每户每月最高补贴额"
     "（不含增发）为270元；增发补贴另按每人每月50元计发。",
     ["270元"], [S_TZ], f"{TZ_SEC}四（调整后租赁补贴标准表）", _tz_row(2), "numeric", "public", "medium", F_TZ),
    (f"{TZ_NUMBER}从什么时候开始执行？2026年第四季度的租赁补贴按哪个标准发？新市民能不能享受增发补贴？",
     f"{TZ_REF}第五项规定“本通知自2026年11月1日起施行”，2026年第四季度租赁补贴按照调整后的标准发放，《办法》其他规定不变。其附表（调整后"
     "租赁补贴标准表）载明新市民按人每人每月260元、“不增发”，增发补贴只适用于低保特困家庭和低收入家庭。",
     ["本通知自2026年11月1日起施行", "不增发"], [S_TZ], f"{TZ_SEC}五", TZ_PARAS[5], "validity", "civil_servant",
     "medium", F_TZ),
    # the PDF (天政办发〔2026〕12号) and its embedded 任务分工表
    ("低保户想申请租房补贴，要到哪里去申请？审核一共要多长时间？",
     f"向户籍所在地街道办事处提出申请。按{ZL_REF}印发的《办法》第六条，街道办事处自受理之日起10个工作日内完成初审，"
     "区住房和城乡建设局会同区民政局在15个工作日内完成复核，复核结果在申请人所在社区公示7日；补贴按季度发放，于每季度首月"
     "20日前拨付至申请人社会保障卡银行账户。",
     ["向户籍所在地街道办事处提出申请", "15个工作日内完成复核"], [S_ZL], f"{ZL_SEC}第六条", _art(12), "procedure",
     "public", "medium", F_ZL),
    ("租赁补贴工作中“建立户籍、社保、不动产、收入信息共享核查机制”由哪个单位牵头？配合单位有哪些？什么时候完成？",
     f"由市住房和城乡建设局牵头，市公安局、市人力资源和社会保障局、市自然资源局、市民政局配合，2026年6月30日前完成"
     f"（{ZL_REF}附件《{ZL_TASKS}》第2项）。",
     ["市公安局、市人力资源和社会保障局、市自然资源局、市民政局", "2026年6月30日前"], [S_ZL],
     f"{ZL_TASKS} > 2", _task(2), "department", "civil_servant", "medium", F_ZL),
    ("新市民租赁补贴纳入“甘快办”线上受理，这项任务谁牵头、谁配合、完成时限是什么？",
     f"由市政务服务中心牵头，市住房和城乡建设局、市人力资源和社会保障局配合，2026年9月30日前完成（{ZL_REF}附件"
     f"《{ZL_TASKS}》第5项）。",
     ["市政务服务中心", "2026年9月30日前"], [S_ZL], f"{ZL_TASKS} > 5", _task(5), "department", "civil_servant",
     "medium", F_ZL),
    ("租赁补贴的年度复核和违规领取清理，牵头单位是谁？每年什么时候前完成？",
     f"由市住房和城乡建设局牵头，秦州区人民政府、麦积区人民政府、市民政局配合，每年11月30日前完成（{ZL_REF}附件"
     f"《{ZL_TASKS}》第6项）。市住房和城乡建设局另牵头第1、2、7项，时限各不相同。",
     ["每年11月30日前"], [S_ZL], f"{ZL_TASKS} > 6", _task(6), "deadline", "civil_servant", "medium", F_ZL),
    ("要是有人虚报收入骗领了租房补贴，被查出来会怎么处理？",
     f"责令退回已领取的补贴，5年内不得再次申请（{ZL_REF}印发的《办法》第八条）。",
     ["责令退回已领取的补贴，5年内不得再次申请"], [S_ZL], f"{ZL_SEC}第八条", _art(14), "procedure", "public",
     "easy", F_ZL),
    (f"{ZL_NUMBER}印发的租赁补贴实施办法有效期到什么时候？它废止了哪个文件？补贴资金市、区怎么分担？",
     f"《办法》自2026年4月1日起施行，有效期至2029年3月31日；{SD_REF}同时废止（{ZL_REF}《办法》第十一条）。租赁补贴所需"
     f"资金由市、区两级财政按照6:4的比例分担（第九条）。其补贴标准已由{TZ_NUMBER}自2026年11月1日起部分调整。",
     ["有效期至2029年3月31日", "同时废止", "6:4"], [S_ZL], f"{ZL_SEC}第十一条", _art(17), "validity",
     "civil_servant", "medium", F_ZL),
    # the JavaScript portal page (天住建发〔2022〕41号, repealed)
    ("我在市住建局网站上看到，低保家庭租房补贴每平方米每月8元，现在还是这个标准吗？",
     f"不是。该网页所载{SD_REF}已由{ZL_REF}自2026年4月1日起“同时废止”，新办法将低保特困家庭标准定为每平方米每月10元；"
     f"{TZ_REF}又自2026年11月1日起修改为“每平方米每月12元”，保障面积人均15平方米、每户最高45平方米（旧办法为人均13平方米、"
     "每户最高39平方米）。",
     ["同时废止", "每平方米每月12元"], [S_ZL, S_TZ, S_SD], f"{ZL_SEC}第十一条", _art(17), "validity", "public",
     "hard", F_ZL),
    ("住建局2022年那个租房补贴暂行办法写着有效期5年，那现在还能按它申请吗？",
     f"不能。{SD_REF}规定“本办法自2022年9月1日起施行，有效期5年”，本应到2027年，但{ZL_REF}印发的《办法》第十一条规定"
     f"自2026年4月1日起将其“同时废止”。现在按该《办法》及其调整通知（{TZ_NUMBER}）执行。",
     ["有效期5年", "同时废止"], [S_SD, S_ZL], f"{SD_RULES} > 第七条", SD_ARTICLES[6], "validity",
     "public", "medium", F_SD),
    # the MHTML's scanned notice (天教发〔2026〕6号, expired)
    ("我家是低保户，女儿5岁在公办幼儿园上中班，这学期（秋季学期）的幼儿园资助能领多少？",
     f"文件中没有2026年秋季学期的资助标准。{XQ_REF}只适用于2026年春季学期：城乡低保家庭幼儿属一档，每生每学期1000元；"
     "但该通知“有效期至2026年8月31日”，已经失效，语料中没有接续的秋季学期通知，请向就读幼儿园或县区教育局咨询。",
     ["每生每学期1000元", "有效期至2026年8月31日"], [S_XQ], f"{XQ_SEC}二；五", XQ_PARAS[5], "validity", "public",
     "hard", F_XQ),
    ("我们户口在外省，孩子在秦安县一家普惠性民办幼儿园上学，家里是脱贫户，春季学期的学前资助我们能申请吗？标准多少？",
     f"能。{XQ_REF}的资助对象包括在公办幼儿园和普惠性民办幼儿园就读的3至6周岁家庭经济困难幼儿（含非本市户籍随迁子女）；"
     "脱贫家庭幼儿属二档，每生每学期600元。但该通知只适用于2026年春季学期，有效期至2026年8月31日，现已失效。",
     ["含非本市户籍随迁子女", "每生每学期600元"], [S_XQ], f"{XQ_SEC}一；二", XQ_PARAS[1], "yesno", "public", "medium",
     F_XQ),
    ("我儿子两岁半，在普惠幼儿园上托班，家里是低保户，春季学期那个学前教育资助他能领吗？",
     f"不能。{XQ_REF}的资助对象是在公办幼儿园和普惠性民办幼儿园就读的“3至6周岁在园幼儿”中的家庭经济困难幼儿，两岁半不在"
     "范围内；且该通知只适用于2026年春季学期，"
     "有效期至2026年8月31日，已失效。",
     ["3至6周岁在园幼儿"], [S_XQ], f"{XQ_SEC}一", XQ_PARAS[1], "yesno", "public", "medium", F_XQ),
    (f"{XQ_NUMBER}规定幼儿园什么时候前把资助名单报县区教育局？资金什么时候前发放？市、县区怎么分担？",
     "幼儿园审核并公示5个工作日后，于2026年4月10日前将资助名单报县区教育局；县区教育局于2026年5月31日前将资助资金通过"
     f"银行卡直接发放至幼儿监护人账户；所需资金由市、县区财政按照3:7的比例分担（{XQ_REF}第三、四项）。该通知有效期至"
     "2026年8月31日，已失效。",
     ["2026年4月10日前", "2026年5月31日前"], [S_XQ], f"{XQ_SEC}三；四", XQ_PARAS[3], "deadline",
     "civil_servant", "medium", F_XQ),
    # the outlined 公报 page (天医保发〔2026〕58号, in force)
    ("我爸妈都是低保对象，2027年的城乡居民医保，每人自己还要交多少钱？",
     f"每人自己缴120元。{YB_REF}规定2027年度居民医保个人缴费标准为每人每年400元，最低生活保障对象每人资助280元，"
     "400元－280元＝120元；资助资金由县区医疗保障局直接代缴。集中缴费期为2026年9月1日至2026年12月31日。",
     ["每人每年400元", "每人资助280元"], [S_YB], f"{YB_SEC}二；三", YB_PARAS[3], "numeric", "public", "medium", F_YB),
    ("孩子11月刚出生，医保要在多长时间内办好，才能从出生那天起就能报销？",
     f"出生后90日内。{YB_REF}第四项规定，新生儿在出生后90日内办理参保缴费的，自出生之日起享受居民医保待遇。",
     ["出生后90日内"], [S_YB], f"{YB_SEC}四", YB_PARAS[4], "procedure", "public", "easy", F_YB),
    ("我是外省来天水打零工的，老婆孩子户口都不在天水，但都办了天水的居住证，能在天水交居民医保吗？什么时候交？",
     f"可以。{YB_REF}规定，在本市居住并持有本市居住证的非本市户籍人员及其未成年子女属于参保范围；2027年度个人缴费每人每年"
     "400元，集中缴费期为2026年9月1日至2026年12月31日，待遇享受期为2027年1月1日至2027年12月31日。",
     ["持有本市居住证的非本市户籍人员及其未成年子女", "2026年9月1日至2026年12月31日"], [S_YB], f"{YB_SEC}一；二",
     YB_PARAS[1], "yesno", "public", "medium", F_YB),
    ("我家老人既是低保对象，又是防止返贫监测对象，明年居民医保的资助是两项都给吗？",
     f"不是。{YB_REF}第三项规定，同时具有多重身份的，“按照就高原则资助，不重复资助”，即按最低生活保障对象每人资助280元"
     "（高于防止返贫监测对象的每人资助200元），不再叠加。",
     ["按照就高原则资助，不重复资助", "每人资助280元"], [S_YB], f"{YB_SEC}三", YB_PARAS[3], "numeric", "public",
     "medium", F_YB),
    ("2027年度居民医保参保缴费和资助情况，各县区医保局要在什么时间前报给哪个部门？",
     f"2027年1月15日前报市医疗保障局（{YB_REF}第六项）。",
     ["2027年1月15日前", "报市医疗保障局"], [S_YB], f"{YB_SEC}六", YB_PARAS[6], "deadline", "civil_servant", "easy",
     F_YB),
    # the XLSX with formulas (no cached values)
    ("2027年度居民医保参保资助资金，甘谷县最低生活保障对象分到多少万元？",
     f"{GG_DB}万元。《{FP_TITLE}》中甘谷县最低生活保障对象21365人、标准280元/人，金额＝人数×标准÷10000＝{GG_DB}万元"
     f"（表中金额为公式，按{YB_NUMBER}的资助标准计算）。",
     [GG_DB], [S_FP], f"{FP_TITLE} > 甘谷县", _fp_row("甘谷县", "最低生活保障对象"), "numeric", "civil_servant",
     "hard", F_FP),
    ("参保资助资金分配表里，张家川回族自治县特困人员的资助人数和标准各是多少？",
     f"876人，标准400元/人（特困人员个人缴费部分全额资助），见《{FP_TITLE}》。",
     ["876"], [S_FP], f"{FP_TITLE} > 张家川回族自治县", _fp_row("张家川回族自治县", "特困人员"), "numeric",
     "civil_servant", "medium", F_FP),
    # unanswerable
    ("天水市2026年城镇住房保障租赁补贴总共安排了多少资金？其中市级财政出多少？",
     f"{NOT_FOUND}{ZL_REF}印发的《办法》只规定租赁补贴所需资金由市、区两级财政按照6:4的比例分担，以及各类对象的补贴标准，"
     "没有给出年度资金总额或市级安排的金额。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("租赁补贴信息共享核查机制这项任务，市住建局具体是哪个科室、哪位同志负责？联系电话多少？",
     f"{NOT_FOUND}{ZL_REF}附件《{ZL_TASKS}》只写明第2项由市住房和城乡建设局牵头、相关部门配合及完成时限，没有写具体科室、"
     "责任人或联系电话。",
     [], [], None, None, "unanswerable", "civil_servant", "medium", None),
    ("城乡居民医保的个人缴费能不能分几次交？过了12月31日再补交的话要不要交滞纳金？",
     f"{NOT_FOUND}{YB_REF}只规定了个人缴费标准（每人每年400元）、集中缴费期（2026年9月1日至2026年12月31日）和缴费方式，"
     "既没有分次缴费的规定，也没有逾期补交或滞纳金的规定。",
     [], [], None, None, "unanswerable", "public", "hard", None),
    ("兰州市的城镇住房保障租赁补贴，低保家庭每平方米每月补多少钱？",
     f"{NOT_FOUND}现有文件只涉及天水市：{ZL_REF}及{TZ_REF}规定天水市秦州区、麦积区的标准（低保特困家庭现为每平方米每月12元），"
     "没有兰州市的规定。",
     [], [], None, None, "unanswerable", "public", "medium", None),
    ("天水市买新能源汽车有没有购车补贴？补多少？",
     f"{NOT_FOUND}现有文件涉及城镇住房保障租赁补贴、学前教育幼儿资助和城乡居民医保参保缴费，没有关于新能源汽车购车补贴的内容。",
     [], [], None, None, "unanswerable", "public", "easy", None),
    ("2027年城乡居民医保住院报销比例是多少？门诊一年最多能报多少？",
     f"{NOT_FOUND}{YB_REF}只规定参保范围、个人缴费标准、参保资助、新生儿参保和缴费方式，没有住院报销比例或门诊报销限额。",
     [], [], None, None, "unanswerable", "civil_servant", "hard", None),
]

README = f"""# city17: a blind fixture of 天水市 (甘肃省) policy documents

A small corpus of policy documents of a seventeenth held-out city, 天水市, and 30 questions about them, for checking that
policyqa works on documents it has never seen, in kinds of file not tried in the earlier fixtures: a **PDF that carries its
附件 inside** (the 任务分工表 as an embedded `.xlsx` in the PDF's `/EmbeddedFiles`, not printed on its pages), a **saved web
page (`.mhtml`) whose notice is published as two scanned JPEG pages**, an **`.xlsx` written by a program with formulas and no
cached values**, a **公报 page converted to outlines** (转曲: every glyph a vector path, no text layer and no image), a
**portal page saved “仅HTML” whose article is filled in by JavaScript** (the notice only in `window.__INITIAL_STATE__`) and a
**DOCX whose 补贴标准表 is an embedded Excel worksheet** (an OLE object with a PNG preview). The city, its districts and
counties (秦州区, 麦积区, 清水县, 秦安县, 甘谷县, 武山县, 张家川回族自治县), the departments and bodies (天水市人民政府办公室,
市住房和城乡建设局, 市财政局, 市民政局, 市公安局, 市人力资源和社会保障局, 市自然资源局, 市教育局, 市医疗保障局,
国家税务总局天水市税务局), the “甘快办” app name (甘肃's 政务服务 app) and the portal domain www.tianshui.gov.cn are real.
Every document, 文号, 索引号, figure, date, task given to a body, the 市政务服务中心's role, the number of people per 县区,
street address, URL path, ICP number and 网站标识码, the 公报's issue and page number are invented. Nothing is taken from a
real document.

The content is consistent across documents. The PDF {ZL_NUMBER} (《{ZL_TITLE}》, {ZL_DATE}) sets the 租赁补贴 rules for
秦州区 and 麦积区 (第三条: 低保特困家庭, 低收入家庭 and **新市民 — 外来务工人员 with a 居住证 and “在本市连续缴纳社会保险满6个月”**;
第四条: **低保特困 每平方米每月10元, 低收入 每平方米每月6元, 新市民 每人每月200元 (累计不超过36个月)**, 保障面积 人均15平方米,
每户最高45平方米; 第五条: **每月增发50元 per member “年满70周岁” or “未满16周岁” or 持证重度残疾**; 第六条 申请 to the 街道办事处,
10 + 15个工作日, 公示7日; 第七条 按季度, 每季度首月20日前; 第八条 退回 and 5年内不得再次申请; 第九条 市:区 6:4; **第十一条
“本办法自2026年4月1日起施行，有效期至2029年3月31日” and “（{SD_NUMBER}）同时废止”**). Its 附件 is **only in the
embedded xlsx**: 7 tasks, **市住房和城乡建设局 leads rows 1, 2, 6 and 7 with different 配合 and 时限**. The DOCX {TZ_NUMBER}
(《{TZ_TITLE}》, {TZ_DATE}) **amends** it from 2026-11-01: “每平方米每月10元” → **“每平方米每月12元”**, “每人每月200元” →
**“每人每月260元”**, “年满70周岁老年人” → **“年满65周岁老年人”**, 低收入 6元 unchanged, “《办法》其他规定不变”; its table (only
in the embedded worksheet) gives 每户每月最高补贴额 540元 / 270元 and “不增发” for 新市民. The JavaScript page holds
{SD_NUMBER} (《{SD_TITLE}》, 成文 2022-08-15, 发布 2022-08-19) with the **old figures** (低保 8元, 低收入 5元, 人均13平方米,
每户39平方米, 每半年发放, 市:区 5:5, **no 新市民 at all**; “本办法自2022年9月1日起施行，有效期5年”, i.e. to 2027): **repealed from
2026-04-01** by the PDF's 第十一条, which the page does not say. The MHTML's scans hold {XQ_NUMBER} (《{XQ_TITLE}》,
{XQ_DATE}, 发布 2026-02-27): 3至6周岁 在园幼儿 of 公办 and 普惠性民办 幼儿园 (含非本市户籍随迁子女), **一档 (孤儿, 事实无人抚养儿童,
残疾儿童, 特困供养儿童, 城乡低保家庭) 每生每学期1000元, 二档 (脱贫家庭, 含防止返贫监测对象家庭) 600元**, 申请 by 2026-03-20, 报
县区教育局 by 2026-04-10, 发放 by 2026-05-31, 市:县区 3:7; **“本通知适用于2026年春季学期…有效期至2026年8月31日”: expired, no
successor** (nothing on the 秋季学期). The outlined 公报 page ({GB_ISSUE}) holds {YB_NUMBER} (《{YB_TITLE}》, {YB_DATE}; in
force, “自印发之日起施行”): 参保范围 (incl. **持有本市居住证的非本市户籍人员及其未成年子女**), **个人缴费 每人每年400元**, 集中缴费期
2026-09-01 … 2026-12-31, **资助: 特困/孤儿/事实无人抚养 全额, 低保 每人280元, 防止返贫监测对象 每人200元, 就高 不重复**, 新生儿
出生后90日内, 报市医疗保障局 by 2027-01-15. The XLSX 《{FP_TITLE}》 uses the same three standards (400/280/200) for 7 县区 × 3
groups.

None of the cities or provinces of the earlier fixtures (宁夏, 株洲/湖南, 绵阳/四川, 洛阳/河南, 泉州/福建, 扬州/江苏, 潍坊/山东,
柳州/广西, 宜昌/湖北, 赣州/江西, 芜湖/安徽, 嘉兴/浙江, 长治/山西, 遵义/贵州, 曲靖/云南, 宝鸡/陕西) occurs in a corpus file (checked as
substrings of every text a reader gets, OCR included); 青海 and 兰州 occur only in questions. The topics are new as far as the
helper could see (it read only the opening text of city2 … city15's READMEs and the whole of city16's): 城镇住房保障 租赁补贴 (with
an amendment and a repealed 2022 暂行办法), 学前教育幼儿资助 (expired), 城乡居民医保 参保缴费 and 参保资助 (in force, with a
资金分配表).

**Who wrote it and what they saw.** A helper session wrote it from a brief. It did not read the system's code (`rag/`,
`index/`, `ui/`, `eval/`, `prompts/`, `scripts/`), its tests (`tests/unit/`, `tests/integration/`, `tests/e2e/`), any `out/`,
`var/`, `/tmp/dbg` or `/tmp/snap` folder, or other cities' generators and qa files besides those named here; it did not run
policyqa, pytest or `git status`/`git diff`/`git log`, and committed nothing. It read `tests/data/city16/README.md` (whole,
its last section “What the first run found”, which describes how the system fared on city16, included), the first six lines of
`tests/data/city16/qa.jsonl`, `tests/support/make_city16_fixtures.py` (lines 1–640, 728–1070 and 1380–1412, in displays with
lines cut at 300 to 600 characters, and a grep of its `def` and constant lines; not its HTML and CSV writers nor most of its
question rows and README), `tests/support/print_lines.py` and `tests/support/qa_lines.py` (whole; `wrap_cjk`, `cjk_face` and
`qa_jsonl` are imported by the generator), and of each of `tests/data/city2/README.md` … `tests/data/city15/README.md` the
text before `## Files`, cut at its first 1,500 bytes. Outside that list it read the `[tool.ruff]` and `[tool.ruff.lint]`
sections of `pyproject.toml`, listed the folder names of `tests/data/` and `tests/support/` (no `city17` existed), listed the
machine's CJK fonts (`fc-list :lang=zh`) and the names in `.venv/bin/` filtered for “ocr”. Of installed library sources it
read openpyxl's `writer/excel.py` and `packaging/core.py` (grepped for the dates `save_workbook` stamps), pikepdf's
`_methods.py` (`AttachedFileSpec.from_filepath`) and the `AttachedFileSpec.__init__` signature, and fontTools'
`pens/basePen.py` (its class and `def` lines); it looked at the parts python-docx's default template writes (an empty
document saved and its `document.xml` root, relationships and content types printed). No answer was tuned against the system;
the command below had **not been run** on this fixture when it was handed over. Everything was made and checked in a separate
venv (`/tmp/c17venv`: python-docx 1.2.0, reportlab 5.1.0, pikepdf 10.18.0, openpyxl 3.1.5, fonttools 4.69.1, Pillow 13.0.0,
pypdfium2 5.15.2, lxml 6.2.1, ruff 0.17.6) with WenQuanYi Zen Hei (both PDFs) and Noto Serif/Sans CJK SC (the scans, the seals
and the table preview), already on the machine. Outside tools run on corpus files: `rapidocr_onnxruntime` from the project's
`.venv`, called directly with `python -c` (not through policyqa), on the two JPEG scans taken out of the MHTML and on the
outlined PDF's page rendered by pypdfium2 at 2.5×; pypdfium2 and pikepdf for the PDFs and the attachment; python-docx, zipfile
and openpyxl for the DOCX and its embedded worksheet; openpyxl (with and without `data_only`) for the xlsx files; Python's
`email` package and lxml for the MHTML; lxml and `json` for the JavaScript page; `ruff check --no-cache` (the venv's ruff, the
project's settings) on the generator only. No GPU machine was used.

## Files (`corpus/`)

| File | Document | Traps |
|---|---|---|
| `{F_ZL}` | {ZL_TITLE}, {ZL_NUMBER} ({ZL_DATE}) | **Its 附件 is not on its pages but embedded**: two portrait pages (reportlab, WenQuanYi Zen Hei with ToUnicode: pypdfium2 reads the text) — red 文头, 文号, red rule, title over two lines, 主送, one 印发 sentence, signature, date, “（此件公开发布）”, the 办法 (第一条 … 第十一条, （一）…（三） under 第三条 and 第四条), “附件：{ZL_TASKS}” as the last line of the text, 抄送/印发 between rules at the foot of page 2, page numbers “— n —”. The table itself is **an xlsx in the PDF's `/Root/Names/EmbeddedFiles` name tree** (pikepdf `AttachedFileSpec`, file name “{ZL_ATTACH}”, MIME type set, fixed /CreationDate and /ModDate, `/PageMode /UseAttachments` so a viewer opens its attachment panel): sheet “任务分工表”, “附件”, the title, the header 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 and 7 rows, wrapped cells; **市住房和城乡建设局 leads rows 1, 2, 6 and 7 with different 配合 and 时限** (2026年4月30日前, 2026年6月30日前, 每年11月30日前, 2026年4月15日前); row 3 is led by two 区 governments, row 5 by the 市政务服务中心. A reader of the pages alone sees “附件：…” and no table. **Figures 10元 / 200元 / 70周岁 are amended by the DOCX from 2026-11-01**; 6元 and the rest stand. It **repeals** the HTML's {SD_NUMBER}. |
| `{F_TZ}` | {TZ_TITLE}, {TZ_NUMBER} ({TZ_DATE}) | **The amending notice**: items 一 … 三 in the form “将《办法》第四条第（一）项中的“每平方米每月10元”修改为“每平方米每月12元”。” (also 200元 → 260元, 年满70周岁 → 年满65周岁), item 五 “本通知自2026年11月1日起施行…《办法》其他规定不变。”. **Item 四 “…标准见下表：” is followed by an embedded Excel worksheet, not a Word table**: a `<w:object>` in the body holding a `v:shape` whose `v:imagedata` (r:id → `word/media/image1.png`, a PNG drawing of the table) is the preview and an `<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" … r:id=…>` pointing (relationship type `…/package`) to `word/embeddings/Microsoft_Excel_Worksheet.xlsx` (openpyxl), with `png` and `xlsx` defaults in `[Content_Types].xml`. python-docx's paragraphs show none of the table (the object's paragraph is empty). The worksheet “{TZ_TABLE_TITLE}”: 保障对象 / 补贴方式 / 补贴标准 / 每户每月最高补贴额（不含增发） / 增发补贴, rows 低保特困家庭 (每平方米每月12元, **540元**, 每人每月50元), 低收入家庭 (每平方米每月6元, **270元**, 每人每月50元), 新市民 (每人每月260元, 不适用（累计领取不超过36个月）, **不增发**) and a 注 row: **540元, 270元 and 不增发 are only in the worksheet (and its preview image)**. |
| `{F_SD}` | {SD_TITLE}, {SD_NUMBER} (成文 2022-08-15, 发布 2022-08-19) | **A single-page-app portal page saved “网页，仅HTML”**, UTF-8: the `<div id="app">` holds only the chrome (top bar, logo, search, a menu of six links, breadcrumb “当前位置：首页 > 政务公开 > 通知公告”, an **empty `<h1 class="article-title">`**, an article container with **“加载中…”**, an empty “相关文章” list, footer with 主办单位, address, 甘ICP备 and 网站标识码) and a `<noscript>` line; **the notice is only in `<script>window.__INITIAL_STATE__ = …;</script>`**: `article.title`, `docNo`, `publisher`, `writtenDate`, `publishDate`, `indexNo` and `content` — an HTML string of `<p>` paragraphs with `&nbsp;` indents, its `<`, `>`, `&`, 〔〕, “” and 《》 written as `\\u` escapes in the JSON — and a **`relatedList` of four other notices' titles** (a 配租结果公示, a 年度复核 notice, a 物业服务收费 notice, an 老旧小区改造 report) that are not this notice's text. Old figures (低保 8元, 低收入 5元, 人均13平方米 / 每户39平方米, 每半年, 5:5, no 新市民), “有效期5年” from 2022-09-01: **repealed from 2026-04-01 by {ZL_NUMBER} 第十一条 (“同时废止”) though its own term would run to 2027**; the page does not say so. |
| `{F_XQ}` | {XQ_TITLE}, {XQ_NUMBER} ({XQ_DATE}, 发布 2026-02-27) | **Chrome's “网页，单个文件” MHTML**: `From: <Saved by Blink>`, `Snapshot-Content-Location`, a Subject in `=?utf-8?Q?…?=` words, a fixed Date, `multipart/related; type="text/html"` with the page as quoted-printable UTF-8 (`Content-ID <frame-…@mhtml.blink>`), a CSS part and **two `image/jpeg` parts in base64 whose `Content-Location` matches the page's `<img src>`**. The HTML text has the portal chrome (menu, breadcrumb “您当前的位置：首页 > 政务公开 > 通知公告”, 打印/关闭, footer), the title, “发布机构：天水市教育局”, “发布日期：2026-02-27 16:05” and 浏览次数 — **the notice's 文号, body, figures, dates and signature are only in the scans**: A4 at 150 dpi (1240 × 1754), Noto Serif CJK SC, grey paper noise and dust from `random.Random` with fixed seeds, **skewed 0.8° and −1.2°**, JPEG quality 72; page 1 red 文头 “天水市教育局文件”, 文号, red rule, two-line title, 主送, intro and items 一、二; page 2 items 三 … 五, the two issuers and the date **under two red round seals** (天水市教育局, 天水市财政局), “（此件主动公开）”, 抄送/印发 between rules, page numbers. **Two groups a careless reader swaps (1000元 / 600元)**, a child's age (3至6周岁), 非本市户籍随迁子女; **expired on 2026-08-31 by its own 有效期 (“本通知适用于2026年春季学期”), no successor in the corpus.** |
| `{F_YB}` | {YB_TITLE}, {YB_NUMBER} ({YB_DATE}), as printed in 天水市人民政府公报 {GB_ISSUE} | **A 公报 page converted to outlines (转曲)**: one A4 page (reportlab) on which **every glyph is a filled vector path** drawn from WenQuanYi Zen Hei's TrueType outlines through a fontTools pen (quadratic curves turned cubic), **no text operator, no `/Font` resource, no image**: pypdfium2 finds 0 characters; only rendering and OCR read it. Running head “天水市人民政府公报 / {GB_ISSUE}” over a double rule, “【部门文件】”, the three issuers and the title over four lines, 文号, 主送, items 一 … 七, the three issuers' names, date, “（此件公开发布）”, page number “· 21 ·”. Info: Creator “Adobe InDesign 18.5 (Windows)”, Producer “Adobe PDF Library 17.0” (the content is reportlab's; its opening empty text object `BT /F1 12 Tf 14.4 TL ET` and its Helvetica resource were removed with pikepdf, so the page has no text operator and no `/Font` at all). **Three 资助 groups a careless reader swaps (全额 / 280元 / 200元)**, 就高, 400元, 新生儿 90日, 居住证 holders from elsewhere, the 2027-01-15 report. In force on 2026-12-02. |
| `{F_FP}` | {FP_TITLE} (天水市财政局, 天水市医疗保障局; 制表日期 2026年9月10日) | **Written by openpyxl with formulas and no cached values** (as a reporting system writes them; Excel computes them on open): sheet “分配表”, “附件”, the merged title, “单位：人、元/人、万元”, the header 序号 / 县区 / 资助类别 / 人数 / 标准（元/人） / 金额（万元） and **21 rows (7 县区 × 特困人员 400, 最低生活保障对象 280, 防止返贫监测对象 200)**; **F5:F25 are `=D5*E5/10000` … `=D25*E25/10000`** (number format `0.00`), **row 26 合计 has `=SUM(D5:D25)` and `=SUM(F5:F25)`**; a 注 naming {YB_NUMBER} and “金额＝人数×标准÷10000”, and the 制表单位 line. **No formula cell has a cached value: openpyxl with `data_only=True` gives `None` for all 23 (F5:F25, D26, F26)**, and a reader that keeps only cached values sees empty 金额 and 合计. What Excel shows: e.g. **F{fp_cell("甘谷县", "最低生活保障对象")[1:]} (甘谷县, 最低生活保障对象, 21365 × 280) = {GG_DB}**, D26 = {TOTAL_N}, F26 = {TOTAL_AMT}. 人数 and 标准 are typed values. The 文件 this table is attached to is not in the corpus. |

All six files are written by `tests/support/make_city17_fixtures.py` (see its docstring), together with this README and
`qa.jsonl`.

## Questions (`qa.jsonl`)

30 lines, ids `c17-001`…`c17-030`, in the format of `tests/data/city16/qa.jsonl` (same fields, same order): `id`, `question`,
`answer`, `key_facts` (1–3 short strings copied verbatim from a document's text), `sources` (`doc_number`, `doc_title`),
`section` (title > section path), `evidence` (verbatim; “……” marks a gap, table rows are given as their cells separated by
spaces, a formula cell as the value Excel shows), `type`, `persona`, `difficulty`, `corpus_file`. Multi-issuer `doc_title`s
join issuers with a space, as the documents print them. One source has `doc_number` null: the XLSX (its title). A key fact may
stand in any of a question's sources' files.

- c17-001 … c17-005 (the DOCX and the PDF it amends): **c17-001 a 低保 family of three with a child of 8** (12元 × 45平方米 +
  50元 = 590元; not 10元 → 500元, not the repealed 8元); **c17-002 an elderly parent of 67 in a 低收入 family of four** (6元 ×
  45 = 270元 + 50元 because the age is now 65 = 320元; before the amendment no 增发); **c17-003 a worker from another province**
  (新市民: 居住证, 社保满6个月, 260元 not 200元, 36个月; the repealed 2022 办法 had no 新市民); **c17-004 a row of the embedded
  worksheet only** (低收入 每户每月最高 270元); c17-005 civil servant: 施行 date, 第四季度, and “不增发” from the worksheet.
- c17-006 … c17-011 (the PDF and its embedded 任务分工表): c17-006 申请 and 审核 time; **c17-007 … c17-009 rows 2, 5 and 6 of the
  attachment** (牵头, 配合, 时限; 市住房和城乡建设局 leads four rows); c17-010 骗领; c17-011 有效期, what it repealed, 6:4.
- c17-012, c17-013 (the repealed JavaScript page): **c17-012 the repealed figure asked as if current** (8元 → repealed; 12元
  now); **c17-013 “有效期5年” but repealed** (what replaced it).
- c17-014 … c17-017 (the MHTML's scans, from the OCR text): **c17-014 the expired notice** (低保, a child of 5: 1000元 was for
  2026's 春季学期 only; “有效期至2026年8月31日”, nothing for the 秋季学期); **c17-015 a family from another province** (随迁子女,
  脱贫 → 二档 600元, expired); **c17-016 a child's age** (两岁半: outside 3至6周岁); c17-017 civil servant: 4月10日 and 5月31日.
- c17-018 … c17-022 (the outlined 公报 page, from the OCR text): **c17-018 elderly parents on 低保** (400 − 280 = 120元 each);
  c17-019 a newborn (90日); **c17-020 a worker from another province's family** (居住证, 缴费期); **c17-021 两项身份, 就高** (280元,
  not 280 + 200); c17-022 civil servant: 2027-01-15, 市医疗保障局.
- c17-023, c17-024 (the formula XLSX): **c17-023 a computed value** (甘谷县 低保: **{GG_DB}**, a cell with no cached value);
  **c17-024 a typed value** (张家川回族自治县 特困人员: 876人, 400元).
- c17-025 … c17-030: **unanswerable** (answer starts “文件中未找到相关规定。” and names what is closest; no key facts, no sources):
  **c17-025 a figure not given on a topic covered** (the 租赁补贴 年度资金总额 and the 市级 amount: only 6:4 and per-unit
  standards); **c17-026 a person not named** (the 科室, person and phone for task 2: the 分工表 names bodies only); **c17-027 two
  parts, neither answered, both close** (paying the 居民医保 in instalments, and a 滞纳金 for paying after 12月31日: the notice gives
  400元, the 缴费期 and the channels, nothing on either); **c17-028 another city** (兰州市's 租赁补贴: 兰州 occurs in no file);
  c17-029 新能源汽车 购车补贴 (never mentioned); **c17-030 a fact not given on a topic covered** (居民医保 住院报销比例 and 门诊
  限额: the notice is about 参保缴费 only).

Personas: 19 public, 11 civil_servant (answerable: 15 and 9). Files as `corpus_file`: PDF 7, DOCX 5, 公报 PDF 5, MHTML 4,
XLSX 2, HTML 1, none 6 (c17-012's evidence is the PDF's 第十一条; the HTML is one of its sources). Types: validity 5, numeric 5,
yesno 4, procedure 3, deadline 3, department 2, multi_hop 2, unanswerable 6. Difficulty: 4 easy, 18 medium, 8 hard.

The questions are to be asked as of **2026-12-02** (`--as-of 2026-12-02`). On that date these apply: **{ZL_NUMBER} (from
2026-04-01 to 2029-03-31) as amended by {TZ_NUMBER} from 2026-11-01** (低保特困 12元, 新市民 260元, 增发 from 65周岁; 低收入 6元
and the rest unchanged), **{YB_NUMBER}** (its 集中缴费期 runs to 2026-12-31) and the XLSX built on it. **Not in force:
{SD_NUMBER} (repealed from 2026-04-01 although its own “有效期5年” would run to 2027) and {XQ_NUMBER} (有效期至2026年8月31日, no
successor).**

## How to run

Not run by the helper that wrote it. The command:

```
policyqa eval --qa tests/data/city17/qa.jsonl --corpus tests/data/city17/corpus --index-dir <dir> --out <dir> --llm extractive --as-of 2026-12-02
```

To rebuild the fixture (needs `apt-get install fonts-noto-cjk fonts-wqy-zenhei`):

```
python3 -m venv /tmp/c17venv && /tmp/c17venv/bin/pip install python-docx lxml reportlab pikepdf openpyxl fonttools Pillow pypdfium2
cd /work/main && PYTHONPATH=. /tmp/c17venv/bin/python tests/support/make_city17_fixtures.py
```

Generation takes about 3 s. Two runs into two fresh folders give every file they write byte for byte (checked with sha256sum:
the six corpus files, `qa.jsonl` and this README): the zips (the DOCX, its embedded worksheet, the PDF's attached xlsx and the
formula xlsx) carry fixed timestamps and fixed core dates (openpyxl stamps `dcterms:modified` with the clock on save; the
generator overwrites it); reportlab runs with `invariant=1`, pikepdf saves with `deterministic_id=True` and the attachment's
dates are literal; the MHTML's Date, boundary and Content-IDs are literal; the scans' noise, dust and seal ink come from
`random.Random` with fixed seeds. Another Pillow, reportlab, pikepdf (qpdf), openpyxl, fontTools, python-docx or font can change
the files.

## Checks done when it was written

A throw-away script (outside the repository) found:

- every line of `qa.jsonl` parses, has exactly city16's fields in city16's order, and the ids run `c17-001`…`c17-030`; the 6
  unanswerable lines have `key_facts` [], `sources` [], `section`/`evidence`/`corpus_file` null and answers starting
  “文件中未找到相关规定。”; the counts above;
- every key fact occurs in its answer and, with whitespace removed, in the text of one of its sources' files as a reader gets
  it, and every evidence part (“……” splits it) likewise in its `corpus_file`: for the PDF pypdfium2's text of its two pages
  **plus the attached xlsx** (taken out with pikepdf, read with openpyxl, a row's cells joined by spaces); for the DOCX
  python-docx's paragraphs **plus the embedded worksheet** (zipfile + openpyxl); for the JavaScript page the `article` fields of
  `__INITIAL_STATE__` (lxml finds the script, `json` parses it, lxml's `text_content()` of `content`); for the MHTML Python's
  `email` package (`policy.default`), lxml's text of the HTML part **and the OCR text of its two JPEG parts**; for the outlined
  PDF **the OCR text of its rendered page**; for the formula xlsx openpyxl's cells with **each formula replaced by the value
  Excel shows** (computed by the script from the typed cells, format `0.00`);
- the PDF: 2 pages, pypdfium2 text has “附件：{ZL_TASKS}” and **none of the table's bodies** (no “市公安局”); pikepdf lists one
  attachment, “{ZL_ATTACH}”, in `/Root/Names/EmbeddedFiles`, MIME type set, and its bytes open with openpyxl (7 rows);
- the DOCX: one `w:object` with `o:OLEObject ProgID="Excel.Sheet.12"` (r:id → `…/package` →
  `embeddings/Microsoft_Excel_Worksheet.xlsx`) and `v:imagedata` (r:id → `media/image1.png`), both content types declared;
  python-docx's paragraphs hold neither 540元 nor 270元; the embedded worksheet opens with openpyxl; the preview PNG was looked at;
- the JavaScript page: the visible text (lxml, `script`/`style`/`noscript` dropped) has “加载中…” and none of the notice's
  figures; `json.loads` of the object gives the title, 文号, 发布机构, dates and content; `relatedList` has 4 titles;
- the MHTML: the Subject decodes to the title; 2 JPEG parts (about 217 KB and 194 KB), their `Content-Location`s equal to the
  page's `<img src>`s; the HTML text has no 每生每学期; the pages were looked at (skew, seals, noise);
- the outlined PDF: 1 page, **pypdfium2 finds 0 characters**, pikepdf finds no `/Font` and no `/XObject` in its resources and no
  `BT`/`Tj` in its content (only `m`/`l`/`c`/`h`/`f`); the page was rendered and looked at;
- the formula xlsx: 23 formula cells, **`data_only=True` gives `None` for every one**; Excel's values as above;
- the words of the unanswerable questions (兰州, 新能源, 购车, 分期, 分几次, 滞纳金, 补交, 补缴, 报销比例, 住院, 门诊, 科室,
  联系人, 总额), 平凉, 青海 and the earlier fixtures' cities and provinces occur in no file's text (as substrings);
- **OCR trial** (`rapidocr_onnxruntime` from the project's `.venv`, defaults, images as RGB): the two scans gave every body line
  in reading order; slips: “天教发〔2026〕6号” came back as “天教发〔2026]6号”, “3:7” as “3：7” (so no key fact is “3:7”), and the
  signature lines under the seals as “天水市教育 / 局”, “K2026年2月24日” and seal fragments (“教”, “市财”); the outlined page
  (rendered at 2.5×) gave every line, with “天医保发〔2026】58号”, “村(社区）” and the issuers run together without their space.
  Key facts and evidence of c17-014 … c17-022 occur in the OCR text (joined, whitespace removed);
- generation twice into fresh folders: byte-identical (sha256sum); every file under 2 MB (the MHTML, the largest, about
  0.57 MB).

Not checked: how Word, WPS or Excel show the OLE object, the attachment panel and the formulas (no Office on the machine: the
values “Excel shows” are computed, not seen), how a browser shows the MHTML and the JavaScript page (the page's scripts do not
exist), and whether the addresses, ICP numbers and 网站标识码 exist (all invented).
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Writes the city17 (天水市) fixture.")
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_DIR, help="the fixture folder (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = args.out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / F_ZL).write_bytes(make_zl_pdf())
    (corpus / F_TZ).write_bytes(make_tz_docx())
    (corpus / F_SD).write_bytes(make_sd_html())
    (corpus / F_XQ).write_bytes(make_mhtml())
    (corpus / F_YB).write_bytes(make_yb_pdf())
    (corpus / F_FP).write_bytes(make_fp_xlsx())
    (args.out / "qa.jsonl").write_text(qa_lines.qa_jsonl("c17", QA), encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote the fixture to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

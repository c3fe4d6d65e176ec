"""Organisations as official documents print them: the rule lives here and only here.

An issuing authority's name ends in one of a closed list of suffixes (人民政府办公室, 委员会, 局 …);
joint issuers stand side by side on one line. The salutation (主送机关) that opens a notice body
names the addressees and ends in a colon: "各乡镇人民政府，县政府各部门、直属机构：".
"""

from __future__ import annotations

import re

# Organisation names as they appear in red headers and signatures: "中宁县人民政府办公室",
# "中共贺兰县委员会", "中卫军分区", "中共贺兰县委组织部", "中国人民银行宜昌市分行", "柳州市住房公积金管理
# 中心". Lazy body so the suffix list decides.
ORG = (r"(?:中共)?[\u4e00-\u9fff（）()]{1,24}?"
       r"(?:人民政府办公室|人民政府办公厅|人民政府|委员会办公室|委员会|委办公室|政府办公室|办公室|办公厅|"
       r"军分区|人武部|组织部|宣传部|管理委员会|管委会|联合会|总工会|红十字会|委|局|厅|部|院|政府|分行|支行|中心|"
       r"(?:事务|党政|综合|服务|工作|街道|政府)办)")  # a 镇's office signs its own letters: "柳林镇人民政府社会事务办"
# A line that is nothing but one to four issuers (whitespace removed before matching).
ISSUER_LINE_RE = re.compile(rf"(?:{ORG})(?:\s*{ORG}){{0,3}}")
# A red head (发文机关标志): the issuers and 文件, joint ones stacked with 文件 set beside them all
# ("某市农业农村局" / "某市财政局　文件"), printed over the 文号; never a title.
MASTHEAD_RE = re.compile(rf"(?:{ORG})(?:\s*{ORG}){{0,3}}\s*文\s*件")
# One issuer at a time, to split a line of joint issuers printed without spaces.
ORG_RE = re.compile(ORG)

# Salutation (主送机关) that opens a notice body: "各乡镇人民政府，县政府各部门、直属机构：".
SALUTATION_RE = re.compile(r"^(?:各|宁夏|[\u4e00-\u9fff]{2,12}(?:人民政府|管委会)[,，、]).{2,160}[：:；;]$")

# Organisations named in running text and table cells: "报县发展和改革局", "由县公安局牵头",
# "县财政予以保障", "贺兰县推进“数字政府”建设领导小组". A name ends in one of these suffixes.
ORG_MENTION_RE = re.compile(
    r"(?:[县市区]财政(?!局)|(?:[县市区省州旗]|自治区)?[\u4e00-\u9fff“”\"（）()]{1,14}?"
    r"(?:人民政府|政府办|办公室|委员会|管委会|领导小组|指挥部|分局|局|委|(?<![举承主协开创兴督交代包合查])办(?![法理事好])|院|中心|公司|厅|"
    r"宣传部|组织部|统战部|武装部|协会|银行|医院|学校|街道|集团|管理所|管理站|大队|支队|"
    r"服务站|工作站|卫生室|卫生所|派出所|司法所|幼儿园|托育园|文化馆|图书馆|博物馆|纪念馆|合作社))")
# Words that cannot be part of a name: a match that starts before them ("…活动由县公安局") is cut
# after the last one ("杜钧同志分管县医疗保障局" names 县医疗保障局). 和/及 can (住房和城乡建设局), so
# they are only dropped at the start.
_NOT_IN_NAME = re.compile(r"[由向报将在是为的、，,：:把给从经]|同志|分管|主管|协管|联系")
_LEADING_WORDS = re.compile(r"^(?:和|及|与|会同|牵头|配合|负责|主办|承办|协办|责任)+")
_LEVEL_PREFIX = re.compile(r"^(?:[县市区省州旗]|自治区)")


def org_mentions(text: str) -> list[str]:
    """The organisations a text names, in order, without the words before them."""
    names = (_LEADING_WORDS.sub("", _NOT_IN_NAME.split(m.group())[-1]) for m in ORG_MENTION_RE.finditer(text))
    return [n for n in names if len(n) >= 2]


def org_core(name: str) -> str:
    """A name without its level prefix: "县财政局" and "财政局" are the same office in a county's text."""
    return _LEVEL_PREFIX.sub("", name)


# ----------------------------------------------------------------------------- units named in task rows

# Long and short forms of the same office, as county and city notices print them: each becomes one
# stem for matching ("县发展和改革局", "发改局" and "市发展改革委" all match "发改").
_UNIT_ALIASES: tuple[tuple[str, str], ...] = (
    (r"发展和?改革(?:委员会|委|局)|发改(?:委|局)?", "发改"),
    (r"工业(?:和)?信息化(?:和商务)?局|工信(?:商务)?局", "工信"),
    (r"住房(?:和)?城乡建设局|住建局", "住建"),
    (r"市场监督管理局|市场监管局", "市场监管"),
    (r"卫生(?:和)?健康(?:委员会|委|局)|卫健(?:委|局)", "卫健"),
    (r"人力资源(?:和)?社会保障局|人社局", "人社"),
    (r"文化(?:旅游|和旅游)(?:体育)?(?:广电)?局|文旅(?:体广)?局|文广局", "文旅"),
    (r"医疗保障局|医保局", "医保"),
    (r"教育(?:和)?体育局|教体局", "教体"),
    (r"审批服务管理局|行政审批服务局|审批局", "审批"),
    (r"云计算和大数据(?:发展)?局|大数据(?:管理)?局", "大数据"),
    (r"应急管理局", "应急"),
    (r"交通运输局", "交通"),
)
_ALIAS_RES = tuple((re.compile(p), stem) for p, stem in _UNIT_ALIASES)
# Level and place words before the office: "县", "市委", "中卫市", "银川市", "宁夏回族自治区".
_UNIT_PREFIX = re.compile(r"^(?:中共)?(?:[\u4e00-\u9fff]{2,6}?(?:自治区|市|县)(?!场|政府|直|委))?(?:县委|市委|区委|[县市区](?![场直]))?")
_UNIT_SUFFIX = re.compile(r"(?:(?<!分)局|委员会|委)$")
# A unit list: "县委宣传部、统战部，县文联", "市财政局；各县（区）人民政府负责落实".
_UNIT_SEP = re.compile(r"[、，,；;\s]+")
_UNIT_TRIM = re.compile(r"^(?:由|和|及|与|以及|其他|会同)+|"
                        r"(?:等(?:有关|相关)?(?:部门|单位)?|按职责(?:分工)?|分别|负责落实|负责|牵头|配合|落实)+$")
# "市云计算和大数据局负责,市直有关部门及各县(区)配合", "由县医保局牵头，县卫健局配合".
_LEAD_SUPPORT = re.compile(r"^由?(?P<lead>.+?)(?:负责|牵头)(?:[，,；;、]\s*(?P<support>.+?)(?:等(?:部门|单位))?(?:配合|协助|参与))?[。；;，,]?$")


def _outside_brackets(text: str) -> list[str]:
    """``text`` cut at unit separators that are not inside brackets ("各乡镇（开发区）、县水务局")."""
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in text:
        if ch in "（(［[":
            depth += 1
        elif ch in "）)］]" and depth:
            depth -= 1
        if depth == 0 and _UNIT_SEP.fullmatch(ch):
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def drop_unpaired(s: str) -> str:
    """``s`` stripped, without the brackets that have no partner ("（检察院、各乡镇（开发区）" loses the first)."""
    stack: list[int] = []
    unpaired: set[int] = set()
    for i, ch in enumerate(s):
        if ch in "（([［〔":
            stack.append(i)
        elif ch in "）)]］〕":
            if stack:
                stack.pop()
            else:
                unpaired.add(i)
    unpaired.update(stack)
    return "".join(ch for i, ch in enumerate(s) if i not in unpaired).strip()


def split_units(text: str) -> tuple[str, ...]:
    """The units a cell or label value lists, each as printed (without "由 … 等部门" around it)."""
    out = []
    for part in _outside_brackets(drop_unpaired(text).strip(" \t。；;：:")):
        name = drop_unpaired(_UNIT_TRIM.sub("", drop_unpaired(part)))
        if len(name) >= 2 and name not in out:
            out.append(name)
    return tuple(out)


def lead_and_support(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A cell that names both roles ("X负责，Y配合" / "由X牵头，Y配合"): (lead units, supporting units)."""
    m = _LEAD_SUPPORT.match(re.sub(r"\s+", "", text))
    if not m:
        return None
    return split_units(m.group("lead")), split_units(m.group("support") or "")


def unit_key(name: str) -> str:
    """A unit's name reduced for matching: no level or place prefix, short stems for long names.

    >>> unit_key("县发展和改革局") == unit_key("发改局") == unit_key("中卫市发展改革委")
    True
    >>> unit_key("市场监督管理局")
    '市场监管'
    """
    s = re.sub(r"\s+", "", name).replace("(", "（").replace(")", "）")
    rest = _UNIT_PREFIX.sub("", s, count=1)
    s = rest if len(rest) >= 2 else s
    for pattern, stem in _ALIAS_RES:
        s = pattern.sub(stem, s)
    bare = _UNIT_SUFFIX.sub("", s)
    return bare if len(bare) >= 2 else s


def units_match(a: str, b: str) -> bool:
    """Whether two printed names can be the same unit ("县财政局" / "财政局", "市发改委" / "发展和改革局")."""
    ka, kb = unit_key(a), unit_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    # one name the start or end of the other ("公安" / "公安局交警大队"), never a word inside it
    # ("交通" in "公安局交通警察大队") and never the bare 人民政府 every level has
    return (len(short) >= 2 and short not in _GENERIC_UNITS
            and (long_.startswith(short) or long_.endswith(short)))


_GENERIC_UNITS = {"人民政府", "政府", "政府办", "办公室", "管委会", "有关部门", "各部门"}


# The level an office is named at: the last 市/县/区/省 before its name ("送中卫市发展和改革局" → 市;
# "县发展和改革局" → 县), not the 市 of 市场监督管理局.
_LEVEL = re.compile(r"(自治区|[市县区省])(?!场)(?=[\u4e00-\u9fff]{3,}$)")


def _split_level(name: str) -> tuple[str | None, str]:
    found = list(_LEVEL.finditer(name))
    if not found:
        return None, name
    last = found[-1]
    return last.group(1), name[last.end():]


def org_level(name: str) -> str | None:
    """The level an office is named at: "中卫市发展和改革局" → 市, "县发展和改革局" → 县, else None."""
    return _split_level(name)[0]


def bare_org(name: str) -> str:
    """An office's name without its place and level: "中卫市发展和改革局" → "发展和改革局"."""
    return _split_level(name)[1]


# A body named by what it does, as regulations name them: "市场监督管理部门", "供热单位", "公安机关";
# not "有关部门", "各单位" or a role label ("牵头单位：").
_BODY_RE = re.compile(r"([\u4e00-\u9fff]{2,10})(?:部门|机关|单位)(?![：:])")
_NO_BODY = ("有关", "相关", "各", "其他", "职能", "主管", "责任", "牵头", "配合", "主办", "承办", "协办", "行政", "用人", "所在",
            "党政", "事业", "企业", "国家", "公共", "本", "等", "内部", "参保", "定点", "协议", "成员", "会员", "试点", "国有")


def names_body(sentence: str) -> bool:
    """Whether a sentence names a body by what it does ("供热单位", "市场监督管理部门")."""
    return any(not m.group(1).endswith(_NO_BODY) for m in _BODY_RE.finditer(sentence))

"""Organisations as official documents print them: the rule lives here and only here.

An issuing authority's name ends in one of a closed list of suffixes (人民政府办公室, 委员会, 局 …);
joint issuers stand side by side on one line. The salutation (主送机关) that opens a notice body
names the addressees and ends in a colon: "各乡镇人民政府，县政府各部门、直属机构：".
"""

from __future__ import annotations

import re

# Organisation names as they appear in red headers and signatures: "中宁县人民政府办公室",
# "中共贺兰县委员会", "中卫军分区", "中共贺兰县委组织部". Lazy body so the suffix list decides.
ORG = (r"(?:中共)?[\u4e00-\u9fff（）()]{1,24}?"
       r"(?:人民政府办公室|人民政府办公厅|人民政府|委员会办公室|委员会|委办公室|政府办公室|办公室|办公厅|"
       r"军分区|人武部|组织部|宣传部|管理委员会|管委会|委|局|厅|部|院|政府)")
# A line that is nothing but one to four issuers (whitespace removed before matching).
ISSUER_LINE_RE = re.compile(rf"(?:{ORG})(?:\s*{ORG}){{0,3}}")
# One issuer at a time, to split a line of joint issuers printed without spaces.
ORG_RE = re.compile(ORG)

# Salutation (主送机关) that opens a notice body: "各乡镇人民政府，县政府各部门、直属机构：".
SALUTATION_RE = re.compile(r"^(?:各|宁夏|[\u4e00-\u9fff]{2,12}(?:人民政府|管委会)[,，、]).{2,160}[：:；;]$")

# Organisations named in running text and table cells: "报县发展和改革局", "由县公安局牵头",
# "县财政予以保障", "贺兰县推进“数字政府”建设领导小组". A name ends in one of these suffixes.
ORG_MENTION_RE = re.compile(
    r"(?:[县市区]财政(?!局)|(?:[县市区省州旗]|自治区)?[\u4e00-\u9fff“”\"（）()]{1,14}?"
    r"(?:人民政府|政府办|办公室|委员会|管委会|领导小组|指挥部|分局|局|委|(?<![举承主协开创兴督交代包合查])办(?![法理事好])|院|中心|公司|厅|"
    r"宣传部|组织部|统战部|武装部|协会|银行|医院|学校|街道|集团|管理所|管理站|大队|支队))")
# Words that cannot be part of a name: a match that starts before them ("…活动由县公安局") is cut
# after the last one. 和/及 can (住房和城乡建设局), so they are only dropped at the start.
_NOT_IN_NAME = re.compile(r"[由向报将在是为的、，,：:把给从经]")
_LEADING_WORDS = re.compile(r"^(?:和|及|与|会同|牵头|配合|负责|主办|承办|协办|责任)+")
_LEVEL_PREFIX = re.compile(r"^(?:[县市区省州旗]|自治区)")


def org_mentions(text: str) -> list[str]:
    """The organisations a text names, in order, without the words before them."""
    names = (_LEADING_WORDS.sub("", _NOT_IN_NAME.split(m.group())[-1]) for m in ORG_MENTION_RE.finditer(text))
    return [n for n in names if len(n) >= 2]


def org_core(name: str) -> str:
    """A name without its level prefix: "县财政局" and "财政局" are the same office in a county's text."""
    return _LEVEL_PREFIX.sub("", name)

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

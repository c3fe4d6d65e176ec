"""The heading grammar of Chinese official documents: the rule lives here and only here.

Headings follow the conventional order of 公文 numbering: 第X章 / 第X节 / 第X条, then 一、, （一）,
1., （1）, ①. An attached plan or table is headed "附件", "附件2"; the list of attachments under
a notice starts "附件：".
"""

from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十百零〇"

# ``(?![\d.])`` after "1." keeps "1.5万元" out; years ("2019年") never match because at most two
# digits are allowed.
HEADING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"^第[{CN_NUM}]{{1,4}}章")),
    ("section", re.compile(rf"^第[{CN_NUM}]{{1,4}}节")),
    ("article", re.compile(rf"^第[{CN_NUM}]{{1,5}}条")),
    ("cn", re.compile(rf"^[{CN_NUM}]{{1,3}}[、.．]")),
    ("paren_cn", re.compile(rf"^[（(][{CN_NUM}]{{1,3}}[）)]")),
    ("num", re.compile(r"^\d{1,2}(?:[、．]|\.(?![\d]))(?!\d)")),
    ("paren_num", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("circled", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
)

# "附件", "附件2", "附件1：" heading an attached plan or table.
ATTACHMENT_HEAD_RE = re.compile(
    r"^附件\s*[0-9一二三四五六七八九十]*\s*[:：]?\s*$|^附件\s*[0-9一二三四五六七八九十]+\s*[:：]?"
)
# "附件：1.xxx 2.yyy": the list of attachments under a notice.
ATTACH_LIST_RE = re.compile(r"^附\s*件\s*[:：]")


def heading_kind(s: str) -> str | None:
    """The kind of heading ``s`` starts with ("chapter", "cn", "paren_num" …), else None."""
    for kind, pat in HEADING_PATTERNS:
        if pat.match(s):
            return kind
    return None


def without_heading_marker(s: str) -> str:
    """``s`` without the heading marker it starts with ("第十一条本办法…" → "本办法…", "七、…", "（三）…")."""
    for _, pat in HEADING_PATTERNS:
        if m := pat.match(s):
            return s[m.end():]
    return s

"""Dates as Chinese official documents print them: the rule lives here and only here.

``signature_date`` reads the date line under a signature (the whole string is one date);
``find_date`` reads the first date inside a value such as a page's "发布日期：2023-05-10 09:30".

>>> signature_date("二〇一九年五月二十七日")
'2019-05-27'
>>> find_date("发布时间：2023/5/6 10:20")
'2023-05-06'
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# "2019年5月27日" (spaces removed before matching) or 二〇一九年五月二十七日.
DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
CN_DATE_RE = re.compile(
    r"^([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$"
)
# Inside free text: "2023年5月6日", "2023-05-06", "2023/5/6", "2023.05.06" (not part of a longer number).
_ANY_DATE_RE = re.compile(r"(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))")

_CN_DIGIT = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3,
    "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}


def _cn_small(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_DIGIT[s[1]]
    if s.endswith("十"):
        return _CN_DIGIT[s[0]] * 10
    if "十" in s:
        return _CN_DIGIT[s[0]] * 10 + _CN_DIGIT[s[2]]
    return _CN_DIGIT[s]


def _iso(y: int, mo: int, d: int) -> str | None:
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def signature_date(s: str) -> str | None:
    """ISO date of a string that is exactly one printed date, else None."""
    m = DATE_RE.fullmatch(s)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = CN_DATE_RE.fullmatch(s)
    if not m:
        return None
    y = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
    return _iso(y, _cn_small(m.group(2)), _cn_small(m.group(3)))


def find_date(s: str) -> str | None:
    """ISO form of the first valid date written anywhere in ``s``."""
    written = dates_in(s)
    if written:
        return written[0]
    compact = re.sub(r"\s+", "", s)
    for m in re.finditer(r"[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日", compact):
        iso = signature_date(m.group(0))
        if iso:
            return iso
    return None


def dates_in(s: str) -> list[str]:
    """ISO form of every valid date written in ``s`` (digits), in order."""
    out = []
    for m in _ANY_DATE_RE.finditer(s):
        mo, d = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        iso = _iso(int(m.group(1)), int(mo), int(d))
        if iso:
            out.append(iso)
    return out


# A day that bounds who or what a rule covers: "2019年8月31日前（含当日）出生", "2020年1月1日以后登记".
_DAY_BOUND_RE = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[（(]含当日[)）])?\s*"
                           r"(前|以前|之前|后|以后|之后|起)(?:[（(]含当日?[)）])?")


def day_bounds(s: str) -> list[tuple[str, str]]:
    """The days ``s`` bounds a rule by, each as (ISO day, "before" | "after"): "2019年8月31日前（含当日）
    出生" → ("2019-08-31", "before")."""
    out = []
    for m in _DAY_BOUND_RE.finditer(s):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            out.append((iso, "before" if m.group(4) in ("前", "以前", "之前") else "after"))
    return out


# A span of time told in digits: "13个月", "5年", "30天", "10个工作日".
_PERIOD_UNITS = r"个工作日|工作日|个月|周|天|日|年"
_PERIOD_RE = re.compile(rf"(?<![\d.月年])(\d{{1,3}})\s*({_PERIOD_UNITS})(?![\d\u4e00-\u9fff]?[月日号])")
# A span a rule allows at most: "自证书核发之日起12个月内", "不超过36个月", "最长3年".
_PERIOD_CEILING_RE = re.compile(rf"(?:(?:不超过|不得超过|最长|最多|至多)\s*(\d{{1,3}})\s*({_PERIOD_UNITS})|"
                                rf"(?<![\d.月年])(\d{{1,3}})\s*({_PERIOD_UNITS})\s*(?:内|以内|之内))")


def _unit(unit: str) -> str:
    return {"个工作日": "工作日", "日": "天"}.get(unit, unit)


def periods_in(s: str) -> list[tuple[int, str]]:
    """The spans of time ``s`` tells, as (count, unit): "已经13个月了" → [(13, "个月")]."""
    return [(int(m.group(1)), _unit(m.group(2))) for m in _PERIOD_RE.finditer(s)]


def period_ceilings(s: str) -> list[tuple[int, str]]:
    """The spans of time a rule allows at most, as (count, unit): "应当自证书核发之日起12个月内提出申请"
    → [(12, "个月")]."""
    out = []
    for m in _PERIOD_CEILING_RE.finditer(s):
        n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.append((int(n), _unit(unit)))
    return out


# A printed end that is a month or a year rather than a day: "2022年12月底", "2025年底", "2025年末".
_MONTH_END_RE = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(?:底|末|末前|底前)")
_YEAR_END_RE = re.compile(r"(?<!\d)(\d{4})年(?:底|末|年底|年末)")


def end_date(s: str) -> str | None:
    """ISO form of the end a phrase names: a day, or the last day of a month or year it names.

    >>> end_date("2021 年 5 月 31 日")
    '2021-05-31'
    >>> end_date("2025年底")
    '2025-12-31'
    >>> end_date("2027年夏秋航季结束") is None
    True
    """
    compact = re.sub(r"\s+", "", s)
    day = find_date(compact)
    if day:
        return day
    m = _MONTH_END_RE.search(compact)
    if m and 1 <= int(m.group(2)) <= 12:
        y, mo = int(m.group(1)), int(m.group(2))
        return (date(y, 12, 31) if mo == 12 else date(y, mo + 1, 1) - timedelta(days=1)).isoformat()
    m = _YEAR_END_RE.search(compact)
    if m and 1900 <= int(m.group(1)) <= 2100:
        return f"{m.group(1)}-12-31"
    return None


def cn_count(s: str) -> int | None:
    """A small count written in digits or Chinese numerals ("3", "三", "两", "十二"), else None."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    s = s.replace("两", "二")
    try:
        return _cn_small(s) if s else None
    except (KeyError, IndexError):
        return None


def years_later(iso: str, years: int) -> str:
    """The last day of a term of ``years`` years that starts on ``iso`` (2024-07-01, 3 → 2027-06-30)."""
    start = date.fromisoformat(iso)
    try:
        end = start.replace(year=start.year + years)
    except ValueError:  # 29 February
        end = date(start.year + years, 3, 1)
    return (end - timedelta(days=1)).isoformat()

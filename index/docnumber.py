"""Recognise and normalise Chinese official document numbers (文号).

A 文号 is ``<issuer code><year in brackets><serial>号``, e.g. ``卫政办发〔2019〕43号``. Converted
gazettes print it with every bracket style (``〔〕 [] （） () 【】 ［］``), full-width digits and
stray spaces ("卫政办发 [2019] 43 号"); everything here maps those variants onto one form.
"""

from __future__ import annotations

import re

from index.dates import signature_date

# Full-width digits occur in OCR output; map them to ASCII before any numeric handling.
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_OPEN = "〔\\[（(【［｛{"
_CLOSE = "〕\\]）)】］｝}"
_DIGIT = "0-9０-９"

# Issuer code: 1-10 CJK characters ("卫政办发", "贺党办", "中宁政办发"). Spaces may sit between
# any two parts, so every gap is ``\s*``. The serial is followed by 号; a digit look-behind on
# the left of the serial is implicit because the serial directly follows the closing bracket.
DOC_NUMBER_RE = re.compile(
    rf"(?P<code>[\u4e00-\u9fff]{{1,10}})\s*"
    rf"[{_OPEN}]\s*(?P<year>[{_DIGIT}]{{4}})\s*[{_CLOSE}]\s*"
    rf"(?P<serial>[{_DIGIT}]{{1,4}})\s*号"
)

# A whole string that is nothing but a 文号 (used for the standalone 文号 line under a title).
_DOC_NUMBER_FULL_RE = re.compile(rf"\s*{DOC_NUMBER_RE.pattern}\s*")


def normalize_doc_number(s: str) -> str | None:
    """Canonical ``code〔year〕serial号`` for a string that is exactly one 文号, else None.

    >>> normalize_doc_number("卫政办发 [2019] 43 号")
    '卫政办发〔2019〕43号'
    """
    if not s:
        return None
    m = _DOC_NUMBER_FULL_RE.fullmatch(s)
    if m is None or "的" in m.group("code"):
        return None  # (a code is an issuer's short name: "的通知扬府办发" is a wrapped title's end before one)
    return _canonical(m)


# The meta field of a document that is an attachment published on its own, cited under its notice's 文号.
ATTACHMENT_OF = "附件所属文号"
_ATTACHMENT_OF_RE = re.compile(r"(?P<number>.+?号)(?:文件)?的?附件\d*")


def attachment_of(s: str) -> str | None:
    """The 文号 of the notice a line says the document is an attachment of: "赣市府办字〔2026〕9号附件"
    (printed under a table published on its own) → "赣市府办字〔2026〕9号".

    >>> attachment_of("赣市府办字〔2026〕9号附件")
    '赣市府办字〔2026〕9号'
    >>> attachment_of("关于赣市府办字〔2026〕9号的附件") is None
    True
    """
    m = _ATTACHMENT_OF_RE.fullmatch(s)
    if m is None:
        return None
    number = normalize_doc_number(m.group("number"))
    # the number printed alone: its code is what stands before the bracket, no sentence ("关于…9号的附件")
    code = re.split(r"[〔［\[(（]", re.sub(r"\s+", "", m.group("number")), maxsplit=1)[0]
    if number is None or "关于" in code or len(code) > 10:
        return None
    return number if number.startswith(code + "〔") else None


def doc_number_parts(m: re.Match[str]) -> tuple[str, str, str]:
    """(code, year, serial) of a ``DOC_NUMBER_RE`` match, ASCII digits, no leading zeros in the serial.

    The code is what the match took before the bracket; in free text that may include characters
    of the words in front of the 文号.
    """
    year = m.group("year").translate(_FULLWIDTH_DIGITS)
    serial = str(int(m.group("serial").translate(_FULLWIDTH_DIGITS)))  # "043" and "43" are one
    return m.group("code"), year, serial


def _canonical(m: re.Match[str]) -> str:
    code, year, serial = doc_number_parts(m)
    return f"{code}〔{year}〕{serial}号"


# A 文号 OCR read with one of its brackets lost: "宜自然资发[202652号", "宜自然资发2026]52号"
_ONE_BRACKET_RE = re.compile(
    rf"(?P<code>[\u4e00-\u9fff]{{1,10}})\s*(?:[{_OPEN}]\s*(?P<year>(?:19|20)\d\d)|(?P<year2>(?:19|20)\d\d)\s*[{_CLOSE}])"
    rf"\s*(?P<serial>\d{{1,4}})\s*号")


# A speck OCR read between the closing bracket and the serial: "长民发[2026].58号", "[2026]·5号"
_SPECK_RE = re.compile(rf"((?<!\d)(?:19|20)\d\d\s*[{_CLOSE}])\s*[.．·•]\s*(\d{{1,4}}\s*号)")


def mend_doc_numbers(line: str) -> str:
    """A line read by OCR with each 文号's brackets set as a notice prints them (GB/T 9704: 〔〕):
    OCR reads the hexagonal brackets as "[", "】" or "）", often two different ones ("潍政通[2021）5号"),
    or loses one ("宜自然资发[202652号": the year is the four digits after the bracket), or reads a speck
    before the serial ("长民发[2026].58号"). The code and
    serial are kept as read (full-width digits to ASCII)."""
    line = DOC_NUMBER_RE.sub(lambda m: _canonical(m), _SPECK_RE.sub(r"\1\2", line.translate(_FULLWIDTH_DIGITS)))
    return _ONE_BRACKET_RE.sub(
        lambda m: f"{m.group('code')}〔{m.group('year') or m.group('year2')}〕{int(m.group('serial'))}号", line)


def find_doc_numbers(text: str) -> list[str]:
    """All 文号 in free text, normalised, in order of appearance."""
    return [_canonical(m) for m in DOC_NUMBER_RE.finditer(text)]


def doc_number_key(s: str | None) -> str:
    """Key for matching 文号: equal keys mean the same 文号.

    The key is the whole normalised string, so the serial is compared as a complete number:
    "43号" never matches "143号". Strings that are not a 文号 get their whitespace-free form.
    """
    if not s:
        return ""
    norm = normalize_doc_number(s)
    if norm is not None:
        return norm
    return re.sub(r"\s+", "", s).translate(_FULLWIDTH_DIGITS)


# A 文号 printed under the title in brackets, with the day of issue after it: "（潍政办发〔2024〕9号
# 2024年10月12日）" (a gazette that prints no signature under its notices).
_BRACKETED_NUMBER = re.compile(r"[（(](?P<no>[^（）()]+?号)(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?[）)]")


def doc_number_line(text: str) -> tuple[str | None, str | None]:
    """(文号, ISO day) of a line that is a notice's 文号 alone, or in brackets with its day of issue."""
    n = re.sub(r"\s+", "", text)
    docno = normalize_doc_number(n)
    if docno is not None:
        return docno, None
    m = _BRACKETED_NUMBER.fullmatch(n)
    if m is None or (docno := normalize_doc_number(m.group("no"))) is None:
        return None, None
    return docno, signature_date(m.group("day")) if m.group("day") else None

"""Where China's districts, counties and cities lie: the prefecture each belongs to.

A question names a place ("我住在涪城区…"); the notices are issued by a city (绵阳市) or a county. Whether
the place is one of theirs is told by the administrative division codes (adcodes) of the cpca
package's table, read as data (``cpca/resources/adcodes.csv``; the package itself, which needs pandas,
is never imported): a code's first four digits are its prefecture (510703 涪城区 and 510781 江油市 lie in
5107 绵阳市). Without the table every lookup answers "unknown" and callers keep their old rules.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib import metadata

# Names of the table that are also everyday words or read as parts of them ("新城区的小区", "老城区",
# "市辖区"): never read as a place in a question.
_EVERYDAY = frozenset({
    "新城区", "老城区", "市辖区", "新市区", "新建区", "市中区", "城中区", "城关区", "城东区", "城西区", "城南区",
    "城北区", "城厢区", "市北区", "市南区", "西市区", "城区", "郊区", "矿区", "新区", "东区", "西区",
})
_LONGEST = 9  # characters of the longest name read ("…土家族苗族自治县")


@cache
def _table() -> dict[str, frozenset[str]]:
    """Place name → the codes (12 digits) of the places of that name."""
    try:
        found = [p for p in metadata.files("cpca") or () if p.name == "adcodes.csv"]
    except metadata.PackageNotFoundError:
        return {}
    if not found:
        return {}
    codes: dict[str, set[str]] = {}
    try:
        with open(str(found[0].locate()), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                name, code = (row.get("name") or "").strip(), (row.get("adcode") or "").strip()
                if name and code.isdigit() and len(code) >= 6:
                    codes.setdefault(name, set()).add(code)
    except (OSError, csv.Error, UnicodeDecodeError):
        return {}
    return {name: frozenset(c) for name, c in codes.items()}


@cache
def _codes(name: str) -> frozenset[str]:
    """The codes of the places so named, or so called for short: an autonomous county by its first
    characters and 县 ("长阳县" for 长阳土家族自治县), where one such county alone has that name."""
    table = _table()
    if name not in table and name.endswith("区") and len(name) >= 3:
        # a county or county-level city made a district keeps its name (繁昌县 → 繁昌区, 南康市 → 南康区),
        # which a table older than the change does not hold yet
        return frozenset(c for kind in ("县", "市") for c in table.get(name[:-1] + kind, ()) if c[4:6] != "00")
    if name in table or not name.endswith(("县", "旗")) or len(name) < 3:
        return table.get(name, frozenset())
    stem, kind = name[:-1], "自治" + name[-1]
    found = [codes for full, codes in table.items() if full.startswith(stem) and full.endswith(kind)]
    return found[0] if len(found) == 1 else frozenset()


def _prefectures(name: str) -> set[str]:
    """The prefectures (four digits) of the places so named: a prefecture-level city is its own."""
    return {code[:4] for code in _codes(name)}


def same_prefecture(place: str, other: str) -> bool:
    """Whether two places lie in one prefecture (涪城区 and 绵阳市, 同心县 and 吴忠市); False where
    either is not in the table."""
    return bool(_prefectures(place) & _prefectures(other))


def in_table(place: str) -> bool:
    """Whether the table knows a place (under its name, or the name it had before it became a district)."""
    return bool(_codes(place))


def prefecture_level(place: str) -> bool:
    """Whether a place is a prefecture itself (绵阳市, 吴忠市), not a district or county within one."""
    codes = _table().get(place, ())
    return bool(codes) and all(code[4:6] == "00" for code in codes)


def place_mentions(text: str, ends: str, longest: int = _LONGEST,
                   known: Callable[[str], bool] | None = None) -> Iterator[str]:
    """Every place a text names, in order, repeats kept: at each character of ``ends`` (区, 县, 市 …) the
    longest name ending there that is ``known`` (by default: a name of the table as it stands)."""
    is_known = known or _table().__contains__
    for end, char in enumerate(text, 1):
        if char in ends:
            # the longest name ending here: "住在涪城区" → 涪城区, "…自治县" whole
            name = next((text[start:end] for start in range(max(0, end - longest), end - 2) if is_known(text[start:end])),
                        None)
            if name:
                yield name


def districts_in(text: str) -> list[str]:
    """The districts and counties of the table a text names ("银川市金凤区…" → 金凤区), in order, not
    those that are everyday words ("新城区")."""
    return list(dict.fromkeys(n for n in place_mentions(text, "区县旗") if n not in _EVERYDAY))


def provinces(place: str) -> frozenset[str]:
    """The provinces (two digits) of a place, named in full or short ("上海" for 上海市, "广东" for 广东省,
    "广西" for 广西壮族自治区)."""
    table = _table()
    if place in _EVERYDAY:
        return frozenset()  # ("我家是城区的" names no place)
    for name in (place, place + "市", place + "省"):
        if codes := (_codes(name) if name == place else table.get(name, frozenset())):
            return frozenset(code[:2] for code in codes)
    if len(place) >= 2 and (region := _regions().get(place)):
        return frozenset(code[:2] for code in table[region])
    return frozenset()


@cache
def _regions() -> dict[str, str]:
    """The autonomous regions by their short names (广西 → 广西壮族自治区, 内蒙古 → 内蒙古自治区)."""
    out: dict[str, str] = {}
    for name in _table():
        if name.endswith("自治区"):
            stem = name.removesuffix("自治区")
            for k in range(2, len(stem) + 1):
                out.setdefault(stem[:k], name)
    return out


# Where an asker says they come from: "我是河北人", "我老家是山西吕梁的", "从河南过来", "户口在四川" (jieba
# reads "河北人" as one noun, and a province run into its city as no place at all)
_FROM_RE = re.compile(r"(?:是|老家(?:是|在)?|来自|从|户口(?:是|在)|户籍(?:是|在))([\u4e00-\u9fff]{2,8}?)"
                      r"(?=人|的|来|过来|户口|户籍|[，,。；;？?！!]|$)")


def origins(text: str) -> list[str]:
    """The places a text says someone comes from, each a name the table knows ("河北", "山西", "吕梁"),
    a province run into its city read as both ("山西吕梁")."""
    out: list[str] = []
    for m in _FROM_RE.finditer(text):
        words = m.group(1)
        # the whole, else a known head and the known rest ("山西" + "吕梁")
        splits = [(words,)] + [(words[:k], words[k:]) for k in range(2, len(words) - 1)]
        for names in splits:
            if all(provinces(n) and n not in _EVERYDAY for n in names):
                out.extend(n for n in names if n not in out)
                break
    return out

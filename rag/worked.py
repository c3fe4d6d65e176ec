"""The asker's own figures worked through the rule quoted for them, with the working shown.

"培训要15天…一共能拿多少" beside "每人每天40元…最多补贴20天" is 15天×40元＝600元; "自己还掏了8万元…能补多少钱"
beside "超过2万元的部分按30%补助，每人每年最高20000元" is (8万元－2万元)×30%＝18000元. A notice states the rate, the
asker states how much of it applies: the product is neither's sentence, so it is said as a sum worked from both, its
working shown, citing the quote.

Only one rule of a kind among the quotes is worked (two rates per day for two groups, and the asker's group or words
not telling them apart, is no sum; nor one tier of several, a bar of income, a floor, the figure a change starts from),
only a figure the asker states (not one the quotes print), within every limit the rule's sentence sets or not at all,
and a percentage only of a sum the asker says was spent or paid, not of an income. Pure functions, no model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from index.validity import changes_figure
from rag.plain import asker_groups, counted

# A number as a question writes it: "15", "2.5", "三", "一百二十" (not the tail of a larger figure: "1,200平方米" gives
# none; nor a guess: "几百平方米", "上千平方米")
_NUM = (r"(?:(?<![\d.,第每])(\d{1,9}(?:\.\d+)?)"
        r"|(?<![\d第每几上数近成零〇一二两三四五六七八九十百千万])([零〇一二两三四五六七八九十百千万]{1,8}))")
# The units an asker counts what applies to them in, and the unit each stands for.
_ASKER_UNITS = {
    "个工作日": "", "个月": "月", "天": "天", "小时": "小时", "课时": "小时", "平方米": "平方米", "平米": "平方米",
    "㎡": "平方米", "亩": "亩", "口人": "人", "口": "人", "个人": "人", "人": "人", "名": "人", "位": "人",
    "个孩子": "孩", "户": "户", "餐": "餐", "顿": "餐", "辆": "辆", "台": "台", "次": "次",
    "头": "头", "只": "只", "株": "株", "棵": "株", "座": "座", "套": "套",
    "千瓦时": "千瓦时", "度电": "千瓦时", "千瓦": "千瓦", "艘": "艘", "吨": "吨",
}
_QUANTITY = re.compile(rf"{_NUM}\s*({'|'.join(sorted(_ASKER_UNITS, key=len, reverse=True))})"
                       r"(?![长级期内前后以到至])(?!\d(?!\d*\s*(?:到|至|[-—~～])\s*\d+\s*周?岁))")
# A sum the asker paid or spent: "自己还掏了8万元", "改造花了500万元", "医疗费21000元", "花22万".
_MONEY = re.compile(r"(?<![\d.,，])(\d{1,9}(?:\.\d+)?)\s*(亿元|万元|元|万(?![人户个余多\d零一二两三四五六七八九千]))")
_SPENT = re.compile(r"(?:花|掏|自付|付|交|缴|支出|投资|投入|费用?|开销|花销|垫)[了过费用共计约]{0,3}"
                    r"[\u4e00-\u9fff]{0,4}?$")
_YUAN = {"元": 1.0, "万元": 1e4, "万": 1e4, "亿元": 1e8}

# What a rate is per, as a notice writes it ("每人每天", "元/平方米"), and the unit it stands for.
_PER_UNITS = {
    "人": "人", "名": "人", "生": "人", "孩": "孩", "户": "户", "天": "天", "日": "天", "月": "月", "年": "年",
    "平方米": "平方米", "㎡": "平方米", "亩": "亩", "餐": "餐", "辆": "辆", "台": "台", "次": "次", "小时": "小时",
    "课时": "小时", "头": "头", "只": "只", "株": "株", "棵": "株", "座": "座", "套": "套",
    "千瓦时": "千瓦时", "千瓦": "千瓦", "艘": "艘", "吨": "吨",
}
# (not a rate per ton-kilometre: "每吨公里0.02元" is paid on distance too)
_PER = "|".join(sorted(_PER_UNITS, key=len, reverse=True)).replace("吨", "吨(?![·•.]?(?:公里|千米))")
_RATE_EVERY = re.compile(rf"((?:每(?:{_PER})){{1,3}})[^，,。；;\d%％（(]{{0,8}}?(不超过|最高|最多)?\s*"
                         r"(\d+(?:\.\d+)?)\s*(万元|元)(?![/／\d])")
_RATE_SLASH = re.compile(rf"(\d+(?:\.\d+)?)\s*(万元|元)\s*[/／]\s*({_PER})(?:\s*[·•.]\s*([\u4e00-\u9fff]{{1,3}}))?")
# Units an asker who names none has one of ("我" is one person, one household).
_ONE_UNLESS_SAID = {"人", "户", "孩", "辆", "台", "次", "艘"}
_TIME_UNITS = {"天", "月", "年", "小时", "餐"}
# A limit on how long (or how many times) a rate is paid: "最多补贴20天", "最长不超过6个月".
_COUNT_CAP = re.compile(r"(?:最多|最长|不超过|至多|累计不超过)[^，,。；;\d]{0,4}?"
                        r"(\d{1,4}|[一二两三四五六七八九十百]{1,4})\s*(个工作日|工作日|个月|天|日|年|次)")
# a cap's unit as the asker's is said, and how many of the asker's unit one of the cap's is ("最长不超过1年" of months: 12)
_CAP_UNITS = {"个月": "月", "天": "天", "日": "天", "次": "次", "年": "年"}
_CAP_IN = {("月", "年"): 12.0, ("年", "月"): 1 / 12}
# A limit on the sum: "最高不超过100万元", "每人每年最高20000元", "总额不超过150万元".
# The words a limit on a sum is set by ("最高", "不超过", "上限": "每户最高补贴3000元", "补贴上限：40万元")
LIMIT_WORDS = "最高|最多|不超过|封顶|上限"
_SUM_CAP = re.compile(rf"((?:每(?:人|户|名|年))*)(总额|合计|累计)?[^，,。；;\d]{{0,4}}?(?:{LIMIT_WORDS})"
                      r"[^，,。；;\d]{0,4}?(\d+(?:\.\d+)?)\s*(万元|元)")
# A percentage of a sum, with the part above a threshold it is paid on: "超过2万元的部分按30%补助", "按改造投资额的
# 30%给予奖补", "报销比例为65%".
_PERCENT_ABOVE = re.compile(r"(?:超过|超出|高于)(\d+(?:\.\d+)?)\s*(万元|元)(?:（含）)?的部分[^，,。；;%％\d]{0,6}?"
                            r"(?:按照?|给予)\s*(\d+(?:\.\d+)?)\s*[%％]")
_PERCENT_OF = re.compile(r"(?:按照?|比例为|比例是)([\u4e00-\u9fff]{0,8}?)的?\s*(\d+(?:\.\d+)?)\s*[%％]")
# A deductible stated apart ("起付标准为1000元"): a percentage of the whole is then not the sum paid.
_DEDUCTIBLE = re.compile(r"起付|扣除|免赔")
# The question asks a sum of money.
# (or a sum the asker would have confirmed: "那我家能拿10000元吧", "一年能拿36万元运营补助吗")
_ASKS_SUM = re.compile(r"(?:[拿领补报交缴给得贷奖发]|能拿|能领)[^，,。？?；;]{0,4}多少|多少(?:钱|元|万)|[几多]少?钱"
                       r"|(?:拿|领|补|得)到?\s*\d[\d.,]*\s*万?元[^，,。？?；;\d]{0,8}?[吧吗么嘛]")
# A unit the asking clause asks the rate per: "每亩能补多少", "一个月能领多少".
# (not the rate the asker says to work by: "按每亩补助算，我们能拿多少钱")
# (asked by 多少 or 几 after it in its clause: "全年每月稳定收托150名" tells how many a month, it asks nothing)
_PER_ASKED = re.compile(r"(?<![按照以])[每一]个?(人|户|天|日|月|年|亩|平方米|平米|餐|次|小时|辆|台|千瓦时|千瓦|艘|吨)"
                        r"(?=[^，,。？?；;]{0,10}?(?:多少|几))")
# (nor a rate the asker tells, as heard: "听说…每亩补50元，那我家能拿10000元吧")
_RATE_TOLD = re.compile(r"每[^，,。？?；;\d每]{1,8}?\d+(?:\.\d+)?\s*万?元")
# How a notice writes a figure of each unit ("20亩", "15天", "6个月").
_UNIT_WRITTEN = {"天": "(?:天|日)", "月": "个月", "平方米": "(?:平方米|㎡)", "小时": "(?:小时|课时)"}
_TOTAL = re.compile(r"一共|总共|合计|加起来|共计|总计|总额|全部")
_YEARLY = re.compile(r"一年(?![级多前后来内])|每年|全年|一整年")


class _Rule(Protocol):
    @property
    def sentence(self) -> str: ...

    @property
    def clause(self) -> str: ...

    @property
    def said(self) -> str: ...

    @property
    def key(self) -> tuple[object, ...]: ...


R = TypeVar("R", bound=_Rule)


@dataclass(frozen=True)
class Worked:
    """A sum worked from the asker's figures and one quote."""

    text: str  # the working, as said: "按“每人每天40元”计算：15天×40元＝600元…（按您所说的数字计算，以实际核定为准）"
    cited: int  # the [n] of the quote whose rule it applies
    product: float = 0.0  # the sum worked, in yuan, before any limit the rule's own sentence sets
    limited: bool = False  # whether the working weighs a limit of the rule's own sentence ("未超过“最多补贴15天”")
    held_by: int | None = None  # the [n] of another quote whose limit on one recipient holds the sum


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        n = counted(text)
        return float(n) if n is not None else None


def _figure(value: float) -> str:
    """A figure as a notice would print it: "600", "1.8", "24.5"."""
    return f"{round(value, 2):.2f}".rstrip("0").rstrip(".")


def _money(yuan: float) -> str:
    """A sum in the unit a reader would say it in: "600元", "18000元", "90万元", "1.2亿元"."""
    if yuan >= 1e8 and round(yuan / 1e8, 4) == round(yuan / 1e8, 2):
        return f"{_figure(yuan / 1e8)}亿元"
    if yuan >= 1e5 and round(yuan / 1e4, 4) == round(yuan / 1e4, 2):
        return f"{_figure(yuan / 1e4)}万元"
    return f"{_figure(yuan)}元"


def asker_quantities(question: str, quoted: str) -> dict[str, float]:
    """What the asker says applies to them, by unit ("培训要15天" → {"天": 15}); a figure the quotes print
    ("最多补贴20天" asked back) is theirs, not the asker's, and a unit said twice with two figures is no one
    quantity."""
    found: dict[str, set[float]] = {}
    for m in _QUANTITY.finditer(question):
        figure = m.group(1) or m.group(2)
        unit = _ASKER_UNITS[m.group(3)]
        value = _number(figure)
        # (one of a thing multiplies nothing, and "一次性", "另一次" are no count)
        if not unit or value is None or value <= 1 or f"{figure}{m.group(3)}" in quoted:
            continue
        found.setdefault(unit, set()).add(value)
    return {u: next(iter(v)) for u, v in found.items() if len(v) == 1}


def asks_sum(question: str) -> bool:
    """Whether a question asks a sum of money, or would have one confirmed ("一共能拿多少", "一年能拿36万元吗")."""
    return bool(_ASKS_SUM.search(question))


def rate_units(text: str) -> set[str]:
    """The units a sentence states a rate per ("每头1500元" → 头, "24.50元/平方米" → 平方米)."""
    units = {_PER_UNITS[u] for m in _RATE_EVERY.finditer(text) for u in re.findall(_PER, m.group(1))}
    return units | {_PER_UNITS[m.group(3)] for m in _RATE_SLASH.finditer(text)}


def asker_spent(question: str, quoted: str) -> tuple[float, str] | None:
    """The one sum the asker says they paid or spent ("自己还掏了8万元" → (80000, "8万元")), or None."""
    sums = []
    for m in _MONEY.finditer(question):
        said = m.group(0)
        if said in quoted or not _SPENT.search(question[max(0, m.start() - 12):m.start()]):
            continue
        sums.append((float(m.group(1)) * _YUAN[m.group(2)], said if said.endswith("元") else said + "元"))
    return sums[0] if len(set(s for s, _ in sums)) == 1 else None


def _clause_at(text: str, start: int, end: int) -> str:
    a = max(text.rfind(c, 0, start) for c in "。；;\n，,：:\t") + 1
    return text[a:end]


def _sentence_at(text: str, start: int, end: int) -> str:
    a = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    ends = [i for c in "。；;\n" if (i := text.find(c, end)) >= 0]
    return text[a:min(ends) if ends else len(text)].strip()


@dataclass(frozen=True)
class _Rate:
    n: int
    per: tuple[str, ...]  # the units it is per, in order ("人", "天")
    yuan: float
    ceiling: bool  # "每人不超过30万元": at most that much
    said: str  # the words it is written in
    sentence: str
    figure: str  # the sum as written ("24.50元")
    clause: str  # the words it stands in, from the last comma before it ("秸秆翻埋还田每亩40元")
    row: str = ""  # the first cell of the table row it is read from ("鲜食葡萄"), or ""

    @property
    def key(self) -> tuple[object, ...]:
        return self.per, self.yuan


# Words around a sum per person that make it no payment: a floor, a bar of income, a 低保 line (paid as the gap
# below it, not in full): "月人均收入低于每人每月600元", "保障标准为每人每月不低于600元", "低保标准为每人每月600元".
# (nor what a policy insures or what a thing yields: "保险金额：每亩5000元" is no sum paid or granted per mu)
_NOT_PAID = re.compile(r"低于|高于|不低于|不少于|不高于|收入|保障标准|低保标准|生活保障标准|门槛|起付|保险金额|保额|产值")


# A rate that is no longer the rule or no rate at all: the figure a change starts from ("由每平方米22.00元调整为24.50元"),
# a rise ("每平方米每个供热期增加2.50元").
_CHANGED_FROM = re.compile(r"\s*[”\"]?\s*(?:调整|修改|提高|降低|上调|下调|变更|增加|减少)?(?:为|到|至)")
_RISE = re.compile(r"增加|提高|上调|下调|减少|降低|增发|多交|少交")


def _no_rule(text: str, m: re.Match[str], middle: str) -> bool:
    return bool(_NOT_PAID.search(text[max(0, m.start() - 8):m.end()]) or _RISE.search(middle) or (
        _CHANGED_FROM.match(text, m.end()) and re.search(r"由|将|[“\"]", text[max(0, m.start() - 12):m.start()])))


def _rates(quotes: Sequence[tuple[int, str]]) -> list[_Rate]:
    out = []
    for n, text in quotes:
        for m in _RATE_EVERY.finditer(text):
            if _no_rule(text, m, text[m.start(1) + len(m.group(1)):m.start(3)]):
                continue
            per = tuple(_PER_UNITS[u] for u in re.findall(rf"每({_PER})", m.group(1)))
            out.append(_Rate(n, per, float(m.group(3)) * _YUAN[m.group(4)], bool(m.group(2)), m.group(0),
                             _sentence_at(text, m.start(), m.end()), m.group(3) + m.group(4),
                             _clause_at(text, m.start(), m.end()), _row_name(text)))
        for m in _RATE_SLASH.finditer(text):
            if _no_rule(text, m, ""):
                continue
            per = (_PER_UNITS[m.group(3)], *((_PER_UNITS[m.group(4)],) if m.group(4) in _PER_UNITS else ()))
            out.append(_Rate(n, per, float(m.group(1)) * _YUAN[m.group(2)], False, m.group(0),
                             _sentence_at(text, m.start(), m.end()), m.group(1) + m.group(2),
                             _clause_at(text, m.start(), m.end()), _row_name(text)))
    return out


def _one_rule(rules: Sequence[R], question: str) -> list[R]:
    """The one rule to work, where the quotes give one (or several, of which one only is of a group the asker
    says they are in: "低保家庭 每人每天40元", "其他人员 每人每天20元"); none where they give several."""
    if len({r.key for r in rules}) <= 1:
        return list(rules[:1])
    groups = asker_groups(question)
    mine = [r for r in rules if any(g in r.sentence for g in groups)]
    if len({r.key for r in mine}) == 1:
        return mine[:1]
    # (or of the table row the asker names: "种了8亩鲜食葡萄" of the 鲜食葡萄 and 酿酒葡萄 rows)
    rows = [r for r in rules if (name := getattr(r, "row", "")) and len(name) >= 2 and name in question]
    if rows and len(rows) < len(rules):
        return _one_rule(rows, question)
    # (or the one the asker pays themselves: "我自己一共要交多少钱" of "每亩保费：300元" and "农户每亩自缴：75元")
    if _PAID_BY_SELF.search(question) and len(own := [r for r in rules if _SELF_PAID.search(r.clause)]) == 1:
        return own
    # (or the one whose figure the asker says they work by: "按每人每月200元算" of 200元 and 300元 a month)
    by = [m.group(1) + m.group(2) for m in _WORKED_BY.finditer(question)]
    mine = [r for r in rules if any(re.search(rf"(?<![\d.]){re.escape(f)}", r.said) for f in by)]
    if len({r.key for r in mine}) == 1:
        return mine[:1]
    # (or the one whose own words the question holds: "秸秆翻埋还田每亩40元，秸秆碎混还田每亩25元" for "准备把秸秆
    # 翻埋还田…300亩一共能拿多少": the words just before what all the clauses end with, 还田每亩; not words one clause
    # shares with another only by ellipsis, "秸秆" of "秸秆翻埋还田…，碎混还田…", nor figures)
    words = [re.sub(rf"[^\u4e00-\u9fff]|每|元|{_PER}", "", r.clause) for r in rules]
    own = _named_by(rules, words, question)
    if not own:
        # (or by the item's label before the rate: "（一）免耕播种作业（秸秆覆盖地表…）：每亩补助50元" for "免耕播种了3800亩")
        labels = [_ITEM_MARK.sub("", _BRACKETED.sub("", r.sentence[:max(r.sentence.find(r.said), 0)])) for r in rules]
        own = _named_by(rules, [re.sub(r"[^\u4e00-\u9fff]", "", w) for w in labels], question)
    return own


_PAID_BY_SELF = re.compile(r"自己[^，,。？?；;]{0,6}?(?:交|缴|付|掏|出)")
_SELF_PAID = re.compile(r"自缴|自付|自筹|个人缴|个人负担|个人承担")


def _row_name(sentence: str) -> str:
    """The first cell of a table row a rule is read from: "鲜食葡萄" of "鲜食葡萄\t每亩5000元…" or of the row read under
    its header, "品种：鲜食葡萄；保险金额：…"; "" for a sentence that is no row."""
    if "\t" in sentence:
        return sentence.split("\t", 1)[0].strip()
    fields = sentence.split("；")
    if len(fields) < 3 or not all(re.match(r"[^：:，,。]{1,10}[：:]", f) for f in fields[:3]):
        return ""  # (a row read under its header is fields, "label：value；" thrice at least; a sentence is none)
    return re.split(r"[：:]", fields[0], maxsplit=1)[1].strip()


_WORKED_BY = re.compile(r"按[^，,。？?；;\d]{0,10}?(\d+(?:\.\d+)?)\s*(万元|元|%|％)[^，,。？?；;\d]{0,3}?(?:算|计算|计)")
_ITEM_MARK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])")
_BRACKETED = re.compile(r"[（(][^（）()]{0,40}[)）]")


def _named_by(rules: Sequence[R], words: Sequence[str], question: str) -> list[R]:
    """The one rule whose own words (``words``, one each: what tells its clause or label from the others', the
    part all of them end with aside) the question holds; none where it holds several or none."""
    tail = 0
    while all(len(w) > tail for w in words) and len({w[len(w) - tail - 1] for w in words}) == 1:
        tail += 1
    keys = [w[:len(w) - tail][-2:] for w in words]
    if len(set(keys)) < len(keys) or any(len(k) < 2 for k in keys):
        return []
    own = [r for r, k in zip(rules, keys, strict=True) if k in question]
    return own if len(own) == 1 else []


_CAP_LEAD_MOST = 8  # characters of its clause read before a limit's words


def _capped(total: float, sentence: str, after: int) -> tuple[float, str]:
    """The sum held to the first limit the sentence sets on it after ``after`` ("…，最高不超过100万元"), and the
    words saying so."""
    for c in _SUM_CAP.finditer(sentence, max(0, after)):
        cap = float(c.group(3)) * _YUAN[c.group(4)]
        # (from where its clause starts, a few words back: "每户每个采暖季最高补贴1600元", not "个采暖季最高…")
        opens = max(sentence.rfind(ch, 0, c.start()) for ch in "，,；;：:") + 1
        said = sentence[opens if c.start() - opens <= _CAP_LEAD_MOST else c.start():c.end()].strip("、，, ")
        if total > cap:
            return cap, f"，超过“{said}”，按{_money(cap)}计"
        return total, f"，未超过“{said}”"
    return total, ""


_CAVEAT = "（按您所说的数字计算，以实际核定为准）"


def _rate_worked(rate: _Rate, have: dict[str, float], question: str, clause: str) -> Worked | None:
    factors: list[tuple[float, str]] = []  # (quantity, how it is said)
    capped = ""
    per_asked = {_PER_UNITS.get(u, u) for u in _PER_ASKED.findall(_RATE_TOLD.sub("", clause))}
    for unit in rate.per:
        if unit in have and unit in per_asked:
            continue  # "30亩…每亩能补多少": the rate per mu is the answer
        if unit in have:
            caps = []
            for c in _COUNT_CAP.finditer(rate.sentence):
                said_unit = _CAP_UNITS.get(c.group(2), "")
                size = counted(c.group(1))
                scale = 1.0 if said_unit == unit else _CAP_IN.get((unit, said_unit))
                if size is None or scale is None:
                    if said_unit in _TIME_UNITS or not said_unit:
                        return None  # a limit on time the working cannot apply ("最多补贴20个工作日")
                    continue
                caps.append((c.group(0), size * scale, f"{_figure(size * scale)}{'个月' if unit == '月' else unit}"))
            written = rf"(?<![\d.月])(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*{_UNIT_WRITTEN.get(unit, unit)}"
            if len(re.findall(written, rate.sentence)) > len(caps):
                return None  # "改造面积20亩以上": a bound on the asker's quantity the working would not check
            q = have[unit]
            if caps:
                cap_said, cap, cap_as = caps[0]
                over = q > cap
                capped = f"，{'超过' if over else '未超过'}“{cap_said}”" + (f"，按{cap_as}计" if over else "")
                q = min(q, cap)
            factors.append((q, f"{_figure(q)}{'个月' if unit == '月' else unit}"))
        elif unit == "月" and _YEARLY.search(question) and "月" not in per_asked:
            factors.append((12.0, "12个月"))
        elif unit not in _ONE_UNLESS_SAID and unit not in _TIME_UNITS:
            return None  # per 平方米 or 亩 with no area told: nothing to work
    if not factors or all(q == 1 for q, _ in factors):
        return None
    if rate.ceiling and re.search(r"[%％]|比例", rate.sentence):
        return None  # "…按30%补助，每人每年最高20000元": the ceiling of a share, no sum paid per person
    several = any(u in have and have[u] > 1 for u in ("人", "户"))
    if several and re.search(r"每(?:人|户|名)[^，,。；;\d]{0,4}?(?:最高|最多|不超过|封顶)", rate.sentence.replace(rate.said, "")):
        return None  # a ceiling per person for several persons: not one sum
    total = rate.yuan
    for q, _ in factors:
        total *= q
    left = [u for u in rate.per if u not in have and not any(s == "12个月" for _, s in factors)]
    period = "".join(f"每{u}" for u in left if u in _TIME_UNITS)
    product = f"{period}{'最多' if rate.ceiling else ''}{_money(total)}"
    product_yuan = total
    total, limit = _capped(total, rate.sentence, rate.sentence.find(rate.said) + len(rate.said))
    working = "×".join([*(s for _, s in factors), rate.figure])
    return Worked(f"按“{rate.said}”计算：{working}＝{product}{capped}{limit}{_CAVEAT}", rate.n, product_yuan,
                  bool(capped or limit))


def _limits_over(worked: Worked, rate: _Rate, quotes: Sequence[tuple[int, str]]) -> list[tuple[int, re.Match[str]]]:
    """The limits other quotes set that the sum worked is more than ("注：同一养殖主体每户（场）每年补贴最高不超过
    10万元" beside "每头2000元" for 80头), each with the [n] of its quote; none where the working weighed its own
    sentence's limits. (The rate's own sentence aside, whose limits the working has applied: "…；每户最高不超过1万元"
    in the same quote is another sentence.)"""
    if worked.limited:
        return []
    return [(n, c) for n, text in quotes for c in _SUM_CAP.finditer(text.replace(rate.sentence, "\n"))
            if float(c.group(3)) * _YUAN[c.group(4)] < worked.product]


# A limit on all one recipient gets, however many units they count ("单个作业主体年度补助资金最高不超过15万元")
_ONE_RECIPIENT = re.compile(r"单个|每个|每户|每家|同一|每(?:个)?(?:主体|单位|企业|合作社)")
_PER_PERSON = re.compile(r"每(?:个)?(?:人|户|家|名)|同一(?:人|户|家)|单个(?:人|家庭)")


def _held_to_limit(worked: Worked, rate: _Rate, quotes: Sequence[tuple[int, str]], have: dict[str, float],
                   over: Sequence[tuple[int, re.Match[str]]]) -> Worked | None:
    """The working held to the one limit on a single recipient's sum that another quote sets, where it is over it
    (``over``: ``_limits_over``; "3800亩×50元＝19万元，超过“单个作业主体年度补助资金最高不超过15万元”，按15万元计"), citing
    that quote too; None where no such limit holds it (or the asker counts several recipients, or several limits are
    over)."""
    if len(over) != 1:
        return None
    n, c = over[0]
    text = dict(quotes)[n].replace(rate.sentence, "\n")
    said = _clause_at(text, c.start(), c.end()).strip()
    if not _ONE_RECIPIENT.search(said):
        return None
    # (a limit per person or household does not hold a sum for several: "每户最高…" for 3户; one per 机构 does hold
    # the sum for the 150 children one 托育机构 takes in)
    if _PER_PERSON.search(said) and any(u in have and have[u] > 1 for u in ("人", "户")):
        return None
    cap = float(c.group(3)) * _YUAN[c.group(4)]
    return replace(worked, text=worked.text.replace(_CAVEAT, f"，超过“{said}”，按{_money(cap)}计{_CAVEAT}"),
                   limited=True, held_by=n if n != worked.cited else None)  # (another sentence of the rate's quote)


@dataclass(frozen=True)
class _Percent:
    n: int
    percent: float
    above: float | None  # the threshold the part above is paid on
    above_said: str
    base: str  # what it is a percentage of, as written ("改造投资额"), or ""
    said: str
    sentence: str
    clause: str

    @property
    def key(self) -> tuple[object, ...]:
        return self.percent, self.above


def _percents(quotes: Sequence[tuple[int, str]]) -> list[_Percent]:
    out = []
    for n, text in quotes:
        above = [(m.start(), m.end()) for m in _PERCENT_ABOVE.finditer(text)]
        for m in _PERCENT_ABOVE.finditer(text):
            out.append(_Percent(n, float(m.group(3)), float(m.group(1)) * _YUAN[m.group(2)], f"{m.group(1)}{m.group(2)}",
                                "", m.group(0), _sentence_at(text, m.start(), m.end()),
                                _clause_at(text, m.start(), m.end())))
        for m in _PERCENT_OF.finditer(text):
            if not any(a <= m.start() < b for a, b in above):
                out.append(_Percent(n, float(m.group(2)), None, "", m.group(1), m.group(0),
                                    _sentence_at(text, m.start(), m.end()), _clause_at(text, m.start(), m.end())))
    return out


def _percent_worked(rule: _Percent, spent: tuple[float, str], question: str, quoted: str) -> Worked | None:
    yuan, said = spent
    # of what: the base it names must be what the asker says they spent ("改造投资额" of "改造花了500万元")
    base = re.sub(r"^(?:实际|其|项目|当年|个人)", "", rule.base)
    if base and not any(base[i:i + 2] in question for i in range(len(base) - 1)):
        return None
    if rule.above is None and _DEDUCTIBLE.search(quoted):
        return None  # a deductible stated elsewhere: the percentage is not of the whole sum
    if rule.above is not None:
        if yuan <= rule.above:
            return Worked(f"按“{rule.said}”，您所说的{said}未超过{rule.above_said}{_CAVEAT}", rule.n)
        total = (yuan - rule.above) * rule.percent / 100
        working = f"（{said}－{rule.above_said}）×{_figure(rule.percent)}%"
    else:
        total = yuan * rule.percent / 100
        working = f"{said}×{_figure(rule.percent)}%"
    product = _money(total)
    total, limit = _capped(total, rule.sentence, rule.sentence.find(rule.said) + len(rule.said))
    said = re.sub(r"^按照?", "", rule.said)  # ("按“改造投资额的30%”计算", not "按“按照改造投资额的30%”")
    return Worked(f"按“{said}”计算：{working}＝{product}{limit}{_CAVEAT}", rule.n)


def worked_sums(question: str, clauses: Sequence[str], quotes: Sequence[tuple[int, str]]) -> tuple[list[Worked], list[int]]:
    """The sums worked from the asker's figures and the quotes (``(n, text)``), and the indices of
    the ``clauses`` (the question's parts) a sum answers ("一共能拿多少")."""
    quoted = "".join(t for _, t in quotes)
    out: list[Worked] = []
    asks_sum = [k for k, c in enumerate(clauses) if _ASKS_SUM.search(c)]
    # ("每亩能补多少钱？300亩一共能拿多少？": the total is the second's to answer; the rate per mu, the quote's)
    asks_sum = [k for k in asks_sum if _TOTAL.search(clauses[k])] or asks_sum
    clause = "".join(clauses[k] for k in asks_sum)
    if asks_sum:
        have = asker_quantities(question, quoted)
        # (nor a rate a quoted amendment has since replaced: "每人10000元" beside "“每人10000元”修改为“每人15000元”")
        changing = [t for _, t in quotes if re.search(r"(?:修改|调整)为", t)]
        if have:
            rates = [r for r in _rates(quotes) if not any(changes_figure(t, r.figure) for t in changing)]
            # (a rate per what the asker counts, over a limit per household or year a note sets: "每头2000元" for
            # "净增加了12头" beside "每户（场）每年补贴最高不超过10万元")
            rates = [r for r in rates if set(r.per) & set(have)] or rates
            for rate in _one_rule(rates, question):
                if (w := _rate_worked(rate, have, question, clause)) is None:
                    continue
                # (nor one held to a limit a quoted amendment has since replaced: "超过“每户最高补贴3000元”" beside
                # "“每户最高补贴3000元”调整为“每户最高补贴3600元”")
                limit_sums = [f for said in re.findall(r"(?:超过|未超过)“([^”]*)”", w.text)
                              for f in re.findall(r"\d+(?:\.\d+)?\s*万?元", said)]
                if any(changes_figure(t, f) for t in changing for f in limit_sums):
                    continue
                over = _limits_over(w, rate, quotes)
                if not over:
                    out.append(w)
                elif (held := _held_to_limit(w, rate, quotes, have, over)) is not None:
                    out.append(held)
        spent = asker_spent(question, quoted)
        rules = _percents(quotes)
        # ("超过2万元的部分按30%补助，超过5万元的部分按50%补助": a sum paid by tiers is not worked from one of them)
        tiered = len({r.above for r in rules if r.above is not None}) > 1
        if not out and spent is not None and not tiered:
            for rule in _one_rule(rules, question):
                if (w := _percent_worked(rule, spent, question, quoted)) is not None:
                    out.append(w)
    return out, asks_sum if out else []

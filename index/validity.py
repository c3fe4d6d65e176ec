"""What a notice's own words say about validity: when it takes effect, when it ends, what it repeals,
and — in a clean-up decision — which notices it keeps, repeals or sends for amendment.

Every validity phrase rule lives here (the graph across notices is ``index.standing``):

- effective: 本办法自2019年5月1日起施行 / 自印发之日起施行 (the signature date) / 自公布之日起实施 / 起试行
- end: 有效期至2021年5月31日 / 有效期三年 (from the effective date) / 试行期二年 / 执行至2025年底 /
  有效期至2027年夏秋航季结束 (an end in words: no date, the words kept)
- repeal: 《…》（贺政办发〔2020〕27号）同时废止 / 原…（文号）废止 / …停止执行 / 宣布失效
- a decision's lists: 决定保留 / 废止 / 修改 / 宣布失效的…目录, each row a title and a 文号 (tab cells, HTML
  cells or one cell per line)
- a web page's header fields: 有效性 / 有效期 (有效, 失效, 废止, "A至B"), 施行日期, 失效日期

A sentence about the notice itself must name it ("本办法", "本政策措施", "此件" …) or open with "自…起施行":
"服务协议有效期一般为2年" is about a contract, not the notice.

>>> [f.kind for f in facts_of_text("本办法自2019年6月1日起实施，有效期至2021年5月31日。", "2019-05-20")]
['effective', 'until']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from index.dates import cn_count, end_date, find_date, years_later
from index.docnumber import DOC_NUMBER_RE, doc_number_parts
from index.titles import TITLE_END_RE

# What a fact says. effective/until/status speak of the notice itself; the others of a target.
KINDS = ("effective", "until", "status", "repeal", "void", "keep", "amend", "extend")
# Words of a decision's list heading → the kind of its rows.
_LIST_KINDS = {"保留": "keep", "继续有效": "keep", "废止": "repeal", "修改": "amend", "修订": "amend",
               "宣布失效": "void", "失效": "void"}


@dataclass(frozen=True)
class ValidityFact:
    """One statement about validity, with the words it rests on.

    ``target_number``/``target_titles`` name the notice it is about; both empty means the notice
    that says it. ``start``/``end`` are offsets of ``evidence`` in the document's text (-1 for a
    page's header field, which is not in the text).
    """

    kind: str
    date: str | None  # effective: the day it takes effect; until: its last day; extend: the new last day
    words: str  # the phrase as printed, spaces removed ("有效期至2027年夏秋航季结束")
    evidence: str  # the sentence or list row it was read from
    start: int = -1
    end: int = -1
    target_number: str | None = None  # canonical 文号 of the notice spoken about
    target_titles: tuple[str, ...] = ()  # its title(s) as printed, without 《》
    status: str | None = None  # kind "status": in_force | expired | repealed (a page's own field)


# ----------------------------------------------------------------------------- sentences

_SENT_END_RE = re.compile(r"[。；;！!？?\n]")


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENT_END_RE.finditer(text):
        if m.start() > start:
            yield start, m.end() if m.group() != "\n" else m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ----------------------------------------------------------------------------- the notice itself

_KIND_WORDS = (r"实施方案|工作方案|实施细则|实施办法|实施意见|管理办法|政策措施|若干措施|若干政策|办法|规定|通知|方案|意见|"
               r"措施|政策|细则|决定|制度|标准|计划|规划|规则|公告|条例|文件|目录|清单|指引|指南|规程|通告|批复")
# The notice naming itself: 本办法, 本《办法》, 本政策措施, 此件, 本实施方案.
_SELF_RE = re.compile(rf"(?:本|此)(?:《[^《》]{{1,30}}》|[\u4e00-\u9fff]{{0,8}}?(?:{_KIND_WORDS})|件)")
# 自2019年5月1日起施行 / 自印发之日起实施 / 从公布之日起试行 / 于2024年1月1日起执行.
_EFFECTIVE_RE = re.compile(
    r"(?:自|从|于)(?P<when>[^，,。；;]{2,30}?)起(?:正式)?(?P<verb>施行|实施|试行|执行|生效)")
_ISSUE_DAY_RE = re.compile(r"(?:印发|发布|公布|下发|颁布|签发|发文|印制)之日")


def states_start(sentence: str) -> bool:
    """Whether a sentence states the day a notice takes effect ("本通知自2026年10月1日起正式施行")."""
    return _EFFECTIVE_RE.search(sentence) is not None
# 有效期至2021年5月31日 / 有效期截至… / 试行期至… / 执行至2025年底 / 有效期到2027年夏秋航季结束.
_UNTIL_RE = re.compile(
    r"(?:(?P<term>有效期限|有效期|试行期|执行期限|执行期|实施期限|实施期|施行期限)(?:为|是|(?:再)?(?:延长|顺延|延续))?"
    r"(?:自?(?P<start>[^，,。；;至到]{4,20}?)起?(?=至|到))?|(?:执行|实施|施行|试行|有效))"
    r"(?:至|到|截至|截止至|截止到|截止)(?P<end>[^，,。；;]{2,24}?)(?:止|结束|届满)?(?=[，,。；;]|$)")
# 有效期三年 / 有效期为5年 / 试行期二年.
_TERM_RE = re.compile(r"(?:有效期|试行期|执行期|实施期)(?:限)?(?:为|是)?(?P<n>[0-9一二两三四五六七八九十]{1,3})年")


def _effective_date(when: str, signed: str | None) -> str | None:
    if _ISSUE_DAY_RE.search(when):
        return signed
    return find_date(when)


def _self_facts(text: str, start: int, end: int, signed: str | None) -> list[ValidityFact]:
    raw = text[start:end]
    s = _compact(raw)
    eff = _EFFECTIVE_RE.search(s)
    if not (_SELF_RE.search(s) or (eff is not None and eff.start() <= 1)):
        return []
    out: list[ValidityFact] = []
    evidence = raw.strip()
    effective = None
    if eff is not None:
        effective = _effective_date(eff.group("when"), signed)
        out.append(ValidityFact("effective", effective, eff.group(0), evidence, start, end))
    until = _UNTIL_RE.search(s)
    if until is not None and eff is None and until.group("start") and find_date(until.group("start")):
        # 有效期自2023年1月1日至2027年12月31日: the start is the effective date
        effective = find_date(until.group("start"))
        out.append(ValidityFact("effective", effective, until.group(0), evidence, start, end))
    if until is not None:
        words = until.group(0)
        out.append(ValidityFact("until", end_date(until.group("end")), words, evidence, start, end))
    else:
        term = _TERM_RE.search(s)
        n = cn_count(term.group("n")) if term else None
        base = effective or signed
        if term is not None and n:
            out.append(ValidityFact("until", years_later(base, n) if base else None, term.group(0), evidence,
                                    start, end))
    return out


# ----------------------------------------------------------------------------- repeals in prose

_NUMBER = re.sub(r"\?P<\w+>", "?:", DOC_NUMBER_RE.pattern)  # the 文号 pattern without its group names
# (with the short name it is called by after: "（…5号，以下简称《细则》）")
_SHORT_NAMED = r"(?:印发)?[，,]\s*以下简称\s*《[^《》]{1,20}》"
_NUMBER_IN_BRACKETS = rf"[（(]\s*(?:{_NUMBER})\s*(?:{_SHORT_NAMED})?\s*[)）]"
_TITLE = r"《[^《》]{2,120}》"
# One repealed item: (原)《title》(（文号）) or a bare 文号 (文件).
_ITEM = rf"(?:原)?(?:{_TITLE}(?:{_NUMBER_IN_BRACKETS})?|(?:{_NUMBER})(?:文件)?)"
_REPEAL_RE = re.compile(
    rf"(?P<items>{_ITEM}(?:[、，,和及与](?:{_ITEM}))*)(?:等[^，,。；;]{{0,12}}?)?"
    r"(?:[，,]?(?:自[^，,。；;]{2,20}?起)?(?:同时|予以|一并|即行|随之|相应|同步)?)"
    r"(?P<verb>废止|停止执行|不再执行|宣布失效|失效)")
_REPEAL_BEFORE_RE = re.compile(rf"(?:废止|停止执行)(?:了)?(?P<items>{_ITEM}(?:[、，,和及与](?:{_ITEM}))*)")
_TITLE_RE = re.compile(_TITLE)
# A notice amended in prose: "市政府决定对《…管理办法》（潍政办发〔2020〕18号）作如下修改：", "现对《…办法》
# （柳民发〔2025〕14号）第八条规定的助餐补贴标准调整如下", "将《…》（…）第五条修改为：…"
AMENDING_WORDS = r"作(?:如下|以下)(?:修改|调整|修订)|(?:修改|调整|修订)如下|修改为|调整为|予以修改"
_AMEND_RE = re.compile(rf"(?:对|将)(?P<items>{_ITEM})[^，,。；;：:]{{0,30}}?(?:{AMENDING_WORDS})")
# The words an amendment changes one figure by: "由每台10万元调整为每台12万元", "“6个月”修改为“12个月”"
_CHANGED_TO = re.compile(rf"(?:{AMENDING_WORDS}|改为|提高到|提高至|降低到|降低为|降低至|延长至|延长为|缩短为|缩短至)")


@functools.cache
def _figure_re(figure: str) -> re.Pattern[str]:
    """A figure standing alone: "1个" is not the start of "1个月", "10万元" not the end of "110万元"."""
    return re.compile(rf"(?<![\d.]){re.escape(figure)}(?![\d.]){'(?!月|工作日)' if figure.endswith('个') else ''}")


# What an amending notice keeps for the cases before it took effect: "在此之前购车的，仍按原标准执行", "此前已安装验收的
# 仍按原标准执行", "之前已受理的，按原规定办理"
BEFORE_KEPT_RE = re.compile(r"(?:此前|在此之前|之前|以前)[^。；;]{0,24}?(?:仍|继续)?按照?原(?:标准|规定|政策|办法)")
# What an amending notice says of the rest of what it amends: "《方案》其他内容不变", "其余条款继续执行",
# "未修改的内容仍按原规定执行"
REST_UNCHANGED_RE = re.compile(r"(?:其他|其它|其余|其他的|其余的)(?:内容|条款|规定|事项|条文|标准)?(?:不变|继续(?:执行|有效)|仍按[^。；;]{0,12}执行)"
                               r"|未(?:作)?(?:修改|调整)的[^。；;]{0,12}(?:仍|继续)按[^。；;]{0,12}执行")


def changes_figure(sentence: str, figure: str) -> bool:
    """Whether a sentence of an amending notice changes ``figure`` (said before its "调整为"/"修改为"):
    "将《办法》第五条中4层住宅的补助标准由每台10万元调整为每台12万元" changes "10万元", not "12万元".

    >>> changes_figure("将第六条中“之日起6个月内”修改为“之日起12个月内”。", "6个月")
    True
    >>> changes_figure("将第六条中“之日起6个月内”修改为“之日起12个月内”。", "12个月")
    False
    """
    figure_re = _figure_re(figure)
    start = 0
    for m in _CHANGED_TO.finditer(sentence):  # (each change: "A由…调整为…，B由5万元调整为6万元")
        if start:  # (a later change's own clause: not the figure the one before changed to)
            start += max(sentence.rfind(c, start, m.start()) - start + 1 for c in "，,；;")
        if figure_re.search(sentence, start, m.start()):
            return True
        start = m.end()
    return False


_LEAD_WORDS_RE = re.compile(r"^(?:根据|按照|依据|以及|原|和|及|与|或|并|将|把|对)+")


def _canonical_number(m: re.Match[str]) -> str:
    """A 文号 printed in running text, without the words its code match took from before it."""
    code, year, serial = doc_number_parts(m)
    trimmed = _LEAD_WORDS_RE.sub("", code)
    return f"{trimmed if len(trimmed) >= 2 else code}〔{year}〕{serial}号"


def _targets(items: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """(文号, titles) of each item of a repeal phrase: a number with the titles printed before it."""
    out: list[tuple[str | None, tuple[str, ...]]] = []
    titles: list[str] = []
    pos = 0
    items = re.sub(_SHORT_NAMED, "", items)
    for m in DOC_NUMBER_RE.finditer(items):
        titles += [t.group(0)[1:-1] for t in _TITLE_RE.finditer(items, pos, m.start())]
        out.append((_canonical_number(m), tuple(titles)))
        titles, pos = [], m.end()
    rest = [t.group(0)[1:-1] for t in _TITLE_RE.finditer(items, pos)]
    out += [(None, (t,)) for t in rest]
    return out


def _repeal_facts(text: str, start: int, end: int) -> list[ValidityFact]:
    raw = text[start:end]
    s = _compact(raw)
    if not re.search(r"废止|停止执行|不再执行|失效", s):
        return []
    out: list[ValidityFact] = []
    for rx in (_REPEAL_RE, _REPEAL_BEFORE_RE):
        for m in rx.finditer(s):
            verb = m.groupdict().get("verb") or "废止"
            if s[max(0, m.start() - 2):m.start()].endswith(("不", "未", "不得", "拟")):
                continue
            kind = "void" if verb in ("宣布失效", "失效") else "repeal"
            for number, titles in _targets(m.group("items")):
                out.append(ValidityFact(kind, None, m.group(0), raw.strip(), start, end, number, titles))
    return out


# A later notice extending an earlier one's term: "《…》（…）有效期延长至2027年12月31日", "将《…》的有效期
#顺延至…", "…继续执行至2027年底".
_EXTEND_VERB = (r"(?:有效期(?:限)?(?:再)?(?:延长|延续|顺延|延期)(?:执行|实施|施行)?|(?:延长|延续|顺延)(?:执行|实施|施行)?|"
                r"继续(?:执行|实施|施行|有效))(?:至|到)(?P<end>[^，,。；;]{4,24}?)(?:止)?(?=[，,。；;]|$)")
_EXTEND_RE = re.compile(rf"(?P<items>{_ITEM}(?:[、，,和及与](?:{_ITEM}))*)(?P<gap>[^，,。；;]{{0,12}}?){_EXTEND_VERB}")
# The same, of a notice named in the sentence before: "《…》（…）将于2026年1月31日到期。…决定将其有效期延长至
# 2027年12月31日" (其, 该通知, 上述文件).
_EXTEND_IT_RE = re.compile(
    r"(?P<it>其|该(?:通知|办法|文件|政策|意见|规定|方案|细则|措施|决定)|(?:上述|以上|前述)(?:\d+件|[一二三四五六七八九十]件)?"
    rf"(?:文件|通知|政策|办法|规定))(?P<gap>(?:的)?){_EXTEND_VERB}")
# What is extended in the gap is not the notice's term: "…规定的申报截止时间延长至…"; a proposal or a refusal
_NOT_THE_TERM = re.compile(r"截止|申报|报名|受理|期限|时间|日期|工期|期间")
_NOT_DECIDED = ("不", "未", "不再", "拟", "暂不")
_ITEMS_RE = re.compile(_ITEM)
_NAMED_BEFORE = 400  # characters before the sentence where "其" finds the notice it means
_BASIS = re.compile(r"(?:根据|按照|依据|依照)$")


def _extend_facts(text: str, start: int, end: int) -> list[ValidityFact]:
    """The notices a sentence extends the term of, each with its new last day."""
    raw = text[start:end]
    s = _compact(raw)
    if not re.search(r"延长|延续|顺延|延期|继续", s):
        return []
    out = []
    for rx in (_EXTEND_RE, _EXTEND_IT_RE):
        for m in rx.finditer(s):
            gap = m.group("gap") or ""
            until = end_date(m.group("end"))
            if until is None or s[max(0, m.start() - 2):m.start()].endswith(_NOT_DECIDED) or (
                    "有效期" not in gap and _NOT_THE_TERM.search(gap)) or "拟" in gap:
                continue
            targets = (_targets(m.group("items")) if rx is _EXTEND_RE else
                       _named_before(text, start, every=m.group("it")[:2] in ("上述", "以上", "前述")))
            out += [ValidityFact("extend", until, m.group(0), raw.strip(), start, end, number, titles)
                    for number, titles in targets]
        if out:
            return out
    return out


def _named_before(text: str, start: int, every: bool) -> list[tuple[str | None, tuple[str, ...]]]:
    """The notice(s) "其"/"上述文件" means: those named in the nearest sentence before ``start`` that
    names any (the last one, unless ``every``), not one cited as the basis ("根据《…管理办法》")."""
    window = _compact(text[max(0, start - _NAMED_BEFORE):start])
    for sentence in reversed([p for p in re.split(r"[。；;！!？?]", window) if p]):
        items = [t for m in _ITEMS_RE.finditer(sentence) if not _BASIS.search(sentence[:m.start()])
                 for t in _targets(m.group(0))]
        if items:
            return items if every else items[-1:]
    return []


# A draft published for comment is not a rule in force: a title ending in its mark ("…办法（征求意见稿）"), or a
# call for comments on one ("关于公开征求《…（草案）》意见的公告"); not a reply on a draft ("…征求意见的复函")
# nor a report on the comments ("关于征求意见稿反馈情况的说明").
DRAFT_MARK = r"[（(](?:征求意见稿|草案征求意见稿|修订草案|草案|送审稿|讨论稿)[)）]"
_DRAFT_RE = re.compile(rf"{DRAFT_MARK}(?:》的(?:起草|编制)?说明)?$|[^《]征求意见稿$|"
                       r"征求[^，,。；;]{0,80}?意见(?:建议)?的(?:公告|通知|函|通告|启事)$")
_DRAFT_OF_RE = re.compile(rf"《(?P<title>[^《》]{{4,120}}?{DRAFT_MARK})》")
_NAMED_RE = re.compile(r"《(?P<title>[^《》]{4,120})》")


# A question about the draft itself ("征求意见截止到什么时候", "草案里怎么写的"): the draft is read.
DRAFT_ASKED_RE = re.compile(r"征求意见|意见征集|草案|意见稿|送审稿|讨论稿|草稿")


def draft_title(title: str) -> str | None:
    """The draft a title is or announces, without its mark ("…补助办法"); None for a notice that is
    not a draft.

    >>> draft_title("关于公开征求《宝鸡市既有住宅加装电梯补助办法（征求意见稿）》意见的公告")
    '宝鸡市既有住宅加装电梯补助办法'
    >>> draft_title("宝鸡市既有住宅加装电梯补助办法（征求意见稿）")
    '宝鸡市既有住宅加装电梯补助办法'
    >>> draft_title("关于印发宝鸡市既有住宅加装电梯补助办法的通知") is None
    True
    """
    t = _compact(title)
    if not _DRAFT_RE.search(t):
        return None
    m = _DRAFT_OF_RE.search(t) or _NAMED_RE.search(t)  # (关于公开征求《…办法》意见的公告: the draft is named bare)
    inner = m.group("title") if m else t
    return re.sub(rf"{DRAFT_MARK}|征求意见稿$", "", inner)


# A notice named in full once and short after: "《…补助办法》（宜住建规〔2025〕1号，以下简称《办法》）",
# "《…实施方案》（赣市府办字〔2026〕9号印发，以下简称《方案》）"
_SHORT_NAME_RE = re.compile(rf"《(?P<title>[^《》]{{2,120}})》\s*[（(]\s*(?:(?P<number>{_NUMBER})\s*(?:印发|发布|公布)?"
                            r"\s*[，,、]\s*)?"
                            r"以下(?:简称|称)\s*[“\"《](?P<short>[^”\"》]{1,20})[”\"》]\s*[)）]")


def short_names(text: str) -> dict[str, tuple[str | None, str]]:
    """The short names a notice gives the notices it names in full: 《办法》 → (文号, full title)."""
    out: dict[str, tuple[str | None, str]] = {}
    for m in _SHORT_NAME_RE.finditer(_compact(text)):
        number = m.group("number")
        found = DOC_NUMBER_RE.search(number) if number else None
        out.setdefault(m.group("short"), (_canonical_number(found) if found else None, m.group("title")))
    return out


def _amend_facts(text: str, start: int, end: int,
                 short: dict[str, tuple[str | None, str]] | None = None) -> list[ValidityFact]:
    """The notices a sentence amends ("对《…》（…）作如下修改", "将《办法》第七条中“…”修改为“…”" of a
    notice named short, ``short``): still in force, as amended."""
    raw = text[start:end]
    s = _compact(raw)
    out = []
    for m in _AMEND_RE.finditer(s):
        for number, titles in _targets(m.group("items")):
            if number is None and titles and short and titles[0] in short:
                number, titles = short[titles[0]][0], (short[titles[0]][1],)
            out.append(ValidityFact("amend", None, m.group(0), raw.strip(), start, end, number, titles))
    return out


# ----------------------------------------------------------------------------- a decision's lists

_LIST_HEAD_RE = re.compile(
    r"(?:决定|予以|拟)?(?P<verb>保留|继续有效|废止|修改|修订|宣布失效|失效)的[\u4e00-\u9fff（）()]{0,30}?"
    r"(?:(?:文件)?(?:目录|清单|名录)|文件)(?:[（(]\d+件[）)])?$")  # "一、决定废止的规范性文件（3件）"


_ROW_SERIAL = re.compile(r"^\s*\d{1,3}\s*[.、．]?")
_HEAD_NUMBERING = re.compile(r"^(?:附件\d*[:：]?)?(?:\d*|[一二三四五六七八九十]+)[.、．]?")


def _list_head(line: str) -> re.Match[str] | None:
    """A decision's list heading, its numbering aside ("附件2", "一、")."""
    return _LIST_HEAD_RE.search(_HEAD_NUMBERING.sub("", line))


def _list_facts(text: str) -> list[ValidityFact]:
    """Rows under a 决定保留/废止/修改…目录 heading: each 文号 with the titles printed since the last one."""
    out: list[ValidityFact] = []
    kind: str | None = None
    heading = ""
    titles: list[str] = []
    row_start = pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        c = _compact(line)
        numbers = list(DOC_NUMBER_RE.finditer(c))
        head = None if numbers else _list_head(c)
        if head is not None:
            kind, heading, titles, row_start = _LIST_KINDS[head.group("verb")], head.group(0), [], pos
            continue
        if kind is None:
            continue
        found = [t.group(0)[1:-1] for t in _TITLE_RE.finditer(c, 0, numbers[0].start() if numbers else len(c))]
        if not numbers:
            if found and not titles:
                row_start = line_start
            elif not found and not titles:
                row_start = pos  # a header row, a serial number on its own line, a blank line
            titles += found
            continue
        if not titles and not found:
            row_start = line_start
            # a row that prints its title bare: "2.洛阳市…实施细则的通知（洛政办〔2015〕72号）"
            bare = _ROW_SERIAL.sub("", c[:numbers[0].start()]).rstrip("（(")
            if TITLE_END_RE.search(bare):
                found = [bare]
        row = text[row_start:line_start + len(line)].strip()
        for m in numbers:
            out.append(ValidityFact(kind, None, heading, row, row_start, line_start + len(line),
                                    _canonical_number(m), tuple(titles + found)))
        titles, row_start = [], pos
    return out


def decision_list(heading: str) -> str | None:
    """The kind of a decision's list a heading opens ("决定废止的市人民政府行政规范性文件目录" → repeal),
    None for any other heading."""
    head = _list_head(_compact(heading))
    return _LIST_KINDS[head.group("verb")] if head is not None else None


def head_word(kind: str) -> str:
    """How a reader is told what a decision did to a notice."""
    return {"keep": "保留", "repeal": "废止", "amend": "修改", "void": "宣布失效", "extend": "延长有效期"}.get(kind, kind)


# ----------------------------------------------------------------------------- page fields

def _field_facts(meta: Sequence[tuple[str, str]], signed: str | None) -> list[ValidityFact]:
    out: list[ValidityFact] = []
    for label, value in meta:
        v = _compact(value)
        evidence = f"{label}：{value}"
        if label == "施行日期":
            d = find_date(v)
            if d:
                out.append(ValidityFact("effective", d, v, evidence))
        elif label == "失效日期":
            d = end_date(v)
            if d:
                out.append(ValidityFact("until", d, v, evidence))
        elif label == "有效期":
            parts = re.split(r"至|到|—|－|~|～", v, maxsplit=1)
            if len(parts) == 2 and end_date(parts[1]):
                if find_date(parts[0]):
                    out.append(ValidityFact("effective", find_date(parts[0]), v, evidence))
                out.append(ValidityFact("until", end_date(parts[1]), v, evidence))
            elif re.search(r"部分失效|部分废止|部分有效|已修改|已修订", v):
                out.append(ValidityFact("status", None, v, evidence, status="amended"))
            elif re.search(r"废止", v):
                out.append(ValidityFact("status", None, v, evidence, status="repealed"))
            elif re.search(r"失效|无效|过期|已届满", v) or v == "否":
                out.append(ValidityFact("status", None, v, evidence, status="expired"))
            elif re.search(r"有效|生效|施行", v) or v == "是":
                out.append(ValidityFact("status", None, v, evidence, status="in_force"))
            elif (term := _TERM_RE.search("有效期" + v)) and signed and (n := cn_count(term.group("n"))):
                out.append(ValidityFact("until", years_later(signed, n), v, evidence))
    return out


# ----------------------------------------------------------------------------- entry points

def facts_of_text(text: str, signed: str | None, meta: Sequence[tuple[str, str]] = ()) -> tuple[ValidityFact, ...]:
    """Every validity fact of one notice: its cleaned text, signature date and page fields."""
    out: list[ValidityFact] = list(_field_facts(meta, signed))
    short = short_names(text)
    for start, end in _sentences(text):
        out += _self_facts(text, start, end, signed)
        out += _repeal_facts(text, start, end)
        out += _amend_facts(text, start, end, short)
        out += _extend_facts(text, start, end)
    out += _list_facts(text)
    return tuple(out)

"""Sentences and the facts in them: splitting a passage into sentences, the numbers (with units and
dates) a sentence states, whether a question asks for one, and how well a sentence covers a question."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from index.docnumber import DOC_NUMBER_RE
from index.headings import heading_kind
from index.lexical import glued_pairs, known_word, tokenize, word_count
from index.tasks import ends_with_field_label
from index.titles import TITLE_END_RE
from rag.plain import (
    AGE_IN_QUESTION,
    AREA_IN_QUESTION,
    CLOCK_IN_QUESTION,
    LENGTH_IN_QUESTION,
    PLAIN_WORDS,
    SPAN_IN_QUESTION,
    STOREYS_IN_QUESTION,
    SUM_IN_QUESTION,
    WAN_IN_QUESTION,
    age_term,
    holds,
    question_ages,
    question_areas,
    question_clocks,
    question_lengths,
    question_storeys,
    sum_term,
)

_SENT_END = re.compile(r"(?<=[。！？!?；;])|\n")
# A "fact number": digits with their unit or date parts, e.g. 2万元, 15个工作日, 2019年5月31日, 50%, 1/3.
_NUMBER = re.compile(
    r"\d+(?:[.．]\d+)?(?:\s*/\s*\d+)?\s*(?:%|％|‰)?"
    r"(?:\s*(?:个工作日|个月|个小时|年|月|日|号|万元|亿元|千元|元|万|亿|个|项|户|人|名|家|所|台|张|次|天|小时|分钟|周岁|岁|公里|千米|米|亩|公顷|平方米|吨|辆|座|条|处|批|倍|工作日))?"
)
CN_DIGITS = "零〇一二三四五六七八九十百千万"
# ("高标准农田建设由哪个部门牵头" asks no standard: 高标准 and 标准化 name kinds of work)
_ASKS_NUMBER = re.compile(r"多少|几[个项次天年月人户家所台]|多久|多长|何时|什么时候|哪一年|哪年|比例|(?<!高)标准(?!化)|金额|期限|时限")


# A line that a table cell or a page wrapped: its last sentence long and unpunctuated, not a heading,
# a title, a row or a labelled field, and followed by a line that ends a sentence
# ("2019年12月底前与自治区工程建设项目" / "审批管理系统完成对接。").
_WRAPPED_MIN = 12
# characters a printed line does not end a sentence on ("…二类幼儿生活补助的")
_JOINS_ON = "的将由对和与及或把被从向于给按其之"
_LINE_END = re.compile(r"[\u4e00-\u9fff\w]$")
_SENTENCE_LINE = re.compile(r"[^\n\t]*[。！？]\s*(?:\n|$)")
_NOT_A_CONTINUATION = re.compile(
    r"\s*(?:\d|[（(]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+|[①-⑳]|[•·●○■□-]|[\u4e00-\u9fff]{2,8}[:：])")
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]")
# a list of names whose last item is one character: cut inside a name ("…、水务局、银"; not "水、电、路、气")
_CUT_LIST = re.compile(r"、[^、\n]{3,}、[\u4e00-\u9fff]$")
_CUT_LIST_GOES_ON = re.compile(r"[ \t]*\n{0,3}[ \t]*[\u4e00-\u9fff]{2}[^\n：:]*(?:\n|$)")  # ... and the line it goes on with
_ROW_NUMBER = re.compile(r"\d{1,3}(?![\d年月日.])")  # "27舟塔乡美丽小城镇建设项目": a table row
# A notice's or a plan's title, or a project's name in a table: "…实施方案", "…提标改造".
_TITLE_END = re.compile(rf"(?:{TITLE_END_RE.pattern.removesuffix('$')}|计划|规划|细则|安排|措施|制度|清单|要点|纲要|工程|改造)$")


# Parentheses, and the square brackets a task list's "［责任单位：…］" field is set in.
_OPENING, _CLOSING = "（(［", "）)］"


def _open_parens(text: str) -> int:
    """How many parentheses ``text`` leaves open."""
    return sum(text.count(c) for c in _OPENING) - sum(text.count(c) for c in _CLOSING)


# (a label's value may stand on the next line: "（链长：杨冕；牵头单位：" / "工业信息化和商务局…）", and so
# may the next label: "（链长：宋继忠；" / "牵头单位：农业农村局…）")
_CLOSES = re.compile(rf"\n?[^。！？\n]*?(?:[：:]\n[^。！？\n]*?)?[{_CLOSING}]")


def _closes_on_line(text: str, at: int) -> bool:
    """Whether a closing parenthesis comes after ``at`` on its line (or the next, after a label),
    before the sentence ends."""
    return _CLOSES.match(text, at) is not None


def _depths(text: str) -> list[int]:
    """For each offset, how many parentheses are open before it (counted from the text's start)."""
    out, depth = [0], 0
    for ch in text:
        depth += 1 if ch in _OPENING else -1 if ch in _CLOSING else 0
        out.append(depth)
    return out


def _line_after(text: str, at: int) -> str:
    """The line after the line break at ``at``, trimmed."""
    end = text.find("\n", at + 1)
    return text[at + 1:end if end >= 0 else len(text)].strip()


def _wrapped(text: str, at: int) -> bool:
    """Whether the line break at ``at`` only wraps one sentence over two lines: a line left inside
    parentheses ("（二）集中督查检查阶段（10月初" / "至10月底）。"), or one whose last sentence runs on."""
    line = text[text.rfind("\n", 0, at) + 1:at].strip()
    # a field's list a page cut inside a name ("责任单位：农业农村局、水务局、银" / "" / "川市生态环境局贺兰分局"),
    # over a blank line or two
    before = text[:at].rstrip()
    last = before[before.rfind("\n") + 1:]
    if _CUT_LIST.search(last) and _FIELD.match(last) and _CUT_LIST_GOES_ON.match(text, at + 1):
        return True
    if _open_parens(line) > 0 and _closes_on_line(text, at + 1):
        return heading_kind(_line_after(text, at)) is None
    # a field's label the line ends with, its value on the next ("…37.7%。（牵头单位：" / "市自然资源局；…")
    if ends_with_field_label(line):
        nxt = _line_after(text, at)
        return bool(nxt) and heading_kind(nxt) is None and not _FIELD.match(nxt)
    if "\t" in line or not _LINE_END.search(line):
        return False
    # a line cut where no sentence ends, before a word or after one that only joins (a scan loses the
    # layout that shows it: "一、将…生活补助的" / "“每生每年600元”修改为…", "…修改" / "为“…”")
    nxt = _line_after(text, at)
    if nxt and "\t" not in nxt and (line[-1] in _JOINS_ON or nxt.startswith("为“")) and not _NOT_A_CONTINUATION.match(nxt) \
            and not heading_kind(nxt):
        return True
    # A paragraph a page wrapped: the line's last sentence runs on ("…物业服务企业配合业主或其委托的建设单" /
    # "位及时提供相关图纸资料，…安装个人充电桩。").
    tail = re.split(r"[。；;！？]", line)[-1].strip()
    if (len(squash(tail)) < _WRAPPED_MIN or _FIELD.match(tail) or _ROW_NUMBER.match(line) or _ROW_NUMBER.match(tail)
            or heading_kind(tail) or _TITLE_END.search(tail)):
        return False
    return bool(_SENTENCE_LINE.match(text, at + 1)) and not _NOT_A_CONTINUATION.match(text, at + 1)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (ends at 。！？；and line breaks, but for a line that only wraps
    a sentence and inside parentheses), whitespace-trimmed."""
    spans = []
    start = 0
    depths: list[int] | None = None  # counted once, where a semicolon needs it
    for m in _SENT_END.finditer(text):
        if m.group() == "\n" and _wrapped(text, m.start()):
            continue
        end = m.end() if m.group() != "\n" else m.start()
        closed = m.group() != "\n" and text[end:end + 1] in tuple(_CLOSING)
        # "（链长：杨根枝；牵头单位：自然资源局）" is one field list, not two sentences, and so is one a
        # line break runs on after its semicolon ("（链长：宋继忠；" / "牵头单位：农业农村局，…）")
        if not closed and text[m.start() - 1:m.start()] in tuple("；;"):
            depths = depths or _depths(text)
            if depths[m.start()] > depths[start] and _closes_on_line(text, m.end()):
                continue
        if closed:
            end += 1  # "（市生态环境局牵头，…参与。）" ends after its parenthesis
        if end > start:
            spans.append((start, end))
        start = max(m.end(), end)
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# A table cell that only gives the year or the deadline of the cell beside it: "2020年" /
# "推广母子健康手册APP应用，为全县不低于70％的孕妇…".
YEAR_CELL = re.compile(r"\s*(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?(?:底|年底|前|底前|以前|以后|上半年|下半年|起)?\s*")


def unwrap(text: str) -> str:
    """``text`` with the line breaks that only wrap a sentence, or follow a year cell, removed."""
    if "\n" not in text:
        return text
    joined = {m.start() for m in re.finditer("\n", text)
              if _wrapped(text, m.start()) or YEAR_CELL.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())}
    return "".join(ch for i, ch in enumerate(text) if i not in joined)


def ended(text: str) -> str:
    """A sentence as it is printed in an answer: wrapped lines joined, trailing commas/colons and a
    table's check mark ("财政局 √") dropped, ending in 。！？."""
    s = unwrap(text).strip().rstrip("；;，,、：:√✓✔ \t")
    return s if s.endswith(("。", "！", "？")) else s + "。"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# an item's number or label before its text ("36.", "(1)校内直聘。", "（三）")
_ITEM_OPENING = re.compile(r"^\s*(?:\d{1,3}[.、．]|[（(][\d一二三四五六七八九十]{1,3}[)）](?:[\u4e00-\u9fff]{2,10}[。．])?|"
                           r"[一二三四五六七八九十]{1,3}、)")


_FIGURE = re.compile(r"\d+(?:\.\d+)?[^\d,，、;；。！？!?:：\s]{0,2}")


def char_pairs(text: str) -> set[str]:
    """A text's pairs of adjacent characters, Chinese, letters and digits only."""
    s = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def pair_share(a: str, b: str) -> float:
    """The share of ``a``'s character pairs that ``b`` holds."""
    ga = char_pairs(a)
    return len(ga & char_pairs(b)) / len(ga) if ga else 0.0


def pair_dice(a: str, b: str) -> float:
    """The Dice share of two texts' character pairs: how nearly they say it in the same words (0 to 1)."""
    ga, gb = char_pairs(a), char_pairs(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb)) if ga and gb else 0.0


def same_wording(a: str, b: str, share: float = 0.85) -> bool:
    """Whether two sentences say the same thing in (nearly) the same words: a notice's text and its
    task table's row, an item with and without its number ("36.引进、培育15家以上…" beside "2025年底前,
    引进、培育15家以上…"). Of two of like length, the shorter's character pairs are nearly all the longer's, and its numbers,
    with the words after them, are all the longer's."""
    a, b = (fact_form(_ITEM_OPENING.sub("", t)) for t in (a, b))
    x, y = (re.sub(r"[^\w]", "", t) for t in (a, b))
    if len(x) > len(y):
        x, y, a, b = y, x, b, a
    if len(x) < 16 or len(x) < 0.6 * len(y):
        return False  # ("责任单位：市生态环境局" is one of the names "责任单位：县委宣传部、…、市生态环境局等" lists)
    # (each number with the words just after it: "2024年底前" is not "2024年取得明显成效", "3‰" not "3%")
    return pair_share(x, y) >= share and not set(_FIGURE.findall(a)) - set(_FIGURE.findall(b))


_HALF_WIDTH = str.maketrans("％．：／", "%.:/")


def fact_form(text: str) -> str:
    """Text as numbers are compared: whitespace removed, full-width ％．：／ made half-width."""
    return squash(text).translate(_HALF_WIDTH)


def number_literals(text: str) -> list[str]:
    """Fact numbers of a text as written there ("15％", "24 项")."""
    return [m.group() for m in _NUMBER.finditer(text) if any(ch.isdigit() for ch in m.group())]


def numbers_in(text: str) -> list[str]:
    """Fact numbers of a text in ``fact_form`` (so "24 项" and "24项", "15％" and "15%" agree)."""
    return [fact_form(m.group()) for m in _NUMBER.finditer(text) if any(ch.isdigit() for ch in m.group())]


# A figure's bound, read around it in ``fact_form`` text: "不低于70%" and "90%以上" are floors,
# "不超过1%" and "500万元以下" ceilings, "15%左右" and "约15%" approximations.
_FLOOR_BEFORE = re.compile(r"(?:不低于|不少于|不小于|不得低于|不得少于|下限(?:是|为)?|至少|最少|最低|(?<![不得])超过|(?<![不得])高于|(?<!不)大于|(?<!不)多于)$")
_CEIL_BEFORE = re.compile(r"(?:不超过|不高于|不大于|不多于|不得高于|不得超过|上限(?:是|为)?|至多|最多|最高|最长|(?<![不得])低于|(?<![不得])少于|(?<!不)小于|控制在)$")
_ABOUT_BEFORE = re.compile(r"(?:约|大约|近)$")
# ("400万元人民币以下": the currency may stand between the sum and its bound)
_FLOOR_AFTER = re.compile(r"^(?:人民币)?(?:（含）|\(含\))?(?:及?以上|多)")
_CEIL_AFTER = re.compile(r"^(?:人民币)?(?:（含）|\(含\))?(?:及?以下|以内)")
_ABOUT_AFTER = re.compile(r"^左右")


def bounds_of(number: str, text: str) -> set[str]:
    """How ``number`` (in ``fact_form``) is bounded where it stands in ``text``: {"floor", "ceiling",
    "about"} of each occurrence, one set per occurrence joined ("" for a bare one)."""
    text = fact_form(text)
    out = set()
    for m in re.finditer(re.escape(number), text):
        before, after = text[max(0, m.start() - 4):m.start()], text[m.end():m.end() + 8]
        if m.end() < len(text) and text[m.end()].isdigit():
            continue  # "70" inside "700"
        kind = ("floor" if _FLOOR_BEFORE.search(before) or _FLOOR_AFTER.match(after) else
                "ceiling" if _CEIL_BEFORE.search(before) or _CEIL_AFTER.match(after) else
                "about" if _ABOUT_BEFORE.search(before) or _ABOUT_AFTER.match(after) else "")
        out.add(kind)
    return out


def asks_for_number(question: str) -> bool:
    return bool(_ASKS_NUMBER.search(question))


def question_terms(question: str) -> list[str]:
    """The words of a question a sentence is scored by; an age ("三岁" → "3岁") or a sum of money
    ("300万元") is one term, held by a sentence whose range includes it (see ``plain.holds``)."""
    # (a 文号 names the notice asked about, found by it already; its pieces are no words of what is asked:
    # "…31号对省外游客规定了什么门票优惠" is not answered by the sentence that prints the 文号)
    question = DOC_NUMBER_RE.sub(" ", question)
    ages = question_ages(question)
    if ages:
        question = AGE_IN_QUESTION.sub(" ", question)
    storeys = question_storeys(question)
    question = STOREYS_IN_QUESTION.sub(" ", question)
    areas = question_areas(question)
    question = AREA_IN_QUESTION.sub(" ", question)
    lengths = question_lengths(question)
    question = LENGTH_IN_QUESTION.sub(" ", question)
    clocks = question_clocks(question)
    question = CLOCK_IN_QUESTION.sub(" ", question)
    sums = [sum_term(m.group(1), m.group(2)) for m in SUM_IN_QUESTION.finditer(question)]
    question = SUM_IN_QUESTION.sub(" ", question)
    # ... and one said in 万 without 元 ("我花22万买了一辆车")
    sums += [m.group(0) for m in WAN_IN_QUESTION.finditer(question)]
    question = WAN_IN_QUESTION.sub(" ", question)
    spans = [m.group(1) + m.group(2) for m in SPAN_IN_QUESTION.finditer(question)]
    question = SPAN_IN_QUESTION.sub(" ", question)
    # a grade by its letter ("C级危房", "4A级景区"), which the segmenter leaves out: the row of "C级危房修缮加固",
    # not the "D级危房拆除重建" one
    grades = [f"{m.group(1).upper()}级" for m in _GRADE_IN_QUESTION.finditer(question)]
    terms = [t for t in tokenize(question)
             if (len(t) > 1 or t.isdigit() or t in PLAIN_WORDS) and t not in _ASKING_WORDS]
    # "对麦场防火": a preposition jieba left on a word no dictionary holds is not part of it.
    terms = [t[1:] if len(t) > 2 and t[0] in FUNCTION_CHARS and not known_word(t) else t for t in terms]
    # ... and so may a verb on a two-character word ("会有托育吗" as 里会/有托育)
    terms = [t[1:] if len(t) == 3 and t[0] in _GLUED_VERBS and not known_word(t) else t for t in terms]
    # ... and "will" on a verb the notices word otherwise ("会扣补奖资金吗" as 会扣: 扣发, 扣减)
    # (a pair the dictionary barely knows, "会扣" 3 times; not a word of its own, "会考")
    terms = [t[1:] if len(t) == 2 and t[0] in _AUXILIARIES and t[1] in PLAIN_WORDS
             and word_count(t) < _BARELY_KNOWN else t for t in terms]
    # An everyday phrase the segmenter cut ("停了" as 停/了 in "暖气停了还要交钱吗") is one term, held by
    # the notices' words for it ("停热期间…").
    terms += [w for w in PLAIN_WORDS if len(w) >= 2 and w in question and not any(w in t for t in terms)]
    # A word no dictionary holds, cut into single characters ("翻埋" as 翻/埋), is one term: a notice
    # prints it whole.
    terms += [w for w in glued_pairs(question) if w not in _ASKING_WORDS][:_MOST_GLUED]
    return list(dict.fromkeys(terms + sums + spans + storeys + areas + lengths + clocks + grades)) + [
        age_term(n) for n in ages]


_GRADE_IN_QUESTION = re.compile(r"(?<![A-Za-z])([A-Da-d])\s*级")


# Prepositions and conjunctions a segmenter may glue onto the next word ("对麦场", "和县").
FUNCTION_CHARS = "对在把被向从给为与和及跟让"
# Verbs a segmenter may glue onto the next word ("有托育", "是低保").
_GLUED_VERBS = "有是"
_AUXILIARIES = "会"
_BARELY_KNOWN = 10  # times jieba's dictionary counts a pair that is no word of its own
_MOST_GLUED = 6  # pairs read as words of one question (a question of rare characters gives many)
# Words that ask or count rather than name a thing: "最多能领几年" is not answered by "3年内不得再次
# 申请" for its 年, nor "每个月能领多少" by "每个县区每年最高100万元" for its 每个.
_ASKING_WORDS = frozenset({"几年", "每个"})


def sentence_relevance(sentence: str, terms: Sequence[str], wants_number: bool,
                       idf: Callable[[str], float] | None = None) -> float:
    """How much a sentence speaks to the question: weighted share of the question's terms it holds."""
    if not terms:
        return 0.0
    weight = idf or (lambda t: 1.0 + math.log(1 + len(t)))
    unique = dict.fromkeys(terms)  # the question's order, not a set's: float sums are then the same every run
    total = sum(weight(t) for t in unique)
    got = sum(weight(t) for t in unique if holds(sentence, t))
    score = got / total if total else 0.0
    if wants_number and numbers_in(sentence):
        score += 0.15
    return score


# "直聘以外的教师均要…", "除校内直聘外…": a rule for everyone but the cases another item names.
EXCEPT_RE = re.compile(r"除(?:了)?([\u4e00-\u9fff]{2,8}?)(?:以外|之外|外)|([\u4e00-\u9fff]{2,8}?)(?:以外|之外)的")

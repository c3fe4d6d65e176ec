"""Answers without an LLM, and the support check that decides when to refuse.

The extractive answer quotes the passage sentences that best cover the question, each with its
[n] marker, so it carries the same citations as a generated answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise, takewhile

from index.docnumber import doc_number_key, find_doc_numbers
from index.gazetteer import districts_in, same_prefecture
from index.headings import heading_kind
from index.issuers import ISSUER_LINE_RE, ORG_MENTION_RE, names_body, org_core, org_mentions
from index.lexical import known_word, nouns, place_names
from index.models import PATH_SEP
from index.persons import (
    SURNAMES,
    asked_post,
    bare_name,
    comrades,
    groups_of_people,
    names_a_person,
    names_before_posts,
    opens_on_person,
    opens_on_pronoun,
    row_names_person,
    row_persons,
)
from index.tables import (
    COLUMN_LABEL_RE,
    HEADER_ROW_RE,
    PERSON_COLUMN_RE,
    YEAR_COLUMNS_RE,
    labelled_row,
    tab_header,
)
from index.tasks import is_field_line, opens_field_group
from index.titles import BOOK_TITLE_RE
from index.units import RATE_UNIT_RE, rate_of_another_unit
from index.validity import REST_UNCHANGED_RE, decision_list, states_start
from rag.context import ContextPassage
from rag.parts import (
    BENEFITS,
    FREQUENCY_ASKED,
    MEASURE_WORDS,
    ROLES,
    STEP_WORDS,
    YESNO_CUE,
    Asked,
    Part,
    asks_fields,
    asks_signed_date,
    one_thing_fields,
)
from rag.plain import (
    AGE_SET_BY,
    AGE_TERM,
    CONDITIONS,
    LENGTH_TERM,
    PLAIN_WORDS,
    STOREY_TERM,
    SUM_IN_QUESTION,
    adds_to_told_sum,
    asker_groups,
    denied_categories,
    excludes_age,
    holds,
    money_flow,
    narrower_group,
    negated_categories,
    other_category,
    other_flow,
    other_kind,
    other_level,
    question_ages,
    states_ages,
    to_yuan,
)
from rag.query import FROM_AWAY, QueryAnalysis, landmarks
from rag.schema import Claim, Hit
from rag.sentences import (
    EXCEPT_RE,
    YEAR_CELL,
    asks_for_number,
    bounds_of,
    char_pairs,
    ended,
    fact_form,
    numbers_in,
    pair_dice,
    question_terms,
    same_wording,
    sentence_relevance,
    split_sentences,
    squash,
)
from rag.worked import LIMIT_WORDS, asker_quantities, asks_sum, rate_units

IdfFn = Callable[[str], float]


@dataclass(frozen=True)
class Candidate:
    n: int  # passage number
    order: int  # position of the sentence in its passage
    text: str
    score: float


@dataclass(frozen=True)
class Support:
    """How well the passages answer the question; ``ok`` False means refuse."""

    ok: bool
    coverage: float  # best sentence's idf-weighted share of the question's terms
    reason: str


def _long_sentence_windows(text: str, a: int, b: int, size: int = 90) -> list[tuple[int, int]]:
    """A flattened table row or a run-on item can be one huge "sentence": cut it at commas (at 、
    only far past the size: "即产权流转服务中心和…平台、信息展示平台、…" is one list)."""
    if b - a <= size * 1.5:
        return [(a, b)]
    out, start = [], a
    for m in re.finditer(r"[，,、：:|]", text[a:b]):
        end = a + m.end()
        if end - start >= (size if m.group() != "、" else size * 2):
            out.append((start, end))
            start = end
    if start < b:
        out.append((start, b))
    return out


def _is_heading(sentence: str, p: ContextPassage) -> bool:
    """Titles and bare headings say what a section is about, not what it rules."""
    s = sentence.strip()
    if s in p.hit.chunk.title or s in p.hit.chunk.section_path:
        return True
    return heading_kind(s) is not None and len(s) <= 20 and not re.search(r"\d", s[3:])


def candidates(passages: Sequence[ContextPassage], question: str, idf: IdfFn | None) -> list[Candidate]:
    terms = question_terms(question)
    wants = asks_for_number(question)
    out = []
    for p in passages:
        text = p.hit.text
        # A sentence is read under its heading ("（三）救助标准。" + "每人每年2万元。"): the heading's
        # words count for it, at half weight.
        heading = p.hit.chunk.section_path.rsplit(PATH_SEP, 1)[-1]
        k = 0
        for a, b in split_sentences(text):
            for x, y in _long_sentence_windows(text, a, b):
                sent = text[x:y]
                if _is_heading(sent, p) or (heading_kind(sent) is not None and len(sent) <= 20):
                    heading = sent
                    continue
                own = sentence_relevance(sent, terms, wants, idf)
                under = sentence_relevance(heading + sent, terms, wants, idf)
                score = max(own, (own + under) / 2) / (1 + 0.12 * (p.n - 1))
                out.append(Candidate(p.n, k, sent, score))
                k += 1
    return out


# A table cell's figure with no unit of its own ("5794", "8.30"), not an article's number, a share, a
# measure, an age or range ("80至89周岁") or a bound ("PUE平均值控制在1.2以下").
_BARE_FIGURE = re.compile(r"(?<![\d.第:：〔［\[(（])(?:\d+\.\d+|\d{2,})(?![\d.年月日%％‰:：〕］\])）号余多至到岁周～~以]|\s*(?:米|吨|条|人|户|个|项|家|公里|千米|亩|公顷|"
                          r"立方|平方|天|小时|元|万|亿|座|辆|台|张|件|次|所|名))")
_ASKED_UNIT = re.compile(r"多少(万元|亿元|元|个工作日|工作日|天|小时|户|人|名|家|项|公里|千米|亩|公顷|吨|个|次)")


def _in_unit(unit: str, numerals: str = r"\d", magnitude: bool = True) -> re.Pattern[str]:
    """A figure in ``unit``, with a magnitude between them where allowed ("3万亩" is an amount in 亩)."""
    return re.compile(rf"(?:{numerals})\s*" + (r"[千万亿]?\s*" if magnitude else "") + _UNIT_FORMS.get(unit, re.escape(unit)))


# A unit a notice writes otherwise than people ask it: "多少天内" is answered by "90日内"
_UNIT_FORMS = {"天": r"(?:天|日(?![期常起]))"}


def asked_unit(question: str) -> str | None:
    """The unit a "how many …" question wants (多少万元 → 万元), if it names one."""
    m = _ASKED_UNIT.search(question)
    return m.group(1) if m else None


_HEADER_REACH = 120  # how far before the bracketed unit a header row's other cells are read


def unit_header(text: str, unit: str) -> str:
    """The header row of a table whose column a text heads with the unit in brackets ("…计划投资（万元）
    责任单位", "…长度（公里）起止地点"): the words before and just after it, "" where none is printed."""
    m = re.search(rf"[（(]\s*{re.escape(unit)}\s*[)）]", text)
    if m is None:
        # a caption over the table: "单位：元/人" | "序号\t职业（工种）\t五级/初级工…"
        c = re.search(rf"单位[：:]\s*{re.escape(unit)}(?:/[\u4e00-\u9fff]{{1,3}})?\s*\n([^\n]*\t[^\n]*)", text)
        return f"单位：{unit} {c.group(1)}" if c else ""
    before = re.split(r"[。；;]", text[max(0, m.start() - _HEADER_REACH):m.start()])[-1]
    return before + text[m.start():m.end() + 12]


# How far under the dense floor a question may be and still be read, where it names what a passage
# names: the floor sits where answerable and off-topic questions overlap (0.866–0.870), and a hill
# or a sum the notice prints word for word tells them apart where the dense similarity cannot.
NAMED_MARGIN = 0.01
# A sum or a rate as a question quotes it ("一次性奖励5万元", "每人每月400元", "3%")
_QUOTED_SUM = re.compile(r"(?:万元|亿元|千元|元|%|‰)$")


def names_what_passages_name(question: str, texts: Sequence[str]) -> bool:
    """The question names a bridge or hill ("清源山") or quotes a sum or rate ("5万元") that one of
    ``texts`` prints word for word: it is about what that notice speaks of, however loosely worded."""
    flat = [fact_form(t) for t in texts]
    if any(n in t for n in landmarks(question) for t in flat):
        return True
    sums = [n for n in numbers_in(question) if _QUOTED_SUM.search(n)]
    return any(re.search(rf"(?<![\d.]){re.escape(n)}", t) for n in sums for t in flat)


def _row_of(place: str, text: str) -> bool:
    """Whether a table row of a text has the place as a cell of its own ("9\t宁晋县\t28540\t…")."""
    return re.search(rf"(?:^|\t){re.escape(place)}(?:\t|$)", text, re.M) is not None


def assess_support(passages: Sequence[ContextPassage], question: str, analysis: QueryAnalysis,
                   idf: IdfFn | None, min_coverage: float, min_unit_coverage: float = 0.3,
                   closest: float = 1.0, min_closest: float = 0.0, headed: Mapping[str, str] | None = None) -> Support:
    """Refuse when the question is about a place the corpus does not cover, when the closest
    passage is far from it in meaning (``closest``, the best dense similarity, under
    ``min_closest``: "公积金贷款额度是多少" over county notices that never speak of it), unless it
    names a notice, or when no passage sentence covers enough of the question (for "how much /
    when" questions: a sentence that also holds a number). ``headed``: the notices (doc_id) that
    print a column header in the asked unit ("经费预算（万元）") anywhere in their text."""
    if not passages:
        return Support(False, 0.0, "no passage retrieved")
    # (a place whose own row the first passage's table holds is covered by that table: a city's 资金分配表 gives
    # each of its counties a row, though a sibling county issues notices of its own)
    unknown = [p for p in analysis.unknown_places if not _row_of(p, passages[0].text)]
    if unknown and not analysis.places:
        return Support(False, 0.0, f"no documents for {'、'.join(unknown)}")
    if closest < min_closest and not (analysis.doc_numbers or analysis.quoted_titles) and not (
            closest >= min_closest - NAMED_MARGIN and names_what_passages_name(question, [p.text for p in passages])):
        return Support(False, 0.0, f"the closest passage is far from the question ({closest:.3f} < {min_closest:.3f})")
    cands = candidates(passages, question, idf)
    wants = asks_for_number(question)
    best = max((c.score for c in cands), default=0.0)
    if wants:
        # "分几个级别？分别是哪几级": a list answers a count
        count = bool(re.search(r"几(?:个(?!工作日|月|小时)|项|类|种|级|批|方面)", question))
        numeric = [c.score for c in cands if numbers_in(c.text) or (count and enumerates(c.text))]
        best = max(numeric, default=0.0)
    if best < min_coverage:
        return Support(False, best, f"best sentence covers {best:.2f} of the question (< {min_coverage:.2f})")
    unit = asked_unit(question)
    if unit:
        # "How many 元" is answered only by a sentence on the topic that holds an amount in 元.
        pattern = _in_unit(unit, magnitude=not unit.endswith("元"))
        # (a table row gives its figures bare, under a header "计划投资（万元）" a passage of the same
        # notice prints)
        doc_of = {p.n: p.hit.chunk.doc_id for p in passages}
        title_of = {p.n: p.hit.chunk.title for p in passages}
        headed = {**{p.hit.chunk.doc_id: h for p in passages if (h := unit_header(p.hit.text, unit))}, **(headed or {})}
        # (judged on the sentence of the question that asks it: "…每户补多少？灾后多少天内要申请？" asks the days
        # of applying, not of the whole question's words)
        asking = next((c for c in re.split(r"[？?。！!；;]", question) if asked_unit(c) == unit), question)
        if asking != question:
            cands = cands + candidates(passages, asking, idf)
        terms = question_terms(question)

        def unit_score(c: Candidate) -> float | None:
            """How a sentence counts as stating an amount in the unit: as scored where it writes the
            unit; a row's bare figure in a notice heading a column with it, read under that header
            ("…县级河（湖）长…长度（公里）") where the row names what the question names (a stream, a
            project); None for any other sentence."""
            if pattern.search(c.text):
                return c.score
            header = headed.get(doc_of[c.n])
            if header is None or not _BARE_FIGURE.search(c.text):
                return None
            named = any(len(t) >= 2 and holds(c.text, t) and t not in header and t not in title_of[c.n] for t in terms)
            return max(c.score, (c.score + sentence_relevance(header + c.text, terms, wants, idf)) / 2) if named else c.score

        with_unit = max((score for c in cands if (score := unit_score(c)) is not None), default=0.0)
        if with_unit < min_unit_coverage:
            return Support(False, with_unit, f"no passage sentence on the topic gives an amount in {unit}")
    return Support(True, best, "ok")


# ----------------------------------------------------------------------------- evidence per part
# What a sentence must hold to answer a part of each kind.
_CN = "〇零一二三四五六七八九十两"
# An office inside a department asked ("哪个科室", "哪个处") and named ("住房保障科", "办公室", "财务股")
_SECTION_ASKED = re.compile(r"哪个(?:科室|处室|股室|科|处|股)|什么(?:科室|处室)")
_SECTION_NAMED = re.compile(r"[\u4e00-\u9fff]{2}(?:科|处|股)(?![学技研普长员理罚置分东份权票])|办公室|[\u4e00-\u9fff]{2}中心")
_COUNTED_THINGS = {"台", "辆", "分"}  # machines, vehicles and a licence's points are counted, not listed
# paying (or getting) in so many parts: "分几次交" is not answered by a list of who is exempt
_IN_PARTS = re.compile(r"分(?:几|多少)(?:次|期|批)")
_PEOPLE = {"名", "人", "位"}
# an institution, not a government department ("归哪个部门管" is not answered by "民办学校")
_NOT_A_DEPARTMENT = re.compile(r"(?:学校|医院|公司|银行|集团|协会|服务站|工作站|卫生室|卫生所|幼儿园|托育园|"
                               r"文化馆|图书馆|博物馆|纪念馆|合作社)$|学校办$|(?<!移)民办$")  # ("学校办学": no 办 at all)
_DATE_RE = re.compile(r"\d{1,2}\s*时(?![间期代候段])|\d{1,2}\s*[:：]\s*\d{2}(?!\d)|\d{4}\s*年|(?<![\d.])\d{1,2}\s*年(?![度级])|\d{1,2}\s*月|\d+\s*日|月底|年底|年内|底前|工作日|个月|\d+\s*天|\d+\s*小时|季度|半年|"
                      r"每[年月周日]|即时|当日|当天|周报|日报|月报|次月|次年|当月|下月|"
                      rf"[{_CN}]{{4}}年|[{_CN}]{{1,3}}月[{_CN}]{{1,3}}日|[{_CN}]{{1,3}}(?:个工作日|日内|天内|个月|年)")
_PAID_BY = re.compile(r"由[^，,。；;]{0,20}?(?:中央|自治区|省|市|县|区|本|同|各|两|三)(?:级|（区）|\(区\))?财政")
_COST_ASKED = re.compile(r"承担|负担|出钱|出资|谁出|买单|费用|经费|资金|支出|花销|财政")
_ROLE_LABEL = re.compile(r"(?:牵头|配合|责任|主办|承办|协办)(?:单位|部门)?\s*[：:]|负责|配合|牵头|主办|承办")
# Where: a venue, or the body one applies to ("向户籍所在地乡镇残联提出申请", "到…窗口办理"),
# not a time ("在规定时间内提出申请").
_PLACE_RE = re.compile(r"广场|中心|大厅|大楼|室|馆|会场|地点|设在|位于|邮箱|窗口|APP|App|小程序|公众号|专区|"
                       r"(?:发放|拨付|打|存|转)(?:至|到|入)[\u4e00-\u9fff]{0,12}(?:卡|账户|账号)|"
                       r"(?:向|到)[\u4e00-\u9fff（）()]{2,20}?(?:提出|提交|申请|报送|递交|办理|申报)")
_EVENT = re.compile(r"举办|举行|召开|演出|开幕|集中宣传|活动在")
# Where an event is held: "地点：…", "在富康广场举行", "于县体育馆".
_VENUE_RE = re.compile(r"地点\s*[：:为是]|(?:在|于|到)[^，,。；;]{0,20}?"
                       r"(?:广场|中心(?!工作|任务)|大厅|大楼|室|馆|会场|公园|剧院|剧场|礼堂|体育场|学校|社区)")
# (a sum in words holds a numeral: "五百元", "两万元"; a unit alone — "单位：人、万元" — is none)
_AMOUNT_RE = re.compile(r"\d\s*(?:%|％|‰|万元|亿元|千元|元|万|亿|倍|:|：\d)|\d+\s*/|[一二三四五六七八九十]成|比例|"
                        rf"[{_CN}百千万]*[{_CN}][{_CN}百千万]*(?:元|万元|倍)|[{_CN}百]+分之[{_CN}百]+")  # "压缩四分之一"
_COUNT_RE = re.compile(r"\d+\s*(?:户|人次|人|名|家|项|个|次|台|座|辆|所|张|件|类|种|批)|[一二三四五六七八九十两]+(?:个|项|名|家|件|类|种)")


# A list of three or more named things: "国家重要湿地、自治区级重要湿地、市（县）级重要湿地和一般湿地".
_ENUMERATION = re.compile(r"[\u4e00-\u9fff（）()]{2,}(?:、[\u4e00-\u9fff（）()]{2,})+(?:和|及|以及|与|、)[\u4e00-\u9fff（）()]{2,}")


_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")


def enumerates(sentence: str) -> bool:
    return bool(_ENUMERATION.search(sentence))


_DAY = re.compile(rf"\d{{1,2}}\s*[日号]|[{_CN}]{{1,3}}[日号]|当[日天]|即日")
_BIRTH_DATE = re.compile(r"\d{4}\s*年\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*日)?\s*(?:出生|生(?=[，,；;、）)\s]|$))")


# "从哪天开始算", "自何时起计算": when a period is counted from, answered by the rule ("以…之日起算").
_FROM_WHEN = re.compile(r"(?:哪一?[天日]|何时|什么时[候间]|几号)(?:开始)?起?(?:算起|计算|算)")
def _names_another(question: str, doc_number: str | None) -> bool:
    """Whether the question names a notice by its 文号 and it is not this one ("遵市教发〔2026〕12号自何时起施行" is not
    asked of the notice amending it)."""
    named = _named_numbers(question)
    return bool(named) and (doc_number is None or doc_number_key(doc_number) not in named)


@functools.lru_cache(maxsize=256)
def _named_numbers(question: str) -> frozenset[str]:
    """The 文号 a question names, as keys (read once per question, not once per sentence scored)."""
    return frozenset(doc_number_key(n) for n in find_doc_numbers(question))


# a start asked ("从哪天起执行", "什么时候开始实施") and the day a rule starts on ("自2026年3月1日起施行")
_START_FROM_ASKED = re.compile(r"(?:从|自)?(?:哪一?[天日]|何时|什么时[候间]|几号|哪年哪月)(?:开始|起)?(?:执行|施行|实施|生效|实行)|"
                          r"(?:从|自)(?:哪一?[天日]|何时|什么时[候间]|几号)起")
_STARTS_ON = re.compile(r"\d{1,2}\s*日起(?:施行|执行|实施|生效|实行)|之日起(?:施行|执行|实施|生效|实行)")
_COUNTED_FROM = re.compile(r"起算|之日起|起计算|计算起")


# What a rule leaves out: "除助学贷款、…5万元以下小额消费贷款（含信用卡消费）以外"
_EXCEPTED = re.compile(r"除(?:了)?[^。；;]{2,80}?(?:以外|之外)")
# A sum asked by the day, month or year ("一天能补多少钱", "每个月能领多少"), one paid once ("一次性
# 建设补贴5万元") and one paid by the period or the time ("每人每餐5元", "每月400元")
_PER_PERIOD_ASKED = re.compile(r"(?:一|每)个?(?:天|日|月|年|餐|顿)")
_ONE_OFF = re.compile(r"一次性")
# A total asked ("补助资金总额是多少", "总投资多少") and a sum of so much per unit ("每户15000元", "每亩补助80元"),
# which is no total
# (a budget asked: "总共安排了多少资金", not what one person gets in all: "一共能领多少钱")
_TOTAL_ASKED = re.compile(r"总额|总投资|总预算|总规模|资金总量|总金额|"
                          r"(?:总共|一共|共计|总计)[\u4e00-\u9fff]{0,4}?多少(?:资金|经费|预算)")
_PER_UNIT_SUM = re.compile(r"每(?:户|人|亩|台|套|平方米|个|名|家|所|辆|千瓦|吨|张|间|座|栋|处|件|项|床)")
_PER_PERIOD = re.compile(r"每(?:人|户|名|位)?(?:每)?个?(?:天|日|月|年|餐|次|季|周)")


# A share asked ("报销比例是多少", "能报销多少比例", "占比多少", "百分之几") and one stated.
_RATIO_ASKED = re.compile(r"比例|比率|占比|百分之几|百分比|几成")
_RATIO = re.compile(r"\d\s*[%％‰]|百分之|[一二三四五六七八九十]成|\d+\s*成")


def answers_kind(sentence: str, part: Part, columns: str = "") -> bool:
    """Whether a sentence holds the kind of fact a part asks for (a date for 何时 …); ``columns``:
    a table row's header row (a row names a person in a cell under a role's column)."""
    s = re.sub(r"^\s*(?:[-•]\s*)?(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）])", "", sentence)  # item numbers
    match part.asked:
        case Asked.DATE:
            # a date the question gives itself is no answer ("2022年…启动仪式在哪一天" is not
            # answered by "举办2022年…活动启动仪式"), nor is a birth date ("1973年12月出生") unless asked
            if not re.search(r"出生|生日|年龄|多大", part.clause):
                s = _BIRTH_DATE.sub("", s)
            s = BOOK_TITLE_RE.sub("", s)  # a year in a plan's title names the plan: "《…行动方案（2026—2027年）》"
            if FREQUENCY_ASKED.search(part.clause):
                return _FREQUENCY.search(s) is not None  # "几个月发一次" is answered by "按季度发放", "每月"
            if _FROM_WHEN.search(part.clause) and _COUNTED_FROM.search(s):
                return True  # "5年从哪天开始算" is answered by the rule it is counted by: "以毕业证书落款日期起算"
            if re.search(r"哪一?[天日]|几号", part.clause) and not _DAY.search(s):
                return False  # "哪一天" is not answered by "2022年9月"
            if _SPAN_ASKED.search(part.clause):
                # "最多能领几年": "最长36个月", not "自…起施行"; "要在多长时间内完成" by a deadline too ("6月30日前")
                return _DURATION.search(s) is not None or bool(
                    _WITHIN_ASKED_SPAN.search(part.clause) and _DEADLINE_DATE.search(s))
            return any(squash(m.group()) not in squash(part.clause) or not re.fullmatch(r"\d{4}\s*年", m.group())
                       for m in _DATE_RE.finditer(s))
        case Asked.ORG:
            # (a budget that pays is who bears a cost: "由市级财政和各县（区）财政分级承担")
            paid = bool(_COST_ASKED.search(part.clause) and _PAID_BY.search(s))
            orgs = org_mentions(s)
            if "部门" in part.clause:  # a department is asked: "推动民办学校…信息公开" names none
                orgs = [o for o in orgs if not _NOT_A_DEPARTMENT.search(o)]
            if _SECTION_ASKED.search(part.clause):
                # "市住建局具体是哪个科室" is answered by an office inside it ("住房保障科"), not by the bureau
                return bool(_SECTION_NAMED.search(s))
            # ("责任主体是谁" is answered where one is said to be it: "以县为责任主体")
            named = bool(part.focus) and len(part.focus[0]) >= 4 and f"为{part.focus[0]}" in s
            return bool(orgs or _ROLE_LABEL.search(s) or paid or named) or names_body(s)
        case Asked.PLACE:
            # where an event is held is a venue; where one applies may be an office
            if _EVENT.search(part.clause):
                return bool(_VENUE_RE.search(s))
            return bool(_PLACE_RE.search(s) or org_mentions(s))
        case Asked.PERSON:
            # a row under a header with a column a person holds (县级河（湖）长, 责任人): a cell that
            # reads as a name, or a row whose cells the converter glued together ("1清水河杨春燕
            # 王团镇…"), which cannot be told apart
            return names_a_person(s) or (bool(PERSON_COLUMN_RE.search(columns))
                                         and (row_names_person(s) or "\t" not in s))
        case Asked.AMOUNT:
            if adds_to_told_sum(s, part.clause) is False:  # "1500元之外还能再加多少": not "每月1500元"
                return False
            # a sum in what a rule leaves out is no answer: "除…5万元以下小额消费贷款…以外，…应没有其他贷款"
            s = _EXCEPTED.sub("", s)
            if _PER_PERIOD_ASKED.search(part.clause) and _ONE_OFF.search(s) and not _PER_PERIOD.search(s):
                return False  # "一天能补多少钱" is not answered by "给予一次性建设补贴5万元"
            if _TOTAL_ASKED.search(part.clause) and _PER_UNIT_SUM.search(s) and not _TOTAL_ASKED.search(s):
                return False  # "补助资金总额是多少" is not answered by "补助标准：每户45000元"
            if part.bound == "ceiling" and _CAP_ASKED.search(part.clause) and not (
                    _CAP_NAMED.search(s) or states_bound(s, "ceiling", part.unit or "")):
                return False  # "托育费最高不能超过多少" is not answered by "3周岁以下…每月补助200元"
            if _RATIO_ASKED.search(part.clause):  # "报销比例是多少" is answered by a share, not by a sum
                return bool(_RATIO.search(s))
            if part.unit in ("元", "万元", "亿元"):
                # "2万元" answers 多少钱, as does a fine in words: "五百元以上二千元以下", and a row's bare
                # figure under a caption or column in that unit ("单位：元/人" over "1\t电工\t1000\t…")
                # (or under a column of sums in another unit of money that names what is asked: "补助资金（万元）"
                # answers "分了多少补助资金", not "每台补多少钱")
                return bool(re.search(rf"(?:\d|[{_CN}])\s*[百千万亿]*元", s)) or _bare_in_unit(s, columns, part.unit) or (
                    _money_column_named(columns, part.clause) and _BARE_FIGURE.search(s) is not None)
            if part.unit:
                # (a row's bare figure under a column headed with the unit: "长度（公里）" over "133.23")
                return bool(_in_unit(part.unit).search(s)) or _bare_in_unit(s, columns, part.unit)
            # A sum, a share, a ratio, a measure: any figure but a date or an age. (The word 比例 with no
            # figure answers a ratio asked, not "个人缴费标准是多少": "…个人实际报销比例低于…平均水平的".)
            s = re.sub(r"^\s*\d{1,3}\t", "", s)  # a table row's 序号 is no figure of it
            stated = [m.group() for m in _AMOUNT_RE.finditer(s)]
            return bool(stated and (any(m != "比例" for m in stated) or _RATIO_ASKED.search(part.clause))) or any(
                not re.search(r"(?:年|月|日|号|周岁|岁)$", n) and not re.fullmatch(r"(?:19|20)\d\d", n)
                for n in numbers_in(s))
        case Asked.COUNT:
            # "分几个级别": the list of them answers how many (not "配几台": a list of offices is no count
            # of machines, nor the list in brackets that qualifies a word: "乡（镇、街道、农林场）级"),
            # and people are counted by a list of them, not a list of their duties ("发现、制止、报告")
            if enumerates(_BRACKETED.sub("", s)) and part.unit not in _COUNTED_THINGS and not _IN_PARTS.search(
                    part.clause) and (
                    part.unit not in _PEOPLE or names_a_person(s)):
                return True
            if _INSTALMENTS_ASKED.search(part.clause) and (
                    len(_PAID_SHARE.findall(s)) >= 2 or _IN_INSTALMENTS.search(s)):
                return True  # "分几次拨" is answered by the shares paid: "…拨付70%，第三年复查合格后拨付30%"
            if part.unit:
                # (or a row's bare figure under a column headed with the unit: "计划加装台数（台）" over "50")
                return bool(_in_unit(part.unit, r"\d|[一二三四五六七八九十两]").search(s)) or _bare_in_unit(
                    s, columns, part.unit)
            return bool(_COUNT_RE.search(s))
        case _:
            return True


_MONEY_COLUMN = re.compile(r"([\u4e00-\u9fff]{2,8})\s*[（(]\s*(?:元|万元|亿元|千元)\s*[)）]")


def _money_column_named(columns: str, clause: str) -> bool:
    """Whether a table's header has a column of sums whose name the clause asks by ("补助资金（万元）" for "分了多少补助资金")."""
    return any(m.group(1)[-2:] in clause and not _PER_UNIT_SUM.search(clause) for m in _MONEY_COLUMN.finditer(columns))


def _bare_in_unit(sentence: str, columns: str, unit: str) -> bool:
    """A table row's bare figure under a column headed with the unit ("计划加装台数（台）" over "50")."""
    return bool(unit_header(columns, unit) and _BARE_FIGURE.search(sentence))


def _fits(sentence: str, part: Part, strict: bool = False, columns: str = "") -> bool:
    """Whether a sentence holds the kind of fact a part asks for, in the role it names: for an
    organisation only when ``strict``, as its role may be a table's column label, not in the sentence
    (``columns``: a table row's header row, where the row's roles are named)."""
    return answers_kind(sentence, part, columns) and (
        not part.role or (part.asked is not Asked.PERSON and not strict) or (
            names_role(sentence + columns, part.role) and not _other_level(part, sentence + columns)))


_LEVEL = r"(村|社区|乡镇|街道|乡|镇|县|区|市|州|省|自治区)级"


def _other_level(part: Part, text: str) -> bool:
    """A role asked at one level that the text names only at others: "村级河长是谁" is not answered
    by a row under "县级河（湖）长" and "乡镇级河长"."""
    if not part.role or "级" not in part.clause:
        return False
    asked = re.search(_LEVEL + re.escape(part.role), squash(part.clause))
    if asked is None:
        return False
    named = set(re.findall(_LEVEL + r"[\u4e00-\u9fff（）()]{0,4}?" + re.escape(part.role[-1]), squash(text)))
    return bool(named) and asked.group(1) not in named


def _sent_fits(s: _Sent, part: Part) -> bool:
    """``_fits`` for a scored sentence, read with its table's header row."""
    return _fits(s.text, part, columns=s.columns)


# "哪位领导负责" is answered by "责任领导：王某": a label of 责任 states who is 负责.
_RESPONSIBLE_LABEL = re.compile(r"(?:责任(?:领导|人|单位|部门)|负责人)\s*[：:]")
# "分管交通运输局", not "分管负责同志"/"分管领导" (no one named)
_MANAGES = re.compile(r"[分主]管(?!负责|领导|同志|的)")


def names_role(sentence: str, role: str) -> bool:
    """Whether a sentence names a role itself, not a longer one holding it ("组长" in "副组长：…"),
    nor a post ("主要负责同志为成员")."""
    spots = list(re.finditer(re.escape(role) + r"(?!同志)", sentence))
    if role == "负责":
        if _RESPONSIBLE_LABEL.search(sentence) or _MANAGES.search(sentence):
            return True  # "谁管" is answered by whom a thing is 分管 by as well
        # "办公室…具体负责组织协调" is what an office does, not who answers for a task
        spots = [m for m in spots if sentence[max(0, m.start() - 2):m.start()] != "具体"]
    return any(not any(longer != role and role in longer
                       and sentence.startswith(longer, m.start() - longer.index(role)) for longer in ROLES)
               for m in spots)


def states_bound(sentence: str, bound: str, unit: str | None = None) -> bool:
    """Whether a sentence gives one of its figures as a ceiling ("上限为1000万元", "不超过0.5%") or a
    floor ("不少于10个工作日", "90%以上"); ``unit``: only a figure in that unit ("" any), not an age or
    a date ("3周岁以下" bounds no fee)."""
    figures = set(numbers_in(sentence))
    if unit is not None:
        figures = {n for n in figures if n.endswith(unit) and not _AGE_OR_DATE.search(n)}
    return any(bound in bounds_of(n, sentence) for n in figures)


def typed_facts(text: str, part: Part) -> list[str]:
    """The facts of a part's kind a text states, as a claim that says them would: its numbers for a
    date or an amount, its organisation names (without 县/市 prefix) for an organisation, a place or
    a person, and for a person the name."""
    if part.asked in (Asked.DATE, Asked.AMOUNT, Asked.COUNT):
        return [re.sub(r"[^\d.%％:：/]", "", n) for n in numbers_in(text)]
    if part.asked in (Asked.ORG, Asked.PLACE, Asked.PERSON):
        text = _role_span(text, part.role) if part.role else text
        names = [n for n in (org_core(m) for m in org_mentions(squash(text))) if len(n) >= 2]
        if part.asked is Asked.PERSON:
            # a person by the last two characters of the name: a role may stand glued before it
            # ("主任周勇兼任" → 周勇), and a claim may word the rest differently ("由周勇兼任")
            names += names_before_posts(text)
        return names
    return []


def _role_span(text: str, role: str) -> str:
    """The words of a text that go with one role: "牵头单位：A、B配合单位：C" → "牵头单位：A、B" for
    牵头 (the text as it is where the role is not named)."""
    at = text.find(role)
    if at < 0:
        return text
    rest = text[at + len(role):]
    ends = [m.start() for other in ROLES if other != role and other not in role
            for m in re.finditer(other + r"(?:单位|部门)?[:：]", rest)]
    return text[at:at + len(role) + min(ends, default=len(rest))]


@dataclass(frozen=True)
class Quote:
    """A verbatim span of a retrieved passage that answers one part of the question."""

    hit: Hit
    start: int  # offsets in ``hit.text``
    end: int
    part: int  # index of the part it answers
    score: float
    columns: str = ""  # a table row's header row: the roles its cells have ("县级河（湖）长")
    item: str = ""  # for a field line ("（链长：田梅音；…）"), the item it belongs to ("文冠果产业链")

    @property
    def text(self) -> str:
        return self.hit.text[self.start:self.end]


@dataclass(frozen=True)
class Selection:
    parts: tuple[Part, ...]
    quotes: tuple[Quote, ...]  # in answer order: by notice (in the order first quoted), then by part and position
    unanswered: tuple[int, ...]  # parts no sentence answers
    question: str = ""  # the (standalone) question asked
    # amount parts whose figures are of something other than what the question asks the amount for
    # ("对新建的快递末端网点…，每个补助多少钱" answered by the 示范生活圈's 30万元): unanswered whatever they fit
    aimless: tuple[int, ...] = ()
    persons: tuple[str, ...] = ()  # whom the question's 他/她 stands for ("副组长是谁？他分管…")
    # for each part, the sentences chosen for it, best first, quoted for it or already for an earlier part
    chosen: tuple[tuple[str, ...], ...] = ()
    # the notices no longer in force on the day asked, by doc_id, with what they are ("已失效"):
    # said where their quotes are introduced, not only under the answer
    lapsed: tuple[tuple[str, str], ...] = ()
    preface: str = ""  # said before the quotes: the standing of a notice the question names but the library lacks


@dataclass(frozen=True)
class _Sent:
    hit: Hit
    start: int
    end: int
    text: str
    heading: str
    topic: float  # how much of the whole question the sentence (under its heading) covers
    lead: float  # how much of it the sentences just before cover (the item a field belongs to)
    candidate: bool  # False for titles, bare headings, table header cells: quoted only inside a list
    columns: str = ""  # for a table row, its table's header row: what its cells are
    numbered: str = ""  # the last sentence before it (or it) that opens with an item number: its item
    listed: str = ""  # for an item of a list ("（二）清源山风景名胜区；"), the short numbered line it opened on
    asks: str = ""  # on a 问答 page, the question the sentence answers ("五、高龄津贴和养老服务补贴能同时享受吗？")
    signed: bool = False  # the date under the issuer's name: when the notice was signed (no evidence but of that)


# A flattened table's row opens with its number glued to its first cell ("22京藏高速公路改建工程",
# "3 折死沟 杨国林"); its other cells follow on lines of their own, up to the next row's number.
_ROW_START = re.compile(r"(\d{1,3})(?![\d年月日号.．、,，%％个项次人户元万亿名家所台天倍米吨亩周岁条处辆座])"
                        r"(?!小时|分钟|公里|千米|平方|立方|公斤|千克)[ \t]*[\u4e00-\u9fff]")
_ROW_MAX_CHARS = 400
_ROW_MAX_LINES = 16


_BARE_NUMBER = re.compile(r"\s*(\d{1,3})\s*")
_SHORT_CELL = re.compile(r"\s*[\u4e00-\u9fff]{1,6}\s*")
_VERTICAL_ROW_MAX_CHARS = 700


def _bare_row_number(text: str, spans: Sequence[tuple[int, int]], j: int) -> int | None:
    """The row number span ``j`` opens a row with when it is a number alone on its line and a short
    first cell follows it ("20" | "实行"); None otherwise."""
    m = _BARE_NUMBER.fullmatch(text[spans[j][0]:spans[j][1]])
    if m is None or j + 1 >= len(spans) or not _SHORT_CELL.fullmatch(text[spans[j + 1][0]:spans[j + 1][1]]):
        return None
    return int(m.group(1))


def _vertical_row(text: str, spans: Sequence[tuple[int, int]], k: int) -> int | None:
    """For a table printed one cell piece a line ("20" | "实行" | "联合" | "测绘" | its measures |
    "市自然资源局" | … | "8月30日前"), the last span of the row opening at span ``k``: its number
    alone on a line and a short first cell after it, up to the line with the next number alone
    (and its short first cell), within 700 characters. None where span ``k`` opens no such row."""
    number = _bare_row_number(text, spans, k)
    if number is None:
        return None
    for j in range(k + 2, len(spans)):
        if spans[j][1] - spans[k][0] > _VERTICAL_ROW_MAX_CHARS:
            return None
        if heading_kind(text[spans[j][0]:spans[j][1]]) is not None:
            return None
        if _bare_row_number(text, spans, j) == number + 1:
            return j - 1
    return None


# What stands under a table's rows and is none of them: its total row, its note, who drew it up
_BELOW_ROWS = re.compile(r"\s*(?:合\s*计|总\s*计|小\s*计|注\s*[：:\d]|备\s*注|说明\s*[：:]|制表|填表|资料来源)")


def table_rows(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each table row's cells (the spans from a row's numbered first cell up to the
    next row's, a heading or the text's end) made one span, so that the row's 责任单位, 计划投资 or
    河道长度 stand with its name; a row longer than 400 characters or 16 lines is left as it is."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        a = spans[k][0]
        if (vertical := _vertical_row(text, spans, k)) is not None:
            out.append((a, spans[vertical][1]))
            k = vertical + 1
            continue
        m = _ROW_START.match(text, a)
        end = k
        if m and not re.search(r"[。！？]", text[a:spans[k][1]]):  # a row's first cell, not a sentence
            number = int(m.group(1))

            def next_row(j: int, number: int = number) -> bool:
                """Span ``j`` opens the next row: its number (alone, or glued to its first cell)
                follows this row's ("607沙坡头区2020年" after row 9 is its cells: 计划投资, 责任单位,
                开工年度)."""
                glued = _ROW_START.match(text, spans[j][0])
                if glued is not None:
                    return number < int(glued.group(1)) <= number + 3 or int(glued.group(1)) == 1  # or numbering restarts
                return _bare_row_number(text, spans, j) == number + 1

            # up to the next row, a heading, or the passage's end (a row the passage was cut after)
            for j in range(k + 1, min(len(spans), k + _ROW_MAX_LINES) + 1):
                if j == len(spans):
                    end = j - 1
                    break
                if spans[j][1] - a > _ROW_MAX_CHARS:
                    break
                if (next_row(j) or heading_kind(text[spans[j][0]:spans[j][1]])
                        or HEADER_ROW_RE.match(text, spans[j][0]) or _BELOW_ROWS.match(text, spans[j][0])):
                    end = j - 1
                    break
        out.append((a, spans[end][1]))
        k = end + 1
    return out


# A notice on who leads what gives each leader a record: a paragraph opening on the name
# ("王继斌同志 协助县长负责…工作。") and, after it, paragraphs whose subject is that name left unsaid
# ("分管县农业农村局…水务局…。", "联系县委农村工作领导小组…。").
_DUTY_OPENING = re.compile(r"\s*(?:分管|联系|主持|主管|协管|兼管|代管|负责|协助|兼任|牵头)")
_RECORD_MAX_CHARS = 600


def person_records(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each leader's record made one span: the sentence that opens on a name with
    同志 and the sentences after it that open on a duty with the subject left unsaid (分管…, 联系…,
    主持…), so that "县水务局归谁分管" is answered by a span that names him; a record longer than 600
    characters is cut where it would pass that."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        a, end = spans[k][0], k
        if opens_on_person(text, a):
            while (end + 1 < len(spans) and _DUTY_OPENING.match(text, spans[end + 1][0])
                   and spans[end + 1][1] - a <= _RECORD_MAX_CHARS):
                end += 1
        out.append((a, spans[end][1]))
        k = end + 1
    return out


def _sentences(hits: Sequence[Hit], terms: Sequence[str], idf: IdfFn | None) -> list[list[_Sent]]:
    out = []
    for hit in hits:
        text = hit.text
        heading = hit.chunk.section_path.rsplit(PATH_SEP, 1)[-1]
        # the headings above the sentence, one of each kind ("（九）…" > "3.…")
        above = [(k, h) for h in hit.chunk.section_path.split(PATH_SEP)[1:] if (k := heading_kind(h))]
        sents: list[_Sent] = []
        rows = [] if hit.whole else table_rows(text, split_sentences(text))
        spans = [(0, len(text))] if hit.whole else person_records(text, rows)
        records = set(spans) - set(rows)  # a leader's record is read whole, as a row is
        columns = _columns_before(hit)
        header_end = -1  # where the header row last seen ends: its wrapped label lines are no evidence
        numbered = ""
        opener: tuple[str | None, str] = (None, "")  # the last short numbered line and its kind
        tab_columns = ""  # the header row of the tab-separated table being read (web page, Word file)
        tab_caption = ""  # the title printed over that table ("中心城区公共租赁住房租赁补贴标准（按户按月发放）")
        years: list[str] = []  # a schedule's year columns ("2018年2019年2020年"), their cells in blocks
        block = -1
        asks = _faq_question(heading)  # a 问答 page's question the passage opens under
        for a, b in spans:
            windows = [(a, b)] if hit.whole or (a, b) in records else _long_sentence_windows(text, a, b)
            for x, y in windows:
                sent = text[x:y]
                if len(windows) > 1 and b - a <= 250:
                    # Scored by its window, quoted whole: "国有背景融资担保机构分担50%，…" keeps
                    # the clause before the comma that holds the first figure.
                    x, y = a, b
                item = _is_item(sent, sents)
                # (an article that rules in a sentence of its own heads what follows it, and is evidence too)
                if (kind := heading_kind(sent)) is not None and len(sent) <= 24 and not item:
                    heading = sent
                    above = [*above[:next((n for n, (k, _) in enumerate(above) if k == kind), len(above))],
                             (kind, sent)]
                own = sentence_relevance(sent, terms, False, idf)
                # "责任领导：王新海" on its own line after the last item of "（九）校园领域专项整治" is the
                # field of the whole task, not of that item alone: read under both headings (fields in
                # brackets after an item's text are that item's)
                whole_task = len(above) >= 2 and is_field_line(sent, bracketed=False)
                field_of = above[-2][1] + heading if whole_task else heading
                row_columns = ""
                if YEAR_COLUMNS_RE.fullmatch(sent):
                    years, block = re.findall(r"(?:19|20)\d\d", sent), -1
                elif years and (heading_kind(sent) in ("cn", "paren_cn", "chapter", "section")
                                or HEADER_ROW_RE.match(sent) or sent.lstrip().startswith("附件")):
                    years = []  # the schedule has ended: a heading, another table, an attachment
                elif years and _FIRST_ITEM.match(sent):
                    block = (block + 1) % len(years)  # the items start again: the next year's cell
                if years and block >= 0:
                    row_columns = f"{years[block]}年"
                if "\t" not in sent or heading_kind(sent) is not None:
                    tab_columns = ""  # the table has ended
                # (a tab-separated header row opening on 序号 is read as a web page's: its labels
                # are the row's cells one to one)
                if (labels := tab_header(sent)) and "\t" not in (line_above := text[:x].rstrip().rsplit("\n", 1)[-1]):
                    # the first row of a table, its labels (after the caption over it that names the unit
                    # of its bare figures: "单位：元/人", read by ``unit_header``)
                    caption = line_above.strip() if _UNIT_CAPTION.fullmatch(line_above.strip()) else ""
                    tab_columns = f"{caption}\n" * bool(caption) + "\t".join(labels)
                    # (a table of values, not a numbered list of tasks whose title repeats the plan's name)
                    tab_caption = line_above.strip() if _TABLE_TITLE.fullmatch(line_above.strip()) and not re.match(
                        r"序号|编号", labels[0]) else ""
                    header_end = x + len(sent)
                elif HEADER_ROW_RE.match(sent):
                    header = _header_lines(text, x)
                    columns = squash("".join(header))
                    header_end = x + len("\n".join(header))
                elif tab_columns:
                    row_columns = tab_columns
                    # a row under its table's header (and the title over it: what its figures are)
                    field_of = heading + tab_caption + squash(_labels_line(tab_columns))
                elif columns and _ROW_START.match(sent) and not re.search(r"[。！？]", sent):
                    row_columns = columns
                    field_of = heading + columns  # a row under its table's header
                under = sentence_relevance(field_of + sent, terms, False, idf)
                # The item a field belongs to may stand a few sentences up (a table row: task,
                # targets, 牵头单位); its pull fades with each sentence and stops after a field.
                lead = 0.0
                if sents:
                    last = sents[-1]
                    fade = 0.5 if _ROLE_LABEL.match(last.text) else 0.9
                    lead = max(last.topic, last.lead) * fade
                # A short value standing alone under its heading ("六、收费标准" / "不收费。") and
                # the items of a list are evidence; other headings and fragments are not.
                value = bool(sents) and sents[-1].text == heading and sent.endswith(("。", "；", ";"))
                # the date under the issuer's name is when the notice was signed, not a deadline
                # (by one issuer or several: "泉州市发展和改革委员会泉州市城市管理局" / "2026年7月28日")
                signed = bool(sents) and bool(_SIGNED_ON.fullmatch(sent.strip())) and bool(
                    ORG_MENTION_RE.fullmatch(flat := squash(sents[-1].text)) or ISSUER_LINE_RE.fullmatch(flat))
                if _ITEM.match(sent):
                    numbered = sent
                # ("二、禁飞区域。" over "（一）…；（二）清源山风景名胜区；": the list an item is of)
                if kind is not None and len(sent) <= 24 and sent.rstrip().endswith(("。", "：", ":")):
                    opener = (kind, sent)
                listed = opener[1] if kind is not None and opener[0] not in (None, kind) else ""
                if (question := _faq_question(sent)) or (kind is not None and len(sent) <= 24 and not item):
                    asks = question  # the next question of the page, or a heading that ends its answers
                sents.append(_Sent(hit, x, y, sent, field_of, max(own, (own + under) / 2), lead,
                                   not signed and x >= header_end
                                   and (item or (value and heading_kind(sent) is None) or not _not_evidence(sent, hit)),
                                   row_columns, numbered, listed, "" if question else asks, signed))
        out.append(sents)
    return out


# A question of a 问答 page, alone on its line: "问：家长怎样申请家庭入托补贴？", "五、高龄津贴和养老服务补贴能同时
# 享受吗？", "Q3：…?"; group 1: the question without its number
_FAQ_QUESTION = re.compile(r"\s*(?:问\s*\d{0,2}\s*[：:]|Q\s*\d{0,2}\s*[：:.、]|[一二三四五六七八九十]{1,3}[、.．]|"
                           r"\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*([^。；;\n]{4,60}?)\s*[？?]\s*")


def _signed_under(by_hit: Sequence[list[_Sent]], question: str) -> tuple[int, int] | None:
    """The signed date (passage, sentence) of the notice a question names by its title in 《》 (the notice or
    the rules it issues: "《…实施办法》" of "…关于印发…实施办法的通知"), else of the first notice quoted that
    has one; None where no passage holds its signature."""
    named = [squash(t) for t in _TITLE_NAMED.findall(question)]
    signed = [(h, i) for h, sents in enumerate(by_hit) for i, s in enumerate(sents) if s.signed and i]
    if named:
        signed = [(h, i) for h, i in signed if any(
            n in squash(by_hit[h][i].hit.chunk.title) for n in named)] or signed
    return signed[0] if signed else None


def _faq_question(line: str) -> str:
    """The question a 问答 page's line asks, or "" for any other line."""
    m = _FAQ_QUESTION.fullmatch(line)
    return m.group(1) if m else ""


def faq_likeness(clause: str, question: str) -> float:
    """How nearly a 问答 page's question is the one asked: the Dice share of their character pairs
    ("高龄津贴和养老服务补贴能一起享受吗" ~ "高龄津贴和养老服务补贴能同时享受吗": 0.81)."""
    return pair_dice(clause, question)


# A title printed over a table: a short line, no sentence ("中心城区公共租赁住房租赁补贴标准（按户按月发放）",
# "附件2补助标准")
_TABLE_TITLE = re.compile(r"[^。；;！？!?\t]{4,50}?(?:表|标准|明细|清单|目录|一览)(?:[（(][^（）()]{1,20}[)）])?[：:]?")
# A caption over a table naming the unit of its figures: "单位：元/人", "单位：万元".
_UNIT_CAPTION = re.compile(r"单位[：:]\s*[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,3})?")


def _labels_line(columns: str) -> str:
    """A table's header row without the caption read over it ("单位：元/人\n序号\t…" → "序号\t…")."""
    return columns.rsplit("\n", 1)[-1]


def outside_listed_places(sentence: str, asked: Sequence[str]) -> bool:
    """Whether a sentence grants to the districts it lists ("对城中区、鱼峰区、柳南区…范围内…的，…每个充电端口
    200元") and the question's district or county (``asked``, of the same prefecture) is not among them:
    "鹿寨县县城的老小区…能补多少" is not answered by it."""
    if not asked:
        return False
    listed = districts_in(sentence)
    return len(listed) >= 2 and not set(asked) & set(listed) and all(
        any(same_prefecture(a, p) for p in listed) for a in asked)


def _names_row(term: str, name: str, labels: Sequence[str]) -> bool:
    """A question's word names a row by its first cell ("登记" of the 登记 row), or by that cell and
    its column's label ("登记环节" of a row "3 登记 …" under "序号 环节 办理内容 办理时限")."""
    if len(term) < 2:
        return False
    return term in name or (len(name) >= 2 and term.startswith(name) and term[len(name):] in labels)


_EVERY_ROW_MOST = 12  # rows quoted for a question that asks of every row
_NAMED_NOTICE = 1.5  # a sentence of the notice the question names by its 文号 or title
_TITLE_NAMED = re.compile(r"《([^》]{4,80})》")
_NOW_ASKED = re.compile(r"现在|目前|现行|如今|当前|还(?:按|执行|有效|适用)|调整后|新标准")


@lru_cache(maxsize=4096)
def _every_row_asked(clause: str, columns: str) -> bool:
    """The question asks of every row, naming the column of their names: "各环节的办理时限" of a
    table headed "序号 环节 办理内容 办理时限" (``columns``, tab-separated; asked once a table, not a row)."""
    return any(re.search(rf"(?:各|每个|每一|所有|哪些|哪几个){re.escape(label)}", clause)
               for label in columns.split("\t") if 1 <= len(label) <= 4)


def _row_name(row: str) -> str:
    """What a table row is about: its first cell after the row number (the first characters of a
    row whose cells the converter glued together)."""
    m = _ROW_START.match(row)
    rest = row[m.end() - 1:] if m else row
    return re.split(r"[\t\n ]", rest.strip(), maxsplit=1)[0][:10]


# A schedule's year columns (``index.tables.YEAR_COLUMNS_RE``): each year's cell a numbered list
# ("1．学生计算机生机比…" "…5．…" for 2018, again from 1 for 2019 …).
_FIRST_ITEM = re.compile(r"\s*1\s*[.．、](?!\d)")
_YEAR_CELL = re.compile(r"((?:19|20)\d\d)年")


def year_column(columns: str) -> str | None:
    """The year a cell's column stands for, where its header is a year."""
    m = _YEAR_CELL.fullmatch(columns)
    return m.group(1) if m else None


def _header_lines(text: str, at: int) -> list[str]:
    """The lines of the header row starting at ``at``, its cells wrapped over a few lines, up to
    the first row."""
    lines: list[str] = []
    for ln in text[at:at + 300].split("\n")[:12]:
        if lines and (_ROW_START.match(ln) or _BARE_NUMBER.fullmatch(ln) or re.search(r"[，,。；;]|\d{2}", ln)
                      or len(ln) > 40 or heading_kind(ln) is not None):
            # a row, a group's row ("一沿黄生态经济带（22个）2360233"), or a cell's text (a header
            # printed again at a page top inside a row)
            break
        lines.append(ln)
    return lines


def _header_at(text: str, at: int) -> str:
    """The header row starting at ``at``, squashed."""
    return squash("".join(_header_lines(text, at)))


_HEADER_LINE = re.compile(r"(?m)^" + HEADER_ROW_RE.pattern)  # a header row opening a line


def _columns_before(hit: Hit) -> str:
    """The header row of the table a passage starts inside: the last one its chunk prints before
    the passage (a passage cut out of a long table starts below the header)."""
    text = hit.chunk.text
    cut = text.find(hit.text[:40]) if hit.text else -1
    heads = list(_HEADER_LINE.finditer(text[:max(cut, 0)]))
    if heads:
        return _header_at(text, heads[-1].start())
    # a passage that opens on a row below a header its chunk does not hold: the header the table
    # prints again at the next page's top is the same one
    if _ROW_START.match(hit.text) and (again := _HEADER_LINE.search(hit.text)):
        return _header_at(hit.text, again.start())
    return ""


_HEADER_LOOKBACK_LINES = 40  # how far up a notice a tab table's header row is looked for
_ROW_HEADING_MOST = 24  # a heading between a table's rows ("三、优化夜间消费环境"), not a sentence


def table_header_before(text: str, at: int) -> str:
    """The labels of the tab-separated table whose row starts at ``at`` in a notice's ``text``
    ("序号\t工作任务\t责任单位\t配合单位\t完成时限"), read back up past its rows and the headings
    between them (a Word table's rows under "三、优化夜间消费环境"); "" where prose comes first."""
    for line in reversed(text[:at].split("\n")[-_HEADER_LOOKBACK_LINES:]):
        line = line.strip()
        if not line:
            continue
        if labels := tab_header(line):
            return "\t".join(labels)
        if "\t" not in line and (heading_kind(line) is None or len(line) > _ROW_HEADING_MOST):
            return ""
    return ""


def headed_rows(selection: Selection, texts: Mapping[str, str]) -> Selection:
    """The selection, each quoted tab row whose passage starts below its table's header read under
    that header, looked up in the notice's text (``texts``: doc_id → text), where its cells line up
    with the header's labels."""
    quotes = []
    for q in selection.quotes:
        text = texts.get(q.hit.chunk.doc_id, "")
        at = q.hit.start + q.start
        if not q.columns and "\t" in q.text and text[at:at + len(q.text)] == q.text and (
                header := table_header_before(text, at)) and labelled_row(q.text, header.split("\t")):
            q = replace(q, columns=header)  # (only where the row lines up with it)
        quotes.append(q)
    return replace(selection, quotes=tuple(quotes))


# a clause that names the field it asks first: "链长是哪位县领导", "召集人是谁"
_NAMED_FIRST = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:分别)?(?:是|为)(?:哪|谁|什么)")
# The name of the last numbered item in a heading: "文冠果产业链" of "（二）培育产业链3.文冠果产业链。".
_ITEM_NAME = re.compile(r"(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*"
                        r"((?:(?!\d{1,2}\s*[.．、])[^。；;：:（）()]){2,24}?)[。；;]?\s*$")


def _item_of(s: _Sent) -> str:
    """For a field line ("（链长：田梅音；牵头单位：…）", "责任单位：…"), the item it belongs to when the
    item's heading stands in the passage above it ("3.文冠果产业链。" → "文冠果产业链"): a reader of
    the quote alone, or a model, cannot tell otherwise whose field it is. For an item of a list
    ("（二）清源山风景名胜区；"), the list its heading names ("二、禁飞区域。" → "禁飞区域")."""
    if not opens_field_group(s.text):
        # an item of a list ("（二）清源山风景名胜区；") is an item of what its heading names ("二、禁飞区域。")
        if s.listed and s.text.rstrip().endswith(("；", ";", "的。")):
            name = _MARKER.sub("", s.listed).strip().rstrip("。．.：:；;")
            if 2 <= len(name) <= 16 and name not in s.text:
                return name
        return ""
    m = _ITEM_NAME.search(s.numbered)  # the item it stands in: the last numbered sentence, if that is a name
    if m is None:
        return ""
    name = m.group(1).strip()
    return "" if name in s.text else name


_SIGNED_ON = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _is_item(sentence: str, before: Sequence[_Sent]) -> bool:
    """A numbered line of a list, not a heading: it ends with a semicolon ("1.申请书；") or is a case
    ("…的。"), or it is
    numbered like the item just before it that did ("3.经营场所使用相关文件。" after "2.…；")."""
    kind = heading_kind(sentence)
    if kind is None:
        return False
    if sentence.rstrip().endswith(("；", ";", "的。")):
        return True  # (a case of a list of them: "（一）已经获得自治区航空运输发展专项资金的。")
    # numbered like the sentence before, which was an item or too long to be a heading
    last = before[-1].text.rstrip() if before else ""
    return heading_kind(last) == kind and (last.endswith(("；", ";")) or len(last) > 24)


# A section of a named body asked for ("找市农业农村局哪个科室"), and one named after its body ("…农村社会事业促进科")
_SECTION_OF_BODY = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:局|委员会|委|办公室|厅|院))的?(?:哪个|哪一个|什么|具体哪个)(?:科室|处室|科|处|股室|股)")
_SECTION_NAME = r"[\u4e00-\u9fff]{0,14}?(?:科|处|股|室)(?![\u4e00-\u9fff]{0,2}(?:局|委|厅))"


def _section_unnamed(clause: str, quotes: Sequence[Quote]) -> bool:
    """Whether a part asks which section of a body it names and no quote names a section of that body after it."""
    m = _SECTION_OF_BODY.search(clause)
    if m is None:
        return False
    body = re.split(r"[找问到去在向是事]", m.group(1))[-1]  # ("补助的事找市农业农村局": 市农业农村局)
    body = body[1:] if body.startswith("市") and len(body) > 3 else body  # (printed "四平市农业农村局" too)
    return not any(re.search(re.escape(body) + _SECTION_NAME, squash(q.text)) for q in quotes)


# The city's own asked for ("市里的咨询电话", "市级…"), and a county's or district's body
_CITY_ASKED = re.compile(r"市里|市级|市一级|市上的|市本级")
_COUNTY_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:县|区|旗)(?![\u4e00-\u9fff]*市)")
# A 公文's colophon line: the office that printed it and the day
_PRINTED_ON = re.compile(r"[\u4e00-\u9fff（）()]{2,40}\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发")
# A cover letter's sentence handing on what it issues, and nothing else
_TRANSMITTAL = re.compile(r"[^。；;]{0,80}(?:印发|转发|下发)给你们，?请[^。；;，,]{0,24}(?:执行|落实|实施|遵照执行|贯彻落实)。?")
_SALUTATION = re.compile(r"(?:各|有关|[\u4e00-\u9fff]{2,6}(?:人民政府|政府))[^。；;：:]{0,60}"
                         r"(?:政府|部门|单位|指挥部|委员会|机构|局|办|企业|银行|学校|医院|医疗机构)[）)]?[：:]")


_MARKER = re.compile(r"^\s*(?:[（(][\d一二三四五六七八九十]{1,3}[）)]|\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、)")


# The time a heading gives its stage, in brackets: "（2022年5月-2025年8月）", "(2022年4月—5月)".
_DATED_HEADING = re.compile(r"[（(][^（）()]{0,6}(?:19|20)\d\d\s*年[^（）()]{0,24}[)）]")




# a cell stating a sum, a share or a count ("80万元", "20%", "3000元/辆"): a row's value, no header label
_CELL_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:亿元|万元|千元|元|%|％|人|户|个|台|辆|套|座|吨|亩)")


# a cell of a bare figure, its unit in the header ("于都县\t5400\t2250" under "培训任务（人次）"): a row, no header
_FIGURE_CELL = re.compile(r"(?!(?:19|20)\d\d$)\d[\d,.]*%?")  # (a year is a header's label: "指标 2025 2030")


def _not_evidence(sentence: str, hit: Hit) -> bool:
    """Titles, headings and table header cells name a topic; they rule on nothing."""
    s = sentence.strip()
    if len(re.findall(r"[\u4e00-\u9fff\d]", s)) < 6 and not ORG_MENTION_RE.fullmatch(re.sub(r"[^\u4e00-\u9fff]", "", s)):
        return True  # a fragment, unless it is a table cell naming an organisation ("财政局√")
    if COLUMN_LABEL_RE.fullmatch(s):
        return True  # a column's label alone on its line: "牵头落实部门"
    cells = [c for c in re.split(r"\t|\s{2,}", s) if c.strip()]
    if len(cells) >= 2 and not re.fullmatch(r"\d{1,3}", cells[0].strip()) and not any(
            _CELL_AMOUNT.search(c) or _FIGURE_CELL.fullmatch(c.strip()) for c in cells) and (all(len(c.strip()) <= 6 for c in cells) or (
            all(len(c.strip()) <= 10 for c in cells) and sum(bool(COLUMN_LABEL_RE.fullmatch(c.strip())) for c in cells) >= 2)):
        return True  # a table's header row: "主要任务	重点内容	牵头单位", "序号	中卫市任务清单	牵头部门	配合部门"
    if hit.chunk.doc_number and squash(s) == squash(hit.chunk.doc_number):
        return True  # the 文号 line
    if _SALUTATION.fullmatch(s):
        return True  # the bodies a notice is sent to: "各县区防汛抗旱指挥部："
    if _PRINTED_ON.fullmatch(s):
        return True  # the colophon's "四平市农业农村局办公室　2026年3月12日印发": who printed it, not who does what
    if _TRANSMITTAL.fullmatch(s):
        return True  # the cover's "《…》已经市人民政府同意，现印发给你们，请结合实际认真贯彻执行。": it rules on nothing
    if re.search(r"\.(?:pdf|docx?|xls[xb]?|wps|et|ofd|zip|rar)$", s, re.IGNORECASE):
        return True  # an attachment's file name listed under the page: "1.…成本监审报告（摘要）.pdf"
    if _TABLE_CAPTION.fullmatch(squash(s)):
        return True  # a table's or an attachment's caption: "附件：长治市…重点任务分工表"
    if s.endswith("？") or re.search(r"[\u4e00-\u9fff]\?$", s):  # (not "…技术模式为A?": "A²" garbled)
        return True  # a 问答's question ("05家里暖气不热怎么办？"): its answer follows it
    if _DATED_HEADING.search(s) and heading_kind(s) is not None:
        return False  # a stage's heading with its time: "(二)实施阶段(2022年5月-2025年8月)"
    # a short numbered line is a heading, unless it states a figure ("（二）有线电视服务费为每户456元/年。")
    return s in hit.chunk.title or s in hit.chunk.section_path or (
        heading_kind(s) is not None and len(s) <= 24 and not _article_rule(s)
        and not (s.endswith("。") and (numbers_in(_MARKER.sub("", s)) or _AMOUNT_RE.search(_MARKER.sub("", s)))))


_ARTICLE_NUMBER = re.compile(r"\s*第[一二三四五六七八九十百零〇\d]+条\s*")


# A notice leaving a case out of its scope: "房屋倒塌需恢复重建的，按照…有关规定执行，不适用本办法"
_OUT_OF_SCOPE = re.compile(r"不适用本(?:办法|通知|规定|细则|方案|政策)|不属于本(?:办法|通知|规定|细则|方案|政策)[^，,。；;]{0,8}范围"
                           r"|不在本(?:办法|通知|规定|细则|方案|政策)[^，,。；;]{0,8}范围")


def left_out(question: str, texts: Mapping[str, str], titles: Mapping[str, str],
             quoted: Sequence[str]) -> tuple[str, str] | None:
    """The quoted notice (``texts`` by doc_id, ``titles`` theirs) and its sentence that leaves the asker's case
    out of its scope, naming a word of the question ("重建") that none of the ``quoted`` sentences holds: the
    question is about what the notice does not cover ("要推倒重建，重建每户能补多少钱" beside "房屋倒塌需恢复
    重建的，按照灾后恢复重建有关规定执行，不适用本办法"); None where none does."""
    terms = [t for t in question_terms(question) if len(t) >= 2 and not any(holds(q, t) for q in quoted)]
    for doc_id, text in texts.items():
        if not terms or not _OUT_OF_SCOPE.search(text):
            continue  # (most notices say nothing of their scope: not split into sentences for it)
        for a, b in split_sentences(text):
            sent = text[a:b]
            # (the word in the case it leaves out, "房屋倒塌需恢复重建的", not in what it says instead)
            case = re.match(r"(.{2,40}?)的[，,]", sent)
            if _OUT_OF_SCOPE.search(sent) and case and any(t in case.group(1) and t not in titles.get(doc_id, "")
                                                            for t in terms):
                return doc_id, sent
    return None


def _article_rule(s: str) -> bool:
    """A short article that rules in a sentence of its own ("第三条申请补助的住房应为农户在本市的唯一住房。"),
    not one that heads what follows ("第四条补助标准如下：", "第三条 补助对象")."""
    m = _ARTICLE_NUMBER.match(s)
    return m is not None and s.rstrip().endswith("。") and len(s[m.end():].strip()) >= 10


# the caption over a table or a list attached to a notice (its name alone, no ruling)
_TABLE_CAPTION = re.compile(r"(?:附件\d{0,2}[:：]?)?[\u4e00-\u9fff（）()\d—\-－]{4,60}(?:表|清单|名单|名录|目录)")


@lru_cache(maxsize=1024)
def _title_share(title: str, terms: tuple[str, ...], idf: IdfFn | None) -> float:
    """How much of a part's words a notice's title holds (the same for all its sentences)."""
    return sentence_relevance(title, terms, False, idf)


_ASKED_VERB = re.compile(r"由(?:哪[个家些所]?|谁)(?:单位|部门|机构|机关)?(?!单位|部门|机构|机关)([\u4e00-\u9fff]{2,4}?)[的呢]?$")


@lru_cache(maxsize=256)
def _asked_verb(clause: str) -> str | None:
    """What an organisation is asked to do ("代征" of "由哪家单位代征"), where no role word says it."""
    m = _ASKED_VERB.search(clause)
    if m is None or re.match(r"[个家些所]|.*(?:单位|部门|机构|机关)", m.group(1)):
        return None  # "由哪个部门": no verb asked ("个部门" is the question word's noun)
    return m.group(1) if not any(r in m.group(1) for r in ROLES) else None


_TITLE_HEADING = 20  # a heading that titles a section ("三、规范解读程序"), not an article's first sentence


def _subject_of(hit: Hit) -> str:
    """What every sentence of a notice speaks of: its title and the plan it prints (its section
    path's root)."""
    return hit.chunk.title + hit.chunk.section_path.split(PATH_SEP, 1)[0]


# A table column's header that makes its figures limits ("最高贷款额度", "最低缴费标准")
_CEIL_COLUMN = re.compile(r"最高|最多|上限|封顶")
_FLOOR_COLUMN = re.compile(r"最低|最少|下限|起点")


def _column_bound(columns: str) -> str | None:
    """Whether a row's figures are ceilings or floors by its table's header ("最高贷款额度" → ceiling)."""
    ceil, floor = bool(_CEIL_COLUMN.search(columns)), bool(_FLOOR_COLUMN.search(columns))
    return "ceiling" if ceil and not floor else "floor" if floor and not ceil else None


# Two acts a title joins ("个人住房贷款和提取政策", "申请与退出管理"): the words on each side
_TITLE_BRANCHES = re.compile(r"([\u4e00-\u9fff]{2})(?:和|及|与)([\u4e00-\u9fff]{2})")


def _other_branch(title: str, clause: str, heading: str, said: str) -> bool:
    """Whether a sentence stands under a heading on the other of two acts its notice's title joins than
    the one asked, and does not name the one asked (``said``: the sentence with its heading): "用公积金
    贷款最多能贷多少" of a "…个人住房贷款和提取政策…" notice is not answered under "四、提高租房提取额度"."""
    # (an act is asked by its verb alone too: "公积金最多能贷多少"; the issuer's name before 关于 joins
    # no acts: "住房和城乡建设局")
    for m in _TITLE_BRANCHES.finditer(title.split("关于", 1)[-1]):
        for asked, other in ((m.group(1), m.group(2)), (m.group(2), m.group(1))):
            if asked[0] in clause and other[0] not in clause and other in heading and asked[0] not in said:
                return True
    return False


# (with the forms asked with 从/自 above: one pattern, not a second that hid the first)
_START_ASKED = re.compile(_START_FROM_ASKED.pattern + r"|(?:施行|执行|实施|生效)(?:的|日期|时间)?(?:是|在)?(?:什么时候|何时|哪天|哪一天)|"
                          r"(?:什么时候|何时|哪天|哪一天|几号)(?:开始|起)?(?:施行|执行|实施|生效)|起(?:施行|执行|实施|生效)")
_SINCE = re.compile(r"(?:施行|实施|执行)以来")
_NOT_LOCAL = re.compile(r"非本[市县区省]户籍|非[\u4e00-\u9fff]{2,3}市户籍|外地户籍|外省户籍|非户籍|外来务工")


def _part_score(s: _Sent, part: Part, clause_terms: Sequence[str], idf: IdfFn | None, rank: int,
                context: Sequence[str] = (), lacked: Sequence[str] = (), groups: Sequence[str] = (),
                grouped: Collection[str] = (), counted_in: Collection[str] = ()) -> float:
    # What tells this part from the rest is its own words, not the subject every part shares: the
    # clause's words that the notice's title also holds ("民族团结进步月", "贺兰县") are left out.
    # A clause whose words are all the notice's subject ("能得到哪些康复救助" in a 康复救助 notice)
    # is scored by the question's other words ("有听力残疾", "三岁").
    # (the subject is the notice's title and the plan it prints: "…关于印发《2022年贺兰县大气、水、土壤
    # 污染防治实施方案》的通知" prints "2022年贺兰县土壤、地下水和农村生态环境保护实施方案")
    subject = _subject_of(s.hit)
    put = "。".join([*context, part.clause])  # (what the question says of this part, its sentences kept apart)
    own_terms = ([t for t in clause_terms if not holds(subject, t)]
                 or [t for t in context if not holds(subject, t)] or clause_terms)
    clause = sentence_relevance(s.text, own_terms, False, idf)
    under = sentence_relevance(s.heading + s.text, own_terms, False, idf)
    # An open question whose own words all stand in the heading ("政策解读要走什么程序" under
    # "三、规范解读程序") is answered by what the section says, not by the one sentence repeating
    # the heading's word ("各县（区）参照自治区做法规范相关程序").
    named_section = (not part.typed and len(s.heading.strip()) <= _TITLE_HEADING and s.heading != s.hit.chunk.title
                     and all(holds(s.heading, t) for t in own_terms))
    clause = max(clause, under if named_section else (clause + under) / 2)
    topic = max(s.topic, s.lead)
    score = 0.6 * topic + 0.4 * clause
    # ... yet a notice about them speaks of them in every sentence, so against another notice's
    # sentences its own count them as held ("公示时间为…" of a 任前公示 notice is not outscored by
    # another notice's "…并公示，…"): a factor for the whole notice, which keeps its own order; for
    # a part one fact answers (a list may take the sentences of several notices).
    if own_terms != clause_terms and (part.typed or part.asked is Asked.YESNO):
        score *= 1 + _title_share(s.hit.chunk.title, tuple(clause_terms), idf)
    named = next((w for w in part.focus if w in s.heading + s.text), None) if part.typed else None
    if named:
        score *= 1 + 0.1 * (min(len(named), 4) - 1)  # it names what is asked: "公告期…", under "活动时间"
        if len(named) >= 3 and re.match(rf"\s*{re.escape(named)}\s*[：:]", s.text):
            score *= 1.5  # the field that states it: "活动时间：5月－7月"
        elif part.unit and re.search(rf"{re.escape(named)}[期时间为不少于至多最长]{{0,5}}\d+\s*{_UNIT_FORMS.get(part.unit, part.unit)}",
                                     s.text):
            score *= 1.3  # the span it is said to last: "公示几天" by "公示7日", not "公示结束后30日内兑付"
    if part.asked is Asked.DATE and _START_ASKED.search(part.clause) and not _names_another(
            put, s.hit.chunk.doc_number):
        # "从哪天起执行" by "自2026年3月1日起施行", not "3月1日前已受理的，按调整后的标准执行"
        score *= 1.3 if _STARTS_ON.search(s.text) else 0.8 if re.search(r"\d{1,2}\s*日(?:之|以)?前", s.text) else 1.0
    if (year := year_column(s.columns)) is not None:
        # a schedule's cell answers for its own year: "到2020年…" is not answered by the 2018 column
        asked_years = set(re.findall(r"(?:19|20)\d\d", put))
        if asked_years:
            score *= 1.5 if year in asked_years else 0.3
    elif s.columns:
        # a row is about the thing its first cell names: "洞子沟的县级河长" is the 洞子沟 row's, not
        # the row of another stream that ends "…~清水河入河口"
        # (or the asker's age or group it holds, said elsewhere in the question: "我父亲今年85岁" of
        # the "80周岁以上老年人" row, "是低保户" of the "低保、特困供养老年人" row)
        name = _row_name(s.text)
        # (or the length it holds: "船长15米" of the "船长12米（含）至24米" row)
        theirs = [t for t in context if AGE_TERM.fullmatch(t) or STOREY_TERM.fullmatch(t) or LENGTH_TERM.fullmatch(t)
                  or t in CONDITIONS or t in FROM_AWAY]
        labels = s.columns.split("\t")
        # (or the district the question asks of: "于都县…培训任务和取证任务分别是多少" of the 于都县 row)
        # (or the group anywhere in its cells, with the row's own name said in the question: "读小学…是低保户"
        # of "小学 基本托管 不超过600元 低保、特困供养家庭学生免收")
        # (not a yes or no by the asker's place alone: "我家在巴林左旗，…超载了，会扣补奖资金吗" asks of the rule,
        # not of the 巴林左旗 row of a 资金测算表)
        by_place = part.asked is not Asked.YESNO
        row_terms = own_terms if by_place else [t for t in own_terms if not any(
            t in p or p in t for p in place_names(part.clause))]
        score *= 1.5 if any(_names_row(t, name, labels) for t in row_terms) or any(
            holds(name, t) for t in theirs) or _every_row_asked(part.clause, s.columns) or (by_place and _asker_district(
            name, context)) or (name in context and any(t in CONDITIONS and t in s.text for t in theirs)) else 0.6
    if _INSTALMENTS_ASKED.search(part.clause):
        # "分几次拨" is answered by the shares it is paid in ("当年验收合格后拨付70%，第三年复查合格后拨付30%", "分两次发放"),
        # not by another item's "一次性拨付"
        score *= 3.0 if len(_PAID_SHARE.findall(s.text)) >= 2 or _IN_INSTALMENTS.search(s.text) else 1.0
    if counted_in and part.asked is Asked.AMOUNT and rate_units(s.text) & set(counted_in):
        score *= 1.5  # "净增加了12头…能补多少钱" is answered by the rate per head ("每头1500元"), which the sum is worked from
    if groups and not s.columns and (sums := [squash(m.group(0)) for m in SUM_IN_QUESTION.finditer(part.clause)]) \
            and any(t in squash(s.text) for t in sums):
        # "我家改的是双瓮式厕所…我家也能拿1500元吗" is answered by the asker's kind's sentence ("双瓮式厕所每户补助900元"),
        # not by another kind's that holds the sum they were told ("三格式化粪池厕所每户补助1500元")
        score *= 1.0 if any(g in s.text for g in groups) else 0.5
    if groups and s.columns in grouped:
        # "我们是侨眷家庭…临时帮扶是不是每人最高5000元" is answered by the row of the asker's group ("临时帮扶
        # 困难侨眷 每户每次最高3000元"), not the row of another group that holds the sum they were told
        score *= 1.5 if any(g in s.text for g in groups) else 0.25
    if (part.asked in (Asked.PLACE, Asked.LIST) or _CONTACT_ASKED.search(part.clause)) and "\t" in s.text \
            and _asker_district(_row_name(s.text), context) \
            and not ("电话" in part.clause and not _PHONE.search(s.text)):
        # the row of the district the asker lives in answers where they go and whom they call: "我住在柳东新区…
        # 附近有哪些网点" of the 柳东新区 rows, "我在长阳县…去哪里办" of the 长阳土家族自治县 row
        # (a list's row read on a page with no header of its own too), over the rule referring to the list
        # (a phone asked, a row holding one: not the district's row of a 资金分配表)
        score *= 2.5
    if s.text.lstrip().startswith(("抄送", "抄报")) and "抄" not in part.clause:
        score *= 0.1  # the 版记's "抄送：市人民政府办公室，…": who is sent a copy, not who does it
    if _CITY_ASKED.search(part.clause) and _COUNTY_BODY.search(s.hit.chunk.issuer or "") and "市" not in (
            s.hit.chunk.issuer or ""):
        score *= 0.3  # "市里的咨询电话是多少" is not answered by a county office's guide ("梨树县农业农村局": 0434-5236718)
    if part.typed:
        score *= 1.3 if answers_kind(s.text, part, s.columns) else 0.35
    if part.asked is Asked.ORG and (verb := _asked_verb(part.clause)) and re.search(
            rf"由[^，,。；;]{{2,30}}?{re.escape(verb)}", s.text):
        score *= 1.5  # "由哪家单位代征" is answered where one is said to do it: "由株洲市自来水有限公司代征"
    if part.role:
        # A person is asked for in one role: "董占平同志兼任办公室主任" does not say who the 组长 is.
        # (a row names the role in its table's header: "县级河（湖）长" over "洞子沟 王新海")
        score *= 1.25 if names_role(s.text + s.columns, part.role) else 0.35 if part.asked is Asked.PERSON else 0.7
    if (within := _WITHIN_ASKED.search(part.clause)) and _DURATION.search(s.text):
        # "要在多长时间内申请" is answered by the span one applies within ("自取得证书之日起12个月内申请"),
        # not by the spans of what follows the application ("15个工作日内完成审核…10个工作日内拨付")
        score *= 1.5 if re.search(rf"{_SPAN_WITHIN}[^，,。；;]{{0,3}}{re.escape(within.group(1))}", s.text) else 0.6
    if (told := _TOLD_COUNT.search(part.clause)) and re.search(rf"{told.group(1)}\s*{told.group(2)}", s.text):
        score *= 1.5  # "分哪4个阶段" is answered where the notice counts them: "主要分为…4个阶段"
    if part.asked is Asked.YESNO and (late := _STILL_APPLY.search(part.clause)) and late.group(1) in s.text \
            and _DEADLINE_DATE.search(s.text):
        score *= 5.0  # "我现在还能去申报吗" is answered by the day one had to apply by: "于2026年3月31日前…申报"
    if part.asked is Asked.DATE and FREQUENCY_ASKED.search(part.clause):
        score *= 2.0 if _FREQUENCY.search(s.text) else 0.7  # "几个月发一次" is answered by "按季度发放"
    if _STEP.match(s.text) and _STEPS_ASKED.search(part.clause):
        score *= 2.0  # "要走哪些步骤" is answered by the steps a notice counts: "第一步：农户向…提出申请"
    if (field := _GUIDE_FIELD.match(s.text)) and _field_answers(field.group(1), part):
        score *= 2.0  # a 办事指南's field answers what it is labelled for: "受理地点：…" where, "办理时限：…" how long
    if part.asked is Asked.YESNO and _rest_said(part, s.text):
        score *= 4.0  # "原来的《办法》其他条款还适用吗" is answered by what the amending notice says of the rest: "其他规定不变"
    if part.asked is Asked.YESNO and _over_told_sum(part.clause, s.text):
        score *= 3.0  # "是不是一共能拿16万元" is answered by the limit it is over: "每户（场）每年补贴最高不超过10万元"
    if part.asked is Asked.YESNO and _defines_asked(part.clause, clause_terms, s.text):
        score *= 3.0  # "我还算留齐高校毕业生吗" is answered by what the notice calls one: "本办法所称高校毕业生，是指…"
    if part.asked is Asked.YESNO and _BOTH_ASKED.search(part.clause) and _OVERLAP_RULE.search(s.text):
        score *= 4.0  # "两项都给吗" is answered by the rule for one who qualifies twice: "按照就高原则资助，不重复资助"
    if eligibility_asked(part) and any(AGE_TERM.fullmatch(t) for t in context) and states_ages(s.text):
        score *= 1.5  # "我儿子两岁半…能领吗" is answered by the ages it is for: "3至6周岁在园幼儿"
    if eligibility_asked(part) and {"亩", "平方米"} & set(counted_in) and _AREA_BOUND.search(s.text):
        score *= 3.0  # "有一块60亩的沙地…能申请吗" is answered by the area it is for: "同一地块面积在100亩以上"
    if part.bound and part.asked is Asked.YESNO:
        # "服务费有没有上限" is answered by a sentence that states one or says there is none
        score *= 1.25 if states_bound(s.text, part.bound) or _BOUND_NAMED.search(s.text) else 0.5
    elif part.bound and (states_bound(s.text, part.bound) or _column_bound(s.columns) == part.bound):
        # "最多能贷多少" is answered by "额度上限为1000万元", "最少" by "不少于10个工作日", or a row under
        # "最高贷款额度"
        score *= 1.25
    if _other_branch(s.hit.chunk.title, part.clause, s.heading, s.heading + s.text + s.columns):
        score *= 0.3
    if _PENALTY_ASKED.search(part.clause):
        # "违规飞行的怎么处罚" is answered where a penalty is imposed ("对单位处1万元以上5万元以下罚款"), not
        # by the preamble citing 《…治安管理处罚法》
        score *= 1.5 if _PENALTY.search(BOOK_TITLE_RE.sub("", s.text)) else 0.6
    if not part.typed and _MANNER_ASKED.search(part.clause) and _MANNER.search(s.heading + s.text):
        score *= 1.3  # "钱是怎么发到我手里的" is answered under "（三）发放方式", not by "纳入…发放名单"
    if part.asked is Asked.YESNO and _SCOPE_VERDICT.search(s.text) and any(
            len(t) >= 2 and holds(s.text, t) for t in own_terms):
        # "买了一辆二手的新能源车，能申请补贴吗" is answered where the notice says what its scope leaves
        # out ("单位购车、二手车交易不属于补贴范围"), not by "…或者二手车交易发票" among the papers
        score *= 1.25
    if part.asked is Asked.YESNO and (need := _NEED_ASKED.search(part.clause)) and re.search(
            rf"{_NEED_SAID}[^，,。；;]{{0,4}}{need.group(1)}", s.text):
        score *= 2.5  # "家属需要自己申请吗" is answered where the notice says whether one must: "家属无需另行申请"
    if part.asked is Asked.DATE and _START_ASKED.search(part.clause) and not _names_another(
            put, s.hit.chunk.doc_number):
        # "从什么时候起施行" is answered by the day a notice takes effect ("本通知自2026年10月1日起施行"),
        # not by the day another began that it looks back on ("…自2026年4月1日施行以来")
        score *= 1.5 if states_start(s.text) else 0.5 if _SINCE.search(s.text) else 1.0
    if _NOT_LOCAL.search(s.text) and any(t in FROM_AWAY for t in context):
        # an asker from another province ("我是河北人", read 外省) is answered first by the rule for those
        # without the city's 户籍 ("非本市户籍人员在本市遭遇急难的，可以向急难发生地…申请"), over the
        # rule for everyone ("由申请人向户籍所在地…提出")
        score *= 1.5
    if _ELSEWHERE_RULE.search(s.text) and not _ELSEWHERE_ASKED.search(put):
        # "在嘉兴的医院做手术…要先垫钱吗" is not answered by the rule for blood used "在本市以外医疗机构"
        score *= 0.5
    if _CONDITIONS_ASKED.search(part.clause):
        # "要什么条件" is answered by whom the notice lets apply ("…满12个月…的，可以申请…租赁补贴"), not by what
        # befalls one who stops meeting them ("不再符合保障条件的，应当在3个月内退出")
        score *= 0.5 if _CONDITIONS_LOST.search(s.text) else 1.5 if _ELIGIBLE.search(s.text) else 1.0
    if part.asked is Asked.YESNO and lacked and _ELIGIBLE.search(s.text) and any(
            holds(s.text, w) and f"非{w}" not in s.text for w in lacked):
        # "不是普惠园，…能申请学前资助吗" is answered by whom the notice lets apply ("在…公办幼儿园和普惠性民办
        # 幼儿园就读…的幼儿…可以申请资助"): the condition the asker says they lack
        score *= 1.5
    return score / (1 + 0.1 * (rank - 1))


# The conditions of a benefit asked: "要什么条件", "需要满足哪些条件", "申请条件是什么"
_CONDITIONS_ASKED = re.compile(r"(?:什么|哪些|哪几个|啥)(?:样的)?(?:条件|资格|要求)|条件(?:是什么|有哪些)")
_CONDITIONS_LOST = re.compile(r"不再(?:符合|具备|满足)")
# What an asker says they are not or lack ("不是普惠园", "没有本市户口"): group 1
_LACKED = re.compile(r"(?:不是|并非|不属于|没有)([\u4e00-\u9fff]{2,6}?)(?=[，,。；;？?]|$)")
# A sentence saying who may have a benefit ("…可以申请资助", "补贴对象为…", "纳入…范围")
_ELIGIBLE = re.compile(r"可以?申请|可以?享受|可以?申领|对象[为是：:]|(?:纳入|列入|属于)[^，,。；;]{0,12}范围")


_FAQ_LIKE = 0.5  # how alike a 问答 page's question and the asked one are for its answer to be the evidence


def _faq_lifted(scored: list[tuple[float, int, int]], by_hit: Sequence[list[_Sent]],
                part: Part) -> list[tuple[float, int, int]]:
    """``scored`` (best first) with the answer of a 问答 page's question that is the asked one in other
    words ("…能一起享受吗" ~ "五、…能同时享受吗？") lifted to the top, in its own order: its sentences
    ("可以同时享受。") need not share the question's words, which the page's other answers may
    share more ("养老服务补贴的对象是…" under "六、哪些老年人可以享受养老服务补贴？")."""
    likeness = {q: faq_likeness(part.clause, q) for q in {by_hit[h][i].asks for _, h, i in scored} if q}
    if not scored or max(likeness.values(), default=0.0) < _FAQ_LIKE:
        return scored
    top = scored[0][0]
    out = []
    for score, h, i in scored:
        s = by_hit[h][i]
        if s.asks and (like := likeness[s.asks]) >= _FAQ_LIKE:
            score = max(score, top * (like + 0.5) - 1e-6 * s.start)
        out.append((score, h, i))
    return sorted(out, key=lambda t: -t[0])


# A rule for what is done away from the notice's own place, and a question that speaks of being away
_ELSEWHERE_RULE = re.compile(r"(?:本市|本县|本区|本省|本自治区|本地)(?:行政区域|辖区|范围)?以外|(?<![城超都])市外(?![来卖资商])|"
                             r"省外|外省|异地")
_ELSEWHERE_ASKED = re.compile(r"外地|异地|外省|省外|(?<![城超都])市外|外市|外县|(?:本市|本地|本县|本区)以外|外出|出差|老家|"
                              r"户口不在|不在本")


# The span within which something is to be done, asked ("多长时间内申请", "几个工作日内报送") and
# stated ("12个月内", "30日以内"); group 1: what is to be done
_WITHIN_ASKED = re.compile(r"(?:多长时间|多久|几个?(?:月|天|日|工作日|年)|多少个?(?:工作日|天|日|个月|年))以?内(?:要|得|必须|需要|应当)?"
                           r"([\u4e00-\u9fff]{2})")
_SPAN_WITHIN = r"\d{1,3}\s*(?:个月|个?工作日|日|天|年|小时)以?内"
# Whether the asker may have a benefit at all, asked yes or no ("他能领吗", "可以申请吗", "符合条件吗"; not "也涨了吗")
_ELIGIBLE_ASKED = re.compile(r"能(?:不能)?(?:去|来)?(?:领|申请|享受|拿|办|参加|报名|入|上|参保|补)|可以(?:去|来)?(?:领|申请|享受|参加|报名)|可不可以|"
                             r"能否(?:领|申请|享受)|符合|有资格|够条件|够不够|算不算|能多(?:拿|领|补|得)")


# A sanction on those who cheated or broke a rule, and words of a question about wrongdoing
_SANCTION = re.compile(r"弄虚作假|骗取|冒领|套取|虚报|追回|取消[^，,。；;]{0,6}资格|[0-9一二三四五]年内不得(?:再)?申请")
_WRONGDOING_ASKED = re.compile(r"骗|虚假|造假|冒领|套取|违规|违反|处罚|追回|取消|黑名单|被查|不如实")


def eligibility_asked(part: Part) -> bool:
    """Whether a yes-or-no part asks whether the asker qualifies: the ages a benefit is for answer it, those
    that leave the asker out included ("我儿子两岁半…他能领吗": "3至6周岁在园幼儿")."""
    return part.asked is Asked.YESNO and bool(_ELIGIBLE_ASKED.search(part.clause))


def rest_asked(clause: str) -> bool:
    """Whether a clause asks if what an amendment left alone still applies ("原来的《办法》其他条款还适用吗"): a
    standing question the amending notice's own sentence answers ("《办法》其他规定不变")."""
    return _REST_ASKED.search(clause) is not None


def _rest_said(part: Part, text: str) -> bool:
    """Whether a text answers a part asking if the rest of an amended notice applies: "《办法》其他规定不变"."""
    return rest_asked(part.clause) and REST_UNCHANGED_RE.search(text) is not None


# A field of a 办事指南 (a service guide: its label, then what it says): "受理地点：…", "办理时限：…", "是否收费：不收费",
# "咨询电话：…"
_GUIDE_FIELD = re.compile(r"\s*((?:受理|办理|申请|服务|咨询)?(?:地点|地址|窗口)|(?:办理|承诺|法定|审批)(?:时限|期限)|"
                          r"是否收费|收费标准|收费依据|办理渠道|申请渠道|办理方式|(?:咨询|监督投诉|投诉)电话)\s*[：:]")


def _field_answers(label: str, part: Part) -> bool:
    """Whether a guide's field, by its label, answers a part: a place where one is asked, a span where how
    long is, whether it costs where that is, a phone where one is (a complaints line where a complaint is)."""
    if label.endswith(("地点", "地址", "窗口")):
        return part.asked is Asked.PLACE
    if label.endswith(("时限", "期限")):
        return part.asked is Asked.DATE and _SPAN_ASKED.search(part.clause) is not None  # (a count of days too)
    if "收费" in label:
        return re.search(_PRICE_WORDS, part.clause) is not None
    if label.endswith("电话"):
        return "电话" in part.clause and ("投诉" in label) == ("投诉" in part.clause)
    return part.asked in (Asked.PLACE, Asked.WHAT) and re.search(r"渠道|方式|哪里|网上|线上", part.clause) is not None


# Whether what an amendment left alone still applies, asked: "原来的《办法》其他条款还适用吗", "其余规定还有效吗"
_REST_ASKED = re.compile(r"(?:其他|其余|其它|剩下的?)(?:的)?(?:条款|规定|内容|条文)[^，,。？?]{0,6}(?:适用|有效|执行|算数|管用|变)")
# a notice's own contact asked by the notice's name ("…扩群补贴办法的联系人是谁？咨询电话是多少")
_CONTACT_OF_NOTICE = re.compile(r"(?:办法|通知|方案|细则|意见|规定|文件|政策)的(?:联系人|咨询电话|联系电话|电话|咨询方式)")


def _subject_words(terms: Sequence[str], titles: Sequence[str]) -> tuple[str, ...]:
    """The question's words (``terms``) that tell the retrieved notices apart by their titles: held by some titles,
    not by all ("肉牛", "母牛" of "肉牛基础母牛扩群补贴办法的联系人是谁" beside a 草原补奖 notice); none where no title
    holds any."""
    titles = list(dict.fromkeys(titles))
    if len(titles) < 2:
        return ()
    words = [w for w in terms if len(w) >= 2 and w not in _ASKING]
    return tuple(w for w in words if 0 < sum(w in t for t in titles) < len(titles))


# A bound on the area a rule is for ("面积在100亩以上", "不足50亩的", "不少于500平方米")
_AREA_BOUND = re.compile(r"\d+(?:\.\d+)?\s*(?:万?亩|平方米|㎡)\s*(?:以上|以下|及以上|（含）以上|以内)|"
                         r"(?:不足|不少于|不低于|不超过|超过|达到)\s*\d+(?:\.\d+)?\s*(?:万?亩|平方米|㎡)")
# In how many payments a sum is paid, asked ("分几次拨", "分几期发放"), and said: a share paid at each step
# ("拨付70%"), or the count of payments ("分两次发放", "分3期兑付")
_INSTALMENTS_ASKED = re.compile(r"分[几多]少?(?:次|期|批)")
_PAID_SHARE = re.compile(r"(?:拨付|发放|兑付|支付|拨付剩余|发放剩余)\s*\d+(?:\.\d+)?\s*[%％]")
_IN_INSTALMENTS = re.compile(r"分[两二三四五\d]\s*(?:次|期|批|年)")
# Whether one who qualifies twice gets both, asked ("两项都给吗", "能同时领吗") and ruled ("就高", "不重复享受")
_BOTH_ASKED = re.compile(r"两(?:项|个|种|份|样)[^，,。？?]{0,8}?都|都(?:给|能?领|能?享受|发)|同时(?:享受|领|申请|发)|叠加|重复(?:享受|领)|"
                         r"既是[^，,。？?]{1,16}又是")
_OVERLAP_RULE = re.compile(r"就高|从高|不重复|不得重复|不叠加|不可叠加|不得叠加|可以叠加|可叠加|多重身份|同时符合|"
                           r"只能(?:享受|选择)其中|择一|只按一档|只能(?:按|选择|享受)一(?:种|项|个|类)")
# A length of time asked by its count ("几年", "多少个工作日"), or without its unit too ("审核一共要多长时间", "多久
# 能办完"; not how often: "多久发一次"), and one stated ("36个月", "10个工作日内", "3年", "一周内"); within how long
# ("多长时间内") is answered by a deadline too ("6月30日前")
_WITHIN_ASKED_SPAN = re.compile(r"(?:多长时间|多久|多少时间)(?:以?内)")
_DEADLINE_DATE = re.compile(r"\d{1,2}月(?:\d{1,2}日)?(?:前|之前|以前|底前)|年底前|年内")
_DURATION_ASKED = re.compile(r"(?<!哪)(?:几年(?![级前])|几个月|几个?(?:工作日|小时|周)|几天)|多少个?(?:工作日|天|小时|个月|周|年)")
_SPAN_ASKED = re.compile(rf"{_DURATION_ASKED.pattern}|多长时间|多少时间|多久(?![^，,。？?]{{0,3}}一次)")
_DURATION = re.compile(rf"(?<![\d.])\d{{1,3}}\s*(?:年(?![度级\d])|个月|周(?!岁)|天|个?工作日|小时)|"
                       rf"[{_CN}两半]{{1,3}}(?:年(?![度级])|个月|周|天|个工作日|小时)|(?<![月\d.])\d{{1,3}}\s*日(?![期常起前])")
# a cap asked in so many words ("最高不能超过多少", "上限是多少"; not the loose "最多能领多少"), and one
# named without a figure the sentence bounds ("不设上限", "实行最高限价"; not an age's "3周岁以下")
_CAP_ASKED = re.compile(r"(?:不能|不得|不可|不会|不)超过|不高于|上限|封顶|最高限")
_AGE_OR_DATE = re.compile(r"(?:周岁|岁|年|月|日|号)$")
_CAP_NAMED = re.compile(r"上限|封顶|限价|限额|最高(?!人民)|不超过|不得超过|不高于")
# a limit named without a figure: "不设上限", "实行最高限价"
_BOUND_NAMED = re.compile(r"上限|下限|封顶|限价|最高|最低|不超过|不低于|不少于|不高于")
# The way something is done, asked ("怎么发", "如何缴纳") and named ("发放方式", "申请途径").
# A sum raised for a group: by a share ("在《目录》基础上提高20%", "上浮10%", "增加20%") or a sum on top
# ("在下表标准基础上每户再增加300元")
_UPLIFT = re.compile(r"(?:提高|上浮|增加|上调|提升)\s*\d+(?:\.\d+)?\s*[%％]"
                     r"|(?:再|另行?|额外)(?:增加|增发|加发|补助|奖补|补贴)\s*\d+(?:\.\d+)?\s*元")
# a sentence (or list item) that opens on a group and grants it a sum: "（二）最低生活保障对象，每人资助280元"
_GROUP_SUM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?\s*([^，,。；;：:]{2,16})[，,：:]"
                        r"[^。；;]{0,20}?(?:资助|补助|补贴|减免|发放|给予)[^。；;]{0,12}?\d+(?:\.\d+)?\s*元")


# a sum granted on top by a condition of age: "家庭成员中有年满70周岁老年人的，每有一人每月增发租赁补贴50元"
_AGE_GRANT = re.compile(AGE_SET_BY + r"[^。；;]{0,40}?(?:增发|加发|另发|增加)[^。；;]{0,12}?\d+(?:\.\d+)?\s*元")


def _groups_of(question: str) -> list[str]:
    """The groups the asker says they belong to (低保, 残疾 …), with their other names (``PLAIN_WORDS``: 低保 is
    the notices' 最低生活保障, and the other way round)."""
    found = [c for c in CONDITIONS if c in question]
    other = [w for c in found for w in PLAIN_WORDS.get(c, ())] + [
        k for c in found for k, words in PLAIN_WORDS.items() if c in words and k in CONDITIONS]
    return list(dict.fromkeys([*found, *other]))


def _grants_group(sentence: str, groups: Sequence[str]) -> bool:
    """Whether a sentence opens on one of ``groups`` and grants it a sum."""
    m = _GROUP_SUM.match(sentence)
    return m is not None and any(g in m.group(1) for g in groups)


# A district, county or town by its name's end ("柳东新区", "鹿寨县", "拉堡镇")
_DISTRICT_TERM = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:[\u4e00-\u9fff]{1,6}自治县|新区|开发区|区|县|镇|乡|街道)")


# Where one goes or whom one calls: a list of offices' rows answers it
_CONTACT_ASKED = re.compile(r"电话|地址|网点|窗口|哪里|哪儿|在哪")


def _asker_district(name: str, terms: Sequence[str]) -> bool:
    """Whether a row's first cell is a district the question names ("柳东新区", asked as 柳东 and 新区)."""
    m = _DISTRICT_TERM.fullmatch(name)
    return m is not None and (m.group(1) in terms or name in "".join(terms))


# Whether there is a limit, asked ("家庭存款有没有上限要求", "有无限制"), not a limit the asker tells ("每月最高300元，
# 现在还能申请吗")
_LIMIT_ASKED = re.compile(r"(?:有没有|有无|是否有|有什么|有多少)[^，,。；;？?]{0,4}(?:上限|下限|限制|限额|门槛|要求|封顶)")
# Whether one must do something, asked ("需要自己申请吗", "要不要去登记") and said ("无需另行申请", "须到…办理")
_NEED_ASKED = re.compile(r"(?:需要|需|要不要|用不用|必须|还要|要)[\u4e00-\u9fff]{0,4}?(申请|办理|提交|登记|缴纳|备案|报名|认证)")
_NEED_SAID = r"(?:无需|无须|不需要?|不用|不必|免予?|需要|须|应当|必须)"
# A notice saying what its scope takes in or leaves out: "…不属于补贴范围", "不纳入支持范围", "不予补贴"
_SCOPE_VERDICT = re.compile(r"(?:不|均|都)?(?:属于|列入|纳入)[^，,。；;]{0,12}范围|不在[^，,。；;]{0,12}范围"
                            r"|不予(?:补贴|支持|受理|办理|发放|奖补|资助|奖励)|不(?:得|再)?享受")
_MANNER_ASKED = re.compile(r"(?:怎么|怎样|如何)(?!办|回事|样)")
_MANNER = re.compile(r"方式|途径|渠道")
# A penalty asked ("怎么处罚", "会受什么处罚", "怎么罚") and imposed ("处…罚款", "吊销", "拘留", "追究…责任")
_PENALTY_ASKED = re.compile(r"(?:怎么|怎样|如何|什么|哪些)(?:处罚|罚|惩处|处分)|处罚(?:是什么|有哪些|怎么算)")
_PENALTY = re.compile(r"罚款|罚金|没收|吊销|拘留|警告|责令[^，。；]{0,12}(?:停止|改正|整改)|依法处理|依法查处|追究[^，。；]{0,8}责任")
# a list asked with its count: "哪4个阶段", "哪两类"
_TOLD_COUNT = re.compile(r"哪([一二两三四五六七八九十]+|\d+)\s*(个|项|类|条|家|种|批|阶段|方面)")
_LIST_OPENER = re.compile(r"下列|如下|以下几|包括[：:]|[：:]\s*$")
_CHAPTER = re.compile(r"^\s*[一二三四五六七八九十]+、")


def _chapter_heading(line: str) -> bool:
    """"一、…" as a chapter's heading (no closing stop, or long), not a short item of a list (nor an
    amendment's item, its stop lost: "一、将第五条第（一）项中的“3倍”修改为“4倍”")."""
    if _AMENDING.search(line):
        return False
    return len(line) > 60 or not line.rstrip().endswith(("。", "；", ";"))


_AMENDING = re.compile(r"[”\"]\s*(?:修改为|调整为|替换为)\s*[“\"]|(?:删去|删除)[^，。；]{0,20}[”\"]")


_ITEM = re.compile(r"^\s*(?:（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]|[一二三四五六七八九十]+[是、]|[①-⑳])")


_STAGE = re.compile(r"^\s*(?:到|至|截至|截止|力争到|争取到)\s*(?:19|20)\d\d\s*年")
# Whether one can still apply, asked: "我现在还能去申报吗", "今年还可以申请吗"
_STILL_APPLY = re.compile(r"(?:现在|今年|目前|还)(?:能|可以|能不能|可不可以)(?:去|再)?(申报|申请|报名|申领|领取)")
# How often a thing is done, said: "按季度发放", "每月10日前", "每半年一次"
_FREQUENCY = re.compile(r"按(?:月|季度?|年|半年|周)|每(?:个月|月|季度?|年|半年|周)|(?:月|季|年)度?(?:发放|拨付)")
# A procedure asked ("要走哪些步骤", "申请流程是什么", "怎么申请") and the steps a notice counts ("第一步：…")
_STEPS_ASKED = re.compile(r"步骤|流程|程序|手续|几步|怎么(?:申请|办理?)|如何(?:申请|办理?)")
_STEP = re.compile(r"\s*第[一二三四五六七八九十\d]{1,3}步")


def _continuation(sents: list[_Sent], i: int, max_chars: int, several: bool = False) -> int:
    """The index of the last sentence to quote with sentence ``i``: the items of a list it opens
    ("有下列情形之一的：", "主要任务如下"); for a part asking several things, the rest of an
    enumeration cut at semicolons ("1.5小时以下的，不高于6万元/班；1.5小时以上…；…"); and the
    next stage of a target ("2019年年底…达到84%。" "到2020年…达到85%。")."""
    def next_in_hit(j: int, used: int) -> str | None:
        if j + 1 < len(sents) and sents[j + 1].hit is sents[i].hit and used + len(sents[j + 1].text) <= max_chars:
            return sents[j + 1].text
        return None

    j, used = i, 0
    if (re.search(r"[：:]\s*$", sents[i].text) and (nxt := next_in_hit(j, used)) is not None
            and not _ITEM.match(nxt) and enumerates(nxt)):
        return i + 1  # "…划分为5类：" and the sentence naming them ("一般政府投资…、…和…")
    if _LIST_OPENER.search(sents[i].text) and i + 1 < len(sents) and _ITEM.match(sents[i + 1].text) and not (
            _CHAPTER.match(sents[i + 1].text) and _chapter_heading(sents[i + 1].text)):  # "通知如下：" opens chapters
        while (nxt := next_in_hit(j, used)) is not None:
            if re.match(r"^\s*第[一二三四五六七八九十百\d]+条", nxt):
                break  # the next article, not an item
            j += 1
            used += len(nxt)
        return j
    if several:
        while sents[j].text.rstrip().endswith(("；", ";")) and (nxt := next_in_hit(j, used)) is not None:
            j += 1
            used += len(nxt)
    nxt = next_in_hit(j, used)
    if nxt is not None and numbers_in(sents[j].text) and _STAGE.match(nxt) and numbers_in(_STAGE.sub("", nxt)):
        shared = {t for t in question_terms(sents[j].text) if not t.isdigit()} & set(question_terms(nxt))
        if shared:
            j += 1
    return j


def _section_span(sents: list[_Sent], i: int, j: int, terms: Sequence[str], max_chars: int) -> tuple[int, int]:
    """For an open question, the sentences around ``i``..``j`` under the same heading, when the
    heading names what is asked ("（五）落实报告制度" for "报告频次是怎样规定的") and they hold the
    word it names: the rule a short section states in several sentences is quoted whole."""
    heading = sents[i].heading
    named = [t for t in terms if t in heading and t not in sents[i].hit.chunk.title]
    if not named:
        return i, j

    def joins(x: int) -> bool:
        s = sents[x]
        return (s.hit is sents[i].hit and s.heading == heading and squash(s.text) != squash(heading)
                and any(t in s.text for t in named))

    a, b = i, j
    while a > 0 and joins(a - 1) and sents[j].end - sents[a - 1].start <= max_chars:
        a -= 1
    while b + 1 < len(sents) and joins(b + 1) and sents[b + 1].end - sents[a].start <= max_chars:
        b += 1
    return a, b


# The verbs a person asks with, which say nothing about what a sentence must be about.
_ASKING = {"得到", "获得", "享受", "能领", "领取", "大概", "能补", "具体", "一般", "大约", "能得到", "可以", "需要",
           "规定", "怎样", "如何", "怎么", "哪个", "哪些", "哪里", "哪儿", "什么", "多少", "多久", "分别", "算不算",
           "是不是", "不算", "哪天", "哪一天", "是从", "从哪", "到哪天", "多长", "长时间", "多长时间",
           "最多", "最多能", "最少", "至少", "最高", "最低", "上限", "下限",  # a bound is read by Part.bound
           "核定", "应核定", "核算", "算下来"}  # (an officer's "应核定多少补助" asks the sum)
_ORG_WORDS = {"部门", "单位", "机构", "哪家", "哪级"}
# A clause opening on words that point back at what the question spoke of just before ("这项工作",
# "该项任务", "这事"; not a span of time or a road: "这些年", "这个月", "这条路").
_POINTS_BACK = re.compile(r"(?:这|该|此|上述)一?(?:项|件|个(?![月年天])|些(?![年天])|事|条(?!路)|类)")
# A task's field asked by name alone ("完成时限是什么")
_FIELD_WORDS = {"完成", "时限", "期限", "办结", "截止", "时间"}
_CONTACT_WORDS = {"电话", "联系", "联系电话", "号码", "电话号码", "手机", "方式", "联系方式", "咨询电话"}
# Words asking who, in a clause that asks for a person ("由哪位县领导负责").
_WHO_WORDS = {"哪位", "领导", "县领导", "负责人", "同志", "是谁"}

# Words of a yes/no question that say nothing of its subject.
_GENERIC = {"需要", "办理", "可以", "能否", "是否", "能不能", "可不可以", "要不要", "有没有", "算不算", "会不会", "我们",
            "我家", "我们家", "现在", "以后", "将来", "这些", "那些", "一下", "还是", "情况", "规定", "要求",
            "没有", "县里", "市里", "区里", "乡里", "镇里", "村里", "这里", "政府", "国家",  # "县里有没有奖励"
            "顺便", "平时", "听说", "一起", "到底", "究竟", "其实", "下来", "那部分", "这部分", "部分",
            "那会儿", "会儿", "出去", "出来", "打算", "一点", "一些",  # "有没有打算把供暖管得智能一点"
            "时候", "一直", "别人", "有台", "闲着",  # "有台大型收割机，农闲时候一直闲着，想租给别人用"
            # pointers, hedges and the asking of leave: "这是市里规定的吗", "这在中卫市允许吗"
            "这是", "这在", "那是", "要是", "或者", "里面", "上去", "允许", "准许", "同意", "回事", "这回事", "还要",
            # a bare act of asking for what the question named before ("…奖励10万元，现在还能去申请吗")
            "申请", "去申请", "申报", "去申报", "领取", "去领"} | _ASKING


_GLUED = "我你他她能会要想"  # "我量", "能装": a pronoun or a modal verb the tokenizer glued to a verb


def _subject_terms(clause: str) -> list[str]:
    """The words of a yes/no clause that name what it asks about: not its question words ("会不会"
    leaves no "不会"), its generic verbs and fillers ("顺便"), a verb said twice ("换换位置": the
    thing is 位置), a word the tokenizer glued to 我/你 ("给我量个血压" gives no "我量") or the words
    pointing back at what the question spoke of ("这口井" is the 井 it named: 井)."""
    terms = []
    for t in question_terms(YESNO_CUE.sub("，", clause)):
        if len(t) > 2 and t[0] in _GLUED and not known_word(t):
            t = t[1:]
        if m := _POINTER.match(t):
            t = t[m.end():]
        if not t or t in _GENERIC or (len(t) == 2 and (t[0] == t[1] or (t[0] in _GLUED and not known_word(t)))):
            continue
        terms.append(t)
    return terms


# "这口", "那个", "这种": a pointer and its measure word.
_POINTER = re.compile(r"(?:这|那|该|此)一?(?:口|台|个|种|项|件|家|条|份|笔|块|辆|间|套|张|类|些|位|名|座|所)")


_SELF = {"自己", "我们自己", "咱们", "大家", "本人"}  # who asks, not what about: "床位是不是我们自己定"
# words that add a part to what was asked, not what it is about: "另外还有没有补助", "此外还能领什么"
_BESIDES = {"另外", "此外", "除此之外", "除此以外", "别的", "其他", "其它", "同时", "还有", "除了"}
_IN_TURN = re.compile(r"一个([\u4e00-\u9fff]{1,3})一个\1")  # "一个部门一个部门挨着跑": each in turn, how, not what


# Pieces of the asker's account that name nothing a notice speaks of: a figure ("8"), a count of
# something ("一辆"), a time's unit glued to the modal after it ("早上8点能开进…" → "点能").
_NO_SUBJECT = re.compile(r"\d+|[一二两三四五六七八九十几每][个辆家台件次名位条所座栋套张块]|[点时天月年号岁分秒][能会可要得]"
                         r"|几?[十百千万]+块钱?|几[十百千万]|这样|这么|那样|才行|才算|才可以"
                         r"|低于|高于|超过|不足|不到|以上|以下|以内"
                         # (nor the rules themselves: "当时按规定能补多少钱" asks what they grant, not of 规定)
                         r"|按照?(?:规定|政策|文件)|(?:规定|政策|文件)上")  # (a bound asked, not what of: "收入低于多少")  # ("先少付几千块，这样可以吗")


# How many of a thing the asker means to use or buy, inside a phrase: "放几挂鞭炮" is about 鞭炮.
_HOW_MANY_OF = re.compile(r"[几一二两三四五六七八九十]+(?:挂|串|箱|盒|根|瓶|袋|包|斤|桶)"
                          r"|多(?:大|长|高|宽|远|重|深)(?=[\u4e00-\u9fff])")  # ("要种多大面积才行": 面积)
# When the asker means to do it, the day of their account, not the thing asked about: "今年春节能…放鞭炮吗";
# and where at home ("在楼下", "家门口")
_ASKERS_WHEN_WHERE = {"今年", "明年", "去年", "今天", "明天", "后天", "春节", "过年", "今年春节", "明年春节",
                      "以前", "之前", "已经", "曾经", "这次", "上次", "后来", "当时", "那时", "那时候", "当年",
                      "楼下", "楼上", "家门口", "院子里", "小区里"}


def _own_words(clause: str) -> list[str]:
    """A yes/no or open clause's words of its subject (``_subject_terms``) less the places it names
    ("这在中卫市允许吗" has none), the asker ("自己"), the figures and counts of their account and
    its day and spot ("今年春节能在楼下放几挂鞭炮吗" is about 放 鞭炮)."""
    places = set(place_names(clause))
    return [t for t in _subject_terms(_HOW_MANY_OF.sub("", _IN_TURN.sub("", clause)))
            if not any(t in p or p in t for p in places) and t not in _SELF and t not in _BESIDES
            and not _NO_SUBJECT.fullmatch(t)
            and t not in _ASKERS_WHEN_WHERE]


def _quotes_context(quotes: Iterable[Quote]) -> str:
    """What the quotes say with what leads up to them: each one's section path, its table's header row
    (a row's "0553-7863159" is a phone under "…咨询电话") and the 80 characters before it."""
    return "".join(q.hit.chunk.section_path + q.columns + q.hit.text[max(0, q.start - 80):q.end] for q in quotes)


def _speaks_to(clause: str, quotes: Sequence[Quote], idf: IdfFn | None, floor: float = 0.3) -> bool:
    """Whether the quotes name what a yes/no part asks about ("养狗…犬只登记吗" is not answered by a
    sentence on registering clinics; "有没有奖励" is, by the quote another part took, "奖励10万元"):
    its words, places and generic verbs aside."""
    terms = _own_words(clause)
    if not terms:
        return True
    context = _quotes_context(quotes)
    # a name the question sets in quotation marks, printed as is ("长期护理保险"), is what it asks about;
    # so is a hill or bridge it names ("去清源山用无人机航拍，可以飞吗" of "禁飞区域。…（二）清源山风景名胜区；")
    quoted = _QUOTED_NAME.findall(clause)
    # (or, where it asks only whether a place is alike, the place: "台山市也是一样吗" of "其中台山市…按市级6…分担")
    places = [p for p in place_names(clause) if re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:市|县|区|镇|乡|村|街道)", p)]
    if not places or any(not any(t in p for p in places) and t not in _ALIKE_WORDS for t in terms):
        places = []
    named = [n for n in [*quoted, *landmarks(clause), *places] if n in context]
    if not named and _benefit_unnamed(_BENEFIT_ASKED, clause, context):
        return False
    if named:
        return True
    if quoted:
        return False  # ("“低保边缘家庭”是怎么认定的" is not answered where no quote names 低保边缘家庭)
    together = sentence_relevance(context, terms, False, idf)
    return together >= floor and not _split_between(terms, quotes, idf, together)


_QUOTED_NAME = re.compile(r"[“\"]([^”\"]{3,20})[”\"]")
_ALIKE_WORDS = frozenset({"一样", "同样", "相同", "一致", "也是", "也是一样", "是一样"})
# how a term is defined, asked: "…是怎么认定的", "指的是什么", "什么样的算…"
_DEFINITION_ASKED = re.compile(r"(?:怎么|怎样|如何)(?:认定|界定|定义|算)|(?:是|指)什么意思|指的是什么|是指什么|什么(?:样的)?算")


def _undefined(clause: str, quotes: Sequence[Quote]) -> bool:
    """Whether a part asks how a term it sets in quotation marks is defined ("“低保边缘家庭”是怎么认定的") and
    no quote defines that term in its own words (a sentence under its heading, a list naming it, define
    nothing)."""
    if not _DEFINITION_ASKED.search(clause):
        return False
    names = _QUOTED_NAME.findall(clause)
    return bool(names) and not any(n in q.text and _DEFINING.search(q.text) for n in names for q in quotes)


# A total the asker reckons, asked back ("是不是一共能拿16万元"), and a limit on the sum a sentence sets ("最高不超过10万元")
_TOLD_TOTAL = re.compile(r"(?:一共|总共|合计|加起来|共)(?:能|可以)?(?:拿|领|补|得|发)?到?\s*(\d+(?:\.\d+)?)\s*(万元|元|亿元)")
_SUM_LIMIT = re.compile(r"(?:最高|最多|不超过|不得超过|封顶|上限为?)[^，,。；;\d]{0,4}?(\d+(?:\.\d+)?)\s*(万元|元|亿元)")


def _over_told_sum(clause: str, text: str) -> bool:
    """Whether a sentence sets a limit below the total a yes/no clause reckons (so the total is not what is paid)."""
    told = _TOLD_TOTAL.search(clause)
    if told is None:
        return False
    total = to_yuan(told.group(1), told.group(2))
    return any(to_yuan(m.group(1), m.group(2)) < total for m in _SUM_LIMIT.finditer(text))


# Whether the asker counts as something, asked ("我还算高校毕业生吗", "属不属于困难群众"), and the term a
# sentence defines ("本办法所称高校毕业生，是指…", "困难群众是指…")
_MEMBER_ASKED = re.compile(r"还算|算不算|算是|属不属于|还属于|是否属于|属于|是否算")
_DEFINED = re.compile(r"(?:所称|所说的?|^[（(]?[一二三四五六七八九十\d]*[)）]?\s*)([\u4e00-\u9fff“”]{2,20}?)[”，,]?(?:是指|系指|指的是)")


def _defines_asked(clause: str, clause_terms: Sequence[str], text: str) -> bool:
    """Whether a yes/no asks if the asker counts as what the sentence defines."""
    if not _MEMBER_ASKED.search(clause):
        return False
    named = _DEFINED.search(re.sub(r"^\s*注[：:]\s*", "", text))
    return named is not None and any(len(t) >= 2 and t in named.group(1) for t in clause_terms)


# a sentence that defines a term: "低保边缘家庭，是指家庭人均收入高于…", "…的认定标准为…"
_DEFINING = re.compile(r"是指|指的是|系指|认定|界定|标准|条件")


def _split_between(terms: Sequence[str], quotes: Sequence[Quote], idf: IdfFn | None,
                   together: float | None = None) -> bool:
    """Whether what a yes/no part asks is split between the quoted notices, none of which says most of it:
    "老小区要加装电梯，能不能提取住房公积金" beside a 租房提取 sentence and an 电梯阻车 one (``together``: how
    much all the quotes say of it, where the caller has it)."""
    by_notice: dict[str, list[Quote]] = {}
    for q in quotes:
        by_notice.setdefault(q.hit.chunk.doc_id, []).append(q)
    if len(by_notice) < 2:
        return False
    if together is None:
        together = sentence_relevance(_quotes_context(quotes), terms, False, idf)
    alone = max(sentence_relevance(_quotes_context(own), terms, False, idf) for own in by_notice.values())
    return alone < _ONE_NOTICE_SAYS and together - alone > _SPLIT_GAIN


# a yes or no whose words are split between the quoted notices: none says this much of it alone while
# together they say this much more
_ONE_NOTICE_SAYS = 0.6
_SPLIT_GAIN = 0.3


# A benefit asked for by what it is for (group 1): "有没有一次性生育奖励", "有无购房补贴"; and one whose
# amount is asked: "生育奖励能奖多少钱" (not "每年能补助多少": no words of what it is for)
_BENEFIT = r"(?:奖励|补贴|补助|津贴|奖金|奖补|救助|资助)"
# ("有没有床位补贴", and "…有床位补贴吗")
_BENEFIT_ASKED = re.compile(r"(?:有没有|有无|是否有|有没)([\u4e00-\u9fff]{2,8}?)" + _BENEFIT
                            + r"|(?<![没无])有([\u4e00-\u9fff]{2,8}?)" + _BENEFIT + r"吗$")
_BENEFIT_NAMED = re.compile(r"((?:(?![能可每要会给领拿发再还])[\u4e00-\u9fff]){2,4})" + _BENEFIT)


_YEAR_OF = re.compile(r"((?:19|20)\d\d)\s*年度")
# a target's year: "到2025年", "2025年底前", "2025年要达到"
_TARGET_YEAR = re.compile(r"(?:到|至)\s*((?:19|20)\d\d)\s*年|((?:19|20)\d\d)\s*年(?:底|末)")
_YEAR_IN = re.compile(r"((?:19|20)\d\d)\s*年")


def _another_years(question: str, clause: str, context: str) -> bool:
    """Whether the question asks of a year's 年度 ("明年（2027年度）要交多少") and the quotes set their
    figures for other years' only ("2026年度…每人每年400元"), or it asks a target by a year ("到2025年…
    要达到多少") and the quotes set other years' ("2019年城镇建成区绿化覆盖率达到37.7%"): the asked year's
    is not printed."""
    asked = set(_YEAR_OF.findall(question))
    stated = set(_YEAR_OF.findall(context))
    if asked and stated:
        return not asked & stated and not any(y in context for y in asked)
    targets = {a or b for a, b in _TARGET_YEAR.findall(clause)}  # (of the part: another part may ask another year)
    years = set(_YEAR_IN.findall(context))
    return bool(targets and years) and not targets & years


# A fine's amount asked: "会被罚多少钱", "罚款多少", "要交多少罚款", "罚款标准是多少"
_FINE_ASKED = re.compile(r"罚(?:款|金)?(?:标准|数额|金额)?(?:是|为|要|会|大概|一般)*多少|多少(?:钱的)?罚(?:款|金)|罚几")


_PHONE = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")


def _thing_unnamed(part: Part, own: Sequence[Quote]) -> bool:
    """Whether no passage quoted for a who-part names the thing it asks who does: "保险由谁购买" of a
    bus notice (its words, bodies and roles aside; with no word of its own, nothing is judged)."""
    if _POINTS_BACK.search(part.clause) or _EACH_OF.search(part.clause):
        return False  # ("这项任务由哪个单位牵头", "各自的牵头单位": what it is, is said before)
    things = set(nouns(part.clause))
    words = _longest([t for t in _own_words(part.clause) if len(t) >= 2 and t in things and t not in _MEASURE_WORDS
                      and t not in _ORG_WORDS and t not in _NO_THING and not _ROLE_LABEL.fullmatch(t)])
    return bool(own and words) and not any(
        _speaks_of(q.hit.chunk.section_path + q.columns + q.hit.text, t) for q in own for t in words)


_EACH_OF = re.compile(r"各自|分别|每项|各项|前一项|后一项|前者|后者")
# nouns that name no thing a notice would speak of by name
_NO_THING = frozenset({"时间", "任务", "工作", "事情", "事项", "问题", "情况", "内容", "方面", "东西", "时候", "地方", "手续"})


# A rate asked per thing counted ("每台补助多少钱"): the classifier is the thing's; a passage that never
# uses it gives a rate of something else ("每课时不低于60元")
_CLASSIFIERS = "台|辆|套|座|部|张|间|栋|幢|亩|头|只|艘|架|块|所|眼|盏|棵|株"
_PER_THING = re.compile(rf"每({_CLASSIFIERS})")
_COUNTED = re.compile(rf"(?:每|/|／|\d)\s*({_CLASSIFIERS})")  # ("平台", "出台" count no 台)


def _per_another_thing(part: Part, own: Sequence[Quote]) -> bool:
    m = _PER_THING.search(part.clause)
    if m is None or not own:
        return False
    return not any(m.group(1) in _COUNTED.findall(q.hit.chunk.section_path + q.columns + q.hit.text) for q in own)


# What an amount is of, where the question names it by a noun of its own just before it asks
# ("总投资多少亿元", "计量热价是多少", "森林覆盖率要达到多少"): a passage quoted for it must speak of it
# ("营业收入达到600亿元" in a plan that never speaks of investment is no investment). Benefits and money
# at large are named many ways ("补贴", "钱") and are judged elsewhere; a size is told by its unit
# ("6.5万立方米沉砂蓄水池" is its 容积); a place is where, not what ("这条河在县里有多长").
_NOT_THE_MEASURED = re.compile(_BENEFIT + r"|钱|费用|资金|经费|电话|号码|传真|金额|多少|容积|容量|体积|长度|宽度|高度|深度|"
                               r"厚度|重量|面积|距离|时长|年限|^[县市区镇乡村省]里$|^(?:本地|当地|这里|那里|全[县市区省])$")


def _measured_unnamed(part: Part, own: Sequence[Quote]) -> bool:
    named = set(nouns(part.clause))
    focus = [w for w in part.focus if len(w) >= 2 and w in named and known_word(w) and not _NOT_THE_MEASURED.search(w)
             and not any(w.endswith(m) for m in _MEASURE_WORDS)
             and not _BARE_WORD.fullmatch(w) and not RATE_UNIT_RE.fullmatch(w)]
    if not own or not focus:
        return False
    # (a word of it the notice uses counts: "绿化率" is spoken of by "绿化覆盖率", "总投资" by "投资")
    pieces = [*focus, *(p for w in focus for i in range(len(w) - 1) if known_word(p := w[i:i + 2])
                        and p not in _MEASURE_WORDS and not _NOT_THE_MEASURED.search(p))]
    # (a table row's bare figure is taken to: the header naming its column, "计划投资（万元）", may be pages away)
    return not any(_BARE_FIGURE.search(q.text) or _speaks_of(q.hit.chunk.section_path + q.columns + q.hit.text, w)
                   for q in own for w in pieces)


def _per_another_unit(part: Part, own: Sequence[Quote]) -> bool:
    """A rate asked per unit of what is bought or used ("一度电收多少钱", "每小时多少钱") that no passage
    quoted gives a rate per (``index.units``)."""
    return bool(own) and rate_of_another_unit(part.clause, "".join(q.columns + q.text for q in own))


def _speaks_of(text: str, word: str) -> bool:
    """Whether a text speaks of a thing: names it, or prints a phone number where a 电话 is asked (a list's
    row on a page that does not print the header "咨询电话" again)."""
    return holds(text, word) or ("电话" in word and _PHONE.search(text) is not None)


def _longest(words: Sequence[str]) -> list[str]:
    """The words that are no part of a longer one of them ("社会保险", not its 社会 and 保险), but for an
    everyday word the notices say their own way ("顿饭" of "一顿饭": 每餐)."""
    # (not where a longer word names whose it is: "家庭收入" is no 收入 of any kind, "一顿饭" is a 顿饭)
    return [w for w in words if not any(w != o and w in o for o in words) or (
        w in PLAIN_WORDS and not any(o.endswith(w) and len(o) - len(w) >= 2 for o in words))]


# What a list asks for in words that name no topic: "…考哪些项目" asks for 项目 of 中考体育
_WEAK_LIST = 0.2  # a list's best sentence under this, naming nothing it is of, leaves it unanswered
_LIST_HEADS = frozenset({"项目", "内容", "方面", "措施", "事项", "工作", "材料", "要求", "条件", "情况", "东西",
                         "种类", "类型", "环节", "步骤"})
def _list_of_nothing_quoted(part: Part, quotes: Sequence[Quote]) -> bool:
    """A list asked of a thing no passage quoted names at all, in its text or its notice's title:
    "中考体育考哪些项目" beside a charger subsidy's "补贴项目" (a head that names no topic, 项目, aside)."""
    words = [t for t in _own_words(part.clause) if len(t) >= 2 and not re.search(r"哪|几", t) and t not in _LIST_HEADS]
    seen = "".join(q.hit.text + q.hit.chunk.title for q in quotes)
    return bool(words) and bool(quotes) and not any(holds(seen, t) for t in words)


# A figure the notice leaves to another body or a later document: "…补贴标准由市人社局会同市财政局另行制定"
_LEFT_TO_OTHERS = re.compile(r"另行(?:制定|规定|公布|明确|下达|印发|发布)|另文(?:下达|明确|印发)")


def _holds_any(quote: Quote, sentences: Sequence[str]) -> bool:
    """Whether a quote (taken for another part, perhaps with the words leading up to it: "答：根据《…》，…")
    holds one of the sentences a part picked."""
    return any(t in quote.text for t in sentences)


def _left_to_others(part: Part, by_hit: Sequence[list[_Sent]], own: Sequence[Quote]) -> bool:
    """Whether a notice quoted says the amount asked is set elsewhere, in a sentence that names more of
    what is asked than the sums quoted do: "企业新型学徒制培训补贴的标准是每人多少钱" beside "企业新型学徒制
    培训补贴标准由…另行制定" and a 生活费补贴 of "每人每天50元"."""
    docs = {q.hit.chunk.doc_id for q in own}
    words = [t for t in _own_words(part.clause) if len(t) >= 2 and t not in _MEASURE_WORDS]
    quoted = max((sum(t in q.text + q.columns for t in words) for q in own), default=0)
    texts = {q.text for q in own}
    return any(s.hit.chunk.doc_id in docs and s.text not in texts and _LEFT_TO_OTHERS.search(s.text)
               and sum(t in s.text for t in words) > quoted for sents in by_hit for s in sents)


# words of paying and sharing out, which name no thing ("各发多少", "分别给多少")
_PAYING_VERBS = re.compile(r"[各每都分别共总发给领拿补交付花要能可再还]+")


def _of_another_kind(part: Part, question: str, own: Sequence[Quote], mine: Sequence[str],
                     idf: IdfFn | None, printed: Callable[[str], int] | None = None) -> bool:
    """Whether the quotes for an amount or count part give one of another kind than the one asked:
    one for something else than what the question says it is for (``_FOR_WHAT``), a benefit for
    another purpose ("生育奖励能奖多少钱" beside a 托育机构's "一次性奖励10万元"), another year's
    ("明年（2027年度）要交多少" beside "2026年度…每人每年400元"), a sum that is no fine where a fine is
    asked ("不分类扔垃圾会被罚多少钱" beside a 示范小区's "3万元一次性奖励")."""
    if part.asked is Asked.AMOUNT and (aim := _FOR_WHAT.search(_said_before_asked(question, part.clause))) \
            and not _speaks_to(aim.group(1), own, idf):
        return True
    context = _quotes_context(own)  # (``own``: the part's quotes; ``mine``: the sentences it picked)
    if part.asked is Asked.AMOUNT and own and money_flow(part.clause) == "by" and not _PAYING.search(
            "".join(q.text + q.hit.chunk.title + q.hit.chunk.section_path for q in own)):
        return True  # "个人缴费标准是多少" is not answered by "…至少1/3的门诊资源…": no sum anyone pays
    # "每个充电端口能补多少钱" is not answered by a car subsidy's "每辆给予下乡消费补贴2000元": the passages
    # it is quoted from do not speak of the thing at all (nor "要求连续缴纳社会保险满多少个月" by the
    # loan's "期限最长不超过3年")
    # (a span: the sentence giving it, under its heading: "5．近一年财务报表" in a list of papers that names
    # 社会保险缴费凭证 two lines up says no span of contributions)
    span = part.asked is Asked.DATE and bool(_DURATION_ASKED.search(part.clause))
    if (part.asked is Asked.AMOUNT or span) \
            and own and (words := _longest([t for t in _own_words(part.clause)
                                            if len(t) >= 2 and t not in _MEASURE_WORDS
                                            and not _PAYING_VERBS.fullmatch(t)])) \
            and not any(_speaks_of(q.hit.chunk.section_path + q.columns + (q.text if span else q.hit.text), t)
                        for q in own for t in words) \
            and not any(f in q.text for q in own for f in part.focus if len(f) >= 2 and f not in _MEASURE_WORDS):
        # (the words the part asks of, where the question's words are cut badly: "找人清掏要花多少钱" is
        # cut 找人清 / 掏要, and asks of 清掏)
        return True
    if part.asked is Asked.AMOUNT and _benefit_unnamed(_BENEFIT_NAMED, part.clause, context):
        return True
    if part.asked is Asked.AMOUNT and own and printed is not None and _kind_unprinted(part.clause, own, printed):
        return True
    if part.asked in (Asked.AMOUNT, Asked.COUNT) and _per_another_thing(part, own):
        return True
    if part.asked is Asked.AMOUNT and (_per_another_unit(part, own) or _measured_unnamed(part, own)):
        return True
    if _another_years(question, part.clause, context):
        return True
    if part.asked is not Asked.AMOUNT or _FINE_ASKED.search(part.clause) is None:
        return False
    fines = [t for t in [*(q.text for q in own), *mine] if "罚" in t]
    return not fines or _fined_for_another_act(_said_before_asked(question, part.clause) + part.clause, fines,
                                               [q.hit.text for q in own])


# The kind a rate is asked of, named just before its unit ("保护性耕作里深松整地作业每亩补多少钱": 深松整地作业), after
# the words setting where it is asked ("…里", "…中")
_RATED_KIND = re.compile(r"([\u4e00-\u9fff]{2,16}?)每(?:亩|户|人|头|只|台|套|座|株|棵|吨|平方米|公里|辆|个)"
                         r"(?:[\u4e00-\u9fff]{0,4}?)(?:补|给|发|奖|能|可以)")
_SCOPE_CUT = re.compile(r".*[里中的对按给在]")
_WHEN_WORD = re.compile(r"时候|那时|当时|以前|之前|过去|原来|现在|目前|如今|今年|去年|明年|那会|往年|平时")


def _kind_unprinted(clause: str, own: Sequence[Quote], printed: Callable[[str], int],
                    pattern: re.Pattern[str] = _RATED_KIND) -> bool:
    """Whether the kind a rate is asked of is named by a word no notice prints ("深松整地作业每亩补多少钱" where only
    免耕播种 and 条带耕作 are rated: 深松): whatever rate is quoted is another kind's. The asker, places and everyday
    words aside; a word a quoted passage prints counts as printed. (``pattern``: where the kind is named; a kind
    the segmenter makes no word of, "清掏", is looked for whole.)"""
    m = pattern.search(clause)
    if m is None:
        return False
    kind = _SCOPE_CUT.sub("", m.group(1))
    places = place_names(clause)
    said = question_terms(kind)
    words = [t for t in said if len(t) >= 2 and t not in _SELF and t not in PLAIN_WORDS
             and not any(t in p or p in t for p in places) and not t.startswith(("我", "咱", "你"))
             and not t.endswith(("了", "过", "着"))  # (what the asker did: "改了双瓮式厕所")
             and not _WHEN_WORD.search(t)]  # (nor when: "那时候每户每年补多少")
    if not said and 2 <= len(kind) <= 4 and not places and kind not in PLAIN_WORDS:
        words = [kind]  # (a kind the segmenter makes no word of: "清掏")
    return any(not printed(t) and not any(t in q.hit.text for q in own) for t in words)


# A benefit asked of a thing, whether there is one ("清掏有没有补贴")
_BENEFIT_OF = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:有没有|有无|是否有)(?:补贴|补助|奖励|奖补|资助|补偿)")


# What the asker did, where a fine is asked: a plain verb the notices word their own way ("卖" is 销售/出售)
_ACTS = ("卖", "租", "装")


def _fined_for_another_act(asked: str, fines: Sequence[str], passages: Sequence[str]) -> bool:
    """Whether the fines quoted are for another act than the asker's where the notice speaks of that act
    apart: "偷偷卖鞭炮被查到了，要罚多少钱" is not answered by "…燃放烟花爆竹的，…处100元以上500元以下罚款"
    where the passage says of selling "在禁放区域内销售烟花爆竹的，由应急管理…等部门依法处理"."""
    words = question_terms(asked)  # (a word, not a character: "开小卖部" sells nothing)
    acts = [a for a in _ACTS if a in words or any(w in asked for w in PLAIN_WORDS.get(a, ()))]
    conducts = [t[:t.index("罚")] for t in fines]
    return bool(acts) and all(not holds(c, a) for a in acts for c in conducts) and any(
        holds(p, a) for a in acts for p in passages)


def _benefit_unnamed(pattern: re.Pattern[str], clause: str, context: str) -> bool:
    """Whether the clause asks for a benefit by what it is for and ``context`` does not name that:
    "有没有一次性生育奖励" is not answered by a 托育机构's "一次性奖励10万元" (生育 unsaid)."""
    m = pattern.search(squash(clause))
    if m is None:
        return False
    what = next(g for g in m.groups() if g)
    terms = _own_words(clause)
    kinds = [t for t in terms if t in what and len(t) >= 2 and not any(t != u and t in u for u in terms)]
    return any(not holds(context, t) for t in kinds)


# how one reaches a person ("他的电话多少", "联系方式是什么")
_REACH_ASKED = re.compile(r"电话|手机|号码|邮箱|联系方式|联系电话|传真")
# what may be a phone number, however written ("12345", "（0917）3216608", "3216608"): a number of five or more digits
_PHONE_LIKE = re.compile(r"(?<![\d.])\d{5,}(?![\d.])|(?<!\d)0\d{2,3}\s*[-—－–）)]\s*\d{5,8}(?!\d)")
_PHONE_ASKED = re.compile(r"电话(?:号码)?(?:是)?(?:多少|几号|是什么)|(?:手机|联系电话|咨询电话)(?:号码?)?(?:是)?(?:多少|是什么)")
# a modal glued to its verb, or "each" ("能取", "可领", "每人"): no word of what an amount is of
_BARE_WORD = re.compile(r"[能可要会得每][\u4e00-\u9fff]")
# money someone pays, stated: a contribution, a fee, a price, a fine
_PAYING = re.compile(r"缴费|缴纳|代缴|代交|交纳|缴存|收费|收取|计费|自付|罚款|费用|价格|[水电气热]价|单价|票价|元/|/人|每人每年|每户每月|"
                     r"(?:服务|电|水|气|停车|物业|学|保育|住宿|托管)费")
# whether something costs the asker money, asked ("要花钱吗", "还要交钱吗", "是免费的吗", "自己要不要出钱")
_PRICE_WORDS = r"花钱|要钱|收钱|掏钱|出钱|交钱|付钱|给钱|收费|免费|付费|自费|交费|缴费|花费"
_PRICE_ASKED = re.compile(rf"(?:{_PRICE_WORDS})的?[吗么呢]?$|"
                          rf"(?:要不要|用不用|收不收|需不需要|是否|是不是)[\u4e00-\u9fff]{{0,4}}(?:{_PRICE_WORDS})")
# ... and said: a fee, a price, a sum, who bears it, that it is free
_PRICE_SAID = re.compile(_PAYING.pattern + r"|免费|免收|免交|免除|无偿|不收|减免|出资|付费|交费|承担|负担|资助|"
                        r"补助|补贴|报销|元")
# A case a yes/no asks whether a rule covers, and the words a passage covering it says it in: what it
# costs; one doing it for another; the asker's 户口 moved
_CASES_ASKED = (
    (_PRICE_ASKED, _PRICE_SAID),
    (re.compile(r"代(?:领|办|签|取|交|缴|收)|委托|替[他她我]"), re.compile(r"代(?:领|办|签|取|交|缴|收|为|理)|委托|受托")),
    (re.compile(r"(?:户口|户籍)[\u4e00-\u9fff]{0,2}(?:迁|转|变)|迁户口|农转非"),
     re.compile(r"迁入|迁出|迁移|迁往|转移|变更|转为|户籍性质")),
    # "终端是农户自己买吗" is answered where who buys or pays for it is said, not by a rule that it be installed
    (re.compile(r"自己(?:买|购买|购置|配|装|出钱)|谁(?:买|来买|出钱|购买|购置)"),
     re.compile(r"购买|购置|采购|自购|自费|自行(?:购|采|安装|配)|自筹|配发|统一(?:安装|配备|采购)|免费(?:安装|配备|发放)|出资")),
    # "能不能分几次交" is answered where paying in parts (or at once) is spoken of, not by how much is paid
    (re.compile(r"分(?:几|多|两|三)?(?:次|期|批)(?:交|缴|付|还|发|领)|分期"),
     re.compile(r"分(?:次|期|批|月|季|年度)|一次性|按(?:月|季|季度|年)(?:缴|交|支付)|逐月|按年度")),
)
# The measure an amount is asked by, not what it is of ("县里定的目标是多少", "额度上限是多少")
_MEASURE_WORDS = {"目标", "额度", "标准", "金额", "数额", "比例", "幅度", "数量", "费用", "价格", "长度", "面积",
                  "规模", "总额", "上限", "下限", "指标", "数值", "水平", "限额", "资金", "钱数"}


# What an amount part asks the amount of, where the clause opens on it ("对新建的快递末端网点，每个补助多少钱").
_FOR_WHAT = re.compile(r"(?:^|[，,。？?！!；;])\s*(?:对于?|给)(?![于我你他她它])([^，,。？?]{2,30})[，,]\s*$")


def _said_before_asked(question: str, clause: str) -> str:
    """The question's words before a part's own question, the clauses it took on included ("…，对新建的
    快递末端网点，" of "对新建的快递末端网点，每个补助多少钱")."""
    before = question[:max(question.find(clause), 0)]
    return before + clause.rsplit("，", 1)[0] + "，" if "，" in clause else before


# A typed part whose best passage sentence scores below this also reads the rest of the sections
# its passages were cut from (``Hit.region``); their sentences count this much.
WEAK_PART = 0.25
WIDER_FACTOR = 0.9


def _wider_sentences(wider: Sequence[Hit], pool: Sequence[list[_Sent]], terms: Sequence[str],
                     idf: IdfFn | None) -> list[list[_Sent]]:
    """The sentences of the wider passages that no passage of the pool holds."""
    seen = {squash(s.text) for sents in pool for s in sents}
    out = []
    for sents in _sentences(wider, terms, idf):
        fresh = [s for s in sents if squash(s.text) not in seen]
        seen.update(squash(s.text) for s in fresh)
        out.append(fresh)
    return out


_FIELD_LABEL = re.compile(r"\s*([\u4e00-\u9fff]{2,8})\s*[：:]")


def _field_label(text: str) -> str | None:
    """The label of a field line ("活动时间" of "活动时间：5月－7月"), or None."""
    m = _FIELD_LABEL.match(text)
    return m.group(1) if m and not re.fullmatch(r"其中|具体如下|如下|主要有|包括", m.group(1)) else None


def select_evidence(hits: Sequence[Hit], question: str, parts: Sequence[Part], idf: IdfFn | None,
                    max_notices: int = 3, list_chars: int = 220, wider: Sequence[Hit] = (),
                    outlines: Mapping[int, Sequence[Hit]] | None = None,
                    naming: Callable[[str, Sequence[str]], Sequence[Hit]] | None = None,
                    printed: Callable[[str], int] | None = None) -> Selection:
    """For each part of the question, the passage sentences that answer it.

    Sentences are scored under the whole question's topic (their own words, their heading's, and
    the item just before them: a "牵头单位：" field belongs to the task named before it) and by
    what their part asks: its own clause's words, the kind of fact, the role (牵头/配合).
    ``wider``: the same passages grown to the sections they were cut from, read for a part that
    asks a date, an amount, an organisation … when no passage sentence answers it well: "每人每年
    2万元" may stand just before the window a passage was cut to. ``outlines``: for a list part,
    the headings of the section that answers it (``rag.outline``), quoted whole instead.
    ``naming``: the passages of the given notices that name a person, read (with the wider
    sections) for a part that asks about the person an earlier part's answer names ("他分管哪些部门").
    ``printed``: in how many passages of the corpus a word is printed (a thing no notice names is asked of no
    quote: "清掏有没有补贴", "深松整地作业每亩补多少钱").
    """
    docs = list(dict.fromkeys(h.chunk.doc_id for h in hits))[:max_notices]
    pool = [h for h in hits if h.chunk.doc_id in docs]
    terms = [t for t in question_terms(question) if t not in _ASKING] or question_terms(question)
    excluded = negated_categories(question)
    denied = denied_categories(question)
    lacked = [m.group(1) for m in _LACKED.finditer(question)]
    asked_places = districts_in(question)
    ages = question_ages(question)
    by_hit = _sentences(pool, terms, idf)
    in_pool = len(by_hit)
    # (the asker's group, and the tables that give it a row of its own)
    asker = asker_groups(question)
    # the units the asker counts what they have in (not people: "四口人" sizes a family, it picks no rate)
    counted_in = frozenset(asker_quantities(question, "")) - {"人", "户", "孩"}
    grouped = {s.columns for sents in by_hit for s in sents if s.columns and any(g in s.text for g in asker)}
    extra = [h for h in wider if h.chunk.doc_id in docs]
    quotes: list[Quote] = []
    unanswered: list[int] = []
    aimless: list[int] = []
    sent_of: dict[str, _Sent] = {}  # a sentence taken, by its text: its table's header row, where it stands
    asked_every: set[int] = set()  # parts that ask of every row of a table ("各环节的办理时限")
    # "赣市府办字〔2026〕9号印发的方案中…从什么渠道列支": the notice named answers before one that cites it
    # (not where the question asks what holds now: "柳民发〔2025〕14号第八条规定…，现在的标准是多少" is answered
    # by the notice that changed it)
    named_numbers = set() if _NOW_ASKED.search(question) else {doc_number_key(n) for n in find_doc_numbers(question)}
    # (or by its title, or the title of the rules it issues: "《…实施办法》有效期到什么时候" of "…关于印发…实施办法的通知")
    named_titles = set() if _NOW_ASKED.search(question) else {squash(t) for t in _TITLE_NAMED.findall(question)}

    def named_notice(s: _Sent) -> bool:
        return doc_number_key(s.hit.chunk.doc_number) in named_numbers or any(
            t in squash(s.hit.chunk.title) for t in named_titles)
    taken: set[tuple[int, int]] = set()
    # A part is scored by the words that say what it is about: "能得到哪些康复救助" by 康复救助, not
    # by 得到 (held by "…在全面发展权益上得到有效保障").
    # An organisation part's 部门/单位 is its question word ("归哪个部门管"), not its subject. A
    # clause of question words only ("大概能补多少钱") has no words of its own to score by.
    clauses = {(part.clause, part.asked): _clause_terms(part, terms) for part in parts}
    # "学校这一块由哪位县领导负责？牵头单位有哪些": a part naming no subject of its own asks about
    # the earlier part's (the 校园 task's 牵头单位, not any sentence with 牵头 in it).
    # So does one that points back at it ("这项公开的责任单位有哪些", "该项任务的完成时限"): its own
    # words and the earlier part's.
    follows = [k for k in range(1, len(parts))
               if ((words := clauses[(parts[k].clause, parts[k].asked)]) and all(t in ROLES for t in words))
               or _POINTS_BACK.match(parts[k].clause)]
    for k in follows:
        roles = [t for t in clauses[(parts[k].clause, parts[k].asked)] if not _POINTS_BACK.fullmatch(t)]
        earlier = clauses[(parts[k - 1].clause, parts[k - 1].asked)]
        clauses[(parts[k].clause, parts[k].asked)] = [
            *roles, *(t for t in earlier if t not in roles and not any(r in t for r in ROLES) and t not in _WHO_WORDS)]
    verdicts: dict[int, bool] = {}
    persons: dict[str, int] = {}  # whom a part's 他 stands for: the first such part
    picked: list[tuple[str, ...]] = [() for _ in parts]  # the sentences chosen for each part

    def usable(s: _Sent, whether: bool = False) -> bool:
        """A candidate not about a category, an age or a narrower group than the question asks
        about (judged once a sentence); ``whether``: for a yes or no, where the ages a sentence states
        that leave the asker out are the answer ("两岁半…能领吗": "3至6周岁在园幼儿")."""
        if id(s) not in verdicts:
            verdicts[id(s)] = (s.candidate and not other_category(s.text, excluded, s.hit.chunk.title)
                               and not ("\t" in s.text and any(w in s.text for w in denied))
                               and not narrower_group(s.text, question)
                               and not other_kind(s.text, question) and not other_level(s.text, question)
                               and not outside_listed_places(s.text, asked_places))
        return verdicts[id(s)] and (whether or not excludes_age(s.text, ages))

    # the groups the asker says they belong to, and whether they tell an age: read once, for every amount part
    groups = _groups_of(question)
    subject_words = _subject_words(terms, [h.chunk.title for h in hits]) if _CONTACT_OF_NOTICE.search(question) else ()
    aged = any(AGE_TERM.fullmatch(t) for t in question_terms(question))
    for k, part in enumerate(parts):
        if outlines and outlines.get(k):
            quotes += [Quote(hit, 0, len(hit.text), k, 1.0) for hit in outlines[k]]
            continue
        if part.asked is Asked.DATE and asks_signed_date(part.clause) and (
                signed := _signed_under(by_hit, question)):
            # "成文日期是哪天": the date the notice is signed on, quoted with its issuer's line above it
            h, i = signed
            opener = by_hit[h][i - 1]
            quotes.append(Quote(opener.hit, opener.start, by_hit[h][i].end, k, 1.0))
            taken.add((h, i))
            picked[k] = (by_hit[h][i].text,)
            sent_of[by_hit[h][i].text] = by_hit[h][i]
            continue
        clause_terms = clauses[(part.clause, part.asked)]
        # "…由哪个部门负责、哪些单位配合、完成时限是什么": a field asked by name alone is answered by
        # the row the part before took, where it holds one ("…配合\t2024年"), not by another task's;
        # so is one asked beside it ("这项任务的责任单位和完成时限是什么": "责任单位:…完成时限:2024年6月底前")
        # (only of a task's field: the part before asked its organisation or person, and the sentence
        # held is a field line or a table row)
        own_words = set(question_terms(part.clause))
        if (part.typed and k and parts[k - 1].asked in (Asked.ORG, Asked.PERSON)
                and ((own_words and own_words <= _FIELD_WORDS)
                     or (part.clause == parts[k - 1].clause and asks_fields(part.clause)))
                and (held := tuple(t for t in picked[k - 1] if _sent_fits(sent_of[t], part)
                                   and (is_field_line(t) or "\t" in t)
                                   and (not part.role or names_role(t + sent_of[t].columns, part.role))))):
            picked[k] = held
            continue
        # "金渠镇这边是哪家服务机构？电话多少？": a contact asked by name alone is the one of the row or
        # line the part before took (the 机构's own phone), where it holds one, not any row's phone
        if (k and parts[k - 1].asked in (Asked.ORG, Asked.PERSON, Asked.PLACE) and own_words
                and own_words <= _CONTACT_WORDS
                and (held := tuple(t for t in picked[k - 1] if _PHONE.search(t)))):
            picked[k] = held
            continue
        money = part.asked is Asked.AMOUNT  # "…补助多少钱" is not answered by what a person pays
        # "副组长是谁？他分管哪些部门": 他 is the person the earlier part's quote names; a sentence
        # on someone else's duties does not answer it.
        who = _the_person_meant(part, parts[:k], quotes, picked) or _person_asked_about(question, part)
        if who:
            # also read the sections the passages were cut from, and the notices' passages naming him
            if len(by_hit) == in_pool:
                by_hit += _wider_sentences(extra, by_hit, terms, idf)
            if naming:
                by_hit += _wider_sentences(naming(who, docs), by_hit, terms, idf)
            if not any(who in s.text for sents in by_hit for s in sents):
                who = None
        if who:
            clause_terms = [*clause_terms, who]
            persons.setdefault(who, k)

        # Where and when an event is held is said where the event is named ("专场文艺演出在…举行"), not
        # by a sentence that shows slogans on a square's screen or gives the month of the campaign.
        event = part.asked in (Asked.PLACE, Asked.DATE) and bool(_EVENT.search(part.clause)) and bool(part.focus)
        # A phone asked of a notice the question names ("肉牛基础母牛扩群补贴办法的联系人是谁？咨询电话…") is that
        # notice's, not the phone another notice prints
        phone_of = subject_words if "电话" in part.clause else ()

        # "我们是幼儿园办的托班…今年能申请…运营补助吗" is not answered by the sanction on cheats ("弄虚作假骗取补助资金的，
        # …3年内不得再申请"), unless the asker speaks of wrongdoing
        sanction_aside = eligibility_asked(part) and not _WRONGDOING_ASKED.search(question)

        def answers_part(s: _Sent, part: Part = part, money: bool = money, who: str | None = who,
                         event: bool = event, phone_of: Sequence[str] = phone_of,
                         sanction_aside: bool = sanction_aside) -> bool:
            # (a row's flow is its table's: "三格式化粪池户厕1500元" under "三、奖补标准" is money paid to one)
            return (usable(s, eligibility_asked(part)) and not (sanction_aside and _SANCTION.search(s.text))
                    and not (money and other_flow(
                        s.text if money_flow(s.text) else s.text + s.columns + s.heading, part.clause))
                    and (who is None or who in s.text)
                    and (not event or any(w in s.heading + s.text for w in part.focus))
                    and (not phone_of or any(w in s.hit.chunk.title for w in phone_of)))

        # "“强化涉河湖综合执法”要发挥什么工作机制？由谁负责谁配合": the fields of the item the part
        # before named in quotes, read on from where it is named
        told = k - 1  # the part that named the item: the last before it, or before the parts that follow it
        while part.typed and k in follows and told > 0 and not _quoted_items(parts[told].clause, least=1) and told in follows:
            told -= 1
        if part.typed and k in follows and picked[told] and (told_items := _quoted_items(parts[told].clause, least=1)):
            mine_here: list[str] = []
            # (in the notice the part before was answered from)
            quotes = _item_field(told_items[0], part, _Ask(k, part, clause_terms, False), by_hit, in_pool, extra,
                                 answers_part, quotes, taken, mine_here, sent_of, clause_terms, terms, idf, list_chars,
                                 {sent_of[t].hit.chunk.doc_id for t in picked[told] if t in sent_of})
            if mine_here:
                picked[k] = tuple(mine_here)
                continue
        # "当年绿化要搞到什么程度，哪个部门牵头": the field that follows the sentence the part before
        # was answered by ("…绿化覆盖率达到37.7%。（牵头单位：市自然资源局；…）"), not another item's
        # (of the part before, else of the part that named the item, past the fields asked before this
        # one: "有没有专门管电商的？哪位县领导当链长、哪个部门牵头" reads on from the 电商 item's text)
        anchor = k - 1
        while anchor > 0 and parts[anchor].asked in (Asked.ORG, Asked.PERSON, Asked.DATE):
            anchor -= 1
        # (the field named: what is asked, or what the clause says it of: "链长是哪位县领导")
        labels = [w for w in part.focus if len(w) >= 2] + [m.group(1) for m in [_NAMED_FIRST.match(part.clause)] if m]
        next_field = None
        if (part.typed and k and (k in follows or part.role or (part.asked is Asked.PERSON and labels))
                and (picked[k - 1] or picked[anchor])):
            if extra and len(by_hit) == in_pool:
                by_hit += _wider_sentences(extra, by_hit, terms, idf)
            next_field = next((at for before in dict.fromkeys((k - 1, anchor)) if picked[before]
                               and (at := _field_after(by_hit, sent_of.get(picked[before][0]), part, labels,
                                                       answers_part))), None)
        scored = [(_part_score(s, part, clause_terms, idf, s.hit.rank, terms, lacked, asker, grouped, counted_in)
                   * (_NAMED_NOTICE if named_notice(s) else 1.0), h, i)
                  for h, sents in enumerate(by_hit[:in_pool] if not who else by_hit)
                  for i, s in enumerate(sents) if answers_part(s)]
        scored = _faq_lifted(sorted(scored, key=lambda t: -t[0]), by_hit, part)
        # A typed part the passages answer weakly, or with a sentence of another kind or role, reads
        # the sections the passages were cut from ("组长：…" just above a passage that starts at 副组长).
        weak = not scored or scored[0][0] < WEAK_PART or not _sent_fits(by_hit[scored[0][1]][scored[0][2]], part)
        # "哪位副县长分管医疗保障局" is not answered by a roster naming everyone (an AB岗 list) while
        # the record of the one who does may stand just past the passage's cut.
        weak = weak or (part.asked is Asked.PERSON and not part.role
                        and len(set(comrades(by_hit[scored[0][1]][scored[0][2]].text))) >= 3)
        # ... or names a thing the best sentence (under its heading) does not speak of: "健康养老产业链
        # 的链长" is not answered by the 文冠果 chain's 链长 line, and the passage may be cut just
        # before the line of its own chain
        if part.typed and scored and not weak:
            top = by_hit[scored[0][1]][scored[0][2]]
            subject = _subject_of(top.hit)
            named_here = [t for t in clause_terms if len(t) >= 2 and t not in _ASKING and not holds(subject, t)]
            weak = bool(named_here) and not any(holds(top.heading + top.text, t) for t in named_here)
        if part.typed and extra and weak and not who:
            if len(by_hit) == in_pool:
                by_hit += _wider_sentences(extra, by_hit, terms, idf)
            scored += [(WIDER_FACTOR * _part_score(s, part, clause_terms, idf, s.hit.rank, terms), h, i)
                       for h in range(in_pool, len(by_hit)) for i, s in enumerate(by_hit[h]) if answers_part(s)]
            scored.sort(key=lambda t: -t[0])
        if part.typed:
            # A sentence of another kind or role does not answer a typed part where one of its own does.
            fitting = [t for t in scored if t[0] > 0.08 and _sent_fits(by_hit[t[1]][t[2]], part)]
            scored = fitting or scored
            if k in follows and fitting:
                # ... and of those, one under the heading of the earlier part's answer ("牵头单位：…"
                # of the task whose "责任领导：…" answered it) comes first: the best answer's, not
                # those of further sentences a list part took beside it.
                near = {s.heading for sents in by_hit for s in sents if s.heading and s.text in picked[k - 1][:1]}
                # (a field is read under its item's heading and the one above: "（三）…18.…")
                beside = [(any(h in s.heading for h in near) and part.role is not None and part.role in s.text)
                          for s in (by_hit[h][i] for _, h, i in scored)]
                scored = [t for t, b in zip(scored, beside, strict=True) if b] + [
                    t for t, b in zip(scored, beside, strict=True) if not b]
        if next_field:
            # (first, whatever it scores: it may lie past the passages, or be a field the page cut short)
            g, j = next_field
            lead = max([t[0] for t in scored[:1]] + [_part_score(by_hit[g][j], part, clause_terms, idf, 1, terms), 0.1])
            scored = [(lead, g, j)] + [t for t in scored if (t[1], t[2]) != (g, j)]
        if not scored or scored[0][0] <= 0.08:
            unanswered.append(k)
            continue
        best = scored[0][0]
        # A part that joins several things ("地膜厚度和回收率", "2020年和2021年分别…") may need a
        # sentence for each: further sentences are taken, down to 0.6 of the best, when they hold
        # one of the part's words that the sentences taken so far do not.
        # (or a step added after a comma: "能不能在网上复诊开药，再把药送到家门口")
        several = part.asked is Asked.LIST or bool(re.search(rf"[和及与、]|分别|各|{_JOINED_STEP}", part.clause))
        # One item's 牵头单位 is one field: a second sentence naming the role is another item's.
        # ("这项任务的责任单位和完成时限": fields joined, of one thing: its field line, read on)
        wanted = 1 if one_thing_fields(part.clause) else 3 if several else 1 if part.role else 2
        floor = 0.6 if several else 0.8
        # "各环节的办理时限": every row of the table the best sentence is a row of, and only those
        table_of = by_hit[scored[0][1]][scored[0][2]].columns
        every = bool(table_of) and _every_row_asked(part.clause, table_of)
        if every:
            wanted, floor = _EVERY_ROW_MOST, 0.3
            asked_every.add(k)
        chosen = 0
        covered: set[str] = set()
        mine: list[str] = []  # what answers this part, quoted for it or already for another part
        notices: set[str] = set()  # the notices those sentences are from

        ask = _Ask(k, part, clause_terms, several)
        # "活动时间：5月－7月" answers for its item: the same field of another item ("活动时间：5月6日－
        # 5月12日" under the next heading) is another item's value, not a second answer
        field_label = _field_label(by_hit[scored[0][1]][scored[0][2]].text) if part.typed and not several else None
        for score, h, i in scored:
            if chosen >= wanted or score < best * floor:
                break
            if chosen and field_label and _field_label(by_hit[h][i].text) == field_label:
                continue
            if every and by_hit[h][i].columns != table_of:
                continue
            new_terms = {t for t in clause_terms if holds(by_hit[h][i].text, t)} - covered
            if chosen and score < best * 0.8 and not new_terms and not every:
                continue
            # "对淘汰类和限制类企业怎么办": a sentence that says it of them word for word answers it;
            # another on 限制、淘汰类项目 adds nothing the part asked
            if chosen and (said := _said_of(part)) and said in mine[0] and said not in by_hit[h][i].text:
                continue
            covered |= new_terms
            mine.append(by_hit[h][i].text)
            sent_of[by_hit[h][i].text] = by_hit[h][i]
            notices.add(by_hit[h][i].hit.chunk.doc_id)
            chosen += 1
            if (h, i) not in taken:
                quotes = _taken(quotes, taken, by_hit[h], h, i, ask, score, list_chars)
        # "免疫密度和免疫抗体合格率": a thing joined to the others that no sentence taken so far
        # names gets the two best sentences that do, down to 0.3 of the best (the second down to
        # 0.6 of the first).
        # "“建设…信息平台、建立…中心”和“建立中卫养老基础数据库”这两项任务分别由哪个部门负责": each item
        # the question names in quotes, as the notice words it, gets its own field (``_item_field``)
        for item in _quoted_items(part.clause):
            if not any(_names_item(m, item) for m in mine):
                quotes = _item_field(item, part, ask, by_hit, in_pool, extra, answers_part, quotes, taken, mine,
                                     sent_of, clause_terms, terms, idf, list_chars)
        if several and part.asked not in (Asked.ORG, Asked.PERSON):  # roles tell those apart
            for own in _conjuncts(part.clause):
                if any(holds(m, t) and not _lists_places(m, t) for m in mine for t in own):
                    continue
                first = 0.0
                for score, h, i in scored:
                    if score < max(best * 0.3, first * 0.6):
                        break
                    s = by_hit[h][i]
                    named = [t for t in own if t not in s.hit.chunk.title]
                    # a notice whose title names the thing speaks of it in every sentence, and one
                    # not quoted yet answers it ("“六·五”环境日" beside a 防灾减灾日 notice)
                    about = any(holds(s.text, t) for t in named) if named else s.hit.chunk.doc_id not in notices
                    if about and (not part.typed or answers_kind(s.text, part, s.columns)):
                        mine.append(s.text)
                        sent_of[s.text] = s
                        if (h, i) not in taken:
                            quotes = _taken(quotes, taken, by_hit[h], h, i, ask, score, list_chars)
                        if first:
                            break
                        first = score
        # "我是残疾人…培训补贴能给多少": a sum read from a list is raised for the group the asker says
        # they belong to ("残疾人参加培训的，补贴标准在《目录》基础上提高20%"), in the same notice
        # (or granted that group a sum of its own: "我爸妈都是低保对象…每人自己还要交多少" is answered by the
        # 400元 everyone pays and "（二）最低生活保障对象，每人资助280元")
        # (or, where the asker tells an age, the sum a condition of age grants on top: "我父亲今年67岁…每月能领多少" is
        # answered by "年满70周岁…每月增发租赁补贴50元" too, whose age an amending notice may have changed)
        if part.asked is Asked.AMOUNT and mine and (groups or aged):
            for h, sents in enumerate(by_hit):
                for i, s in enumerate(sents):
                    if (s.hit.chunk.doc_id in notices and (h, i) not in taken and s.text not in mine and (
                            (_UPLIFT.search(s.text) and any(c in s.text for c in groups))
                            or (groups and _grants_group(s.text, groups))
                            or (aged and _AGE_GRANT.search(s.text)))
                            and not any(s.text in m for m in mine)):
                        mine.append(s.text)
                        sent_of[s.text] = s
                        quotes = _taken(quotes, taken, sents, h, i, ask, best * 0.5, list_chars)
        picked[k] = tuple(mine)
        typed = part.typed
        # (a person asked for in a role needs a sentence naming that role: "联系人：崔海菊" does not say
        # who the 组长 is)
        if (not any(_sent_fits(sent_of[t], part) and names_measure(sent_of[t].hit, sent_of[t].start, sent_of[t].end,
                                                                   sent_of[t].columns, part)
                    for t in mine) if typed else
                part.asked is Asked.YESNO and not _speaks_to(part.clause, quotes, idf) and not (
                    # (a question of one part is about what it says of the asker too: "我是外省户口…能申请培训
                    # 补贴吗" is answered by "…外地户籍人员，与本市户籍人员同等享受职业技能培训补贴")
                    len(parts) == 1 and any(t in FROM_AWAY for t in terms) and _speaks_to(question, quotes, idf))):
            unanswered.append(k)
        elif part.asked is Asked.YESNO and printed is not None and _kind_unprinted(
                part.clause, [q for q in quotes if q.part == k], printed, _BENEFIT_OF):
            # "清掏有没有补贴" is not answered by the sums for building a toilet: no notice names 清掏
            unanswered.append(k)
            aimless.append(k)
        elif part.asked is Asked.YESNO and any(asked.search(part.clause) and not said.search(_quotes_context(quotes))
                                               for asked, said in _CASES_ASKED):
            # "孩子打疫苗要花钱吗" is not answered by a vaccination rate: no quote says what it costs or that it
            # is free; "扶助金能让子女代领吗" by who qualifies, where no quote speaks of anyone collecting it
            # for another
            unanswered.append(k)
        elif part.asked is Asked.YESNO and part.bound and part.focus and _LIMIT_ASKED.search(part.clause) and not any(
                len(f) >= 2 and holds(_quotes_context([q for q in quotes if q.part == k]), f) for f in part.focus):
            # "对家庭存款有没有上限要求" is not answered by who qualifies, where no quote names 存款
            unanswered.append(k)
        elif part.asked is Asked.ORG and _section_unnamed(part.clause, [q for q in quotes if q.part == k]):
            # "找市农业农村局哪个科室" is not answered by another body or the bureau itself: no quote names a 科室 of it
            unanswered.append(k)
            aimless.append(k)
        elif part.asked is Asked.ORG and _thing_unnamed(part, [q for q in quotes if q.part == k]):
            # "保险由谁购买" is not answered by who runs a bus service: no passage quoted names 保险
            unanswered.append(k)
            aimless.append(k)
        elif part.asked is Asked.PERSON and part.role is None and (post := asked_post(part.clause)) and not any(
                post in squash(q.text + q.columns) for q in quotes if q.part == k or _holds_any(q, mine)):
            # "总院院长现在是谁" is not answered by who chairs a committee ("由政府分管副市长任主任")
            unanswered.append(k)
            aimless.append(k)
        elif part.asked is Asked.WHAT and not set(_own_words(part.clause)) <= _FIELD_WORDS and (not _speaks_to(
                part.clause, quotes, idf) or _undefined(part.clause, [q for q in quotes if q.part == k])):
            # "公租房怎么申请" is not answered by how one applies for metered heating (nor by anything
            # quoted for the question's other parts)
            unanswered.append(k)
        elif (_PHONE_ASKED.search(part.clause) and not _PHONE_LIKE.search(part.clause)
              and not any(_PHONE_LIKE.search(q.text) for q in quotes)):
            # "麟游县的服务机构电话是多少": a row whose 联系电话 cell is empty gives no phone
            unanswered.append(k)
            aimless.append(k)
        elif part.asked is Asked.LIST and best < _WEAK_LIST and _list_of_nothing_quoted(part, quotes):
            unanswered.append(k)
        elif (part.asked in (Asked.AMOUNT, Asked.COUNT) or (
                part.asked is Asked.DATE and _DURATION_ASKED.search(part.clause))) and (_of_another_kind(
                part, question, (for_part := [q for q in quotes if q.part == k or _holds_any(q, mine)]), mine, idf,
                printed)
                or (part.asked is Asked.AMOUNT and _left_to_others(part, by_hit, for_part))):
            unanswered.append(k)
            aimless.append(k)
    # "…要加装电梯，能不能提取住房公积金？每人能取多少": a bare amount asked after a yes or no the notices
    # do not answer is the amount of that, not of what the sentences quoted for it grant (租房提取)
    # (only where the yes or no is left unanswered for that: its words split between notices)
    moot = [k for k in range(1, len(parts))
            if parts[k].asked in (Asked.AMOUNT, Asked.COUNT) and k not in unanswered and k - 1 in unanswered
            and not [t for t in _own_words(parts[k].clause) if len(t) >= 2
                     and t not in _MEASURE_WORDS and not _BARE_WORD.fullmatch(t) and not RATE_UNIT_RE.fullmatch(t)]
            and ((parts[k - 1].asked is Asked.YESNO
                  and (_split_between(_own_words(parts[k - 1].clause), quotes, idf)
                       # ("有床位补贴吗？每个月补多少": a benefit no passage quoted names)
                       or _benefit_unnamed(_BENEFIT_ASKED, parts[k - 1].clause, _quotes_context(quotes))))
                 # ("保险由谁购买？费用标准是多少": the cost of what no passage names)
                 or (parts[k - 1].asked is Asked.ORG and k - 1 in aimless)
                 # ("路边停车位怎么收费？每小时多少钱": the rate of what no passage speaks to)
                 or parts[k - 1].asked is Asked.WHAT)]
    # "具体联系人是谁？电话多少": the phone of a contact the notices do not name is no phone they print
    # (a phone the notice itself prints, naming no one, is its 咨询电话 and answers: only another notice's is moot)
    def from_another_notice(k: int) -> bool:  # no quote of the part from the notices quoted for the others
        others = {q.hit.chunk.doc_id for q in quotes if q.part != k} or {h.chunk.doc_id for h in hits[:1]}
        return not any(q.hit.chunk.doc_id in others for q in quotes if q.part == k)

    moot += [k for k in range(1, len(parts))
             if k not in unanswered and k not in moot and k - 1 in unanswered and parts[k - 1].asked is Asked.PERSON
             and _REACH_ASKED.search(parts[k].clause)
             and not [t for t in _own_words(parts[k].clause) if len(t) >= 2 and not _REACH_ASKED.search(t)]
             and from_another_notice(k)]
    # "…家庭养老床位…的资金总预算是多少？市级财政安排了多少": the second sum is of the thing the first names;
    # where the first is not answered, the share another notice gives of another subsidy's money is no answer
    moot += [k for k in range(1, len(parts))
             if parts[k].asked is Asked.AMOUNT and parts[k - 1].asked is Asked.AMOUNT and k - 1 in unanswered
             and k not in unanswered and k not in moot
             and (of_part := [q for q in quotes if q.part == k])
             and (named := [t for t in _own_words(parts[k - 1].clause) if len(t) >= 2
                            and any(t in h.text or t in h.chunk.title for h in hits[:1])])
             and sum(any(t in q.hit.text or t in q.hit.chunk.title for q in of_part) for t in named) < len(named) / 2]
    unanswered += moot
    aimless += moot
    quotes = [q for q in quotes if q.part not in moot or any(q.text in picked[j] for j in range(len(parts))
                                                             if j not in moot)]
    quotes = _with_named_persons(quotes, taken, question, parts, terms, by_hit, list_chars)
    quotes = _with_every_amendment(quotes, taken, parts, terms, by_hit, list_chars)
    quotes = _with_heard_figures(quotes, taken, question, parts, terms, by_hit, list_chars)
    quotes = _with_exceptions_defined([n for q in quotes for n in _narrowed(q, persons, picked)], by_hit)
    quotes = _with_case_of_rule(_with_rule_for_list(_with_base_and_addition(quotes, by_hit), by_hit), by_hit)
    # (and a sum asked of what the asker counts in people too: "收托150名…一年能拿36万元吗" is held to "每个机构每年补助
    # 总额最高不超过30万元", which the working must see)
    if limited_by := counted_in or (frozenset(asker_quantities(question, "")) if asks_sum(question) else frozenset()):
        quotes = _with_limit_of_rates(quotes, by_hit, limited_by)
    quotes = _with_lead_of_items(quotes, by_hit)
    # rows of other items than the one named are dropped, but not of a part that asks of every row
    if asked_every:
        quotes = _rows_in_one([q for q in quotes if q.part in asked_every], asked_every) + _the_named_rows(
            [q for q in quotes if q.part not in asked_every], terms)
    else:
        quotes = _the_named_rows(quotes, terms)
    quotes = [_with_reason(q, quotes) for q in quotes]
    return Selection(tuple(parts), tuple(_by_notice(quotes)), tuple(unanswered), question,
                     tuple(aimless), tuple(persons), tuple(picked))


# A bare yes or no, as a Q&A page answers before it says why: "不需要重新申请。", "可以。", "能。", "不会。"
_BARE_VERDICT = re.compile(r"(?:不|没有|无需|无须|不用|不需要|需要|可以|不可以|能|不能|是的|不是|会|不会)"
                           r"(?:再|另行|重新|自行)?(?:申请|办理|领取|享受|提交|缴纳|登记|认证|补发|停发|发放|领|办)?[。！!]")
_REASON_MOST = 120  # characters of the sentence after a bare yes or no read with it


def _with_reason(q: Quote, others: Sequence[Quote] = ()) -> Quote:
    """A quote that is a bare yes or no, read with the sentence after it on its line (the reason and the
    rule: "不需要重新申请。已纳入…的残疾人，自2026年7月起由系统自动按照新标准发放。"), unless another quote
    (``others``) already holds that sentence."""
    if not _BARE_VERDICT.fullmatch(q.text.strip()):
        return q
    rest = q.hit.text[q.end:]
    line = rest.split("\n", 1)[0]
    m = re.search(r"[。！!；;]", line)
    if m is None or not line[:m.start()].strip() or m.end() > _REASON_MOST:
        return q
    if any(o.hit is q.hit and q.end <= o.start < q.end + m.end() for o in others):
        return q
    return replace(q, end=q.end + m.end())


def _rows_in_one(quotes: list[Quote], parts: set[int]) -> list[Quote]:
    """The rows a part that asks of every row took from one passage as one quote, top to bottom (the
    rows taken with their neighbours overlap: "2…3…" and "3…4…")."""
    out: list[Quote] = []
    for q in quotes:
        at = next((n for n, o in enumerate(out) if q.part in parts and o.part == q.part and o.hit is q.hit), None)
        if at is None:
            out.append(q)
        else:
            o = out[at]
            out[at] = replace(o, start=min(o.start, q.start), end=max(o.end, q.end), score=max(o.score, q.score))
    return out


def _by_notice(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes with those of one notice together, notices in the order first quoted: the answer
    introduces each notice once, and its [n] then run in order ([1][2][4][3] otherwise, where a
    later part's quote comes from the first notice again)."""
    first: dict[str, int] = {}
    for n, q in enumerate(quotes):
        first.setdefault(q.hit.chunk.doc_id, n)
    return sorted(quotes, key=lambda q: first[q.hit.chunk.doc_id])


# Endings too common to tie an exception to an item ("…情况以外的" and "（一）基本情况。").
_GENERIC_LABEL = re.compile(r"情况|工作|问题|事项|人员|单位|部门|规定|要求|内容|方面|其他|范围|条件")
_ITEM_LABEL = re.compile(r"^\s*(?:（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]|[一二三四五六七八九十]+、|[①-⑳])\s*"
                         r"([\u4e00-\u9fff]{2,12})[。．.：:]")


def _sentences_of(hit: Hit, by_hit: Sequence[list[_Sent]]) -> list[_Sent]:
    """The scored sentences of one hit's passage."""
    return next((ss for ss in by_hit if ss and ss[0].hit is hit), [])


def _with_exceptions_defined(quotes: list[Quote], by_hit: Sequence[list[_Sent]]) -> list[Quote]:
    """The quotes, each rule for "all but X" ("直聘以外的教师均要申请参加校内竞聘") followed by the
    item of the same passage that says what X is ("(1)校内直聘。…处于孕期和哺乳期的教师…学校直接
    聘用。"): whether the asker is one of the exceptions is the answer."""
    out = list(quotes)
    for quote in quotes:
        for m in EXCEPT_RE.finditer(quote.text):
            said = m.group(1) or m.group(2)
            sents = _sentences_of(quote.hit, by_hit)
            for i, s in enumerate(sents):
                label = _ITEM_LABEL.match(s.text)
                if not label or s.start <= quote.start < s.end or not any(
                        said[k:] in label.group(1) and not _GENERIC_LABEL.fullmatch(said[k:])
                        for k in range(len(said) - 1)):
                    continue
                # the label and the sentence straight after it that defines it ("(1)校内直聘。" /
                # "在岗位聘用年度内…")
                j = (i + 1 if len(s.text) <= 16 and i + 1 < len(sents) and sents[i + 1].start - s.end <= 4
                     else i)
                text = quote.hit.text[s.start:sents[j].end]
                if not any(q.hit.chunk.doc_id == quote.hit.chunk.doc_id and squash(text) in squash(q.text) for q in out):
                    out.insert(out.index(quote) + 1, Quote(quote.hit, s.start, sents[j].end, quote.part, quote.score))
                break
    return out


_LIST_NUMBER = re.compile(r"^\s*(?:([一二三四五六七八九十]{1,3})、|第([一二三四五六七八九十]{1,3})条)")


def _with_rule_for_list(quotes: list[Quote], by_hit: Sequence[list[_Sent]]) -> list[Quote]:
    """The quotes, an item of a numbered article's list ("二、禁飞区域。…（二）清源山风景名胜区；")
    followed by the sentence of the same passage that rules on what that article lists ("第二条所列区域
    全天禁止飞行。"): the item alone says only that the place is listed."""
    out = list(quotes)
    for quote in quotes:
        sents = _sentences_of(quote.hit, by_hit)
        first = next((s for s in sents if s.start <= quote.start < s.end), None)
        m = _LIST_NUMBER.match(first.listed) if first is not None and first.listed else None
        if m is None:
            continue
        ruling = re.compile(rf"第{m.group(1) or m.group(2)}条(?:所列|规定的|列明的)")
        rule = next((s for s in sents if ruling.search(s.text) and not quote.start <= s.start < quote.end), None)
        if rule is not None and not any(q.hit is quote.hit and squash(rule.text) in squash(q.text) for q in out):
            out.insert(out.index(quote) + 1, Quote(quote.hit, rule.start, rule.end, quote.part, quote.score))
    return out


# The sentence that opens a list by saying who gets what it lists: "…累计献血（全血）达到20次的献血者，凭…享受
# 下列优待：" before "（一）免费游览…"
_ITEMS_LEAD = re.compile(r"(?:下列|以下|如下)[^，,。；;：:]{0,12}[：:]\s*$")
_LEAD_REACH = 400  # characters from the lead to the item quoted


def _with_lead_of_items(quotes: list[Quote], by_hit: Sequence[list[_Sent]]) -> list[Quote]:
    """The quotes, an item of a list ("（一）免费游览…公园、景区") preceded by the sentence that opens the list
    (“…达到20次的献血者，…享受下列优待：”), where every sentence between is an item of it: the item alone
    does not say whom it is for. A lead that lists cases to rule on ("有下列情形之一的") is not this."""
    out = list(quotes)
    for quote in quotes:
        if not _CASE_ITEM.match(quote.text):
            continue
        before = [s for s in _sentences_of(quote.hit, by_hit) if s.end <= quote.start + 1 and s.start < quote.start]
        lead = None
        for s in reversed(before):
            if quote.start - s.start > _LEAD_REACH:
                break
            if _ITEMS_LEAD.search(s.text) and not _CASES_RULE.search(s.text):
                lead = s
                break
            if not _CASE_ITEM.match(s.text):
                break
        if lead is not None and not any(q.hit is quote.hit and squash(lead.text) in squash(q.text) for q in out):
            out.insert(out.index(quote), Quote(quote.hit, lead.start, lead.end, quote.part, quote.score))
    return out


# A rule over the cases listed after it: "有下列情形之一的，不得享受专项资金补贴。" / "（一）…"
_CASES_RULE = re.compile(r"(?:下列|以下)(?:情形|情况|条件)之一")
_CASE_FLOOR = 0.2  # the least a listed case must cover of the question to be the asker's
_CASE_ITEM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳])")  # "(一)", "（1）", "1."


def _with_case_of_rule(quotes: list[Quote], by_hit: Sequence[list[_Sent]]) -> list[Quote]:
    """The quotes, a rule over cases listed after it ("有下列情形之一的，不得享受专项资金补贴") followed
    by the listed case that covers most of the question ("（一）已经获得自治区…专项资金的"): the rule
    alone does not say the asker's case is one of them."""
    out = list(quotes)
    for quote in quotes:
        if not _CASES_RULE.search(quote.text):
            continue
        sents = _sentences_of(quote.hit, by_hit)
        after = [s for s in sents if s.start >= quote.end]
        cases = list(takewhile(lambda s: _CASE_ITEM.match(s.text) is not None, after))
        best = max(cases, key=lambda s: s.topic, default=None)
        if best is not None and best.topic >= _CASE_FLOOR and not any(
                q.hit is quote.hit and squash(best.text) in squash(q.text) for q in out):
            out.insert(out.index(quote) + 1, Quote(quote.hit, best.start, best.end, quote.part, quote.score))
    return out


# An amount given on top of another in the clause before it: "市级财政按每台15万元给予补助；位于古城保护范围
#内…的，每台再增加补助5万元" (either alone misleads: 5万元 is not what the 古城 gets, nor 15万元)
_ADDITION = re.compile(r"再(?:增加|给予|补助|奖励|补贴)|另(?:行)?增加|额外(?:增加|给予)|(?:增加|提高)补助")


def _with_base_and_addition(quotes: list[Quote], by_hit: Sequence[list[_Sent]]) -> list[Quote]:
    """The quotes, one that states an amount joined with the clause of the same sentence that adds to
    it (after "；"), or that it adds to: the two are one rule."""
    out = []
    for quote in quotes:
        sents = _sentences_of(quote.hit, by_hit)
        start, end = quote.start, quote.end
        for a, b in pairwise(sents):
            joined = a.text.rstrip().endswith(("；", ";")) and b.start - a.end <= 2 and _ADDITION.search(b.text) \
                and _AMOUNT_RE.search(a.text) and _AMOUNT_RE.search(b.text)
            if joined and a.start <= start < a.end:
                end = max(end, b.end)
            elif joined and b.start <= start < b.end:
                start = min(start, a.start)
        text = quote.hit.text[start:end]
        if (start, end) != (quote.start, quote.end) and not any(
                q is not quote and q.hit is quote.hit and squash(text) in squash(q.text) for q in quotes):
            quote = replace(quote, start=start, end=end)
        out.append(quote)
    return out


# A limit on what one recipient gets in all ("单个作业主体年度补助资金最高不超过15万元", "每户（场）每年补贴最高不超过10万元")
_RECIPIENT_LIMIT = re.compile(r"(?:单个|每个|每户|每人|每家|同一)[^，,。；;\d]{0,16}?(?:最高|最多|不超过|不得超过|封顶)"
                              r"[^，,。；;\d]{0,4}?\d+(?:\.\d+)?\s*(?:万元|元)")


def _with_limit_of_rates(quotes: list[Quote], by_hit: Sequence[list[_Sent]], counted_in: Collection[str]) -> list[Quote]:
    """The quotes, with the limit on one recipient's sum that the passage of a rate per what the asker counts sets
    ("…每亩补助50元" for "免耕播种了3800亩", and "单个作业主体年度补助资金最高不超过15万元" two lines below): the
    sum the rate gives is held to it, and the working says so."""
    out = list(quotes)
    for quote in quotes:
        if not rate_units(quote.text) & set(counted_in):
            continue
        for s in _sentences_of(quote.hit, by_hit):
            if _RECIPIENT_LIMIT.search(s.text) and not any(
                    q.hit is quote.hit and q.start <= s.start and s.end <= q.end for q in out):
                out.append(Quote(quote.hit, s.start, s.end, quote.part, quote.score * 0.9))
                break
    return out


def _narrowed(quote: Quote, persons: Mapping[str, int], picked: Sequence[tuple[str, ...]]) -> list[Quote]:
    """A roster of groups ("刘炳炳、段建宏同志互为AB岗，…，苏万君、王继斌同志互为AB岗") cut to the
    group of the person the question's 他 stands for, where that clause names him with others: the
    answer to the part that asks about 他 ("他跟谁互为AB岗")."""
    groups = groups_of_people(quote.text)
    for person, k in persons.items():
        mine = [(a, b) for a, b, names in groups if person in names]
        if len(groups) >= 2 and len(mine) == 1:
            a, b = mine[0]
            end = b + 1 if quote.text[b:b + 1] in ("。", "；", ";") else b
            narrowed = replace(quote, start=quote.start + a, end=quote.start + end, part=k)
            # the quote of the part before, the one naming him, keeps standing where it holds that
            # part's best sentence ("副组长：王继斌…；…互为AB岗" answers who the 副组长 is)
            best = _best_sentence(picked, quote.part)
            own = best is not None and best in squash(quote.text) and best not in squash(narrowed.text)
            return [narrowed, quote] if quote.part < k and own else [narrowed]
    return [quote]


def _best_sentence(chosen: Sequence[tuple[str, ...]], k: int) -> str | None:
    """Part ``k``'s best chosen sentence, squashed (None when it has none)."""
    return squash(chosen[k][0]) if k < len(chosen) and chosen[k] else None


# A part asking what post someone holds: "在…名单里是什么身份", "担任什么职务".
_ASKS_POST = re.compile(r"什么身份|什么职务|什么职位|哪个职务|任什么|担任什么|是什么职")
# The person a question names just before such a part: "…副局长的杨宝翟，在…名单里是什么身份".
_NAMED_BEFORE = re.compile(r"(?:的|，|,|^)([\u4e00-\u9fff]{2,3}?)(?:同志)?[，,]\s*$")


def _person_asked_about(question: str, part: Part) -> str | None:
    """The person whose post a part asks for, named by the question right before it (a name of two
    or three characters opening on a common surname)."""
    if not _ASKS_POST.search(part.clause) or (at := question.find(part.clause)) <= 0:
        return None
    m = _NAMED_BEFORE.search(question[:at])
    name = m.group(1) if m else ""
    return name if len(name) >= 2 and name[0] in SURNAMES else None


def _the_person_meant(part: Part, before: Sequence[Part], quotes: Sequence[Quote],
                      picked: Sequence[tuple[str, ...]] = ()) -> str | None:
    """The person a part opening on a pronoun (他/她/其/该同志) speaks of: the one name the best
    quote of the nearest earlier part asking for a person gives (after the role that part names, or
    before 同志), without the post glued after it ("蒋恒斌县委常委" names 蒋恒斌); None when that
    quote names several people or none."""
    if not opens_on_pronoun(part.clause):
        return None
    k = next((n for n in range(len(before) - 1, -1, -1) if before[n].asked is Asked.PERSON), None)
    if k is None:
        return None
    # the quote holding that part's best sentence (it may have come in with an earlier part)
    top = _best_sentence(picked, k)
    best = next((q for q in quotes if top and top in squash(q.text)), None) or next(
        (q for q in quotes if q.part == k), None)
    if best is None:
        return None
    role = before[k].role
    if role:
        found = [bare_name(m.group(1))
                 for m in re.finditer(re.escape(role) + r"\s*[：:]\s*([\u4e00-\u9fff]{2,10})", best.text)
                 if names_role(best.text[max(0, m.start() - 4):m.end()], role)]
    else:
        found = comrades(best.text)
    if role and not found and "\t" in best.text and PERSON_COLUMN_RE.search(best.columns):
        found = row_persons(best.text)  # "20	盐泥沟	杨冕	张家塬乡党委书记…" under "县级河（湖）长"
    return found[0] if len(set(found)) == 1 and len(found[0]) >= 2 else None


def _the_named_rows(quotes: list[Quote], terms: Sequence[str]) -> list[Quote]:
    """The quotes without the table rows of items the question does not name, once it names one:
    with "京藏高速公路改建工程" quoted, the next row's 建设年限 and 责任单位 belong to another project."""
    rows = {id(q): {t for t in terms if holds(q.text.split("\n", 1)[0], t)}
            for q in quotes if _ROW_START.match(q.text)}  # a row's quote: the terms its first cell names
    if not any(rows.values()):
        return quotes
    return [q for q in quotes if rows.get(id(q), True)]


# what an open part asks, after the words it is asked of
_OPEN_ASK = re.compile(r"(?:又|还|应该|应当|要|该)?(?:怎么办|怎么样|怎样|如何|做什么|干什么)[？?吗呢]?$")


def _said_of(part: Part) -> str:
    """The words an open part asks of, when they are many ("对淘汰类和限制类企业" of "…怎么办")."""
    if part.typed or not (m := _OPEN_ASK.search(part.clause)):
        return ""
    said = part.clause[:m.start()]
    return said if len(said) >= 6 else ""


def _clause_terms(part: Part, question_terms_: Sequence[str]) -> list[str]:
    """The words a part is scored by: its clause's, less the words it asks with (and 部门/单位 for an
    organisation); the question's when the clause has no words at all."""
    own = question_terms(part.clause)
    if part.asked is Asked.YESNO:
        # "按2022年县里的大气污染防治方案能装吗": what it asks about is said before it ("想新装一台烧煤的
        # 小锅炉"), not by its fillers or a verb glued to 能
        own = [t for t in _subject_terms(part.clause) if len(t) >= 2]
    if not own:
        return list(question_terms_)
    return [t for t in own if t not in _ASKING and not (part.asked is Asked.ORG and t in _ORG_WORDS)]


@dataclass(frozen=True)
class _Ask:
    """The part a sentence is taken for, as the quoting of it needs to know."""

    index: int
    part: Part
    terms: Sequence[str]
    several: bool


# an old rule said dropped, after the sentence that replaces it
_OLD_RULE_DROPPED = re.compile(r"\s*原[^。；]{1,80}?(?:不再执行|停止执行|同时废止|不再适用)")
_RULES_STANDING_MAX = 4  # the most rules before it that stand instead ("第一档：…；第二档：…；第三档：…。")
# A roster's sentence that gives a post without the name ("现任…，拟任…"), and the one before it that
# introduces the person ("杨凯军，男，回族，1973年12月出生，…").
_POST_WITHOUT_NAME = re.compile(r"\s*(?:现任|拟任|拟提名|拟推荐|拟聘任|曾任|原任|现为)")
_PERSON_INTRO = re.compile(r"(?:^|[：:])\s*[\u4e00-\u9fff]{2,4}(?:同志)?[，,]\s*[男女][，,]")


def _step_run(sents: list[_Sent], i: int, max_chars: int) -> tuple[int, int]:
    """The steps around step ``i`` ("第一步：…" … "第六步：…", one after another in its passage): a
    procedure asked is answered by all of its steps, not the one that scored best."""
    a = b = i
    while a > 0 and _STEP.match(sents[a - 1].text) and _next_to(sents[a - 1], sents[a]) \
            and sents[b].end - sents[a - 1].start <= max_chars:
        a -= 1
    while b + 1 < len(sents) and _STEP.match(sents[b + 1].text) and _next_to(sents[b], sents[b + 1]) \
            and sents[b + 1].end - sents[a].start <= max_chars:
        b += 1
    return a, b


def _next_to(a: _Sent, b: _Sent) -> bool:
    """Whether sentence ``b`` follows ``a`` in the same passage with nothing but space between."""
    return a.hit is b.hit and a.end <= b.start and not a.hit.text[a.end:b.start].strip()


def _taken(quotes: list[Quote], taken: set[tuple[int, int]], sents: list[_Sent], h: int, i: int, ask: _Ask,
           score: float, list_chars: int) -> list[Quote]:
    """The quotes with sentence ``i`` of passage ``h`` taken for a part: with the sentences that go
    with it (a list it opens, the rest of its section for an open question, the person a roster's
    post belongs to and the post of the person it introduces); nothing new when an
    earlier quote holds it; an earlier quote it holds (another passage's cut) widened in place."""
    j = _continuation(sents, i, list_chars, ask.several)
    if _STEP.match(sents[i].text) and _STEPS_ASKED.search(ask.part.clause):
        i, j = _step_run(sents, i, list_chars)
    if ask.part.asked is Asked.WHAT:
        i, j = _section_span(sents, i, j, ask.terms, list_chars)
    if i and YEAR_CELL.fullmatch(sents[i - 1].text) and not YEAR_CELL.match(sents[i].text):
        i -= 1  # the year cell beside it in a table: "2020年" / "推广母子健康手册APP应用…"
    elif (i and _POST_WITHOUT_NAME.match(sents[i].text) and _next_to(sents[i - 1], sents[i])
          and _PERSON_INTRO.search(sents[i - 1].text)):
        i -= 1  # whose post it is: "杨凯军，男，回族，…中共党员。" / "现任…副主任，拟任…职务。"
    elif i and _OLD_RULE_DROPPED.match(sents[i].text) and _next_to(sents[i - 1], sents[i]):
        # what stands instead: "起步里程2.5公里，起步价6元。" / "原起步价5元（起步里程2公里）不再执行。";
        # the run of figures it follows, where it drops several ("第一档：…每立方米2.88元；…第三档：…")
        first = i - 1
        while (first and i - first < _RULES_STANDING_MAX and _next_to(sents[first - 1], sents[first])
               and _AMOUNT_RE.search(sents[first].text) and _AMOUNT_RE.search(sents[first - 1].text)
               and not sents[first - 1].text.rstrip().endswith(("：", ":"))):
            first -= 1
        i = first
    if (_PERSON_INTRO.search(sents[j].text) and j + 1 < len(sents) and _next_to(sents[j], sents[j + 1])
            and _POST_WITHOUT_NAME.match(sents[j + 1].text)):
        j += 1  # and the post of the person it introduces
    span = (sents[i].start, sents[j].end)
    text = sents[i].hit.text[span[0]:span[1]]
    doc = sents[i].hit.chunk.doc_id
    if any(q.hit.chunk.doc_id == doc and squash(text) in squash(q.text) for q in quotes):
        return quotes
    # (the same words elsewhere in the notice, its task table's row beside its text: the fuller one kept)
    alike = [q.hit.chunk.doc_id == doc and same_wording(text, q.text) for q in quotes]
    if any(same and len(squash(q.text)) >= len(squash(text)) for same, q in zip(alike, quotes, strict=True)):
        return quotes
    taken.update((h, x) for x in range(i, j + 1))
    quote = Quote(sents[i].hit, span[0], span[1], ask.index, score, sents[i].columns, _item_of(sents[i]))
    within = [n for n, q in enumerate(quotes) if alike[n] or (q.hit.chunk.doc_id == doc and squash(q.text) in squash(text))]
    if not within:
        return [*quotes, quote]
    quotes = list(quotes)
    quotes[within[0]] = replace(quote, part=quotes[within[0]].part, score=quotes[within[0]].score)
    return [q for n, q in enumerate(quotes) if n not in within[1:]]


def _quoted_items(clause: str, least: int = 2) -> list[tuple[str, ...]]:
    """The things a clause names in quotes when it names ``least`` or more ("“A”和“B”这两项任务"), each
    as its words."""
    items = [tuple(question_terms(m)) for m in re.findall(r"[“《]([^“”《》]{4,})[”》]", clause)]
    return [t for t in items if t] if len(items) >= least else []


def _item_field(item: tuple[str, ...], part: Part, ask: _Ask, by_hit: list[list[_Sent]], in_pool: int,
                extra: Sequence[Hit], answers_part: Callable[[_Sent], bool], quotes: list[Quote],
                taken: set[tuple[int, int]], mine: list[str], sent_of: dict[str, _Sent], clause_terms: Sequence[str],
                terms: Sequence[str], idf: IdfFn | None, list_chars: int, docs: Collection[str] = ()) -> list[Quote]:
    """The quotes with the first sentence answering ``part`` at or after one that names a quoted item
    (in one of ``docs``, if given)
    (a task's 负责 cell follows its text), read on in the sections the passages were cut from where a
    passage ends inside its row, and the item's own sentence where the two lie in different passages;
    what is taken is added to ``mine`` and ``sent_of``."""
    if extra and len(by_hit) == in_pool:
        by_hit.extend(_wider_sentences(extra, by_hit, terms, idf))
    found = [(h, i) for h, sents in enumerate(by_hit) for i, x in enumerate(sents) if _names_item(x.text, item)
             and (not docs or x.hit.chunk.doc_id in docs)]
    first = next(((at, (g, j)) for at in found for g, j in _after(by_hit, *at)
                  if answers_part(x := by_hit[g][j]) and _sent_fits(x, part)
                  and (is_field_line(x.text) or "\t" in x.text or x.columns or _CELL.fullmatch(x.text))
                  # (a cell naming no role may hold the one asked; one naming another role does not)
                  and (not part.role or names_role(x.text + x.columns, part.role)
                       or not _ROLE_LABEL.search(x.text + x.columns))), None)
    if first is None:
        return quotes
    at, field = first
    # the item's own sentence too where the field lies in another passage, or is a bare cell
    # ("县科技局") that would not say whose it is
    x = by_hit[field[0]][field[1]]
    unlabelled = _CELL.fullmatch(x.text) and "\t" not in x.text
    for h, i in [at, field] if at != field and (at[0] != field[0] or unlabelled) else [field]:
        if by_hit[h][i].text in mine:
            continue
        score = _part_score(by_hit[h][i], part, clause_terms, idf, by_hit[h][i].hit.rank, terms)
        mine.append(by_hit[h][i].text)
        sent_of[by_hit[h][i].text] = by_hit[h][i]
        if (h, i) not in taken:
            quotes = _taken(quotes, taken, by_hit[h], h, i, ask, score, list_chars)
    return quotes


_READ_ON = 400  # how far past an item's sentence its fields may stand
# a table cell of organisations on a line of its own ("县科技局", "县政府办(机关事务管理中心)")
_CELL = re.compile(r"[^。；;，,：:]{2,40}")


def _after(by_hit: Sequence[list[_Sent]], h: int, i: int, most: int = 6) -> list[tuple[int, int]]:
    """A sentence and the ones after it in its notice, up to ``most`` in all and ``_READ_ON``
    characters on, read in the other passages and the wider sections (where its passage ends inside
    its item)."""
    s = by_hit[h][i]
    doc, end = s.hit.chunk.doc_id, s.hit.start + s.end  # where it ends in its notice
    later: dict[int, tuple[int, int]] = {}
    for g, sents in enumerate(by_hit):
        for j, x in enumerate(sents):
            at = x.hit.start + x.start
            if x.hit.chunk.doc_id == doc and end <= at <= end + _READ_ON and at not in later:
                later[at] = (g, j)
    out = [(h, i)]
    for at in sorted(later):
        g, j = later[at]
        if len(out) >= most or _ITEM.match(by_hit[g][j].text):
            break  # the next item's text and fields are its own
        out.append((g, j))
    return out


def _field_after(by_hit: Sequence[list[_Sent]], answer: _Sent | None, part: Part, labels: Sequence[str],
                 answers_part: Callable[[_Sent], bool]) -> tuple[int, int] | None:
    """Where the field answering ``part`` stands among the field lines just after ``answer`` (the text
    of another task starts another item): one naming the part's role, or else one of ``labels``."""
    at = next(((h, i) for h, sents in enumerate(by_hit) for i, x in enumerate(sents) if x is answer), None)
    if at is None:
        return None
    for g, j in _after(by_hit, *at)[1:]:
        x = by_hit[g][j]
        if not opens_field_group(x.text):
            return None
        # (a field cut short by the page, "（链长：宋继忠；", is no candidate of its own)
        if answers_part(replace(x, candidate=True)) and _sent_fits(x, part) and (
                names_role(x.text + x.columns, part.role) if part.role
                else any(re.search(rf"{w}[：:]", x.text) for w in labels)):
            return g, j
    return None


def _names_item(text: str, words: Sequence[str]) -> bool:
    """Whether a sentence names a quoted item: holds all its words (a notice may word it with more:
    "建立更加高效便捷的…五大远程诊疗中心" for "建立五大远程诊疗中心")."""
    return all(holds(text, w) for w in words)


_JOINED_STEP = rf"[，,]{STEP_WORDS}"  # "…复诊开药，再把药送到家门口"


def _lists_places(sentence: str, place: str) -> bool:
    """Whether a sentence names a place only among the others it lists ("…适用于铁西区、铁东区、梨树县、伊通满族
    自治县、双辽市…"): it gives no figure of that place's own ("梨树县和双辽市的任务加起来是多少户")."""
    listed = districts_in(sentence)
    return len(listed) >= 3 and any(p.startswith(place) for p in listed)


def _conjuncts(clause: str) -> list[set[str]]:
    """The words that tell apart the things a clause joins with 和/及/与/、 or a step after a comma
    ("…开药，再把药送到家门口") ("免疫密度和免疫抗体合格率"
    → {密度}, {抗体, 免疫抗体, 合格, 合格率, …}): each piece's terms that no other piece has."""
    pieces = [p for p in re.split(_JOINED_STEP + r"|[和及与、]", clause) if p]
    if len(pieces) < 2:
        return []
    # "A和B的活动主题": what follows the last piece's 的 is said of every piece, not of B alone
    head = pieces[-1].split("的")[0]
    pieces[-1] = head if len(head) >= 2 else pieces[-1]
    terms = [set(question_terms(p)) for p in pieces]
    return [own for n, t in enumerate(terms)
            if (own := {w for w in t if not any(w in o for m, o in enumerate(terms) if m != n)})]


def numbered(selection: Selection) -> list[ContextPassage]:
    """The selected quotes as numbered sources: [n] in the evidence, the prompt and the answer."""
    # a field line's item is said beside it (the label the model reads), never quoted
    return [ContextPassage(k + 1, replace(q.hit, note=q.item) if q.item and not q.hit.note else q.hit, q.text)
            for k, q in enumerate(selection.quotes)]


def part_sources(selection: Selection) -> list[tuple[str, frozenset[int]]]:
    """Each part's clause with the numbers (as ``numbered`` gives them) of the quotes chosen for it:
    its own, and an earlier part's that holds the sentence that answers it best."""
    out = []
    for k, part in enumerate(selection.parts):
        best = _best_sentence(selection.chosen, k)
        out.append((part.clause, frozenset(n for n, q in enumerate(selection.quotes, start=1)
                                           if q.part == k or (best and best in squash(q.text)))))
    return out


def _with_marker(sentence: str, n: int) -> str:
    return f"{sentence[:-1]}[{n}]{sentence[-1]}"


def not_found_text(part: Part) -> str:
    return f"文件未提及：{part.clause.rstrip('？?。')}。"


def _decision_list_of(section_path: str) -> str:
    """The heading of the decision's list (决定废止/保留/修改…的文件目录) a section is, or ""."""
    last = section_path.rsplit(PATH_SEP, 1)[-1].strip()
    return last if decision_list(last) else ""


def labelled_quotes(selection: Selection) -> dict[int, str]:
    """The quotes that are rows of a table with a header, by [n], read under it: "完成…改造（牵头单位：
    丰泽区人民政府；配合单位：市城市管理局；完成时限：2026年12月31日前）" (the labels are the notice's own
    header's: the model reads them, the verifier checks against them, the citation quotes the row)."""
    out = {}
    for n, q in enumerate(selection.quotes, 1):
        if "\t" in q.columns and (row_text := labelled_row(q.text, _labels_line(q.columns).split("\t"))):
            out[n] = row_text
    return out


def evidence_text(selection: Selection) -> str:
    """The quotes grouped by notice, each with its [n]: "根据《…》（文号）：…[1]。…[2]。"."""
    sources = numbered(selection)
    first: dict[str, int] = {}
    for p in sources:
        first.setdefault(p.hit.chunk.doc_id, p.n)
    parts, current, before, labelled = [], "", "", ""
    heard: tuple[str, str] = ("", "")  # the decision list whose heading the quotes gave last
    lapsed = dict(selection.lapsed)
    rows = labelled_quotes(selection)
    for p in sorted(sources, key=lambda p: (first[p.hit.chunk.doc_id], p.n)):
        chunk = p.hit.chunk
        sent = _with_marker(ended(p.text), p.n)
        year = year_column(selection.quotes[p.n - 1].columns)
        item = selection.quotes[p.n - 1].item if year is None else ""
        if p.n in rows:
            sent = _with_marker(rows[p.n] + "。", p.n)  # a row of values read under its header
        if year is not None:
            sent = f"（{year}年）{sent}"  # the column a schedule's cell stands in
        elif item and not (chunk.doc_id == current and (item in before or item == labelled)):
            # the item a field line belongs to, unless the quote before names it or has its label
            sent = f"（{item}）{sent}"
        labelled = item
        before = p.text
        listed = _decision_list_of(chunk.section_path)
        if listed and listed not in p.text and (chunk.doc_id, listed) != heard:
            # a row of a decision's list says what was decided of it only by its heading
            sent = f"（{listed}）{sent}"
        heard = (chunk.doc_id, listed) if listed else heard
        if chunk.doc_id != current:
            num = f"（{chunk.doc_number}）" if chunk.doc_number else ""
            said = f"根据《{chunk.title}》{num}" + (f"（{lapsed[chunk.doc_id]}）的原规定" if chunk.doc_id in lapsed else "")
            parts.append(f"{said}：{sent}")
            current = chunk.doc_id
        else:
            parts.append(sent)
    return selection.preface + "".join(parts)


# What an amount is of, where the question names it ("总投资多少亿元", "每个月网费多少钱", "年生产能力是多少
# 万吨"): a figure of another measure (产值500亿元 beside a question on 投资, 担保费率 beside one on 网费)
# does not answer it. Words of one kind stand for each other ("补助" is answered by "…补贴2000元").
_MEASURED = re.compile(MEASURE_WORDS + "$")
_KINDRED = (BENEFITS, ("投资", "投入"), ("产能", "生产能力"))


# what a modifier may say that names no kind of its own: "每月补贴", "总投资"
_PER = re.compile(r"^(?:每个?[年月人户次天]|总|全)")


def measured(part: Part) -> tuple[str, ...]:
    """The words naming what an amount part measures ("总投资多少亿元" → 总投资, 投资; "每个月发多少育儿补贴"
    → 育儿补贴, 补贴 …), or none where it names no measure of its own ("每小时多少钱")."""
    return _measure(part)[0]


def _kind_of_measure(part: Part) -> str:
    """The kind a measured amount is of, where the question names it whole after 多少 ("多少育儿补贴" →
    育儿): another kind's figure (an 电费补贴) is no answer. (A focus before 多少 is cut to four
    characters, "项目总投资" → "目总投资", so its modifier may start mid-word: not read.)"""
    return _measure(part)[1]


_NOUN_AFTER_MANY = re.compile(r"多少([\u4e00-\u9fff]{2,8}?)(?:[？?，,。]|$)")  # "多少育儿补贴", "多少培训生活费补贴"
# "开户接网费每平方米要交多少", "床位运营补贴每月每张床多少钱": the measure named before what it is per and
# the verb of paying
_NOUN_BEFORE_MANY = re.compile(r"([\u4e00-\u9fff]{0,4}?" + MEASURE_WORDS + r")(?:每(?:个|张|间|套|平方米|平米|亩|吨|人|户|"
                               r"年|月|天|日|次|床|位|名|辆|台|所|家)+|[要能可以交领拿发给补付收缴是为有大概一般一共总])*多少")


@lru_cache(maxsize=1024)
def _measure(part: Part) -> tuple[tuple[str, ...], str]:
    """``measured`` and ``_kind_of_measure`` of a part, read once (every sentence weighed for it asks)."""
    if part.asked is not Asked.AMOUNT:
        return (), ""
    words = tuple(w for w in part.focus if len(w) >= 2)
    after = _NOUN_AFTER_MANY.search(part.clause)
    noun = after.group(1) if after else ""
    kind = ""
    if (not words or not _MEASURED.search(words[-1])) and not _MEASURED.search(noun):
        before = _NOUN_BEFORE_MANY.search(part.clause)
        noun = before.group(1).split("的")[-1] if before else ""
    if not words or not _MEASURED.search(words[-1]):
        m = _MEASURED.search(noun)
        if not m:
            return (), ""
        words = tuple(noun[k:] for k in range(len(noun) - 1))  # the noun after 多少
        kind = _PER.sub("", noun[:m.start()])
    elif m := _MEASURED.search(noun):
        kind = _PER.sub("", noun[:m.start()])
    kin = next((k for k in _KINDRED if any(w.endswith(x) for x in k for w in words)), ())
    return words + tuple(x for x in kin if x not in words), kind


_MEASURE_LEAD = 100  # the characters before a sentence that may name what its figures are ("固定航班补贴：…")


def names_measure(hit: Hit, start: int, end: int, columns: str, part: Part) -> bool:
    """Whether a sentence of a passage names what an amount part measures (or the part names no
    measure): in itself, its table's header row, its section's path or the words just before it. A
    table row's bare figure ("…3300中宁县2019年") is taken to: the header naming its column ("计划投资
    （万元）") may be pages away."""
    words = measured(part)
    if not words or _BARE_FIGURE.search(hit.text[start:end]):
        return True
    around = hit.text[max(0, start - _MEASURE_LEAD):end] + columns + hit.note + hit.section_path
    kind = _kind_of_measure(part)
    # (the kind is named where the whole measure is, shortened as people shorten it: "保教费" of 保育教育费)
    return any(holds(around, w) for w in words) and (len(kind) < 2 or holds(around, kind) or any(
        kind in w and len(w) == 3 and holds(around, w) for w in words))


def _persons_named(clause: str, by_hit: Sequence[list[_Sent]]) -> list[str]:
    """The people a clause names, as the passages name them before 同志 ("免去了李芳、张学兵的什么职务"
    → 李芳, 张学兵), in the order the clause names them."""
    # (a word glued before a name is cut off: "和赵海同志" → 赵海; "马文化" is a name, 文化 none)
    names = {n if n[0] in SURNAMES else n[1:] for sents in by_hit for s in sents for n in comrades(s.text)}
    found = {n for n in names if len(n) >= 2 and n in clause}
    # a name, not the given name inside it ("张学兵", not "学兵")
    return sorted((n for n in found if not any(n != o and n in o for o in found)), key=clause.find)


def _with_named_persons(quotes: list[Quote], taken: set[tuple[int, int]], question: str, parts: Sequence[Part],
                        terms: Sequence[str], by_hit: Sequence[list[_Sent]], list_chars: int) -> list[Quote]:
    """The quotes with, for each person the question names that none speaks of ("免去了李芳、张学兵的
    什么职务", "阿莲、张广平分别被任命为什么职务"), the sentence that speaks of them most, taken for the
    part that follows the name: a roster gives each person a sentence of their own, however far below
    the others it scores."""
    # (not those a notice's title names: "《关于黄飞虎等同志职务任免的通知》")
    for name in _persons_named(re.sub(r"《[^》]*》", "", question), by_hit):
        if any(name in q.text for q in quotes):
            continue
        found = [(s.topic + (name + "同志" in s.text), h, i) for h, sents in enumerate(by_hit)
                 for i, s in enumerate(sents) if s.candidate and name in s.text]
        if not found:
            continue
        _, h, i = max(found, key=lambda f: f[0])
        at = question.find(name)
        k = next((n for n, p in enumerate(parts) if question.find(p.clause) + len(p.clause) > at
                  and question.find(p.clause) >= 0), len(parts) - 1)
        ask = _Ask(k, parts[k], _clause_terms(parts[k], terms), False)
        quotes = _taken(quotes, taken, by_hit[h], h, i, ask, 0.0, list_chars)
    return quotes


# what a list part asks of an amending notice: "作了哪些修改", "调整了哪些内容", "改了什么"
_AMENDMENTS_ASKED = re.compile(r"(?:哪些|什么|哪几)[\u4e00-\u9fff]{0,4}(?:修改|调整|改动|变化|变动)|(?:修改|调整|改动|改)了?(?:哪些|什么|哪几)")


def _with_every_amendment(quotes: list[Quote], taken: set[tuple[int, int]], parts: Sequence[Part],
                          terms: Sequence[str], by_hit: Sequence[list[_Sent]], list_chars: int) -> list[Quote]:
    """The quotes with, for a part asking what a notice amended ("…对…作了哪些修改"), each of its amending
    items ("一、将《通知》第二条…中的“600元”修改为“900元”", "三、将…“30日内”修改为“45日内”") in the notice's
    order, once one of them is quoted or the notice is the one quoted first: a list of changes is
    given whole."""
    for k, part in enumerate(parts):
        if not _AMENDMENTS_ASKED.search(part.clause):
            continue
        mine = [q for q in quotes if q.part == k]
        if not mine:
            continue
        doc = next((q.hit.chunk.doc_id for q in mine if _AMENDING.search(q.text)), mine[0].hit.chunk.doc_id)
        ask = _Ask(k, part, _clause_terms(part, terms), False)
        seen: set[tuple[int, int]] = set()
        for h, sents in enumerate(by_hit):
            for i, s in enumerate(sents):
                at = (s.hit.start + s.start, s.hit.start + s.end)
                if (s.hit.chunk.doc_id == doc and _AMENDING.search(squash(s.text)) and at not in seen
                        and not any(squash(s.text) in squash(q.text) for q in quotes)):
                    seen.add(at)
                    quotes = _taken(quotes, taken, sents, h, i, ask, 0.0, list_chars)
        # (in the notice's order, where its quotes stand)
        slots = [n for n, q in enumerate(quotes) if q.hit.chunk.doc_id == doc]
        for n, q in zip(slots, sorted((quotes[n] for n in slots), key=lambda q: q.hit.start + q.start), strict=True):
            quotes[n] = q
    return quotes


# A figure the asker was told ("听说保护性耕作每亩补50元", "还有人说单个合作社最多补10万元"): what it is said of, the figure
_HEARD = re.compile(r"(?:听说|听人说|有人说|人家说|别人说|邻居说|朋友说|据说|网上说)([^，,。？?；;！!\d]{0,24}?)"
                    r"(\d+(?:\.\d+)?)\s*(万元|元|万)")
_HEARD_LIMIT = re.compile(LIMIT_WORDS)
_LIMIT_SET = re.compile(rf"(?:{LIMIT_WORDS})[^，,。；;\d]{{0,8}}?\d+(?:\.\d+)?\s*(万元|元)")


def _with_heard_figures(quotes: list[Quote], taken: set[tuple[int, int]], question: str, parts: Sequence[Part],
                        terms: Sequence[str], by_hit: Sequence[list[_Sent]], list_chars: int) -> list[Quote]:
    """The quotes with, for each figure the asker says they were told and no quote states, the sentence of a
    notice quoted that does state it per the same unit ("每亩补助50元" is 免耕播种's, the asker's 条带耕作 gets 30元)
    or, told as a limit no notice prints ("单个合作社最多补10万元"), the limit the notice sets: what they heard is
    set beside what the notice says."""
    docs = list(dict.fromkeys(q.hit.chunk.doc_id for q in quotes))
    if not docs or not parts:
        return quotes
    for m in _HEARD.finditer(question):
        said, unit = m.group(1), "万元" if m.group(3).startswith("万") else "元"
        figure = re.compile(rf"(?<![\d.]){re.escape(m.group(2))}\s*{unit}")
        if any(figure.search(q.text) for q in quotes):
            continue
        per = re.findall(r"每[\u4e00-\u9fff]", said)
        k = next((n for n, p in enumerate(parts) if said and said in p.clause), 0)
        ask = _Ask(k, parts[k], _clause_terms(parts[k], terms), False)
        found = [(h, i) for d in docs for h, sents in enumerate(by_hit) for i, s in enumerate(sents)
                 if s.hit.chunk.doc_id == d and s.candidate and figure.search(s.text) and all(w in s.text for w in per)]
        if not found and _HEARD_LIMIT.search(said):
            # (the notice's limit of that unit, the one sharing most of what it is said of: "单个作业主体…最高不超过15万元")
            limits = [(len(char_pairs(said) & char_pairs(s.text)), -n, h, i)
                      for n, d in enumerate(docs) for h, sents in enumerate(by_hit) for i, s in enumerate(sents)
                      if s.hit.chunk.doc_id == d and s.candidate
                      and any(x.group(1) == unit for x in _LIMIT_SET.finditer(s.text))]
            found = [(h, i) for *_, h, i in sorted(limits, reverse=True)[:1]]
        if found and (found[0] not in taken):
            h, i = found[0]
            quotes = _taken(quotes, taken, by_hit[h], h, i, ask, 0.0, list_chars)
    return quotes


def with_quotes(selection: Selection, quotes: Sequence[Quote]) -> Selection:
    """The selection with further quotes (what a replacing notice sets instead), each among the quotes
    of its notice in the notice's order (so that a notice's quotes stand together), taken for the part
    whose words it shares most; none a quote already holds."""
    out = list(selection.quotes)
    for q in quotes:
        text = squash(q.text)
        if any(x.hit.chunk.doc_id == q.hit.chunk.doc_id and (text in squash(x.text) or squash(x.text) in text)
               for x in out):
            continue
        grams = char_pairs(text)
        part = max(range(len(selection.parts)), key=lambda k: len(grams & char_pairs(selection.parts[k].clause)),
                   default=0)
        same = [n for n, x in enumerate(out) if x.hit.chunk.doc_id == q.hit.chunk.doc_id]
        later = [n for n in same if out[n].hit.start + out[n].start > q.hit.start + q.start]
        at = later[0] if later else (same[-1] + 1 if same else len(out))
        out.insert(at, replace(q, part=part))
    return replace(selection, quotes=tuple(out))


def unanswered_parts(selection: Selection) -> list[Part]:
    """Parts no quote answers: a typed part (a date, an organisation …) needs a quote of its kind,
    an amount of what it measures."""
    out = []
    for k in selection.unanswered:
        part = selection.parts[k]
        if k in selection.aimless or not part.typed or not any(_fits(q.text, part, strict=True, columns=q.columns)
                                     and names_measure(q.hit, q.start, q.end, q.columns, part)
                                     for q in selection.quotes):
            out.append(part)
    return out


def said_missing(selection: Selection) -> list[Part]:
    """The parts the answer says the files do not mention ("文件未提及：…"): the parts no quote
    answers, less an open or yes/no part each of whose own words the quotes shown hold ("还要跟环保部门
    联网，有这回事吗" beside "…与生态环境部门联网"), or that has no words of its own ("有什么规定"): a reader sees
    the quote, and a line denying it would contradict it."""
    text = "".join(q.text for q in selection.quotes)
    out = []
    for part in unanswered_parts(selection):
        if _rest_said(part, text):
            continue  # ("其他条款还适用吗" beside "《办法》其他规定不变")
        if not part.typed and selection.quotes:
            rest = (selection.question or "").replace(part.clause, "")
            words = [t for t in _own_words(part.clause) if len(t) >= 2]
            # what it asks of its own (not the scene the rest of the question sets: "家里的自来水…"),
            # each word held where it or a word of it is ("公开出来" by "公开")
            longest = [t for t in words if not any(t != w and t in w for w in words) and t not in rest]
            if all(any(holds(text, w) for w in words if w in t) for t in longest):
                continue
        out.append(part)
    return out


# A quote scoring below this covers the words of its part only loosely. Calibrated on the dev and the
# two blind sets: where an answerable question had a typed part unanswered, its other parts' quotes
# scored 0.2 or more whenever the answer was right (two below it were garbled table rows).
LOOSE = 0.2


def answers_nothing(selection: Selection) -> bool:
    """No quote, or none that answers any part of the question, or the fact asked (a sum, a date …)
    absent and the rest only loosely related ("场馆计划投资多少钱？什么时候建成？" beside "到2025年，
    构建…健身设施网络"): the answer is a refusal."""
    if not selection.quotes:
        return True
    silent = unanswered_parts(selection)
    if len(silent) == len(selection.parts):
        return True
    if any(p.typed for p in silent):
        said = [q.score for q in selection.quotes if selection.parts[q.part] not in silent]
        return max(said, default=0.0) < LOOSE
    return False


def extractive_text(selection: Selection) -> str:
    """The answer without a model: the quoted evidence, then what the files do not say."""
    if answers_nothing(selection):
        return ""
    return evidence_text(selection) + "".join(not_found_text(p) for p in said_missing(selection))


def complete(claims: Sequence[Claim], selection: Selection) -> list[Claim]:
    """The verified claims, with each quote chosen for a part that no kept claim restates added
    verbatim (for a date, an organisation, an amount …: a quote of that kind whose facts the kept
    sentences do not state), and a "文件未提及" line for each part no quote answers."""
    out = list(claims)
    asked = set(question_terms(selection.question or "".join(p.clause for p in selection.parts)))
    for k, part in enumerate(selection.parts):
        typed = part.typed
        for n, quote in enumerate(selection.quotes, start=1):
            if quote.part != k:
                continue
            if typed:
                if not _fits(quote.text, part, strict=True, columns=quote.columns):
                    continue
                # A claim may cite the quote and still leave its fact out ("…公开交易[1][2]" with
                # 7个工作日 in [2]): what counts is whether the kept sentences state its facts.
                said = fact_form("".join(c.text for c in out))
                asked_in = _asked_clauses(quote.text, part)
                if not asked_in:
                    continue  # every sentence of it is another stage ("到2035年…" for a 2025 question)
                facts = [f for _, clauses in asked_in for c in clauses for f in typed_facts(c, part)]
                # without a fact of its kind to look for ("由相关旅游企业负责管理"), a sentence citing
                # it must say what it says
                citing = [c.text for c in out if n in c.cited]
                if all(f[-5:] in said for f in facts) if facts else citing and _restated(quote.text, citing, None):
                    continue
            else:
                citing = [c.text for c in out if n in c.cited]  # the sentences they do not say are quoted
                mine = {w for w in asked if w not in quote.hit.chunk.title}  # not the notice's own subject
                if citing:
                    # a yes/no or an open answer may lie in words nobody asked ("及时兑现奖励"): only
                    # a list's items are judged by the asked words
                    out += [Claim(ended(quote.text[a:b]), (n,), "quote") for a, b in split_sentences(quote.text)
                            if not _restated(quote.text[a:b], citing, mine if part.asked is Asked.LIST else None)]
                    continue
                if claims and _restated(quote.text, [c.text for c in out], mine):
                    continue  # another quote of the same words, or nothing more on what was asked
            out.append(Claim(ended(quote.text), (n,), "quote"))
    out += _dropped_figures(out, selection)
    for part in said_missing(selection):
        out.append(Claim(not_found_text(part), (), "not_found"))
    return out


def _restated(quote: str, citing: Sequence[str], asked: set[str] | None, share: float = 0.4) -> bool:
    """Whether the sentences citing a quote say what it says: they hold at least ``share`` of its
    words, or every word of the question it holds ("未经批准占用的…谁破坏、谁修复[2][3]" cites [2]
    on 经批准征收 without saying it; a quote's opening clause about the same APP adds nothing)."""
    words = set(question_terms(quote))
    said = "".join(citing).lower()  # terms are lower-cased: "APP" → "app"
    if any(f not in fact_form(said) for f in _figures(quote)):
        return False  # a figure of its own ("…利用率达到85%" beside a claim with 84%) is not said
    if not words or sum(1 for w in words if w in said) >= share * len(words):
        return True
    if asked is None:
        return False
    # nothing more on what was asked: every asked word it holds, and every name and figure of a
    # clause that holds one
    clauses = [c for c in re.split(r"[，,；;：:]", quote) if any(w in c.lower() for w in words & asked)]
    named = [x for c in clauses for x in re.findall(r"[“《]([^”》]{1,30})[”》]", c) + numbers_in(c)]
    return all(w in said for w in words & asked) and all(fact_form(x).lower() in fact_form(said) for x in named)


# A sentence that opens on the year of a stage: "到2030年，…", "2021年：…".
_STAGE_YEAR = re.compile(r"^\s*(?:到|至|截至|截止)?((?:19|20)\d\d)年")


def _asked_clauses(text: str, part: Part) -> list[tuple[str, list[str]]]:
    """The sentences of a quote with the clauses of each that speak to a part: a sentence opening on
    a stage year the part does not name is left out when the part names years ("到2025年…下降多少"
    is not answered by "到2030年，…"); of a sentence with figures, the clauses that hold the part's
    focus words, where any does ("能耗…下降10%", not "森林覆盖率达到13.6%")."""
    years = set(re.findall(r"(?:19|20)\d\d", part.clause))
    out = []
    for a, b in split_sentences(text):
        sentence = text[a:b]
        stage = _STAGE_YEAR.match(sentence)
        if years and stage and stage.group(1) not in years:
            continue
        clauses = [sentence]
        if part.focus and part.asked in (Asked.DATE, Asked.AMOUNT, Asked.COUNT):
            pieces = [c for c in re.split(r"[，,；;]", sentence) if c]
            focused = [c for c in pieces if any(f in c for f in part.focus)]
            clauses = focused or clauses
        out.append((sentence, clauses))
    return out


def _figures(text: str) -> list[str]:
    """A text's figures that are not years or bare dates: 84%, 0.01毫米, 7个工作日 …"""
    return [n for n in numbers_in(text) if not re.fullmatch(r"(?:19|20)\d\d年?|\d{1,2}月|\d{1,2}[日号]", n)]


def _dropped_figures(claims: Sequence[Claim], selection: Selection) -> list[Claim]:
    """The sentences of a quote whose figures a restatement left out while keeping others of the
    same quote ("…回收利用率达到85%[1]" for a quote with 84% and 85%): quoted verbatim after it."""
    said = fact_form("".join(c.text for c in claims))
    out: list[Claim] = []
    for n, quote in enumerate(selection.quotes, start=1):
        if not any(c.kind == "restated" and n in c.cited for c in claims):
            continue
        figures = _figures(quote.text)
        if not figures or not any(f in said for f in figures):
            continue
        part = selection.parts[quote.part]
        for sentence, clauses in _asked_clauses(quote.text, part):
            if any(f not in said for c in clauses for f in _figures(c)) and fact_form(sentence) not in said:
                out.append(Claim(ended(sentence), (n,), "quote"))
                said += fact_form(sentence)
    return out


def widened(sources: Sequence[ContextPassage], sentences: int = 1) -> list[ContextPassage]:
    """Each source with the sentences around it in its passage (for a model that writes freely)."""
    out = []
    for p in sources:
        text = p.hit.text
        spans = split_sentences(text)
        at = p.hit.text.find(p.text)
        if at < 0 or not spans:
            out.append(p)
            continue
        first = next((i for i, (a, b) in enumerate(spans) if b > at), 0)
        last = next((i for i, (a, b) in enumerate(spans) if b >= at + len(p.text)), len(spans) - 1)
        a = spans[max(0, first - sentences)][0]
        b = spans[min(len(spans) - 1, last + sentences)][1]
        out.append(ContextPassage(p.n, p.hit, text[a:b]))
    return out


def quote_claims(selection: Selection) -> list[Claim]:
    """The answer without a model, claim by claim: every quote verbatim, then the silent parts."""
    if answers_nothing(selection):
        return []
    out = [Claim(ended(p.text), (p.n,), "quote") for p in numbered(selection)]
    return out + [Claim(not_found_text(part), (), "not_found") for part in said_missing(selection)]

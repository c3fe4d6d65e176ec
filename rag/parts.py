"""What a question asks: its parts, each with the kind of fact that answers it.

"…审批大概要等多久？归哪个部门管？" asks two things: a duration and an organisation. Each part
keeps the words of its own clause ("等多久", "归哪个部门管") so that the evidence for it is chosen
by what it asks, under the topic the whole question shares. Pure functions, no models.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum


class Asked(StrEnum):
    """The kind of fact that answers a part."""

    DATE = "date"  # 何时, 什么时间, 时限, 多久
    PLACE = "place"  # 什么地点, 在哪里
    ORG = "org"  # 哪个单位/部门, 谁牵头, 由谁负责
    PERSON = "person"  # 组长是谁, 河长是谁
    AMOUNT = "amount"  # 多少钱, 比例, 标准, 多少万元
    COUNT = "count"  # 几个, 多少户
    LIST = "list"  # 哪些, 包括什么
    YESNO = "yesno"  # 能不能, 是否, 吗
    WHAT = "what"  # 什么, 怎样, 如何 (a rule, a requirement, a procedure)


@dataclass(frozen=True)
class Part:
    clause: str  # the words of the question that ask this part
    asked: Asked
    role: str | None = None  # 牵头/配合/负责/主办 …: which of several organisations the part wants
    unit: str | None = None  # 万元, 个工作日 …: the unit an amount or count must carry
    bound: str | None = None  # "ceiling" for 最多/最高/上限, "floor" for 最少/至少: the limit asked for
    focus: tuple[str, ...] = ()  # the words naming what is asked ("活动时间", "时间" of "活动的时间是什么"), longest first

    @property
    def typed(self) -> bool:
        """Whether one kind of fact answers it (a date, an organisation, an amount …), not an
        open account (what, which, yes or no)."""
        return self.asked not in (Asked.WHAT, Asked.LIST, Asked.YESNO)


# The words naming a benefit paid or granted, kin to each other ("能领什么补助" is answered by a
# "救助标准"): one kind of measure for an amount, one kind of thing a resident asks to be given.
BENEFITS = ("补助", "补贴", "资助", "救助", "奖补", "补偿", "奖励")
# What an amount may be of: "总投资多少亿元", "每个月网费多少钱", "年生产能力是多少万吨".
_MEASURES = ("投资", "投入", "费", "款", "金", *(b for b in BENEFITS if b != "补偿"), "工资", "薪酬", "产值", "产量", "产能",
             "能力", "收入", "营收")
MEASURE_WORDS = f"(?:{'|'.join(_MEASURES)})"
# the measure a clause names last, with the two characters before it ("一次性创业补贴" → 创业补贴)
_MODIFIER = r"[\u4e00-\u9fff](?<![的性有没是不给发领拿能可要补点放提高免])"  # a character of a noun modifying it, no verb or particle
# (not 费, 款, 金 alone, nor 能力: too common to borrow)
_LONG_MEASURE = f"(?:{'|'.join(w for w in _MEASURES if len(w) > 1 and w != '能力')})"
_LAST_MEASURE = re.compile(rf"(?:{_MODIFIER})?(?:{_MODIFIER})?{_LONG_MEASURE}(?!.*{MEASURE_WORDS})")

# Role words that tell one organisation or person in a sentence from another.
ROLES = ("副组长", "组长", "副主任", "主任", "牵头", "配合", "负责", "主办", "承办", "协办", "责任", "河长", "湖长")

_UNITS = (r"万元|亿元|元|个工作日|工作日|天|日|小时|个月|月|年|户|人次|人|名|家|项|公里|千米|米|亩|公顷|吨|"
          r"个|次|台|座|辆|所|张|件|倍|立方米|平方米|颗|棵|株|条|间|套|处|栋|幢|架|艘|期|份|篇")
_COUNT_UNITS = r"户|人次|人|名|家|项|个(?!工作日|月|小时)|次|台|座|辆|所|张|件|类|种|批|颗|棵|株|条|间|套|处|栋|幢|架|艘|期|份|篇"

# The words asking yes or no ("会不会给孩子调座位", "能拿去卖钱吗").
# (a verb and its negation, "管不管", "给不给", "让不让": asks whether it is done)
YESNO_CUE = re.compile(r"能不能|能否|可不可以|可否|是否|有没有|需不需要|(?!动不动|时不时)([\u4e00-\u9fff])不\1|吗$")

# The question words of each kind, most specific kind first: a clause may ask several kinds
# ("在什么时间前报送哪个部门"); a span claimed by one kind is not read again by a later one.
_CUES: tuple[tuple[Asked, re.Pattern[str]], ...] = (
    (Asked.DATE, re.compile(r"(?:什么|何种?|哪些)(?:时限|期限|时间要求)|哪几?个?年度|哪几年|多少个?(?:工作日|天|日|小时|个月|周)|几个?(?:工作日|天|小时|月|周)|(?<!哪)几年(?![级前])|什么时间|什么时候|何时|哪一年|哪年|哪一?个月|几月|几号(?![^，,。？?]{0,8}文)|哪一?天|哪日|多久|多长时间|几点|多长(?:时限|期限)|(?<!有)多长(?![距的])|断限|"
                            r"(?:时限|期限|时间)(?:是什么|是多少|是怎样|怎样|如何|是哪)")),
    (Asked.PERSON, re.compile(r"(?:组长|主任|河长|湖长|负责人|联系人|领导(?!小组)|局长|书记|(?<![城乡])[县市乡镇]长(?![效期远度江])|部长|"
                              r"(?:链|院|校|站|所|队|社|厂|处|科|庭)长(?![效期远度江]))"
                              r"[^，,。？?]{0,8}谁|"
                              r"谁[^，,。？?]{0,3}(?:组长|主任|河长)|谁(?:被|来)?(?:任命|担任|出任|当选|任)|"
                              r"(?:跟|和|与|同)谁|哪位|哪几位")),
    (Asked.ORG, re.compile(r"哪个单位|哪些单位|哪个部门|哪些部门|什么部门|什么单位|什么机构|哪个机构|哪个(?:科室|处室|股室|科|处|股)|"
                           r"哪家|哪级|谁牵头|由谁|谁负责|"
                           r"谁来|谁出|是谁|给谁|找谁|归谁|谁管|经谁|报谁|向谁|交给?谁|谁(?:审查|审核|审批|批准|核准|认定|出具|颁发|签发)|"
                           r"报送哪|报哪|向哪|找哪|归哪|单位(?:有|是)哪些")),
    # where money comes from ("资金从哪里列支") is its source, no place; and which of two things
    (Asked.WHAT, re.compile(r"(?:从|由)哪(?:里|儿)?(?=列支|支出|开支|出|来|筹集|筹措|拨付|解决|安排)|"
                            # which of two: "坐公交车是免费还是半价", "是按季度发还是按月发", "按新标准还是旧标准"
                            r"(?:是|按|用|走|算|选)[^，,。？?]{1,10}还是[^，,。？?]{1,10}$|"
                            # a 文号 asked by 多少 is no amount: "通告文号是多少"
                            r"(?:文号|字号|编号)(?:是|为)?多少")),
    (Asked.PLACE, re.compile(r"什么地点|什么地方|哪里|哪儿|在哪(?![些个几])|何地|从哪")),
    # (the points a driving licence is docked: "还要记几分", "扣多少分")
    (Asked.COUNT, re.compile(rf"多少(?:{_COUNT_UNITS})|(?<!哪)几(?:{_COUNT_UNITS})|(?:记|扣)(?:多少|几)分")),
    (Asked.LIST, re.compile(r"哪些|哪几|包括什么|有什么|都有|分别是什么|哪[一二两三四五六七八九十\d]")),
    (Asked.AMOUNT, re.compile(r"多少|几块钱?|几毛钱?|几[百千万]块(?=钱?[吗呢]?$)|多大|多长|多宽|多高|多远|贵不贵|几成|什么标准|何种标准")),  # 这条河有多长
    (Asked.YESNO, YESNO_CUE),
    (Asked.WHAT, re.compile(r"什么|怎样|怎么|如何|啥|哪个|哪份|哪项|哪条")),
)

# Where a question divides into clauses.
_SENTENCE_WITH_END = re.compile(r"([^？?！!。；;]*)([？?！!。；;]+|$)")
# "也不知道是啥原因", "不清楚该找谁": a question word after these, in a sentence that ends "。", is told
_UNKNOWING = re.compile(r"不(?:知道|清楚|晓得|明白)(?:是|该|要|应该|能)?(?:啥|什么|谁|哪|怎么|为什么|为啥|咋)")
_CLAUSE = re.compile(r"[，,、]")

# "申请、审核、拨付分别有什么时限": the things a question asks one fact of each, joined before 分别/各自.
# an item never holds its separator (no backtracking blow-up), unless quoted ("“建设…平台”和“实施…建设”")
_ITEM_MOST = 12
_ITEM = rf"(?:“[^“”]{{2,40}}”|(?:(?![和及与的])[\u4e00-\u9fff]){{2,{_ITEM_MOST}}})"
# ("文冠果产业链和健康养老产业链的链长分别是谁": the field asked of each, after 的)
ASKED_EACH = re.compile(rf"((?:{_ITEM}[、和及与])+{_ITEM})(的[\u4e00-\u9fff]{{2,6}}?)?(?:分别|各自|各(?![项级类种个位部乡县地]))")


def _each(m: re.Match[str]) -> list[str]:
    """The things an ``ASKED_EACH`` match asks the same fact of ("申请、审核、拨付分别有什么时限" →
    申请, 审核, 拨付; "项目的申请和审核各…" → 申请, 审核)."""
    return re.findall(_ITEM, m.group(1))


def _pieces(sentence: str) -> list[str]:
    """A sentence's clauses; the things asked of each ("申请、审核、拨付分别有什么时限") become one clause
    each ("申请有什么时限", "审核有什么时限", "拨付有什么时限"), unless they are roles ("组长和主任分别是谁":
    the roles are read from the whole clause)."""
    m = ASKED_EACH.search(sentence)
    if m and m.group(2) and len(_each(m)[0]) >= 8 and (
            re.match(r"[\u4e00-\u9fff]", sentence[m.start() - 1:m.start()]) or _each(m)[0].endswith(m.group(2)[1:])):
        # a first item cut short, or one that ends in the field ("中卫市第一污水处理厂和中宁县、海原县的
        # 污水处理厂"): the field is the last one's, not each one's
        m = None
    before = sentence[m.start() - 1:m.start()] if m else ""
    if m and (before == "、" or (re.match(r"[\u4e00-\u9fff]", before) and len(_each(m)[0]) >= _ITEM_MOST)):
        m = None  # items before it, or a first item, too long to be read whole: not a list of them
    if m:
        items = _each(m)
        rest = _CLAUSE.split(sentence[m.end():], maxsplit=1)
        if (len(items) > 1 and all(len(item) >= 2 and not _roles(item) for item in items)
                and _asked_in(rest[0])):
            field = m.group(2) or ""
            return [*(p for p in _pieces(sentence[:m.start()]) if p), *(item + field + rest[0] for item in items),
                    *(_pieces(rest[1]) if len(rest) > 1 else [])]
    out: list[str] = []
    told: list[str] = []  # the things the clause before listed, asking nothing of them
    for clause in _outside(sentence, "，,"):
        # ("由市、区两级财政怎么分担": levels of government listed, one thing, not two clauses)
        kept = _LEVELS_LISTED.sub(lambda m: m.group(0).replace("、", "\0"), clause)
        pieces = [p.strip().replace("\0", "、") for p in _outside(kept, "、") if p and p.strip()]
        # "二级医院全面开通线上服务、基层医疗机构全部建立互联网诊室，又分别定在什么时候": things too long
        # for ``ASKED_EACH``, listed in a clause of their own, each asked what the clause after asks
        own = _EACH_WORDS.sub("", clause)
        if len(told) > 1 and own != clause and len(own) <= _EACH_ASKED_MOST and _asked_in(own):
            out[-1:] = [item + own for item in told]
            told = []
            continue
        told = pieces if len(pieces) > 1 and not any(_asked_in(p) for p in pieces) else []
        asking = [p for p in pieces if _asked_in(p)]
        # "会不会把我的身份证号、家庭住址、银行卡号也公布出去": one question over the things listed
        # (each 、 piece a part only where each asks its own: "在什么时间、什么地点举办")
        # and "牵头单位、配合单位分别是谁" asks a role of each
        # (and "责任单位、完成时限是什么" asks the fields it names)
        if not asking or (len(asking) == 1 and (all(k is Asked.YESNO for _, _, k in _asked_in(asking[0]))
                                                or re.search("分别|各自", asking[0]))) or len({a for a, _ in _fields(clause)}) > 1:
            # (a clause asking nothing stays whole: it is the condition a bare question after it
            # borrows, "他想把手机带到学校、上课时放在桌子里，学校允许吗")
            out.append("、".join(pieces))
        else:
            # ("“公众开放日”活动、“…”法制宣传活动和《绿色家园》专栏采编宣传分别由哪些单位负责、安排在什么
            # 时间": the things listed before the piece that asks of each are its things)
            pending: list[str] = []
            for p in pieces:
                if not _asked_in(p):
                    pending.append(p)
                    continue
                # ... and "水、电、燃气、暖气的报装什么时候能办": short things listed are what it asks of
                if pending and (re.search("分别|各自", p) or all(len(t) <= _LISTED_WORD for t in pending)):
                    p, pending = "、".join([*pending, p]), []
                out += [*pending, p]
                pending = []
            out += pending
    return out


# levels of government listed by their one-character names: "市、区两级", "省、市、县三级", "市、县（区）"
_LEVELS_LISTED = re.compile(r"[省市县区乡镇村](?:、[省市县区乡镇村])+(?=[两三四五]?级|（)")
# (the words that say a question is asked of each thing before: "又分别定在什么时候")
_EACH_WORDS = re.compile(r"^(?:那|又|还)|分别|各自")
_EACH_ASKED_MOST = 10  # "定在什么时候", "由哪个部门负责": a clause with no subject of its own

_OPENS, _CLOSES = "（(“《〈", "）)”》〉"


def _outside(text: str, marks: str) -> list[str]:
    """``text`` split at each of ``marks`` outside brackets and quotes ("“推行消费方式低碳化”（开展绿色超市、
    绿色商场创建）又由哪个单位牵头" is one piece)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth = max(0, depth - 1)
        elif ch in marks and depth == 0:
            out.append(text[start:i])
            start = i + 1
    return [*out, text[start:]]


# "垃圾好几天没人清", "这几年一直跟我住在广东", "10月以前那几个月": several, no question
_NO_QUESTION = re.compile(r"(?<!最)好几(?=[天个年次回遍家名位件])|(?:这|那|近|头|过去)几(?=[天个年次回周月])")
# "我要是打电话投诉": a case, said before what is asked of it
_CASE = re.compile(r"(?:我|我们|我家)?(?:要是|如果|假如|万一|若是|倘若)")
# a yes or no asked before its subject: "…的起步价，是不是…"
_WHETHER_FIRST = re.compile(r"(?:还|仍然?|到底|究竟)?(?:是不是|是否|是还是不是)")
# "要是被电视台曝光了呢": the question before, asked of another case
_AND_IF = re.compile(r"[^？?]{2,}呢[？?]?$")


def _asked_in(clause: str) -> list[tuple[int, int, Asked]]:
    """The kinds a clause asks, with the span of their question words, in the order they appear."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, Asked]] = []
    clause = _NO_QUESTION.sub(lambda m: " " * len(m.group()), clause)
    for asked, pattern in _CUES:
        for m in pattern.finditer(clause):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append(m.span())
            if all(k is not asked for _, _, k in found):
                found.append((m.start(), m.end(), asked))
    return sorted(found, key=lambda f: f[0])


# How often, asked: "几个月发一次", "多久发一次", "每个月发还是几个月发一次" (answered by "按季度发放", "每月")
FREQUENCY_ASKED = re.compile(r"(?:几个?月|多久|多长时间|几年|几天)[^，,。？?；;]{0,3}?一次")


def _unit(clause: str) -> str | None:
    if FREQUENCY_ASKED.search(clause):
        return None  # (how often: a frequency, not a span in months)
    m = re.search(rf"多少({_UNITS})|几({_UNITS})|(?:记|扣)(?:多少|几)(分)", clause)
    if m:
        return m.group(1) or m.group(2) or m.group(3)
    # A sum of money: "多少钱", or a verb of paying or lending before 多少 ("最多能贷多少", "能补多少").
    money = (r"多少钱|几块钱|多少费用|(?:贷|借|补|报销|领|发|奖|罚|交|缴|付|赔|收|出)(?:款|给)?多少(?![个天年月日人户次项家名台座所件])|"
             # (not 补贴/补助: "低保家庭能补贴多少" is answered by "给予50%的补贴")
             r"(?:费用?|价格?|租金|金额|奖金|总额|经费|预算)(?:是|为|有|要|大概|一般|大约|一共|总共|共)*"
             r"多少(?![个天年月日人户次项家名台座所件])")
    # ("安排了多少资金", "要多少经费": the money named after 多少)
    money += r"|多少(?:资金|经费|费用|预算|补助资金|补贴资金|奖补资金)"
    return "元" if re.search(money, clause) else None


# "最多能贷多少" asks for a ceiling, "最少多少个工作日" for a floor; "最低生活保障" names a benefit.
_CEILING_ASKED = re.compile(r"最多|最高(?!人民|法院|检察)|最长|上限|封顶|至多|不超过")
_FLOOR_ASKED = re.compile(r"最少|至少|最低(?!生活|工资|保障|收入)|下限|不少于|不低于")


def _bound(clause: str) -> str | None:
    ceiling, floor = _CEILING_ASKED.search(clause), _FLOOR_ASKED.search(clause)
    if ceiling and floor:
        return None  # "上限和下限": both ends are asked
    return "ceiling" if ceiling else "floor" if floor else None


# What may stand between the words naming what is asked and the question word: "公告期|最少|多少",
# "回收率|要达到|多少", "标准|是|什么", "清掏|要花|多少钱".
_FOCUS_TRAIL = re.compile(r"(?:的|是|为|要|应|须|需|有|在|由|从|都|能|可|可以|还|最少|最多|最高|最低|至少|大概|一般|分别|具体|"
                          r"一共|总共|共计|加起来|总计|了|花|"
                          r"达到|应达到|提出了|提出|作出了|作出|规定了|规定|明确了|明确|确定了|确定|包括|包含|涉及|分为|安排|定于|定在|"
                          r"核定|核算|算下来)+$")


_PERIOD_TRAIL = re.compile(r"[一每]个?[年月天]$")


def _focus(before: str, cue: str, after: str) -> tuple[str, ...]:
    """The words naming what a part asks: the noun after a 哪 or 什么 question word ("哪些康复救助"
    → 康复救助, 救助; "能领什么补助" → 补助), else the one before it ("活动的时间是什么" → 活动时间, 时间); as suffixes of up
    to four characters, longest first, so that "公告期" is found in "公告期应当不少于10个工作日"."""
    m = re.match(r"(?:方面的|类的|个|些|项|家|条|种|几个|几项|几条)?([\u4e00-\u9fff]+?)(?=哪|什么|多少|吗|$)", after)
    # "哪一天举行": the cue holds its noun (天), so what is asked about is named before it
    dated = re.fullmatch(r"哪一?(?:天|日|年|个?月)", cue)
    if m and not dated and (cue.startswith("哪") or (cue == "什么" and not after.startswith(("是", "样")))):
        # (not the verb of asking after it: "打哪个电话问" asks a 电话)
        words = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:问问|(?<![顾访询提疑学审])问|咨询|询问|打听|联系|反映)$", "", m.group(1))
    else:
        noun = re.match(r"时限|期限|时间", cue)  # "时间是什么": the cue holds its noun
        bare = _FOCUS_TRAIL.sub("", before.strip())
        if not dated:  # "育儿补贴加起来一年多少": the period is how much, not of what ("每年哪个月" asks the month)
            bare = _FOCUS_TRAIL.sub("", _PERIOD_TRAIL.sub("", bare))
        m = re.search(r"[\u4e00-\u9fff]+$", bare + (noun.group() if noun else ""))
        words = m.group() if m else ""
        # "应核定多少补助": nothing named before the cue but the officer's verb; what is asked is named after it
        if not words and cue == "多少" and (after_noun := re.match(r"[\u4e00-\u9fff]{2,4}(?=$|[吗呢？?，,])", after)):
            words = after_noun.group()
        # "活动安排在什么时间": the thing's own field ("活动时间：…") first, then the thing
        inner = re.search(r"时限|期限|时间", cue) if noun is None else None
        if inner and len(words.replace("的", "")) >= 2:
            return (words.replace("的", "")[-2:] + inner.group(), *_suffixes(words))
    return _suffixes(words)


def _suffixes(words: str) -> tuple[str, ...]:
    words = words.replace("的", "")[-4:]
    return tuple(words[k:] for k in range(len(words) - 1))


# "责任主体、管理主体…分别是谁", "落实主体责任": a subject's duty, no role of one office among several
_NO_ROLE = re.compile(r"责任主体|主体责任")


def _role(clause: str) -> str | None:
    # ROLES lists "副组长" before "组长": the longer role wins. "归谁管" asks who is 负责 for it.
    clause = _NO_ROLE.sub("    ", clause)
    return next((r for r in ROLES if r in clause), "负责" if re.search(r"谁管|归谁", clause) else None)


def _roles(clause: str) -> list[str]:
    """Every role a clause names, in order ("组长和办公室主任" → 组长, 主任), a longer role
    ("副组长") claiming its span before a shorter one inside it."""
    clause = _NO_ROLE.sub("    ", clause)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    for role in ROLES:
        for m in re.finditer(role, clause):
            if not any(m.start() < b and a < m.end() for a, b in taken):
                taken.append(m.span())
                found.append((m.start(), role))
    return list(dict.fromkeys(r for _, r in sorted(found)))


# the things told before ("这些事能一块儿办吗"), or the age ("像这么小的孩子会不会给查视力")
_THESE = re.compile(r"这些(?:事情?|手续|东西)|这些(?![\u4e00-\u9fff]{2})|这几[件样项]事?|这么(?:小|大)|这个(?:年纪|岁数|年龄)|"
                    # ("…写着每亩4000元、农户自缴30%。我们县宣传时按这个口径吗": the figures told before)
                    r"(?:这个|这种|这样的?|那个)(?:口径|说法|数字?|标准|比例|算法)|"
                    r"这[种类样](?:的)?事|(?:我们|咱们|俺们)这(?:些|样的|种)|像我这样的|"
                    # ("…这条航线已经领了自治区的补贴。它还能再领市里的吗": what it has, told before)
                    r"^(?:那|那么)?(?:它|它们|他|她|他们|她们)(?=还|也|又|能|可以|会|是不是|有没有)")
# a yes or no of making public with nothing after it ("医保的钱花了多少，会不会对外公开"): what is made
# public is what the clause before it names, even where that clause has a question word of its own
_DISCLOSED_ONLY = re.compile(r"^(?:会不会|是否|能不能|要不要|会|能)?(?:对外|向社会|向公众|向群众|对社会)?"
                             r"(?:公开|公布|公示|披露|告知)(?:出来)?(?:吗|呢|么)?$")
# a verb ending a yes or no with nothing after it ("…能不能让大夫远程帮着看", "能不能帮着查一下")
_NO_OBJECT = re.compile(r"(?:帮着|帮忙|帮我|给我)?(?:看|查|瞧|弄|管)(?:看|一下|一看)?$")
_LISTED_WORD = 4  # "水、电、燃气、暖气的报装…": a thing listed in a word or two, not a clause
# what the asker tells of his own case (himself, his family, a figure): "我家是城里的低保户", "只去了8天"
_OWN_CASE = re.compile(r"[我俺咱]|\d")
# ... not what he means to do ("我想买一辆新能源汽车，市里给不给补贴" asks whether there is one at all)
_WISH = re.compile(r"想|打算|准备|计划")
_SHORT_AMOUNT = 8  # "要交多少停车费": an amount asked with nothing of the case it is asked of
# ... and a yes or no asked of the thing a sentence opens on, a name and nothing else ("纯电动的轻型厢式
# 货车，早晚高峰时段能进限行区域吗"; not "听说有新政策", "我想问一下")
_TOPIC = re.compile(r"(?:(?![我你他她想要听说问请能会是有在把被给让])[\u4e00-\u9fff“”（）()、]){4,16}")


def _told_before(pieces: Sequence[str], k: int, most: int = 2) -> str:
    """The clauses just before clause ``k`` of a sentence that ask nothing (at most ``most``), joined."""
    told: list[str] = []
    for piece in reversed(pieces[max(0, k - most):k]):
        if _asked_in(piece) or _CASE.match(piece):  # (a case "要是…" is said apart)
            break
        told.insert(0, piece)
    return "，".join(told)


_BARE_QUESTION = 5  # "能用多久", "要交多少": a question with no subject of its own
# the words that add a step to what is asked ("能不能在网上复诊开药，再把药送到家门口")
STEP_WORDS = r"(?:再|并且?|然后|顺便|同时)"
_GOES_ON = re.compile(STEP_WORDS + r"(?![是不])")

# A task list's fields, asked by name ("这项任务的牵头单位和完成时限是什么"): each its own part, of its kind.
_FIELD_ASKED = re.compile(r"(牵头|配合|责任|主办|承办|协办|参与)(?:单位|部门)|(完成|办结)(?:时限|时间)|(责任)(?:领导|人)")
# ... under a question word that asks for whatever the field holds
_FIELD_QUESTION = re.compile(r"(?:分别|各自|各)?(?:是|为|有)?(?:什么|哪些|哪个|谁|啥|多少)[？?]?$|呢$")


def one_thing_fields(clause: str) -> bool:
    """Whether a clause asks fields of several kinds of one thing ("这项任务的责任单位和完成时限是什么"),
    not of several things ("建设智慧园区和推进数字乡村的责任单位和完成时限分别是什么")."""
    m = _FIELD_ASKED.search(clause)
    return (asks_fields(clause) and m is not None and not re.search(r"分别|各|[两三四五几]项", clause)
            and not re.search(r"[和及与、]", clause[:m.start()]))


def asks_fields(clause: str) -> bool:
    """Whether a clause asks fields of several kinds by name ("这项任务的责任单位和完成时限是什么")."""
    return len({asked for asked, _ in _fields(clause)}) > 1


def _fields(clause: str) -> list[tuple[Asked, str | None]]:
    """The fields a clause asks by name and what answers each (牵头单位 → an organisation in the
    牵头 role, 完成时限 → a date, 责任领导 → a person)."""
    if not _FIELD_QUESTION.search(clause):
        return []
    out = []
    for m in _FIELD_ASKED.finditer(clause):
        if m.group(1):
            out.append((Asked.ORG, None if m.group(1) == "参与" else m.group(1)))
        elif m.group(2):
            out.append((Asked.DATE, None))
        else:
            out.append((Asked.PERSON, "责任"))
    return list(dict.fromkeys(out))


# "这样可以吗", "这么做行吗": a yes or no of what the clause before proposed
_THIS_WAY = re.compile(r"(?:这样|这么做|这么办|那样|这种做法)")
_INDEFINITE_SUM = re.compile(r"几[百千万]块")  # "先少付几千块": some thousands, said, not asked
# "中间断交了几年，现在能补缴吗": a few years, told before what is asked, not how many
_TOLD_SPAN = re.compile(r"了(?:好)?几(?:年|个月|月|天|回|次)")


def _prefixed(prefix: str, clause: str, kinds: list[tuple[int, int, Asked]]
              ) -> tuple[str, list[tuple[int, int, Asked]]]:
    """A clause with words it borrows put before it, and the spans of its question words moved on."""
    n = len(prefix)
    return prefix + clause, [(a + n, b + n, asked) for a, b, asked in kinds]


def question_parts(question: str) -> tuple[Part, ...]:
    """The parts of a question in the order asked; a question with no question word is one WHAT part.

    Clauses without a question word of their own ("有听力残疾，户口在中宁县") are context, not parts.
    Two question words in one clause ("在什么时间、什么地点举办") make two parts.
    """
    q = question.strip()
    parts: list[Part] = []
    told = ""  # the last sentence that asks nothing: what the asker has told ("…要办出生证、上户口。")
    for said in _SENTENCE_WITH_END.finditer(q):
        sentence = said.group(1)
        # "有时候突然就不热了也不知道是啥原因。": what the asker does not know, told, not asked
        pieces = [p for p in _pieces(sentence) if not (said.group(2).startswith("。") and _UNKNOWING.search(p))]
        if not any(_asked_in(p) for p in pieces):
            told = sentence.strip() or told
        cond = ""  # "我要是打电话投诉，…会受什么处罚": the case a question is asked of
        proposal = ""  # "…可以直接抵车款，先少付几千块，这样可以吗": what "这样" asks whether of
        carried = ""  # "医院药店的收费、医保的钱花了多少": what the next clause asks whether is made public
        for k, piece in enumerate(pieces):
            kinds = _asked_in(piece)
            if (kinds and k + 1 < len(pieces) and _THIS_WAY.match(pieces[k + 1]) and _INDEFINITE_SUM.search(piece)
                    and all(asked is Asked.AMOUNT for *_, asked in kinds)):
                proposal = "，".join(pieces[:k + 1])  # "先少付几千块，这样可以吗": a sum proposed, not asked
                continue
            if (kinds and k + 1 < len(pieces) and _TOLD_SPAN.search(piece)
                    and all(asked in (Asked.DATE, Asked.COUNT) for *_, asked in kinds)):
                continue
            if kinds and k + 1 < len(pieces) and _DISCLOSED_ONLY.match(pieces[k + 1]):
                carried = "，".join(x for x in (carried, _told_before(pieces, k), piece) if x)
                continue
            if carried and kinds:
                piece, kinds = _prefixed(f"{carried}，", piece, kinds)
                carried = ""
            if (not kinds and parts and k == len(pieces) - 1 and _AND_IF.fullmatch(piece)
                    and (_CASE.match(piece) or piece.startswith("那") or _fields(piece))):
                # "牵头单位是谁？配合单位呢": the field it names; "…会受什么处罚？要是被电视台曝光了呢": the
                # part before, of this case
                before = parts[-1]
                named = [Part(piece, asked, role) for asked, role in _fields(piece)]
                asked = before.clause.split("，", 1)[-1] if _CASE.match(before.clause) else before.clause  # (its own case)
                # (a yes or no of another case is answered, or not, by the sentences of the first)
                again = [replace(before, clause=f"{piece}，{asked}")] if before.asked is not Asked.YESNO else []
                parts += [p for p in named or again if p not in parts]
                continue
            if not kinds and _CASE.match(piece):
                cond = piece
                continue
            if not kinds:
                continue
            clause = piece
            if proposal and kinds[0][2] is Asked.YESNO and _THIS_WAY.match(clause):
                clause, kinds = _prefixed(f"{proposal}，", clause, kinds)
                proposal = ""
            if cond and kinds[0][2] is not Asked.YESNO:  # (a yes or no is asked of its own words)
                clause, kinds = _prefixed(f"{cond}，", clause, kinds)
                cond = ""
            # "县里有没有说过这些事能一块儿办": whether, of the things told before
            # ... and "…拍了片子、做了心电图…。能不能让县里的大夫远程帮着看": a yes or no of a verb with
            # no object looks at what was told
            if told and kinds[0][2] in (Asked.YESNO, Asked.WHAT) and (_THESE.search(clause) or _NO_OBJECT.search(clause)):
                clause, kinds = _prefixed(f"{told}，", clause, kinds)
            # "出租车的起步价，是不是还按…45号文件执行，2公里以内5元": whether, of the thing named before
            # it and of the figures said after it
            if kinds[0][2] is Asked.YESNO and _WHETHER_FIRST.match(clause) and len(kinds) == 1:
                if k > 0 and not _asked_in(pieces[k - 1]) and not _CASE.match(pieces[k - 1]):
                    clause, kinds = _prefixed(f"{pieces[k - 1]}，", clause, kinds)
                if k == len(pieces) - 2 and not _asked_in(pieces[-1]):
                    clause = f"{clause}，{pieces[-1]}"
            # A bare question word ("什么地点") borrows the predicate that follows it ("举办").
            elif len(clause) <= 4 and k + 1 < len(pieces) and not _asked_in(pieces[k + 1]):
                clause = clause + pieces[k + 1]
            # ... and a bare question ("能用多久") the condition before it: "如果只是临时搭个室外健身
            # 设施，能用多久" asks how long a temporary facility may stay, not how long anything may.
            # (so does a choice of two after the case it is asked of: "…验收合格但还没兑付的，按新标准还是旧标准")
            elif k > 0 and not _asked_in(pieces[k - 1]) and (
                    len(clause) <= _BARE_QUESTION
                    or (kinds[0][2] is Asked.WHAT and "还是" in clause and pieces[k - 1].endswith("的"))):
                clause, kinds = _prefixed(f"{pieces[k - 1]}，", clause, kinds)
            # "顾客把小车停在店门口路边的停车位上，白天停了一个半小时，要交多少停车费": a short amount
            # asks it of the case the clauses before it in its sentence tell, and so does a yes or no
            # ("我家是城里的低保户，每个月水费里的垃圾处理费还要交吗", "只去了托育园8天，这个月还能减免…吗")
            elif ((kinds[0][2] is Asked.AMOUNT and len(clause) <= _SHORT_AMOUNT) or kinds[0][2] is Asked.YESNO) and (
                    told_here := _told_before(pieces, k)) and (kinds[0][2] is not Asked.YESNO or (
                        _OWN_CASE.search(told_here) and not _WISH.search(told_here)) or (
                        k == 1 and _TOPIC.fullmatch(told_here) is not None)):
                clause, kinds = _prefixed(f"{told_here}，", clause, kinds)
            # "有没有一次性创业补贴？能补多少钱": a bare amount asks that of the measure the part before named
            elif (kinds[0][2] is Asked.AMOUNT and len(clause) <= _BARE_QUESTION and parts
                  and not re.search(MEASURE_WORDS, clause) and (m := _LAST_MEASURE.search(parts[-1].clause))):
                clause, kinds = _prefixed(m.group(), clause, kinds)
            # "能不能在网上复诊开药，再把药送到家门口": a yes or no goes on into the clause after it that
            # adds a step (再, 然后, 顺便 …) and asks nothing of its own
            if (kinds[-1][2] is Asked.YESNO and k + 1 < len(pieces) and _GOES_ON.match(pieces[k + 1])
                    and not _asked_in(pieces[k + 1]) and pieces[k + 1] not in clause):
                clause = f"{clause}，{pieces[k + 1]}"
            # "能领什么补助吗": a closing 吗 after another question word asks that word's question.
            if len(kinds) > 1 and kinds[-1][2] is Asked.YESNO and piece.endswith("吗"):
                kinds = kinds[:-1]
            # ... and "病床设多少张是不是我们自己定" asks whether, of the figure before it
            elif (len(kinds) > 1 and kinds[-1][2] is Asked.YESNO and kinds[-2][2] in (Asked.AMOUNT, Asked.COUNT)
                  and clause.startswith("是不是", kinds[-1][0])):
                kinds = kinds[-1:]
            fields = _fields(clause)
            # (roles of one kind are told apart by _roles: "牵头单位和配合单位是谁")
            if asks_fields(clause):
                for asked, role in fields:
                    part = Part(clause, asked, role, None, None, ())
                    if part not in parts:
                        parts.append(part)
                continue
            for a, b, asked in kinds:
                bound = _bound(clause) if asked in (Asked.AMOUNT, Asked.COUNT, Asked.DATE, Asked.YESNO) else None
                roles = _roles(clause) if asked in (Asked.ORG, Asked.PERSON) else []
                # "组长和办公室主任分别是谁", "牵头单位和配合单位是哪些": one part for each role named
                for role in (roles if len(roles) > 1 else [_role(clause)]):
                    part = Part(clause, asked, role, _unit(clause), bound, _focus(clause[:a], clause[a:b], clause[b:]))
                    if part not in parts:
                        parts.append(part)
    if not parts:
        parts.append(Part(q, Asked.WHAT))
    return tuple(parts)


# A part asking only for a notice's 文号 ("通告文号是多少", "这份通知的文号是什么"): the citation above the
# quotes answers it.
_DOC_NUMBER_ASKED = re.compile(r"(?:文号|发文字号|发文号)(?:是|为)?(?:多少|什么|啥|哪个|几号)?$|"
                               # ("…实施办法》是哪个文号印发的")
                               r"(?:哪个|什么|哪一个)(?:文号|发文字号|文件号)(?:印发|发布|下发|发)的?$")


def asks_doc_number(clause: str) -> bool:
    """Whether a part asks for nothing but a notice's 文号."""
    return _DOC_NUMBER_ASKED.search(clause.strip()) is not None


# The date a notice was signed or issued, asked ("成文日期是哪天", "什么时候印发的", "落款日期"); not when it was
# published on a site ("发布日期") nor when it takes effect
_SIGNED_DATE_ASKED = re.compile(r"成文(?:日期|时间)|(?:印发|发文|签发|落款|出台|下发)(?:的)?(?:日期|时间)|"
                                r"(?:哪天|哪一天|什么时候|什么时间|何时|几号)(?:印发|发文|签发|出台|下发|发)的")


def asks_signed_date(clause: str) -> bool:
    """Whether a part asks when a notice was signed (its 成文日期): the date under its issuer's name answers."""
    return _SIGNED_DATE_ASKED.search(clause) is not None


"""What a question says about where to look: 文号, places, years — and what the corpus offers.

The vocabularies (places, issuers, kinds, years) are derived from the loaded documents, never
written into the code, so another county's gazette works the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.docnumber import DOC_NUMBER_RE, doc_number_parts
from index.gazetteer import (
    districts_in,
    in_table,
    origins,
    place_mentions,
    prefecture_level,
    provinces,
    same_prefecture,
)
from index.lexical import nouns, place_names, tokenize
from index.models import Document
from index.titles import normalize_title
from rag.plain import holds

# Administrative place names as they start an issuer or title: 中宁县, 中卫市, 沙坡头区, 海原县…
# The optional leading 中共 is the party committee of the same place.
_PLACE_RE = re.compile(r"(?:中共)?([\u4e00-\u9fff]{2,4}?(?:自治区|自治州|自治县|县|市|区|旗|州|盟))")
# A place mentioned in a question: two to four characters before an administrative suffix.
_QUESTION_PLACE_RE = re.compile(r"([\u4e00-\u9fff]{2,3}(?:自治县|县|市|区|旗))")
_COUNTY_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2,3}[县市]")
# Words of that shape that are kinds of place, not places: 大城市, 本县, 县级市, 直辖市, 示范县, 试点县.
_KIND_OF_PLACE = re.compile(r"^[大小本各全该每外邻]|[级辖][县市区]$|(?:示范|试点|重点|先进|文明|百强|贫困)[县市区]$")
_QUOTED_RE = re.compile(r"《([^《》]{4,80})》")
_YEAR_RE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)")
_KIND_WORDS = ("实施方案", "工作方案", "行动计划", "管理办法", "实施办法", "实施意见", "规划", "方案", "办法",
               "意见", "计划", "决定", "通知", "公告", "细则", "规定", "制度", "政策", "目录", "分工")


@dataclass(frozen=True)
class DocNumberMention:
    code_chars: str  # the characters before the bracket; the 文号's own code is a suffix of them
    year: str
    serial: str


@dataclass(frozen=True)
class QueryAnalysis:
    doc_numbers: tuple[DocNumberMention, ...] = ()
    places: tuple[str, ...] = ()  # known localities named (canonical names)
    unknown_places: tuple[str, ...] = ()  # places the corpus has no documents for
    years: tuple[int, ...] = ()
    quoted_titles: tuple[str, ...] = ()  # 《…》 spans of the question


def locality_of(doc: Document) -> str:
    """The county/city a document belongs to, from its issuer (or title when the issuer is empty);
    for a page with neither (a 公众号 article "政策解读|暑期来遵义，这些人游", a 12345 问答 list), the
    place its text names most, where one place stands out."""
    for source in (doc.issuer, doc.title):
        m = _PLACE_RE.search(source or "")
        if m:
            return m.group(1)
    return _named_most(doc.text)


_LOCALITY_CHARS = 4000  # how much of a page without issuer is read for the place it names most


@lru_cache(maxsize=4096)
def _named_most(text: str) -> str:
    """The place of the gazetteer a text names most often in its opening ("遵义市" five times, "贵阳市" once
    in a sidebar), or "" where none is named twice and at least twice as often as any other. (Kept per
    text: ``locality_of`` is asked of every notice a filter or a task row passes.)"""
    counts = Counter(n for n in place_mentions(text[:_LOCALITY_CHARS], "市县区旗州盟", 12, in_table)
                     if not _KIND_OF_PLACE.search(n))
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return ""
    return top[0][0]


def doc_kind(doc: Document) -> str:
    """The kind of text a notice carries (方案, 办法, 规划 …), or the notice's own kind."""
    for text in (*doc.attachments, doc.title):
        for word in _KIND_WORDS:
            if word in text:
                return word
    return "其他"


def place_aliases(place: str) -> set[str]:
    """A place and the short form people say: 中宁县 → {中宁县, 中宁}."""
    out = {place}
    for suffix in ("自治县", "自治州", "自治区", "县", "市", "区", "旗", "州", "盟"):
        if place.endswith(suffix) and len(place) - len(suffix) >= 2:
            out.add(place[: -len(suffix)])
            break
    return out


def analyse(question: str, localities: Iterable[str],
            mentioned: Callable[[str], bool] = lambda _place: False,
            issuing: Iterable[str] | None = None) -> QueryAnalysis:
    """What a question names: 文号, places, years, titles. A place is unknown where no notice is issued
    there, unless it lies in an issuer's prefecture and a notice's text names it (``mentioned``): 涪城区,
    a district whose city issues the notices and whose name they print, is covered though it issues
    none; 江油市, of the same city but named by no notice, is not. ``issuing``: the places that issue numbered
    notices (a county's 办事指南 is no rule of its own that keeps its siblings out); all of ``localities`` if not given."""
    q = question
    mentions = tuple(DocNumberMention(*doc_number_parts(m)) for m in DOC_NUMBER_RE.finditer(q))
    known = sorted(set(localities), key=len, reverse=True)
    places = []
    for place in known:
        if any(alias in q for alias in place_aliases(place)):
            places.append(place)
    unknown = []
    # County/city-level names the corpus has no documents for (a province-level 自治区 is the
    # context of every notice, not a place to filter on).
    # jieba tags some counties as a person's name ("隆德县" nr): a word of two or three characters
    # before 县 or 市 is a place whatever its tag (区 also ends 园区, 社区, 景区 …).
    # (and the districts and counties of the gazetteer: "银川市金凤区" names 金凤区, which jieba does not tag)
    # (jieba tags a city without its 市: "襄阳市的…" → 襄阳, read with the suffix it is printed with)
    named = [_with_suffix(q, w) for w in place_names(q)] + [
        w for w in tokenize(q) if _COUNTY_WORD_RE.fullmatch(w) and not _KIND_OF_PLACE.search(w)]
    names = list(dict.fromkeys([*named, *districts_in(q)]))
    for name in names:
        if not _QUESTION_PLACE_RE.fullmatch(name) or name.endswith(("自治区", "省")) or name in ("大城市", "小城市"):
            continue
        if any(name != other and name in other for other in names):
            continue  # (a piece of a longer name: "自治县" of "张家川回族自治县")
        if any(name.endswith(p) or p.endswith(name) or name in p or p in name for p in known):
            continue
        # ("晋江市自己有没有额外补助": the place's own rule is asked, and the city's notices are not it)
        if not _covered(name, known, mentioned, None if issuing is None else set(issuing)) or re.search(
                re.escape(name) + _OWN_RULE, q):
            unknown.append(name)
    years = tuple(sorted({int(y) for y in _YEAR_RE.findall(q)}))
    quoted = tuple(m.group(1) for m in _QUOTED_RE.finditer(q) if len(m.group(1)) >= 6)
    return QueryAnalysis(mentions, tuple(places), tuple(unknown), years, quoted)


# What ``elsewhere`` writes for a place away from the library's: another province, another city of its
# province; with 外地, the asker's own word, the words an answer reads where an asker comes from
ANOTHER_PROVINCE, ANOTHER_CITY = "外省", "外市"
FROM_AWAY = frozenset({"外地", ANOTHER_PROVINCE, ANOTHER_CITY})


def elsewhere(question: str, analysis: QueryAnalysis, mentioned: Callable[[str], bool]) -> str:
    """The question with each place it names outside the library's places it names too (another city:
    no prefecture in common, nor a province that holds them) read as 外省 (another province) or 外市 (another
    city of the library's province), where no notice names that place: "今年在上海住院输了血，回嘉兴还能报销吗"
    asks of blood used 外省, which the notices call 本市以外; "我是河北人" is the 山西省外 row of a table
    tiered by where a worker comes from, "我老家是吕梁的" its 山西省内长治市外 row."""
    if not analysis.places:
        return question
    home = frozenset().union(*(provinces(p) for p in analysis.places))
    if not home:
        return question
    out = question
    for name in dict.fromkeys([*place_names(question), *origins(question)]):
        theirs = provinces(name)
        if len(name) < 2 or not theirs or mentioned(name):
            continue
        # (a province that holds the library's places, "浙江", is home; a city in it, "杭州", is not)
        away = not theirs & home or (not _province_only(name) and not any(
            same_prefecture(_as_city(name), p) for p in analysis.places))
        if away:
            out = out.replace(name, ANOTHER_CITY if theirs & home else ANOTHER_PROVINCE)
    return out


def _as_city(name: str) -> str:
    return name if name.endswith(("市", "县", "区", "州", "盟", "旗")) or in_table(name) else name + "市"


def _province_only(name: str) -> bool:
    return name.endswith(("省", "自治区")) or (not in_table(name) and not in_table(name + "市") and bool(provinces(name)))


def _with_suffix(text: str, name: str) -> str:
    """A place name with the 市/县/区/旗 printed right after it in the text ("襄阳" of "襄阳市的…")."""
    at = text.find(name)
    after = text[at + len(name):at + len(name) + 1] if at >= 0 else ""
    return name + after if after in ("市", "县", "区", "旗") and not name.endswith(("市", "县", "区", "旗")) else name


# A place's own rule asked for, beside the rules of the city above it: "晋江市自己对…有没有额外补助",
# "江油市另行规定了吗" (not "我在涪城区自己开了家店": the asker's own doing)
_OWN_RULE = r"(?:本身|自己|自身)?(?:单独|另行|另外|额外|自行|自己的|本身的|自身的|自己对|自己有|自己还)"


def _covered(place: str, known: Sequence[str], mentioned: Callable[[str], bool],
             issuing: Collection[str] | None = None) -> bool:
    """Whether the notices of the issuers' places speak for a place no notice is issued in: a district
    of a city whose notices (and no sibling county's) the library holds, named in them (涪城区 of
    绵阳市's notices). Not a neighbour they name (吴忠市's 利通区 beside 同心县), nor one they never name,
    nor a county whose sibling issues notices (海原县 beside 中宁县: 中宁县's rules are not 海原县's; a sibling
    with only a 办事指南, no numbered notice, issues none: ``issuing``)."""
    if not in_table(place) and place.endswith("区") and known and all(prefecture_level(p) for p in known):
        # a district newer than the table (湾沚区, made of 芜湖县 in 2020): the city's notices that name it speak
        # for it
        return mentioned(place)
    mine = [p for p in known if same_prefecture(place, p)]
    return bool(mine) and mentioned(place) and any(prefecture_level(p) for p in mine) and all(
        prefecture_level(p) for p in mine if issuing is None or p in issuing)


# A river, lake, reservoir or canal by name ("黄河", "清水河", "艾依河", "沙湖"): a place a rule may be
# drawn for section by section, so that another water's rule is no answer for it.
_WATER_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:河|江|湖|水库|渠)(?![道段流域岸堤边沿面湖长])")
_NOT_A_WATER = re.compile(r"^(?:[各全本该此其这那每大小主支干]|江河|河湖|湖泊|沟渠|渠道|运河$)")


# What a water's name may begin instead: "东湖街道", "西湖社区", "清水河村" are places on land.
_LAND_AFTER = re.compile(r"街道|社区|村|镇|乡|路|街|巷|小区|公园|大道|广场|新区|片区|景区|园区|宾馆|酒店|学校|小学|中学|医院")


def named_waters(text: str) -> list[str]:
    """The waters a text names: jieba's place names (``ns``) that end like a river, lake, reservoir
    or canal ("汛期在黄河孟津段游泳" → 黄河), in order, once each; not where the name goes on as a
    place on land ("丰泽区东湖街道")."""
    out = []
    for w in place_names(text):
        if not _WATER_NAME_RE.fullmatch(w) or _NOT_A_WATER.match(w):
            continue
        if all(_LAND_AFTER.match(text, m.end()) for m in re.finditer(re.escape(w), text)):
            continue
        out.append(w)
    return list(dict.fromkeys(out))


def unnamed_waters(question: str, texts: Sequence[str]) -> list[str]:
    """The waters the question names that none of ``texts`` (the notices its answer would quote)
    names, where those notices do name other waters: "汛期在黄河孟津段游泳会被罚款吗" over a 通告 whose
    禁止区域 are stretches of 洛河 and 伊河 — that rule is drawn for other waters, and its fine is not
    an answer. A notice naming no water at all (a rule for every river) is no such mismatch."""
    asked = named_waters(question)
    if not asked:
        return []
    flat = _flat(texts)
    if any(w in t for w in asked for t in flat):
        return []
    return asked if any(named_waters(t) for t in flat) else []


# A bridge or a hill by name ("洛阳桥", "清源山"): like a water, a place a ban may list one by one
# ("禁飞区域：…泉州湾跨海大桥、晋江大桥、顺济新桥桥体及两侧各200米范围"). Each kind: the ending of
# the question's place name, and a name of that kind closing an item of a notice's list.
_LANDMARK_KINDS = {
    "桥": re.compile(r"[\u4e00-\u9fff]{2,8}?桥(?=[、，,；;。）)\s和及与]|桥体|$)"),
    "山": re.compile(r"[\u4e00-\u9fff]{2,6}?山(?:风景名胜区|风景区|景区|森林公园|公园)?(?=[、，,；;。）)\s和及与]|$)"),
}


def landmarks(question: str) -> list[str]:
    """The bridges and hills a question names (jieba's place names ending so: "洛阳桥", "清源山")."""
    return [n for n in dict.fromkeys(place_names(question)) if n[-1:] in _LANDMARK_KINDS and len(n) >= 3]


def unnamed_landmarks(question: str, texts: Sequence[str]) -> list[str]:
    """The bridges and hills the question names that none of ``texts`` names, where those list
    others of the kind: "在洛阳桥上放无人机" over a 通告 whose 禁飞区域 list three other bridges is not
    answered by its ban."""
    names = landmarks(question)
    if not names:
        return []  # most questions name no bridge or hill: the notices are not read
    flat = _flat(texts)
    return [n for n in names if not any(n in t for t in flat) and any(_LANDMARK_KINDS[n[-1]].search(t) for t in flat)]


def _flat(texts: Sequence[str]) -> list[str]:
    return [re.sub(r"\s+", "", t) for t in texts]


def unnamed_places(question: str, texts: Sequence[str]) -> list[str]:
    """The waters, bridges and hills the question names that the quoted notices, naming others of
    their kind, do not: another place's rule is no answer."""
    return [*unnamed_waters(question, texts), *unnamed_landmarks(question, texts)]


# A thing the question names: a term in quotation marks before the kind of thing it names ("“小巨人”
# 企业"; not words the asker quotes, "让红绿灯“聪明”一点", "“治好近视不反弹”的广告"), or a kind of
# registration, certificate or allowance by the word before it ("结婚登记", "高龄津贴").
_QUOTED_TERM = re.compile(r"“([^“”]{2,12})”(?=企业|单位|机构|项目|工程|补贴|补助|津贴|奖励|资金|事项|平台|系统)")
# (not a count or a pointer before it: "一张证书", "同一证书", "这个证书")
# (nor a function word inside it: "同时把登记在我名下的…" names no 时把登记)
_NAMED_THING = re.compile(r"((?![一二两三四五六七八九十几这那每某同本该此])(?:(?![把被在的了和与及向给到从对将])[\u4e00-\u9fff]){2})"
                          r"(?=登记|证书|许可证|津贴)")


def _bracketless(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("（", "(").replace("）", ")")


def unnamed_things(question: str, texts: Sequence[str]) -> list[str]:
    """The things the question names that none of the quoted notices (``texts``) speaks of at all:
    "国家级专精特新“小巨人”企业奖励多少" answered from a policy rewarding other firms, "结婚登记要带
    哪些证件" from notices on 兵役登记 — what they say is about something else."""
    held = _bracketless("".join(texts))
    named = [m.group(1) for m in _QUOTED_TERM.finditer(question)] + [
        m.group(1) for m in _NAMED_THING.finditer(_bracketless(question))] + [
        m.group(1) for rx in (_PAPERS_ASKED, _EXAM_TAKEN) for m in rx.finditer(question)
        if not holds(held, m.group(1)) and not _LACKED.search(question[max(0, m.start() - 3):m.start()])]
    return [t for t in dict.fromkeys(named) if re.search(r"[\u4e00-\u9fff]", t) and _bracketless(t) not in held
            and t not in _GETTING] + [t for t in _benefits_of(question) if not holds(held, t)]


# A benefit asked of a thing ("公共充电桩有什么建设补贴", "有没有归侨侨眷子女助学金"): the thing (the modifier's
# last word) and a benefit of a kind of its own (助学金, not the general 补贴) must be spoken of by the notices
_BENEFIT_NOUN = r"(助学金|奖学金|慰问金|抚恤金|救助金|安家费|补贴|补助|津贴|奖励|资助|奖补)"
_KIND_OF_BENEFIT = {"助学金", "奖学金", "慰问金", "抚恤金", "救助金", "安家费"}
_BENEFIT_OF = re.compile(rf"(?:有没有|有无|是否有|能不能领|能领|能申请)([\u4e00-\u9fff]{{1,10}}?){_BENEFIT_NOUN}")
_THING_WITH_BENEFIT = re.compile(rf"([\u4e00-\u9fff]{{2,8}})(?:有什么|有哪些|有没有|能领什么|能享受什么)"
                                 rf"[\u4e00-\u9fff]{{0,4}}?{_BENEFIT_NOUN}")
# ... or named as what the question is about before it asks ("锦州市居家养老助餐补贴，80岁以上老人每餐补多少钱")
_TOPIC_BENEFIT = re.compile(rf"^([\u4e00-\u9fff]{{2,14}}?){_BENEFIT_NOUN}(?=[，,：:])")
# ... and a thing the asker would apply for, the clause's last words: "能不能同时申请人才公寓？"
_APPLIED_FOR = re.compile(r"(?:申请|申领|入住)([\u4e00-\u9fff]{2,8}?)(?=吗|么|[？?，,。；;！!]|$)")
# (the asker and their family are no thing a notice must name: "我家孩子有什么补助")
_PEOPLE_WORDS = re.compile(r"我|你|他|她|咱|家|孩子|小孩|老人|老年|父母|爸|妈|爷|奶|儿|女|夫|妻|本人|自己|现在|今年|目前|这|那|"
                           r"什么|哪些|多少|^[省市县区乡镇村街]?[里上]$|^(?:县|市|区|乡|镇|村|政府|国家|上面)$")


def _not_places(words: Sequence[str], name: str) -> list[str]:
    """The words of ``name`` (two characters or more) that name no place it names: a place is no thing (whether the
    notices cover it is asked of places)."""
    places = [*districts_in(name), *place_names(name)]
    return [w for w in words if len(w) >= 2 and not any(w in p for p in places)]


def _benefits_of(question: str) -> list[str]:
    """The words a question asks a benefit of: the last word of the thing it is for, and a benefit of its own
    kind."""
    out: list[str] = []
    for m in [*_BENEFIT_OF.finditer(question), *_THING_WITH_BENEFIT.finditer(question), *_APPLIED_FOR.finditer(question),
              *_TOPIC_BENEFIT.finditer(question.strip())]:
        words = _not_places(nouns(m.group(1)), m.group(1))
        if words and not _PEOPLE_WORDS.search(words[-1]):
            out.append(words[-1])
        if m.re is not _APPLIED_FOR and m.group(2) in _KIND_OF_BENEFIT:
            out.append(m.group(2))
    return list(dict.fromkeys(out))


# A benefit the question names as its subject anywhere ("我们用冬季瓜菜设施补贴建了防虫网室，…", "黎锦传承补助要不要交
# 个人所得税"): the words before the benefit's noun, with nothing said between them
_NAMED_BENEFIT = re.compile(rf"([\u4e00-\u9fff]{{2,12}}?){_BENEFIT_NOUN}")
_NOT_A_NAME = re.compile(r"[的了过着把被用领拿给要能还这那该此每后时]|申请|享受|发放|领取|拿到|得到|以后|之后|以前|之前")


def topic_words(question: str) -> list[tuple[str, ...]]:
    """The words of each thing a benefit the question names is for (("冬季", "瓜菜", "设施") of "冬季瓜菜设施补贴",
    ("黎锦", "传承") of "黎锦传承补助"); none for a benefit named by no thing ("之前领的补贴", "我家能拿什么补助")."""
    out: list[tuple[str, ...]] = []
    for clause in re.split(r"[，,。？?；;！!、和与及]", question):
        for m in _NAMED_BENEFIT.finditer(clause):
            name = m.group(1)
            # (the words after the last one that is no part of a name: a whole word, "技能提升" keeps its 能)
            toks = tokenize(name)
            cut = [k for k, w in enumerate(toks) if _NOT_A_NAME.fullmatch(w)]
            toks = toks[cut[-1] + 1:] if cut else toks
            words = tuple(w for w in _not_places(toks, name)
                          if not _PEOPLE_WORDS.search(w) and not any(w != x and w in x for x in toks))
            if words:
                out.append(words)
    return list(dict.fromkeys(out))


def off_topic(question: str, texts: dict[str, str], first: str) -> set[str]:
    """The notices (ids of ``texts``) that speak of none of the things the benefits the question names are
    for (not one of their words), where the notice retrieved first (``first``) speaks of one (all its words):
    "…冬季瓜菜设施补贴…之前领的补贴要退吗" is not answered by a car subsidy's "在此之前购车的，仍按原标准执行". None
    where the first notice names the thing otherwise than the asker ("租房补贴" of a notice on 租赁补贴)."""
    names = topic_words(question)
    flat = {d: re.sub(r"\s+", "", t) for d, t in texts.items()}
    if not names or not any(all(holds(flat.get(first, ""), w) for w in name) for name in names):
        return set()
    # (a word the notices say otherwise is held by their word: "租房" by 租赁)
    return {d for d, t in flat.items() if not any(holds(t, w) for name in names for w in name)}


# A paper of one's own the asker means to get ("我想给孩子办护照", "补办身份证"): a notice that never names it
# does not say how it is got.
_PAPERS_ASKED = re.compile(r"(?:办|办理|申领|补办|换领|换发|领取)(?:[个张本]|一[个张本])?"
                           r"(护照|港澳通行证|通行证|身份证|驾驶证|驾照|结婚证|离婚证|户口本|居住证|社保卡|医保卡|出生证|签证)")


# (not one the asker says they lack: "没有长治户口也没办居住证", "还没有补办身份证" ask about help without it)
_LACKED = re.compile(r"[没未不无]")
# ... and an exam the asker sits ("考生参加普通高考能加多少分")
_EXAM_TAKEN = re.compile(r"(?:参加|报考|考)(?:普通)?(高考|中考|考研|研究生考试|公务员考试|事业单位考试)")


# what one does with a certificate, not a kind of it: "拿到登记证书", "取得证书"
_GETTING = {"拿到", "取得", "领到", "领了", "办了", "考了", "考到", "考取", "有了", "办理", "申请", "获得", "领取", "持有",
            "没有", "补办", "换发", "遗失", "丢了", "上了", "提交", "出具", "核发", "颁发"}


def title_matches(quoted: str, doc: Document) -> bool:
    """A 《…》 of the question names this notice (its title, or the plan it issues)."""
    q = normalize_title(quoted)
    if len(q) < 6:
        return False
    names = [doc.title, *doc.attachments]
    return any(q == normalize_title(n) or (len(q) >= 10 and q in normalize_title(n)) for n in names)


def names_in_words(question: str, doc: Document) -> bool:
    """The question names this notice, or the plan it issues, without 《》: its whole title
    ("中宁县推进净土保卫战行动计划中，农药包装…")."""
    q = normalize_title(question)
    return any(len(n) >= 10 and n in q for n in (normalize_title(t) for t in (doc.title, *doc.attachments)))


def unheld_titles(quoted: Sequence[str], documents: Iterable[Document], found: Iterable[Document]) -> list[str]:
    """The 《…》 a question names that no notice of the library is or issues (``documents``) and no
    notice retrieved for the question mentions (``found``: a notice citing it is brought up by its
    title's words): "按照《中卫市2024年义务教育招生入学工作方案》…" over a library without it is about a
    document we do not have. A superior document the held notices cite (《…调任实施管理办法（试行）》)
    is answered from them, and so is a gazette the held notices were printed in (their "刊载" field:
    "《中卫市人民政府公报》2024年第1期刊登的…")."""
    wanted = [t for t in quoted if len(normalize_title(t)) >= 8]
    if not wanted:
        return []
    docs = list(documents)
    texts = [normalize_title(d.text) for d in found]
    gazettes = {normalize_title(v) for d in docs for label, v in d.meta if label == "刊载"}
    return [f"《{t}》" for t in wanted if not any(title_matches(t, d) for d in docs)
            and not any(normalize_title(t) in text for text in texts)
            and not any(normalize_title(t) in g for g in gazettes)]


def unheld_doc_numbers(mentions: Sequence[DocNumberMention], doc_numbers: Iterable[str | None],
                       texts: Iterable[str] = ()) -> list[str]:
    """The 文号 a question names, where the library holds none of them but holds other notices of
    the same issuer's series ("按现行有效的《…》（卫政办规发〔2022〕2号）…" over a library with other
    卫政办规发 notices): the question is about a notice we do not have, and another notice's text is
    no answer to it. A 文号 of a series the library lacks altogether ("根据宁党发〔2021〕13号精神，
    贺兰县…") is a superior document the held notices carry out, and is answered from them; so is
    one printed in ``texts`` (the retrieved notices: a table of the documents to be explained names
    each by its 文号)."""
    texts = [re.sub(r"\s+", "", t) for t in texts]
    held = [n for n in doc_numbers if n]
    if not mentions or any(mention_matches(m, n) for m in mentions for n in held):
        return []
    codes = sorted({doc_number_parts(found)[0] for n in held if (found := DOC_NUMBER_RE.fullmatch(n))},
                   key=len, reverse=True)
    out = []
    for mention in mentions:
        code = next((c for c in codes if mention.code_chars.endswith(c)), None)
        printed = re.compile(rf"{re.escape(code or '')}[〔\[［(（]{mention.year}[〕\]］)）]0*{mention.serial}号")
        if code and not any(printed.search(t) for t in texts):
            out.append(f"{code}〔{mention.year}〕{mention.serial}号")
    return list(dict.fromkeys(out))


def mention_matches(mention: DocNumberMention, doc_number: str | None) -> bool:
    """Does the mentioned 文号 name this document's 文号? ``43号`` never matches ``143号``."""
    if not doc_number:
        return False
    m = DOC_NUMBER_RE.fullmatch(doc_number)
    if m is None:
        return False
    code, year, serial = doc_number_parts(m)
    return year == mention.year and serial == mention.serial and mention.code_chars.endswith(code)

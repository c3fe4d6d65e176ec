"""Verification of a generated answer against the sources it cites: [n] markers parsed and
repaired, and the claim verifier (every sentence aligned with its source and checked)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from index.dates import dates_in, day_bounds, period_ceilings, periods_in
from index.docnumber import DOC_NUMBER_RE
from index.gazetteer import districts_in
from index.issuers import ORG_MENTION_RE, bare_org, org_core, org_level, org_mentions
from index.persons import SURNAMES, comrades, groups_of_people, roster_entries, speaks_of_him
from index.validity import changes_figure
from rag.context import ContextPassage
from rag.parts import ASKED_EACH
from rag.plain import chinese_number, holds, unstated_conditions
from rag.schema import Citation, Claim, Removed
from rag.sentences import (
    EXCEPT_RE,
    FUNCTION_CHARS,
    bounds_of,
    char_pairs,
    ended,
    fact_form,
    number_literals,
    numbers_in,
    pair_share,
    question_terms,
    split_sentences,
    squash,
)

_MARKER = re.compile(r"[\[【]\s*(\d{1,2}(?:\s*[,，、]\s*\d{1,2})*)\s*[\]】]")


def parse_markers(answer: str, n_passages: int) -> list[int]:
    """[n] numbers in order of first appearance, out-of-range ones dropped."""
    seen: list[int] = []
    for m in _MARKER.finditer(answer):
        for part in re.split(r"[,，、]", m.group(1)):
            n = int(part)
            if 1 <= n <= n_passages and n not in seen:
                seen.append(n)
    return seen


def strip_invalid_markers(answer: str, n_passages: int) -> str:
    def fix(m: re.Match[str]) -> str:
        nums = [int(p) for p in re.split(r"[,，、]", m.group(1)) if 1 <= int(p) <= n_passages]
        return "".join(f"[{n}]" for n in dict.fromkeys(nums))

    return _MARKER.sub(fix, answer)


def answer_sentences(answer: str) -> list[tuple[str, list[int]]]:
    """Split an answer into claims with the markers that follow each one."""
    out: list[tuple[str, list[int]]] = []
    for a, b in split_sentences(answer):
        sent = answer[a:b]
        nums = [int(x) for m in _MARKER.finditer(sent) for x in re.split(r"[,，、]", m.group(1))]
        # A marker that opens the next sentence ("…。[2]") belongs to the previous one.
        lead = re.match(r"^(?:\s*[\[【]\s*\d{1,2}\s*[\]】])+", sent)
        if lead and out:
            out[-1][1].extend(int(x) for x in re.findall(r"\d+", lead.group()))
            sent = sent[lead.end():]
            nums = [int(x) for m in _MARKER.finditer(sent) for x in re.split(r"[,，、]", m.group(1))]
        clean = _plain(_MARKER.sub("", sent))
        if clean:
            out.append((clean, nums))
    return out


def _plain(sentence: str) -> str:
    """A sentence without Markdown emphasis and list numbering ("1. **办理**：…" → "办理：…")."""
    s = sentence.replace("**", "").replace("__", "").strip()
    return re.sub(r"^(?:[-*•]\s*|\d{1,2}[.、．)）]\s*|[（(]\d{1,2}[)）]\s*|#+\s*)", "", s).strip()


def make_citation(n: int, p: ContextPassage, quote: str) -> Citation:
    c = p.hit.chunk
    return Citation(n=n, doc_number=c.doc_number, title=c.title, issuer=c.issuer, date=c.date,
                    section=c.section_path, quote=quote, passage=p.hit.text, corpus_file=c.corpus_file,
                    doc_id=c.doc_id, start=p.hit.start, end=p.hit.end)


def _number_supported(num: str, text: str) -> bool:
    if num in text:
        return True
    # "2019年" is supported by "2019" in a table cell; a bare number needs two digits at least.
    m = re.match(r"[\d.．/%％]+", num)
    if m is None:
        return False
    digits = m.group()
    return digits in text and len(digits) >= 2 and num[len(digits):] in ("", "年", "月", "日", "号")


def _without_references(claim: str) -> str:
    """A claim minus the document names and 文号 it cites: their digits are not facts to verify."""
    return DOC_NUMBER_RE.sub("", re.sub(r"《[^》]*》", "", claim))


# ----------------------------------------------------------------------------- claims
# A claim is one sentence of a generated answer. It is aligned with the source sentence it cites
# and must agree with it: numbers (with units, dates, deadlines), organisations and the role each
# plays (牵头/配合), and polarity (不得/禁止 vs 可以/应当). A claim that does not is removed and the
# verbatim source stands in its place; a claim that only repeats the question is never an answer.

NOT_FOUND = "文件未提及"
_NEG = re.compile(r"不得|禁止|不予|不能|不可|不准|严禁|无需|不需|不必|不用|不要|不属于|不包括|不纳入|不计|不算|不会|不是|没有|未|无法|免收|免于|"
                  r"(?<![应必])不(?=[\u4e00-\u9fff])")
# "不少于/不超过/不低于/不高于/不足/不断/不定期…" bound a quantity or qualify a verb; they negate nothing.
_NOT_NEGATION = re.compile(r"不少于|不多于|不超过|不低于|不高于|不大于|不小于|不足|不断|不定期|不良|不规范|不合格|不符|不当|不到位|"
                           r"不稳定|不清|不实|不正当|不一致|不平衡|不充分|未成年|未来|不动产|不含|不属实|不同|"
                           r"未就业|未婚")  # (who someone is: "离校2年内未就业高校毕业生")


@dataclass(frozen=True)
class Verdict:
    claim: str
    cited: tuple[int, ...]
    aligned: str  # the source text the claim was checked against
    reason: str | None  # None when the claim agrees with it


def is_echo(claim: str, question: str, source: str) -> bool:
    """A claim that mostly repeats the question and adds nothing its source says."""
    if not question:
        return False
    extra = char_pairs(claim) - char_pairs(question)
    if len(extra & char_pairs(source)) >= 2 or set(numbers_in(claim)) - set(numbers_in(question)):
        return False
    # "…主任的是张鑫": the name that answers "是谁" is a single pair of characters
    named = re.search(r"(?:是|为)([\u4e00-\u9fff]{2,3}?)(?:同志)?[。.]?$", _without_references(claim).strip())
    if named and named.group(1)[0] in SURNAMES and named.group(1) in source and named.group(1) not in question:
        return False
    return pair_share(claim, question) >= 0.6


# "贵不贵", "麻不麻烦": the question asks for a judgement the notice may not make. Verbs of a plain
# yes/no question (能不能, 要不要, 是不是 …) are answered by what the notice rules, not judged.
_JUDGEMENT_ASKED = re.compile(r"([\u4e00-\u9fff])不\1([\u4e00-\u9fff]?)")
_NOT_A_JUDGEMENT = set("能要可会是有行用算让给找办领交去在")


def asked_judgements(question: str) -> list[str]:
    """The judgements an A不A question asks for ("担保费贵不贵" → 贵, "麻不麻烦" → 麻烦): a claim
    that makes one must find it in its source, or it answers with the model's own opinion."""
    out = []
    for m in _JUDGEMENT_ASKED.finditer(question):
        if m.group(1) in _NOT_A_JUDGEMENT:
            continue
        out.append(m.group(1) + (m.group(2) if m.group(2) and m.group(2) not in "？?吗呢啊" else ""))
    return out


_ELIGIBLE = re.compile(r"(?:能|可|可以|就能|也能)(?:领|领取|享受|申请|拿到|拿|获得|得到|报销)|有资格|符合条件|属于救助对象")


def dropped_condition(claim: str, sentences: Sequence[str], question: str) -> list[str]:
    """The conditions on whom a source sentence applies to that a claim restating it leaves out and
    the question does not state."""
    said, asked = squash(re.sub(r"《[^》]*》", "", claim)), squash(question)  # a notice's title states no condition
    if not asked or not _ELIGIBLE.search(said):
        return []  # only a claim that someone qualifies is read for the conditions it drops
    return [c for c in unstated_conditions([squash(s) for s in sentences], asked) if c not in said]


def negated(text: str) -> bool:
    return bool(_NEG.search(_NOT_NEGATION.sub("", text)))


def _negated_objects(text: str) -> list[str]:
    """What a text negates: the two characters after each negation ("禁止采砂" → "采砂")."""
    flat = _NOT_NEGATION.sub("", squash(text))
    return [flat[m.end():m.end() + 2] for m in _NEG.finditer(flat) if len(flat[m.end():m.end() + 2]) == 2]


def _denials(text: str) -> list[str]:
    """The words just after each negation of a text: what it denies ("不给补助" → "给补助")."""
    flat = _NOT_NEGATION.sub("", squash(text))
    return [flat[m.end():m.end() + 6] for m in _NEG.finditer(flat) if flat[m.end():m.end() + 2]]


def _denied_in(source: str, said: str) -> bool:
    """Whether one of a source's denials is of what a claim denies (``said``, the words after its
    negation): the words after the source's negation share two characters with them ("不需要跑到人社窗口"
    of "不需要到窗口提交", "严禁用于发展林果业" of "禁止占用永久基本农田发展林果业"), or hold the notices'
    word for two of them ("不交钱" of "无需缴纳")."""
    mine = {c for c in said if "\u4e00" <= c <= "\u9fff"} - _COMMON_CHARS
    pairs = [said[i:i + 2] for i in range(len(said) - 1)]
    flat = _NOT_NEGATION.sub("", squash(source))
    return any(len(mine & set(after)) >= 2 or any(holds(after, p) for p in pairs)
               for after in (flat[m.end():m.end() + 12] for m in _NEG.finditer(flat)))


_COMMON_CHARS = set("的了是在和与及或也都就要")  # shared by any two clauses


def _affirms(text: str, obj: str) -> bool:
    """Whether a text states ``obj`` without a negation just before it."""
    flat = _NOT_NEGATION.sub("", squash(text))
    return any(not _NEG.search(flat[max(0, m.start() - 4):m.start()]) for m in re.finditer(re.escape(obj), flat))


# A yes that opens a claim ("可以飞，但…", "能申请"), and a ban on the same act in its source ("…全天禁止飞行")
_YES_FIRST = re.compile(r"^(?:是的|对)?[，,]?(?:(?<!不)可以|(?<![不可])能够?|允许|准许)([\u4e00-\u9fff])")
_BAN = r"(?:禁止|严禁|不得|不准|不允许|不能|不可)"


def yes_against_ban(claim: str, source: str) -> bool:
    """The claim answers yes to doing something ("可以飞，但需要在…全天禁止飞行的范围内") that its source
    bans ("第二条所列区域全天禁止飞行"): a yes under a ban is the answer turned over, however the rest
    of the claim hedges it."""
    m = _YES_FIRST.match(squash(claim))
    return m is not None and re.search(rf"{_BAN}[\u4e00-\u9fff]{{0,4}}?{re.escape(m.group(1))}", squash(source)) is not None


# A yes alone before what it goes on to say ("可以，但不能重复享受…"): the act it grants is the one
# the question asks for ("还能再享受市里的入托补贴吗" → 享受), its verb after the modal and adverbs.
_YES_ALONE = re.compile(r"^(?:是的|对)?[，,]?(?:可以|能|行)[，,。！!]")
_ASKED_ACT = re.compile(r"(?:能不能|可不可以|可以|能够?|允许)(?:再|还|也|同时|继续|重复|直接|一起|都)*([\u4e00-\u9fff])")


def bare_yes_against_ban(claim: str, source: str, question: str) -> bool:
    """The claim opens on a yes alone ("可以，但不能重复享受工会发的托育补助") to a question asking
    whether an act may be done ("还能再享受市里的入托补贴吗"), and its source bans that act ("不得重复
    享受家庭入托补贴"): the hedge after the yes is the source's no."""
    said = squash(_without_references(claim))
    m = _ASKED_ACT.search(squash(question))
    return bool(_YES_ALONE.match(said) and m and re.search(
        rf"{_BAN}[\u4e00-\u9fff]{{0,4}}?{re.escape(m.group(1))}", squash(source)))


# A bare yes: "可以。", "能。", "是的，可以。", "符合条件".
_BARE_YES = re.compile(r"^(?:是的|对)?[，,]?(?:可以|能|行|符合条件?|符合要求)[。！!]?$")


def yes_against_day(claim: str, source: str, question: str) -> bool:
    """The claim answers yes ("可以") for a day the question gives ("2019年9月5日出生的…能报名吗") that
    falls outside the day its source bounds the rule by ("2019年8月31日前（含当日）出生"), or for a span
    longer than the most it allows: a small model does not compare dates."""
    said = squash(_without_references(claim))
    return bool(_BARE_YES.match(said) or _YES_FIRST.match(said)) and outside_bounds(source, question)


def outside_bounds(source: str, question: str) -> bool:
    """Whether a day the question gives falls outside a day its source bounds a rule by, or a span it
    tells runs past the most the source allows ("已经13个月了" beside "12个月内提出申请")."""
    days, bounds = dates_in(question), day_bounds(source)
    if any((side == "before" and day > bound) or (side == "after" and day < bound)
           for day in days for bound, side in bounds):
        return True
    told, most = periods_in(DOC_NUMBER_RE.sub("", question)), period_ceilings(source)
    return any(unit == cap_unit and n > cap for n, unit in told for cap, cap_unit in most)


_FREE = re.compile(r"免费|免收|免交|无偿|不收取|不收费|不再收取")
# a question about what the asker pays: "要自己花钱吗", "收不收费", "要交钱吗"
_COST_ASKED = re.compile(r"花钱|收费|收钱|要钱|交钱|付钱|付费|自费|掏钱|免费|多少钱")


def _free_dropped(claim: str, texts: Sequence[str], question: str) -> bool:
    """A claim restating a sentence that makes a thing free without saying it is ("…验配助视器…按实际
    价格配发" of "免费适配…助视器…，按实际价格配发"), where the question asks what the asker pays."""
    if not _COST_ASKED.search(question) or _FREE.search(claim):
        return False
    said = char_pairs(squash(_without_references(claim)))
    for t in texts:
        for clause in _SOURCE_CLAUSE.findall(t):
            free = _FREE.search(clause)
            if free is None:
                continue
            # what it makes free, restated for the most part ("要带社会保障卡" restates none of
            # "免费乘坐中心城区城市公共汽车")
            own = char_pairs(squash(clause[free.end():]))
            if own and len(own & said) >= 0.5 * len(own):
                return True
    return False


# A no that opens a claim, as the answer to the question ("不能，招生对象为…"): the rule it goes on to
# restate is affirmed, the asker's case is what is denied.
_NO_FIRST = re.compile(r"^(?:不能|不可以|不行|不是|不符合(?:条件|要求)?)[，,。]")


def polarity_flipped(claim: str, source: str) -> bool:
    """The claim affirms what its source negates (a yes to what it bans among them), or negates what
    its source affirms."""
    if yes_against_ban(claim, source):
        return True
    for obj in _negated_objects(source):
        if obj in squash(claim) and _affirms(claim, obj) and obj not in _negated_objects(claim):
            return True
    claim_negates = _negated_objects(claim)
    if claim_negates and not negated(source):
        return True  # a denial the source, which denies nothing, cannot support
    if claim_negates and not any(_denied_in(source, said) for said in _denials(claim)):
        return True  # "不交钱" of sources whose only denial is "补缴期间不加收滞纳金": not what they deny
    return any(obj in squash(source) and _affirms(source, obj) and obj not in _negated_objects(source)
               for obj in claim_negates)


def _org_found(org: str, source: str) -> bool:
    """Whether the source names the organisation a claim names, at the same level: "中卫市发展和改革局"
    is not found in a source that names only "县发展和改革局"."""
    level = org_level(org)
    if level is not None:
        flat = squash(source)
        bare = bare_org(org)
        levels = {("自治区" if flat[:m.start()].endswith("自治区") else flat[m.start() - 1])
                  if m.start() and flat[m.start() - 1] in "市县区省" else None
                  for m in re.finditer(re.escape(bare), flat)} if bare else set()
        if levels and None not in levels and level not in levels:
            return False
    return _org_named(org, source)


def _org_named(org: str, source: str) -> bool:
    core = org_core(org)
    flat = squash(source)
    if core in flat:
        return True
    # "市场监管局" for "市场监督管理局": the short form's characters in order inside one name.
    for m in ORG_MENTION_RE.finditer(flat):
        name = org_core(m.group())
        if name[-1:] == core[-1:] and pair_share(core, name) >= 0.5:
            return True
        it = iter(name)
        if len(core) >= 3 and all(ch in it for ch in core):
            return True
    return False


# (a 主体 is a role of its own: "以县为责任主体" is not "责任单位：县财政局")
_ROLE_WORDS = "(?:责任|管理|落实|实施|监管|服务|运营|运维|建设|受益)主体|副组长|组长|副主任|主任|牵头|配合|负责|主办|承办|协办|责任"
# "配合单位：", "组长是", "牵头部门为": a label whose role covers what follows it, up to the next one.
_ROLE_LABEL = re.compile(rf"({_ROLE_WORDS})(?:单位|部门)?(?:[：:]|是|为|由)")
# "县公安局牵头", "县法院、检察院配合": a role stated right after a name.
_ROLE_AFTER = re.compile(rf"^(?:[、，,和及等]*[\u4e00-\u9fff]{{0,6}}?[、，,和及等]*)?(?:{_ROLE_WORDS})(?!单位|部门)")
_PERSON_AFTER_LABEL = re.compile(r"(?:副组长|组长|副主任|主任|河长|负责人)(?:是|为|：|:|由)([\u4e00-\u9fff]{2,3})")
_SAME_ROLE = {"牵头": "负责", "责任": "负责"}  # 牵头, 负责 and 责任 say the same here


def _roles_of(entity: str, text: str) -> set[str]:
    """The roles a text gives a name: the role word right after it ("县公安局牵头") or the label
    it stands under ("配合单位：县法院、检察院")."""
    flat = squash(text)
    core = org_core(entity)
    roles: set[str] = set()
    for m in re.finditer(re.escape(core), flat):
        after = re.match(rf"^[、，,和及等]{{0,2}}为?({_ROLE_WORDS})(?!单位|部门)", flat[m.end():m.end() + 7])
        if after:
            roles.add(after.group(1))
            continue
        labels = [x for x in _ROLE_LABEL.finditer(flat[:m.start()]) if not re.search(r"[。；;]", flat[x.end():m.start()])]
        if labels:
            roles.add(labels[-1].group(1))
    return {_SAME_ROLE.get(r, r) for r in roles}


def _entities(claim: str) -> list[str]:
    """Organisations and people a claim names."""
    return org_mentions(claim) + [m.group(1) for m in _PERSON_AFTER_LABEL.finditer(claim)]


def _align(clause: str, source: str) -> list[str]:
    """The sentences of ``source`` a clause restates: those sharing most of its wording (numbers
    left out, so that a wrong figure does not pull the clause to the sentence that holds it)."""
    words = char_pairs(re.sub(r"[\d.．%％]+", "", clause))
    sentences = [source[a:b] for a, b in split_sentences(source)] or [source]
    scores = [len(words & char_pairs(re.sub(r"[\d.．%％]+", "", s))) for s in sentences]
    top = max(scores)
    return [s for s, sc in zip(sentences, scores, strict=True) if sc == top]


def _clauses(claim: str) -> list[str]:
    # Commas, semicolons and colons divide clauses; a colon between digits is a time ("8：30").
    return [c for c in re.split(r"[，,；;]|(?<!\d)[：:]|[：:](?!\d)", claim) if re.search(r"[\u4e00-\u9fff\d]", c)]


def _said_of(clause: str, sentence: str) -> bool:
    """Whether a number's clause says what the sentence holding that number says it of: "一年最多
    能贷500万元" is not supported by "500万元（含）以下项目年担保费率…", though the figure is there."""
    words = char_pairs(re.sub(r"[\d.．%％:：/]+", "", clause))
    if len(words) < 4:
        return True  # a bare figure ("85%和80%") borrows the words of the clause before it
    return len(words & char_pairs(re.sub(r"[\d.．%％:：/]+", "", sentence))) / len(words) >= 0.25


# A period named right before a figure: "招租公告期最少10个工作日", "试用期为一年", "公示时限不少于5天".
_PERIOD_RE = re.compile(r"([\u4e00-\u9fff]{1,4}(?:期|期限|时限))(?:应当|应|一般|原则上)?(?:最少|至少|不少于|不超过|最多|最长|"
                        r"最短|为|是|达|满|共)?[^\u4e00-\u9fff]{0,2}\d")


def _same_period(clause: str, sentence: str) -> bool:
    """A figure said of one period is not said of another: "招租公告期最少5个工作日" is not supported by
    "结果进行公示，公示期不少于5个工作日", though the figure and its unit are there."""
    m = _PERIOD_RE.search(squash(clause))
    if m is None:
        return True
    period = m.group(1)
    core = period[-3:] if len(period) >= 3 else period  # "招租公告期" → "公告期"
    return core in squash(sentence)


def _bounds_kept(clause: str, sentence: str, nums: Sequence[str]) -> bool:
    """A figure the source bounds keeps its bound: "90%" does not restate "90%以上", nor "70%"
    "不低于70%" (a bare figure states a level the notice does not promise)."""
    for x in nums:
        stated = bounds_of(x, sentence) - {""}
        if stated and "" not in bounds_of(x, sentence) and not stated & bounds_of(x, clause):
            return False
    return True


def _org_said_of(org: str, claim: str, sources: Sequence[str]) -> bool:
    """Whether the clause naming an organisation says what the source sentence naming it says:
    "这项任务由某领导小组牵头" is not supported by "构建某领导小组牵头，各部门参与的工作体系"."""
    core = org_core(org)
    clause = next((c for c in _clauses(claim) if core in squash(c)), claim)
    sentences = [src[a:b] for src in sources for a, b in split_sentences(src) if core in squash(src[a:b])]
    if not sentences:
        return True  # named only under another spelling: the name check has judged it
    if any(_roles_of(org, s) and _ROLE_LABEL.search(squash(s)[:squash(s).find(core)] or "-") for s in sentences):
        return True  # a field ("牵头单位：县公安局"): the role check judges what it is said of
    return any(_said_of(squash(clause).replace(core, "、"), squash(s).replace(core, "、")) for s in sentences)


def _numbers_agree(claim: str, sources: Sequence[str], question: str) -> bool:
    """Every number of every clause stands in a source sentence that clause restates, said of
    the same thing."""
    q_numbers = set(numbers_in(question))
    for clause in _clauses(_without_references(claim)):
        nums = [x for x in numbers_in(clause) if x not in q_numbers]
        if not nums:
            continue
        aligned = [s for src in sources for s in _align(clause, src)]
        if not any(all(_number_supported(x, fact_form(s)) for x in nums) and _said_of(clause, s)
                   and _same_period(clause, s) and _bounds_kept(clause, s, nums) for s in aligned):
            return False
    return True


# "大学本、专科毕业生，分别按照…70%、50%": the things joined before 分别, and the figures after it
_RESPECTIVE = re.compile(r"([^。；;，,：:]*)[，,]?\s*分别([^。；;]*)")
_YEAR = re.compile(r"(?:19|20)\d\d\s*年?")


def _respective_items(head: str) -> list[str]:
    """The words that tell the joined things apart: "对…大学本、专科毕业生" → ["学本", "专科"]
    (the last two characters before each separator, the first two after it)."""
    pieces = [p for p in re.split(r"[、和与及]", head) if p]
    if len(pieces) < 2:
        return []
    return [pieces[0][-2:], *(p[:2] for p in pieces[1:])]


def _one_of_respective(claim: str, texts: Sequence[str]) -> bool:
    """A claim that states some figures of a "分别" list without the list, and not beside the item
    each belongs to: "本科毕业生增发50%" from "大学本、专科毕业生，分别按照…70%、50%的标准" (the other
    item's figure); "个人按8%缴纳" from "单位和个人分别按16%、8%缴纳" is that item's own."""
    if "分别" in claim:
        return False
    said = {fact_form(x) for x in number_literals(claim)}
    flat = squash(claim)
    for text in texts:
        for a, b in split_sentences(text):
            m = _RESPECTIVE.search(text[a:b])
            if not m:
                continue
            figures = [fact_form(x) for x in number_literals(m.group(2))]
            figures = [f for f in figures if not _YEAR.fullmatch(f)]
            if len(set(figures)) < 2 or not said & set(figures) or set(figures) <= said:
                continue
            items = _respective_items(squash(m.group(1)))
            named = [k for k, item in enumerate(items) if item in flat]
            if len(items) == len(figures) and len(named) == 1 and said & set(figures) == {figures[named[0]]}:
                continue  # the figure of the one item the claim names
            return True
    return False


# "航班开通前15个工作日": a figure counted before or after an event (not "提前3天", "之后5日": those
# words name no event).
_SIDE = re.compile(r"([\u4e00-\u9fff][^\W\d提之以此最然延推向往事其_])([前后])(\d+)")
_CN_AFTER_SIDE = re.compile(r"([前后])([一二三四五六七八九十两]+)")


def _digits_after_side(text: str) -> str:
    """"开通后十五个工作日" as "开通后15个工作日", so that a claim in digits finds it."""
    def arabic(m: re.Match[str]) -> str:
        n = chinese_number(m.group(2).replace("两", "二"))
        return m.group(1) + str(n) if n is not None else m.group()
    return _CN_AFTER_SIDE.sub(arabic, text)


def _other_items_figure(claim: str, texts: Sequence[str], question: str) -> bool:
    """A claim giving one of the things the question asks about separately a figure that the
    notice says of another of them: "审核时限：15个工作日" where the sentence holding 15个工作日
    speaks of 拨付 and not of 审核."""
    m = ASKED_EACH.search(squash(question))
    if not m:
        return False
    items = _respective_items(m.group(1))
    flat = squash(_without_references(claim))
    named = [item for item in items if item in flat]
    said = [fact_form(x) for x in number_literals(flat) if x not in question]
    if len(named) != 1 or not said:
        return False
    sides = [m.group() for m in _SIDE.finditer(flat)]  # "开通前15": the figure where it is counted from
    holding = [s for text in texts for a, b in split_sentences(text)
               if all(f in fact_form(s := text[a:b]) for f in said) and all(x in squash(s) for x in sides)]
    return bool(holding) and not any(named[0] in s for s in holding) and any(
        item in s for s in holding for item in items if item != named[0])


_RATIO_OR_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[:：]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:%|％|万元|亿元|元|个|户|人|年|月|日|天)?")


def _place_of_another_clause(claim: str, texts: Sequence[str]) -> bool:
    """A clause pairing a place with a figure the source says of another place: "市级财政和夷陵区财政按6:4比例
    分担" where the source says "西陵区…按照6:4比例分担；夷陵区和各县（市）…按照4:6比例分担" (two targets swapped)."""
    sentences = [squash(text[a:b]).replace("：", ":") for text in texts for a, b in split_sentences(text)]
    # (a sentence of the claim naming one place: "西陵区所需资金，由…按照4:6比例分担" says the figure of it)
    for said in re.split(r"[。！？!?]", re.sub(r"\[\d+\]", "", claim)):
        flat = squash(said).replace("：", ":")
        places, figures = districts_in(flat), [m.group() for m in _RATIO_OR_FIGURE.finditer(flat)]
        if len(places) != 1 or not figures:
            continue
        # (the figures said of other places, and another figure said of this one: not a place the notice is
        # issued for, named apart from its figures, "在贺兰县，标的额10万元以上的…")
        with_place = {k for k, s in enumerate(sentences) if any(p in s for p in places)
                      and any(m.group() not in figures for m in _RATIO_OR_FIGURE.finditer(s))}
        with_figures = {k for k, s in enumerate(sentences) if all(f in s for f in figures)
                        and set(districts_in(s)) - set(places)}
        if with_place and with_figures and not with_place & with_figures:
            return True
    return False


_YEAR_OF = re.compile(r"((?:19|20)\d\d)\s*年")


def _year_figures(sentence: str) -> dict[str, set[str]]:
    """The figures a sentence states for each year, clause by clause, a clause's figures going to
    the one year it names: "2022年支付352万元，2023年支付720万元" → {2022: {352万元}, 2023: {720万元}}
    (a clause naming none, "验收合格后每户补助2000元", may be of any year)."""
    out: dict[str, set[str]] = {}
    for clause in re.split(r"[，,；;。]", sentence):
        years = set(_YEAR_OF.findall(clause))
        if len(years) != 1:
            continue
        year = years.pop()
        figures = {fact_form(x) for x in number_literals(_YEAR_OF.sub("", clause))}
        out.setdefault(year, set()).update(figures)
    return out


def _figure_of_another_year(claim: str, texts: Sequence[str]) -> bool:
    """A claim giving a year the figure the source gives another year: "2023年支付352万元" where
    the source says "2022年支付352万元，2023年支付720万元" (a row of a schedule read for its
    neighbour)."""
    flat = _without_references(claim)
    years = set(_YEAR_OF.findall(flat))
    if len(years) != 1:
        return False
    year = years.pop()
    said = {fact_form(x) for x in number_literals(_YEAR_OF.sub("", flat))}
    for text in texts:
        for a, b in split_sentences(text):
            by_year = _year_figures(text[a:b])
            if len(by_year) < 2 or not by_year.get(year):
                continue
            others = set().union(*(f for y, f in by_year.items() if y != year))
            if said & (others - by_year[year]) and not said & by_year[year]:
                return True
    return False


def _side_unsaid(claim: str, texts: Sequence[str]) -> bool:
    """A claim counting a figure from an event ("航班开通后15个工作日") that no source sentence
    counts that way: the sentence naming the event counts before it, or the one with "后15" counts
    from another event."""
    sentences = [_digits_after_side(squash(t[a:b])) for t in texts for a, b in split_sentences(t)]
    return any(not any(m.group(1) in s and m.group(2) + m.group(3) in s for s in sentences)
               for m in _SIDE.finditer(squash(claim)))


# "围绕科技型企业、高成长创新型企业、新型工业创新主体三个梯次，即：“A—B”“C—D”“E—F”": named things,
# then one quoted group for each, in the same order.
_GROUPS_IN_ORDER = re.compile(r"((?:[\u4e00-\u9fff（）()]{2,16}、)+[\u4e00-\u9fff（）()]{2,16}?)(?:等)?"
                              r"[一二三四五六七八九十两\d]*[个项类条种]?[\u4e00-\u9fff]{0,4}[，,]?\s*"
                              r"(?:即|分别是|分别为|依次为|依次是)[：:]?\s*((?:“[^”]+”\s*[、，,]?\s*){2,})")


def _other_group(claim: str, texts: Sequence[str]) -> bool:
    """A claim naming one of several things that lists the members of another's group: "高成长创新型
    企业…分三个层级：国家高新技术企业、…" where the notice gives that line as “自治区雏鹰企业—…”."""
    flat = squash(_without_references(claim))
    for text in texts:
        flat_text = squash(text)
        # read only around each "即“" (a long 、 list elsewhere would make the pattern slow)
        windows = {flat_text[max(0, g.start() - 160):g.end() + 400]
                   for g in re.finditer(r"(?:即|分别是|分别为|依次为|依次是)[：:]?“", flat_text)}
        for m in (m for w in windows for m in _GROUPS_IN_ORDER.finditer(w)):
            names = [n[-4:] for n in m.group(1).split("、")]
            groups = [[e for e in re.split(r"[—\-－、]", g) if len(e) >= 4] for g in re.findall(r"“([^”]+)”", m.group(2))]
            named = [k for k, n in enumerate(names) if n in flat]
            if len(names) != len(groups) or len(named) != 1:
                continue
            own = set(groups[named[0]])
            listed = [e for g in groups for e in g if e in flat]
            if listed and not any(e in own for e in listed):
                return True
    return False


# "为视力残疾儿童验配助视器，为听力残疾儿童验配助听器，为肢体残疾儿童装配假肢或矫形器": each group with
# its own thing, one clause each.
_FOR_GROUP = re.compile(r"为([\u4e00-\u9fff]{2,10}?(?:儿童|人员|老人|老年人|学生|家庭|群众|妇女|患者|残疾人))([^，,。；;]{2,30})")


def _given_all_one_groups(claim: str, texts: Sequence[str]) -> bool:
    """A claim giving several groups the thing its source gives one of them ("对于视力残疾儿童、听力残疾
    儿童和肢体残疾儿童，可以免费安装假肢、矫形器" of "为视力残疾儿童验配助视器，…为肢体残疾儿童装配假肢或
    矫形器"): it names two or more of the groups and the things of only one."""
    flat = squash(_without_references(claim))
    for text in texts:
        pairs = dict((g, t) for g, t in _FOR_GROUP.findall(squash(text)))
        if len(pairs) < 2:
            continue
        grams = {g: char_pairs(t) for g, t in pairs.items()}
        own = {g: {x for x in gs if not any(x in grams[h] for h in grams if h != g)} for g, gs in grams.items()}
        named = [g for g in pairs if g in flat]
        given = [g for g in named if any(x in flat for x in own[g])]
        if len(named) >= 2 and len(given) == 1:
            return True
    return False


_RATE_UNITS = r"平方米|㎡|人次|人|户|吨|千瓦|亩|辆|台|床|张"
# "每平方米每个供暖期28元", "28元/平方米": a sum per unit of something.
_RATE = re.compile(rf"每(?P<u>{_RATE_UNITS})[^，,。；;\d]{{0,12}}?(?P<n>\d+(?:\.\d+)?)\s*元(?!/)|"
                   rf"(?P<n2>\d+(?:\.\d+)?)\s*元\s*/\s*(?P<u2>{_RATE_UNITS})")


def _rate_as_total(claim: str, texts: Sequence[str], question: str) -> bool:
    """"房子100平方米…一个供暖季要交28元" from "每平方米每个供暖期28元": a sum per unit given as the
    whole sum, where the question states how many of that unit there are."""
    plain = _without_references(claim)
    for t in texts:
        for m in _RATE.finditer(t):
            n, u = (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
            units = "平方米|㎡" if u in ("平方米", "㎡") else u
            if not re.search(rf"(?<![\d.]){re.escape(n)}\s*元", plain):
                continue
            if re.search(rf"每\s*(?:{units})|元\s*/\s*(?:{units})", plain):
                continue  # the claim keeps the rate
            if re.search(rf"(?<!每)(?<![\d.])\d+(?:\.\d+)?\s*(?:个)?(?:{units})", question):
                return True
    return False


# A person and a post a claim pairs: "雍建军同志任市政府办公室主任", "担任县乡村振兴服务中心主任的是崔华巍".
_NAME = r"([\u4e00-\u9fff]{2,3}?)"
_POST = r"([\u4e00-\u9fff（）()]{2,24}?(?:主任|局长|书记|组长|长|委员|秘书长|政委|主席|经理|负责人))"
# the verbs that give (or propose) a post
_APPOINTS = r"(?:任|担任|兼任|出任|为|拟任|拟作|拟聘任|拟提名为?|拟推荐为?)"
_PERSON_POST = (re.compile(rf"{_NAME}(同志)?{_APPOINTS}{_POST}(?=[^\u4e00-\u9fff]|的|职务|$)"),
                re.compile(rf"(?:担任|任){_POST}的(?:是|为){_NAME}(同志)?(?![\u4e00-\u9fff])"))


def _claimed_posts(claim: str) -> list[tuple[str, str]]:
    """(name, post) pairs a claim states, where the name reads as a person's (同志 after it, or a
    common surname first)."""
    flat = squash(claim)
    out = [(m.group(1), m.group(3), bool(m.group(2))) for m in _PERSON_POST[0].finditer(flat)]
    out += [(m.group(2), m.group(1), bool(m.group(3))) for m in _PERSON_POST[1].finditer(flat)]
    return [(n, p) for n, p, comrade in out if comrade or n[0] in SURNAMES]


def _given_before(name: str, post: str, source: str) -> bool:
    """Whether the source prints ``name`` just before ``post`` ("张鑫县乡村振兴服务中心主任", "雍建军同志
    任…政委"), or in the list just before it ("任命张三、李四、王五为…副市长")."""
    for m in re.finditer(re.escape(post), source):
        before = source[max(0, m.start() - 40):m.start()]
        at = before.rfind(name)
        if at >= 0 and re.fullmatch(rf"(?:同志)?(?:[、和][\u4e00-\u9fff]{{2,3}}(?:同志)?)*(?:等\d*名?同志)?{_APPOINTS}?",
                                    before[at + len(name):]):
            return True
    return False


def _post_of_another(claim: str, texts: Sequence[str]) -> bool:
    """A claim giving a person a post the sources give someone else, in the two shapes a small model
    gets wrong: a deputy's post with 副 dropped ("雍建军同志任市政府办公室主任" from "免去市政府办公室副主任
    职务" beside "雍建军…试用期为一年"), and a roster printed glued, name before post, read the other way
    ("担任…中心主任的是崔华巍" from "张鑫县乡村振兴服务中心主任崔华巍国家税务总局…局长": the name the claim
    gives stands right after the post, and is not printed before it anywhere)."""
    flat = [squash(t) for t in texts]
    for name, post in _claimed_posts(_without_references(claim)):
        if not any(name in f for f in flat):
            continue
        if not any(post in f for f in flat):
            # a post said in other words is left to the other checks
            deputy = re.sub(r"(主任|局长|书记|组长|秘书长|主席|经理)$", r"副\1", post)
            if deputy != post and any(deputy in f for f in flat):
                return True
            continue
        if any(_another_before(name, post, f) for f in flat) and not any(_given_before(name, post, f) for f in flat):
            return True
    return False


def _another_before(name: str, post: str, source: str) -> bool:
    """The glued roster read the other way: ``post`` printed between another name and ``name``
    ("张鑫县乡村振兴服务中心主任崔华巍")."""
    for m in re.finditer(re.escape(post + name), source):
        before = source[max(0, m.start() - 3):m.start()]
        if any(len(before) >= k and before[-k] in SURNAMES and before[-k:] != name for k in (2, 3)):
            return True
    return False


# A count written with its thing: "三个层次", "4项", "两类".
# (not a span of time, "一个月": the date checks read those)
_COUNT_OF = re.compile(r"(?<!第)([一二三四五六七八九十两\d]{1,3})\s*(?:个|项|类|种|级|批|条)(?![月年日天小工周星季百千万以及左多])"
                       r"([\u4e00-\u9fff]{1,3})")


def _count_differs(claim: str, texts: Sequence[str]) -> bool:
    """A count of things the sources count otherwise: "设三个层次：篇、章、节" where the source
    says "设篇、章、节、目四个层次" (numerals in words escape the figure check)."""
    flat = squash("".join(texts))
    stated: dict[str, set[int]] = {}
    for m in _COUNT_OF.finditer(flat):
        if (n := chinese_number(m.group(1).replace("两", "二"))) is not None:
            stated.setdefault(m.group(2)[:2], set()).add(n)
    for m in _COUNT_OF.finditer(squash(_without_references(claim))):
        n = chinese_number(m.group(1).replace("两", "二"))
        counts = stated.get(m.group(2)[:2])
        if n is not None and counts and n not in counts:
            return True
    return False


_REPRESENTATIVE = re.compile(r"以((?:(?![以为])[\u4e00-\u9fff（）()]){2,30}?)为代表")


def _not_the_one_named_first(claim: str, texts: Sequence[str]) -> bool:
    """"以银川市生态环境局贺兰分局为代表" where the sources name "贺兰县泰鑫冶炼有限公司等6家": the one a
    group is named by stands before its 等 (or is said to represent it)."""
    flat = squash("".join(texts))
    for m in _REPRESENTATIVE.finditer(squash(_without_references(claim))):
        name = m.group(1)
        if not re.search(rf"{re.escape(name)}[）)]?等|以{re.escape(name)}为代表", flat):
            return True
    return False


# “两库一单”（抽查项目数据库和执法检查人员名录库、随机抽查事项清单）: a quoted term and its definition
_DEFINED = re.compile(r"[“\"「]([^”\"」（(]{1,12})[”\"」][（(]([^（()）]{2,120})[）)]")
# what a claim says a term is: "“两库一单”指…", "两库一单包括…", "即…"
_DEFINES = r"[”\"」]?(?:是指|指的是|指|即|包括|包含|涵盖)[：:]?"
_ITEM_SPLIT = re.compile(r"以及|[、，,和及与]")


def _defined_terms(texts: Sequence[str]) -> dict[str, str]:
    """The quoted terms the sources define in brackets, each with its definition (squashed)."""
    return {squash(m.group(1)): squash(m.group(2)) for t in texts for m in _DEFINED.finditer(t)}


def _beyond_definition(claim: str, texts: Sequence[str]) -> bool:
    """A claim saying what a term the source defines in brackets consists of, and listing
    something the brackets do not hold: "“三清单”包括权力清单、责任清单和动态调整机制" where the
    source reads "落实“三清单”（权力清单、责任清单和负面清单）以及动态调整机制" (the mechanism
    beside the term is no part of it)."""
    terms = _defined_terms(texts)
    if not terms:
        return False
    flat = squash(_without_references(claim))
    for term, definition in terms.items():
        m = re.search(re.escape(term) + _DEFINES + r"([^。；;，,：:]+)", flat)
        if not m:
            continue
        for item in _ITEM_SPLIT.split(m.group(1)):
            item = re.sub(r"^[“\"「]|[”\"」]$|等$|(?:三|四|五|六|七|八|九|两|几)?(?:个|项|类|方面)?$", "", item)
            if len(item) >= 3 and item not in definition and len(char_pairs(item) - char_pairs(definition)) > 1:
                return True
    return False


def _squashed_sentences(texts: Sequence[str]) -> list[str]:
    """The sentences of the source texts, squashed: what the checks of who does what where read a
    claim against (read only once a claim says such a thing)."""
    return [squash(t[a:b]) for t in texts for a, b in split_sentences(t)]


# Where a claim says a thing is filed or sent: "向县发改局备案", "报领导小组办公室审批".
_TO_WHOM = re.compile(r"(?:向|报|报送|报请|交由|到|去)((?:(?!向|报|到|去)[\u4e00-\u9fff（）()、，,“”]){2,40}?)"
                      r"(备案|报备|审批|审核|核准|申请|申报|提交|报告|投诉|举报|反映)")


# a body's name ends so: "…局", "…领导小组办公室", "…等部门", "…服务大厅"
_BODY_END = re.compile(r"(?:局|委|办|室|部门|单位|中心|机构|政府|管委会|小组|窗口|大厅|公司|院|所|站|处|部|厅)$")


def _sent_elsewhere(claim: str, texts: Sequence[str]) -> bool:
    """A claim naming where a thing is filed or sent ("新建、变更或停用应用系统要向网信、发改…等部门备案")
    while every sentence of the sources that files or sends it so names another place ("…应及时报
    县“数字政府”建设领导小组办公室备案"): the model paired the act with a body of the next sentence."""
    flat = squash(_without_references(claim))
    matches = list(_TO_WHOM.finditer(flat))
    sentences = _squashed_sentences(texts) if matches else []
    for m in matches:
        place, act = m.group(1), m.group(2)
        if not _BODY_END.search(place):
            continue  # "报名后提交材料": no body named
        names = [n for n in re.split(r"[、，,和及与]", re.sub(r"等(?:部门|单位|机构)$", "", place)) if len(n) >= 2]
        acting = [s for s in sentences if act in s]
        if names and acting and not any(all(n in s or _org_named(n, s) for n in names) for s in acting):
            return True
        if names and not acting and any(_org_named(n, "".join(sentences)) for n in names):
            # "要到区县民政局申请" beside "区县民政局在15个工作日内上门评估": the body is named, but doing another thing
            return True
    return False


# "绩效评价、竣工评估和后评估由第三方机构开展": things listed as done by one agent.
_DONE_BY = re.compile(r"((?:[\u4e00-\u9fff]{2,10}[、和及与])+[\u4e00-\u9fff]{2,10})(?:均|都|全部|统一)?由"
                      r"([\u4e00-\u9fff（）()]{2,20}?)(开展|负责|实施|承担|组织|进行|完成|办理)")


def _more_done_by(claim: str, texts: Sequence[str]) -> bool:
    """A claim giving an agent more things than the sentence naming the agent does: "绩效评价、竣工
    评估和后评估由第三方机构开展" where the notice reads "定期开展…绩效评价" and "由第三方机构开展…
    竣工评估和后评估"."""
    flat = squash(_without_references(claim))
    matches = list(_DONE_BY.finditer(flat))
    sentences = _squashed_sentences(texts) if matches else []
    for m in matches:
        items = [i for i in re.split(r"[、和及与]", m.group(1)) if len(i) >= 2]
        by = [x for x in sentences if "由" + m.group(2) in x]
        if len(items) >= 2 and by and not any(
                all(i in x or len(char_pairs(i) & char_pairs(x)) * 3 >= 2 * len(char_pairs(i)) for i in items)
                for x in by):
            return True
    return False


# people a claim gives one post together or alone: "杨凯军和高伟现任…", "高伟拟任…"
_POST_SAID = re.compile(r"((?:[\u4e00-\u9fff]{2,3}[和、及与])*[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:分别)?"
                        r"(现任|拟任|拟提名为|拟推荐为|拟聘任|拟任命为)([^，,。；;]{4,40})")


def _post_of_roster_neighbour(claim: str, texts: Sequence[str]) -> bool:
    """A claim giving people of a roster a post another entry of it gives ("杨凯军和高伟现任宁夏贺兰工业
    园区管委会党政办公室副主任" where only 杨凯军's entry reads so)."""
    entries: dict[str, str] = {}
    for t in texts:
        entries.update(roster_entries(squash(t)))
    if len(entries) < 2:
        return False
    for m in _POST_SAID.finditer(squash(_without_references(claim))):
        post = m.group(3)
        names = [n for n in re.split(r"[和、及与]", m.group(1)) if n in entries]
        if any(post not in entries[n] for n in names) and any(post in e for e in entries.values()):
            return True
    return False


# "依托的是X", "采用的是X": the thing a verb of the question takes, said as the answer
_CLEFT = re.compile(r"([\u4e00-\u9fff]{2})的是([^，,。；;]{2,30})")


def _cleft_elsewhere(claim: str, texts: Sequence[str]) -> bool:
    """A claim naming what a verb takes ("依托的是宁夏教育云“中小学德育课堂”") where the sources give that
    verb another object and name the thing only with another verb ("依托宁夏“益思网”" / "利用宁夏教育云
    “中小学德育课堂”")."""
    matches = list(_CLEFT.finditer(squash(_without_references(claim))))
    sentences = _squashed_sentences(texts) if matches else []
    for m in matches:
        verb, thing = m.group(1), re.sub(r"[“”\"]", "", m.group(2))
        with_verb = [x for x in sentences if verb in x]
        if with_verb and not any(thing[:6] in re.sub(r"[“”\"]", "", x) for x in with_verb):
            return True
    return False


# "中宁县工业园区建设污水处理工程": a place a thing is built or done in
# (the place opens its clause or follows 在: "县教育局在全县开展…" places the work in 全县)
_DONE_IN = re.compile(r"(?:^|[，,。；;：:]|在)((?:(?!在)[\u4e00-\u9fff]){2,20}?(?:园区|开发区|移民区|县|镇|乡|村|场|街道|社区))"
                      r"(?:内)?(建设|新建|改造|实施|开展)([\u4e00-\u9fff]{4})")


def _done_elsewhere(claim: str, texts: Sequence[str]) -> bool:
    """A claim placing a work ("中宁县工业园区建设污水处理工程") where the sentences of the sources that
    do that work name other places ("在大战场镇宽口井移民区、恩和镇…建设污水处理工程")."""
    matches = list(_DONE_IN.finditer(squash(_without_references(claim))))
    sentences = _squashed_sentences(texts) if matches else []
    for m in matches:
        place, work = m.group(1), m.group(2) + m.group(3)
        doing = [x for x in sentences if work in x]
        if doing and not any(place in x or bare_org(place) in x for x in doing):
            return True
    return False


def _against(claim: str, texts: Sequence[str], question: str) -> str | None:
    """Why a claim disagrees with the source texts it is checked against (None: it agrees)."""
    aligned = "".join(texts)
    if is_echo(claim, question, aligned):
        return "echo"
    if (not _numbers_agree(claim, texts, question) or _one_of_respective(claim, texts)
            or _other_items_figure(claim, texts, question) or _side_unsaid(claim, texts)
            or _figure_of_another_year(claim, texts) or _rate_as_total(claim, texts, question)
            or _count_differs(claim, texts) or _place_of_another_clause(claim, texts)):
        return "number"
    if _other_group(claim, texts) or _given_all_one_groups(claim, texts):
        return "respective"
    if _beyond_definition(claim, texts):
        return "definition"
    if _not_the_one_named_first(claim, texts) or _sent_elsewhere(claim, texts) or _more_done_by(claim, texts):
        return "org"
    for org in _entities(_without_references(claim)):
        if org in question and not _org_found(org, aligned):
            continue  # the question's own subject, restated
        if not _org_found(org, aligned) or not _org_said_of(org, claim, texts):
            return "org"
        claimed, stated = _roles_of(org, claim), _roles_of(org, aligned)
        if claimed and stated and not claimed & stated:
            return "role"
    # "他和赵海同志互为AB岗": a person the claim names by 同志 is named in the source (by the last
    # two characters of the name: the word before it may be glued on, "和赵海")
    flat = squash(aligned)
    if (any(n[-2:] not in flat for n in comrades(_without_references(claim))) or _post_of_another(claim, texts)
            or _post_of_roster_neighbour(claim, texts)):
        return "person"
    if _done_elsewhere(claim, texts):
        return "unsupported"
    # ("不能，招生对象为2019年8月31日前（含当日）出生的…" for a child born after it: the rule restated
    # stands, the no is the case's)
    no_for_case = _NO_FIRST.match(squash(_without_references(claim))) and outside_bounds(aligned, question)
    if polarity_flipped(_NO_FIRST.sub("", squash(_without_references(claim))) if no_for_case else claim,
                        aligned) or bare_yes_against_ban(claim, aligned, question):
        return "polarity"
    if any(word in squash(claim) and word not in squash(aligned) for word in asked_judgements(question)):
        return "judgement"
    if dropped_condition(claim, [s for t in texts for s in _align(claim, t)], question) or yes_against_day(
            claim, aligned, question) or _free_dropped(claim, texts, question):
        return "condition"
    # What the claim adds to the question's own words must come from the source, and so must what
    # each of its clauses adds: "…显著增强：通过政府投入和资源调配，提高…" restates its first
    # clause and invents the rest.
    source_grams = char_pairs(aligned)
    added = char_pairs(claim) - char_pairs(question)
    if len(added) >= 3 and len(added & source_grams) / len(added) < 0.2:
        return "unsupported"
    for clause in _clauses(_without_references(claim)):
        extra = char_pairs(clause) - char_pairs(question) - _GENERIC_GRAMS
        if len(extra) >= 5 and len(extra & source_grams) / len(extra) < 0.2:
            return "unsupported"
    return None


# Connective wording a faithful restatement adds without taking it from the source.
_GENERIC_GRAMS = frozenset(char_pairs("具体包括主要包括以下内容如下所述根据文件规定要求可以享受能够得到相关部门负责办理"))


def _names_unseen(claim: str, question: str, context: str) -> bool:
    """A “quoted name” the claim takes from the question (“六统一”) that the source does not
    mention even around the quote: the claim pins the question's subject on a sentence about
    something else."""
    names = re.findall(r"[“\"]([^”\"]{2,20})[”\"]", claim)
    return any(n in question and n not in context for n in names)




def mispaired(claim: str, source: str, persons: Sequence[str]) -> bool:
    """A claim about one of ``persons`` (by name or as 他/她) that names someone the source groups
    with other people: "他跟刘炳炳同志互为AB岗" where the source pairs 王继斌 with 苏万君, and
    刘炳炳 with 段建宏."""
    groups = groups_of_people(source)
    for person in persons:
        mine = [names for _, _, names in groups if person in names]
        if len(mine) != 1 or not (person in claim or speaks_of_him(claim)):
            continue
        if any(n in claim and n not in mine[0] for _, _, names in groups for n in names):
            return True
    return False


# The question words of a clause: what is left of it is what a claim answering it restates.
_QUESTION_WORDS = re.compile(r"谁|哪[个些位里儿家级]?|什么|多少|几|怎么|怎样|如何|是否|吗|呢")


def _clause_grams(clause: str) -> set[str]:
    return {g for piece in _QUESTION_WORDS.split(clause) for g in char_pairs(piece)}


def _restates_a_part_unanswered(claim: str, parts: Sequence[tuple[str, frozenset[int]]]) -> bool:
    """A claim restating one part of the question for which no source was selected: whatever it
    cites answers another part (or none)."""
    said = char_pairs(_without_references(claim))
    echoed = [ns for clause, ns in parts if (g := _clause_grams(clause)) and len(g & said) / len(g) >= 0.5]
    return len(echoed) == 1 and not echoed[0]


def answers_other_part(claim: str, cited: Sequence[int], parts: Sequence[tuple[str, frozenset[int]]]) -> bool:
    """A claim restating one part of the question ("建好以后归县文化旅游广电局管") that cites none
    of the sources selected for that part, only another part's ("由县文化旅游广电局牵头…提质升级"):
    the model answered it with a fact about something else. ``parts``: each part's clause and the
    sources selected for it."""
    said = char_pairs(_without_references(claim))
    shares = []
    for clause, ns in parts:
        grams = _clause_grams(clause)
        shares.append((len(grams & said) / len(grams) if grams else 0.0, clause, ns))
    echoed = [(share, clause, ns) for share, clause, ns in shares if share >= 0.5]
    if len({clause for _, clause, _ in echoed}) != 1:
        return False  # it restates no part, or several at once
    own = frozenset().union(*(ns for _, _, ns in echoed))
    return bool(own) and not own & set(cited)


# A source's clauses, as a fact is read in them: commas, semicolons and sentence ends divide them (a
# colon does not: "牵头单位：县发改局" is one clause).
_SOURCE_CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")
_LABEL_BREAK = re.compile(r"[:：][ \t]*\n\s*")
# a role's label in a restatement, "牵头部门是", "配合单位为": the role word says it, the rest is framing
_ROLE_NOUN = re.compile(r"(?<=牵头|配合|责任|主办|承办|协办|参与)(?:部门|单位)(?:是|为|有)?")


def _words_beside(text: str, facts: Sequence[str]) -> set[str]:
    """The character pairs of a clause's own words: its facts cut out (never joined across them)."""
    for fact in sorted(facts, key=len, reverse=True):
        text = text.replace(fact, "|")
    return {g for piece in text.split("|") for g in char_pairs(piece)} - _GENERIC_GRAMS


def _fact_windows(fact: str, source: str, is_figure: bool) -> list[str]:
    """The source clauses holding a fact, as far as they say what it is of: an organisation's own
    clause ("市发展改革委、工业和信息化局配合"); a figure's clause with the one before it ("到2025年，
    建成20个…") and, where its own clause is the figure alone ("到2025年"), the one after."""
    # (a label whose value the next line prints is one clause with it: "（牵头单位：" / "市自然资源局；")
    clauses = [c for c in _SOURCE_CLAUSE.findall(fact_form(_LABEL_BREAK.sub("：", source))) if c.strip()]
    out = []
    for i, c in enumerate(clauses):
        if not (_number_supported(fact, c) if is_figure else fact in c):
            continue
        if not is_figure:
            out.append(c)
            continue
        window = (clauses[i - 1] if i else "") + c
        if len(_words_beside(c, [fact])) < 3 and i + 1 < len(clauses):
            window += clauses[i + 1]
        out.append(window)
    return out


def out_of_clause(claim: str, sources: Sequence[str], question: str = "", share: float = 0.5) -> bool:
    """A figure or organisation restated with words its own clause of the source does not hold:
    "全县农产品网络交易额要达到1亿元" where 1亿元 is the 仓储物流交易额's and the next clause gives the
    网络交易额 as 3亿元; "由市发展改革委…负责" where its clause reads "市发展改革委…配合". Stricter than
    the sentence-level checks (a clause may fail that says the same in other words): for an answer
    whose every fact is quoted below it anyway."""
    q_numbers = set(numbers_in(question))
    for clause in _clauses(_MARKER.sub("", _without_references(claim))):
        flat = fact_form(clause)
        figures = [x for x in numbers_in(clause) if x not in q_numbers]
        mentions = [o for o in org_mentions(flat) if org_core(o) not in squash(question)]
        orgs = [org_core(o) for o in mentions]
        roles = _roles_in(flat)
        for org in orgs:  # "由A、B负责" where A's and B's clause reads "A、B配合"
            windows = [w for src in sources for w in _fact_windows(org, src, False)]
            if roles and windows and not any(roles & _roles_in(w) for w in windows):
                return True
        words = _words_beside(_ROLE_NOUN.sub("", flat), [*figures, *mentions, *orgs])
        if len(words) < 3:
            continue  # a bare figure or name borrows the words of the clause before it
        for fact, is_figure in [*((x, True) for x in figures), *((o, False) for o in orgs)]:
            windows = [w for src in sources for w in _fact_windows(fact, src, is_figure)]
            if windows and not any(len(words & char_pairs(w)) >= share * len(words) for w in windows):
                return True
    return False


_COUNTED = re.compile(r"(?<![\d.])(\d+)\s*(个|件|项|名|人|家|座|所|处|条|台|套|节|堂|场|批|户|辆|张|床|篇|部)([\u4e00-\u9fff]{2,8})")


def figure_of_another_item(claim: str, sources: Sequence[str]) -> bool:
    """A count the claim gives of a thing its source counts otherwise: "汇聚60件精品微课" from
    "汇聚60件学前教育示范游戏案例、160件精品微课" — where the source, at every place it prints the
    count ("60件") with a name after it, names something sharing no pair of characters with the
    claim's."""
    flat = fact_form(_MARKER.sub("", _without_references(claim)))
    texts = [fact_form(t) for t in sources]
    for m in _COUNTED.finditer(flat):
        count, unit, item = m.groups()
        named = [x.group(3) for t in texts for x in _COUNTED.finditer(t)
                 if x.group(1) == count and x.group(2) == unit]
        if named and not any(char_pairs(item) & char_pairs(other) for other in named):
            return True
    return False


def _roles_in(text: str) -> set[str]:
    """The role words a clause holds (牵头, 负责 and 责任 as one)."""
    return {_SAME_ROLE.get(r, r) for r in re.findall(_ROLE_WORDS, text)}


def loosely_restated(claim: str, sources: Sequence[str], question: str = "", share: float = 0.5) -> bool:
    """A clause adding words to the question's that the sources mostly do not hold (the sentence
    check lets a fifth pass; an answer quoted in full below it can afford half)."""
    held = char_pairs("".join(sources))
    for clause in _clauses(_without_references(claim)):
        extra = char_pairs(clause) - char_pairs(question) - _GENERIC_GRAMS
        if len(extra) >= 3 and len(extra & held) < share * len(extra):
            return True
    return False


# A thing named by a word and its kind ("服务协议", "监管平台", "入托补贴"): the kind alone is shared by
# many things in one notice, so a restatement must name the thing as the source or the question does.
_NAMED_KIND = re.compile(r"([\u4e00-\u9fff]{2})(协议|制度|机制|平台|中心|系统|补贴|补助|资金|标准)")


def compound_unseen(claim: str, question: str, context: str) -> list[str]:
    """The things a claim names by a word and its kind that neither its source nor the question
    names so, where the source has that kind: "定点机构的绩效协议有效期…" of "服务协议有效期一般为2年以上"
    beside "绩效评估" (the model joined two of the source's words into a third thing)."""
    flat, said = squash(context), squash(question)
    return [m.group() for m in _NAMED_KIND.finditer(squash(_without_references(claim)))
            if m.group() not in flat and m.group() not in said and m.group(2) in flat]


def question_words_unseen(claim: str, question: str, context: str) -> list[str]:
    """The question's words (terms of two characters or more) a claim says that the source it
    cites does not hold, with its notice's title and section: "对守信的定点医药机构，采取…" citing a
    sentence on every institution; "马铃薯产业链的链长是…" citing a table of rivers."""
    flat, held = squash(_without_references(claim)), squash(context).lower()
    return [t for t in dict.fromkeys(question_terms(question))
            if len(t) >= 2 and t not in _FRAMING and t not in _CONNECTIVES and not _glued_pair(t, question)
            and t in flat.lower() and not holds(held, t) and not _money_given_both(t, held)]


# Money given to a person, by any of its names: the question's "每人每年补助多少钱" restated as "…补助2万元" of a
# source's "（三）救助标准…每人每年2万元" says what the source says.
_MONEY_GIVEN = ("补助", "补贴", "救助", "资助", "津贴", "奖补", "补偿")


def _money_given_both(term: str, held: str) -> bool:
    """Whether a question's word for money given (补助) meets another of its names in the source (救助)."""
    return term in _MONEY_GIVEN and any(w in held for w in _MONEY_GIVEN)


def _glued_pair(term: str, question: str = "") -> bool:
    """Two characters the segmenter cut across words, a conjunction or preposition glued to the next
    word's first character ("乡镇和县直部门" → "和县"), or the 前/后 of a time glued to the verb after
    it ("何时前报送" → "前报"): no word of the question."""
    if len(term) != 2:
        return False
    return term[0] in FUNCTION_CHARS + "或" or (
        term[0] in "前后" and re.search(rf"[时日天月年]{re.escape(term)}", question) is not None)


# Verbs a restatement frames a fact with, taken from the question ("他担任…", "采取…措施",
# "计划到哪一年" → "计划到2022年", "报送哪个单位" of "…报市生态环境局").
_FRAMING = frozenset(["担任", "采取", "需要", "要求", "规定", "提出", "包括", "属于", "应该", "应当", "可以", "能够",
                      "进行", "开展", "实施", "落实", "负责", "有关", "相关", "计划", "报送",
                      "部门", "单位", "机构"])  # ("哪个部门牵头" → "牵头部门是…" of "牵头单位：…")
# Words that join the asker's clauses and name nothing ("如果企业实际情况与承诺不符").
_CONNECTIVES = frozenset(["如果", "要是", "假如", "假设", "是否", "能否", "还是", "或者", "以及", "已经", "现在", "目前"])


def check_claim(claim: str, sources: dict[int, str], cited: Sequence[int], question: str = "",
                context: dict[int, str] | None = None, persons: Sequence[str] = (),
                parts: Sequence[tuple[str, frozenset[int]]] = (), strict: bool = False) -> Verdict:
    """``_check_claim``, then the names the claim takes from the question checked in ``context``,
    the people it groups with whom the question's 他 stands for, and whether it rests on the
    sources selected for the part it restates; ``strict``: each fact read in its own clause of the
    source, and each clause's own words mostly the source's (for a lead above the quotes)."""
    verdict = _check_claim(claim, sources, cited, question)
    # "王义伟。": a name alone says neither which item nor which post it answers (the 风电 chain's
    # 链长 given for the 奶牛 chain); the quote naming it says both
    if verdict.reason is None and _bare_name(claim):
        return Verdict(claim, verdict.cited, verdict.aligned, "bare")
    # (what a verb takes is read in every source: the one giving it another object need not be cited)
    if verdict.reason is None and _cleft_elsewhere(claim, list(sources.values())):
        return Verdict(claim, verdict.cited, verdict.aligned, "unsupported")
    if verdict.reason is None and articles_unsupported(claim, [sources[n] for n in verdict.cited], question):
        return Verdict(claim, verdict.cited, verdict.aligned, "number")
    if verdict.reason is None and strict:
        texts = [sources[n] for n in verdict.cited]
        if out_of_clause(claim, texts, question) or figure_of_another_item(claim, texts):
            return Verdict(claim, verdict.cited, verdict.aligned, "clause")
        around = "".join((context or sources).get(n, sources[n]) for n in verdict.cited)
        if (loosely_restated(claim, texts, question) or question_words_unseen(claim, question, around)
                or compound_unseen(claim, question, around)):
            return Verdict(claim, verdict.cited, verdict.aligned, "unsupported")
        if parts and _restates_a_part_unanswered(claim, parts):
            return Verdict(claim, verdict.cited, verdict.aligned, "part")
    if verdict.reason is None and context is not None and _names_unseen(
            claim, question, "".join(context.get(n, sources[n]) for n in verdict.cited)):
        return Verdict(claim, verdict.cited, verdict.aligned, "unsupported")
    if verdict.reason is None and any(mispaired(claim, sources[n], persons) for n in verdict.cited):
        return Verdict(claim, verdict.cited, verdict.aligned, "person")
    if verdict.reason is None and parts and answers_other_part(claim, verdict.cited, parts):
        return Verdict(claim, verdict.cited, verdict.aligned, "part")
    if verdict.reason is None and outside_the_exception(claim, sources, question):
        return Verdict(claim, verdict.cited, verdict.aligned, "condition")
    return verdict


_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+[条款项章节]")


def articles_unsupported(claim: str, texts: Sequence[str], question: str) -> bool:
    """Whether a claim names an article ("第四条") that neither the sentences it cites nor the question
    name: "修改了…第七条、第四条和第五条" where the notice's own items 四、五 are no articles of the 办法."""
    said = squash("".join(texts)) + squash(question)
    return any(m.group() not in said for m in _ARTICLE.finditer(squash(_without_references(claim))))


def _bare_name(claim: str) -> bool:
    """Whether a claim is nothing but one or more people's names ("王义伟。", "杨冕、马涛同志。")."""
    names = [n for n in re.split(r"[、和及与，,]", re.sub(r"[。！!；;\s]", "", _without_references(claim))) if n]
    return bool(names) and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}(?:同志)?", n) and n[0] in SURNAMES for n in names)


_TO_ASKER = re.compile(r"[你您]")


def outside_the_exception(claim: str, sources: dict[int, str], question: str) -> bool:
    """A claim putting the asker among "all but X" ("你属于直聘以外的教师，需要参加竞聘") while a
    source defining X holds what the asker said of themself ("处于孕期…学校直接聘用" for "我怀孕
    了"), and the claim says nothing of it: the asker is one of the exceptions."""
    if not question or not _TO_ASKER.search(claim):
        return False
    flat = squash(_without_references(claim))
    terms = question_terms(question)
    texts = [squash(t) for t in sources.values()]
    for m in EXCEPT_RE.finditer(flat):
        written = m.group(1) or m.group(2)
        # the excepted cases as a source words them: the claim's words before 以外 may run on
        # ("你的情况属于直聘以外的" is "直聘以外的")
        said, rules = "", []
        for k in range(len(written) - 1):
            rules = [t for t in texts if re.search(re.escape(written[k:]) + r"(?:以外|之外|外)", t)]
            if rules:
                said = written[k:]
                break
        if not said:
            continue
        for t_flat in texts:
            if said not in t_flat or t_flat in rules:
                continue
            condition = [t for t in terms if holds(t_flat, t) and not holds(said, t)
                         and not any(holds(r, t) for r in rules)]
            if condition and not any(holds(flat, t) for t in condition):
                return True
    return False


def _check_claim(claim: str, sources: dict[int, str], cited: Sequence[int], question: str = "") -> Verdict:
    """Align a claim with the source text it cites and say whether it agrees (``reason`` None).

    Numbers are checked clause by clause against the source sentence each clause restates, so the
    date of a neighbouring clause or the figure of the next table row does not pass. A claim that
    fails under its own marker but agrees with another single source is cited to that one (a
    small model often puts the right fact under the wrong [n])."""
    cited = tuple(n for n in dict.fromkeys(cited) if n in sources)
    if not cited:
        # No marker: the sources that share its wording stand as cited (a sentence may join two),
        # the names of the notices it opens with aside ("根据《…》（…〔2019〕54号），…").
        bare = _without_references(claim)
        ranked = sorted(sources, key=lambda n: -pair_share(bare, sources[n]))
        cited = tuple(sorted(n for n in ranked[:3] if pair_share(bare, sources[n]) >= 0.2))
        if not cited:
            return Verdict(claim, (), "", "uncited")
    reason = _against(claim, [sources[n] for n in cited], question)
    if reason is not None and reason != "echo":
        others = sorted((n for n in sources if n not in cited), key=lambda n: -pair_share(claim, sources[n]))[:3]
        # The right facts under the wrong marker, or one sentence joining two sources
        # ("由县公安局牵头[2]，县法院等配合[4]" written with one marker).
        joined = tuple(sorted({*cited, *(n for n in others if pair_share(claim, sources[n]) >= 0.15)}))
        for alt in [*((n,) for n in others), joined]:
            if _against(claim, [sources[n] for n in alt], question) is None:
                return Verdict(claim, alt, "".join(sources[n] for n in alt), None)
    return Verdict(claim, cited, "".join(sources[n] for n in cited), reason)


def as_written(claim: str, sources: Sequence[str]) -> str:
    """The claim with each figure in its source's own form ("15%" → "15％" where the notice
    prints it so): a restatement copies numbers exactly."""
    forms = {fact_form(lit): lit for src in sources for lit in number_literals(src)}
    for lit in dict.fromkeys(number_literals(claim)):
        source_form = forms.get(fact_form(lit))
        if source_form and source_form.strip() != lit.strip():
            claim = claim.replace(lit, source_form.strip())
    return claim


def render_claims(claims: Sequence[Claim]) -> str:
    """Claims as answer text, each sentence followed by its markers."""
    return "".join(f"{c.text.rstrip('。；;，, ')}{''.join(f'[{n}]' for n in c.cited)}。" for c in claims)


# A "sentence" that only points at the sources ("来源[1]。", "详见原文。"): no claim to check or keep.
_FILLER = re.compile(r"(?:来源|出处|参考|参见|详见|见|原文|依据|根据|资料|如下|以上)[于自]?(?:原文|文件|资料|上述)?[：:。.;；，,！!\s]*")


# "根据《…》（…〔2019〕52号）规定，…": the notice a sentence opens by naming.
_OPENING_REFERENCE = re.compile(r"^(?:根据|按照|依据|按)?《[^》]{2,120}》(?:（[^）]{0,40}）)?(?:的?(?:规定|要求|明确))?[，,：:]\s*")


@dataclass(frozen=True)
class Verified:
    claims: tuple[Claim, ...]
    removed: tuple[Removed, ...]
    checked: int  # generated sentences the verifier looked at

    @property
    def text(self) -> str:
        return render_claims(self.claims)


# Figures that rule nothing by themselves: a year, a month or day, an age, a bare number
_NOT_A_RULED_FIGURE = re.compile(r"(?:19|20)\d\d年?|\d{1,2}月|\d{1,2}[日号]|\d+(?:周岁|岁)|[\d.]+")


def ruled_figures(text: str) -> list[str]:
    """The figures a sentence rules, with their units (sums, rates): not a year, a day, an age or a bare
    number, which any sentence may hold."""
    return [f for f in numbers_in(text) if not _NOT_A_RULED_FIGURE.fullmatch(f)]


def prints_changed(text: str, changing: Sequence[str]) -> bool:
    """Whether a text prints a figure that one of the amending sentences ``changing`` changes ("每人10000元" beside
    "将…“每人10000元”修改为“每人15000元”")."""
    return any(changes_figure(c, f) for f in ruled_figures(text) for c in changing)


_CHANGE_SAID = re.compile(r"(?:修改|调整|替换|提高|降低)(?:为|到)")


def without_outdated(verified: Verified, quotes: Sequence[str]) -> Verified:
    """The model's checked sentences less those stating a figure a quoted amendment has since replaced ("全日制本科
    毕业生每人10000元" beside "将…中的“每人10000元”修改为“每人15000元”"), unless the sentence says the change itself;
    those are removed as outdated."""
    changing = [q for q in quotes if _CHANGE_SAID.search(q)]
    gone = [c for c in verified.claims if changing and c.kind in ("restated", "quote") and not _CHANGE_SAID.search(c.text)
            and prints_changed(c.text, changing)]
    if not gone:
        return verified
    return replace(verified, claims=tuple(c for c in verified.claims if c not in gone),
                   removed=(*verified.removed, *(Removed(c.text, "outdated", None) for c in gone)))


def verify_claims(answer: str, sources: dict[int, str], question: str = "",
                  context: dict[int, str] | None = None, labels: dict[int, str] | None = None,
                  persons: Sequence[str] = (), parts: Sequence[tuple[str, frozenset[int]]] = (),
                  strict: bool = False) -> Verified:
    """Every sentence of a generated answer checked against the source it cites (``context``:
    each source with its section and the sentences around it, for the names a claim uses;
    ``labels``: what a source's layout says without words, such as a table row's column names —
    "牵头单位：…" — read by the checks, never quoted; ``persons``: whom the question's 他/她
    stands for; ``parts``: each part of the question with the sources selected for it).

    A sentence that disagrees with its source is removed and the verbatim source takes its place
    (once); a sentence saying the files are silent is dropped, since the caller says which parts
    they are silent on; the rest stand, labelled "quote" when they are the source's own words.
    ``strict``: the answer is a lead above the quotes in full: checked clause by clause
    (``check_claim``), and a removed sentence leaves nothing in its place.
    """
    text = strip_invalid_markers(answer, max(sources, default=0))
    checked_against = {n: f"{t}\n{labels[n]}" if labels and n in labels else t for n, t in sources.items()}
    if context is not None and labels:  # the words a claim takes from the labels are seen there too
        context = {n: f"{t}\n{labels[n]}" if n in labels else t for n, t in context.items()}
    claims: list[Claim] = []
    removed: list[Removed] = []
    checked = 0
    quoted: set[int] = set()
    kept_for_figure: set[int] = set()
    stand_ins: set[int] = set()  # positions in ``claims`` of sources standing in for removed sentences
    for claim, nums in answer_sentences(text):
        claim = claim.strip()
        if strict:  # a lead stands above the quotes, which name their notice: it need not
            claim = _OPENING_REFERENCE.sub("", claim)
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", claim) or _FILLER.fullmatch(re.sub(r"[【】\[\]]", "", claim)):
            continue
        if NOT_FOUND in claim or "未找到" in claim:
            continue
        checked += 1
        verdict = check_claim(claim, checked_against, nums, question, context, persons, parts, strict)
        if verdict.reason is None:
            claim = as_written(claim, [sources[n] for n in verdict.cited])
            verbatim = any(squash(claim.rstrip("。；;，,")) in squash(sources[n]) for n in verdict.cited)
            claims.append(Claim(ended(claim), verdict.cited, "quote" if verbatim else "restated"))
            continue
        stand_in = verdict.cited[0] if verdict.cited and verdict.reason != "echo" and not strict else None
        removed.append(Removed(claim, verdict.reason, stand_in))
        # A wrong figure's source stands in even where another sentence restates part of it: that
        # restatement need not carry the figure the removed sentence was about.
        figure = verdict.reason == "number"
        if stand_in is not None and stand_in not in quoted and (
                figure or not any(stand_in in c.cited for c in claims)):
            claims.append(Claim(ended(sources[stand_in]), (stand_in,), "quote"))
            stand_ins.add(len(claims) - 1)
            quoted.add(stand_in)
            if figure:
                kept_for_figure.add(stand_in)
    # A stand-in is not needed where another kept sentence, restated or quoted, speaks for the same
    # source (for a wrong figure: with every figure of that source).
    own = [c for k, c in enumerate(claims) if k not in stand_ins]
    restated = {n for c in own for n in c.cited}
    said = {n: {x for c in own if n in c.cited for x in numbers_in(c.text)} for n in kept_for_figure}
    kept_for_figure = {n for n in kept_for_figure if not set(numbers_in(sources[n])) <= said[n]}
    kept = [c for k, c in enumerate(claims) if not (k in stand_ins and c.cited[0] in restated
                                                    and c.cited[0] not in kept_for_figure)]
    return Verified(tuple(kept), tuple(removed), checked)

"""Answers by lookup: "X号文件还有效吗？" is answered from the validity graph, not from passages, and
every answer that rests on a notice no longer in force says so.

- ``asks_validity`` tells a validity question ("还有效吗", "是否废止", "失效了吗", "现行有效吗" …).
- ``named_notices`` finds the notices it names: by 文号, by 《title》, or by a title written without
  marks ("中卫市法律顾问管理办法还有效吗", matched on the title's character pairs).
- ``validity_answer`` writes the answer from the graph, citing the sentence or list row it rests on.
- ``validity_notes`` is the 【效力提示】 added under an answer whose citations include a notice that has
  expired, been repealed or been listed for amendment on the day asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from index.docnumber import DOC_NUMBER_RE
from index.models import PATH_SEP, Document
from index.standing import (
    EXTENDED,
    GROUNDS_RE,
    Notice,
    Place,
    Validity,
    ValidityGraph,
    amended_in_prose,
    cn_date,
    lapsed_label,
    since_words,
    warning,
)
from index.titles import normalize_title
from index.validity import head_word
from prompts import REFUSAL
from rag.parts import question_parts
from rag.query import DocNumberMention, QueryAnalysis, mention_matches
from rag.schema import Citation
from rag.sentences import squash

VALIDITY_HEADING = "【效力提示】"
# "还能作为工作依据吗": whether a notice still counts as a basis
_AS_BASIS = r"(?:还|仍然?|是否|现在|目前)(?:能|可以)?(?:作为|当作|当成)[\u4e00-\u9fff]{0,6}依据"
_ASKS_RE = re.compile(
    r"(?:还|仍|是否|是不是|目前|现在|依然|仍然)(?:然)?(?:这样|这么|照此|照这样|按这个|按此)?(?:有效|生效|适用|执行|施行|在执行|能用|可以用|管用)|"
    r"有效吗|有效么|有效没|失效|废止|作废|过期|效力|有效期|现行有效|还在用|还算数|" + _AS_BASIS)
_FILLER_RE = re.compile(r"还有效吗|是否有效|是否仍然有效|有效吗|失效了吗|废止了吗|是否废止|被废止|还能用吗|现在|目前|"
                        r"这个|这份|文件|政策|规定|[？?。！!，,、\s]")


def asks_validity(question: str) -> bool:
    return _ASKS_RE.search(question) is not None


# Asking whether a notice is still in force, as a question ("还有效吗", "是否废止"), not a question
# that names a decision's 废止 list ("决定废止的文件有几件").
_ASKS_STANDING_RE = re.compile(
    r"(?:还|仍然?|是否|是不是|目前|现在)(?:这样|这么|照此|照这样|按这个|按此)?(?:有效|生效|适用|执行|施行|能用|可以用|管用|算数)(?=吗|么|没|呢|[？?。，,；;]|$)|"
    r"有效吗|有效么|有效没|(?:失效|废止|作废|过期)了(?:吗|没)|是否(?:已经?)?(?:失效|废止|作废|过期)|"
    # "…说一次最多给2倍，现在还是这样吗": whether what an older notice said still holds
    r"(?:现在|目前|如今)(?:还|仍然?)是?(?:这样|这个标准|这么规定"
    r"|(?:按照?|照)(?:这个|那个|此|该)(?:标准|规定|办法|政策)(?:执行|算|发放?|补)?)(?=吗|么|[？?]|$)|"
    # "…公众号上看到…每亩补35元…今年秋天申报还按35元算吗": whether a sum an older notice set still holds
    r"还(?:按|照)[^，,。；;？?]{0,4}\d+(?:\.\d+)?\s*(?:万元|元)[^，,。；;？?]{0,3}(?:算|发|补|给|计算|执行)(?=吗|么|[？?]|$)|"
    + _AS_BASIS + r"(?=吗|么|[？?。，,；;]|$)")
# "现在还能按这个政策去申请吗": whether what the notice offers can still be had today. The standing of
# the quoted notices answers it where one has lapsed; it is no question about the notices' standing
# ("…办法，现在还能按那个办法领奖励吗" may quote a decision that repealed the 办法).
_ASKS_USE_NOW_RE = re.compile(r"(?:现在|目前|如今|眼下)(?:还|仍然?)(?:能|可以)(?:按|照|依|用|享受)(?:这个|那个|这项|该|此|这|那)?"
                              r"(?:政策|办法|规定|文件|标准|通知)[^，,。；;？?]{0,10}(?:吗|么)")


def asks_use_now(question: str) -> bool:
    """Whether a question (part) asks if a policy can still be used today."""
    return _ASKS_USE_NOW_RE.search(question) is not None


def asks_standing(question: str) -> bool:
    """Whether a question asks if a notice is (still) in force."""
    return _ASKS_STANDING_RE.search(question) is not None


# What a validity question says besides naming the notice: removed to see whether anything else is asked.
_VALIDITY_WORDS_RE = re.compile(
    r"有效期(?:限)?|(?:还|是否|是不是|仍然|仍|依然|目前|现在|现行|已经|已)*(?:有效|失效|废止|作废|过期|生效|施行|实施|"
    r"执行|适用|能用|可以用|管用|算数)(?:了)?(?:吗|么|没有|没)?|效力|(?:到|至|截至|截止到)?(?:什么时候|何时|多久|哪天|哪一天|"
    r"哪年)|从|开始|起|同时|被|哪个|哪些|什么|谁|文件|政策|规定|办法|通知|这个|这份|该|此|的|吗|呢|了|和|及|与|还|是|"
    r"[号〔〕\[\]（）()《》〈〉“”\"？?。！!，,、：:\s\d]")


def _without_names(question: str, names: Sequence[str]) -> str:
    """The question without every run of two or more characters found in one of ``names``."""
    out, i = [], 0
    while i < len(question):
        j = i + 1
        while j <= len(question) and any(question[i:j] in n for n in names):
            j += 1
        if j - 1 - i >= 2:
            i = j - 1
        else:
            out.append(question[i])
            i += 1
    return "".join(out)


# A sum or a rate the question says a notice sets: "每户每月收6元", "收20元工本费", "补贴50%".
_TERM_STATED = re.compile(r"\d+(?:\.\d+)?\s*(?:万?元|角|%|％)")


def stated_terms(question: str) -> list[str]:
    """The clauses of a question that restate a sum or rate a notice sets ("办“老年人优待卡”收20元工本费"
    in "…，现在还这样执行吗"), without the 文号 it names: asking whether they still hold, it asks what
    holds now."""
    return [c for c in re.split(r"[，,；;。？?！!、]", DOC_NUMBER_RE.sub("", question)) if _TERM_STATED.search(c)]


def replacing_docs(graph: ValidityGraph, key: str, as_of: str) -> list[str]:
    """The documents that now provide what a lapsed notice did: the notice the corpus names as
    governing the matter, else the notice that repealed it (a new version repeals the old one in
    its last article), or, for an amended one, the notice that amended it; none for a notice in force."""
    v = graph.status(key, as_of)
    if v.status not in ("repealed", "expired", "amended"):
        return []
    own = set(graph.notices[key].doc_ids)
    found = list(v.successor.doc_ids) if v.successor else []
    if not found and v.status in ("repealed", "amended") and v.place is not None:  # (the amending notice)
        found = [v.place.doc_id]
    return [d for d in found if d not in own]


def only_validity(question: str, keys: Sequence[str], graph: ValidityGraph) -> bool:
    """Whether the question asks nothing but the standing of the notices it names: a question that
    also asks what a notice provides ("有效期到什么时候？补贴标准是多少？") goes through retrieval; one
    whose every part asks the standing is looked up however the resident tells the story around it
    ("我想举报…，听说…有个…办法，那个办法现在还有效吗")."""
    names = [t for k in keys for t in (graph.notices[k].title, graph.notices[k].doc_number or "",
                                        *graph.cores.get(k, ()))]
    rest = _VALIDITY_WORDS_RE.sub("", _without_names(DOC_NUMBER_RE.sub("", question), names))
    return len(rest) <= 3 or all(asks_standing(p.clause) for p in question_parts(question))


def _pairs(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def named_notices(question: str, analysis: QueryAnalysis, graph: ValidityGraph) -> list[str]:
    """Keys of the notices a question names, in the order named."""
    keys: list[str] = []
    for m in analysis.doc_numbers:
        key = graph.find_number(m.code_chars, m.year, m.serial)
        if key:
            keys.append(key)
    for quoted in analysis.quoted_titles:
        key = graph.find_title(quoted)
        if key:
            keys.append(key)
    if keys or analysis.doc_numbers or analysis.quoted_titles:
        return list(dict.fromkeys(keys))
    # A title written without 《》: the notice whose title (or what it issues) shares most of its
    # character pairs with the question, and clearly more than any other (or several of one title);
    # a title of eight pairs or more the question holds (but for one pair) counts as named, however much else the
    # question says ("我想举报…，听说中卫市有个安全生产举报奖励办法，那个办法现在还有效吗").
    q = _pairs(normalize_title(_FILLER_RE.sub("", question)))
    if len(q) < 5:
        return []
    if dated := _named_by_year_and_kind(question, graph):
        return dated
    scored = []
    held_titles: dict[str, set[str]] = {}  # a notice named by containment: its title's pairs
    for key, n in graph.notices.items():
        best = 0.0
        for t in (n.title, *graph.cores.get(key, ())):
            p = _pairs(normalize_title(t))
            if len(p) >= 5:
                held = len(p & q) / len(p) if len(p) >= 8 and len(p - q) <= 1 else 0.0
                if held and held >= best:
                    held_titles[key] = p
                best = max(best, len(p & q) / len(p | q), held)
        scored.append((best, key))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < 0.6:
        return []
    # A title held whole inside a longer one the question also holds ("…奖励办法" in "…奖励办法实施细则")
    # is not what it names.
    scored = [(score, key) for score, key in scored
              if not (key in held_titles and any(held_titles[key] < o for o in held_titles.values()))]
    # Notices of one title (an old version and the one that replaced it) are all named.
    tied = [key for score, key in scored if score >= scored[0][0] - 0.02][:3]
    if len(tied) < len(scored) and scored[len(tied)][0] > scored[0][0] - 0.1:
        return []  # another notice nearly as close: not clearly named
    return sorted(tied, key=lambda k: graph.notices[k].date or _year_of(graph.notices[k]), reverse=True)


# A notice named by its year and its kind, with a word of its title: "2023年的草原补奖实施细则", "去年那个…办法" is not
# (a year stated): the year, the words before the kind word, the kind word
_YEAR_AND_KIND = re.compile(r"((?:19|20)\d\d)年(?:的|出台的|印发的|发的|那个|那份)?([\u4e00-\u9fff]{2,16}?)"
                            r"(实施细则|细则|实施办法|办法|实施方案|方案|意见|规定)")


def _named_by_year_and_kind(question: str, graph: ValidityGraph) -> list[str]:
    """The one notice of the corpus of the year a question states whose title ends in the kind it names and
    shares a word of what it calls it ("2023年的草原补奖实施细则" → the 2023 notice issuing "…草原生态保护补助奖励政策
    实施细则"); none where no notice, or more than one, fits."""
    for m in _YEAR_AND_KIND.finditer(question):
        year, words, kind = m.groups()
        # (every character of what it calls it in the title: "草原补奖" of "草原生态保护补助奖励", not "医疗救助" of
        # "住房救助")
        fits = [key for key, n in graph.notices.items() if n.in_corpus
                and ((n.date or "").startswith(year) or _year_of(n) == year)
                and re.search(rf"{kind}(?:（[^）]*）)?》?(?:的通知|的决定|的函)?$", (title := normalize_title(n.title)))
                and all(ch in title for ch in words)]
        if len(fits) == 1:
            return fits
    return []


def _year_of(n: Notice) -> str:
    m = re.search(r"〔(\d{4})〕", n.doc_number or "")
    return m.group(1) if m else ""


# ----------------------------------------------------------------------------- citations

def section_at(doc: Document, start: int, quote: str = "") -> str:
    """The path of the innermost section of ``doc`` that holds the offset ``start``; for a ``quote`` that is
    that section's heading line itself, the section above ("2.压缩审批时限，将法定20个工作日压缩至15个工作日" is
    cited under "…> 附件", not under itself)."""
    inner = ""
    for s in doc.sections:
        if s.start <= start < s.end:
            # (a section runs from its heading line to the next heading: at its start stands the heading)
            heading = s.start == start and len(s.path) > 1 and bool(quote) and _bare(quote) == _bare(s.path[-1])
            inner = PATH_SEP.join(s.path[:-1]) if heading else s.path_str
    return inner


def _bare(line: str) -> str:
    return re.sub(r"\s+", "", line).rstrip("。；;，,：:")


def citation_at(n: int, doc: Document, place: Place | None, quote: str, validity: Validity | None) -> Citation:
    """A citation of a sentence of a document (its first paragraph when no place is known)."""
    start, end = (place.start, place.end) if place else (0, min(len(doc.text), len(quote) or 80))
    return _citation(n, doc, quote or doc.text[start:end], start, end, validity)


def citation_at_span(n: int, doc: Document, quote_start: int, quote_end: int, start: int, end: int,
                     validity: Validity | None) -> Citation:
    """A citation quoting ``doc.text[quote_start:quote_end]`` from the passage ``doc.text[start:end]``."""
    return _citation(n, doc, doc.text[quote_start:quote_end].strip(), start, end, validity)


def _citation(n: int, doc: Document, quote: str, start: int, end: int, validity: Validity | None) -> Citation:
    return Citation(n=n, doc_number=doc.doc_number, title=doc.title, issuer=doc.issuer, date=doc.date,
                    section=section_at(doc, start), quote=quote, passage=doc.text[start:end],
                    corpus_file=doc.corpus_file, doc_id=doc.doc_id, start=start, end=end, validity=validity,
                    also_in=doc.also_in)


# ----------------------------------------------------------------------------- answers

@dataclass(frozen=True)
class LookupAnswer:
    text: str  # with [n] markers
    citations: tuple[Citation, ...]


def _name(graph: ValidityGraph, key: str, documents: Mapping[str, Document]) -> str:
    n = graph.notices[key]
    if n.doc_ids and n.doc_ids[0] in documents:
        d = documents[n.doc_ids[0]]
        return Notice(key, d.doc_number, d.title).name
    return n.name


def _one(graph: ValidityGraph, key: str, as_of: str, documents: Mapping[str, Document],
         cite: int) -> tuple[str, list[Citation]]:
    v = graph.status(key, as_of)
    name = _name(graph, key, documents)
    day = cn_date(as_of)
    cites: list[Citation] = []
    place_doc = documents.get(v.place.doc_id) if v.place else None
    marker = ""
    if place_doc is not None:
        own = graph.key_of_doc(place_doc.doc_id)
        cites.append(citation_at(cite, place_doc, v.place, v.evidence,
                                 graph.status(own, as_of) if own else None))
        marker = f"[{cite}]"
    by = _by_name(graph, v)
    said = v.evidence.strip().rstrip("。；;")
    if v.status == "repealed":
        text = f"{name}已被{by}{v.decided or '废止'}{marker}" + (f"，自{cn_date(v.until)}起不再有效" if v.until else "") + (
            f"（原文：“{said}”）" if said else "")
    elif v.status == "expired":
        end = f"（有效期至{cn_date(v.until)}）" if v.until else ""
        text = f"截至{day}，{name}已失效{end}：文件规定“{said}”{marker}"
    elif amended_in_prose(v):
        text = f"{name}已被{by}修改{since_words(v)}：“{said}”{marker}，适用时以修改后的规定为准"
        text += _own_term(graph, key, documents, as_of, cite + len(cites), cites)
    elif v.status == "amended":
        text = f"{name}已被{by}列入决定修改的文件目录{marker}，尚在施行，但请以修改后的文本为准"
        text += _own_term(graph, key, documents, as_of, cite + len(cites), cites)
    elif v.status == "in_force" and v.by and v.decided == EXTENDED and v.until:
        text = f"截至{day}，{name}现行有效：{by}将其有效期延长至{cn_date(v.until)}{marker}"
    elif v.status == "in_force" and v.by:
        text = f"截至{day}，{name}现行有效：{by}决定保留该文件{marker}"
        if v.until:
            text += f"，其有效期至{cn_date(v.until)}"
    elif v.status == "in_force":
        text = f"截至{day}，{name}现行有效：文件规定“{said}”{marker}"
    elif v.effective and v.effective > as_of:
        text = f"{name}尚未施行：文件规定“{said}”{marker}"
    else:
        if v.status == "draft":
            text = f"{name}是公开征求意见的草稿，不是正式施行的规定"
        elif any(r.source == key for r in graph.relations):
            # a notice asked after for what it decided ("…延长了哪个文件的有效期"): its decisions are the
            # answer, its own unstated term a remark, not a refusal
            text = f"{name}本身未写明有效期，本库文件中也未见废止、保留或修改它的决定"
        else:
            text = f"{REFUSAL}：{name}未写明有效期，本库文件中也未见废止、保留或修改它的决定，无法判断其效力"
        n = graph.notices[key]  # (the notice itself is cited: nothing in it says more)
        if n.doc_ids and n.doc_ids[0] in documents:
            d = documents[n.doc_ids[0]]
            cites.append(citation_at(cite, d, None, d.title, v))
            text += f"[{cite}]"
    if v.successor is not None and v.status in ("repealed", "expired", "draft") and v.successor.doc_number != v.by:
        text += f"。现行规定见{v.successor.name}"
    if v.conflicts:
        text += f"（另有说法：{'；'.join(v.conflicts)}；以日期在后的决定为准）"
    text += "。"
    more, got = _decided(graph, key, documents, as_of, cite + len(cites))
    return text + more, cites + got


def _own_term(graph: ValidityGraph, key: str, documents: Mapping[str, Document], as_of: str, n: int,
              cites: list[Citation]) -> str:
    """", its own term stated: “本办法自2026年4月1日起施行，有效期5年”[n]" for a notice amended since (its
    start and term still stand), cited and added to ``cites``; "" where it states none."""
    said, place = graph.own_term(key)
    doc = documents.get(place.doc_id) if place else None
    if not said or doc is None:
        return ""
    own = graph.key_of_doc(doc.doc_id)
    cites.append(citation_at(n, doc, place, said, graph.status(own, as_of) if own else None))
    return f"；该文件本身规定“{said.strip().rstrip('。；;')}”[{n}]"


_MAX_LISTED = 5  # decisions listed one by one; more are counted (policyqa validity lists them all)


def _decided(graph: ValidityGraph, key: str, documents: Mapping[str, Document], as_of: str,
             first: int) -> tuple[str, list[Citation]]:
    """What the notice itself repealed, kept or sent for amendment, each cited."""
    mine = [r for r in graph.relations if r.source == key]
    if not mine:
        return "", []
    if len(mine) > _MAX_LISTED:
        counts = "、".join(f"{head_word(k)}{sum(r.kind == k for r in mine)}件"
                          for k in ("keep", "repeal", "void", "amend", "extend") if any(r.kind == k for r in mine))
        return f"该文件决定{counts}。", []
    parts: list[str] = []
    cites: list[Citation] = []
    for r in mine:
        doc = documents.get(r.place.doc_id) if r.place else None
        marker = ""
        if doc is not None:
            cites.append(citation_at(first + len(cites), doc, r.place, r.evidence, graph.status(key, as_of)))
            marker = f"[{cites[-1].n}]"
        if r.kind == "extend" and r.until:
            parts.append(f"将{graph.notices[r.target].name}的有效期延长至{cn_date(r.until)}{marker}")
        else:
            parts.append(f"{head_word(r.kind)}了{graph.notices[r.target].name}{marker}")
    return f"该文件同时{'；'.join(parts)}。", cites


def _by_name(graph: ValidityGraph, v: Validity) -> str:
    if not v.by:
        return ""
    title = f"《{v.by_title}》" if v.by_title and v.by_title != v.by else ""
    return f"{title}（{v.by}）"


def validity_answer(graph: ValidityGraph, keys: Sequence[str], as_of: str,
                    documents: Mapping[str, Document]) -> LookupAnswer:
    """The standing of each named notice on ``as_of``, each sentence citing what it rests on."""
    texts: list[str] = []
    cites: list[Citation] = []
    for key in keys:
        text, got = _one(graph, key, as_of, documents, len(cites) + 1)
        texts.append(text)
        cites += got
    return LookupAnswer("\n".join(texts), tuple(cites))


# A question on the standing of the notice a cited one replaced: "原来的供热价格文件还有效吗",
# "以前的限制燃放通告还有效吗"
_PREDECESSOR_ASKED = re.compile(r"(?:原来|原先|以前|之前|过去|旧|老)的?[^，。？?；]{0,14}?"
                                r"(?:文件|通知|通告|办法|规定|政策|目录|标准|方案|意见)[^，。？?；]{0,3}?"
                                r"(?:还有效|有效吗|还能用|还管用|废止|作废|失效|还算数)")


# ... or names an older notice by its year ("我在网上看到民政局2023年的通知，说…，现在还是这样吗")
_OLD_NOTICE_NAMED = re.compile(r"((?:19|20)\d\d)\s*年(?:的|出的|发的|印发的|下发的)?[^，。？?；\d]{0,10}?"
                               r"(?:文件|通知|通告|办法|细则|规定|政策|标准|方案|意见)")
# What an older notice itself said, asked in it: "2023年的草原补奖实施细则里，…每亩多少"
_ASKED_IN = re.compile(r"(?:文件|通知|办法|细则|规定|政策|方案|意见)(?:里|中|上)(?:[，,]|规定|写|说|是)")


def year_named_notices(question: str, graph: ValidityGraph, doc_ids: Sequence[str], as_of: str) -> list[str]:
    """The lapsed notices among ``doc_ids`` (those retrieved) that a question names by the year they were
    issued, where it asks whether what they said still holds ("…2023年的通知，说…，现在还是这样吗")."""
    if not asks_standing(question):
        return []
    years = {m.group(1) for m in _OLD_NOTICE_NAMED.finditer(question)}
    keys = [k for d in dict.fromkeys(doc_ids) if (k := graph.key_of_doc(d)) is not None]
    return [k for k in dict.fromkeys(keys) if _year_of(graph.notices[k]) in years and not graph.status(k, as_of).current]


# A question on how the rule now differs from an older notice's: "和2024年的暂行办法比有什么变化",
# "跟原来的办法相比有哪些不同"
_CHANGE_ASKED = re.compile(r"(?:有|发生了?)(?:什么|哪些|啥)(?:变化|不同|区别|调整)|(?:变化|区别|不同)(?:在哪|是什么|大吗)|"
                           r"(?:变|改|调整)了(?:什么|哪些|啥|多少)|"
                           # "现在的新办法比原来多了多少"
                           r"比(?:原来|原先|以前|之前|过去)[^，。？?；]{0,4}?(?:多|少|高|低|涨|增加|提高|减少|降)")
_OLDER_SAID = re.compile(r"(?:原来|原先|以前|之前|过去|旧|老)的?[^，。？?；]{0,16}?"
                         r"(?:文件|通知|通告|办法|规定|政策|标准|方案|意见)")


_NOW_ASKED = re.compile(r"(?:现在|如今|目前|现行|新的)[^，。？?；]{0,8}?(?:怎么|如何|是什么|多少|哪些|规定|标准|"
                        r"还是这样|还这样|一样吗|变了)")


def compared_notices(question: str, graph: ValidityGraph, doc_ids: Sequence[str], as_of: str,
                     named: Sequence[str] = ()) -> list[str]:
    """The lapsed notices a question compares the rule now with ("和2024年的暂行办法比有什么变化"): a
    notice it names (``named``, keys), by the year it was issued or as the older one ("原来的办法"),
    that a notice among ``doc_ids`` (those retrieved) replaced or that was retrieved itself."""
    years = {m.group(1) for m in _OLD_NOTICE_NAMED.finditer(question)}
    # ("2024年的暂行办法里…原来每户补多少？…现在的办法又是怎么规定的": the older rule asked beside the one now)
    then_and_now = bool(years or _OLDER_SAID.search(question)) and _NOW_ASKED.search(question) is not None
    # ("2023年的草原补奖实施细则里，草畜平衡奖励每亩多少": what the older notice said, asked in it)
    asked_in = bool(years) and _ASKED_IN.search(question) is not None
    if not _CHANGE_ASKED.search(question) and not then_and_now and not asked_in:
        return []
    older = _OLDER_SAID.search(question) is not None
    near = set(doc_ids)
    out = []
    for key, notice in graph.notices.items():
        if graph.status(key, as_of).current:
            continue
        said = key in named or (years and _year_of(notice) in years) or (older and not years)
        if said and (near & set(notice.doc_ids) or near & set(replacing_docs(graph, key, as_of))):
            out.append(key)
    return out


def described_notices(question: str, graph: ValidityGraph, documents: Mapping[str, Document], doc_ids: Sequence[str],
                      as_of: str) -> list[str]:
    """The lapsed notices a question describes by a sum or rate they set, where it asks whether that
    still holds ("网站上看到一个通知，说低保家庭孩子每年减免1200元保教费，现在还是这样吗"): each prints every
    sum the question restates and has been replaced by a notice among ``doc_ids`` (those retrieved).
    ``documents``: the library's documents by id."""
    sums = [squash(m.group(0)) for m in _TERM_STATED.finditer(question)]
    if not sums or not asks_standing(question):
        return []
    near = set(doc_ids)
    out = []
    for key, notice in graph.notices.items():
        if graph.status(key, as_of).current or not set(replacing_docs(graph, key, as_of)) & near:
            continue
        for d in notice.doc_ids:
            text = squash(documents[d].text) if d in documents else ""
            if text and all(re.search(rf"(?<![\d.]){re.escape(n)}", text) for n in sums):
                out.append(key)
                break
    return out


def predecessors_repealed(graph: ValidityGraph, citations: Sequence[Citation], question: str,
                          described: bool = False) -> str:
    """Where the question asks whether the notice a cited one replaced is still in force (or describes
    one, ``described``: ``described_notices``), what each cited
    notice in force repealed, with the sentence that says so: "《…》（潍发改价格〔2026〕58号）已废止《…》
    （潍发改价格〔2019〕76号）（原文：“…同时废止。”）"; "" where it does not ask or none repealed any."""
    if not _PREDECESSOR_ASKED.search(question) and not (
            (_OLD_NOTICE_NAMED.search(question) or described) and asks_standing(question)):
        return ""
    shown = [re.sub(r"\s+", "", c.quote) for c in citations]
    # (notices one sentence repealed together are named in one line, with that sentence once)
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for c in citations:
        key = graph.key_of_doc(c.doc_id)
        if key is None or c.validity is None or not c.validity.current:
            continue
        for r in graph.relations:
            if r.source == key and r.kind in ("repeal", "void") and not r.listed and not any(
                    re.sub(r"\s+", "", r.evidence) in q for q in shown):  # (not where the answer quotes it)
                names = grouped.setdefault((key, head_word(r.kind), r.evidence), [])
                if graph.notices[r.target].name not in names:
                    names.append(graph.notices[r.target].name)
    return "".join(f"{graph.notices[key].name}已{word}{'、'.join(names)}" + (f"（原文：“{said}”）" if said else "") + "。"
                   for (key, word, said), names in grouped.items())


def validity_notes(citations: Sequence[Citation], asked: bool = False) -> str:
    """The 【效力提示】 paragraph for the cited notices not (fully) in force, or ""; when the question
    ``asked`` whether they are in force ("…还有效吗？按这个办法…"), the standing of each cited notice."""
    seen: set[str] = set()
    notes: list[str] = []
    for c in citations:
        if c.validity is None or c.doc_id in seen:
            continue
        seen.add(c.doc_id)
        name = Notice("", c.doc_number, c.title).name
        # (a term another notice extended is said unasked: the quoted "有效期3年" alone reads as lapsed)
        note = warning(name, c.validity) or (_in_force(name, c.validity)
                                             if asked or c.validity.decided == EXTENDED else None)
        if note:
            notes.append(note)
    said = without_shown_grounds("".join(notes), [c.quote for c in citations])
    return f"{VALIDITY_HEADING}{said}" if notes else ""


def without_shown_grounds(note: str, quotes: Iterable[str]) -> str:
    """A validity note without the sentences it quotes ("（原文：“…同时废止”）") that the answer quotes
    too."""
    shown = [re.sub(r"\s+", "", q) for q in quotes]
    return GROUNDS_RE.sub(lambda m: "" if any(m.group(1) in q for q in shown) else m.group(0), note)


def _in_force(name: str, v: Validity) -> str | None:
    """"截至…，《…》（文号）现行有效（卫政规发〔2023〕2号决定保留）。" for a notice in force."""
    if v.status != "in_force":
        return None  # its standing is not known: nothing is claimed
    kept = f"（{v.by}决定保留）" if v.by and v.decided == "保留" else ""
    if v.by and v.decided == EXTENDED and v.until:
        kept = f"（{v.by}将其有效期延长至{cn_date(v.until)}）"
    return f"截至{cn_date(v.as_of)}，{name}现行有效{kept}。"


def lapsed_named(graph: ValidityGraph, mentions: Sequence[DocNumberMention], doc_numbers: Iterable[str | None],
                 as_of: str) -> dict[DocNumberMention, str]:
    """The 文号 a question names that the library does not hold (``doc_numbers``: its 文号) but knows are no
    longer in force on ``as_of`` (a held notice repealed them, or their own term ended), each with
    what the reader must be told. A notice only listed for amendment is still in force: not here."""
    if not mentions:
        return {}
    held = [n for n in doc_numbers if n]
    out = {}
    for m in mentions:
        key = graph.find_number(m.code_chars, m.year, m.serial)
        if key is None or any(mention_matches(m, n) for n in held):
            continue
        if said := _lapsed_warning(graph, key, as_of):
            out[m] = said
    return out


def _lapsed_warning(graph: ValidityGraph, key: str, as_of: str) -> str | None:
    """What the reader must be told of a notice no longer in force on ``as_of`` (None: in force)."""
    v = graph.status(key, as_of)
    return warning(graph.notices[key].name, v) if not v.current else None


def unheld_standing(graph: ValidityGraph, keys: Sequence[str], as_of: str, kept: bool = True) -> dict[str, str]:
    """Of the notices a question names (``keys``, as ``named_notices`` finds them), those the library
    does not hold but whose standing on ``as_of`` it knows, each with what the reader is told: no longer
    in force, or kept by a decision that lists it ("…现行有效（卫政规发〔2023〕2号决定保留）"). A held one
    is cited, and its standing said, with the answer; one whose standing is unknown is not here, nor,
    unless ``kept`` (the question asks whether it is in force), one in force: "按现行有效的《…》（…），…报酬是
    多少" asks what its text says, which the library lacks."""
    out = {}
    for key in keys:
        if graph.notices[key].doc_ids:
            continue
        v = graph.status(key, as_of)
        name = graph.notices[key].name
        said = warning(name, v) if not v.current else _in_force(name, v) if v.by and kept else None
        if said:
            out[key] = said
    return out


def lapsed_docs(graph: ValidityGraph, doc_ids: Sequence[str], as_of: str) -> tuple[tuple[str, str], ...]:
    """Of these documents, those no longer in force on ``as_of``, each with what it is
    ("已失效，有效期至2024年12月31日"), in the order given."""
    out: dict[str, str] = {}
    for doc_id in doc_ids:
        v = graph.of_doc(doc_id, as_of)
        if v is not None and not v.current and doc_id not in out:
            out[doc_id] = lapsed_label(v)
    return tuple(out.items())

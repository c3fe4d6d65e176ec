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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from index.models import Document
from index.standing import Notice, Place, Validity, ValidityGraph, cn_date, warning
from index.titles import normalize_title
from prompts import REFUSAL
from rag.query import QueryAnalysis
from rag.schema import Citation

VALIDITY_HEADING = "【效力提示】"
_ASKS_RE = re.compile(
    r"(?:还|仍|是否|是不是|目前|现在|依然|仍然)(?:然)?(?:有效|生效|适用|执行|施行|在执行|能用|可以用|管用)|"
    r"有效吗|有效么|有效没|失效|废止|作废|过期|效力|有效期|现行有效|还在用|还算数")
_FILLER_RE = re.compile(r"还有效吗|是否有效|是否仍然有效|有效吗|失效了吗|废止了吗|是否废止|被废止|还能用吗|现在|目前|"
                        r"这个|这份|文件|政策|规定|[？?。！!，,、\s]")


def asks_validity(question: str) -> bool:
    return _ASKS_RE.search(question) is not None


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
    # character pairs with the question, and clearly more than any other (or several of one title).
    q = _pairs(normalize_title(_FILLER_RE.sub("", question)))
    if len(q) < 5:
        return []
    scored = []
    for key, n in graph.notices.items():
        best = 0.0
        for t in (n.title, *graph.cores.get(key, ())):
            p = _pairs(normalize_title(t))
            if len(p) >= 5:
                best = max(best, len(p & q) / len(p | q))
        scored.append((best, key))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < 0.6:
        return []
    # Notices of one title (an old version and the one that replaced it) are all named.
    tied = [key for score, key in scored if score >= scored[0][0] - 0.02][:3]
    if len(tied) < len(scored) and scored[len(tied)][0] > scored[0][0] - 0.1:
        return []  # another notice nearly as close: not clearly named
    return sorted(tied, key=lambda k: graph.notices[k].date or _year_of(graph.notices[k]), reverse=True)


def _year_of(n: Notice) -> str:
    m = re.search(r"〔(\d{4})〕", n.doc_number or "")
    return m.group(1) if m else ""


# ----------------------------------------------------------------------------- citations

def _section_of(doc: Document, start: int) -> str:
    inner = ""
    for s in doc.sections:
        if s.start <= start < s.end:
            inner = s.path_str
    return inner


def citation_at(n: int, doc: Document, place: Place | None, quote: str, validity: Validity | None) -> Citation:
    """A citation of a sentence of a document (its first paragraph when no place is known)."""
    start, end = (place.start, place.end) if place else (0, min(len(doc.text), len(quote) or 80))
    passage = doc.text[start:end]
    return Citation(n=n, doc_number=doc.doc_number, title=doc.title, issuer=doc.issuer, date=doc.date,
                    section=_section_of(doc, start), quote=quote or passage, passage=passage,
                    corpus_file=doc.corpus_file, doc_id=doc.doc_id, start=start, end=end, validity=validity)


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
        text = f"{name}已被{by}{v.decided or '废止'}{marker}" + (f"，自{cn_date(v.until)}起不再有效" if v.until else "")
    elif v.status == "expired":
        end = f"（有效期至{cn_date(v.until)}）" if v.until else ""
        text = f"截至{day}，{name}已失效{end}：文件规定“{said}”{marker}"
    elif v.status == "amended":
        text = f"{name}已被{by}列入决定修改的文件目录{marker}，尚在施行，但请以修改后的文本为准"
    elif v.status == "in_force" and v.by:
        text = f"截至{day}，{name}现行有效：{by}决定保留该文件{marker}"
        if v.until:
            text += f"，其有效期至{cn_date(v.until)}"
    elif v.status == "in_force":
        text = f"截至{day}，{name}现行有效：文件规定“{said}”{marker}"
    elif v.effective and v.effective > as_of:
        text = f"{name}尚未施行：文件规定“{said}”{marker}"
    else:
        text = f"{REFUSAL}：{name}未写明有效期，本库文件中也未见废止、保留或修改它的决定，无法判断其效力"
        n = graph.notices[key]
        if n.doc_ids and n.doc_ids[0] in documents:
            d = documents[n.doc_ids[0]]
            cites.append(citation_at(cite, d, None, d.title, v))
            text += f"[{cite}]"
    if v.successor is not None and v.status in ("repealed", "expired") and v.successor.doc_number != v.by:
        text += f"。现行规定见{v.successor.name}"
    if v.conflicts:
        text += f"（另有说法：{'；'.join(v.conflicts)}；以日期在后的决定为准）"
    return text + "。", cites


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


def validity_notes(citations: Sequence[Citation]) -> str:
    """The 【效力提示】 paragraph for the cited notices not (fully) in force, or ""."""
    seen: set[str] = set()
    notes: list[str] = []
    for c in citations:
        if c.validity is None or c.doc_id in seen:
            continue
        seen.add(c.doc_id)
        name = Notice("", c.doc_number, c.title).name
        note = warning(name, c.validity)
        if note:
            notes.append(note)
    return f"{VALIDITY_HEADING}" + "".join(notes) if notes else ""

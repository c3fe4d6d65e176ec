"""Validity across a corpus: which notice is in force on a given day, and on whose word.

``build_graph`` reads every document's validity facts (``index.validity``) and links them by
normalised 文号 (by title where a notice has none). Notices that are only named — a repealed 文号
that was never ingested, the rows of a clean-up decision — are nodes too.

``ValidityGraph.status(key, as_of)`` decides, for one day:

1. Decisions of other notices about it (废止, 宣布失效, 保留, 修改) count from the day they take
   effect (the deciding notice's effective date, else its signature date) and only when that day is
   not after ``as_of``. The latest decision wins; on the same day 废止 beats 修改 beats 保留. Every
   other decision that disagrees with the winner is listed in ``conflicts``.
2. 废止/宣布失效 → ``repealed`` (``until`` = the day the repeal took effect).
3. 修改 → ``amended`` (listed for amendment: still applied, but about to change).
4. Its own end date passed → ``expired`` — unless a later 保留 decision, made after that end,
   kept it (the decision is the later explicit word; the conflict is listed).
5. 保留, a stated effective date already reached, an end still ahead (a date or words such as
   "2027年夏秋航季结束"), or a page field 有效 → ``in_force``.
6. Nothing said, or an effective date still ahead → ``unknown``.

A page's own 有效性 field (失效/废止) stands in for 2 and 4 when the text says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from index.docnumber import ATTACHMENT_OF, DOC_NUMBER_RE, doc_number_parts
from index.headings import without_heading_marker
from index.models import Document
from index.titles import normalize_title
from index.validity import AMENDING_WORDS, DRAFT_MARK, ValidityFact, draft_title, facts_of_text, head_word

STATUSES = ("in_force", "expired", "repealed", "amended", "draft", "unknown")
STATUS_LABELS = {"in_force": "现行有效", "expired": "已失效", "repealed": "已废止", "amended": "待修改",
                 "draft": "征求意见稿，未施行", "unknown": "效力未标明"}
EXTENDED = "延长有效期"  # Validity.decided of a notice in force because a later notice extended its term
_DECISIONS = ("repeal", "void", "amend", "keep")
_PRECEDENCE = {"repeal": 3, "void": 3, "amend": 2, "keep": 1}


@dataclass(frozen=True)
class Place:
    """Where a piece of evidence is printed: a document of the corpus and offsets into its text."""

    doc_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Notice:
    """A node: a notice of the corpus or one only named by another."""

    key: str
    doc_number: str | None
    title: str
    doc_ids: tuple[str, ...] = ()  # its documents in the corpus; empty when only named
    date: str | None = None

    @property
    def in_corpus(self) -> bool:
        return bool(self.doc_ids)

    @property
    def name(self) -> str:
        """How a sentence names it: 《title》（文号）."""
        inner = self.title.replace("《", "〈").replace("》", "〉")  # book marks inside book marks
        title = f"《{inner}》" if self.title else ""
        return f"{title}（{self.doc_number}）" if self.doc_number else title or "该文件"


@dataclass(frozen=True)
class Relation:
    """What one notice decided about another."""

    kind: str  # repeal | void | amend | keep
    source: str  # key of the deciding notice
    target: str
    date: str | None  # when the decision takes effect
    evidence: str
    place: Place | None
    listed: bool  # a row of a clean-up decision's list (not a successor's 同时废止)
    until: str | None = None  # extend: the new last day


@dataclass(frozen=True)
class Validity:
    """One notice's standing on one day."""

    status: str
    as_of: str
    effective: str | None = None
    until: str | None = None
    until_words: str = ""  # an end given in words ("有效期至2027年夏秋航季结束")
    by: str | None = None  # 文号 (or title) of the notice that repealed, kept or amended it
    by_title: str = ""
    evidence: str = ""
    place: Place | None = None
    decided: str = ""  # the word of the decision: 废止 / 宣布失效 / 保留 / 修改
    since: str | None = None  # the day the decision took effect
    successor: Notice | None = None  # the notice that now governs the matter, where the corpus names one
    conflicts: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """A short tag for a citation: 现行有效 / 已失效（有效期至2021年5月31日） / 已废止（…废止）."""
        base = STATUS_LABELS[self.status]
        if self.status == "expired" and self.until:
            return f"{base}（有效期至{cn_date(self.until)}）"
        if self.status == "repealed" and self.by:
            return f"{base}（{self.by}）"
        if amended_in_prose(self):  # amended by a notice of its own, in force: not a revision still to come
            return f"已修改（{self.by}修改{'，自' + cn_date(self.since) + '起' if self.since else ''}）"
        if self.status == "amended" and self.by:
            return f"{base}（{self.by}决定修改）"
        if self.status == "in_force" and self.decided == EXTENDED and self.until:
            return f"{base}（有效期已延长至{cn_date(self.until)}）"
        return base

    @property
    def current(self) -> bool:
        """May be presented as current: not expired, repealed, or a draft published for comment."""
        return self.status not in ("expired", "repealed", "draft")

    def brief(self) -> dict[str, Any]:
        """What a citation carries: the status, its label, the dates, who decided, the successor."""
        return {"status": self.status, "label": self.label, "as_of": self.as_of, "until": self.until,
                "by": self.by, "successor": self.successor.doc_number or self.successor.title
                if self.successor else None}

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status, "label": self.label, "as_of": self.as_of, "effective": self.effective,
            "until": self.until, "until_words": self.until_words or None, "by": self.by,
            "by_title": self.by_title or None, "since": self.since, "evidence": self.evidence or None,
            "successor": ({"doc_number": self.successor.doc_number, "title": self.successor.title}
                          if self.successor else None),
            "conflicts": list(self.conflicts),
        }


def cn_date(iso: str) -> str:
    """2021-05-31 → 2021年5月31日."""
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def lapsed_label(v: Validity) -> str:
    """What a notice no longer in force is, where its text is quoted: "已失效，有效期至2024年12月31日",
    "已被株政办发〔2022〕38号废止"."""
    if v.status == "expired":
        return "已失效" + (f"，有效期至{cn_date(v.until)}" if v.until else "")
    if v.status == "draft":
        return STATUS_LABELS["draft"]
    return f"已被{v.by}{v.decided or '废止'}" if v.by else f"已{v.decided or '废止'}"


# A sentence a lapse rests on, quoted after the warning: its term ("本措施自2024年3月1日起施行，有效期2年")
# or the repeal ("洛发改价管〔2019〕37号同时废止"); a decision's list row is not a sentence to quote.
_GROUNDS_WORDS = ("有效期", "施行", "废止", "失效", "停止执行")
_GROUNDS_MAX = 120
_LIST_ROW_RE = re.compile(r"^\s*\d+[.、．\s]|\t")


GROUNDS_RE = re.compile(r"（原文：“(.*?)”）")


def grounds(v: Validity) -> str:
    """The sentence of a notice's own term, or of the repeal, that its lapse rests on ("" if none)."""
    said = without_heading_marker(re.sub(r"\s+", "", v.evidence)).rstrip("。；;，,")  # "第十一条" "七、" off
    if v.status not in ("expired", "repealed") or _LIST_ROW_RE.search(v.evidence) or len(said) > _GROUNDS_MAX:
        return ""
    return said if any(w in said for w in _GROUNDS_WORDS) else ""


# the words of a notice that amends another in its own text (``index.validity``'s prose amendments)
_AMENDED_IN_PROSE = re.compile(AMENDING_WORDS)


def since_words(v: Validity) -> str:
    """"（自2026年6月1日起施行）" where the decision states the day it takes effect, else ""."""
    return f"（自{cn_date(v.since)}起施行）" if v.since else ""


def amended_in_prose(v: Validity) -> bool:
    """Amended by a notice of its own ("现对《…》有关内容调整如下"), not listed for amendment in a
    clean-up decision."""
    return v.status == "amended" and bool(v.by) and _AMENDED_IN_PROSE.search(v.evidence) is not None


def warning(notice_name: str, v: Validity) -> str | None:
    """What an answer resting on this notice must say about it, or None when it is current; a lapse
    quotes the sentence it rests on."""
    said = grounds(v)
    quoted = f"（原文：“{said}”）" if said else ""  # GROUNDS_RE reads it back
    if v.status == "expired":
        end = f"有效期至{cn_date(v.until)}，" if v.until else ""
        text = f"{notice_name}{end}已失效{quoted}"
    elif v.status == "repealed":
        by = f"{'《' + v.by_title + '》' if v.by_title and v.by_title != v.by else ''}（{v.by}）" if v.by else ""
        text = (f"{notice_name}已被{by}{v.decided or '废止'}" if by else f"{notice_name}已{v.decided or '废止'}") + quoted
    elif amended_in_prose(v):
        # amended by a notice of its own ("现对《…》（…）第八条规定的助餐补贴标准调整如下"), not listed for it
        by = f"{'《' + v.by_title + '》' if v.by_title and v.by_title != v.by else ''}（{v.by}）"
        text = f"{notice_name}已被{by}修改{since_words(v)}{quoted}，适用时以修改后的规定为准"
    elif v.status == "amended":
        text = f"{notice_name}已被{v.by}列为需修改的文件，适用时请以修改后的文本为准" if v.by else ""
    elif v.status == "draft":
        text = f"{notice_name}是公开征求意见的草稿，不是正式施行的规定"
        if v.successor is None:
            return text + "，本库中未见正式印发的文件。"
    else:
        return None
    if v.successor is not None and v.status != "amended":
        text += "，现行规定以该文件为准" if v.successor.doc_number == v.by else f"，现行规定见{v.successor.name}"
    return text + "。"


# ----------------------------------------------------------------------------- keys

def _number_key(doc_number: str) -> str:
    m = DOC_NUMBER_RE.search(doc_number)
    if m is None:
        return "no:" + re.sub(r"\s+", "", doc_number)
    code, year, serial = doc_number_parts(m)
    return f"no:{code}〔{year}〕{serial}"


def _title_key(title: str) -> str:
    return "title:" + normalize_title(title)


_CORE_DROP_RE = re.compile(rf"[（(](?:试行|修订|修订稿|暂行)[)）]|{DRAFT_MARK}|^关于印发|^关于|的通知$|印发")


def _title_core(title: str) -> str:
    """A title without its wrapper (关于印发…的通知) and its (试行)/(修订) marks, for successor matching."""
    t = normalize_title(title)
    t = re.sub(r"^.*?关于印发", "", t)
    return _CORE_DROP_RE.sub("", t)


_TITLE_YEAR_RE = re.compile(r"(?:19|20)\d\d\s*(?:年度|年)?(?:\s*[—\-–至到]\s*(?:19|20)\d\d\s*(?:年度|年)?)?")


@lru_cache(maxsize=8192)
def _yearless(core: str) -> str:
    """A title core without the years it is for ("2024年", "2025—2026年度"): the series a yearly notice is of."""
    return _TITLE_YEAR_RE.sub("", core)


# ----------------------------------------------------------------------------- the graph

@dataclass
class _Own:
    effective: str | None = None
    until: str | None = None
    until_words: str = ""
    evidence: str = ""
    place: Place | None = None
    field_status: str | None = None
    field_evidence: str = ""
    stated: bool = False
    draft: bool = False


@dataclass(frozen=True)
class ValidityGraph:
    notices: Mapping[str, Notice]
    relations: tuple[Relation, ...]
    own: Mapping[str, _Own] = field(repr=False)
    by_doc: Mapping[str, str] = field(repr=False)  # doc_id → node key
    cores: Mapping[str, tuple[str, ...]] = field(repr=False)  # node key → title cores
    # (each notice's standing on a day, once: a lapsed notice's successor is looked for among the standings of
    # the later ones, whose own successors are looked for in turn)
    _known: dict[tuple[str, str], Validity] = field(default_factory=dict, repr=False, compare=False)

    # -- lookups
    def key_of_doc(self, doc_id: str) -> str | None:
        return self.by_doc.get(doc_id)

    def find_number(self, code_chars: str, year: str, serial: str) -> str | None:
        """The node of a 文号 mentioned in free text (the code may carry the words before it)."""
        return _numbered(self.notices, code_chars, year, serial)

    def find_title(self, title: str) -> str | None:
        return _titled(self.notices, self.cores, title) if len(normalize_title(title)) >= 6 else None

    def own_term(self, key: str) -> tuple[str, Place | None]:
        """The sentence in which a notice states its own start or term ("本办法自2026年4月1日起施行，有效期
        5年") and where it stands, or ("", None)."""
        own = self.own.get(key, _Own())
        return (own.evidence, own.place) if own.stated and own.evidence else ("", None)

    # -- the status of one notice on one day
    def status(self, key: str, as_of: str) -> Validity:
        known = self._known.get((key, as_of))
        if known is None:
            known = self._known[(key, as_of)] = self._status(key, as_of)
        return known

    def _status(self, key: str, as_of: str) -> Validity:
        own = self.own.get(key, _Own())
        decisions = sorted(
            (r for r in self.relations if r.target == key and r.kind in _PRECEDENCE and r.date is not None
             and r.date <= as_of), key=lambda r: (r.date or "", _PRECEDENCE[r.kind]))
        latest = decisions[-1] if decisions else None
        conflicts = tuple(
            f"{head_word(r.kind)}：{self._name(r.source)}（{r.date}）" for r in decisions[:-1]
            if latest is not None and _PRECEDENCE[r.kind] != _PRECEDENCE[latest.kind])
        base = Validity("unknown", as_of, own.effective, own.until, own.until_words, conflicts=conflicts)
        if own.draft:
            return replace(base, status="draft", successor=self._successor(key, None, as_of, issued=True))
        if latest is not None and latest.kind in ("repeal", "void"):
            return replace(self._by(base, latest), status="repealed", until=latest.date,
                           successor=self._successor(key, latest, as_of))
        if latest is not None and latest.kind == "amend":
            return replace(self._by(base, latest), status="amended")
        extension = self._extension(key, as_of)
        extended = None
        if extension is not None and extension.until and (own.until is None or extension.until > own.until):
            # a later notice extended the term: the new last day is the notice's own
            extended = replace(self._by(base, extension), until=extension.until, decided=EXTENDED)
            base = replace(base, until=extension.until)
        expired = base.until is not None and base.until < as_of
        if expired and latest is not None and latest.kind == "keep" and (latest.date or "") > (base.until or ""):
            note = f"有效期至{base.until}，但{self._name(latest.source)}（{latest.date}）决定保留"
            return replace(self._by(base, latest), status="in_force", conflicts=(*conflicts, note))
        if expired:
            lapsed = extended or replace(base, evidence=own.evidence, place=own.place)
            return replace(lapsed, status="expired", successor=self._successor(key, None, as_of))
        if extended is not None and latest is None:
            return replace(extended, status="in_force")  # (over a page's stale 有效性 field)
        if own.field_status in ("expired", "repealed", "amended") and latest is None:
            # (a lapsed notice's later one of the same title, where the corpus holds one in force)
            later = self._successor(key, None, as_of) if own.field_status != "amended" else None
            return replace(base, status=own.field_status, evidence=own.field_evidence, successor=later)
        if latest is not None:  # kept
            return replace(self._by(base, latest), status="in_force")
        if own.effective is not None and own.effective > as_of:
            return replace(base, evidence=own.evidence, place=own.place)
        if own.stated or own.field_status == "in_force":
            return replace(base, status="in_force", evidence=own.evidence or own.field_evidence, place=own.place)
        return base

    def _extension(self, key: str, as_of: str) -> Relation | None:
        """The extension of this notice's term decided by ``as_of`` that runs longest."""
        found = [r for r in self.relations if r.target == key and r.kind == "extend" and r.until
                 and r.date is not None and r.date <= as_of]
        return max(found, key=lambda r: r.until or "", default=None)

    def of_doc(self, doc_id: str, as_of: str) -> Validity | None:
        key = self.by_doc.get(doc_id)
        return self.status(key, as_of) if key else None

    def statuses(self, as_of: str) -> dict[str, Validity]:
        """Every node's standing on one day."""
        return {k: self.status(k, as_of) for k in self.notices}

    def doc_statuses(self, as_of: str) -> dict[str, Validity]:
        """doc_id → standing, for every document of the corpus."""
        per_key = {k: self.status(k, as_of) for k in set(self.by_doc.values())}
        return {d: per_key[k] for d, k in self.by_doc.items()}

    def to_json(self, as_of: str) -> dict[str, Any]:
        statuses = self.statuses(as_of)
        return {
            "as_of": as_of,
            "notices": [{"key": k, "doc_number": n.doc_number, "title": n.title, "in_corpus": n.in_corpus,
                         "date": n.date, "validity": statuses[k].to_json()}
                        for k, n in sorted(self.notices.items(), key=lambda kv: (not kv[1].in_corpus, kv[0]))],
            "relations": [{"kind": r.kind, "word": head_word(r.kind), "by": self.notices[r.source].doc_number
                           or self.notices[r.source].title, "target": self.notices[r.target].doc_number
                           or self.notices[r.target].title, "target_title": self.notices[r.target].title,
                           "date": r.date, "listed": r.listed, "evidence": r.evidence} for r in self.relations],
        }

    # -- helpers
    def _name(self, key: str) -> str:
        n = self.notices[key]
        return n.doc_number or f"《{n.title}》"

    def _by(self, base: Validity, r: Relation) -> Validity:
        n = self.notices[r.source]
        return replace(base, by=n.doc_number or n.title, by_title=n.title, evidence=r.evidence, place=r.place,
                       decided=head_word(r.kind), since=self.own.get(r.source, _Own()).effective)

    def _successor(self, key: str, repeal: Relation | None, as_of: str, issued: bool = False) -> Notice | None:
        """The notice that replaced this one: the one that repealed it in its own text (同时废止), or a
        later notice of the same title core that is in force (for a draft, ``issued``: one issued and not
        lapsed, whose own term the notice may not state)."""
        if repeal is not None and not repeal.listed:
            return self.notices[repeal.source]
        # (the same title but for its year: "关于做好2024年家政服务员技能培训补贴工作的通知" is followed by
        # "关于做好家政服务员技能培训补贴工作的通知", "…2025年度…" by "…2026年度…")
        mine = {_yearless(c) for c in self.cores.get(key, ())}
        me = self.notices[key]
        if not mine:
            return None
        best: Notice | None = None
        for other, cores in self.cores.items():
            n = self.notices[other]
            if other == key or (n.date or "") > as_of or not mine & {_yearless(c) for c in cores} or (
                    n.date or _year(n.doc_number)) <= (
                    me.date or _year(me.doc_number)):
                continue
            v = self.status(other, as_of) if other != key else None
            fits = v is not None and (v.status == "in_force" or (
                issued and n.in_corpus and v.status not in ("draft", "expired", "repealed")))
            if fits and (best is None or (n.date or "") > (best.date or "")):
                best = n
        return best


def _numbered(notices: Mapping[str, Notice], code_chars: str, year: str, serial: str) -> str | None:
    """The node whose 文号 is this year and serial and whose code ends ``code_chars`` (longest code wins)."""
    best: tuple[str, str] | None = None
    for key in notices:
        m = re.fullmatch(r"no:(.+)〔(\d{4})〕(\d+)", key)
        if (m and m.group(2) == year and m.group(3) == serial and code_chars.endswith(m.group(1))
                and (best is None or len(m.group(1)) > len(best[1]))):
            best = (key, m.group(1))
    return best[0] if best else None


def _year(doc_number: str | None) -> str:
    m = DOC_NUMBER_RE.search(doc_number or "")
    return doc_number_parts(m)[1] if m else ""


def build_graph(documents: Iterable[Document]) -> ValidityGraph:
    """The validity graph of a corpus (pure; cheap enough to build when an index is loaded)."""
    notices: dict[str, Notice] = {}
    cores: dict[str, set[str]] = {}
    by_doc: dict[str, str] = {}
    own: dict[str, _Own] = {}
    pending: list[tuple[str, Document, ValidityFact]] = []

    def node(doc_number: str | None, titles: tuple[str, ...], date: str | None = None,
             doc_id: str | None = None) -> str:
        key = _number_key(doc_number) if doc_number else _title_key(titles[0] if titles else "")
        old = notices.get(key)
        title = (old.title if old and (old.in_corpus or not doc_id) and old.title else "") or (
            titles[0] if titles else "")
        ids = (old.doc_ids if old else ()) + ((doc_id,) if doc_id and (not old or doc_id not in old.doc_ids) else ())
        notices[key] = Notice(key, (old.doc_number if old else None) or doc_number, title, ids,
                              (old.date if old and old.date else date))
        cores.setdefault(key, set()).update(c for c in (_title_core(t) for t in titles) if len(c) >= 6)
        return key

    # a notice before the attachments published on their own under its 文号: the node is named after it
    docs = sorted(documents, key=lambda d: any(k == ATTACHMENT_OF for k, _ in d.meta))
    for d in docs:
        drafted = draft_title(d.title)
        key = node(d.doc_number, (d.title, *d.attachments, *((drafted,) if drafted else ())), d.date, d.doc_id)
        by_doc[d.doc_id] = key
        if drafted:
            own.setdefault(key, _Own()).draft = True
    for d in docs:
        key = by_doc[d.doc_id]
        mine = own.setdefault(key, _Own())
        for f in facts_of_text(d.text, d.date, d.meta):
            place = Place(d.doc_id, f.start, f.end) if f.start >= 0 else None
            if f.kind == "effective":
                mine.effective = mine.effective or f.date
                mine.stated, mine.evidence, mine.place = True, mine.evidence or f.evidence, mine.place or place
            elif f.kind == "until":
                if f.date is None:
                    mine.until_words = mine.until_words or f.words
                elif mine.until is None or f.date > mine.until:
                    mine.until = f.date
                mine.stated, mine.evidence, mine.place = True, f.evidence, place
            elif f.kind == "status":
                mine.field_status, mine.field_evidence = f.status, f.evidence
            else:
                pending.append((key, d, f))
    relations: list[Relation] = []
    for source, d, f in pending:
        if own[source].draft:
            continue  # (what a draft proposes to repeal or extend is decided by no one yet)
        target = _resolve(f, notices, cores, node)
        if target is None or target == source:
            continue
        when = own[source].effective or d.date
        relations.append(Relation(f.kind, source, target, when, f.evidence,
                                  Place(d.doc_id, f.start, f.end) if f.start >= 0 else None,
                                  listed=f.words.endswith(("目录", "清单", "名录")),
                                  until=f.date if f.kind == "extend" else None))
    return ValidityGraph(notices, tuple(relations), own, by_doc, {k: tuple(v) for k, v in cores.items()})


def _resolve(f: ValidityFact, notices: Mapping[str, Notice], cores: Mapping[str, set[str]],
             node: Any) -> str | None:
    """The node a decision speaks about: an existing notice of the same 文号 (the code printed in
    the fact may carry a word before it), else of the same title, else a new named-only node."""
    if f.target_number:
        m = DOC_NUMBER_RE.fullmatch(f.target_number)
        key = _numbered(notices, *doc_number_parts(m)) if m else None
        if key is not None:
            node(notices[key].doc_number, f.target_titles)
            return key
        return str(node(f.target_number, f.target_titles))
    if not f.target_titles:
        return None
    return _titled(notices, cores, f.target_titles[0]) or str(node(None, f.target_titles))


def _titled(notices: Mapping[str, Notice], cores: Mapping[str, Iterable[str]], title: str) -> str | None:
    """The notice of this title: the same normalised title, else the same title core (the plan it issues)."""
    t, core = normalize_title(title), _title_core(title)
    for key, n in notices.items():
        if normalize_title(n.title) == t:
            return key
    return next((key for key, cs in cores.items() if core and core in cs), None)

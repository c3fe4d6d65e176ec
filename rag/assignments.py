"""Answers by lookup from task rows (``index.tasks``): who leads a task, who supports it, by when;
which tasks a unit leads; which tasks fall due by a date.

- ``task_ask`` reads what a question asks of the rows, and whether it asks anything else.
- ``rank_rows`` scores the rows against the task the question describes (its words, its place,
  the notice it names).
- ``assignment_answer`` writes the answer from the rows, each line citing the printed assignment.
- ``row_hits`` turns the rows that match a question into retrieval hits (verbatim spans), so a row
  reaches the model with its column names even when the chunk that holds it lost the table header.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from index.dates import end_date, find_date
from index.docnumber import DOC_NUMBER_RE
from index.issuers import org_core, org_mentions
from index.models import PATH_SEP, Chunk, Document
from index.standing import Validity
from index.tasks import TaskRow, role_name, select_rows
from index.titles import normalize_title
from prompts import REFUSAL
from rag.lookup import LookupAnswer, citation_at_span, validity_notes
from rag.query import QueryAnalysis, locality_of, mention_matches, place_aliases, title_matches
from rag.schema import Citation, Hit
from rag.sentences import pair_share, split_sentences

_LEAD_ASK = re.compile(
    r"牵头|由(?:哪个|哪些|哪一个|什么)(?:单位|部门|机构)|由谁(?:来)?(?:牵头|负责|承办|主办|落实)|(?:哪个|哪些|哪一个|什么)(?:单位|部门|机构|局)(?:来)?(?:负责|主管|承办|管|落实)|"
    r"谁(?:来)?(?:负责|主管|承办|管)|(?:负责|责任|主责|承办)(?:单位|部门)|归(?:哪个|什么)(?:部门|单位)管")
_SUPPORT_ASK = re.compile(r"配合|协助|协办|参与(?:单位|部门)")
_DEADLINE_ASK = re.compile(
    r"完成时限|时限|(?:什么时候|何时|什么时间|哪年|哪一年|几月)(?:之?前)?(?:要|必须|需要|须)?(?:完成|办结|落实到位)|"
    r"截止|最迟|完成(?:的)?时间|完成期限|期限")
_LIST_ASK = re.compile(r"(?:哪些|什么|几项|多少项|几个)[^，,。？?；;！!]{0,14}?(?:任务|工作|事项|项目)|"
                       r"(?:任务|工作|事项)(?:都|分别|主要|一共|共)?(?:有|包括)(?:哪些|什么)|列出.{0,12}(?:任务|工作)|"
                       # "市教育局牵头哪几项", "县财政局配合哪些？": the rows a unit leads or supports
                       r"(?:牵头|负责|主责|配合|参与|协助)(?:了|的(?:是|有|都是|都有)?)?(?:哪几项|哪些项|几项|多少项|哪些(?=[？?，,。；;！!]|$))")
# Asked beside a role in one clause ("处理规模、计划投资和责任单位分别是什么"): rows do not hold it.
_OTHER_ASK = re.compile(r"多少|多久|几天|工作日|办理时限|办结时限|承诺时限|比例|标准|金额|规模|投资|内容|地点|条件|方式|"
                        r"范围|对象|怎样|如何|怎么|哪里|在哪|会怎样|组长|主任")
_ASKING = re.compile(r"多少|多久|多长|多大|多高|几|哪|什么|怎么|如何|是否|吗|谁|何|怎样|能否|可否|有没有")
_CLAUSE = re.compile(r"[，,。？?；;！!]")
# "2024年底前", "2022年10月底前", "2023年12月31日前": a date a listing question stops at.
_BEFORE_RE = re.compile(r"(\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)?|底|末|年底)?)\s*(?:之|以)?前")

ROLES = ("lead", "support", "deadline")


@dataclass(frozen=True)
class TaskAsk:
    """What a question asks of the task rows."""

    roles: tuple[str, ...]  # of ROLES, in the order a reply should give them
    unit: str | None = None  # "县财政局牵头哪些任务": the unit whose tasks are listed
    before: str | None = None  # "2024年底前要完成哪些任务": ISO last day
    listing: bool = False  # asks for the tasks themselves
    other: bool = False  # also asks what no row holds ("车桩比要求是多少")
    # the unit's own part, where the question says it ("市发改委牵头哪几项…各项的配合单位…": the rows it leads, though
    # 配合 is asked of them too)
    unit_roles: tuple[str, ...] = ()


# the verbs a question says a unit's own part by ("市发改委牵头哪几项", "县财政局配合哪些")
_UNIT_LEADS = r"牵头|负责|主责|主办"
_UNIT_SUPPORTS = r"配合|参与|协助|协同|协办"


def task_ask(question: str) -> TaskAsk | None:
    """What the question asks of task rows, or None when it asks none of it."""
    q = re.sub(r"\s+", "", question)
    roles = tuple(r for r, rx in zip(ROLES, (_LEAD_ASK, _SUPPORT_ASK, _DEADLINE_ASK), strict=True) if rx.search(q))
    listing = bool(_LIST_ASK.search(q))
    m = _BEFORE_RE.search(q)
    before = end_date(m.group(1)) if m and listing else None
    # (not the code of a 文号 the question names: "宜府办发〔2026〕21号附件1的第6项" names no 宜府办)
    units = [u for u in org_mentions(DOC_NUMBER_RE.sub("", q)) if not _ASKING.search(u)] if listing else []
    unit = units[0] if units else None
    if listing and (unit or before):
        roles = roles or (("lead", "deadline") if before else ("lead",))
    elif not roles:
        return None
    other = False
    for clause in filter(None, _CLAUSE.split(q)):
        if _ASKING.search(clause) and not (_LEAD_ASK.search(clause) or _SUPPORT_ASK.search(clause)
                                           or _DEADLINE_ASK.search(clause) or _LIST_ASK.search(clause)):
            other = True
        if _OTHER_ASK.search(clause):
            other = True
    unit_roles: tuple[str, ...] = ()
    said = re.search(re.escape(unit) + rf"(?:单独|作为)?({_UNIT_LEADS}|{_UNIT_SUPPORTS})([^，,。？?；;]*)", q) if unit else None
    if said and not re.search(f"{_UNIT_LEADS}|{_UNIT_SUPPORTS}", said.group(2)):  # (not "牵头和配合哪些")
        unit_roles = ("support",) if re.fullmatch(_UNIT_SUPPORTS, said.group(1)) else ("lead",)
    return TaskAsk(roles=roles, unit=unit, before=before, listing=listing and bool(unit or before), other=other,
                   unit_roles=unit_roles)


# A sentence of a task's own text that gives a department a duty ("市场监管部门负责依法查处…",
# "民政部门配合卫健部门做好…")
_DUTY = re.compile(r"(?:部门|单位|局|委|办|中心)(?:要|应当?|依法)?(?:负责|牵头|配合|指导|协助|做好)")


def duties_within(question: str, rows: Sequence[TaskRow]) -> bool:
    """A row's own text says which department does what, and the question asks who does one of
    those things ("价格违法行为…归哪个部门负责", "社会信用体系建设由哪个部门指导" of a task whose text
    reads "市场监管部门负责依法查处…价格违法行为…；发改部门负责指导…社会信用体系建设工作"): that
    text answers, not the row's lead and support columns."""
    q = re.sub(r"\s+", "", question)
    clauses = [c for c in _CLAUSE.split(q) if _LEAD_ASK.search(c) or _SUPPORT_ASK.search(c)]
    asked = [p for p in (_pairs(_ASKING.sub(" ", _ROLE_WORDS.sub(" ", c))) for c in clauses) if len(p) >= 4]
    if not asked:
        return False
    for row in rows:
        duties = [_pairs(s) for a, b in split_sentences(row.task) if _DUTY.search(s := row.task[a:b])]
        if len(duties) >= 2 and any(len(p & d) >= 0.6 * len(p) for p in asked for d in duties):
            return True
    return False


# A deadline asked by the word a notice's own sentence sets it with ("申报截止到哪天", "最迟什么时候报")
_SET_BY = re.compile(r"截止|最迟")


def deadline_in_prose(question: str, passages: Sequence[str], rows: Sequence[TaskRow]) -> bool:
    """A deadline asked with 截止 or 最迟 that a passage's sentence (not a table row) sets with that word and a
    date ("2026年度补助申报截止日期为2026年12月15日"), where no row says it: the sentence answers, not a row's
    完成时限 for a task that names the same matter ("组织…运营补助申报审核 … 每年12月31日前")."""
    words = set(_SET_BY.findall(question))
    if not words or any(w in row.task for row in rows for w in words):
        return False
    for text in passages:
        for line in text.split("\n"):
            if "\t" in line:
                continue
            for a, b in split_sentences(line):
                sentence = line[a:b]
                if any(w in sentence for w in words) and find_date(sentence):
                    return True
    return False


def restating_rows(quoted: Sequence[tuple[str, str]], rows: Sequence[TaskRow], limit: int = 2) -> list[TaskRow]:
    """The task rows that restate, word for word, a quoted sentence (``quoted``: doc_id and text; a
    notice's text and its task table print a task twice): "有没有打算把供暖管得智能一点？这事是哪个部门
    牵头" quotes the text's 智能热网 sentences, and their table row holds who leads it."""
    out: dict[str, TaskRow] = {}
    for doc_id, text in quoted:
        if len(re.sub(r"\W", "", text)) < 16:
            continue
        for row in rows:
            if row.doc_id == doc_id and row.id not in out and text not in row.task and pair_share(text, row.task) >= 0.85:
                out[row.id] = row
    return list(out.values())[:limit]


# ----------------------------------------------------------------------------- matching rows

def _pairs(s: str) -> set[str]:
    s = re.sub(r"[\s\d\W_]+", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


_ROLE_WORDS = re.compile(
    r"牵头单位|配合单位|责任单位|完成时限|牵头|配合|负责|协助|时限|截止|最迟|期限|完成时间|单位|部门|哪个|哪些|"
    r"哪一个|什么时候|何时|什么|由谁|是谁|谁|要求|这项任务|该项任务|这项|任务|工作|按照|根据|按|中的|中|里|的|是|要|在|"
    r"前|完成|分别|有哪些|有|和|及|与|呢|吗")


def task_words(question: str, analysis: QueryAnalysis) -> str:
    """The words of a question that describe the task: without the roles asked and the places named."""
    q = question
    for place in analysis.places:
        for alias in sorted(place_aliases(place), key=len, reverse=True):
            q = q.replace(alias, "")
    return _ASKING.sub(" ", _ROLE_WORDS.sub(" ", q))


def _row_pairs(row: TaskRow) -> tuple[set[str], set[str]]:
    last = row.section.split(PATH_SEP)[-1]
    own = _pairs(f"{row.group} {last} {row.task[:240]}")
    return own, _pairs(f"{row.title} {row.section}")


_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{3,80})[”\"」』]")
NAMED_BONUS = 0.3  # the question quotes the task's words or gives its name
NAME_WEIGHT = 0.3  # the share of the question's words found in the task's name, counted again


def _in_scope(row: TaskRow, doc: Document | None, analysis: QueryAnalysis) -> bool:
    if doc is None:
        return False
    if analysis.doc_numbers and not any(mention_matches(m, row.doc_number) for m in analysis.doc_numbers):
        return False
    if analysis.quoted_titles and not any(title_matches(t, doc) for t in analysis.quoted_titles) \
            and not any(normalize_title(t) in normalize_title(row.task + row.section) for t in analysis.quoted_titles):
        return False
    place = locality_of(doc)
    return not (analysis.places and place and place not in analysis.places)


# A row asked for by its number: "分工表的第6项", "第6条任务", "序号为6的任务"
_ITEM_ASKED = re.compile(r"第\s*(\d{1,3})\s*(?:项|条任务|个任务|行)|序号(?:为|是)?\s*(\d{1,3})")


def numbered_row(question: str, analysis: QueryAnalysis, rows: Sequence[TaskRow],
                 documents: Mapping[str, Document]) -> list[TaskRow]:
    """The row a question asks for by its number in the notice it names ("宜府办发〔2026〕21号附件1重点任务
    分工表的第6项"), where one row of that notice's tables is so numbered."""
    m = _ITEM_ASKED.search(re.sub(r"\s+", "", question))
    if m is None or not (analysis.doc_numbers or analysis.quoted_titles):
        return []
    n = m.group(1) or m.group(2)
    found = [r for r in rows if r.shape == "table" and r.label.rstrip(".．、") == n
             and _in_scope(r, documents.get(r.doc_id), analysis)]
    return found if len(found) == 1 else []


def rank_rows(question: str, analysis: QueryAnalysis, rows: Sequence[TaskRow],
              documents: Mapping[str, Document]) -> list[tuple[float, TaskRow]]:
    """Rows in scope scored by the share of the task's words they print (the row's own text counts
    fully, its notice's title and section path half), best first."""
    words = _pairs(task_words(question, analysis))
    if len(words) < 3:
        return []
    quoted = [normalize_title(q) for q in _QUOTED.findall(question) if len(normalize_title(q)) >= 4]
    asked = normalize_title(question)
    scored = []
    for row in rows:
        if not _in_scope(row, documents.get(row.doc_id), analysis):
            continue
        own, around = _row_pairs(row)
        if len(words & own) < min(MIN_PAIRS, len(words)):
            continue  # the row's own words must hold the task's: a title's word or two are not enough
        score = (len(words & own) + 0.5 * len(words & (around - own))) / len(words)
        # the question's words in the task's name (its first clause) count once more, in part
        score += NAME_WEIGHT * len(words & _pairs(row.name)) / len(words)
        # the task named in quotation marks, or by its own short name
        text, title = normalize_title(row.task), normalize_title(row.title)
        if any(q in text and q not in title for q in quoted) or (len(normalize_title(row.name)) >= 4 and normalize_title(row.name) in asked):
            score += NAMED_BONUS
        scored.append((score, row))
    scored.sort(key=lambda x: (-x[0], x[1].start))
    return scored


MIN_SCORE = 0.45  # share of the task's words a row must print to answer by itself
MIN_PAIRS = 4  # …and at least this many of its character pairs (all of them for a shorter task)
MARGIN = 0.1  # …and by how much it must beat a row that says otherwise


def best_rows(scored: Sequence[tuple[float, TaskRow]]) -> list[TaskRow]:
    """The row the question describes, when one stands out (rows printing the same task with the
    same units, say in two notices, stand together); [] when no row clearly fits."""
    if not scored or scored[0][0] < MIN_SCORE:
        return []
    top, first = scored[0]
    same = [r for s, r in scored if s >= top - 1e-9 or (s >= top - MARGIN and _same_assignment(r, first))]
    rivals = [r for s, r in scored if s >= top - MARGIN and not _same_assignment(r, first)]
    if rivals:
        return []
    return same[:3]


def _same_assignment(a: TaskRow, b: TaskRow) -> bool:
    return a.lead == b.lead and a.support == b.support and a.deadline == b.deadline


_LISTING_FILLER = re.compile(r"主要|承担|一共|总共|共|都|了|今年|明年|去年|需要|需|必须|应当|应|请问|我想知道|帮我|查一下|"
                             r"查询|列出|具体|相关|重点|目前|现在|包括|包含|涉及|关于|方面|一下|所有|全部|本地|本县|本市")


def listing_topic(question: str, ask: TaskAsk, analysis: QueryAnalysis) -> str:
    """The subject a listing question narrows to ("大气污染防治"), or "" when it names none."""
    words = task_words(_BEFORE_RE.sub("", question.replace(ask.unit or "\0", "")), analysis)
    return re.sub(r"[^\u4e00-\u9fffA-Za-z0-9+]+", "", _LISTING_FILLER.sub(" ", words))


def listed_rows(question: str, ask: TaskAsk, analysis: QueryAnalysis, rows: Sequence[TaskRow],
                documents: Mapping[str, Document]) -> list[TaskRow]:
    """Every row a listing question asks for: a unit's tasks and/or those due by a date."""
    role = ask.unit_roles or tuple(r for r in ("lead", "support") if r in ask.roles) or ("lead",)
    scoped = [r for r in rows if _in_scope(r, documents.get(r.doc_id), analysis)]
    # "2024年底前要完成哪些任务": the tasks due that year by that day
    found = [r for r in select_rows(scoped, unit=ask.unit, before=ask.before, roles=role)
             if not ask.before or (r.deadline_date or "")[:4] == ask.before[:4]]
    return on_topic(found, question, ask, analysis)


def on_topic_applies(rows: Sequence[TaskRow], topic: str) -> bool:
    """Whether every row names the subject ``topic`` (so a heading may say it was narrowed to it)."""
    pairs = _pairs(topic)
    return len(pairs) >= 2 and bool(rows) and all(
        len(pairs & _pairs(f"{r.section}{r.group}{r.task}")) >= 0.8 * len(pairs) for r in rows)


def on_topic(rows: Sequence[TaskRow], question: str, ask: TaskAsk, analysis: QueryAnalysis) -> list[TaskRow]:
    """"…要完成哪些大气污染防治任务": the rows whose section or task names the subject. Words left over
    that no row names are not a subject: then every row stands."""
    topic = _pairs(listing_topic(question, ask, analysis))
    if len(topic) < 2:
        return list(rows)
    kept = [r for r in rows if len(topic & _pairs(f"{r.section}{r.group}{r.task}")) >= 0.8 * len(topic)]
    return kept or list(rows)


# ----------------------------------------------------------------------------- answers

MAX_LISTED = 12  # rows written out in a chat answer; the rest are counted (policyqa tasks lists all)


def _units(names: Sequence[str]) -> str:
    return "、".join(names)


def _notice(row: TaskRow) -> str:
    return f"《{row.title}》" + (f"（{row.doc_number}）" if row.doc_number else "")


def assignment_line(row: TaskRow, roles: Sequence[str]) -> str:
    """"牵头单位为X；配合单位为Y；完成时限为Z", in the notice's own role names."""
    parts = []
    for role in roles:
        if role == "lead":
            parts.append(f"{role_name(row.lead_label)}为{_units(row.lead)}")
        elif role == "support":
            parts.append(f"{role_name(row.support_label)}为{_units(row.support)}" if row.support
                         else "文件未列配合单位")
        elif role == "deadline":
            if row.deadline and row.deadline_in_text:
                parts.append(f"任务原文写明“{row.deadline}”")
            elif row.deadline:
                parts.append(f"完成时限为{row.deadline}")
            else:
                parts.append("文件未写明完成时限")
    return "；".join(parts)


def _where(row: TaskRow) -> str:
    """The row's place in its notice, without the plan's title and without the item itself."""
    parts = row.section.split(PATH_SEP)[1:]
    while parts and (row.name[:6] in parts[-1] or (row.label and parts[-1].startswith(row.label))):
        parts.pop()
    return PATH_SEP.join(parts)


def missing_from(text: str, row: TaskRow, roles: Sequence[str]) -> bool:
    """Whether an answer leaves out what the row says of the roles asked (a unit or the deadline)."""
    flat = re.sub(r"\s+", "", text)
    units = (row.lead if "lead" in roles else ()) + (row.support if "support" in roles else ())
    if any(org_core(u) not in flat for u in units):
        return True
    return "deadline" in roles and bool(row.deadline) and re.sub(r"\s+", "", row.deadline) not in flat


def quote_span(row: TaskRow) -> tuple[int, int]:
    """The printed assignment, verbatim: the labels (or the row, or the sentence)."""
    start = row.unit_start if row.start <= row.unit_start < row.end else row.start
    return start, row.end


def assignment_answer(ask: TaskAsk, rows: Sequence[TaskRow], documents: Mapping[str, Document],
                      status: Callable[[str], Validity | None], listing: bool = False,
                      total: int | None = None, topic: str = "") -> LookupAnswer:
    """The rows' assignments, each line citing where the notice prints it."""
    roles = ask.roles if not listing else tuple(dict.fromkeys(("lead", *ask.roles, "deadline")))
    lines: list[str] = []
    cites: list[Citation] = []
    for i, row in enumerate(rows[:MAX_LISTED if listing else 3]):
        doc = documents[row.doc_id]
        a, b = quote_span(row)
        cites.append(citation_at_span(len(cites) + 1, doc, a, b, row.start, row.end, status(row.doc_id)))
        marker = f"[{len(cites)}]"
        where = _where(row)
        name = f"“{row.name}”"
        if listing:
            lines.append(f"{i + 1}. {name}（{_notice(row)}{('，' + where) if where else ''}）：{assignment_line(row, roles)}{marker}")
        else:
            lines.append(f"{_notice(row)}{('“' + where + '”部分') if where else ''}中，{name}一项："
                         f"{assignment_line(row, roles)}{marker}。")
    if listing:
        n = total if total is not None else len(rows)
        head = _listing_head(ask, n, topic)
        if n > MAX_LISTED:
            lines.append(f"（共{n}项，此处列出前{MAX_LISTED}项；完整清单可用 policyqa tasks 或界面“任务分工”查询导出。）")
        lines.insert(0, head)
    notes = validity_notes(cites)
    text = "\n".join(lines) + (f"\n{notes}" if notes else "")
    return LookupAnswer(text, tuple(cites))


def _listing_head(ask: TaskAsk, n: int, topic: str = "") -> str:
    roles = ask.unit_roles or ask.roles
    who = f"{ask.unit}{'配合' if 'support' in roles and 'lead' not in roles else '牵头（或负责）'}的" if ask.unit else ""
    when = f"完成时限在{ask.before[:4]}年内、{int(ask.before[5:7])}月{int(ask.before[8:])}日前的" if ask.before else ""
    about = f"章节或任务中写有“{topic}”的" if len(topic) >= 3 else ""
    return f"本库文件中{when}{who}{about}任务共{n}项：" if n else f"{REFUSAL}：本库文件中没有{when}{who}{about}任务。"


# ----------------------------------------------------------------------------- rows as retrieval hits

def row_hit(row: TaskRow, doc: Document, score: float, rank: int) -> Hit:
    """A retrieval hit for a row: the verbatim span of the task and its assignment. A table row's
    passage is labelled with the table's column names by ``row_label``."""
    text = doc.text[row.start:row.end]
    chunk = Chunk(id=f"task:{row.id}", doc_id=doc.doc_id, text=text, start=row.start, end=row.end,
                  corpus_file=doc.corpus_file, doc_number=doc.doc_number, title=doc.title, issuer=doc.issuer,
                  date=doc.date, section_path=row.section)
    return Hit(chunk=chunk, score=score, rank=rank, text=text, start=row.start, end=row.end,
               signals={"task_row": score}, note=row_label(row), whole=bool(row.columns))


def row_label(row: TaskRow) -> str:
    """The column names of a table row, for the passage's heading: "表列：主要任务｜重点内容｜责任单位｜完成时限"."""
    return f"表列：{'｜'.join(row.columns)}" if row.columns else ""


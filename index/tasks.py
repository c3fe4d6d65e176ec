"""Task assignments — who leads a task, who supports it, by when — read from a notice's cleaned text.

The rules for how notices print assignments live here and only here. Three shapes:

* **labelled**: a task paragraph followed by "牵头单位：…" / "责任单位：…" / "配合单位：…" /
  "完成时限：…" lines, or the same labels in brackets at the end of the paragraph
  ("…。（牵头单位：市公安局；配合单位：…；完成时限：2019年底）");
* **table**: a header row of cells (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限, tab
  separated or HTML cells) and rows under it, the header repeated on every page;
* **sentence**: "由县医保局牵头，县卫健局配合，…" inside a task paragraph.

A table flattened to one cell per line by OCR cannot be rebuilt here: its cells wrap across lines and
nothing marks where one ends. Such a table stays text (``flattened_tables`` counts them for reports).

Every row keeps the printed unit names, the deadline as printed with its ISO end date where it is one,
and evidence offsets into ``Document.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from index.dates import end_date
from index.issuers import drop_unpaired, lead_and_support, org_mentions, split_units, units_match
from index.models import PATH_SEP, Document, content_hash

SHAPES = ("labelled", "table", "sentence")


@dataclass(frozen=True)
class TaskRow:
    """One assignment: a task, its lead and supporting units and its deadline, with provenance."""

    doc_id: str
    corpus_file: str
    doc_number: str | None
    title: str
    issuer: str
    date: str | None
    section: str  # section path of the task (a table row adds its group cell)
    label: str  # the item's label as printed ("47.", "（三）", "(2)"), or ""
    task: str  # the task as printed, label included, one line
    lead: tuple[str, ...]
    support: tuple[str, ...]
    deadline: str  # as printed ("2019年10月底", "持续推进"), or ""
    deadline_date: str | None  # ISO last day the deadline allows, where it names one
    shape: str  # one of SHAPES
    start: int  # evidence: the task and its assignment, doc.text[start:end]
    end: int
    group: str = ""  # a table's group cell (主要任务) or ""
    deadline_in_text: bool = False  # no deadline label: the one "…前" date the task text states
    leaders: tuple[str, ...] = ()  # people named as 责任领导 / 链长 …
    lead_label: str = "牵头单位"  # how the notice names the lead role (牵头单位, 责任单位, 决策承办部门, 负责 …)
    support_label: str = "配合单位"
    unit_start: int = -1  # where the assignment itself is printed (its labels, cells or sentence)
    columns: tuple[str, ...] = ()  # a table row's header cells

    @property
    def id(self) -> str:
        return content_hash(self.doc_id, str(self.start), str(self.end), self.task)

    @property
    def name(self) -> str:
        """The task's short name: its first clause without the label ("严把“两高”项目准入关口")."""
        body = self.task[len(self.label):].strip(" *") if self.label and self.task.startswith(self.label) else self.task
        head = re.split(r"[。；;]|\*\*", body, maxsplit=1)[0].strip(" *")
        if len(head) > 30:  # one long sentence (a table cell): its first clause
            head = re.split(r"[，,]", head, maxsplit=1)[0]
        return head if len(head) <= 40 else head[:40] + "…"

    def has_unit(self, unit: str, roles: Sequence[str] = ("lead", "support")) -> bool:
        """Whether ``unit`` (as a user writes it) is among the row's units in ``roles``. A name written
        with its level ("县公安局") is not the other level's office ("市公安局", or "公安局" in a city's notice)."""
        names = (self.lead if "lead" in roles else ()) + (self.support if "support" in roles else ())
        return any(units_match(unit, n) and _same_level(unit, n, self.issuer) for n in names)

    def to_json(self) -> dict[str, object]:
        """The row as ``policyqa tasks --json`` prints it."""
        return {
            "task": self.task, "name": self.name, "label": self.label, "group": self.group,
            "lead": list(self.lead), "lead_label": self.lead_label,
            "support": list(self.support), "support_label": self.support_label,
            "deadline": self.deadline, "deadline_date": self.deadline_date, "deadline_in_text": self.deadline_in_text,
            "leaders": list(self.leaders), "doc_number": self.doc_number, "title": self.title, "issuer": self.issuer,
            "date": self.date, "section": self.section, "corpus_file": self.corpus_file, "shape": self.shape,
            "evidence": {"start": self.start, "end": self.end},
        }

    def as_text(self) -> str:
        """The row with its column names, so it never reaches a reader without them."""
        lines = [f"任务：{self.task}", self.assignment_text()]
        if self.group:
            lines.insert(0, f"主要任务：{self.group}")
        return "\n".join(lines)

    def assignment_text(self) -> str:
        """Who and by when, under the notice's own role names: "牵头单位：…\n配合单位：…\n完成时限：…"."""
        lines = [f"{role_name(self.lead_label)}：{'、'.join(self.lead) or '未写明'}"]
        if self.support:
            lines.append(f"{role_name(self.support_label)}：{'、'.join(self.support)}")
        if self.deadline:
            lines.append(f"完成时限：{self.deadline}" + ("（见任务原文）" if self.deadline_in_text else ""))
        return "\n".join(lines)


def _level(name: str) -> str:
    """"县" or "市" for a name written with its level: 县公安局, 中卫市公安局, 请问县财政局; else ""."""
    m = re.match(r"(?:[\u4e00-\u9fff]{2,4}?)?(县|市)(?![场直辖])", name)
    return m.group(1) if m else ""


def _same_level(asked: str, printed: str, issuer: str) -> bool:
    want = _level(asked)
    if not want:
        return True
    have = _level(printed) or ("县" if "县" in issuer else "市" if "市" in issuer else "")
    return not have or have == want


# ----------------------------------------------------------------------------- labels and values

def role_name(label: str) -> str:
    """A role as a column name: "负责" (a cell "X负责，Y配合") is 负责单位, "牵头" 牵头单位."""
    return {"负责": "负责单位", "牵头": "牵头单位", "配合": "配合单位"}.get(label, label)


_LEAD = ("牵头单位", "牵头部门", "主责单位", "牵头")
_RESPONSIBLE = ("责任单位", "责任部门", "责任主体", "承办单位", "承办部门", "决策承办部门", "主办单位", "负责单位",
                "落实单位")
_SUPPORT = ("配合单位", "配合部门", "协办单位", "协同单位", "参与单位")
_DEADLINE = ("完成时限", "完成时间", "时间节点", "时限要求", "完成期限", "办结时限")
# People named beside the units ("责任领导：某某", "链长：某某"): kept with the row, not units.
_PERSON = ("责任领导", "牵头领导", "分管领导", "包抓领导", "链长", "责任人")
_ALL = _LEAD[:-1] + _RESPONSIBLE + _SUPPORT + _DEADLINE + _PERSON
_LABEL_RE = re.compile(rf"({'|'.join(sorted(_ALL, key=len, reverse=True))})\s*[：:]")
_OPEN, _CLOSE = "（(［[〔【", "）)］]〕】"
# Labels a field line may begin with besides the row labels above: people and the rarer role names.
_MORE_FIELDS = ("负责人", "牵头人", "配合领导", "参与部门", "协办部门", "主办部门", "承办人")
_FIELD_NAMES = "|".join(sorted(set(_ALL + _MORE_FIELDS), key=len, reverse=True))
_FIELD_LINE = re.compile(rf"\s*[{re.escape(_OPEN)}]?\s*(?:{_FIELD_NAMES})\s*[：:]")
# A group of fields in brackets after an item's text: "（链长：田梅音；牵头单位：自然资源局，…）",
# "（联系人：…": any short label opens one.
_FIELD_GROUP = re.compile(r"\s*[（(]\s*[\u4e00-\u9fff]{2,6}\s*[：:]")
# A line that ends with a field's label, its value printed on the next line: "…37.7%。（牵头单位：".
_LABEL_AT_END = re.compile(r"(?:^|[（(；;，,。\s])[\u4e00-\u9fff]{0,4}(?:单位|部门|时限|责任人|领导|链长)[:：]$")


def is_field_line(text: str, bracketed: bool = True) -> bool:
    """Whether a sentence or line is a task's field: "责任单位：…", "链长：…", and unless not
    ``bracketed``, "（牵头单位：…）" after an item's text."""
    if not bracketed and text.lstrip()[:1] in _OPEN:
        return False
    return _FIELD_LINE.match(text) is not None


def opens_field_group(text: str) -> bool:
    """Whether a sentence is a field line or a bracketed group of fields ("（链长：田梅音；…）")."""
    return is_field_line(text) or _FIELD_GROUP.match(text) is not None


def ends_with_field_label(line: str) -> bool:
    """Whether a line ends with a field's label whose value the next line prints ("…（牵头单位：")."""
    return _LABEL_AT_END.search(line) is not None


# A task item's label at the start of its paragraph: "1.", "（三）", "(2)", "①", "**4.".
_ITEM_RE = re.compile(
    r"\s*(?:\*\*)?\s*((?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)])|(?:[一二三四五六七八九十]{1,3}、)|"
    r"(?:\d{1,3}\s*[.．、](?!\d))|[①-⑳])"
)
# A deadline a task's text states without a label: "2022年10月底前", "2019年6月30日前", "年底前" is not one.
_TEXT_DEADLINE_RE = re.compile(r"(?<!\d)(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末)?\s*)?(?:底|末)?\s*(?:以)?前")


def deadline_date(text: str) -> str | None:
    """The last day a printed deadline allows: "2019 年底" → 2019-12-31, "2024年" → 2024-12-31.
    A deadline in steps or a range dates to its last target ("2023年启动,2025年取得明显成效",
    "2022年3月1日至2023年12月31日"); a start ("2023年启动") is no deadline."""
    compact = re.sub(r"\s+", "", text)
    ends = [d for part in re.split(r"[,，;；、]|至|到|—|－|~|～", compact)
            if part and not _START.search(part) for d in (_one_date(part),) if d]
    return max(ends) if ends else None


def _one_date(part: str) -> str | None:
    iso = end_date(part)
    if iso:
        return iso
    m = re.match(r"(?:到|于)?(\d{4})年(?:(\d{1,2})月)?", part)
    if not m or not 1900 <= int(m.group(1)) <= 2100:
        return None
    return end_date(f"{m.group(1)}年{m.group(2)}月底") if m.group(2) else f"{m.group(1)}-12-31"


_START = re.compile(r"(?:启动|开始|开展|起|起步)$")


def _clean(s: str) -> str:
    s = re.sub(r"</?p>|<br\s*/?>|\*\*", "", s)
    return re.sub(r"\s*\n\s*", "", s).strip(" \t；;。，,")


def _leaders(pairs: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    return _unique([n for label, value in pairs if label in _PERSON for n in split_units(value)])


@dataclass(frozen=True)
class _Roles:
    lead: tuple[str, ...]
    support: tuple[str, ...]
    deadline: str
    lead_label: str
    support_label: str


def _roles(pairs: Sequence[tuple[str, str]]) -> _Roles:
    """Lead and supporting units, deadline, and the labels the notice gives the roles, from a
    group's (label, value) pairs. 责任单位 beside a 牵头单位 supports; alone it leads."""
    lead: list[str] = []
    support: list[str] = []
    responsible: list[str] = []
    deadline = ""
    lead_label = support_label = responsible_label = ""
    for label, value in pairs:
        both = lead_and_support(value) if label not in _DEADLINE else None
        if label in _LEAD:
            lead += split_units(value)
            lead_label = lead_label or label
        elif label in _RESPONSIBLE:
            responsible_label = responsible_label or label
            if both and both[1]:
                responsible += both[0]
                support += both[1]
                responsible_label, support_label = "负责", "配合"
            else:
                responsible += split_units(value)
        elif label in _SUPPORT:
            support += split_units(value)
            support_label = support_label or label
        elif label in _DEADLINE and not deadline:
            deadline = _clean(value)
    if lead:
        if responsible:
            support = responsible + support
            support_label = support_label or responsible_label
    else:
        lead, lead_label = responsible, responsible_label
    return _Roles(_unique(lead), _unique([s for s in support if s not in lead]), deadline,
                  lead_label or "牵头单位", support_label or "配合单位")


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


# ----------------------------------------------------------------------------- text geometry

def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _line_at(lines: Sequence[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _section_at(doc: Document, pos: int) -> tuple[str, int]:
    """(path, start) of the innermost section holding ``pos``."""
    best = None
    for s in doc.sections:
        if s.start <= pos < s.end and (best is None or s.start >= best.start):
            best = s
    return (best.path_str, best.start) if best else (doc.title, 0)


def _item_kind(label: str) -> str:
    """"1." and "2、" are one kind, "（一）" another, "(1)" a third."""
    return re.sub(r"[①-⑳]", "①", re.sub(r"[一二三四五六七八九十]+", "一", re.sub(r"\d+", "1", re.sub(r"\s+", "", label))))


def _block_start(doc: Document, pos: int) -> int:
    """Start of the section whose items a task at ``pos`` is one of: the section holding ``pos``, or
    its parent when that section is the item itself (a numbered heading). Sections do not nest in
    offsets: a parent is the last section before with the path one step shorter."""
    inner = None
    for s in doc.sections:
        if s.start <= pos < s.end:
            inner = s
    if inner is None:
        return 0
    if len(inner.path) >= 2 and _ITEM_RE.match(inner.path[-1]):
        parents = [s.start for s in doc.sections if s.path == inner.path[:-1] and s.start <= inner.start]
        if parents:
            return parents[-1]
    return inner.start


def _opener_before(text: str, pos: int, floor: int) -> int | None:
    """The bracket that opens a label group ending just before ``pos``: "（牵头单位" or "（链长：某某；牵头单位"."""
    i = pos - 1
    while i >= max(floor, pos - 24):
        ch = text[i]
        if ch in _OPEN:
            return i
        if ch in "。！？" or ch in _CLOSE:
            return None
        i -= 1
    return None


def _matching_close(text: str, opener: int, limit: int) -> int:
    """Index just after the bracket closing ``opener`` (or the end of the paragraph run it stays open in)."""
    depth = 0
    for i in range(opener, min(len(text), limit)):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return i + 1
    end = text.find("\n", opener)
    return len(text) if end < 0 else end


# Another field printed after a value on the same line ("…电信公司活动要求：…"): the value stops there.
_OTHER_FIELD = re.compile(r"(?=(?:活动|工作|具体|时间|进度)(?:要求|时间|内容|地点|安排|目标)[：:]|联系人[：:]|联系电话[：:]|备注[：:])")


_UNIT_END = re.compile(r"(?:局|委|办|部|院|府|会|队|司|中心|室|所|站|馆|联|社|团|区|场|）|\))$")


def _carries_on(value: str, label: str, line: str) -> bool:
    """Whether ``line`` is the rest of a unit list broken across lines: the value before it stops
    mid-list ("…农业农村局、银川市"), and the line is short, names a unit, and holds no sentence,
    item, date or title."""
    value = value.rstrip()
    if label in _DEADLINE or label in _PERSON or not value:
        return False
    if not (value.endswith(("、", "，", ",")) or not _UNIT_END.search(value)):
        return False
    return (0 < len(line) <= 40 and not re.search(r"[。：:\d\t]", line) and not _ITEM_RE.match(line)
            and not re.search(r"^附|(?:方案|通知|办法|计划|意见|目录|清单|表)$", line)
            and bool(org_mentions(line) or line.endswith(("）", ")"))))


@dataclass(frozen=True)
class _Group:
    start: int  # first character of the group (bracket or first label)
    end: int
    pairs: tuple[tuple[str, str], ...]
    inline: bool  # in brackets at the end of the task's paragraph


def _groups(text: str) -> list[_Group]:
    """Every run of assignment labels with its values, in text order."""
    labels = list(_LABEL_RE.finditer(text))
    lines = _lines(text)
    out: list[_Group] = []
    i = 0
    floor = 0
    while i < len(labels):
        m = labels[i]
        ln = _line_at(lines, m.start())
        line_start, line_end = lines[ln]
        opener = _opener_before(text, m.start(), floor)
        if opener is not None:
            start, inline = opener, True
            end = _matching_close(text, opener, opener + 600)
        else:
            prefix = text[line_start:m.start()]
            inline = bool(prefix.strip())
            start = m.start() if inline else line_start
            end = line_end
            # label lines that follow belong to the same group ("牵头单位：…" then "责任单位：…"), and
            # so does a short line that carries on a value broken by the page ("生态环境局贺兰分局、各乡镇")
            nxt = ln + 1
            while nxt < len(lines):
                line = text[lines[nxt][0]:lines[nxt][1]]
                last = list(_LABEL_RE.finditer(text, line_start, end))
                tail = text[last[-1].end():end] if last else ""
                if not (_LABEL_RE.match(line.lstrip(" \t（(")) or
                        (last and _carries_on(tail, last[-1].group(1), line))):
                    break
                end = lines[nxt][1]
                nxt += 1
        j = i
        while j < len(labels) and labels[j].start() < end:
            j += 1
        pairs = []
        for k in range(i, j):
            value_end = labels[k + 1].start() if k + 1 < j else end
            value = _OTHER_FIELD.split(text[labels[k].end():value_end], maxsplit=1)[0].split("。")[0]
            pairs.append((labels[k].group(1), drop_unpaired(_clean(value)).strip(" ；;。，,")))
        out.append(_Group(start, end, tuple(pairs), inline))
        floor = end
        i = max(j, i + 1)
    return out


def _task_start(text: str, lines: Sequence[tuple[int, int]], end: int, floor: int) -> int:
    """Where the task that ends at ``end`` begins: its item label, at most six paragraphs back,
    never before ``floor`` (the previous group or the section's start). Several items before one
    assignment share it: the task is the block from ``floor``."""
    ln = _line_at(lines, max(end - 1, 0))
    kinds: list[tuple[int, str]] = []
    for k in range(_line_at(lines, floor), ln + 1):
        m = _ITEM_RE.match(text, max(lines[k][0], floor), lines[k][1]) if lines[k][1] > floor else None
        if m:
            kinds.append((k, _item_kind(m.group(1))))
    last = kinds[-1][1] if kinds else ""
    if sum(kind == last for _, kind in kinds) >= 2:
        # one assignment after several items: it is the whole block's (a section's closing lines),
        # from the heading above the first of them when there is one ("（四）…" over "1." "2.")
        first = next(k for k, kind in kinds if kind == last)
        heading = [k for k, kind in kinds if k == first - 1 and kind != last]
        return max(lines[heading[0] if heading else first][0], floor)
    first = ln
    for k in range(ln, max(ln - 6, -1), -1):
        a, b = lines[k]
        if b <= floor and k != ln:
            break
        first = k
        if _ITEM_RE.match(text, max(a, floor), b):
            return max(a, floor)
    return max(lines[first][0], floor)


def _text_deadline(task: str) -> tuple[str, str | None]:
    found = {m.group(0).replace(" ", ""): m for m in _TEXT_DEADLINE_RE.finditer(task)}
    if len(found) != 1:
        return "", None
    phrase = next(iter(found))
    return phrase, deadline_date(phrase.removesuffix("前").removesuffix("以"))


def _row(doc: Document, roles: _Roles, *, section: str, task: str, shape: str, start: int, end: int,
         unit_start: int, group: str = "", leaders: tuple[str, ...] = (),
         columns: tuple[str, ...] = (), number: str = "") -> TaskRow | None:
    task = _clean(task)
    lead, support, deadline = roles.lead, roles.support, roles.deadline
    if len(task) < 4 or not lead:
        return None
    in_text = False
    when = deadline_date(deadline) if deadline else None
    if not deadline:
        deadline, when = _text_deadline(task)
        in_text = bool(deadline)
    label_match = _ITEM_RE.match(task)
    return TaskRow(
        doc_id=doc.doc_id, corpus_file=doc.corpus_file, doc_number=doc.doc_number, title=doc.title,
        issuer=doc.issuer, date=doc.date, section=section,
        label=label_match.group(1).strip() if label_match else number,
        task=task, lead=tuple(lead), support=tuple(support), deadline=deadline, deadline_date=when, shape=shape,
        start=start, end=end, group=group, deadline_in_text=in_text, leaders=leaders,
        lead_label=roles.lead_label, support_label=roles.support_label, unit_start=unit_start, columns=columns,
    )


# ----------------------------------------------------------------------------- shape 1: labelled

def _labelled_rows(doc: Document, table_spans: Sequence[tuple[int, int]]) -> Iterator[TaskRow]:
    text = doc.text
    lines = _lines(text)
    prev_end = 0
    for g in _groups(text):
        if any(a <= g.start < b for a, b in table_spans):
            continue
        roles = _roles(g.pairs)
        floor = max(prev_end, _block_start(doc, max(g.start - 1, 0)))
        prev_end = g.end
        start = _task_start(text, lines, g.start, floor)
        if start >= g.start:
            continue
        section, _ = _section_at(doc, start)
        row = _row(doc, roles, section=section, task=text[start:g.start], shape="labelled", start=start,
                   end=g.end, unit_start=g.start, leaders=_leaders(g.pairs))
        if row:
            yield row


# ----------------------------------------------------------------------------- shape 2: tables

_HEAD_TASK = re.compile(r"^(?:重点内容|具体措施|具体工作|工作任务|任务内容|年度任务|具体任务|主要内容|工作内容|"
                        r"工作措施|重点工作|目标任务|任务|事项名称|.{0,12}事项名称|项目名称|工作事项)$")
_HEAD_GROUP = re.compile(r"^(?:主要任务|重点任务|任务类别|类别|领域|重点领域|工作类别)$")
_HEAD_NUMBER = re.compile(r"^(?:序号|编号)$")


def _cells(line: str) -> list[str]:
    return [_clean(c) for c in line.split("\t")]


def _header_roles(cells: Sequence[str]) -> dict[int, str] | None:
    roles: dict[int, str] = {}
    for i, c in enumerate(cells):
        c = re.sub(r"\s+", "", c)
        if c in _LEAD:
            roles[i] = "lead"
        elif c in _RESPONSIBLE:
            roles[i] = "responsible"
        elif c in _SUPPORT:
            roles[i] = "support"
        elif c in _DEADLINE:
            roles[i] = "deadline"
        elif _HEAD_GROUP.match(c):
            roles[i] = "group"
        elif _HEAD_TASK.match(c):
            roles[i] = "task"
        elif _HEAD_NUMBER.match(c):
            roles[i] = "number"
    if not ({"lead", "responsible"} & set(roles.values())):
        return None
    if "task" not in roles.values():
        if "group" not in roles.values():
            return None
        roles = {i: ("task" if r == "group" else r) for i, r in roles.items()}
    return roles


def _align(cells: list[str], roles: dict[int, str], width: int) -> dict[str, str]:
    """Cells of one row keyed by role. A row printed without its leading empty cells (fewer cells
    than the header's ``width``) is aligned on its numbered task cell ("27. 建立…")."""
    while cells and not cells[-1]:
        cells = cells[:-1]
    task_col = next(i for i, r in roles.items() if r == "task")
    shift = 0
    numbered = [i for i, c in enumerate(cells) if re.match(r"^\d{1,3}\s*[.．、]", c)]
    if len(cells) < width and numbered and numbered[0] != task_col:
        shift = task_col - numbered[0]
    out: dict[str, str] = {}
    for i, c in enumerate(cells):
        role = roles.get(i + shift)
        if role and c:
            out[role] = c
    return out


# A group's row inside a task table, one cell across all columns: "一、打造夜间消费地标", "（二）…".
_GROUP_ROW = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；;：:\t]{2,28}$")


def _table_rows(doc: Document) -> tuple[list[TaskRow], list[tuple[int, int]]]:
    text = doc.text
    rows: list[TaskRow] = []
    spans: list[tuple[int, int]] = []
    roles: dict[int, str] | None = None
    columns: tuple[str, ...] = ()
    width = 0
    names: dict[str, str] = {}  # role → the header cell that names it
    group = ""
    table_start = 0
    last = 0
    for a, b in _lines(text):
        line = text[a:b]
        if "\t" in line:
            head = _header_roles(_cells(line))
            if head:
                if roles is None:
                    table_start = a
                    group = ""
                roles = head
                header = [re.sub(r"\s+", "", c) for c in _cells(line)]
                width = len(header)
                columns = tuple(c for c in header if c)
                names = {role: header[i] for i, role in head.items()}
                last = b
                continue
        if roles is None:
            continue
        if "\t" not in line and not re.match(r"^\s*(?:<p>)?\s*\d{1,3}\s*[.．、]", line):
            if _GROUP_ROW.match(line.strip()):
                group, last = line.strip(), b  # a row of one cell across the table: "一、打造夜间消费地标"
                continue
            spans.append((table_start, last))
            roles = None
            continue
        last = b
        cells = _align(_cells(line), roles, width)
        if cells.get("group"):
            group = cells["group"]
        if not cells.get("task"):
            continue
        roles_of_row = _roles([(names[role], cells[role]) for role in ("lead", "responsible", "support", "deadline")
                               if cells.get(role)])
        section, _ = _section_at(doc, a)
        section = PATH_SEP.join(p for p in section.split(PATH_SEP) if "\t" not in p)
        # (a row's number in its 序号 cell is its label: "附件1的第6项")
        number = cells.get("number", "") if re.fullmatch(r"\d{1,3}[.．、]?", cells.get("number", "")) else ""
        row = _row(doc, roles_of_row, section=section, task=cells["task"], shape="table", start=a, end=b,
                   unit_start=a, group=group, columns=columns, number=number)
        if row:
            rows.append(row)
    if roles is not None:
        spans.append((table_start, last))
    return rows, spans


# ----------------------------------------------------------------------------- shape 3: sentences

_SENTENCE_RE = re.compile(
    r"由(?!于)(?P<lead>[^，,。；;：:“”《》]{2,40}?)(?:牵头|负责牵头)(?:负责)?"
    r"(?:[，,、](?P<support>[^。；;：:“”《》]{2,80}?)(?:等(?:有关)?(?:部门|单位))?(?:配合|协助|参与|协同))?"
)


def _looks_like_unit(name: str) -> bool:
    return bool(re.search(r"(?:局|委|办|部|中心|院|会|政府|分局|公司|乡|镇|街道|办公室|小组|队|站|所|团|联|馆|园区)$", name))


def _sentence_rows(doc: Document, taken: Sequence[tuple[int, int]]) -> Iterator[TaskRow]:
    text = doc.text
    for m in _SENTENCE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        lead = tuple(u for u in split_units(m.group("lead")) if _looks_like_unit(u))
        if not lead or len(lead) != len(split_units(m.group("lead"))):
            continue
        support = tuple(u for u in split_units(m.group("support") or "") if u not in lead)
        para_start = text.rfind("\n", 0, m.start()) + 1
        sent_start = max(para_start, max(text.rfind(p, para_start, m.start()) for p in "。；;") + 1)
        ends = [i for i in (text.find(p, m.end()) for p in "。；;\n") if i >= 0]
        sent_end = min(ends) + 1 if ends else len(text)
        section, _ = _section_at(doc, m.start())
        label = _ITEM_RE.match(text, para_start)
        task = text[sent_start:sent_end]
        if label and sent_start != para_start:
            head = text[para_start:text.find("。", para_start, m.start()) + 1 or m.start()]
            task = head + task
        roles = _Roles(lead, support, "", "牵头", "配合")
        row = _row(doc, roles, section=section, task=task, shape="sentence", start=sent_start,
                   end=min(sent_end, len(text)), unit_start=m.start())
        if row:
            yield row


# ----------------------------------------------------------------------------- the whole notice

def extract_tasks(doc: Document) -> tuple[TaskRow, ...]:
    """Every assignment a notice states, in text order."""
    table, spans = _table_rows(doc)
    labelled = list(_labelled_rows(doc, spans))
    taken = spans + [(r.start, r.end) for r in labelled]
    rows = table + labelled + list(_sentence_rows(doc, taken))
    return tuple(sorted(rows, key=lambda r: (r.start, r.end)))


_FLAT_HEAD = re.compile(r"^(?:牵头|牵头单位|责任单位|配合单位|完成时限|序号.*单位)$")


def flattened_table_starts(doc: Document) -> list[int]:
    """Offsets of the tables this notice prints one cell per line (header cells alone on their
    lines): kept as text, reported as not rebuilt."""
    starts: list[int] = []
    gap, pos = 99, 0
    for line in doc.text.split("\n"):
        if _FLAT_HEAD.match(line.strip()) and "\t" not in line:
            if gap > 20:
                starts.append(pos)
            gap = 0
        else:
            gap += 1
        pos += len(line) + 1
    return starts


def flattened_tables(doc: Document) -> int:
    return len(flattened_table_starts(doc))


def flattened_table_notes(documents: Iterable[Document]) -> list[str]:
    """One line per table kept as text: its notice and the lines that open it."""
    out = []
    for d in documents:
        for start in flattened_table_starts(d):
            before = d.text.rfind("\n", 0, max(0, d.text.rfind("\n", 0, max(0, start - 1))))
            head = d.text[before + 1:start + 30].replace("\n", " ")
            out.append(f"{d.corpus_file}: {d.doc_number or d.title[:20]} — “{head}…”")
    return out


def tasks_of(documents: Iterable[Document]) -> tuple[TaskRow, ...]:
    return tuple(r for d in documents for r in extract_tasks(d))


def select_rows(rows: Iterable[TaskRow], *, unit: str | None = None, before: str | None = None,
                roles: Sequence[str] = ("lead", "support")) -> list[TaskRow]:
    """The rows a unit leads or supports (``roles``) and/or that fall due by ``before`` (ISO), in
    deadline order (rows without a dated deadline last)."""
    out = [r for r in rows
           if (not unit or r.has_unit(unit, roles)) and (not before or (r.deadline_date and r.deadline_date <= before))]
    return sorted(out, key=lambda r: (r.deadline_date or "9999", r.doc_number or "", r.start))


def role_of(row: TaskRow, unit: str) -> str:
    """"牵头" when ``unit`` leads the row, "配合" when it supports it, else ""."""
    if row.has_unit(unit, ("lead",)):
        return "牵头"
    return "配合" if row.has_unit(unit, ("support",)) else ""

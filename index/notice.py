"""One file, one document: a notice, guide or Q&A page without gazette structure.

Web pages saved from a government site, a single notice in Word or PDF, a 办事指南: the whole
file is one document. Page chrome and labelled header fields are taken out of the body (rules in
``index.webpage``), the title comes from what the format states (page title, Title style), else
the first title-like line of the header, else the file name; the 文号 from the 发文字号 field or
a 文号 line of the header; issuer and date from the fields, else the signature block. The body
keeps its 第X章/第X条 and 一、/（一） headings as sections, exactly as a gazette notice does.
Every line kept out of the body is returned with the reason, for the file report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from index.dates import find_date, signature_date
from index.docnumber import ATTACHMENT_OF, attachment_of, find_doc_numbers, normalize_doc_number
from index.headings import heading_kind
from index.issuers import ISSUER_LINE_RE, SALUTATION_RE
from index.layout import PARAGRAPH_LINES, Line, clean_lines, is_terminal, paragraphs
from index.metadata import attachment_titles, is_public, issuer_from_title, signature
from index.models import Document
from index.readers import SourceText
from index.sections import sections_of
from index.titles import PLAN_TITLE_END_RE, TITLE_END_RE, nospace
from index.webpage import RELATED_HEAD_RE, is_furniture, is_strong_field_line, label_only, read_fields

HEADER_LINES = 30  # the page header (fields, title, 文号) is looked for in this many lines at most
_TITLE_WORD_RE = re.compile(
    r"(?:关于|指南|解读|问答|答问|须知|公示|说明|简介|一览表|细则|清单|名单|公告|通知|条例|规定|办法|措施|意见|方案|"
    r"计划|决定|通告|规则|标准|目录|政策|守则|流程|问题)")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_BODY_SENTENCE_RE = re.compile(r"[。；！？]")


@dataclass(frozen=True)
class NoticeParse:
    document: Document
    removed: tuple[tuple[str, str], ...]  # (why, line) for every line kept out of the body
    notes: tuple[str, ...]  # how title, 文号, issuer and date were found


def parse_notice(source: SourceText, hint: Document | None = None) -> NoticeParse:
    """The file as one document. ``hint`` is the one notice the gazette reading found, if any:
    its title (the block above its 文号 line) and 文号 are trusted over the heuristics here."""
    lines, clean_notes = clean_lines(source.text.split("\n"))
    removed: list[tuple[str, str]] = []
    fields: list[tuple[str, str]] = list(source.fields)
    field_at: list[int] = []
    lines = _strip_chrome(lines, fields, removed, field_at)
    head_end = _header_end(lines)

    notes: list[str] = list(clean_notes)
    title, title_idx = _choose_title(source, lines, head_end, fields, notes, hint,
                                     field_at[0] if field_at else None)
    docno, docno_idx, attached = _choose_doc_number(lines, head_end, fields, hint)
    skip = set(title_idx) | ({docno_idx} if docno_idx is not None else set())
    first_kept = min(skip) if skip else 0
    body: list[Line] = []
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        if i < first_kept and i < head_end and len(nospace(ln.text)) <= 30 and not is_terminal(ln.text):
            removed.append(("page header above the title", ln.text))
            continue
        body.append(ln)

    paras_src = paragraphs(body, rejoin=source.format not in PARAGRAPH_LINES)
    head = [title] + ([docno] if docno else [])
    paras = head + [t for t, _, _ in paras_src]
    spaced = head + [sp for _, _, sp in paras_src]
    signer, sig_date, sig_idx = signature(paras, spaced)
    field = dict(reversed(fields))  # first printed value wins
    issuer = _first(field.get("发文机关"), signer, _org(field.get("来源")), issuer_from_title(title))
    date = _first(find_date(field.get("成文日期", "")), sig_date, find_date(field.get("发布日期", "")))
    atts = [a for a in attachment_titles(title, paras, sig_idx) if nospace(a) != nospace(title)]
    nos = [ln.no for ln in lines] or [0]
    doc = Document(
        corpus_file=source.name, doc_number=docno, title=title, issuer=issuer or "", date=date,
        text="\n".join(paras), sections=sections_of(title, paras, sig_idx, atts), attachments=tuple(atts),
        public=is_public(paras), start_line=min(nos), end_line=max(nos),
        notes=tuple(notes), meta=_dedupe(fields) + (((ATTACHMENT_OF, docno or ""),) if attached else ()),
    )
    return NoticeParse(doc, tuple(removed), tuple(notes))


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _org(value: str | None) -> str | None:
    v = nospace(value or "")
    return v if v and ISSUER_LINE_RE.fullmatch(v) else None


def _dedupe(fields: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    seen: set[tuple[str, str]] = set()
    out = []
    for f in fields:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return tuple(out)


def _strip_chrome(lines: list[Line], fields: list[tuple[str, str]], removed: list[tuple[str, str]],
                  field_at: list[int] | None = None) -> list[Line]:
    """Drop page chrome anywhere, header fields near the top and a trailing related-links list;
    ``field_at`` gets where (among the lines kept) each header field line stood."""
    head_end = _header_end(lines)
    kept: list[Line] = []
    i = 0
    while i < len(lines):
        s = lines[i].spaced or lines[i].text
        if is_furniture(s):
            removed.append(("page furniture", s))
            i += 1
            continue
        got = read_fields(s)
        if got is not None and (i < head_end or (len(got) >= 2 and is_strong_field_line(got, s))):
            if got and i < head_end and field_at is not None:
                field_at.append(len(kept))
            fields.extend(got)
            removed.append(("metadata field (kept as metadata)" if got else "page furniture", s))
            i += 1
            continue
        label = label_only(s) if i < head_end else None
        if label and i + 1 < len(lines) and label_only(lines[i + 1].text) is None:
            fields.append((label, lines[i + 1].text.strip()))
            removed.append(("metadata field (kept as metadata)", f"{s} {lines[i + 1].text}"))
            i += 2
            continue
        if RELATED_HEAD_RE.match(s) and i >= len(lines) // 2 and _link_list(lines[i + 1:]):
            removed.extend(("related-links list", ln.text) for ln in lines[i:])
            break
        kept.append(lines[i])
        i += 1
    return kept


def _link_list(lines: Sequence[Line]) -> bool:
    """Short lines without sentences: titles of other pages (with their dates)."""
    if not lines:
        return True
    sentences = sum(1 for ln in lines if _BODY_SENTENCE_RE.search(ln.text) and len(ln.text) > 60)
    return sentences <= len(lines) // 5


def _header_end(lines: Sequence[Line]) -> int:
    """Index of the first line that reads as body text (a heading, 第一条, or a long sentence)."""
    for i, ln in enumerate(lines[:HEADER_LINES]):
        n = nospace(ln.text)
        if heading_kind(n) is not None or SALUTATION_RE.match(n):
            return i
        if len(n) >= 40 and _BODY_SENTENCE_RE.search(n) and read_fields(ln.spaced or ln.text) is None:
            return i
    return min(len(lines), HEADER_LINES)


def _title_like(s: str) -> bool:
    n = nospace(s)
    return (4 <= len(n) <= 90 and len(_CJK_RE.findall(n)) >= 4 and not is_terminal(n)
            and heading_kind(n) is None and signature_date(n) is None and find_date(n) != n
            and normalize_doc_number(n) is None and not SALUTATION_RE.match(n)
            and not ISSUER_LINE_RE.fullmatch(n) and "\t" not in s)


def _titled(s: str) -> bool:
    n = nospace(s)
    return bool(TITLE_END_RE.search(n) or PLAN_TITLE_END_RE.search(n) or _TITLE_WORD_RE.search(n))


def _continues_title(s: str) -> bool:
    n = nospace(s)
    return (0 < len(n) <= 60 and not is_terminal(n) and heading_kind(n) is None
            and normalize_doc_number(n.strip("（）()")) is None and signature_date(n) is None
            and not SALUTATION_RE.match(n))


def _ends_title(s: str) -> bool:
    n = nospace(s)
    return bool(TITLE_END_RE.search(n) or PLAN_TITLE_END_RE.search(n))


def _printed_at(lines: Sequence[Line], title: str) -> list[int]:
    """Indexes of the (up to four) consecutive header lines that print ``title``."""
    key = nospace(title)
    for i in range(min(len(lines), HEADER_LINES)):
        joined = ""
        for j in range(i, min(i + 4, len(lines))):
            joined += nospace(lines[j].text)
            if joined == key:
                return list(range(i, j + 1))
            if not key.startswith(joined):
                break
    return []


def _choose_title(source: SourceText, lines: Sequence[Line], head_end: int, fields: Sequence[tuple[str, str]],
                  notes: list[str], hint: Document | None, field_at: int | None = None) -> tuple[str, list[int]]:
    """The title and the indexes of the body lines that print it (``field_at``: where the first line of
    header fields stood, "来源：… 2026-03-20")."""
    stated = source.title or next((v for k, v in fields if k == "标题"), None) or (hint.title if hint else None)
    if stated and normalize_doc_number(nospace(stated)) is not None:
        stated = None  # a page titled by its 文号 alone (Word's web page takes its first line for it) names no title
    if stated:
        return _with_issuers_above(lines, nospace(stated) if _CJK_RE.search(stated) else stated.strip(),
                                   _printed_at(lines, stated))
    cands = [i for i in range(min(head_end, len(lines))) if _title_like(lines[i].text)]
    if field_at is not None and 0 < field_at <= head_end and not any(_titled(lines[i].text) for i in cands
                                                                     if i < field_at):
        # an article's title stands over its 来源/日期 line (an app's page, a screenshot), not in its body
        over = _title_over(lines, field_at)
        if over:
            return over
    for i in cands:
        if _titled(lines[i].text):
            break
        # a title wrapped before its kind word ("2027年寒假少儿公益艺术培训" / "报名通知")
        if wrapped := _wrapped_title(lines, i, head_end, before_kind=True):
            return _with_issuers_above(lines, *wrapped)
    titled = [i for i in cands if _titled(lines[i].text)]
    if titled:
        i = titled[0]
        # a title wrapped over two or three lines: "…关于印发" / "…管理办法的通" / "知"
        return _with_issuers_above(lines, *(_wrapped_title(lines, i, head_end) or (nospace(lines[i].text), [i])))
    if cands:
        return nospace(lines[cands[0]].text), [cands[0]]
    stem = re.sub(r"[_\s]+", " ", PurePath(source.name).stem).strip()
    notes.append("title taken from the file name (no title line found)")
    return stem or source.name, []


_TITLE_OVER_LINES = 3


def _title_over(lines: Sequence[Line], at: int) -> tuple[str, list[int]] | None:
    """The title printed on the lines just over line ``at``: one line, or a title wrapped over two or three
    whose upper lines are full (no shorter than the line under them: an app's name above is not)."""
    picked: list[int] = []
    j = at - 1
    while j >= 0 and len(picked) < _TITLE_OVER_LINES and _title_like(lines[j].text):
        if picked and len(nospace(lines[j].text)) < len(nospace(lines[picked[0]].text)):
            break
        picked.insert(0, j)
        j -= 1
    if not picked:
        return None
    title = "".join(nospace(lines[k].text) for k in picked)
    return (title, picked) if len(title) <= 90 else None


def _wrapped_title(lines: Sequence[Line], i: int, head_end: int,
                   before_kind: bool = False) -> tuple[str, list[int]] | None:
    """The title that starts on line ``i`` and ends one or two lines further on, and the lines that print it;
    None where it does not. ``before_kind``: line ``i`` holds no kind word, so the title is neither a 关于
    title under a line above it ("…门户网站" / "…办公室关于…的通知") and its last line may stand beside a scrap of a
    neighbouring sheet a photo caught ("报名通知\t请广大")."""
    for k in (1, 2):
        parts = [lines[i].text] + [lines[j].text.split("\t")[0] if before_kind else lines[j].text
                                   for j in range(i + 1, min(i + k + 1, head_end))]
        joined = nospace("".join(parts))
        if (len(parts) == k + 1 and _ends_title(joined) and not any(_ends_title(t) for t in parts[:-1])
                and len(joined) <= 90 and all(_continues_title(t) for t in parts[1:])
                and not (before_kind and "关于" in joined)):
            return joined, list(range(i, i + k + 1))
    return None


_ISSUER_LINES_MOST = 3


def _with_issuers_above(lines: Sequence[Line], title: str, at: list[int]) -> tuple[str, list[int]]:
    """A title that opens on 关于 with its issuers printed on the lines just above it ("宜昌市人力资源和
    社会保障局　宜昌市财政局" / "中国人民银行宜昌市分行" / "关于进一步加大…的通知"): the issuers are part of it."""
    if not title.startswith("关于") or not at:
        return title, at
    above: list[int] = []
    j = at[0] - 1
    while j >= 0 and len(above) < _ISSUER_LINES_MOST and ISSUER_LINE_RE.fullmatch(nospace(lines[j].text)):
        above.insert(0, j)
        j -= 1
    if not above:
        return title, at
    return "".join(nospace(lines[k].text) for k in above) + title, above + at


def _choose_doc_number(lines: Sequence[Line], head_end: int, fields: Sequence[tuple[str, str]],
                       hint: Document | None) -> tuple[str | None, int | None, bool]:
    """The notice's 文号, the header line it stands on, and whether it is the number of the notice the
    document is an attachment of ("（赣市府办字〔2026〕9号附件）" over a table published on its own)."""
    if hint is not None and hint.doc_number:
        at = [i for i, ln in enumerate(lines[:HEADER_LINES])
              if normalize_doc_number(nospace(ln.text).strip("（）()")) == hint.doc_number]
        return hint.doc_number, (at[0] if at else None), False
    for k, v in fields:
        if k == "发文字号":
            found = find_doc_numbers(v)
            if found:
                return found[0], None, False
            if re.search(r"第\s*\d+\s*号$", v):  # a decree: "洛阳市人民政府令第178号"
                return nospace(v), None, False
    for i, ln in enumerate(lines[: max(head_end, 1) + 1][:HEADER_LINES]):
        n = nospace(ln.text).strip("（）()")
        if docno := normalize_doc_number(n):
            return docno, i, False
        if docno := attachment_of(n):
            return docno, i, True
    return None, None, False

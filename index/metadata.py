"""Facts about one document read from its paragraphs: signature, issuer, attachments, publicity.

Used by both readings of a file: the notices of a gazette (``index.gazette``) and a single
document (``index.notice``). ``paras[0]`` is the title (and ``paras[1]`` the 文号 when there is one).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from index.cleaning import squeeze_spaces
from index.dates import signature_date
from index.docnumber import ATTACHMENT_OF
from index.headings import ATTACH_LIST_RE, ATTACHMENT_HEAD_RE
from index.issuers import ISSUER_LINE_RE, ORG_RE
from index.models import Document
from index.titles import TITLE_YEARS, issued_titles, normalize_title, nospace, strip_book_marks

# Printed under the signature of a notice meant for the public.
PUBLIC_MARK = "此件公开发布"


def is_public(paras: Sequence[str]) -> bool:
    return any(PUBLIC_MARK in p for p in paras)


def signature(paras: Sequence[str], spaced: Sequence[str]) -> tuple[str, str | None, int | None]:
    """(issuer, ISO date, index of the date paragraph) of the first signature block.

    ``spaced`` holds the paragraphs with their printed spaces: joint signers on one line are
    separated by spaces ("中卫市人民政府 中卫军分区").
    """
    for i, p in enumerate(paras):
        iso = signature_date(nospace(p))
        if iso is None:
            continue
        orgs: list[str] = []
        j = i - 1
        while j >= 0 and i - j <= 3:
            p_ = spaced[j]
            n = nospace(p_)
            if not ISSUER_LINE_RE.fullmatch(n) or len(n) > 60:
                break
            names = [squeeze_spaces(x) for x in re.split(r"\s+", p_.strip()) if x]
            if not all(ISSUER_LINE_RE.fullmatch(x) for x in names):
                names = [m.group(0) for m in ORG_RE.finditer(n)]
            orgs = names + orgs
            j -= 1
        return "、".join(orgs), iso, i
    return "", None, None


def issuer_from_title(title: str) -> str:
    """The issuer a title starts with ("中宁县人民政府关于…"), else ""."""
    m = re.match(r"^(.+?)(?:关于|印发|转发)", title)
    return m.group(1) if m and ISSUER_LINE_RE.fullmatch(m.group(1)) else ""


_FILE_EXTENSION = re.compile(r"\.(?:docx?|wps|pdf|xls[xb]?|et|ofd|zip|rar|7z|txt|rtf|odt|jpe?g|png)$", re.I)


def attachment_titles(title: str, paras: Sequence[str], sig_idx: int | None) -> list[str]:
    """Titles of what the notice issues or attaches: named by the cover, or in its "附件：" list."""
    cover = paras[: (sig_idx if sig_idx is not None else min(len(paras), 6))]
    body = "".join(cover[1:])
    atts = issued_titles(title, body)
    # "附件：1.xxx 2.yyy" lists under the notice
    in_list = False
    for p in paras[: (sig_idx + 1 if sig_idx is not None else len(paras))]:
        listed = ATTACH_LIST_RE.match(nospace(p)) is not None
        # items 2., 3. … of an attachment list wrap onto paragraphs of their own
        if listed or (in_list and re.match(r"^\d{1,2}\s*[.．、]", p)):
            in_list = True
            rest = re.sub(r"^附\s*件\s*[:：]\s*", "", p)
            for item in re.split(r"(?:^|\s*)(?<![\d.])\d{1,2}\s*[.．、]\s*", rest):
                item = re.sub(r"[（(]略[）)]$", "", item.strip(" 。；;")).strip()
                item = _FILE_EXTENSION.sub("", item)  # a mail's "附件：….docx" names the file, not only the title
                if len(item) >= 4:
                    atts.append(strip_book_marks(item))
        else:
            in_list = False
    seen: set[str] = set()
    out: list[str] = []
    for a in atts:
        key = normalize_title(a)
        if key and key not in seen and not any(key in s or s in key for s in seen):
            seen.add(key)
            out.append(a)
    return out


_CJK_TITLE_RE = re.compile(r"[\u4e00-\u9fff]")
_LINKED_TITLE_LEAST = 8  # CJK characters of an attachment's title linked across files
# a title's bracketed years ("（2026—2028年）"): an attachment listed without them is the same table
_BRACKETED_RE = re.compile(rf"（(?:{TITLE_YEARS})）")


def attach_to_notices(documents: Sequence[Document]) -> list[Document]:
    """Documents without a 文号 that a numbered notice lists as its attachment ("附件：2026年…分配表" over a
    table sent as a file of its own, in the same archive or folder): cited under that notice's 文号, with
    its issuer and date where they print none, and marked ``附件所属文号``. A title that more than one notice
    attaches is linked only where one of them comes from the same file; a short one ("申请表") only within
    the notice's own file (an archive)."""
    parents: dict[str, list[Document]] = {}
    # (and by the title without its bracketed years: "…重点任务分工表（2026—2028年）" is the notice's "附件：…重点任务分工表")
    unbracketed: dict[str, list[Document]] = {}
    for d in documents:
        if d.doc_number:
            for t in d.attachments:
                parents.setdefault(normalize_title(t), []).append(d)
                if not _BRACKETED_RE.search(normalize_title(t)):  # (a listed title with its own years is matched whole)
                    unbracketed.setdefault(normalize_title(t), []).append(d)
    out = []
    for d in documents:
        key = normalize_title(ATTACH_LIST_RE.sub("", ATTACHMENT_HEAD_RE.sub("", nospace(d.title))))
        found = [] if d.doc_number or not key else (
            parents.get(key) or unbracketed.get(_BRACKETED_RE.sub("", key), []))
        if len({p.doc_number for p in found}) > 1:
            found = [p for p in found if p.corpus_file == d.corpus_file]
        if len({p.doc_number for p in found}) != 1:
            out.append(d)
            continue
        parent = found[0]
        # (a short title, "申请表", is only linked within the notice's own file: other files have theirs)
        if parent.corpus_file != d.corpus_file and len(_CJK_TITLE_RE.findall(key)) < _LINKED_TITLE_LEAST:
            out.append(d)
            continue
        out.append(dataclasses.replace(
            d, doc_number=parent.doc_number, issuer=d.issuer or parent.issuer, date=d.date or parent.date,
            meta=(*d.meta, (ATTACHMENT_OF, parent.doc_number or ""))))
    return out

"""Example questions for the chat page.

A short curated list (``examples.json``) is used for the notices it names when they are in the
loaded index; the rest are derived from the titles of whatever corpus is loaded, so another
county's gazettes get sensible examples too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from importlib import resources

from index.docnumber import doc_number_key
from index.models import Document

_QUOTED = re.compile(r"《([^》]{4,40})》")
_ISSUER_PREFIX = re.compile(r"^.{2,30}?关于(?:印发|转发)?")
_SUFFIX = re.compile(r"(?:的)?(?:通知|决定|公告|通报|批复|意见的通知)$")


def curated() -> list[dict[str, str]]:
    try:
        text = resources.files(__package__).joinpath("examples.json").read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError):
        return []
    return [d for d in data if isinstance(d, dict) and d.get("question")]


def subject_of(title: str) -> str:
    """What a notice is about: the quoted plan name, else the title without issuer and 的通知."""
    m = _QUOTED.search(title)
    if m:
        return m.group(1)
    core = _SUFFIX.sub("", _ISSUER_PREFIX.sub("", title)).strip()
    return core or title


def question_for(doc: Document) -> str:
    subject = subject_of(doc.title)
    if re.search(r"(方案|计划|规划|意见|措施|要点)$", subject):
        return f"《{subject}》提出了哪些主要任务？"
    if re.search(r"(办法|规定|细则|制度|标准)$", subject):
        return f"《{subject}》有哪些主要规定？"
    return f"“{subject}”的主要内容是什么？"


def example_questions(documents: Iterable[Document], k: int = 4) -> list[str]:
    docs = list(documents)
    have = {doc_number_key(d.doc_number) for d in docs if d.doc_number}
    out = [e["question"] for e in curated() if doc_number_key(e.get("doc_number")) in have][:k]
    # Prefer long, substantive notices from different issuers for the derived ones.
    by_issuer: dict[str, Document] = {}
    for d in sorted(docs, key=lambda d: -len(d.text)):
        by_issuer.setdefault(d.issuer or d.corpus_file, d)
    for d in by_issuer.values():
        if len(out) >= k:
            break
        q = question_for(d)
        if len(subject_of(d.title)) <= 28 and q not in out:
            out.append(q)
    return out

"""Formal reply drafts (答复) from an answer, and their Word (.docx) export.

``draft_text`` uses ``rag.chain.draft_reply`` when the chain provides one and otherwise writes the
draft itself: every factual sentence of the answer becomes a numbered point opening with
根据《标题》（文号）, so each claim names the notice it rests on.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rag.schema import Answer, Citation
from ui.render import MARKER_RE

CN_NUMBERS = "一二三四五六七八九十"
NOT_FOUND_BODY = ("经查阅现行政策文件，暂未检索到与您所询事项直接相关的规定。"
                  "建议您向相关主管部门进一步咨询，或补充具体情况后再次提出。")
_SENTENCE_RE = re.compile(r"[^。！？!?\n]+[。！？!?]?(?:\s*\[\d{1,2}(?:[,，、]\s*\d{1,2})*\])*")


def cn_date(day: dt.date | None = None) -> str:
    d = day or dt.date.today()
    return f"{d.year}年{d.month}月{d.day}日"


def _source_phrase(c: Citation) -> str:
    return f"根据《{c.title}》" + (f"（{c.doc_number}）" if c.doc_number else "")


def _claims(text: str) -> list[tuple[str, list[int]]]:
    """Sentences of the answer with the markers attached to each."""
    out: list[tuple[str, list[int]]] = []
    for m in _SENTENCE_RE.finditer(text):
        sent = m.group().strip()
        nums = [int(x) for mm in MARKER_RE.finditer(sent) for x in re.split(r"[,，、]\s*", mm.group(1))]
        clean = MARKER_RE.sub("", sent).strip()
        if clean and not clean.startswith(("⚠", "（注", "注：")):
            out.append((clean, nums))
    return out


def draft_text(answer: Answer, question: str, today: dt.date | None = None) -> str:
    by_n = {c.n: c for c in answer.citations}
    points: list[str] = []
    if not answer.refused:
        for claim, nums in _claims(answer.text):
            cited = [by_n[n] for n in nums if n in by_n]
            if not cited:
                continue  # an unsourced sentence has no place in an official reply
            body = claim
            # A sentence may open with 根据《another law》 quoted from the notice: the reply must still
            # name the notice it was taken from.
            if not body.startswith(f"根据《{cited[0].title}》"):
                body = f"{_source_phrase(cited[0])}，{body.lstrip('，,：:')}"
            if not body.endswith(("。", "！", "？")):
                body += "。"
            points.append(body)
    if not points:
        points = [NOT_FOUND_BODY]
    numbered = "\n".join(
        f"{CN_NUMBERS[i] if i < len(CN_NUMBERS) else i + 1}、{p}" for i, p in enumerate(points))
    issuers = list(dict.fromkeys(c.issuer for c in answer.citations if c.issuer))
    signature = issuers[0] if len(issuers) == 1 else "（答复单位）"
    return (f"关于“{question.strip()}”的答复\n\n"
            "您好：\n\n"
            "您反映的问题收悉。经查阅相关文件，现答复如下：\n\n"
            f"{numbered}\n\n"
            "如有其他疑问，欢迎继续咨询。感谢您对我们工作的关心和支持。\n\n"
            f"{signature}\n{cn_date(today)}")


def sources_list(citations: Sequence[Citation]) -> list[str]:
    seen: dict[str, str] = {}
    for c in citations:
        line = f"《{c.title}》" + (f"（{c.doc_number}）" if c.doc_number else "")
        extra = "，".join(x for x in (c.issuer, c.date or "") if x)
        seen.setdefault(c.doc_id, line + (f"，{extra}" if extra else ""))
    return list(seen.values())


def _set_font(run: Any, name: str, size_pt: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)  # Word ignores font.name for CJK text without this


def draft_docx(draft: str, citations: Sequence[Citation]) -> bytes:
    """The (possibly edited) draft as a .docx in official-letter layout, sources listed at the end."""
    from docx import Document as DocxDocument
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = DocxDocument()
    lines = [ln.rstrip() for ln in draft.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines.pop(0).strip() if lines else "答复"
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(p.add_run(title), "方正小标宋简体", 22)
    body = [ln for ln in lines if ln.strip()]
    # The last two lines of a letter are the signature and the date: right-aligned.
    tail = 2 if len(body) >= 3 and re.search(r"\d{4}年\d{1,2}月\d{1,2}日$", body[-1]) else 0
    for i, ln in enumerate(body):
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        if i >= len(body) - tail:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif not ln.endswith("：") or i > 0:
            p.paragraph_format.first_line_indent = Pt(32)
        _set_font(p.add_run(ln.strip()), "仿宋_GB2312", 16)
    sources = sources_list(citations)
    if sources:
        p = doc.add_paragraph()
        _set_font(p.add_run("附：引用文件"), "黑体", 16)
        for i, s in enumerate(sources, 1):
            p = doc.add_paragraph()
            _set_font(p.add_run(f"{i}. {s}"), "仿宋_GB2312", 14)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# Draft files written for download: at most this many, none older than this.
DRAFTS_KEPT = 50
DRAFT_AGE_S = 3600


def prune(folder: Path, keep: int, max_age_s: float) -> None:
    """Remove the files of ``folder`` older than ``max_age_s`` and all but the newest ``keep - 1``
    (room for the one about to be written)."""
    now = time.time()
    files = sorted((p for p in folder.iterdir() if p.is_file()), key=lambda p: p.stat().st_mtime, reverse=True)
    for i, p in enumerate(files):
        if i >= keep - 1 or now - p.stat().st_mtime > max_age_s:
            p.unlink(missing_ok=True)

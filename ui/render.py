"""Answer, citation cards, source view and status line as HTML/Markdown strings.

Everything that comes from a document or a user is passed through ``html.escape`` and, where it is
shown as Markdown, through ``md_escape``: a notice containing ``<script>`` or ``**`` shows those
characters literally and never executes or formats them. Cards are plain ``<details>`` elements,
so opening the source needs no JavaScript.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Mapping
from typing import Any

from index.models import PATH_SEP, Document
from index.store import Manifest
from rag.schema import ANSWER_HEADING, EVIDENCE_HEADING, Answer, Citation, Evidence

MARKER_RE = re.compile(r"\[(\d{1,2}(?:[,，、]\s*\d{1,2})*)\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#|~$])")
_MD_BULLET = re.compile(r"(?m)^(\s*)([-+>])")
_MD_ORDERED = re.compile(r"(?m)^(\s*\d+)\.(?=\s)")
SOURCE_CONTEXT_CHARS = 1500  # a huge section is cut to this much text around the passage

CSS = """
.pq-status {font-size: 0.9em; opacity: 0.85}
.pq-cards {display: flex; flex-direction: column; gap: 6px; margin-top: 8px}
.pq-card {border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 10px; background: #f8fafc}
.pq-card summary {cursor: pointer; list-style: none}
.pq-card summary::-webkit-details-marker {display: none}
.pq-card .pq-n {font-weight: 700; color: #b42318; margin-right: 4px}
.pq-card .pq-docno {font-weight: 600; margin-right: 4px}
.pq-card .pq-meta {font-size: 0.85em; color: #57606a; display: block}
.pq-card .pq-quote {display: block; margin-top: 2px; font-size: 0.9em; border-left: 3px solid #d0d7de;
  padding-left: 6px; color: #24292f}
.pq-card .pq-open {font-size: 0.8em; color: #0969da}
.pq-card .pq-valid {font-size: 0.8em; border-radius: 4px; padding: 0 4px; margin-left: 4px; white-space: nowrap}
.pq-card .pq-valid-in_force {background: #dafbe1; color: #116329}
.pq-card .pq-valid-expired, .pq-card .pq-valid-repealed, .pq-card .pq-valid-draft {background: #ffebe9; color: #a40e26}
.pq-card .pq-valid-amended {background: #fff8c5; color: #7d4e00}
.pq-source {margin-top: 6px; padding: 8px; background: #fff; border-top: 1px dashed #d0d7de;
  white-space: pre-wrap; font-size: 0.9em; max-height: 360px; overflow-y: auto; line-height: 1.6}
.pq-source mark {background: #fde68a}
.pq-source .pq-passage {background: #eef6ff}
.pq-note {font-size: 0.85em; color: #9a6700}
.pq-card, .pq-card * {color-scheme: light}
"""


def md_escape(text: str) -> str:
    """Text shown literally inside Gradio's Markdown (HTML-escaped, Markdown characters neutralised)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
    return _MD_ORDERED.sub(r"\1\\.", _MD_BULLET.sub(r"\1\\\2", escaped))


def _br(text: str) -> str:
    # Chatbot Markdown ends a raw-HTML block at a blank line: keep the cards on one line.
    return html.escape(text).replace("\r", "").replace("\n", "<br>")


def answer_markdown(text: str) -> str:
    """The answer text, escaped, with [n] markers as superscripts."""
    out: list[str] = []
    pos = 0
    for m in MARKER_RE.finditer(text):
        out.append(md_escape(text[pos:m.start()]))
        out.append(f"<sup>[{html.escape(m.group(1))}]</sup>")
        pos = m.end()
    out.append(md_escape(text[pos:]))
    return "".join(out).replace("\n", "  \n")


def source_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The document range to show for a passage: the sections it touches, cut to a sane size."""
    lo, hi = start, end
    for s in doc.sections:
        if s.end > start and s.start < end and s.end > s.start:
            lo, hi = min(lo, s.start), max(hi, s.end)
    if hi - lo > SOURCE_CONTEXT_CHARS + (end - start):
        lo = max(lo, start - SOURCE_CONTEXT_CHARS // 2)
        hi = min(hi, end + SOURCE_CONTEXT_CHARS // 2)
    return max(lo, 0), min(hi, len(doc.text))


def _locate(haystack: str, needle: str, near: int) -> int:
    """Position of ``needle`` in ``haystack`` closest to ``near``, or -1."""
    if not needle:
        return -1
    best, i = -1, haystack.find(needle)
    while i >= 0:
        if best < 0 or abs(i - near) < abs(best - near):
            best = i
        i = haystack.find(needle, i + 1)
    return best


def source_html(doc: Document | None, c: Citation) -> str:
    """The full section text around a citation: passage tinted, quoted sentence marked."""
    if doc is None or not doc.text:
        body, offset, text = c.passage, 0, c.passage
        p_lo, p_hi = 0, len(text)
    else:
        a, b = source_span(doc, max(c.start, 0), min(max(c.end, c.start), len(doc.text)))
        text, offset = doc.text[a:b], a
        p_lo, p_hi = max(c.start - a, 0), max(min(c.end - a, len(text)), 0)
        body = text
    q_at = _locate(text, c.quote, p_lo) if c.quote else -1
    q_lo, q_hi = (q_at, q_at + len(c.quote)) if q_at >= 0 else (-1, -1)
    # Cut points where the tint or the mark opens/closes; each piece is escaped on its own.
    cuts = sorted({0, len(body), p_lo, p_hi, *((q_lo, q_hi) if q_at >= 0 else ())})
    parts: list[str] = []
    for x, y in itertools.pairwise(cuts):
        if y <= x:
            continue
        piece = _br(body[x:y])
        if q_at >= 0 and q_lo <= x and y <= q_hi:
            piece = f"<mark>{piece}</mark>"
        if p_lo <= x and y <= p_hi:
            piece = f'<span class="pq-passage">{piece}</span>'
        parts.append(piece)
    lead = "……" if offset > 0 else ""
    tail = "……" if doc is not None and offset + len(text) < len(doc.text) else ""
    return f'<div class="pq-source">{lead}{"".join(parts)}{tail}</div>'


def quote_section(doc: Document | None, c: Citation) -> str:
    """The heading path of the section holding the quoted sentence (a grown passage can span two)."""
    if doc is not None and c.quote:
        at = _locate(doc.text, c.quote, c.start)
        if at >= 0:
            for s in doc.sections:
                if s.start <= at < s.end:
                    return s.path_str
    return c.section


def validity_badge(c: Citation) -> str:
    """The notice's standing as a small tag (none when nothing is known about it)."""
    v = c.validity
    if v is None or v.status == "unknown":
        return ""
    return f'<span class="pq-valid pq-valid-{v.status}">{html.escape(v.label)}</span>'


def citation_card(c: Citation, doc: Document | None) -> str:
    docno = html.escape(c.doc_number or "无文号")
    path = quote_section(doc, c)
    section = path.split(PATH_SEP, 1)[1] if PATH_SEP in path else path
    meta = " · ".join(html.escape(x) for x in (c.issuer, c.date or "", section) if x)
    return (
        f'<details class="pq-card" data-n="{c.n}" data-doc="{html.escape(c.doc_id)}">'
        f'<summary><span class="pq-n">[{c.n}]</span><span class="pq-docno">{docno}</span>'
        f'<span class="pq-title">《{html.escape(c.title)}》</span>{validity_badge(c)}'
        f'<span class="pq-meta">{meta}</span>'
        f'<span class="pq-quote">“{_br(c.quote)}”</span>'
        f'<span class="pq-open">▸ 查看原文</span></summary>'
        f"{source_html(doc, c)}</details>"
    )


def cards_html(answer: Answer, documents: Mapping[str, Document]) -> str:
    if not answer.citations:
        return ""
    cards = "".join(citation_card(c, documents.get(c.doc_id)) for c in answer.citations)
    return f'<div class="pq-cards">{cards}</div>'


def evidence_markdown(evidence: Evidence, documents: Mapping[str, Document]) -> str:
    """The quoted evidence with its cards, shown before the model's answer (and above it after)."""
    cards = "".join(citation_card(c, documents.get(c.doc_id)) for c in evidence.citations)
    return (f'<span class="pq-note">{html.escape(EVIDENCE_HEADING)}</span>\n\n{answer_markdown(evidence.text)}'
            + (f'\n\n<div class="pq-cards">{cards}</div>' if cards else "")
            + f'\n\n<span class="pq-note">{html.escape(ANSWER_HEADING)}</span>\n\n')


def removed_note(answer: Answer) -> str:
    """One unobtrusive line on what the verifier took out of the model's answer."""
    count = "一处" if len(answer.removed) == 1 else f"{len(answer.removed)}处"
    reasons = "、".join(dict.fromkeys(r.reason_text for r in answer.removed))
    return f"已删除{count}与原文不符的表述（{reasons}），相应内容以原文为准。"


def answer_message(answer: Answer, documents: Mapping[str, Document]) -> str:
    """The whole assistant message: notes, the answer, related notices, citation cards."""
    parts: list[str] = []
    if answer.rewritten_question:
        parts.append(f'<span class="pq-note">按上下文理解为：{html.escape(answer.rewritten_question)}</span>')
    if answer.evidence is not None and answer.evidence.text not in answer.text:  # else shown once, below
        parts.append(f'<span class="pq-note">{html.escape(EVIDENCE_HEADING)}</span>')
        parts.append(answer_markdown(answer.evidence.text))
        parts.append(f'<span class="pq-note">{html.escape(ANSWER_HEADING)}</span>')
    parts.append(answer_markdown(answer.text))
    if answer.removed:
        parts.append(f'<span class="pq-note">{html.escape(removed_note(answer))}</span>')
    if answer.refused and answer.related:
        items = "；".join(html.escape(f"《{r.title}》" + (f"（{r.doc_number}）" if r.doc_number else ""))
                         for r in answer.related)
        parts.append(f'<span class="pq-note">可能相关的文件：{items}</span>')
    cards = cards_html(answer, documents)
    if cards:
        parts.append(cards)
    return "\n\n".join(parts)


# A file system path inside a message (a model server's error names its binary or model file).
_PATH_RE = re.compile(r"(?:[A-Za-z]:)?(?:[\\/][\w.\-~]+){2,}[\\/]?")


def status_markdown(manifest: Manifest, engine_status: Mapping[str, Any], corpus: str) -> str:
    """The status line every visitor sees: the corpus by its name (never the server's paths), the
    index, the model's state."""
    counts = manifest.counts
    files = manifest.corpus.files
    created = manifest.created.replace("T", " ")[:19]
    model = manifest.embedding.name
    if engine_status.get("llm_available"):
        llm = f"大模型：{engine_status.get('backend', '?')}（可用）"
    elif engine_status.get("llm_state") == "starting":
        llm = "大模型：本地模型正在加载…（加载完成前以原文摘录回答）"
    elif engine_status.get("backend") == "extractive":
        llm = "回答方式：原文摘录（未配置大模型）"
    else:
        msg = _PATH_RE.sub("…", str(engine_status.get("llm_message") or ""))
        llm = "⚠ 大模型不可用，将以原文摘录方式回答" + (f"：{msg}" if msg else "")
    return (f"语料 {md_escape(corpus)}：{len(files)} 个文件、{counts.documents} 份文件、"
            f"{counts.chunks} 个片段 · 索引构建于 {md_escape(created)}（{md_escape(str(model))}）"
            f" · {md_escape(llm)}")

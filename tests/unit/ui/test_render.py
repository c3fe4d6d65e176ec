"""Answer, cards and source view rendering: escaping, highlighting, locating the section."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from index.models import Document, Section
from index.standing import Validity
from index.store import CorpusInfo, Counts, EmbeddingInfo, Manifest
from rag.schema import Answer, Citation, Claim, Removed
from ui.render import (
    answer_markdown,
    answer_message,
    cards_html,
    md_escape,
    removed_note,
    source_html,
    status_markdown,
)

TEXT = ("某县人民政府关于网页安全的通知\n一、总体要求\n"
        "禁止嵌入<script>alert(1)</script>代码。审查由网信办负责。\n二、工作措施\n每季度检查一次。\n")


def doc() -> Document:
    a = TEXT.index("一、")
    b = TEXT.index("二、")
    return Document("f.txt", "某政发〔2023〕1号", "某县人民政府关于网页安全的通知", "某县人民政府",
                    "2023-03-01", TEXT, (Section(("通知",), 0, a), Section(("通知", "一、总体要求"), a, b),
                           Section(("通知", "二、工作措施"), b, len(TEXT))))


def cite(quote: str = "禁止嵌入<script>alert(1)</script>代码。") -> Citation:
    d = doc()
    start = TEXT.index("禁止")
    end = start + len(quote) + 4
    return Citation(1, d.doc_number, d.title, d.issuer, d.date, "通知 > 二、工作措施", quote,
                    TEXT[start:end], "f.txt", d.doc_id, start, end)


def test_markup_is_escaped_everywhere() -> None:
    d = doc()
    a = Answer("q<b>", None, "禁止<script>alert(1)</script>[1]。", (cite(),), False, "local")
    html = answer_message(a, {d.doc_id: d})
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert '<img src=x onerror="alert(1)">' not in md_escape('<img src=x onerror="alert(1)">')


def test_markers_become_superscripts_and_markdown_is_neutralised() -> None:
    out = answer_markdown("**粗**[1]和[2、3]")
    assert "<sup>[1]</sup>" in out and "<sup>[2、3]</sup>" in out
    assert "\\*\\*" in out


def test_source_view_marks_the_quote_inside_its_section() -> None:
    d = doc()
    out = source_html(d, cite())
    assert "<mark>" in out and "&lt;script&gt;" in out
    assert "一、总体要求" in out  # the whole section is shown, not just the passage
    marked = out.split("<mark>", 1)[1].split("</mark>", 1)[0]
    assert "禁止嵌入" in marked


def test_card_shows_number_title_issuer_date_and_the_quotes_section() -> None:
    d = doc()
    out = cards_html(Answer("q", None, "x[1]", (cite(),), False, "local"), {d.doc_id: d})
    for part in ("某政发〔2023〕1号", "某县人民政府关于网页安全的通知", "某县人民政府", "2023-03-01",
                 "查看原文"):
        assert part in out
    assert "一、总体要求" in out.split('class="pq-meta">', 1)[1].split("</span>", 1)[0]


def test_card_without_document_falls_back_to_the_passage() -> None:
    out = cards_html(Answer("q", None, "x[1]", (cite(),), False, "local"), {})
    assert "pq-source" in out and "<mark>" in out


def test_status_line_reports_index_and_llm() -> None:
    manifest = Manifest(
        format_version=1, created="2025-01-02T03:04:05+0000", embedding=EmbeddingInfo("e5", "fp", 384), dim=384,
        chunker={}, pipeline="p", corpus=CorpusInfo("/c", {"a.txt": "x", "b.txt": "y"}, "h", (), ()),
        counts=Counts(documents=62, chunks=3000), versions={}, checksums={})
    up = status_markdown(manifest, {"backend": "local", "llm_available": True}, "/c")
    assert "62 份文件" in up and "3000 个片段" in up and "2025-01-02 03:04:05" in up and "2 个文件" in up
    engine = {"backend": "local", "llm_available": False, "llm_message": "GGUF 缺失"}
    down = status_markdown(manifest, engine, "/c")
    assert "不可用" in down and "GGUF 缺失" in down
    leaky = {"backend": "local", "llm_available": False,
             "llm_message": "model file /srv/policyqa/var/models/qwen.gguf is missing"}
    assert "/srv" not in status_markdown(manifest, leaky, "gazettes")


def test_the_page_names_the_corpus_not_the_servers_path(tmp_path: Any) -> None:
    from types import SimpleNamespace

    from ui.app import _Page

    manifest = Manifest(
        format_version=1, created="2025-01-02T03:04:05+0000", embedding=EmbeddingInfo("e5", "fp", 384), dim=384,
        chunker={}, pipeline="p", corpus=CorpusInfo("/c", {}, "h", (), ()),
        counts=Counts(documents=1, chunks=1), versions={}, checksums={})
    corpus = tmp_path / "srv" / "secret" / "gazettes"
    services = SimpleNamespace(runtime=SimpleNamespace(index=SimpleNamespace(manifest=manifest)),
                               settings=SimpleNamespace(corpus=corpus),
                               refresh_status=lambda: {"backend": "extractive"})
    line = _Page(services).current_status()  # type: ignore[arg-type]
    assert "gazettes" in line and "secret" not in line and str(tmp_path) not in line


def test_removed_claims_are_noted_once_without_repeating_them() -> None:
    removed = (Removed("由县法院牵头。", "role", 1), Removed("应于6月30日前上报。", "number", 1))
    a = Answer("q", None, "牵头单位：县公安局[1]。", (cite(),), False, "local",
               claims=(Claim("牵头单位：县公安局。", (1,), "quote"),), removed=removed, checked=2)
    note = removed_note(a)
    assert note.startswith("已删除2处与原文不符的表述") and "单位职责与原文不符" in note and "数字与原文不符" in note
    page = answer_message(a, {})
    assert note in page and "县法院牵头" not in page  # what was removed is never shown as an answer
    body = a.to_json()
    assert body["removed"][0] == {"text": "由县法院牵头。", "reason": "role", "replaced_by": 1}
    assert body["sentences"] == [{"text": "牵头单位：县公安局。", "cited": [1], "kind": "quote"}]
    assert body["claims_checked"] == 2


def test_card_tags_a_notice_no_longer_in_force_and_says_nothing_when_unknown() -> None:
    d = doc()
    expired = Validity("expired", "2026-12-02", "2019-06-01", "2021-05-31", evidence="有效期至2021年5月31日。")
    out = cards_html(Answer("q", None, "x[1]", (replace(cite(), validity=expired),), False, "local"), {d.doc_id: d})
    assert 'pq-valid-expired' in out and "已失效（有效期至2021年5月31日）" in out
    unknown = Validity("unknown", "2026-12-02")
    out = cards_html(Answer("q", None, "x[1]", (replace(cite(), validity=unknown),), False, "local"), {d.doc_id: d})
    assert "pq-valid" not in out.split("<style", 1)[0]


def test_quotes_are_shown_once_whether_the_answer_holds_them_or_follows_them() -> None:
    from rag.schema import EVIDENCE_HEADING, Evidence
    quotes = "根据《某县人民政府关于网页安全的通知》（某政发〔2023〕1号）：审查由网信办负责[1]。"
    evidence = Evidence(quotes, (cite(),))
    lead = Answer("q", None, f"由网信办负责审查[1]。\n{quotes}", (cite(),), False, "local", evidence=evidence)
    page = answer_message(lead, {})
    assert page.count("审查由网信办负责") == 1 and EVIDENCE_HEADING not in page
    assert lead.presented == lead.text
    restated = Answer("q", None, "由网信办负责审查[1]。", (cite(),), False, "local", evidence=evidence)
    page = answer_message(restated, {})
    assert page.count("审查由网信办负责") == 1 and EVIDENCE_HEADING in page
    assert restated.presented.startswith(EVIDENCE_HEADING)

from __future__ import annotations

import re
from pathlib import Path

import pytest

from index.chunking import ChunkerSettings, chunk_document
from index.gazette import parse_gazette
from index.models import PATH_SEP, Document, Section
from index.readers import read_source

CORPUS = Path(__file__).resolve().parents[3] / "data" / "corpus"


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    out: list[Document] = []
    for name in ("zhongning-county-2019-no2.txt", "tongxin-county-2022.txt"):
        out += parse_gazette(read_source(CORPUS / name).text, name)
    return out


def test_chunk_text_is_the_verbatim_span_of_its_document(docs: list[Document]) -> None:
    by_id = {d.doc_id: d for d in docs}
    chunks = [c for d in docs for c in chunk_document(d, len, ChunkerSettings(max_tokens=200))]
    assert chunks
    for c in chunks:
        assert by_id[c.doc_id].text[c.start:c.end] == c.text
        assert c.text.strip() == c.text and c.text


def test_chunks_respect_the_token_budget_and_never_cross_documents(docs: list[Document]) -> None:
    for doc in docs:
        for c in chunk_document(doc, len, ChunkerSettings(max_tokens=150, min_tokens=40)):
            assert len(c.text) <= 150
            assert c.doc_id == doc.doc_id and c.doc_number == doc.doc_number and c.title == doc.title
            assert 0 <= c.start < c.end <= len(doc.text)


def test_ids_are_stable_and_unique(docs: list[Document]) -> None:
    a = [c for d in docs for c in chunk_document(d, len)]
    b = [c for d in docs for c in chunk_document(d, len)]
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)


def test_chunks_follow_sections_first(docs: list[Document]) -> None:
    doc = max(docs, key=lambda d: len(d.sections))
    chunks = chunk_document(doc, len, ChunkerSettings(max_tokens=300, min_tokens=40))
    starts = {s.start for s in doc.sections}
    # Every section heading that opens a chunk-sized section starts a chunk, or sits inside one
    # together with its parent's heading: no chunk starts in the middle of a short section.
    for c in chunks[1:]:
        sec = next(s for s in doc.sections if s.start <= c.start < s.end)
        if sec.end - sec.start <= 300:
            assert c.start in starts or doc.text[sec.start:c.start].strip() == "", c.section_path
    for c in chunks:
        assert c.section_path.split(PATH_SEP)[0]


def test_long_section_is_cut_at_sentence_ends() -> None:
    body = "".join(f"第{i}句规定了某项具体工作要求和完成时限。" for i in range(40))
    text = "实施方案\n" + body
    doc = Document("f.txt", "某发〔2020〕1号", "实施方案", "某县人民政府", "2020-01-01", text,
                   (Section(("实施方案",), 0, len(text)),))
    chunks = chunk_document(doc, len, ChunkerSettings(max_tokens=100, min_tokens=20))
    assert len(chunks) > 5
    for c in chunks[:-1]:
        assert c.text.endswith("。")


def test_heading_only_unit_is_packed_with_its_body() -> None:
    text = "方案\n一、总体要求\n" + "坚持问题导向，突出重点任务。" * 4
    secs = (Section(("方案",), 0, 3), Section(("方案", "一、总体要求"), 3, len(text)))
    doc = Document("f.txt", None, "方案", "", None, text, secs)
    chunks = chunk_document(doc, len, ChunkerSettings(max_tokens=200, min_tokens=30))
    assert len(chunks) == 1
    assert chunks[0].section_path.endswith("一、总体要求")


def _sections_overlapping(doc: Document, start: int, end: int) -> list[Section]:
    return [s for s in doc.sections if s.start < end and start < s.end and doc.text[max(s.start, start):
            min(s.end, end)].strip()]


def test_section_path_agrees_with_every_section_a_chunk_spans(docs: list[Document]) -> None:
    """A chunk's section_path names where its text sits: for each section the chunk overlaps, the
    chunk path and the section path agree on their common length (one is a prefix of the other)."""
    wrong = []
    for doc in docs:
        for c in chunk_document(doc, len):
            path = tuple(c.section_path.split(PATH_SEP))
            assert path in {s.path for s in doc.sections} or any(
                s.path[: len(path)] == path for s in doc.sections), c.section_path
            for s in _sections_overlapping(doc, c.start, c.end):
                k = min(len(path), len(s.path))
                if path[:k] != s.path[:k]:
                    wrong.append((c.section_path, s.path_str, doc.text[max(s.start, c.start):
                                                                       min(s.end, c.end)][:40]))
                    break
    assert wrong == []


_SENTENCE_BREAK = re.compile(r"[。！？!?；;]|\n")


def test_real_chunks_end_at_sentence_or_line_ends_unless_the_sentence_is_too_long(docs: list[Document]) -> None:
    budget = 150
    ends = 0
    for doc in docs:
        t = doc.text
        for c in chunk_document(doc, len, ChunkerSettings(max_tokens=budget, min_tokens=40)):
            if c.end >= len(t.rstrip()) or _SENTENCE_BREAK.match(t[c.end - 1]) or t[c.end:c.end + 1] == "\n":
                ends += 1
                continue
            # Cut inside a sentence: only allowed when that sentence (with a heading line in front of
            # it) does not fit the budget.
            a = max((m.end() for m in _SENTENCE_BREAK.finditer(t, 0, c.end)), default=0)
            m = _SENTENCE_BREAK.search(t, c.end)
            b = m.end() if m else len(t)
            assert b - a > budget * 0.85, (c.section_path, t[a:b])
    assert ends > 0


def test_a_heading_is_never_the_whole_chunk(docs: list[Document]) -> None:
    for doc in docs:
        heading_lines = {s.path[-1] for s in doc.sections}
        for c in chunk_document(doc, len, ChunkerSettings(max_tokens=200, min_tokens=40)):
            # A lone heading line (with nothing after it) would be a useless search hit.
            if c.text in heading_lines and len(c.text) < 40:
                sec = next(s for s in doc.sections if s.start <= c.start < s.end)
                assert not doc.text[c.end:sec.end].strip(), c.text

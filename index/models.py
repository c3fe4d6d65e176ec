"""Frozen data passed between the parser, the chunker, the index and the chain.

Everything here is plain data: no I/O, no models. Offsets are character offsets into
``Document.text`` (the cleaned text of one notice), so ``doc.text[c.start:c.end] == c.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

PATH_SEP = " > "


def content_hash(*parts: str, length: int = 16) -> str:
    """Stable hex id of some strings (sha1 over NUL-joined UTF-8)."""
    h = hashlib.sha1("\x00".join(parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class Section:
    """A run of a document's text that lies under one heading path.

    ``path`` goes from the document's title (or plan title) down to the innermost heading, e.g.
    ``("中宁县…实施方案", "二、主要任务", "（四）深化工业污染治理")``. ``start``/``end`` cover the
    heading line itself and the body up to the next heading of any level.
    """

    path: tuple[str, ...]
    start: int
    end: int
    level: int = 0

    @property
    def path_str(self) -> str:
        return PATH_SEP.join(self.path)


@dataclass(frozen=True)
class Document:
    """One notice (通知/决定/公告 …) found in a gazette file."""

    corpus_file: str
    doc_number: str | None
    title: str
    issuer: str
    date: str | None  # ISO yyyy-mm-dd of the signature
    text: str  # cleaned text, one paragraph per line
    sections: tuple[Section, ...]
    attachments: tuple[str, ...] = ()
    public: bool = False  # marked 此件公开发布
    start_line: int = 0  # 1-based line span in the source file (informative)
    end_line: int = 0
    notes: tuple[str, ...] = ()  # what the parser could not fix
    # Labelled fields the page or file states about the notice, canonical labels from
    # ``index.webpage`` (索引号, 发布日期, 施行日期, 有效期 …), in the order they were printed.
    meta: tuple[tuple[str, str], ...] = ()
    # Other corpus files that hold the very same notice (same 文号, title and text): it is indexed
    # and cited once, from ``corpus_file``, with these listed as further sources.
    also_in: tuple[str, ...] = ()

    @property
    def doc_id(self) -> str:
        # The start line tells apart two notices of one file that share 文号 and title (reprints).
        return content_hash(self.corpus_file, self.doc_number or "", self.title, str(self.start_line))


@dataclass(frozen=True)
class Chunk:
    """A passage of one document, with provenance. ``text`` is verbatim document text."""

    id: str
    doc_id: str
    text: str
    start: int
    end: int
    corpus_file: str
    doc_number: str | None
    title: str
    issuer: str
    date: str | None
    section_path: str
    ordinal: int = 0  # position of the chunk inside its document

    @property
    def header(self) -> str:
        """Short context line embedded (not quoted) with the text: the section path, which starts
        with the title of the notice or of the plan it issues. Kept short: it is paid for in every
        chunk's embedding time."""
        return self.section_path or self.title

    @property
    def embed_text(self) -> str:
        return f"{self.header}\n{self.text}"

"""The types that flow between the stages of the answer pipeline and out to the CLI, the UI, the
API and the evaluation: filters and hits of retrieval, citations, evidence, answers, turns, and the
events ``AnswerEngine.stream`` yields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from index.models import Chunk
from rag.query import QueryAnalysis

Persona = Literal["public", "civil_servant"]


@dataclass(frozen=True)
class Filters:
    """Hard filters chosen by a user (UI/CLI); empty means no restriction."""

    localities: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    issuers: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    rank: int
    text: str  # the passage handed to the answer step (the chunk, possibly grown with neighbours)
    start: int
    end: int
    signals: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def section_path(self) -> str:
        return self.chunk.section_path


@dataclass(frozen=True)
class RetrievalResult:
    question: str
    hits: tuple[Hit, ...]
    analysis: QueryAnalysis
    latency_ms: dict[str, float]


@dataclass(frozen=True)
class Citation:
    n: int  # the [n] marker in the answer
    doc_number: str | None
    title: str
    issuer: str
    date: str | None
    section: str
    quote: str  # the sentence of the passage that supports the cited claim (verbatim)
    passage: str  # the whole passage given to the model (verbatim)
    corpus_file: str
    doc_id: str
    start: int  # offsets of the passage in the document's cleaned text
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "doc_number": self.doc_number, "title": self.title, "issuer": self.issuer,
                "date": self.date, "section": self.section, "quote": self.quote,
                "corpus_file": self.corpus_file}


@dataclass(frozen=True)
class RelatedNotice:
    doc_number: str | None
    title: str
    issuer: str
    date: str | None


EVIDENCE_HEADING = "【原文依据】"
ANSWER_HEADING = "【解读】"


@dataclass(frozen=True)
class Evidence:
    """The quoted sentences that answer the question, shown before the model's restatement."""

    text: str  # verbatim passage sentences with [n] markers (the extractive answer)
    citations: tuple[Citation, ...]

    def preamble(self) -> str:
        """How the evidence opens a plain-text answer (CLI, API); the model's text follows it."""
        return f"{EVIDENCE_HEADING}\n{self.text}\n\n{ANSWER_HEADING}\n"


@dataclass(frozen=True)
class Answer:
    question: str  # as asked
    rewritten_question: str | None  # the standalone form used for retrieval (follow-ups only)
    text: str  # answer with [n] markers
    citations: tuple[Citation, ...]
    refused: bool
    backend: str  # "local" | "openai" | "extractive"
    # Set when an LLM failed and the extractive answer stands in; ``text`` then opens with the
    # engine's note saying so, which is all a reader needs to see.
    fallback_reason: str | None = None
    flagged: tuple[str, ...] = ()  # sentences whose numbers no cited passage supports
    related: tuple[RelatedNotice, ...] = ()  # closest notices, given with a refusal
    hits: tuple[Hit, ...] = field(default=(), compare=False)
    latency_ms: dict[str, float] = field(default_factory=dict, compare=False)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    # The evidence shown first, when the model then restated it in ``text``; None when ``text`` is
    # itself the quoted evidence (extractive backend, fallback) or a refusal.
    evidence: Evidence | None = None

    @property
    def presented(self) -> str:
        """The whole text a reader sees: the evidence first, then the model's answer."""
        return self.evidence.preamble() + self.text if self.evidence else self.text

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question, "rewritten_question": self.rewritten_question, "answer": self.text,
            "evidence": self.evidence.text if self.evidence else None,
            "citations": [c.to_json() for c in self.citations], "refused": self.refused,
            "backend": self.backend, "fallback_reason": self.fallback_reason, "flagged": list(self.flagged),
            "related": [r.__dict__ for r in self.related],
            "latency_ms": {k: round(v, 1) for k, v in self.latency_ms.items()},
            "usage": {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens},
        }


@dataclass(frozen=True)
class Turn:
    """One earlier exchange of a conversation."""

    question: str
    answer: str


# ----------------------------------------------------------------------------- events
# What ``AnswerEngine.stream`` yields, in order: ``Rewritten`` once for a follow-up, ``EvidenceShown``
# as soon as the quoted evidence is known (before the model starts), ``Token`` for each piece of the
# model's answer, ``Note`` for text the engine adds itself (a refusal, why the evidence stands as
# the answer), and finally ``Final``.


@dataclass(frozen=True)
class Rewritten:
    question: str  # the standalone form of a follow-up


@dataclass(frozen=True)
class EvidenceShown:
    evidence: Evidence


@dataclass(frozen=True)
class Token:
    text: str


@dataclass(frozen=True)
class Note:
    text: str


@dataclass(frozen=True)
class Final:
    answer: Answer


Event = Rewritten | EvidenceShown | Token | Note | Final

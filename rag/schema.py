"""The types that flow between the stages of the answer pipeline and out to the CLI, the UI, the
API and the evaluation: filters and hits of retrieval, citations, evidence, answers, turns, and the
events ``AnswerEngine.stream`` yields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from index.models import Chunk
from index.standing import Validity
from rag.query import QueryAnalysis

Persona = Literal["public", "civil_servant"]


@dataclass(frozen=True)
class Filters:
    """Hard filters chosen by a user (UI/CLI); empty means no restriction."""

    localities: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    issuers: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    current_only: bool = False  # 只看现行有效: leave out notices expired or repealed on ``as_of``
    as_of: str | None = None  # ISO day validity is judged on; None: the engine's (today by default)


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    rank: int
    text: str  # the passage handed to the answer step (the chunk, possibly grown with neighbours)
    start: int
    end: int
    signals: dict[str, float] = field(default_factory=dict, compare=False)
    note: str = ""  # shown beside the passage, never quoted: a task row's table columns
    whole: bool = False  # one record (a table row): quoted whole, never cut into sentences
    # Where the passage could have been cut (its section and the neighbouring chunks of the same
    # section family), as offsets into the notice's text: consulted when the passage misses a fact.
    region: tuple[int, int] | None = None

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
    validity: Validity | None = None  # the notice's standing on the day asked (None: not judged)
    also_in: tuple[str, ...] = ()  # other corpus files that hold the same notice

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "doc_number": self.doc_number, "title": self.title, "issuer": self.issuer,
                "date": self.date, "section": self.section, "quote": self.quote,
                "corpus_file": self.corpus_file, "also_in": list(self.also_in),
                "validity": self.validity.brief() if self.validity else None}


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


# Why the verifier removed a generated sentence, as the reader is told.
REMOVAL_REASONS = {
    "number": "数字与原文不符", "org": "单位与原文不符", "role": "单位职责与原文不符", "polarity": "肯定否定与原文相反",
    "echo": "重复了问题", "unsupported": "原文中没有这一说法", "judgement": "原文没有作此评价", "uncited": "未注明出处且原文中找不到",
    "condition": "漏掉了原文的适用条件或例外", "person": "人员对应关系与原文不符",
    "part": "引用的原文说的是问题的另一部分", "respective": "把另一项的内容说成了这一项",
    "definition": "把原文定义之外的内容说成了定义的一部分",
    "bare": "只有人名，看不出是哪一项的什么职务",
    "outdated": "说的是已被修改的旧标准",
}


@dataclass(frozen=True)
class Claim:
    """One sentence of the final answer."""

    text: str  # without markers
    cited: tuple[int, ...]  # the [n] it cites
    # "quote" (verbatim source), "restated" (checked against its source), "worked" (a sum worked from the
    # asker's figures and the cited quote's rule, its working shown), "not_found", "validity"
    kind: str

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "cited": list(self.cited), "kind": self.kind}


@dataclass(frozen=True)
class Removed:
    """A generated sentence the verifier took out, and why."""

    text: str
    reason: str  # number | org | role | polarity | echo | unsupported | uncited | judgement | condition | person | part | respective | definition | bare | outdated
    replaced_by: int | None  # the source quoted in its place

    @property
    def reason_text(self) -> str:
        return REMOVAL_REASONS.get(self.reason, self.reason)

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "reason": self.reason, "replaced_by": self.replaced_by}


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
    related: tuple[RelatedNotice, ...] = ()  # closest notices, given with a refusal
    hits: tuple[Hit, ...] = field(default=(), compare=False)
    latency_ms: dict[str, float] = field(default_factory=dict, compare=False)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    # The evidence shown first, when the model then restated it in ``text``; None when ``text`` is
    # itself the quoted evidence (extractive backend, fallback) or a refusal.
    evidence: Evidence | None = None
    # The answer sentence by sentence (each with what it cites and whether it is the source's own
    # words or a checked restatement), the generated sentences the verifier removed, and how many
    # generated sentences it checked.
    claims: tuple[Claim, ...] = ()
    removed: tuple[Removed, ...] = ()
    checked: int = 0

    @property
    def presented(self) -> str:
        """The whole text a reader sees: the evidence first, then the model's answer (an answer
        that holds the evidence in its own text, a lead above the quotes, is that text)."""
        if self.evidence is None or self.evidence.text in self.text:
            return self.text
        return self.evidence.preamble() + self.text

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question, "rewritten_question": self.rewritten_question, "answer": self.text,
            "evidence": self.evidence.text if self.evidence else None,
            "citations": [c.to_json() for c in self.citations], "refused": self.refused,
            "backend": self.backend, "fallback_reason": self.fallback_reason,
            "related": [r.__dict__ for r in self.related],
            "sentences": [c.to_json() for c in self.claims], "removed": [r.to_json() for r in self.removed],
            "claims_checked": self.checked,
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

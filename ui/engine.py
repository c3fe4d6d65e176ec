"""The answer engine as the UI and the API see it.

The UI codes against the ``AnswerEngine`` contract of ``rag.chain`` only (``stream``, ``answer``,
``status``). ``make_engine`` builds the real one; if ``rag.chain`` cannot be imported (a broken
checkout, a partial install) the server still starts with ``ExtractiveEngine``, a small
retrieval-plus-quotation engine built from the same ``rag`` pieces, and the status line says so.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from rag.answer_types import Answer, Event, Turn
from rag.llm import LLMSettings
from rag.retrieval import Filters
from rag.runtime import Runtime

log = logging.getLogger(__name__)


class Engine(Protocol):
    def stream(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Iterator[Event]: ...

    def answer(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Answer: ...

    def status(self) -> dict[str, Any]: ...


def make_engine(runtime: Runtime, llm: LLMSettings | None = None) -> Engine:
    try:
        from rag.chain import AnswerEngine

        engine: Engine = AnswerEngine(runtime, llm)
    except Exception as exc:  # a broken chain must not take the page down; the status line says why
        log.error("rag.chain unavailable (%s: %s); answering extractively", type(exc).__name__, exc)
        return ExtractiveEngine(runtime, reason=f"rag.chain unavailable: {type(exc).__name__}: {exc}")
    return engine


def final_answer(events: Iterator[Event]) -> Answer:
    """Drain an event stream and return its final Answer."""
    for kind, value in events:
        if kind == "final":
            answer: Answer = value
            return answer
    raise RuntimeError("the engine ended without a final answer")


class ExtractiveEngine:
    """Answers by quoting the best passage sentences; no LLM, no query rewriting."""

    def __init__(self, runtime: Runtime, reason: str = ""):
        self.runtime = runtime
        self.reason = reason
        self.max_chars = runtime.settings.max_question_chars

    def status(self) -> dict[str, Any]:
        # "fallback" makes the status line show the reason: the chain failed, this is not a choice.
        return {"backend": "fallback" if self.reason else "extractive", "llm_available": False,
                "llm_message": self.reason or "抽取式回答（未配置大模型）"}

    def answer(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Answer:
        return final_answer(self.stream(question, history, persona, filters, backend))

    def stream(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Iterator[Event]:
        from rag.extractive import extractive_answer
        from rag.grounding import build_context, check_answer

        q = (question or "").strip()
        if not q:
            raise ValueError("问题为空，请输入您的问题。")
        if len(q) > self.max_chars:
            raise ValueError(f"问题过长（{len(q)} 字，上限 {self.max_chars} 字），请精简后再问。")
        result = self.runtime.retriever.retrieve(q, filters)
        passages = build_context(result.hits, q, len)
        text = extractive_answer(passages, q, None)
        if not text:
            answer = Answer(q, None, "抱歉，现有政策文件中没有找到能回答这个问题的内容。", (), True,
                            "extractive")
        else:
            checked = check_answer(text, passages, q)
            answer = Answer(q, None, checked.text, checked.citations, False, "extractive",
                            flagged=checked.flagged, hits=result.hits, latency_ms=dict(result.latency_ms),
                            completion_tokens=len(checked.text))
        for i in range(0, len(answer.text), 8):
            yield ("token", answer.text[i:i + 8])
        yield ("final", answer)

"""The answer chain: question → (rewrite) → retrieve → context → prompt → model → checked citations.

Composed with LangChain runnables so it is usable as one LCEL chain (``AnswerEngine.as_runnable``),
and streamed step by step by ``AnswerEngine.stream`` for the CLI, the UI and the API. The model is
an injected ``BaseChatModel`` (LangChain fakes in tests); when it fails or times out the extractive
answer stands in, marked as such.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessageChunk, HumanMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable, RunnableLambda

from index.errors import LLMDisabled, LLMUnavailable, ModelBusy, ModelTimeout, QuestionError
from prompts import REFUSAL, load_prompt, system_prompt
from rag.admission import ModelGate
from rag.answer_types import Answer, Event, Evidence, RelatedNotice, Turn
from rag.extractive import Support, assess_support, extractive_answer
from rag.grounding import (
    ContextPassage,
    asks_for_number,
    build_context,
    check_answer,
    drop_claims,
    format_context,
)
from rag.llm import LLMSettings, count_tokens, estimate_tokens, make_chat_model
from rag.retrieval import Filters, Hit, RetrievalResult
from rag.rewrite import clean_llm_rewrite, heuristic_rewrite, is_follow_up

log = logging.getLogger(__name__)

# Calibrated on the development questions (see README, "Refusal"): the best passage sentence must
# cover this idf-weighted share of the question's terms, else the answer is a refusal.
MIN_COVERAGE = 0.12
_RESPONSIBLE = re.compile(r"(?:牵头单位|责任单位|负责单位|联系单位)[:：]?\s*([\u4e00-\u9fff、，,（）()]{2,60})")


@dataclass(frozen=True)
class EngineSettings:
    context_tokens_local: int = 450  # keeps the local model's first token near 3 s on 2 cores
    context_tokens_remote: int = 1600
    max_passage_chars: int = 420
    min_coverage: float = MIN_COVERAGE
    max_question_chars: int = 500
    llm_rewrite: bool = False  # rewrite follow-ups with the LLM (slower) instead of the heuristic
    remote_capacity: int = 32  # questions in flight at once on a remote server (the local one says its own)
    admission_budget_s: float = 24.0  # the longest expected wait for the model's first token
    local_prompt_rate: float = 40.0  # prompt tokens/s assumed for the local model until measured


def validate_question(question: str, max_chars: int) -> str:
    q = (question or "").strip()
    if not q:
        raise QuestionError("请输入问题。")
    if len(q) > max_chars:
        raise QuestionError(f"问题过长（{len(q)} 字），请精简到 {max_chars} 字以内。")
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", q):
        raise QuestionError("没有看懂这个问题，请用中文描述您想了解的政策。")
    return q


def _fallback_note(exc: BaseException) -> str:
    if isinstance(exc, ModelBusy):
        return "（当前咨询较多，以下为文件原文摘录；稍后再问可获得模型解读）"
    if isinstance(exc, ModelTimeout):
        return "（模型解读超时已停止，以下为文件原文摘录）"
    return "（大模型暂不可用，以下为文件原文摘录）"


class _Turn:
    """What one question's answer is built from, and its clock."""

    def __init__(self, engine: AnswerEngine, question: str, rewritten: str | None, standalone: str,
                 result: RetrievalResult, passages: list[ContextPassage], t0: float):
        self.engine, self.question, self.rewritten, self.standalone = engine, question, rewritten, standalone
        self.result, self.passages, self.t0 = result, passages, t0
        self.latency = {"retrieval_ms": (time.perf_counter() - t0) * 1000}
        self.prompt_tokens = 0

    def _ms(self) -> float:
        return (time.perf_counter() - self.t0) * 1000

    def mark_content(self) -> None:
        self.latency.setdefault("first_content_ms", self._ms())

    def mark_model_token(self) -> None:
        if "first_model_token_ms" not in self.latency:
            self.latency["first_model_token_ms"] = self._ms()
            self.mark_content()

    def finish(self, text: str, backend_used: str, *, refused: bool, reason: str | None = None,
               evidence: Evidence | None = None) -> Answer:
        self.mark_content()
        checked = check_answer("" if refused else text, self.passages, self.standalone)
        citations = () if refused else checked.citations
        if evidence is not None:  # the evidence's citations first, then any the answer adds
            known = {c.n for c in evidence.citations}
            citations = (*evidence.citations, *(c for c in citations if c.n not in known))
        self.latency["total_ms"] = self._ms()
        return Answer(
            question=self.question, rewritten_question=self.rewritten, text=text if refused else checked.text,
            citations=citations, refused=refused, backend=backend_used,
            fallback_reason=reason, flagged=() if refused else checked.flagged,
            related=self.engine.related(self.result.hits) if refused else (), hits=self.result.hits,
            latency_ms=dict(self.latency), prompt_tokens=self.prompt_tokens if backend_used != "extractive" else 0,
            completion_tokens=self.engine.count_tokens(text, backend_used), evidence=evidence)


class AnswerEngine:
    """One per process; ``stream``/``answer`` may run in several threads (the local model locks)."""

    def __init__(self, runtime: Any, llm: LLMSettings | None = None, chat_model: BaseChatModel | None = None,
                 settings: EngineSettings | None = None):
        self.rt = runtime
        self.llm_settings = llm or runtime.settings.llm_resolved
        self.settings = settings or EngineSettings(max_question_chars=runtime.settings.max_question_chars)
        self._injected = chat_model
        self._models: dict[str, BaseChatModel] = {}
        self._gates: dict[str, ModelGate] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ models
    def _backend(self, backend: str | None) -> str:
        return backend or self.llm_settings.backend

    def chat_model(self, backend: str) -> BaseChatModel:
        """The chat model for a backend; raises LLMUnavailable/LLMDisabled."""
        if self._injected is not None and backend != "extractive":
            return self._injected
        with self._lock:
            if backend not in self._models:
                self._models[backend] = make_chat_model(self.llm_settings.model_copy(update={"backend": backend}))
            return self._models[backend]

    def status(self, backend: str | None = None) -> dict[str, Any]:
        """Whether the model can answer now; for the local model, its server's live state."""
        b = self._backend(backend)
        try:
            model = self.chat_model(b)
        except LLMDisabled:
            return {"backend": "extractive", "llm_available": False, "llm_message": "抽取式回答（未配置大模型）"}
        except LLMUnavailable as exc:
            return {"backend": b, "llm_available": False, "llm_message": f"大模型不可用，改用抽取式回答：{exc}"}
        server = getattr(model, "server", None)
        if server is not None:
            st = server.status()
            return {"backend": b, "llm_available": st.ready, "llm_message": st.message,
                    "llm_state": st.state.value, "llm_restarts": st.restarts}
        return {"backend": b, "llm_available": True, "llm_message": f"模型可用（{b}）"}

    def warm_up(self, backend: str | None = None, timeout_s: float = 180.0) -> dict[str, Any]:
        """Start the model now (the local server loads in a few seconds) and wait until it answers."""
        b = self._backend(backend)
        with contextlib.suppress(LLMUnavailable):
            server = getattr(self.chat_model(b), "server", None)
            if server is not None:
                server.wait_ready(timeout_s)
        self.count_tokens("预热", b)  # load the tokenizer now, not during the first question
        return self.status(b)

    def count_tokens(self, text: str, backend: str) -> int:
        try:
            if backend != "extractive":
                return count_tokens(text, self.llm_settings.model_copy(update={"backend": backend}))
        except LLMUnavailable:
            pass
        return estimate_tokens(text)

    # ------------------------------------------------------------------ steps (each a pure-ish function)
    def rewrite(self, question: str, history: Sequence[Turn], backend: str) -> str | None:
        if not is_follow_up(question, history):
            return None
        guess = heuristic_rewrite(question, history, self.rt.retriever.localities)
        if self.settings.llm_rewrite and backend != "extractive":
            try:
                model = self.chat_model(backend)
                convo = "\n".join(f"问：{t.question}\n答：{t.answer[:200]}" for t in history[-3:])
                prompt = load_prompt("rewrite").format(history=convo, question=question)
                out = model.invoke([HumanMessage(prompt)])
                return clean_llm_rewrite(str(out.content), guess)
            except LLMUnavailable:
                return guess
        return guess

    def retrieve(self, question: str, filters: Filters | None) -> RetrievalResult:
        result: RetrievalResult = self.rt.retriever.retrieve(question, filters)
        return result

    def context(self, question: str, hits: Sequence[Hit], backend: str) -> list[ContextPassage]:
        budget = self.settings.context_tokens_local if backend == "local" else self.settings.context_tokens_remote
        return build_context(hits, question, lambda t: self.count_tokens(t, backend), budget,
                             self.settings.max_passage_chars)

    def prompt(self, persona: str) -> ChatPromptTemplate:
        # The system text comes first and never changes for a persona: llama.cpp reuses its KV cache.
        return ChatPromptTemplate.from_messages([
            ("system", system_prompt(persona).replace("{", "{{").replace("}", "}}")),
            ("human", load_prompt("user_answer")),
        ])

    def support(self, question: str, passages: Sequence[ContextPassage], result: RetrievalResult) -> Support:
        return assess_support(passages, question, result.analysis, self.rt.retriever.idf, self.settings.min_coverage)

    def related(self, hits: Sequence[Hit]) -> tuple[RelatedNotice, ...]:
        seen: dict[str, RelatedNotice] = {}
        for h in hits:
            c = h.chunk
            if c.doc_id not in seen and len(seen) < 3:
                seen[c.doc_id] = RelatedNotice(c.doc_number, c.title, c.issuer, c.date)
        return tuple(seen.values())

    def refusal_text(self, hits: Sequence[Hit]) -> str:
        related = self.related(hits)
        if not related:
            return f"{REFUSAL}。"
        lines = [f"{REFUSAL}。", "", "相关文件（供参考）："]
        for r in related:
            lines.append(f"- 《{r.title}》{('（' + r.doc_number + '）') if r.doc_number else ''}，{r.issuer}，{r.date or ''}")
        units = []
        for h in hits[:3]:
            units += [m.group(1).strip("，,、（）()") for m in _RESPONSIBLE.finditer(h.text)]
        issuers = list(dict.fromkeys([*units[:2], *(r.issuer for r in related)]))
        if issuers:
            lines.append(f"如需进一步了解，可咨询：{'、'.join(i for i in issuers if i)}。")
        return "\n".join(lines)

    # ------------------------------------------------------------------ LCEL composition
    def as_runnable(self, persona: str = "public", backend: str | None = None) -> Runnable[Any, Answer]:
        """retriever → context → prompt → model → citation parser, as one non-streaming LCEL chain."""
        b = self._backend(backend)

        def retrieve(inp: dict[str, Any]) -> dict[str, Any]:
            return {**inp, "result": self.retrieve(inp["question"], inp.get("filters"))}

        def contextualise(inp: dict[str, Any]) -> dict[str, Any]:
            passages = self.context(inp["question"], inp["result"].hits, b)
            return {**inp, "passages": passages, "context": format_context(passages)}

        def generate(inp: dict[str, Any]) -> dict[str, Any]:
            llm_chain = self.prompt(persona) | self.chat_model(b) | StrOutputParser()
            return {**inp, "text": llm_chain.invoke({"question": inp["question"], "context": inp["context"]})}

        def parse(inp: dict[str, Any]) -> Answer:
            checked = check_answer(inp["text"], inp["passages"], inp["question"])
            refused = REFUSAL in inp["text"]
            return Answer(inp["question"], None, checked.text, () if refused else checked.citations, refused, b,
                          flagged=checked.flagged, hits=tuple(inp["result"].hits))

        return (RunnableLambda(retrieve) | RunnableLambda(contextualise) | RunnableLambda(generate)
                | RunnableLambda(parse))

    # ------------------------------------------------------------------ streaming entry point
    def stream(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Iterator[Event]:
        """Evidence first: the quoted sentences and their citations are yielded as soon as retrieval is
        done (well under a second), then the model's restatement streams after them. Whatever the model
        does (busy, slow, crashing, declining, inventing numbers) the answer ends from the evidence."""
        t0 = time.perf_counter()
        q = validate_question(question, self.settings.max_question_chars)
        b = self._backend(backend)
        rewritten = self.rewrite(q, history, b)
        if rewritten:
            yield ("rewritten", rewritten)
        standalone = rewritten or q
        result = self.retrieve(standalone, filters)
        passages = self.context(standalone, result.hits, b)
        support = self.support(standalone, passages, result)
        turn = _Turn(self, q, rewritten, standalone, result, passages, t0)

        if not support.ok:
            text = self.refusal_text(result.hits)
            yield ("note", text)
            yield ("final", turn.finish(text, b, refused=True))
            return
        extractive = extractive_answer(passages, standalone, self.rt.retriever.idf)
        if b == "extractive":
            text = extractive or self.refusal_text(result.hits)
            yield ("note", text)
            yield ("final", turn.finish(text, "extractive", refused=not extractive))
            return
        evidence = None
        if extractive:
            evidence = Evidence(extractive, check_answer(extractive, passages, standalone).citations)
            turn.mark_content()
            yield ("evidence", evidence)
        yield from self._model_answer(turn, persona, b, extractive, evidence)

    def _gate(self, backend: str, model: BaseChatModel) -> ModelGate:
        with self._lock:
            gate = self._gates.get(backend)
            if gate is None:
                capacity = int(getattr(model, "capacity", 0)) or self.settings.remote_capacity
                # A remote server reads prompts far faster than the local CPU; the gate learns either.
                rate = self.settings.local_prompt_rate if backend == "local" else 2000.0
                gate = self._gates[backend] = ModelGate(capacity, self.settings.admission_budget_s, rate)
            return gate

    def _model_answer(self, turn: _Turn, persona: str, b: str, extractive: str | None,
                      evidence: Evidence | None) -> Iterator[Event]:
        """The model's restatement, or the evidence when the model cannot give one in time."""
        messages = self.prompt(persona).format_messages(question=turn.standalone, context=format_context(turn.passages))
        turn.prompt_tokens = self.count_tokens("\n".join(str(m.content) for m in messages), b)
        pieces: list[str] = []
        try:
            model = self.chat_model(b)
            gate = self._gate(b, model)
            with gate.admitted(turn.prompt_tokens) as ticket:
                if ticket is None:
                    raise ModelBusy(f"当前咨询较多，模型预计 {gate.estimated_wait_s(turn.prompt_tokens):.0f} 秒后才能开始作答")
                deadline = time.monotonic() + self.llm_settings.timeout_s
                with contextlib.closing(cast(Generator[BaseMessageChunk, None, None], model.stream(messages))) as chunks:
                    for chunk in chunks:
                        piece = str(chunk.content)
                        if not piece:
                            continue
                        turn.mark_model_token()
                        gate.first_token(ticket)
                        pieces.append(piece)
                        yield ("token", piece)
                        if time.monotonic() > deadline:
                            raise ModelTimeout(f"模型解读超过 {self.llm_settings.timeout_s:.0f} 秒")
        except (LLMUnavailable, ModelBusy, ModelTimeout, TimeoutError, OSError, RuntimeError, ValueError) as exc:
            reason = str(exc) or exc.__class__.__name__
            log.warning("LLM answer not used (%s); answering from the evidence", reason)
            yield from self._fallback(turn, b, extractive, evidence, reason, _fallback_note(exc), bool(pieces))
            return
        text = "".join(pieces).strip()
        if REFUSAL in text[:40] or not text:
            if extractive:
                # The support check found passage sentences covering the question, yet a small model
                # often gives up on a trimmed context: the evidence is the answer.
                yield from self._fallback(turn, b, extractive, evidence, "model declined",
                                          "（模型未能从摘要中作答，以下为文件原文摘录）", True)
            else:
                yield ("final", turn.finish(self.refusal_text(turn.result.hits), b, refused=True))
            return
        checked = check_answer(text, turn.passages, turn.standalone)
        if checked.flagged:
            # A number no passage holds is invented: drop those sentences, and keep the answer
            # only if something cited is left.
            text = drop_claims(text, checked.flagged)
            checked = check_answer(text, turn.passages, turn.standalone)
            if not checked.citations:
                if asks_for_number(turn.standalone) or not extractive:
                    refusal = self.refusal_text(turn.result.hits)
                    yield ("note", "\n\n（模型给出的数字在文件中找不到，已撤回）\n" + refusal)
                    yield ("final", turn.finish(refusal, b, refused=True))
                    return
                yield from self._fallback(turn, b, extractive, evidence, "unsupported numbers",
                                          "（模型答案未能与文件核对一致，以下为文件原文摘录）", True)
                return
        yield ("final", turn.finish(text, b, refused=False, evidence=evidence))

    def _fallback(self, turn: _Turn, b: str, extractive: str | None, evidence: Evidence | None,
                  reason: str, note: str, after_tokens: bool) -> Iterator[Event]:
        """End the answer from the evidence (already shown when ``evidence`` is set), labelled."""
        text = extractive or self.refusal_text(turn.result.hits)
        lead = "\n\n" if after_tokens else ""
        # The reader already has the evidence on screen: say so instead of repeating it.
        yield ("note", lead + (note.replace("以下为", "以上") if evidence else note + "\n" + text))
        yield ("final", turn.finish(note + "\n" + text, "extractive", refused=not extractive, reason=reason))

    def answer(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None,
               on_token: Callable[[str], None] | None = None) -> Answer:
        final: Answer | None = None
        for kind, value in self.stream(question, history, persona, filters, backend):
            if kind == "token" and on_token:
                on_token(value)
            elif kind == "final":
                final = value
        assert final is not None
        return final


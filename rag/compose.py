"""Composition: the prompt for a persona, and the model's restatement streamed under the admission
gate and the time budget. The model is any LangChain ``BaseChatModel`` (``rag.llm`` makes them)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Generator, Sequence
from typing import Any, cast

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, BaseMessageChunk, HumanMessage
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable

from index.errors import ModelBusy, ModelTimeout
from prompts import load_prompt, system_prompt
from rag.admission import ModelGate
from rag.context import ContextPassage, format_context, format_quotes

# How freely the model writes. "lead": one sentence that answers the question directly, above the
# selected quotes given in full (the packaged 1.5B model: its restatements of several quotes mix
# up rows, clauses and roles; a lead is checked clause by clause and dropped when it strays);
# "restate": it restates the selected quotes in a few short sentences, quotes standing in only for
# the parts it leaves out; "compose": it writes from the quotes with their neighbouring sentences
# (a larger model behind the OpenAI-compatible backend). Every sentence goes through the verifier.
STYLES = ("lead", "restate", "compose")
_PROMPTS = {"lead": "user_lead", "restate": "user_restate", "compose": "user_answer"}
# The most a lead may take: about 60 Chinese characters and its marker.
LEAD_TOKENS = 80


def answer_prompt(persona: str, style: str = "lead") -> ChatPromptTemplate:
    if style not in STYLES:
        raise ValueError(f"unknown answer style {style!r}; choose one of {', '.join(STYLES)}")
    # The system text comes first and never changes for a persona: llama.cpp reuses its KV cache.
    return ChatPromptTemplate.from_messages([
        ("system", system_prompt(persona).replace("{", "{{").replace("}", "}}")),
        ("human", load_prompt(_PROMPTS[style])),
    ])


def answer_messages(persona: str, question: str, passages: Sequence[ContextPassage],
                    style: str = "lead", lapsed: bool = False) -> list[BaseMessage]:
    """The prompt; ``lapsed``: some passage is labelled as no longer in force, and the model is told
    what that means (only then: every instruction is read again for each question)."""
    # a lead's prompt opens with its instructions, so that llama.cpp's prompt cache holds them with
    # the system text; its quotes are grouped under their notice, named once
    context = format_quotes(passages) if style == "lead" else format_context(passages)
    messages = answer_prompt(persona, style).format_messages(question=question, context=context)
    if lapsed:
        messages[-1] = HumanMessage(f"{messages[-1].content}\n{load_prompt('lapsed')}")
    return messages


def prime(model: BaseChatModel, persona: str, style: str = "lead") -> None:
    """Have the model read the fixed opening of the answer prompt once (one token out), so that
    llama.cpp's prompt cache holds it and the first question only pays for its own quotes: on 2
    cores the opening alone takes about 10 s to read."""
    list(model.bind(max_tokens=1).stream(answer_messages(persona, "预热", [], style)))


# A lead is one line: the model's next line is never read (it costs ~0.1 s a token on 2 cores).
LEAD_STOP = ("\n",)
# The quotes a lead is written from: the first selected, up to about 300 tokens (read at ~20 tokens/s
# on a slow 2-core machine); every quote is still shown in full below it.
LEAD_CONTEXT_CHARS = 450


def lead_sources(passages: Sequence[ContextPassage], budget: int = LEAD_CONTEXT_CHARS) -> list[ContextPassage]:
    """The passages a one-sentence lead reads: in the order selected, while they fit ``budget``
    characters (the first always)."""
    out: list[ContextPassage] = []
    used = 0
    for p in passages:
        if out and used + len(p.text) > budget:
            break
        out.append(p)
        used += len(p.text)
    return out


def stream_model(model: Runnable[Any, Any], gate: ModelGate, messages: list[BaseMessage], prompt_tokens: int,
                 timeout_s: float) -> Generator[str, None, None]:
    """The model's answer, piece by piece. Raises ``ModelBusy`` when the gate will not admit the
    question in time, ``ModelTimeout`` past ``timeout_s``; closing the iterator closes the stream."""
    with gate.admitted(prompt_tokens) as ticket:
        if ticket is None:
            raise ModelBusy(f"当前咨询较多，模型预计 {gate.estimated_wait_s(prompt_tokens):.0f} 秒后才能开始作答")
        deadline = time.monotonic() + timeout_s
        with contextlib.closing(cast(Generator[BaseMessageChunk, None, None], model.stream(messages))) as chunks:
            for chunk in chunks:
                piece = str(chunk.content)
                if not piece:
                    continue
                gate.first_token(ticket)
                yield piece
                if time.monotonic() > deadline:
                    raise ModelTimeout(f"模型解读超过 {timeout_s:.0f} 秒")

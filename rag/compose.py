"""Composition: the prompt for a persona, and the model's restatement streamed under the admission
gate and the time budget. The model is any LangChain ``BaseChatModel`` (``rag.llm`` makes them)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Generator, Sequence
from typing import cast

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, BaseMessageChunk, HumanMessage
from langchain_core.prompts import ChatPromptTemplate

from index.errors import ModelBusy, ModelTimeout
from prompts import load_prompt, system_prompt
from rag.admission import ModelGate
from rag.context import ContextPassage, format_context

# How freely the model writes. "restate": it restates the selected quotes in a few short sentences
# (the packaged 1.5B model: it chooses and rewords, it does not compose facts from a long context);
# "compose": it writes from the quotes with their neighbouring sentences (a larger model behind the
# OpenAI-compatible backend). Either way every sentence then goes through the claim verifier.
STYLES = ("restate", "compose")


def answer_prompt(persona: str, style: str = "restate") -> ChatPromptTemplate:
    if style not in STYLES:
        raise ValueError(f"unknown answer style {style!r}; choose one of {', '.join(STYLES)}")
    # The system text comes first and never changes for a persona: llama.cpp reuses its KV cache.
    return ChatPromptTemplate.from_messages([
        ("system", system_prompt(persona).replace("{", "{{").replace("}", "}}")),
        ("human", load_prompt("user_restate" if style == "restate" else "user_answer")),
    ])


def answer_messages(persona: str, question: str, passages: Sequence[ContextPassage],
                    style: str = "restate", lapsed: bool = False) -> list[BaseMessage]:
    """The prompt; ``lapsed``: some passage is labelled as no longer in force, and the model is told
    what that means (only then: every instruction is read again for each question)."""
    messages = answer_prompt(persona, style).format_messages(question=question, context=format_context(passages))
    if lapsed:
        messages[-1] = HumanMessage(f"{messages[-1].content}\n{load_prompt('lapsed')}")
    return messages


def prime(model: BaseChatModel, persona: str, style: str = "restate") -> None:
    """Have the model read the fixed opening of the answer prompt once (one token out), so that
    llama.cpp's prompt cache holds it and the first question only pays for its own quotes: on 2
    cores the opening alone takes about 10 s to read."""
    list(model.bind(max_tokens=1).stream(answer_messages(persona, "预热", [], style)))


def stream_model(model: BaseChatModel, gate: ModelGate, messages: list[BaseMessage], prompt_tokens: int,
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

"""Composition: the prompt for a persona, and the model's restatement streamed under the admission
gate and the time budget. The model is any LangChain ``BaseChatModel`` (``rag.llm`` makes them)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Generator, Sequence
from typing import cast

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, BaseMessageChunk
from langchain_core.prompts import ChatPromptTemplate

from index.errors import ModelBusy, ModelTimeout
from prompts import load_prompt, system_prompt
from rag.admission import ModelGate
from rag.context import ContextPassage, format_context


def answer_prompt(persona: str) -> ChatPromptTemplate:
    # The system text comes first and never changes for a persona: llama.cpp reuses its KV cache.
    return ChatPromptTemplate.from_messages([
        ("system", system_prompt(persona).replace("{", "{{").replace("}", "}}")),
        ("human", load_prompt("user_answer")),
    ])


def answer_messages(persona: str, question: str, passages: Sequence[ContextPassage]) -> list[BaseMessage]:
    return answer_prompt(persona).format_messages(question=question, context=format_context(passages))


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

"""The answer engine as the UI and the API see it: the ``rag.chain.AnswerEngine`` contract."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from rag.chain import AnswerEngine
from rag.llm import LLMSettings
from rag.runtime import Runtime
from rag.schema import Answer, Event, Filters, Turn

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


class Engine(Protocol):
    """What the page and the API call; tests pass a fake with the same methods."""

    def stream(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Iterator[Event]: ...

    def answer(self, question: str, history: Sequence[Turn] = (), persona: str = "public",
               filters: Filters | None = None, backend: str | None = None) -> Answer: ...

    def status(self) -> dict[str, Any]: ...


def make_engine(runtime: Runtime, llm: LLMSettings | None = None, chat_model: BaseChatModel | None = None) -> Engine:
    return AnswerEngine(runtime, llm, chat_model)

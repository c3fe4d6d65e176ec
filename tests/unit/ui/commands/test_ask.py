"""``policyqa ask`` (ui/commands/ask.py): the quotes are printed before it waits for the local model."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from rag.schema import EvidenceShown, Final, Token
from ui.commands import ask


def test_the_quotes_do_not_wait_for_the_model_started_early(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    log: list[str] = []
    evidence = SimpleNamespace(preamble=lambda: "【原文依据】\n绿化覆盖率达到37.7%[1]。\n")
    answer = SimpleNamespace(fallback_reason=None, removed=(), citations=())

    class Engine:
        def __init__(self, rt: Any, chat_model: Any = None) -> None:
            self.rt = rt

        def warm_up(self, backend: str | None) -> dict[str, Any]:
            log.append("warm_up")
            return {"llm_available": True}

        def stream(self, question: str, persona: str, backend: str | None) -> Iterator[Any]:
            log.append("retrieved")
            yield EvidenceShown(evidence)
            log.append("model asked")
            yield Token("达到37.7%[1]。")
            yield Final(answer)

    class Thread:  # the early start: model server up and its opening read
        def join(self) -> None:
            log.append(f"model ready, printed so far: {capsys.readouterr().out!r}")

    monkeypatch.setattr(ask, "AnswerEngine", Engine)
    rt = SimpleNamespace(settings=SimpleNamespace(persona="public", llm=SimpleNamespace(backend="local")))
    args = argparse.Namespace(json=False, persona=None, llm=None)
    early = SimpleNamespace(model=object(), thread=Thread())
    assert ask.answer_and_print(rt, "绿化覆盖率要达到多少？", args, early) == 0  # type: ignore[arg-type]
    assert log == [
        "retrieved",
        "model ready, printed so far: '【原文依据】\\n绿化覆盖率达到37.7%[1]。\\n'",
        "warm_up",
        "model asked",
    ]
    assert "达到37.7%[1]。" in capsys.readouterr().out

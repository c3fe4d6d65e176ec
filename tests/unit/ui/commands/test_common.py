"""What the commands share (ui/commands/common.py): the local model started early, before the index loads."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import rag.compose
import rag.llm
import ui.services
from index.errors import IndexLoadError
from rag.settings import Settings
from ui.cli import main
from ui.commands import chat, common


def test_no_early_model_unless_the_answers_come_from_the_local_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def made(*_: Any) -> Any:
        raise AssertionError("no model server for this backend")

    monkeypatch.setattr(rag.llm, "make_chat_model", made)
    settings = Settings(home=tmp_path)
    assert common.start_early(settings, "extractive", "public") is None
    assert common.start_early(settings, "openai", "public") is None


def test_the_early_model_waits_for_its_server_then_reads_the_opening(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    log: list[str] = []
    server = SimpleNamespace(wait_ready=lambda timeout: log.append(f"server ready ({timeout:.0f} s)"))
    model = SimpleNamespace(server=server)
    monkeypatch.setattr(rag.llm, "make_chat_model", lambda llm: model)
    monkeypatch.setattr(rag.compose, "prime", lambda m, persona: log.append(f"primed for {persona}"))
    early = common.start_early(Settings(home=tmp_path), "local", "civil_servant")
    assert early is not None and early.model is model
    early.thread.join(5)
    assert log == ["server ready (180 s)", "primed for civil_servant"]


def test_the_chat_answers_with_the_model_it_started_before_loading_the_index(
    monkeypatch: pytest.MonkeyPatch, env: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    order: list[str] = []
    early = SimpleNamespace(model=object())

    def start(settings: Settings, backend: str | None, persona: str) -> Any:
        order.append(f"model started ({settings.llm.backend})")
        return early

    def services(settings: Settings, *, progress: bool, chat_model: Any) -> Any:
        order.append("index loading with the early model" if chat_model is early.model else "other model")
        raise IndexLoadError("stop here")

    monkeypatch.setattr(chat, "start_early", start)
    monkeypatch.setattr(ui.services, "open_services", services)
    assert main(["chat", "--llm", "local", *env]) == 1
    assert order == ["model started (local)", "index loading with the early model"]
    assert "stop here" in capsys.readouterr().err

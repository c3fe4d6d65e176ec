"""What the chat page and the API share: settings, the loaded index, one engine, the feedback store."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rag.runtime import Runtime, open_runtime
from rag.settings import Settings
from ui.database import Database, database_url
from ui.engine import Engine, make_engine
from ui.feedback import FeedbackStore
from ui.replicas import publish_facts

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


@dataclass
class Services:
    settings: Settings
    runtime: Runtime
    engine: Engine
    feedback: FeedbackStore
    api_key: str | None = None  # None: the API is open
    db: Database | None = None
    replica: str = ""

    @cached_property
    def engine_status(self) -> dict[str, Any]:
        # Checked once: it may load a model, and the answer says per request when the LLM failed.
        return dict(self.engine.status())

    def refresh_status(self) -> dict[str, Any]:
        self.__dict__.pop("engine_status", None)
        return self.engine_status


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def open_services(settings: Settings, *, progress: bool = True, engine: Engine | None = None,
                  log: Callable[[str], None] = _stderr, chat_model: BaseChatModel | None = None) -> Services:
    """Load (building on first start) the index and create the one engine the process shares;
    ``chat_model``: the model it answers with (one already starting), else made from the settings."""
    runtime = open_runtime(settings, progress=progress, log=log)
    if engine is None:
        engine = make_engine(runtime, settings.llm_resolved, chat_model)
    key = os.environ.get(settings.api_key_env) or None
    db = Database(database_url(settings.database_url, settings.home))
    replica = settings.replica or f"{socket.gethostname()}:{os.getpid()}"
    publish_facts(db, runtime.index, settings.as_of_iso)
    return Services(settings, runtime, engine, FeedbackStore(db, replica), key, db, replica)

"""What every command shares: the corpus/index/model options, settings from them, error exits."""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

from index.errors import PolicyQAError
from rag.settings import Settings, load_settings

EXIT_FAILURE = 1
EXIT_USAGE = 2


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, help="gazette folder (env POLICYQA_CORPUS; default: bundled)")
    parser.add_argument("--config", type=Path, help="TOML settings file (env POLICYQA_CONFIG)")
    parser.add_argument("--index-dir", type=Path, help="index folder (default: <home>/index/<model>/<corpus>-<hash>)")
    parser.add_argument("--embedding-model", help="'packaged:multilingual-e5-small' (default), "
                        "any sentence-transformers id or local path, or 'hash' (tests)")
    parser.add_argument("--as-of", type=_iso_day, metavar="YYYY-MM-DD",
                        help="judge whether notices are in force on this day (env POLICYQA_AS_OF; default: today)")


def _iso_day(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s!r}") from None


def settings_from(args: argparse.Namespace, **extra: Any) -> Settings:
    return load_settings(getattr(args, "config", None), corpus=getattr(args, "corpus", None),
                         index_dir=getattr(args, "index_dir", None),
                         embedding_model=getattr(args, "embedding_model", None),
                         as_of=getattr(args, "as_of", None), **extra)


def fail(msg: str, code: int = EXIT_FAILURE) -> int:
    print(f"错误 / error: {msg}", file=sys.stderr)
    return code


class EarlyModel:
    """The local model server started, and the fixed opening of its prompt read, while the index and
    the embedding model load: the first answer no longer waits for both in turn."""

    def __init__(self, settings: Settings, persona: str):
        from rag.llm import make_chat_model

        self.model = make_chat_model(settings.llm_resolved)
        self.thread = threading.Thread(target=self._ready, args=(persona,), daemon=True)
        self.thread.start()

    def _ready(self, persona: str) -> None:
        from rag.compose import prime

        with contextlib.suppress(PolicyQAError, TimeoutError, OSError):  # warm_up says what went wrong
            server = getattr(self.model, "server", None)
            if server is not None:
                server.wait_ready(180.0)
            prime(self.model, persona)


def start_early(settings: Settings, backend: str | None, persona: str) -> EarlyModel | None:
    """An :class:`EarlyModel` when the answers come from the local model, else None."""
    if (backend or settings.llm.backend) != "local":
        return None
    try:
        return EarlyModel(settings, persona)
    except PolicyQAError:
        return None  # not installed or misconfigured: the engine reports it as it always does

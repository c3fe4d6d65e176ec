"""What every command shares: the corpus/index/model options, settings from them, error exits."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

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

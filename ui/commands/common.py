"""What every command shares: the corpus/index/model options, settings from them, error exits."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rag.settings import Settings, load_settings

EXIT_FAILURE = 1
EXIT_USAGE = 2


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, help="gazette folder (env POLICYQA_CORPUS; default: bundled)")
    parser.add_argument("--config", type=Path, help="TOML settings file (env POLICYQA_CONFIG)")
    parser.add_argument("--index-dir", type=Path, help="index folder (default: <home>/index/<model>)")
    parser.add_argument("--embedding-model", help="'packaged:multilingual-e5-small' (default), "
                        "any sentence-transformers id or local path, or 'hash' (tests)")


def settings_from(args: argparse.Namespace, **extra: Any) -> Settings:
    return load_settings(getattr(args, "config", None), corpus=getattr(args, "corpus", None),
                         index_dir=getattr(args, "index_dir", None),
                         embedding_model=getattr(args, "embedding_model", None), **extra)


def fail(msg: str, code: int = EXIT_FAILURE) -> int:
    print(f"错误 / error: {msg}", file=sys.stderr)
    return code

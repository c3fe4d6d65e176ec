"""``policyqa feedback export``: the collected 👍/👎 feedback as JSON lines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rag.settings import load_settings
from ui.commands.common import fail
from ui.database import Database, database_url
from ui.feedback import FeedbackStore, feedback_path


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="policyqa feedback", description="Collected 👍/👎 feedback.")
    p.add_argument("--config", type=Path, help="TOML settings file (env POLICYQA_CONFIG)")
    p.add_argument("--home", type=Path, help="policyqa home folder (env POLICYQA_HOME)")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="write all feedback as JSON lines")
    ex.add_argument("--out", type=Path, help="output file (default: stdout)")
    args = p.parse_args(argv)
    try:
        settings = load_settings(args.config, home=args.home)
    except (OSError, ValueError) as exc:
        return fail(str(exc))
    path = feedback_path(settings.home)
    if settings.database_url is None and not path.is_file():
        return fail(f"no feedback collected yet ({path})")
    try:
        store = FeedbackStore(Database(database_url(settings.database_url, settings.home)))
    except Exception as exc:  # sqlite3 and psycopg errors share no base
        return fail(f"the feedback database cannot be opened ({type(exc).__name__})")
    if args.out is None:
        n = store.export_jsonl(sys.stdout)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8") as fh:
            n = store.export_jsonl(fh)
    print(f"{n} feedback records exported" + (f" → {args.out}" if args.out else ""), file=sys.stderr)
    return 0

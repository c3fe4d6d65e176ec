"""The ``policyqa`` console command: one entry point, one subcommand per job."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

# subcommand → (module, function, one-line help). Modules import lazily so `policyqa documents`
# never pays for Gradio or torch.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "documents": ("rag.cli", "documents_main", "list the notices found in the corpus"),
    "index": ("rag.cli", "index_main", "build or update the search index"),
    "add": ("rag.cli", "add_main", "add files (text, web page, Word, PDF, scan) to the corpus and index"),
    "ask": ("rag.cli", "ask_main", "answer a question with citations (or --retrieve-only)"),
    "eval": ("eval.cli", "eval_main", "run a Q&A set and write predictions, metrics and a report"),
    "bench": ("eval.bench", "main", "benchmark index build and retrieval"),
    "chat": ("ui.app", "main", "start the chat UI (and the OpenAI-compatible API)"),
    "serve": ("ui.app", "main", "same as chat"),
    "feedback": ("ui.feedback", "main", "export collected feedback"),
}


def _usage() -> str:
    lines = ["usage: policyqa <command> [options]", "", "commands:"]
    lines += [f"  {name:<10} {help_}" for name, (_, _, help_) in COMMANDS.items()]
    lines += ["", "policyqa <command> --help shows a command's options."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(_usage())
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"unknown command {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    module, func, _ = COMMANDS[name]
    from pydantic import ValidationError

    try:
        result: int = getattr(importlib.import_module(module), func)(rest)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (FileNotFoundError, ValidationError) as exc:  # a missing or invalid configuration
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())

"""The ``policyqa`` console command: one entry point, one subcommand per job (``ui/commands/``).

Errors meant for users (``PolicyQAError``) print their message and exit with their code; a missing
file or invalid configuration exits 2; anything else is a bug: its type is printed, and the trace
only with ``POLICYQA_DEBUG=1``.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from index.errors import PolicyQAError
from ui.commands.common import EXIT_FAILURE, EXIT_USAGE, fail

# subcommand → (module, function, one-line help). Modules import lazily so `policyqa documents`
# never pays for Gradio or torch.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "documents": ("ui.commands.corpus", "documents_main", "list the notices found in the corpus"),
    "validity": ("ui.commands.corpus", "validity_main", "which notices are in force on a day (--as-of), and why"),
    "tasks": ("ui.commands.tasks", "main", "who leads what, by when: task rows by unit and deadline (CSV/Excel)"),
    "index": ("ui.commands.corpus", "index_main", "build or update the search index"),
    "add": ("ui.commands.corpus", "add_main", "add files (text, web page, Word, PDF, scan) to the corpus and index"),
    "ask": ("ui.commands.ask", "main", "answer a question with citations (or --retrieve-only)"),
    "eval": ("ui.commands.evaluate", "main", "run a Q&A set and write predictions, metrics and a report"),
    "bench": ("ui.commands.bench", "main", "benchmark index build and retrieval"),
    "chat": ("ui.commands.chat", "main", "start the chat UI (and the OpenAI-compatible API)"),
    "serve": ("ui.commands.chat", "main", "same as chat"),
    "feedback": ("ui.commands.feedback", "main", "export collected feedback"),
    "probe": ("ui.commands.probe", "main", "hostile-input probe of a running server, as a table"),
}
# Run by the setup scripts; not listed in the usage text.
SETUP_COMMANDS: dict[str, tuple[str, str]] = {
    "prepare-llm": ("ui.commands.models", "prepare_llm_main"),
    "prepare-embedder": ("ui.commands.models", "prepare_embedder_main"),
    "check-llm-server": ("ui.commands.models", "check_llm_server_main"),
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
        return 0 if args else EXIT_USAGE
    name, rest = args[0], args[1:]
    target = COMMANDS[name][:2] if name in COMMANDS else SETUP_COMMANDS.get(name)
    if target is None:
        print(f"unknown command {name!r}\n\n{_usage()}", file=sys.stderr)
        return EXIT_USAGE
    from pydantic import ValidationError

    try:
        result: int = getattr(importlib.import_module(target[0]), target[1])(rest)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except PolicyQAError as exc:
        return fail(str(exc), exc.exit_code)
    except (FileNotFoundError, ValidationError) as exc:  # a missing or invalid configuration
        return fail(str(exc), EXIT_USAGE)
    except OSError as exc:  # disk full, permission denied …: the message names the file
        return fail(str(exc), EXIT_FAILURE)
    except Exception as exc:
        if os.environ.get("POLICYQA_DEBUG"):
            raise
        return fail(f"internal error ({type(exc).__name__}); run again with POLICYQA_DEBUG=1 for details")
    return result


if __name__ == "__main__":
    sys.exit(main())

"""``policyqa chat`` (and ``serve``): the chat page and the OpenAI-compatible API on one port."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from index.errors import PolicyQAError
from ui.commands.common import EXIT_USAGE, add_common, fail, settings_from, start_early


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policyqa chat",
                                description="Start the chat UI and the OpenAI-compatible API (/v1).")
    add_common(p)
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    p.add_argument("--llm", choices=["local", "openai", "extractive"], default=None,
                   help="answer backend (default: settings)")
    p.add_argument("--allow-no-key", action="store_true",
                   help="serve on a non-loopback address without an API key (anyone who reaches it may use it)")
    return p


def _loopback(host: str) -> bool:
    return host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")


def main(argv: Sequence[str] | None = None) -> int:

    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("bm25s", "httpx", "sentence_transformers"):  # their per-request chatter hides ours
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        settings = settings_from(args)
        if args.llm:
            llm = settings.llm.model_copy(update={"backend": args.llm})
            settings = settings.model_copy(update={"llm": llm})
        # The local model server starts and reads the prompt's fixed opening while the page's
        # libraries and the index load (on 2 cores ~10 s and ~20 s that no longer follow each other).
        early = start_early(settings, None, settings.persona)
        from ui.services import open_services

        print(f"Loading index for {settings.corpus} …", file=sys.stderr, flush=True)
        services = open_services(settings, progress=True, chat_model=early.model if early else None)
        from ui.uploads import start_pulling

        start_pulling(services)
    except (PolicyQAError, OSError) as exc:
        return fail(str(exc))
    if not _loopback(args.host) and not services.api_key:
        if not args.allow_no_key:
            return fail(f"refusing to serve on {args.host} without an API key: set ${settings.api_key_env}, "
                        "or pass --allow-no-key to open it to everyone who can reach it", EXIT_USAGE)
        print(f"WARNING: serving on {args.host} with no API key: anyone who can reach it can use it",
              file=sys.stderr, flush=True)
    bind_all = args.host in ("0.0.0.0", "::")
    # Bound to every interface with a key and no host list: any Host (the key guards every door);
    # without a key only loopback and the configured names (no DNS rebinding).
    hosts = ("*",) if bind_all and services.api_key and not settings.allowed_hosts else (
        () if bind_all else (args.host,))
    from ui.app import create_app

    app = create_app(services, hosts=hosts)  # gradio loads while the model reads its opening
    warm_up = getattr(services.engine, "warm_up", None)
    status = warm_up(timeout_s=120.0) if warm_up is not None else services.engine_status
    services.refresh_status()
    print(f"LLM: {status.get('llm_message')}", file=sys.stderr, flush=True)
    host = "127.0.0.1" if args.host == "0.0.0.0" else args.host
    url = f"http://{host}:{args.port}/"
    print(f"\n政策问答 policyqa → {url}\nOpenAI-compatible API → {url}v1  (model \"policyqa\""
          + (f", key from ${settings.api_key_env})" if services.api_key else ", no key)"), flush=True)
    import uvicorn

    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    except OSError as exc:
        return fail(f"cannot listen on {args.host}:{args.port}: {exc}")
    return 0



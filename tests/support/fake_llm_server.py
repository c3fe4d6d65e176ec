"""A stand-in for llama-server in tests: the same few endpoints, slow on purpose, no model.

    python tests/support/fake_llm_server.py --port P [--load-delay S] [--token-delay S]
        [--answer TEXT] [--events FILE]

- ``GET /health``: 503 while "loading" (``--load-delay``), then 200.
- ``POST /v1/chat/completions``: streams ``--answer`` one character every ``--token-delay``
  seconds (SSE, OpenAI chunks), or returns it whole. Requires ``Authorization: Bearer
  $LLAMA_API_KEY`` when that variable is set, as llama-server does.
- ``POST /tokenize``: one token per character.
- ``--events FILE``: appends a line per stream start, finish and client disconnect, so a test can
  see that a dropped client really stopped the generation.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def make_handler(args: argparse.Namespace, started: float) -> type[BaseHTTPRequestHandler]:
    key = os.environ.get("LLAMA_API_KEY")

    def event(line: str) -> None:
        if args.events:
            with Path(args.events).open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *a: object) -> None:  # quiet
            return

        def _json(self, status: int, body: object) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/health":
                loading = time.monotonic() - started < args.load_delay
                self._json(503 if loading else 200, {"status": "loading model" if loading else "ok"})
            else:
                self._json(404, {"error": "not found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if key and self.headers.get("Authorization") != f"Bearer {key}":
                self._json(401, {"error": {"message": "Invalid API Key", "type": "authentication_error"}})
                return
            if self.path == "/tokenize":
                self._json(200, {"tokens": [ord(c) for c in body.get("content", "")]})
            elif self.path == "/v1/chat/completions":
                self._chat(body)
            else:
                self._json(404, {"error": "not found"})

        def _chat(self, body: dict[str, object]) -> None:
            if not body.get("stream"):
                self._json(200, {"id": "x", "object": "chat.completion", "created": 0, "model": "local",
                                 "choices": [{"index": 0, "finish_reason": "stop",
                                              "message": {"role": "assistant", "content": args.answer}}]})
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            event("start")

            def send(obj: object) -> None:
                data = f"data: {json.dumps(obj, ensure_ascii=False)}\n\n".encode()
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def chunk(delta: dict[str, str], finish: str | None = None) -> dict[str, object]:
                return {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "local",
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

            try:
                send(chunk({"role": "assistant", "content": ""}))
                for ch in args.answer:
                    time.sleep(args.token_delay)
                    send(chunk({"content": ch}))
                send(chunk({}, "stop"))
                done = b"data: [DONE]\n\n"
                self.wfile.write(f"{len(done):x}\r\n".encode() + done + b"\r\n0\r\n\r\n")
                self.wfile.flush()
                event("finished")
            except (BrokenPipeError, ConnectionResetError):
                event("disconnected")

    return Handler


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--load-delay", type=float, default=0.0)
    p.add_argument("--token-delay", type=float, default=0.01)
    p.add_argument("--answer", default="按规定办理[1]。")
    p.add_argument("--events", default=None)
    args = p.parse_args(argv)
    server = ThreadingHTTPServer((args.host, args.port), make_handler(args, time.monotonic()))
    server.daemon_threads = True
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The guards in front of the page and the API: request size and request rate, per client.

``BodyLimit`` answers 413 to a body over its limit (declared or as it streams in) before the app
reads it. ``RateLimit`` answers 429 to a client (by address) that sends more requests that do work
(every POST: questions, uploads, drafts, feedback, logins) than the configured rate, counted in a
moving window by the ``limits`` library.
"""

from __future__ import annotations

import json
import time
from typing import Any

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


def _json_reply(status: int, message: str, code: str, headers: list[tuple[bytes, bytes]] | None = None
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    body = json.dumps({"error": {"message": message, "type": "invalid_request_error", "code": code,
                                 "param": None}}, ensure_ascii=False).encode()
    start = {"type": "http.response.start", "status": status,
             "headers": [(b"content-type", b"application/json; charset=utf-8"), *(headers or [])]}
    return start, {"type": "http.response.body", "body": body}


# Request bodies: a chat request is a few kilobytes; an upload through the page may be a scanned PDF.
API_BODY_LIMIT = 1 << 20
PAGE_BODY_LIMIT = 64 << 20


class BodyLimit:
    """ASGI middleware: a request body over its limit (by Content-Length, or as it streams in) gets a
    413 with a short JSON message, before the app reads it all."""

    def __init__(self, app: Any, api_limit: int = API_BODY_LIMIT, page_limit: int = PAGE_BODY_LIMIT):
        self.app, self.api_limit, self.page_limit = app, api_limit, page_limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.api_limit if scope["path"].startswith("/v1/") else self.page_limit
        declared = dict(scope.get("headers") or ()).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await self._reject(send, limit)
            return
        seen = 0
        started = rejected = False

        async def counted() -> Any:
            nonlocal seen, rejected
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit and not rejected:
                    rejected = True
                    if not started:
                        await self._reject(send, limit)
                    return {"type": "http.disconnect"}  # the app stops reading; what it answers is dropped
            return message

        async def watched(message: Any) -> None:
            nonlocal started
            if rejected:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counted, watched)

    @staticmethod
    async def _reject(send: Any, limit: int) -> None:
        for message in _json_reply(413, f"request body too large (limit {limit // 1024} KB)", "body_too_large",
                                   [(b"connection", b"close")]):
            await send(message)


class RateLimit:
    """ASGI middleware: at most ``rate`` (a ``limits`` string such as "30/minute") POST requests per
    client address; over it, 429 with Retry-After and a message in Chinese and English."""

    def __init__(self, app: Any, rate: str = "120/minute"):
        self.app = app
        self.item = parse(rate)
        self.limiter = MovingWindowRateLimiter(MemoryStorage())

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("?", 0))[0]
        if self.limiter.hit(self.item, "policyqa", client):
            await self.app(scope, receive, send)
            return
        stats = self.limiter.get_window_stats(self.item, "policyqa", client)
        wait = max(1, int(stats.reset_time - time.time()) + 1)
        for message in _json_reply(429, f"请求过于频繁，请 {wait} 秒后再试 / too many requests, retry in {wait} s",
                                   "rate_limited", [(b"retry-after", str(wait).encode())]):
            await send(message)

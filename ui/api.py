"""OpenAI-compatible HTTP API: ``POST /v1/chat/completions`` (plain and SSE) and ``GET /v1/models``.

The last user message is the question; earlier user/assistant pairs become the history. Answers
carry an extra top-level ``citations`` list (on the last chunk when streaming). Optional fields
``persona`` ("public" | "civil_servant") and ``filters`` ({"localities", "years", "issuers",
"current_only": 只看现行有效, "as_of": "YYYY-MM-DD"}) can be sent with ``extra_body``. Each citation
carries ``validity`` (status, label, until, by, successor) as of that day. When the environment
variable named by ``settings.api_key_env`` is set, requests need ``Authorization: Bearer <key>``
(and the page its login). A 400 names the field and the reason, never the input.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import date
from typing import Any

import anyio
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from index.errors import InputError
from rag.llm import HANGUP, Hangup
from rag.schema import (
    ANSWER_HEADING,
    Answer,
    Citation,
    Event,
    EvidenceShown,
    Filters,
    Final,
    Note,
    Token,
    Turn,
)
from ui.render import removed_note
from ui.services import Services

log = logging.getLogger(__name__)

MODEL_NAME = "policyqa"
PERSONAS = ("public", "civil_servant")


class APIError(Exception):
    def __init__(self, status: int, message: str, type_: str = "invalid_request_error",
                 code: str | None = None):
        super().__init__(message)
        self.status, self.message, self.type, self.code = status, message, type_, code


class ChatMessageIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type", "text") == "text")
        return self.content or ""


class FiltersIn(BaseModel):
    localities: list[str] = []
    years: list[int] = []
    issuers: list[str] = []
    current_only: bool = False  # 只看现行有效
    as_of: date | None = None  # judge validity on this day (default: the server's, today)


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow")  # temperature, top_p … are accepted and ignored
    model: str = MODEL_NAME
    messages: list[ChatMessageIn]
    stream: bool = False
    persona: str | None = None
    filters: FiltersIn | None = None


def citation_json(c: Citation) -> dict[str, Any]:
    return {**c.to_json(), "doc_id": c.doc_id, "start": c.start, "end": c.end}


def split_conversation(messages: list[ChatMessageIn]) -> tuple[str, list[Turn]]:
    """The question (last user message) and the earlier exchanges as Turns."""
    convo = [(m.role, m.text()) for m in messages if m.role in ("user", "assistant")]
    if not convo or convo[-1][0] != "user":
        raise APIError(400, "the last message must come from the user", code="no_question")
    history: list[Turn] = []
    pending: str | None = None
    for role, text in convo[:-1]:
        if role == "user":
            pending = text if pending is None else f"{pending}\n{text}"
        elif pending is not None:
            history.append(Turn(pending, text))
            pending = None
    question = convo[-1][1] if pending is None else f"{pending}\n{convo[-1][1]}"
    return question, history


def usage(answer: Answer, request_chars: int) -> dict[str, int]:
    # The extractive path sends no prompt to a model; count the request's characters then, which is
    # how rag.llm counts tokens when there is no tokenizer.
    prompt = answer.prompt_tokens or request_chars
    completion = answer.completion_tokens or len(answer.text)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _filters(f: FiltersIn | None) -> Filters | None:
    if f is None:
        return None
    return Filters(localities=tuple(f.localities), years=tuple(f.years), issuers=tuple(f.issuers),
                   current_only=f.current_only, as_of=f.as_of.isoformat() if f.as_of else None)


def _error_response(exc: APIError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    body = {"error": {"message": exc.message, "type": exc.type, "code": exc.code, "param": None}}
    return JSONResponse(body, status_code=exc.status, headers=headers)


def make_router(services: Services) -> APIRouter:
    def require_key(request: Request) -> None:
        if not services.api_key:
            return
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(token.strip(), services.api_key):
            raise APIError(401, "invalid or missing API key (Authorization: Bearer <key>)",
                           "authentication_error", "invalid_api_key")

    router = APIRouter(prefix="/v1", dependencies=[Depends(require_key)])

    @router.get("/models")
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": MODEL_NAME, "object": "model", "created": 0,
                                            "owned_by": "policyqa"}]}

    # A plain `def`: FastAPI runs it in its thread pool, so a slow answer does not block the loop.
    @router.post("/chat/completions", response_model=None)
    def chat_completions(req: ChatRequest) -> dict[str, Any] | StreamingResponse:
        question, history = split_conversation(req.messages)
        persona = req.persona or "public"
        if persona not in PERSONAS:
            raise APIError(400, f"persona must be one of {', '.join(PERSONAS)}", code="bad_persona")
        request_chars = sum(len(m.text()) for m in req.messages)
        events = services.engine.stream(question, history, persona, _filters(req.filters))
        try:
            # Pull the first event now: a rejected question becomes a 400, not a broken stream.
            first = next(events)
        except InputError as exc:
            raise APIError(400, str(exc), code="bad_question") from exc
        except StopIteration as exc:
            raise APIError(500, "the engine produced no answer", "server_error") from exc
        cid = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        created = int(time.time())
        if req.stream:
            hangup = Hangup()
            return ClosingStreamingResponse(_close_when_done(_sse(first, events, cid, created, request_chars), hangup),
                                            hangup, media_type="text/event-stream",
                                            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        answer = _final(first, events)
        return {
            "id": cid, "object": "chat.completion", "created": created, "model": MODEL_NAME,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer.presented},
                         "finish_reason": "stop"}],
            "usage": usage(answer, request_chars),
            "citations": [citation_json(c) for c in answer.citations],
            "policyqa": _extra(answer),
        }

    return router


def _extra(answer: Answer) -> dict[str, Any]:
    return {"refused": answer.refused, "backend": answer.backend, "fallback_reason": answer.fallback_reason,
            "rewritten_question": answer.rewritten_question,
            "sentences": [c.to_json() for c in answer.claims], "removed": [r.to_json() for r in answer.removed],
            "evidence": answer.evidence.text if answer.evidence else None,
            "latency_ms": {k: round(v, 1) for k, v in answer.latency_ms.items()},
            "related": [r.__dict__ for r in answer.related]}


def _final(first: Event, events: Iterator[Event]) -> Answer:
    for event in _chain(first, events):
        if isinstance(event, Final):
            return event.answer
    raise APIError(500, "the engine ended without an answer", "server_error")


def _chain(first: Event, events: Iterator[Event]) -> Iterator[Event]:
    yield first
    yield from events


def _sse(first: Event, events: Iterator[Event], cid: str, created: int, request_chars: int) -> Iterator[str]:
    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": MODEL_NAME,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    streamed = ""
    try:
        for event in _chain(first, events):
            match event:
                case EvidenceShown(evidence=ev):
                    # Evidence first: clients show the quoted sentences (and their citations) at once,
                    # before the model's first token.
                    streamed += ev.preamble()
                    yield chunk({"content": ev.preamble()}, citations=[citation_json(c) for c in ev.citations],
                                policyqa={"phase": "evidence"})
                case Token(text=text) | Note(text=text) if text:
                    streamed += text
                    yield chunk({"content": text},
                                policyqa={"phase": "answer" if isinstance(event, Token) else "note"})
                case Final(answer=answer):
                    # The checked answer may differ from the raw tokens (a marker added, a fallback
                    # note): send the difference when it extends what was streamed; the full text is
                    # in `policyqa`.
                    full = answer.presented
                    tail = full[len(streamed):] if full.startswith(streamed) else ""
                    if not tail and answer.removed:  # the streamed text held sentences the verifier removed
                        tail = f"\n\n（{removed_note(answer)}）\n{ANSWER_HEADING}\n{answer.text}"
                    yield chunk({"content": tail} if tail else {}, "stop", usage=usage(answer, request_chars),
                                citations=[citation_json(c) for c in answer.citations],
                                policyqa={**_extra(answer), "answer": full, "phase": "final"})
    except Exception:  # mid-stream failure: tell the client in-band, the status is already sent
        log.exception("streaming an answer failed")
        err = {"error": {"message": "回答过程中出错，请稍后再试。", "type": "server_error"}}
        yield f"data: {json.dumps(err, ensure_ascii=False)}\n\n"
    finally:
        # A client that went away closes this generator: close the engine's too, so the model stops
        # generating for nobody and frees its slot now, not when the garbage collector runs.
        close = getattr(events, "close", None)
        if close is not None:
            close()
    yield "data: [DONE]\n\n"


class ClosingStreamingResponse(StreamingResponse):
    """A stream that notices a client going away at once, and then closes its body for certain.

    Starlette relies on the server raising on the next send after a disconnect (ASGI 2.4), and a
    body iterator abandoned that way is only finalised when the garbage collector gets to it: the
    answer's generator, its model stream and its place at the model stay held meanwhile. Here a
    listener cancels the stream as soon as the client disconnects, and the body is closed explicitly.
    """

    def __init__(self, content: AsyncIterator[str], hangup: Hangup | None = None, **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self.hangup = hangup

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async with anyio.create_task_group() as group:

            async def stream() -> None:
                with contextlib.suppress(OSError):  # the client went away mid-send
                    await self.stream_response(send)
                group.cancel_scope.cancel()

            group.start_soon(stream)
            await self.listen_for_disconnect(receive)
            if self.hangup is not None:  # the model's read, if one is blocked, ends now
                self.hangup.hang_up()
            group.cancel_scope.cancel()

    async def stream_response(self, send: Any) -> None:
        try:
            await super().stream_response(send)
        finally:
            aclose = getattr(self.body_iterator, "aclose", None)
            if aclose is not None:
                with anyio.CancelScope(shield=True):
                    await aclose()


async def _close_when_done(gen: Iterator[str], hangup: Hangup | None = None) -> AsyncIterator[str]:
    """Serve a blocking generator from the thread pool, and close it however the response ends.

    When the client disconnects, Starlette cancels the response: closing the generator then reaches
    the engine and the model stream, so the model stops at once instead of holding its slot until
    the garbage collector runs. (A cancel waits for the thread's current step, so the generator is
    never closed while it runs.)
    """
    if hangup is not None:
        HANGUP.set(hangup)  # seen by the thread that streams from the model (the context is copied)
    try:
        async for item in iterate_in_threadpool(gen):
            yield item
    finally:
        with anyio.CancelScope(shield=True):
            await run_in_threadpool(_close_quietly, gen)


def _close_quietly(gen: Iterator[str]) -> None:
    close = getattr(gen, "close", None)
    if close is not None:
        try:
            close()
        except Exception:
            log.exception("closing an answer stream failed")


def validation_summary(errors: Sequence[Any], most: int = 3) -> str:
    """What was wrong with a request, by field and reason — never the input itself."""
    parts = []
    for e in list(errors)[:most]:
        loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body")
        parts.append(f"{loc or 'body'}: {str(e.get('msg', 'invalid'))[:120]}")
    return "; ".join(parts)


def install_api(app: FastAPI, services: Services) -> None:
    @app.exception_handler(APIError)
    async def _api_error(request: Request, exc: APIError) -> JSONResponse:
        return _error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error_response(APIError(400, f"invalid request: {validation_summary(exc.errors())}"))

    app.include_router(make_router(services))

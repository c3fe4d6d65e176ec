"""The local model in its own process: llama.cpp's ``llama-server``, started and supervised here.

Why ``llama-server`` and not ``llama_cpp.server``: it batches continuously over parallel slots (so
several questions share one model), answers ``/tokenize`` and ``/health``, cancels a generation as
soon as its client disconnects, and a crash in its C++ kernels takes down only that process. The
app reaches it like any other OpenAI-compatible server (``rag.llm``).

``ModelServer`` starts the process on a loopback port, polls ``/health`` until the model is loaded,
watches it from a thread, restarts it with back-off after a crash or a hang, and stops it with the
app (``stop()``, ``atexit``, and the kernel's parent-death signal when the app is killed). Its
``status()`` is what the chat's status line shows; the details (exit codes, the server's own log)
go to the log file and the Python logger, never to users.

``policyqa check-llm-server --smoke`` starts the server in a subprocess, asks one question and
checks the answer: the setup's proof that this build runs on this CPU.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

import httpx

log = logging.getLogger(__name__)

SERVER_BINARY = "llama-server"


class ServerState(StrEnum):
    STARTING = "starting"  # launched, loading the model
    READY = "ready"
    RESTARTING = "restarting"  # crashed or hung; waiting for the back-off, then starting again
    FAILED = "failed"  # cannot start (no binary, no model file, port taken, load error); retried slowly
    STOPPED = "stopped"


@dataclass(frozen=True)
class ServerStatus:
    state: ServerState
    message: str  # for users (Chinese), no paths or internals
    pid: int | None = None
    restarts: int = 0
    base_url: str | None = None

    @property
    def ready(self) -> bool:
        return self.state is ServerState.READY


# Prompt lookup decoding: a 3-token match in the prompt drafts the 4 tokens that followed it.
_PROMPT_LOOKUP_ARGS = ("--spec-type", "ngram-simple",
                       "--spec-ngram-simple-size-n", "3", "--spec-ngram-simple-size-m", "4")


@dataclass(frozen=True)
class ServerPlan:
    """How to run llama-server: what a machine of this size can serve at once."""

    binary: Path
    model_path: Path
    alias: str = "local"
    host: str = "127.0.0.1"
    port: int = 0  # 0: a free port is chosen at start
    parallel: int = 4  # slots decoded together (continuous batching)
    ctx_per_slot: int = 2048
    threads: int = 2
    # Prompt lookup decoding: the model's next few tokens are guessed from the prompt's own words
    # (a 3-token match drafts the 4 that followed it) and checked in one batch. A lead restates its
    # quotes, so most guesses hold: on 2 cores a lead's token took 51 ms instead of 79 ms.
    prompt_lookup: bool = False
    extra_args: tuple[str, ...] = ()

    @property
    def ctx_total(self) -> int:
        return self.parallel * self.ctx_per_slot

    def command(self, port: int) -> list[str]:
        return [
            str(self.binary), "--model", str(self.model_path), "--alias", self.alias,
            "--host", self.host, "--port", str(port),
            "--parallel", str(self.parallel), "--ctx-size", str(self.ctx_total), "--no-kv-unified",
            "--threads", str(self.threads), "--threads-batch", str(self.threads),
            # Streams hold an HTTP thread each; keep some free for /health and /tokenize.
            "--threads-http", str(max(8, 2 * self.parallel + 4)),
            "--cont-batching", "--cache-prompt", "--cache-ram", "256", "--fit", "off",
            "--no-webui", "--no-slots", "--log-colors", "off",
            *(_PROMPT_LOOKUP_ARGS if self.prompt_lookup else ()),
            *self.extra_args,
        ]


_LOOKUP_KNOWN: dict[Path, bool] = {}  # binary → whether it knows every option of prompt lookup


def supports_prompt_lookup(binary: Path) -> bool:
    """Whether this llama-server drafts from n-grams of the prompt with the options used here (older
    builds, or a user's own, may not know them and would refuse to start with them). A definite
    answer is remembered; a binary that cannot be asked (missing, hanging) is asked again next time."""
    if binary in _LOOKUP_KNOWN:
        return _LOOKUP_KNOWN[binary]
    try:
        out = subprocess.run([str(binary), "--help"], capture_output=True, text=True, timeout=10,
                             check=False, errors="replace")
    except (OSError, subprocess.SubprocessError):
        return False
    help_text = out.stdout + out.stderr
    _LOOKUP_KNOWN[binary] = all(a in help_text for a in _PROMPT_LOOKUP_ARGS if not a.isdigit())
    return _LOOKUP_KNOWN[binary]


def plan_for_machine(binary: Path, model_path: Path, *, cores: int | None = None, parallel: int | None = None,
                     ctx_per_slot: int = 2048, threads: int | None = None, alias: str = "local",
                     port: int = 0, prompt_lookup: bool = False) -> ServerPlan:
    """Slots and threads from the machine: decoding is memory-bound, so a few slots per core share
    each weight read; more slots only lengthen every answer. 2 cores → 4 slots of 2,048 tokens."""
    n = max(1, cores or os.cpu_count() or 1)
    return ServerPlan(binary=binary, model_path=model_path, alias=alias, port=port,
                      parallel=parallel or max(2, min(8, 2 * n)), ctx_per_slot=ctx_per_slot,
                      threads=threads or n, prompt_lookup=prompt_lookup)


def find_server_binary(configured: Path | None, home: Path) -> Path | None:
    """The configured binary, else the one setup installed under ``<home>``, else one on PATH."""
    if configured is not None:
        return configured
    installed = home / "llama-server" / "bin" / SERVER_BINARY
    if installed.is_file():
        return installed
    found = shutil.which(SERVER_BINARY)
    return Path(found) if found else None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _child_setup() -> None:  # pragma: no cover - runs in the child between fork and exec
    """In the server process: die with the app, and yield the CPU to it.

    The kernel sends SIGTERM when the thread that started the server goes away (the app was
    killed). A lower priority keeps retrieval and the evidence answer fast while the model is busy.
    """
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    with contextlib.suppress(OSError):
        os.nice(5)


def _exit_words(code: int) -> str:
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"signal {signal.Signals(-code).name}"
        return f"signal {-code}"
    return f"exit code {code}"


def _tail(path: Path, lines: int = 20) -> str:
    try:
        with path.open("rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - 8192))
            return "\n".join(f.read().decode("utf-8", "replace").splitlines()[-lines:])
    except OSError:
        return ""


def _start_failure_message(log_text: str) -> str:
    text = log_text.lower()
    if "address already in use" in text or "couldn't bind" in text or "failed to listen" in text:
        return "本地模型端口被占用，无法启动"
    if "failed to load model" in text or "error loading model" in text or "gguf" in text:
        return "本地模型文件无法加载"
    return "本地模型启动失败"


@dataclass
class _Runtime:
    proc: subprocess.Popen[bytes] | None = None
    state: ServerState = ServerState.STOPPED
    message: str = "本地模型未启动"
    restarts: int = 0
    consecutive_failures: int = 0
    port: int = 0
    ready_since: float | None = None


class ModelServer:
    """Supervises one llama-server (or, in tests, any command serving ``/health``)."""

    def __init__(self, plan: ServerPlan, log_path: Path, *, command: Sequence[str] | None = None,
                 load_timeout_s: float = 180.0, health_interval_s: float = 1.0,
                 hang_after_s: float = 45.0, max_backoff_s: float = 30.0):
        self.plan = plan
        self.log_path = log_path
        self._command_override = list(command) if command is not None else None
        self.load_timeout_s = load_timeout_s
        self.health_interval_s = health_interval_s
        self.hang_after_s = hang_after_s
        self.max_backoff_s = max_backoff_s
        # A key per process so nothing else on this machine can use the loopback port.
        self.api_key = secrets.token_urlsafe(24)
        self._rt = _Runtime()
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ public
    @property
    def base_url(self) -> str:
        return f"http://{self.plan.host}:{self._rt.port}"

    @property
    def pid(self) -> int | None:
        proc = self._rt.proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def status(self) -> ServerStatus:
        with self._lock:
            rt = self._rt
            return ServerStatus(rt.state, rt.message, self.pid, rt.restarts,
                                self.base_url if rt.state is ServerState.READY else None)

    def start(self) -> ModelServer:
        """Launch the supervisor thread (idempotent); returns at once."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return self
            self._stop.clear()
            self._rt.port = self.plan.port or free_port(self.plan.host)
            self._set(ServerState.STARTING, "本地模型正在加载…")
            self._thread = threading.Thread(target=self._supervise, name="llama-server-supervisor", daemon=True)
            self._thread.start()
        _register(self)
        return self

    def wait_ready(self, timeout_s: float, *, fail_fast: bool = True) -> bool:
        """Wait until the model answers; with ``fail_fast``, give up at the first failed start or crash."""
        bad = (ServerState.FAILED, ServerState.RESTARTING, ServerState.STOPPED) if fail_fast else ()
        with self._changed:
            self._changed.wait_for(lambda: self._rt.state is ServerState.READY or self._rt.state in bad,
                                   timeout_s)
            return self._rt.state is ServerState.READY

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stop.set()
        self._terminate(timeout_s)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout_s)
        self._set(ServerState.STOPPED, "本地模型已停止")
        _unregister(self)

    # ------------------------------------------------------------------ internals
    def _set(self, state: ServerState, message: str) -> None:
        with self._changed:
            self._rt.state, self._rt.message = state, message
            self._rt.ready_since = time.monotonic() if state is ServerState.READY else None
            self._changed.notify_all()

    def _command(self) -> list[str]:
        if self._command_override is not None:
            return [part.replace("{port}", str(self._rt.port)) for part in self._command_override]
        return self.plan.command(self._rt.port)

    def _precheck(self) -> str | None:
        """A reason the server cannot start at all, before launching it."""
        if self._command_override is None:
            if not self.plan.binary.is_file():
                log.error("llama-server binary not found: %s (run scripts/setup.sh)", self.plan.binary)
                return "本地模型运行程序未安装"
            if not self.plan.model_path.is_file():
                log.error("GGUF model file not found: %s", self.plan.model_path)
                return "本地模型文件不存在"
        if not port_is_free(self.plan.host, self._rt.port):
            if self.plan.port:  # a configured port: tell the operator, keep retrying
                log.error("model server port %s is taken", self._rt.port)
                return "本地模型端口被占用，无法启动"
            self._rt.port = free_port(self.plan.host)
        return None

    def _launch(self) -> subprocess.Popen[bytes]:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "LLAMA_API_KEY": self.api_key}
        # Sleeping, not spinning, OpenMP workers: on a shared 2-core machine spinning threads starve
        # the app (measured earlier: generation 4-6x faster under load with passive waiting).
        env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        with self.log_path.open("ab") as logf:
            logf.write(f"\n=== {time.strftime('%Y-%m-%d %H:%M:%S')} starting: {' '.join(self._command())}\n".encode())
            logf.flush()
            return subprocess.Popen(self._command(), stdin=subprocess.DEVNULL, stdout=logf,
                                    stderr=subprocess.STDOUT, env=env, preexec_fn=_child_setup,
                                    close_fds=True, cwd=self._workdir())

    def _workdir(self) -> Path:
        # llama.cpp also looks for CPU-variant libraries in its working directory: start it in its
        # own folder so no library lying in the app's current directory can be loaded into it.
        folder = self.plan.binary.parent
        return folder if self._command_override is None and folder.is_dir() else self.log_path.parent

    def _healthy(self, client: httpx.Client) -> bool:
        try:
            return client.get(f"{self.base_url}/health", timeout=3.0).status_code == 200
        except httpx.HTTPError:
            return False

    def _backoff(self) -> float:
        return min(self.max_backoff_s, 2.0 ** max(0, self._rt.consecutive_failures - 1))

    def _supervise(self) -> None:
        with httpx.Client() as client:
            while not self._stop.is_set():
                self._run_once(client)
                if self._stop.is_set():
                    break
                self._stop.wait(self._backoff())

    def _run_once(self, client: httpx.Client) -> None:
        """Start the server, watch it until it exits (or hangs), and record why it ended."""
        reason = self._precheck()
        if reason is None:
            try:
                proc = self._launch()
            except OSError as exc:
                log.error("could not start the model server: %s", exc)
                reason = "本地模型启动失败"
        if reason is not None:
            self._rt.consecutive_failures += 1
            self._set(ServerState.FAILED, f"{reason}，已改用原文摘录回答")
            return
        with self._lock:
            self._rt.proc = proc
        log.info("model server started (pid %s, port %s)", proc.pid, self._rt.port)
        launched = time.monotonic()
        last_ok = launched
        while proc.poll() is None and not self._stop.is_set():
            healthy = self._healthy(client)
            now = time.monotonic()
            if healthy:
                last_ok = now
                if self._rt.state is not ServerState.READY:
                    log.info("model server ready in %.1f s", now - launched)
                    self._rt.consecutive_failures = 0
                    self._set(ServerState.READY, "本地模型就绪")
            elif self._rt.state is ServerState.READY and now - last_ok > self.hang_after_s:
                log.error("model server unresponsive for %.0f s: restarting it", now - last_ok)
                self._kill(proc)
            elif self._rt.state is not ServerState.READY and now - launched > self.load_timeout_s:
                log.error("model server not ready after %.0f s: restarting it", self.load_timeout_s)
                self._kill(proc)
            self._stop.wait(self.health_interval_s)
        if self._stop.is_set():
            return
        code = proc.wait()
        was_ready = last_ok > launched
        self._rt.restarts += 1
        self._rt.consecutive_failures += 1
        if was_ready:
            log.error("model server exited (%s); restarting in %.0f s", _exit_words(code), self._backoff())
            self._set(ServerState.RESTARTING, "本地模型进程意外退出，正在重启；期间以原文摘录回答")
        else:
            tail = _tail(self.log_path)
            log.error("model server failed to start (%s): %s", _exit_words(code), tail[-600:])
            self._set(ServerState.FAILED, f"{_start_failure_message(tail)}，已改用原文摘录回答")

    def _kill(self, proc: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(OSError):
            proc.kill()

    def _terminate(self, timeout_s: float) -> None:
        proc = self._rt.proc
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(OSError):
            proc.terminate()
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            self._kill(proc)
            proc.wait(5)


# --------------------------------------------------------------------------- process-wide registry

_servers: dict[tuple[str, ...], ModelServer] = {}
_running: set[ModelServer] = set()
_registry_lock = threading.Lock()


def _register(server: ModelServer) -> None:
    with _registry_lock:
        _running.add(server)


def _unregister(server: ModelServer) -> None:
    with _registry_lock:
        _running.discard(server)


@atexit.register
def stop_all() -> None:
    """Stop every model server this process started (also registered with ``atexit``)."""
    with _registry_lock:
        servers = list(_running)
    for server in servers:
        server.stop(timeout_s=5.0)


def shared_server(plan: ServerPlan, log_path: Path) -> ModelServer:
    """One supervised server per plan for the whole process, started on first use."""
    key = (str(plan.binary), str(plan.model_path), str(plan.parallel), str(plan.ctx_per_slot), str(plan.port),
           str(plan.prompt_lookup))
    with _registry_lock:
        server = _servers.get(key)
        if server is None:
            server = _servers[key] = ModelServer(plan, log_path)
    return server.start()


# --------------------------------------------------------------------------- smoke test

SMOKE_QUESTION = "根据资料回答：育儿补贴每个孩子每年发多少钱？\n资料：[1] 自2025年1月1日起，每个孩子每年发放育儿补贴3600元。"


def smoke(plan: ServerPlan, log_path: Path, timeout_s: float = 240.0) -> tuple[bool, str]:
    """Start the server, ask one question, check the answer holds the passage's number."""
    server = ModelServer(replace(plan, parallel=1), log_path, load_timeout_s=timeout_s)
    started = time.perf_counter()
    server.start()
    try:
        if not server.wait_ready(timeout_s):
            status = server.status()
            return False, f"server not ready ({status.message}); see {log_path}"
        body = {"model": plan.alias, "temperature": 0.0, "max_tokens": 48,
                "messages": [{"role": "user", "content": SMOKE_QUESTION}]}
        r = httpx.post(f"{server.base_url}/v1/chat/completions", json=body, timeout=timeout_s,
                       headers={"Authorization": f"Bearer {server.api_key}"})
        if r.status_code != 200:
            return False, f"HTTP {r.status_code} from the model server; see {log_path}"
        text = r.json()["choices"][0]["message"]["content"] or ""
        ok = "3600" in text.replace(",", "")
        return ok, f"{'ok' if ok else 'unexpected answer'} in {time.perf_counter() - started:.1f} s: {text.strip()[:80]!r}"
    except httpx.HTTPError as exc:
        status = server.status()
        return False, f"{type(exc).__name__} ({status.message}; restarts {status.restarts}); see {log_path}"
    finally:
        server.stop()

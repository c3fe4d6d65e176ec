"""The supervised model server (rag.model_server) and the local chat model over it, with a fake
llama-server (tests/support/fake_llm_server.py): start, health, crash and restart, start failures,
cancellation of an abandoned stream, and the engine answering from the evidence while the model is
down."""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from index.errors import LLMUnavailable
from rag.chain import AnswerEngine
from rag.llm import LLMSettings, LocalServerChat
from rag.model_server import ModelServer, ServerPlan, ServerState, plan_for_machine, supports_prompt_lookup
from tests.support.events import pair

FAKE = Path(__file__).resolve().parents[2] / "support" / "fake_llm_server.py"
Q = "中宁县残疾儿童机构内基本康复训练每人每年补助多少钱？"


def fake_command(*extra: str) -> list[str]:
    return [sys.executable, str(FAKE), "--port", "{port}", *extra]


def make_server(tmp_path: Path, *extra: str, plan: ServerPlan | None = None, **kw: Any) -> ModelServer:
    plan = plan or ServerPlan(binary=Path("unused"), model_path=Path("unused.gguf"), parallel=2)
    kw.setdefault("health_interval_s", 0.1)
    kw.setdefault("max_backoff_s", 0.5)
    return ModelServer(plan, tmp_path / "server.log", command=fake_command(*extra), **kw)


@pytest.fixture
def fake_server(tmp_path: Path) -> Iterator[ModelServer]:
    server = make_server(tmp_path, "--token-delay", "0.02", "--events", str(tmp_path / "events.log"))
    server.start()
    assert server.wait_ready(20), server.status()
    yield server
    server.stop()


def wait_for(predicate: Any, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_plan_fits_the_machine_and_names_the_model() -> None:
    plan = plan_for_machine(Path("/opt/llama/llama-server"), Path("/m/qwen.gguf"), cores=2)
    assert (plan.parallel, plan.threads, plan.ctx_total) == (4, 2, 4 * 2048)
    cmd = plan.command(8123)
    assert cmd[0].endswith("llama-server") and "/m/qwen.gguf" in cmd
    assert cmd[cmd.index("--parallel") + 1] == "4" and cmd[cmd.index("--host") + 1] == "127.0.0.1"
    assert "--api-key" not in cmd  # the key travels in the environment, not on the command line
    assert plan_for_machine(Path("b"), Path("m"), cores=16).parallel == 8
    assert plan_for_machine(Path("b"), Path("m"), cores=1).parallel == 2


def test_prompt_lookup_is_asked_for_only_where_the_binary_knows_it(tmp_path: Path) -> None:
    def binary(name: str, help_text: str) -> Path:
        path = tmp_path / name
        path.write_text(f"#!/bin/sh\necho '{help_text}'\n")
        path.chmod(0o755)
        return path

    new = binary("new", "--spec-type none,draft-simple,ngram-simple,ngram-cache --spec-ngram-simple-size-n N "
                        "--spec-ngram-simple-size-m N")
    old = binary("old", "--draft-max N  number of tokens to draft")
    # knows the kind but not the options that size it: it would refuse to start with them
    half = binary("half", "--spec-type none,ngram-simple --spec-ngram-size-n N")
    assert supports_prompt_lookup(new) and not supports_prompt_lookup(old) and not supports_prompt_lookup(half)
    assert not supports_prompt_lookup(tmp_path / "missing")
    on = plan_for_machine(new, Path("m.gguf"), cores=2, prompt_lookup=True).command(8080)
    assert on[on.index("--spec-type") + 1] == "ngram-simple"
    assert "--spec-type" not in plan_for_machine(old, Path("m.gguf"), cores=2).command(8080)


def test_starts_reports_loading_then_ready(tmp_path: Path) -> None:
    server = make_server(tmp_path, "--load-delay", "1.0").start()
    try:
        assert server.status().state is ServerState.STARTING
        assert server.wait_ready(20)
        status = server.status()
        assert status.ready and status.pid and status.base_url == server.base_url
    finally:
        server.stop()
    assert server.status().state is ServerState.STOPPED
    assert server.pid is None


def test_kill_9_is_followed_by_a_restart(fake_server: ModelServer) -> None:
    first = fake_server.pid
    assert first is not None and first > 0
    os.kill(first, signal.SIGKILL)
    assert wait_for(lambda: fake_server.status().state is not ServerState.READY, 5)
    down = fake_server.status()
    assert "重启" in down.message and "/" not in down.message
    assert wait_for(lambda: fake_server.status().ready, 20)
    status = fake_server.status()
    assert status.pid not in (None, first) and status.restarts == 1


def test_missing_binary_or_model_is_a_clear_failure(tmp_path: Path) -> None:
    plan = ServerPlan(binary=tmp_path / "nope" / "llama-server", model_path=tmp_path / "m.gguf")
    server = ModelServer(plan, tmp_path / "log", health_interval_s=0.1, max_backoff_s=0.5).start()
    try:
        assert not server.wait_ready(5)
        status = server.status()
        assert status.state is ServerState.FAILED and "未安装" in status.message
        assert str(tmp_path) not in status.message
    finally:
        server.stop()
    (tmp_path / "bin").mkdir()
    binary = tmp_path / "bin" / "llama-server"
    binary.write_text("#!/bin/sh\n")
    binary.chmod(0o755)
    server = ModelServer(ServerPlan(binary=binary, model_path=tmp_path / "missing.gguf"), tmp_path / "log").start()
    try:
        assert not server.wait_ready(5)
        assert "模型文件不存在" in server.status().message
    finally:
        server.stop()


def test_a_taken_port_is_a_clear_failure(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        plan = ServerPlan(binary=Path("unused"), model_path=Path("m.gguf"), port=port)
        server = make_server(tmp_path, plan=plan).start()
        try:
            assert not server.wait_ready(5)
            assert "端口被占用" in server.status().message
        finally:
            server.stop()


def test_a_server_that_dies_while_loading_reports_why(tmp_path: Path) -> None:
    script = "import sys; print('llama_model_load: error loading model: bad magic'); sys.exit(1)"
    plan = ServerPlan(binary=Path("unused"), model_path=Path("m.gguf"))
    server = ModelServer(plan, tmp_path / "log", command=[sys.executable, "-c", script],
                         health_interval_s=0.1, max_backoff_s=0.5).start()
    try:
        assert not server.wait_ready(10)
        status = server.status()
        assert status.state is ServerState.FAILED and "无法加载" in status.message
    finally:
        server.stop()


def _chat(server: ModelServer, **settings: Any) -> LocalServerChat:
    return LocalServerChat(server=server, settings=LLMSettings(**settings))


def test_local_chat_streams_from_the_server_and_fails_fast_when_it_is_down(fake_server: ModelServer) -> None:
    chat = _chat(fake_server)
    assert "".join(str(c.content) for c in chat.stream("你好")) == "按规定办理[1]。"
    assert chat.capacity == 2
    assert _chat(fake_server, max_waiting=3).capacity == 2 + 3
    fake_server.stop()
    started = time.monotonic()
    with pytest.raises(LLMUnavailable):
        chat.invoke("你好")
    assert time.monotonic() - started < 3.0  # at once, not after a connection timeout


def test_closing_a_stream_stops_the_generation(tmp_path: Path) -> None:
    events = tmp_path / "events.log"
    server = make_server(tmp_path, "--token-delay", "0.1", "--answer", "很长的回答" * 40,
                         "--events", str(events)).start()
    try:
        assert server.wait_ready(20)
        stream = _chat(server).stream("你好")
        next(stream)
        next(stream)
        stream.close()
        assert wait_for(lambda: events.exists() and "disconnected" in events.read_text(), 5), \
            events.read_text() if events.exists() else "no events"
    finally:
        server.stop()


def _engine(rt: Any, chat: LocalServerChat) -> AnswerEngine:
    settings = rt.settings.llm.model_copy(update={"backend": "local", "timeout_s": 30.0})
    engine = AnswerEngine(rt, settings, chat_model=chat)
    # a style whose tokens stream (a lead's are held back until checked): these tests watch the stream
    engine.settings = replace(engine.settings, answer_style="restate")
    return engine


def test_model_killed_mid_answer_the_answer_completes_and_the_next_uses_the_restarted_model(
        small_runtime: Any, tmp_path: Path) -> None:
    server = make_server(tmp_path, "--token-delay", "0.05", "--answer", "按规定办理" * 30 + "[1]。").start()
    try:
        assert server.wait_ready(20)
        engine = _engine(small_runtime, _chat(server))
        victim = server.pid
        assert victim is not None
        events = engine.stream(Q)
        kinds: list[str] = []
        for kind, _value in map(pair, events):
            kinds.append(kind)
            if kind == "token" and kinds.count("token") == 3:
                os.kill(victim, signal.SIGKILL)  # once, and never pid 0 (that is our own group)
            if kind == "final":
                answer = _value
        assert kinds[0] == "evidence" and kinds[-1] == "final"
        assert answer.backend == "extractive" and answer.fallback_reason and answer.citations
        assert not answer.refused
        assert wait_for(lambda: server.status().restarts == 1 and server.status().ready, 30)
        again = engine.answer(Q)
        assert again.backend == "local" and again.fallback_reason is None and again.evidence is not None
    finally:
        server.stop()


def test_evidence_comes_first_and_a_full_queue_answers_from_it(small_runtime: Any, tmp_path: Path) -> None:
    plan = ServerPlan(binary=Path("unused"), model_path=Path("m.gguf"), parallel=1)
    server = make_server(tmp_path, "--token-delay", "0.05", plan=plan).start()
    try:
        assert server.wait_ready(20)
        _queue_full(small_runtime, _chat(server, max_waiting=0))
    finally:
        server.stop()


def _queue_full(small_runtime: Any, chat: LocalServerChat) -> None:
    assert chat.capacity == 1
    engine = _engine(small_runtime, chat)
    # Fill the only place in the queue with a question that is still being answered.
    busy = engine.stream(Q)
    assert pair(next(busy))[0] == "evidence"
    assert pair(next(busy))[0] == "token"
    started = time.monotonic()
    answer = engine.answer(Q)
    assert time.monotonic() - started < 5.0  # at once: it does not wait for the busy one
    assert answer.backend == "extractive" and answer.fallback_reason and "较多" in answer.text
    assert answer.citations
    busy.close()
    assert engine.answer(Q).backend == "local"  # the place is free again

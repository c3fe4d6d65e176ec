"""The packaged local LLM end to end: the real llama-server build, the real GGUF, in its own process.

Needs scripts/setup.sh (it installs the server under $POLICYQA_HOME/llama-server and the GGUF under
$POLICYQA_HOME/models; default home <repo>/var). Missing pieces fail the tests: setup is required.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from index.errors import LLMUnavailable
from rag.llm import LLMSettings, count_tokens, local_server, make_chat_model
from rag.model_server import ServerState

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[2]
HOME = Path(os.environ.get("POLICYQA_HOME", REPO_ROOT / "var"))

PASSAGES = [
    "[1] 《关于进一步优化生育支持政策的通知》：自2025年1月1日起，对符合条件的家庭，"
    "每个孩子每年发放育儿补贴3600元，直至年满3周岁。",
    "[2] 《关于做好高校毕业生就业工作的通知》：对吸纳离校2年内未就业高校毕业生的小微企业，"
    "按每人1500元的标准给予一次性吸纳就业补贴。",
]
QUESTION = "育儿补贴每个孩子每年发多少钱？"
SYSTEM = "你是政策问答助手。只根据给出的资料，用一两句完整的中文句子回答，并在句末用方括号标注所依据资料的编号，例如[2]。"


@pytest.fixture(scope="module")
def settings() -> LLMSettings:
    filled = LLMSettings(max_tokens=96, temperature=0.0).with_defaults(HOME)
    assert filled.model_path and filled.model_path.is_file(), f"no GGUF at {filled.model_path}: run scripts/setup.sh"
    assert filled.server_binary and filled.server_binary.is_file(), "no llama-server: run scripts/setup.sh"
    return filled


@pytest.fixture(scope="module")
def ready(settings: LLMSettings) -> LLMSettings:
    server = local_server(settings)
    assert server.wait_ready(180, fail_fast=False), server.status()
    return settings


def _messages() -> list[SystemMessage | HumanMessage]:
    return [SystemMessage(SYSTEM), HumanMessage("资料：\n" + "\n".join(PASSAGES) + f"\n\n问题：{QUESTION}")]


def test_local_model_streams_a_chinese_answer_with_the_number(ready: LLMSettings) -> None:
    chunks = [c.text for c in make_chat_model(ready).stream(_messages())]
    answer = "".join(chunks)
    assert sum(1 for c in chunks if c) > 3, "expected a token stream, not one block"
    assert len(re.findall(r"[\u4e00-\u9fff]", answer)) >= 5, answer
    assert "3600" in answer.replace(",", ""), answer


def test_the_model_runs_in_its_own_recognisable_process(ready: LLMSettings) -> None:
    server = local_server(ready)
    pid = server.pid
    assert pid is not None and pid != os.getpid()
    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    assert "llama-server" in cmdline and ".gguf" in cmdline
    assert "--api-key" not in cmdline  # the key is in its environment only


def test_token_counts_from_the_gguf_vocabulary_match_the_server(ready: LLMSettings) -> None:
    server = local_server(ready)
    for text in ("国务院办公厅关于印发通知", "".join(PASSAGES), "宁政办发〔2019〕43号 of 2,000 元"):
        r = httpx.post(f"{server.base_url}/tokenize", json={"content": text, "add_special": False},
                       headers={"Authorization": f"Bearer {server.api_key}"}, timeout=10)
        assert count_tokens(text, ready) == len(r.json()["tokens"]), text
    assert count_tokens("".join(PASSAGES), ready) < len("".join(PASSAGES))


def test_the_model_drafts_from_the_prompt_and_answers_the_same(ready: LLMSettings) -> None:
    """Prompt lookup is on with the packaged build: a sentence the model copies is drafted from the
    prompt, and the drafts only save time (the copy is exact)."""
    server = local_server(ready)
    cmdline = Path(f"/proc/{server.pid}/cmdline").read_bytes().split(b"\0")
    assert b"ngram-simple" in cmdline
    quote = PASSAGES[0].split("：", 1)[1]
    body = {"messages": [{"role": "system", "content": SYSTEM},
                         {"role": "user", "content": f"把这句话原样抄写一遍：{quote}"}],
            "max_tokens": 60, "temperature": 0.0}
    headers = {"Authorization": f"Bearer {server.api_key}"}
    r = httpx.post(f"{server.base_url}/v1/chat/completions", json=body, headers=headers, timeout=120).json()
    assert r["timings"].get("draft_n_accepted", 0) > 10, r["timings"]
    assert quote in r["choices"][0]["message"]["content"]


def test_a_prompt_longer_than_a_slot_is_unavailable(ready: LLMSettings) -> None:
    with pytest.raises(LLMUnavailable):
        make_chat_model(ready).invoke("政策" * 3000)


# --------------------------------------------------------------------------- the served app


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, ready: LLMSettings) -> Iterator[tuple[str, Any]]:
    from tests.support.fakes import throwaway_settings
    from tests.support.server import ServerThread
    from ui.app import create_app
    from ui.services import open_services

    llm = ready.model_copy(update={"max_tokens": 160})
    settings = throwaway_settings(tmp_path_factory.mktemp("policyqa-llm"), llm=llm.model_dump())
    services = open_services(settings, progress=False)
    assert services.engine.warm_up()["llm_available"]
    server = ServerThread(create_app(services)).start()
    yield server.url, services
    server.stop()


def _stream(url: str, question: str) -> dict[str, Any]:
    """Stream one question through the API; returns content, timings and the final extra fields."""
    t0 = time.perf_counter()
    out: dict[str, Any] = {"content": "", "first_content_s": None, "final": None, "errors": []}
    body = {"model": "policyqa", "stream": True, "messages": [{"role": "user", "content": question}]}
    with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, timeout=120) as r:
        assert r.status_code == 200
        for line in r.iter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            chunk = json.loads(line[6:])
            if "error" in chunk:
                out["errors"].append(chunk["error"])
                continue
            delta = chunk["choices"][0]["delta"].get("content") or ""
            if delta and out["first_content_s"] is None:
                out["first_content_s"] = time.perf_counter() - t0
            out["content"] += delta
            if chunk["choices"][0]["finish_reason"]:
                out["final"] = chunk["policyqa"]
    return out


QUESTION_SERVED = "中宁县残疾儿童康复救助的对象是谁？"


def test_killing_the_model_mid_answer_keeps_the_chat_up_and_the_model_comes_back(served: tuple[str, Any]) -> None:
    url, services = served
    server = services.engine.chat_model("local").server
    victim = server.pid
    assert victim is not None

    def kill_soon() -> None:
        time.sleep(2.0)
        os.kill(victim, signal.SIGKILL)

    killer = threading.Thread(target=kill_soon)
    killer.start()
    first = _stream(url, QUESTION_SERVED)
    killer.join()
    # The answer still arrived: the evidence first, then a note that it stands as the answer.
    assert not first["errors"] and first["final"] is not None
    assert first["first_content_s"] is not None
    assert "【原文依据】" in first["content"]
    assert httpx.get(f"{url}/v1/models", timeout=5).status_code == 200
    # Within 60 s a new model process answers.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (server.status().ready and server.pid not in (None, victim)):
        time.sleep(0.5)
    assert server.status().state is ServerState.READY and server.status().restarts >= 1
    second = _stream(url, QUESTION_SERVED)
    assert not second["errors"] and second["final"]["backend"] == "local", second


def test_a_dropped_stream_frees_the_local_model_for_the_next_question(served: tuple[str, Any]) -> None:
    """A client that goes away one second into a streamed answer must not hold the model: the next
    question gets the model's own answer (before the fix it waited past 400 s)."""
    url, _services = served
    body = {"model": "policyqa", "stream": True, "messages": [{"role": "user", "content": QUESTION_SERVED}]}
    t0 = time.monotonic()
    with contextlib.suppress(httpx.HTTPError), httpx.stream(
            "POST", f"{url}/v1/chat/completions", json=body, timeout=1.0) as r:
        for _ in r.iter_bytes():
            if time.monotonic() - t0 > 1.0:
                break  # hang up mid-answer
    nxt = _stream(url, QUESTION_SERVED)  # the client's own timeout (120 s) bounds the wait
    assert not nxt["errors"] and nxt["final"] is not None and nxt["final"]["backend"] == "local", nxt


def test_a_page_closed_mid_answer_frees_the_local_model_for_the_next_question(served: tuple[str, Any],
                                                                            browser: Any) -> None:
    """The chat page's way of hanging up: the tab is closed while the model is still reading the
    question's prompt. The model must not stay busy with it: the next question (through the API)
    gets the model's own answer, not "当前咨询较多" and the evidence alone."""
    url, services = served
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url)
        box = page.locator("#pq-input textarea")
        box.wait_for()
        box.fill(QUESTION_SERVED)
        box.press("Enter")
        # hang up once the evidence is on screen: the model is reading the prompt then
        page.wait_for_function("() => document.querySelector('#pq-chat').innerText.includes('原文依据')",
                               timeout=120_000)
        page.wait_for_timeout(500)
        assert services.engine.questions_at_model() == 1
    finally:
        context.close()  # the tab goes away
    # The page's server notices a closed tab within its own polling (seconds); the model's place is
    # then given up at once, long before the prompt would have been read and the answer written.
    deadline = time.monotonic() + 20
    while services.engine.questions_at_model() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert services.engine.questions_at_model() == 0
    nxt = _stream(url, QUESTION_SERVED)
    assert not nxt["errors"] and nxt["final"] is not None and nxt["final"]["backend"] == "local", nxt

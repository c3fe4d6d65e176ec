"""The OpenAI-compatible API, driven with the official ``openai`` client against a live server."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import httpx
import openai

from rag.schema import Filters, Removed, Turn
from tests.support.fakes import SCRIPT_DOC_NUMBER, FakeEngine, throwaway_settings
from tests.support.server import ServerThread
from ui.api import ChatMessageIn, split_conversation
from ui.app import create_app
from ui.services import Services, open_services

QUESTION = "测试县网页被篡改的应当多久内报告？"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Services:
    return open_services(throwaway_settings(tmp_path_factory.mktemp("api")), progress=False)


@pytest.fixture(scope="module")
def server(services: Services) -> Iterator[str]:
    srv = ServerThread(create_app(dataclasses.replace(services, api_key=None))).start()
    yield srv.url
    srv.stop()


@pytest.fixture(scope="module")
def keyed_server(services: Services) -> Iterator[str]:
    srv = ServerThread(create_app(dataclasses.replace(services, api_key="s3cret-key"))).start()
    yield srv.url
    srv.stop()


def client(url: str, key: str = "unused") -> Any:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=60)


def test_models_lists_policyqa(server: str) -> None:
    assert [m.id for m in client(server).models.list()] == ["policyqa"]


def test_completion_has_answer_citations_and_usage(server: str) -> None:
    r = client(server).chat.completions.create(model="policyqa",
                                               messages=[{"role": "user", "content": QUESTION}])
    assert r.model == "policyqa" and r.object == "chat.completion"
    text = r.choices[0].message.content
    assert "2小时" in text and "[1]" in text
    assert r.choices[0].finish_reason == "stop"
    cites = r.model_extra["citations"]
    assert cites and cites[0]["doc_number"] == SCRIPT_DOC_NUMBER
    assert {"n", "title", "issuer", "date", "section", "quote", "doc_id", "start", "end"} <= set(cites[0])
    assert r.usage.prompt_tokens > 0 and r.usage.completion_tokens > 0
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens


def test_streaming_sends_deltas_then_citations_and_usage(server: str) -> None:
    stream = client(server).chat.completions.create(
        model="policyqa", messages=[{"role": "user", "content": QUESTION}], stream=True)
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "2小时" in text
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop"
    assert last.model_extra["citations"][0]["doc_number"] == SCRIPT_DOC_NUMBER
    assert last.usage is not None and last.usage.completion_tokens > 0
    assert all(c.model == "policyqa" for c in chunks)


def test_bad_questions_are_400_with_a_message(server: str) -> None:
    c = client(server)
    with pytest.raises(openai.BadRequestError) as err:
        c.chat.completions.create(model="policyqa", messages=[{"role": "user", "content": "   "}])
    assert "问题" in str(err.value)
    with pytest.raises(openai.BadRequestError):
        c.chat.completions.create(model="policyqa", messages=[{"role": "user", "content": "税" * 2000}],
                                  stream=True)
    with pytest.raises(openai.BadRequestError):
        c.chat.completions.create(model="policyqa", messages=[{"role": "assistant", "content": "hi"}])


def test_api_key_is_enforced_when_set(keyed_server: str) -> None:
    with pytest.raises(openai.AuthenticationError):
        client(keyed_server, "wrong").chat.completions.create(
            model="policyqa", messages=[{"role": "user", "content": QUESTION}])
    with pytest.raises(openai.AuthenticationError):
        client(keyed_server, "wrong").models.list()
    r = client(keyed_server, "s3cret-key").chat.completions.create(
        model="policyqa", messages=[{"role": "user", "content": QUESTION}])
    assert r.model_extra["citations"]


def test_key_comes_from_the_named_environment_variable(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_POLICYQA_KEY", "from-env")
    settings = throwaway_settings(tmp_path, api_key_env="MY_POLICYQA_KEY")
    assert open_services(settings, progress=False).api_key == "from-env"


# ----------------------------------------------------------------------------- history and options

def test_history_persona_and_filters_reach_the_engine(services: Services) -> None:
    engine = FakeEngine()
    srv = ServerThread(create_app(dataclasses.replace(services, engine=engine, api_key=None))).start()
    try:
        r = client(srv.url).chat.completions.create(
            model="policyqa",
            messages=[{"role": "system", "content": "ignored"},
                      {"role": "user", "content": "第一个问题"},
                      {"role": "assistant", "content": "第一个回答"},
                      {"role": "user", "content": "那第二个呢？"}],
            extra_body={"persona": "civil_servant", "filters": {"localities": ["中宁县"], "years": [2019],
                                                                "current_only": True, "as_of": "2025-01-31"}})
    finally:
        srv.stop()
    call = engine.calls[-1]
    assert call["question"] == "那第二个呢？"
    assert call["history"] == [Turn("第一个问题", "第一个回答")]
    assert call["persona"] == "civil_servant"
    assert call["filters"] == Filters(localities=("中宁县",), years=(2019,), current_only=True, as_of="2025-01-31")
    assert r.usage.prompt_tokens == 11 and r.usage.completion_tokens == 3
    assert r.choices[0].message.content == "答案[1]"


def test_split_conversation_pairs_turns_and_joins_content_parts() -> None:
    msgs = [ChatMessageIn(role="user", content="a"), ChatMessageIn(role="user", content="b"),
            ChatMessageIn(role="assistant", content="B"),
            ChatMessageIn(role="user", content=[{"type": "text", "text": "c"},
                                                {"type": "text", "text": "d"}])]
    question, history = split_conversation(msgs)
    assert question == "cd"
    assert history == [Turn("a\nb", "B")]


class SlowEngine(FakeEngine):
    """Streams its answer slowly and records when its stream is closed (a dropped client)."""

    def __init__(self) -> None:
        super().__init__(text="很长的回答" * 200, pieces=200)
        self.closed_at: float | None = None

    def stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        try:
            for event in super().stream(*args, **kwargs):
                time.sleep(0.05)
                yield event
        finally:
            self.closed_at = time.monotonic()


def test_a_dropped_stream_is_closed_at_once_and_the_next_question_is_answered(services: Services) -> None:
    engine = SlowEngine()
    srv = ServerThread(create_app(dataclasses.replace(services, api_key=None, engine=engine))).start()
    try:
        body = {"model": "policyqa", "stream": True, "messages": [{"role": "user", "content": QUESTION}]}
        with httpx.stream("POST", f"{srv.url}/v1/chat/completions", json=body, timeout=30) as r:
            for line in r.iter_lines():
                if '"content": "很' in line:
                    break  # the client goes away mid-answer
        dropped = time.monotonic()
        deadline = dropped + 5
        while engine.closed_at is None and time.monotonic() < deadline:
            time.sleep(0.05)
        # Closed within a second or two, not when the 10 s answer would have ended.
        assert engine.closed_at is not None and engine.closed_at - dropped < 2.0
        r2 = client(srv.url).chat.completions.create(model="policyqa",
                                                     messages=[{"role": "user", "content": QUESTION}])
        assert r2.choices[0].message.content
    finally:
        srv.stop()


def test_a_stream_whose_sentences_the_verifier_removed_ends_with_the_checked_answer(services: Services) -> None:
    engine = FakeEngine(text="由县法院牵头[1]。", checked="牵头单位：县公安局[1]。",
                        removed=(Removed("由县法院牵头。", "role", 1),))
    srv = ServerThread(create_app(dataclasses.replace(services, api_key=None, engine=engine))).start()
    try:
        chunks = list(client(srv.url).chat.completions.create(
            model="policyqa", messages=[{"role": "user", "content": QUESTION}], stream=True))
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        tail = text[text.index("已删除"):]
        assert "单位职责与原文不符" in tail and tail.rstrip().endswith("牵头单位：县公安局[1]。")
        extra = chunks[-1].model_extra["policyqa"]
        assert extra["removed"] == [{"text": "由县法院牵头。", "reason": "role", "replaced_by": 1}]
        plain = client(srv.url).chat.completions.create(model="policyqa",
                                                        messages=[{"role": "user", "content": QUESTION}])
        assert plain.choices[0].message.content == "牵头单位：县公安局[1]。"
    finally:
        srv.stop()


@pytest.mark.parametrize("stream", [False, True])
def test_a_lone_surrogate_in_the_question_is_dropped_not_a_500(server: str, stream: bool) -> None:
    import httpx

    content = QUESTION[:3] + "\\ud800" + QUESTION[3:]  # a lone surrogate, as JSON may escape it
    body = f'{{"model": "policyqa", "stream": {str(stream).lower()}, "messages": [{{"role": "user", "content": "{content}"}}]}}'
    r = httpx.post(f"{server}/v1/chat/completions", content=body.encode(), timeout=60,
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text[:300]
    assert ("data:" in r.text) if stream else r.json()["choices"][0]["message"]["content"]


def test_error_replies_never_echo_the_request_and_bodies_have_a_limit(server: str) -> None:
    import httpx

    secret = "机密" * 20_000  # 120 KB of a wrong type where a list is expected
    r = httpx.post(f"{server}/v1/chat/completions", json={"model": "policyqa", "messages": secret}, timeout=60)
    assert r.status_code == 400 and len(r.content) < 2_000 and "机密" not in r.text
    assert "messages" in r.json()["error"]["message"]
    big = b'{"model": "policyqa", "messages": "' + b"x" * (2 << 20) + b'"}'
    r = httpx.post(f"{server}/v1/chat/completions", content=big, timeout=60,
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "too large" in r.json()["error"]["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams in
        yield b'{"model": "policyqa", "messages": "'
        for _ in range(40):
            yield b"y" * 65536
        yield b'"}'

    r = httpx.post(f"{server}/v1/chat/completions", content=chunks(), timeout=60,
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert client(server).models.list()  # the server lives on


def test_with_a_key_every_door_of_the_page_is_locked_too(keyed_server: str) -> None:
    import httpx

    r = httpx.post(f"{keyed_server}/gradio_api/call/on_submit", json={"data": ["补助多少？", [], "public"]}, timeout=30)
    assert r.status_code in (401, 403)
    r = httpx.post(f"{keyed_server}/gradio_api/upload", files={"files": ("a.txt", b"x")}, timeout=30)
    assert r.status_code in (401, 403)
    r = httpx.post(f"{keyed_server}/gradio_api/queue/join", json={"data": [], "fn_index": 0, "session_hash": "x"},
                   timeout=30)
    assert r.status_code in (401, 403)
    for path in ("/docs", "/openapi.json"):
        assert httpx.get(f"{keyed_server}{path}", timeout=30).status_code == 404
    config = httpx.get(f"{keyed_server}/config", timeout=30)
    assert config.status_code in (401, 403) and "components" not in config.text  # no page without the key
    login = httpx.post(f"{keyed_server}/login", data={"username": "any", "password": "s3cret-key"}, timeout=30)
    assert login.status_code == 200
    assert httpx.get(f"{keyed_server}/config", cookies=login.cookies, timeout=30).status_code == 200
    assert httpx.post(f"{keyed_server}/login", data={"username": "any", "password": "wrong"},
                      timeout=30).status_code in (400, 401)


def test_a_foreign_host_header_is_refused(server: str) -> None:
    import httpx

    r = httpx.get(f"{server}/v1/models", headers={"Host": "evil.example"}, timeout=30)
    assert r.status_code == 400
    assert httpx.get(f"{server}/v1/models", timeout=30).status_code == 200


def test_a_client_over_the_rate_gets_429_with_a_clear_message(tmp_path: Path) -> None:
    import httpx

    settings = throwaway_settings(tmp_path, rate_limit="3/minute")
    srv = ServerThread(create_app(open_services(settings, progress=False, engine=FakeEngine()))).start()
    try:
        codes = [httpx.post(f"{srv.url}/v1/chat/completions", timeout=30,
                            json={"model": "policyqa", "messages": [{"role": "user", "content": "补助多少？"}]}
                            ).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = httpx.post(f"{srv.url}/gradio_api/queue/join", json={}, timeout=30)  # the page counts too
        assert r.status_code == 429 and "请求过于频繁" in r.json()["error"]["message"]
        assert int(r.headers["retry-after"]) >= 1
        assert httpx.get(f"{srv.url}/v1/models", timeout=30).status_code == 200  # reading is not limited
    finally:
        srv.stop()

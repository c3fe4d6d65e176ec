"""Shared fixtures: no network outside integration/e2e tests, and a small index with fake embeddings."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "data" / "corpus"
SMALL_FILES = ("zhongning-county-2019-no2.txt", "zhongwei-city-2024-no1.txt")


@pytest.fixture(autouse=True)
def _no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests must not reach the network: only loopback connections are allowed."""
    if request.node.get_closest_marker("integration") or request.node.get_closest_marker("e2e"):
        return
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "localhost", "::1") and self.family != socket.AF_UNIX:
            raise RuntimeError(f"network access in a unit test: {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name in SMALL_FILES:
        shutil.copyfile(CORPUS / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def small_runtime(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A runtime over the small corpus with hash embeddings (fast, deterministic). Do not mutate."""
    from rag.runtime import open_runtime
    from rag.settings import Settings

    home = tmp_path_factory.mktemp("home")
    settings = Settings(home=home, corpus=small_corpus, embedding_model="hash",
                        llm={"backend": "extractive"})
    yield open_runtime(settings, progress=False, log=lambda _m: None)


# A browser for the e2e tests and the integration tests that drive the page: one per session
# (Playwright's sync API runs one event loop; a second one inside it fails).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is not installed: run scripts/setup.sh --test (apt-get install -y chromium fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()

"""A live policyqa server over a tiny corpus (hash embeddings, extractive answers) and a browser."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    from tests.support.fakes import throwaway_settings
    from tests.support.server import ServerThread
    from ui.app import create_app
    from ui.services import open_services

    settings = throwaway_settings(tmp_path_factory.mktemp("policyqa-e2e"))
    services = open_services(settings, progress=False)
    server = ServerThread(create_app(services)).start()
    yield server.url, services
    server.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is not installed: run scripts/setup.sh --test (apt-get install -y chromium fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()

"""A live policyqa server over a tiny corpus (hash embeddings, extractive answers) and a browser."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")



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



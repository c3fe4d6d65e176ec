"""The hostile-input probe (``policyqa probe``) against a live server on loopback: every case passes
and the server answers after each, with a key and without."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.support.fakes import throwaway_settings
from tests.support.server import ServerThread
from ui.app import create_app
from ui.commands import probe
from ui.services import open_services


def _server(tmp_path: Path, key: str | None) -> ServerThread:
    services = open_services(throwaway_settings(tmp_path, rate_limit="60/minute"), progress=False)
    return ServerThread(create_app(dataclasses.replace(services, api_key=key))).start()


def test_the_probe_command_passes_against_a_live_open_server(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    srv = _server(tmp_path, None)
    try:
        assert probe.main(["--url", srv.url, "--flood", "70", "--timeout", "60"]) == 0
    finally:
        srv.stop()
    table = capsys.readouterr().out
    assert "| case | expected | observed | server alive | pass |" in table and ", 0 failed" in table
    assert "✗" not in table and "| NO |" not in table


def test_with_a_key_the_locked_doors_are_probed_too(tmp_path: Path) -> None:
    srv = _server(tmp_path, "pr0be-key")
    try:
        results = probe.run(srv.url, "pr0be-key", flood=70, timeout=60)
    finally:
        srv.stop()
    assert len(results) >= 30 and any(r.case == "upload without login" for r in results)
    assert [r.case for r in results if not r.ok] == []


def test_a_failing_case_fails_the_run(tmp_path: Path) -> None:
    results = [probe.Result("a", "x", "y", True), probe.Result("b", "x", "y", False), probe.Result("c", "x", "y", True,
                                                                                                 alive=False)]
    text = probe.table(results)
    assert "3 cases, 2 failed" in text and "| NO |" in text

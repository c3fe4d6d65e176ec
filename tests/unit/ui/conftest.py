"""Fixtures of the command-line tests: one gazette of the bundled corpus as the corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[3] / "data" / "corpus"


@pytest.fixture()
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Command-line options for a throwaway home and index over the 2024 中卫 gazette, which the
    environment names as the corpus (POLICYQA_CORPUS)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copyfile(CORPUS / "zhongwei-city-2024-no1.txt", corpus / "g.txt")
    monkeypatch.setenv("POLICYQA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("POLICYQA_CORPUS", str(corpus))
    return ["--embedding-model", "hash", "--index-dir", str(tmp_path / "idx")]

"""Fixtures shared by the tests of the index stages: the bundled corpus parsed once, the
gazette fixture files, the section invariant, and a small real corpus folder to build from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from index.gazette import parse_corpus, parse_gazette
from index.models import Document
from index.readers import read_source

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "data" / "corpus"
FIX = ROOT / "tests" / "unit" / "fixtures"


@pytest.fixture(scope="session")
def corpus_docs() -> list[Document]:
    return parse_corpus(CORPUS)


@pytest.fixture()
def parse_fixture() -> Callable[[str], list[Document]]:
    def parse(name: str) -> list[Document]:
        return parse_gazette(read_source(FIX / name).text, name)

    return parse


def _check_sections(doc: Document) -> None:
    assert doc.sections, doc.title
    pos = 0
    for s in doc.sections:
        assert s.start == pos, (doc.title, s)
        assert s.end >= s.start
        assert s.path and all(p for p in s.path)
        pos = s.end
    assert pos == len(doc.text)


@pytest.fixture()
def check_sections() -> Callable[[Document], None]:
    """Sections cover the text from start to end, in order, each with a non-empty path."""
    return _check_sections


def _cut(name: str, lines: int, dest: Path) -> None:
    """The first lines of a bundled gazette: a small but real corpus file (fast to build)."""
    with (CORPUS / name).open(encoding="utf-8") as fh:
        dest.write_text("".join(line for _, line in zip(range(lines), fh, strict=False)), encoding="utf-8")


@pytest.fixture()
def cut() -> Callable[[str, int, Path], None]:
    return _cut


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _cut("zhongning-county-2019-no2.txt", 400, folder / "a.txt")
    return folder

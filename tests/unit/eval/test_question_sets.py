"""The blind question sets over the bundled gazettes are well formed: the fields every set shares,
unique ids, unanswerable items marked alike, and every key fact found in the gazette text it was
copied from, on one line or across the line breaks of a scanned page (so that a key fact counts what
the notice prints, not a helper's wording)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data"
CORPUS = Path(__file__).resolve().parents[3] / "data" / "corpus"
FIELDS = ["id", "question", "answer", "key_facts", "type", "evidence", "notice"]
TYPES = {"numeric", "deadline", "department", "list", "procedure", "colloquial", "yesno", "multi_hop",
         "unanswerable", "validity"}


@pytest.fixture(scope="module")
def corpus_lines() -> list[str]:
    return [line for f in sorted(CORPUS.glob("*.txt")) for line in f.read_text(encoding="utf-8").split("\n")]


@pytest.fixture(scope="module")
def corpus_flat() -> str:
    return "".join("".join(f.read_text(encoding="utf-8").split()) for f in sorted(CORPUS.glob("*.txt")))


@pytest.mark.parametrize("name", ["probe4", "probe5", "probe6", "probe7", "probe8", "probe9", "probe10", "probe11",
                                  "probe12", "probe13"])
def test_a_blind_set_is_well_formed(name: str, corpus_lines: list[str], corpus_flat: str) -> None:
    items = [json.loads(line) for line in (DATA / name / "qa.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert len({d["id"] for d in items}) == len(items) >= 30
    for d in items:
        assert list(d) == FIELDS and d["type"] in TYPES, d["id"]
        if d["type"] == "unanswerable":
            assert d["key_facts"] == [] and d["answer"].startswith("文件中未找到相关规定") and not d["notice"], d["id"]
            continue
        assert 1 <= len(d["key_facts"]) <= 4 and d["notice"], d["id"]
        for fact in d["key_facts"]:
            found = any(fact in line for line in corpus_lines) or "".join(fact.split()) in corpus_flat
            assert found, (d["id"], fact)

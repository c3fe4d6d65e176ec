"""Real index (packaged e5 + jieba BM25) over the bundled corpus: the gold notice comes first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.runtime import Runtime, open_runtime
from rag.settings import load_settings

pytestmark = pytest.mark.integration

DEV = Path(__file__).resolve().parents[1] / "data" / "dev.jsonl"


@pytest.fixture(scope="module")
def runtime() -> Runtime:
    return open_runtime(load_settings(), progress=False)


def _sample() -> list[dict]:
    items = [json.loads(line) for line in DEV.open(encoding="utf-8")]
    picked: dict[str, dict] = {}
    for item in items:  # the first easy question of each type and of each corpus file
        if item["type"] == "unanswerable" or item["difficulty"] != "easy":
            continue
        for key in (item["type"], item["corpus_file"]):
            picked.setdefault(key, item)
    return list({i["id"]: i for i in picked.values()}.values())


@pytest.mark.parametrize("item", _sample(), ids=lambda i: i["id"])
def test_gold_notice_is_ranked_first(runtime: Runtime, item: dict) -> None:
    result = runtime.retriever.retrieve(item["question"])
    gold = {s["doc_number"] for s in item["sources"]}
    assert result.hits[0].chunk.doc_number in gold, [h.chunk.doc_number for h in result.hits[:3]]


def test_index_manifest_describes_itself(runtime: Runtime) -> None:
    m = runtime.index.manifest
    assert m.embedding.name == "packaged:multilingual-e5-small" and m.dim == 384
    assert m.counts.documents == 62
    assert len(m.corpus.files) == 5

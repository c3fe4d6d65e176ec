"""The real index (packaged e5 + jieba) on Milvus — milvus-lite started as a loopback server, as a
cluster is reached — against the embedded store: the dev-set retrieval figures agree within 0.01
(one question of the 95, where two passages tie),
and answers cite the same notices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eval.run import load_qa, retrieval_metrics, retrieval_runs
from index.search import EmbeddedSearch
from rag.chain import AnswerEngine
from rag.runtime import Runtime, open_runtime
from rag.settings import load_settings
from tests.support.servers import milvus_lite_server

pytestmark = pytest.mark.integration

DEV = Path(__file__).resolve().parents[1] / "data" / "dev.jsonl"
METRICS = ("hit@1", "hit@5", "mrr", "evidence@1000", "evidence@2000")


@pytest.fixture(scope="module")
def runtimes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Runtime, Runtime]]:
    embedded = open_runtime(load_settings(), progress=False)
    with milvus_lite_server(tmp_path_factory.mktemp("milvus")) as uri:
        on_milvus = open_runtime(load_settings(store=f"{uri}/policyqa_dev"), progress=False, log=lambda _m: None)
        yield embedded, on_milvus


def _overall(rt: Runtime, items: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    per_mode, _ = retrieval_runs(rt, items, "hybrid")
    out = retrieval_metrics(items, per_mode)
    return {mode: {m: out[mode]["overall"][m] for m in METRICS} for mode in out}


def test_dev_set_retrieval_on_milvus_is_within_a_hundredth_of_the_embedded_store(runtimes: Any) -> None:
    embedded, on_milvus = runtimes
    assert isinstance(embedded.retriever.search, EmbeddedSearch)
    assert on_milvus.retriever.search.backend == "milvus"
    items = load_qa(DEV)
    a, b = _overall(embedded, items), _overall(on_milvus, items)
    # The two stores compute similarities in different float code, which differs again by the CPU (on an
    # AVX-512 machine Milvus' sparse BM25 scores tie otherwise than on an AVX2 one), so two passages whose
    # scores tie to the third decimal may swap (s001-042's fifth and sixth, which moves its evidence
    # across the 2,000-character mark): which notice comes first may differ for one question of the 95,
    # where the evidence stands in the passages for two, no more.
    one = 1 / sum(1 for i in items if i.get("sources")) + 1e-9
    for mode in ("hybrid", "dense", "bm25"):
        for m in METRICS:
            most = max(0.01, (2 if m.startswith("evidence") else 1) * one)
            assert abs(a[mode][m] - b[mode][m]) <= most, (mode, m, a[mode][m], b[mode][m])
    assert a["hybrid"]["hit@1"] >= 0.95
    assert not on_milvus.retriever.search.failing  # every search was Milvus', none the local fallback


def test_answers_from_milvus_cite_the_gold_notice_and_refuse_the_unanswerable(runtimes: Any) -> None:
    _, on_milvus = runtimes
    engine = AnswerEngine(on_milvus)
    items = load_qa(DEV)
    answerable = next(i for i in items if i.get("type") == "deadline")
    answer = engine.answer(answerable["question"], backend="extractive")
    gold = {s["doc_number"] for s in answerable["sources"]}
    assert not answer.refused and {c.doc_number for c in answer.citations} & gold
    unanswerable = next(i for i in items if i.get("type") == "unanswerable")
    assert engine.answer(unanswerable["question"], backend="extractive").refused

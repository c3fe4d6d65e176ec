from __future__ import annotations

from rag.context import build_context
from tests.support.context import context_passage


def test_context_respects_the_token_budget_and_numbers_passages() -> None:
    hits = [context_passage(i, "各乡镇于5月31日前将落实情况报县发展和改革局。" * 20).hit for i in range(1, 6)]
    ctx = build_context(hits, "什么时间前报送？", len, max_tokens=500, max_passage_chars=200)
    assert [p.n for p in ctx] == list(range(1, len(ctx) + 1))
    assert 1 <= len(ctx) < 5
    assert sum(len(p.text) for p in ctx) <= 500

"""The model gate (rag.admission): slots, the prompt-reading budget, and the learnt reading rate."""

from __future__ import annotations

import time

import pytest

from rag.admission import ModelGate


def test_an_idle_model_always_takes_the_question_even_over_budget() -> None:
    gate = ModelGate(capacity=4, budget_s=1.0, rate=10.0)
    ticket = gate.try_enter(cost=1000)  # 100 s of reading, but nobody waits behind anyone
    assert ticket is not None and gate.inside == 1


def test_a_question_that_would_wait_past_the_budget_is_turned_away() -> None:
    gate = ModelGate(capacity=4, budget_s=20.0, rate=50.0)
    first = gate.try_enter(cost=600)  # 12 s of reading
    assert first is not None
    assert gate.try_enter(cost=600) is None  # 24 s > 20 s
    small = gate.try_enter(cost=200)  # 16 s: fits
    assert small is not None
    gate.first_token(first)  # its prompt is read: the next one fits again
    assert gate.try_enter(cost=400) is not None


def test_slots_bound_the_questions_inside() -> None:
    gate = ModelGate(capacity=2, budget_s=1000.0)
    a, b = gate.try_enter(1), gate.try_enter(1)
    assert a and b and gate.try_enter(1) is None
    gate.leave(a)
    assert gate.try_enter(1) is not None


def test_leaving_before_the_first_token_frees_the_reading_budget() -> None:
    gate = ModelGate(capacity=4, budget_s=10.0, rate=100.0)
    a = gate.try_enter(900)
    assert a is not None and gate.try_enter(500) is None
    gate.leave(a)  # e.g. the client went away
    assert gate.estimated_wait_s(0) == 0
    with gate.admitted(500) as t:
        assert t is not None and gate.inside == 1
    assert gate.inside == 0
    with pytest.raises(RuntimeError):
        gate.leave(a)


def test_the_reading_rate_is_learnt_from_the_first_token() -> None:
    gate = ModelGate(capacity=4, budget_s=10.0, rate=10.0)
    ticket = gate.try_enter(1000)
    assert ticket is not None
    time.sleep(0.05)
    gate.first_token(ticket)  # 1000 tokens in ~0.05 s: a fast server (or a cached prompt)
    assert 10 < gate.rate < 0.2 * 20_000  # learnt, but slowly upwards
    for _ in range(60):
        t = gate.try_enter(1000)
        assert t is not None
        t.started -= 0.0  # same instant reading again
        gate.first_token(t)
        gate.leave(t)
    assert gate.rate > 1000  # a server that really is fast is believed in the end
    slow = gate.try_enter(100)
    assert slow is not None
    slow.started -= 10.0  # 100 tokens in 10 s
    before = gate.rate
    gate.first_token(slow)
    assert gate.rate < 0.6 * before  # slowness is learnt at once
    gate.first_token(ticket)  # only the first counts
    rate = gate.rate
    gate.first_token(ticket)
    assert gate.rate == rate

"""Admission to the model: may this question wait for it, or is the evidence the answer?

A CPU model reads prompts slowly (about 45 tokens/s on 2 cores) and reads several at once no faster
than one after another, so a question's first token comes after every prompt ahead of it has been
read. The gate admits a question only while the prompts still being read, its own included, fit
in ``budget_s`` at the model's measured reading rate, and while a slot is free. A question that does
not fit is answered at once from the evidence, labelled, instead of waiting in silence and timing out.
The rate is learnt from each admitted answer's time to first token, so a faster machine (or a remote
GPU server) admits more. Thread-safe, no I/O.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

MIN_RATE, MAX_RATE = 5.0, 100_000.0


@dataclass
class Ticket:
    """One admitted question: its prompt cost until its first token arrives."""

    cost: int
    ahead: int  # prompt tokens still being read when it was admitted
    started: float = field(default_factory=time.monotonic)
    reading: bool = True  # until the first token


class ModelGate:
    def __init__(self, capacity: int, budget_s: float = 24.0, rate: float = 40.0):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.budget_s = budget_s
        self.rate = rate  # prompt tokens per second, all readers together
        self._tickets: set[int] = set()
        self._reading = 0  # prompt tokens admitted and not yet answered with a first token
        self._lock = threading.Lock()

    @property
    def inside(self) -> int:
        return len(self._tickets)

    def estimated_wait_s(self, cost: int) -> float:
        return (self._reading + cost) / self.rate

    def try_enter(self, cost: int = 0) -> Ticket | None:
        with self._lock:
            if len(self._tickets) >= self.capacity:
                return None
            # An idle model always takes the question: the budget only limits waiting behind others.
            if self._tickets and self.estimated_wait_s(cost) > self.budget_s:
                return None
            ticket = Ticket(cost, self._reading)
            self._tickets.add(id(ticket))
            self._reading += cost
            return ticket

    def first_token(self, ticket: Ticket) -> None:
        """The model has read this prompt: free its cost and learn the reading rate from it."""
        with self._lock:
            if not ticket.reading:
                return
            ticket.reading = False
            self._reading -= ticket.cost
            elapsed = time.monotonic() - ticket.started
            if ticket.cost and elapsed > 0:
                # A prompt the model had mostly cached reads "fast": learn slowness at once and
                # speed only slowly, so a few cached follow-ups do not open the gate to a burst.
                sample = (ticket.ahead + ticket.cost) / elapsed
                weight = 0.5 if sample < self.rate else 0.1
                self.rate = min(MAX_RATE, max(MIN_RATE, (1 - weight) * self.rate + weight * sample))

    def leave(self, ticket: Ticket) -> None:
        with self._lock:
            if id(ticket) not in self._tickets:
                raise RuntimeError("leave() for a ticket that is not inside")
            self._tickets.discard(id(ticket))
            if ticket.reading:  # ended before its first token (error, timeout, client gone)
                ticket.reading = False
                self._reading -= ticket.cost

    @contextmanager
    def admitted(self, cost: int = 0) -> Iterator[Ticket | None]:
        """``with gate.admitted(cost) as ticket:`` — None when the question should not wait."""
        ticket = self.try_enter(cost)
        try:
            yield ticket
        finally:
            if ticket is not None:
                self.leave(ticket)

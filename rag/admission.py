"""Admission to the model: how many questions may wait on it at once.

The local model decodes a few questions together (its slots); a question beyond the slots waits,
and one past the waiting allowance would wait longer than anyone should. Such a question is not
queued: it is answered at once from the evidence, labelled as such. Thread-safe, no I/O.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ModelGate:
    def __init__(self, capacity: int):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._inside = 0
        self._lock = threading.Lock()

    @property
    def inside(self) -> int:
        return self._inside

    def try_enter(self) -> bool:
        with self._lock:
            if self._inside >= self.capacity:
                return False
            self._inside += 1
            return True

    def leave(self) -> None:
        with self._lock:
            if self._inside <= 0:
                raise RuntimeError("leave() without a matching try_enter()")
            self._inside -= 1

    @contextmanager
    def admitted(self) -> Iterator[bool]:
        """``with gate.admitted() as ok:`` — ``ok`` is False when full; leaves on exit when admitted."""
        ok = self.try_enter()
        try:
            yield ok
        finally:
            if ok:
                self.leave()

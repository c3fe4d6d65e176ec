"""The engine's typed events as (kind, value) pairs, so a test can assert their order briefly."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rag.schema import Event, EvidenceShown, Final, Note, Rewritten, Token


def pair(event: Event) -> tuple[str, Any]:
    match event:
        case Rewritten(question=q):
            return "rewritten", q
        case EvidenceShown(evidence=ev):
            return "evidence", ev
        case Token(text=t):
            return "token", t
        case Note(text=t):
            return "note", t
        case Final(answer=a):
            return "final", a
    raise TypeError(f"not an engine event: {event!r}")


def pairs(events: Iterable[Event]) -> list[tuple[str, Any]]:
    return [pair(e) for e in events]

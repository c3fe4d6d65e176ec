"""The qa.jsonl of a blind city fixture, from its generator's question tuples (city10, city11)."""

from __future__ import annotations

import json
from collections.abc import Sequence

_FIELDS = ("question", "answer", "key_facts", "sources", "section", "evidence", "type", "persona", "difficulty",
           "corpus_file")


def qa_jsonl(prefix: str, rows: Sequence[tuple]) -> str:
    """One JSON line a question, ids "<prefix>-001" on, the fields in the order the fixtures use."""
    records = ({"id": f"{prefix}-{k:03d}", **dict(zip(_FIELDS, row, strict=True))} for k, row in enumerate(rows, start=1))
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)

"""Turn a follow-up ("那海原县呢？", "牵头单位是谁？") into a standalone question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag.query import analyse, place_aliases
from rag.schema import Turn

_FOLLOW_UP = re.compile(r"^(那|那么|还有|另外|它|其|这|该|此|上述|同样|再问|如果是)|呢[？?]?$|^(牵头|责任|配合)单位|^(时限|期限|截止)")


def is_follow_up(question: str, history: Sequence[Turn]) -> bool:
    if not history:
        return False
    q = question.strip()
    return bool(_FOLLOW_UP.search(q)) or len(re.sub(r"[？?。！!，,\s]", "", q)) <= 10


def heuristic_rewrite(question: str, history: Sequence[Turn], localities: Sequence[str]) -> str:
    """Place swap when the follow-up names another place; otherwise the previous question's topic
    joined with the new ask. Deterministic, so retrieval of follow-ups never depends on an LLM."""
    prior = history[-1].question.strip()
    q = question.strip()
    body = re.sub(r"^(那么|那|还有|另外|再问一下|如果是)\s*", "", q)
    body = re.sub(r"呢[？?]?$", "", body).strip("，,。？? ")
    new = analyse(body, localities)
    new_places = list(new.places) + list(new.unknown_places)
    old = analyse(prior, localities)
    old_places = list(old.places) + [p for p in old.unknown_places if p not in old.places]
    if new_places and old_places:
        out = prior
        for alias in sorted(place_aliases(old_places[0]), key=len, reverse=True):
            if alias in out:
                out = out.replace(alias, new_places[0], 1)
                break
        rest = body
        for alias in sorted(place_aliases(new_places[0]), key=len, reverse=True):
            rest = rest.replace(alias, "")
        rest = rest.strip("，,。？?的 ")
        return out if len(rest) < 2 else f"{out.rstrip('？?')}，{rest}？"
    topic = prior.rstrip("？?。")
    ask = body if body.endswith(("？", "?")) else body + "？"
    return f"{topic}；{ask}"


def clean_llm_rewrite(text: str, fallback: str) -> str:
    """Keep an LLM's rewrite only when it looks like one question."""
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    line = re.sub(r"^(【?独立问题】?[:：]?|问题[:：])", "", line).strip()
    if not (4 <= len(line) <= 200) or "未找到" in line:
        return fallback
    return line

"""Prompt texts, kept as files beside this module so they can be reviewed and edited as Chinese text."""

from __future__ import annotations

from functools import cache
from importlib import resources

PERSONAS = ("public", "civil_servant")
REFUSAL = "文件中未找到相关规定"


@cache
def load_prompt(name: str) -> str:
    """The text of ``prompts/<name>.md``; raises FileNotFoundError naming the prompt."""
    try:
        return resources.files(__package__).joinpath(f"{name}.md").read_text(encoding="utf-8").strip()
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"prompt {name!r} not found in the prompts package") from exc


def system_prompt(persona: str) -> str:
    if persona not in PERSONAS:
        raise ValueError(f"unknown persona {persona!r}; choose one of {', '.join(PERSONAS)}")
    return load_prompt(f"system_{persona}")

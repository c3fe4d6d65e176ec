"""A synthetic corpus N times the size of a real one, for growth benchmarks (``policyqa bench --scale``).

Each variant of a gazette is a new text, not a copy: the places it is about get invented county
names, years move, 文号 serials and figures change, so every passage, title and 文号 is distinct
and BM25, FAISS and Milvus index as many notices as a real corpus of that size, with the layout
(titles, 文号, headings, tables) the parser expects. (Reordering paragraphs was tried: it moves
title and 文号 lines and the gazettes then split into fewer notices.)
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from index.ingest import corpus_files
from index.readers import read_source

_SYLLABLES = "青禾白塬清河石川柳原金沙云峰长宁安平永丰兴隆泰和东阳西岭南屏北固新城古渡"
_PLACE = re.compile(r"([\u4e00-\u9fff]{2})(县|市|区)")
_YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?=\s*[年〕\]）)])")
_SERIAL = re.compile(r"([〕\]])\s*(\d{1,3})\s*号")
_AMOUNT = re.compile(r"(?<![\d.])(\d{2,5})(?=\s*(?:万元|元|亩|人|个|家|户|公里|平方米|吨))")


def _invented_place(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = "".join(rng.sample(_SYLLABLES, 2))
        if name not in taken:
            taken.add(name)
            return name


def variant(text: str, seed: int) -> str:
    """One synthetic gazette from ``text``: same layout, different places, years and numbers."""
    rng = random.Random(seed)
    counts = Counter(m.group() for m in _PLACE.finditer(text))
    taken: set[str] = set()
    places = {p: _invented_place(rng, taken) + p[-1] for p, n in counts.most_common(12) if n >= 5}
    if places:
        text = re.sub("|".join(map(re.escape, places)), lambda m: places[m.group()], text)
    shift = rng.randint(1, 6)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = _SERIAL.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + rng.randint(1, 200)}号", text)
    text = _AMOUNT.sub(lambda m: str(max(1, int(int(m.group(1)) * rng.uniform(0.5, 1.8)))), text)
    return text


def make_corpus(src: Path, dst: Path, times: int, seed: int = 0) -> list[Path]:
    """``dst`` with the files of ``src`` (as text) and ``times - 1`` synthetic variants of each."""
    dst.mkdir(parents=True, exist_ok=True)
    out = []
    for f in corpus_files(src):
        text = read_source(f).text
        original = dst / f"{f.stem}.txt"
        original.write_text(text, encoding="utf-8")
        out.append(original)
        for k in range(1, times):
            path = dst / f"{f.stem}-syn{k:03d}.txt"
            path.write_text(variant(text, seed * 100_003 + k * 7919 + len(out)), encoding="utf-8")
            out.append(path)
    return out

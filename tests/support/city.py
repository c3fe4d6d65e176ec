"""An offline evaluation of a question set over a folder of another city's documents, for the
integration tests of the city fixtures: the CLI's ``eval`` without a model, read back."""

from __future__ import annotations

import json
from pathlib import Path

from ui.cli import main


def city_eval(out: Path, corpus: Path, qa: Path, as_of: str) -> tuple[dict, dict[str, dict], dict[str, dict]]:
    """(overall extractive metrics, predictions by id, questions by id) of ``policyqa eval`` over
    ``corpus`` with its index and run under ``out``."""
    rc = main(["eval", "--corpus", str(corpus), "--index-dir", str(out / "index"), "--qa", str(qa),
               "--out", str(out / "run"), "--llm", "extractive", "--as-of", as_of])
    assert rc == 0
    metrics = json.loads((out / "run" / "metrics.json").read_text(encoding="utf-8"))
    with (out / "run" / "predictions.jsonl").open(encoding="utf-8") as fh:
        rows = {r["id"]: r for r in map(json.loads, fh)}
    items = {i["id"]: i for i in map(json.loads, qa.read_text(encoding="utf-8").splitlines()) if i}
    return metrics["answers"]["extractive"]["overall"], rows, items


CityRun = tuple[dict, dict[str, dict], dict[str, dict]]


def answer_to(run: CityRun, words: str) -> tuple[str, bool]:
    """(answer, refused) of the question of a ``city_eval`` run that holds ``words``."""
    _, rows, items = run
    asked = next(i for i in items.values() if words in i["question"])
    return rows[asked["id"]]["answer"], rows[asked["id"]]["refused"]

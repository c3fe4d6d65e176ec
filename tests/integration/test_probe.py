"""Question sets over the bundled corpus written blind by helpers (tests/data/probe, probe2, probe3),
answered without a model: key facts in the answer, the cited notice, unanswerable questions refused;
and questions on matters the corpus does not cover at all (tests/data/off-topic), refused."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rag.chain import AnswerEngine
from rag.runtime import open_runtime
from rag.settings import load_settings

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data"
# set: (key facts at least, unanswerable questions that may be answered). The floors are a little
# under the figures measured when each set's lessons were in (see the README's "Measured").
SETS = {"probe": (0.85, 1), "probe2": (0.82, 1), "probe3": (0.83, 0)}


def _norm(text: str) -> str:
    return re.sub(r"[\s“”\"'，,。、：:（）()—\-－~～]", "", text)


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(open_runtime(load_settings(), progress=False))  # bundled corpus; the index in var/ is reused


@pytest.fixture(scope="module", params=sorted(SETS))
def answers(request: pytest.FixtureRequest, engine: AnswerEngine) -> tuple[str, list[tuple[dict, object]]]:
    path = DATA / request.param / "qa.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return request.param, [(item, engine.answer(item["question"], backend="extractive")) for item in items]


def test_answers_hold_the_key_facts_and_cite_the_notice(answers: tuple[str, list]) -> None:
    name, pairs = answers
    answerable = [(i, a) for i, a in pairs if i["key_facts"]]
    recall = sum(sum(_norm(k) in _norm(a.text) for k in i["key_facts"]) / len(i["key_facts"])
                 for i, a in answerable) / len(answerable)
    assert recall >= SETS[name][0], f"{name}: key facts {recall:.3f}"
    refused = [i["id"] for i, a in answerable if a.refused]
    assert len(refused) <= 0.05 * len(answerable), refused
    cited = [any(c.doc_number == i["notice"] for c in a.citations) for i, a in answerable if not a.refused]
    assert sum(cited) / len(cited) >= 0.9


def test_questions_the_files_do_not_answer_are_refused(answers: tuple[str, list]) -> None:
    name, pairs = answers
    unanswerable = [(i, a) for i, a in pairs if not i["key_facts"]]
    refused = [i["id"] for i, a in unanswerable if a.refused]
    # known gaps (see the README): an asked fact absent while a sentence on the topic holds another
    # of its kind (宽带网费 beside 有线电视服务费), words scattered over unrelated sentences (路边停车位)
    assert len(refused) >= len(unanswerable) - SETS[name][1], refused


def test_questions_on_matters_no_notice_speaks_of_are_refused(engine: AnswerEngine) -> None:
    path = DATA / "off-topic" / "qa.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    answered = [i["id"] for i in items if not engine.answer(i["question"], backend="extractive").refused]
    # 12 or 13 of 16 refused when measured; the rest share a topic with a notice (新生儿, 医保异地备案, 营运车辆,
    # 动物防疫). ot-12 ("小区物业乱收停车费怎么办") sits on the dense gate: its closest passage scores 0.8701
    # against a gate of 0.870 on a 2-core AMD EPYC with AVX2 and under the gate on the machine first measured,
    # as CPUs round the embedding's sums differently; so one more may pass than was measured.
    assert len(answered) <= 5, answered

from __future__ import annotations

from rag.rewrite import clean_llm_rewrite, heuristic_rewrite, is_follow_up
from rag.schema import Turn

PRIOR = [Turn("中宁县残疾儿童康复救助的标准是多少？", "机构内基本康复训练每人每年2万元[1]。")]
KNOWN = ["中宁县", "同心县", "中卫市"]


def test_place_swap_follow_up() -> None:
    assert is_follow_up("那同心县呢？", PRIOR)
    assert heuristic_rewrite("那同心县呢？", PRIOR, KNOWN) == "同心县残疾儿童康复救助的标准是多少？"
    assert heuristic_rewrite("那么中卫市呢", PRIOR, KNOWN) == "中卫市残疾儿童康复救助的标准是多少？"


def test_place_swap_keeps_the_extra_ask() -> None:
    out = heuristic_rewrite("那同心县的申请流程呢？", PRIOR, KNOWN)
    assert out.startswith("同心县残疾儿童康复救助的标准是多少") and out.endswith("申请流程？")


def test_a_short_follow_up_joins_the_previous_topic() -> None:
    assert is_follow_up("牵头单位是谁？", PRIOR)
    out = heuristic_rewrite("牵头单位是谁？", PRIOR, KNOWN)
    assert out == "中宁县残疾儿童康复救助的标准是多少；牵头单位是谁？"


def test_a_short_follow_up_gets_a_question_mark() -> None:
    assert heuristic_rewrite("截止时间", PRIOR, KNOWN).endswith("；截止时间？")


def test_standalone_questions_are_not_follow_ups() -> None:
    assert not is_follow_up("中卫市简易注销需要多久才能办完？", [])
    assert not is_follow_up("那同心县呢？", [])  # nothing to follow
    assert not is_follow_up("中卫市新能源汽车充电基础设施的牵头单位有哪些要求？", PRIOR)


def test_llm_rewrite_is_kept_only_when_it_looks_like_a_question() -> None:
    assert clean_llm_rewrite("独立问题：同心县残疾儿童康复救助标准是多少？\n多余的话", "x") == \
        "同心县残疾儿童康复救助标准是多少？"
    assert clean_llm_rewrite("", "后备") == "后备"
    assert clean_llm_rewrite("文件中未找到相关规定", "后备") == "后备"
    assert clean_llm_rewrite("好", "后备") == "后备"

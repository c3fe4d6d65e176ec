from __future__ import annotations

from rag.sentences import numbers_in, split_sentences
from rag.verify import check_answer, drop_claims, parse_markers, strip_invalid_markers
from tests.support.context import P1, P2


def test_markers_are_parsed_in_order_and_out_of_range_ones_dropped() -> None:
    assert parse_markers("甲[2]乙[1][2]丙【1】丁[1,2]戊[9]", 2) == [2, 1]
    assert strip_invalid_markers("甲[9]乙[1、9]", 2) == "甲乙[1]"


def test_a_number_no_passage_holds_is_flagged() -> None:
    checked = check_answer("康复训练每人每年3万元[1]。", [P1, P2])
    assert checked.flagged and "3万元" in checked.unsupported_numbers


def test_supported_numbers_pass_and_unmarked_claims_get_their_passage() -> None:
    checked = check_answer("康复训练每人每年2万元[1]。审批压缩至15个工作日。", [P1, P2])
    assert not checked.flagged
    assert [c.n for c in checked.citations] == [1, 2]
    assert "[2]" in checked.text
    for c in checked.citations:
        assert c.quote in c.passage  # verbatim
    assert checked.citations[1].quote.startswith("审批时限")


def test_drop_claims_removes_the_sentence_and_its_marker() -> None:
    assert drop_claims("甲规定如下[1]。登记费用是100元。[2]", ["登记费用是100元。"]) == "甲规定如下[1]。"


def test_marker_forms() -> None:
    assert parse_markers("甲[1,2]乙", 2) == [1, 2]
    assert parse_markers("甲[2，1]乙[1、2]", 2) == [2, 1]
    assert parse_markers("甲【 1 】乙[ 2 ]", 2) == [1, 2]
    assert parse_markers("甲[0]乙[3]丙[99]", 2) == []
    assert strip_invalid_markers("甲[1,2,3]乙[2，2]", 2) == "甲[1][2]乙[2]"


def test_out_of_range_markers_are_removed_from_the_checked_answer() -> None:
    checked = check_answer("康复训练每人每年2万元[9]。", [P1, P2])
    assert "[9]" not in checked.text
    assert [c.n for c in checked.citations] == [1]  # the number's holder is cited instead


def test_quotes_are_verbatim_passage_sentences() -> None:
    checked = check_answer("人工耳蜗手术费每人1.5万元[1]。审批时限压缩至15个工作日[2]。", [P1, P2])
    assert not checked.flagged
    by_n = {c.n: c for c in checked.citations}
    assert by_n[1].quote == "人工耳蜗手术费每人1.5万元。"
    assert by_n[2].quote == "审批时限由法定20个工作日压缩至15个工作日。"
    for c in checked.citations:
        assert any(c.passage[a:b] == c.quote for a, b in split_sentences(c.passage))
        assert c.doc_number and c.title and c.section and c.corpus_file == "f.txt"


def test_numbers_of_the_question_and_of_cited_doc_numbers_are_not_facts_to_check() -> None:
    checked = check_answer("根据中宁政发〔2019〕52号，审批压缩至15个工作日[2]。", [P1, P2])
    assert not checked.flagged
    checked = check_answer("2019年的标准为每人每年2万元[1]。", [P1, P2], question="2019年的标准是多少？")
    assert not checked.flagged


def test_a_number_with_another_unit_is_not_supported() -> None:
    checked = check_answer("审批时限压缩至15个月[2]。", [P1, P2])  # the passage says 15个工作日
    assert checked.flagged
    assert numbers_in("没有数字") == []

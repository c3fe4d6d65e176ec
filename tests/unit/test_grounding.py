from __future__ import annotations

from index.models import Chunk
from rag.context import ContextPassage, build_context
from rag.schema import Hit
from rag.sentences import numbers_in, split_sentences
from rag.verify import check_answer, drop_claims, parse_markers, strip_invalid_markers


def _passage(n: int, text: str, doc_number: str = "中宁政办发〔2019〕54号") -> ContextPassage:
    c = Chunk(id=f"c{n}", doc_id=f"d{n}", text=text, start=0, end=len(text), corpus_file="f.txt",
              doc_number=doc_number, title="某实施方案的通知", issuer="中宁县人民政府办公室",
              date="2019-05-06", section_path="某实施方案 > 三、救助标准")
    return ContextPassage(n, Hit(c, 1.0, n, text, 0, len(text)), text)


P1 = _passage(1, "基本康复训练每人每年2万元。人工耳蜗手术费每人1.5万元。")
P2 = _passage(2, "审批时限由法定20个工作日压缩至15个工作日。牵头单位：县财政局。", "中宁政发〔2019〕52号")


def test_markers_are_parsed_in_order_and_out_of_range_ones_dropped() -> None:
    assert parse_markers("甲[2]乙[1][2]丙【1】丁[1,2]戊[9]", 2) == [2, 1]
    assert strip_invalid_markers("甲[9]乙[1、9]", 2) == "甲乙[1]"


def test_sentences_and_numbers() -> None:
    text = "第一句。第二句；\n第三句"
    assert [text[a:b] for a, b in split_sentences(text)] == ["第一句。", "第二句；", "第三句"]
    assert numbers_in("共 24 项，2019 年 5 月，占 50%") == ["24项", "2019年", "5月", "50%"]


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


def test_context_respects_the_token_budget_and_numbers_passages() -> None:
    hits = [_passage(i, "各乡镇于5月31日前将落实情况报县发展和改革局。" * 20).hit for i in range(1, 6)]
    ctx = build_context(hits, "什么时间前报送？", len, max_tokens=500, max_passage_chars=200)
    assert [p.n for p in ctx] == list(range(1, len(ctx) + 1))
    assert 1 <= len(ctx) < 5
    assert sum(len(p.text) for p in ctx) <= 500


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


def test_numbers_in_ignores_spaces_and_keeps_units() -> None:
    assert numbers_in("24 项") == ["24项"]
    assert numbers_in("1.5万元、2019年5月31日、50%") == ["1.5万元", "2019年", "5月", "31日", "50%"]
    # A unit is read whole: "15个工作日" and "15个月" are different facts.
    assert numbers_in("15个工作日") == ["15个工作日"]
    assert numbers_in("15个月") != numbers_in("15个工作日")


def test_a_number_with_another_unit_is_not_supported() -> None:
    checked = check_answer("审批时限压缩至15个月[2]。", [P1, P2])  # the passage says 15个工作日
    assert checked.flagged
    assert numbers_in("没有数字") == []


def test_split_sentences_trims_and_skips_empty_pieces() -> None:
    text = "  甲。。\n\n乙！丙？丁;戊"
    assert [text[a:b] for a, b in split_sentences(text)] == ["甲。", "。", "乙！", "丙？", "丁;", "戊"]
    assert split_sentences("") == []

from __future__ import annotations

from rag.sentences import bounds_of, numbers_in, split_sentences


def test_sentences_and_numbers() -> None:
    text = "第一句。第二句；\n第三句"
    assert [text[a:b] for a, b in split_sentences(text)] == ["第一句。", "第二句；", "第三句"]
    assert numbers_in("共 24 项，2019 年 5 月，占 50%") == ["24项", "2019年", "5月", "50%"]


def test_numbers_in_ignores_spaces_and_keeps_units() -> None:
    assert numbers_in("24 项") == ["24项"]
    assert numbers_in("1.5万元、2019年5月31日、50%") == ["1.5万元", "2019年", "5月", "31日", "50%"]
    # A unit is read whole: "15个工作日" and "15个月" are different facts.
    assert numbers_in("15个工作日") == ["15个工作日"]
    assert numbers_in("15个月") != numbers_in("15个工作日")


def test_split_sentences_trims_and_skips_empty_pieces() -> None:
    text = "  甲。。\n\n乙！丙？丁;戊"
    assert [text[a:b] for a, b in split_sentences(text)] == ["甲。", "。", "乙！", "丙？", "丁;", "戊"]
    assert split_sentences("") == []


def test_bounds_of_reads_floors_ceilings_and_approximations() -> None:
    assert bounds_of("90%", "为全县90％以上的孕妇建立手册") == {"floor"}
    assert bounds_of("70%", "不低于70％的孕妇") == {"floor"}
    assert bounds_of("500万元", "500万元（含）以下项目") == {"ceiling"}
    assert bounds_of("1%", "年担保费率最高不超过1%") == {"ceiling"}
    assert bounds_of("15%", "非化石能源消费比重达到15%左右") == {"about"}
    assert bounds_of("84%", "废旧地膜回收率达到84%") == {""}
    assert bounds_of("70", "补助700元") == set()  # not the figure 70


def test_a_preposition_jieba_left_on_an_unknown_word_is_not_part_of_the_term() -> None:
    from rag.sentences import question_terms
    terms = question_terms("安全生产百日整治对麦场防火有啥要求？")
    assert "麦场" in terms and "对麦场" not in terms
    assert "对照表" in question_terms("根据河长及责任单位对照表，河长是谁？")  # a dictionary word stays whole

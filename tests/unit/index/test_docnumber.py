"""文号 normalisation, free-text finding and matching keys."""

from __future__ import annotations

import pytest

from index.docnumber import (
    DOC_NUMBER_RE,
    doc_number_key,
    doc_number_parts,
    find_doc_numbers,
    mend_doc_numbers,
    normalize_doc_number,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("卫政办发〔2019〕43号", "卫政办发〔2019〕43号"),
        ("卫政办发〔2019〕43 号", "卫政办发〔2019〕43号"),
        ("卫政办发 [2019] 43 号", "卫政办发〔2019〕43号"),
        ("卫政规发[2023]2号", "卫政规发〔2023〕2号"),
        ("中宁政发（2019）52号", "中宁政发〔2019〕52号"),
        ("中宁政发(2019)52号", "中宁政发〔2019〕52号"),
        ("贺党办【2022】93号", "贺党办〔2022〕93号"),
        ("同政办发〔２０２２〕４９号", "同政办发〔2022〕49号"),
        ("  宁党办 〔2018〕102 号 ", "宁党办〔2018〕102号"),
        ("卫政办发〔2019〕043号", "卫政办发〔2019〕43号"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize_doc_number(raw) == expected


@pytest.mark.parametrize("raw", ["", "2019年5月27日", "各乡镇人民政府：", "卫政办发2019 43号", "第五条"])
def test_not_a_doc_number(raw: str) -> None:
    assert normalize_doc_number(raw) is None


def test_find_in_free_text() -> None:
    text = "根据《通知》（宁政办发〔2018〕118 号）和（医保发[2019] 14号)要求"
    assert find_doc_numbers(text) == ["宁政办发〔2018〕118号", "医保发〔2019〕14号"]
    assert DOC_NUMBER_RE.search("无文号的句子") is None


def test_key_boundary_43_vs_143() -> None:
    assert doc_number_key("卫政办发〔2019〕43号") != doc_number_key("卫政办发〔2019〕143号")
    assert doc_number_key("卫政办发 [2019] 43 号") == doc_number_key("卫政办发〔2019〕43号")
    assert doc_number_key("卫政办发〔2019〕43号") != doc_number_key("卫政办发〔2019〕4号")
    assert doc_number_key(None) == ""


def test_parts_are_ascii_without_leading_zeros() -> None:
    m = DOC_NUMBER_RE.search("根据卫政办发〔２０１９〕０４３号文件")
    assert m is not None
    assert doc_number_parts(m) == ("根据卫政办发", "2019", "43")


def test_a_wrapped_titles_end_before_a_number_is_no_code() -> None:
    """"…管理办" | "法的通知扬府办发〔2014〕33号": the line is a title's end and a 文号, not one 文号."""
    from index.docnumber import normalize_doc_number
    assert normalize_doc_number("法的通知扬府办发〔2014〕33号") is None
    assert normalize_doc_number("扬府办发〔2014〕33号") == "扬府办发〔2014〕33号"


def test_a_number_in_brackets_with_its_day_of_issue_is_a_number_line() -> None:
    from index.docnumber import doc_number_line
    assert doc_number_line("　　（潍政办发〔2024〕9号　2024年10月12日）") == ("潍政办发〔2024〕9号", "2024-10-12")
    assert doc_number_line("（潍政办发〔2024〕9号）") == ("潍政办发〔2024〕9号", None)
    assert doc_number_line("扬府发〔2023〕52号") == ("扬府发〔2023〕52号", None)
    assert doc_number_line("（详见潍政办发〔2024〕9号文件规定的标准执行）") == (None, None)


def test_mend_doc_numbers_sets_ocr_brackets_as_printed() -> None:
    # a scan's 文号 read with two different brackets, and with square ones
    assert mend_doc_numbers("（潍政通[2021）5号）同时废止。") == "（潍政通〔2021〕5号）同时废止。"
    # one bracket lost: the year is the four digits beside the one left
    assert mend_doc_numbers("宜自然资发[202652号") == "宜自然资发〔2026〕52号"
    assert mend_doc_numbers("宜自然资发2026]52号") == "宜自然资发〔2026〕52号"
    assert mend_doc_numbers("于2026年3月5号前报送") == "于2026年3月5号前报送"
    assert mend_doc_numbers("潍政通〔2026]3号") == "潍政通〔2026〕3号"
    assert mend_doc_numbers("依据卫政办发[2019]43号和贺党办【2020】７号执行") == "依据卫政办发〔2019〕43号和贺党办〔2020〕7号执行"
    assert mend_doc_numbers("2026年12月1日起施行") == "2026年12月1日起施行"
    # a speck read between the bracket and the serial
    assert mend_doc_numbers("长民发[2026].58号") == "长民发〔2026〕58号"
    assert mend_doc_numbers("见某政发〔2025〕·7号文件") == "见某政发〔2025〕7号文件"
    assert mend_doc_numbers("（2026年），5号楼") == "（2026年），5号楼"  # (no 文号: a year's bracket)


def test_a_table_printed_as_a_notice_s_attachment_takes_its_number_and_a_sentence_does_not() -> None:
    from index.docnumber import attachment_of

    assert attachment_of("赣市府办字〔2026〕9号附件") == "赣市府办字〔2026〕9号"
    assert attachment_of("赣市府办字[2026]9号附件2") == "赣市府办字〔2026〕9号"
    assert attachment_of("关于赣市府办字〔2026〕9号的附件") is None
    assert attachment_of("赣市府办字〔2026〕9号") is None

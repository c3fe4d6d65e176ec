"""A booklet printed two A5 pages to a landscape sheet (a 明白纸): each sheet read as its two halves, the
halves put in the order of their printed page numbers."""

from __future__ import annotations

from pathlib import Path

from index.readers import read_source
from index.readers.pdf_booklet import _paired, in_page_order, page_number

BOOKLET = Path(__file__).resolve().parents[3] / "data" / "city18" / "corpus" / "xingtai-nongcun-huce-gaizao-mingbaizhi.pdf"


def test_page_numbers_put_the_halves_of_an_imposed_booklet_in_order() -> None:
    assert page_number(["三、奖补标准", "— 3 —"]) == 3 and page_number(["第12页", "正文"]) == 12
    assert page_number(["封面", "2026年6月"]) is None
    sheets = [["八", "— 8 —"], ["封面"], ["二", "— 2 —"], ["七", "-7-"], ["六", "— 6 —"], ["三", "— 3 —"],
              ["四", "4"], ["五", "第5页"]]
    assert [p[0] for p in in_page_order(sheets) or []] == ["封面", "二", "三", "四", "五", "六", "七", "八"]
    assert in_page_order([["一", "— 1 —"], ["二", "— 2 —"]]) is None  # (in order already)
    assert in_page_order([["二", "— 2 —"], ["二", "— 2 —"]]) is None  # (a number twice: not a booklet's)
    assert in_page_order([["九", "— 9 —"], ["一", "— 1 —"]]) is None  # (not 1 … n)
    assert in_page_order([["甲"], ["乙"], ["三", "— 3 —"]]) is None  # (two without a number)


def test_halves_pair_as_a_booklet_s_or_a_two_up_print_s_pages_and_a_table_page_does_not() -> None:
    assert _paired(8, None, 4) and _paired(2, 7, 4) and _paired(6, 3, 4) and _paired(3, 4, 9)
    assert not _paired(None, 3, 5)  # (a landscape table with its page number in a corner)
    assert not _paired(3, 9, 6) and not _paired(None, 2, 1)


def test_a_two_up_booklet_reads_page_by_page_in_its_own_order() -> None:
    src = read_source(BOOKLET)
    lines = [ln.replace(" ", "") for ln in src.text.split("\n")]
    assert lines[0] == "农村户厕改造"
    order = ["一、政策依据", "二、哪些农户可以申请", "三、奖补标准", "四、改厕要达到什么要求", "五、怎么申请",
             "六、建好以后怎么管护", "七、常见问题", "咨询和监督电话"]
    assert [lines.index(h) for h in order] == sorted(lines.index(h) for h in order)
    # a table and a list running over a page break read on
    assert lines.index("（续表）") == lines.index("（转下页）") + 1
    assert lines.index("第五步：验收合格后30日内，县级财政部门将奖补资金拨付至户主社") == lines.index("第四步：改厕完工后，县级农业农村部门组织验收。") + 1
    assert any("two pages up" in w for w in src.warnings)

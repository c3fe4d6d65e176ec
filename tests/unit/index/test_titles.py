"""Titles: the one comparison form, wrapped titles, what a cover issues."""

from __future__ import annotations

from index.titles import issued_titles, join_title, normalize_title, nospace, strip_book_marks


def test_normalize_title_drops_spaces_quotes_and_unifies_brackets() -> None:
    assert normalize_title("《某县 “十四五” 规划(试行)》") == "某县十四五规划（试行）"
    assert normalize_title(None) == ""


def test_normalize_title_can_drop_brackets() -> None:
    assert normalize_title("《某办法（试行）》", drop_brackets=True) == "某办法试行"
    assert normalize_title("某办法(试行)", drop_brackets=True) == normalize_title("某办法试行", drop_brackets=True)


def test_join_title_and_nospace() -> None:
    assert join_title(["中宁县人民政府", "关于印发 某方案", "的通知"]) == "中宁县人民政府关于印发某方案的通知"
    assert nospace(" a\tb\u3000c \n") == "abc"


def test_issued_titles_from_the_cover_body_else_the_title() -> None:
    body = "根据《上位法》精神，现将《某县大气污染防治方案》《某县水污染防治方案》印发给你们。"
    assert issued_titles("某县人民政府关于印发两个方案的通知", body) == ["某县大气污染防治方案", "某县水污染防治方案"]
    assert issued_titles("某县人民政府关于印发《某县实施细则》的通知", "") == ["某县实施细则"]
    assert strip_book_marks("《关于〈某办法〉的说明》") == "关于《某办法》的说明"


def test_a_page_restating_notices_is_told_from_a_notice_about_restating_them() -> None:
    from index.titles import restates_notices
    assert restates_notices("2026年10月热点问答（教育、卫生健康、农业农村）")
    assert restates_notices("《株洲市人民政府办公室关于实施新就业高校毕业生和新市民租房补贴的通知》政策解读")
    assert restates_notices("一图读懂《泉州市普惠托育服务补助资金管理办法》")
    assert not restates_notices("中卫市人民政府办公室关于进一步加强政策解读有关事项的通知")
    assert not restates_notices("遵义市教育局遵义市财政局关于做好学前教育幼儿资助工作的通知")


def test_a_page_restates_notices_by_its_title_or_by_its_own_words() -> None:
    from index.titles import restating_page

    assert restating_page("《某市助餐补贴管理办法》政策解读", None, "")
    assert restating_page("家庭养老床位来了！一文读懂", None, "")
    # no such title: an app's article asking and answering, or naming the notice it rests on
    faq = "问：哪些老人可以申请？\n答：本市户籍老人。\n问：补贴多少？\n答：每月600元。"
    assert restating_page("家庭养老床位来了！谁能申请", None, faq)
    assert restating_page("好消息来了", None, "每月600元。\n政策依据：《某市实施方案》（某政办发〔2026〕7号）")
    # a notice of its own (a 文号) restates nothing, whatever it holds
    assert not restating_page("某市人民政府办公室关于印发实施方案的通知", "某政办发〔2026〕7号", faq)
    assert not restating_page("某市人民政府办公室关于进一步加强政策解读有关事项的通知", None, "")

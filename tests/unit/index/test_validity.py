"""Validity phrase rules (index/validity.py) and the date helpers they use, from our own examples."""

from __future__ import annotations

import pytest

from index.dates import cn_count, end_date, years_later
from index.validity import draft_title, facts_of_text
from index.webpage import read_fields


def kinds(text: str, signed: str | None = "2020-03-10", meta: tuple[tuple[str, str], ...] = ()) -> list[tuple]:
    return [(f.kind, f.date, f.target_number) for f in facts_of_text(text, signed, meta)]


@pytest.mark.parametrize(("text", "expected"), [
    ("本办法自2020年4月1日起施行，有效期至2022年3月31日。",
     [("effective", "2020-04-01", None), ("until", "2022-03-31", None)]),
    # OCR spaces inside the date, 实施 and a comma of the other width
    ("第二十条 本细则自 2021 年 1 月 1 日起实施,有效期至 2023 年 12 月 31 日。",
     [("effective", "2021-01-01", None), ("until", "2023-12-31", None)]),
    # 自印发之日起 = the signature date
    ("本方案自印发之日起施行。", [("effective", "2020-03-10", None)]),
    ("本决定自公布之日起施行。", [("effective", "2020-03-10", None)]),
    ("本意见自2020年5月1日起试行，试行期二年。",
     [("effective", "2020-05-01", None), ("until", "2022-04-30", None)]),
    ("本政策措施自发布之日起实施，有效期3年。", [("effective", "2020-03-10", None), ("until", "2023-03-09", None)]),
    ("本通知执行至2025年底。", [("until", "2025-12-31", None)]),
    ("本办法有效期自2023年1月1日至2027年12月31日。", [("effective", "2023-01-01", None), ("until", "2027-12-31", None)]),
    ("本政策执行期限为2023年1月1日至2025年12月31日。",
     [("effective", "2023-01-01", None), ("until", "2025-12-31", None)]),
    ("此件自2020年6月1日起执行。", [("effective", "2020-06-01", None)]),
])
def test_effective_and_end_of_the_notice_itself(text: str, expected: list[tuple]) -> None:
    assert kinds(text) == expected


def test_an_end_in_words_keeps_no_date_and_keeps_the_words() -> None:
    facts = facts_of_text("第十九条 本办法自2024年2月17日起实施,有效期至2027年夏秋航季结束。", "2024-01-16")
    until = next(f for f in facts if f.kind == "until")
    assert until.date is None and until.words == "有效期至2027年夏秋航季结束"
    assert "夏秋航季" in until.evidence


@pytest.mark.parametrize("text", [
    "服务协议有效期一般为 2 年以上。",  # a contract's term, not the notice's
    "政府购买服务招标有效期不超过3年的，可以续签。",
    "试用期从本通知下发之日起计算。",  # 起计算, not 起施行
    "从本实施方案印发之日起，要将本部门重大建设项目信息及时公开。",
    "行政处罚事项应自作出行政决定之日起7个工作日内上网公开。",
    "营业执照有效期至2030年12月31日的企业，可以申请延续。",
])
def test_terms_of_other_things_are_not_the_notices_validity(text: str) -> None:
    assert kinds(text) == []


def test_a_repeal_names_the_number_and_title_it_repeals() -> None:
    text = ("本办法自2021年6月1日起实施。原《某市法律顾问室工作经费管理办法》（某政办发〔2017〕19 号）同时废止。")
    facts = facts_of_text(text, "2021-05-08")
    repeal = [f for f in facts if f.kind == "repeal"]
    assert [(f.target_number, f.target_titles) for f in repeal] == [
        ("某政办发〔2017〕19号", ("某市法律顾问室工作经费管理办法",))]
    assert text[repeal[0].start:repeal[0].end].startswith("原《某市")


def test_several_repealed_at_once_and_a_bare_number() -> None:
    text = "《甲市乙办法》（甲政发〔2015〕3号）、《甲市丙规定》（甲政发〔2016〕8号）和甲政办发〔2018〕21号文件同时废止。"
    got = [f.target_number for f in facts_of_text(text, None) if f.kind == "repeal"]
    assert got == ["甲政发〔2015〕3号", "甲政发〔2016〕8号", "甲政办发〔2018〕21号"]


def test_a_sentence_that_mentions_a_title_and_the_word_repeal_is_not_a_repeal_of_it() -> None:
    text = ("按照《市人民政府办公室关于开展行政规范性文件全面清理工作的通知》要求，决定保留34件、废止16件。"
            "废止的行政规范性文件不再作为行政管理的依据。")
    assert [f for f in facts_of_text(text, None) if f.kind in ("repeal", "void")] == []


def test_a_repeal_that_is_denied_is_not_one() -> None:
    assert [f.kind for f in facts_of_text("《甲办法》（甲政发〔2015〕3号）不废止。", None)] == []


def test_decision_lists_in_tab_cells_and_one_cell_per_line() -> None:
    text = "\n".join([
        "附件:1.决定保留的市人民政府行政规范性文件目录", "2.决定废止的市人民政府行政规范性文件目录",
        "中卫市人民政府", "2023年12月19日", "附件1", "决定保留的市人民政府行政规范性文件目录",
        "序号\t规范性文件名称\t文号",
        "1\t《甲市地震宏观监测管理办法》\t甲政办发〔2011〕105号",
        "2\t《甲市困难残疾人生活补贴实施办法(修订)》《甲市重度残疾人护理补贴实施办法(修订)》\t甲政办发〔2017〕127号",
        "附件2", "决定废止的市人民政府行政规范性文件目录", "序号", "规范性文件名称", "文号",
        "1", "《甲市公益性岗位管理办法》", "甲政办发〔2010〕226号",
        "2", "《甲市医疗救助实施办法》", "甲政发〔2017〕46号",
        "附件3", "决定修改的市人民政府行政规范性文件目录",
        "1\t《甲市城市照明管理办法》\t甲政办规发〔2018〕15号",
    ])
    facts = facts_of_text(text, "2023-12-19")
    got = [(f.kind, f.target_number, f.target_titles) for f in facts]
    assert got == [
        ("keep", "甲政办发〔2011〕105号", ("甲市地震宏观监测管理办法",)),
        ("keep", "甲政办发〔2017〕127号", ("甲市困难残疾人生活补贴实施办法(修订)", "甲市重度残疾人护理补贴实施办法(修订)")),
        ("repeal", "甲政办发〔2010〕226号", ("甲市公益性岗位管理办法",)),
        ("repeal", "甲政发〔2017〕46号", ("甲市医疗救助实施办法",)),
        ("amend", "甲政办规发〔2018〕15号", ("甲市城市照明管理办法",)),
    ]
    row = facts[3]
    assert text[row.start:row.end] == "《甲市医疗救助实施办法》\n甲政发〔2017〕46号"  # the row, not the header


@pytest.mark.parametrize(("meta", "expected"), [
    ((("有效期", "有效"),), [("status", None, None)]),
    ((("有效期", "已失效"),), [("status", None, None)]),
    ((("有效期", "2024年4月1日至2026年12月31日"),), [("effective", "2024-04-01", None), ("until", "2026-12-31", None)]),
    ((("施行日期", "2023-05-01"), ("失效日期", "2025-04-30")), [("effective", "2023-05-01", None),
                                                              ("until", "2025-04-30", None)]),
])
def test_web_page_fields(meta: tuple[tuple[str, str], ...], expected: list[tuple]) -> None:
    assert kinds("正文。", meta=meta) == expected


def test_web_page_status_words() -> None:
    status = [f.status for f in facts_of_text("", None, (("有效性", "失效"),)) + facts_of_text(
        "", None, (("有效期", "已废止"),)) + facts_of_text("", None, (("有效期", "现行有效"),)) + facts_of_text(
        "", None, (("有效期", "部分失效"),)) + facts_of_text("", None, (("有效期", "否"),))]
    # read_fields maps 有效性 to 有效期; a raw label outside the canonical set is ignored
    assert status == ["repealed", "in_force", "amended", "expired"]
    assert read_fields("是否有效：是") == (("有效期", "是"),)


def test_date_helpers() -> None:
    assert end_date("2022年12月底") == "2022-12-31"
    assert end_date("2024年2月底") == "2024-02-29"
    assert end_date("2025 年末") == "2025-12-31"
    assert end_date("2027年夏秋航季结束") is None
    assert cn_count("两") == 2 and cn_count("十二") == 12 and cn_count("3") == 3 and cn_count("几") is None
    assert years_later("2024-07-01", 3) == "2027-06-30"
    assert years_later("2024-02-29", 1) == "2025-02-28"


def test_decision_lists_under_numbered_headings_with_bare_titles() -> None:
    text = "\n".join([
        "现将清理结果决定如下：",
        "一、决定废止的规范性文件（2件）",
        "1.乙市人民政府关于加强城市建筑垃圾管理的通知（乙政〔2013〕45号）",
        "2.乙市人民政府办公室关于印发乙市城市绿化管理办法实施细则的通知（乙政办〔2015〕72号）",
        "二、决定继续有效的规范性文件（1件）",
        "1.乙市人民政府办公室关于印发乙市防汛应急预案的通知（乙政办〔2021〕34号）决定废止的规范性文件，"
        "自本决定公布之日起停止执行。",
    ])
    got = [(f.kind, f.target_number, f.target_titles) for f in facts_of_text(text, "2024-01-26")]
    assert got == [
        ("repeal", "乙政〔2013〕45号", ("乙市人民政府关于加强城市建筑垃圾管理的通知",)),
        ("repeal", "乙政办〔2015〕72号", ("乙市人民政府办公室关于印发乙市城市绿化管理办法实施细则的通知",)),
        ("keep", "乙政办〔2021〕34号", ("乙市人民政府办公室关于印发乙市防汛应急预案的通知",)),
    ]


def test_a_decisions_list_heading_says_what_was_decided_of_its_rows() -> None:
    from index.validity import decision_list
    assert decision_list("决定废止的市人民政府行政规范性文件目录") == "repeal"
    assert decision_list("一、决定废止的规范性文件（3件）") == "repeal"
    assert decision_list("附件2 决定宣布失效的文件目录") == "void"
    assert decision_list("决定保留的市人民政府行政规范性文件目录") == "keep"
    assert decision_list("二、主要内容") is None


@pytest.mark.parametrize("sentence", [
    "为减轻困难家庭负担，市政府决定对《甲市供热管理办法》（甲政办发〔2020〕18号）作如下修改：",
    "经市人民政府同意，现对《甲市助餐补贴管理办法》（甲民发〔2025〕14号）第八条规定的助餐补贴标准调整如下：",
    # (its short name given inside the brackets, the amending words within the sentence)
    "现对《甲市2026年新能源汽车置换更新补贴实施细则》（甲商联发〔2026〕5号，以下简称《细则》）有关事项调整如下：",
])
def test_a_notice_amended_in_prose_is_an_amendment_of_it(sentence: str) -> None:
    facts = [f for f in facts_of_text(sentence + "\n一、…", "2026-09-15") if f.kind == "amend"]
    assert len(facts) == 1 and facts[0].target_number is not None and facts[0].target_titles
    assert not [t for t in facts[0].target_titles if len(t) < 4]
    # a sentence that only cites the notice amends nothing
    assert not [f for f in facts_of_text("根据《甲市供热管理办法》（甲政办发〔2020〕18号）的规定，现通知如下：", None)
                if f.kind == "amend"]


def test_a_notice_named_short_after_it_is_named_in_full_is_amended_by_its_short_name() -> None:
    text = ("居民出资的具体标准，按照《甲市城镇老旧小区改造居民出资和补助办法》（甲住建规〔2025〕1号，以下简称《办法》）执行。\n"
            "（二）财政补助。自2026年4月1日起，将《办法》第七条中“每户不超过5000元”修改为“每户不超过8000元”；"
            "《办法》其他条款继续执行。")
    [fact] = [f for f in facts_of_text(text, "2026-03-20") if f.kind == "amend"]
    assert fact.target_number == "甲住建规〔2025〕1号"
    assert fact.target_titles == ("甲市城镇老旧小区改造居民出资和补助办法",)
    # the number with the word that says how it was issued ("…9号印发，以下简称《方案》")
    text = ("现对《乙市2026年职业技能提升行动实施方案》（乙府办字〔2026〕9号印发，以下简称《方\n案》）有关内容调整如下：\n"
            "一、将《方案》“二、补贴政策”第（一）项中“12个月内”修改为“24个月内”。")
    [fact] = [f for f in facts_of_text(text, "2026-05-20") if f.kind == "amend"]
    assert fact.target_number == "乙府办字〔2026〕9号"


def test_an_amending_sentence_changes_the_figure_it_names_before_its_verb() -> None:
    from index.validity import changes_figure

    s = "一、将《办法》第五条中4层住宅的补助标准由每台10万元调整为每台12万元，其他层数的补助标准不变。"
    assert changes_figure(s, "10万元") and not changes_figure(s, "12万元") and not changes_figure(s, "0万元")
    assert changes_figure("每人每餐补贴由4元提高到5元。", "4元")
    assert not changes_figure("补助标准为每台10万元。", "10万元")  # no amendment at all
    two = "A类由10万元调整为12万元，B类由5万元调整为6万元。"
    assert changes_figure(two, "5万元") and not changes_figure(two, "12万元")
    assert not changes_figure("将“1个月内”修改为“2个月内”。", "1个")


def test_a_later_notice_extending_an_earlier_ones_term() -> None:
    facts = facts_of_text("经研究，《乙市取暖补贴办法》（乙政办发〔2023〕5号）有效期延长至2027年12月31日。"
                          "《乙市助餐办法》（乙民发〔2021〕3号）继续执行至2028年6月30日。", "2025-12-01")
    assert [(f.kind, f.date, f.target_number, f.target_titles) for f in facts if f.kind == "extend"] == [
        ("extend", "2027-12-31", "乙政办发〔2023〕5号", ("乙市取暖补贴办法",)),
        ("extend", "2028-06-30", "乙民发〔2021〕3号", ("乙市助餐办法",))]
    # the notice named in the sentence before, as "其" or "上述文件"
    it = facts_of_text("《乙市公交优惠通知》（乙交〔2023〕9号）将于2026年1月31日到期。经评估，决定将其有效期延长至"
                       "2027年12月31日，优惠标准不变。", "2026-01-20")
    assert [(f.kind, f.date, f.target_number) for f in it if f.kind == "extend"] == [
        ("extend", "2027-12-31", "乙交〔2023〕9号")]
    both = facts_of_text("《甲办法》（乙民发〔2021〕3号）和《乙办法》（乙民发〔2021〕4号）即将到期。上述文件有效期延长至"
                         "2027年6月30日。", "2026-01-20")
    assert [f.target_number for f in both if f.kind == "extend"] == ["乙民发〔2021〕3号", "乙民发〔2021〕4号"]
    # the notice's own term extended is its own last day; a term not extended is no fact
    own = facts_of_text("本办法有效期延长至2027年12月31日。", "2025-12-01")
    assert [(f.kind, f.date) for f in own] == [("until", "2027-12-31")]
    assert not [f for f in facts_of_text("《乙市助餐办法》（乙民发〔2021〕3号）不再延长至2028年。", None)
                if f.kind == "extend"]


def test_a_draft_for_comment_is_told_by_its_title() -> None:
    assert draft_title("关于公开征求《乙市加装电梯补助办法（征求意见稿）》意见的公告") == "乙市加装电梯补助办法"
    assert draft_title("乙市养老服务条例（草案）") == "乙市养老服务条例"
    assert draft_title("关于《乙市养老服务条例（草案）》的起草说明") == "乙市养老服务条例"
    assert draft_title("关于公开征求《乙市养老服务条例》意见的公告") == "乙市养老服务条例"
    assert draft_title("乙市人民政府关于印发乙市加装电梯补助办法的通知") is None
    assert draft_title("乙市人民政府办公室关于进一步规范重大行政决策公开征求意见工作的通知") is None
    # a reply on a draft and a report on the comments received are no drafts themselves
    assert draft_title("关于对《乙市养老服务条例（草案）》征求意见的复函") is None
    assert draft_title("关于征求意见稿反馈情况的说明") is None


def test_a_deadline_extended_or_a_proposal_is_no_extension_of_a_term() -> None:
    said = ("《关于做好2025年春季申报工作的通知》（乙人社发〔2025〕3号）规定的申报截止时间延长至2025年5月31日。"
            "《乙市助餐办法》（乙民发〔2021〕3号）拟延长至2027年12月31日。")
    assert not [f for f in facts_of_text(said, "2025-04-01") if f.kind == "extend"]
    basis = facts_of_text("根据《乙市物业管理办法》（乙政发〔2020〕2号），制定本细则。该政策继续执行至2026年12月31日。", None)
    assert not [f for f in basis if f.kind == "extend"]


def test_what_an_amending_notice_leaves_unchanged_is_read_as_such() -> None:
    from index.validity import REST_UNCHANGED_RE

    for said in ("《方案》其他内容不变。", "《办法》其他条款继续执行。", "其余事项仍按原规定执行。", "未修改的内容仍按原规定执行。"):
        assert REST_UNCHANGED_RE.search(said), said
    assert not REST_UNCHANGED_RE.search("其他工作按计划推进。")

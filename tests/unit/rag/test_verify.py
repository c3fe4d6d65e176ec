"""The claim verifier, on the failure kinds a small model produces under a correct-looking citation."""

from __future__ import annotations

import pytest

from rag.schema import Claim
from rag.sentences import numbers_in
from rag.verify import (
    Verified,
    check_claim,
    is_echo,
    loosely_restated,
    out_of_clause,
    parse_markers,
    polarity_flipped,
    question_words_unseen,
    strip_invalid_markers,
    verify_claims,
)

# Sources as the engine numbers them: one quoted span of a notice each.
SOURCES = {
    1: "牵头单位：县公安局配合单位：县法院、检察院，市生态环境局中宁分局，县市场监督管理局",
    2: "各乡镇人民政府、县政府各部门（单位）于5月31日前将《办法》的贯彻落实情况报县发展和改革局。",
    3: "对于没有编制采砂规划的河湖沟道，一律禁止采砂。",
    4: "积极推广“互联网+”家庭医生签约服务，群众可通过手机预约签约。",
    5: "为听力残疾儿童提供机构内基本康复训练，每人每年2万元。手术费(含术前检查费用)每人1.5万元。",
    6: "在2022年秋季集中免疫时达到条件的规模养殖场推行“先打后补”，免疫效果评估不合格的不予补助。",
    7: "组长：杨根枝（副县长）办公室主任：董占平",
    8: "原则500万元（含）以下项目年担保费率最高不超过0.5%，500万元以上项目年担保费率最高不超过1%。",
}
Q_ORG = "严厉打击危险废物违法犯罪活动由哪个单位牵头、哪些单位配合？"


def reason(claim: str, cited: list[int], question: str = "") -> str | None:
    return check_claim(claim, SOURCES, cited, question).reason


def test_markers_are_parsed_in_order_and_out_of_range_ones_dropped() -> None:
    assert parse_markers("甲[2]乙[1][2]丙【1】丁[1,2]戊[9]", 2) == [2, 1]
    assert strip_invalid_markers("甲[9]乙[1、9]", 2) == "甲乙[1]"
    assert parse_markers("甲[2，1]乙[1、2]", 2) == [2, 1]
    assert parse_markers("甲【 1 】乙[ 2 ]", 2) == [1, 2]
    assert parse_markers("甲[0]乙[3]丙[99]", 2) == []
    assert strip_invalid_markers("甲[1,2,3]乙[2，2]", 2) == "甲[1][2]乙[2]"


def test_a_faithful_restatement_passes() -> None:
    assert reason("由县公安局牵头，县法院、检察院等配合", [1], Q_ORG) is None
    assert reason("各乡镇和县直部门应于5月31日前报县发展和改革局", [2]) is None
    assert reason("康复训练每人每年2万元，手术费每人1.5万元", [5]) is None
    assert reason("县市场监管局配合", [1]) is None  # a short form of a name the source gives
    assert reason("500万元以下的项目年担保费率最高0.5%", [8]) is None


@pytest.mark.parametrize(("claim", "cited", "why"), [
    ("应于6月30日前报县发展和改革局", [2], "number"),  # the date of another clause
    ("康复训练每人每年1.5万元", [5], "number"),  # the figure of the neighbouring row
    ("审批时限为15个月", [2], "number"),
    ("应于5月31日前报县财政局", [2], "org"),  # the wrong department
    ("由县法院牵头", [1], "role"),  # a partner named as the lead
    ("县公安局配合县市场监督管理局牵头", [1], "role"),  # two targets swapped
    ("没有编制采砂规划的河湖沟道可以采砂", [3], "polarity"),
    ("县里不提供家庭医生签约服务", [4], "polarity"),  # the negation of what the notice promotes
    ("评估不合格的也能拿到补助", [6], "polarity"),
    ("组长是董占平", [7], "role"),  # a neighbouring person's name
    ("一年最多能贷500万元", [8], "number"),  # a figure the source gives, said of something else
])
def test_each_failure_kind_is_caught(claim: str, cited: list[int], why: str) -> None:
    assert reason(claim, cited) == why


def test_the_question_echoed_back_is_not_an_answer() -> None:
    assert reason("严厉打击危险废物违法犯罪活动由哪个单位牵头", [1], Q_ORG) == "echo"
    assert is_echo("打击危险废物违法犯罪活动的牵头单位是县公安局", Q_ORG, SOURCES[1]) is False


def test_a_claim_without_a_marker_is_aligned_or_rejected() -> None:
    assert check_claim("各乡镇于5月31日前报县发展和改革局", SOURCES, []).cited == (2,)
    assert reason("申请人可以到政务大厅办理", []) == "uncited"


def test_polarity_ignores_bounds_that_negate_nothing() -> None:
    assert not polarity_flipped("公告期至少10个工作日", "公告期应当不少于10个工作日。")
    assert not polarity_flipped("不合格的不给补助", SOURCES[6])
    assert polarity_flipped("一律允许采砂", SOURCES[3])


def test_a_yes_to_what_the_source_bans_is_the_answer_turned_over() -> None:
    from rag.verify import yes_against_ban

    ban = "（禁飞区域）（二）紫帽山风景名胜区。第二条所列区域全天禁止飞行。"
    assert yes_against_ban("可以飞，但需要在紫帽山风景名胜区和第二条所列区域全天禁止飞行的范围内。", ban)
    assert check_claim("可以飞，但需要在紫帽山风景名胜区全天禁止飞行的范围内。", {1: ban}, [1]).reason == "polarity"
    assert yes_against_ban("能领取补贴。", "已享受职工子女托育补助的，不得重复领取补贴。")
    # (a no, or a yes the source grants, stands)
    assert not yes_against_ban("不能飞。", ban)
    assert not yes_against_ban("可以申请补贴。", "符合条件的可以申请补贴。")
    assert not yes_against_ban("可以，每户提取总额不超过实际出资额。", "业主可以提取住房公积金用于加装电梯出资。")


def test_a_yes_alone_hedged_by_the_ban_on_the_asked_act_is_the_answer_turned_over() -> None:
    """"还能再领市里的入学补贴吗" answered "可以，但不能重复领取职工互助金": the yes grants the act the
    question asks for (领取), which the source bans; the hedge after it is the source's no."""
    from rag.verify import bare_yes_against_ban

    source = "已领取市总工会“职工子女入学互助金”的，不得重复领取入学补贴，可选择其中标准较高的一项。"
    question = "我已经在单位领了入学互助金，孩子上小学，还能再领市里的入学补贴吗？"
    claim = "可以，但不能重复领取职工互助金。"
    assert bare_yes_against_ban(claim + "[1]", source, question)
    assert check_claim(claim, {1: source}, [1], question).reason == "polarity"
    # (the no stands; a yes to an act the source grants stands, hedged or not)
    assert not bare_yes_against_ban("不能，不得重复领取入学补贴[1]。", source, question)
    granted = "业主可以提取本人及配偶住房公积金用于加装电梯出资，每户提取总额不超过实际出资额。"
    assert not bare_yes_against_ban("可以，每户提取总额不超过实际出资额[1]。", granted, "装电梯的钱能不能取公积金来付？")
    assert check_claim("可以，每户提取总额不超过实际出资额。", {1: granted}, [1],
                       "装电梯的钱能不能取公积金来付？").reason is None


def test_a_removed_sentence_is_replaced_by_its_verbatim_source_once() -> None:
    answer = "由县公安局牵头[1]。县法院牵头[1]。应于6月30日前上报[2]。文件未提及具体时间。"
    v = verify_claims(answer, SOURCES, Q_ORG)
    assert v.checked == 3
    assert [(r.reason, r.replaced_by) for r in v.removed] == [("role", 1), ("number", 2)]
    assert v.claims[0] == Claim("由县公安局牵头。", (1,), "restated")
    # Source 1 is already cited by a kept claim, so only source 2 comes back verbatim.
    assert v.claims[1] == Claim(SOURCES[2], (2,), "quote")
    assert "6月30日" not in v.text and "县法院牵头" not in v.text
    assert "文件未提及" not in v.text  # the engine says which parts are silent, not the model


def test_a_verbatim_sentence_is_labelled_a_quote() -> None:
    v = verify_claims("对于没有编制采砂规划的河湖沟道，一律禁止采砂[3]。", SOURCES)
    assert v.claims == (Claim("对于没有编制采砂规划的河湖沟道，一律禁止采砂。", (3,), "quote"),)


def test_each_clause_is_checked_against_the_sentence_it_restates() -> None:
    long = {1: "2019年底前完成项目前期准备。2020年底前完成项目建设，实现稳定运行。"}
    assert check_claim("项目建设在2020年底前完成", long, [1]).reason is None
    assert check_claim("项目建设在2019年底前完成", long, [1]).reason == "number"  # both years are in the source
    assert check_claim("前期准备2019年底前完成，项目建设2020年底前完成", long, [1]).reason is None


def test_numbers_of_the_question_and_of_cited_doc_numbers_are_not_facts_to_check() -> None:
    assert reason("根据中宁政办发〔2019〕54号，康复训练每人每年2万元", [5]) is None
    assert reason("2025年的标准为每人每年2万元", [5], question="2025年的标准是多少？") is None
    assert numbers_in("没有数字") == []


def test_a_stand_in_quote_is_dropped_when_a_later_sentence_restates_its_source() -> None:
    v = verify_claims("应于6月30日前上报[2]。各乡镇应于5月31日前报县发展和改革局[2]。", SOURCES)
    assert [r.reason for r in v.removed] == ["number"]
    assert v.claims == (Claim("各乡镇应于5月31日前报县发展和改革局。", (2,), "restated"),)


def test_full_width_signs_and_clock_times_are_the_same_facts() -> None:
    sources = {1: "2021年，预留号源比例达到15％。", 2: "活动时间：5月10日8：30－12：00活动地点：富康广场"}
    assert check_claim("预留号源比例达到15%", sources, [1]).reason is None
    assert check_claim("活动在5月10日8：30－12：00举办，地点在富康广场", sources, [2]).reason is None


def test_a_right_figure_under_the_wrong_marker_is_cited_to_its_source() -> None:
    verdict = check_claim("康复训练每人每年2万元", SOURCES, [2])
    assert verdict.reason is None and verdict.cited == (5,)


def test_an_organisation_said_of_another_task_is_caught() -> None:
    sources = {1: "构建县推进数字政府建设领导小组牵头，县委网信办、县发改等部门共同参与的工作体系，加强技术与业务的对接。"}
    q = "这项任务在重点任务清单里由哪个单位牵头？"
    assert check_claim("这项任务在重点任务清单里由县推进数字政府建设领导小组牵头", sources, [1], q).reason == "org"
    assert check_claim("由县推进数字政府建设领导小组牵头构建工作体系", sources, [1], q).reason is None


def test_kept_restatements_print_figures_as_the_source_does() -> None:
    v = verify_claims("预留号源比例要达到15%[1]。", {1: "2021年，预留号源比例达到15％。"})
    assert v.claims[0].text == "预留号源比例要达到15％。" and v.claims[0].kind == "restated"


def test_a_claim_framed_by_the_question_passes_on_a_field_line() -> None:
    q = "严厉打击危险废物非法跨界转移等违法犯罪活动由哪个单位牵头？"
    claim = "严厉打击危险废物非法跨界转移等违法犯罪活动由县公安局牵头"
    assert check_claim(claim, SOURCES, [1], q).reason is None
    quoted = {1: "构建贺兰县推进“数字政府”建设领导小组牵头，县委网信办、县发改等部门共同参与的工作体系。"}
    wrong = "这项任务在重点任务清单里由贺兰县推进“数字政府”建设领导小组牵头"
    assert check_claim(wrong, quoted, [1], "这项任务在重点任务清单里由哪个单位牵头？").reason == "org"


def test_one_sentence_joining_two_sources_under_one_marker_stands() -> None:
    sources = {1: "牵头单位：县公安局", 2: "配合单位：县法院、检察院，县市场监督管理局", 3: "依法严厉打击，力争快侦、快诉、快判。"}
    verdict = check_claim("由县公安局牵头，县法院、检察院和县市场监督管理局配合", sources, [1])
    assert verdict.reason is None and verdict.cited == (1, 2)


def test_the_question_s_named_subject_pinned_on_an_unrelated_quote_is_unsupported() -> None:
    sources = {1: "落实银川市统一的医疗保障经办服务事项清单及办事指南，实现一站式服务。"}
    q = "提升医疗保障统筹水平要落实的“六统一”包括哪些内容？"
    claim = "要落实的“六统一”包括银川市统一的医疗保障经办服务事项清单及办事指南"
    assert check_claim(claim, sources, [1], q).reason is None  # without context nothing tells
    assert check_claim(claim, sources, [1], q, {1: "三、主要任务" + sources[1]}).reason == "unsupported"
    around = {1: "（五）做优“魅力贺兰”APP。同时与“我的宁夏”APP完成数据对接。"}
    ok = check_claim("“魅力贺兰”APP要与“我的宁夏”APP完成数据对接", {1: "同时与“我的宁夏”APP完成数据对接。"}, [1],
                     "“魅力贺兰”APP要与哪些APP完成数据对接？", around)
    assert ok.reason is None  # the name stands in the sentence before the quote


def test_a_figure_said_of_another_period_is_not_restated() -> None:
    sources = {1: "资产承租（包）项目成交后，国有产权交易机构应当将承租（包）结果进行公示，公示期不少于5个工作日。",
               2: "没有具体要求的，公告期应当不少于10个工作日。"}
    assert check_claim("招租公告期最少5个工作日", sources, [1]).reason == "number"
    assert check_claim("招租公告期最少10个工作日", sources, [2]).reason is None
    assert check_claim("成交结果公示期不少于5个工作日", sources, [1]).reason is None


def test_a_clause_that_invents_what_its_source_does_not_say_is_removed() -> None:
    source = {1: "到2026年，全镇养老服务体系更加完善，居家养老服务覆盖面明显扩大，服务质量稳步提高。"}
    q = "我父亲七十岁，住在镇上，能享受哪些养老服务？"
    invented = "居家养老服务覆盖面明显扩大：通过每月上门送餐和免费体检，照顾老人的日常生活起居"
    assert check_claim(invented, source, [1], q).reason == "unsupported"
    faithful = "到2026年，居家养老服务覆盖面明显扩大，服务质量稳步提高"
    assert check_claim(faithful, source, [1], q).reason is None
    assert check_claim("主要包括：居家养老服务覆盖面明显扩大", source, [1], q).reason is None


def test_a_bounded_figure_keeps_its_bound() -> None:
    sources = {1: "到2023年，为全镇85％以上的独居老人安装智能呼叫设备。",
               2: "新建公园绿地面积不低于3公顷，其中水面不超过1公顷。"}
    q = "独居老人安装呼叫设备和新建公园各有什么要求？"
    assert check_claim("到2023年为85％的独居老人安装设备", sources, [1], q).reason == "number"
    assert check_claim("到2023年为85%以上的独居老人安装设备", sources, [1], q).reason is None
    assert check_claim("新建公园绿地3公顷", sources, [2], q).reason == "number"
    assert check_claim("新建公园绿地至少3公顷", sources, [2], q).reason is None
    assert check_claim("新建公园绿地不低于3公顷，水面最多1公顷", sources, [2], q).reason is None


def test_a_figure_dropped_from_a_partial_restatement_comes_back_with_its_quote() -> None:
    sources = {1: "标的额10万元以上的集体资产交易必须进入服务中心公开进行。",
               2: "交易信息统一发布，标的额10万元以上的，发布期限一般不少于7个工作日。"}
    v = verify_claims("标的额10万元以上的集体资产交易必须进入服务中心[1][2]。交易信息一般要公示7个工作日[2]。",
                      sources, "什么交易必须进中心？交易信息要公示多久？")
    assert [r.reason for r in v.removed] == ["number"]
    assert any(c.kind == "quote" and "不少于7个工作日" in c.text for c in v.claims)


def test_not_higher_than_and_an_upper_limit_are_the_same_bound() -> None:
    source = {1: "融资担保基金单笔业务承担的代偿比例不得高于20%。"}
    assert check_claim("单笔业务基金承担代偿比例上限是20%", source, [1], "上限是多少？").reason is None
    assert check_claim("单笔业务基金承担代偿比例是20%", source, [1], "比例是多少？").reason == "number"


def test_a_table_rows_column_names_are_read_by_the_checks_and_never_quoted() -> None:
    row = "17.推进“魅力贺兰”APP升级改造，完成与“我的宁夏”APP数据对接。\t县融媒体中心"
    labels = {1: "牵头单位：县融媒体中心"}
    kept = verify_claims("这项任务由县融媒体中心牵头[1]。", {1: row}, "这项任务由哪个单位牵头？", labels=labels)
    assert not kept.removed and kept.claims[0].text.startswith("这项任务由县融媒体中心牵头")
    swapped = verify_claims("这项任务由县融媒体中心配合[1]。", {1: row}, "这项任务由哪个单位牵头？", labels=labels)
    assert swapped.removed and swapped.removed[0].reason == "role"
    # the stand-in for the removed sentence is the row as printed, not its labels
    assert all("牵头单位：" not in c.text for c in swapped.claims)


def test_a_judgement_the_question_asks_for_must_be_the_notices_own() -> None:
    from rag.verify import asked_judgements
    source = {1: "融信担保公司进一步降低担保费收费标准，原则500万元（含）以下项目年担保费率最高不超过0.5%。"}
    question = "担保贷款的担保费贵不贵？"
    assert asked_judgements(question) == ["贵"]
    assert asked_judgements("能不能领补助？") == [] and asked_judgements("办理麻不麻烦？") == ["麻烦"]
    assert check_claim("担保费贵，年担保费率最高不超过0.5%。", source, (1,), question).reason == "judgement"
    assert check_claim("担保费不贵，年担保费率最高不超过0.5%。", source, (1,), question).reason is not None
    assert check_claim("年担保费率最高不超过0.5%。", source, (1,), question).reason is None


def test_a_sentence_that_only_points_at_a_source_is_no_claim() -> None:
    v = verify_claims("每人每年2万元[5]。来源[5]。详见原文。【来源】[5]。", SOURCES)
    assert [c.text for c in v.claims] == ["每人每年2万元。"]
    assert v.checked == 1 and not v.removed


def test_a_stand_in_is_dropped_where_the_models_own_quotes_carry_every_figure_of_its_source() -> None:
    source = {1: "2019年年底，废旧地膜回收率达到84%。到2020年，废旧地膜回收利用率达到85%。"}
    answer = ("2019年年底，废旧地膜回收率达到84%[1]。到2020年，废旧地膜回收利用率达到85%[1]。"
              "这两项要求明确了2021年的目标[1]。")
    v = verify_claims(answer, source)
    assert [r.reason for r in v.removed] == ["number"]
    assert len(v.claims) == 2 and all("2021" not in c.text for c in v.claims)
    # where no kept sentence carries 85%, the source stands in
    v = verify_claims("2019年年底，废旧地膜回收率达到84%[1]。这两项要求明确了2021年的目标[1]。", source)
    assert v.claims[-1].text == source[1]


def test_an_office_at_another_level_is_not_the_sources() -> None:
    # the source names the county's office; the claim moves it to the city
    v = verify_claims("贯彻落实情况应在5月31日前报送中卫市发展和改革局[2]。", SOURCES)
    assert [r.reason for r in v.removed] == ["org"]
    ok = verify_claims("贯彻落实情况应在5月31日前报送县发展和改革局[2]。", SOURCES)
    assert not ok.removed
    assert not verify_claims("贯彻落实情况应在5月31日前报送发展和改革局[2]。", SOURCES).removed  # no level named


def test_a_claim_that_someone_qualifies_keeps_the_condition_its_source_states() -> None:
    source = {1: "对0-6岁的残疾儿童康复救助资金由自治区统筹安排中央财政资金给予补助，做到应救尽救。"}
    q = "我家孩子三岁，在某县能领什么补助吗？"
    v = verify_claims("三岁的孩子在某县能领中央财政资金给予的补助[1]。", source, q)
    assert [r.reason for r in v.removed] == ["condition"] and v.claims[0].text == source[1]
    kept = verify_claims("三岁的残疾儿童在某县能领中央财政资金给予的康复救助补助[1]。", source, q)
    assert not kept.removed
    # the asker said it: no need to repeat it
    assert not verify_claims("三岁的孩子在某县能领康复救助补助[1]。", source, "我家孩子三岁有听力残疾，能领什么补助？").removed


def test_one_figure_of_a_respective_list_is_not_taken_for_an_item() -> None:
    source = "对从我市批准入伍的大学本、专科毕业生，分别按照不低于当地同年义务兵家庭优待金70%、50%的标准增发优待金。"
    question = "大学本科毕业生入伍，家庭优待金怎么增发？"
    wrong = verify_claims("大学本科毕业生入伍，家庭优待金增发50%[1]。", {1: source}, question)
    assert [r.reason for r in wrong.removed] == ["number"]
    both = verify_claims("大学本、专科毕业生分别按不低于家庭优待金70%、50%的标准增发优待金[1]。", {1: source}, question)
    assert not both.removed
    # a figure outside the list is judged as before
    year = verify_claims("优待金自2019年起增发[1]。", {1: "自2019年起，本、专科毕业生分别增发70%、50%。"}, question)
    assert not year.removed


def test_the_figure_of_the_one_item_a_claim_names_is_kept() -> None:
    source = "单位和个人分别按16%、8%缴纳基本养老保险费。"
    kept = verify_claims("个人按8%缴纳养老保险费[1]。", {1: source}, "个人按多少比例缴纳养老保险费？")
    assert not kept.removed
    swapped = verify_claims("个人按16%缴纳养老保险费[1]。", {1: source}, "个人按多少比例缴纳养老保险费？")
    assert [r.reason for r in swapped.removed] == ["number"]


AB_ROSTER = "县政府副县长实行AB岗工作制，赵海、孙伟同志互为AB岗，张立新、李志强同志互为AB岗，王刚、陈明同志互为AB岗。"


@pytest.mark.parametrize(("claim", "wrong"), [
    ("他跟赵海同志互为AB岗", True),  # 赵海 is paired with 孙伟, not with 李志强
    ("李志强和陈明互为AB岗", True),
    ("他跟张立新同志互为AB岗", False),
    ("张立新、李志强同志互为AB岗", False),
    ("赵海、孙伟同志互为AB岗", False),  # about someone else: not his pairing to check
])
def test_a_person_is_paired_as_the_roster_pairs_him(claim: str, wrong: bool) -> None:
    from rag.verify import mispaired
    assert mispaired(claim, AB_ROSTER, ["李志强"]) is wrong
    assert not mispaired(claim, AB_ROSTER, [])  # nobody the question's 他 stands for


def test_other_people_or_they_is_not_he() -> None:
    from rag.verify import mispaired
    assert not mispaired("刘炳炳与段建宏互为AB岗，其他成员不变。", AB_ROSTER.replace("赵海", "刘炳炳")
                         .replace("孙伟", "段建宏"), ["李志强"])
    assert not mispaired("他们和赵海同志互为AB岗", AB_ROSTER, ["李志强"])


def test_a_claim_pairing_him_wrongly_is_removed_and_the_roster_stands() -> None:
    sources = {1: "李志强同志 协助县长负责交通运输等工作。分管县交通运输局、水务局。", 2: AB_ROSTER}
    question = "县水务局归哪位副县长分管？他跟谁互为AB岗？"
    out = verify_claims("县水务局归李志强分管[1]。他跟赵海同志互为AB岗[2]。", sources, question,
                        persons=["李志强"])
    assert [r.reason for r in out.removed] == ["person"]
    assert "赵海同志互为AB岗" not in "".join(c.text for c in out.claims if c.kind != "quote")
    kept = verify_claims("县水务局归李志强分管[1]。他跟张立新同志互为AB岗[2]。", sources, question, persons=["李志强"])
    assert not kept.removed


FUND = {1: "在航班开通前15个工作日内，按协议约定从专项资金列支中向相关航空公司拨付。",
        2: "航空公司每季度运营结束后15个工作日内，向机场分公司提交专项资金拨付申请。",
        3: "机场分公司收到申请后7个工作日内完成审查。"}
FUND_Q = "航空公司领专项资金补贴，申请、审查、拨付分别有什么时限？"


@pytest.mark.parametrize(("answer", "removed"), [
    ("审查时限：航班开通前15个工作日[1]。", ["number"]),  # that figure is said of 拨付
    ("申请时限：航班开通前15个工作日[1][2]。", ["number"]),  # 申请's 15 days run from the quarter's end
    ("拨付时限：航班开通后15个工作日内[1]。", ["number"]),  # before, not after
    ("申请：每季度运营结束后15个工作日内[2]。审查：收到申请后7个工作日内[3]。", []),
    ("拨付：航班开通前15个工作日内[1]。", []),
])
def test_each_thing_asked_gets_its_own_figure(answer: str, removed: list[str]) -> None:
    out = verify_claims(answer, FUND, FUND_Q)
    assert [r.reason for r in out.removed] == removed


@pytest.mark.parametrize(("answer", "source"), [
    ("应提前3天申请[1]。", "须提前3天提出申请。"),  # 提前 counts from no event
    ("收到材料之后5日内办结[1]。", "窗口收到材料后5日内办结。"),
])
def test_a_figure_counted_as_the_source_counts_it_stands(answer: str, source: str) -> None:
    assert not verify_claims(answer, {1: source}, "多长时间内办理？").removed


def test_a_figure_after_an_event_is_found_written_in_words() -> None:
    from rag.verify import _side_unsaid
    assert not _side_unsaid("航班开通后15个工作日内拨付", ["航班开通后十五个工作日内拨付。"])
    assert _side_unsaid("航班开通后15个工作日内拨付", ["航班开通前十五个工作日内拨付。"])


def test_a_person_the_source_does_not_name_is_removed() -> None:
    sources = {1: "张立新、李志强同志互为AB岗。"}
    q = "李志强和谁互为AB岗？"
    assert [r.reason for r in verify_claims("他和赵海同志互为AB岗[1]。", sources, q).removed] == ["person"]
    assert not verify_claims("他和张立新同志互为AB岗[1]。", sources, q).removed
    # "主要负责同志" names no one
    assert not verify_claims("由各单位主要负责同志担任成员[1]。", {1: "各单位主要负责同志为成员。"}, "成员有谁？").removed
    assert not verify_claims("这位同志分管教育工作[1]。", {1: "王刚同志分管教育工作。"}, "王刚分管什么？").removed


TOILETS = {1: "由县文化旅游广电局牵头，实施全县旅游景区、农家乐旅游厕所提质升级工程，确保均达到AA级以上标准。",
           2: "旅游景区、农家乐的旅游厕所，按照责任归属，由相关旅游企业负责管理。"}
TOILETS_Q = "旅游景区、农家乐的厕所改造是哪个部门牵头？建好以后归谁管？"
TOILETS_PARTS = [("农家乐的厕所改造是哪个部门牵头", frozenset({1})), ("建好以后归谁管", frozenset({2}))]


@pytest.mark.parametrize(("answer", "removed"), [
    ("厕所改造由县文化旅游广电局牵头[1]。建好以后归县文化旅游广电局管[1]。", ["part"]),
    ("厕所改造由县文化旅游广电局牵头[1]。建好以后由相关旅游企业负责管理[2]。", []),
    ("厕所改造由县文化旅游广电局牵头，确保达到AA级以上标准[1]。", []),  # restates no other part
])
def test_a_part_is_answered_from_the_sources_chosen_for_it(answer: str, removed: list[str]) -> None:
    out = verify_claims(answer, TOILETS, TOILETS_Q, parts=TOILETS_PARTS)
    assert [r.reason for r in out.removed] == removed
    assert not verify_claims(answer, TOILETS, TOILETS_Q).removed  # without the parts nothing tells


LINES = {1: "围绕种植业、养殖业、加工业三个方向，即：“设施蔬菜—露地蔬菜—特色林果”“肉牛养殖—滩羊养殖”"
            "“农产品初加工—精深加工”，建立产业培育体系。"}


@pytest.mark.parametrize(("answer", "removed"), [
    ("养殖业这条线包括设施蔬菜、露地蔬菜和特色林果[1]。", ["respective"]),  # 种植业's group
    ("养殖业这条线包括肉牛养殖和滩羊养殖[1]。", []),
    ("三个方向是种植业、养殖业、加工业[1]。", []),  # names them all: no one group is claimed
])
def test_the_group_given_for_one_of_several_named_things_is_its_own(answer: str, removed: list[str]) -> None:
    out = verify_claims(answer, LINES, "养殖业这条线包括哪些？")
    assert [r.reason for r in out.removed] == removed


EXCEPTIONS = {1: "直聘以外的教师均要申请参加校内竞聘。",
              2: "(1)校内直聘。在岗位聘用年度内，距法定退休年龄不足3年的教师、处于孕期和哺乳期的教师，经学校公示，"
                 "报本级教育部门备案，学校直接聘用。"}


@pytest.mark.parametrize(("question", "answer", "removed"), [
    # she is pregnant: the notice makes her one of the exceptions
    ("我是在编老师，现在怀孕了，还需要参加竞聘吗？", "你的情况属于直聘以外的教师，因此你需要参加竞聘[1]。", ["condition"]),
    ("我是在编老师，现在怀孕了，还需要参加竞聘吗？", "你属于处于孕期的教师，经学校公示后由学校直接聘用[2]。", []),
    ("我是在编老师，现在怀孕了，还需要参加竞聘吗？", "直聘以外的教师均要申请参加校内竞聘[1]。", []),  # the rule, not her
    # nothing she says of herself is among the exceptions
    ("我是在编老师，今年刚满50岁，还需要参加竞聘吗？", "你属于直聘以外的教师，需要参加竞聘[1]。", []),
])
def test_the_asker_is_not_put_outside_an_exception_that_names_her(question: str, answer: str, removed: list[str]) -> None:
    out = verify_claims(answer, EXCEPTIONS, question)
    assert [r.reason for r in out.removed] == removed


def test_a_year_given_the_figure_of_another_year_of_a_schedule_is_a_wrong_number() -> None:
    source = {1: "县人民政府分年度向某网络公司支付购买服务资金，2022年支付352万元，2023年支付720万元，2024年支付960万元。"}
    assert check_claim("县政府2023年要向网络公司支付352万元购买服务资金", source, [1]).reason == "number"
    assert check_claim("县政府2023年要向网络公司支付720万元购买服务资金", source, [1]).reason is None
    # a claim comparing two years is read by the other checks
    assert check_claim("2024年支付960万元，比2022年多", source, [1]).reason is None


def test_a_year_s_figures_are_those_of_its_clause_and_the_next() -> None:
    source = {1: "2022年底前完成改造60%，2023年6月底前全部完成，验收合格后每户补助2000元。"}
    assert check_claim("2022年底前完成改造的农户，验收合格后每户补助2000元", source, [1]).reason is None


def test_a_sum_per_unit_given_as_the_whole_sum_is_a_wrong_number() -> None:
    from rag.verify import _rate_as_total
    src = ["居民用户每平方米每个供暖期28元。"]
    q = "我家房子建筑面积100平方米，按面积交暖气费的话，一个供暖季要交多少钱？"
    assert _rate_as_total("一个供暖季要交28元[1]。", src, q)
    assert check_claim("一个供暖季要交28元[1]。", {1: src[0]}, [1], q).reason == "number"
    assert not _rate_as_total("居民用户每平方米每个供暖期28元[1]。", src, q)  # the claim keeps the rate
    assert not _rate_as_total("居民暖气费28元[1]。", src, "居民暖气费一平方米多少钱？")  # no quantity asked about
    assert not _rate_as_total("每户每月10元[1]。", ["由每户每月6元调整为每户每月10元。"], "我家3户一个月交多少？")


def test_a_post_given_to_someone_the_sources_do_not_give_it_is_removed() -> None:
    appointments = {1: "按照《某市领导干部任职试用期制度（试行）》的规定，田力、雍建军2名同志任职试用期为一年。",
                    2: "黄飞虎同志任市政府副秘书长，免去市政府办公室副主任职务；雍建军同志任市公安局特警支队政委。"}
    q = "雍建军被任命为什么职务？"
    # the deputy's post with 副 dropped, pinned on a man named beside it
    assert check_claim("雍建军同志任市政府办公室主任，试用期一年。", appointments, [1, 2], q).reason == "person"
    assert check_claim("雍建军同志任市公安局特警支队政委，试用期一年。", appointments, [1, 2], q).reason is None
    # a roster printed glued, name before post: the post is the name's before it, not after it
    roster = {1: "钱忠军县退役军人事务局局长张鑫县乡村振兴服务中心主任崔华巍国家税务总局贺兰县税务局局长"}
    q = "领导小组成员中担任县乡村振兴服务中心主任的是谁？"
    assert check_claim("担任县乡村振兴服务中心主任的是崔华巍。", roster, [1], q).reason == "person"
    assert check_claim("担任县乡村振兴服务中心主任的是张鑫。", roster, [1], q).reason is None


def test_a_count_in_words_the_source_counts_otherwise_is_removed() -> None:
    sources = {1: "（三）架构：设篇、章、节、目四个层次，以时为序，直陈其事。",
               2: "新市民每户每月300元，最长24个月。"}
    q = "扶贫志分几个层次？"
    assert check_claim("扶贫志按编纂方案设三个层次：篇、章、节。", sources, [1], q).reason == "number"
    assert check_claim("扶贫志设四个层次：篇、章、节、目。", sources, [1], q).reason is None
    # "一个月" is a span of time, not a count of things
    assert check_claim("可以领租房补贴，一个月300元。", sources, [2], "一个月能领多少租房补贴？").reason is None


def test_the_one_a_group_is_named_by_stands_before_its_deng() -> None:
    sources = {1: "2022年12月底前，监督贺兰县泰鑫冶炼有限公司等6家新增土壤污染重点监管企业完成土壤污染隐患排查。",
               2: "责任单位：贺兰工业园区管委会、银川市生态环境局贺兰分局"}
    q = "新增的土壤污染重点监管企业有几家、以哪家为代表？"
    assert check_claim("新增的重点监管企业有6家，以银川市生态环境局贺兰分局为代表。", sources, [1, 2], q).reason == "org"
    assert check_claim("新增的重点监管企业有6家，以贺兰县泰鑫冶炼有限公司为代表。", sources, [1, 2], q).reason is None


def test_a_post_proposed_for_someone_else_is_removed() -> None:
    roster = {1: "钱忠军县退役军人事务局局长张鑫县乡村振兴服务中心主任崔华巍国家税务总局贺兰县税务局局长"}
    q = "任前公示中对他拟作什么任用？"
    assert check_claim("任前公示中，对崔华巍拟作县乡村振兴服务中心主任的任用。", roster, [1], q).reason == "person"


@pytest.mark.parametrize(("claim", "source"), [
    ("张三担任领导小组组长。", "领导小组组长由县委书记张三担任。"),
    ("王五任县乡村振兴局局长。", "1\t县乡村振兴局局长\t王五"),
    ("张三为中卫市人民政府副市长。", "任命张三、李四、王五为中卫市人民政府副市长。"),
])
def test_a_post_the_source_gives_in_another_layout_is_kept(claim: str, source: str) -> None:
    assert check_claim(claim, {1: source}, [1], "谁担任这个职务？").reason != "person"


# A plan's target sentence and a task row, in the shapes a lead restates wrongly.
TARGETS = ("到2025年，建成12个村级电商服务站，力争冷链物流交易额达到2亿元，全县特色农产品网上销售额达到5亿元，"
           "带动就业3000人。")
ROW = "14. 建设县级数据共享交换平台。县大数据中心负责，县财政局、县发展和改革局配合 2024年"


@pytest.mark.parametrize("claim", [
    "全县特色农产品网上销售额要达到2亿元[1]。",  # the figure of the clause beside it
    "由县财政局、县发展和改革局负责[1]。",  # the units that support, said to lead
    "冷链物流交易额要带动就业3000人[1]。",
])
def test_a_lead_whose_fact_belongs_to_another_clause_is_out_of_clause(claim: str) -> None:
    assert out_of_clause(claim, [TARGETS, ROW])


@pytest.mark.parametrize("claim", [
    "全县特色农产品网上销售额力争达到5亿元[1]。",
    "到2025年要建成12个村级电商服务站[1]。",  # the year's clause is the year alone: the next one says of what
    "由县大数据中心负责，县财政局、县发展和改革局配合[1]。",
    "需要2亿元[1]。",  # a bare figure borrows the words before it: the sentence checks judge it
])
def test_a_lead_restating_each_fact_with_its_own_clause_passes(claim: str) -> None:
    assert not out_of_clause(claim, [TARGETS, ROW])


def test_a_strict_check_removes_what_the_sentence_check_lets_pass() -> None:
    sources = {1: TARGETS}
    q = "全县特色农产品网上销售额要达到多少？"
    wrong = "全县特色农产品网上销售额要达到2亿元[1]。"
    assert check_claim(wrong, sources, [1], q).reason is None  # every figure is in the sentence
    assert check_claim(wrong, sources, [1], q, strict=True).reason == "clause"
    strict = verify_claims(wrong, sources, q, strict=True)
    assert not strict.claims and [(r.reason, r.replaced_by) for r in strict.removed] == [("clause", None)]


def test_a_clause_mostly_in_words_the_sources_lack_is_loose() -> None:
    q = "孩子做康复训练要自己花钱吗？"
    assert loosely_restated("听力残疾儿童的家长可以自己去医院挑选更贵的设备[1]。", [SOURCES[5]], q)
    assert not loosely_restated("听力残疾儿童机构内基本康复训练每人每年2万元[1]。", [SOURCES[5]], q)


def test_a_lead_pinning_the_questions_words_on_a_source_that_lacks_them_is_unsupported() -> None:
    q = "对守信和失信的定点医药机构分别采取什么措施？"
    general = "落实定点医药机构考评机制，将信用评价结果、综合绩效考评结果与预算管理、检查稽核等关联。"
    claim = "对守信的定点医药机构，将信用评价结果、综合绩效考评结果与预算管理、检查稽核等关联。"
    assert question_words_unseen(claim, q, general) == ["守信"]
    assert check_claim(claim, {1: general}, [1], q).reason is None
    assert check_claim(claim, {1: general}, [1], q, strict=True).reason == "unsupported"
    own = "对守信的定点医药机构，在资金结算等方面提供便捷服务。"
    assert not question_words_unseen("对守信的定点医药机构提供便捷服务[1]。", q, own)


def test_a_lead_naming_a_thing_the_source_does_not_is_unsupported() -> None:
    from rag.verify import compound_unseen
    q = "定点康复机构签订服务协议一般签多长时间？绩效达不到要求会怎么处理？"
    source = "定点康复机构实行协议管理，服务协议有效期一般为2年以上；对绩效评估不达标的，限期整改。"
    wrong = "定点机构的绩效协议有效期一般为2年以上。"
    assert compound_unseen(wrong, q, source) == ["绩效协议"]
    assert check_claim(wrong, {1: source}, [1], q, strict=True).reason == "unsupported"
    right = "定点康复机构的服务协议有效期一般为2年以上。"
    assert not compound_unseen(right, q, source)
    assert check_claim(right, {1: source}, [1], q, strict=True).reason is None


def test_a_lead_restating_a_part_no_quote_was_chosen_for_is_removed() -> None:
    q = "甲产业链的链长是谁？他担任哪条河的河长？"
    rivers = "县级河长名单：2 甜水河 宋继忠，各产业链链长另行发文。"
    parts = [("甲产业链的链长是谁", frozenset()), ("他担任哪条河的河长", frozenset({1}))]
    claim = "甲产业链的链长是宋继忠。"
    assert check_claim(claim, {1: rivers}, [1], q, parts=parts, strict=False).reason is None
    assert check_claim(claim, {1: rivers}, [1], q, parts=parts, strict=True).reason == "part"
    assert check_claim("他担任甜水河的县级河长。", {1: rivers}, [1], q, parts=parts, strict=True).reason is None


def test_a_count_given_of_the_thing_counted_beside_it_is_another_items() -> None:
    from rag.verify import figure_of_another_item
    source = "每年汇聚30件\n家长课堂案例、130件名师课例、10堂示范课。"
    assert figure_of_another_item("每年要汇聚30件名师课例、130件示范课[1]。", [source])
    assert not figure_of_another_item("每年汇聚130件名师课例[1]。", [source])
    assert not figure_of_another_item("名师课例130件，家长课堂案例30件[1]。", [source])
    strict = verify_claims("每年要汇聚30件名师课例[1]。", {1: source}, "每年汇聚多少件名师课例？", strict=True)
    assert not strict.claims and strict.removed[0].reason == "clause"


def test_a_lead_restating_a_labelled_field_in_the_questions_words_stands() -> None:
    title = "某县人民政府办公室关于印发某县农村人居环境整治实施方案的通知 推进厕所革命 "
    sources = {1: "到2025年，全县农村卫生厕所普及率达到85%以上。",
               2: "（牵头单位：\n县农业农村局；配合单位：县卫生健康局）"}
    context = {n: title + s for n, s in sources.items()}
    question = "某县农村卫生厕所普及率要达到多少？哪个部门牵头？"

    def reason(claim: str) -> str | None:
        return check_claim(claim, sources, [1, 2], question, context=context, strict=True).reason

    assert reason("某县农村卫生厕所普及率要达到85%以上，牵头部门是县农业农村局。") is None
    assert reason("某县农村卫生厕所普及率要达到85%以上，牵头部门是县卫生健康局。") == "role"
    assert reason("农村卫生厕所普及率要达到85%以上，由县农业农村局牵头负责审批和验收改厕工程。") == "clause"
    assert reason("某县农村卫生厕所普及率要达到95%以上，牵头部门是县农业农村局。") == "number"


def test_a_lead_may_frame_its_answer_with_the_questions_plan_submission_and_joining_words() -> None:
    # "计划到2022年…" restates "计划到哪一年", "报送" the source's "报", "如果" joins the asker's clauses;
    # "和县" is the segmenter's cut across "乡镇和县直部门", no word the lead takes from the question
    q = "中宁县计划到哪一年实现“互联网+”家庭医生签约服务全覆盖？"
    source = "中宁县“互联网+医疗健康”示范区建设实施方案 到2022年，实现“互联网+”家庭医生签约服务全覆盖。"
    assert not question_words_unseen("中宁县计划到2022年实现“互联网+”家庭医生签约服务全覆盖。", q, source)
    q = "各乡镇和县直部门贯彻落实的情况，应在什么时间前报送哪个部门？如果逾期怎么办？"
    source = "各乡镇人民政府、县政府各部门（单位）于5月31日前将《办法》的贯彻落实情况报县发展和改革局。"
    assert not question_words_unseen("各乡镇和县政府各部门应在5月31日前报送县发展和改革局[1]。", q, source)
    assert not question_words_unseen("如果贯彻落实情况报送县发展和改革局[1]。", q, source)
    # a word of the question's own subject the source does not hold still counts
    assert question_words_unseen("逾期的贯彻落实情况报送县发展和改革局[1]。", q, source) == ["逾期"]


def test_the_before_of_a_time_glued_to_the_verb_after_it_is_no_question_word() -> None:
    # "何时前报送" is cut into "前报": a lead writing "9月27日前报送" takes no word the source lacks
    q = "各部门活动总结要在何时前报送到哪里？"
    source = "各部门（单位）于9月27日前将活动总结电子版发送至县委统战部邮箱，纸质材料报送至县委统战部办公室。"
    assert not question_words_unseen("各部门活动总结要在9月27日前报送至县委统战部[1]。", q, source)
    assert verify_claims("各部门活动总结要在9月27日前报送至县委统战部[1]。", {1: source}, q, strict=True).claims
    assert verify_claims("各部门活动总结要在9月30日前报送至县委统战部[1]。", {1: source}, q,
                         strict=True).removed[0].reason == "number"
    # a 前 that begins a word of the question ("前期") is still one
    assert "前期" in question_words_unseen("前期工作由县委统战部负责[1]。", "前期工作由谁负责？", source)


def test_an_unmarked_lead_opening_with_its_notices_name_is_aligned_by_what_it_says() -> None:
    sources = {1: "压缩审批时限，将法定20个工作日压缩至15个工作日。",
               2: "加强事中事后监管，实行全覆盖例行检查。"}
    lead = "根据《中宁县人民政府关于印发中宁县全面推开“证照分离”改革工作实施方案的通知》（中宁政发〔2019〕52号），时限压缩至15个工作日。"
    assert check_claim(lead, sources, [], "开代理记账公司审批要等多久？").cited == (1,)
    # as a lead above the quotes (which name their notice) it stands without the name
    verified = verify_claims(lead, sources, "开代理记账公司审批要等多久？", strict=True)
    assert [(c.text, c.cited) for c in verified.claims] == [("时限压缩至15个工作日。", (1,))]


def test_a_definition_that_takes_in_what_stands_beside_the_brackets_is_removed() -> None:
    source = "深化审批制度改革，落实“三清单”（权力清单、责任清单和公共服务事项清单）以及清单动态调整机制，年底前公布。"
    q = "落实的“三清单”指什么？"
    wrong = "“三清单”包括权力清单、责任清单、公共服务事项清单以及清单动态调整机制。"
    assert check_claim(wrong, {1: source}, [1], q).reason == "definition"
    right = "“三清单”指权力清单、责任清单和公共服务事项清单。"
    assert check_claim(right, {1: source}, [1], q).reason is None
    # what the claim goes on to say after the list is no item of it
    framed = "“三清单”即权力清单、责任清单和公共服务事项清单，年底前公布。"
    assert check_claim(framed, {1: source}, [1], q).reason is None


def test_a_lead_on_a_table_row_is_checked_against_the_row_read_under_its_header() -> None:
    """The row's cells carry no roles; its header's labels do: who leads and who supports, read there,
    are kept when right and removed when swapped."""
    row = "完成东湖街道老旧小区改造\t丰泽区人民政府\t市城市管理局\t2026年12月31日前"
    labelled = "完成东湖街道老旧小区改造（牵头单位：丰泽区人民政府；配合单位：市城市管理局；完成时限：2026年12月31日前）"
    q = "完成东湖街道老旧小区改造由谁牵头？配合单位是谁，完成时限是什么？"

    def lead(text: str) -> Verified:
        return verify_claims(text, {1: row}, q, {1: row}, {1: labelled}, strict=True)

    right = lead("牵头单位是丰泽区人民政府，配合单位是市城市管理局，2026年12月31日前完成[1]。")
    assert not right.removed and right.claims
    assert [r.reason for r in lead("牵头单位是市城市管理局，配合单位是丰泽区人民政府[1]。").removed] == ["role"]
    unlabelled = verify_claims("牵头单位是丰泽区人民政府[1]。", {1: row}, q, {1: row}, strict=True)
    assert unlabelled.removed  # without the header, 牵头 is nowhere in the row


def test_a_subject_of_a_system_is_not_the_task_s_responsible_unit() -> None:
    # "以县为责任主体" and "责任单位：综合执法局…": the units responsible for the task are not the 责任主体
    sources = {1: "进一步健全“以县为责任主体、乡镇为管理主体、村为落实主体”的“五位一体”运维管理体系。",
               2: "责任单位：综合执法局、农业农村局、财政局、各乡镇（场）"}
    question = "其中责任主体、管理主体分别是谁？这项任务的责任单位有哪些？"
    assert check_claim("责任主体：综合执法局、农业农村局、财政局。", sources, [1, 2], question).reason == "role"
    assert check_claim("责任单位有综合执法局、农业农村局、财政局。", sources, [1, 2], question).reason is None


def test_where_a_thing_is_filed_is_the_place_its_own_sentence_names() -> None:
    sources = {1: "审核小组进行立项前审核和建设方案备案管理。网信、发改、财政、公安、保密等部门要强化协同联动，"
                  "将各部门政务信息化项目统一纳入管理。",
               2: "新建、变更、停用应用系统应及时报县“数字政府”建设领导小组办公室备案。"}
    question = "新建、变更或停用应用系统要向哪里备案？"
    wrong = "新建、变更或停用应用系统要向网信、发改、财政、公安、保密等部门备案。"
    assert check_claim(wrong, sources, [1, 2], question).reason == "org"
    right = "新建、变更或停用应用系统要报县“数字政府”建设领导小组办公室备案。"
    assert check_claim(right, sources, [1, 2], question).reason is None
    # a source that files nothing is judged by the other checks
    assert check_claim("项目要向县发改局备案。", {1: "县发改局负责项目备案管理。"}, [1], "项目向谁备案？").reason is None
    # no body named: "报名后提交" files nothing anywhere
    assert check_claim("报名后提交申请表。", {1: "申请人在网上报名，审核通过后提交申请表。"}, [1], "怎么申请？").reason is None
    # a short form of the name its sentence gives is the same place
    assert check_claim("要向县医保局申请。", {1: "参保人向县医疗保障局提出申请。"}, [1], "向哪里申请？").reason is None
    # a body the source names doing another thing is not where one applies ("到…申请" as "向…申请")
    evaluate = {1: "区县民政局在15个工作日内上门评估，评估结果公示5天没有异议，就可以自己挑选服务机构签协议。"}
    assert check_claim("想给爸申请家庭养老床位，要到区县民政局申请。", evaluate, [1], "要到哪里申请？").reason == "org"
    apply = {1: "老年人本人或者其家属向户籍所在地镇人民政府（街道办事处）提出申请。"}
    assert check_claim("要到户籍所在地镇人民政府申请。", apply, [1], "要到哪里申请？").reason is None


def test_an_agent_is_given_only_the_things_its_own_sentence_gives_it() -> None:
    sources = {1: "根据国家制定的湿地修复绩效评价标准，定期开展湿地修复工程绩效评价。",
               2: "由第三方机构开展湿地修复工程竣工评估和后评估。建立湿地修复公示制度，依法公开湿地修复方案。"}
    question = "绩效评价、竣工评估和后评估由谁来做？"
    assert check_claim("绩效评价、竣工评估和后评估由第三方机构开展。", sources, [1, 2], question).reason == "org"
    assert check_claim("竣工评估和后评估由第三方机构开展。", sources, [2], question).reason is None


def test_a_yes_for_a_day_outside_the_rule_s_bound_is_removed() -> None:
    sources = {1: "（一）小学一年级：2019年8月31日前（含当日）出生、具有接受普通教育能力的适龄儿童。"}
    late = "孩子是2019年9月5日出生的，2025年秋季能报名上小学一年级吗？"
    assert check_claim("可以。", sources, [1], late).reason == "condition"
    assert check_claim("可以报名。", sources, [1], late).reason == "condition"
    early = "孩子是2019年3月5日出生的，2025年秋季能报名上小学一年级吗？"
    assert check_claim("可以。", sources, [1], early).reason is None
    # the no for that child stands with the rule it restates; for a child born in time it is turned over
    no = "不能，招生对象为2019年8月31日前（含当日）出生的适龄儿童。"
    assert check_claim(no, sources, [1], late).reason is None
    assert check_claim(no, sources, [1], early).reason == "polarity"



def test_a_yes_for_a_span_past_the_most_the_rule_allows_is_removed() -> None:
    sources = {1: "第五条申请人应当自证书核发之日起12个月内提出申请，逾期不予受理。"}
    late = "我拿到职业技能等级证书已经13个月了，一直没去申请技能提升补贴，现在还能申请吗？"
    assert check_claim("可以申请，证书核发之日起12个月内提出申请。", sources, [1], late).reason == "condition"
    assert check_claim("可以申请。", sources, [1], "我拿到证书已经5个月了，现在还能申请吗？").reason is None


def test_people_of_a_roster_are_given_only_their_own_entry_s_post() -> None:
    sources = {1: "高伟，男，汉族，1984年10月出生，中共党员。现任县纪委监委纪检监察三室主任，拟任县乡镇副科级领导职务。",
               2: "杨凯军，男，回族，1973年12月出生，中共党员。现任工业园区管委会党政办公室副主任，拟任工业园区管委会正科级领导职务。"}
    question = "杨凯军和高伟现任什么职务、分别拟任什么职务？"
    wrong = "杨凯军和高伟现任工业园区管委会党政办公室副主任，拟任工业园区管委会正科级领导职务。"
    assert check_claim(wrong, sources, [1, 2], question).reason == "person"
    right = "杨凯军现任工业园区管委会党政办公室副主任，拟任工业园区管委会正科级领导职务。"
    assert check_claim(right, sources, [1, 2], question).reason is None


def test_what_a_verb_takes_is_what_the_sources_give_that_verb() -> None:
    sources = {1: "组织4所学校实施网络育人工作试点，利用宁夏教育云“中小学德育课堂”，开设时事政治网络课程。",
               2: "依托宁夏“益思网”，用好网络思政平台，组织开展网络文明进校园活动。"}
    question = "网络育人工作试点依托的是哪个网络平台？"
    assert check_claim("依托的是宁夏教育云“中小学德育课堂”。", sources, [1], question).reason == "unsupported"
    assert check_claim("依托的是宁夏“益思网”。", sources, [2], question).reason is None


def test_a_work_is_placed_where_its_own_sentence_places_it() -> None:
    sources = {1: "在大战场镇宽口井移民区、恩和镇、鸣沙镇建设污水处理工程，计划近期污水处理总规模1600立方米/日。",
               2: "中宁县工业园区污水处理利用及管网工程，铺设污水管网5公里。"}
    question = "农村集镇污水处理项目在哪些地方建设污水处理工程？近期规模多少？"
    wrong = "中宁县工业园区建设污水处理工程，计划近期污水处理总规模1600立方米/日。"
    assert check_claim(wrong, sources, [1, 2], question).reason == "unsupported"
    right = "在恩和镇、鸣沙镇建设污水处理工程，计划近期污水处理总规模1600立方米/日。"
    assert check_claim(right, sources, [1], question).reason is None
    # the place is what opens the clause or follows 在, not the agent before it
    held = {1: "各县（区）要在全县开展宣传活动，县教育局负责组织。"}
    assert check_claim("县教育局在全县开展宣传活动。", held, [1], "谁负责宣传活动？").reason is None


def test_a_name_alone_is_no_answer_the_verifier_can_place() -> None:
    sources = {1: "（链长：王义伟；牵头单位：发展和改革局）", 2: "培育奶牛产业链，发展奶牛养殖3万头。"}
    question = "这事归哪条产业链管，链长是哪位县领导？"
    assert check_claim("王义伟。", sources, [1], question).reason == "bare"
    assert check_claim("链长是王义伟。", sources, [1], question).reason is None
    assert check_claim("奶牛养殖3万头。", sources, [2], question).reason is None


def test_a_restatement_that_drops_that_a_thing_is_free_is_removed_where_cost_is_asked() -> None:
    sources = {1: "为视力残疾儿童验配助视器，为听力残疾儿童验配助听器。",
               2: "免费适配助听器、助视器、轮椅等普及型辅助器具，按实际价格配发。"}
    question = "配助视器要自己花钱吗？"
    wrong = "视力残疾儿童验配助视器、助听器、轮椅等普及型辅助器具，按实际价格配发。"
    assert check_claim(wrong, sources, [1, 2], question).reason == "condition"
    assert check_claim("免费适配助视器等普及型辅助器具，按实际价格配发。", sources, [2], question).reason is None
    # where cost is not asked, the check does not apply
    assert check_claim(wrong, sources, [1, 2], "助视器怎么配发？").reason is None
    # a sentence restating another clause of a sentence that makes a thing free is no such restatement
    bus = {1: "年满60周岁的老年人，凭本人社会保障卡或者“老年人优待卡”免费乘坐中心城区城市公共汽车。"}
    assert check_claim("要带本人社会保障卡或者“老年人优待卡”。", bus, [1], "坐公交车是免费还是半价？要带什么卡？").reason is None


def test_unemployed_graduates_are_a_group_not_a_negation_of_employment() -> None:
    source = "组织离校2年内未就业高校毕业生参加就业见习的，按照每人每月1800元给予就业见习补贴，见习期限为3至12个月。"
    assert not polarity_flipped("就业见习补贴每人每月1800元，见习期限为3至12个月。", source)
    assert check_claim("就业见习补贴每人每月1800元，见习期限为3至12个月。", {1: source}, [1]).reason is None


def test_several_groups_given_the_thing_one_of_them_is_given() -> None:
    """"为视力残疾儿童验配助视器，为听力残疾儿童验配助听器，为肢体残疾儿童装配假肢或矫形器": a restatement
    giving all three the 假肢 is wrong for two of them, however right for the asker's child."""
    from rag.verify import _given_all_one_groups
    source = "为视力残疾儿童验配助视器，为听力残疾儿童验配助听器，为肢体残疾儿童装配假肢或矫形器，适配轮椅等辅助器具。"
    claim = "对于视力残疾儿童、听力残疾儿童和肢体残疾儿童，可以免费安装假肢、矫形器。"
    assert _given_all_one_groups(claim, [source])
    assert check_claim(claim, {1: source}, [1]).reason == "respective"
    # each group with its own thing, or one group alone: stands
    assert not _given_all_one_groups("为肢体残疾儿童装配假肢或矫形器。", [source])
    assert not _given_all_one_groups("为视力残疾儿童验配助视器，为听力残疾儿童验配助听器。", [source])


def test_a_denial_of_what_the_sources_do_not_deny_is_flipped() -> None:
    from rag.verify import polarity_flipped
    sources = ("居民用户需要停止供热的，应当在每年10月31日前向供热企业提出书面申请。"
               "已按原价格缴纳热费的居民用户，应当按照新价格补缴差额，补缴期间不加收滞纳金。")
    assert polarity_flipped("在每年10月31日前申请，不交钱。", sources)  # (only 滞纳金 is not charged)
    assert not polarity_flipped("补缴期间不加收滞纳金。", sources)
    assert not polarity_flipped("本人不用申请。", "补贴资金由区财政直接拨付给供热企业，本人不需要申请。")
    # (a denial worded otherwise than its source's)
    assert not polarity_flipped("可以在线提交，不需要跑到人社窗口交材料。", "可以在线提交，不需要到窗口提交纸质材料。")
    assert not polarity_flipped("永久基本农田严禁用于发展林果业。", "禁止占用永久基本农田发展林果业和挖塘养鱼。")


def test_two_places_figures_swapped_are_a_wrong_number() -> None:
    """The packaged model swapped the shares of two groups of districts: each figure and each place is
    in the cited sentence, but the source pairs them the other way."""
    src = {1: "四、资金保障\n西陵区、伍家岗区、点军区、猇亭区和宜昌高新区所需资金，由市级财政和区级财政按照6:4比例分担；"
              "夷陵区和各县（市）所需资金，由市级财政和县（市、区）财政按照4:6比例分担。"}
    q = "市级育儿补贴资金，市级财政和夷陵区财政按什么比例分担？西陵区又是多少？"
    assert check_claim("市级财政和夷陵区财政按6:4比例分担[1]。", src, [1], q).reason == "number"
    assert check_claim("西陵区所需资金，由市级财政和区级财政按照4:6比例分担[1]。", src, [1], q).reason == "number"
    from rag.verify import _place_of_another_clause
    assert not _place_of_another_clause("夷陵区所需资金，由市级财政和县（市、区）财政按照4:6比例分担[1]。", [src[1]])
    # a place the notice is issued for, named apart from its figures, is no swap
    county = {1: "贺兰县农村集体资产流转交易管理办法\n标的额10万元以上的农村集体资产流转交易，必须进入农村产权流转服务中心公开进行。"}
    assert check_claim("在贺兰县，标的额10万元以上的农村集体资产流转交易必须进入农村产权流转服务中心公开进行[1]。", county, [1],
                       "贺兰县多少钱以上的集体资产流转必须公开交易？").reason is None


def test_an_article_the_cited_sentences_do_not_name_is_not_restated() -> None:
    from rag.verify import check_claim
    sources = {1: "一、将第五条第（一）项中的“3倍”修改为“4倍”。二、将第七条中的“1000元以下”修改为“2000元以下”。"
                  "四、各县、区民政部门要及时调整预算。五、本通知自2026年10月1日起施行。"}
    q = "这个通知修改了办法的哪些条款？从什么时候起施行？"
    bad = check_claim("修改了第五条第（一）项、第七条、第四条和第五条，从2026年10月1日起施行[1]。", sources, [1], q)
    assert bad.reason == "number"
    good = check_claim("修改了第五条第（一）项和第七条，从2026年10月1日起施行[1]。", sources, [1], q)
    assert good.reason is None, good


def test_money_given_by_another_of_its_names_in_the_source_is_no_word_the_source_lacks() -> None:
    """"每人每年补助2万元" restates a 救助标准's "每人每年2万元"; a word the source lacks stays unseen."""
    from rag.verify import check_claim, question_words_unseen
    src = {1: "为听力、言语、肢体、智力残疾儿童和孤独症儿童提供机构内基本康复训练，每人每年2万元。"}
    ctx = {1: "某县建立残疾儿童康复救助体系实施方案 > （三）救助标准" + src[1]}
    q = "某县残疾儿童机构内基本康复训练每人每年补助多少钱？"
    claim = "某县残疾儿童机构内基本康复训练每人每年补助2万元。"
    assert question_words_unseen(claim, q, ctx[1]) == []
    assert check_claim(claim, src, [1], q, ctx, strict=True).reason is None
    assert question_words_unseen("某县残疾儿童康复训练能报销2万元。", "某县残疾儿童康复训练能报销多少？", ctx[1]) == ["报销"]

"""Question parts: what a question asks, part by part, written from our own questions."""

from __future__ import annotations

import pytest

from rag.parts import Asked, question_parts


def kinds(question: str) -> list[tuple[Asked, str | None]]:
    return [(p.asked, p.role) for p in question_parts(question)]


def test_two_questions_make_two_parts_with_their_own_clauses() -> None:
    parts = question_parts("我想在某县开一家代理记账公司，审批要等多久？归哪个部门管？")
    assert [p.asked for p in parts] == [Asked.DATE, Asked.ORG]
    assert "多久" in parts[0].clause and "部门" in parts[1].clause
    assert "代理记账" not in parts[1].clause  # context clauses are not parts


def test_one_clause_asking_two_things_makes_two_parts() -> None:
    assert kinds("各部门应在什么时间前报送哪个部门？") == [(Asked.DATE, None), (Asked.ORG, None)]


def test_roles_tell_the_lead_from_the_partners() -> None:
    assert kinds("该项任务由哪个单位牵头、哪些单位配合？") == [(Asked.ORG, "牵头"), (Asked.ORG, "配合")]
    assert kinds("领导小组组长是谁？") == [(Asked.PERSON, "组长")]


@pytest.mark.parametrize(("question", "asked", "unit"), [
    ("康复训练每人每年补助多少钱？", Asked.AMOUNT, "元"),
    ("法律顾问经费每年预算多少万元？", Asked.AMOUNT, "万元"),
    ("公告期最少多少个工作日？", Asked.DATE, "个工作日"),
    ("要培育引进多少家企业？", Asked.COUNT, "家"),
    ("活动在什么地点举办？", Asked.PLACE, None),
    ("哪些情形下不得出租？", Asked.LIST, None),
    ("养狗需要办理登记吗？", Asked.YESNO, None),
    ("作出承诺后审批部门如何处理？", Asked.WHAT, None),
    ("他跟谁互为AB岗？", Asked.PERSON, None),
    ("这条河在县里有多长？", Asked.AMOUNT, None),
    ("审批要等多长时间？", Asked.DATE, None),
    ("县水务局归哪位副县长分管？", Asked.PERSON, None),
    ("厕所建好以后归谁管？", Asked.ORG, None),
    ("这些设施由谁管？", Asked.ORG, None),
    ("这次任免依据的是哪几号卫党干字文件？", Asked.LIST, None),  # numbers of notices, not a day
    ("报名截止到几号？", Asked.DATE, None),
    ("补贴每月哪几号发放？", Asked.DATE, None),
])
def test_the_kind_of_fact_each_question_word_asks(question: str, asked: Asked, unit: str | None) -> None:
    part = question_parts(question)[0]
    assert (part.asked, part.unit) == (asked, unit)


def test_a_bare_question_word_borrows_its_predicate() -> None:
    parts = question_parts("宣传活动在什么时间、什么地点举办？")
    assert [p.asked for p in parts] == [Asked.DATE, Asked.PLACE]
    assert parts[1].clause == "什么地点举办"


def test_a_statement_is_one_open_part() -> None:
    assert kinds("介绍一下残疾儿童康复救助政策") == [(Asked.WHAT, None)]


@pytest.mark.parametrize(("question", "bound"), [
    ("担保贷款一年最多能贷多少？", "ceiling"),
    ("每班最高补贴多少钱？", "ceiling"),
    ("合同估算价的上限是多少？", "ceiling"),
    ("公示期最少多少个工作日？", "floor"),
    ("至少要提前几天申请？", "floor"),
    ("最低生活保障标准是每月多少元？", None),  # a benefit's name, not a limit
    ("时间断限的上限和下限是怎样规定的？", None),  # both ends asked
    ("补贴标准是多少？", None),
])
def test_a_part_knows_whether_it_asks_for_a_ceiling_or_a_floor(question: str, bound: str | None) -> None:
    assert question_parts(question)[0].bound == bound


@pytest.mark.parametrize(("question", "focus"), [
    ("活动的时间是什么？", "活动时间"),  # the cue "时间是什么" holds its noun
    ("招租公告期最少多少个工作日？", "公告期"),
    ("能得到哪些康复救助？", "康复救助"),  # after a 哪 question word
    ("确定了哪些方面的重点工作？", "重点工作"),
    ("担保费贵不贵？", "担保费"),
    ("我家孩子能领什么补助吗？", "补助"),  # after 什么 when a noun follows it
    ("申请条件是什么？", "申请条件"),  # before it when it ends the clause
    # a total and a period are how much, not of what: "服务补贴", not "补贴一共"
    ("现在每个月服务补贴一共能有多少？", "服务补贴"),
    ("育儿补贴加起来一年多少？", "育儿补贴"),
    ("市级财政安排了多少？", "市级财政"),
    ("贺兰县每年哪个月是集中宣传月？", "每年"),  # a month asked of every year keeps the year
    ("试点建设资金预算合计多少？", "预算合计"),  # 合计 is the notices' own word for the total
    ("有问题打哪个电话问？", "电话"),  # not the verb of asking after it
    ("找人清掏要花多少钱？", "清掏"),  # not the verb of paying before 多少
])
def test_a_part_knows_the_words_that_name_what_it_asks(question: str, focus: str) -> None:
    assert focus in question_parts(question)[0].focus


def test_two_roles_in_one_clause_make_a_part_each() -> None:
    assert kinds("考核领导小组的组长和办公室主任分别是谁？") == [(Asked.PERSON, "组长"), (Asked.PERSON, "主任")]
    assert kinds("领导小组副组长是谁？") == [(Asked.PERSON, "副组长")]  # 组长 inside 副组长 is no second role


def test_a_closing_ma_after_another_question_word_is_no_yes_no_part() -> None:
    assert kinds("在某县能领什么补助吗？") == [(Asked.WHAT, None)]
    assert kinds("还有哪些补贴吗？") == [(Asked.LIST, None)]
    assert kinds("残疾儿童能申请康复救助吗？") == [(Asked.YESNO, None)]


@pytest.mark.parametrize("question", ["市里管不管眼镜店验光配镜？", "县里给不给奖励？", "那会儿市里让不让干？",
                                      "这种情况查不查？", "床位是不是我们自己定？"])
def test_a_verb_and_its_negation_ask_yes_or_no(question: str) -> None:
    assert kinds(question) == [(Asked.YESNO, None)]


def test_whether_of_a_figure_is_one_yes_no_part() -> None:
    # "多少张" inside a "是不是" asks whether the figure is the asker's to set, not the figure
    assert kinds("病床设多少张是不是我们自己定？") == [(Asked.YESNO, None)]
    assert kinds("担保费贵不贵？") == [(Asked.AMOUNT, None)]  # how dear: an amount


@pytest.mark.parametrize(("question", "unit"), [
    ("担保贷款一年最多能贷多少？", "元"),  # a verb of lending before 多少 asks a sum of money
    ("大概能补多少？", "元"),
    ("医药费能报销多少？", "元"),
    ("能补多少天？", "天"),  # a unit named is the unit asked
    ("补贴比例是多少？", None),
])
def test_a_verb_of_paying_or_lending_asks_a_sum_of_money(question: str, unit: str | None) -> None:
    assert question_parts(question)[0].unit == unit


def test_things_asked_each_make_one_part_each() -> None:
    parts = question_parts("想领某市的物流补贴，受理、审查、兑付分别有什么时限？")
    assert [(p.asked, p.focus[:2]) for p in parts] == [
        (Asked.DATE, ("受理时限", "受理")), (Asked.DATE, ("审查时限", "审查")), (Asked.DATE, ("兑付时限", "兑付"))]
    assert [p.unit for p in question_parts("这个项目的申报和评审各需要多少个工作日？")] == ["个工作日", "个工作日"]


def test_roles_asked_each_stay_one_clause_with_a_part_per_role() -> None:
    parts = question_parts("领导小组组长和办公室主任分别是谁？")
    assert [p.role for p in parts] == ["组长", "主任"]
    assert all(p.clause == "领导小组组长和办公室主任分别是谁" for p in parts)


def test_what_time_limit_asks_a_date() -> None:
    assert kinds("材料报送有什么时限？") == [(Asked.DATE, None)]
    assert kinds("整改有何期限？") == [(Asked.DATE, None)]


def test_a_yes_no_question_over_listed_things_is_one_clause() -> None:
    parts = question_parts("会不会把我的身份证号、家庭住址、银行卡号也公布出去？")
    assert [(p.asked, p.clause) for p in parts] == [
        (Asked.YESNO, "会不会把我的身份证号、家庭住址、银行卡号也公布出去")]
    # listed things that each ask their own stay apart
    assert kinds("活动在什么时间、什么地点举办？") == [(Asked.DATE, None), (Asked.PLACE, None)]


def test_roles_listed_before_each_are_all_asked() -> None:
    assert kinds("这项任务的牵头单位、配合单位分别是谁？") == [(Asked.ORG, "牵头"), (Asked.ORG, "配合")]


@pytest.mark.parametrize(("question", "asked"), [
    ("交通领域专项整治的责任领导是谁？", Asked.PERSON),
    ("谁被任命为市大数据局副局长？", Asked.PERSON),
    ("启动仪式是在哪一天举行的？", Asked.DATE),
    ("这项工作由谁负责？", Asked.ORG),
    ("解读材料发布前要经谁审查？", Asked.ORG),
    ("这份证明由谁出具？", Asked.ORG),
    ("申请材料交给谁？", Asked.ORG),
    ("街道初审有多长时限？", Asked.DATE),  # 有多长 of a river is a length, of a 时限 a time
])
def test_who_and_which_day(question: str, asked: Asked) -> None:
    assert [p.asked for p in question_parts(question)] == [asked]


def test_leading_groups_and_words_holding_a_post_s_characters_ask_no_person() -> None:
    assert kinds("县领导小组由谁牵头？") == [(Asked.ORG, "牵头")]
    assert kinds("城市长效管理机制由谁负责？") == [(Asked.ORG, "负责")]
    assert question_parts("启动仪式是在哪一天举行的？")[0].focus[0] == "启动仪式"
    # 各项/各级 name no things asked each
    assert question_parts("残疾人和老年人各项补贴标准是多少？")[0].clause == "残疾人和老年人各项补贴标准是多少"


def test_a_time_asked_after_what_is_scheduled_names_that_things_time() -> None:
    assert question_parts("排查治理活动安排在什么时间？")[0].focus[0] == "活动时间"
    assert question_parts("活动的时间是什么？")[0].focus[0] == "活动时间"


def test_a_fee_asked_for_is_a_sum_of_money() -> None:
    part = question_parts("在县城养狗需要登记吗？登记费用是多少？")[-1]
    assert part.asked is Asked.AMOUNT and part.unit == "元"
    assert question_parts("补贴标准是多少？")[0].unit is None  # a standard may be a rate or a count


def test_a_bare_question_borrows_the_condition_before_it() -> None:
    parts = question_parts("最多能租多少年？如果只是临时搭个室外健身设施，能用多久？")
    assert parts[-1].clause == "如果只是临时搭个室外健身设施，能用多久"
    assert parts[-1].asked is Asked.DATE
    # a question with its own subject keeps its clause
    assert question_parts("我家孩子三岁，在中宁县能领什么补助吗？")[0].clause == "在中宁县能领什么补助吗"


def test_which_two_asks_for_a_list() -> None:
    parts = question_parts("实施方案要求完成哪两个行政村的农村环境整治？副组长有哪两位？")
    assert parts[0].asked is Asked.LIST


def test_how_much_subsidy_may_be_a_share() -> None:
    # "低保家庭能补贴多少" is answered by "供热费给予50%的补贴": not a sum of money only
    assert question_parts("低保家庭能补贴多少？")[0].unit is None


def test_a_field_asked_of_each_of_two_things_makes_a_part_for_each() -> None:
    parts = question_parts("某县链长制方案中，文冠果产业链和健康养老产业链的链长分别是谁？各自的牵头单位是哪个部门？")
    assert [(p.clause, p.asked) for p in parts[:2]] == [
        ("文冠果产业链的链长是谁", Asked.PERSON), ("健康养老产业链的链长是谁", Asked.PERSON)]
    assert [p.clause for p in question_parts("决定保留、废止和修改的文件各有多少件？")] == [
        "决定保留的文件有多少件", "废止的文件有多少件", "修改的文件有多少件"]
    # a first name longer than an item may be is cut short: no items then, one clause
    parts = question_parts("中卫市第一污水处理厂和中宁县、海原县的污水处理厂分别要达到多少？")
    assert [p.clause for p in parts] == ["中卫市第一污水处理厂和中宁县、海原县的污水处理厂分别要达到多少"]


def test_a_condition_listed_with_a_comma_of_enumeration_is_borrowed_whole() -> None:
    parts = question_parts("我家孩子在中卫上初中，他想把手机带到学校、上课时放在桌子里，学校允许吗？")
    assert [p.clause for p in parts] == ["他想把手机带到学校、上课时放在桌子里，学校允许吗"]


@pytest.mark.parametrize(("question", "expected"), [
    ("这项任务的牵头单位和完成时限是什么？", [(Asked.ORG, "牵头"), (Asked.DATE, None)]),
    ("这项任务的责任单位、完成时限是什么？", [(Asked.ORG, "责任"), (Asked.DATE, None)]),
    ("这项工作的责任领导和责任单位是谁？", [(Asked.PERSON, "责任"), (Asked.ORG, "责任")]),
    ("牵头单位和配合单位是哪些？", [(Asked.ORG, "牵头"), (Asked.ORG, "配合")]),  # roles of one kind, as before
])
def test_fields_asked_by_name_are_a_part_each_of_their_kind(question: str, expected: list) -> None:
    assert kinds(question) == expected


def test_a_question_about_these_things_asks_of_what_was_told_before() -> None:
    q = "我家刚生了娃，接下来要办出生证、给娃打疫苗、上户口。县里有没有说过这些事能一块儿办？"
    [part] = question_parts(q)
    assert part.asked is Asked.YESNO and "出生证" in part.clause and part.clause.endswith("这些事能一块儿办")
    # a question with its own subject borrows nothing
    assert question_parts("我家刚生了娃。县里有没有育儿补贴？")[0].clause == "县里有没有育儿补贴"


def test_a_question_about_a_child_this_small_asks_of_the_age_told_before() -> None:
    [part] = question_parts("我家娃三岁多，在中卫上幼儿园小班。像这么小的孩子会不会给查视力？")
    assert part.asked is Asked.YESNO and "三岁" in part.clause


def test_a_list_inside_brackets_or_quotes_does_not_split_a_clause() -> None:
    parts = question_parts("“推行消费方式低碳化”（开展绿色超市、绿色商场创建）又由哪个单位牵头？")
    assert [p.clause for p in parts] == ["“推行消费方式低碳化”（开展绿色超市、绿色商场创建）又由哪个单位牵头"]
    parts = question_parts("第2项提出了哪些量化目标（覆盖业务部门比例、监测指标数量）？")
    assert [p.asked for p in parts] == [Asked.LIST] and "监测指标数量" in parts[0].clause
    assert kinds("在什么时间、什么地点举办？") == [(Asked.DATE, None), (Asked.PLACE, None)]  # outside: split


def test_a_subject_s_duty_is_no_role_of_one_office() -> None:
    parts = question_parts("其中责任主体、管理主体分别是谁？")
    assert [(p.asked, p.role) for p in parts] == [(Asked.ORG, None), (Asked.ORG, None)]
    assert kinds("这项任务的责任单位有哪些？") == [(Asked.ORG, "责任")]


def test_a_verb_and_its_negation_in_a_story_or_before_another_question_word() -> None:
    assert kinds("为什么城管动不动就罚款？") == [(Asked.WHAT, None)]  # "every now and then", no yes/no
    # a yes/no after a place or a date keeps the question before it
    assert [p.asked for p in question_parts("孩子上学去哪里报名需不需要户口本？")] == [Asked.PLACE, Asked.YESNO]
    assert [p.asked for p in question_parts("补贴什么时候发是不是按月发？")] == [Asked.DATE, Asked.YESNO]
    # "这些补贴" names its own subject: nothing told before is borrowed
    [part] = question_parts("我家刚生了娃。县里有没有说过这些补贴能一起领？")
    assert part.clause == "县里有没有说过这些补贴能一起领"


def test_a_bare_amount_asks_that_of_the_measure_the_part_before_named() -> None:
    parts = question_parts("县里对返乡创业的大学毕业生有没有一次性创业补贴？能补多少钱？")
    assert [p.asked for p in parts] == [Asked.YESNO, Asked.AMOUNT] and parts[1].clause == "创业补贴能补多少钱"
    # the verb before the measure is no modifier of it
    assert question_parts("县里给不给奖励？给多少？")[1].clause == "奖励给多少"
    # an amount that names its own measure, or follows no measure, is left as asked
    assert question_parts("有没有创业补贴？租金补贴多少钱？")[1].clause == "租金补贴多少钱"
    assert question_parts("牵头单位是哪个？要交多少？")[1].clause == "要交多少"


def test_things_asked_of_each_may_have_long_names() -> None:
    parts = question_parts("在“明确功能定位”中，市中医医院、沙坡头区医疗健康总院和市妇幼保健院分别要建设哪些中心？")
    assert [p.clause for p in parts] == ["市中医医院要建设哪些中心", "沙坡头区医疗健康总院要建设哪些中心", "市妇幼保健院要建设哪些中心"]
    # a list cut short after a 、 is no list of things asked of each
    assert question_parts("甲、乙丙丁戊己庚辛壬癸子丑寅卯辰巳和午未分别是多少？")[0].clause.startswith("甲")


def test_a_case_told_before_a_question_and_one_asked_after_it_with_ne() -> None:
    parts = question_parts("村里的垃圾好几天没人清。我要是打电话投诉，保洁公司会受什么处罚？要是被电视台曝光了呢？")
    # "好几天" is no question of how long; the case is part of what is asked, and "…呢" asks it again of
    # another case (not of both)
    assert [(p.asked, p.clause) for p in parts] == [
        (Asked.WHAT, "我要是打电话投诉，保洁公司会受什么处罚"), (Asked.WHAT, "要是被电视台曝光了呢，保洁公司会受什么处罚")]
    # a field named with 呢 is asked by name
    assert [(p.asked, p.role) for p in question_parts("牵头单位是谁？配合单位呢？")] == [(Asked.ORG, "牵头"), (Asked.ORG, "配合")]
    # "这几年", "那几个月" tell the asker's case; "提前几天" still asks
    assert [p.asked for p in question_parts("我妈户口在章贡区，这几年一直跟我住在广东，高龄津贴还能照常领吗？")] == [Asked.YESNO]
    assert [p.asked for p in question_parts("10月以前那几个月的差额会补给我们吗？")] == [Asked.YESNO]
    assert question_parts("至少要提前几天申请？")[0].asked is Asked.DATE
    assert question_parts("应在有效期届满前几个月申请延续？")[0].asked is Asked.DATE
    # a yes or no keeps its own words, and is not asked again of the other case
    parts = question_parts("我想装一台燃煤锅炉，能装吗？要是搬到乡下呢？")
    assert [p.clause for p in parts] == ["我想装一台燃煤锅炉，能装吗"]
    assert [p.clause for p in question_parts("要是发现诊所骗保，我去举报能拿到奖励吗？")] == ["我去举报能拿到奖励吗"]


def test_things_listed_before_the_piece_that_asks_of_each_are_its_things() -> None:
    parts = question_parts("活动中，“公众开放日”活动、“生态立区·与法同行”法制宣传活动和《绿色家园》专栏采编宣传分别由哪些单位负责、"
                           "安排在什么时间？")
    assert parts[0].asked is Asked.ORG and parts[0].clause.startswith("“公众开放日”活动、")
    assert parts[1].asked is Asked.DATE


def test_the_review_mends_of_cases_measures_and_items() -> None:
    assert question_parts("最好几月份申请？")[0].asked is Asked.DATE  # 最好 is no 好几
    assert [p.clause for p in question_parts("市卫生健康委员会和市民政局的职责分别是什么？")] == [
        "市卫生健康委员会的职责是什么", "市民政局的职责是什么"]
    assert [p.clause for p in question_parts("低保标准是多少？我也想知道呢")] == ["低保标准是多少"]  # no case asked
    assert question_parts("能不能给点补贴？给多少？")[1].clause == "补贴给多少"
    assert question_parts("贷款贴息政策有吗？能贴多少？")[1].clause == "能贴多少"  # (款 alone is no measure to borrow)
    # things asked of each from the sentence's start; a list whose first thing is cut off after a 、 is not split
    assert [p.clause for p in question_parts("甲乙、丙丁和戊己分别是多少？")] == ["甲乙是多少", "丙丁是多少", "戊己是多少"]
    assert [p.clause for p in question_parts("甲、乙丙和丁戊分别是多少？")] == ["甲、乙丙和丁戊分别是多少"]


def test_a_question_on_this_kind_of_thing_asks_of_what_was_told_before() -> None:
    parts = question_parts("我有台大型收割机，想租给别人用。县里的农村产权流转交易能管这种事吗？")
    assert parts[0].asked is Asked.YESNO and parts[0].clause.startswith("我有台大型收割机")


def test_a_whether_asked_before_its_subject_takes_the_subject_and_the_figures_after_it() -> None:
    (part,) = question_parts("出租车的起步价，是不是还按绵发改价〔2018〕45号文件执行，2公里以内5元？")
    assert part.asked is Asked.YESNO
    assert part.clause == "出租车的起步价，是不是还按绵发改价〔2018〕45号文件执行，2公里以内5元"


def test_where_money_comes_from_is_its_source_not_a_place() -> None:
    (part,) = question_parts("技能提升补贴的资金分别从哪里列支？")
    assert part.asked is Asked.WHAT
    assert question_parts("申请材料交到哪里？")[0].asked is Asked.PLACE


def test_which_with_a_count_asks_a_list() -> None:
    parts = question_parts("工作安排在“强化经济政策支持”中，对哪7个行业落实差别电价政策？对淘汰类企业怎么办？")
    assert [(p.clause, p.asked) for p in parts] == [("对哪7个行业落实差别电价政策", Asked.LIST),
                                                    ("对淘汰类企业怎么办", Asked.WHAT)]


def test_people_like_us_asks_of_what_the_asker_told() -> None:
    parts = question_parts("我是退休老人，不太会用智能手机，挂号缴费都犯难。县里的规划有没有照顾我们这些老年人的打算？")
    assert len(parts) == 1 and "智能手机" in parts[0].clause and parts[0].clause.endswith("老年人的打算")


def test_a_sum_asked_in_everyday_words_is_an_amount() -> None:
    for q in ("一顿饭政府补几块钱？", "停一次车要几块钱？", "每个月能领几千块？"):
        part = question_parts(q)[0]
        assert part.asked is Asked.AMOUNT, q


def test_each_of_things_listed_in_the_clause_before_is_asked_what_the_clause_after_asks() -> None:
    parts = question_parts("某县规划里，乡镇卫生院全部接入远程会诊系统、县医院建成胸痛中心、村卫生室配齐智能设备，"
                           "又分别定在什么时候？")
    assert [(p.clause, p.asked) for p in parts] == [
        ("乡镇卫生院全部接入远程会诊系统定在什么时候", Asked.DATE),
        ("县医院建成胸痛中心定在什么时候", Asked.DATE),
        ("村卫生室配齐智能设备定在什么时候", Asked.DATE)]
    # (a clause that asks nothing of each stays the condition it was)
    (part,) = question_parts("他想把手机带到学校、上课时放在桌子里，学校允许吗？")
    assert part.clause == "他想把手机带到学校、上课时放在桌子里，学校允许吗"


def test_a_count_is_asked_in_the_measure_word_of_what_is_counted() -> None:
    for q, unit in (("要再发射几颗遥感卫星？", "颗"), ("全县要栽多少棵树？", "棵"), ("新建几条公交线路？", "条"),
                    ("改造多少套老旧小区住房？", "套")):
        (part,) = question_parts(q)
        assert part.asked is Asked.COUNT and part.unit == unit, q


def test_a_question_about_it_takes_what_was_told_of_it() -> None:
    (part,) = question_parts("有家航空公司新开了一条航线，这条航线已经领了省里的专项资金补贴。它还能再领市里的补贴吗？")
    assert part.asked is Asked.YESNO and "已经领了省里的专项资金补贴" in part.clause


def test_which_of_two_is_asked() -> None:
    parts = question_parts("我今年62岁，在市区坐公交车是免费还是半价？高龄津贴是按季度发还是按月发？")
    assert [(p.clause, p.asked) for p in parts] == [("在市区坐公交车是免费还是半价", Asked.WHAT),
                                                    ("高龄津贴是按季度发还是按月发", Asked.WHAT)]
    # ("还是" as "still" asks nothing of its own)
    assert [p.asked for p in question_parts("现在还是按原来的标准执行吗？")] == [Asked.YESNO]
    assert [p.asked for p in question_parts("孩子还是没有着落，能补多少？")] == [Asked.AMOUNT]


def test_a_yes_or_no_goes_on_into_the_step_added_after_it() -> None:
    (part,) = question_parts("县里搞“互联网+医疗健康”，以后能不能在网上复诊开药，再把药送到家门口？")
    assert part.asked is Asked.YESNO and part.clause == "以后能不能在网上复诊开药，再把药送到家门口"
    # (a clause that asks its own question stays a part of its own)
    parts = question_parts("能不能在网上办，再要交哪些材料？")
    assert [p.asked for p in parts] == [Asked.YESNO, Asked.LIST]


def test_what_the_asker_does_not_know_is_told_not_asked() -> None:
    parts = question_parts("冬天暖气时冷时热，有时候突然就不热了也不知道是啥原因。县里有没有打算把供暖管得智能一点？")
    assert [p.asked for p in parts] == [Asked.YESNO]
    assert [p.asked for p in question_parts("我不知道该找谁？")] == [Asked.ORG]  # asked, with a question mark


def test_a_yes_or_no_of_a_verb_with_no_object_looks_at_what_was_told() -> None:
    (part,) = question_parts("我在镇卫生院拍了片子、做了心电图，大夫说看不太准。县里能不能让大夫远程帮着看？")
    assert part.asked is Asked.YESNO and "片子" in part.clause and "心电图" in part.clause
    (part,) = question_parts("我在镇卫生院拍了片子。县里能不能远程会诊？")
    assert "片子" not in part.clause  # it names what it asks of


def test_a_short_amount_is_asked_of_the_case_its_sentence_tells() -> None:
    (part,) = question_parts("我在老街开了家小店，顾客把车停在店门口路边的停车位上，停了两个小时，要交多少停车费？")
    assert part.asked is Asked.AMOUNT and "路边的停车位" in part.clause and "两个小时" in part.clause
    (part,) = question_parts("办理居住证的工本费要交多少钱？")
    assert part.clause == "办理居住证的工本费要交多少钱"  # a long amount names its own case


def test_things_listed_in_a_word_each_are_what_the_question_after_them_asks_of() -> None:
    (part,) = question_parts("水、电、燃气、暖气的报装什么时候能办？")
    assert part.asked is Asked.DATE and part.clause == "水、电、燃气、暖气的报装什么时候能办"


def test_a_question_of_our_kind_of_case_looks_at_what_was_told() -> None:
    (part,) = question_parts("我在山上种辣椒和硒砂瓜，一旱就没水浇。县里有没有给我们这种旱地修蓄水池的工程？")
    assert "硒砂瓜" in part.clause


def test_a_yes_or_no_is_asked_of_the_figure_told_just_before_it() -> None:
    (part,) = question_parts("孩子这个月发烧请了好多天假，只去了托育园8天，这个月还能减免入托补贴吗？")
    assert part.asked is Asked.YESNO and "8天" in part.clause


def test_a_yes_or_no_is_asked_of_the_case_its_sentence_tells() -> None:
    (part,) = question_parts("我家是城里的低保户，每个月水费里的垃圾处理费还要交吗？")
    assert part.clause.startswith("我家是城里的低保户")
    (part,) = question_parts("我本科毕业在城区上班，老婆名下有一套房，我们现在租房住，能申请租房补贴吗？")
    assert "老婆名下有一套房" in part.clause and "我们现在租房住" in part.clause
    (part, _) = question_parts("我在市里想买一辆新能源汽车，市里买车给不给补贴？一辆能补多少钱？")
    assert part.clause == "市里买车给不给补贴"  # what he means to do is what is asked about


def test_what_a_yes_or_no_asks_whether_is_made_public_is_the_clause_before_it() -> None:
    q = "县里有没有让老百姓参与监督的办法？医院药店的收费、医保的钱花了多少，会不会对外公开？"
    parts = question_parts(q)
    assert [p.asked for p in parts] == [Asked.YESNO, Asked.YESNO]
    assert "医保的钱花了多少" in parts[1].clause and "公开" in parts[1].clause
    # a figure asked in a sentence of its own is still asked
    assert [p.asked for p in question_parts("补贴标准是多少？会不会公开？")] == [Asked.AMOUNT, Asked.YESNO]


def test_a_licences_points_are_a_count_in_分() -> None:
    from rag.parts import Asked, question_parts
    part = question_parts("开货车违反限行规定，除了罚款还要记几分？")[-1]
    assert (part.asked, part.unit) == (Asked.COUNT, "分")
    assert question_parts("闯红灯扣多少分？")[0].unit == "分"
    assert question_parts("这件事几分钟能办完？")[0].unit != "分"


def test_a_yes_or_no_is_asked_of_the_thing_its_sentence_opens_on() -> None:
    from rag.parts import question_parts
    assert [p.clause for p in question_parts("纯电动的轻型厢式货车，早晚高峰时段能进市区限行区域送货吗？")] == [
        "纯电动的轻型厢式货车，早晚高峰时段能进市区限行区域送货吗"]
    # (words about the asking, not a thing: the yes or no stands alone)
    assert [p.clause for p in question_parts("我想问一下，能在河边钓鱼吗？")] == ["能在河边钓鱼吗"]


def test_a_doc_number_asked_by_duoshao_is_no_amount() -> None:
    parts = question_parts("市政府禁止燃放烟花爆竹的通告文号是多少？什么时候开始施行？")
    assert [p.asked for p in parts] == [Asked.WHAT, Asked.DATE]


def test_asks_doc_number() -> None:
    from rag.parts import asks_doc_number
    assert asks_doc_number("市政府禁止燃放烟花爆竹的通告文号是多少")
    assert asks_doc_number("这份通知的文号是什么")
    assert not asks_doc_number("它废止了哪个文件")
    assert asks_doc_number("《某市肉牛基础母牛扩群补贴实施办法》是哪个文号印发的")
    assert asks_doc_number("新市民青年人租赁补贴实施细则是用哪个文号印发的")
    assert not asks_doc_number("哪个文件印发的")


def test_asks_signed_date() -> None:
    from rag.parts import asks_signed_date
    assert asks_signed_date("成文日期是哪天")
    assert asks_signed_date("这个通知是什么时候印发的")
    assert asks_signed_date("落款日期是几号")
    assert not asks_signed_date("自什么时候起施行")
    assert not asks_signed_date("发布日期是哪天")  # (published on a site: another date)
    assert not asks_signed_date("有效期到什么时候")


def test_a_sum_proposed_before_zheyang_keyiba_is_told_not_asked() -> None:
    parts = question_parts("4S店销售说政府补贴可以直接抵车款，先少付几千块，这样可以吗？")
    assert [p.asked for p in parts] == [Asked.YESNO] and "抵车款" in parts[0].clause
    assert [p.asked for p in question_parts("这个补贴能给几千块？")] == [Asked.AMOUNT]


def test_levels_of_government_listed_by_one_character_are_one_thing_not_two_clauses() -> None:
    parts = question_parts("学前教育资助资金在汇川区由市、区两级财政怎么分担？")
    assert [p.clause for p in parts] == ["学前教育资助资金在汇川区由市、区两级财政怎么分担"]
    assert len(question_parts("申请、审核、拨付分别有什么时限？")) == 3  # things asked of each stay apart


def test_a_few_years_told_before_the_question_are_not_asked() -> None:
    """"中间断交了几年，现在能补缴吗" asks whether, not how many years; "交了几年才能领" asks how many."""
    parts = question_parts("城乡居民养老保险中间断交了几年，现在能补缴吗？补缴的那几年政府还给缴费补贴吗？")
    assert [p.asked for p in parts] == [Asked.YESNO, Asked.YESNO]
    assert [p.asked for p in question_parts("交了几年才能领养老金？")] == [Asked.DATE]


def test_a_total_of_funds_asked_is_a_sum_of_money() -> None:
    (part,) = question_parts("农村危房改造的补助资金总额是多少？")
    assert part.asked is Asked.AMOUNT and part.unit == "元"


def test_a_choice_of_two_after_the_case_it_is_asked_of_is_a_part_of_that_case() -> None:
    parts = question_parts("某农联发〔2026〕5号从什么时候施行？2026年5月1日前已经验收合格但还没兑付的，按新标准还是旧标准？")
    assert [(p.clause, p.asked) for p in parts] == [
        ("某农联发〔2026〕5号从什么时候施行", Asked.DATE),
        ("2026年5月1日前已经验收合格但还没兑付的，按新标准还是旧标准", Asked.WHAT)]
    # ("还是" as "still" is no choice: a yes or no of the case told before it)
    parts = question_parts("我们村有人说每户奖补1200元，是按某农发〔2024〕15号说的，现在还是这个标准吗？")
    assert [p.asked for p in parts] == [Asked.YESNO]


def test_a_yes_or_no_of_this_figure_asks_it_of_the_figures_told_before() -> None:
    parts = question_parts("邮件往下翻，写着保险金额每亩4000元、农户自缴30%。我们县给农户宣传时按这个口径吗？")
    assert [(p.clause, p.asked) for p in parts] == [
        ("邮件往下翻，写着保险金额每亩4000元、农户自缴30%，我们县给农户宣传时按这个口径吗", Asked.YESNO)]

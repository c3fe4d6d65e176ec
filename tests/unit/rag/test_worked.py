"""Sums worked from the asker's figures and the rule quoted for them (``rag.worked``): the working is shown, only
one rule is worked, and nothing is worked from a figure the quotes print, from an income, or past a bound the working
does not check."""

from __future__ import annotations

import pytest

from rag.parts import question_parts
from rag.worked import asker_quantities, asker_spent, worked_sums


def _worked(question: str, *quotes: str) -> tuple[list[str], list[str]]:
    """The workings, and the clauses of the question they answer."""
    clauses = [p.clause for p in question_parts(question)]
    worked, answered = worked_sums(question, clauses, list(enumerate(quotes, start=1)))
    return [w.text for w in worked], [clauses[k] for k in answered]


def test_a_rate_per_day_times_the_days_the_asker_tells() -> None:
    texts, answered = _worked("我是残疾人，报了个面点培训班要上12天课，培训期间的交通补贴一共能拿多少？",
                              "参加培训的残疾人，培训期间按每人每天30元给予交通补贴，最多补贴15天。")
    assert texts == ["按“每人每天30元”计算：12天×30元＝360元，未超过“最多补贴15天”（按您所说的数字计算，以实际核定为准）"]
    assert answered == ["培训期间的交通补贴一共能拿多少"]  # answered, no longer "文件未提及"


def test_days_beyond_the_limit_are_counted_at_the_limit() -> None:
    texts, _ = _worked("培训要上18天，交通补贴一共能拿多少？", "培训期间按每人每天30元给予交通补贴，最多补贴15天。")
    assert texts == ["按“每人每天30元”计算：15天×30元＝450元，超过“最多补贴15天”，按15天计（按您所说的数字计算，以实际核定为准）"]


def test_a_monthly_rate_for_a_household_over_a_year() -> None:
    texts, _ = _worked("我家4口人都是特困供养人员，一年一共能领多少生活费？", "特困人员基本生活费按每人每月850元发放。")
    assert texts == ["按“每人每月850元”计算：4人×12个月×850元＝40800元（按您所说的数字计算，以实际核定为准）"]


def test_a_price_per_square_metre_times_the_area() -> None:
    texts, _ = _worked("我家房子95平方米，一个采暖期暖气费要交多少钱？", "居民供热价格为每平方米26.80元。")
    assert texts == ["按“每平方米26.80元”计算：95平方米×26.80元＝2546元（按您所说的数字计算，以实际核定为准）"]


def test_a_share_of_the_part_above_a_threshold_held_to_its_ceiling() -> None:
    texts, answered = _worked("我妈住院看病，报销后自己还付了15万元，这个救助能给多少钱？",
                              "救助标准：年度内自付费用超过3万元的部分按40%给予救助，每人每年最高40000元")
    assert texts == ["按“超过3万元的部分按40%”计算：（15万元－3万元）×40%＝48000元，超过“每人每年最高40000元”，"
                     "按40000元计（按您所说的数字计算，以实际核定为准）"]
    assert answered == ["这个救助能给多少钱"]


def test_a_sum_below_the_threshold_gets_nothing_of_the_part_above() -> None:
    texts, _ = _worked("我自己付了2万元医药费，能救助多少钱？", "自付费用超过3万元的部分按40%给予救助。")
    assert texts == ["按“超过3万元的部分按40%”，您所说的2万元未超过3万元（按您所说的数字计算，以实际核定为准）"]


def test_a_percentage_of_the_investment_the_asker_spent() -> None:
    texts, _ = _worked("我们厂技术改造投资了800万元，能拿多少奖补？", "按照设备投资额的10%给予奖补，单个项目最高不超过50万元。")
    assert texts == ["按“设备投资额的10%”计算：800万元×10%＝80万元，超过“单个项目最高不超过50万元”，"
                     "按50万元计（按您所说的数字计算，以实际核定为准）"]


@pytest.mark.parametrize(("question", "quotes"), [
    # an income is not what a percentage of a rent is taken of
    ("我家年收入6万元，租房能补多少钱？", ("按实际房租的30%给予补贴。",)),
    # a deductible stated apart: the percentage is not of the whole sum
    ("我住院花了30000元，医保能报多少钱？", ("二级医院起付标准为600元。", "政策范围内报销比例为70%。")),
    # two groups' rates and the asker in neither: no one sum
    ("培训10天能拿多少生活补贴？", ("脱贫人口每人每天40元；", "其他人员每人每天20元。")),
    # a figure the quote prints, asked back, is not the asker's
    ("最多补贴15天，每天30元，一共能拿多少？", ("培训期间按每人每天30元给予交通补贴，最多补贴15天。",)),
    # per square metre with no area told
    ("暖气费一个采暖期要交多少钱？", ("居民供热价格为每平方米26.80元。",)),
    # the rate per mu is what is asked
    ("我有30亩茶园，每亩能补多少钱？", ("茶园改造每亩补贴500元。",)),
    # a bound on the asker's quantity the working would not check
    ("我有12亩茶园要改造，能补多少钱？", ("改造面积20亩以上的，每亩补贴500元。",)),
    # no sum asked
    ("培训12天有交通补贴吗？", ("培训期间按每人每天30元给予交通补贴。",)),
])
def test_nothing_is_worked_without_one_rule_and_the_askers_own_figure(question: str, quotes: tuple[str, ...]) -> None:
    assert _worked(question, *quotes) == ([], [])


def test_a_rate_per_person_for_the_persons_the_asker_tells_per_month_asked() -> None:
    texts, _ = _worked("我爸妈两个人都是重度残疾，每个月能领多少护理补贴？", "重度残疾人护理补贴标准为每人每月100元。")
    assert texts == ["按“每人每月100元”计算：2人×100元＝每月200元（按您所说的数字计算，以实际核定为准）"]


def test_the_askers_group_picks_its_rule_among_several() -> None:
    texts, _ = _worked("我家是脱贫户，培训10天能拿多少生活补贴？", "脱贫人口每人每天40元；", "其他人员每人每天20元。")
    assert texts == ["按“每人每天40元”计算：10天×40元＝400元（按您所说的数字计算，以实际核定为准）"]


def test_the_askers_quantities_and_spending() -> None:
    assert asker_quantities("一家三口，孩子上学要住宿9个月", "") == {"人": 3.0, "月": 9.0}
    assert asker_quantities("培训要15天，另一次培训要20天", "") == {}  # two figures of one unit: no one quantity
    assert asker_spent("看病自己掏了8万元", "") == (80000.0, "8万元")
    assert asker_spent("家里年收入8万元", "") is None


def test_the_rate_of_what_the_question_names_is_worked_where_the_quote_gives_two() -> None:
    texts, _ = _worked("我家准备把秸秆深翻还田，80亩一共能拿多少？", "补助标准：秸秆深翻还田每亩30元，秸秆覆盖还田每亩15元。")
    assert texts == ["按“每亩30元”计算：80亩×30元＝2400元（按您所说的数字计算，以实际核定为准）"]
    assert _worked("我家80亩地，一共能拿多少？", "补助标准：秸秆深翻还田每亩30元，秸秆覆盖还田每亩15元。") == ([], [])


def test_the_total_is_worked_beside_a_rate_asked_per_unit() -> None:
    texts, answered = _worked("秸秆深翻还田每亩能补多少钱？我家80亩一共能拿多少？", "秸秆深翻还田每亩30元。")
    assert texts == ["按“每亩30元”计算：80亩×30元＝2400元（按您所说的数字计算，以实际核定为准）"]
    assert answered == ["我家80亩一共能拿多少"]


@pytest.mark.parametrize(("question", "quotes"), [
    # the asker's method is not said: 秸秆 is the words of both rates, 40 the asker's own figure
    ("我家40亩地秸秆还田，一共能拿多少钱？", ("秸秆翻埋还田每亩40元，碎混还田每亩25元。",)),
    # a share paid by tiers is not worked from one of them
    ("看病自己掏了12万元，能补多少钱？", ("个人自付超过2万元的部分按30%补助，超过5万元的部分按50%补助。",)),
    # a bar of income, a floor and a 低保 line are no sums paid
    ("我家3口人，一个月能领多少钱？", ("家庭月人均收入低于每人每月600元的，可申请低保。",)),
    ("我家3口人，一年能领多少钱？", ("保障标准为每人每月不低于600元。",)),
    ("我家3口人都是低保，一年能领多少钱？", ("城市低保标准为每人每月600元。",)),
    # a limit in a unit the working cannot apply
    ("培训30天，一共能拿多少钱？", ("每人每天40元，最多补贴20个工作日。",)),
    # a sum said the colloquial way is not cut short
    ("看病花了3万6，能报多少钱？", ("报销比例为65%。",)),
])
def test_no_sum_is_worked_from_a_rule_that_may_not_be_the_askers(question: str, quotes: tuple[str, ...]) -> None:
    assert _worked(question, *quotes) == ([], [])


def test_figures_in_chinese_numerals_limits_in_other_units_and_per_month_asked() -> None:
    assert asker_quantities("培训一百二十天，房子三百五十平米", "") == {"天": 120.0, "平方米": 350.0}
    assert asker_quantities("房子1,200平方米", "") == {}  # (no figure read from the tail of another)
    texts, _ = _worked("我失业18个月了，一共能领多少钱？", "失业期间每人每月500元，最长不超过1年。")
    assert texts == ["按“每人每月500元”计算：12个月×500元＝6000元，超过“最长不超过1年”，按12个月计（按您所说的数字计算，以实际核定为准）"]
    texts, _ = _worked("培训30天，一共能拿多少钱？", "培训期间每人每天40元，最多补贴二十天。")
    assert texts == ["按“每人每天40元”计算：20天×40元＝800元，超过“最多补贴二十天”，按20天计（按您所说的数字计算，以实际核定为准）"]
    texts, _ = _worked("我家3口人，孩子上一年级，每月能领多少钱？", "每人每月补助200元。")
    assert texts == ["按“每人每月补助200元”计算：3人×200元＝每月600元（按您所说的数字计算，以实际核定为准）"]
    # the ceiling of a share is no sum per person: the share is worked for the one who paid
    texts, _ = _worked("我家3口人，我爸看病自己还掏了8万元，能补多少钱？", "个人自付超过2万元的部分按30%补助，每人每年最高20000元。")
    assert texts == ["按“超过2万元的部分按30%”计算：（8万元－2万元）×30%＝18000元，未超过“每人每年最高20000元”"
                     "（按您所说的数字计算，以实际核定为准）"]


def test_the_figure_a_change_starts_from_and_a_rise_are_no_rates() -> None:
    texts, _ = _worked("我家房子95平方米，按新价格一个供暖季要交多少钱？",
                       "面积热价由每平方米22.00元调整为26.80元，每平方米每个供热期增加4.80元。",
                       "居民用户\t面积热价\t26.80元/平方米·供热期")
    assert texts == ["按“26.80元/平方米·供热期”计算：95平方米×26.80元＝2546元（按您所说的数字计算，以实际核定为准）"]


def test_a_rate_a_quoted_amendment_replaced_is_not_worked() -> None:
    texts, _ = _worked("我们3人都是本科毕业生，都留下来工作了，一共能领多少安家补贴？",
                       "全日制本科毕业生每人10000元。", "将《办法》第四条中的“每人10000元”修改为“每人15000元”。")
    assert texts == ["按“每人15000元”计算：3人×15000元＝45000元（按您所说的数字计算，以实际核定为准）"]


def test_a_rate_per_head_is_worked_beside_a_yearly_limit_a_note_sets() -> None:
    note = "注：同一养殖主体每户（场）每年补贴最高不超过10万元。"
    row = "新增基础母牛\t年末能繁母牛存栏较上年末净增加的部分\t每头2000元"
    texts, _ = _worked("今年年底能繁母牛比去年末净增加了12头，按现在的标准能补多少钱？", row, note)
    assert texts == ["按“每头2000元”计算：12头×2000元＝24000元（按您所说的数字计算，以实际核定为准）"]


def test_a_sum_past_the_limit_on_one_recipient_another_quote_sets_is_held_to_it() -> None:
    """80头×2000元 is 16万元, but the note holds it to 10万元 a year: the working says so, and what is paid."""
    texts, _ = _worked("我们家庭牧场今年新增基础母牛80头，一共能拿多少钱？", "新增基础母牛每头2000元。",
                       "注：同一养殖主体每户（场）每年补贴最高不超过10万元。")
    assert texts == ["按“每头2000元”计算：80头×2000元＝16万元，超过“同一养殖主体每户（场）每年补贴最高不超过10万元”，"
                     "按10万元计（按您所说的数字计算，以实际核定为准）"]
    worked, _ = worked_sums("我们家庭牧场今年新增基础母牛80头，一共能拿多少钱？", ["一共能拿多少钱"],
                            [(1, "新增基础母牛每头2000元。"), (2, "注：同一养殖主体每户（场）每年补贴最高不超过10万元。")])
    assert worked[0].cited == 1 and worked[0].held_by == 2


def test_a_limit_in_the_next_sentence_of_the_same_quote_holds_the_sum() -> None:
    texts, _ = _worked("我家种了100亩，一共能补多少钱？", "按每亩补贴200元；每户最高不超过1万元。")
    assert texts == ["按“每亩补贴200元”计算：100亩×200元＝20000元，超过“每户最高不超过1万元”，按10000元计"
                     "（按您所说的数字计算，以实际核定为准）"]


def test_no_sum_is_worked_past_a_limit_that_is_not_on_one_recipient() -> None:
    """A programme's whole budget ("项目资金总额不超过10万元") is no limit on the asker's sum: nothing is said as paid;
    nor is a limit per household applied to the sum of several."""
    texts, _ = _worked("我家今年净增加了80头基础母牛，一共能拿多少钱？", "新增基础母牛每头2000元。", "项目资金总额不超过10万元。")
    assert texts == []
    texts, _ = _worked("我们村三户一共种了100亩，一共能补多少钱？", "按每亩补贴200元；每户最高不超过1万元。")
    assert texts == []


def test_a_rate_is_chosen_by_the_item_label_it_stands_under_and_the_rate_said_to_work_by_is_no_rate_asked() -> None:
    """"免耕播种了3800亩…按每亩补助算，我们能拿多少钱" beside two items' rates: the 免耕播种 item's."""
    texts, _ = _worked("今年春天免耕播种了3800亩玉米。按每亩补助算，我们能拿多少钱？",
                       "（一）免耕播种作业（秸秆覆盖地表，免耕播种一次完成）：每亩补助50元。",
                       "（二）条带耕作作业（秸秆归行、条带整地后播种）：每亩补助30元。")
    assert texts == ["按“每亩补助50元”计算：3800亩×50元＝19万元（按您所说的数字计算，以实际核定为准）"]


def test_a_ceiling_rate_of_the_askers_own_group_is_not_dropped_for_another_groups_rate() -> None:
    texts, _ = _worked("我养了50头育肥猪，一共能补多少钱？", "能繁母猪每头补贴1000元；育肥猪每头最高500元。")
    assert not any("1000元" in t for t in texts), texts


def test_a_sum_the_asker_would_have_confirmed_is_worked_from_their_kind_not_the_rate_they_heard() -> None:
    """"听说…每亩补50元，那我家能拿10000元吧": the sum asked is worked at the asker's kind's rate; the rate
    they were told is not what the question asks."""
    texts, _ = _worked("今年做的是条带耕作，一共200亩。听说保护性耕作每亩补50元，那我家能拿10000元吧？",
                       "（二）条带耕作作业（秸秆归行、条带整地后播种）：每亩补助30元。")
    assert texts == ["按“每亩补助30元”计算：200亩×30元＝6000元（按您所说的数字计算，以实际核定为准）"]


def test_a_sum_for_the_children_one_institution_takes_in_is_held_to_its_limit_per_institution() -> None:
    """"全年每月稳定收托150名2到3周岁的孩子，按每人每月200元算，一年能拿36万元运营补助吗": the asker's 150 children
    (an age span after them is no quantity), twelve months, the rate they name of the two, and the limit on one
    机构 (not one per person: it holds a sum for many children)."""
    texts, _ = _worked("我们托育机构全年每月稳定收托150名2到3周岁的孩子，按每人每月200元算，一年能拿36万元运营补助吗？",
                       "第三条补助标准：按机构实际收托的3周岁以下婴幼儿人数，每人每月补助200元；其中实际收托2周岁以下婴幼儿的，"
                       "每人每月补助300元。",
                       "注：实际收托人数以当月在托满20天的婴幼儿计；每个机构每年补助总额最高不超过30万元。")
    assert texts == ["按“每人每月补助200元”计算：150人×12个月×200元＝36万元，超过“每个机构每年补助总额最高不超过30万元”，"
                     "按30万元计（按您所说的数字计算，以实际核定为准）"]
    # (a limit per household still holds no sum for several households)
    texts, _ = _worked("我们村3户一共改了厕所，一共能拿多少钱？", "三格式化粪池厕所每户补助1500元。", "每户最高不超过1000元。")
    assert texts == []


def test_a_table_row_read_under_its_header_gives_the_sum_the_asker_pays_for_their_row() -> None:
    """"种了8亩鲜食葡萄…我自己一共要交多少钱" of the rows read under their header: what is insured per mu is no sum paid
    (8亩×5000元 would be a fluent wrong answer); of the asker's row, what the farmer pays himself."""
    texts, answered = _worked("我家种了8亩鲜食葡萄，今年想上葡萄种植保险。每亩保费多少？我自己一共要交多少钱？",
                              "品种：鲜食葡萄；保险金额：每亩5000元；保险费率：6%；每亩保费：300元；农户每亩自缴：75元",
                              "品种：酿酒葡萄；保险金额：每亩3000元；保险费率：6%；每亩保费：180元；农户每亩自缴：45元")
    assert texts == ["按“每亩自缴：75元”计算：8亩×75元＝600元（按您所说的数字计算，以实际核定为准）"]
    assert answered == ["我自己一共要交多少钱"]
    texts, _ = _worked("我家种了8亩葡萄，保险一共保多少钱？", "品种：鲜食葡萄；保险金额：每亩5000元；保险费率：6%")
    assert texts == []


def test_a_rate_per_kilowatt_or_kilowatt_hour_times_what_the_asker_installed_or_used() -> None:
    texts, _ = _worked("我家装了8千瓦的空气源热泵，设备购置补贴能拿多少钱？",
                       "设备购置补贴按设备额定功率每千瓦补贴300元，每户最高补贴3000元。")
    assert texts == ["按“每千瓦补贴300元”计算：8千瓦×300元＝2400元，未超过“每户最高补贴3000元”（按您所说的数字计算，以实际核定为准）"]
    texts, _ = _worked("一个采暖季用了5000千瓦时电，运行电价补贴能拿多少？",
                       "运行电价每千瓦时补贴0.2元，每户每个采暖季最高1600元。")
    assert texts and texts[0].startswith("按“每千瓦时补贴0.2元”计算：5000千瓦时×0.2元＝1000元"), texts


def test_no_sum_is_held_to_a_limit_a_quoted_amendment_has_since_replaced() -> None:
    texts, _ = _worked("额定功率一共14千瓦，设备购置补贴能拿多少钱？",
                       "按设备额定功率每千瓦补贴300元，每户最高补贴3000元。",
                       "将《办法》第三条中“每户最高补贴3000元”调整为“每户最高补贴3600元”，每千瓦补贴标准不变。")
    assert not any("按3000元计" in t for t in texts), texts


def test_a_limit_is_quoted_from_where_its_clause_starts() -> None:
    texts, _ = _worked("上个采暖季采暖用电5000千瓦时，运行电价补贴能拿多少？",
                       "对“煤改电”农户采暖用电每千瓦时补贴0.2元，每户每个采暖季最高补贴1600元。")
    assert texts and "未超过“每户每个采暖季最高补贴1600元”" in texts[0], texts


def test_a_rate_per_ton_kilometre_is_not_worked_as_per_ton() -> None:
    texts, _ = _worked("我们今年发了5000吨货，平均运距300公里，运费补贴能拿多少？", "按每吨公里0.02元给予运费补贴。")
    assert not any("5000吨×0.02元" in t for t in texts), texts


def test_a_table_row_s_limit_column_holds_the_sum() -> None:
    row = ("序号：2；设施类型：连栋钢架大棚；补贴标准：每亩补贴12000元；每个经营主体补贴上限：60万元；适用作物（参考）：哈密瓜等")
    texts, _ = _worked("我们公司建了60亩连栋钢架大棚，按每亩的标准算，一共能补多少？", row)
    assert texts and "60亩×12000元＝72万元，超过“每个经营主体补贴上限：60万元”，按60万元计" in texts[0], texts

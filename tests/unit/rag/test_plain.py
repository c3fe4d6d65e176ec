"""Everyday words against a notice's words, and ages against the ranges a notice states."""

from __future__ import annotations

import pytest

from rag.plain import (
    chinese_number,
    covers_age,
    covers_storeys,
    holds,
    money_flow,
    question_ages,
    question_clocks,
    question_storeys,
)
from rag.sentences import question_terms, sentence_relevance


@pytest.mark.parametrize(("text", "value"), [("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("六十五", 65),
                                             ("两", 2), ("12", 12), ("百", None), ("三十三十", None)])
def test_chinese_number(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


def test_question_ages_read_digits_and_chinese_numerals() -> None:
    assert question_ages("我家孩子三岁，能领什么补助？") == [3]
    assert question_ages("我父亲今年65周岁") == [65]
    assert question_ages("补助标准是多少？") == []


@pytest.mark.parametrize(("sentence", "years", "held"), [
    ("对0-6岁的残疾儿童给予康复救助", 3, True),
    ("对0—6周岁的残疾儿童给予康复救助", 6, True),
    ("对0-6岁的残疾儿童给予康复救助", 7, False),
    ("6周岁以下儿童免费接种", 3, True),
    ("年满60周岁的老年人", 65, True),
    ("年满60周岁的老年人", 59, False),
    ("3岁以上幼儿入园", 4, True),
    ("使用期满3年，按融资总额给予奖励", 3, False),  # three years of a loan, not an age
    ("年满60周岁不满80周岁的老年人每人每餐2元", 82, False),  # up to, not including, 80
    ("年满60周岁不满80周岁的老年人每人每餐2元", 79, True),
    ("60周岁以上、未满80周岁的老年人", 80, False),
    ("年满60周岁不满80周岁的老年人每人每餐2元；年满80周岁的老年人每人每餐4元", 82, True),
])
def test_an_age_is_held_by_the_range_or_limit_that_includes_it(sentence: str, years: int, held: bool) -> None:
    assert covers_age(sentence, years) is held


def test_a_question_term_is_held_by_the_notices_word_for_it() -> None:
    assert holds("对残疾儿童给予康复救助", "孩子")
    assert holds("65周岁以上老年人", "老人")
    assert not holds("对中小微企业给予担保补助", "孩子")
    assert holds("对中小微企业给予担保补助", "补助")
    assert holds("单户融资主体年度贷款额度上限为1000万元", "一年")
    assert holds("本市供热期为每年11月15日至次年3月15日", "供暖")
    assert holds("享受最低生活保障的家庭，供热费给予50%的补贴", "低保户")
    assert holds("停放不超过15分钟的，免收停车费", "收钱")
    assert holds("免疫效果评估不合格的不予补助", "不到")  # 拿不到补助
    assert holds("对路口信号灯进行智能化改造", "红绿灯")
    assert holds("所需资金由市级财政承担60%，区县财政承担40%", "分担")  # 资金怎么分担
    assert holds("城市建成区一律禁止新建燃煤锅炉", "烧煤")
    assert holds("探索解决长期失能失智人员护理难题", "卧床")
    assert not holds("对路口进行改造", "红绿灯")
    # a patient's words for tests and scans: "化验结果换个医院是不是还得重做", "拍了片子…远程帮着看"
    assert holds("推动二级医疗机构医学检验结果互认", "化验") and holds("推动二级医疗机构医学检验结果互认", "重做")
    assert holds("开展远程阅片、专家诊断、报告回传等远程影像诊断", "片子")
    # a rider's bus, and neighbours sharing a charger
    assert holds("年满60周岁的老年人免费乘坐中心城区城市公共汽车", "公交车")
    # (a service hall's words: where to hand in, whether to hand in again)
    assert holds("实现工程建设项目审批“一口进件”，审批结果“一口出件”", "递交")
    assert holds("凡是前置审批已提交的资料，后续审批时不再要求企业提供", "交过")
    assert holds("凡是前置审批已提交的资料，后续审批时不再要求企业提供", "再交")
    assert holds("一类区域路内泊位首1小时6元", "路边")
    assert holds("持续深入开展防溺水宣传教育，强化水面巡查", "玩水")
    assert holds("为农户发放可回收垃圾积分存折", "纸箱") and holds("积分可在储存中心兑换商品", "换点")
    assert holds("（一）已经获得自治区航空运输发展专项资金的。", "领了")
    assert holds("有下列情形之一的，不得享受专项资金补贴。", "再领")
    # a length of time told is held by a bound in its unit
    assert holds("婴幼儿当月实际出勤不足10天的，当月不予补贴。", "8天")
    assert not holds("婴幼儿当月实际出勤不足10天的，当月不予补贴。", "8个月")
    assert not holds("家庭入托补贴每人每月200元。", "8天")
    assert holds("引导乡镇推广“多车一桩”等共享模式", "合用")
    # a shopkeeper's words for a bribe and a business kept waiting
    assert holds("不得收受检查对象的财物和宴请等", "东西") and holds("不得收受检查对象的财物和宴请等", "顿饭")
    assert holds("不得因检查影响医疗机构和药店的正常工作秩序", "耽误")
    assert holds("不得因检查影响医疗机构和药店的正常工作秩序", "开门")
    assert holds("委托第三方机构配送处方所列药品", "送到")
    # money paid to a card, rent, a private charger, how long one may stay
    assert holds("养老服务补贴以购买服务的方式提供，不向老年人发放现金。", "卡上")
    assert holds("每月20日前到账。", "几号") and holds("自年满80周岁的次月起发放。", "开始")
    assert holds("此前已缴纳的租金不予退还。", "房租") and holds("此前已缴纳的租金不予退还。", "能退")
    assert holds("个人自用充电设施不纳入补贴范围。", "私人") and holds("累计租住期限不超过5年。", "能住")
    assert holds("只要户籍在本市，居住地不影响领取。", "照常")
    # whether one's income is checked again, and how many children a centre takes
    assert holds("最低生活保障家庭申请临时救助的，不再重复核对家庭经济状况。", "查")
    assert holds("最低生活保障家庭申请临时救助的，不再重复核对家庭经济状况。", "收入")
    assert not holds("申请人应当如实填写申请表。", "查")
    assert holds("每个设施设置托位不少于20个。", "能收")
    assert holds("可登录市政府网站查询公示名单", "查") and holds("开展安全检查", "查")
    # one from another province is outside the city too, but not in the row for the province's other cities
    assert holds("参保人员在市外定点医疗机构住院的，起付标准为1500元", "外省") and holds("山西省外", "外省")
    assert not holds("山西省内长治市外", "外省") and holds("山西省内长治市外", "外市")


def test_an_age_is_one_question_term_and_scores_the_sentence_that_covers_it() -> None:
    terms = question_terms("我家孩子3岁，能领什么补助？")
    assert "3岁" in terms and "3" not in terms
    assert "3岁" in question_terms("我家孩子三岁，能领什么补助？")
    child = "对0-6岁的残疾儿童康复救助资金给予补助。"
    loan = "担保金额达5000万元以上、使用期满3年，除补助担保费用的10%外给予奖励。"
    assert sentence_relevance(child, terms, False) > sentence_relevance(loan, terms, False)


def test_a_question_on_the_complement_of_a_category_excludes_sentences_on_the_category() -> None:
    from rag.plain import negated_categories, other_category
    assert negated_categories("商铺这类非居民用户的供热费每平方米多少钱？") == {"居民用户"}
    assert negated_categories("非本市户籍人员能申请吗？") == {"本市户籍"}
    assert negated_categories("这个政策非常好，怎么申请？") == set()  # 非常 is an adverb
    # (or said not to be the asker's: "建的是单体钢架大棚，不是连栋的")
    from rag.plain import denied_categories
    assert denied_categories("我建的是单体钢架大棚，不是连栋的，也按这个标准吗？") == {"连栋"}
    assert denied_categories("这不是我的问题，是不是要先申请的？") == set()
    assert denied_categories("卡是我的，不是本人的，能发到这张卡上吗？") == set()
    assert other_category("居民用户供热费每平方米每月5.8元。", {"居民用户"})
    assert not other_category("非居民用户供热费每平方米每月7.5元。", {"居民用户"})
    assert not other_category("供热期为每年11月15日至次年3月15日。", {"居民用户"})


def test_a_sentence_whose_ages_all_exclude_the_askers_is_about_someone_else() -> None:
    from rag.plain import excludes_age
    assert excludes_age("60至79周岁老年人	2元	60元", [82])
    assert not excludes_age("80周岁以上老年人	4元	120元", [82])
    assert excludes_age("年满60周岁不满80周岁的老年人在长者饭堂就餐的，每人每餐补贴由2元提高到3元；", [82])
    assert not excludes_age("老年人持身份证到社区老年食堂登记。", [82])  # states no age
    assert not excludes_age("60至79周岁老年人	2元	60元", [])  # the question gives none


def test_money_paid_by_a_person_does_not_answer_a_question_on_money_paid_to_one() -> None:
    from rag.plain import money_flow, other_flow
    assert money_flow("各级财政对每个参保居民补助多少钱") == "to"
    assert money_flow("个人缴费标准为每人每年400元") == "by"
    assert money_flow("个人缴费部分给予全额资助") is None  # both ways: not judged
    assert other_flow("2025年度城乡居民医保个人缴费标准为每人每年400元。", "各级财政对每个参保居民补助多少钱")
    assert not other_flow("财政补助标准为每人每年不低于700元。", "各级财政对每个参保居民补助多少钱")
    assert not other_flow("每人每年2万元。", "每人每年补助多少钱")  # the sentence names no flow
    assert other_flow("违者处以200元罚款。", "能领多少补贴")


def test_a_sentence_on_a_restricted_group_does_not_answer_a_question_on_everyone() -> None:
    from rag.plain import narrower_group
    special = "特困人员个人缴费部分给予全额资助，低保对象给予定额资助，每人每年资助200元。"
    assert narrower_group(special, "各级财政对每个参保居民补助多少钱？")
    assert not narrower_group(special, "低保对象参保能资助多少钱？")  # the asker is in the group
    assert not narrower_group(special, "参保能资助多少钱？")  # not a question on everyone
    assert not narrower_group("财政补助标准为每人每年不低于700元。", "对每个参保居民补助多少钱？")


def test_a_sentence_on_other_kinds_of_disability_than_the_askers_is_about_someone_else() -> None:
    from rag.plain import other_kind
    question = "我家孩子5岁，有听力残疾，做康复训练国家能补多少？"
    assert other_kind("为视力残疾儿童开展视功能训练和定向行走训练，每人每年2000元。", question)
    assert not other_kind("为听力、言语、肢体、智力残疾儿童提供机构内基本康复训练，每人每年2万元。", question)
    assert not other_kind("康复训练补助资金由县财政保障。", question)  # names no kind
    assert not other_kind("为视力残疾儿童开展视功能训练。", "残疾儿童康复训练能补多少？")  # the asker names none


def test_a_fee_in_everyday_words_is_held_by_the_notices_word() -> None:
    assert holds("农村产权流转交易服务面向农村主体，不收取任何费用。", "手续费")


@pytest.mark.parametrize(("sentence", "term"), [
    ("深入开展校园领域专项整治行动。", "学校"),
    ("处于孕期和哺乳期的教师，学校直接聘用。", "怀孕"),
    ("争取在50%的社区建成普惠托育机构。", "便宜"),
    ("必须进入农村产权流转服务中心公开进行，防止暗箱操作。", "私下"),
    ("收到申请后7个工作日内完成审查。", "审核"),
    # "查出来的结果记在哪儿，等上了小学还能接着用吗": where a record is kept, and whether it follows the child
    ("将儿童视力检查信息及时录入，进行电子存档，并随入学实时转移。", "记在"),
    ("将儿童视力检查信息及时录入，进行电子存档，并随入学实时转移。", "接着"),
    ("将儿童视力检查信息及时录入，进行电子存档，并随入学实时转移。", "小学"),
    ("开展0-6岁儿童眼保健和视力检查。", "眼睛"),
    ("受到群众来电、来信投诉的，对中标企业每宗扣除1000元—3000元。", "打电话"),
    ("受到群众来电、来信投诉的，对中标企业每宗扣除1000元—3000元。", "处罚"),
    ("农户使用的大型农机具等农业生产设施设备使用权，可以采取转让、租赁、拍卖等方式流转交易。", "收割机"),
    ("农户使用的大型农机具等农业生产设施设备使用权，可以采取转让、租赁、拍卖等方式流转交易。", "租给"),
])
def test_everyday_words_are_held_by_the_notices_words(sentence: str, term: str) -> None:
    assert holds(sentence, term)
    assert not holds("各部门于9月27日前报送活动总结。", term)


def test_a_sum_of_money_is_one_term_held_by_the_bracket_that_includes_it() -> None:
    terms = question_terms("某部门年中想单项追加300万元财政资金，需要经过怎样的审批？")
    assert "300万元" in terms and "300" not in terms
    bracket = "单项追加资金100万元-1000万元（含1000万元）的，由部门向县人民政府提出书面申请。"
    assert holds(bracket, "300万元")
    assert not holds("追加资金100万元（含100万元）以下的，由部门分管副县长审核。", "300万元")
    assert holds("原则500万元（含）以下项目年担保费率最高不超过0.5%。", "300万元")
    assert not holds("总产值1亿元及以上的，再奖励10万元。", "300万元")
    assert holds("总产值1亿元及以上的，再奖励10万元。", "2亿元")
    assert holds("标的额在20-400万元之间的工程。", "300万元")  # the unit written once


def test_everyday_text_does_not_trip_the_group_rules() -> None:
    from rag.plain import narrower_group, other_kind
    assert not other_kind("贯彻落实会议精神，对残疾儿童给予康复救助。", "听力残疾儿童能领多少？")
    assert other_kind("为精神残疾人提供服务。", "听力残疾儿童能领多少？")
    assert not narrower_group("低保对象每人每月临时救助300元。", "每个月能领多少临时救助？")
    assert not narrower_group("特困人员由集体经济组织享有所有权。", "土地所有权归谁？")


def test_a_sum_is_read_with_its_whole_bracket_and_its_own_digits() -> None:
    assert not holds("单项追加100万元以上500万元以下的，报县政府审定。", "1亿元")
    assert holds("单项追加100万元以上500万元以下的，报县政府审定。", "300万元")
    assert not holds("补助13万元。", "3万元") and holds("补助3万元。", "3万元")
    assert not holds("补助1,000元以上的项目。", "5万元")


def test_a_sentence_on_public_facilities_does_not_answer_a_question_on_a_private_one() -> None:
    from rag.plain import other_kind
    q = "我在自家固定车位上装私人充电桩，每个桩补贴多少钱？"
    assert other_kind("按额定输出功率给予公共充电设施建设企业一次性建设补贴。", q)
    assert not other_kind("对个人自用充电桩给予每桩500元补贴。", q)  # another word for the same kind
    assert not other_kind("新建住宅小区停车位应全部建设充电设施。", q)  # no kind named


def test_in_person_is_held_by_the_notices_word_for_a_visit() -> None:
    assert holds("来访举报接待室设在县委组织部508室。", "当面")


def test_public_health_services_are_no_public_facility() -> None:
    from rag.plain import other_kind
    assert not other_kind("家庭医生签约服务纳入基本公共卫生服务项目。", "自家老人能签家庭医生吗？")


def test_a_plain_verb_of_one_character_is_a_question_term_held_by_the_notices_word() -> None:
    terms = question_terms("政府能把地租给我吗？最多能租多少年？")
    assert "租" in terms
    assert holds("以租赁方式向社会力量提供用于建设健身设施的土地，租期不超过20年。", "地租")
    assert holds("不得以安全、电力容量不足等理由阻挠业主安装个人充电桩。", "不够")
    assert holds("不得以安全、电力容量不足等理由阻挠业主安装个人充电桩。", "不让")
    assert not holds("加强事中事后监管。", "不让")


def test_how_many_kinds_is_held_by_a_count_of_them() -> None:
    assert holds("将工程建设项目主要划分为5类：", "几类")
    assert holds("重点公开…等10类信息。", "几类") and holds("分为三类。", "几类")
    assert not holds("加强分类管理。", "几类")
    assert holds("将工程建设项目主要划分为5类：", "分成")


def test_a_shorter_wait_for_a_licence_is_held_by_a_cut_time_limit() -> None:
    rule = "2.压缩审批时限，将法定审批时限压缩三分之一。"
    assert holds(rule, "缩短") and holds(rule, "办证")


def test_a_one_character_verb_is_held_by_the_notices_words_only() -> None:
    assert holds("不得阻挠业主安装个人充电桩。", "装")
    assert not holds("规范服装市场和装修行业管理。", "装")


def test_the_evening_is_the_notices_night_time() -> None:
    from rag.plain import holds
    assert holds("夜间运价：每日22时至次日6时，起步价7元。", "晚上")
    assert not holds("起步里程2.5公里，起步价6元。", "晚上")


def test_a_lexical_search_gets_the_words_notices_use_for_everyday_ones() -> None:
    from rag.plain import with_notice_words

    q = "我养了几十只快出栏的羊，还有十来亩果树林子，能卖吗"
    added = with_notice_words(q).removeprefix(q).split()
    assert {"牲畜", "经济林", "出售"} <= set(added)
    assert with_notice_words("残疾儿童康复救助标准") == "残疾儿童康复救助标准"  # nothing everyday in it
    # a word of time names no topic: 每月 would find every notice paying something monthly
    q = "在社区老年食堂吃饭一顿能补几块钱？一个月最多补多少？"
    assert with_notice_words(q) == q


def test_a_degree_the_asker_holds_is_another_kind_than_a_higher_one() -> None:
    from rag.plain import other_kind
    q = "我是刚毕业的硕士，住房补贴每月多少？"
    assert other_kind("1.博士研究生，每人每月1500元；", q)
    assert not other_kind("2.硕士研究生，每人每月1000元；", q)
    # "本、专科" names both
    assert not other_kind("对批准入伍的大学本、专科毕业生发放一次性补助2500元。", "大学本科毕业生入伍能领什么补助？")


def test_everyday_words_for_meals_days_apps_and_units_of_gas() -> None:
    from rag.plain import holds
    assert holds("老年人就餐的，每人每天限补贴1餐。", "一天") and holds("老年人就餐的，每人每天限补贴1餐。", "每顿")
    assert holds("申请人可以登录“i某市”APP在线申请。", "手机")
    assert holds("第二档：年用气量360立方米以上，每立方米3.45元。", "一方")
    assert holds("第二档：年用气量360立方米以上，每立方米3.45元。", "超出")


def test_a_spouse_in_everyday_words() -> None:
    from rag.plain import holds
    assert holds("本人及其配偶在中心城区无自有住房。", "老婆")
    assert holds("本人及其配偶在中心城区无自有住房。", "老公")


def test_a_length_of_time_the_asker_tells_is_held_by_a_time_limit_in_its_unit() -> None:
    from rag.plain import holds
    from rag.sentences import question_terms
    terms = question_terms("我拿到证书已经13个月了，现在还能申请补贴吗？")
    assert "13个月" in terms
    assert holds("申请人应当自证书核发之日起12个月内提出申请，逾期不予受理。", "13个月")
    assert not holds("取得更高等级证书的，按照高等级标准申领。", "13个月")
    assert not holds("申请人应当在30日内提出申请。", "13个月")  # another unit


def test_a_certificate_taken_elsewhere_is_asked_of_where_it_was_issued() -> None:
    from rag.plain import holds
    from rag.sentences import question_terms
    assert "考" in question_terms("我的焊工证是在外地考的，能申请补贴吗？")
    assert holds("证书发证地不限，但须能在全国联网查询系统中查到。", "考")


def test_everyday_words_of_children_drones_treats_and_roadsides() -> None:
    from rag.plain import holds
    assert holds("在普惠托育机构入托的：二孩，每人每月400元。", "老二")
    assert holds("三孩及以上，每人每月600元。", "三胎")
    assert holds("禁止无人驾驶航空器在禁飞区域飞行。", "无人机")
    assert holds("不得收受检查对象的财物和宴请等。", "请吃")
    assert holds("聘请行业内部人员、热心群众和新闻媒体代表等担任社会监督员。", "老百姓")
    assert holds("路内泊位每日20时至次日8时免费停放。", "马路边")
    assert not holds("每人每月补助200元。", "老二")


def test_an_offices_short_name_is_held_by_its_name_spelled_out() -> None:
    from rag.plain import holds
    assert holds("县（市、区）人力资源和社会保障部门自受理之日起10个工作日内完成审核", "人社")
    assert holds("由市卫生健康委员会负责", "卫健") and holds("县发展和改革局牵头", "发改")
    assert not holds("由同级财政部门拨付", "人社")


def test_everyday_words_of_paying_stopping_and_waiting_are_held_by_the_notices_words() -> None:
    assert holds("停热期间，按照面积热价的20%缴纳基本热费。", "交钱")
    assert holds("推动“先诊疗后付费”医疗结算服务模式。", "交钱")
    assert holds("停热期间，按照面积热价的20%缴纳基本热费。", "停了")
    assert holds("集中缴费期结束后参保缴费的，自缴费次月起设置3个月待遇等待期。", "补交")
    assert holds("集中缴费期结束后参保缴费的，自缴费次月起设置3个月待遇等待期。", "马上")
    assert holds("禁止燃放烟花爆竹。", "鞭炮") and not holds("禁止焚烧秸秆。", "鞭炮")


def test_a_season_is_no_everyone() -> None:
    from rag.plain import narrower_group
    # "每个供暖季" is a span of time, not "每个参保居民": a sentence naming 特困人员 beside 低保家庭 answers it
    s = "城市低保家庭、特困人员在集中供热期间的供热费，按照每户每个供热期900元的标准给予补贴。"
    assert not narrower_group(s, "我家是城市低保户，听说低保户每个供暖季补贴600元，现在还是600元吗？")
    assert narrower_group("特困人员参保的，由财政资助200元。", "对每个参保居民补助多少钱？")


def test_a_notice_titled_for_one_category_is_about_it_alone() -> None:
    from rag.plain import other_category
    title = "某市关于调整居民用水价格的通知"
    assert other_category("第一阶梯水价为每立方米3.20元。", {"居民用户"}, title)
    assert not other_category("非居民用户水价为每立方米5.10元。", {"居民用户"}, title)
    assert not other_category("第一阶梯水价为每立方米3.20元。", {"居民用户"}, "某市关于调整居民和非居民用水价格的通知")


def test_a_price_one_pays_is_no_subsidy_one_gets() -> None:
    from rag.plain import other_flow
    fee = "住宅小区内电动自行车充电实行电费和服务费合计封顶，按电量计费的每千瓦时合计不得超过1元。"
    assert other_flow(fee, "每个充电端口能补多少钱")
    assert not other_flow("市级财政按照每个充电端口200元的标准给予建设单位一次性补助。", "每个充电端口能补多少钱")


def test_a_couple_and_their_meals_in_the_notices_words() -> None:
    assert holds("夫妻双方缴存\t80万元\t55万元", "老公") and holds("夫妻双方缴存", "两口子")
    assert holds("年满80周岁的老年人，每人每餐补贴由4元提高到5元。", "午饭")
    assert holds("购买首套住房的，首付款比例不低于20%。", "第一次买房")
    assert holds("补贴不限户籍，只要在本市汽车销售企业购车，均可申请。", "户口")  # "户口不在柳州"


def test_a_bracket_whose_lower_end_is_included_and_a_sum_said_in_wan() -> None:
    assert holds("10万元（含）至20万元5000", "15万元") and not holds("20万元（含）至30万元7000", "15万元")
    assert holds("20万元（含）至30万元7000", "22万") and not holds("10万元以下3000", "22万")
    assert "22万" in question_terms("我花22万买了一辆新能源车，一共能补多少钱？")
    assert "20万" not in question_terms("城区人口约20万人")


def test_under_an_age_and_another_level_of_government() -> None:
    from rag.plain import other_level
    assert covers_age("对二孩及以上未满3周岁婴幼儿，发放市级育儿补贴。", 2)
    assert not covers_age("对二孩及以上未满3周岁婴幼儿，发放市级育儿补贴。", 4)
    assert covers_age("二孩\t每孩每年2000元\t发放至婴幼儿满3周岁", 1)
    assert other_level("国家育儿补贴标准为每孩每年3600元，按照国家规定另行申领。", "市级育儿补贴一年能领多少？")
    assert not other_level("二孩每孩每年2000元，三孩及以上每孩每年5000元。", "市级育儿补贴一年能领多少？")
    assert not other_level("国家育儿补贴标准为每孩每年3600元。", "国家育儿补贴和市级育儿补贴能一起领吗？")
    assert holds("由县财政部门于每年12月31日前将当年补贴资金一次性发放至监护人的社会保障卡金融账户。", "到账")
    assert holds("乡镇（街道）自受理之日起10个工作日内完成初审；", "审完")


def test_a_buildings_storeys_are_held_by_the_row_or_clause_that_includes_them() -> None:
    assert question_storeys("我住一栋六层的老楼，第3层") == ["6层"]  # ("第3层" is a floor, not the building)
    assert question_storeys("能不能多一层保障") == [] and question_storeys("更上一层楼") == []
    assert question_storeys("我家是老小区，6层楼，没有电梯") == ["6层"]
    assert "4层" in question_terms("我家是4层的老楼，装电梯能补多少？")
    assert covers_storeys("5层至6层\t每台15万元", 6) and covers_storeys("7层及以上 每台20万元", 9)
    assert covers_storeys("4层\t每台10万元", 4) and not covers_storeys("4层\t每台10万元", 14)
    assert not covers_storeys("未设电梯的4层及以上既有住宅", 3)
    assert holds("5层至6层每台15万元", "6层") and not holds("7层及以上每台20万元", "6层")


@pytest.mark.parametrize(("question", "clocks"), [
    ("平时工作日早上7点半坐公交去菜场，这个时间也是免费的吗？", ["钟07:30"]),
    ("想让他在学校晚间托管到晚上8点再去接，可以吗？", ["钟20:00"]),
    ("下午三点还能去办吗？19:30呢？", ["钟15:00", "钟19:30"]),
    ("有两点要求吗？一时半会儿办不下来怎么办？", []),
    ("第3点说的是什么？有5点注意事项吗？", []),
    ("晚上12点以后还能办吗？晚上1点呢？", ["钟00:00", "钟01:00"]),
])
def test_a_time_of_day_the_asker_tells_is_one_term(question: str, clocks: list[str]) -> None:
    assert question_clocks(question) == clocks
    assert [t for t in question_terms(question) if t.startswith("钟")] == clocks


def test_a_time_of_day_is_held_by_the_hours_that_include_it() -> None:
    assert holds("（三）工作日7:00至8:30早高峰时段，老年人乘车一律按照票价5折收费。", "钟07:30")
    assert not holds("（三）工作日7:00至8:30早高峰时段，老年人乘车一律按照票价5折收费。", "钟09:00")
    assert holds("初中\t晚间托管（17:30至20:00）\t不超过400元", "钟20:00")
    assert holds("夜间（22时至次日6时）起步价上浮20%。", "钟23:00")
    assert not holds("办公时间：上午9时至12时。", "钟13:30")


def test_a_term_people_shorten_is_held_by_the_word_in_full() -> None:
    from rag.plain import holds
    assert holds("二类幼儿减免保育教育费每生每年1600元", "保教费")  # 保育教育费
    assert not holds("二类幼儿减免保育费每生每年1600元", "保教费")
    assert not holds("学费每生每年1600元", "保教费")


def test_a_family_in_need_is_not_the_group_just_above_it() -> None:
    from rag.plain import other_kind
    q = "我家是低保户，孩子上幼儿园一年能减免多少保教费？"
    assert other_kind("三类\t低保边缘家庭幼儿、残疾幼儿和烈士子女\t减免每生每年1000元", q)
    assert other_kind("一类\t特困供养幼儿、孤儿和事实无人抚养儿童\t全部免除", q)
    assert not other_kind("二类\t最低生活保障家庭幼儿\t减免每生每年1600元", q)
    # a child whose parents are dead is asked of by the orphans' row, in everyday words too
    orphan = "孩子爸妈都不在了，上幼儿园的保教费能全免吗？"
    assert not other_kind("一类\t特困供养幼儿、孤儿和事实无人抚养儿童\t全部免除", orphan)
    assert other_kind("二类\t最低生活保障家庭幼儿\t减免每生每年1600元", orphan)
    # (one asking of the group just above 低保 asks of its row)
    edge = "我们家不是低保户，“低保边缘家庭”能补多少？"
    assert not other_kind("改造对象：低保边缘家庭；补助标准（每户）：不超过3000元", edge)


def test_everyday_words_for_a_total_a_private_school_and_money_in_hand_are_held_by_the_notices_words() -> None:
    from rag.plain import holds
    assert holds("二类\t最低生活保障家庭幼儿\t1600元\t900元\t合计2500元", "总共")
    assert holds("在本市公办幼儿园和普惠性民办幼儿园就读", "私立")
    assert holds("秋季学期于11月30日前发放到位", "发到手")
    assert not holds("秋季学期于11月30日前完成审核", "发到手")


def test_what_the_asker_pays_and_everyday_words_for_a_unit_of_power() -> None:
    assert money_flow("找人清掏要花多少钱") == "by" and money_flow("天然气居民价格每立方米多少钱") == "by"
    assert money_flow("每户奖补1300元") == "to"
    assert holds("“煤改电”用户每千瓦时补贴0.3元", "度电") and holds("按实际用电量每千瓦时补贴0.3元", "电费")


def test_the_ages_a_condition_sets_are_read_as_its_figures() -> None:
    from rag.plain import CONDITION_AGE

    text = "家庭成员中有年满70周岁老年人的，每月增发50元；未满16周岁的不予发放；65周岁以上的免费乘车。"
    assert CONDITION_AGE.findall(text) == ["70周岁", "16周岁", "65周岁"]
    assert CONDITION_AGE.findall("今年72周岁的张大爷") == []


def test_a_word_said_only_as_what_a_thing_is_not_is_not_held() -> None:
    from rag.plain import holds

    assert not holds("（一）一般损坏（屋面、门窗等非承重构件受损）的，每户补助6000元；", "承重")
    assert holds("（二）严重损坏（墙体、梁柱等承重构件受损）的，每户补助15000元；", "承重")
    assert not holds("非本市户籍的老年人凭身份证办理。", "本市户籍") and holds("非本市户籍的", "非本市户籍")


def test_the_group_an_asker_says_they_belong_to() -> None:
    from rag.plain import asker_groups

    assert asker_groups("我们是侨眷家庭，一家四口，今年遭了水灾。") == ["侨眷"]
    assert asker_groups("我家是低保户，孩子上小学。") == ["低保"]
    assert asker_groups("我是新会区的渔船船员，去年退捕了。") == []


@pytest.mark.parametrize(("sentence", "area", "held"), [
    ("简易冰场（面积600平方米以上、不足1800平方米）每块补助10000元。", 1000, True),
    ("标准冰场（面积1800平方米以上）每块补助30000元；", 1000, False),
    ("标准冰场（面积1800平方米以上）每块补助30000元；", 2000, True),
    ("建筑面积90平方米以下的住房", 120, False),
    ("建筑面积1,800平方米以上的场馆", 1000, False),  # not "800平方米以上"
])
def test_an_area_is_held_by_the_range_or_limit_that_includes_it(sentence: str, area: int, held: bool) -> None:
    from rag.plain import covers_area, holds
    assert covers_area(sentence, area) is held
    assert holds(sentence, f"{area}平方米") is held


def test_an_area_in_words_is_one_term_of_the_question() -> None:
    from rag.plain import question_areas
    from rag.sentences import question_terms
    assert question_areas("浇了一块一千平方米左右的冰场，还有一块两千五百平米的") == ["1000平方米", "2500平方米"]
    assert question_areas("一千零五十平方米") == ["1050平方米"] and question_areas("一万零五百平方米") == ["10500平方米"]
    assert question_areas("几百平方米的厂房，上千平方米的仓库，1,200平方米的场馆") == []  # no guess, no tail of a figure
    assert "1000平方米" in question_terms("我们村小学浇了一块一千平方米左右的冰场，能补多少钱？")


def test_a_numeral_that_is_no_number_is_none() -> None:
    from rag.plain import chinese_number, counted
    assert chinese_number("十十") is None and counted("十十") is None
    assert question_terms("我家冰场十十平方米要交多少钱") == ["我家", "冰场", "要交"]  # (no crash on a typo)


def test_a_word_cut_into_single_characters_is_one_term_of_the_question() -> None:
    terms = question_terms("同一块地今年先碎混还田、后来又翻埋了一遍，两种补助能不能都领？")
    assert "翻埋" in terms  # (jieba: 翻/埋)
    assert not any(t in terms for t in ("埋了", "又翻"))  # never with a function character


def test_what_is_withheld_is_held_by_the_notices_word_for_withholding() -> None:
    terms = question_terms("草畜平衡区放牧超载了，会扣补奖资金吗？扣多少？")
    assert "扣" in terms  # (会扣: "will it be withheld")
    assert holds("逾期未减畜的，扣发当年草畜平衡奖励资金的50%。", "扣") and not holds("巴林左旗\t1550.58\t1249.92", "扣")


def test_the_askers_group_said_in_brackets() -> None:
    from rag.plain import asker_groups

    assert asker_groups("今年6月我家（脱贫户）接通了自来水，邻居家是一般农牧户，补800元。") == ["脱贫"]
    assert asker_groups("我(张三)想问一下") == []  # (a name, no group)


def test_money_coming_down_is_held_where_it_is_paid_out_not_where_it_was_paid() -> None:
    terms = question_terms("钱什么时候能发下来？")
    assert "发下来" in terms
    assert holds("公示无异议的，由县区财政局于次年3月31日前通过“一卡通”发放到户。", "发下来")
    assert not holds("对虚报存栏数量的，追回已发放资金，三年内不得享受本办法补贴。", "发下来")


def test_the_kind_of_what_the_asker_built_is_their_group() -> None:
    from rag.plain import asker_groups

    assert asker_groups("我家改的是双瓮式厕所，邻居说改厕每户补1500元") == ["双瓮式厕所"]
    assert asker_groups("我们是低保户，能补多少？") == ["低保"]


def test_money_arriving_is_held_where_it_is_paid_into_an_account() -> None:
    assert holds("资金兑付：验收合格后30日内打入“一卡通”。", "到账")


def test_getting_more_is_held_by_an_addition_paid_out() -> None:
    assert holds("每户每个采暖季另行增发一次性补贴200元。", "多拿")
    assert holds("每户另增加补助300元。", "多拿")


@pytest.mark.parametrize(("sentence", "metres", "held"), [
    ("船长12米（含）至24米\t3000", 15, True),
    ("船长12米（含）至24米\t3000", 26, False),
    ("船长24米（含）以上\t3800", 26, True),
    ("船长12米以下\t2200", 15, False),
    ("建筑面积600平方米以上", 600, False),  # (an area is no length)
])
def test_a_length_is_held_by_the_band_that_includes_it(sentence: str, metres: int, held: bool) -> None:
    from rag.plain import holds
    from rag.sentences import question_terms

    assert holds(sentence, f"{metres}米") is held
    assert f"{metres}米" in question_terms(f"我家渔船船长{metres}米，能补多少钱？")


def test_taking_down_and_paying_back_are_held_by_the_notices_words_for_them() -> None:
    from rag.plain import holds
    rule = "未满3年拆除或改作他用的，按未满年限比例收回补贴资金。"
    assert holds(rule, "拆掉") and holds(rule, "要退")
    assert not holds("补贴资金于验收后30日内拨付。", "要退")

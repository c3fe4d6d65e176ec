from __future__ import annotations

import pytest

from index.models import Document, Section
from rag.query import analyse, doc_kind, elsewhere, locality_of, mention_matches, place_aliases, title_matches

DOC = "卫政办发〔2019〕43号"


def _matches(question: str, doc_number: str | None) -> bool:
    return any(mention_matches(m, doc_number) for m in analyse(question, []).doc_numbers)


@pytest.mark.parametrize("question", [
    "卫政办发〔2019〕43号的牵头单位是谁？",
    "卫政办发[2019]43 号的牵头单位是谁？",
    "卫政办发 [2019] 43 号 规定了什么",
    "卫政办发（2019）43号",
    "卫政办发(2019)43号",
    "卫政办发【2019】43号",
    "卫政办发［2019］43号",
    "卫政办发〔2019〕043号",
    "根据卫政办发〔2019〕43号文件，加油站改造何时完成？",  # the code is a suffix of the characters before
])
def test_doc_number_mentions_ignore_brackets_spaces_and_leading_words(question: str) -> None:
    assert _matches(question, DOC)


def test_doc_number_mentions_ignore_full_width_digits() -> None:
    # An IME in full-width mode types "２０１９"; docnumber.normalize_doc_number accepts it.
    assert _matches("卫政办发〔２０１９〕４３号", DOC)


@pytest.mark.parametrize(("question", "doc_number"), [
    ("卫政办发〔2019〕143号", DOC),  # 43号 never matches 143号 …
    ("卫政办发〔2019〕43号", "卫政办发〔2019〕143号"),  # … nor the other way round
    ("卫政办发〔2019〕4号", DOC),
    ("卫政办发〔2019〕43号", "卫政办发〔2019〕4号"),
    ("卫政办发〔2018〕43号", DOC),  # another year
    ("卫政发〔2019〕43号", DOC),  # another issuer code
    ("卫政干发〔2024〕1号", "卫政规发〔2024〕1号"),
    ("卫政办发〔2019〕43号", None),
    ("卫政办发〔2019〕43号", "不是文号"),
])
def test_doc_number_mentions_do_not_match_other_numbers(question: str, doc_number: str | None) -> None:
    assert not _matches(question, doc_number)


def test_question_without_a_doc_number_has_no_mention() -> None:
    assert analyse("2019年43项任务的牵头单位是谁？", []).doc_numbers == ()


def test_known_places_and_their_short_forms() -> None:
    known = ["中宁县", "中卫市", "贺兰县"]
    assert analyse("中宁县残疾儿童康复救助标准", known).places == ("中宁县",)
    assert analyse("我在中宁开了家店", known).places == ("中宁县",)
    assert analyse("在中卫办理简易注销要多久", known).places == ("中卫市",)
    assert set(analyse("中宁县和贺兰县有什么不同", known).places) == {"中宁县", "贺兰县"}
    assert analyse("残疾儿童康复救助标准", known).places == ()


def test_unknown_places_are_reported_apart_from_known_ones() -> None:
    a = analyse("我在中宁开了家店，海原县有没有类似政策？", ["中宁县", "中卫市"])
    assert a.places == ("中宁县",)
    assert a.unknown_places == ("海原县",)
    assert analyse("固原市的养老补贴是多少", ["中宁县"]).unknown_places == ("固原市",)
    # The autonomous region is the context of every notice, not a place to filter on.
    assert analyse("宁夏回族自治区的招标投标管理办法", ["中宁县"]).unknown_places == ()
    assert analyse("中宁县的规定", ["中宁县"]).unknown_places == ()


def test_place_aliases() -> None:
    assert place_aliases("中宁县") == {"中宁县", "中宁"}
    assert place_aliases("中卫市") == {"中卫市", "中卫"}
    assert place_aliases("沙坡头区") == {"沙坡头区", "沙坡头"}
    assert place_aliases("某县") == {"某县"}  # a one-character stem is no alias


def test_years_and_quoted_titles() -> None:
    a = analyse("《中卫市航空运输发展专项资金管理办法》2024年和2023年有什么变化？", [])
    assert a.years == (2023, 2024)
    assert a.quoted_titles == ("中卫市航空运输发展专项资金管理办法",)
    assert analyse("第12019号和《短》", []).years == ()
    assert analyse("《短标题》", []).quoted_titles == ()


def _doc(issuer: str, title: str, attachments: tuple[str, ...] = ()) -> Document:
    return Document("f.txt", None, title, issuer, "2019-05-06", "正文", (Section((title,), 0, 2),), attachments)


def test_locality_and_kind_come_from_the_document() -> None:
    d = _doc("中宁县人民政府办公室", "中宁县人民政府办公室关于印发中宁县建立残疾儿童康复救助体系实施方案的通知",
             ("中宁县建立残疾儿童康复救助体系的实施方案",))
    assert locality_of(d) == "中宁县"
    assert doc_kind(d) == "实施方案"
    assert locality_of(_doc("中共贺兰县委办公室", "关于印发方案的通知")) == "贺兰县"
    assert locality_of(_doc("", "中卫市人民政府关于某某的通知")) == "中卫市"
    assert doc_kind(_doc("中卫市人民政府", "中卫市人民政府关于邹荣琪等同志职务任免的通知")) == "通知"


def test_a_page_without_issuer_or_place_in_its_title_belongs_to_the_place_its_text_names_most() -> None:
    """A 公众号 article "暑期来遵义，这些人游" is 遵义市's (its text names 遵义市 four times, 贵阳市 once in a list
    of links); a page naming two places alike, or one place once, belongs to none."""
    def page(text: str) -> Document:
        return Document("a.png", None, "政策解读|暑期来遵义，这些人游", "", None, text, (Section(("解读",), 0, len(text)),))
    text = ("遵义市文化广电旅游局发布：暑期遵义市A级景区门票优惠。6周岁（含）以下儿童免门票。"
            "咨询遵义市文旅局。相关链接：贵阳市暑期活动。本活动由遵义市各景区执行。")
    assert locality_of(page(text)) == "遵义市"
    assert locality_of(page("遵义市和贵阳市联合开展活动，遵义市、贵阳市各景区参加。")) == ""
    assert locality_of(page("遵义市文化广电旅游局发布。")) == ""


def test_title_matches_the_title_or_the_plan_it_issues() -> None:
    d = _doc("中卫市人民政府", "中卫市人民政府关于印发《中卫市航空运输发展专项资金管理办法》的通知",
             ("中卫市航空运输发展专项资金管理办法",))
    assert title_matches("中卫市航空运输发展专项资金管理办法", d)
    assert title_matches("中卫市 航空运输发展专项资金管理办法", d)
    assert title_matches("航空运输发展专项资金管理办法", d)  # a long enough part of the name
    assert not title_matches("中卫市耕地保护网格化监管工作方案", d)
    assert not title_matches("管理办法", d)


def test_a_county_the_tokenizer_takes_for_a_name_is_still_a_place() -> None:
    # jieba tags 隆德县 as a person's name; a word before 县/市 is a place all the same
    assert analyse("隆德县农村保洁员按多少人口配备？", ["中宁县", "中卫市"]).unknown_places == ("隆德县",)
    assert analyse("我在大城市打工，回中宁县办什么手续？", ["中宁县"]).unknown_places == ()
    assert analyse("县级市和直辖市的补贴标准一样吗？", ["中宁县"]).unknown_places == ()  # kinds of place


def test_a_question_naming_only_notices_the_library_lacks() -> None:
    from rag.query import unheld_doc_numbers

    def unheld(q: str) -> list[str]:
        held = ["卫政规发〔2019〕1号", "卫政办规发〔2019〕2号", "卫政办发〔2019〕43号", None]
        return unheld_doc_numbers(analyse(q, ["中卫市"]).doc_numbers, held)
    q = "请问按照现行有效的《某市法律顾问工作经费管理办法》（卫政办规发〔2022〕2号），代理一件复议案件报酬多少？"
    assert unheld(q) == ["卫政办规发〔2022〕2号"]  # named by its code, not "请问按照…"
    assert unheld("卫政规发〔2019〕1号规定的报酬是多少？") == []
    # one of the named notices is held: the question is answered from it
    assert unheld("卫政办发〔2019〕43号引用的卫政办发〔2018〕176号讲了什么？") == []
    # a superior document of a series the library does not hold: answered from the notices carrying it out
    assert unheld("根据宁党发〔2021〕13号精神，中卫市医保改革的主要目标是什么？") == []
    assert unheld("法律顾问报酬是多少？") == []
    # a notice a held one names by its 文号 (a table of the documents to explain): answered from that one
    q = "《某市2019年富硒产业发展实施方案》（卫政办发〔2019〕16号）由哪个单位负责解读？"
    named = analyse(q, ["中卫市"]).doc_numbers
    assert unheld(q) == ["卫政办发〔2019〕16号"]
    table = "1 《某市2019年富硒产业发展实施方案》（卫政办发〔2019〕16 号） 市农业农村局 2019年4月30日前"
    assert unheld_doc_numbers(named, ["卫政办发〔2019〕43号"], [table]) == []
    assert unheld_doc_numbers(named, ["卫政办发〔2019〕43号"], ["卫政办发〔2019〕160号"]) == ["卫政办发〔2019〕16号"]


def test_a_quoted_title_no_notice_is_issues_or_mentions_is_not_held() -> None:
    from dataclasses import replace

    from rag.query import unheld_titles
    held = replace(_doc("中卫市人民政府", "中卫市人民政府关于杨宝翟等同志职务任免的通知"),
                   text="按照《宁夏回族自治区公务员调任实施管理办法（试行）》的规定，试用期为一年。")
    plan = _doc("中卫市人民政府办公室", "关于印发《中卫市关于加强数字政府建设实施方案》的通知", ("中卫市关于加强数字政府建设实施方案",))
    docs = [held, plan]
    q = analyse("按照《中卫市2024年义务教育招生入学工作方案》，随迁子女要提交哪些材料？", ["中卫市"])
    assert unheld_titles(q.quoted_titles, docs, docs) == ["《中卫市2024年义务教育招生入学工作方案》"]
    # the plan a held notice issues, and a superior document a held notice cites, are no gap
    assert unheld_titles(analyse("《中卫市关于加强数字政府建设实施方案》要求什么？", ["中卫市"]).quoted_titles, docs, docs) == []
    assert unheld_titles(analyse("《宁夏回族自治区公务员调任实施管理办法（试行）》规定试用期多久？", []).quoted_titles, docs, docs) == []
    assert unheld_titles(analyse("《通知》说了什么？", []).quoted_titles, docs, docs) == []  # too short to tell
    # the gazette the held notices were printed in is held; another city's is not
    printed = [replace(held, meta=(("刊载", "中卫市人民政府公报2024年第1期（总第22期）"),)), plan]
    gazette = analyse("《中卫市人民政府公报》2024年第1期刊登的干部任免通知任命了谁？", ["中卫市"]).quoted_titles
    assert unheld_titles(gazette, printed, printed) == []
    assert unheld_titles(gazette, docs, docs) == ["《中卫市人民政府公报》"]
    other = analyse("《银川市人民政府公报》2024年第1期刊登了什么？", ["银川市"]).quoted_titles
    assert unheld_titles(other, printed, printed) == ["《银川市人民政府公报》"]


def test_a_named_place_of_an_issuer_s_prefecture_is_covered_where_the_notices_name_it() -> None:
    named = {"涪城区", "吴忠市", "平罗县"}.__contains__  # what the notices' text names
    assert analyse("我住在涪城区三环路以内，春节能放烟花吗", ["绵阳市"], named).unknown_places == ()
    # ... but not where its own rule is asked for, beside the city's
    assert analyse("涪城区自己对烟花爆竹有没有另外的规定？", ["绵阳市"], named).unknown_places == ("涪城区",)
    assert analyse("我在涪城区自己开了家店，春节能放烟花吗", ["绵阳市"], named).unknown_places == ()  # the asker's own
    assert analyse("江油市城区哪些时间可以燃放烟花爆竹", ["绵阳市"], named).unknown_places == ("江油市",)
    # a neighbour the notices name is not theirs; a district of the issuer's city they never name is not either
    assert analyse("平罗县的大气污染防治方案", ["中卫市", "同心县"], named).unknown_places == ("平罗县",)
    assert analyse("吴忠市利通区安全生产领导小组的组长是谁", ["中卫市", "同心县"], named).unknown_places == ("吴忠市", "利通区")
    # without the notices' words nothing is covered that is not an issuer's
    assert analyse("我住在涪城区三环路以内", ["绵阳市"]).unknown_places == ("涪城区",)
    # a county whose sibling county issues notices is not spoken for: 中宁县's rules are not 海原县's
    assert analyse("海原县残疾儿童康复救助标准", ["中卫市", "中宁县"], {"海原县"}.__contains__).unknown_places == ("海原县",)
    # ... but one whose sibling holds only a 办事指南 (no numbered notice) is: the city's notices name it
    siping = ["四平市", "梨树县"]
    assert analyse("我家在双辽市，条带耕作每亩补多少？", siping, {"双辽市"}.__contains__, ["四平市"]).unknown_places == ()
    assert analyse("我家在双辽市，条带耕作每亩补多少？", siping, {"双辽市"}.__contains__, siping).unknown_places == ("双辽市",)


def test_a_water_the_question_names_and_the_quoted_notices_do_not_is_not_answered_by_another_water_s_rule() -> None:
    from rag.query import named_waters, unnamed_waters

    assert named_waters("汛期在黄河孟津段游泳或者钓鱼，会被罚款吗？") == ["黄河"]
    assert named_waters("全市江河湖泊和河湖长制") == []  # kinds of water, none by name
    assert named_waters("完成丰泽区东湖街道老旧小区改造由谁牵头") == []  # a place on land named after one
    notice = "禁止区域：洛河涧西区秦岭路桥至偃师区佃庄镇河段、伊河龙门石窟景区至伊滨区诸葛镇河段。违者处200元以上500元以下罚款。"
    assert unnamed_waters("汛期在黄河孟津段游泳或者钓鱼，会被罚款吗？罚多少？", [notice]) == ["黄河"]
    # the water the notice draws its rule for, and a rule for every water, answer
    assert unnamed_waters("汛期在洛河游泳会被罚款吗？", [notice]) == []
    assert unnamed_waters("汛期在黄河游泳会被罚款吗？", ["汛期禁止在本市河道、水库游泳，违者处200元罚款。"]) == []
    # a question naming no water is untouched
    assert unnamed_waters("汛期在河里游泳会被罚款吗？", [notice]) == []


def test_a_bridge_or_hill_the_question_names_that_a_list_of_others_leaves_out_is_not_answered_by_it() -> None:
    from rag.query import unnamed_landmarks, unnamed_places

    ban = ("禁飞区域：（一）古城核心区；（二）清源山风景名胜区；（三）市行政中心及周边500米；"
           "（四）泉州湾跨海大桥、晋江大桥、顺济新桥桥体及两侧各200米范围。违者处500元以上2000元以下罚款。")
    assert unnamed_landmarks("在洛江区的洛阳桥上放无人机航拍，算不算违反禁飞通告？会被罚款吗？", [ban]) == ["洛阳桥"]
    assert unnamed_places("在洛江区的洛阳桥上放无人机航拍，会被罚款吗？", [ban]) == ["洛阳桥"]
    # the places the list names, and a ban for every place, answer
    assert unnamed_landmarks("周末想带孩子去清源山用无人机航拍，可以飞吗？", [ban]) == []
    assert unnamed_landmarks("在晋江大桥上能放无人机吗？", [ban]) == []
    assert unnamed_landmarks("在洛阳桥上能放无人机吗？", ["全市范围内禁止无人机在人员密集区域飞行。"]) == []


def test_a_question_names_a_notice_in_words_by_its_whole_title_or_plan() -> None:
    from rag.query import names_in_words
    title = "某县人民政府办公室关于印发某县推进净土保卫战行动计划的通知"
    doc = Document("f.txt", "某政办发〔2019〕34号", title, "某县人民政府办公室", "2019-04-01", "正文",
                   (Section((title,), 0, 2),), attachments=("某县推进净土保卫战行动计划",))
    assert names_in_words("某县推进净土保卫战行动计划中，农药包装废弃物回收率要达到多少？", doc)
    assert names_in_words(f"{title}里说了什么？", doc)
    assert not names_in_words("净土保卫战里农药包装废弃物回收率要达到多少？", doc)  # a topic, not the plan


def test_a_thing_the_question_names_that_the_quoted_notices_never_speak_of() -> None:
    from rag.query import unnamed_things
    policy = "对当年新培育的自治区“专精特新”中小企业给予10万元的一次性奖励。"
    assert unnamed_things("对新认定的国家级专精特新“小巨人”企业奖励多少万元？", [policy]) == ["小巨人"]
    assert unnamed_things("在某省办理结婚登记要带哪些证件？", ["每年4月结合兵役登记组织应征报名工作。"]) == ["结婚"]
    # spoken of, brackets of either width: no gap
    assert unnamed_things("“专精特新”企业奖励多少？", [policy]) == []
    assert unnamed_things("“一证（照）通办”事项要达到多少项？", ["“一证(照)通办”事项达到100项。"]) == []
    # a count or a pointer before the kind names no thing
    assert unnamed_things("已经凭同一张证书领了技能提升补贴，还能再申请吗？", ["凭同一证书已经申领技能提升补贴的，不得再申请。"]) == []
    # words the asker quotes name no thing of the notices
    assert unnamed_things("能不能让红绿灯“聪明”一点？", ["建设智能交通信号控制系统。"]) == []
    assert unnamed_things("店里贴着“治好近视不反弹”的广告，归哪个部门管？", ["市场监管部门查处虚假广告。"]) == []
    # papers the asker says they lack are no thing asked of
    rule = "非本市户籍人员在本市遭遇急难的，可以向急难发生地乡镇人民政府申请急难型临时救助。"
    assert unnamed_things("没有本地户口也没办居住证，能申请临时救助吗？", [rule]) == []
    assert unnamed_things("想办居住证要带什么材料？", [rule]) == ["居住证"]
    assert unnamed_things("我还没有补办身份证，能先申请临时救助吗？", [rule]) == []
    # a thing the asker would apply for
    grant = "对留在本市就业的高校毕业生，给予每人10000元安家补贴。"
    assert unnamed_things("留下来工作的毕业生能不能同时申请人才公寓？", [grant]) == ["公寓"]
    assert unnamed_things("留下来工作的毕业生能申请安家补贴吗？", [grant]) == []


def test_what_one_does_with_a_certificate_names_no_kind_of_it() -> None:
    from rag.query import unnamed_things
    assert unnamed_things("我11月20日拿到登记证书上了牌，补贴最晚什么时候要申请？", ["自取得机动车登记证书之日起60日内"]) == []
    assert unnamed_things("结婚登记要带哪些证件？", ["兵役登记"]) == ["结婚"]


def test_a_function_word_before_a_kind_of_certificate_names_no_kind() -> None:
    from rag.query import unnamed_things
    assert unnamed_things("同时把登记在我名下开了5年的汽油车报废了，能补多少？", ["…在本市登记的燃油乘用车…"]) == []


def test_a_paper_the_asker_means_to_get_that_no_quoted_notice_names_is_unnamed() -> None:
    from rag.query import unnamed_things
    quoted = ["依托一体化政务服务平台和政务APP，推广在线身份认证、电子证照应用。"]
    assert unnamed_things("我想给孩子办护照，在中卫市办理要带哪些材料？多久能拿到？", quoted) == ["护照"]
    assert unnamed_things("补办身份证需要多久？", ["居民身份证补领的，自受理之日起20日内办结。"]) == []
    assert unnamed_things("新生儿办出生证要什么材料？", ["出生医学证明由助产机构签发。"]) == []  # (its notice word)


def test_an_exam_the_asker_sits_that_no_quoted_notice_names_is_unnamed() -> None:
    from rag.query import unnamed_things
    assert unnamed_things("少数民族考生参加普通高考能加多少分？", ["精简审批材料，在线获取核验营业执照。"]) == ["高考"]
    assert unnamed_things("参加中考的随迁子女怎么报名？", ["随迁子女参加中考的，凭居住证报名。"]) == []


def test_a_city_the_tokenizer_reads_without_its_shi_is_another_place() -> None:
    assert analyse("襄阳市的个人创业担保贷款最多能贷多少？", ["宜昌市"]).unknown_places == ("襄阳市",)
    assert analyse("宜昌市的个人创业担保贷款最多能贷多少？", ["宜昌市"]).unknown_places == ()


def test_a_district_newer_than_the_table_is_covered_where_the_city_s_notices_name_it() -> None:
    """繁昌县 became 繁昌区 (the table knows the county) and 湾沚区 was made of 芜湖县 (the table knows neither
    name): both are the city's where its notices name them, and not where they do not."""
    named = {"繁昌区", "湾沚区"}.__contains__
    assert analyse("我家在繁昌区，加装电梯该打哪个电话？", ["芜湖市"], named).unknown_places == ()
    assert analyse("我住湾沚区，两项补贴资金怎么分担？", ["芜湖市"], named).unknown_places == ()
    assert analyse("我家在繁昌区，加装电梯该打哪个电话？", ["宜昌市"], named).unknown_places == ("繁昌区",)
    from rag.query import _covered

    assert _covered("湾沚区", ["芜湖市"], named) and not _covered("湾沚区", ["芜湖市"], lambda _p: False)


def test_a_place_in_another_province_beside_the_librarys_own_is_elsewhere_to_its_notices() -> None:
    known = ["嘉兴市"]
    q = "我以前在嘉兴献过血，今年在上海住院输了血，回嘉兴还能报销吗？"
    assert elsewhere(q, analyse(q, known), lambda _p: False) == "我以前在嘉兴献过血，今年在外省住院输了血，回嘉兴还能报销吗？"
    # a place the notices name, or a question naming none of the library's: as asked
    assert elsewhere(q, analyse(q, known), lambda p: p == "上海") == q
    other = "上海的老年人坐公交免费吗？"
    assert elsewhere(other, analyse(other, known), lambda _p: False) == other
    # another city of the same province is away too; the province itself, and a county of the city, are home
    city = "在杭州住院，回嘉兴能报销吗？"
    assert elsewhere(city, analyse(city, known), lambda _p: False) == "在外市住院，回嘉兴能报销吗？"
    for home in ("我在浙江嘉兴住院，能报销吗？", "我在海宁住院，嘉兴能报销吗？"):
        assert elsewhere(home, analyse(home, known), lambda _p: False) == home
    # where the asker comes from, however jieba cuts it ("河北人", "浙江湖州")
    worker = "我是河北人，今年春节后来嘉兴上班，有交通补贴吗？"
    assert elsewhere(worker, analyse(worker, known), lambda _p: False) == "我是外省人，今年春节后来嘉兴上班，有交通补贴吗？"
    near = "我老家是浙江湖州的，来嘉兴上班，有交通补贴吗？"
    assert elsewhere(near, analyse(near, known), lambda _p: False) == "我老家是浙江外市的，来嘉兴上班，有交通补贴吗？"


def test_a_piece_of_a_longer_place_name_is_no_place_of_its_own() -> None:
    # (jieba cuts "自治县" out of "张家川回族自治县": it names no county the corpus lacks)
    assert analyse("张家川回族自治县特困人员的资助人数是多少？", ["天水市"]).unknown_places == ()


def test_a_benefit_asked_of_a_thing_no_quoted_notice_names_is_unnamed() -> None:
    from rag.query import unnamed_things
    quoted = ["取得家政服务员五级/初级工职业技能等级证书的，每人补贴1500元。"]
    assert unnamed_things("江门市建新能源汽车公共充电桩有什么建设补贴？", quoted) == ["汽车"]
    assert unnamed_things("我是归侨子女，有没有归侨侨眷子女助学金？", ["困难侨眷的子女可申请临时帮扶。"]) == ["助学金"]
    # the asker and their family, a place, or a thing the notices name are no such thing
    assert unnamed_things("我家孩子三岁，在中宁县能领什么补助吗？", ["对3至6周岁残疾儿童给予康复救助。"]) == []
    assert unnamed_things("家政服务员考证有什么补贴？", quoted) == []


def test_a_benefit_named_as_the_topic_before_the_question_must_be_spoken_of() -> None:
    """"锦州市居家养老助餐补贴，80岁以上老人每餐补多少钱" of notices on 煤改电 that grant 70-year-olds more: they say
    nothing of 助餐; a topic the notices do name is no reason to refuse."""
    from rag.query import unnamed_things

    heating = ["第五条户籍内有年满70周岁老年人的“煤改电”农户，运行电价补贴每户每个采暖季另增加300元。"]
    assert unnamed_things("锦州市居家养老助餐补贴，80岁以上老人每餐补多少钱？", heating) == ["助餐"]
    assert unnamed_things("煤改电补贴，我家老人72岁能多领吗？", heating) == []


def test_a_notice_speaking_of_none_of_the_things_the_asked_benefits_are_for_is_off_topic() -> None:
    from rag.query import off_topic, topic_words

    q = "我们用冬季瓜菜设施补贴建了防虫网室，种两年以后想拆掉改作停车场，之前领的补贴要退吗？"
    assert topic_words(q) == [("冬季", "瓜菜", "设施")]
    texts = {"veg": "对新建冬季瓜菜生产设施给予一次性建设补贴。未满3年拆除或改作他用的，按未满年限比例收回补贴资金。",
             "car": "购车发票开具日期在2026年10月1日以后的，按调整后的标准执行；在此之前购车的，仍按原标准执行。"}
    assert off_topic(q, texts, "veg") == {"car"}
    # a question on both benefits keeps both notices; one naming no thing, or none the first notice holds, drops none
    both = "冬季瓜菜设施补贴和新能源汽车置换补贴能同时领吗？"
    assert off_topic(both, {**texts, "car": texts["car"] + "新能源汽车置换更新补贴"}, "veg") == set()
    assert topic_words("之前领的补贴要退吗？我家能拿什么补助？") == []
    # (a name's own characters that are words elsewhere stay in it: 技能提升, 新能源, 过渡期)
    assert topic_words("我考了电工证，技能提升补贴能领多少？") == [("技能", "提升")]
    assert topic_words("拆迁以后的过渡期生活补助怎么算？") == [("过渡期", "生活")]
    assert off_topic("游艇码头建设补贴怎么申请？", texts, "veg") == set()  # (no notice speaks of 游艇码头)
    # (the first notice names the thing in its own words: "租房补贴" of one on 租赁补贴)
    rent = {"rules": "低收入家庭租赁补贴每平方米每月6元。", "faq": "问：租房补贴怎么领？答：向街道申请。"}
    assert off_topic("低保户的租房补贴要到哪里去申请？", rent, "rules") == set()

import pytest

from index.persons import (
    asked_post,
    bare_name,
    comrades,
    groups_of_people,
    names_a_person,
    names_before_posts,
    opens_on_person,
    opens_on_pronoun,
    speaks_of_him,
)


def test_people_named_together_are_found_by_clause() -> None:
    text = "实行AB岗工作制，赵海、孙伟同志互为AB岗，张立新、李志强同志互为AB岗。李志强同志负责交通运输、水利。"
    groups = groups_of_people(text)
    assert [names for _, _, names in groups] == [["赵海", "孙伟"], ["张立新", "李志强"]]
    a, b, _ = groups[1]
    assert text[a:b] == "张立新、李志强同志互为AB岗"
    # the word before the first name is not part of it
    assert [n for _, _, n in groups_of_people("由赵海、孙伟同志负责，王刚、陈明同志配合。")] == [["赵海", "孙伟"], ["王刚", "陈明"]]


@pytest.mark.parametrize(("written", "name"), [
    ("刘宁县委常委、副县长", "刘宁"), ("蒋恒斌县委常委", "蒋恒斌"), ("王建军", "王建军"), ("刘宁副县长", "刘宁"),
    ("县委书记王五", "王五"), ("县政府副县长刘宁", "刘宁"), ("王刚同志", "王刚"),
])
def test_a_name_is_read_without_its_posts(written: str, name: str) -> None:
    assert bare_name(written) == name


def test_phrases_before_comrade_that_name_no_one() -> None:
    assert comrades("王刚同志、各位同志、主要负责同志、这位同志和李志强同志") == ["王刚", "李志强"]
    assert names_before_posts("主任周勇兼任，由王某任组长") == ["周勇", "王某"]


def test_a_leaders_record_opens_on_a_name() -> None:
    assert opens_on_person("王继斌同志 协助县长负责农业农村工作。")
    assert opens_on_person("王 继斌同志 协助县长")  # a space inside the name
    assert not opens_on_person("负责同志要亲自抓。")
    assert not opens_on_person("各级领导同志要带头。")


@pytest.mark.parametrize(("clause", "one"), [
    ("他分管哪些部门", True), ("她跟谁互为AB岗", True), ("该同志联系哪些单位", True), ("其分管领域是什么", True),
    ("其他成员有哪些", False), ("他们的职责是什么", False), ("其中哪些单位是成员", False),
])
def test_a_pronoun_for_one_person(clause: str, one: bool) -> None:
    assert opens_on_pronoun(clause) is one


def test_he_in_an_answer_is_one_person() -> None:
    assert speaks_of_him("他跟张立新同志互为AB岗")
    assert not speaks_of_him("其他成员不变")
    assert not speaks_of_him("他们互为AB岗")


def test_a_person_in_a_role() -> None:
    assert names_a_person("组长：杨某某")
    assert names_a_person("李某兼任办公室主任")
    assert names_a_person("责任人为村民小组长")
    assert not names_a_person("报领导小组组长审签")


def test_a_roster_row_names_a_person_in_a_cell_of_its_own() -> None:
    from index.persons import row_names_person
    assert row_names_person("13\t洞子沟\t王新海\t王团镇党委书记\t王团镇\t教育局")
    assert row_names_person("9 大西沟 刘艳 王团镇党委书记")
    assert not row_names_person("24\t朱家沟\t/\t河西镇党委书记\t河西镇")  # no one named: places and bodies
    assert not row_names_person("7\t机动车驾驶员培训业务许可证核发\t交通运输局")
    from index.persons import row_persons
    assert row_persons("20\t盐泥沟\t杨冕\t张家塬乡党委书记\t张家塬乡\t文广局") == ["杨冕"]


def test_a_contact_named_after_its_label_is_a_person() -> None:
    from index.persons import names_a_person
    assert names_a_person("领导小组办公室，联系人：崔海菊、来彦青，联系方式")


def test_a_name_ending_like_a_word_for_a_centre_is_still_a_name() -> None:
    from index.persons import row_names_person
    assert row_names_person("5\t某某沟\t万伟中\t某镇党委书记")  # 中 alone does not end a body's name
    assert not row_names_person("5\t扶贫中心\t某镇")  # …中心 does


def test_a_roster_is_read_entry_by_entry() -> None:
    from index.persons import roster_entries
    text = ("高伟，男，汉族，1984年10月出生，中共党员。现任县纪委监委纪检监察三室主任，拟任县乡镇副科级领导职务。"
            "杨凯军，男，回族，1973年12月出生。现任工业园区管委会党政办公室副主任。")
    entries = roster_entries(text)
    assert list(entries) == ["高伟", "杨凯军"]
    assert "纪检监察三室主任" in entries["高伟"] and "党政办公室副主任" not in entries["高伟"]
    assert entries["杨凯军"].endswith("党政办公室副主任。")


def test_the_post_a_question_asks_the_holder_of() -> None:
    assert asked_post("总院院长现在是谁") == "院长"
    assert asked_post("领导小组办公室主任是谁") == "主任"
    assert asked_post("县级河长叫什么") == "河长"
    assert asked_post("由哪个部门牵头") is None
    assert asked_post("联系人是谁") is None  # (a contact holds no post)

"""The gazetteer: which prefecture a district, county or city lies in."""

from __future__ import annotations

from index.gazetteer import districts_in, same_prefecture


def test_districts_and_counties_lie_in_their_prefecture() -> None:
    assert same_prefecture("涪城区", "绵阳市") and same_prefecture("江油市", "绵阳市")
    assert same_prefecture("同心县", "吴忠市") and same_prefecture("金凤区", "贺兰县")  # both of 银川市
    assert not same_prefecture("平罗县", "中卫市")
    assert not same_prefecture("某某区", "中卫市")  # not in the table: no answer either way


def test_a_question_s_districts_are_read_but_not_everyday_words() -> None:
    assert districts_in("银川市金凤区推行产业链链长制") == ["金凤区"]
    assert districts_in("我住在涪城区三环路以内") == ["涪城区"]
    assert districts_in("同心县的新城区小区") == ["同心县"]  # 新城区 is also a word
    assert districts_in("在社区和园区里") == []


def test_a_prefecture_is_told_from_the_districts_and_counties_within_it() -> None:
    from index.gazetteer import prefecture_level

    assert prefecture_level("绵阳市") and prefecture_level("吴忠市")
    assert not prefecture_level("江油市") and not prefecture_level("中宁县") and not prefecture_level("某某市")


def test_an_autonomous_county_is_named_short_as_a_county() -> None:
    assert same_prefecture("长阳县", "宜昌市") and same_prefecture("长阳土家族自治县", "宜昌市")
    assert not same_prefecture("长阳县", "襄阳市")


def test_a_county_made_a_district_is_found_under_its_old_name() -> None:
    from index.gazetteer import in_table

    assert same_prefecture("繁昌区", "芜湖市") and same_prefecture("南康区", "赣州市")  # 繁昌县, 南康市 in the table
    assert not same_prefecture("繁昌区", "宜昌市") and not in_table("湾沚区")


def test_where_an_asker_says_they_come_from() -> None:
    from index.gazetteer import origins
    assert origins("我是河北人，今年春节后来长治上班") == ["河北"]
    assert origins("我老家是山西吕梁的，春节后来长治") == ["山西", "吕梁"]  # a province run into its city
    assert origins("我们一家是河北来的") == ["河北"] and origins("从河南过来打工") == ["河南"]
    assert origins("户口在四川，能办吗") == ["四川"]
    assert origins("我是上班族") == [] and origins("老家是农村的") == [] and origins("我是外地人") == []
    # the autonomous regions by their short names; everyday words name no place
    assert origins("我是广西来的") == ["广西"] and origins("我是内蒙古的") == ["内蒙古"] and origins("我是宁夏人") == ["宁夏"]
    assert origins("我家是城区的") == [] and origins("我是嘉兴郊区的") == []

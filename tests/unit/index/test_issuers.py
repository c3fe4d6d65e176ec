"""Organisation names in running text (the verifier and the evidence stage read them)."""

from __future__ import annotations

import pytest

from index.issuers import org_core, org_mentions


@pytest.mark.parametrize(("text", "names"), [
    ("各乡镇于5月31日前将落实情况报县发展和改革局。", ["县发展和改革局"]),
    ("严厉打击违法犯罪活动由县公安局牵头，县法院、检察院配合", ["县公安局", "县法院", "检察院"]),
    ("举报奖励经费由县财政予以保障", ["县财政"]),
    ("配合单位：自然资源局、住房和城乡建设局", ["自然资源局", "住房和城乡建设局"]),
    ("由贺兰县推进“数字政府”建设领导小组牵头", ["贺兰县推进“数字政府”建设领导小组"]),
    ("按《宁夏回族自治区招标投标管理办法》执行", []),  # 管理办法 is no 办
    ("活动在5月10日举办，由县应急管理局主办", ["县应急管理局"]),  # nor 举办
    ("领导小组办公室设在县政府办", ["领导小组办公室", "县政府办"]),
    ("张立新同志分管县医疗保障局", ["县医疗保障局"]),  # a person and his duty are no part of the name
    ("联系县气象局", ["县气象局"]),
    ("眉县金渠养老服务站\t眉县金渠镇金渠街16号", ["眉县金渠养老服务站"]),  # a service station is a body
    ("麒麟区文化馆将举办培训班", ["麒麟区文化馆"]),
])
def test_names_are_cut_from_the_words_before_them(text: str, names: list[str]) -> None:
    assert org_mentions(text) == names


def test_the_level_prefix_is_not_part_of_the_office() -> None:
    assert org_core("县财政局") == org_core("财政局") == "财政局"
    assert org_core("自治区医疗保障局") == "医疗保障局"


def test_an_office_is_named_at_a_level_and_bare_without_it() -> None:
    from index.issuers import bare_org, org_level
    assert org_level("中卫市发展和改革局") == "市" and bare_org("中卫市发展和改革局") == "发展和改革局"
    assert org_level("县发展和改革局") == "县"
    assert org_level("宁夏回族自治区财政厅") == "自治区"
    assert org_level("市场监督管理局") is None  # the 市 of 市场 is no level
    assert org_level("财政局") is None and bare_org("财政局") == "财政局"


def test_a_body_named_by_what_it_does() -> None:
    from index.issuers import names_body
    assert names_body("供热单位应当在供热期开始前完成检修。")
    assert names_body("由市场监督管理部门依法查处。")
    assert not names_body("有关部门要加强协作。") and not names_body("牵头单位：县财政局")


def test_a_federation_or_a_union_issues_jointly() -> None:
    """残联, 妇联 and 总工会 sign notices with the bureaus: their names are issuers and start titles."""
    from index.issuers import ISSUER_LINE_RE
    from index.titles import TITLE_START_RE

    assert ISSUER_LINE_RE.fullmatch("萍乡市民政局萍乡市财政局萍乡市残疾人联合会")
    assert ISSUER_LINE_RE.fullmatch("萍乡市人力资源和社会保障局萍乡市总工会")
    assert TITLE_START_RE.match("萍乡市民政局萍乡市妇女联合会关于做好困境儿童")

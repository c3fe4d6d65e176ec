"""The heading grammar of official documents."""

from __future__ import annotations

import pytest

from index.headings import ATTACH_LIST_RE, ATTACHMENT_HEAD_RE, heading_kind, without_heading_marker


@pytest.mark.parametrize(("line", "kind"), [
    ("第一章总则", "chapter"), ("第二节 职责", "section"), ("第十二条 本办法自发布之日起施行", "article"),
    ("一、总体要求", "cn"), ("（三）加大资金投入", "paren_cn"), ("(三)加大资金投入", "paren_cn"),
    ("1.康复训练。", "num"), ("2、工作措施", "num"), ("（1）耳蜗。", "paren_num"), ("①申请", "circled"),
])
def test_heading_kinds(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize("line", ["1.5万元用于手术。", "2019年起实施。", "123.各单位", "各乡镇人民政府：", ""])
def test_numbers_are_not_headings(line: str) -> None:
    assert heading_kind(line) is None


def test_attachment_heads_and_lists() -> None:
    assert ATTACHMENT_HEAD_RE.match("附件2") and ATTACHMENT_HEAD_RE.match("附件")
    assert ATTACH_LIST_RE.match("附件：1.某方案") and not ATTACH_LIST_RE.match("附件2")


def test_a_heading_marker_comes_off_the_sentence_it_opens() -> None:
    assert without_heading_marker("第十一条本办法自2023年1月1日起施行") == "本办法自2023年1月1日起施行"
    assert without_heading_marker("七、本措施自2024年3月1日起施行") == "本措施自2024年3月1日起施行"
    assert without_heading_marker("（三）申报材料") == "申报材料"
    assert without_heading_marker("1.5万元以下的") == "1.5万元以下的"  # a figure is no marker

"""The units a rate is asked and stated in."""

from __future__ import annotations

from index.units import RATE_UNIT_RE, rate_of_another_unit


def test_a_rate_asked_per_unit_needs_a_rate_per_that_unit() -> None:
    assert rate_of_another_unit("一度电收多少钱", "交流75元/千瓦，直流150元/千瓦")
    assert not rate_of_another_unit("一度电收多少钱", "充电服务费上限为每千瓦时0.8元")
    assert not rate_of_another_unit("居民用电一度电多少钱", "居民生活用电价格为0.4770元/kW·h")
    assert rate_of_another_unit("停车每小时多少钱", "按照0.05元/千瓦时的标准给予电价补贴")
    assert not rate_of_another_unit("老师每小时补多少钱", "每课时不低于60元")
    assert not rate_of_another_unit("管道天然气每立方米多少钱", "居民管道天然气价格为2.86元/立方")
    assert not rate_of_another_unit("打车每公里多少钱", "超出起步里程后每千米1.6元")
    # "一度" alone is "for a time", no unit
    assert not rate_of_another_unit("基础养老金一度停发，现在每月发多少", "每人每月发放200元")


def test_a_unit_asked_per_is_no_word_of_what_is_asked() -> None:
    assert RATE_UNIT_RE.fullmatch("每小时") and RATE_UNIT_RE.fullmatch("一年") and RATE_UNIT_RE.fullmatch("每平方米")
    assert not RATE_UNIT_RE.fullmatch("投资")

"""Printed dates: every day a text writes, and the days a rule is bounded by."""

from __future__ import annotations

from index.dates import dates_in, day_bounds, find_date, period_ceilings, periods_in


def test_every_day_written_is_read_in_order() -> None:
    text = "孩子是2019年9月5日出生的，2025-07-01报名，2019年13月40日不是日期。"
    assert dates_in(text) == ["2019-09-05", "2025-07-01"]
    assert find_date(text) == "2019-09-05"


def test_a_day_a_rule_is_bounded_by_reads_its_side() -> None:
    assert day_bounds("2019年8月31日前（含当日）出生、具有接受普通教育能力的适龄儿童") == [("2019-08-31", "before")]
    assert day_bounds("2020年1月1日以后登记的企业；自2023年5月1日起施行") == [
        ("2020-01-01", "after"), ("2023-05-01", "after")]
    # a day that bounds nothing (a span, a signature) is no bound
    assert day_bounds("网上报名：2025年7月1日至7月7日。2025年3月18日") == []


def test_spans_of_time_and_the_most_a_rule_allows() -> None:
    assert periods_in("2019年9月5日出生，5月10日前交，拿到证书已经13个月了，毕业3年") == [(13, "个月"), (3, "年")]
    assert period_ceilings("应当自证书核发之日起12个月内提出申请；补贴期限最长不超过36个月") == [(12, "个月"), (36, "个月")]
    assert period_ceilings("自受理之日起15个工作日内完成审核，每年11月10日内报送") == [(15, "工作日")]

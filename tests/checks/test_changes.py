"""The change rule: change-mismatch over the intervals of previous, current and stated figures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import govreport as gr
from govreport._relations import ChangeForm, Direction
from govreport.checks import Finding, changes, check

MakeReport = Callable[..., gr.Report]
MakeMetric = Callable[..., gr.Metric]
Codes = Callable[[list[Finding]], list[str]]


def _stated(
    report: MakeReport,
    previous: gr.Metric,
    current: gr.Metric,
    stated: gr.Metric,
    form: ChangeForm = "rate",
    direction: Direction = "increase",
) -> gr.Report:
    relation = gr.Change(
        current=current.id, stated=stated.id, form=form, direction=direction, previous=previous.id
    )
    return report(previous, current, stated, relations=[relation])


def _growth(value: int | str, unit: str = "%", **quantity: object) -> gr.Metric:
    return gr.metric("c.change", value, unit, label="增长", change=True, **quantity)


class TestRates:
    def test_exact_rate(self, report: MakeReport, m: MakeMetric) -> None:
        """50 → 60 is +20%: 增长20% holds, 增长25% and 回落20% do not."""
        before, now = m("c.before", 50, label="上年"), m("c.now", 60, label="今年")
        assert check(_stated(report, before, now, _growth(20))) == []
        found = list(changes(_stated(report, before, now, _growth(25))))
        assert [f.message for f in found] == [
            "the change 增长25% does not match 上年50件 → 今年60件, which is an increase of 20%"
        ]
        assert found[0].metrics == ("c.now", "c.change", "c.before")
        down = _stated(report, before, now, _growth(20), direction="decrease")
        assert [f.code for f in check(down)] == ["change-mismatch"]

    def test_rounded_rate(self, report: MakeReport, m: MakeMetric, codes: Codes) -> None:
        """1000 → 877 is −12.3%: 回落12.3% and 12% hold (rounding); 12.4% does not."""
        before, now = m("c.before", 1000), m("c.now", 877)
        for ok in ("12.3", "12"):
            r = _stated(report, before, now, _growth(ok), direction="decrease")
            assert check(r) == [], ok
        wrong = _stated(report, before, now, _growth("12.4"), direction="decrease")
        assert codes(check(wrong)) == ["change-mismatch"]

    def test_approximate_figures(self, report: MakeReport, m: MakeMetric, codes: Codes) -> None:
        """约100 → 120: 增长20% holds for any true value near 100; 100余 → 120 allows less."""
        now = m("c.now", 120)
        assert check(_stated(report, m("c.before", 100, approx="约"), now, _growth(25))) == []
        over = m("c.before", 100, approx="余")
        assert check(_stated(report, over, now, _growth(10))) == []
        assert codes(check(_stated(report, over, now, _growth(30)))) == ["change-mismatch"]

    def test_previous_zero_is_not_checked(self, report: MakeReport, m: MakeMetric) -> None:
        assert check(_stated(report, m("c.before", 0), m("c.now", 5), _growth(50))) == []

    def test_per_mille(self, report: MakeReport, m: MakeMetric, codes: Codes) -> None:
        before, now = m("c.before", 1000), m("c.now", 1005)
        assert check(_stated(report, before, now, _growth(5, "‰"))) == []
        assert codes(check(_stated(report, before, now, _growth(6, "‰")))) == ["change-mismatch"]


class TestDifferences:
    def test_difference(self, report: MakeReport, m: MakeMetric) -> None:
        """8 → 3 is 减少5件; 减少4件 and 增加5件 are wrong."""
        before, now = m("c.before", 8, label="上年"), m("c.now", 3, label="今年")
        fewer = gr.metric("c.change", 5, "件", label="减少", change=True)
        assert check(_stated(report, before, now, fewer, "difference", "decrease")) == []
        assert [f.code for f in check(_stated(report, before, now, fewer, "difference"))] == [
            "change-mismatch"
        ]
        four = gr.metric("c.change", 4, "件", label="减少", change=True)
        found = check(_stated(report, before, now, four, "difference", "decrease"))
        assert [f.message for f in found] == [
            "the change 减少4件 does not match 上年8件 → 今年3件, which is a decrease of 5件"
        ]

    def test_percentage_points(self, report: MakeReport, m: MakeMetric) -> None:
        """98.2% → 95% is 下降3.2个百分点; the message says the points, not per cent."""
        before, now = (
            m("c.before", "98.2", "%", label="上年办结率"),
            m("c.now", 95, "%", label="办结率"),
        )
        points = gr.metric("c.change", "3.2", "个百分点", label="下降", change=True)
        assert check(_stated(report, before, now, points, "difference", "decrease")) == []
        found = check(_stated(report, before, now, points, "difference"))
        assert [f.message for f in found] == [
            "the change 下降3.2个百分点 does not match 上年办结率98.2% → 办结率95%, "
            "which is a decrease of 3.2个百分点"
        ]

    def test_difference_over_approximate(self, report: MakeReport, m: MakeMetric) -> None:
        """10余次 → 30次 is an increase of more than 10 and less than 20."""
        before, now = m("c.before", 10, "次", approx="余"), m("c.now", 30, "次")
        ok = gr.metric("c.change", 15, "次", label="增加", change=True)
        assert check(_stated(report, before, now, ok, "difference")) == []
        wrong = gr.metric("c.change", 20, "次", label="增加", change=True)
        assert len(check(_stated(report, before, now, wrong, "difference"))) == 1


class TestMultiples:
    @pytest.mark.parametrize(
        ("value", "unit", "holds"),
        [(2, "倍", True), (1, "番", True), (3, "倍", False), (2, "番", False)],
    )
    def test_multiple(
        self, report: MakeReport, m: MakeMetric, value: int, unit: str, holds: bool
    ) -> None:
        """50 → 100 is 是上年的2倍 and 翻一番, not 3倍 or 翻两番."""
        stated = gr.metric("c.change", value, unit, label="翻", change=True)
        found = check(_stated(report, m("c.before", 50), m("c.now", 100), stated, "multiple"))
        assert (found == []) is holds

    def test_message(self, report: MakeReport, m: MakeMetric) -> None:
        stated = gr.metric("c.change", 3, "倍", label="是上年的", change=True)
        found = check(_stated(report, m("c.before", 50), m("c.now", 100), stated, "multiple"))
        assert found[0].message.endswith("which is 2 times as much")


def test_open_changes_are_left_to_compare(report: MakeReport, m: MakeMetric) -> None:
    """Without a previous figure in the report there is nothing to check here."""
    now, growth = m("c.now", 60), _growth(99)
    r = report(now, growth, relations=[gr.Change(current="c.now", stated="c.change", form="rate")])
    assert check(r) == []


def test_relation_ids_must_exist(report: MakeReport, m: MakeMetric) -> None:
    with pytest.raises(gr.ValidationError, match=r"'c\.gone'"):
        report(
            m("c.now", 1),
            _growth(5),
            relations=[
                gr.Change(current="c.now", stated="c.change", form="rate", previous="c.gone")
            ],
        )

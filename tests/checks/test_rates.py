"""The rate rules: ratio-mismatch by cross-multiplying intervals, and shares outside 0–100%."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import govreport as gr
from govreport.checks import Finding, check, percent_ranges

MakeReport = Callable[..., gr.Report]
MakeMetric = Callable[..., gr.Metric]
Codes = Callable[[list[Finding]], list[str]]


@pytest.fixture
def rated(report: MakeReport) -> Callable[[gr.Metric, gr.Metric, gr.Metric], gr.Report]:
    """A report stating a rate, its numerator and denominator, with the Rate relation."""

    def rated(rate: gr.Metric, num: gr.Metric, den: gr.Metric) -> gr.Report:
        relation = gr.Rate(rate=rate.id, numerator=num.id, denominator=den.id)
        return report(den, num, rate, relations=[relation])

    return rated


class TestRatios:
    def test_exact_rate(
        self, m: MakeMetric, rated: Callable[[gr.Metric, gr.Metric, gr.Metric], gr.Report]
    ) -> None:
        """8 received, 7 closed: 87.5% holds and 77.5% does not."""
        num, den = m("c.done", 7, label="办结"), m("c.got", 8, label="收到")
        assert check(rated(m("c.rate", "87.5", "%"), num, den)) == []
        found = check(rated(m("c.rate", "77.5", "%", label="办结率"), num, den))
        assert [f.message for f in found] == [
            "the rate 办结率77.5% does not match 办结7件 out of 收到8件, which gives 87.5%"
        ]

    def test_rounded_rate(
        self,
        m: MakeMetric,
        codes: Codes,
        rated: Callable[[gr.Metric, gr.Metric, gr.Metric], gr.Report],
    ) -> None:
        """2 of 3 is 66.67%: 66.7% and 67% are fine, 66.6% is not (it means 66.55–66.65)."""
        num, den = m("c.done", 2), m("c.got", 3)
        for ok in ("66.7", "67", "66.67"):
            assert check(rated(m("c.rate", ok, "%"), num, den)) == [], ok
        assert codes(check(rated(m("c.rate", "66.6", "%"), num, den))) == ["ratio-mismatch"]

    def test_per_mille(
        self,
        m: MakeMetric,
        codes: Codes,
        rated: Callable[[gr.Metric, gr.Metric, gr.Metric], gr.Report],
    ) -> None:
        """‰ rates are numerator ÷ denominator × 1000."""
        num, den = m("c.done", 3), m("c.got", 4000)
        assert check(rated(m("c.rate", "0.75", "‰"), num, den)) == []
        assert codes(check(rated(m("c.rate", "7.5", "‰"), num, den))) == ["ratio-mismatch"]

    def test_approximate_figures(
        self, m: MakeMetric, rated: Callable[[gr.Metric, gr.Metric, gr.Metric], gr.Report]
    ) -> None:
        """约90% of 近100件 with 88件 done is possible."""
        rate = m("c.rate", 90, "%", approx="约")
        num, den = m("c.done", 88), m("c.got", 100, approx="近")
        assert check(rated(rate, num, den)) == []

    def test_denominator_that_may_be_zero_is_not_checked(
        self, m: MakeMetric, rated: Callable[[gr.Metric, gr.Metric, gr.Metric], gr.Report]
    ) -> None:
        """不到10件 received may be 0, where no rate is defined: no finding."""
        rate, num = m("c.rate", 50, "%"), m("c.done", 3)
        assert check(rated(rate, num, m("c.got", 10, approx="不到"))) == []
        assert check(rated(rate, m("c.done", 0), m("c.got", 0))) == []

    def test_numerator_over_denominator_is_a_percent_range_only(
        self, m: MakeMetric, rated: Callable[[gr.Metric, gr.Metric, gr.Metric], gr.Report]
    ) -> None:
        """More closed than received makes the share exceed 100%: one percent-range finding."""
        found = check(
            rated(
                m("c.rate", 100, "%", label="办结率"),
                m("c.done", 9, label="办结"),
                m("c.got", 8, label="收到"),
            )
        )
        assert [str(f) for f in found] == [
            "error percent-range at 一: the share 办结率100% is 办结9件 out of 收到8件, "
            "which gives 112.5%, outside 0%–100%"
        ]

    def test_growth_rate_is_not_a_share(
        self, m: MakeMetric, rated: Callable[[gr.Metric, gr.Metric, gr.Metric], gr.Report]
    ) -> None:
        """A change (同比增长149.6%) may pass 100%; only the cross-multiplication is checked."""
        rate = m("g.rate", "149.6", "%", change=True)
        assert check(rated(rate, m("g.up", 1496), m("g.base", 1000))) == []


class TestPercentRanges:
    @pytest.mark.parametrize(("value", "approx"), [(100, "超"), (100, "余"), (0, "不到")])
    def test_share_marked_past_the_range(
        self, report: MakeReport, m: MakeMetric, value: int, approx: str
    ) -> None:
        """超100%, 100余% and 不到0% denote no share at all."""
        found = percent_ranges(report(m("x.rate", value, "%", approx=approx)))
        assert [f.metrics for f in found] == [("x.rate",)]

    def test_share_within_range_and_change(self, report: MakeReport, m: MakeMetric) -> None:
        """近100% is a share; 超100% growth (change=True) is not checked."""
        assert list(percent_ranges(report(m("x.rate", 100, "%", approx="近")))) == []
        assert list(percent_ranges(report(m("x.rate", 100, "%", approx="超", change=True)))) == []

"""Whether a stated change holds: the interval test shared by change-mismatch, compare and T2-ROLL."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import govreport as gr
from govreport._changes import change_holds, difference_holds
from govreport._interval import Interval

COUNTS = st.integers(0, 10_000).map(Decimal)


def point(value: Decimal) -> Interval:
    """The exact figure *value*."""
    return Interval.point(value)


@given(COUNTS, COUNTS, st.integers(-10_000, 10_000).map(Decimal))
def test_difference_on_exact_figures_is_equality(
    previous: Decimal, current: Decimal, change: Decimal
) -> None:
    """On exact figures, a difference holds exactly when current = previous + change."""
    assert difference_holds(point(previous), point(current), point(change)) == (
        current == previous + change
    )


@given(COUNTS, COUNTS, st.integers(0, 10_000))
def test_a_decrease_is_a_negative_difference(
    previous: Decimal, current: Decimal, stated: int
) -> None:
    """减少S件 holds exactly when the signed difference −S does."""
    quantity = gr.Quantity(value=stated, unit="件", change=True)
    holds = change_holds(
        "difference", "decrease", previous=point(previous), current=point(current), stated=quantity
    )
    assert holds == difference_holds(point(previous), point(current), point(Decimal(-stated)))


def test_rounding_of_the_stated_difference_is_allowed() -> None:
    """增加0.5万元 stands for [4500, 5500] yuan: 12000 → 17300 holds, 12000 → 17600 does not."""
    half = gr.Quantity(value="0.5", unit="元", scale="万", change=True).interval()
    assert difference_holds(point(Decimal(12000)), point(Decimal(17300)), half)
    assert not difference_holds(point(Decimal(12000)), point(Decimal(17600)), half)


def test_percentage_points_are_a_difference() -> None:
    """办结率95%，较上年下降3.2个百分点: 98.2% → 95% holds, 99.5% → 95% does not (95% stands for [94.5, 95.5])."""
    points = gr.Quantity(value="3.2", unit="个百分点", change=True)
    for previous, holds in (("98.2", True), ("99.5", False)):
        before = gr.Quantity(value=previous, unit="%").interval()
        now = gr.Quantity(value=95, unit="%").interval()
        assert (
            change_holds("difference", "decrease", previous=before, current=now, stated=points)
            is holds
        )

"""Plain words for findings: figures as the report writes them, intervals as ranges."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .._interval import Interval
from .._messages import N_, Fact, Phrase
from .._quantity import Metric, Quantity
from .._written import written
from ..quantities import format_quantity

__all__ = ["amount", "describe", "figure", "named", "names"]


def figure(quantity: Quantity) -> str:
    """The figure as the report writes it, with Arabic numerals unless it asks for Chinese."""
    return written(quantity)


def named(metric: Metric) -> str:
    """Label and figure, as a reader finds them (``委发76件``)."""
    return f"{metric.label}{figure(metric.quantity)}"


def names(metrics: Iterable[Metric]) -> tuple[str, ...]:
    """Several named figures, e.g. the parts of a sum; the template joins them."""
    return tuple(named(m) for m in metrics)


def amount(value: Decimal, like: Quantity) -> str:
    """A computed unscaled *value* in the unit and scale of *like* (545 → ``545件``)."""
    if like.scale is not None:
        value = value.scaleb(-like.multiplier.adjusted())  # exact: the scale is a power of ten
    return format_quantity(_tidy(value), like.unit, scale=like.scale)


def describe(interval: Interval, like: Quantity) -> Fact:
    """An interval in words, in the unit and scale of *like*.

    ``[545, 545]`` → ``545件``; ``(30, 40)`` → a phrase worded ``more than 30次
    and less than 40次`` in English, ``多于30次且少于40次`` in Chinese.
    """
    if interval.is_empty:
        return Phrase(template=N_("no possible value"))
    low, high = interval.low, interval.high
    if low is not None and low == high:
        return amount(low, like)
    if low is None and high is None:
        return Phrase(template=N_("any value"))
    if low is not None and high is not None and not interval.low_open and not interval.high_open:
        return Phrase(
            template=N_("between {low} and {high}"),
            facts={"low": amount(low, like), "high": amount(high, like)},
        )
    above = N_("more than {low}") if interval.low_open else N_("at least {low}")
    below = N_("less than {high}") if interval.high_open else N_("at most {high}")
    if low is None and high is not None:
        return Phrase(template=below, facts={"high": amount(high, like)})
    assert low is not None  # both ends None returned above
    lower = Phrase(template=above, facts={"low": amount(low, like)})
    if high is None:
        return lower
    upper = Phrase(template=below, facts={"high": amount(high, like)})
    return Phrase(template=N_("{above} and {below}"), facts={"above": lower, "below": upper})


def _tidy(value: Decimal) -> Decimal:
    """Drop trailing fractional zeros (545.00 → 545) without going to exponent form."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()

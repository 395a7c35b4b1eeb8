"""Plain words for findings: figures as the report writes them, intervals as ranges."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .._interval import Interval
from .._quantity import Metric, Quantity
from .._written import written
from ..quantities import format_quantity

__all__ = ["amount", "describe", "figure", "joined", "named"]


def figure(quantity: Quantity) -> str:
    """The figure as the report writes it, with Arabic numerals unless it asks for Chinese."""
    return written(quantity)


def named(metric: Metric) -> str:
    """Label and figure, as a reader finds them (``委发76件``)."""
    return f"{metric.label}{figure(metric.quantity)}"


def joined(metrics: Iterable[Metric], sep: str = " + ") -> str:
    """Several named figures, e.g. the parts of a sum."""
    return sep.join(named(m) for m in metrics)


def amount(value: Decimal, like: Quantity) -> str:
    """A computed unscaled *value* in the unit and scale of *like* (545 → ``545件``)."""
    if like.scale is not None:
        value = value.scaleb(-like.multiplier.adjusted())  # exact: the scale is a power of ten
    return format_quantity(_tidy(value), like.unit, scale=like.scale)


def describe(interval: Interval, like: Quantity) -> str:
    """An interval in words, in the unit and scale of *like*.

    ``[545, 545]`` → ``545件``; ``(30, 40)`` → ``more than 30次 and less than 40次``.
    """
    if interval.is_empty:
        return "no possible value"
    low, high = interval.low, interval.high
    if low is not None and low == high:
        return amount(low, like)
    above = "more than" if interval.low_open else "at least"
    below = "less than" if interval.high_open else "at most"
    if low is None:
        return "any value" if high is None else f"{below} {amount(high, like)}"
    if high is None:
        return f"{above} {amount(low, like)}"
    if not interval.low_open and not interval.high_open:
        return f"between {amount(low, like)} and {amount(high, like)}"
    return f"{above} {amount(low, like)} and {below} {amount(high, like)}"


def _tidy(value: Decimal) -> Decimal:
    """Drop trailing fractional zeros (545.00 → 545) without going to exponent form."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()

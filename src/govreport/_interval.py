"""Closed, open and half-open intervals of exact decimals.

Every figure in a report denotes an interval of true values (DESIGN: the XBRL
Calculations 1.1 idea). Checks add and divide intervals and flag a relation only
when the intervals cannot meet, so rounded or approximate figures are never
flagged falsely. Endpoints are :class:`~decimal.Decimal`; ``None`` is unbounded.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

__all__ = ["Interval"]


@attrs.frozen
class Interval:
    """An interval of exact decimal values; ``None`` ends are unbounded.

    >>> a = Interval.point(Decimal(500)) + Interval.point(Decimal(45))
    >>> str(a), a.contains(Decimal(545)), a.intersects(Interval.point(Decimal(560)))
    ('[545, 545]', True, False)
    >>> str(Interval(Decimal(10), Decimal(20), low_open=True, high_open=True))
    '(10, 20)'
    """

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def point(cls, value: Decimal) -> Interval:
        """The degenerate interval ``[value, value]``."""
        return cls(value, value)

    @property
    def is_point(self) -> bool:
        """Whether the interval holds exactly one value."""
        return self.low is not None and self.low == self.high

    def __add__(self, other: Interval) -> Interval:
        low = None if self.low is None or other.low is None else self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        return Interval(low, high, self.low_open or other.low_open, self.high_open or other.high_open)

    def contains(self, value: Decimal) -> bool:
        """Whether *value* lies inside."""
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        return not (
            self.high is not None and (value > self.high or (self.high_open and value == self.high))
        )

    def intersects(self, other: Interval) -> bool:
        """Whether some value lies in both intervals."""
        return _below(self, other) and _below(other, self)

    def clamp_low(self, floor: Decimal) -> Interval:
        """The interval with every value under *floor* removed (counts are never negative)."""
        if self.low is not None and self.low >= floor:
            return self
        return Interval(floor, self.high, False, self.high_open)

    def scaled(self, factor: Decimal) -> Interval:
        """Every value multiplied by a positive *factor*."""
        return Interval(
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.low_open,
            self.high_open,
        )

    def __str__(self) -> str:
        low = "-∞" if self.low is None else _plain(self.low)
        high = "∞" if self.high is None else _plain(self.high)
        left = "(" if self.low_open or self.low is None else "["
        right = ")" if self.high_open or self.high is None else "]"
        return f"{left}{low}, {high}{right}"


def _below(a: Interval, b: Interval) -> bool:
    """Whether a's low end does not lie beyond b's high end."""
    if a.low is None or b.high is None:
        return True
    if a.low < b.high:
        return True
    return a.low == b.high and not a.low_open and not b.high_open


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text

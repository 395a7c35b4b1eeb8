"""Closed, open and half-open intervals of exact decimals.

Every figure in a report denotes an interval of true values (the idea of XBRL
Calculations 1.1). Checks add and multiply intervals and flag a relation
only when the intervals cannot meet, so rounded or approximate figures are never
flagged falsely. Endpoints are :class:`~decimal.Decimal`; ``None`` is unbounded.

Arithmetic is exact: sums and products are computed in a context wide enough
that no digit is ever rounded away. There is no interval division, because the
quotient of two decimals is not a decimal in general (1/3); a ratio is checked
by cross-multiplying instead (``rate × denominator`` against ``100 × numerator``).

Each end is closed (the value is included) or open (excluded); an unbounded end
is always open. An interval whose ends meet but exclude each other, such as
``[0, 0)``, is *empty*: it is what ``近0件`` or ``超100%`` denote.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, localcontext
from typing import Final

import attrs

__all__ = ["Interval"]

# Precision and exponent range wide enough that adding or multiplying decimals
# never rounds: a result has at most the digits of its operands combined.
_EXACT: Final = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_ZERO: Final = Decimal(0)
_INF: Final = Decimal("Infinity")


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

    @property
    def is_empty(self) -> bool:
        """Whether no value lies inside (``[0, 0)``, or a low end above the high end).

        >>> Interval(Decimal(0), Decimal(0), high_open=True).is_empty
        True
        >>> Interval(None, Decimal(0)).is_empty
        False
        """
        if self.low is None or self.high is None:
            return False
        return self.low > self.high or (self.low == self.high and (self.low_open or self.high_open))

    def __add__(self, other: Interval) -> Interval:
        """Every sum of a value in *self* and a value in *other* (exact).

        An end of the sum is closed only when both ends it comes from are.
        """
        low = None if self.low is None or other.low is None else _EXACT.add(self.low, other.low)
        high = (
            None if self.high is None or other.high is None else _EXACT.add(self.high, other.high)
        )
        return Interval(
            low, high, self.low_open or other.low_open, self.high_open or other.high_open
        )

    @classmethod
    def sum(cls, intervals: Iterable[Interval]) -> Interval:
        """The sum of many intervals (``[0, 0]`` for none), in one pass.

        The same as adding them with ``+``, without the intermediate objects.

        >>> ten_odd = Interval(Decimal(10), Decimal(20), low_open=True, high_open=True)
        >>> str(Interval.sum([Interval.point(Decimal(76)), ten_odd]))
        '(86, 96)'
        """
        low: Decimal | None = _ZERO
        high: Decimal | None = _ZERO
        low_open = high_open = False
        with localcontext(_EXACT):  # one switch for the whole sum; + is then exact
            for item in intervals:
                low = None if low is None or item.low is None else low + item.low
                high = None if high is None or item.high is None else high + item.high
                low_open = low_open or item.low_open
                high_open = high_open or item.high_open
        return cls(low, high, low_open, high_open)

    def __mul__(self, other: Interval) -> Interval:
        """Every product of a value in *self* and a value in *other* (exact).

        The products of two intervals form an interval whose ends are products
        of their ends. An end is closed when it is the product of two closed,
        bounded ends, or when it is 0 and either factor may be 0. ``0 × ∞``
        counts as 0: a value near 0 times a large value tends to 0 or to an
        unbounded end that another pair of ends already reaches.

        >>> str(Interval(Decimal(1), Decimal(2)) * Interval(Decimal(3), Decimal(4), low_open=True))
        '(3, 8]'
        >>> str(Interval(Decimal(-1), Decimal(0)) * Interval(Decimal(2), None))
        '(-∞, 0]'
        """
        if self.is_empty or other.is_empty:
            return _EMPTY
        fast = _positive_product(self, other)
        return fast if fast is not None else _corner_product(self, other)

    def precedes(self, other: Interval) -> bool:
        """Whether every value in *self* is smaller than every value in *other*.

        For two intervals that do not intersect, one precedes the other.

        >>> Interval.point(Decimal(545)).precedes(Interval.point(Decimal(560)))
        True
        >>> Interval(Decimal(30), Decimal(40), True, True).precedes(Interval.point(Decimal(40)))
        True
        """
        return not _below(other, self)

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
        """Every value multiplied by a positive *factor* (exact)."""
        return Interval(
            None if self.low is None else _EXACT.multiply(self.low, factor),
            None if self.high is None else _EXACT.multiply(self.high, factor),
            self.low_open,
            self.high_open,
        )

    def __str__(self) -> str:
        low = "-∞" if self.low is None else _plain(self.low)
        high = "∞" if self.high is None else _plain(self.high)
        left = "(" if self.low_open or self.low is None else "["
        right = ")" if self.high_open or self.high is None else "]"
        return f"{left}{low}, {high}{right}"


_EMPTY: Final = Interval(_ZERO, _ZERO, True, True)


def _corner_product(a: Interval, b: Interval) -> Interval:
    """The product of two non-empty intervals, from the products of their ends."""
    corners = [
        _corner(x, x_closed, y, y_closed) for x, x_closed in _ends(a) for y, y_closed in _ends(b)
    ]
    low = min(value for value, _ in corners)
    high = max(value for value, _ in corners)
    zero = a.contains(_ZERO) or b.contains(_ZERO)
    low_closed = (low == 0 and zero) or any(c for v, c in corners if v == low)
    high_closed = (high == 0 and zero) or any(c for v, c in corners if v == high)
    return Interval(
        None if low == -_INF else low,
        None if high == _INF else high,
        not low_closed,
        not high_closed,
    )


def _positive_product(a: Interval, b: Interval) -> Interval | None:
    """The product when both factors are bounded, ≥ 0 and reach above 0 (rates × counts).

    Then the low ends multiply to the low end and the high ends to the high end;
    a low end of 0 is reached when either factor holds 0. ``None`` otherwise.
    """
    if (
        a.low is None
        or b.low is None
        or a.high is None
        or b.high is None
        or a.low < 0
        or b.low < 0
        or a.high <= 0
        or b.high <= 0
    ):
        return None
    low = _EXACT.multiply(a.low, b.low)
    if low == 0:
        low_open = not (a.contains(_ZERO) or b.contains(_ZERO))
    else:
        low_open = a.low_open or b.low_open
    return Interval(low, _EXACT.multiply(a.high, b.high), low_open, a.high_open or b.high_open)


def _ends(interval: Interval) -> tuple[tuple[Decimal, bool], tuple[Decimal, bool]]:
    """Both ends as (value, closed), with ±Infinity for unbounded ends."""
    low = (-_INF, False) if interval.low is None else (interval.low, not interval.low_open)
    high = (_INF, False) if interval.high is None else (interval.high, not interval.high_open)
    return low, high


def _corner(a: Decimal, a_closed: bool, b: Decimal, b_closed: bool) -> tuple[Decimal, bool]:
    """The product of two ends and whether it is attained."""
    if a == 0 or b == 0:
        return _ZERO, a_closed and b_closed and a.is_finite() and b.is_finite()
    return _EXACT.multiply(a, b), a_closed and b_closed


def _below(a: Interval, b: Interval) -> bool:
    """Whether a's low end does not lie beyond b's high end."""
    if a.low is None or b.high is None:
        return True
    if a.low < b.high:
        return True
    return a.low == b.high and not a.low_open and not b.high_open


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")

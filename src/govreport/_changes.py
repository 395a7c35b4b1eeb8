"""Whether a stated change can hold between a previous and a current figure.

One test, on the intervals the three figures denote, serves the
``change-mismatch`` rule within a report, :func:`govreport.compare` across two
reports and the kinds' cross-year identities. A change is flagged only when no
true values inside the intervals satisfy it, so written rounding and 余/约
never produce a finding. Everything is addition and multiplication of
intervals (no division), so the arithmetic stays exact:

==========  ==================================  =====================================
form        increase                            decrease
==========  ==================================  =====================================
rate        ``100·C = P·(100 + S)``             ``100·C = P·(100 − S)``
difference  ``C = P + S``                       ``P = C + S``
multiple    ``C = P·S`` (``S`` in 倍; 番: 2ⁿ)   (the same)
==========  ==================================  =====================================

(``C`` current, ``P`` previous, ``S`` the stated change; ‰ uses 1000.)
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ._interval import Interval
from ._quantity import Quantity
from ._relations import ChangeForm, Direction
from .units import SHARE_UNITS

__all__ = ["change_holds", "difference_holds", "implied_change"]

_ZERO: Final = Decimal(0)
_TWO: Final = Decimal(2)


def _negated(interval: Interval) -> Interval:
    return Interval(
        None if interval.high is None else -interval.high,
        None if interval.low is None else -interval.low,
        interval.high_open,
        interval.low_open,
    )


def _factor(stated: Quantity, s: Interval) -> Interval | None:
    """The multiple a stated figure denotes (``翻两番`` → 4); ``None`` if it cannot say."""
    if stated.unit != "番":
        return s
    if not s.is_point or s.low is None or s.low != s.low.to_integral_value() or s.low < 0:
        return None
    return Interval.point(_TWO ** int(s.low))


def difference_holds(previous: Interval, current: Interval, change: Interval) -> bool:
    """Whether ``current = previous + change`` for some true values (*change* is signed).

    The difference form of :func:`change_holds`, on intervals; the kinds'
    cross-year identities (表二's 现行有效件数 rolled on by 制发 − 废止) use it too.

    >>> from decimal import Decimal as D
    >>> difference_holds(Interval.point(D(40)), Interval.point(D(43)), Interval.point(D(3)))
    True
    >>> difference_holds(Interval.point(D(40)), Interval.point(D(43)), Interval.point(D(-3)))
    False
    """
    return (previous + change).intersects(current)


def change_holds(
    form: ChangeForm,
    direction: Direction,
    *,
    previous: Interval,
    current: Interval,
    stated: Quantity,
) -> bool:
    """Whether some true values inside the intervals satisfy the stated change.

    A rate from a previous value that may be 0 cannot be checked and holds.

    >>> from decimal import Decimal as D
    >>> from govreport import Quantity
    >>> p, c = Interval.point(D(50)), Interval.point(D(60))
    >>> change_holds("rate", "increase", previous=p, current=c, stated=Quantity(value=20, unit="%", change=True))
    True
    >>> change_holds("rate", "decrease", previous=p, current=c, stated=Quantity(value=20, unit="%", change=True))
    False
    >>> change_holds("difference", "increase", previous=p, current=c, stated=Quantity(value=10, unit="件", change=True))
    True
    """
    s = stated.interval()
    if form == "difference":
        return difference_holds(previous, current, s if direction == "increase" else _negated(s))
    if form == "multiple":
        factor = _factor(stated, s)
        return factor is None or (previous * factor).intersects(current)
    if previous.contains(_ZERO):
        return True
    whole = SHARE_UNITS.get(stated.unit, Decimal(100))
    grown = Interval.point(whole) + (s if direction == "increase" else _negated(s))
    return (previous * grown).intersects(current.scaled(whole))


def implied_change(form: ChangeForm, previous: Quantity, current: Quantity) -> Decimal | None:
    """The change the written values give (a signed rate in % or difference, or a multiple).

    ``None`` when a rate or multiple is asked of a previous value of 0.

    >>> from govreport import Quantity
    >>> implied_change("rate", Quantity(value=50, unit="件"), Quantity(value=60, unit="件"))
    Decimal('20')
    >>> implied_change("difference", Quantity(value=50, unit="件"), Quantity(value=45, unit="件"))
    Decimal('-5')
    """
    p = previous.value * previous.multiplier
    c = current.value * current.multiplier
    if form == "difference":
        return _tidy(c - p)
    if p == 0:
        return None
    if form == "multiple":
        return _tidy((c / p).quantize(Decimal("0.01")))
    return _tidy(((c - p) * 100 / p).quantize(Decimal("0.01")))


def _tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()

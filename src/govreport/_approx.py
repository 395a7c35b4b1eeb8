"""Approximation markers (余 多 约 近 超 逾 以上 以下 左右 不少于 …) and what they mean.

One table says, for each marker, on which side of the number it is written
(GB/T 15835 and editorial practice: 余/多/以上/以下/左右 after, 约/近/超/逾 before)
and which interval of true values it denotes. The formatter, the model's
validators, the checks and the text importer all read this table, so the
vocabulary cannot drift between them.

The intervals (documented in ``docs/checks.md``), for a written value *v* whose
last significant digit is worth *step* (10余 → 10, 400余 → 100, 1.5余 → 0.1)
and whose last written digit is worth *u* (1 for whole numbers, 0.1 for 1.2):

======================  ==========================  =====================
marker                  meaning                     interval
======================  ==========================  =====================
余 多 有余              a little more than v        (v, v + step)
以上 不少于 至少        at least v (以上 includes   [v, ∞)
                        v, 民法典 第1259条)
超 超过 逾 多于          more than v                 (v, ∞)
以下 不超过 最多        at most v                   (-∞, v]
不到 不足 少于           less than v                 (-∞, v)
近 将近 接近            just under v                [v − max(0.1·v, u), v)
约 大约 左右 上下        about v                     [0.9·v, 1.1·v]
======================  ==========================  =====================
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal, NamedTuple

from ._interval import Interval
from .exceptions import ModelTypeError, ValidationError

__all__ = ["MARKERS", "Marker", "as_marker", "denoted_interval", "last_digit_step", "split_marker"]

Meaning = Literal["over", "at_least", "more_than", "at_most", "less_than", "nearly", "about"]


class Marker(NamedTuple):
    """One approximation marker: its text, its side of the number, its meaning."""

    text: str
    position: Literal["before", "after"]
    meaning: Meaning


MARKERS: Final[dict[str, Marker]] = {
    m.text: m
    for m in (
        Marker("余", "after", "over"),
        Marker("多", "after", "over"),
        Marker("有余", "after", "over"),
        Marker("以上", "after", "at_least"),
        Marker("以下", "after", "at_most"),
        Marker("左右", "after", "about"),
        Marker("上下", "after", "about"),
        Marker("约", "before", "about"),
        Marker("大约", "before", "about"),
        Marker("近", "before", "nearly"),
        Marker("将近", "before", "nearly"),
        Marker("接近", "before", "nearly"),
        Marker("超", "before", "more_than"),
        Marker("超过", "before", "more_than"),
        Marker("逾", "before", "more_than"),
        Marker("多于", "before", "more_than"),
        Marker("不少于", "before", "at_least"),
        Marker("至少", "before", "at_least"),
        Marker("不超过", "before", "at_most"),
        Marker("最多", "before", "at_most"),
        Marker("不到", "before", "less_than"),
        Marker("不足", "before", "less_than"),
        Marker("少于", "before", "less_than"),
    )
}
"""Every marker govreport knows, by its text."""

_WHY_NOT_BOTH: Final[dict[frozenset[Meaning], str]] = {
    frozenset({"about"}): "both say 'approximately'",
    frozenset({"more_than", "at_least"}): "both say 'more than'",
    frozenset({"at_least"}): "both say 'at least'",
    frozenset({"more_than"}): "both say 'more than'",
    frozenset({"nearly", "over"}): "'just under' contradicts 'a little over'",
    frozenset({"less_than", "about"}): "'less than' contradicts 'approximately'",
    frozenset({"less_than", "at_least"}): "'less than' contradicts 'at least'",
    frozenset({"at_most", "at_least"}): "'at most' contradicts 'at least'",
    frozenset({"more_than", "at_most"}): "'more than' contradicts 'at most'",
}


def split_marker(spec: str) -> str:
    """Validate an approximation spec and return the canonical marker.

    *spec* is a marker (``"余"``) or the marker placed around ``…`` to show its
    side (``"…余"``, ``"约…"``). Raises :class:`ValueError` with the reason for
    an unknown marker, a marker on the wrong side, or two markers together.

    >>> split_marker("余"), split_marker("约…")
    ('余', '约')
    >>> split_marker("余…")
    Traceback (most recent call last):
    ...
    ValueError: '余' is written after the number ('…余'), not before
    >>> split_marker("约…左右")
    Traceback (most recent call last):
    ...
    ValueError: '约…左右' combines two markers that both say 'approximately'; keep one
    """
    if "…" not in spec:
        if spec not in MARKERS:
            raise ValueError(f"unknown approximation marker {spec!r}; known: {', '.join(MARKERS)}")
        return spec
    before, _, after = spec.partition("…")
    if before and after:
        for part in (before, after):
            if part not in MARKERS:
                raise ValueError(f"unknown approximation marker {part!r} in {spec!r}")
        meanings = frozenset({MARKERS[before].meaning, MARKERS[after].meaning})
        why = _WHY_NOT_BOTH.get(meanings, "would say the same thing twice")
        raise ValueError(f"{spec!r} combines two markers that {why}; keep one")
    marker, side = (before, "before") if before else (after, "after")
    if marker not in MARKERS:
        raise ValueError(f"unknown approximation marker {marker!r} in {spec!r}")
    if MARKERS[marker].position != side:
        where = "…" + marker if side == "before" else marker + "…"
        raise ValueError(
            f"{marker!r} is written {MARKERS[marker].position} the number ({where!r}), not {side}"
        )
    return marker


def as_marker(value: object, *, field: str = "approx") -> str | None:
    """The canonical marker for a caller's approximation *value* (None stays None).

    The one coercion behind :class:`~govreport.Quantity` and
    :func:`~govreport.quantities.format_quantity`.

    Raises:
        ModelTypeError: *value* is neither a str nor None.
        ValidationError: *value* is not a marker (see :func:`split_marker`).

    >>> as_marker("…余"), as_marker(None)
    ('余', None)
    >>> as_marker("大概")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'approx': unknown approximation marker '大概'; known: 余, 多, 有余, 以上, 以下, 左右, 上下, 约, 大约, 近, 将近, 接近, 超, 超过, 逾, 多于, 不少于, 至少, 不超过, 最多, 不到, 不足, 少于
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ModelTypeError(f"{field!r} must be a str (got {value!r})", field=field, value=value)
    try:
        return split_marker(value)
    except ValueError as exc:
        raise ValidationError(f"{field!r}: {exc}", field=field, value=value) from None


def last_digit_step(value: Decimal) -> Decimal:
    """The worth of the last significant digit of *value* as written.

    >>> last_digit_step(Decimal(10)), last_digit_step(Decimal(400)), last_digit_step(Decimal("1.5"))
    (Decimal('10'), Decimal('100'), Decimal('0.1'))
    >>> last_digit_step(Decimal(1464))
    Decimal('1')
    """
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if exponent < 0:
        return Decimal(10) ** exponent
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    if digits == (0,):
        trailing = 0
    return Decimal(10) ** (exponent + trailing)


_TENTH: Final = Decimal("0.1")


def denoted_interval(
    value: Decimal, marker: str | None, *, multiplier: Decimal = Decimal(1), rounded: bool = False
) -> Interval:
    """The interval of true values that ``value`` (times *multiplier*) with *marker* denotes.

    *rounded* says the written value is rounded to its last digit, as ``0.9万``
    or ``63.5%`` are: the exact figure then lies within half a unit of that digit.

    >>> str(denoted_interval(Decimal(10), "余"))
    '(10, 20)'
    >>> str(denoted_interval(Decimal("0.9"), None, multiplier=Decimal(10000), rounded=True))
    '[8500, 9500]'
    >>> str(denoted_interval(Decimal(2), "以上"))
    '[2, ∞)'
    """
    if marker is None:
        if not rounded:
            return Interval.point(value * multiplier)
        half = _half_last_unit(value)
        return Interval(value - half, value + half).scaled(multiplier)
    meaning = MARKERS[marker].meaning
    if meaning == "over":
        base = Interval(value, value + last_digit_step(value), True, True)
    elif meaning == "at_least":
        base = Interval(value, None)
    elif meaning == "more_than":
        base = Interval(value, None, low_open=True)
    elif meaning == "at_most":
        base = Interval(None, value)
    elif meaning == "less_than":
        base = Interval(None, value, high_open=True)
    elif meaning == "nearly":
        # A tenth below, but never less than one unit of the last written digit, so 近5件
        # still holds 4 and a declared count written 近… can match a whole number.
        base = Interval(value - max(value * _TENTH, _last_unit(value)), value, high_open=True)
    else:
        spread = max(abs(value) * _TENTH, _half_last_unit(value))
        base = Interval(value - spread, value + spread)
    return base.scaled(multiplier)


def _last_unit(value: Decimal) -> Decimal:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(10) ** min(exponent, 0)


def _half_last_unit(value: Decimal) -> Decimal:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(5).scaleb(min(exponent, 0) - 1)

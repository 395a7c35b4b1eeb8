"""Quantities as reports write them: 10余次, 约1.2万人次, 0.9万元, 2名以上, 63%~68%.

Works on primitives (value, unit, marker, scale) and never imports the model.
Values are kept exactly as given (``Decimal("0.90")`` stays 0.90) and written
without thousands separators, as government reports do (GB/T 15835 §4.4
allows that; ``16840户``). Negative values take ``-`` (GB/T 15835: -125.03)
or 负 in Chinese numerals.

Approximation markers go where Chinese puts them. 约, 大约, 近, 将近, 接近,
超, 超过, 逾, 多于, 不少于, 至少, 不超过, 最多, 不到, 不足 and 少于 precede the
number (约1.2万人次). 余 and 多 bind to the *numeral* and stand between the
number and the unit (10余次, 5000多万元), while 以上, 以下, 左右, 上下 and 有余
qualify the whole quantity and follow the unit (2名以上, 300人左右, 5年有余).
What each marker means is set out in :doc:`/checks`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

from ._approx import MARKERS, as_marker
from ._numbers import to_decimal
from .exceptions import ValidationError
from .numerals import to_chinese
from .units import SCALES, SHARE_UNITS
from .validators import instance_of, one_of

__all__ = ["NUMERAL_SUFFIXES", "format_quantity", "format_range"]

NUMERAL_SUFFIXES: Final = frozenset({"余", "多"})
"""The markers written between the number (or its scale) and the unit; the
other markers written after the number (以上, 以下, 左右, 上下, 有余) follow the unit."""

_SHARE_WORDS: Final = {"%": "百分之", "‰": "千分之"}


def format_quantity(
    value: int | Decimal | str,
    unit: str = "",
    *,
    approx: str | None = None,
    scale: str | None = None,
    numerals: Literal["arabic", "chinese"] = "arabic",
    approx_after_scale: bool = False,
) -> str:
    """Write a quantity: number, scale, unit and approximation marker.

    Args:
        value: the number as written before the scale (``0.9`` in 0.9万元); an
            int, Decimal or numeric str, kept exactly (no float).
        unit: a measure word or unit (``"次"``, ``"%"``, ``"元"``) or ``""``.
        approx: an approximation marker (``"余"``, ``"约"``, ``"以上"``;
            ``"…余"``/``"约…"`` spell out its side). 约/近/超/逾… go before
            the number, 余/多 between number and unit, 以上/以下/左右/上下/有余
            after the unit.
        scale: ``"万"``, ``"亿"`` or ``"万亿"``, written right after the number.
        numerals: ``"arabic"`` (digits, no separators) or ``"chinese"`` (四个,
            两名, 十余次, 百分之六十三, via :func:`~govreport.numerals.to_chinese`;
            before a measure word or scale, 2 is 两, and so is a leading 2 before
            千/万/亿: 两千余份).
        approx_after_scale: put 余/多 after the scale (10万余元: the 万 digit is
            exact) instead of before it (10余万元).

    Raises:
        ModelTypeError: *value* is a float, bool or other non-number.
        ValidationError: unknown marker, scale or numerals, or a non-finite value.

    >>> format_quantity(10, "次", approx="余"), format_quantity(Decimal("1.2"), "人次", approx="约", scale="万")
    ('10余次', '约1.2万人次')
    >>> format_quantity(Decimal("0.9"), "元", scale="万"), format_quantity(2, "名", approx="以上")
    ('0.9万元', '2名以上')
    >>> format_quantity(300, "人", approx="左右"), format_quantity(100, "%")
    ('300人左右', '100%')
    >>> format_quantity(10, "元", approx="余", scale="万", approx_after_scale=True)
    '10万余元'
    >>> format_quantity(4, "个", numerals="chinese"), format_quantity(2, "名", numerals="chinese")
    ('四个', '两名')
    >>> format_quantity(2000, "份", approx="余", numerals="chinese")
    '两千余份'
    >>> format_quantity("0.90", "元"), format_quantity(Decimal("-125.03"))
    ('0.90元', '-125.03')
    """
    number = to_decimal(value)
    marker = as_marker(approx)
    _check_options(unit, scale, numerals)
    text = _numeral(number, unit, scale, numerals)
    scale_text = scale or ""
    if numerals == "chinese" and unit in SHARE_UNITS:
        unit = ""  # already written as 百分之 / 千分之
    if marker is None:
        return text + scale_text + unit
    if MARKERS[marker].position == "before":
        return marker + text + scale_text + unit
    if marker in NUMERAL_SUFFIXES:
        if approx_after_scale:
            return text + scale_text + marker + unit
        return text + marker + scale_text + unit
    return text + scale_text + unit + marker


def format_range(
    low: int | Decimal | str,
    high: int | Decimal | str,
    unit: str = "",
    *,
    scale: str | None = None,
    numerals: Literal["arabic", "chinese"] = "arabic",
    sep: str = "~",
) -> str:
    """Write a range with the wave dash: 63%~68%, 100~150次, 1万~2万元.

    GB/T 15835 §4.4 forbids dropping % from the first number (never 63~68%),
    so a share unit is written on both ends; a scale is too, because 1~2万元
    could be read as 1元~2万元. Other units follow the second number only.

    Args:
        low: the lower end (int, Decimal or numeric str).
        high: the upper end, not below *low*.
        unit: as for :func:`format_quantity`.
        scale: ``"万"``, ``"亿"``, ``"万亿"`` or None.
        numerals: ``"arabic"`` or ``"chinese"``.
        sep: the separator; ``"~"`` by default, ``"至"`` reads better with
            Chinese numerals.

    Raises:
        ValidationError: *high* is below *low*, or an invalid option.

    >>> format_range(63, 68, "%"), format_range(100, 150, "次"), format_range(1, 2, "元", scale="万")
    ('63%~68%', '100~150次', '1万~2万元')
    >>> format_range(3, 5, "个", numerals="chinese", sep="至")
    '三至五个'
    """
    first, last = to_decimal(low, field="low"), to_decimal(high, field="high")
    if last < first:
        raise ValidationError(f"'high' {high} is below 'low' {low}", field="high", value=high)
    instance_of(str).check("sep", sep)
    _check_options(unit, scale, numerals)
    scale_text = scale or ""
    low_text = _numeral(first, unit, scale, numerals) + scale_text
    high_text = _numeral(last, unit, scale, numerals) + scale_text
    if unit in SHARE_UNITS:
        if numerals == "arabic":
            low_text += unit
        return low_text + sep + high_text + ("" if numerals == "chinese" else unit)
    return low_text + sep + high_text + unit


def _check_options(unit: object, scale: object, numerals: object) -> None:
    instance_of(str).check("unit", unit)
    one_of(*SCALES, None).check("scale", scale)
    one_of("arabic", "chinese").check("numerals", numerals)


def _numeral(number: Decimal, unit: str, scale: str | None, numerals: str) -> str:
    """The number alone, as digits or Chinese numerals (百分之… for shares)."""
    if numerals == "arabic":
        text = format(number, "f")
        return text.lstrip("-") if number.is_zero() else text
    measure_word = bool(unit) and unit not in SHARE_UNITS
    counted = measure_word or bool(scale)
    if number == 2 and number.as_tuple().exponent == 0 and counted:
        return "两"  # 两个, 两名, 两万: 2 before a measure word or a scale
    # Before a measure word a leading 2 reads 两 ahead of 千/万/亿 too: 两千余份, 两万人次.
    words = to_chinese(number, keep_trailing_zeros=True, liang="leading" if counted else "never")
    return _SHARE_WORDS[unit] + words if unit in SHARE_UNITS else words

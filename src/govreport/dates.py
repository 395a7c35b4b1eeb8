"""Dates and periods as Chinese official documents write them.

GB/T 9704-2012 §7.3.5.4 writes the 成文日期 in Arabic numerals with the full
year and *without* padding month or day (2023年4月13日, never 2023年04月13日).
GB/T 15835-2011 writes a year in Chinese numerals digit by digit with 〇
(二〇二三年) and month and day as cardinals (十二月三十一日); no single ICU
numbering system produces that, so the fields are composed here. Bills follow
the People's Bank of China rules (贰零贰叁年零壹月壹拾伍日). Any other style is
a CLDR pattern handed to babel, imported only when such a pattern is used.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from .exceptions import ModelTypeError, ValidationError
from .numerals import digits, to_chinese
from .validators import instance_of

__all__ = ["format_date", "format_period"]

_BUILTIN: Final = ("arabic", "chinese", "bill")
_BILL_DIGITS: Final = str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")


def format_date(d: date, *, style: str = "arabic", locale: str = "zh_CN") -> str:
    """Write the date *d*.

    Args:
        d: a :class:`datetime.date` (a ``datetime`` is read as its date).
        style: ``"arabic"`` (2023年12月31日, never zero-padded, as GB/T 9704
            requires), ``"chinese"`` (二〇二三年十二月三十一日: the year digit by
            digit with 〇, month and day as cardinals, per GB/T 15835),
            ``"bill"`` (票据 dates in 大写 per the PBoC: 零 before months 1, 2
            and 10 and before days 1-10, 20 and 30, 壹 before days 11-19), or
            any CLDR pattern or format name (``"yyyy-MM-dd"``, ``"long"``),
            formatted by babel for *locale*.
        locale: the CLDR locale for babel patterns; the built-in styles are
            Chinese whatever the locale.

    Raises:
        ModelTypeError: *d* is not a date.

    >>> format_date(date(2023, 4, 13))
    '2023年4月13日'
    >>> format_date(date(2023, 12, 31), style="chinese")
    '二〇二三年十二月三十一日'
    >>> format_date(date(2023, 1, 15), style="bill"), format_date(date(2023, 10, 20), style="bill")
    ('贰零贰叁年零壹月壹拾伍日', '贰零贰叁年零壹拾月零贰拾日')
    >>> format_date(date(2023, 4, 13), style="yyyy-MM-dd"), format_date(date(2023, 4, 13), style="long", locale="en")
    ('2023-04-13', 'April 13, 2023')
    """
    d = _as_date(d, "d")
    if style == "arabic":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "chinese":
        return f"{digits(d.year)}年{to_chinese(d.month)}月{to_chinese(d.day)}日"
    if style == "bill":
        return f"{_bill_year(d.year)}年{_bill_field(d.month, month=True)}月{_bill_field(d.day)}日"
    return _babel_date(d, style, locale)


def format_period(
    start: date | int,
    end: date | int | None = None,
    *,
    style: str = "arabic",
    locale: str = "zh_CN",
) -> str:
    """Write a reporting period: a year (2023年度) or a range of dates.

    Args:
        start: a year as an int, or the first day as a date.
        end: the last day (a date), the last year (an int, for 2021年至2023年),
            or ``None`` for the year or the single day *start*.
        style: ``"arabic"``, ``"chinese"`` or ``"bill"`` as for
            :func:`format_date`; the year of *end* is omitted when it repeats
            the year of *start*. Any other string is a CLDR skeleton
            (``"yMMMd"``) for babel's ``format_interval`` in *locale*; a year
            alone takes only the built-in styles.
        locale: the CLDR locale for skeletons.

    Raises:
        ValidationError: *end* is before *start*, or a year is given with a
            CLDR skeleton.
        ModelTypeError: the bounds are neither dates nor ints, or mix the two.

    >>> format_period(2023), format_period(2023, style="chinese")
    ('2023年度', '二〇二三年度')
    >>> format_period(date(2023, 1, 1), date(2023, 12, 31))
    '2023年1月1日至12月31日'
    >>> format_period(date(2022, 7, 1), date(2023, 6, 30))
    '2022年7月1日至2023年6月30日'
    >>> format_period(date(2023, 1, 1), date(2023, 12, 31), style="chinese")
    '二〇二三年一月一日至十二月三十一日'
    >>> format_period(2021, 2023)
    '2021年至2023年'
    """
    if isinstance(start, int) and not isinstance(start, bool):
        if end is not None and (isinstance(end, bool) or not isinstance(end, int)):
            raise ModelTypeError(
                f"'end' must be an int year like 'start' (got {end!r})", field="end", value=end
            )
        if style not in _BUILTIN:
            raise ValidationError(
                f"a year period takes style 'arabic', 'chinese' or 'bill' (got {style!r})",
                field="style",
                value=style,
            )
        year = _year(start, style)
        if end is None:
            return f"{year}年度"
        if end < start:
            raise ValidationError(f"'end' {end} is before 'start' {start}", field="end", value=end)
        return f"{year}年至{_year(end, style)}年"
    start = _as_date(start, "start")
    end = start if end is None else _as_date(end, "end")
    if end < start:
        raise ValidationError(f"'end' {end} is before 'start' {start}", field="end", value=end)
    if style not in _BUILTIN:
        from babel.dates import format_interval  # lazily: keep babel.dates off import

        return str(format_interval(start, end, style, locale=locale))
    first = format_date(start, style=style)
    if end == start:
        return first
    last = format_date(end, style=style)
    if end.year == start.year:
        last = last.partition("年")[2]
    return f"{first}至{last}"


def _as_date(value: object, field: str) -> date:
    if not isinstance(value, date):
        raise ModelTypeError(
            f"{field!r} must be a datetime.date (got {type(value).__name__} {value!r})",
            field=field,
            value=value,
        )
    return value.date() if isinstance(value, datetime) else value


def _year(year: int, style: str) -> str:
    if year < 0:
        raise ValidationError(
            f"the year must not be negative (got {year})", field="year", value=year
        )
    if style == "chinese":
        return digits(year)
    return _bill_year(year) if style == "bill" else str(year)


def _bill_year(year: int) -> str:
    return str(year).translate(_BILL_DIGITS)


def _bill_field(n: int, *, month: bool = False) -> str:
    """A bill month or day: 壹拾 written out, 零 or 壹 in front where PBoC requires."""
    text = to_chinese(n, style="financial")
    if n in (1, 2, 10) or (not month and (n < 10 or n in (20, 30))):
        return "零" + text
    return text


def _babel_date(d: date, pattern: str, locale: str) -> str:
    instance_of(str).check("style", pattern)
    from babel.dates import format_date as babel_format_date  # lazily, as above

    return str(babel_format_date(d, format=pattern, locale=locale))

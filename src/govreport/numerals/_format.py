"""Writing numbers in Chinese: cardinals, 大写 money, digit-by-digit labels, headings."""

from __future__ import annotations

import decimal
from decimal import Context, Decimal
from typing import Final, Literal, NoReturn

from .._numbers import to_decimal
from ..exceptions import ModelTypeError, ValidationError
from ..validators import instance_of, one_of
from ._groups import (
    DIGITS,
    MAX_DIGITS,
    NEGATIVE,
    Formatter,
    LargeUnits,
    Liang,
    Script,
    Style,
    formatter,
)

__all__ = ["digits", "heading_marker", "ordinal", "rmb", "to_chinese"]

_ROUNDINGS: Final = frozenset(getattr(decimal, n) for n in dir(decimal) if n.startswith("ROUND_"))
_LABEL_DIGITS: Final = str.maketrans("0123456789", "〇一二三四五六七八九")
_CENT: Final = Decimal("0.01")
_CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEADING_LIMITS: Final = {5: len(_CIRCLED), 6: 26}


def to_chinese(
    n: int | Decimal | str | float,
    *,
    style: Style = "lower",
    script: Script = "hans",
    liang: Liang = "never",
    large_units: LargeUnits = "wanyi",
    keep_trailing_zeros: bool = False,
    boundary_zero: bool = False,
) -> str:
    """Write the number *n* in Chinese numerals.

    Args:
        n: an int, :class:`~decimal.Decimal`, numeric str, or float (read
            through its ``repr``, so ``0.1`` is 零点一), with at most 100
            digits before the point and 100 after. bool, NaN and infinities
            are refused.
        style: ``"lower"`` (一二三) or ``"financial"`` (大写 壹贰叁, with 壹拾 at
            the head).
        script: ``"hans"`` (万 亿 负 点) or ``"hant"`` (萬 億 負 點; 貳 參 陸 in 大写).
        liang: ``"never"`` writes 二 everywhere; ``"leading"`` writes 两 for a
            leading 2 before 千, 万 or 亿 (两千二百, 两万); ``"all"`` also for
            every 2 in a 千 position and every group that is exactly 2 before
            万/亿 (两万两千). 两 never stands before 十 or as the last digit.
        large_units: ``"wanyi"`` composes 万 and 亿 without limit (一万亿 = 10**12,
            一亿亿 = 10**16); ``"zhao"`` uses 兆 = 10**12 and 京 = 10**16 as in
            Taiwan, then composes with 京.
        keep_trailing_zeros: write the trailing zeros of a Decimal or str
            (``"12.50"`` → 十二点五零); by default they are dropped (十二点五).
        boundary_zero: also write the 零 that PBoC rule 4(3) allows where the
            digit at a 万/亿 position is 0 although the lower part starts in its
            top position (十万零七千 rather than 十万七千).

    Returns:
        One 零 per run of zeros (also across 万/亿 boundaries), 十 for 一十 only
        at the head, no dropped trailing units, 负 for negatives, and decimals
        read digit by digit.

    Raises:
        ModelTypeError: *n* is a bool or not a number (a ``TypeError``).
        ValidationError: *n* is NaN, infinite, not numeric or beyond 100
            digits on either side of the point, or an option is not one of its
            values (a ``ValueError``).

    >>> to_chinese(10799), to_chinese(100001000), to_chinese(100010000)
    ('一万零七百九十九', '一亿零一千', '一亿零一万')
    >>> to_chinese(107000), to_chinese(11), to_chinese(110)
    ('十万七千', '十一', '一百一十')
    >>> to_chinese(10**16), to_chinese(-5), to_chinese(Decimal("0.05"))
    ('一亿亿', '负五', '零点零五')
    >>> to_chinese(16, style="financial"), to_chinese(10001, script="hant")
    ('壹拾陆', '一萬零一')
    >>> to_chinese(10**12, script="hant", large_units="zhao")
    '一兆'
    >>> to_chinese(22000, liang="all"), to_chinese(2200, liang="leading")
    ('两万两千', '两千二百')
    >>> to_chinese("12.50"), to_chinese("12.50", keep_trailing_zeros=True)
    ('十二点五', '十二点五零')
    >>> to_chinese(True)
    Traceback (most recent call last):
    ...
    govreport.exceptions.ModelTypeError: 'n' must be an int, Decimal or numeric str, not bool (True)
    """
    if style == "lower" and script == "hans" and liang == "never" and large_units == "wanyi":
        f = _DEFAULT or _default()
    else:
        f = formatter(style, script, liang, large_units)
    # Below 10**12 (with at most a plain decimal part) a number is a few table lookups.
    if type(n) is int and 0 <= n < 1000000000000 and not boundary_zero:
        whole, fraction = n, ""
    elif type(n) is Decimal and not boundary_zero:
        digits, _, fraction = str(n).partition(".")  # plain for 1234.56: no exponent, no sign
        if len(digits) > 12 or digits[0] == "-" or "E" in fraction:
            return _general(n, f, keep_trailing_zeros, boundary_zero)
        try:
            whole = int(digits)
        except ValueError:  # NaN, Infinity, 1E+3
            return _general(n, f, keep_trailing_zeros, boundary_zero)
        if not keep_trailing_zeros:
            fraction = fraction.rstrip("0")
    else:
        return _general(n, f, keep_trailing_zeros, boundary_zero)
    if whole >= 100000000:
        wan, last = whole // 10000 % 10000, whole % 10000
        words = f.leading_yi[whole // 100000000] + (
            f.wan_after_yi[wan] + f.last[last] if wan else f.last_after_gap[last]
        )
    elif whole >= 10000:
        words = f.leading_wan[whole // 10000] + f.last[whole % 10000]
    else:
        words = f.alone[whole]
    if fraction:
        return words + (
            f.short_decimals.get(fraction) or f.point + fraction.translate(f.decimal_digits)
        )
    return words


def _general(n: object, f: Formatter, keep_zeros: bool, boundary_zero: bool) -> str:
    """Any number: negative, 10**12 or more, a str or float, or with ``boundary_zero``."""
    if type(n) is int:
        if not -_TOO_LARGE < n < _TOO_LARGE:
            _refuse_size("n", n)
        text = f.integer(abs(n), boundary_zero=boundary_zero)
        return f.negative + text if n < 0 else text
    number = to_decimal(n, field="n", floats=True)
    exponent = number.as_tuple().exponent
    if number.adjusted() >= MAX_DIGITS or (isinstance(exponent, int) and exponent < -MAX_DIGITS):
        _refuse_size("n", n, places=number.adjusted() < MAX_DIGITS)
    whole, _, fraction = format(number.copy_abs(), "f").partition(".")
    if not keep_zeros:
        fraction = fraction.rstrip("0")
    text = f.integer(int(whole), boundary_zero=boundary_zero)
    if fraction:
        text += f.point + fraction.translate(f.decimal_digits)
    return f.negative + text if number < 0 and (int(whole) or fraction) else text


_TOO_LARGE: Final = 10**MAX_DIGITS


def _refuse_size(field: str, value: object, *, places: bool = False) -> NoReturn:
    side = "after" if places else "before"
    raise ValidationError(
        f"{field!r} has more than {MAX_DIGITS} digits {side} the point; "
        f"numerals are written for at most {MAX_DIGITS}",
        field=field,
        value=value,
    )


_DEFAULT: Formatter | None = None


def _default() -> Formatter:
    """The default formatter, built on first use (a cache, not configuration)."""
    global _DEFAULT
    _DEFAULT = formatter("lower", "hans", "never", "wanyi")
    return _DEFAULT


def digits(n: int | str) -> str:
    """Write *n* digit by digit with 〇, as GB/T 15835 writes years and serial numbers.

    Args:
        n: an int ≥ 0, or a string of ASCII digits (leading zeros are kept);
            at most 100 digits.

    Raises:
        ModelTypeError: *n* is neither an int nor a str.
        ValidationError: *n* is negative, not all digits, or longer than 100 digits.

    >>> digits(2023), digits(2000), digits("0301")
    ('二〇二三', '二〇〇〇', '〇三〇一')
    """
    if isinstance(n, bool) or not isinstance(n, int | str):
        raise ModelTypeError(
            f"'n' must be an int or a digit string (got {type(n).__name__} {n!r})",
            field="n",
            value=n,
        )
    if (not -_TOO_LARGE < n < _TOO_LARGE) if isinstance(n, int) else len(n) > MAX_DIGITS:
        _refuse_size("n", n)
    text = str(n) if isinstance(n, int) else n
    if not text or not (text.isascii() and text.isdigit()):
        raise ValidationError(
            f"'n' must be an int >= 0 or a string of digits 0-9 (got {n!r})", field="n", value=n
        )
    return text.translate(_LABEL_DIGITS)


def rmb(
    amount: int | Decimal | str | float,
    *,
    rounding: str | None = None,
    currency: Literal["元", "圆", "圓"] = "元",
    prefix: str = "",
    integer_suffix: Literal["整", "正"] = "整",
    script: Script = "hans",
    boundary_zero: bool = False,
) -> str:
    """Write an amount of money in 大写 per the People's Bank of China rules.

    Rules: 壹拾 at the head; 整 (or 正) after 元 when there are no 角/分, none
    after 分; 零 after 元 when 角 is 0 and 分 is not (叁佰贰拾伍元零肆分);
    amounts below one 元 start at 角 or 分 (玖角, 伍分); zero is 零元整; one
    零 per zero run as in :func:`to_chinese`.

    Args:
        amount: the amount in 元 (scale 万元 figures yourself); int, Decimal,
            numeric str, or float through its ``repr``; below 10**100.
        rounding: a :mod:`decimal` rounding mode (``decimal.ROUND_HALF_UP``)
            for amounts that are not whole 分; without it they raise.
        currency: ``"元"``, ``"圆"`` or ``"圓"``.
        prefix: written first, e.g. ``"人民币"``.
        integer_suffix: ``"整"`` or ``"正"``.
        script: ``"hans"`` (贰 万 亿 负) or ``"hant"`` (貳 參 陸 萬 億 負).
        boundary_zero: also write the 零s that PBoC rule 4(3) makes optional,
            where the 元 digit or a 万/亿 digit is 0 (壹仟陆佰捌拾元零叁角贰分,
            壹拾万零柒仟元).

    Raises:
        ValidationError: the amount has fractions of a 分 and no *rounding*,
            has more than 100 digits before the point, or an option has an
            invalid value.

    >>> rmb(Decimal("1409.50")), rmb(Decimal("325.04")), rmb(100000)
    ('壹仟肆佰零玖元伍角', '叁佰贰拾伍元零肆分', '壹拾万元整')
    >>> rmb(Decimal("1680.32"), boundary_zero=True), rmb("0.9"), rmb(0)
    ('壹仟陆佰捌拾元零叁角贰分', '玖角', '零元整')
    >>> rmb(16, prefix="人民币", currency="圆")
    '人民币壹拾陆圆整'
    >>> rmb(Decimal("1.005"))
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'amount' 1.005 has fractions of a 分; pass rounding=decimal.ROUND_HALF_UP (or another mode) to round it
    >>> from decimal import ROUND_HALF_UP
    >>> rmb(Decimal("1.005"), rounding=ROUND_HALF_UP)
    '壹元零壹分'
    """
    one_of("元", "圆", "圓").check("currency", currency)
    one_of("整", "正").check("integer_suffix", integer_suffix)
    instance_of(str).check("prefix", prefix)
    if rounding is not None and rounding not in _ROUNDINGS:
        raise ValidationError(
            f"'rounding' must be a decimal rounding mode such as 'ROUND_HALF_UP' (got {rounding!r})",
            field="rounding",
            value=rounding,
        )
    f = formatter("financial", script, "never", "wanyi")
    number = to_decimal(amount, field="amount", floats=True)
    if number.adjusted() >= MAX_DIGITS:
        _refuse_size("amount", amount)
    context = Context(prec=max(28, number.adjusted() + 4))
    fen = number.quantize(_CENT, rounding=rounding or decimal.ROUND_HALF_EVEN, context=context)
    if fen != number and rounding is None:
        raise ValidationError(
            f"'amount' {amount} has fractions of a 分; pass rounding=decimal.ROUND_HALF_UP "
            "(or another mode) to round it",
            field="amount",
            value=amount,
        )
    cents = int("".join(map(str, fen.as_tuple().digits)))
    yuan, jiao, fen_digit = cents // 100, cents // 10 % 10, cents % 10
    digit = DIGITS["financial", script]
    out = [prefix, NEGATIVE[script] if cents and fen < 0 else ""]
    if yuan:
        out += [f.integer(yuan, boundary_zero=boundary_zero), currency]
    if jiao:
        if yuan and boundary_zero and yuan % 10 == 0:
            out.append(digit[0])
        out += [digit[jiao], "角"]
    if fen_digit:
        if yuan and not jiao:
            out.append(digit[0])
        out += [digit[fen_digit], "分"]
    if not cents:
        out += [digit[0], currency]
    if not fen_digit and not jiao:
        out.append(integer_suffix)
    return "".join(out)


def heading_marker(level: int, n: int) -> str:
    """The structure number of heading *n* at *level*, per GB/T 9704-2012 §7.3.3.

    Levels 1-4 are the standard's 一、 → （一） → 1. → （1）, with full-width
    brackets, the ideographic comma 、 and an ASCII full stop (``1.``), as
    reports write it (``1.思想上高度重视``). The standard stops at level 4;
    govreport continues with level 5 circled digits ①-⑳ (n ≤ 20) and level 6
    lower-case Latin letters ``a.``-``z.`` (n ≤ 26).

    Raises:
        ValidationError: *level* is not 1-6, *n* < 1, or *n* is too large for
            level 5 or 6.

    >>> [heading_marker(level, 11) for level in (1, 2, 3, 4, 5, 6)]
    ['十一、', '（十一）', '11.', '（11）', '⑪', 'k.']
    >>> heading_marker(5, 21)
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: heading level 5 numbers ①-⑳ only (got n=21)
    """
    for name, value in (("level", level), ("n", n)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ModelTypeError(
                f"{name!r} must be an int (got {value!r})", field=name, value=value
            )
    if not 1 <= level <= 6:
        raise ValidationError(f"'level' must be 1-6 (got {level})", field="level", value=level)
    if n < 1:
        raise ValidationError(f"'n' must be at least 1 (got {n})", field="n", value=n)
    if level in _HEADING_LIMITS and n > _HEADING_LIMITS[level]:
        span = "①-⑳" if level == 5 else "a-z"
        raise ValidationError(
            f"heading level {level} numbers {span} only (got n={n})", field="n", value=n
        )
    if level == 1:
        return to_chinese(n) + "、"
    if level == 2:
        return f"（{to_chinese(n)}）"
    if level == 3:
        return f"{n}."
    if level == 4:
        return f"（{n}）"
    if level == 5:
        return _CIRCLED[n - 1]
    return chr(ord("a") + n - 1) + "."


def ordinal(n: int, *, style: Style = "lower", script: Script = "hans") -> str:
    """第 + the cardinal: 第一, 第十一, 第一百零一 (with 零, never 〇).

    >>> ordinal(1), ordinal(11), ordinal(101)
    ('第一', '第十一', '第一百零一')
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise ModelTypeError(f"'n' must be an int (got {n!r})", field="n", value=n)
    if n < 0:
        raise ValidationError(f"'n' must not be negative (got {n})", field="n", value=n)
    return "第" + to_chinese(n, style=style, script=script)

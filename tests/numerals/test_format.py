"""Writing numerals: thirty reference vectors, to_chinese, rmb, digits, headings, ordinals."""

from __future__ import annotations

import math
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from govreport.exceptions import ModelTypeError, ValidationError
from govreport.numerals import digits, from_chinese, heading_marker, ordinal, rmb, to_chinese

# -- thirty reference vectors (the rules they follow are in docs/numerals.md) ---------------

SECTION_6_3_CARDINALS: list[tuple[int, Any, dict[str, Any], str]] = [
    (1, 0, {}, "零"),
    (2, 10, {}, "十"),
    (3, 11, {}, "十一"),
    (4, 110, {}, "一百一十"),
    (5, 1010, {}, "一千零一十"),
    (6, 10001, {}, "一万零一"),
    (7, 10799, {}, "一万零七百九十九"),
    (8, 100010, {}, "十万零一十"),
    (9, 107000, {}, "十万七千"),
    (10, 100001000, {}, "一亿零一千"),
    (11, 100010000, {}, "一亿零一万"),
    (12, 100100000, {}, "一亿零一十万"),
    (13, 110000000, {}, "一亿一千万"),
    (14, 1010101010, {}, "十亿一千零一十万一千零一十"),
    (15, 10**12, {}, "一万亿"),
    (16, 10**16, {}, "一亿亿"),
    (17, -5, {}, "负五"),
    (18, Decimal("-0.5"), {}, "负零点五"),
    (19, Decimal("0.05"), {}, "零点零五"),
    (20, 10001, {"script": "hant"}, "一萬零一"),
    (21, 100, {"style": "financial"}, "壹佰"),
    (22, 16, {"style": "financial"}, "壹拾陆"),
]

SECTION_6_3_MONEY = [
    (23, Decimal("1234.56"), "壹仟贰佰叁拾肆元伍角陆分"),
    (24, Decimal("1409.50"), "壹仟肆佰零玖元伍角"),
    (25, Decimal("6007.14"), "陆仟零柒元壹角肆分"),
    (26, Decimal("325.04"), "叁佰贰拾伍元零肆分"),
    (27, 100000, "壹拾万元整"),
]


@pytest.mark.parametrize(("number", "value", "options", "expected"), SECTION_6_3_CARDINALS)
def test_section_6_3_cardinals(
    number: int, value: Any, options: dict[str, Any], expected: str
) -> None:
    """Reference vectors 1-22 are written exactly and read back."""
    assert to_chinese(value, **options) == expected
    assert from_chinese(expected) == value


@pytest.mark.parametrize(("number", "amount", "expected"), SECTION_6_3_MONEY)
def test_section_6_3_money(number: int, amount: Any, expected: str) -> None:
    """Vectors 23-27 (the PBoC examples) are written exactly and read back."""
    assert rmb(amount) == expected
    assert from_chinese(expected) == amount


def test_section_6_3_years() -> None:
    """Vector 28: a year is a label, digit by digit with 〇."""
    assert (digits(2023), digits(2000)) == ("二〇二三", "二〇〇〇")


def test_section_6_3_headings() -> None:
    """Vector 30: heading levels 1 and 2 for n=11 (vector 29 is in test_dates)."""
    assert (heading_marker(1, 11), heading_marker(2, 11)) == ("十一、", "（十一）")


# -- more formatting vectors: where other libraries go wrong ---------------------------------


@pytest.mark.parametrize(
    ("value", "options", "expected"),
    [
        (101, {}, "一百零一"),
        (1001, {}, "一千零一"),
        (1100, {}, "一千一百"),
        (2200, {}, "二千二百"),
        (10010, {}, "一万零一十"),
        (101000, {}, "十万一千"),
        (10**6, {}, "一百万"),
        (100000001, {}, "一亿零一"),
        (100000010, {}, "一亿零一十"),
        (101000000, {}, "一亿零一百万"),
        (109999999, {}, "一亿零九百九十九万九千九百九十九"),
        (10**13, {}, "十万亿"),
        (10**15 + 1, {}, "一千万亿零一"),
        (1000100000000, {}, "一万零一亿"),
        (1000000001000, {}, "一万亿零一千"),
        (1000010000000, {}, "一万亿一千万"),
        (1234567800000000, {}, "一千二百三十四万五千六百七十八亿"),
        (10**20, {}, "一万亿亿"),
        (10**24, {}, "一亿亿亿"),
        (-101, {}, "负一百零一"),
        (Decimal("0.9"), {}, "零点九"),
        (Decimal("12.5"), {}, "十二点五"),
        (Decimal("12.50"), {}, "十二点五"),
        (Decimal("12.50"), {"keep_trailing_zeros": True}, "十二点五零"),
        ("12.50", {"keep_trailing_zeros": True}, "十二点五零"),
        (Decimal("1E+2"), {}, "一百"),
        (Decimal("-0.0"), {}, "零"),
        (1.0, {}, "一"),
        (1e-7, {}, "零点零零零零零零一"),
        (1e16, {}, "一亿亿"),
        (-0.5, {}, "负零点五"),
        (0, {"script": "hant"}, "零"),
        (2, {"script": "hant"}, "二"),
        (100010000, {"script": "hant"}, "一億零一萬"),
        (Decimal("-2.5"), {"script": "hant"}, "負二點五"),
        (Decimal("0.05"), {"script": "hant"}, "零點零五"),
        (10**12, {"script": "hant", "large_units": "zhao"}, "一兆"),
        (10**16 + 10**12, {"script": "hant", "large_units": "zhao"}, "一京零一兆"),
        (10**20, {"script": "hant", "large_units": "zhao"}, "一萬京"),
        (100010000, {"script": "hant", "large_units": "zhao"}, "一億零一萬"),
        (10, {"style": "financial"}, "壹拾"),
        (110, {"style": "financial"}, "壹佰壹拾"),
        (100000, {"style": "financial"}, "壹拾万"),
        (100010000, {"style": "financial"}, "壹亿零壹万"),
        (2023, {"style": "financial"}, "贰仟零贰拾叁"),
        (22000, {"style": "financial", "script": "hant"}, "貳萬貳仟"),
        (2023, {"style": "financial", "script": "hant"}, "貳仟零貳拾參"),
        (2, {"liang": "leading"}, "二"),
        (2000, {"liang": "leading"}, "两千"),
        (2200, {"liang": "leading"}, "两千二百"),
        (20000, {"liang": "leading"}, "两万"),
        (22000, {"liang": "leading"}, "两万二千"),
        (200000002, {"liang": "leading"}, "两亿零二"),
        (22, {"liang": "all"}, "二十二"),
        (200, {"liang": "all"}, "二百"),
        (12000, {"liang": "all"}, "一万两千"),
        (22000, {"liang": "all"}, "两万两千"),
        (102000, {"liang": "all"}, "十万两千"),
        (2222222222, {"liang": "all"}, "二十二亿两千二百二十二万两千二百二十二"),
        (22000, {"liang": "all", "script": "hant"}, "兩萬兩千"),
        (107000, {"boundary_zero": True}, "十万零七千"),
        (1000010000000, {"boundary_zero": True}, "一万亿零一千万"),
        (110000, {"boundary_zero": True}, "十一万"),
    ],
)
def test_to_chinese(value: Any, options: dict[str, Any], expected: str) -> None:
    """Cardinals follow the rules of docs/numerals.md in every style, script and option."""
    assert to_chinese(value, **options) == expected


@pytest.mark.parametrize("value", [True, False, None, [1], 1 + 2j, object()])
def test_to_chinese_refuses_non_numbers(value: object) -> None:
    """bool and non-numbers raise a TypeError (ModelTypeError)."""
    with pytest.raises(ModelTypeError, match="'n' must be an int, Decimal or numeric str"):
        to_chinese(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", [math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("-Infinity"), "inf", "1,000"]
)
def test_to_chinese_refuses_non_finite(value: object) -> None:
    """NaN, infinities and non-numeric strings raise a ValueError (ValidationError)."""
    with pytest.raises(ValidationError, match="'n' must be"):
        to_chinese(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "name"),
    [
        ({"style": "upper"}, "style"),
        ({"script": "zh_TW"}, "script"),
        ({"liang": True}, "liang"),
        ({"large_units": "zhao2"}, "large_units"),
        ({"style": ["lower"]}, "style"),
        ({"style": "financial", "liang": "all"}, "liang"),
    ],
)
def test_invalid_options_name_option_and_value(options: dict[str, Any], name: str) -> None:
    """An invalid option raises ValueError naming the option and the value."""
    with pytest.raises(ValueError, match=rf"'{name}' must") as info:
        to_chinese(5, **options)
    assert info.value.field == name  # type: ignore[attr-defined]
    assert repr(options[name]) in str(info.value)


# -- money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "options", "expected"),
    [
        (Decimal("0.9"), {}, "玖角"),
        (Decimal("0.05"), {}, "伍分"),
        (Decimal("0.95"), {}, "玖角伍分"),
        (0, {}, "零元整"),
        (Decimal("0.00"), {}, "零元整"),
        (10, {}, "壹拾元整"),
        (16, {}, "壹拾陆元整"),
        (9000, {}, "玖仟元整"),
        (30000, {}, "叁万元整"),
        (Decimal("1212.1"), {}, "壹仟贰佰壹拾贰元壹角"),
        (Decimal("16409.02"), {}, "壹万陆仟肆佰零玖元零贰分"),
        (Decimal("1680.32"), {}, "壹仟陆佰捌拾元叁角贰分"),
        (Decimal("1680.32"), {"boundary_zero": True}, "壹仟陆佰捌拾元零叁角贰分"),
        (Decimal("107000.53"), {}, "壹拾万柒仟元伍角叁分"),
        (Decimal("107000.53"), {"boundary_zero": True}, "壹拾万零柒仟元零伍角叁分"),
        (Decimal("100000000.01"), {}, "壹亿元零壹分"),
        (Decimal("-1.5"), {}, "负壹元伍角"),
        (Decimal("-1.5"), {"prefix": "人民币"}, "人民币负壹元伍角"),
        ("3504", {"currency": "圆"}, "叁仟伍佰零肆圆整"),
        (100, {"integer_suffix": "正"}, "壹佰元正"),
        (12300, {"script": "hant", "currency": "圓"}, "壹萬貳仟參佰圓整"),
        (Decimal("1.230"), {}, "壹元贰角叁分"),
        (0.1, {}, "壹角"),
    ],
)
def test_rmb(amount: Any, options: dict[str, Any], expected: str) -> None:
    """大写 amounts follow the PBoC rules (元角分整, 零 rules, 壹拾 at the head)."""
    assert rmb(amount, **options) == expected
    assert from_chinese(expected) == Decimal(str(amount))


@pytest.mark.parametrize("amount", [Decimal("1.005"), Decimal("1.999"), "0.001", 0.125])
def test_rmb_refuses_fractions_of_fen(amount: Any) -> None:
    """More than two decimals raise unless a rounding mode is given (no silent truncation)."""
    with pytest.raises(ValidationError, match="fractions of a 分"):
        rmb(amount)


@pytest.mark.parametrize(
    ("amount", "rounding", "expected"),
    [
        (Decimal("1.005"), ROUND_HALF_UP, "壹元零壹分"),
        (Decimal("1.999"), ROUND_HALF_UP, "贰元整"),
        (Decimal("1.999"), ROUND_DOWN, "壹元玖角玖分"),
        (Decimal("0.001"), ROUND_HALF_UP, "零元整"),
    ],
)
def test_rmb_rounding(amount: Decimal, rounding: str, expected: str) -> None:
    """An explicit rounding mode rounds exactly, in Decimal."""
    assert rmb(amount, rounding=rounding) == expected


@pytest.mark.parametrize(
    ("options", "name"),
    [
        ({"currency": "块"}, "currency"),
        ({"integer_suffix": "了"}, "integer_suffix"),
        ({"rounding": "half-up"}, "rounding"),
        ({"script": "hanz"}, "script"),
    ],
)
def test_rmb_invalid_options(options: dict[str, Any], name: str) -> None:
    """Invalid rmb options raise ValueError naming the option."""
    with pytest.raises(ValidationError, match=f"'{name}'"):
        rmb(1, **options)


# -- digits, headings, ordinals -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, "〇"), (10, "一〇"), (1900, "一九〇〇"), ("0301", "〇三〇一"), (2000, "二〇〇〇")],
)
def test_digits(value: int | str, expected: str) -> None:
    """Labels are written digit by digit with 〇 (GB/T 15835 §5.2.5) and read back."""
    assert digits(value) == expected
    if not str(value).startswith("0"):
        assert from_chinese(expected) == int(value)


@pytest.mark.parametrize("value", [-1, "", "12a", "１２", 1.5, True])
def test_digits_refuses(value: Any) -> None:
    """Negative numbers, non-digits and non-integers are refused."""
    with pytest.raises((ValidationError, ModelTypeError)):
        digits(value)


@pytest.mark.parametrize(
    ("level", "n", "expected"),
    [
        (1, 1, "一、"),
        (1, 10, "十、"),
        (1, 21, "二十一、"),
        (2, 1, "（一）"),
        (2, 11, "（十一）"),
        (3, 1, "1."),
        (3, 12, "12."),
        (4, 1, "（1）"),
        (4, 100, "（100）"),
        (5, 1, "①"),
        (5, 20, "⑳"),
        (6, 1, "a."),
        (6, 26, "z."),
    ],
)
def test_heading_marker(level: int, n: int, expected: str) -> None:
    """GB/T 9704 levels 1-4 and the documented levels 5 (①) and 6 (a.)."""
    assert heading_marker(level, n) == expected


@pytest.mark.parametrize(("level", "n"), [(0, 1), (7, 1), (1, 0), (3, -1), (5, 21), (6, 27)])
def test_heading_marker_limits(level: int, n: int) -> None:
    """Levels outside 1-6, n < 1, and n beyond what a level can write raise ValueError."""
    with pytest.raises(ValidationError):
        heading_marker(level, n)


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "第一"), (10, "第十"), (11, "第十一"), (101, "第一百零一")]
)
def test_ordinal(n: int, expected: str) -> None:
    """Ordinals are 第 + the cardinal, with 零 (never 〇)."""
    assert ordinal(n) == expected


def test_ordinal_refuses_negative_and_bool() -> None:
    """Negative numbers and bools are not ordinals."""
    with pytest.raises(ValidationError):
        ordinal(-1)
    with pytest.raises(ModelTypeError):
        ordinal(True)


# -- the size bound ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "side"),
    [
        (10**100, "before"),
        (-(10**100), "before"),
        pytest.param(10**5000, "before", id="10**5000"),
        (Decimal("1e100"), "before"),
        ("1e999999999", "before"),
        (Decimal("1e-101"), "after"),
        ("0." + "0" * 101, "after"),
    ],
)
def test_to_chinese_refuses_numbers_beyond_100_digits(value: Any, side: str) -> None:
    """More than 100 digits before or after the point: a ValidationError, not a huge string."""
    with pytest.raises(ValidationError, match=rf"^'n' has more than 100 digits {side} the point"):
        to_chinese(value)


def test_to_chinese_writes_up_to_100_digits() -> None:
    """The bound is inclusive: 100 nines before the point, 100 digits after it."""
    assert to_chinese(10**100 - 1).count("九") == 100
    assert to_chinese(Decimal("0." + "1" * 100)) == "零点" + "一" * 100


@pytest.mark.parametrize(
    "call", [lambda: rmb(10**100), lambda: digits(10**100), lambda: digits("1" * 101)]
)
def test_rmb_and_digits_refuse_numbers_beyond_100_digits(call: Any) -> None:
    """rmb and digits keep the same bound (and never hit Python's int-to-str limit)."""
    with pytest.raises(ValidationError, match="more than 100 digits before the point"):
        call()

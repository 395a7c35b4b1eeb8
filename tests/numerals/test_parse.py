"""Reading numerals: parser vectors, positions of errors, round trips, cn2an."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from govreport.exceptions import ModelTypeError, NumeralError
from govreport.numerals import from_chinese, rmb, to_chinese
from govreport.numerals._parse import parse as slow_parse

# -- parsing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一千零十", 1010),
        ("三百八十万", 3800000),
        ("二〇二三", 2023),
        ("二零二三", 2023),
        ("一二三", 123),
        ("一百零一", 101),
        ("一百〇一", 101),
        ("十一", 11),
        ("一十一", 11),
        ("一十万", 100000),
        ("两千", 2000),
        ("两万", 20000),
        ("两百", 200),
        ("两亿", 200000000),
        ("一万两千", 12000),
        ("一亿零两万", 100020000),
        ("负五", -5),
        ("負五", -5),
        ("〇", 0),
        ("零", 0),
        ("１２３", 123),
        ("-5", -5),
        ("12.50", Decimal("12.50")),
        ("十二点五零", Decimal("12.50")),
        ("零点五", Decimal("0.5")),
        ("零點〇五", Decimal("0.05")),
        ("一万一千亿", 1100000000000),
        ("九千九百九十九万亿", 9999 * 10**12),
        ("一万亿一千万", 1000010000000),
        ("十万零七千", 107000),
        ("壹拾万零柒仟", 107000),
        ("壹仟贰佰叁拾肆元伍角陆分", Decimal("1234.56")),
        ("壹佰元整", 100),
        ("壹佰元正", 100),
        ("人民币壹拾陆圆整", 16),
        ("壹仟陆佰捌拾元零叁角贰分", Decimal("1680.32")),
        ("壹拾万零柒仟元零伍角叁分", Decimal("107000.53")),
        ("壹元伍角整", Decimal("1.5")),
        ("玖角", Decimal("0.9")),
        ("伍分", Decimal("0.05")),
        ("零元整", 0),
        ("负壹元伍角", Decimal("-1.5")),
        ("壹萬貳仟參佰圓整", 12300),
        ("一兆", None),
    ],
)
def test_from_chinese_strict(text: str, expected: int | Decimal | None) -> None:
    """Strict parsing accepts canonical output and the standard variants, exactly."""
    if expected is None:
        assert from_chinese(text, large_units="zhao") == 10**12
        return
    value = from_chinese(text)
    assert value == expected
    assert type(value) is type(expected) or isinstance(value, Decimal)
    if isinstance(expected, Decimal):
        assert str(value) == str(expected)


@pytest.mark.parametrize(
    ("text", "expected", "position"),
    [
        ("百一", 110, 0),
        ("一百一", 110, 2),
        ("三万五", 35000, 2),
        ("两千二", 2200, 2),
        ("两百五", 250, 2),
        ("二十万三", 203000, 3),
        ("两亿六", 260000000, 2),
        ("一万七百九十九", 10799, 2),
        ("一亿一千", 100001000, 2),
        ("一百十", 110, 2),
        ("一亿十万", 100100000, 2),
        ("两千两", 2200, 2),
        ("两", 2, 0),
        ("萬", 10000, 0),
        ("千万", 10**7, 0),
        ("廿一", 21, 0),
        ("幺二三", 123, 0),
        ("3万", 30000, 1),
        ("1.2亿", 120000000, 3),
        ("正五", 5, 0),
        ("点五", Decimal("0.5"), 0),
        ("拾陆", 16, 0),
        ("壹百", 100, 1),
        ("壹佰元", 100, 3),
        ("〇一", 1, 0),
    ],
)
def test_colloquial_forms_need_lenient(text: str, expected: int | Decimal, position: int) -> None:
    """Colloquial and ambiguous forms raise in strict mode and are read with lenient=True."""
    with pytest.raises(NumeralError) as info:
        from_chinese(text)
    assert info.value.position == position
    assert from_chinese(text, lenient=True) == expected


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("", 0),
        ("abc", 0),
        ("十十", 1),
        ("一千一千", 3),
        ("一百零零一", 3),
        ("五百亿万", 3),
        ("一亿万", 2),
        ("一千万万", 3),
        ("五百零", 3),
        ("一点二点三", 3),
        ("第一", 0),
        ("百分之五十", 0),
        ("十一万零七千", 3),
        ("一万二万", 3),
        ("一亿二亿", 3),
        ("一京", 1),
        ("负", 1),
        ("5.", 2),
        ("壹分整", 2),
        ("一万零", 3),
    ],
)
def test_garbage_raises_with_position(text: str, position: int) -> None:
    """Invalid text raises NumeralError at the first offending character, even leniently."""
    for lenient in (False, True):
        with pytest.raises(NumeralError) as info:
            from_chinese(text, lenient=lenient)
        assert info.value.position == position
        assert info.value.text == text
        assert f"at position {position}" in str(info.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("两十", "两 cannot stand before 十"),
        ("一兆", "pass large_units='zhao'"),
        ("一百一", "colloquial shorthand"),
        ("一亿一千", "missing 零"),
        ("壹元零伍角", "零 before 角 only where the 元 digit is 0"),
        ("壹元伍分", "missing 零 between 元 and 分"),
        ("零伍分", "零 before 分 with no 元 amount"),
        ("壹佰元", "ends with 整"),
        ("壹元零伍分整", "cannot follow 分"),
        ("一百一十点", "expected digits after the decimal point"),
        ("一二点五", "a digit-by-digit number has no decimals"),
    ],
)
def test_error_messages_say_what(text: str, message: str) -> None:
    """Error messages say what is wrong."""
    with pytest.raises(NumeralError, match=re.escape(message)):
        from_chinese(text)


def test_from_chinese_refuses_non_text() -> None:
    """A non-str raises a TypeError; NumeralError is a ValueError."""
    with pytest.raises(ModelTypeError):
        from_chinese(123)  # type: ignore[arg-type]
    assert issubclass(NumeralError, ValueError)


# -- properties -------------------------------------------------------------------------------

_FORMAT_OPTIONS = [
    {},
    {"style": "financial"},
    {"script": "hant"},
    {"style": "financial", "script": "hant"},
    {"liang": "leading"},
    {"liang": "all", "script": "hant"},
    {"boundary_zero": True},
    {"large_units": "zhao", "script": "hant"},
]


@st.composite
def zero_heavy_ints(draw: st.DrawFn, max_digits: int = 25) -> int:
    """Integers whose digits are mostly zeros, where the 零 rules matter."""
    digits_ = draw(st.lists(st.sampled_from("0000000123456789"), min_size=1, max_size=max_digits))
    sign = draw(st.sampled_from([1, -1]))
    return sign * int("".join(digits_))


_INTS = st.integers(min_value=-(10**24), max_value=10**24) | zero_heavy_ints().filter(
    lambda n: abs(n) <= 10**24
)


@settings(max_examples=settings.default.max_examples * 10)
@given(_INTS, st.sampled_from(_FORMAT_OPTIONS))
def test_round_trip_ints(n: int, options: dict[str, Any]) -> None:
    """from_chinese(to_chinese(n)) == n up to 10**24, in every style, script and option."""
    text = to_chinese(n, **options)
    large_units = options.get("large_units", "wanyi")
    assert from_chinese(text, large_units=large_units) == n
    assert from_chinese(text, large_units=large_units, lenient=True) == n


@settings(max_examples=settings.default.max_examples * 6)
@given(
    st.decimals(
        min_value=-(10**24), max_value=10**24, allow_nan=False, allow_infinity=False, places=None
    ).filter(lambda d: d.as_tuple().exponent >= -100),  # type: ignore[operator]  # the bound
    st.sampled_from(_FORMAT_OPTIONS[:4]),
    st.booleans(),
)
def test_round_trip_decimals(d: Decimal, options: dict[str, Any], keep: bool) -> None:
    """Decimals round-trip in both styles and scripts; trailing zeros survive if kept."""
    text = to_chinese(d, keep_trailing_zeros=keep, **options)
    value = from_chinese(text)
    assert value == d
    if keep and d and d.as_tuple().exponent < 0:  # type: ignore[operator]
        assert format(value, "f") == format(d, "f")


@settings(max_examples=settings.default.max_examples * 5)
@given(
    st.decimals(min_value=-(10**20), max_value=10**20, places=2),
    st.sampled_from(
        [{}, {"boundary_zero": True}, {"script": "hant", "currency": "圓"}, {"prefix": "人民币"}]
    ),
)
def test_round_trip_rmb(amount: Decimal, options: dict[str, Any]) -> None:
    """rmb() output parses back to the amount, in both scripts and with the 零 options."""
    assert from_chinese(rmb(amount, **options)) == amount


_ALPHABET = "零〇一二两三四五六七八九十百千万亿点负壹贰拾佰仟萬億兆"
_TO_LOWER = str.maketrans("〇两兩壹贰貳拾佰仟萬億負點", "零二二一二二十百千万亿负点")


def _check_reading(text: str, value: int | Decimal) -> None:
    """An accepted text spells *value*: same digits and units as to_chinese, give or take 零."""
    normal = text.translate(_TO_LOWER)
    whole, _, fraction = normal.removeprefix("负").partition("点")
    if len(whole) > 1 and set(whole) <= set("零一二三四五六七八九"):  # digit by digit
        assert int(whole.translate(str.maketrans("零一二三四五六七八九", "0123456789"))) == abs(
            int(value)
        )
        return
    whole = whole.replace("零十", "零一十")
    whole = whole[1:] if whole.startswith("一十") else whole
    canonical = to_chinese(abs(int(value)))
    optional = to_chinese(abs(int(value)), boundary_zero=True)
    assert whole.replace("零", "") == canonical.replace("零", "")
    assert canonical.count("零") <= whole.count("零") <= optional.count("零")
    if fraction:
        assert isinstance(value, Decimal)
        assert (
            fraction.translate(str.maketrans("零一二三四五六七八九", "0123456789"))
            == (format(value, "f").partition(".")[2])
        )


def _outcome(text: str, *, lenient: bool = False) -> int | Decimal | NumeralError:
    try:
        return from_chinese(text, lenient=lenient)
    except NumeralError as exc:
        return exc


@settings(max_examples=settings.default.max_examples * 20)
@given(st.text(alphabet=_ALPHABET, max_size=12), st.booleans())
def test_arbitrary_text_is_read_right_or_refused(text: str, lenient: bool) -> None:
    """Arbitrary numeral text gives the right value or NumeralError, never anything else."""
    value = _outcome(text, lenient=lenient)
    if isinstance(value, NumeralError):
        assert 0 <= value.position <= len(text)
        event("refused")
        return
    event("accepted")
    assert isinstance(value, int | Decimal)
    assert from_chinese(to_chinese(value)) == value
    assert from_chinese(text, lenient=True) == value
    if not lenient:
        _check_reading(text, value)


@settings(max_examples=settings.default.max_examples * 10)
@given(_INTS.map(to_chinese), st.integers(0, 30), st.sampled_from([*_ALPHABET, ""]))
def test_mutated_numerals_are_read_right_or_refused(text: str, at: int, char: str) -> None:
    """One-character edits of valid numerals give the right value or NumeralError."""
    at %= len(text) + 1
    mutated = text[:at] + char + text[at + 1 :]
    value = _outcome(mutated)
    if isinstance(value, NumeralError):
        assert 0 <= value.position <= len(mutated)
        event("refused")
        return
    event("accepted")
    _check_reading(mutated, value)


@settings(max_examples=settings.default.max_examples * 10)
@given(
    st.one_of(st.text(alphabet="零一二三十百千万亿", max_size=14), _INTS.map(to_chinese).map(str))
)
def test_fast_path_agrees_with_full_parser(text: str) -> None:
    """The dictionary fast path and the full parser agree on value or error position."""

    def outcome(parse: Any) -> object:
        try:
            return parse(text)
        except NumeralError as exc:
            return ("error", exc.position)

    assert outcome(from_chinese) == outcome(slow_parse)


# -- cn2an differential ---------------------------------------------------------------------

_CN2AN_ZERO_DROP = re.compile(r"([万亿])零([一二三四五六七八九壹贰叁肆伍陆柒捌玖][千仟])")
"""cn2an's an2cn deletes this 零 (its regex, an2cn.py): a defect, since 一亿一千 reads as 一亿一千万."""

CN2AN_DISAGREEMENTS = [
    (100001000, "一亿零一千", "一亿一千"),
    (50200004475, "五百零二亿零四千四百七十五", "五百零二亿四千四百七十五"),
    (1000000001000, "一万亿零一千", "一万亿一千"),
    (10**15 + 1000, "一千万亿零一千", "一千万亿一千"),
]


@pytest.mark.parametrize(("n", "ours", "theirs"), CN2AN_DISAGREEMENTS)
def test_cn2an_documented_disagreements(n: int, ours: str, theirs: str) -> None:
    """Where cn2an drops the 亿-boundary 零, its text is ambiguous and strict parsing refuses it."""
    cn2an = pytest.importorskip("cn2an")
    assert to_chinese(n) == ours
    assert cn2an.an2cn(n) == theirs
    with pytest.raises(NumeralError, match="missing 零"):
        from_chinese(theirs)
    assert from_chinese(theirs, lenient=True) == n


@settings(max_examples=settings.default.max_examples * 15)
@given(
    st.integers(min_value=0, max_value=10**16 - 1)
    | zero_heavy_ints(max_digits=16).map(abs).filter(lambda n: n < 10**16)
)
def test_differential_against_cn2an(n: int) -> None:
    """Below 10**16 cn2an differs only by its dropped 零, and each side reads the other."""
    cn2an = pytest.importorskip("cn2an")
    ours, theirs = to_chinese(n), cn2an.an2cn(n)
    assert theirs == _CN2AN_ZERO_DROP.sub(r"\1\2", ours)
    assert cn2an.an2cn(n, "up") == _CN2AN_ZERO_DROP.sub(r"\1\2", to_chinese(n, style="financial"))
    assert cn2an.cn2an(ours, "strict") == n
    assert from_chinese(theirs, lenient=True) == n
    if theirs != ours:
        with pytest.raises(NumeralError):
            from_chinese(theirs)


def test_cn2an_random_sweep() -> None:
    """A seeded sweep of 3000 zero-heavy integers finds no undocumented disagreement."""
    cn2an = pytest.importorskip("cn2an")
    rng = random.Random(12345)
    disagreements = 0
    for _ in range(3000):
        n = int("".join(rng.choice("00000123456789") for _ in range(rng.randint(1, 16))))
        ours = to_chinese(n)
        assert cn2an.an2cn(n) == _CN2AN_ZERO_DROP.sub(r"\1\2", ours)
        disagreements += cn2an.an2cn(n) != ours
    assert disagreements > 0  # the documented defect does show up in such a sweep


# -- the size bound ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "position", "side"),
    [
        ("一" + "亿" * 13, 13, "before"),  # the 13th 亿 reaches 10**104
        ("一" + "亿" * 600, 13, "before"),  # more than Python's 4,300 digits to str
        ("一万" + "亿" * 12, 0, "before"),  # 10**100: the digit 一 stands beyond the bound
        ("一" * 101, 100, "before"),
        ("零点" + "一" * 101, 102, "after"),
        ("1" * 101, 100, "before"),
        ("０." + "1" * 101, 102, "after"),
        ("壹" + "亿" * 13 + "元整", 13, "before"),
    ],
)
def test_from_chinese_refuses_numbers_beyond_100_digits(
    text: str, position: int, side: str
) -> None:
    """The first character past the bound is named; nothing huge is ever computed."""
    with pytest.raises(NumeralError, match=f"more than 100 digits {side} the point") as info:
        from_chinese(text)
    assert info.value.position == position


def test_from_chinese_reads_up_to_100_digits() -> None:
    """Right at the bound: 10**96 and 99 more digits below it, and 100 decimals."""
    assert from_chinese("一" + "亿" * 12) == 10**96
    assert from_chinese("九千九百九十九" + "亿" * 12) == 9999 * 10**96
    assert from_chinese("零点" + "一" * 100) == Decimal("0." + "1" * 100)
    assert from_chinese("1" * 100) == int("1" * 100)


def test_lenient_scales_refuse_beyond_the_bound() -> None:
    """3亿亿… with lenient=True stops at the scale that passes 100 digits."""
    with pytest.raises(NumeralError, match="more than 100 digits") as info:
        from_chinese("3" + "亿" * 13, lenient=True)
    assert info.value.position == 13

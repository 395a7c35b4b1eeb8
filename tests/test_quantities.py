"""Quantity formatting: markers, scales, exact values, ranges with % on both ends."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport._approx import MARKERS
from govreport.exceptions import ModelTypeError, ValidationError
from govreport.quantities import NUMERAL_SUFFIXES, format_quantity, format_range


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((10, "次"), {"approx": "余"}, "10余次"),
        ((Decimal("1.2"), "人次"), {"approx": "约", "scale": "万"}, "约1.2万人次"),
        ((Decimal("0.9"), "元"), {"scale": "万"}, "0.9万元"),
        ((2, "名"), {"approx": "以上"}, "2名以上"),
        ((300, "人"), {"approx": "左右"}, "300人左右"),
        ((100, "%"), {}, "100%"),
        ((Decimal("149.6"), "%"), {}, "149.6%"),
        ((4, "个"), {"numerals": "chinese"}, "四个"),
        ((2000, "册"), {"approx": "余"}, "2000余册"),
        ((5000, "元"), {"approx": "多", "scale": "万"}, "5000多万元"),
        ((10, "元"), {"approx": "余", "scale": "万"}, "10余万元"),
        ((10, "元"), {"approx": "余", "scale": "万", "approx_after_scale": True}, "10万余元"),
        ((10, "元"), {"approx": "以上", "scale": "万", "approx_after_scale": True}, "10万元以上"),
        ((Decimal("1.98"), "美元"), {"scale": "亿"}, "1.98亿美元"),
        ((Decimal("-125.03"),), {}, "-125.03"),
        (("0.90", "元"), {}, "0.90元"),
        ((Decimal("1E+3"), "件"), {}, "1000件"),
        ((16840, "户"), {}, "16840户"),
        ((Decimal("-0.0"), "%"), {}, "0.0%"),
        ((30, "次"), {"approx": "…余"}, "30余次"),
        ((300, "人"), {"approx": "约…"}, "约300人"),
        ((5, "年"), {"approx": "有余"}, "5年有余"),
        ((20, "次"), {"approx": "余", "numerals": "chinese"}, "二十余次"),
        ((2, "名"), {"numerals": "chinese"}, "两名"),
        ((2, "元"), {"numerals": "chinese", "scale": "万"}, "两万元"),
        ((2, ""), {"numerals": "chinese"}, "二"),
        ((12, "个"), {"numerals": "chinese"}, "十二个"),
        ((63, "%"), {"numerals": "chinese"}, "百分之六十三"),
        ((30, "%"), {"numerals": "chinese", "approx": "左右"}, "百分之三十左右"),
        ((5, "‰"), {"numerals": "chinese"}, "千分之五"),
        ((-3, "件"), {"numerals": "chinese"}, "负三件"),
        ((Decimal("0.90"), "元"), {"numerals": "chinese"}, "零点九零元"),
    ],
)
def test_format_quantity(args: tuple[Any, ...], kwargs: dict[str, Any], expected: str) -> None:
    """Quantities are written as reports write them: 余 and 多 before the unit (30余次), 约 近 超
    before the number, Arabic digits without separators (GB/T 15835-2011)."""
    assert format_quantity(*args, **kwargs) == expected


@pytest.mark.parametrize("marker", sorted(MARKERS))
def test_every_marker_has_its_place(marker: str) -> None:
    """约… before the number; 余/多 between number and unit; 以上/左右/… after the unit."""
    text = format_quantity(30, "人", approx=marker)
    if MARKERS[marker].position == "before":
        assert text == f"{marker}30人"
    elif marker in NUMERAL_SUFFIXES:
        assert text == f"30{marker}人"
    else:
        assert text == f"30人{marker}"


@given(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15),
    st.sampled_from(["", "次", "%", "元"]),
    st.sampled_from([None, "万", "亿"]),
)
def test_value_is_kept_exactly(value: Decimal, unit: str, scale: str | None) -> None:
    """The written number is the Decimal as given: same digits, no separators, no float."""
    text = format_quantity(value, unit, scale=scale)
    number = text.removesuffix(unit).removesuffix(scale or "")
    assert "," not in number
    assert "E" not in number
    assert Decimal(number) == value
    assert Decimal(number).as_tuple().exponent == min(int(value.as_tuple().exponent), 0)


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((63, 68, "%"), {}, "63%~68%"),
        ((Decimal("10"), Decimal("90"), "%"), {}, "10%~90%"),
        ((100, 150, "次"), {}, "100~150次"),
        ((1, 2, "元"), {"scale": "万"}, "1万~2万元"),
        ((1, 2), {}, "1~2"),
        ((3, 5, "个"), {"numerals": "chinese", "sep": "至"}, "三至五个"),
        ((63, 68, "%"), {"numerals": "chinese", "sep": "至"}, "百分之六十三至百分之六十八"),
        ((63, 68, "%"), {"sep": "—"}, "63%—68%"),
        ((-5, 10, "%"), {}, "-5%~10%"),
    ],
)
def test_format_range(args: tuple[Any, ...], kwargs: dict[str, Any], expected: str) -> None:
    """Ranges repeat % and scales on both ends (never 63~68%) and use the wave dash."""
    assert format_range(*args, **kwargs) == expected


@given(st.integers(0, 100), st.integers(0, 100))
def test_percent_range_never_drops_the_first_percent(a: int, b: int) -> None:
    """GB/T 15835: 10%~90%, never 10~90%."""
    low, high = min(a, b), max(a, b)
    assert format_range(low, high, "%") == f"{low}%~{high}%"


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "field"),
    [
        ((1.5, "次"), {}, ModelTypeError, "value"),
        ((True, "次"), {}, ModelTypeError, "value"),
        (("abc", "次"), {}, ValidationError, "value"),
        (("NaN", "次"), {}, ValidationError, "value"),
        ((1, "次"), {"approx": "大概"}, ValidationError, "approx"),
        ((1, "次"), {"approx": "余…"}, ValidationError, "approx"),
        ((1, "次"), {"approx": 3}, ModelTypeError, "approx"),
        ((1, "元"), {"scale": "千"}, ValidationError, "scale"),
        ((1, "元"), {"numerals": "roman"}, ValidationError, "numerals"),
        ((1, 5), {}, ModelTypeError, "unit"),
    ],
)
def test_format_quantity_errors(
    args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception], field: str
) -> None:
    """Floats, bools, non-numbers and unknown markers, scales or numerals are refused."""
    with pytest.raises(error) as info:
        format_quantity(*args, **kwargs)
    assert info.value.field == field  # type: ignore[attr-defined]


def test_format_range_refuses_reversed() -> None:
    """The upper end may not be below the lower end."""
    with pytest.raises(ValidationError, match="below"):
        format_range(68, 63, "%")

"""The group tables of the formatter, and the general writer they shortcut."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport.numerals import to_chinese
from govreport.numerals._groups import formatter, group_string

_LOWER = "零一二三四五六七八九"
_UNITS = ("", "十", "百", "千")


@pytest.mark.parametrize(
    ("g", "expected"),
    [
        (1, "一"),
        (10, "一十"),
        (101, "一百零一"),
        (1001, "一千零一"),
        (1100, "一千一百"),
        (9999, "九千九百九十九"),
    ],
)
def test_group_string(g: int, expected: str) -> None:
    """One 零 per inner run of zeros, none at the end, 一十 kept (the head drops it)."""
    assert group_string(g, _LOWER, _UNITS) == expected


def test_tables_hold_what_their_names_say() -> None:
    """Each table of the default formatter, spot-checked by value."""
    f = formatter("lower", "hans", "never", "wanyi")
    assert (f.alone[0], f.alone[12], f.alone[2000]) == ("零", "十二", "二千")
    assert (f.leading[10], f.inner[10], f.inner_before_unit[2]) == ("十", "一十", "二")
    assert (f.leading_wan[12], f.leading_yi[3]) == ("十二万", "三亿")
    assert (f.last[0], f.last[700], f.last[7000]) == ("", "零七百", "七千")
    assert (f.wan_after_yi[1000], f.wan_after_yi[10]) == ("一千万", "零一十万")
    assert f.last_after_gap[7000] == "零七千"


def test_liang_tables() -> None:
    """两 stands alone only before a unit, and in the 千 place with liang='all'."""
    leading = formatter("lower", "hans", "leading", "wanyi")
    assert (leading.alone[2], leading.leading[2], leading.alone[2200]) == ("二", "两", "两千二百")
    assert (leading.inner[2200], leading.inner_before_unit[2]) == ("二千二百", "二")
    every = formatter("lower", "hans", "all", "wanyi")
    assert (every.inner[2200], every.inner_before_unit[2], every.inner[2]) == (
        "两千二百",
        "两",
        "二",
    )


def test_formatters_are_cached_per_option_set() -> None:
    """The tables are built once per option set (a cache, not configuration)."""
    assert formatter("financial", "hant", "never", "zhao") is formatter(
        "financial", "hant", "never", "zhao"
    )
    assert formatter("lower", "hans", "never", "wanyi") is not formatter(
        "lower", "hant", "never", "wanyi"
    )


@given(st.integers(min_value=0, max_value=10**12 - 1), st.sampled_from(["never", "leading", "all"]))
def test_table_lookups_agree_with_the_group_by_group_writer(n: int, liang: str) -> None:
    """Below 10**12 to_chinese's table lookups write what the group-by-group writer writes."""
    f = formatter("lower", "hans", liang, "wanyi")
    assert to_chinese(n, liang=liang) == f.integer(n)  # type: ignore[arg-type]


@given(st.decimals(min_value=0, max_value=10**12 - 1, places=2), st.booleans())
def test_decimal_lookups_agree_with_the_general_writer(value: Decimal, keep: bool) -> None:
    """Decimals below 10**12 (the short path) read the same as through a str (the long one)."""
    assert to_chinese(value, keep_trailing_zeros=keep) == to_chinese(
        format(value, "f"), keep_trailing_zeros=keep
    )

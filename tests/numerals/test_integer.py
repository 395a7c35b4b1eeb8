"""The integer grammar with units: pass 1 token by token, pass 2 the 零 rules."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport.exceptions import NumeralError
from govreport.numerals import to_chinese
from govreport.numerals._integer import Scanner


def _read(text: str, *, lenient: bool = False, large_units: str = "wanyi") -> int:
    return Scanner(text, lenient, large_units).with_units(0, len(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十", 10),
        ("一千零十", 1010),  # 十 alone after 零
        ("两千", 2000),
        ("十万七千", 107000),  # the skipped digits end at 万: no 零 needed
        ("十万零七千", 107000),  # PBoC 4(3) allows it anyway
        ("一亿亿零一", 10**16 + 1),
        ("一万亿", 10**12),  # no group between 万 and 亿
        ("壹仟零壹拾", 1010),
    ],
)
def test_reads_units_and_zeros(text: str, value: int) -> None:
    """Digits, 十/百/千 places, 万 groups and 亿 chunks combine into the value."""
    assert _read(text) == value


@pytest.mark.parametrize(
    ("text", "position", "reason"),
    [
        # pass 1, by kind of token
        ("一二", 1, "digit '二' follows a digit without a unit"),  # digit
        ("一百零零一", 3, "repeated 零"),
        ("零一", 0, "零 cannot begin a number"),
        ("一百千", 2, "'千' cannot follow a unit that is not larger"),  # place
        ("一千百", 2, "'百' needs a digit before it here (一百)"),
        ("两十", 0, "两 cannot stand before 十"),
        ("一万万", 2, "'万' needs a number before it"),  # group unit
        ("一万零万", 3, "零 cannot stand directly before '万'"),
        ("一亿一亿", 3, "'亿' cannot follow a unit that is not larger"),  # chunk unit
        ("一兆", 1, "pass large_units='zhao'"),
        ("一百零", 3, "a number cannot end in 零"),  # end
        # pass 2: the 零 rules and 两
        ("一万七百", 2, "missing 零 before '七'"),
        ("一百零一十", 2, "零 stands between adjacent digits"),
        ("两", 0, "两 stands only before 百, 千, 万 or 亿"),
        ("三万五", 2, "colloquial shorthand"),
    ],
)
def test_refuses_each_kind_of_mistake_where_it_is(text: str, position: int, reason: str) -> None:
    """Each token kind and each 零 rule reports its own reason at its own position."""
    with pytest.raises(NumeralError, match=re.escape(reason)) as info:
        _read(text)
    assert info.value.position == position


@pytest.mark.parametrize(
    ("text", "value"),
    [("三万五", 35000), ("廿五", 25), ("万", 10000), ("一亿一千", 100001000)],
)
def test_lenient_forms(text: str, value: int) -> None:
    """Shorthand, 廿/卅, a bare 万 and a skipped 零 read with lenient=True."""
    assert _read(text, lenient=True) == value


def test_zhao_system() -> None:
    """In the 兆 system 亿 and 兆 close groups inside a chunk that 京 closes."""
    assert _read("一京零一兆", large_units="zhao") == 10**16 + 10**12
    assert _read("一萬京", large_units="zhao") == 10**20


@given(st.integers(min_value=1, max_value=10**99 - 1))
def test_reads_what_to_chinese_writes_up_to_the_bound(n: int) -> None:
    """Every canonical numeral below 10**99 reads back to its value."""
    assert _read(to_chinese(n)) == n

"""Dates and periods: unpadded Arabic, 〇-year Chinese, PBoC bill dates, CLDR via babel."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport.dates import format_date, format_period
from govreport.exceptions import ModelTypeError, ValidationError
from govreport.numerals import from_chinese


@pytest.mark.parametrize(
    ("day", "style", "expected"),
    [
        (date(2023, 12, 31), "arabic", "2023年12月31日"),
        (date(2023, 4, 13), "arabic", "2023年4月13日"),
        (date(2024, 1, 5), "arabic", "2024年1月5日"),
        (date(2023, 12, 31), "chinese", "二〇二三年十二月三十一日"),
        (date(2008, 12, 28), "chinese", "二〇〇八年十二月二十八日"),
        (date(2000, 1, 10), "chinese", "二〇〇〇年一月十日"),
        (date(1997, 7, 1), "chinese", "一九九七年七月一日"),
        (date(2023, 1, 15), "bill", "贰零贰叁年零壹月壹拾伍日"),
        (date(2023, 10, 20), "bill", "贰零贰叁年零壹拾月零贰拾日"),
        (date(2023, 2, 1), "bill", "贰零贰叁年零贰月零壹日"),
        (date(2023, 3, 10), "bill", "贰零贰叁年叁月零壹拾日"),
        (date(2023, 11, 30), "bill", "贰零贰叁年壹拾壹月零叁拾日"),
        (date(2023, 12, 31), "bill", "贰零贰叁年壹拾贰月叁拾壹日"),
        (date(2023, 5, 21), "bill", "贰零贰叁年伍月贰拾壹日"),
        (date(2023, 12, 31), "y年M月d日", "2023年12月31日"),
        (date(2023, 4, 3), "yyyy年MM月dd日", "2023年04月03日"),
        (date(2023, 4, 3), "yyyy-MM-dd", "2023-04-03"),
        (date(2023, 12, 31), "y年第Q季度", "2023年第4季度"),
        (datetime(2023, 12, 31, 23, 59), "arabic", "2023年12月31日"),
    ],
)
def test_format_date(day: date, style: str, expected: str) -> None:
    """Each style writes the form docs/numerals.md documents (二〇二三年 with 〇 in a year)."""
    assert format_date(day, style=style) == expected


@pytest.mark.parametrize(
    ("style", "locale", "expected"),
    [
        ("long", "zh_CN", "2023年12月31日"),
        ("full", "zh_CN", "2023年12月31日星期日"),
        ("long", "en_US", "December 31, 2023"),
        ("short", "zh_Hant_HK", "31/12/2023"),
        ("MMMM", "zh_CN", "十二月"),
    ],
)
def test_format_date_cldr(style: str, locale: str, expected: str) -> None:
    """Other styles are CLDR formats or patterns for the locale, through babel."""
    assert format_date(date(2023, 12, 31), style=style, locale=locale) == expected


@given(st.dates(min_value=date(1000, 1, 1)))
def test_arabic_dates_are_never_padded(day: date) -> None:
    """GB/T 9704: the full year, month and day without zero padding."""
    assert format_date(day) == f"{day.year}年{day.month}月{day.day}日"


@given(st.dates(min_value=date(1000, 1, 1)))
def test_chinese_dates_read_back(day: date) -> None:
    """The year reads back digit by digit, month and day as cardinals; 〇 only in the year."""
    text = format_date(day, style="chinese")
    year, rest = text.split("年")
    month, rest = rest.split("月")
    assert (from_chinese(year), from_chinese(month), from_chinese(rest.removesuffix("日"))) == (
        day.year,
        day.month,
        day.day,
    )
    assert "零" not in text
    assert "〇" not in rest


@given(st.dates(min_value=date(1000, 1, 1)))
def test_bill_dates_follow_pboc(day: date) -> None:
    """Bill months 1, 2, 10 and days 1-10, 20, 30 get 零; 壹拾 is written out."""
    text = format_date(day, style="bill")
    month = text.split("年")[1].split("月")[0]
    dd = text.split("月")[1].removesuffix("日")
    assert month.startswith("零") == (day.month in (1, 2, 10))
    assert dd.startswith("零") == (day.day <= 10 or day.day in (20, 30))
    assert from_chinese(month.removeprefix("零")) == day.month
    assert from_chinese(dd.removeprefix("零")) == day.day
    assert "拾" not in month or "壹拾" in month or day.month not in (10, 11, 12)


@pytest.mark.parametrize(
    ("args", "style", "expected"),
    [
        ((2023,), "arabic", "2023年度"),
        ((2023,), "chinese", "二〇二三年度"),
        ((2021, 2023), "arabic", "2021年至2023年"),
        ((2021, 2023), "chinese", "二〇二一年至二〇二三年"),
        ((date(2023, 1, 1), date(2023, 12, 31)), "arabic", "2023年1月1日至12月31日"),
        ((date(2023, 1, 1), date(2023, 12, 31)), "chinese", "二〇二三年一月一日至十二月三十一日"),
        ((date(2022, 7, 1), date(2023, 6, 30)), "arabic", "2022年7月1日至2023年6月30日"),
        ((date(2023, 3, 1), date(2023, 3, 31)), "arabic", "2023年3月1日至3月31日"),
        ((date(2023, 3, 1),), "arabic", "2023年3月1日"),
        ((date(2023, 3, 1), date(2023, 3, 1)), "arabic", "2023年3月1日"),
    ],
)
def test_format_period(args: tuple[date | int, ...], style: str, expected: str) -> None:
    """Periods omit the repeated year and keep it when the years differ."""
    assert format_period(*args, style=style) == expected


def test_format_period_cldr_interval() -> None:
    """Any other style is a CLDR skeleton for babel's interval formatting."""
    text = format_period(date(2023, 1, 1), date(2023, 12, 31), style="yMMMd", locale="en")
    assert "Jan" in text
    assert "Dec" in text
    assert "2023" in text


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        ((date(2023, 12, 31), date(2023, 1, 1)), {}, ValidationError),
        ((2023, 2021), {}, ValidationError),
        ((2023,), {"style": "y"}, ValidationError),
        ((2023, date(2023, 1, 1)), {}, ModelTypeError),
        (("2023-01-01",), {}, ModelTypeError),
        ((True,), {}, ModelTypeError),
    ],
)
def test_format_period_errors(
    args: tuple[object, ...], kwargs: dict[str, str], error: type
) -> None:
    """Reversed periods, mixed bounds and CLDR styles for years are refused."""
    with pytest.raises(error):
        format_period(*args, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["2023-12-31", 20231231, None])
def test_format_date_refuses_non_dates(value: object) -> None:
    """Only dates are formatted (a TypeError otherwise)."""
    with pytest.raises(ModelTypeError, match=r"'d' must be a datetime\.date"):
        format_date(value)  # type: ignore[arg-type]


def test_babel_dates_is_imported_lazily() -> None:
    """Importing govreport and the formatting modules does not import babel.dates."""
    code = (
        "import sys, govreport, govreport.dates, govreport.numerals, govreport.quantities\n"
        "from datetime import date\n"
        "govreport.dates.format_date(date(2023, 1, 1), style='chinese')\n"
        "assert 'babel.dates' not in sys.modules, sorted(sys.modules)\n"
        "govreport.dates.format_date(date(2023, 1, 1), style='long')\n"
        "assert 'babel.dates' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

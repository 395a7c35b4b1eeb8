"""Quantities and metrics: exact values, markers, scales and the intervals they denote."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import govreport as gr
from govreport._approx import denoted_interval
from govreport._interval import Interval
from govreport.units import SHARE_UNITS, unit_kind


class TestQuantity:
    def test_value_is_exact_decimal(self) -> None:
        """Ints and strings become exact Decimals, keeping written trailing zeros."""
        assert gr.Quantity(value="0.90", unit="元", scale="万").value.as_tuple().exponent == -2
        assert gr.Quantity(value=560, unit="件").value == Decimal(560)

    def test_float_is_refused(self) -> None:
        """A float is inexact, so it is refused with advice."""
        with pytest.raises(gr.ModelTypeError, match=r"floats are inexact, write Decimal\('0.1'\)"):
            gr.Quantity(value=0.1, unit="元")  # type: ignore[arg-type]

    def test_bool_is_refused(self) -> None:
        """A bool is not a number."""
        with pytest.raises(gr.ModelTypeError, match="not bool"):
            gr.Quantity(value=True, unit="件")  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", ["abc", "NaN", "Infinity", ""])
    def test_non_numbers_are_refused(self, value: str) -> None:
        """Non-numeric and non-finite strings are refused, naming the value."""
        with pytest.raises(gr.ValidationError, match=r"'value' must be"):
            gr.Quantity(value=value, unit="件")

    def test_negative_count_is_refused(self) -> None:
        """A count cannot be negative."""
        with pytest.raises(gr.ValidationError) as err:
            gr.Quantity(value=-3, unit="件")
        assert str(err.value) == (
            "'value' of a count in '件' must not be negative (got -3); set change=True for a decrease"
        )
        assert (err.value.field, err.value.value) == ("value", Decimal(-3))

    def test_negative_change_is_accepted(self) -> None:
        """A decrease is a change, which may be negative."""
        assert gr.Quantity(value=-3, unit="件", change=True).value == -3

    def test_fractional_count_is_refused(self) -> None:
        """Counts without a scale are whole numbers."""
        with pytest.raises(gr.ValidationError, match="must be a whole number"):
            gr.Quantity(value="1.5", unit="次")

    def test_scaled_fractional_count_is_accepted(self) -> None:
        """1.2万人次 is a count written with a scale."""
        assert gr.Quantity(value="1.2", unit="人次", scale="万").multiplier == 10000

    @pytest.mark.parametrize("value", ["-0.1", "100.5", "150"])
    def test_share_outside_range_denotes_nothing(self, value: str) -> None:
        """A share outside [0, 100]% can be written (a report may say 102%), but it denotes no
        true value: its interval is empty, which the percent-range check reports."""
        assert gr.Quantity(value=value, unit="%").interval().is_empty

    def test_growth_rate_may_exceed_hundred(self) -> None:
        """A growth rate (change=True) may exceed 100% or be negative."""
        assert gr.Quantity(value="149.6", unit="%", change=True).value == Decimal("149.6")
        assert gr.Quantity(value="-5", unit="%", change=True).value == -5

    def test_per_mille_share(self) -> None:
        """A share in per mille lies in [0, 1000]‰: 1001‰ denotes nothing."""
        assert not gr.Quantity(value=999, unit="‰").interval().is_empty
        assert gr.Quantity(value=1001, unit="‰").interval().is_empty

    def test_share_with_scale_is_refused(self) -> None:
        """A per-cent figure has no 万/亿 scale."""
        with pytest.raises(gr.ValidationError, match="cannot have a scale"):
            gr.Quantity(value=5, unit="%", scale="万")

    def test_scale_inside_unit_is_refused(self) -> None:
        """'万元' is a scale and a unit; the message says how to write it."""
        with pytest.raises(gr.ValidationError) as err:
            gr.Quantity(value="0.9", unit="万元")
        assert (
            str(err.value) == "'unit' '万元' contains the scale '万': write unit='元', scale='万'"
        )

    def test_unknown_scale_is_refused(self) -> None:
        """Only 万, 亿 and 万亿 are scales (GB/T 15835 forbids 千/百万 as units)."""
        with pytest.raises(
            gr.ValidationError,
            match=r"^'scale' must be one of '万', '亿', '万亿', None \(got '千'\)$",
        ):
            gr.Quantity(value=3, unit="元", scale="千")

    @pytest.mark.parametrize(
        ("approx", "message"),
        [
            ("大概其", "'approx': unknown approximation marker '大概其'"),
            ("余…", "'approx': '余' is written after the number ('…余'), not before"),
            ("…约", "'approx': '约' is written before the number ('约…'), not after"),
            ("约…左右", "'approx': '约…左右' combines two markers that both say 'approximately'"),
            ("超过…以上", "'approx': '超过…以上' combines two markers that both say 'more than'"),
            ("近…余", "'approx': '近…余' combines two markers that 'just under' contradicts"),
        ],
    )
    def test_bad_markers_are_refused(self, approx: str, message: str) -> None:
        """Unknown, misplaced and contradictory approximation markers are refused."""
        with pytest.raises(gr.ValidationError) as err:
            gr.Quantity(value=10, unit="次", approx=approx)
        assert str(err.value).startswith(message.split(" that ")[0])
        assert err.value.field == "approx"

    def test_marker_side_may_be_spelled_out(self) -> None:
        """'…余' and '约…' are the same markers as '余' and '约'."""
        assert gr.Quantity(value=10, unit="次", approx="…余") == gr.Quantity(
            value=10, unit="次", approx="余"
        )

    def test_approx_after_scale_needs_scale(self) -> None:
        """10万余元 needs a scale to put the marker after."""
        with pytest.raises(gr.ValidationError, match="needs a 'scale'"):
            gr.Quantity(value=10, unit="元", approx="余", approx_after_scale=True)

    def test_numerals_option_is_validated(self) -> None:
        """numerals is 'arabic', 'chinese' or None."""
        with pytest.raises(
            gr.ValidationError, match=r"^'numerals' must be one of 'arabic', 'chinese', None"
        ):
            gr.Quantity(value=4, unit="个", numerals="roman")  # type: ignore[arg-type]


class TestInterval:
    @pytest.mark.parametrize(
        ("kwargs", "expected"),
        [
            ({"value": 560, "unit": "件"}, "[560, 560]"),
            ({"value": 10, "unit": "次", "approx": "余"}, "(10, 20)"),
            ({"value": 400, "unit": "份", "approx": "余"}, "(400, 500)"),
            ({"value": 1000, "unit": "份", "approx": "余"}, "(1000, 2000)"),
            ({"value": "0.9", "unit": "元", "scale": "万"}, "[8500, 9500]"),
            ({"value": 2, "unit": "名", "approx": "以上"}, "[2, ∞)"),
            ({"value": 300, "unit": "人次", "approx": "近"}, "[270, 300)"),
            ({"value": "1.2", "unit": "人次", "approx": "约", "scale": "万"}, "[10800, 13200]"),
            ({"value": 100, "unit": "%"}, "[99.5, 100]"),
            ({"value": 10, "unit": "元", "approx": "余", "scale": "万"}, "(100000, 200000)"),
            (
                {
                    "value": 10,
                    "unit": "元",
                    "approx": "余",
                    "scale": "万",
                    "approx_after_scale": True,
                },
                "(100000, 110000)",
            ),
            ({"value": 5, "unit": "件", "approx": "以下"}, "[0, 5]"),
            ({"value": 3, "unit": "次", "rounded": True}, "[2.5, 3.5]"),
        ],
    )
    def test_denoted_interval(self, kwargs: dict[str, object], expected: str) -> None:
        """Every figure denotes the documented interval of true values."""
        assert str(gr.Quantity(**kwargs).interval()) == expected  # type: ignore[arg-type]


class TestMetric:
    def test_metric_factory(self) -> None:
        """metric() builds a Metric and its Quantity in one call."""
        m = gr.metric("docs.total", 560, "件", label="发文")
        assert m == gr.Metric(
            id="docs.total", label="发文", quantity=gr.Quantity(value=560, unit="件")
        )

    @pytest.mark.parametrize("bad", ["Docs", "docs..total", "1docs", "docs total", "发文", ""])
    def test_bad_id_is_refused(self, bad: str) -> None:
        """Ids are dotted lower-case ASCII words."""
        with pytest.raises(gr.ValidationError) as err:
            gr.metric(bad, 1, "件", label="x")
        assert str(err.value) == (
            "'id' must be a dotted id of lower-case ASCII words such as "
            f"'enforcement.inspections' (got {bad!r})"
        )

    def test_blank_label_is_refused(self) -> None:
        """A metric needs a label."""
        with pytest.raises(gr.ValidationError, match="'label' must not be empty"):
            gr.metric("a", 1, "件", label="  ")

    def test_frozen(self) -> None:
        """Model objects are immutable."""
        m = gr.metric("a", 1, "件", label="x")
        with pytest.raises(AttributeError):
            m.id = "b"  # type: ignore[misc]


class TestMarkerEdgeCases:
    def test_nearly_a_small_count_holds_a_whole_number(self) -> None:
        """近5件 holds 4: one unit of the last digit when a tenth is less than that."""
        assert str(gr.Quantity(value=5, unit="件", approx="近").interval()) == "[4, 5)"

    @pytest.mark.parametrize("approx", ["以上", "约", "左右", "以下"])
    def test_approx_after_scale_is_only_for_yu_and_duo(self, approx: str) -> None:
        """Only 余/多 change meaning with their place relative to 万; other markers are refused."""
        with pytest.raises(gr.ValidationError, match="applies to 余/多 only"):
            gr.Quantity(value=10, unit="元", scale="万", approx=approx, approx_after_scale=True)


@given(
    value=st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False),
    unit=st.sampled_from(["", "件", "元", "%", "‰", "个百分点", "公里"]),
    approx=st.sampled_from([None, "余", "约", "以上"]),
    scale=st.sampled_from([None, "万"]),
    rounded=st.sampled_from([None, True, False]),
    change=st.booleans(),
)
def test_the_exact_figures_short_cut_gives_the_general_interval(
    value: Decimal,
    unit: str,
    approx: str | None,
    scale: str | None,
    rounded: bool | None,
    change: bool,
) -> None:
    """interval() answers written-exactly figures directly; the answer is the general one."""
    try:
        quantity = gr.Quantity(
            value=value, unit=unit, approx=approx, scale=scale, rounded=rounded, change=change
        )
    except gr.ValidationError:
        assume(False)
        return
    general = denoted_interval(
        quantity.value, quantity.approx, multiplier=quantity.multiplier, rounded=quantity.is_rounded
    )
    kind = unit_kind(quantity.unit)
    if not change and kind in ("count", "money", "share"):
        general = general.clamp_low(Decimal(0))
    if not change and kind == "share":
        whole = SHARE_UNITS[quantity.unit]
        if general.high is None or general.high > whole:
            general = Interval(general.low, whole, general.low_open, False)
    assert quantity.interval() == general


def test_rounded_units_are_the_shares_and_points() -> None:
    """The units taken as rounded are exactly those unit_kind calls share or points."""
    from govreport._quantity import _ROUNDED_UNITS
    from govreport.units import COUNT_UNITS, MONEY_UNITS

    units = {*_ROUNDED_UNITS, *COUNT_UNITS, *MONEY_UNITS, "公里", ""}
    assert {u for u in units if unit_kind(u) in ("share", "points")} == _ROUNDED_UNITS

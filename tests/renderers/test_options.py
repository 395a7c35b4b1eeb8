"""Renderer options: defaults, validation and unknown keywords."""

from __future__ import annotations

import pytest

from govreport.exceptions import ModelTypeError, ValidationError
from govreport.renderers import Options
from govreport.renderers._options import make_options


class TestOptions:
    def test_defaults(self) -> None:
        """Arabic numerals, dates following the numerals, restart numbering, zh_CN."""
        options = Options()
        assert (options.numerals, options.date_style, options.numbering, options.locale) == (
            "arabic",
            None,
            "restart",
            "zh_CN",
        )
        assert options.resolved_date_style == "arabic"
        assert Options(numerals="chinese").resolved_date_style == "chinese"

    @pytest.mark.parametrize(
        ("options", "field"),
        [
            ({"numerals": "roman"}, "numerals"),
            ({"numbering": "runon"}, "numbering"),
            ({"locale": 1}, "locale"),
            ({"locale": "zh CN"}, "locale"),
            ({"date_style": 3}, "date_style"),
            ({"date_style": "qqqqqqqqqqqq!"}, "date_style"),
        ],
    )
    def test_bad_values_name_the_option(self, options: dict[str, object], field: str) -> None:
        """A refused value raises a GovReportError whose field is the option."""
        with pytest.raises((ValidationError, ModelTypeError)) as caught:
            Options(**options)  # type: ignore[arg-type]
        assert caught.value.field == field
        assert repr(field) in str(caught.value)

    def test_unknown_option(self) -> None:
        """An unknown keyword names itself and the options there are."""
        with pytest.raises(ValidationError, match="unknown option 'numeral' for the 'x' renderer"):
            make_options(Options, {"numeral": "arabic"}, renderer="x")

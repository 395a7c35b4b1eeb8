"""A quantity as the report writes it: the one bridge from the model to the formatter."""

from __future__ import annotations

from hypothesis import given

import govreport as gr
from govreport import strategies
from govreport._written import written
from govreport.quantities import format_quantity


def test_own_numerals_win() -> None:
    """A figure that asks for Chinese numerals gets them, whatever the default."""
    q = gr.Quantity(value=4, unit="个", numerals="chinese")
    assert written(q) == "四个"
    assert written(gr.Quantity(value=4, unit="个"), numerals="chinese") == "四个"
    assert written(gr.Quantity(value=4, unit="个")) == "4个"


def test_marker_and_scale() -> None:
    """Markers, scales and 万余 placement come through."""
    q = gr.Quantity(value=10, unit="元", approx="余", scale="万", approx_after_scale=True)
    assert written(q) == "10万余元"


@given(strategies.quantities())
def test_matches_the_formatter(q: gr.Quantity) -> None:
    """written() passes every field of the quantity to format_quantity."""
    assert written(q) == format_quantity(
        q.value,
        q.unit,
        approx=q.approx,
        scale=q.scale,
        numerals=q.numerals or "arabic",
        approx_after_scale=q.approx_after_scale,
    )

"""A quantity as the report writes it: the one bridge from the model to the formatter."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import govreport as gr
from govreport import strategies
from govreport._quantity import Numerals
from govreport._written import written

SHARES_IN_WORDS = {"%": "百分之", "‰": "千分之"}


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


@given(strategies.quantities(), st.sampled_from(["arabic", "chinese"]))
def test_numerals_option_is_the_fallback(q: gr.Quantity, numerals: Numerals) -> None:
    """The *numerals* option acts exactly as the quantity's own field would, and yields to it."""
    own = q if q.numerals is not None else attrs.evolve(q, numerals=numerals)
    assert written(q, numerals=numerals) == written(own)
    assert written(own, numerals="arabic") == written(own, numerals="chinese")


@given(strategies.quantities())
def test_every_field_is_written(q: gr.Quantity) -> None:
    """The value (as given, in Arabic digits or none), unit, scale and marker all appear.

    In Chinese numerals a share reads 百分之五, 千分之三.
    """
    arabic = written(attrs.evolve(q, numerals="arabic"))
    chinese = written(attrs.evolve(q, numerals="chinese"))
    for word in (q.unit, q.scale or "", q.approx or ""):
        assert word in arabic
        assert SHARES_IN_WORDS.get(word, word) in chinese
    assert str(q.value) in arabic
    assert not any(c.isascii() and c.isdigit() for c in chinese)

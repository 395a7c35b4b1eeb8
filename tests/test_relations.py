"""Totals, rates and declared counts."""

from __future__ import annotations

import pytest

import govreport as gr


def test_total_needs_parts() -> None:
    """A total has parts."""
    with pytest.raises(gr.ValidationError, match="'parts' must not be empty"):
        gr.Total(total="a", parts=[])


def test_total_is_not_its_own_part() -> None:
    """The total cannot be one of its parts."""
    with pytest.raises(gr.ValidationError, match="must not contain the total 'a'"):
        gr.Total(total="a", parts=["a", "b"])


def test_parts_are_distinct() -> None:
    """A part is counted once."""
    with pytest.raises(gr.ValidationError, match="lists an id twice"):
        gr.Total(total="a", parts=["b", "b"])


def test_part_ids_are_validated() -> None:
    """Part ids follow the dotted-id rule."""
    with pytest.raises(gr.ValidationError, match="'parts' must be a dotted id"):
        gr.Total(total="a", parts=["B"])


def test_rate_needs_three_ids() -> None:
    """A rate, its numerator and its denominator are different figures."""
    with pytest.raises(gr.ValidationError, match="three different ids"):
        gr.Rate(rate="r", numerator="n", denominator="n")


def test_relation_ids() -> None:
    """Each relation lists the metric ids it names."""
    assert gr.Total(total="a", parts=["b", "c"]).ids() == ("a", "b", "c")
    assert gr.DeclaredCount(count="n", items="list").ids() == ("n",)

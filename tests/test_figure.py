"""Figures as the author writes them, and figures cited again."""

from __future__ import annotations

from decimal import Decimal

import pytest

import govreport as gr
from govreport._figure import figure_id


@pytest.mark.parametrize(
    ("written", "value", "unit", "approx", "scale"),
    [
        ("10余次", 10, "次", "余", None),
        ("0.9万元", Decimal("0.9"), "元", None, "万"),
        ("近300人次", 300, "人次", "近", None),
        ("95.5%", Decimal("95.5"), "%", None, None),
        ("两名", 2, "名", None, None),
        ("3,437条", 3437, "条", None, None),
    ],
)
def test_figure_reads_the_written_form(
    written: str, value: Decimal, unit: str, approx: str | None, scale: str | None
) -> None:
    """The issue's forms read into the quantity a metric would hold."""
    q = gr.figure(written).quantity
    assert (q.value, q.unit, q.approx, q.scale) == (value, unit, approx, scale)


def test_keywords_win_over_the_written_form() -> None:
    """An explicit keyword replaces what was read; the rest is kept."""
    q = gr.figure("10余次", approx="多", numerals="chinese").quantity
    assert (q.value, q.unit, q.approx, q.numerals) == (10, "次", "多", "chinese")


def test_figure_from_keywords_alone() -> None:
    """Without a written form the keywords are the quantity."""
    assert gr.figure(value=3, unit="件").quantity == gr.Quantity(value=3, unit="件")


def test_unknown_keyword_lists_the_known_ones() -> None:
    """A misspelt keyword is a typed error naming the fields."""
    with pytest.raises(gr.ModelTypeError, match=r"fields of Quantity .*value, unit"):
        gr.figure("10次", aprox="余")


def test_unreadable_form_is_a_validation_error_that_shows_where() -> None:
    """Reading stops at the first character that is not part of a figure."""
    with pytest.raises(gr.ValidationError, match="'。' at position 3"):
        gr.figure("10次。")


def test_id_and_label_are_validated() -> None:
    """Ids are dotted ids; labels are not blank."""
    with pytest.raises(gr.ValidationError, match="dotted id"):
        gr.figure("10次", id="Study")
    with pytest.raises(gr.ValidationError, match="'label' must not be empty"):
        gr.figure("10次", label=" ")


def test_figure_id_names_ids_metrics_and_figures() -> None:
    """Relations and citations accept an id, a metric or a figure with an id."""
    assert figure_id("a.b") == "a.b"
    assert figure_id(gr.metric("a.b", 1, "件", label="x")) == "a.b"
    assert figure_id(gr.figure("1件", id="a.b")) == "a.b"
    with pytest.raises(gr.ValidationError, match="has no id; give it one"):
        figure_id(gr.figure("1件"))
    with pytest.raises(gr.ModelTypeError, match="expected an id, a Metric or a Figure"):
        figure_id(3)  # type: ignore[arg-type]


def test_cite_takes_an_id_or_a_figure() -> None:
    """A citation stores only the id."""
    assert gr.Cite(id=gr.figure("560件", id="docs.total")) == gr.Cite(id="docs.total")

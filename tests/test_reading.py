"""The figure-reading rules shared by the importer and ``figure()``."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

import govreport as gr
from govreport import strategies
from govreport._reading import glued, glued_after, label_after, label_before, read_figure, years
from govreport._written import written
from govreport.importers._figures import Scanner


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("10余次", gr.Quantity(value=10, unit="次", approx="余")),
        ("0.9万元", gr.Quantity(value=Decimal("0.9"), unit="元", scale="万")),
        ("近300人次", gr.Quantity(value=300, unit="人次", approx="近")),
        ("95.5%", gr.Quantity(value=Decimal("95.5"), unit="%")),
        ("两名", gr.Quantity(value=2, unit="名", numerals="chinese")),
        ("3,437条", gr.Quantity(value=3437, unit="条")),
        ("300余人次", gr.Quantity(value=300, unit="人次", approx="余")),
        ("2名以上", gr.Quantity(value=2, unit="名", approx="以上")),
        (
            "10万余元",
            gr.Quantity(value=10, unit="元", approx="余", scale="万", approx_after_scale=True),
        ),
        ("十余次", gr.Quantity(value=10, unit="次", approx="余", numerals="chinese")),
        ("八", gr.Quantity(value=8, numerals="chinese")),
        ("560", gr.Quantity(value=560)),
    ],
)
def test_reads_figures_as_reports_write_them(source: str, expected: gr.Quantity) -> None:
    """Each written form reads into the quantity that writes it."""
    assert read_figure(source) == expected


def test_a_change_may_be_negative() -> None:
    """A sign is read only for a change, which the writer says with ``change=True``."""
    assert read_figure("-3件", change=True) == gr.Quantity(value=-3, unit="件", change=True)
    with pytest.raises(gr.ValidationError, match="set change=True"):
        read_figure("-3件")


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("10余次。", "'。' at position 4"),
        ("次10", "'次' at position 0"),
        ("", "the end"),
        ("10余次次", "'次' at position 4"),
    ],
)
def test_unreadable_forms_say_where(source: str, where: str) -> None:
    """Reading stops at a character that is not part of a figure, and the error names it."""
    with pytest.raises(gr.ValidationError, match=f"cannot read {source!r} as a figure: {where}"):
        read_figure(source)


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("010次", "reports write that quantity '10次'"),
        ("34,37条", "',' at position 2"),
        ("约10余次", "one approximation marker"),
        ("-3件", "must not be negative"),
    ],
)
def test_forms_a_report_would_not_write_are_refused(source: str, reason: str) -> None:
    """Padding, bad grouping, two markers and impossible values are errors, never guesses."""
    with pytest.raises(gr.ValidationError, match=reason):
        read_figure(source)


def test_a_non_string_is_refused() -> None:
    """A number is not a written figure."""
    with pytest.raises(gr.ValidationError, match="must be a str"):
        read_figure(10)  # type: ignore[arg-type]


@given(strategies.quantities())
def test_whatever_the_formatter_writes_reads_back(quantity: gr.Quantity) -> None:
    """Reading is the inverse of writing: the quantity comes back (up to the rounded flag)."""
    source = written(quantity)
    read = read_figure(source, change=quantity.change)
    assert written(read) == source
    assert read.interval() == quantity.interval() or quantity.rounded is not None


def test_the_importer_reads_prose_figures_alike() -> None:
    """A figure in prose and the same figure on its own are the same quantity."""
    parts = Scanner(2023).scan("开展专题学习达10余次，经济处罚0.9万元。")
    figures = [p.quantity for p in parts if not isinstance(p, str)]  # type: ignore[union-attr]
    assert figures == [read_figure("10余次"), read_figure("0.9万元")]


def test_labels_and_years() -> None:
    """Label words around a figure, and years written 2023年."""
    assert label_before("一是检查企业") == "检查企业"
    assert label_after("村发挥作用。") == "村发挥作用"
    assert list(years("第2023年")) == []
    assert glued("A10", 1)
    assert not glued("共10", 1)
    assert glued_after("10次x", 2) is False
    assert glued_after("10.5", 2) is True
    assert glued_after("3家,处罚", 2) is False

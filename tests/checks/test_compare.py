"""compare(): matching by id then by label and unit, stated changes closed and checked."""

from __future__ import annotations

from decimal import Decimal

import pytest

import govreport as gr


def _report(
    year: int,
    *inlines: gr.Inline,
    relations: list[gr.Relation] | None = None,
    kind: str | None = None,
) -> gr.Report:
    return gr.Report(
        title="报告",
        authority="某乡人民政府",
        year=year,
        sections=[
            gr.Section(
                title="情况", blocks=[gr.Paragraph(text=gr.Text(("据统计，", *inlines, "。")))]
            )
        ],
        relations=relations or [],
        kind=kind,
    )


def _m(
    id_: str, value: int | str, unit: str = "件", label: str = "", **quantity: object
) -> gr.Metric:
    return gr.metric(id_, value, unit, label=label or id_, **quantity)


def test_matched_new_and_dropped() -> None:
    old = _report(2023, _m("a", 50), _m("gone", 3), _m("b", 10, "次"))
    new = _report(2024, _m("b", 12, "次"), _m("a", 45), _m("fresh", 1))
    result = gr.compare(old, new)
    assert [(x.current.id, x.by, x.change, x.relative) for x in result.matched] == [
        ("b", "id", Decimal(2), Decimal(20)),
        ("a", "id", Decimal(-5), Decimal(-10)),
    ]
    assert [x.location for x in result.matched] == ["一", "一"]
    assert [m.id for m in result.new] == ["fresh"]
    assert [m.id for m in result.dropped] == ["gone"]
    assert result.findings == ()
    assert result.changes == ()


def test_label_and_unit_match_what_ids_do_not() -> None:
    """Imported ids differ; a unique label and unit pairs them, an ambiguous one does not."""
    old = _report(
        2023, _m("x1", 50, label="受理"), _m("x2", 1, label="办结"), _m("x3", 2, label="办结")
    )
    new = _report(
        2024, _m("y1", 60, label="受理"), _m("y2", 4, label="办结"), _m("y3", 7, "次", label="受理")
    )
    result = gr.compare(old, new)
    assert [(x.previous.id, x.current.id, x.by) for x in result.matched] == [("x1", "y1", "label")]
    assert [m.id for m in result.new] == ["y2", "y3"]
    assert [m.id for m in result.dropped] == ["x2", "x3"]


def test_other_units_have_no_change() -> None:
    result = gr.compare(_report(2023, _m("a", 5, "件")), _report(2024, _m("a", 5, "次")))
    assert result.matched[0].change is None
    assert result.matched[0].relative is None


def test_relative_from_zero_is_none() -> None:
    result = gr.compare(_report(2023, _m("a", 0)), _report(2024, _m("a", 5)))
    assert result.matched[0].change == 5
    assert result.matched[0].relative is None


def _growth(value: int | str, unit: str = "%") -> gr.Metric:
    return _m("a.change", value, unit, label="增长", change=True)


@pytest.mark.parametrize(("stated", "holds"), [("12.3", True), ("12", True), ("13", False)])
def test_open_changes_are_closed_with_last_years_figure(stated: str, holds: bool) -> None:
    """1000 → 1123 is +12.3%: rounding is respected, 13% is a change-mismatch."""
    change = gr.Change(current="a", stated="a.change", form="rate")
    old = _report(2023, _m("a", 1000, label="受理"))
    new = _report(2024, _m("a", 1123, label="受理"), _growth(stated), relations=[change])
    result = gr.compare(old, new)
    assert [(c.relation, c.previous, c.holds) for c in result.changes] == [
        (change, old.metrics()["a"], holds)
    ]
    assert [(f.code, f.location, f.metrics) for f in result.findings] == (
        [] if holds else [("change-mismatch", "一", ("a", "a.change"))]
    )
    assert gr.check(new) == []  # open: nothing to check within the report alone


def test_open_change_without_previous_figure_is_not_checked() -> None:
    change = gr.Change(current="a", stated="a.change", form="rate")
    new = _report(2024, _m("a", 1), _growth(99), relations=[change])
    result = gr.compare(_report(2023, _m("b", 1)), new)
    assert [(c.previous, c.holds) for c in result.changes] == [(None, None)]
    assert result.findings == ()


def test_resolved_changes_are_checked_too() -> None:
    change = gr.Change(current="a", stated="a.change", form="difference", previous="a.before")
    new = _report(
        2024, _m("a.before", 8), _m("a", 3), _m("a.change", 4, change=True), relations=[change]
    )
    result = gr.compare(_report(2023), new)
    assert [f.code for f in result.findings] == ["change-mismatch"]
    assert [f.message for f in result.findings] == [f.message for f in gr.check(new)]


def test_wrong_order_and_kinds_are_refused_unless_asked() -> None:
    a, b = _report(2023), _report(2024)
    for old, new in ((b, a), (a, a)):
        with pytest.raises(gr.ValidationError, match="earlier report first"):
            gr.compare(old, new)
        assert gr.compare(old, new, ordered=False).matched == ()
    other = _report(2024, kind="info-disclosure")
    with pytest.raises(
        gr.ValidationError, match="one kind: previous is None, current 'info-disclosure'"
    ):
        gr.compare(a, other)
    assert gr.compare(a, other, same_kind=False).new == ()


def test_non_reports_are_refused() -> None:
    with pytest.raises(gr.ModelTypeError, match="as previous"):
        gr.compare("2023", _report(2024))  # type: ignore[arg-type]

"""Paragraphs, points, commitments and tables."""

from __future__ import annotations

import datetime as dt

import pytest

import govreport as gr


def test_paragraph_accepts_plain_string() -> None:
    """A plain string becomes a one-part Text."""
    assert gr.Paragraph(text="现将有关情况报告如下：").text == gr.Text(("现将有关情况报告如下：",))


def test_empty_paragraph_is_refused() -> None:
    """A paragraph needs text."""
    with pytest.raises(gr.ValidationError, match="'text' must not be empty"):
        gr.Paragraph(text="")


def test_points_wrap_texts() -> None:
    """Points accept texts and Point objects alike."""
    points = gr.Points(items=["提高认识。", gr.Point(lead="抓住关键。", text="领导干部带头。")])
    assert points.items[0] == gr.Point(text="提高认识。")
    assert points.items[1].lead == gr.Text(("抓住关键。",))


def test_points_need_items() -> None:
    """An enumeration is not empty."""
    with pytest.raises(gr.ValidationError, match="'items' of Points must not be empty"):
        gr.Points(items=[])


def test_points_layout_is_validated() -> None:
    """Layout is inline or lines."""
    with pytest.raises(ValueError, match="'layout' must be in"):
        gr.Points(items=["a"], layout="grid")  # type: ignore[arg-type]


def test_commitment_target_must_be_in_text() -> None:
    """A commitment's target names a metric of its own text."""
    target = gr.metric("plan.trainings", 4, "次", approx="不少于", label="培训")
    c = gr.Commitment(
        text=gr.text("开展培训{n}。", n=target),
        target="plan.trainings",
        deadline=dt.date(2024, 12, 31),
    )
    assert c.target == "plan.trainings"
    with pytest.raises(gr.ValidationError) as err:
        gr.Commitment(text="开展培训。", target="plan.trainings")
    assert str(err.value) == "'target' 'plan.trainings' is not a metric in the commitment's text"


class TestTable:
    def test_blank_is_not_zero(self) -> None:
        """A blank cell holds None; a zero cell holds a figure."""
        zero = gr.metric("t.zero", 0, "件", label="零")
        table = gr.Table(
            header=[["项目", "数量"]], rows=[["甲", None], ["乙", gr.Cell(content=zero)]]
        )
        assert table.rows[0][1].content is None
        assert table.rows[1][1].content == zero

    def test_spans_tile_the_grid(self) -> None:
        """Row and column spans are accounted for when checking widths."""
        table = gr.Table(
            header=[
                [gr.Cell(content="项目", rowspan=2), gr.Cell(content="申请人", colspan=2)],
                ["自然人", "法人"],
            ],
            rows=[[gr.Cell(content="一", rowspan=2, header=True), "1", "2"], ["3", "4"]],
        )
        assert table.width == 3

    def test_ragged_row_is_refused(self) -> None:
        """Every row covers the same number of columns."""
        with pytest.raises(gr.ValidationError) as err:
            gr.Table(header=[["a", "b"]], rows=[["c", "d"], ["e"]])
        assert str(err.value) == "'rows' row 2 covers 1 column(s), but the table is 2 wide"

    def test_overlapping_span_is_refused(self) -> None:
        """A cell cannot sit where a cell from above still spans."""
        with pytest.raises(gr.ValidationError, match="overlaps a cell spanning from above"):
            gr.Table(
                rows=[["a", gr.Cell(content="b", rowspan=2)], [gr.Cell(content="c", colspan=2)]]
            )

    def test_span_below_last_row_is_refused(self) -> None:
        """A rowspan cannot run off the end of the table."""
        with pytest.raises(gr.ValidationError, match="spans below the last row"):
            gr.Table(rows=[[gr.Cell(content="a", rowspan=2)]])

    def test_empty_table_is_refused(self) -> None:
        """A table has rows."""
        with pytest.raises(gr.ValidationError, match="at least one row"):
            gr.Table(rows=[])

    @pytest.mark.parametrize("span", [0, -1])
    def test_spans_are_positive(self, span: int) -> None:
        """Spans are at least 1."""
        with pytest.raises(ValueError, match="'rowspan' must be >= 1"):
            gr.Cell(content="a", rowspan=span)

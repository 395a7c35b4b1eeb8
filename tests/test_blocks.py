"""Paragraphs, points, commitments and tables."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport as gr
from govreport._blocks import grid


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
    with pytest.raises(
        gr.ValidationError, match=r"^'layout' must be one of 'inline', 'lines' \(got 'grid'\)$"
    ):
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
        with pytest.raises(
            gr.ValidationError, match=rf"^'rowspan' must be at least 1 \(got {span}\)$"
        ):
            gr.Cell(content="a", rowspan=span)


def test_grid_handles_spans_in_the_middle() -> None:
    """A cell spanning rows in a middle column leaves its column empty below."""
    table = gr.Table(
        rows=[["a", gr.Cell(content="b", rowspan=2), "c"], ["d", "e"]],
    )
    cells = [
        [c.content.plain() if c is not None and c.content is not None else None for c in row]
        for row in grid(table)
    ]
    assert cells == [["a", "b", "c"], ["d", None, "e"]]


@st.composite
def tilings(draw: st.DrawFn) -> tuple[gr.Table, dict[tuple[int, int], str]]:
    """A table whose cells tile a random grid, and the position where each cell starts."""
    height, width = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    taken: set[tuple[int, int]] = set()
    starts: dict[tuple[int, int], str] = {}
    rows: list[list[gr.Cell]] = []
    for r in range(height):
        row = []
        for c in range(width):
            if (r, c) in taken:
                continue
            free = next((n for n in range(width - c) if (r, c + n) in taken), width - c)
            colspan = draw(st.integers(1, free))
            rowspan = draw(st.integers(1, height - r))
            span = {(r + i, c + j) for i in range(rowspan) for j in range(colspan)}
            taken |= span
            starts[r, c] = f"{r}.{c}"
            row.append(gr.Cell(content=starts[r, c], rowspan=rowspan, colspan=colspan))
        rows.append(row)
    header = draw(st.integers(0, height - 1))
    return gr.Table(header=rows[:header], rows=rows[header:]), starts


@given(tilings())
def test_grid_puts_each_cell_where_it_starts(
    case: tuple[gr.Table, dict[tuple[int, int], str]],
) -> None:
    """Each cell stands where its span starts, and None fills the rest of its span."""
    table, starts = case
    rows = grid(table)
    assert len(rows) == len(table.header) + len(table.rows)
    assert all(len(row) == table.width for row in rows)
    found = {
        (r, c): cell.content.plain()
        for r, row in enumerate(rows)
        for c, cell in enumerate(row)
        if cell is not None and isinstance(cell.content, gr.Text)
    }
    assert found == starts

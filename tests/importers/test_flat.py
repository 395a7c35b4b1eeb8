"""Tables flattened into text: which runs of lines are tables, and their cells."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govreport.importers._drafts import Grid, Line
from govreport.importers._flat import with_tables


def lines(text: str) -> list[Line]:
    return [Line(text=t, number=n) for n, t in enumerate(text.split("\n"), 1) if t]


def cells(grid: Line | Grid) -> list[list[tuple[str | None, int]]]:
    assert isinstance(grid, Grid)
    return [[(c.text, c.colspan) for c in row] for row in grid.rows]


def test_pipe_rows_keep_blank_cells() -> None:
    (grid,) = with_tables(
        lines("| 一、本年新收 | 3 | 0 | | 3 | ||\n| 二、上年结转 | 1 | 0 | 0 | 1 |")
    )
    assert cells(grid) == [
        [("一、本年新收", 1), ("3", 1), ("0", 1), (None, 1), ("3", 1), (None, 1), (None, 1)],
        [("二、上年结转", 3), ("1", 1), ("0", 1), ("0", 1), ("1", 1)],
    ]


def test_markdown_separator_rows_are_skipped() -> None:
    (grid,) = with_tables(lines("| 项目 | 数量 |\n|---|---:|\n| 发文 | 5 |"))
    assert cells(grid) == [[("项目", 1), ("数量", 1)], [("发文", 1), ("5", 1)]]


def test_one_cell_per_line_rows_start_at_a_label_after_a_figure() -> None:
    text = "信息内容 |\n本年制发件数 |\n规章 |\n0 |\n|\n行政规范性文件 |\n2 |\n||\n"
    (grid,) = with_tables(lines(text))
    assert cells(grid) == [
        [("信息内容", 1), ("本年制发件数", 1), ("规章", 1), ("0", 1), (None, 1)],
        [("行政规范性文件", 1), ("2", 1), (None, 1), (None, 2)],
    ]


def test_spaced_figure_row_is_a_table_not_a_heading() -> None:
    text = "三、本年度办理结果\n四、结转下年度继续办理 72 0 0 0 0 0 72\n五、存在的主要问题"
    found = with_tables(lines(text))
    assert [type(item).__name__ for item in found] == ["Line", "Grid", "Line"]
    assert cells(found[1])[0][:2] == [("四、结转下年度继续办理", 1), ("72", 1)]


def test_short_label_lines_between_figure_rows_belong_to_the_table() -> None:
    text = "（一）予以公开 1 0 0\n不予公开的情形\n1.属于国家秘密 0 0 0\n二、下一部分\n甲 1 2 3"
    found = with_tables(lines(text))
    assert [type(item).__name__ for item in found] == ["Grid", "Line", "Grid"]
    assert [row[0][0] for row in cells(found[0])] == [
        "（一）予以公开",
        "不予公开的情形",
        "1.属于国家秘密",
    ]


def test_tab_rows_and_label_rows_that_lost_their_tabs() -> None:
    text = "信息内容\t本年制发件数\t本年废止件数\n规章\n行政规范性文件\t2\t1\n一、下一部分"
    found = with_tables(lines(text))
    assert [type(item).__name__ for item in found] == ["Grid", "Line"]
    assert cells(found[0])[1] == [("规章", 3)]


def test_word_list_numbering_is_not_a_table() -> None:
    """Word copies automatic numbering as the number and a tab: those lines are headings."""
    text = "一、\t总体情况\n（一）\t主动公开\n1.\t加强学习"
    assert all(isinstance(item, Line) for item in with_tables(lines(text)))


def test_prose_stays_prose() -> None:
    text = "\t一、总体情况\n\t本年共发文5件，其中3件 | 2件。\n发布时间：2024 01 15\n共有 3 4 5 个"
    assert all(isinstance(item, Line) for item in with_tables(lines(text)))


@given(st.lists(st.lists(st.integers(0, 99), min_size=3, max_size=3), min_size=2, max_size=6))
def test_any_pipe_table_gives_back_its_figures(rows: list[list[int]]) -> None:
    text = "\n".join(
        "| 项目" + str(i) + " | " + " | ".join(map(str, r)) + " |" for i, r in enumerate(rows)
    )
    (grid,) = with_tables(lines(text))
    assert [[c for c, _ in row[1:]] for row in cells(grid)] == [[str(v) for v in r] for r in rows]

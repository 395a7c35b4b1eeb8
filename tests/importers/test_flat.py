"""Tables flattened into text: which runs of lines are tables, and their cells."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govreport.importers._drafts import Grid, Line
from govreport.importers._flat import PAGE_FORMS, TEXT_FORMS, with_tables


def lines(text: str) -> list[Line]:
    return [Line(text=t, number=n) for n, t in enumerate(text.split("\n"), 1) if t]


def cells(grid: Line | Grid) -> list[list[tuple[str | None, int]]]:
    assert isinstance(grid, Grid)
    return [[(c.text, c.colspan) for c in row] for row in grid.rows]


def test_pipe_rows_keep_blank_cells() -> None:
    (grid,) = with_tables(
        lines("| 一、本年新收 | 3 | 0 | | 3 | ||\n| 二、上年结转 | 1 | 0 | 0 | 1 |"), TEXT_FORMS
    )
    assert cells(grid) == [
        [("一、本年新收", 1), ("3", 1), ("0", 1), (None, 1), ("3", 1), (None, 1), (None, 1)],
        [("二、上年结转", 3), ("1", 1), ("0", 1), ("0", 1), ("1", 1)],
    ]


def test_markdown_separator_rows_are_skipped() -> None:
    (grid,) = with_tables(lines("| 项目 | 数量 |\n|---|---:|\n| 发文 | 5 |"), TEXT_FORMS)
    assert cells(grid) == [[("项目", 1), ("数量", 1)], [("发文", 1), ("5", 1)]]


def test_one_cell_per_line_rows_start_at_a_label_after_a_figure() -> None:
    text = "信息内容 |\n本年制发件数 |\n规章 |\n0 |\n|\n行政规范性文件 |\n2 |\n||\n"
    (grid,) = with_tables(lines(text), TEXT_FORMS)
    assert cells(grid) == [
        [("信息内容", 1), ("本年制发件数", 1), ("规章", 1), ("0", 1), (None, 1)],
        [("行政规范性文件", 1), ("2", 1), (None, 1), (None, 2)],
    ]


def test_spaced_figure_row_is_a_table_not_a_heading() -> None:
    text = "三、本年度办理结果\n四、结转下年度继续办理 72 0 0 0 0 0 72\n五、存在的主要问题"
    found = with_tables(lines(text), TEXT_FORMS)
    assert [type(item).__name__ for item in found] == ["Line", "Grid", "Line"]
    assert cells(found[1])[0][:2] == [("四、结转下年度继续办理", 1), ("72", 1)]


def test_short_label_lines_between_figure_rows_belong_to_the_table() -> None:
    text = "（一）予以公开 1 0 0\n不予公开的情形\n1.属于国家秘密 0 0 0\n二、下一部分\n甲 1 2 3"
    found = with_tables(lines(text), TEXT_FORMS)
    assert [type(item).__name__ for item in found] == ["Grid", "Line", "Grid"]
    assert [row[0][0] for row in cells(found[0])] == [
        "（一）予以公开",
        "不予公开的情形",
        "1.属于国家秘密",
    ]


def test_merged_labels_in_a_spaced_row_are_cut_at_list_markers() -> None:
    """The labels of merged cells come joined by a space: each list marker starts a cell,
    and a label with a stray space stays one cell."""
    text = (
        "三、本年度办理结果 （一）予以公开 2 1 0 3\n（三）不予公开 1.属于国家秘密 0 0 0 0\n"
        "商业 企业 1 2 3\n（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0"
    )
    (grid,) = with_tables(lines(text), TEXT_FORMS)
    assert [[c for c, _ in row if not c.isdigit()] for row in cells(grid)] == [
        ["三、本年度办理结果", "（一）予以公开"],
        ["（三）不予公开", "1.属于国家秘密"],
        ["商业 企业"],
        ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    ]


def test_stacked_cells_are_rows_of_one_or_two_labels_and_three_figures_or_more() -> None:
    """One cell a line, unmarked: a label (or two) then three figures or more is a row."""
    text = "申请人情况\n一、本年新收\n3\n0\n3\n三、本年度办理结果\n（一）予以公开\n2\n0\n2\n二、下一部分"
    found = with_tables(lines(text), PAGE_FORMS)
    assert [type(item).__name__ for item in found] == ["Line", "Grid", "Line"]
    assert cells(found[1]) == [
        [("一、本年新收", 2), ("3", 1), ("0", 1), ("3", 1)],
        [("三、本年度办理结果", 1), ("（一）予以公开", 1), ("2", 1), ("0", 1), ("2", 1)],
    ]


def test_one_stacked_row_or_short_figure_runs_are_not_a_table() -> None:
    """A single label over three figures, or labels over two figures each, stay lines."""
    alone = "发文数量\n3\n4\n5\n结束。"
    short = "甲\n1\n2\n乙\n3\n4"
    for text in (alone, short):
        assert all(isinstance(i, Line) for i in with_tables(lines(text), TEXT_FORMS))


def test_one_spaced_row_on_a_page_is_a_paragraph() -> None:
    """A page's paragraph that ends in three numbers is a paragraph; two such rows are a table."""
    assert all(isinstance(i, Line) for i in with_tables(lines("电话 0851 8888 6666"), PAGE_FORMS))
    (grid,) = with_tables(lines("规章 0 0 0\n行政规范性文件 2 1 16"), PAGE_FORMS)
    assert cells(grid)[1] == [("行政规范性文件", 1), ("2", 1), ("1", 1), ("16", 1)]


def test_a_page_s_tabs_and_pipes_are_its_own_text() -> None:
    """In a web page's paragraphs only spaced rows and stacked cells are tables."""
    text = "信息内容\t本年制发件数\n规章\t0\n| 发文 | 5 |\n| 收文 | 6 |"
    assert all(isinstance(i, Line) for i in with_tables(lines(text), PAGE_FORMS))
    assert all(isinstance(i, Grid) for i in with_tables(lines(text), TEXT_FORMS))


def test_tab_rows_and_label_rows_that_lost_their_tabs() -> None:
    text = "信息内容\t本年制发件数\t本年废止件数\n规章\n行政规范性文件\t2\t1\n一、下一部分"
    found = with_tables(lines(text), TEXT_FORMS)
    assert [type(item).__name__ for item in found] == ["Grid", "Line"]
    assert cells(found[0])[1] == [("规章", 3)]


def test_word_list_numbering_is_not_a_table() -> None:
    """Word copies automatic numbering as the number and a tab: those lines are headings."""
    text = "一、\t总体情况\n（一）\t主动公开\n1.\t加强学习"
    assert all(isinstance(item, Line) for item in with_tables(lines(text), TEXT_FORMS))


def test_prose_stays_prose() -> None:
    text = "\t一、总体情况\n\t本年共发文5件，其中3件 | 2件。\n发布时间：2024 01 15\n共有 3 4 5 个"
    assert all(isinstance(item, Line) for item in with_tables(lines(text), TEXT_FORMS))


@given(st.lists(st.lists(st.integers(0, 99), min_size=3, max_size=3), min_size=2, max_size=6))
def test_any_pipe_table_gives_back_its_figures(rows: list[list[int]]) -> None:
    text = "\n".join(
        "| 项目" + str(i) + " | " + " | ".join(map(str, r)) + " |" for i, r in enumerate(rows)
    )
    (grid,) = with_tables(lines(text), TEXT_FORMS)
    assert [[c for c, _ in row[1:]] for row in cells(grid)] == [[str(v) for v in r] for r in rows]

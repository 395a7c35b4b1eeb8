"""The reading of a page's container: lines, headings, tables; what is set aside inside it."""

from __future__ import annotations

from typing import Any

import pytest

import govreport as gr
from govreport.importers import parse_html, parse_text
from govreport.importers._drafts import Grid, GridCell, Heading, Line
from govreport.importers._html import _lxml, _parse
from govreport.importers._html_page import SKIP, read_page


def drafts(page: str) -> list[Any]:
    """The source drafts of *page*, as (type, text or rows) pairs."""
    root = _parse(page, "the page")
    _lxml().strip_elements(root, *SKIP, with_tail=False)
    found = read_page(root, verbatim=False)
    out: list[Any] = []
    for item in found.source:
        if isinstance(item, Line):
            out.append(("line", item.text))
        elif isinstance(item, Heading):
            out.append(("heading", item.level, item.text))
        else:
            out.append(("grid", item))
    return out


def test_headings_with_and_without_markers() -> None:
    """<h2>一、…</h2> is the line 一、…; a heading without a marker is a heading at its rank."""
    page = "<h1>某乡人民政府2023年度工作报告</h1><h2>一、总体情况</h2><p>甲。</p><h2>工作成效</h2><h3>学习</h3><p>乙。</p>"
    assert drafts(page)[1:] == [
        ("line", "一、总体情况"),
        ("line", "甲。"),
        ("heading", 1, "工作成效"),
        ("heading", 2, "学习"),
        ("line", "乙。"),
    ]
    report = parse_html(page)
    text = parse_text("某乡人民政府2023年度工作报告\n一、总体情况\n甲。")
    assert report.sections[0] == text.sections[0]
    assert [s.title.plain() for s in report.sections if s.title] == ["总体情况", "工作成效"]
    assert report.sections[1].children[0].title == gr.Text(("学习",))


def test_br_lines_and_whitespace() -> None:
    """<br> ends a line; source line breaks and runs of spaces are one space; &nbsp; stays."""
    page = (
        "<div>某乡人民政府<br/>2023年度\n工作报告<br><br>一、甲<br>  检查\u00a0企业   3家。</div>"
    )
    assert drafts(page) == [
        ("line", "某乡人民政府"),
        ("line", "2023年度 工作报告"),
        ("line", "一、甲"),
        ("line", "检查\u00a0企业 3家。"),
    ]


def test_layout_and_data_tables() -> None:
    """A table holding a table (or one cell) is layout and read through; a table of data is a grid."""
    page = (
        "<table><tr><td><table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td></tr></table>"
        "</td></tr></table><table><tr><td><p>独格</p><p>两行</p></td></tr></table>"
    )
    found = drafts(page)
    assert found[1:] == [("line", "独格"), ("line", "两行")]
    grid = found[0][1]
    assert isinstance(grid, Grid)
    assert grid.header_rows == 0
    assert grid.rows == (  # the short row is padded, as a browser shows it
        (GridCell(text="甲"), GridCell(text="1")),
        (GridCell(text="乙"), GridCell(text=None)),
    )


def test_grid_details() -> None:
    """<th> rows are the header; a rowspan past the last row stops there; stray cells are a row."""
    page = (
        "<table><tr><th>项目</th><th>数量</th></tr><tr><td rowspan='9'>甲</td><td>1</td></tr>"
        "<tr><td>2<br>件</td></tr></table><table><td>丙</td><td colspan='x'>丁</td></table>"
    )
    first, second = (item for kind, item in drafts(page))
    assert first.header_rows == 1
    assert first.rows[1][0] == GridCell(text="甲", rowspan=2)
    assert first.rows[2] == (GridCell(text="2 件"),)
    assert first.rows[0][0].header
    assert second.rows == ((GridCell(text="丙"), GridCell(text="丁")),)


def test_link_lines_and_next_previous() -> None:
    """Inside the report, a line of links only and 上一篇/下一篇 are set aside; <nav> whole."""
    page = (
        "<div><p>某乡人民政府</p><p>2023年度工作报告</p><p>一、甲</p>"
        '<p>详见<a href="/x">附件</a>。</p><nav><a href="/">首页</a> 栏目</nav>'
        '<p><a href="/s">分享</a> <a href="/p">打印</a></p><p>下一篇：通知</p></div>'
    )
    report = parse_html(page)
    assert [a.text for a in report.set_aside] == ["首页 栏目", "分享 打印", "下一篇：通知"]
    (paragraph,) = report.sections[0].blocks
    assert isinstance(paragraph, gr.Paragraph)
    assert paragraph.text.plain() == "详见附件。"  # a link inside prose is prose


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("<td></td>", None),
        ("<td> &nbsp; </td>", None),
        ("<td>/</td>", "/"),
        ("<td><p>予以</p><p>公开</p></td>", "予以公开"),
        ("<td>A<br>B</td>", "A B"),
        ('<td><a href="/x">链接</a></td>', "链接"),
    ],
)
def test_cell_text(cell: str, text: str | None) -> None:
    """Blank cells are None, "/" is text, lines join with nothing between Chinese characters."""
    ((_, grid),) = drafts(
        f"<table><tr><td>甲</td>{cell}</tr><tr><td>乙</td><td>丙</td></tr></table>"
    )
    assert grid.rows[0][1].text == text
